"""Structure families of the twelfth round (bench/IMPORT_NOTE.md): item labels glued to the stop or bracket
that ends the item before them. Each on documents written for the test, with numbers in text left alone."""

import datetime

from resolutions.parser import parse_resolution
from resolutions.parsing_utils import split_inline_items
from tests.resolutions.shapes import outline


def test_labels_glued_to_the_stop_or_bracket_before_them_cut_a_paragraph_into_items():
    line = (
        "1. Открыть выставку ремёсел в доме культуры.2. Предложить отделу полиции (Сомов П.Р.) обеспечить "
        "порядок.3. Ответственность за выставку возложить на клуб «Узор» (Лебедева Н.И.)4. Контроль за "
        "исполнением оставляю за собой."
    )
    pieces = split_inline_items(line)
    assert [piece[:2] for piece in pieces] == ["1.", "2.", "3.", "4."]
    assert pieces[2].endswith("(Лебедева Н.И.)")


def test_a_glued_number_out_of_the_outline_or_in_a_reference_is_not_cut():
    # «2.» after item «1.» is expected, «5.» is not; «п.2.» refers to a point; a date is no label.
    assert split_inline_items("1. Утвердить смету на 12.04.2004 по ст.5. Закона и п.2. Устава.") == [
        "1. Утвердить смету на 12.04.2004 по ст.5. Закона и п.2. Устава."
    ]
    assert split_inline_items("1. Утвердить смету клуба.5. Провести сбор.") == ["1. Утвердить смету клуба.5. Провести сбор."]
    # No own label and no run: a paragraph of prose with «г.» after a year stays whole.
    assert split_inline_items("Выставка открыта в 2003 г.2. Зал закрыт.") == ["Выставка открыта в 2003 г.2. Зал закрыт."]


def test_glued_items_of_an_order_are_found_in_turn():
    text = """\
Распоряжение администрации посёлка
от 3 марта 2011 г. № 40
В связи с проведением праздника
1. Провести праздник на площади.2. Предложить отделу полиции (Сомов П.Р.) обеспечить порядок.3. Контроль за исполнением возложить на заместителя главы Кедрова И.И.
"""
    assert outline(text) == [("1", None), ("2", None), ("3", None)]


PLAN_WITH_LETTERS = """\
План работы клуба «Лира» на 2023 год
1. Праздники.
а. Масленица 26 февраля
б.Вечер поэзии 21 марта
в. Выставка рисунков 10-12 июня
г. Москва и Подмосковье: поездка
2. Встречи:
а. Занятия хора ежемесячно
б. Помощь ветеранам систематически
"""


def test_letters_with_a_full_stop_are_sub_items_in_turn_and_plan_lines_end_with_their_day():
    result = parse_resolution(PLAN_WITH_LETTERS)
    assert [(item.label, item.parent) for item in result.items] == [
        ("1", None), ("а", "1"), ("б", "1"), ("в", "1"), ("г", "1"), ("2", None), ("а", "2"), ("б", "2"),
    ]
    days = {(item.parent, item.label): (item.due_start, item.due_end) for item in result.items}
    assert days[("1", "а")] == (datetime.date(2023, 2, 26), datetime.date(2023, 2, 26))
    assert days[("1", "б")] == (datetime.date(2023, 3, 21), datetime.date(2023, 3, 21))
    assert days[("1", "в")] == (datetime.date(2023, 6, 10), datetime.date(2023, 6, 12))
    rhythm = {item.label: (item.deadline_kind, item.due_start) for item in result.items if item.parent == "2"}
    assert rhythm == {"а": ("recurring", None), "б": ("standing", None)}


def test_a_letter_with_a_stop_out_of_turn_is_text_not_a_sub_item():
    # «г. Тула» after item «1.» with no «а.» before it, «с. Покровка» after «а.»: a town, a village.
    text = """\
План работы общества на 2023 год
1. Провести встречу землячества
г. Тула, дом культуры
а. Конкурс чтецов 5 мая
с. Покровка, школа
"""
    assert outline(text) == [("1", None), ("а", "1")]


def test_a_dated_document_keeps_bare_dates_in_its_items_as_facts():
    text = """\
Решение совета общества от 10 января 2023 г.
1. Считать годом основания клуба год его регистрации 7 января
"""
    assert parse_resolution(text).items[0].deadline_kind == ""


def test_a_plan_line_ending_with_its_year_or_a_number_has_no_day():
    text = """\
План работы совета на 2023 год
1. Подготовить предложения к плану работы на 2024 год.
2. Провести 3 заседания
"""
    assert [item.deadline_kind for item in parse_resolution(text).items] == ["", ""]


PLAN_TABLE_WITH_A_GAP = """\
План мероприятий библиотеки на 2022 год
№ п/п | Мероприятие | Дата | Ответственный |
1. |
Выставка книг о блокаде |
18.01.2022 12.00 20.01.2022 16.00 |
Орлова К.С. |
2. |
Вечер памяти |
февраль |
Орлова К.С. |
6. |
Конкурс чтецов |
12.04.2022 |
Орлова К.С. |
"""


def test_a_plan_tables_rows_keep_their_numbers_across_a_gap_and_a_two_day_cell_is_a_span():
    result = parse_resolution(PLAN_TABLE_WITH_A_GAP)
    assert [(item.label, item.responsible) for item in result.items] == [
        ("1", ["Орлова К.С."]), ("2", ["Орлова К.С."]), ("6", ["Орлова К.С."]),
    ]
    first = result.items[0]
    assert (first.deadline_kind, first.due_start, first.due_end) == (
        "range", datetime.date(2022, 1, 18), datetime.date(2022, 1, 20),
    )
    assert any("«6»" in warning for warning in result.warnings)


def test_in_running_text_a_number_three_past_the_last_item_is_not_an_item():
    text = """\
Решение совета от 3 марта 2022 г.
1. Провести конкурс.
2. Утвердить смету.
5. Итоги подвести к маю.
"""
    assert outline(text) == [("1", None), ("2", None)]


def test_a_sub_item_adopting_a_plan_by_a_date_has_that_deadline_but_an_adopted_plans_period_stays_its_subject():
    text = """\
Указ главы района от 5 декабря 2022 г.
1. Администрации района (Петров К.Е.):
1) утвердить до 1 марта 2023 года план мероприятий Года музыки;
2) утвердить не позднее 15.02.2023 состав оргкомитета.
2. Утвердить прилагаемый план мероприятий на 2023 год.
"""
    items = parse_resolution(text).items
    assert [(item.label, item.due_end) for item in items] == [
        ("1", None), ("1)", datetime.date(2023, 2, 28)), ("2)", datetime.date(2023, 2, 15)), ("2", None),
    ]
