"""Families of deadlines that the tenth round's set showed (bench/IMPORT_NOTE.md, fresh9), one parametrised
test per family, on sentences written for the test, with the dates that must not be taken."""

from datetime import date as D

import pytest

from resolutions.deadlines import find_deadline
from resolutions.parser import parse_resolution

REFERENCE = D(2015, 3, 12)


@pytest.mark.parametrize(
    ("text", "event"),
    [
        # An act awaited, named by a verbal noun: the event is the act.
        ("Главам поселений исполнять свои обязанности до назначения новых глав администраций.", "назначения новых глав администраций"),
        ("До утверждения новой структуры, штатов и функций управления возложить руководство на заместителя.", "утверждения новой структуры"),
        ("Сохранить действующий порядок до принятия закона о местном бюджете.", "принятия закона"),
        ("Председателю комиссии исполнять полномочия до избрания нового состава совета.", "избрания нового состава совета"),
        # The end of an event: its name alone.
        ("Провести ремонт спортивных залов по завершении учебного процесса 2014/2015 учебного года.", "учебного процесса"),
        ("Директорам школ по окончанию летней оздоровительной кампании представить отчёт.", "летней оздоровительной кампании"),
        ("Руководителям предприятий к окончанию отопительного сезона подготовить сметы.", "отопительного сезона"),
        # The day before an event.
        ("Ответственным за подготовку совещаний накануне их проведения рассылать повестку участникам.", "их проведения"),
        ("Накануне праздника провести уборку улиц и площадей.", "праздника"),
    ],
)
def test_an_undated_event_is_a_relative_deadline_with_no_window(text, event):
    deadline = find_deadline(text, reference=REFERENCE)
    assert (deadline.kind, deadline.start, deadline.end, deadline.relative_to) == ("relative", None, None, event)


@pytest.mark.parametrize(
    "text",
    [
        "Довести до сведения руководителей предприятий настоящее постановление.",
        "Выплачивать пособие до достижения ребёнком возраста трёх лет.",
        "Настоящее постановление вступает в силу со дня его подписания.",
        "Оказывать помощь семьям до окончательного решения вопроса о жилье.",
    ],
)
def test_no_undated_event_without_its_lead(text):
    assert find_deadline(text, reference=REFERENCE) is None


def test_the_eve_of_a_dated_holiday_is_no_undated_event():
    assert find_deadline("Провести накануне Дня Победы 9 мая встречу с ветеранами.", reference=REFERENCE) is None


def test_an_event_ends_before_a_preposition_or_a_conjunction():
    deadline = find_deadline("В срок до принятия закона о бюджете внести изменения в программу.", reference=REFERENCE)
    assert deadline.relative_to == "принятия закона"


def test_a_dated_end_of_an_event_keeps_its_window():
    deadline = find_deadline("Завершить ремонт до окончания 2015 года.", reference=REFERENCE)
    assert (deadline.kind, deadline.end) == ("by", D(2015, 12, 31))


@pytest.mark.parametrize(
    "text",
    [
        # Right after a past participle: when something else was done.
        "Призвать на сборы граждан из окончивших весной 2014 года курс обучения.",
        "Выплатить единовременную премию работникам, принятым в 2014 году.",
        # A bare year in a clause that a participle opens: the year of the budget lines, not of the task.
        "Осуществить финансовую поддержку мероприятий в пределах средств, предусмотренных на эти цели в 2015 году.",
        "Оказать помощь за счёт ассигнований, выделенных районному бюджету в 2015 году.",
    ],
)
def test_a_period_of_a_participle_is_not_the_task(text):
    assert find_deadline(text, reference=REFERENCE) is None


def test_a_period_of_a_participle_is_not_the_task_but_the_sitting_is():
    # Round 24: «на заседании комиссии» beside the item's infinitive is a term with no date (as «на очередном
    # заседании»); the participle's January is still not the term.
    deadline = find_deadline("Рассмотреть заявления граждан, поданные в январе 2015 года, на заседании комиссии.", reference=REFERENCE)
    assert (deadline.text, deadline.kind, deadline.start, deadline.end) == ("на заседании комиссии", "relative", None, None)


