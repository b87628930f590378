"""Families of parties in prose that the eighteenth round's set showed (fresh17): «Возложить контроль за
исполнением настоящего …» (a «на» inside a word), a body named in the accusative after «Определить
головным комитетом по …», an institute's name listing sciences in the genitive, a dedication's dative and a
recommended object that are no parties, and a finite «поручает» after the body deciding. Each on sentences
written for the test, with the readings that must not change."""

import pytest

from tests.resolutions.shapes import addressed
from tests.resolutions.shapes import item_parties as parties


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # «на» opens the controller only as a word: «настоящего», «надзора» do not.
        ("Возложить контроль за исполнением настоящего постановления на постоянную комиссию по бюджету (А.А. Петров).",
         ["постоянную комиссию по бюджету (А.А. Петров)"]),
        ("Возложить контроль за выполнением настоящего решения на заместителя главы района.",
         ["заместителя главы района"]),
        ("Возложить контроль за соблюдением норм надзора на отдел санитарной инспекции.",
         ["отдел санитарной инспекции"]),
        ("Контроль за исполнением настоящего распоряжения возложить на комитет по образованию.",
         ["комитет по образованию"]),
    ],
)
def test_control_laid_on_after_nastoyashchego(line, expected):
    assert parties(line) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # «Определить (назначить) головным комитетом (ответственным исполнителем, уполномоченным органом) по …
        # <кого>»: an agent's role in the instrumental with its task, then the one appointed, in the accusative.
        ("Определить головным исполнителем по подготовке программы к утверждению управление образования "
         "администрации района.", ["управление образования администрации района"]),
        ("Назначить ответственным исполнителем по проведению смотра отдел культуры.", ["отдел культуры"]),
        ("Определить уполномоченным органом по ведению реестра комитет по управлению имуществом.",
         ["комитет по управлению имуществом"]),
        ("Назначить ответственным исполнителем по организации конкурса заместителя главы района Орлова Н.П.",
         ["заместителя главы района Орлова Н.П."]),
        # A role that names no agent (a place, a date), or an appointment with no task: no party.
        ("Определить местом проведения по традиции здание районной школы.", []),
        ("Определить основным местом проведения праздника сельский стадион.", []),
        ("Назначить председателем комиссии Иванова И.И.", []),
    ],
)
def test_appointed_in_a_role_then_the_accusative(line, expected):
    assert parties(line) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # A name listing fields in the genitive, joined by commas and «и», is one party even when each field's
        # form could also be a dative («археологии», «этнографии»).
        ("Поручить Институту истории материальной культуры, археологии и этнографии РАН провести конференцию.",
         ["Институту истории материальной культуры, археологии и этнографии РАН"]),
        ("Поручить Управлению строительных норм, энергетики и экологии провести проверку.",
         ["Управлению строительных норм, энергетики и экологии"]),
        # Bodies after the comma still open parties.
        ("Поручить отделу культуры, комиссии по делам молодёжи и администрации поселения провести смотр.",
         ["отделу культуры", "комиссии по делам молодёжи", "администрации поселения"]),
        ("Поручить управлению образования, инспекции труда и прокуратуре провести проверку.",
         ["управлению образования", "инспекции труда", "прокуратуре"]),
    ],
)
def test_a_name_listing_fields_in_the_genitive(line, expected):
    assert parties(line) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # The dative of a dedication depends on a noun (a service, a troparion to whom): no party, even when a
        # semicolon cuts the list of dedications.
        ("Подготовленные тексты акафистов — святителю Николаю, архиепископу Мирликийскому; Собору Тверских святых — "
         "одобрить.", []),
        ("Утвержденный текст тропаря Собору Новгородских святых направить в епархию.", []),
        # «Рекомендовать» with its object first and no dative: nothing is charged.
        ("Рекомендовать одобренные тексты к богослужебному употреблению.", []),
        ("Рекомендовать утвержденный план к исполнению.", []),
        # A clause after a semicolon that follows a complete one still names its party.
        ("Одобрить проект программы; Администрации района подготовить предложения к нему.",
         ["Администрации района"]),
        ("Рекомендовать главам поселений провести сходы граждан.", ["главам поселений"]),
    ],
)
def test_a_dedication_and_an_object_are_no_parties(line, expected):
    assert parties(line) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A body's own charge in a finite form: «Совет поручает …», «Съезд поручает …» as «Поручить …».
        ("Совет поручает Исполнительному комитету подготовить доклад к следующей сессии.", ["Исполнительному комитету"]),
        ("Съезд поручает правлению союза провести конкурс молодых исполнителей.", ["правлению союза"]),
        ("Конференция обязывает оргкомитет издать сборник материалов.", ["оргкомитет"]),
        # What is not charged: the body states or stresses.
        ("Совет подчеркивает значение работы комитета.", None),
    ],
)
def test_a_finite_charge_after_the_body_deciding(text, expected):
    assert addressed(text) == expected
