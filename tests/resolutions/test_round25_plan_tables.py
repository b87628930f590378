"""Round 25: plans' tables whose rows or terms were lost (fresh22's and fresh23's misses, by their family).

- «№ п/п |» / … / «Время |» / «||» / «МАРТ |» / «|||||||» / «1 |» …: a header written one cell a line and a group
  row as wide as it (a month, a branch) before row 1; the rows follow one another at the header's width.
- «| 2 | 12.03 | Игра | » / « | Клуб, 13-30 | »: a table a row a line whose empty cells the page kept as a line
  break and a space; the indented bar closes that empty cell.
- «4 | 15-16.03 | | Встреча с врачом | …»: a row whose title cell is empty is named by the next cell it fills;
  «15-16.03» is a span of two days of one month with no year.
- «1» / «2 |» in one number cell, «05.05» / «08.05 |» in the date cell: two events of one row, each an item with its
  date in turn; «Цикл: 1) «…» 2) «…»» in a title cell with a term for each in the date cell: sub-items of the row.
- A plain plan (no separators) in month blocks: «Март» / «1. ВЫСТАВКИ» / «1.1Выставка …» / «Апрель» / «1. …»: the
  month is a group row over sections numbered afresh; a sub-row's number glued to its text means its cells are
  glued too («музея05 марта 2024 – 31 марта 2024все сотрудники», «…космонавтикис 08 апреля»), and «11-15 марта
  2024» after a title is the span's first day.
On text written for the test.
"""

import datetime

from resolutions.parser import parse_resolution
from tests.resolutions.shapes import item_window

D = datetime.date


def test_a_group_row_as_wide_as_the_header_stands_before_row_one():
    text = (
        "ПЛАН РАБОТЫ СЕЛЬСКОГО КЛУБА НА 2024 ГОД\n"
        "№ п/п |\n"
        "Форма проведения |\n"
        "Название мероприятия |\n"
        "Место проведения |\n"
        "Дата проведения |\n"
        "||\n"
        "МАРТ |\n"
        "||||||\n"
        "1 |\n"
        "Концерт |\n"
        "«Весенняя капель» |\n"
        "Клуб |\n"
        "07.03.2024 |\n"
        "||\n"
        "2 |\n"
        "Викторина |\n"
        "«Знатоки родного края» |\n"
        "Библиотека |\n"
        "15.03.2024 |\n"
        "||\n"
        "3 |\n"
        "Мастер-класс |\n"
        "«Пасхальный сувенир» |\n"
        "Клуб |\n"
        "29.03.2024 |\n"
        "||\n"
    )
    plan = parse_resolution(text)
    assert [(item.label, item.parent) for item in plan.items] == [("1", None), ("2", None), ("3", None)]
    assert [item_window(item) for item in plan.items] == [
        ("exact", D(2024, 3, 7), D(2024, 3, 7)),
        ("exact", D(2024, 3, 15), D(2024, 3, 15)),
        ("exact", D(2024, 3, 29), D(2024, 3, 29)),
    ]
    assert [item.responsible for item in plan.items] == [[], [], []]


def test_a_branch_row_between_rows_one_cell_a_line_keeps_the_rows_apart():
    text = (
        "План работы районной библиотеки на апрель 2023 года\n"
        "№п/п |\n"
        "Наименование мероприятий |\n"
        "Дата проведения |\n"
        "Ответственный |\n"
        "|\n"
        "|\n"
        "Филиал в с. Луговое |\n"
        "|\n"
        "|\n"
        "|\n"
        "1 |\n"
        "Час поэзии «Весенние строки» |\n"
        "05.04 |\n"
        "Кузнецова |\n"
        "|\n"
        "2 |\n"
        "Экологическая игра «Береги природу» |\n"
        "19.04 |\n"
        "Кузнецова |\n"
        "|\n"
        "|\n"
        "Филиал в с. Заречное |\n"
        "|\n"
        "|\n"
        "|\n"
        "3 |\n"
        "Беседа «Космос рядом» |\n"
        "12.04 |\n"
        "Павлова |\n"
        "|\n"
    )
    plan = parse_resolution(text)
    assert [(item.label, item.parent) for item in plan.items] == [("1", None), ("2", None), ("3", None)]
    assert [item.responsible for item in plan.items] == [["Кузнецова"], ["Кузнецова"], ["Павлова"]]
    assert [item_window(item) for item in plan.items] == [
        ("exact", D(2023, 4, 5), D(2023, 4, 5)),
        ("exact", D(2023, 4, 19), D(2023, 4, 19)),
        ("exact", D(2023, 4, 12), D(2023, 4, 12)),
    ]


