"""Families of party phrasing that the unseen sets kept showing in new wording (bench/IMPORT_NOTE.md,
seventh round), one parametrised test per family, on sentences written for the test."""

import pytest

from resolutions.parser import parse_resolution
from resolutions.parties import responsibility_parties
from tests.resolutions.shapes import addressed as parties


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Собственникам жилых домов, из-за угрозы паводка, подготовить имущество.", ["Собственникам жилых домов"]),
        ("Собственникам жилых домов ввиду угрозы паводка подготовить имущество.", ["Собственникам жилых домов"]),
        ("Собственникам жилых домов вследствие паводка подготовить имущество.", ["Собственникам жилых домов"]),
        ("Собственникам жилых домов по причине паводка подготовить имущество.", ["Собственникам жилых домов"]),
        ("Собственникам жилых домов во время паводка подготовить имущество.", ["Собственникам жилых домов"]),
        # «по» naming a body's field goes on.
        ("Комиссии по делам несовершеннолетних и защите их прав провести рейды.", ["Комиссии по делам несовершеннолетних и защите их прав"]),
    ],
)
def test_any_preposition_ends_a_party_but_a_bodys_po(text, expected):
    assert parties(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A participle that does not agree (genitive for dative) still qualifies the party, with its own
        # object and adjunct.
        (
            "Рекомендовать жителям посёлка, держащих птицу в личных подворьях, зарегистрировать её.",
            ["жителям посёлка, держащих птицу в личных подворьях"],
        ),
        ("Гражданам, имеющим в собственности скот, зарегистрировать его.", ["Гражданам, имеющим в собственности скот"]),
    ],
)
def test_a_participle_qualifies_its_party_agreeing_or_not(text, expected):
    assert parties(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Во избежание потерь скота, рекомендовать всем владельцам скота заключить договоры.", ["всем владельцам скота"]),
        ("В связи с ростом заболеваемости, отделу здравоохранения усилить контроль.", ["отделу здравоохранения"]),
        ("Учитывая сложившуюся ситуацию, гражданам соблюдать меры безопасности.", ["гражданам"]),
        ("В срок до 1 мая 2014 года отделу образования подготовить отчёт.", ["отделу образования"]),
        ("В целях предупреждения пожаров руководителям предприятий провести инструктажи.", ["руководителям предприятий"]),
        # A dative governed by «к» belongs to the introduction.
        ("В связи с подготовкой к празднику провести уборку улиц.", None),
        ("В соответствии с планом, утверждённым главой района, провести уборку улиц.", None),
    ],
)
def test_a_party_after_an_introductory_phrase(text, expected):
    assert parties(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Последним сроком подачи заявок определить 1 июня 2014 года.",
        "Основным исполнителем программы определить отдел культуры.",
        "Уполномоченным органом определить отдел экономики администрации.",
    ],
)
def test_an_instrumental_head_is_not_a_dative_party(text):
    assert parties(text) is None


def test_an_accusative_with_a_dative_like_ending_is_no_party_after_a_verb():
    parsed = parse_resolution("ПОСТАНОВЛЕНИЕ\n\nпостановляю:\n1. Заказчиком программы определить администрацию района.\n")
    assert parsed.items[0].responsible == []


def test_porucit_with_its_object_first():
    assert parties("Поручить организацию праздника отделу культуры.") == ["отделу культуры"]


