"""Families of deadlines in prose that the fourteenth round's set showed (bench/IMPORT_NOTE.md, fresh13): a yearly
rhythm on a named day, a term of a day («в суточный срок»), a date declared a named day, a window opened by «с»
with no year, an event's time named without a date, a day given with its hours, and sub-items that continue their
lead-in's sentence. Each on sentences written for the test, with the readings that must not be taken."""

import functools
from datetime import date as D

import pytest

from resolutions.parser import parse_resolution
from tests.resolutions.shapes import deadline_window

REFERENCE = D(2021, 3, 1)
window = functools.partial(deadline_window, reference=REFERENCE)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A yearly rhythm on a day with no preposition: the first due date is that day itself.
        ("Учредить праздник села и отмечать его ежегодно 15 августа.", ("recurring", REFERENCE, D(2021, 8, 15))),
        ("Проводить ежегодно 5 мая смотр строя и песни.", ("recurring", REFERENCE, D(2021, 5, 5))),
        # A day already passed this year is next year's first.
        ("Чествовать ветеранов ежегодно 10 января.", ("recurring", REFERENCE, D(2022, 1, 10))),
        ("Собирать совет ежемесячно 20 числа.", ("recurring", REFERENCE, D(2021, 3, 20))),
        # Unchanged: «до» still ends the day before, and a bare rhythm runs to the end of its period.
        ("Ежегодно до 1 апреля представлять отчёт.", ("recurring", REFERENCE, D(2021, 3, 31))),
        ("Ежегодно проводить слёт краеведов.", ("recurring", REFERENCE, D(2021, 12, 31))),
    ],
)
def test_a_yearly_rhythm_on_a_named_day_is_first_due_that_day(text, expected):
    assert window(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A term counted in days and nights runs from the document's date.
        ("Вывезти имущество склада в суточный срок.", ("by", REFERENCE, D(2021, 3, 2))),
        ("Представить списки в трехсуточный срок.", ("by", REFERENCE, D(2021, 3, 4))),
        ("Освободить помещение в течение суток.", ("by", REFERENCE, D(2021, 3, 2))),
        ("Сдать сведения в течение двух суток.", ("by", REFERENCE, D(2021, 3, 3))),
        # Unchanged: other terms of the same form.
        ("Представить отчёт в месячный срок.", ("by", REFERENCE, D(2021, 4, 1))),
        ("Устранить нарушения в 10-дневный срок.", ("by", REFERENCE, D(2021, 3, 11))),
    ],
)
def test_a_term_of_days_and_nights_is_counted_in_days(text, expected):
    assert window(text) == expected


def test_a_daily_stock_is_no_term():
    assert window("Создать суточный запас топлива на складе.") is None


@pytest.mark.parametrize(
    "text",
    [
        # A date declared a named day (a holiday's name has its capital) is what is declared, not a term.
        "Объявить 9 декабря Днём героев района.",
        "Объявить 3 сентября Днем памяти земляков, погибших в войнах.",
        "Установить 1 октября 2021 года Днём старшего поколения в поселении.",
        "Объявить с 1 по 7 июня Неделей добрых дел.",
    ],
)
def test_a_date_declared_a_named_day_is_the_subject(text):
    assert window(text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Unchanged: a date set as the day of an act, and a day with its act.
        ("Установить 1 апреля 2021 года днём начала приёма заявок.", ("exact", D(2021, 4, 1), D(2021, 4, 1))),
        ("Объявить 20 мая 2021 года днём проведения ярмарки.", ("exact", D(2021, 5, 20), D(2021, 5, 20))),
        ("Провести 9 мая митинг у обелиска.", ("exact", D(2021, 5, 9), D(2021, 5, 9))),
    ],
)
def test_a_date_set_for_an_act_stays_its_day(text, expected):
    assert window(text) == expected


@pytest.mark.parametrize(
    ("text", "reference", "expected"),
    [
        # «с» and a day with no year after a scheduling verb opens a window with no end.
        ("Объявить с 15 ноября ударный месячник по сбору металлолома.", REFERENCE, ("range", D(2021, 11, 15), None)),
        ("Начать с 1 сентября приём заявок на конкурс.", REFERENCE, ("range", D(2021, 9, 1), None)),
        # Without the document's date the kind is known, the window is not.
        ("Объявить с 15 ноября ударный месячник по сбору металлолома.", None, ("range", None, None)),
        # Unchanged: a window with both ends.
        ("Провести с 1 по 10 ноября декаду чтения.", REFERENCE, ("range", D(2021, 11, 1), D(2021, 11, 10))),
    ],
)
def test_a_window_opened_by_a_day_without_a_year(text, reference, expected):
    assert window(text, reference=reference) == expected


