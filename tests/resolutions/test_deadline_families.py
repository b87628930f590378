"""Families of deadline phrasing that the unseen sets kept showing in new wording (bench/IMPORT_NOTE.md,
seventh round), one parametrised test per family, on sentences written for the test."""

import datetime

import pytest

from resolutions.deadlines import find_deadline, find_period, parse_deadline
from resolutions.parser import parse_resolution

D = datetime.date
REFERENCE = D(2014, 3, 12)


def found(text):
    deadline = find_deadline(text, reference=REFERENCE)
    return None if deadline is None else (deadline.text, deadline.kind, deadline.start, deadline.end)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A date set as the day of an act, in either order, with any of the verbs that set one.
        ("Определить 15 сентября 2014 года датой проведения праздника.", ("15 сентября 2014 года", "exact", D(2014, 9, 15), D(2014, 9, 15))),
        ("Установить 1 апреля 2014 года днём начала приёма заявок.", ("1 апреля 2014 года", "exact", D(2014, 4, 1), D(2014, 4, 1))),
        ("Днём проведения праздника считать 15 сентября 2014 года.", ("15 сентября 2014 года", "exact", D(2014, 9, 15), D(2014, 9, 15))),
        ("Датой проведения выборов назначить 14 сентября.", ("14 сентября", "exact", D(2014, 9, 14), D(2014, 9, 14))),
        # A last day or a term set that way ends a window.
        ("Крайним сроком подачи документов установить 1 апреля 2014 года.", ("1 апреля 2014 года", "by", None, D(2014, 4, 1))),
        ("Последним днём приёма заявок считать 1 апреля 2014 г.", ("1 апреля 2014 г.", "by", None, D(2014, 4, 1))),
        ("Окончательный срок сдачи отчётов – 1 апреля 2014 г.", ("1 апреля 2014 г.", "by", None, D(2014, 4, 1))),
        # «Срок …» with several words before its dash.
        ("Срок представления отчёта – 1 июня 2014 года.", ("1 июня 2014 года", "exact", D(2014, 6, 1), D(2014, 6, 1))),
        # Scheduling verbs beyond «провести»; a full stop inside a quoted name does not end the search.
        ("Назначить собрание граждан на 20 марта 2014 года.", ("20 марта 2014 года", "exact", D(2014, 3, 20), D(2014, 3, 20))),
        (
            "Организовать праздник «Весна. Солнце. Дети» на площади 1 мая 2014 года.",
            ("1 мая 2014 года", "exact", D(2014, 5, 1), D(2014, 5, 1)),
        ),
    ],
)
def test_a_date_set_for_an_act(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A term runs from the document's date (12 March 2014).
        ("Провести проверку в течение месяца.", ("в течение месяца", "by", D(2014, 3, 12), D(2014, 4, 12))),
        ("Провести проверку в течение двух недель.", ("в течение двух недель", "by", D(2014, 3, 12), D(2014, 3, 26))),
        ("Провести проверку в течение 10 дней.", ("в течение 10 дней", "by", D(2014, 3, 12), D(2014, 3, 22))),
        # Working days skip weekends: 12 March 2014 is a Wednesday.
        ("Провести проверку в течение 5 рабочих дней.", ("в течение 5 рабочих дней", "by", D(2014, 3, 12), D(2014, 3, 19))),
        ("Провести проверку в месячный срок.", ("в месячный срок", "by", D(2014, 3, 12), D(2014, 4, 12))),
        ("Провести проверку в 10-дневный срок.", ("в 10-дневный срок", "by", D(2014, 3, 12), D(2014, 3, 22))),
        ("Провести проверку в трёхдневный срок.", ("в трёхдневный срок", "by", D(2014, 3, 12), D(2014, 3, 15))),
        ("Провести проверку в 3-х дневный срок.", ("в 3-х дневный срок", "by", D(2014, 3, 12), D(2014, 3, 15))),
        # Counted from an event: relative, with no window.
        (
            "Провести проверку в трёхмесячный срок со дня вступления в силу.",
            ("в трёхмесячный срок со дня вступления в силу", "relative", None, None),
        ),
    ],
)
def test_a_term_counted_from_the_document(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Провести субботник до конца текущего года.", ("до конца текущего года", "by", None, D(2014, 12, 31))),
        ("Провести субботник до 15 мая текущего года.", ("до 15 мая текущего года", "by", None, D(2014, 5, 14))),
        ("Провести субботник в мае текущего года.", ("в мае текущего года", "range", D(2014, 5, 1), D(2014, 5, 31))),
        ("Сдать отчёт до 1 марта следующего года.", ("до 1 марта следующего года", "by", None, D(2015, 2, 28))),
        ("Сдать отчёт в IV квартале т.г.", ("в IV квартале т.г.", "quarter", D(2014, 10, 1), D(2014, 12, 31))),
        ("Завершить работу в текущем году.", ("в текущем году", "year", D(2014, 1, 1), D(2014, 12, 31))),
    ],
)
def test_a_year_named_from_the_documents(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Провести субботник летом 2014 года.", ("летом 2014 года", "range", D(2014, 6, 1), D(2014, 8, 31))),
        ("Провести субботник весной 2015 г.", ("весной 2015 г.", "range", D(2015, 3, 1), D(2015, 5, 31))),
        ("Провести работы в летний период 2014 года.", ("в летний период 2014 года", "range", D(2014, 6, 1), D(2014, 8, 31))),
        (
            "Провести работы в весенне-летний период 2014 года.",
            ("в весенне-летний период 2014 года", "range", D(2014, 3, 1), D(2014, 8, 31)),
        ),
        ("Провести субботник в первой декаде июня 2014 года.", ("в первой декаде июня 2014 года", "range", D(2014, 6, 1), D(2014, 6, 10))),
        ("Провести субботник в третьей декаде апреля.", ("в третьей декаде апреля", "range", D(2014, 4, 21), D(2014, 4, 30))),
        ("Завершить работу в 2014-2015 годах.", ("в 2014-2015 годах", "range", D(2014, 1, 1), D(2015, 12, 31))),
        ("Завершить работу в течение 2014 - 2016 гг.", ("в течение 2014 - 2016 гг.", "range", D(2014, 1, 1), D(2016, 12, 31))),
        ("Завершить работу в 2015г.", ("в 2015г", "year", D(2015, 1, 1), D(2015, 12, 31))),
    ],
)
def test_seasons_decades_and_spans_of_years(text, expected):
    assert found(text) == expected


