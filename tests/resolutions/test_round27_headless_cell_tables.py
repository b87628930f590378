"""Round 27: a plan table stored one cell a line with no number column at all, its term column inside the row, a
month's group row over the rows and an empty last column («Исполнение |» / «|» in every row).

- The header is as wide as the rows: its cells up to the first group row or row, each row a title and a term; the rows
  are items 1, 2, 3 … in order, the month's row no item.
- «2025 год» closing the plan's title dates its yearless terms («до 15 января», «Январь- февраль»).
On text written for the test.
"""

import datetime

from resolutions.parser import parse_resolution
from tests.resolutions.shapes import item_window

D = datetime.date


def test_a_headless_table_one_cell_a_line_numbers_its_rows():
    text = (
        "План\nмероприятий Года педагога и наставника\n2023 год\n"
        "Наименование мероприятия |\nУчастники |\nФорма проведения |\nСрок проведения |\nОтветственный |\nОтметка о выполнении |\n"
        "Февраль |\n|||||\n"
        "Торжественное открытие Года педагога |\nПедагоги, учащиеся |\nЛинейка |\nдо 10 февраля |\nДиректор школы |\n|\n"
        "Конкурс сочинений «Мой учитель» |\nУчащиеся 5-9 классов |\nКонкурс |\nФевраль- март |\nУчителя русского языка |\n|\n"
        "Выставка фотографий «Наставники» |\nРодители |\nВыставка |\nМарт 2023 |\nПедагог-организатор |\n|\n"
    )
    plan = parse_resolution(text)
    assert [(item.label, item.parent) for item in plan.items] == [("1", None), ("2", None), ("3", None)]
    assert [item.responsible for item in plan.items] == [["Директор школы"], ["Учителя русского языка"], ["Педагог-организатор"]]
    assert item_window(plan.items[0])[1:] == (None, D(2023, 2, 9))
    assert item_window(plan.items[1]) == ("range", D(2023, 2, 1), D(2023, 3, 31))
    assert item_window(plan.items[2]) == ("range", D(2023, 3, 1), D(2023, 3, 31))


def test_a_month_of_the_year_in_the_title_is_no_plan_year_of_its_own():
    text = (
        "План работы сельского клуба на ноябрь 2023 год\n"
        "№ | Мероприятие | Дата | Ответственный |\n"
        "1. | Вечер отдыха «Осенние посиделки» | 04.11 | Заведующая клубом |\n"
        "2. | Концерт ко Дню матери | 26.11 | Художественный руководитель |\n"
    )
    plan = parse_resolution(text)
    assert item_window(plan.items[0]) == ("exact", D(2023, 11, 4), D(2023, 11, 4))
    assert item_window(plan.items[1]) == ("exact", D(2023, 11, 26), D(2023, 11, 26))
