"""Families of structure that the seventeenth round's set showed (fresh16): an excerpt's first label after an
editors' omission mark or a book's page number, a page that holds the end of one decision and the next decision,
and plan tables — a spanning column before the number column, labels inside a row's cell, a span whose year is
written once and a cell without a year in a plan whose other rows give it. Each on text written for the test,
with the readings that must not be taken."""

from datetime import date as D

from resolutions.parser import parse_resolution
from resolutions.parsing_utils import split_leading_mark
from resolutions.tables import cell_date
from tests.resolutions.shapes import item_window, outline

# An excerpt's first label after a mark: an omission of the editors, a book's page number.


def test_an_omission_mark_before_item_1_does_not_hide_it():
    text = (
        "№ 12. О работе бань\n\n3 марта 1943 года\n\n"
        "‹…› 1. Предупредить т. Ковалева (трест бань), что, если в течение десяти дней не будет наведён порядок, "
        "он будет снят с работы.\n\n2. Обязать т. Савину (райздрав) проверить работу бань."
    )
    parsed = parse_resolution(text)
    assert outline(text) == [("1", None), ("2", None)]
    assert item_window(parsed.items[0])[1:] == (D(1943, 3, 3), D(1943, 3, 13))


def test_a_page_number_before_an_excerpts_first_item():
    text = (
        "Сборник документов\n\n"
        "212 3. Обязать председателей колхозов выделить подводы. 4. Поручить райпотребсоюзу открыть ларьки. "
        "5. Обязать заведующих школами провести сборы."
    )
    assert outline(text) == [("3", None), ("4", None), ("5", None)]


def test_what_a_leading_mark_is_not():
    # A number before a label whose item does not open with a verb may be a count or a part of the text.
    assert split_leading_mark("12 3. Отряды исключить из состава.") == ["12 3. Отряды исключить из состава."]
    assert split_leading_mark("3 Провести собрание.") == ["3 Провести собрание."]
    assert split_leading_mark("[...] 2. Отряды исключить.") == ["[...]", "2. Отряды исключить."]
    assert split_leading_mark("1. Провести собрание.") == ["1. Провести собрание."]


# A page of a collection: the end of one decision (its date after its items), then the next decision.

_TWO_DECISIONS = (
    "Электронная библиотека\n\n"
    "3. Мастерские передать в ведение райпромкомбината. Обязать т. Зайцева обеспечить их ремонт.\n\n"
    "4. Установить срок ремонта мастерских в течение двух недель.\n\n"
    "14 марта 1942 г.\n\n"
    "О ЗАГОТОВКЕ ДРОВ\n\n"
    "1. Поручить исполкому горсовета заготовить 500 кубометров дров.\n\n"
    "2. Обязать начальника гортопа т. Лаптева организовать вывозку дров.\n\n"
    "20 марта 1942 г."
)


def test_a_page_with_the_end_of_one_decision_and_the_next():
    parsed = parse_resolution(_TWO_DECISIONS)
    assert [(item.label, item.parent) for item in parsed.items] == [("3", None), ("4", None), ("1", None), ("2", None)]
    assert parsed.date == D(1942, 3, 14)  # the first decision's date: the page's first items are counted from it
    assert item_window(parsed.items[1])[1:] == (D(1942, 3, 14), D(1942, 3, 28))
    assert "О ЗАГОТОВКЕ ДРОВ" in parsed.unparsed


def test_a_date_under_the_items_followed_by_an_appendix_ends_them():
    # «ПОЛОЖЕНИЕ …» under the date is an appendix, not a decision: its numbered points are not items.
    text = (
        "ПОСТАНОВЛЕНИЕ\n\nПОСТАНОВЛЯЕТ:\n\n1. Утвердить положение о конкурсе.\n\n2. Поручить отделу провести конкурс.\n\n"
        "14 марта 2012 г.\n\nПОЛОЖЕНИЕ О КОНКУРСЕ\n\n1. Конкурс проводится ежегодно.\n\n2. Участники подают заявки."
    )
    assert outline(text) == [("1", None), ("2", None)]


def test_a_date_under_the_items_followed_by_text_ends_them():
    text = (
        "ПОСТАНОВЛЕНИЕ\n\nПОСТАНОВЛЯЕТ:\n\n1. Утвердить план.\n\n2. Поручить отделу провести смотр.\n\n"
        "14 марта 2012 г.\n\nПриложение к постановлению\n\n1. Смотр проводится в мае."
    )
    assert outline(text) == [("1", None), ("2", None)]


# Plan tables.


