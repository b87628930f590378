"""Structure families of the eleventh round (bench/IMPORT_NOTE.md): items numbered with Roman numerals and
the Arabic items under them, a plan's section heading over its rows, a plan's period column, a plan's
responsible cell repeated at the end of rows, and bare day numbers of a monthly plan. Each on documents
written for the test, with Roman numerals that are headings, quarters or ordinals left alone."""

import datetime

import pytest

from resolutions.parser import parse_resolution
from tests.resolutions.shapes import outline

ROMAN_ITEMS = """\
Решение правления общества любителей книги
г. Тверь, 3 марта 2022 г.
Правление общества РЕШИЛО:
I. Созвать общее собрание членов общества 14–15 мая 2022 г. в читальном зале.
II. Включить в повестку дня собрания следующие вопросы:
1. Отчёт правления за прошлый год.
2. Выборы ревизора.
III. Поручить секретарю Лапиной О.Д. разослать приглашения до 1 апреля 2022 г.
1. Подготовить список членов.
"""


def test_roman_items_are_top_level_and_the_arabic_items_under_them_their_children():
    parsed = parse_resolution(ROMAN_ITEMS)
    assert [(item.label, item.parent) for item in parsed.items] == [
        ("I", None), ("II", None), ("1", "II"), ("2", "II"), ("III", None), ("1", "III"),
    ]
    first = parsed.items[0]
    assert (first.due_start, first.due_end) == (datetime.date(2022, 5, 14), datetime.date(2022, 5, 15))


def test_roman_items_without_arabic_ones_are_a_flat_list():
    text = "Совет решил:\nI. Утвердить смету.\nII. Поручить казначею Белову К.К. оплатить аренду.\nIII. Разное.\n"
    assert outline(text) == [("I", None), ("II", None), ("III", None)]


@pytest.mark.parametrize(
    "text",
    [
        # Chapters of a regulation quoted in the preamble: the items are the Arabic ones after the keyword.
        "В соответствии с разделом I. Общие положения и главой II. Порядок созыва Устава совет РЕШИЛ:\n"
        "1. Созвать собрание.\n2. Поручить секретарю разослать приглашения.\n",
        "Руководствуясь Положением о совете:\nI. Общие положения\nII. Порядок работы\n"
        "совет постановил:\n1. Созвать собрание.\n2. Поручить секретарю разослать приглашения.\n",
        # A regulation's chapters after the items: appended text, not items.
        "Совет постановил:\n1. Утвердить Положение о конкурсе.\n2. Поручить секретарю опубликовать его.\n"
        "I. Общие положения\nII. Порядок проведения конкурса\n",
        # «Глава II», a quarter, an ordinal of a conference.
        "Совет постановил:\n1. Утвердить Главу II. Устава в новой редакции.\n2. Провести отчёт в I квартале.\n"
        "3. Направить делегатов на XII Региональную конференцию.\n",
    ],
)
def test_roman_numerals_that_are_headings_quarters_or_ordinals_are_no_items(text):
    assert outline(text) == [("1", None), ("2", None), *([("3", None)] if "3." in text else [])]


def test_a_roman_numeral_out_of_turn_is_no_item():
    text = "Совет решил:\nI. Утвердить смету.\nIII. Поручить казначею оплатить аренду.\n"
    assert outline(text) == [("I", None)]


PLAN_WITH_SECTIONS = """\
ПЛАН
работы общественного совета при районной библиотеке на 2025 год

№ п/п Мероприятия Период исполнения Ответственный
I. Собрания совета (ежемесячно)
1. Обсуждение плана работы библиотеки на год январь Секретарь общественного совета
2. О подписке на периодические издания Секретарь общественного совета
II. Работа с читателями
1. Встречи с местными авторами февраль Заведующая абонементом
2. Неделя детской книги март Заведующая детским отделом
3. Конкурс чтецов Заведующая абонементом
"""


