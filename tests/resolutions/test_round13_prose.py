"""Families of prose decrees that the thirteenth round's set showed (bench/IMPORT_NOTE.md, fresh12): a date set
far after the words that name it, an anniversary's year, stages whose places are listed with commas, a date
pointing back to another item's, a participle's list of objects, a party before a finite verb. Each on
sentences written for the test, with the readings that must not be taken."""

import functools
from datetime import date as D

import pytest

from resolutions.parser import parse_resolution
from tests.resolutions.shapes import deadline_window
from tests.resolutions.shapes import item_parties as parties

REFERENCE = D(2021, 3, 1)
window = functools.partial(deadline_window, reference=REFERENCE)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The date an item sets comes after a colon and a list of places, however long the list.
        (
            "Определить места и дату проведения смотра «Весна.Молодость»: площадь Победы, сквер у библиотеки, "
            "стадион школы, парк культуры, улица Лесная от улицы Мира доПочтовой улицы, набережная реки 15 апреля 2021года.",
            ("exact", D(2021, 4, 15), D(2021, 4, 15)),
        ),
        (
            "Установить дату и место проведения ярмарки: рынок на улице Садовой, площадь перед домом культуры, "
            "территория у здания администрации сельского поселения 22 мая 2021 года.",
            ("exact", D(2021, 5, 22), D(2021, 5, 22)),
        ),
        (
            "Утвердить день проведения праздника двора: дворы домов по улицам Заводской, Школьной, Полевой, "
            "Береговой и Нагорной, детская площадка у клуба 12 июня 2021 г.",
            ("exact", D(2021, 6, 12), D(2021, 6, 12)),
        ),
    ],
)
def test_the_date_an_item_sets_for_an_event_is_read_after_its_list_of_places(text, expected):
    assert window(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # No date in the sentence, or one in the next sentence about something else.
        "Определить место и дату проведения смотра дополнительно.",
        "Установить дату проведения ярмарки по согласованию с отделом торговли. Отчёт отдела от 10 марта 2021 года принять к сведению.",
    ],
)
def test_a_date_named_but_not_given_is_not_taken_from_elsewhere(text):
    assert window(text) is None


@pytest.mark.parametrize(
    "text",
    [
        # The year of an anniversary is when it falls, a fact about what is celebrated.
        "Принять предложение общественной палаты о праздновании в 2023 году 100-летия со дня рождения поэта.",
        "Одобрить инициативу совета ветеранов о чествовании в 2025 году юбилея района.",
        "Поддержать предложение о праздновании в 2024 году 80-летия освобождения города.",
    ],
)
def test_the_year_of_an_anniversary_is_its_subject_not_a_term(text):
    assert window(text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A year that dates the act, not the anniversary, stays its term (the ninth round's proposals too).
        ("Провести в 2023 году мероприятия, посвящённые 100-летию со дня рождения поэта.", ("year", D(2023, 1, 1), D(2023, 12, 31))),
        ("Принять предложение о проведении в августе 2021 г. слёта волонтёров.", ("range", D(2021, 8, 1), D(2021, 8, 31))),
    ],
)
def test_a_year_that_dates_the_act_stays_a_term(text, expected):
    assert window(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Places listed with commas before the stage's dash are one stage's name, not stages of their own.
        (
            "Провести праздник урожая в следующие сроки: в сельских поселениях, в районном центре (в том числе "
            "и в посёлке Южном), а также в селе Ключи - 4-5 сентября 2021 года; в городе - 11 сентября 2021 года.",
            ("range", D(2021, 9, 4), D(2021, 9, 11)),
        ),
        (
            "Провести смотр в следующие сроки: в школах, в колледжах, в техникумах – 10 октября 2021 года; "
            "в вузах – 20 октября 2021 года.",
            ("range", D(2021, 10, 10), D(2021, 10, 20)),
        ),
    ],
)
def test_places_listed_with_commas_name_one_stage(text, expected):
    assert window(text) == expected


def test_stages_separated_by_commas_still_make_one_window():
    text = "Провести конкурс в сроки: первый этап – март 2021 года, второй этап – 20 апреля 2021 года."
    assert window(text) == ("range", D(2021, 3, 1), D(2021, 4, 20))


