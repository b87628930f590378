"""Families of the thirteenth round's protocols and old executive committees' decisions (bench/IMPORT_NOTE.md,
fresh12): lettered sub-items and a second «… решает:» inside one paragraph, accusative officials after
«Обязать» (a number sign, «под личную ответственность», «зав.»), a dash after a dative party, and the start
and the term of Soviet-era deadlines («с 1-го марта сего года», «Срок исполнения – 5-го мая с/г»). On
sentences written for the test, with the readings that must not be taken."""

from datetime import date as D

import pytest

from resolutions.deadlines import find_deadline
from resolutions.parser import parse_resolution

REFERENCE = D(1962, 4, 10)


# --- Parties -----------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "party"),
    [
        ("Обязать директора школы № 7 тов. Кузнецову оформить документы.", "директора школы № 7 тов. Кузнецову"),
        ("Обязать заведующего детским садом №12 тов. Ильину подготовить группы.", "заведующего детским садом №12 тов. Ильину"),
        ("Поручить начальнику цеха № 3 Громову П.С. наладить учёт.", "начальнику цеха № 3 Громову П.С."),
    ],
)
def test_a_number_sign_and_its_number_stay_in_the_party(text, party):
    assert parse_resolution(f"Постановили:\n1. {text}").items[0].responsible == [party]


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        (
            "Обязать под личную ответственность председателя колхоза тов. Орлова и зав. складом тов. Белова "
            "вывезти зерно.",
            ["председателя колхоза тов. Орлова", "зав. складом тов. Белова"],
        ),
        (
            "Обязать под ответственность директора совхоза тов. Сизова отремонтировать мост.",
            ["директора совхоза тов. Сизова"],
        ),
        ("Обязать зав. районо тов. Лаптеву и зам. председателя тов. Рыбина проверить школы.", ["зав. районо тов. Лаптеву", "зам. председателя тов. Рыбина"]),
    ],
)
def test_officials_after_obyazat_under_personal_responsibility_and_abbreviated_titles(text, parties):
    assert parse_resolution(f"Постановили:\n1. {text}").items[0].responsible == parties


@pytest.mark.parametrize(
    ("text", "party"),
    [
        ("Поручить исполкому — рассмотреть вопросы снабжения.", "исполкому"),
        ("Поручить отделу культуры – подготовить концерт.", "отделу культуры"),
        ("Рекомендовать депутатам - провести встречи с избирателями.", "депутатам"),
    ],
)
def test_a_dash_between_the_party_and_its_verb_is_not_part_of_the_party(text, party):
    assert parse_resolution(f"Постановили:\n1. {text}").items[0].responsible == [party]


# --- Deadlines ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("С 1-го мая сего года открыть летнее кафе.", D(1962, 5, 1)),
        ("С 15 мая т.г. перевести столовую на летний режим.", D(1962, 5, 15)),
        ("Со 2-го июня текущего года ввести новый график.", D(1962, 6, 2)),
    ],
)
def test_a_day_of_this_year_after_s_opens_a_window_with_no_end(text, start):
    deadline = find_deadline(text, reference=REFERENCE)
    assert (deadline.kind, deadline.start, deadline.end) == ("range", start, None)


@pytest.mark.parametrize(
    ("text", "end"),
    [
        ("Срок исполнения работ - 5-го мая с/г.", D(1962, 5, 5)),
        ("Срок выполнения – 20 июня т/г.", D(1962, 6, 20)),
        ("Срок окончания ремонта: 1 сентября 1962 г.", D(1962, 9, 1)),
    ],
)
def test_the_term_of_carrying_out_work_ends_on_its_day(text, end):
    deadline = find_deadline(text, reference=REFERENCE)
    assert (deadline.kind, deadline.start, deadline.end) == ("by", None, end)


def test_a_term_of_handing_in_stays_the_day_itself():
    deadline = find_deadline("Срок представления отчёта – 1 июня 1962 года.", reference=REFERENCE)
    assert (deadline.kind, deadline.start, deadline.end) == ("exact", D(1962, 6, 1), D(1962, 6, 1))


def test_a_slash_abbreviation_is_no_year_unless_it_follows_a_day():
    # «с/х» (сельскохозяйственный) is not «с/г»; a figure with a slash is no date.
    assert find_deadline("Закупить с/х технику для колхоза.", reference=REFERENCE) is None
