"""Families of deadlines that the seventeenth round's set showed (fresh16): a season across two years written as two
dated months with a dash, a range of days on an undated page, a month named «в течение марта месяца» (and the common
misspelling «в течении»), «сегодня же» and «завтра» of the document's day, «с 5 мая» before or after the item's verb,
a Soviet date with a Roman month and a two-digit year in the line where the act names itself, and the span of months
a collection's heading covers. Each on sentences written for the test, with the readings that must not be taken."""

from datetime import date as D

import pytest

from resolutions.deadlines import find_date, find_deadline
from resolutions.parser import parse_resolution
from tests.resolutions.shapes import deadline_window as window
from tests.resolutions.shapes import item_window


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Two dated points with a dash: one window across the two years.
        ("Провести первенство школ в октябре 2018 г. – апреле 2019 г.", ("range", D(2018, 10, 1), D(2019, 4, 30))),
        ("Проводить занятия кружков в ноябре 2020 года - феврале 2021 года.", ("range", D(2020, 11, 1), D(2021, 2, 28))),
        ("Организовать сбор 1 сентября 2015 г. – 31 мая 2016 г.", ("range", D(2015, 9, 1), D(2016, 5, 31))),
        # Unchanged: a dash after a month that goes on to other words, and two months sharing one year.
        ("Провести смотр в октябре 2018 г. - для всех школ района.", ("range", D(2018, 10, 1), D(2018, 10, 31))),
        ("Срок: сентябрь-октябрь 2027 г.", ("range", D(2027, 9, 1), D(2027, 10, 31))),
    ],
)
def test_two_dated_months_with_a_dash_span_both_years(text, expected):
    assert window(text) == expected


def test_a_range_of_days_on_an_undated_page_keeps_its_whole_phrase():
    deadline = find_deadline("Провести с 05 по 20 мая районный смотр хоров.")
    assert (deadline.text, deadline.kind, deadline.start, deadline.end) == ("с 05 по 20 мая", "range", None, None)
    assert window("Провести с 05 по 20 мая районный смотр хоров.", D(2016, 4, 1)) == ("range", D(2016, 5, 5), D(2016, 5, 20))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Открыть курсы медсестёр в течении апреля месяца на 60 человек.", ("range", D(2021, 4, 1), D(2021, 4, 30))),
        ("Провести ремонт общежитий в течение мая.", ("range", D(2021, 5, 1), D(2021, 5, 31))),
        ("В июне месяце провести уборку парков.", ("range", D(2021, 6, 1), D(2021, 6, 30))),
        # The misspelling before a term counted from the document's date reads as the term.
        ("Закончить ремонт в течении двух недель.", ("by", D(2021, 3, 1), D(2021, 3, 15))),
        # Unchanged: a month's term, and a month with its year.
        ("Закончить ремонт в течение месяца.", ("by", D(2021, 3, 1), D(2021, 4, 1))),
        ("В течение мая 2022 года провести смотр.", ("range", D(2022, 5, 1), D(2022, 5, 31))),
    ],
)
def test_a_month_named_as_the_time_of_the_act(text, expected):
    assert window(text, D(2021, 3, 1)) == expected


def test_a_river_s_flow_is_no_term():
    assert window("Учитывать при строительстве моста скорость в течении реки.", D(2021, 3, 1)) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Сегодня же направить в районы уполномоченных.", ("exact", D(1942, 8, 3), D(1942, 8, 3))),
        ("Обязать т. Петрова добиться, чтобы эшелоны завтра же вышли на Казань.", ("exact", D(1942, 8, 4), D(1942, 8, 4))),
        # Bare, right before or after the infinitive.
        ("Сегодня провести собрание актива.", ("exact", D(1942, 8, 3), D(1942, 8, 3))),
        ("Выехать завтра в районы области.", ("exact", D(1942, 8, 4), D(1942, 8, 4))),
        # A dated term elsewhere in the item comes first.
        ("Подготовить сегодня же, а представить к 10 августа.", ("by", None, D(1942, 8, 10))),
    ],
)
def test_today_and_tomorrow_are_the_documents_day_and_the_next(text, expected):
    assert window(text, D(1942, 8, 3)) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Провести собрание актива (докладчик прибудет завтра).",
        "Отметить, что сегодня в районе работают пять школ.",
        "Признать, что сегодняшнее положение с топливом нетерпимо.",
    ],
)
def test_today_told_of_is_no_term(text):
    assert window(text, D(1942, 8, 3)) is None


