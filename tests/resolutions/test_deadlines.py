"""Deadline phrases of resolution items, parsed into windows of dates."""

import datetime

import pytest

from resolutions.deadlines import DEADLINE_KINDS, Deadline, find_date, find_deadline, parse_deadline

D = datetime.date


@pytest.mark.parametrize(
    ("text", "kind", "start", "end"),
    [
        # «до X» ends the day before X begins.
        ("до ноября 2026 года", "by", None, D(2026, 10, 31)),
        ("до 1 ноября 2026 г.", "by", None, D(2026, 10, 31)),
        ("до 15.11.2026", "by", None, D(2026, 11, 14)),
        ("в срок до 15.11.2026 г.", "by", None, D(2026, 11, 14)),
        ("в срок до 1 декабря 2026 года", "by", None, D(2026, 11, 30)),
        ("до 2030 года", "by", None, D(2029, 12, 31)),
        ("до 2030 г.", "by", None, D(2029, 12, 31)),
        ("до января 2027 года", "by", None, D(2026, 12, 31)),
        ("до 1 января 2027 г.", "by", None, D(2026, 12, 31)),
        ("до II квартала 2027 г.", "by", None, D(2027, 3, 31)),
        ("до второго полугодия 2027 года", "by", None, D(2027, 6, 30)),
        # Inclusive forms end with X.
        ("не позднее 15 ноября 2026 г.", "by", None, D(2026, 11, 15)),
        ("не позднее ноября 2026 года", "by", None, D(2026, 11, 30)),
        ("до 15 ноября 2026 г. включительно", "by", None, D(2026, 11, 15)),
        ("до конца 2026 года", "by", None, D(2026, 12, 31)),
        ("до конца ноября 2026 г.", "by", None, D(2026, 11, 30)),
        ("до конца первого полугодия 2027 г.", "by", None, D(2027, 6, 30)),
        ("к 1 сентября 2026 г.", "by", None, D(2026, 9, 1)),
        # Leap years.
        ("до 1 марта 2028 г.", "by", None, D(2028, 2, 29)),
        ("до марта 2027 года", "by", None, D(2027, 2, 28)),
        ("не позднее февраля 2028 года", "by", None, D(2028, 2, 29)),
        ("29.02.2028", "exact", D(2028, 2, 29), D(2028, 2, 29)),
        # Ranges.
        ("Срок: сентябрь-октябрь 2027 год", "range", D(2027, 9, 1), D(2027, 10, 31)),
        ("сентябрь – октябрь 2027 г.", "range", D(2027, 9, 1), D(2027, 10, 31)),
        ("в сентябре-октябре 2027 г.", "range", D(2027, 9, 1), D(2027, 10, 31)),
        ("ноябрь 2026 – январь 2027 г.", "range", D(2026, 11, 1), D(2027, 1, 31)),
        ("с 1 марта по 30 апреля 2027 г.", "range", D(2027, 3, 1), D(2027, 4, 30)),
        ("с марта по апрель 2027 года", "range", D(2027, 3, 1), D(2027, 4, 30)),
        ("с 01.03.2027 по 30.04.2027", "range", D(2027, 3, 1), D(2027, 4, 30)),
        ("10-12 ноября 2026 г.", "range", D(2026, 11, 10), D(2026, 11, 12)),
        ("2026–2027 гг.", "range", D(2026, 1, 1), D(2027, 12, 31)),
        ("в ноябре 2026 г.", "range", D(2026, 11, 1), D(2026, 11, 30)),
        ("ноябрь 2026", "range", D(2026, 11, 1), D(2026, 11, 30)),
        ("в декабре 2026 года", "range", D(2026, 12, 1), D(2026, 12, 31)),
        ("в феврале 2028 г.", "range", D(2028, 2, 1), D(2028, 2, 29)),
        ("в мае 2027 г.", "range", D(2027, 5, 1), D(2027, 5, 31)),
        # Years.
        ("в течение 2027 года", "year", D(2027, 1, 1), D(2027, 12, 31)),
        ("в 2027 году", "year", D(2027, 1, 1), D(2027, 12, 31)),
        ("Сроки: 2027 год", "year", D(2027, 1, 1), D(2027, 12, 31)),
        # Quarters: an alternative in brackets or a dash widens the window.
        ("во втором (третьем) квартале 2027 г.", "quarter", D(2027, 4, 1), D(2027, 9, 30)),
        ("в III квартале 2027 года", "quarter", D(2027, 7, 1), D(2027, 9, 30)),
        ("во 2-м квартале 2027 г.", "quarter", D(2027, 4, 1), D(2027, 6, 30)),
        ("в IV квартале 2026 г.", "quarter", D(2026, 10, 1), D(2026, 12, 31)),
        ("в первом квартале 2028 года", "quarter", D(2028, 1, 1), D(2028, 3, 31)),
        ("II–III квартал 2027 г.", "quarter", D(2027, 4, 1), D(2027, 9, 30)),
        # Half-years.
        ("во втором полугодии 2026 года", "half", D(2026, 7, 1), D(2026, 12, 31)),
        ("в первом полугодии 2027 г.", "half", D(2027, 1, 1), D(2027, 6, 30)),
        # Standing: a «с … до YEAR» span includes the end year.
        (
            "со второго полугодия 2026 года и до 2030 года, на постоянной основе",
            "standing", D(2026, 7, 1), D(2030, 12, 31),
        ),
        (
            "Начиная со второго полугодия 2026 года и до 2030 года, на постоянной основе",
            "standing", D(2026, 7, 1), D(2030, 12, 31),
        ),
        ("на постоянной основе, начиная с 1 сентября 2026 г.", "standing", D(2026, 9, 1), None),
        ("с 2027 года до конца 2028 года постоянно", "standing", D(2027, 1, 1), D(2028, 12, 31)),
        ("на постоянной основе", "standing", None, None),
        ("Срок: постоянно", "standing", None, None),
        # Exact dates.
        ("19.06.2026", "exact", D(2026, 6, 19), D(2026, 6, 19)),
        ("19.06.2026 г.", "exact", D(2026, 6, 19), D(2026, 6, 19)),
        ("19 июня 2026 г.", "exact", D(2026, 6, 19), D(2026, 6, 19)),
        ("31 декабря 2026 года", "exact", D(2026, 12, 31), D(2026, 12, 31)),
        ("1 мая 2027 г.", "exact", D(2027, 5, 1), D(2027, 5, 1)),
    ],
)
def test_it_parses(text, kind, start, end):
    deadline = parse_deadline(text)
    assert deadline == Deadline(text=text, kind=kind, start=start, end=end)
    assert deadline.kind in DEADLINE_KINDS


