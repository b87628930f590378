"""Families of party grammar and dates that the eighth round's unseen set showed (bench/IMPORT_NOTE.md,
fresh7), one parametrised test per family, on sentences written for the test."""

from datetime import date as D

import pytest

from resolutions.deadlines import find_deadline, parse_deadline
from resolutions.parser import parse_resolution
from resolutions.parties import controller_parties, table_parties
from tests.resolutions.shapes import addressed as parties


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Рекомендовать органам местной власти, участвующим в подготовке праздника, обеспечить порядок.",
            ["органам местной власти, участвующим в подготовке праздника"],
        ),
        # The singular agrees in gender too.
        (
            "Комитету по культуре, ответственному за проведение фестиваля, подготовить смету.",
            ["Комитету по культуре, ответственному за проведение фестиваля"],
        ),
        (
            "Предложить комиссии, созданной для проверки, представить акт.",
            ["комиссии, созданной для проверки"],
        ),
        # An adjective with its own adjunct qualifies as a participle does.
        (
            "Руководителям школ, ответственным за питание детей, обеспечить контроль.",
            ["Руководителям школ, ответственным за питание детей"],
        ),
        # Two nouns joined by «и» and qualified together are one party.
        (
            "Школам и библиотекам, ответственным за организацию выставок, представить отчёты.",
            ["Школам и библиотекам, ответственным за организацию выставок"],
        ),
        # Not a qualifier: an adjective before its own noun opens a party of its own.
        ("Главам поселений, районным учреждениям культуры провести субботник.", ["Главам поселений", "районным учреждениям культуры"]),
        ("Отделу образования, подведомственным учреждениям обеспечить охрану зданий.", ["Отделу образования", "подведомственным учреждениям"]),
        (
            "Просить администрацию района, постоянную комиссию Собрания депутатов рассмотреть проект.",
            ["администрацию района", "постоянную комиссию Собрания депутатов"],
        ),
        # A participle phrase before its own noun, after a singular head it cannot agree with.
        (
            "Отделу культуры, участвующим в подготовке праздника учреждениям оказать помощь.",
            ["Отделу культуры", "участвующим в подготовке праздника учреждениям"],
        ),
        # A finite verb or an infinitive after the comma ends the party.
        ("Руководителям школ, которые участвуют в конкурсе, представить заявки.", ["Руководителям школ"]),
        ("Главам поселений, обеспечить уборку территорий.", ["Главам поселений"]),
    ],
)
def test_a_qualifier_agreeing_with_the_head_after_a_comma_continues_the_party(text, expected):
    assert parties(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Предприятиям всех форм собственности в посёлке Заречный, оказывающим услуги по водоснабжению, "
            "провести промывку сетей.",
            ["Предприятиям всех форм собственности в посёлке Заречный, оказывающим услуги по водоснабжению"],
        ),
        (
            "Организациям в сельских поселениях, обслуживающим жилой фонд, подготовить котельные к зиме.",
            ["Организациям в сельских поселениях, обслуживающим жилой фонд"],
        ),
        (
            "Управляющим компаниям на территории района, оказывающим услуги населению, провести осмотр.",
            ["Управляющим компаниям на территории района, оказывающим услуги населению"],
        ),
        # Without an agreeing participle after it, the preposition still ends the party.
        ("Организациям в сельских поселениях провести ремонт.", ["Организациям"]),
        ("Организациям в сельских поселениях, в срок до 1 мая провести ремонт.", ["Организациям"]),
        ("Отделу культуры в районном доме культуры, 1 мая провести концерт.", ["Отделу культуры"]),
    ],
)
def test_a_place_inside_the_party_is_shown_by_the_participle_after_it(text, expected):
    assert parties(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Администрациям Заволжского, Пролетарского и Центрального районов города провести субботник.",
            ["Администрациям Заволжского, Пролетарского и Центрального районов города"],
        ),
        ("Главам Северного, Южного районов провести сходы граждан.", ["Главам Северного, Южного районов"]),
        ("Городским, районным Советам ветеранов провести встречи.", ["Городским, районным Советам ветеранов"]),
        # A party that has reached its noun is complete: the adjective after the comma opens the next one.
        ("Отделу культуры, районным учреждениям культуры провести субботник.", ["Отделу культуры", "районным учреждениям культуры"]),
        # A surname that declines as an adjective ends its party in the party's own case.
        (
            "Директору школы Ольховскому, Главному врачу больницы Заречному провести проверку.",
            ["Директору школы Ольховскому", "Главному врачу больницы Заречному"],
        ),
    ],
)
def test_adjectives_listed_before_their_shared_noun_are_one_party(text, expected):
    assert parties(text) == expected


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        (
            "Администрации Заволжского, Пролетарского, Центрального районов города, отдел торговли администрации города",
            ["Администрации Заволжского, Пролетарского, Центрального районов города", "отдел торговли администрации города"],
        ),
        ("Отдел культуры, Районный дом культуры", ["Отдел культуры", "Районный дом культуры"]),
        ("Директор школы Ольховский, Главный врач больницы", ["Директор школы Ольховский", "Главный врач больницы"]),
    ],
)
def test_a_plan_cell_lists_adjectives_before_their_shared_noun(cell, expected):
    assert table_parties(cell) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Обязать глав сельских поселений, руководителей предприятий, учреждений и организаций принять участие в субботнике.",
            ["глав сельских поселений", "руководителей предприятий, учреждений и организаций"],
        ),
        (
            "Просить глав поселений, директоров школ, руководителей учреждений культуры обеспечить участие.",
            ["глав поселений", "директоров школ", "руководителей учреждений культуры"],
        ),
        # Inanimate genitives after the comma are the group's dependents, not groups of their own.
        (
            "Обязать руководителей школ, детских садов и учреждений дополнительного образования провести учения.",
            ["руководителей школ, детских садов и учреждений дополнительного образования"],
        ),
        # One official's titles, in the singular, stay one party.
        (
            "Обязать заместителя главы администрации, начальника отдела строительства провести проверку.",
            ["заместителя главы администрации, начальника отдела строительства"],
        ),
    ],
)
def test_plural_groups_of_people_in_the_accusative_are_parties_of_their_own(text, expected):
    assert parties(text) == expected