def test_empty_cells_kept_as_a_break_and_a_space_in_a_row_a_line():
    text = (
        "План мероприятий на март 2024 г. районной библиотечной системы\n"
        "| № п/п | Дата | Наименование | Форма | Ответственный | Место и время | \n"
        "| Неделя детской книги | |||||\n"
        "| 1 | 01.03-31.03 | Читаем вместе | Выставка | ЦБ, сельские филиалы | \n"
        " | \n"
        "| 2 | 12.03 | Сказки народов мира | Громкие чтения | \n"
        " | Озёрная СБ, 12-00 | \n"
        "| 3 | 15-16.03 | \n"
        " | Встреча с писателем | \n"
        " | ЦБ, 14-00 | \n"
        "| 4 | 20.03 | Книжкины именины | Праздник | ЦДБ | ЦДБ, 11-00 | \n"
    )
    plan = parse_resolution(text)
    assert [(item.label, item.parent) for item in plan.items] == [("1", None), ("2", None), ("3", None), ("4", None)]
    assert [item.responsible for item in plan.items] == [["ЦБ", "сельские филиалы"], [], [], ["ЦДБ"]]
    assert [item_window(item) for item in plan.items] == [
        ("range", D(2024, 3, 1), D(2024, 3, 31)),
        ("exact", D(2024, 3, 12), D(2024, 3, 12)),
        ("range", D(2024, 3, 15), D(2024, 3, 16)),
        ("exact", D(2024, 3, 20), D(2024, 3, 20)),
    ]
    assert plan.items[2].text.startswith("Встреча с писателем")


def test_two_numbers_in_one_number_cell_are_two_items_with_their_dates_in_turn():
    text = (
        "План работы сельской библиотеки на май 2022 год\n"
        "№п/п |\n"
        "Наименование мероприятий |\n"
        "Дата проведения |\n"
        "Ответственный |\n"
        "1\n"
        "2 |\n"
        "Выставка «Строки, опалённые войной»; час памяти «Письма с фронта» |\n"
        "05.05\n"
        "08.05 |\n"
        "Семёнова |\n"
        "3 |\n"
        "Праздник «Славянская письменность» |\n"
        "24.05 |\n"
        "Семёнова |\n"
        "4 |\n"
        "Обзор «Книги лета» |\n"
        "30.05 |\n"
        "Орлова |\n"
    )
    plan = parse_resolution(text)
    assert [(item.label, item.parent) for item in plan.items] == [("1", None), ("2", None), ("3", None), ("4", None)]
    assert [item.responsible for item in plan.items] == [["Семёнова"], ["Семёнова"], ["Семёнова"], ["Орлова"]]
    assert [item_window(item)[1] for item in plan.items] == [D(2022, 5, 5), D(2022, 5, 8), D(2022, 5, 24), D(2022, 5, 30)]
    assert plan.items[1].text.startswith("час памяти «Письма с фронта»")


def test_events_listed_in_a_title_cell_with_their_terms_in_turn_are_sub_items():
    text = (
        "№ п/п | Наименование мероприятия | Дата проведения | Ответственный |\n"
        "1 | Конкурс рисунков «Родная природа» | Март 2021 г. | Детский отдел |\n"
        "2 | Цикл субботников «Чистый посёлок»: 1) «Чистый берег» 2) «Зелёный двор» | Апрель 2021 г. Июнь–июль 2021 г. |"
        " Сельские клубы |\n"
        "3 | Фотовыставка «Лето в объективе» | Август 2021 г. | Методический отдел |\n"
    )
    plan = parse_resolution(text)
    assert [(item.label, item.parent) for item in plan.items] == [
        ("1", None), ("2", None), ("1", "2"), ("2", "2"), ("3", None)
    ]
    assert [item.responsible for item in plan.items] == [
        ["Детский отдел"], ["Сельские клубы"], ["Сельские клубы"], ["Сельские клубы"], ["Методический отдел"]
    ]
    assert [item_window(item) for item in plan.items][1:4] == [
        ("", None, None),
        ("range", D(2021, 4, 1), D(2021, 4, 30)),
        ("range", D(2021, 6, 1), D(2021, 7, 31)),
    ]