def test_a_season_without_a_year_in_prose_is_not_a_deadline():
    # «… в летний период, рекомендовать …»: the time of the trouble, not a window for the task.
    assert find_deadline("Во избежание потерь скота в летний период рекомендовать владельцам …", reference=REFERENCE) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Завершить работу к концу 2014 года.", ("к концу 2014 года", "by", None, D(2014, 12, 31))),
        ("Завершить работу до начала 2015 года.", ("до начала 2015 года", "by", None, D(2014, 12, 31))),
        ("Завершить работу к началу мая.", ("к началу мая", "by", None, D(2014, 4, 30))),
        ("Завершить работу в срок до 20-го мая 2014 г.", ("в срок до 20-го мая 2014 г.", "by", None, D(2014, 5, 19))),
        ("Завершить работу к 1-му мая.", ("к 1-му мая", "by", None, D(2014, 5, 1))),
        ("Продлить работу по 31 декабря 2014 года включительно.", ("по 31 декабря 2014 года включительно", "by", None, D(2014, 12, 31))),
        ("Сдать отчёт не позднее чем 1 июня 2014 года.", ("не позднее чем 1 июня 2014 года", "by", None, D(2014, 6, 1))),
        # An event with no date of its own: a deadline, but no window — and not a false one.
        ("Подготовить школы к началу учебного года.", ("к началу учебного года", "relative", None, None)),
        ("Пастухам до начала выпаса провести обработку скота.", ("до начала выпаса", "relative", None, None)),
    ],
)
def test_by_a_point_or_an_undated_event(text, expected):
    assert found(text) == expected


def test_an_undated_event_keeps_its_name_for_the_review_screen():
    deadline = parse_deadline("до начала отопительного сезона", reference=REFERENCE)
    assert (deadline.kind, deadline.relative_to) == ("relative", "отопительного сезона")


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("январь декабрь 2013 г.", D(2013, 1, 1), D(2013, 12, 31)),
        ("в марте мае 2013 года", D(2013, 3, 1), D(2013, 5, 31)),
    ],
)
def test_a_month_range_that_lost_its_dash(text, start, end):
    deadline = parse_deadline(text)
    assert (deadline.kind, deadline.start, deadline.end) == ("range", start, end)


def test_months_out_of_order_without_a_dash_are_no_range():
    assert parse_deadline("декабрь январь 2013 г.") is None


def test_a_bare_period_in_a_plan_cell():
    row = "Участие в конференции Дню эколога июнь 2013 г. Администрация района"
    start, end = find_period(row)
    assert row[start:end] == "июнь 2013 г."
    start, end = find_period("Поздравление ветеранов на дому 1-9 мая Отдел социальной защиты")
    assert (start, end) == (31, 38)