def test_a_controller_of_two_plural_groups_is_two_parties():
    text = "Контроль за исполнением постановления возложить на заместителей главы района, начальников управлений."
    assert controller_parties(text) == ["заместителей главы района", "начальников управлений"]


def test_a_plan_whose_responsible_column_comes_first_reads_bodies_named_by_abbreviations():
    parsed = parse_resolution(
        "Приложение к постановлению от 12.03.2015 г № 40\n\n"
        "План мероприятий к Дню защиты детей\n\n"
        "N Наименование мероприятия Ответственный исполнитель Срок исполнения\n"
        "1 2 3 4\n"
        '1 Медицинский осмотр воспитанников летних лагерей МУ "ЦРБ" Май июнь\n'
        "2 Выставка рисунков в детской библиотеке ЦБС Июнь\n"
        "3 Консультации родителей по вопросам опеки ООиП и КДН По плану\n"
    )
    rows = {item.label: (item.responsible, item.due_start, item.due_end) for item in parsed.items}
    assert rows == {
        "1": (['МУ "ЦРБ"'], D(2015, 5, 1), D(2015, 6, 30)),
        "2": (["ЦБС"], D(2015, 6, 1), D(2015, 6, 30)),
        "3": (["ООиП и КДН"], None, None),
    }


@pytest.mark.parametrize(
    ("cell", "start", "end"),
    [
        # Two months whose dash the page lost, without a year: the plan's year.
        ("Апрель май", D(2015, 4, 1), D(2015, 5, 31)),
        ("сентябрь октябрь", D(2015, 9, 1), D(2015, 10, 31)),
    ],
)
def test_two_months_without_their_dash_are_a_range(cell, start, end):
    deadline = parse_deadline(cell, reference=D(2015, 3, 12))
    assert (deadline.kind, deadline.start, deadline.end) == ("range", start, end)


def test_two_months_out_of_calendar_order_are_no_range():
    assert parse_deadline("май апрель", reference=D(2015, 3, 12)) is None


@pytest.mark.parametrize(
    ("text", "kind", "start", "end"),
    [
        ("Провести 9 мая у памятника воинам-землякам митинг.", "exact", D(2015, 5, 9), D(2015, 5, 9)),
        ("Организовать 1 сентября торжественные линейки в школах.", "exact", D(2015, 9, 1), D(2015, 9, 1)),
        ("Провести 8-9 мая праздничные концерты в сельских клубах.", "range", D(2015, 5, 8), D(2015, 5, 9)),
    ],
)
def test_a_day_without_a_year_right_after_the_verb_is_the_acts_day(text, kind, start, end):
    deadline = find_deadline(text, reference=D(2015, 4, 20))
    assert (deadline.kind, deadline.start, deadline.end) == (kind, start, end)


@pytest.mark.parametrize(
    "text",
    [
        # A day further on names what the act is about, not when it is held.
        "Провести митинг, посвящённый 9 мая.",
        "Провести встречу ветеранов и школьников накануне праздника 9 мая.",
        # A count after the verb is no day.
        "Провести 2 субботника в мае.",
    ],
)
def test_a_day_without_a_year_elsewhere_is_no_deadline(text):
    assert find_deadline(text, reference=D(2015, 4, 20)) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Two quoted names of one noun, and the group's members joined by «и», stay in the lead-in's party.
        (
            'Руководителям отделов культуры муниципальных районов "Северный" и "Южный" Орловой А.В. и Миронову С.С.:',
            ['Руководителям отделов культуры муниципальных районов "Северный" и "Южный" Орловой А.В. и Миронову С.С.'],
        ),
        ("Депутатам Собрания Иванову И.И. и Петрову П.П. провести приём граждан.", ["Депутатам Собрания Иванову И.И. и Петрову П.П."]),
        ("Редакциям газет «Вестник» и «Заря» опубликовать решение.", ["Редакциям газет «Вестник» и «Заря»"]),
        # After a singular head, the next name is a party of its own.
        ("Главе поселения Иванову И.И., Петрову П.П. провести сход.", ["Главе поселения Иванову И.И.", "Петрову П.П."]),
        ("Главе поселения Иванову И.И. и Петрову П.П. провести сход.", ["Главе поселения Иванову И.И.", "Петрову П.П."]),
    ],
)
def test_members_of_a_plural_group_and_names_of_one_noun_stay_in_the_party(text, expected):
    assert parties(text) == expected


def test_two_days_whose_dash_was_lost_are_a_range_in_calendar_order():
    deadline = parse_deadline("28.05.2015 29.05.2015", reference=D(2015, 4, 20))
    assert (deadline.kind, deadline.start, deadline.end) == ("range", D(2015, 5, 28), D(2015, 5, 29))
    assert parse_deadline("29.05.2015 28.05.2015", reference=D(2015, 4, 20)) is None
