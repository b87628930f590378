"""Families of parties in prose that the fourteenth round's set showed (bench/IMPORT_NOTE.md, fresh13): place
names coordinated after a plural genitive, a body's locative «на местах», a participle used as a noun before
the task's adjunct, a prohibition's dative, a body named in the nominative with its head in brackets. Each on
sentences written for the test, with the readings that must not change."""

import pytest

from tests.resolutions.shapes import item_parties as parties


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # «и» between two city names after «городов» joins the names of that plural noun, not two parties.
        ("Главам районов и городов Курска и Орла провести смотр-конкурс.", ["Главам районов и городов Курска и Орла"]),
        ("Главам районов и городов Курска и Орла:", ["Главам районов и городов Курска и Орла"]),
        (
            "Министерству образования, акимам областей и городов Тараза и Алматы обеспечить подвоз учащихся.",
            ["Министерству образования", "акимам областей и городов Тараза и Алматы"],
        ),
        ("Руководителям школ городов Твери и Пскова организовать олимпиаду.", ["Руководителям школ городов Твери и Пскова"]),
    ],
)
def test_city_names_joined_after_a_plural_genitive_name_one_party(line, expected):
    assert parties(line) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # A body after the names, or a singular «города», still opens a party.
        ("Главе города Курска и Администрации района провести субботник.", ["Главе города Курска", "Администрации района"]),
        ("Главам городов Курска и Орла, отделу образования провести слёт.", ["Главам городов Курска и Орла", "отделу образования"]),
        (
            "Главам городов Курска и Орла и районным отделам образования обеспечить подвоз.",
            ["Главам городов Курска и Орла", "районным отделам образования"],
        ),
    ],
)
def test_a_body_after_the_city_names_opens_a_party(line, expected):
    assert parties(line) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # «на местах», «в районах» right before the verb say where a body's branches sit: part of the party.
        (
            "Отделу культуры администрации и его органам на местах провести смотр самодеятельности.",
            ["Отделу культуры администрации", "его органам на местах"],
        ),
        ("Отделениям фонда в районах организовать приём граждан.", ["Отделениям фонда в районах"]),
        ("Комитету по физической культуре и его органам на местах провести спартакиаду.", ["Комитету по физической культуре", "его органам на местах"]),
    ],
)
def test_a_locative_of_places_before_the_verb_belongs_to_the_party(line, expected):
    assert parties(line) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # A time, an occasion or a term before the verb is the task's, not the party's.
        ("Руководителям школ в мае провести экзамены.", ["Руководителям школ"]),
        ("Руководителям предприятий на совещаниях рассмотреть итоги года.", ["Руководителям предприятий"]),
        ("Отделу культуры на празднике обеспечить музыкальное сопровождение.", ["Отделу культуры"]),
        ("Рабочей группе в районах в срок до 1 мая подготовить предложения.", ["Рабочей группе"]),
    ],
)
def test_a_time_or_occasion_before_the_verb_stays_out_of_the_party(line, expected):
    assert parties(line) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # «трудящихся», «служащих», «учащихся» right after a noun are nouns themselves; the «в …» after them
        # begins the task.
        (
            "Обязать правление союза служащих в дальнейшей работе руководствоваться уставом.",
            ["правление союза служащих"],
        ),
        ("Комитету профсоюза учащихся в новом учебном году провести слёт.", ["Комитету профсоюза учащихся"]),
        (
            "Обязать исполком районного Совета депутатов трудящихся в дальнейшем строительстве и благоустройстве "
            "посёлка строго соблюдать проект.",
            ["исполком районного Совета депутатов трудящихся"],
        ),
        (
            "Обязать председателей советов депутатов трудящихся в десятидневный срок представить отчёты.",
            ["председателей советов депутатов трудящихся"],
        ),
    ],
)
def test_a_participle_used_as_a_noun_ends_the_party_before_a_preposition(line, expected):
    assert parties(line) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # A participle's own clause keeps its adjunct: after a comma, or a participle that is no noun.
        ("Организациям, расположенным в районе, провести уборку.", ["Организациям, расположенным в районе"]),
        ("Гражданам проживающим на территории поселения обеспечить уборку дворов.", ["Гражданам проживающим на территории поселения"]),
        ("Гражданам, нуждающимся в жилье, подать заявления до 1 мая.", ["Гражданам, нуждающимся в жилье"]),
    ],
)
def test_a_participles_own_adjunct_stays_in_the_party(line, expected):
    assert parties(line) == expected


@pytest.mark.parametrize(
    "line",
    [
        # The dative after a prohibition is the one forbidden, not one charged with a task.
        "Ввиду срыва плана заготовок запретить правлениям артелей расходование зерна на местные нужды.",
        "Запретить правлениям колхозов выдачу молока на трудодни.",
        "В связи с угрозой паводка запретить руководителям лодочных станций выдачу лодок.",
    ],
)
def test_a_prohibitions_dative_is_not_charged(line):
    assert parties(line) == []


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # A dative before the prohibition is its agent: the one charged to forbid.
        ("Отделу торговли запретить продажу алкоголя в дни праздника.", ["Отделу торговли"]),
        # After another verb, the old reading holds.
        ("Поручить руководителям предприятий запретить сжигание мусора.", ["руководителям предприятий"]),
    ],
)
def test_a_dative_before_a_prohibition_is_charged(line, expected):
    assert parties(line) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # A body in the nominative with its head named in brackets, then the verb: the one charged.
        ("Отдел образования (Петрова А.А.) организовать подвоз детей.", ["Отдел образования (Петрова А.А.)"]),
        (
            "Управление сельского хозяйства (Иванов И.И.) подготовить технику к посевной.",
            ["Управление сельского хозяйства (Иванов И.И.)"],
        ),
    ],
)
def test_a_body_in_the_nominative_with_its_head_in_brackets_is_charged(line, expected):
    assert parties(line) == expected


@pytest.mark.parametrize(
    "line",
    [
        # A nominative the verb takes as its object, with no head named: no party.
        "Положение о конкурсе (приложение 1) утвердить.",
        "Отдел культуры реорганизовать в управление культуры.",
        "План мероприятий (прилагается) утвердить.",
    ],
)
def test_a_fronted_object_in_the_nominative_is_no_party(line):
    assert parties(line) == []