def test_flattened_plan_sub_rows_take_their_months_and_share_the_rows_responsible():
    parsed = parse_resolution(
        "План мероприятий на 2015 год\n\n"
        "N пп Мероприятие Срок исполнения Исполнители\n"
        "1 Уборка парков апрель май 2015 г. Отдел благоустройства\n"
        "2 Смотры-конкурсы, посвящённые: Отдел культуры, главы поселений\n"
        "а) Дню Победы май 2015 г.\n"
        "б) Дню города сентябрь 2015 г. Совет ветеранов\n"
    )
    rows = {item.label: (item.responsible, item.due_start, item.due_end) for item in parsed.items}
    assert rows == {
        "1": (["Отдел благоустройства"], D(2015, 4, 1), D(2015, 5, 31)),
        "2": (["Отдел культуры", "главы поселений"], None, None),
        "а": (["Отдел культуры", "главы поселений"], D(2015, 5, 1), D(2015, 5, 31)),
        "б": (["Совет ветеранов"], D(2015, 9, 1), D(2015, 9, 30)),
    }


@pytest.mark.parametrize(
    ("cell", "kind", "start", "end"),
    [
        # A plan's cells: months listed or ranged without a year take the plan's year.
        ("январь-декабрь", "range", D(2014, 1, 1), D(2014, 12, 31)),
        ("ноябрь - январь", "range", D(2014, 11, 1), D(2015, 1, 31)),
        ("апрель, май", "range", D(2014, 4, 1), D(2014, 5, 31)),
        ("май, сентябрь", "range", D(2014, 5, 1), D(2014, 9, 30)),
        ("в апреле и мае 2015 года", "range", D(2015, 4, 1), D(2015, 5, 31)),
        ("весна 2015", "range", D(2015, 3, 1), D(2015, 5, 31)),
        ("летний период", "range", D(2014, 6, 1), D(2014, 8, 31)),
        ("IV кв.", "quarter", D(2014, 10, 1), D(2014, 12, 31)),
        ("1 кв. 2015 г.", "quarter", D(2015, 1, 1), D(2015, 3, 31)),
    ],
)
def test_plan_cells_in_all_their_forms(cell, kind, start, end):
    deadline = parse_deadline(cell, reference=REFERENCE)
    assert (deadline.kind, deadline.start, deadline.end) == (kind, start, end)


def test_an_area_in_square_metres_is_not_a_quarter():
    assert parse_deadline("4 кв. м", reference=REFERENCE) is None


@pytest.mark.parametrize(
    ("text", "recurrence"),
    [
        ("Представлять отчёт не реже одного раза в квартал.", "quarterly"),
        ("Проводить заседания не реже 1 раза в месяц.", "monthly"),
    ],
)
def test_so_many_times_a_period_is_a_rhythm(text, recurrence):
    deadline = find_deadline(text, reference=REFERENCE)
    assert (deadline.kind, deadline.recurrence) == ("recurring", recurrence)


@pytest.mark.parametrize(
    "text",
    [
        # A bare date after a participle or «от» dates something already done.
        "Провести конкурс в соответствии с Положением, утверждённым 1 февраля 2014 года.",
        "Рекомендовать главам поселений принять участие в конкурсе, объявленном 1 марта 2014 года.",
        "Провести проверку исполнения решения от 20.12.2013 № 5.",
    ],
)
def test_the_date_of_something_done_is_not_a_deadline(text):
    assert find_deadline(text, reference=REFERENCE) is None


def test_the_reach_of_an_act_back_in_time_is_a_statement_without_a_deadline():
    parsed = parse_resolution(
        "ПОСТАНОВЛЕНИЕ\nот 12 марта 2014 г.\n\nпостановляю:\n"
        "1. Действие постановления распространяется на правоотношения, возникшие с 1 января 2014 года.\n"
    )
    assert (parsed.items[0].kind, parsed.items[0].deadline_text) == ("statement", "")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Any verb that acts on a day, not only the scheduling verbs.
        ("Возложить цветы к Вечному огню 9 мая 2014 года.", ("9 мая 2014 года", "exact", D(2014, 5, 9), D(2014, 5, 9))),
        ("Высадить деревья в парке Победы 26 апреля 2014 г.", ("26 апреля 2014 г.", "exact", D(2014, 4, 26), D(2014, 4, 26))),
    ],
)
def test_any_verb_acting_on_a_full_date(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Активизировать работу по решениям конгресса (Москва, 5-6 ноября 2013 г.).",
        "Внести изменения в постановление главы района 15 мая 2013 года.",
        "Признать утратившим силу постановление главы района 12.03.2014 № 45.",
    ],
)
def test_a_date_in_a_remark_of_the_past_or_before_a_number_is_not_the_acts(text):
    assert found(text) is None