def test_a_plans_sections_are_items_over_its_rows():
    parsed = parse_resolution(PLAN_WITH_SECTIONS)
    assert [(item.label, item.parent) for item in parsed.items] == [
        ("I", None), ("1", "I"), ("2", "I"), ("II", None), ("1", "II"), ("2", "II"), ("3", "II"),
    ]
    section, first, second = parsed.items[:3]
    # A rhythm in a plan without a date of its own: no window, since the plan's year is not a date.
    assert (section.deadline_kind, section.due_start, section.due_end) == ("recurring", None, None)
    assert (first.due_start, first.due_end) == (datetime.date(2025, 1, 1), datetime.date(2025, 1, 31))
    assert first.responsible == ["Секретарь общественного совета"]
    # A row with no deadline cell ends with a responsible cell read in an earlier row.
    assert second.responsible == ["Секретарь общественного совета"]
    assert second.text.splitlines()[0] == "О подписке на периодические издания"
    assert [item.responsible for item in parsed.items[4:]] == [
        ["Заведующая абонементом"], ["Заведующая детским отделом"], ["Заведующая абонементом"],
    ]


# A plan pasted one cell a paragraph, blank lines between all of them, its number column without a head.
PLAN_WITHOUT_NUMBER_HEAD = """\
План
работы отдела молодёжной политики на июнь

Наименование мероприятий

Срок исполнения

Место проведения

Ответственные

1.

Спортивный праздник ко Дню защиты детей.

01.06.19г.

стадион

п. Заречный

отдел молодёжной политики, ЦДТ, сельские клубы района

2.

Выставка рисунков на асфальте.

03.- 07.06.19г.

школьные дворы

отдел образования, школы района

3.

Встреча с ветеранами.

22.06.19г.

районный музей

Петрова А.А.,

Сидоров Б.Б.

Подпись
"""


def test_a_plan_whose_number_column_has_no_head_is_read_cell_by_cell():
    items = parse_resolution(PLAN_WITHOUT_NUMBER_HEAD).items
    assert [item.label for item in items] == ["1", "2", "3"]
    assert items[0].responsible == ["отдел молодёжной политики", "ЦДТ", "сельские клубы района"]
    assert "Место проведения: стадион п. Заречный" in items[0].text
    assert (items[0].due_start, items[0].due_end) == (datetime.date(2019, 6, 1), datetime.date(2019, 6, 1))
    # Days of one month, the month and year written once after the last day.
    assert (items[1].due_start, items[1].due_end) == (datetime.date(2019, 6, 3), datetime.date(2019, 6, 7))
    assert items[1].deadline_kind == "range"
    # One name a paragraph; the line under the table is no part of the cell.
    assert items[2].responsible == ["Петрова А.А.", "Сидоров Б.Б."]


def test_an_activity_column_head_in_running_text_opens_no_table():
    text = "Совет решил:\nНаименование мероприятий\nуточнить позднее.\n1. Поручить секретарю подготовить смету.\n"
    assert outline(text) == [("1", None)]


MONTHLY_PLAN = """\
План мероприятий
Дома культуры «Юность»
на март 2021 года
№ |
Мероприятие |
Дата (день недели) |
Место |
Ответственный |
1 |
Концерт к Международному женскому дню |
6 (суббота) |
Большой зал |
Орлова Е.П. |
2 |
Мастер-класс по росписи |
10 (среда) |
Кружковая |
Белова Т.С. |
3 |
Вечер поэзии |
21 |
Библиотека |
Орлова Е.П. |
"""


def test_a_day_in_a_monthly_plans_cell_is_a_day_of_the_month_its_heading_names():
    items = parse_resolution(MONTHLY_PLAN).items
    assert [(item.due_start, item.deadline_kind) for item in items] == [
        (datetime.date(2021, 3, 6), "exact"), (datetime.date(2021, 3, 10), "exact"), (datetime.date(2021, 3, 21), "exact"),
    ]
    assert items[0].deadline_text == "6 (суббота)"


@pytest.mark.parametrize(
    ("old", "new"),
    [
        # A heading without a month (a year's plan, a month without its year): a bare day is no date.
        ("на март 2021 года", "на 2021 год"),
        ("на март 2021 года", "на март"),
    ],
)
def test_a_bare_day_without_a_month_in_the_heading_is_no_deadline(old, new):
    items = parse_resolution(MONTHLY_PLAN.replace(old, new)).items
    assert [item.label for item in items] == ["1", "2", "3"]
    assert [item.due_start for item in items] == [None, None, None]


def test_a_day_whose_weekday_is_not_its_own_is_not_read_as_that_day():
    items = parse_resolution(MONTHLY_PLAN.replace("6 (суббота)", "6 (вторник)")).items
    assert items[0].due_start is None
    assert items[1].due_start == datetime.date(2021, 3, 10)