def test_a_list_in_a_title_cell_with_one_term_stays_one_row():
    text = (
        "№ п/п | Наименование мероприятия | Дата проведения | Ответственный |\n"
        "1 | Неделя книги: 1) выставка 2) викторина | Март 2021 г. | Детский отдел |\n"
        "2 | Фотовыставка «Лето в объективе» | Август 2021 г. | Методический отдел |\n"
    )
    plan = parse_resolution(text)
    assert [(item.label, item.parent) for item in plan.items] == [("1", None), ("2", None)]
    assert item_window(plan.items[0]) == ("range", D(2021, 3, 1), D(2021, 3, 31))


def test_month_blocks_of_a_plain_plan_number_their_sections_afresh_and_glued_cells_come_apart():
    text = (
        "АНОНС мероприятий районного музея на 2024 год\n"
        "Наименование мероприятия Дата проведения Ответственные\n"
        "Март\n"
        "1. ВЫСТАВКИ\n"
        "1.1Выставка вышивки «Узоры края» из фондов музея05 марта 2024 – 31 марта 2024все сотрудники\n"
        "2. ЭКСКУРСИИ\n"
        "2.1Экскурсия «Улицы старой станицы»11-15 марта 2024А.В.Петрова\n"
        "2.2«Ремёсла наших дедов»по запросуА.В.Петрова\n"
        "Апрель\n"
        "1. ВЫСТАВКИ\n"
        "1.1Выставка «Космос рядом» ко Дню космонавтикис 08 апреля по 20 апреля 2024все сотрудники\n"
    )
    plan = parse_resolution(text)
    assert [(item.label, item.parent) for item in plan.items] == [
        ("1", None), ("1.1", "1"), ("2", None), ("2.1", "2"), ("2.2", "2"), ("1", None), ("1.1", "1")
    ]
    assert [item.responsible for item in plan.items] == [
        [], ["все сотрудники"], [], ["А.В.Петрова"], ["А.В.Петрова"], [], ["все сотрудники"]
    ]
    assert [item_window(item) for item in plan.items] == [
        ("", None, None),
        ("range", D(2024, 3, 5), D(2024, 3, 31)),
        ("", None, None),
        ("range", D(2024, 3, 11), D(2024, 3, 15)),
        ("", None, None),
        ("", None, None),
        ("range", D(2024, 4, 8), D(2024, 4, 20)),
    ]
    assert "Апрель" not in plan.items[4].text


def test_indented_bars_survive_windows_line_ends():
    text = (
        "План мероприятий на март 2024 г. районной библиотечной системы\r\n"
        "| № п/п | Дата | Наименование | Форма | Ответственный | Место и время |\r\n"
        "| Неделя детской книги | |||||\r\n"
        "| 1 | 12.03 | Сказки народов мира | Громкие чтения |\r\n"
        " | Озёрная СБ, 12-00 |\r\n"
        "| 2 | 20.03 | Книжкины именины | Праздник | ЦДБ | ЦДБ, 11-00 |\r\n"
    )
    plan = parse_resolution(text)
    assert [(item.label, item.parent) for item in plan.items] == [("1", None), ("2", None)]
    assert [item.responsible for item in plan.items] == [[], ["ЦДБ"]]


def test_a_glued_sub_row_opening_with_low_quotes_is_a_row_too():
    text = (
        "АНОНС мероприятий районного музея на 2024 год\n"
        "Наименование мероприятия Дата проведения Ответственные\n"
        "Март\n"
        "1. ЭКСКУРСИИ\n"
        "1.1„Улицы старой станицы“11-15 марта 2024А.В.Петрова\n"
        "1.2„Ремёсла наших дедов“по запросуА.В.Петрова\n"
    )
    plan = parse_resolution(text)
    assert [(item.label, item.parent) for item in plan.items] == [("1", None), ("1.1", "1"), ("1.2", "1")]
    assert item_window(plan.items[1]) == ("range", D(2024, 3, 11), D(2024, 3, 15))
    assert plan.items[2].responsible == ["А.В.Петрова"]