def test_a_quoted_name_that_reads_as_a_verb_stays_in_the_party():
    assert parties("Редакции газеты «Вести» опубликовать настоящее постановление.") == ["Редакции газеты «Вести»"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ответственным за проведение месячника назначить заместителя главы Иванова И.И.", ["заместителя главы Иванова И.И."]),
        ("Назначить ответственным за проведение месячника начальника отдела культуры.", ["начальника отдела культуры"]),
        ("Возложить ответственность за проведение месячника на заместителя главы Иванова И.И.", ["заместителя главы Иванова И.И."]),
    ],
)
def test_the_one_made_responsible_in_any_word_order(text, expected):
    assert responsibility_parties(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # «и» closes a body's enumerated «по …» list when the body's name goes on after the abbreviation …
        (
            "Управлению по развитию туризма, спорту и ЖКХ администрации города обеспечить уборку.",
            ["Управлению по развитию туризма, спорту и ЖКХ администрации города"],
        ),
        # … but an abbreviation right before the verb is a party of its own, and so is one after an
        # unenumerated name.
        ("Отделу по делам молодёжи, спорту и ПКДСР провести турнир.", ["Отделу по делам молодёжи, спорту", "ПКДСР"]),
        ("Отделу по делам молодёжи и ОМВД района провести рейд.", ["Отделу по делам молодёжи", "ОМВД района"]),
    ],
)
def test_i_before_an_abbreviation_inside_a_bodys_enumerated_name(text, expected):
    assert parties(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Сектору по делам ГО и ЧС администрации района организовать учения.", ["Сектору по делам ГО и ЧС администрации района"]),
        # Coordinated words share their case: «экологии» is a genitive like «природопользования».
        (
            "Управлению сельского хозяйства, экологии и природопользования провести смотр.",
            ["Управлению сельского хозяйства, экологии и природопользования"],
        ),
        ("Управлению сельского хозяйства, отделу экологии провести смотр.", ["Управлению сельского хозяйства", "отделу экологии"]),
        ("И.о. главы администрации Петрову П.П. организовать работу.", ["И.о. главы администрации Петрову П.П."]),
    ],
)
def test_a_bodys_name_and_an_acting_official(text, expected):
    assert parties(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Провести смотр до 15 мая 2014 года (ответственный – Иванов И.И.).", ["Иванов И.И."]),
        ("Провести смотр (ответственные – отдел культуры, главы поселений, срок – до 1 мая 2014 года).", ["отдел культуры", "главы поселений"]),
        ("Провести смотр. Ответственные: отдел культуры, отдел образования. Срок: май 2014 г.", ["отдел культуры", "отдел образования"]),
        ("Провести смотр. Ответственные: отдел культуры, спорта и туризма.", ["отдел культуры, спорта и туризма"]),
        ("Организовать подвоз детей. Отв. Иванов И.И.", ["Иванов И.И."]),
        ("Подготовить отчёт. Ответственные: Темирова Л.Г., Ким В.М. и Секретариат КСОРС РТ.", ["Темирова Л.Г.", "Ким В.М.", "Секретариат КСОРС РТ"]),
    ],
)
def test_an_explicit_statement_of_the_responsible_read_by_the_nominative_grammar(text, expected):
    parsed = parse_resolution(f"ПОСТАНОВЛЕНИЕ\n\nпостановляю:\n1. {text}\n")
    assert parsed.items[0].responsible == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Контроль за исполнением настоящего распоряжения возлагаю на заместителя главы Иванова И.И.", ["заместителя главы Иванова И.И."]),
        ("Контроль за исполнением постановления возлагается на отдел культуры администрации района.", ["отдел культуры администрации района"]),
        ("Контроль за соблюдением правил благоустройства возложить на административную комиссию.", ["административную комиссию"]),
        ("Возложить контроль за исполнением постановления на заместителя главы Иванова И.И.", ["заместителя главы Иванова И.И."]),
        ("Контроль за исполнением постановления поручить заместителю главы Иванову И.И.", ["заместителю главы Иванову И.И."]),
        ("Контроль за исполнением постановления осуществляет заместитель главы Иванов И.И.", ["заместитель главы Иванов И.И."]),
        ("Контроль за выполнением настоящего постановления оставляю за собой.", []),
    ],
)
def test_the_controller_in_every_form_of_the_control_item(text, expected):
    parsed = parse_resolution(f"ПОСТАНОВЛЕНИЕ\n\nпостановляю:\n1. Провести смотр.\n2. {text}\n")
    item = parsed.items[1]
    assert (item.kind, item.responsible, parsed.controller) == ("control", expected, expected)


