"""Families of party grammar that the tenth round's set showed (bench/IMPORT_NOTE.md, fresh9), one
parametrised test per family, on sentences written for the test."""

import pytest

from resolutions.parser import parse_resolution
from resolutions.parties import controller_parties, responsibility_parties, table_parties
from tests.resolutions.shapes import addressed as parties


# A quoted name is never cut at its commas or at its «и».
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            'Контроль за исполнением настоящего решения возложить на постоянную комиссию районного собрания '
            '"По вопросам бюджета, налогов, экономики и права".',
            ['постоянную комиссию районного собрания "По вопросам бюджета, налогов, экономики и права"'],
        ),
        (
            "Контроль за исполнением решения возложить на комиссию городского совета «по социальной политике, "
            "образованию, культуре и спорту».",
            ["комиссию городского совета «по социальной политике, образованию, культуре и спорту»"],
        ),
    ],
)
def test_a_quoted_name_is_never_cut(text, expected):
    assert controller_parties(text) == expected


def test_after_a_closed_quote_a_comma_still_opens_the_next_party():
    assert parties('Поручить МБУК "Дом культуры, досуга и кино", отделу образования подготовить программу.') == [
        'МБУК "Дом культуры, досуга и кино"', "отделу образования",
    ]


# «т.» (товарищ) and «г.» (город) are abbreviations inside a party, not the end of its sentence.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Заместителю председателя горисполкома т. Петрову А.С. в двухнедельный срок представить предложения.",
         ["Заместителю председателя горисполкома т. Петрову А.С."]),
        ("Секретарю исполкома г. Тулы тов. Сидоровой Н.П. подготовить отчёт к 1 мая.",
         ["Секретарю исполкома г. Тулы тов. Сидоровой Н.П."]),
    ],
)
def test_comrade_and_city_abbreviations_stay_inside_the_party(text, expected):
    assert parties(text) == expected


# A charge laid «на» an accusative official, the charge named before or after the verb.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Возложить руководство работой штаба на заместителя председателя горисполкома т. Петрова А.С.",
         ["заместителя председателя горисполкома т. Петрова А.С."]),
        ("Организацию выполнения настоящего постановления возложить на заместителя главы района Смирнова К.Л.",
         ["заместителя главы района Смирнова К.Л."]),
        ("Общее руководство подготовкой праздника возложить на начальника управления культуры Орлову Е.В.",
         ["начальника управления культуры Орлову Е.В."]),
        ("Координацию работы по проведению месячника возложить на комитет по делам молодёжи.",
         ["комитет по делам молодёжи"]),
    ],
)
def test_a_charge_laid_on_an_accusative_official(text, expected):
    assert responsibility_parties(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Организацию праздника признать удовлетворительной.",
        "Возложить на себя обязательства по софинансированию программы.",
    ],
)
def test_no_charge_without_its_official(text):
    assert not responsibility_parties(text)


# «Определить (назначить) X ответственным (учреждением, исполнителем) за …»: X in the accusative is charged.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('Определить муниципальное казённое учреждение "Центр досуга" ответственным учреждением за проведение '
         "фестиваля.", ['муниципальное казённое учреждение "Центр досуга"']),
        ("Назначить управление образования ответственным исполнителем за подготовку олимпиады.",
         ["управление образования"]),
        ("Определить отдел культуры ответственным за проведение смотра.", ["отдел культуры"]),
    ],
)
def test_a_body_made_responsible(text, expected):
    assert responsibility_parties(text) == expected


# «и» between two genitives of one name does not cut it; a body or people after «и» do.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Отделу учёта и отчётности администрации района (Петрова) расходы произвести в пределах сметы.",
         ["Отделу учёта и отчётности администрации района (Петрова)"]),
        ("Управлению экономики и промышленности администрации города подготовить доклад.",
         ["Управлению экономики и промышленности администрации города"]),
        ("Отделу культуры и администрации района подготовить доклад.", ["Отделу культуры", "администрации района"]),
        ("Отделу образования и главам поселений подготовить доклад.", ["Отделу образования", "главам поселений"]),
        ("Отделу культуры и архиву района подготовить выставку.", ["Отделу культуры", "архиву района"]),
    ],
)
def test_two_genitives_joined_by_and_stay_one_name(text, expected):
    assert parties(text) == expected


# Proper names after a plural genitive noun are its list, not parties.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Акимам городов Караганды, Павлодара, Семея и районов обеспечить подготовку.",
         ["Акимам городов Караганды, Павлодара, Семея и районов"]),
        ("Главам администраций районов Центрального, Ленинского, Советского подготовить отчёты.",
         ["Главам администраций районов Центрального, Ленинского, Советского"]),
        ("Акимам городов Караганды, Управлению образования обеспечить подготовку.",
         ["Акимам городов Караганды", "Управлению образования"]),
        ("Главе города Тулы, Министерству культуры области подготовить программу.",
         ["Главе города Тулы", "Министерству культуры области"]),
    ],
)
def test_a_list_of_names_after_a_plural_genitive_is_one_party(text, expected):
    assert parties(text) == expected