def test_a_spanning_column_before_the_number_column():
    text = (
        "Район | № п/п | Наименование мероприятия | Место проведения | Время проведения | Ответственный |\n"
        "Северный район | 1. | Вечер поэзии «Осень» | Библиотека № 1 | 17.00 | Лебедева М.П. |\n"
        "2. | Час чтения «Сказки» | Библиотека № 2 | 17.00 | Орлова Т.С. | |\n"
        "Южный район | 3. | Литературная викторина | Библиотека № 5 | 17.00 | Гусева Н.В. |\n"
        "4. | Книжная выставка | Библиотека № 6 | 17.00 | Белова А.А. | |\n"
    )
    parsed = parse_resolution(text)
    assert [(item.label, item.responsible) for item in parsed.items] == [
        ("1", ["Лебедева М.П."]), ("2", ["Орлова Т.С."]), ("3", ["Гусева Н.В."]), ("4", ["Белова А.А."]),
    ]
    assert parsed.items[1].text.startswith("Час чтения «Сказки»")
    assert "Район: Северный район" in parsed.items[1].text  # the spanning cell belongs to each row under it
    assert "Район: Южный район" in parsed.items[3].text
    assert all(item.deadline_text == "" for item in parsed.items)  # an hour alone is no term


def test_a_number_column_first_is_read_as_before():
    text = (
        "№ п/п | Наименование мероприятия | Срок | Ответственный |\n"
        "1. | Вечер поэзии | 12.05.2014 | Лебедева М.П. |\n"
        "2. | Час чтения | 13.05.2014 | Орлова Т.С. |\n"
    )
    assert [(item.label, item.responsible) for item in parse_resolution(text).items] == [
        ("1", ["Лебедева М.П."]), ("2", ["Орлова Т.С."]),
    ]


_LETTERED_ROW_PLAN = (
    "ПЛАН\nмероприятий к Дню города\n"
    "№ п/п |\nМероприятия |\nУчастники |\nСроки |\nОтветственные |\n"
    "1. |\nВыставка рисунков «Мой город» |\n5 - 9 |\n12.06.15. |\nСоколова Е.А. |\n"
    "2. |\nПраздник во дворе: а) Игры; б) Концерт самодеятельности |\nвсе классы |\n"
    "С 01.06. – 10.06.15. |\nМорозова Л.И., Зайцева\nО.П. |\n"
)


def test_letters_inside_a_rows_cell_are_no_sub_items():
    parsed = parse_resolution(_LETTERED_ROW_PLAN)
    assert [(item.label, item.parent) for item in parsed.items] == [("1", None), ("2", None)]
    assert parsed.items[1].responsible == ["Морозова Л.И.", "Зайцева О.П."]
    assert "а) Игры; б) Концерт" in parsed.items[1].text


def _cell(text):
    found = cell_date(text)
    return (found.kind, found.start, found.end)


def test_a_span_whose_year_is_written_after_its_end():
    parsed = parse_resolution(_LETTERED_ROW_PLAN)
    assert item_window(parsed.items[1]) == ("range", D(2015, 6, 1), D(2015, 6, 10))
    assert _cell("С 25.04. – 8.05.13.") == ("range", D(2013, 4, 25), D(2013, 5, 8))
    assert _cell("20.12-10.01.2015 г.") == ("range", D(2014, 12, 20), D(2015, 1, 10))
    # Not a span of two months: a single day, or days of one month (read as before).
    assert _cell("12.06.15.") == ("exact", D(2015, 6, 12), D(2015, 6, 12))
    assert _cell("01.- 08.05.15г.") == ("range", D(2015, 5, 1), D(2015, 5, 8))


def test_a_cell_without_a_year_takes_the_year_the_other_rows_give():
    text = _LETTERED_ROW_PLAN + "3. |\nКонкурс чтецов |\n1 - 4 |\nС 20.05. – 5.06. |\nСоколова Е.А. |\n"
    parsed = parse_resolution(text)
    assert item_window(parsed.items[2]) == ("range", D(2015, 5, 20), D(2015, 6, 5))


def test_a_cell_without_a_year_stays_open_when_the_rows_give_two_years():
    text = (
        "№ п/п |\nМероприятия |\nСроки |\nОтветственные |\n"
        "1. |\nВыставка |\n12.06.15. |\nСоколова Е.А. |\n"
        "2. |\nКонцерт |\n12.01.16. |\nМорозова Л.И. |\n"
        "3. |\nКонкурс чтецов |\nС 20.05. – 5.06. |\nСоколова Е.А. |\n"
    )
    parsed = parse_resolution(text)
    assert item_window(parsed.items[2]) == ("range", None, None)