def test_today_without_the_documents_date_is_a_day_not_yet_known():
    assert window("Сегодня же направить в районы уполномоченных.") == ("exact", None, None)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Всю муку с 3 апреля отпускать только по карточкам.", ("range", D(1942, 4, 3), None)),
        ("Прекратить с 15 мая торговлю пивом в парках.", ("range", D(1942, 5, 15), None)),
    ],
)
def test_a_day_opening_the_act_without_a_year(text, expected):
    assert window(text, D(1942, 3, 20)) == expected


@pytest.mark.parametrize(
    "text",
    [
        "В связи с 1 мая провести уборку улиц.",
        "Ознакомить коллектив с 12 пунктом приказа.",
        # «с» and a day far from any verb: no window of the act.
        "Отчёт о работе бригады с 3 апреля представлен.",
    ],
)
def test_a_day_after_with_that_opens_nothing(text):
    assert window(text, D(1942, 3, 20)) is None


def test_a_roman_month_with_a_two_digit_year_is_of_the_last_century():
    assert find_date("Приказ № 14 3.XI.38 г.")[0] == D(1938, 11, 3)
    assert find_date("от 28.04.06")[0] == D(2006, 4, 28)  # unchanged: Arabic figures


_SITE_LINES = "\n".join(["| Архив документов |", "[Apr. 2nd, 2014|11:05 am] |", " |", " |", "| Comments: |", "> интересно", "спасибо"])


def test_the_line_where_the_act_names_itself_dates_it_past_a_sites_lines():
    result = parse_resolution(
        f"{_SITE_LINES}\nПОСТАНОВЛЕНИЕ ОБЛАСТНОГО КОМИТЕТА «О ПЕРЕВОЗКЕ ЗЕРНА» № 96 3.XI.38 г. Ввиду распутицы комитет "
        "постановил: 1. Сегодня же направить в районы уполномоченных. 2. Завтра же отчитаться о выполнении."
    )
    assert result.date == D(1938, 11, 3)
    assert [item_window(item) for item in result.items] == [("exact", D(1938, 11, 3), D(1938, 11, 3)), ("exact", D(1938, 11, 4), D(1938, 11, 4))]


_COLLECTION = "Читаем «Город в годы войны». Том второй: июль 1942 – июнь 1943 полностью\n\n"


def test_the_span_a_collections_heading_covers_dates_a_page_without_a_year():
    result = parse_resolution(
        f"{_COLLECTION}4. Райисполкомам организовать с 5 августа с. г. выдачу пайков.\n\n"
        "5. Всё сено с 12 августа передать конным паркам.\n\n"
        "6. Сдать отчёты. Срок исполнения – 2 февраля.\n"
    )
    assert [item_window(item) for item in result.items] == [
        ("range", D(1942, 8, 5), None), ("range", D(1942, 8, 12), None), ("by", None, D(1943, 2, 2)),
    ]


def test_a_dated_document_keeps_its_own_year_under_such_a_heading():
    result = parse_resolution(f"{_COLLECTION}Решение от 3 марта 1944 г.\n\n1. Всё сено с 12 августа передать конным паркам.\n")
    assert item_window(result.items[0]) == ("range", D(1944, 8, 12), None)


def test_a_term_set_for_training_runs_a_month_from_the_document():
    # «Установить срок …» with «в течение месяца»: from the document's date, a month on.
    text = "Установить срок обучения санитарных дружинниц в течение месяца. Руководствоваться программой горкома."
    assert window(text, D(1942, 5, 12)) == ("by", D(1942, 5, 12), D(1942, 6, 12))
