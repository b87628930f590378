"""Families of the thirteenth round's protocols and old executive committees' decisions (bench/IMPORT_NOTE.md,
fresh12): lettered sub-items and a second «… решает:» inside one paragraph, accusative officials after
«Обязать» (a number sign, «под личную ответственность», «зав.»), a dash after a dative party, and the start
and the term of Soviet-era deadlines («с 1-го марта сего года», «Срок исполнения – 5-го мая с/г»). On
sentences written for the test, with the readings that must not be taken."""

from datetime import date as D

import pytest

from resolutions.deadlines import find_deadline
from resolutions.parser import parse_resolution
from resolutions.parsing_utils import split_inline_items
from tests.resolutions.shapes import outline

REFERENCE = D(1962, 4, 10)


# --- Structure --------------------------------------------------------------------------------------------


def test_lettered_sub_items_inside_one_paragraph_are_cut_after_their_lead_ins_colon():
    line = (
        "Решение сельсовета от 2 мая 1965 г. (справка архива) 1. Обязать правление колхоза: а) Отремонтировать "
        "клуб к празднику. б) Установить скамейки в парке. 2. Поручить библиотеке провести вечер."
    )
    pieces = split_inline_items(line)
    assert [piece[:2] for piece in pieces[1:]] == ["1.", "а)", "б)", "2."]
    assert pieces[0].endswith("(справка архива)")


def test_a_capital_letter_with_its_bracket_is_a_sub_item_under_a_numbered_lead_in():
    text = (
        "Райисполком решает: 1. Закрыть ларёк на рынке. 2. Обязать начальника торга тов. Зуева: А) перенести "
        "ларёк к вокзалу. Б) отчитаться о переносе. 3. Поручить милиции следить за порядком."
    )
    result = parse_resolution(text)
    assert [(item.label, item.parent) for item in result.items] == [
        ("1", None), ("2", None), ("А", "2"), ("Б", "2"), ("3", None)
    ]
    assert [item.responsible for item in result.items][2:4] == [["начальника торга тов. Зуева"]] * 2


@pytest.mark.parametrize(
    "line",
    [
        # A letter in brackets inside a sentence, with no colon before it and no run of letters, is text.
        "1. Внести изменения в подпункт а) пункта 3 положения о клубе. 2. Поручить отделу подготовить текст.",
        # «б)» out of turn after a colon: no run starting at «а».
        "1. Утвердить состав комиссии: б) не менее трёх человек. 2. Поручить отделу подготовить список.",
    ],
)
def test_a_letter_in_brackets_out_of_a_run_stays_in_the_text(line):
    assert [piece[:2] for piece in split_inline_items(line)] == ["1.", "2."]


def test_a_second_decision_in_one_paragraph_numbers_its_items_afresh():
    text = (
        "Слушали о работе бани. Исполком решает: 1. Обязать заведующего баней тов. Ершова с 1-го марта сего года "
        "продлить часы работы. 2. Поручить отделу торговли проверить буфет. Протокол № 12 заседания исполкома от "
        "14 марта 1962 года «О ремонте школы» Исполком решает: 1. Смету на ремонт школы утвердить 2. Открыть "
        "финансирование работ. 3. Обязать директора школы тов. Пахомову представить отчёт."
    )
    result = parse_resolution(text)
    assert [(item.label, item.parent) for item in result.items] == [
        ("1", None), ("2", None), ("1", None), ("2", None), ("3", None)
    ]
    assert result.items[4].responsible == ["директора школы тов. Пахомову"]
    # The excerpt has no date before its first block: the later block's heading gives «сего года».
    first = result.items[0]
    assert (first.deadline_kind, first.due_start, first.due_end) == ("range", D(1962, 3, 1), None)


def test_one_decision_block_keeps_one_numbering():
    text = "Исполком решает: 1. Провести субботник. 2. Поручить отделу подготовить инвентарь. 3. Контроль оставляю за собой."
    assert outline(text) == [("1", None), ("2", None), ("3", None)]


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


def test_accusative_bodies_of_a_lead_in_pass_to_lettered_sub_items_in_one_paragraph():
    text = (
        "Из решения райисполкома от 5 мая 1967 г. 1. Обязать отдел народного образования, плановую комиссию "
        "исполкома с участием общества книголюбов: а) Провести перепись библиотек района. б) Открыть в 1968 г. "
        "две новые библиотеки."
    )
    result = parse_resolution(text)
    assert [(item.label, item.parent) for item in result.items] == [("1", None), ("а", "1"), ("б", "1")]
    parties = ["отдел народного образования", "плановую комиссию исполкома"]
    assert [item.responsible for item in result.items] == [parties] * 3
    assert (result.items[2].due_start, result.items[2].due_end) == (D(1968, 1, 1), D(1968, 12, 31))


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


def test_the_next_decisions_heading_leaves_the_item_before_it():
    text = (
        "Исполком решает: 1. Обязать директора рынка тов. Лаптева: а) убрать территорию рынка. Протокол № 8 "
        "заседания исполкома от 2 июня 1960 года «О школах». Исполком решает: 1. Провести ремонт школ."
    )
    result = parse_resolution(text)
    assert [(item.label, item.parent) for item in result.items] == [("1", None), ("а", "1"), ("1", None)]
    assert result.items[1].text == "убрать территорию рынка."
    assert result.unparsed[-1].startswith("Протокол № 8")


def test_a_sub_items_lead_in_ending_with_a_decision_verb_keeps_its_numbering():
    text = "Постановили:\n1. Провести смотр.\n2. Комиссия решила:\n2.1. Утвердить жюри.\n2.2. Наградить победителей."
    assert outline(text) == [("1", None), ("2", None), ("2.1", "2"), ("2.2", "2")]
