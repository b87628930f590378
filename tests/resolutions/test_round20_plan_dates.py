"""Plans' dates of the twentieth round: the year of a plan for «N-летие Великой Победы» or «N-летие со дня
Победы», as of «N-летие Победы» (1945 + N). On text written for the test, with the readings that must not be
taken."""

from datetime import date as D

from resolutions.parser import parse_resolution
from tests.resolutions.shapes import item_window as window


def _anniversary_plan(heading):
    return (
        f"{heading}\n"
        "№ |\nМероприятие |\nДата проведения |\nОтветственный |\n"
        "1 |\nМитинг у памятника |\n9 мая |\nотдел культуры |\n"
        "2 |\nКонкурс рисунков |\nмарт-апрель |\nшкола искусств |\n"
    )


def test_the_anniversary_of_the_great_victory_dates_the_plan():
    result = parse_resolution(_anniversary_plan("План мероприятий, посвящённых 75-летию Великой Победы"))
    assert [window(item) for item in result.items] == [
        ("exact", D(2020, 5, 9), D(2020, 5, 9)),
        ("range", D(2020, 3, 1), D(2020, 4, 30)),
    ]


def test_the_anniversary_of_the_day_of_the_victory_dates_the_plan():
    result = parse_resolution(_anniversary_plan("План работы клуба к 65 –летию со дня Победы"))
    assert window(result.items[0]) == ("exact", D(2010, 5, 9), D(2010, 5, 9))


def test_the_great_victory_in_a_battle_or_the_day_of_another_event_leaves_the_plan_undated():
    for heading in (
        "План мероприятий к 75-летию Великой Победы под Москвой в битве",
        "План мероприятий к 70-летию Великой Победы в Сталинградской битве",
        "План мероприятий к 60-летию со дня основания района",
    ):
        result = parse_resolution(_anniversary_plan(heading))
        assert window(result.items[0]) == ("exact", None, None), heading


def _yearly_plan(cell):
    return parse_resolution(
        "План мероприятий поселения на 2019 год\n"
        "№ |\nМероприятие |\nСрок |\nОтветственный |\n"
        f"1 |\nРемонт детских площадок |\n{cell} |\nадминистрация поселения |\n"
    )


def test_within_the_year_followed_by_a_remark_of_how_is_the_plans_year():
    for cell in ("В течение года по обращениям жителей", "в течение года, по мере необходимости"):
        assert window(_yearly_plan(cell).items[0]) == ("year", D(2019, 1, 1), D(2019, 12, 31)), cell


def test_within_the_year_from_a_moment_is_no_calendar_year():
    assert window(_yearly_plan("в течение года со дня утверждения плана").items[0])[0] != "year"


def _quarterly_plan(heading, cells):
    rows = "".join(f"| {number} | Экскурсия по залам | {cell} | экскурсовод |\n" for number, cell in enumerate(cells, 1))
    return parse_resolution(f"{heading}\n| № п/п | Мероприятия | Сроки проведения | Ответственные |\n{rows}")


def test_a_quarterly_plan_dates_its_months_and_its_within_the_quarter():
    result = _quarterly_plan("План работы краеведческого музея на II квартал 2019 года", ["май", "в течение квартала"])
    assert [window(item) for item in result.items] == [
        ("range", D(2019, 5, 1), D(2019, 5, 31)),
        ("quarter", D(2019, 4, 1), D(2019, 6, 30)),
    ]


def test_a_quarter_that_is_no_plans_period_dates_nothing():
    # «в 3 квартале 2019 года» in a heading tells when something happened, not the quarter the plan is for.
    result = _quarterly_plan("План работы музея, открытого в 3 квартале 2019 года", ["май", "в течение квартала"])
    assert [window(item)[1] for item in result.items] == [None, None]
