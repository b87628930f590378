"""Round 27: plans written without a ruled table, one event a paragraph with its date first.

- «3 июня - Концерт «…»/МБУК «ЦДК»», «10 – 12 июня – выставка …/отдел образования»: a plan flattened to one row a
  paragraph, the date first, a dash, the event, and its executor after the last slash; there is no number column,
  so the rows are items 1, 2, 3 … in order, each dated by its day of the plan's month and year.
On text written for the test.
"""

import datetime

from resolutions.parser import parse_resolution
from tests.resolutions.shapes import item_window

D = datetime.date


def test_date_first_paragraphs_are_rows_numbered_in_turn():
    text = (
        "План мероприятий управления культуры\n\n"
        "на июнь 2024 года\n\n"
        "1 июня - Праздник «Детство – это я и ты»/МБУК «ЦДК»\n\n"
        "6 июня - Пушкинский день в библиотеке /Центральная библиотека\n\n"
        "10 – 12 июня – участие команды района в областном слёте/отдел культуры, спорта и молодёжной политики\n\n"
        "22 июня - Митинг памяти у обелиска\n"
    )
    plan = parse_resolution(text)
    assert [(item.label, item.parent) for item in plan.items] == [("1", None), ("2", None), ("3", None), ("4", None)]
    assert plan.items[0].responsible == ["МБУК «ЦДК»"]
    assert plan.items[1].responsible == ["Центральная библиотека"]
    assert plan.items[2].responsible == ["отдел культуры, спорта и молодёжной политики"]
    assert plan.items[3].responsible == []
    assert item_window(plan.items[0]) == ("exact", D(2024, 6, 1), D(2024, 6, 1))
    assert item_window(plan.items[2]) == ("range", D(2024, 6, 10), D(2024, 6, 12))
    assert item_window(plan.items[3]) == ("exact", D(2024, 6, 22), D(2024, 6, 22))


def test_an_executor_glued_to_the_slash_and_a_single_letter_abbreviation():
    text = (
        "План работы Дома культуры на март 2025 года\n"
        "2 марта - Масленичные гуляния/ДК\n"
        "8 марта - Концерт для работников с/х предприятий/Дом культуры\n"
        "15 марта - Вечер отдыха «Кому за 30»/клуб «Встреча»\n"
    )
    plan = parse_resolution(text)
    assert [item.label for item in plan.items] == ["1", "2", "3"]
    assert plan.items[0].responsible == ["ДК"]
    assert plan.items[1].responsible == ["Дом культуры"]
    assert plan.items[2].responsible == ["клуб «Встреча»"]
    assert item_window(plan.items[1]) == ("exact", D(2025, 3, 8), D(2025, 3, 8))