@pytest.mark.parametrize(
    ("text", "relative_to"),
    [
        ("за три месяца до даты проведения", "даты проведения"),
        ("за 30 дней до конференции", "конференции"),
        ("за две недели до заседания КСОРС РТ", "заседания КСОРС РТ"),
        ("в течение месяца после окончания конференции", "окончания конференции"),
        ("не позднее 10 дней после подписания Заявления", "подписания Заявления"),
    ],
)
def test_it_parses_relative_deadlines(text, relative_to):
    assert parse_deadline(text) == Deadline(text=text, kind="relative", relative_to=relative_to)


def test_it_keeps_yo_and_e_alike():
    assert parse_deadline("во втором полугодии 2026 г.") == parse_deadline("во втором полугодии 2026 г.")
    assert parse_deadline("в четвёртом квартале 2026 г.").start == D(2026, 10, 1)
    assert parse_deadline("в четвертом квартале 2026 г.").start == D(2026, 10, 1)


def test_it_drops_bold_markers_and_a_final_dot():
    deadline = parse_deadline("**до ноября 2026 года**.")
    assert deadline.text == "до ноября 2026 года"
    assert deadline.end == D(2026, 10, 31)
    assert parse_deadline("до 1 ноября 2026 г.").text == "до 1 ноября 2026 г."


def test_it_uses_the_reference_for_phrases_without_a_year():
    reference = D(2026, 6, 19)
    assert parse_deadline("во 2-м квартале", reference=reference).end == D(2026, 6, 30)
    # A quarter that has already passed is next year's.
    assert parse_deadline("в первом квартале", reference=reference).start == D(2027, 1, 1)
    assert parse_deadline("до 1 ноября", reference=reference).end == D(2026, 10, 31)
    assert parse_deadline("до 1 марта", reference=reference).end == D(2027, 2, 28)
    assert parse_deadline("в течение месяца", reference=reference) == Deadline(
        "в течение месяца", "by", D(2026, 6, 19), D(2026, 7, 19)
    )
    assert parse_deadline("на постоянной основе", reference=reference).start == reference


def test_without_a_year_or_reference_the_window_is_unknown():
    assert parse_deadline("во 2-м квартале") == Deadline("во 2-м квартале", "quarter")
    assert parse_deadline("в течение месяца") == Deadline("в течение месяца", "relative")


@pytest.mark.parametrize(
    "text", ["", "по мере необходимости", "до 29.02.2027", "до 31.11.2026", "в 13 квартале 2027 г.", "до отчёта"]
)
def test_it_refuses_what_is_not_a_deadline(text):
    assert parse_deadline(text) is None


def test_it_refuses_an_inverted_range():
    assert parse_deadline("с 1 мая по 1 марта 2027 г.") is None


