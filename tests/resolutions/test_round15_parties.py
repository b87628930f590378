"""Families of parties in prose that the fifteenth round's set showed (bench/IMPORT_NOTE.md, fresh14): kinds of
bodies named together as one addressee, two charges joined in one sentence, a body's name that goes on after
«при», a finite directive verb after a subject, names in nested quotes, people named in slashes. Each on
sentences written for the test, with the readings that must not change."""

import pytest

from tests.resolutions.shapes import item_parties as parties


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # Bare plural nouns of bodies, one word each, joined by «и» share what follows: one addressee.
        ("Школам и библиотекам района провести смотр.", ["Школам и библиотекам района"]),
        (
            "Комитетам и советам Республики Алтай, главам поселений принять меры.",
            ["Комитетам и советам Республики Алтай", "главам поселений"],
        ),
        (
            "Предложить редакциям и клубам области, работающим в районе, воздержаться от показа.",
            ["редакциям и клубам области, работающим в районе"],
        ),
        # A comma list of them closed by «и», or by a dependent they share, is one addressee too.
        ("Школам, библиотекам и клубам провести смотр.", ["Школам, библиотекам и клубам"]),
        (
            "Рекомендовать школам, библиотекам, клубам всех ведомств, сельским поселениям принять участие.",
            ["школам, библиотекам, клубам всех ведомств", "сельским поселениям"],
        ),
    ],
)
def test_kinds_of_bodies_named_together_are_one_party(line, expected):
    assert parties(line) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # Two datives after a comma with nothing to bind them stay two; so do people, and a noun with words of its own.
        ("Школам , библиотекам провести смотр.", ["Школам", "библиотекам"]),
        ("Гражданам и организациям соблюдать тишину.", ["Гражданам", "организациям"]),
        (
            "Местным администрациям и органам местного самоуправления обеспечить исполнение.",
            ["Местным администрациям", "органам местного самоуправления"],
        ),
        (
            "Исполкомам, руководителям школ и библиотек обеспечить подвоз.",
            ["Исполкомам", "руководителям школ и библиотек"],
        ),
    ],
)
def test_other_coordinated_datives_stay_apart(line, expected):
    assert parties(line) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # «и» and a second directive verb: two charges in one sentence, each with its party in its own case.
        (
            "Обязать директора учреждения «Центр досуга» Новского района и рекомендовать главам сельских поселений обеспечить участие.",
            ["директора учреждения «Центр досуга» Новского района", "главам сельских поселений"],
        ),
        ("Поручить отделу культуры и предложить главам поселений провести смотр.", ["отделу культуры", "главам поселений"]),
        # «и» between two people under one verb is still one list.
        ("Обязать директора школы и завуча обеспечить участие.", ["директора школы и завуча"]),
    ],
)
def test_two_directives_joined_in_one_sentence(line, expected):
    assert parties(line) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # A subject that acts itself (a finite verb) is no party; its finite «предлагает» addresses the dative,
        # and a gerund after the dative opens the act's adjunct.
        (
            "РК ВЛКСМ включился в соревнование, которое объявил ЦК, и предлагает всем первичным организациям района и села, развернув соревнование, начать сбор.",
            ["всем первичным организациям района и села"],
        ),
        ("Горком предлагает всем первичным организациям района начать сбор.", ["всем первичным организациям района"]),
        ("ЦК ВЛКСМ объявил поход.", []),
    ],
)
def test_a_subject_with_a_finite_verb_is_not_a_party(line, expected):
    assert parties(line) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # «при» and a capitalised body in the locative go on naming the body it is attached to.
        (
            "Управлению по делам архивов при Правительстве Новской области и государственному унитарному предприятию Телевизионная компания \"Новь\" Новской области организовать освещение.",
            [
                "Управлению по делам архивов при Правительстве Новской области",
                "государственному унитарному предприятию Телевизионная компания \"Новь\" Новской области",
            ],
        ),
        ("Комиссии при Главе района подготовить доклад.", ["Комиссии при Главе района"]),
        # «при» opening the act's circumstance still ends the party.
        ("Отделу культуры при участии школ провести смотр.", ["Отделу культуры"]),
        ("Отделу культуры при подготовке смотра учесть предложения.", ["Отделу культуры"]),
    ],
)
def test_a_body_attached_to_another_and_its_own_name(line, expected):
    assert parties(line) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # A comma right after a closing quote ends the quoted name, even if an outer quote was left open.
        (
            "Областному агентству по туризму «Новтур», ОАО «Редакция «Новая заря», областным и местным средствам массовой информации обеспечить освещение.",
            ["Областному агентству по туризму «Новтур»", "ОАО «Редакция «Новая заря»", "областным и местным средствам массовой информации"],
        ),
        ("Агентству «Новтур», районным средствам массовой информации обеспечить освещение.", ["Агентству «Новтур»", "районным средствам массовой информации"]),
        # Enterprises named by their legal form and listed with commas are each a party; an unclosed quote ends at the bracket.
        (
            "МУП \"Рассвет\" (Иванов И.И.), МУП \"Управление дорог (Петров П.П.) произвести уборку территории.",
            ["МУП \"Рассвет\" (Иванов И.И.)", "МУП \"Управление дорог (Петров П.П.)"],
        ),
        ("МУП \"Рассвет\" (Иванов И.И.) произвести уборку территории.", ["МУП \"Рассвет\" (Иванов И.И.)"]),
    ],
)
def test_quoted_names_and_listed_enterprises(line, expected):
    assert parties(line) == expected
