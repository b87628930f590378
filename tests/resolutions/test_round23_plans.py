"""Round 23: plans' tables read where they were not.

- «N п/п | Наименование | Срок | Ответственные | Источники финансирования | Задачи | Индикаторы (…) | Документы …
  |»: a header of many columns is long as a whole, yet each of its cells is short; it is still a header.
- «I. | Развитие … | ||||||»: a Roman numeral in the number column over a heading and empty cells is the plan's
  section, an item over the rows below it.
On text written for the test.
"""

import datetime

from resolutions.parser import parse_resolution
from tests.resolutions.shapes import item_window

D = datetime.date

_WIDE_HEADER = (
    "N п/п | Наименование мероприятия | Срок исполнения | Ответственные исполнители | Источники финансирования | "
    "Цели и задачи программы мероприятий | Показатели (количественные или качественные для оценки хода работы) | "
    "Документы, подтверждающие выполнение мероприятия |"
)


def test_a_wide_header_of_short_cells_is_a_header_and_its_section_row_an_item():
    text = (
        _WIDE_HEADER + "\n"
        "1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 |\n"
        "I. | Развитие сельских домов культуры района | ||||||\n"
        "1. | Ремонт кровли сельского клуба | 2025 год | отдел культуры администрации района, "
        "управление строительства администрации района | средства районного бюджета |\n"
    )
    plan = parse_resolution(text)
    assert [(item.label, item.parent) for item in plan.items] == [("I", None), ("1", "I")]
    row = plan.items[1]
    assert row.responsible == ["отдел культуры администрации района", "управление строительства администрации района"]
    assert item_window(row) == ("year", D(2025, 1, 1), D(2025, 12, 31))
