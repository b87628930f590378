"""Families of deadlines that the fifteenth round's set showed (bench/IMPORT_NOTE.md, fresh14, and fresh13's
remaining misses): a range whose first day is written with its ordinal ending, several runs of days in one month, a
date whose month is a Roman numeral, a year-less «до …» of «сего года» and a term in days under a lettered or «п.»
label, and the dates without a year of an undated document whose items give one year. Each on sentences written for
the test, with the readings that must not be taken."""

import functools
from datetime import date as D

import pytest

from resolutions.deadlines import find_date, parse_deadline
from resolutions.parser import parse_resolution
from tests.resolutions.shapes import deadline_window

REFERENCE = D(1938, 1, 10)
window = functools.partial(deadline_window, reference=REFERENCE)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The first day of a range written with its ordinal ending borrows the month and year of the last.
        ("Провести учёт скота с 3-го по 20 марта 1938 года.", ("range", D(1938, 3, 3), D(1938, 3, 20))),
        ("Установить сроки приёма заявлений с 10-го по 15 апреля.", ("range", D(1938, 4, 10), D(1938, 4, 15))),
        ("Закончить сев в период с 1-го по 12 мая 1938 г.", ("range", D(1938, 5, 1), D(1938, 5, 12))),
        # Unchanged: the same range without the ending, and a bare last day.
        ("Провести учёт скота с 3 по 20 марта 1938 года.", ("range", D(1938, 3, 3), D(1938, 3, 20))),
        ("Продлить приём заявлений по 20 марта 1938 года.", ("by", None, D(1938, 3, 20))),
    ],
)
def test_a_range_whose_first_day_has_its_ordinal_ending(text, expected):
    assert window(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Runs of days in one month, joined by «и» or a comma: one window from the first day to the last.
        ("Вывозить зерно в период с 3 по 9 и 17 - 23 мая ежесуточными маршрутами.", ("range", D(1938, 5, 3), D(1938, 5, 23))),
        ("Провести занятия с 1 по 5 и с 12 по 16 июня 1938 года.", ("range", D(1938, 6, 1), D(1938, 6, 16))),
        ("Организовать выставки 10-12 и 20-22 апреля в клубах района.", ("range", D(1938, 4, 10), D(1938, 4, 22))),
        ("Проверить склады с 2 по 4, 8 и 15 - 18 февраля 1938 г.", ("range", D(1938, 2, 2), D(1938, 2, 18))),
        # Unchanged: one run, and runs of several months each written with its own month.
        ("Провести занятия с 1 по 5 июня 1938 года.", ("range", D(1938, 6, 1), D(1938, 6, 5))),
        (
            "Провести приём с 1 апреля по 25 апреля 1938 года, со 2 июня по 2 июля 1938 года.",
            ("range", D(1938, 4, 1), D(1938, 7, 2)),
        ),
    ],
)
def test_runs_of_days_in_one_month_are_one_window(text, expected):
    assert window(text) == expected


def test_numbers_that_are_not_days_stay_apart():
    # Numbers of classes before a date, and articles of a law, are no runs of days.
    assert window("Выдать пособия учащимся 1-3 и 5-7 классов к 1 сентября 1938 г.") == ("by", None, D(1938, 9, 1))
    assert window("Руководствоваться статьями 5 - 7 и 9 - 12 закона.") is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A date whose month is a Roman numeral, the year in two digits or four.
        ("Переселить жильцов до 1.VII.57 г. из указанного дома.", ("by", None, D(1957, 6, 30))),
        ("Представить отчёт не позднее 15.XI.1938 г.", ("by", None, D(1938, 11, 15))),
        ("Закончить ремонт к 20.IV.38 г.", ("by", None, D(1938, 4, 20))),
        ("Провести собрание 5.XII.1938 г. в клубе.", ("exact", D(1938, 12, 5), D(1938, 12, 5))),
        # A year in two digits is of the century nearest the document's, the month in figures too.
        ("Закончить ремонт к 20.04.38 г.", ("by", None, D(1938, 4, 20))),
        # Unchanged: the month in figures with the year in full.
        ("Переселить жильцов до 01.07.1957 г.", ("by", None, D(1957, 6, 30))),
    ],
)
def test_a_date_with_a_roman_month(text, expected):
    assert window(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # A Roman section or a clause number is no date; nor a month that does not exist.
        "Руководствоваться разделом IV.2.1 инструкции.",
        "Внести изменения в пункт 3.II.1 положения.",
        "Представить отчёт до 1.XIII.38 г.",
        "Представить отчёт до 31.II.1938 г.",
    ],
)
def test_what_is_no_date_with_a_roman_month(text):
    assert window(text) is None