@pytest.mark.parametrize(
    ("text", "phrase", "kind"),
    [
        ("Поручить … Ким В.М. Срок: сентябрь-октябрь 2027 год.", "сентябрь-октябрь 2027 год", "range"),
        ("Подготовить план. Срок исполнения – до 1 ноября 2026 г. Ответственный: Ким В.М.", "до 1 ноября 2026 г.", "by"),
        ("Представить в Посольство России до ноября 2026 года.", "до ноября 2026 года", "by"),
        ("Направить отчёт в срок до 15.11.2026.", "в срок до 15.11.2026", "by"),
        ("Сдать материалы не позднее 15 ноября 2026 г. секретарю.", "не позднее 15 ноября 2026 г.", "by"),
        (
            "Начиная со второго полугодия 2026 года и до 2030 года, на постоянной основе, включать в повестку.",
            "со второго полугодия 2026 года и до 2030 года, на постоянной основе",
            "standing",
        ),
        ("Конференцию провести во втором (третьем) квартале 2027 г.", "во втором (третьем) квартале 2027 г.", "quarter"),
        ("Провести семинар во втором полугодии 2026 года.", "во втором полугодии 2026 года", "half"),
        ("Определить дату за три месяца до даты проведения.", "за три месяца до даты проведения", "relative"),
        ("Вынести проект на конференцию в 2027 году.", "в 2027 году", "year"),
        ("Провести форум в ноябре 2026 г. в Душанбе.", "в ноябре 2026 г.", "range"),
        ("Провести выставку с 1 марта по 30 апреля 2027 г.", "с 1 марта по 30 апреля 2027 г.", "range"),
        ("Заседание КСОРС РТ провести 15 ноября 2026 г. в Русском доме.", "15 ноября 2026 г.", "exact"),
    ],
)
def test_it_finds_the_phrase_inside_an_item(text, phrase, kind):
    deadline = find_deadline(text)
    assert (deadline.text, deadline.kind) == (phrase, kind)
    assert phrase in text


def test_a_plans_horizon_is_not_its_deadline():
    text = "Подготовить проект плана действий к новому качественному уровню развития до 2030 года."
    assert find_deadline(text) is None
    assert find_deadline("Завершить работу до 2030 года.").end == D(2029, 12, 31)


def test_a_number_is_not_a_year():
    assert find_deadline("Собрать до 1000 подписей.") is None


def test_find_deadline_prefers_the_srok_sentence():
    text = "Провести конференцию в 2027 году. Срок: до 1 мая 2027 г."
    assert find_deadline(text).text == "до 1 мая 2027 г."


def test_find_date_returns_the_date_and_its_span():
    text = "19.06.2026 г., г.Душанбе, Таджикистан."
    assert find_date(text) == (D(2026, 6, 19), 0, 13)
    assert find_date("собравшиеся в г.Душанбе 19 июня 2026 г., обсудив")[0] == D(2026, 6, 19)
    assert find_date("в 2026 году") is None


@pytest.mark.parametrize(
    ("phrase", "recurrence", "end"),
    [
        ("ежемесячно", "monthly", D(2026, 1, 31)),
        ("ежеквартально", "quarterly", D(2026, 3, 31)),
        ("ежегодно", "yearly", D(2026, 12, 31)),
        ("ежегодно до 1 февраля", "yearly", D(2026, 1, 31)),
        ("ежемесячно до 10 числа", "monthly", D(2026, 2, 9)),
    ],
)
def test_a_recurring_deadline_runs_from_the_reference_to_the_first_due_date(phrase, recurrence, end):
    deadline = parse_deadline(phrase, reference=D(2026, 1, 15))
    assert (deadline.kind, deadline.recurrence, deadline.start, deadline.end) == ("recurring", recurrence, D(2026, 1, 15), end)


def test_periodicity_without_a_reference_has_no_dates():
    assert parse_deadline("ежегодно") == Deadline("ежегодно", "recurring", recurrence="yearly")


def test_a_yearly_date_already_passed_is_due_next_year():
    assert parse_deadline("ежегодно до 1 февраля", reference=D(2026, 3, 15)).end == D(2027, 1, 31)


def test_hours_of_scheduled_acts():
    scheduled = parse_deadline("19.09.2011 в 16-00")
    assert (scheduled.kind, scheduled.start, scheduled.end, scheduled.time) == ("exact", D(2011, 9, 19), D(2011, 9, 19), datetime.time(16, 0))
    by = parse_deadline("до 17-00 27.04.2010")
    assert (by.kind, by.start, by.end, by.time) == ("by", None, D(2010, 4, 27), datetime.time(17, 0))
    assert find_deadline("Следующее заседание провести 19.12.2025 в 16-00.").time == datetime.time(16, 0)


def test_a_period_that_is_the_subject_is_not_a_deadline():
    assert find_deadline("Утвердить план работы Думы города на II полугодие 2006 года.") is None
    assert find_deadline("Утвердить план на IV квартал 2026 года.") is None
    assert find_deadline("Представить отчёт за I квартал 2026 года до 10 апреля 2026 г.").end == D(2026, 4, 9)


def test_several_periods_and_listed_days_span_one_window():
    several = find_deadline("Провести с 1 апреля по 25 апреля 2005 года, со 2 июня по 2 июля 2005 года акцию.")
    assert (several.kind, several.start, several.end) == ("range", D(2005, 4, 1), D(2005, 7, 2))
    days = find_deadline("Установить даты проведения субботников 14 и 25 апреля 2019 года.")
    assert (days.start, days.end) == (D(2019, 4, 14), D(2019, 4, 25))


def test_a_date_just_before_the_reference_stays_in_its_year():
    # A plan approved after the fact: «до 16 апреля» in an order of 19 April 2010.
    assert parse_deadline("до 16 апреля", reference=D(2010, 4, 19)).end == D(2010, 4, 15)
