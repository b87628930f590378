"""Families of parties and prose deadlines that the eleventh round's set showed (bench/IMPORT_NOTE.md,
fresh10), one parametrised test per family, on sentences written for the test, with their negatives."""

from datetime import date as D

import pytest

from resolutions.deadlines import find_deadline
from resolutions.parser import parse_resolution
from resolutions.parties import addressed_parties

REFERENCE = D(2015, 3, 12)
HEAD = "Постановление администрации области от 12 марта 2015 года № 7\nАдминистрация области постановляет:\n"


def _item(body: str):
    return parse_resolution(f"{HEAD}1. {body}\n").items[0]


@pytest.mark.parametrize(
    ("text", "event"),
    [
        # An act awaited after «впредь до»: the transition lasts until it happens.
        ("Впредь до принятия нового положения руководствоваться действующим порядком.", "принятия нового положения"),
        ("Сохранить прежние тарифы впредь до утверждения новой методики расчёта.", "утверждения новой методики расчёта"),
        # The budget process: each round of it, with no date of its own.
        ("Финансовому отделу при формировании районного бюджета предусматривать средства на ремонт школ.", "районного бюджета"),
        ("Управлению финансов при составлении проекта городского бюджета учитывать расходы на программу.", "проекта городского бюджета"),
        ("Комитету по финансам при подготовке бюджета на очередной год включать средства на субсидии.", "бюджета"),
    ],
)
def test_an_awaited_act_or_the_budget_process_is_a_relative_deadline(text, event):
    deadline = find_deadline(text, reference=REFERENCE)
    assert (deadline.kind, deadline.start, deadline.end, deadline.relative_to) == ("relative", None, None, event)


@pytest.mark.parametrize(
    "text",
    [
        "При разработке муниципальных программ руководствоваться настоящим порядком.",
        "Предусматривать средства при финансировании из областного бюджета мероприятий программы.",
        "Впредь до особого распоряжения работать в прежнем режиме.",
        "При рассмотрении обращений граждан соблюдать установленные сроки.",
    ],
)
def test_other_conditions_are_no_deadline(text):
    assert find_deadline(text, reference=REFERENCE) is None


def test_a_dated_end_after_vpred_do_is_the_date():
    deadline = find_deadline("Впредь до 1 июля 2015 года сохранить прежний порядок.", reference=REFERENCE)
    assert (deadline.kind, deadline.end) == ("by", D(2015, 6, 30))


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("Провести областной конкурс в сроки с18 по 21 сентября 2015 года.", D(2015, 9, 18), D(2015, 9, 21)),
        ("Организовать выставку в период с3 по 10 мая.", D(2015, 5, 3), D(2015, 5, 10)),
        ("Провести смотр с 5 по 9 октября 2015 года.", D(2015, 10, 5), D(2015, 10, 9)),
    ],
)
def test_a_span_whose_s_is_glued_to_the_first_day_keeps_its_start(text, start, end):
    deadline = find_deadline(text, reference=REFERENCE)
    assert (deadline.kind, deadline.start, deadline.end) == ("range", start, end)


def test_a_glued_code_is_no_span():
    assert find_deadline("Внести изменения в статью с12 закона по 3 пунктам.", reference=REFERENCE) is None


@pytest.mark.parametrize(
    ("body", "start", "end"),
    [
        ("Отметить в мае 2015 года как областной праздник 70-летие Победы.", D(2015, 5, 1), D(2015, 5, 31)),
        ("Отметить 9 мая 2015 года День Победы праздничным салютом.", D(2015, 5, 9), D(2015, 5, 9)),
    ],
)
def test_celebrating_in_a_dated_month_or_day_is_an_act_with_that_window(body, start, end):
    item = _item(body)
    assert item.kind != "statement"
    assert (item.due_start, item.due_end) == (start, end)


@pytest.mark.parametrize(
    "body",
    [
        "Отметить высокий уровень подготовки праздника 9 мая 2015 года.",
        "Отметить, что в мае 2015 года праздник прошёл организованно.",
        "Отметить в 2014 году рост числа участников конкурса.",
    ],
)
def test_a_remark_stays_a_statement(body):
    item = _item(body)
    assert (item.kind, item.deadline_text) == ("statement", "")


@pytest.mark.parametrize(
    "body",
    [
        "Министерству принять организационные, финансовые и правовые меры по созданию центра.\nДоклад - до 1 июля 2015 г.",
        "Министерству принять необходимые меры по созданию центра до 1 июля 2015 года.",
        "Принять неотложные и исчерпывающие меры по созданию центра до 1 июля 2015 года.",
    ],
)
def test_measures_qualified_by_adjectives_are_taken_by_a_date(body):
    item = _item(body)
    assert (item.deadline_kind, item.due_end) == ("by", D(2015, 6, 30))


def test_an_adopted_document_keeps_its_periods_as_its_subject():
    item = _item("Принять прилагаемую программу развития культуры на 2015 год до 1 июля 2015 года.")
    assert item.deadline_text == ""


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        # A body's «по X и Y с Z» field: «с» names the field's partner.
        ("Комитету по молодёжной политике и связям с общественностью района организовать встречу.",
         ["Комитету по молодёжной политике и связям с общественностью района"]),
        ("Отделу по взаимодействию с предприятиями АПК обеспечить участие.", ["Отделу по взаимодействию с предприятиями АПК"]),
        # A ministry's fields listed: genitives, then a «по делам …» field.
        ("Министерству образования, науки и по делам молодёжи области обеспечить участие.",
         ["Министерству образования, науки и по делам молодёжи области"]),
        # A time limit before a lead-in's colon is not part of the party.
        ("Управлению культуры в двухмесячный срок:", ["Управлению культуры"]),
        ("Администрации района в срок до 1 мая 2015 года:", ["Администрации района"]),
    ],
)
def test_a_body_named_by_its_fields_and_a_lead_in_with_a_term(text, parties):
    assert addressed_parties(text)[0] == parties


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        ("Комитету по культуре с участием общественности провести субботник.", ["Комитету по культуре"]),
        ("Управлению культуры, отделу образования и по делам молодёжи обеспечить участие.",
         ["Управлению культуры", "отделу образования и по делам молодёжи"]),
        ("Отделу культуры совместно с управлением образования провести конкурс.", ["Отделу культуры"]),
    ],
)
def test_an_adjunct_or_a_second_body_is_not_a_field(text, parties):
    assert addressed_parties(text)[0] == parties


def test_a_later_sentence_with_a_dative_party_names_the_responsible():
    item = _item("Создать рабочую группу по подготовке юбилея. Отделу культуры до 1 мая 2015 года представить её состав.")
    assert item.responsible == ["Отделу культуры"]


def test_a_later_sentence_without_a_party_charges_no_one():
    item = _item("Создать рабочую группу по подготовке юбилея. Её состав утвердить до 1 мая 2015 года.")
    assert item.responsible == []
