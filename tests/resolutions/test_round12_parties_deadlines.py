"""Families of parties and prose deadlines that the twelfth round's set showed (bench/IMPORT_NOTE.md, fresh11),
on sentences written for the test, with the readings that must not be taken."""

import functools
from datetime import date as D

import pytest

from resolutions.deadlines import find_deadline
from tests.resolutions.shapes import first_item

REFERENCE = D(2016, 5, 17)
decree_item = functools.partial(first_item, date="17 мая 2016 года")  # a decree of REFERENCE


def parties(line: str) -> list[str]:
    return decree_item(line).responsible


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("Руководителям отделов о принятых мерах доложить в течение июня 2016 года.", D(2016, 6, 1), D(2016, 6, 30)),
        ("Итоги смотра подвести в течение октября 2017 г.", D(2017, 10, 1), D(2017, 10, 31)),
        ("Отчёт представить в течение сентября текущего года.", D(2016, 9, 1), D(2016, 9, 30)),
    ],
)
def test_a_month_with_its_year_after_v_techenie_is_that_month(text, start, end):
    deadline = find_deadline(text, reference=REFERENCE)
    assert (deadline.kind, deadline.start, deadline.end) == ("range", start, end)


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("Установить, что срок подачи заявок составляет 20 календарных дней со дня опубликования извещения.", "опубликования извещения"),
        ("Срок рассмотрения обращений составляет 15 рабочих дней с даты их регистрации.", "их регистрации"),
        ("Срок приёма документов составит 10 дней после объявления конкурса.", "объявления конкурса"),
    ],
)
def test_a_term_a_rule_sets_counted_from_an_event_is_relative(text, event):
    deadline = find_deadline(text, reference=REFERENCE)
    assert (deadline.kind, deadline.start, deadline.end, deadline.relative_to) == ("relative", None, None, event)


@pytest.mark.parametrize(
    "text",
    [
        # A number of days with no term it sets, or no event it is counted from.
        "Численность комиссии составляет 12 человек со дня её образования.",
        "Срок полномочий совета составляет 5 лет.",
    ],
)
def test_a_count_that_is_no_term_from_an_event_is_not_relative(text):
    deadline = find_deadline(text, reference=REFERENCE)
    assert deadline is None or deadline.kind != "relative"


@pytest.mark.parametrize(
    "text",
    [
        "Руководители учреждений, назначенные до реорганизации, сохраняют свои полномочия до избрания новых руководителей.",
        "Действующий состав комиссии продолжает работу до утверждения нового состава.",
        "Временный порядок действует впредь до принятия закона области.",
        "Заместитель главы исполняет обязанности главы до назначения нового главы района.",
    ],
)
def test_an_act_awaited_after_a_statement_of_fact_bounds_a_rule_not_a_task(text):
    assert find_deadline(text, reference=REFERENCE) is None


@pytest.mark.parametrize(
    ("text", "event"),
    [
        # An order to act, in the infinitive, keeps its relative deadline (the tenth round's family).
        ("Главам сельсоветов исполнять свои обязанности до избрания новых глав.", "избрания новых глав"),
        ("Сохранить действующий порядок выплат до утверждения нового положения.", "утверждения нового положения"),
        ("Комиссия продолжает работу; секретарю вести протоколы до назначения нового секретаря.", "назначения нового секретаря"),
    ],
)
def test_an_act_awaited_in_an_order_stays_a_relative_deadline(text, event):
    deadline = find_deadline(text, reference=REFERENCE)
    assert (deadline.kind, deadline.start, deadline.end, deadline.relative_to) == ("relative", None, None, event)


@pytest.mark.parametrize(
    ("line", "end"),
    [
        ("Утвердить до 1 июля 2016 года план мероприятий по подготовке к празднику.", D(2016, 6, 30)),
        ("Отделу культуры утвердить в срок до 15 июня 2016 г. положение о конкурсе.", D(2016, 6, 14)),
        ("Одобрить не позднее 20 июня 2016 года программу фестиваля.", D(2016, 6, 20)),
    ],
)
def test_a_term_right_after_the_adopting_verb_is_when_to_adopt(line, end):
    assert decree_item(line).due_end == end


@pytest.mark.parametrize(
    "line",
    [
        # The periods of the adopted document are its subject.
        "Утвердить план мероприятий на июнь 2016 года.",
        "Утвердить программу развития культуры района до 2020 года.",
    ],
)
def test_the_period_of_an_adopted_document_is_no_deadline(line):
    assert decree_item(line).due_end is None


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ('Поручить МКОУ "Основная школа" д. Заречье (Петрова А.А.) провести набор.', ['МКОУ "Основная школа" д. Заречье (Петрова А.А.)']),
        ("Фельдшерскому пункту с. Кулига обеспечить приём граждан.", ["Фельдшерскому пункту с. Кулига"]),
        ('Поручить отделу культуры и МБУК "Клуб" пос. Лесной подготовить концерт.', ["отделу культуры", 'МБУК "Клуб" пос. Лесной']),
    ],
)
def test_a_settlement_after_a_body_places_it(line, expected):
    assert parties(line) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # «с» with a person's initials, or without its dot, is still the preposition.
        ("Поручить отделу культуры совместно с И.П. Сидоровым провести концерт.", ["отделу культуры"]),
        ("Отделу образования с Домом культуры провести концерт.", ["Отделу образования"]),
    ],
)
def test_a_preposition_is_no_settlement(line, expected):
    assert parties(line) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            "Выступить с докладом на сессии поручить заведующему отделом молодёжной политики и развития спорта администрации района Н.В. Орлову.",
            ["заведующему отделом молодёжной политики и развития спорта администрации района Н.В. Орлову"],
        ),
        (
            "Представлять интересы района в суде поручить начальнику управления земельных и имущественных отношений В.П. Кузину.",
            ["начальнику управления земельных и имущественных отношений В.П. Кузину"],
        ),
        (
            "Подготовить доклад поручить отделу экономики и управлению образования.",
            ["отделу экономики", "управлению образования"],
        ),
    ],
)
def test_a_task_named_first_then_poruchit_charges_the_dative_after_it(line, expected):
    assert parties(line) == expected


def test_a_task_with_no_charge_names_no_party():
    assert parties("Докладывать на сессии о ходе подготовки к празднику.") == []


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Обязать председателей колхозов и МТС выделить транспорт.", ["председателей колхозов и МТС"]),
        ("Руководителям школ и ДОУ обеспечить охрану зданий.", ["Руководителям школ и ДОУ"]),
        ("Поручить директорам предприятий и КФХ представить сведения.", ["директорам предприятий и КФХ"]),
    ],
)
def test_an_abbreviation_after_the_places_people_head_is_another_place(line, expected):
    assert parties(line) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # A body, not people, over its genitive; or people with no plural of places: the abbreviation is a party.
        ("Поручить администрации района и МЧС обеспечить охрану.", ["администрации района", "МЧС"]),
        ("Поручить отделу образования и РОНО провести проверку.", ["отделу образования", "РОНО"]),
        ("Поручить директору школы и ОВД провести рейд.", ["директору школы", "ОВД"]),
    ],
)
def test_an_abbreviation_after_a_body_opens_a_party(line, expected):
    assert parties(line) == expected
