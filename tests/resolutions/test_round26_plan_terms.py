"""Round 26: the terms of plan tables whose rows are read but whose deadlines were lost (fresh24's misses, by family).

- «Март 2024» alone on the heading's line over a monthly plan: its days «05.03.» with no year are that month's.
- «План … 2019-2020 г.г.» (a title line ending in the year's abbreviation is still the title): a plan over the new
  year counts its days without a year from the first autumn, so January's are the second year's.
- «на 2014-2015 учебный год» over a table headed «№№ п\\п» one cell a line: «Весь период» is the school year,
  «В течение календарного года» a year left open, «1 раз в четверть» a rhythm with no window (no document date).
On text written for the test.
"""

import datetime

from resolutions.parser import parse_resolution

D = datetime.date


def _windows(plan):
    return [(item.label, item.deadline_kind, item.due_start, item.due_end) for item in plan.items]


def test_a_month_and_year_alone_on_the_heading_dates_yearless_days():
    text = (
        "Март 2024\n"
        "\n"
        "№ | Наименование мероприятия | Форма работы | Сроки проведения | Ответственный |\n"
        "1 | «Весенние строки» | Книжная выставка | 05.03. | Абонемент |\n"
        "2 | «Мамины руки» | Мастер-класс | 07.03. | Детский отдел |\n"
    )
    plan = parse_resolution(text)
    assert _windows(plan) == [
        ("1", "exact", D(2024, 3, 5), D(2024, 3, 5)),
        ("2", "exact", D(2024, 3, 7), D(2024, 3, 7)),
    ]
    assert [item.responsible for item in plan.items] == [["Абонемент"], ["Детский отдел"]]


def test_a_plan_over_the_new_year_puts_january_days_in_the_second_year():
    text = (
        "План праздничных мероприятий 2023-2024 г.г.\n"
        "\n"
        "№ | Дата (время и место проведения) | Наименование мероприятия | |\n"
        "Декабрь | |||\n"
        "1 | Центральная площадь 29 декабря 2023 г. 18-00 | Открытие ледового городка | |\n"
        "Январь | |||\n"
        "2 | Стадион «Труд» 4 января 12.00 | Лыжная эстафета | |\n"
        "3 | Районный дом культуры 6 января 2024 г. 15-00 | Рождественский концерт | |\n"
    )
    plan = parse_resolution(text)
    assert plan.title == "План праздничных мероприятий 2023-2024 г.г."
    assert _windows(plan) == [
        ("1", "exact", D(2023, 12, 29), D(2023, 12, 29)),
        ("2", "exact", D(2024, 1, 4), D(2024, 1, 4)),
        ("3", "exact", D(2024, 1, 6), D(2024, 1, 6)),
    ]


def test_a_school_years_plan_reads_its_whole_period_and_terms():
    text = (
        "П Л А Н работы школьного краеведческого кружка\n"
        "на 2021-2022 учебный год\n"
        "№№\n"
        "п\\п\n"
        "|\n"
        "Мероприятия\n"
        "|\n"
        "Сроки проведения\n"
        "|\n"
        "1.\n"
        "|\n"
        "Экскурсии по родному селу\n"
        "|\n"
        "В течение календарного года\n"
        "|\n"
        "2.\n"
        "|\n"
        "Заседание совета кружка\n"
        "|\n"
        "1 раз в четверть\n"
        "|\n"
        "3.\n"
        "|\n"
        "Пополнение фондов\n"
        "|\n"
        "Весь период\n"
        "|\n"
    )
    plan = parse_resolution(text)
    assert _windows(plan) == [
        ("1", "year", None, None),
        ("2", "recurring", None, None),
        ("3", "range", D(2021, 9, 1), D(2022, 8, 31)),
    ]
    assert [item.text.split("\n")[0] for item in plan.items] == [
        "Экскурсии по родному селу", "Заседание совета кружка", "Пополнение фондов",
    ]


def test_a_programme_over_several_years_is_no_season():
    text = (
        "План мероприятий на 2023-2024 годы\n"
        "№ | Мероприятие | Срок | Ответственный |\n"
        "1 | Конкурс чтецов | март | Отдел культуры |\n"
    )
    plan = parse_resolution(text)
    assert plan.covered_from is None
    assert (plan.items[0].due_start, plan.items[0].due_end) == (None, None)
