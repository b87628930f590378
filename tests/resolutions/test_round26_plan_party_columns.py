"""Round 26: plan tables with two party columns, a spaced year, and a row that lost cells.

- «Ответственный | Соисполнитель»: both columns name parties charged with the row; «03.10. 2023» (a space between
  the month's dot and the year) is an exact day.
- «|» / «Мероприятие |» / … / «|||» / «1 |» / «Концерт |» / «07 мая |» / «Иванова Н.М. |» / «2 |» …: a header whose
  number cell is empty, each row followed by a line of empty cells, row 1 without its last cell: row 2 is not
  swallowed by row 1.
- «1 |» / «Май 2024 |» / «Оформление стенда |» / «Библиотекарь Орлова Е.В. |» / «|»: a row without its class cell,
  its responsible (a post and a name) one cell early, is still the responsible; the class column is no party.
On text written for the test.
"""

import datetime

from resolutions.parser import parse_resolution
from tests.resolutions.shapes import item_window

D = datetime.date


def test_a_co_executors_column_and_a_spaced_year():
    text = (
        "План мероприятий районной организации ко Дню пожилых людей\n"
        "№ п/п | Мероприятие | Срок | Ответственный | Соисполнитель | Примечание |\n"
        "1 | 2 | 3 | 4 | 5 | 6 |\n"
        "1 | Праздничный вечер «Мудрость лет» | 01.10. 2024 | Орлова Е.Р. | Сомова А.В. | |\n"
        "2 | Турнир по шахматам | 10.10. 2024 | Кузин В.В. | Орлова Е.Р., Председатели первичных организаций | |\n"
        "3 | Конкурс чтецов | октябрь 2024 | Сомова А.В. | | |\n"
    )
    plan = parse_resolution(text)
    assert [(item.label, item.parent) for item in plan.items] == [("1", None), ("2", None), ("3", None)]
    assert plan.items[0].responsible == ["Орлова Е.Р.", "Сомова А.В."]
    assert plan.items[1].responsible == ["Кузин В.В.", "Орлова Е.Р.", "Председатели первичных организаций"]
    assert plan.items[2].responsible == ["Сомова А.В."]
    assert item_window(plan.items[0]) == ("exact", D(2024, 10, 1), D(2024, 10, 1))
    assert item_window(plan.items[1]) == ("exact", D(2024, 10, 10), D(2024, 10, 10))


def test_a_row_that_lost_its_last_cell_does_not_swallow_the_next_row():
    text = (
        "План мероприятий школы с 3 по 31 мая 2024 года\n"
        "|\nМероприятие |\nСроки проведения |\nОтветственное лицо |\nКлассы |\n|||\n"
        "1 |\nКонцерт «Весна Победы» |\n07 мая |\nИванова Н.М. |\n"
        "2 |\nВыставка рисунков |\n13 – 17 мая |\nПетрова Т.П. |\n5 – 7 классы |\n|||\n"
        "3 |\nАкция «Бессмертный полк» |\n20 мая |\nКлассные руководители |\n1 – 11 классы |\n|||\n"
        "4 |\nУрок памяти |\n24 мая |\nСидорова А.И. |\n8 классы |\n|||\n"
    )
    plan = parse_resolution(text)
    assert [item.label for item in plan.items] == ["1", "2", "3", "4"]
    assert [item.responsible for item in plan.items] == [
        ["Иванова Н.М."], ["Петрова Т.П."], ["Классные руководители"], ["Сидорова А.И."]
    ]
    assert item_window(plan.items[1]) == ("range", D(2024, 5, 13), D(2024, 5, 17))


def test_a_post_and_name_one_cell_early_is_the_responsible():
    text = (
        "План мероприятий ко Дню Победы\n"
        "№ п/п |\nДата проведения |\nНазвание мероприятия |\nКласс |\nОтветственные |\n"
        "1 |\nМай 2024 |\nОформление стенда «Память» |\nБиблиотекарь Орлова Е.В. |\n|\n"
        "2 |\nМай 2024 |\nКонкурс рисунков |\n1-11 |\nКлассные руководители |\n"
        "3 |\n09.05.2024 |\nМитинг у обелиска |\n5-11 |\nПедагог-организатор Соколова И.И. |\n"
    )
    plan = parse_resolution(text)
    assert [item.label for item in plan.items] == ["1", "2", "3"]
    assert [item.responsible for item in plan.items] == [
        ["Библиотекарь Орлова Е.В."], ["Классные руководители"], ["Педагог-организатор Соколова И.И."]
    ]
    assert item_window(plan.items[0]) == ("range", D(2024, 5, 1), D(2024, 5, 31))
