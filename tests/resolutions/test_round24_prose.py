"""Round 24, prose.

- «в 2021 году на зданиях обеспечить: 24 июня – вывешивание флагов, 26 июня – снятие»: days without a year after a
  year term in the same sentence are the term, in that year (one day exact, several a range from the first to the
  last); the year alone is no longer taken for the whole year.
- «согласовать список …, на заседании организационного комитета»: a sitting of a body named in the genitive,
  beside the item's infinitive, is when the act is done — a term with no date, as «на очередном заседании»;
  «внести на заседание» (accusative: where a paper goes), «для представления на заседании» (a verbal noun's act) and
  «докладывать … на заседании сессии» (a speaker's venue) name no term.
- «Контроль … возложить на заместителя Главы, заместителя председателя совета … по …, полномочного представителя
  Главы в районном Совете А.Б. Сидорова»: posts with no name yet, each a singular noun of people in the
  accusative, are one official's titles, named once at the end; «… руководителя аппарата Главы и Правительства
  края В.Г. Орлова»: «и» before a body's noun that in the accusative could only be plural coordinates two
  genitives of the title. A list of officials each named («… Иванова И.И., начальника отдела Петрова П.П.»)
  still splits.
- «Координатором работы по подготовке к юбилею … определить отдел культуры …»: an agent's role in the instrumental
  first, its task after «по»/«за»/«для», then «определить»/«назначить» and the one appointed in the accusative — the appointee is the
  party, as in «Определить головным комитетом по … X».
On text written for the test.
"""

import datetime

import pytest

from resolutions.parser import parse_resolution


def _item(line, date="от 1 марта 2021 года"):
    result = parse_resolution(
        f"Постановление администрации района {date}\nПОСТАНОВЛЯЮ:\n"
        f"1. Провести смотр художественной самодеятельности.\n2. {line}\n"
    )
    return result.items[1]


def test_days_after_a_year_term_are_the_term():
    item = _item("Руководителям школ в 2021 году на фасадах обеспечить: 12 мая - размещение плакатов, "
                 "15 мая - их снятие.")
    assert (item.due_start, item.due_end, item.deadline_kind) == (
        datetime.date(2021, 5, 12), datetime.date(2021, 5, 15), "range")
    assert item.deadline_text.startswith("12 мая") and item.deadline_text.endswith("15 мая")


def test_one_day_after_a_year_term_is_that_day():
    item = _item("Отделу культуры в 2022 году провести выставку рисунков 3 сентября.")
    assert (item.due_start, item.due_end, item.deadline_kind) == (
        datetime.date(2022, 9, 3), datetime.date(2022, 9, 3), "exact")


def test_a_year_term_alone_stays_the_year():
    item = _item("Отделу культуры в 2022 году провести выставку рисунков.")
    assert (item.due_start, item.due_end, item.deadline_kind) == (
        datetime.date(2022, 1, 1), datetime.date(2022, 12, 31), "year")


@pytest.mark.parametrize(
    "line",
    [
        "Управлению культуры района согласовать список участников конкурса, посвященного юбилею города, на заседании "
        "организационного комитета.",
        "Отделу спорта рассмотреть на заседании рабочей группы вопрос о проведении турнира.",
    ],
)
def test_a_sitting_of_a_body_beside_the_infinitive_is_a_term(line):
    item = _item(line)
    assert item.deadline_kind == "relative"
    assert item.deadline_text.startswith("на заседании ")
    assert item.deadline_text in ("на заседании организационного комитета", "на заседании рабочей группы")


@pytest.mark.parametrize(
    "line",
    [
        "Отделу спорта внести на заседание рабочей группы вопрос о проведении турнира.",
        "Отделу спорта направить предложения для их представления на заседании рабочей группы.",
        "Докладывать по проекту программы на заседании рабочей группы поручить начальнику отдела спорта.",
    ],
)
def test_a_sitting_that_is_no_term(line):
    assert _item(line).deadline_kind == ""


def _controller(line):
    result = parse_resolution(
        "Распоряжение Губернатора края от 1 марта 2021 года\n"
        f"1. Провести смотр художественной самодеятельности.\n2. {line}\n"
    )
    return result.items[1].responsible


def test_titles_of_one_official_named_once():
    assert _controller(
        "Контроль за исполнением настоящего распоряжения возложить на заместителя Губернатора, заместителя "
        "председателя совета края по вопросам молодёжной политики, полномочного представителя Губернатора в "
        "краевом Совете А.Б. Сидорова."
    ) == ["заместителя Губернатора, заместителя председателя совета края по вопросам молодёжной политики, "
          "полномочного представителя Губернатора в краевом Совете А.Б. Сидорова"]


def test_a_title_with_two_genitive_bodies():
    assert _controller(
        "Контроль за исполнением настоящего распоряжения возложить на вице-губернатора - руководителя аппарата "
        "Губернатора и Правительства края Орлова В.Г."
    ) == ["вице-губернатора - руководителя аппарата Губернатора и Правительства края Орлова В.Г."]


def test_officials_each_named_are_a_list():
    assert _controller(
        "Контроль за исполнением настоящего распоряжения возложить на заместителя Губернатора Иванова И.И., "
        "начальника управления культуры края Петрова П.П."
    ) == ["заместителя Губернатора Иванова И.И.", "начальника управления культуры края Петрова П.П."]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Координатором работы по подготовке к юбилею района определить отдел молодёжной политики администрации района.",
         ["отдел молодёжной политики администрации района"]),
        ("Головным исполнителем по проведению праздника назначить комитет по культуре администрации района.",
         ["комитет по культуре администрации района"]),
    ],
)
def test_a_role_first_then_the_one_appointed(line, expected):
    assert _item(line).responsible == expected


@pytest.mark.parametrize(
    "line", ["Местом проведения праздника определить площадь Победы.", "Заказчиком проекта определить администрацию района."]
)
def test_a_place_or_a_role_with_no_task_appoints_no_one(line):
    assert _item(line).responsible == []
