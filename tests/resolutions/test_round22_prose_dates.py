"""A date alone on a page's first line, over a headline and only then the act's kind («УКАЗ», «ПОСТАНОВЛЕНИЕ»), is
the date a site or a newspaper posted the act, not the act's own; an act's date stands under its kind, or over it
with its number. A year named in an undated act's preamble («в связи с исполняющимся в 2030 году юбилеем») is an
event's, not the act's: only a plan's heading or preamble, or another act's title, gives the year its terms count
from."""

import datetime

import pytest

from resolutions.parser import parse_resolution
from tests.resolutions.shapes import deadline_window

_DECREE = (
    "{top}УКАЗ\nГЛАВЫ РЕСПУБЛИКИ\nО праздновании юбилея народного поэта\n"
    "Учитывая вклад поэта в культуру республики, постановляю:\n"
    "1. Принять предложение Правительства республики о праздновании юбилея.\n"
    "2. Правительству республики в 3-месячный срок образовать организационный комитет.\n"
    "3. Настоящий указ вступает в силу со дня его подписания.\n"
)


def _window(parsed, label="2"):
    item = next(i for i in parsed.items if i.label == label)
    return (item.deadline_kind, item.due_start, item.due_end)


def test_a_post_date_over_a_headline_is_not_the_acts():
    parsed = parse_resolution(_DECREE.format(top="15.03.2024\nНОВОСТИ КУЛЬТУРЫ: ПОЭТУ 100 ЛЕТ\n"))
    assert parsed.date is None
    assert _window(parsed) == ("relative", None, None)
    # The act's own date: with its number over its kind, or right over its kind.
    parsed = parse_resolution(_DECREE.format(top="№ 45 от 15.03.2024\nАДМИНИСТРАЦИЯ РАЙОНА\n"))
    assert parsed.date == datetime.date(2024, 3, 15)
    parsed = parse_resolution(_DECREE.format(top="15.03.2024\n"))
    assert parsed.date == datetime.date(2024, 3, 15)


def test_a_year_in_an_undated_acts_preamble_is_an_events():
    text = (
        "ГЛАВА РЕСПУБЛИКИ\nО праздновании юбилея народного поэта\n"
        "В связи с исполняющимся в 2030 году 100-летием со дня рождения поэта постановляю:\n"
        "1. Правительству республики в 6-месячный срок утвердить план мероприятий.\n"
        "2. Настоящий указ вступает в силу со дня его подписания.\n"
    )
    parsed = parse_resolution(text)
    assert (parsed.date, parsed.plan_year_start) == (None, None)
    assert _window(parsed, "1") == ("relative", None, None)
    # A plan's year still comes from its heading.
    text = (
        "ПЛАН\nмероприятий районного дома культуры\nна 2030 год\n"
        "1. Вечер народной песни – до 15 марта – Иванова А.А.\n"
    )
    assert parse_resolution(text).plan_year_start == datetime.date(2030, 1, 1)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # The hours an act is held, then its day: the «до» closes the hours, the day is the act's.
        ("Провести концерт на площади с 11-00 до 19-00 час. 9 мая 2025 г. в парке.",
         ("exact", datetime.date(2025, 5, 9), datetime.date(2025, 5, 9))),
        ("Провести ярмарку с 9.00 до 15.00 14.09.2025 на рыночной площади.",
         ("exact", datetime.date(2025, 9, 14), datetime.date(2025, 9, 14))),
        # A day glued to its month at a lost space.
        ("Провести праздник песни 12июня 2025г. в городском саду.",
         ("exact", datetime.date(2025, 6, 12), datetime.date(2025, 6, 12))),
        ("Провести праздник с 10-00 до 18-00 час. 12июня 2025г. в городском саду.",
         ("exact", datetime.date(2025, 6, 12), datetime.date(2025, 6, 12))),
        # An hour a task is due by, with no span of hours before it, is still its term.
        ("Представить отчёт до 17-00 20.05.2025 в отдел культуры.", ("by", None, datetime.date(2025, 5, 20))),
    ],
)
def test_the_hours_before_a_day_and_a_glued_day(line, expected):
    assert deadline_window(line, reference=datetime.date(2025, 3, 1)) == expected