def test_a_roman_month_dates_the_document():
    assert find_date("Решения бюро от 1.IX.1932 г.")[0] == D(1932, 9, 1)
    assert parse_deadline("до 1.VII.57 г.").end == D(1957, 6, 30)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # «до … с. г.» under a lettered label, the words broken by an OCR'd page's lost hyphens.
        ("а) до 20 октября с. г. раз работать примерные штаты и представить их на рассмотрение;", ("by", None, D(1938, 10, 19))),
        ("б) до 1 ноября т. г. разрабо тать нормы выработки;", ("by", None, D(1938, 10, 31))),
        # A term in days counted from the meeting's date.
        (
            "Поручить комиссии в составе т.т. Иванова и Петрова рассмотреть инструкции и представить на утверждение в пятидневный срок.",
            ("by", REFERENCE, D(1938, 1, 15)),
        ),
        ("Созвать совещание в трехдневный срок.", ("by", REFERENCE, D(1938, 1, 13))),
    ],
)
def test_a_years_date_and_a_term_in_days_are_read(text, expected):
    assert window(text) == expected


def test_without_the_documents_date_a_year_of_this_year_stays_open():
    assert window("а) до 20 октября с. г. разработать штаты;", reference=None) == ("by", None, None)


def windows(text):
    return {item.label: (item.deadline_kind, item.due_start, item.due_end) for item in parse_resolution(text).items}


UNDATED = "ПОСТАНОВЛЕНИЕ\nО проведении праздника «Проводы зимы»\nВ целях организации досуга жителей посёлка\nпостановляю:\n"


def test_an_undated_documents_dates_without_a_year_take_the_year_its_items_give():
    found = windows(
        UNDATED + "1. Провести праздник 3 марта 2019 г. с 11.00 на площади.\n"
        "2. Отделу полиции обеспечить порядок во время репетиции 28 февраля с 17.00 до 18.00.\n"
        "3. Отделу торговли до 25 февраля подготовить торговые места.\n"
        "4. Отделу культуры в месячный срок представить отчёт.\n"
    )
    assert found["1"] == ("exact", D(2019, 3, 3), D(2019, 3, 3))
    assert found["2"] == ("exact", D(2019, 2, 28), D(2019, 2, 28))
    assert found["3"] == ("by", None, D(2019, 2, 24))
    assert found["4"][1:] == (None, None)  # a term counted from the document's date, which is not known


@pytest.mark.parametrize(
    "items",
    [
        # No item gives a year, or items give two: the windows stay open.
        "1. Провести праздник 3 марта с 11.00 на площади.\n2. Отделу торговли до 25 февраля подготовить места.\n",
        "1. Провести праздник 3 марта 2019 г. на площади.\n2. Провести смотр 5 мая 2020 г. в клубе.\n"
        "3. Отделу торговли до 25 февраля подготовить места.\n",
    ],
)
def test_an_undated_document_without_one_year_keeps_its_dates_open(items):
    found = windows(UNDATED + items)
    assert found["2" if "2019" not in items else "3"][1:] == (None, None)


def test_a_dated_document_keeps_its_own_year():
    found = windows(
        "ПОСТАНОВЛЕНИЕ\nот 10 января 2018 г. № 5\nО празднике\nпостановляю:\n"
        "1. Провести праздник 3 марта 2019 г. на площади.\n2. Отделу торговли до 25 февраля подготовить места.\n"
    )
    assert found["2"] == ("by", None, D(2018, 2, 24))