# «… участники рекомендуют (предлагают, просят) …:»: a body's own directive names its addressees as «Рекомендовать» does.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("По итогам работы секций участники конференции рекомендуют органам местного самоуправления, "
         "общественным объединениям и средствам массовой информации:",
         ["органам местного самоуправления", "общественным объединениям", "средствам массовой информации"]),
        ("Совет ветеранов просит администрацию района рассмотреть вопрос о ремонте памятника.",
         ["администрацию района"]),
        ("Рекомендуем руководителям школ и колледжей провести классные часы.", ["руководителям школ и колледжей"]),
    ],
)
def test_a_finite_directive_names_its_addressees(text, expected):
    assert parties(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Участники форума отмечают рост числа некоммерческих организаций в регионе.",
        "Комиссия предлагает следующие меры:",
        "Оргкомитет предлагает провести конкурс в два этапа.",
    ],
)
def test_a_statement_or_an_offer_names_no_one(text):
    assert parties(text) is None


def test_a_preamble_that_directs_parties_leads_into_the_items():
    text = (
        "Резолюция молодёжного форума\n\n"
        "Обсудив доклады, участники форума рекомендуют органам власти и средствам массовой информации:\n"
        "1. Поддерживать молодёжные инициативы.\n"
        "2. Освещать работу волонтёров.\n"
    )
    for item in parse_resolution(text).items:
        assert item.responsible == ["органам власти", "средствам массовой информации"]


def test_a_preamble_that_only_cites_its_grounds_leads_no_party_into_the_items():
    text = (
        "Распоряжение главы поселения\n\n"
        "В соответствии с решением Собрания депутатов от 12.03.2014 № 5, в целях благоустройства территории:\n"
        "1. Провести месячник по санитарной очистке.\n"
    )
    assert parse_resolution(text).items[0].responsible == []


# «Ответственным за …» (those responsible, a dative) charged with an act; an official named after the verb wins.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ответственным за подготовку и проведение заседаний накануне их проведения рассылать повестку.",
         ["Ответственным за подготовку и проведение заседаний"]),
        ("Ответственным за проведение месячника ежедневно представлять сводки в штаб.",
         ["Ответственным за проведение месячника"]),
        ("Ответственным за проведение субботника после его окончания представить отчёт.",
         ["Ответственным за проведение субботника"]),
    ],
)
def test_those_responsible_are_a_dative_party(text, expected):
    assert parties(text) == expected


def test_a_participle_keeps_its_own_adjunct_after_an_adverbial_preposition():
    assert parties("Предприятиям, расположенным вдоль федеральной трассы, обеспечить уборку обочин.") == [
        "Предприятиям, расположенным вдоль федеральной трассы",
    ]


def test_an_official_named_responsible_after_the_verb_is_the_party():
    text = "Постановление\n\nПОСТАНОВЛЯЮ:\n1. Ответственным за подготовку смотра назначить заместителя главы района Иванова И.И.\n"
    assert parse_resolution(text).items[0].responsible == ["заместителя главы района Иванова И.И."]


@pytest.mark.parametrize(
    "text", ["Последним сроком подачи заявок определить 1 июня.", "Ответственное хранение документов обеспечить."]
)
def test_an_adjective_without_its_own_task_names_no_one(text):
    assert parties(text) is None


def test_a_later_sentence_that_lays_a_charge_on_an_official_adds_its_party():
    text = (
        "Постановление\n\nПОСТАНОВЛЯЮ:\n"
        "1. До утверждения новой структуры поручить горисполкому обеспечить работу городского хозяйства. "
        "Возложить руководство работой горисполкома на заместителя мэра т. Петрова А.С.\n"
        "2. Отделу культуры провести смотр. Ответственность за качество работ оставить прежней.\n"
    )
    items = parse_resolution(text).items
    assert items[0].responsible == ["горисполкому", "заместителя мэра т. Петрова А.С."]
    assert items[1].responsible == ["Отделу культуры"]


# Plan cells: a genitive list cut short at «и» is one party as written; a plural head of people over
# enterprises named by one abbreviation is one party.
@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        ("Начальник управления жилищного хозяйства, энергетики и", ["Начальник управления жилищного хозяйства, энергетики и"]),
        ('Директора МУП ЖЭУ Центрального района, МУП ЖЭУ "Северный", МУП ЖЭУ "Южный"',
         ['Директора МУП ЖЭУ Центрального района, МУП ЖЭУ "Северный", МУП ЖЭУ "Южный"']),
        ('Директор МУП "Водоканал", МУП "Теплосеть"', ['Директор МУП "Водоканал"', 'МУП "Теплосеть"']),
        ('Руководители МУП "Водоканал", главы поселений', ['Руководители МУП "Водоканал"', "главы поселений"]),
        ("Отдел образования, отдел культуры и", ["Отдел образования", "отдел культуры и"]),
    ],
)
def test_plan_cells(cell, expected):
    assert table_parties(cell) == expected
