"""Families of deadlines that the sixteenth round's set showed (fresh15): a year inside the quoted title of a cited act,
a «до» with an hour before a date written in words, a dated day given with its hours, «на период …» of an event that
another item dates, and a «не позднее» date whose year word the editors completed in brackets. Each on sentences
written for the test, with the readings that must not be taken."""

from datetime import date as D
from datetime import time

import pytest

from resolutions.deadlines import find_deadline
from resolutions.parser import parse_resolution
from tests.resolutions.shapes import deadline_window as window


@pytest.mark.parametrize(
    "text",
    [
        # The period is what the cited act is about, inside its quoted title «О …»: no term for this item.
        "Во исполнение решения Совета от 5 марта 2019 г. № 12 «О проведении в 2019 году Недели книги» создать оргкомитет.",
        'В соответствии с постановлением от 1 февраля 2020 г. № 7 "Об организации в 2020 году летнего отдыха детей" '
        "утвердить состав комиссии.",
        "На основании распоряжения «О подготовке к празднованию в мае 2021 года Дня города» образовать штаб.",
    ],
)
def test_a_period_in_a_cited_acts_title_is_no_term(text):
    assert window(text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A term of the item's own after the title is still read.
        (
            "Во исполнение решения «О проведении в 2019 году Недели книги» провести выставки до 1 апреля 2019 г.",
            ("by", None, D(2019, 3, 31)),
        ),
        # Unchanged: a year outside quotes, and a quoted name that is no act's title.
        ("Провести в 2019 году смотр «Лучший двор».", ("year", D(2019, 1, 1), D(2019, 12, 31))),
        ("Провести конкурс «Весна в 2019 году» в 2019 году.", ("year", D(2019, 1, 1), D(2019, 12, 31))),
    ],
)
def test_terms_outside_a_title_are_read(text, expected):
    assert window(text) == expected


@pytest.mark.parametrize(
    ("text", "expected", "hour"),
    [
        # «до» with an hour before a date in words ends on that day, as «до 17-00 27.04.2010» does.
        ("обеспечить уборку площади до 9.00 часов 1 мая 2015 года.", ("by", None, D(2015, 5, 1)), time(9, 0)),
        ("Подготовить сцену до 18-00 ч. 3 марта 2015 г.", ("by", None, D(2015, 3, 3)), time(18, 0)),
        ("Сдать ключи не позднее 12.30 час. 30 апреля 2015 года.", ("by", None, D(2015, 4, 30)), time(12, 30)),
        # Unchanged: the same with the date in figures, and a day with its hour after it.
        ("Представить списки до 17-00 27.04.2015.", ("by", None, D(2015, 4, 27)), time(17, 0)),
        ("Провести митинг 9 мая 2015 года в 10.00 у обелиска.", ("exact", D(2015, 5, 9), D(2015, 5, 9)), time(10, 0)),
    ],
)
def test_by_an_hour_of_a_day_written_in_words(text, expected, hour):
    assert window(text) == expected
    assert find_deadline(text).time == hour


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A dated day given with its hours is the day of the act, even when the act is a verbal noun.
        ("Ограничение движения транспорта по улице Мира до площади Победы 9 мая 2015 года с 9.00 до 13 часов 30 минут.",
         ("exact", D(2015, 5, 9), D(2015, 5, 9))),
        ("Закрытие рынка 1 июня 2015 г. с 8.00 до 12.00.", ("exact", D(2015, 6, 1), D(2015, 6, 1))),
    ],
)
def test_a_dated_day_with_its_hours(text, expected):
    assert window(text) == expected


def test_a_date_with_hours_that_dates_an_act_is_still_no_term():
    # Unchanged: a date after «от» dates the decision cited, hours or not.
    assert window("Исполнять решение от 9 мая 2015 года с изменениями.") is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The editors' completion of the year word in brackets, «г[ода]», is the year's suffix.
        ("чтобы дома были закончены не позднее 15 октября 1944 г[ода]. Обратить внимание на качество.",
         ("by", None, D(1944, 10, 15))),
        ("обязать трест закончить ремонт школ до 1 сентября 1944 г[ода];", ("by", None, D(1944, 8, 31))),
    ],
)
def test_a_term_whose_year_word_the_editors_completed(text, expected):
    assert window(text) == expected


def windows(text):
    return {item.label: (item.deadline_kind, item.due_start, item.due_end) for item in parse_resolution(text).items}


MONTH = (
    "В целях благоустройства посёлка исполком решил: 1. Провести с 1 по 31 марта 1950 года месячник по благоустройству "
    "улиц и дворов, для чего обязать: а) директоров школ на период месячника выделить учащихся для уборки улиц; "
    "б) председателя артели т. Петрова обеспечить вывоз мусора;"
)


def test_for_the_time_of_an_event_another_item_dates():
    found = windows(MONTH)
    assert found["1"] == ("range", D(1950, 3, 1), D(1950, 3, 31))
    assert found["а"][1:] == (D(1950, 3, 1), D(1950, 3, 31))
    assert found["б"] == ("", None, None)


def test_a_span_no_item_dates_is_no_deadline():
    # «на период …», «в период каникул» of a span no item dates says how long, not by when.
    found = windows(MONTH.replace("с 1 по 31 марта 1950 года ", ""))
    assert found["а"] == ("", None, None)
    found = windows("Исполком решил: 1. Отделу народного образования организовать в период весенних каникул работу лагерей.")
    assert found["1"] == ("", None, None)
    # At the phrase, it is still the time of the event named.
    assert find_deadline("на период отпуска начальника возложить его обязанности на заместителя").relative_to == "отпуска начальника"


def test_the_time_of_an_event_held_stays_relative():
    # Unchanged: «в период проведения фестиваля» that no item dates is the event's time, a relative term; a pronoun's
    # «в период её прохождения» is none.
    found = windows("Исполком решил: 1. Отделу связи обеспечить трансляцию в период проведения фестиваля.")
    assert found["1"] == ("relative", None, None)
    assert find_deadline("Информировать население о ходе акции в период её прохождения.") is None