HEAD = "Указ главы республики от 1 марта 2021 года\nпостановляю:\n"


def windows(body):
    return {item.label: (item.deadline_kind, item.due_start, item.due_end) for item in parse_resolution(HEAD + body).items}


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "1. Провести фестиваль в селах 10-11 июля 2021 года.\n"
            "2. Отделу культуры обеспечить подготовку фестиваля в указанные сроки.\n",
            ("range", D(2021, 7, 10), D(2021, 7, 11)),
        ),
        (
            "1. Провести ярмарку 5 июня 2021 года.\n"
            "2. Утвердить состав оргкомитета.\n"
            "3. Отделу полиции обеспечить охрану порядка в указанный день.\n",
            ("exact", D(2021, 6, 5), D(2021, 6, 5)),
        ),
        (
            "1. Провести праздник 12 июня 2021 года.\n"
            "2. Провести конкурс 20 июня 2021 года.\n"
            "3. Отделу культуры подготовить сцену в сроки, указанные в пункте 1.\n",
            ("exact", D(2021, 6, 12), D(2021, 6, 12)),
        ),
    ],
)
def test_a_date_pointing_back_takes_the_window_of_the_item_it_points_to(body, expected):
    assert list(windows(body).values())[-1] == expected


def test_the_laws_terms_are_no_other_items_dates():
    body = "1. Провести праздник 12 июня 2021 года.\n2. Отделу финансов представить отчёт в установленные сроки.\n"
    assert windows(body)["2"] == ("", None, None)


def test_a_date_with_nothing_to_point_back_to_stays_relative_and_undated():
    body = "1. Утвердить состав оргкомитета.\n2. Отделу культуры подготовить сцену в указанные сроки.\n"
    assert windows(body)["2"] == ("relative", None, None)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # The nouns listed after the participle's object are its objects too, not parties.
        (
            "Всем управляющим компаниям, обслуживающим многоквартирные дома, объекты торговли, спорта и туризма, "
            "подготовить подвалы к паводку.",
            ["Всем управляющим компаниям, обслуживающим многоквартирные дома, объекты торговли, спорта и туризма"],
        ),
        (
            "Предприятиям, поставляющим воду на жилые дома, больницы, школы и детские сады, обеспечить резервные насосы.",
            ["Предприятиям, поставляющим воду на жилые дома, больницы, школы и детские сады"],
        ),
    ],
)
def test_a_participles_list_of_objects_stays_in_its_party(line, expected):
    assert parties(line) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # A dative after the participle's clause still opens a party.
        (
            "Организациям, обслуживающим жилые дома, управляющим компаниям провести осмотр крыш.",
            ["Организациям, обслуживающим жилые дома", "управляющим компаниям"],
        ),
        (
            "Предприятиям, поставляющим воду на жилые дома, руководителям школ обеспечить запас воды.",
            ["Предприятиям, поставляющим воду на жилые дома", "руководителям школ"],
        ),
    ],
)
def test_a_dative_after_the_participles_clause_opens_a_party(line, expected):
    assert parties(line) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # A finite verb in place of the infinitive ends the party as the infinitive would.
        ("Предприятиям, указанным в приложении к настоящему постановлению обеспечит вывоз снега.", ["Предприятиям, указанным в приложении к настоящему постановлению"]),
        ("Отделу культуры администрации района проведёт конкурс чтецов.", ["Отделу культуры администрации района"]),
        ("Руководителям школ организуют дежурство учителей.", ["Руководителям школ"]),
        ("Отделу спорта совместно с клубом «Старт» проведёт эстафету.", ["Отделу спорта"]),
    ],
)
def test_a_party_before_a_finite_verb_of_the_task_is_charged(line, expected):
    assert parties(line) == expected


@pytest.mark.parametrize(
    "line",
    [
        # A statement of what someone is given or will get charges no one.
        "Гражданам, проживающим в районе, предоставляются льготы по оплате проезда.",
        "Участникам конкурса будет вручён памятный знак.",
        "Жителям посёлка станет доступен новый маршрут автобуса.",
        "Отделу культуры совместно с клубом в прошлом году предоставлялись субсидии.",
    ],
)
def test_a_dative_before_a_statement_is_no_party(line):
    assert parties(line) == []