@pytest.mark.parametrize(
    ("text", "kind", "start", "end"),
    [
        # The days of the event a present participle or «посвящённый» names are the days of the act.
        ("Принять участие в областном фестивале, проводимом в г. Твери с 15 апреля по 5 июня 2015 года.", "range", D(2015, 4, 15), D(2015, 6, 5)),
        ("Провести смотр-конкурс «Родной край», посвящённый юбилею района с 14 по 22 марта 2015 года.", "range", D(2015, 3, 14), D(2015, 3, 22)),
        # The task's own «до …» after a participle's past year.
        ("Завершить работы, начатые в 2014 году, до 1 июня 2015 года.", "by", None, D(2015, 5, 31)),
        ("Провести в 2015 году ремонт зданий, предусмотренный программой.", "year", D(2015, 1, 1), D(2015, 12, 31)),
    ],
)
def test_a_period_of_the_act_after_a_participle_is_kept(text, kind, start, end):
    deadline = find_deadline(text, reference=REFERENCE)
    assert (deadline.kind, deadline.start, deadline.end) == (kind, start, end)


@pytest.mark.parametrize(
    "note",
    [
        "Сноска. Утратило силу решением районного маслихата от 19.08.2020 № 38-131 (вводится в действие со дня его первого официального опубликования).",
        "Сноска. Внесены изменения решением районного маслихата от 03.02.2021 № 4-12.",
        "(В редакции решения районного маслихата от 14.10.2019 № 55-3)",
        "(с изменениями от 24 июня 2021 года)",
    ],
)
def test_an_editors_note_does_not_date_the_document(note):
    body = "Районный маслихат РЕШИЛ:\n1. Один раз в год предоставить социальную помощь специалистам сельских организаций.\n"
    result = parse_resolution(f"{note}\n{body}")
    item = result.items[0]
    assert result.date is None
    assert (item.deadline_kind, item.deadline_recurrence, item.due_start, item.due_end) == ("recurring", "yearly", None, None)
    dated = parse_resolution(f"{note}\nРешение районного маслихата от 12 марта 2018 года\n{body}")
    assert dated.date == D(2018, 3, 12)
    assert dated.items[0].due_end == D(2018, 12, 31)


@pytest.mark.parametrize(
    ("text", "kind", "start", "end"),
    [
        # An OCR'd page: a month or a season broken by a lost line-break hyphen, a day's ending split off.
        ("Обязать директора завода (тов. Петров) — до 15-го сен тября сего года закончить ремонт дорог.", "by", None, D(1958, 9, 14)),
        ("Обязать руководителей предприятий района до 1- го сентября установить осветительные опоры.", "by", None, D(1958, 8, 31)),
        ("Обязать руководителей совхозов до 1- го ок тября сдать отчёты.", "by", None, D(1958, 9, 30)),
        ("Обязать главного врача больницы осе нью произвести посадку деревьев на территории боль ницы.", "range", D(1958, 9, 1), D(1958, 11, 30)),
        # A season with no year next to the item's verb: the document's year.
        ("Обязать директоров школ провести осенью субботник по озеленению.", "range", D(1958, 9, 1), D(1958, 11, 30)),
        ("Летом организовать работу пионерских лагерей.", "range", D(1958, 6, 1), D(1958, 8, 31)),
        # A deadline in the dative item's second sentence, its year written out.
        (
            "Приступить к созданию общественных советов. Оргкомитету совместно со всеми заинтересованными специалистами "
            "до 23 марта 2020 года выработать рекомендации по их созданию.",
            "by", None, D(2020, 3, 22),
        ),
    ],
)
def test_an_ocr_page_and_a_season_of_the_act(text, kind, start, end):
    deadline = find_deadline(text, reference=D(1958, 7, 9))
    assert (deadline.kind, deadline.start, deadline.end) == (kind, start, end)


@pytest.mark.parametrize(
    "text",
    [
        "Обязать руководителей предприятий уси лить работу по плану благоустройства района на 1958 год.",
        "Отметить, что отдых детей летом был организован неудовлетворительно.",
        "Принять к сведению, что под сенью парка установлены скамейки.",
    ],
)
def test_no_season_or_month_without_the_act(text):
    assert find_deadline(text, reference=D(1958, 7, 9)) is None