def test_sub_items_that_go_on_a_directive_lead_in_name_their_parties_in_lower_case():
    parsed = parse_resolution(
        "ПОСТАНОВЛЕНИЕ\n\nпостановляю:\n1. Рекомендовать:\n"
        "1.1. главам сельских поселений провести сходы граждан;\n"
        "1.2. руководителям предприятий, расположенных на территории района, провести субботники;\n"
        "1.3. провести уборку кладбищ.\n"
        "2. Предложить:\n- жителям посёлка убрать придомовые территории.\n"
    )
    assert [item.responsible for item in parsed.items] == [
        [], ["главам сельских поселений"], ["руководителям предприятий, расположенных на территории района"], [],
        ["жителям посёлка"],
    ]


def test_the_one_made_responsible_may_have_an_adjective_before_the_title():
    text = "Ответственным за подготовку к отопительному сезону назначить первого заместителя главы Николаева Н.Н."
    assert responsibility_parties(text) == ["первого заместителя главы Николаева Н.Н."]


def test_a_working_group_named_with_its_members_is_one_party():
    text = "Рабочей группе в составе Иванова И.И., Петровой А.А. подготовить проект резолюции к 1 сентября."
    assert parties(text) == ["Рабочей группе в составе Иванова И.И., Петровой А.А."]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Просить Посольство Российской Федерации в Латвийской Республике оказать содействие.",
            ["Посольство Российской Федерации в Латвийской Республике"],
        ),
        ("Отделению фонда в Моргаушском районе провести приём граждан.", ["Отделению фонда в Моргаушском районе"]),
        ("Отделу культуры в Доме культуры провести концерт.", ["Отделу культуры"]),
        # An abbreviation does not decline: it heads a party in any case; a verb in capitals does not.
        ("КСОРС совместно с Русским общественным центром подготовить предложения.", ["КСОРС"]),
        ("ОБЪЯВИТЬ благодарность работникам и вручить грамоты.", None),
    ],
)
def test_a_place_in_a_bodys_name_and_an_abbreviation_as_the_party(text, expected):
    assert parties(text) == expected


def test_the_adoption_line_of_a_resolution_is_not_part_of_its_last_item():
    parsed = parse_resolution(
        "РЕЗОЛЮЦИЯ\nконференции\n\nКонференция РЕКОМЕНДУЕТ:\n1. Членам КСОРС ежеквартально информировать Посольство.\n\n"
        "Резолюция принята единогласно.\n"
    )
    assert (parsed.items[-1].text, parsed.adopted) == ("Членам КСОРС ежеквартально информировать Посольство.", "Резолюция принята единогласно")


@pytest.mark.parametrize("signer", ["Начальник отдела образования", "Директор школы", "Заведующая детским садом"])
def test_a_signers_title_ends_the_last_item(signer):
    parsed = parse_resolution(
        "ПРИКАЗ\nот 14.04.2015 № 88\n\nПРИКАЗЫВАЮ:\n1. Провести смотр.\n"
        f"2. Контроль за исполнением приказа возложить на заместителя Кузнецову К.К.\n\n{signer}    Н.Н. Николаев\n"
    )
    assert parsed.controller == ["заместителя Кузнецову К.К."]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # With a verb of giving, a dative of people is the one given something, not a party charged …
        ("Победителям конкурса вручить дипломы.", None),
        ("По итогам смотра-конкурса победителям вручить дипломы.", None),
        ("Работникам предприятия объявить благодарность.", None),
        # … but a body still acts.
        ("Отделу культуры вручить дипломы победителям.", ["Отделу культуры"]),
    ],
)
def test_the_dative_of_a_giving_verb_is_its_recipient(text, expected):
    assert parties(text) == expected
