"""Families of deadlines that the nineteenth round's set showed (fresh18): a window written «с X до Y», the hours of
reception inside a dated window, the entry into force of an act however its sentence is built, and a yearly period
written before its rhythm («с 1 по 7 октября ежегодно»). Each on sentences written for the test, with the readings
that must not be taken."""

from datetime import date as D

import pytest

from tests.resolutions.shapes import deadline_window as window
from tests.resolutions.shapes import first_item, item_window


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # «до Y» ends the day before Y, as everywhere; «с X» opens the window.
        ("Заявки на участие в конкурсе принимаются с 15.03.2012 г. до 15.04.2012 г.", ("range", D(2012, 3, 15), D(2012, 4, 14))),
        ("Приём документов вести с 1 февраля до 1 марта 2019 года.", ("range", D(2019, 2, 1), D(2019, 2, 28))),
        ("Провести подписку на газету с 5 мая до 25 мая 2019 года включительно.", ("range", D(2019, 5, 5), D(2019, 5, 25))),
    ],
)
def test_a_window_from_one_day_to_another_written_with_do(text, expected):
    assert window(text, D(2019, 1, 10)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Hours, not days: the day is the act's, the hours are its time of day.
        ("Провести ярмарку 12 мая 2019 года с 9.00 до 15.00.", ("exact", D(2019, 5, 12), D(2019, 5, 12))),
        # A number of things, not a window.
        ("Увеличить число мест в группе с 20 до 25 до 1 сентября 2019 года.", ("by", None, D(2019, 8, 31))),
    ],
)
def test_a_span_that_is_not_a_window_of_days(text, expected):
    assert window(text, D(2019, 1, 10)) == expected


def test_reception_hours_inside_a_dated_window_are_not_a_daily_rhythm():
    text = (
        "Замечания к проекту принимаются комиссией с 01.06.2015 г. до 01.07.2015 г. "
        "Замечания принимаются в здании администрации с 10.00 до 17.00 ежедневно."
    )
    assert window(text, D(2015, 5, 20)) == ("range", D(2015, 6, 1), D(2015, 6, 30))


@pytest.mark.parametrize(
    ("text", "end"),
    [
        # With no dated window beside them, the hours qualify a daily duty, which stays one.
        ("Обеспечить работу пунктов обогрева ежедневно с 8.00 до 20.00.", D(2015, 5, 20)),
        # A due hour is no reception: the daily report is a rhythm.
        ("Ежедневно до 16.00 представлять сводку о ходе уборки до 1 июля 2015 года.", D(2015, 5, 20)),
    ],
)
def test_a_daily_duty_with_its_hours_stays_a_rhythm(text, end):
    assert window(text, D(2015, 5, 20)) == ("recurring", D(2015, 5, 20), end)


@pytest.mark.parametrize(
    "text",
    [
        "Решение подлежит опубликованию в районной газете и вступает в силу с 1 июля 2015 года.",
        "Изменения, внесённые настоящим постановлением, вступают в силу с 1 января 2016 года.",
        "Положение о премии вступает в законную силу с 01.09.2014.",
        "Настоящее решение подлежит обнародованию и вступит в силу с 1 марта текущего года.",
    ],
)
def test_the_entry_into_force_is_no_deadline(text):
    assert window(text, D(2015, 2, 1)) is None


def test_a_task_s_term_beside_the_entry_into_force_is_kept():
    text = "Опубликовать решение в газете «Вестник» до 15 мая 2015 года; решение вступает в силу с 1 июня 2015 года."
    assert window(text, D(2015, 4, 1)) == ("by", None, D(2015, 5, 14))


def test_the_entry_into_force_of_an_item_is_no_deadline_of_the_item():
    item = first_item("Решение подлежит официальному опубликованию и вступает в силу с 1 января 2022 года.", date="1 декабря 2021 года")
    assert item.deadline_kind == ""


@pytest.mark.parametrize(
    ("reference", "end"),
    [
        (D(2015, 9, 15), D(2015, 10, 7)),  # the first week still to come this year
        (D(2015, 10, 3), D(2015, 10, 7)),  # under way: it ends this year
        (D(2015, 11, 20), D(2016, 10, 7)),  # passed: next year's
    ],
)
def test_a_yearly_period_written_before_its_rhythm(reference, end):
    text = "Проводить в области с 1 октября по 7 октября ежегодно Неделю здоровья."
    assert window(text, reference) == ("recurring", reference, end)


def test_a_yearly_period_with_one_month_before_its_rhythm():
    assert window("Установить с 10 по 20 июня ежегодно Декаду чтения.", D(2015, 3, 1)) == ("recurring", D(2015, 3, 1), D(2015, 6, 20))


def test_a_period_of_another_clause_is_not_the_rhythm_s():
    # The week is held once; the yearly summing up has no day of its own.
    item = first_item("Провести с 1 по 7 октября смотр хоров; итоги подводить ежегодно.", date="15 сентября 2015 года")
    assert item_window(item) == ("recurring", D(2015, 9, 15), D(2015, 12, 31))