def test_a_plan_pasted_one_cell_a_line_without_separators():
    parsed = parse_resolution(
        "ПЛАН\nмероприятий по благоустройству на 2014 год\n\n"
        "№ п/п\nНаименование мероприятия\nСрок исполнения\nОтветственные\n"
        "1.\nУборка территории кладбищ\nапрель-май\nАдминистрация поселения\n"
        "2.\nОзеленение улиц\nII квартал\nГлавы поселений\n"
    )
    rows = {item.label: (item.responsible, item.due_start, item.due_end) for item in parsed.items}
    assert rows == {
        "1": (["Администрация поселения"], D(2014, 4, 1), D(2014, 5, 31)),
        "2": (["Главы поселений"], D(2014, 4, 1), D(2014, 6, 30)),
    }


def test_a_plain_plan_row_with_months_and_no_year_takes_the_plans_year():
    parsed = parse_resolution(
        "ПЛАН\nмероприятий на 2015 год\n\nN п/п Мероприятие Срок исполнения Ответственные\n"
        "1 Уборка территории кладбищ апрель-май Администрация поселения\n"
    )
    item = parsed.items[0]
    assert (item.responsible, item.due_start, item.due_end) == (["Администрация поселения"], D(2015, 4, 1), D(2015, 5, 31))


def test_a_year_taken_from_the_plans_heading_says_so_on_the_review_screen():
    undated = parse_resolution(
        "ПЛАН\nмероприятий на 2015 год\n\nN п/п Мероприятие Срок исполнения Ответственные\n"
        "1 Уборка территории кладбищ апрель-май Администрация поселения\n"
    )
    dated = parse_resolution("РЕШЕНИЕ\nот 13.04.2018\nРЕШИЛИ:\n1. Администрации города подготовить предложения до 30 апреля.\n")
    assert "В сроке нет года: взят год из заголовка плана." in undated.items[0].confidence_reasons
    assert not any("документа" in reason for reason in undated.items[0].confidence_reasons)
    assert "В сроке нет года: взят год документа." in dated.items[0].confidence_reasons


@pytest.mark.parametrize("line", ["от «12» марта 2014 г. № 45", "«12» марта 2014г. № 45", '"12" марта 2014 г. № 45'])
def test_a_date_line_with_the_day_in_quotes_dates_the_document(line):
    parsed = parse_resolution(f"ПОСТАНОВЛЕНИЕ\n{line}\n\nпостановляю:\n1. Отделу культуры до 15 мая провести смотр.\n")
    assert (parsed.date, parsed.items[0].due_end) == (D(2014, 3, 12), D(2014, 5, 14))


@pytest.mark.parametrize(
    ("text", "recurrence", "end"),
    [
        ("Представлять отчёт ежегодно в срок до 1 марта.", "yearly", D(2015, 2, 28)),
        ("Представлять отчёт до 1 марта ежегодно.", "yearly", D(2015, 2, 28)),
        ("Представлять отчёт до 5 числа ежемесячно.", "monthly", D(2014, 4, 4)),
    ],
)
def test_a_rhythm_with_its_day_before_or_after_it(text, recurrence, end):
    deadline = find_deadline(text, reference=REFERENCE)
    assert (deadline.kind, deadline.recurrence, deadline.end) == ("recurring", recurrence, end)


def test_a_weekly_adverb_with_a_plural_weekday():
    deadline = find_deadline("Еженедельно по пятницам подводить итоги месячника.", reference=REFERENCE)
    assert (deadline.recurrence, deadline.end) == ("weekly", D(2014, 3, 14))  # 12 March 2014 is a Wednesday


def test_a_plain_plan_for_a_year_named_with_v_and_its_day_cells():
    parsed = parse_resolution(
        "ПЛАН\nмероприятий по подготовке к празднованию Дня Победы в 2016 году\n\n"
        "№ п/п Наименование мероприятия Сроки проведения Ответственные\n"
        "1 Поздравление ветеранов на дому 1-9 мая Отдел социальной защиты населения, Совет ветеранов\n"
        "2 Торжественный митинг у памятника 9 мая 10.00 Отдел культуры\n"
    )
    rows = {item.label: (item.responsible, item.due_start, item.due_end) for item in parsed.items}
    assert rows == {
        "1": (["Отдел социальной защиты населения", "Совет ветеранов"], D(2016, 5, 1), D(2016, 5, 9)),
        "2": (["Отдел культуры"], D(2016, 5, 9), D(2016, 5, 9)),
    }


def test_v_techenie_goda_in_a_plans_cell_is_the_plans_year():
    parsed = parse_resolution(
        "ПЛАН\nмероприятий на 2016 год\n\n№ п/п Наименование мероприятия Срок Ответственные\n"
        "1 Освещение мероприятий в СМИ в течение года Редакция районной газеты\n"
    )
    item = parsed.items[0]
    assert (item.deadline_kind, item.due_start, item.due_end) == ("year", D(2016, 1, 1), D(2016, 12, 31))
