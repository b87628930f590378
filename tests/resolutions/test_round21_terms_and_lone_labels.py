"""Round 21: terms and labels of councils' decisions.

- A label alone on its line («3.») labels the text on the next line.
- «накануне 75-й годовщины …», «до начала 2-го тура …»: an event named with an ordinal in figures is still an
  undated event (a relative term).
- «один раз в полугодие», «раз в полгода», «ежеполугодно»: a half-yearly rhythm, due by the end of the current
  half-year; after «далее» a rhythm gives way to the first term the sentence names.
- «на проведение 4 декабря голосования»: a date after «на» and a verbal noun dates the event, not the act.
- «Утвердить форму …, не позднее 9 ноября»: «не позднее» closing the sentence bounds the adoption.
- «предельный срок представления поправок … – 5 марта»: a final term ends on its date, however long its name.
- «Установить, что председательство осуществляется … в течение шести месяцев»: a duration of a rule stated in the
  present is no term.
"""

import datetime

import pytest

from tests.resolutions.shapes import deadline_window, first_item, item_window, outline

D = datetime.date


def test_a_label_alone_on_its_line_labels_the_next_line():
    text = (
        "Решение Совета директоров от 3 апреля 2019 года\nрешил:\n1. Одобрить отчёт правления.\n"
        "2. Направить отчёт\nакционерам общества.\n3.\nРазместить отчёт на сайте\nобщества.\n"
    )
    assert outline(text) == [("1", None), ("2", None), ("3", None)]


def test_a_number_alone_before_lower_case_text_is_no_label():
    text = "Решение Совета от 3 апреля 2019 года\nрешил:\n1. Выделить 12.\nтонн угля школе.\n2. Отчёт принять.\n"
    assert [label for label, _ in outline(text)] == ["1", "2"]


@pytest.mark.parametrize(
    "line",
    [
        "Издать сборник воспоминаний ветеранов накануне 75-й годовщины освобождения города.",
        "Провести проверку списков избирателей до начала 2-го тура голосования.",
    ],
)
def test_an_event_named_with_an_ordinal_in_figures_is_relative(line):
    assert deadline_window(line, reference=D(2019, 4, 3)) == ("relative", None, None)


def test_a_dated_anniversary_is_not_an_undated_event():
    assert deadline_window("Издать сборник накануне 75-й годовщины Победы 9 мая 2020 года.", reference=D(2019, 4, 3)) != (
        "relative", None, None,
    )


@pytest.mark.parametrize(
    ("line", "reference", "end"),
    [
        ("Поручить дирекции раз в полугодие докладывать совету о ходе работ.", D(2019, 4, 3), D(2019, 6, 30)),
        ("Комитету один раз в полгода информировать правление.", D(2019, 9, 10), D(2019, 12, 31)),
        ("Отчитываться перед собранием ежеполугодно.", D(2019, 7, 1), D(2019, 12, 31)),
    ],
)
def test_a_half_yearly_rhythm_is_due_by_the_end_of_the_half_year(line, reference, end):
    assert deadline_window(line, reference=reference) == ("recurring", reference, end)


def test_a_first_term_before_then_and_a_rhythm_is_the_items():
    line = "Представить доклад о ходе реформы. Доклад - до 1 октября 2019 г., далее - ежеквартально."
    assert deadline_window(line, reference=D(2019, 4, 3)) == ("by", None, D(2019, 9, 30))


def test_a_half_year_named_by_its_ordinal_is_no_rhythm():
    assert deadline_window("Провести ревизию во втором полугодии 2019 года.", reference=D(2019, 4, 3)) == (
        "half", D(2019, 7, 1), D(2019, 12, 31),
    )


def test_a_date_after_na_and_a_verbal_noun_dates_the_event():
    item = first_item("Распространить действие Инструкции о выдаче пропусков на проведение 12 июня 2021 года "
                      "праздничного шествия по улицам города.")
    assert item.deadline_text == ""


def test_a_date_after_the_verb_dates_the_act():
    item = first_item("Провести 12 июня 2021 года праздничное шествие по улицам города.")
    assert item_window(item) == ("exact", D(2021, 6, 12), D(2021, 6, 12))


@pytest.mark.parametrize(
    "line",
    [
        "Утвердить текст бланка заявления участника конкурса, не позднее 20.05.2021.",
        "Утвердить список участников слёта не позднее 20 мая 2021 года.",
    ],
)
def test_not_later_than_closing_an_adoption_bounds_it(line):
    assert item_window(first_item(line)) == ("by", None, D(2021, 5, 20))


def test_an_adopted_programme_keeps_its_horizon_as_its_subject():
    assert first_item("Утвердить муниципальную программу развития спорта на период до 2025 года.").deadline_text == ""


def test_a_final_term_named_at_length_ends_on_its_date():
    line = "Установить предельный срок подачи заявок на участие в районном конкурсе – 14 мая 2021 года."
    assert item_window(first_item(line)) == ("by", None, D(2021, 5, 14))


def test_a_date_set_for_an_act_is_its_day():
    item = first_item("Назначить 14 мая 2021 года датой проведения районного конкурса чтецов.")
    assert item_window(item) == ("exact", D(2021, 5, 14), D(2021, 5, 14))


def test_a_duration_a_rule_states_is_no_term():
    line = "Установить, что дежурство в штабе несут представители одного поселения в течение трёх месяцев."
    assert first_item(line).deadline_text == ""


@pytest.mark.parametrize(
    "line",
    [
        "Поручить отделу в течение трёх месяцев подготовить проект положения.",
        "Решить, что комиссия в течение месяца проведёт проверку складов.",
    ],
)
def test_a_term_to_act_within_a_duration_stands(line):
    assert item_window(first_item(line)) == ("by", D(2021, 3, 1), D(2021, 6, 1) if "трёх" in line else D(2021, 4, 1))