@pytest.mark.parametrize(
    "text",
    [
        # The time of an undated event named as the act's: relative, no window.
        "Отделу торговли организовать выездную торговлю во время проведения праздника.",
        "Полиции обеспечить порядок в ходе проведения спортивных соревнований.",
        "Отделу связи обеспечить трансляцию в период проведения фестиваля.",
        # Readying something for an event is due by it.
        "Службе благоустройства подготовить сквер и прилегающие к нему дорожки к проведению торжеств.",
    ],
)
def test_the_time_of_an_undated_event_is_a_relative_deadline(text):
    assert window(text) == ("relative", None, None)


@pytest.mark.parametrize(
    "text",
    [
        # Joining or drawing others into an event gives no term; nor does a pronoun's «в период её прохождения».
        "Предложить депутатам присоединиться к проведению акции «Чистый берег».",
        "Привлечь волонтёров к проведению праздника.",
        "Информировать население о ходе акции в период её прохождения.",
    ],
)
def test_joining_an_event_is_no_deadline(text):
    assert window(text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Unchanged: a dated event keeps its dates.
        ("Обеспечить порядок в период проведения фестиваля с 1 по 5 июня 2021 года.", ("range", D(2021, 6, 1), D(2021, 6, 5))),
        ("Организовать торговлю во время проведения праздника 12 июня 2021 г.", ("exact", D(2021, 6, 12), D(2021, 6, 12))),
    ],
)
def test_a_dated_event_keeps_its_dates(text, expected):
    assert window(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A day with no year given with its hours is the day of the act.
        ("Обеспечить охрану порядка во время генеральной репетиции 14 мая с 17.00 до 19.00.", ("exact", D(2021, 5, 14), D(2021, 5, 14))),
        ("Организовать дежурство на площади 9 мая с 10.00.", ("exact", D(2021, 5, 9), D(2021, 5, 9))),
    ],
)
def test_a_day_given_with_its_hours_is_the_day_of_the_act(text, expected):
    assert window(text) == expected


def test_a_number_of_hours_is_no_day():
    assert window("Обеспечить работу пункта обогрева 24 часа в сутки.") is None


HEAD = "Постановление администрации района от 1 марта 2021 года\nпостановляет:\n"


def windows(body):
    return {item.label: (item.deadline_kind, item.due_start, item.due_end) for item in parse_resolution(HEAD + body).items}


def test_a_sub_item_continues_its_lead_ins_act():
    found = windows(
        "1. Провести в районе:\n1.1 Праздник урожая 25 сентября 2021 года.\n1.2 Смотр художественной самодеятельности с 1 по 15 октября 2021 г.\n"
        "2. Контроль оставляю за собой.\n"
    )
    assert found["1.1"] == ("exact", D(2021, 9, 25), D(2021, 9, 25))
    assert found["1.2"] == ("range", D(2021, 10, 1), D(2021, 10, 15))
    assert found["1"] == ("", None, None)


def test_the_period_of_a_document_approved_under_a_lead_in_is_its_subject():
    found = windows(
        "1. Утвердить:\n1.1. Программу фестиваля в районе с 1 по 15 октября 2021 года (приложение № 1).\n"
        "1.2. Состав оргкомитета (приложение № 2).\n2. Контроль оставляю за собой.\n"
    )
    assert found["1.1"] == ("", None, None)


def test_a_sub_item_with_its_own_act_or_term_keeps_its_deadline():
    found = windows(
        "1. Отделу культуры:\n1.1. в срок до 1 мая 2021 года подготовить программу;\n1.2. Провести концерт 9 мая 2021 года.\n"
        "2. Утвердить:\n2.1. План мероприятий, срок представления отчёта — до 1 декабря 2021 года.\n"
    )
    assert found["1.1"] == ("by", None, D(2021, 4, 30))
    assert found["1.2"] == ("exact", D(2021, 5, 9), D(2021, 5, 9))
    assert found["2.1"][2] == D(2021, 11, 30)


def test_a_lead_in_without_an_act_lends_no_date():
    found = windows("1. Принять к сведению:\n1.1. Отчёт о работе клуба 12 февраля 2021 года.\n")
    assert found["1.1"] == ("", None, None)
