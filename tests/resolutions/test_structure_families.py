"""Families of document structure that the unseen sets kept showing in new layouts (bench/IMPORT_NOTE.md,
eighth round): plan tables flattened without one row a line, and items written inside one paragraph. One
test per family and layout, on documents written for the test."""

import datetime

import pytest

from resolutions.parser import parse_resolution
from resolutions.parser_plans import _cell_deadline


def rows(text):
    return [
        (item.label, item.responsible, item.deadline_text, item.due_start, item.due_end)
        for item in parse_resolution(text).items
    ]


# A plan pasted from a web page one cell a line, each cell ending in «|», where a line may hold two cells
# («1 | Смотр строя и песни |») and the header runs over several lines.
PIPE_CELLS_PLACE_AND_DATE = """План мероприятий к Дню защитника Отечества
N п/п |
Наименование мероприятия | Дата и место проведения |
Исполнитель |
1 | 2 | 3 | 4 |
1 | Смотр строя и песни |
Школа N 2, 20 - 22 февраля 2015 г. |
Директор школы |
2 | Выставка поделок |
Районная библиотека |
Заведующая библиотекой |
"""

PIPE_CELLS_RESPONSIBLE_FIRST = """План подготовки к празднику
№ |
Мероприятие | Ответственные |
Срок исполнения |
1 | Уборка территории парка |
Отдел благоустройства |
до 1 мая 2016 г. |
2 | Праздничный концерт |
Дом культуры |
9 мая 2016 г. |
"""


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            PIPE_CELLS_PLACE_AND_DATE,
            [
                ("1", ["Директор школы"], "20 - 22 февраля 2015 г.", datetime.date(2015, 2, 20), datetime.date(2015, 2, 22)),
                ("2", ["Заведующая библиотекой"], "", None, None),
            ],
        ),
        (
            PIPE_CELLS_RESPONSIBLE_FIRST,
            [
                ("1", ["Отдел благоустройства"], "до 1 мая 2016 г.", None, datetime.date(2016, 4, 30)),
                ("2", ["Дом культуры"], "9 мая 2016 г.", datetime.date(2016, 5, 9), datetime.date(2016, 5, 9)),
            ],
        ),
    ],
)
def test_it_reads_a_table_of_cells_ending_in_a_bar_several_to_a_line(text, expected):
    assert rows(text) == expected


# The same kind of plan pasted one fragment a line with no separator: cells broken over lines, blank lines
# anywhere, a number column headed by «п/п» alone.
FRAGMENTS_PLACE_BEFORE_RESPONSIBLE = """План
п/п
Мероприятие
Дата
Место
проведения
Ответственные

1
Торжественное собрание
в честь Дня учителя
05.10.2016
Дом культуры
Кузнецова Е.В.

2
Чествование
ветеранов труда
06.10.2016
07.10.2016

Актовый зал
администрации

Кузнецова Е.В.
Орлов П.С.
Глава района
Сомов К.К.
"""

FRAGMENTS_RESPONSIBLE_BEFORE_DEADLINE = """План мероприятий к юбилею села

№ п/п
Наименование
мероприятия
Исполнители
Срок
исполнения

1
Уборка
территории
Петров А.А.
Сидорова Б.Б.
до 15.05.2015

2

Концерт
самодеятельности

Иванов И.И.

12.06.2015

Глава поселения
Иванов И.И.
"""

FRAGMENTS_GROUPS_APART = """План
№
Мероприятия
Сроки
Место проведения
Ответственный

1
Конкурс
чтецов
До 10.03.2018


Школа искусств

Отдел культуры


2
Фестиваль
хоров
25.03.2018

Дворец
культуры

Отдел культуры
"""


# «№» / «п/п» as two lines, a deadline broken over two lines («в течение» / «года»), bodies for responsible.
FRAGMENTS_BROKEN_DEADLINE = """УТВЕРЖДЕН постановлением от 10.01.2014 № 3
ПЛАН мероприятий на 2014 год
№
п/п
Наименование
мероприятий
Срок
выполнения
Ответственные
исполнители
1.
Заседание
совета ветеранов
в течение
года
Совет ветеранов,
отдел культуры
2.
Смотр-конкурс
художественной
самодеятельности
март
Отдел культуры
"""

# The responsible column before the deadline, a body broken over lines: it starts at the last line
# that opens with a capital.
FRAGMENTS_BODY_BEFORE_DEADLINE = """План работы на 2017 год
№ п/п
Мероприятие
Ответственный
Срок

1.
Субботник
по уборке
территории
Администрация
поселения
апрель

2.
День села
Дом культуры
июль
"""


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            FRAGMENTS_BROKEN_DEADLINE,
            [
                ("1", ["Совет ветеранов", "отдел культуры"], "в течение года", datetime.date(2014, 1, 1), datetime.date(2014, 12, 31)),
                ("2", ["Отдел культуры"], "март", datetime.date(2014, 3, 1), datetime.date(2014, 3, 31)),
            ],
        ),
        (
            FRAGMENTS_BODY_BEFORE_DEADLINE,
            [
                ("1", ["Администрация поселения"], "апрель", datetime.date(2017, 4, 1), datetime.date(2017, 4, 30)),
                ("2", ["Дом культуры"], "июль", datetime.date(2017, 7, 1), datetime.date(2017, 7, 31)),
            ],
        ),
        (
            FRAGMENTS_PLACE_BEFORE_RESPONSIBLE,
            [
                ("1", ["Кузнецова Е.В."], "05.10.2016", datetime.date(2016, 10, 5), datetime.date(2016, 10, 5)),
                (
                    "2", ["Кузнецова Е.В.", "Орлов П.С."], "06.10.2016 07.10.2016",
                    datetime.date(2016, 10, 6), datetime.date(2016, 10, 7),
                ),
            ],
        ),
        (
            FRAGMENTS_RESPONSIBLE_BEFORE_DEADLINE,
            [
                ("1", ["Петров А.А.", "Сидорова Б.Б."], "до 15.05.2015", None, datetime.date(2015, 5, 14)),
                ("2", ["Иванов И.И."], "12.06.2015", datetime.date(2015, 6, 12), datetime.date(2015, 6, 12)),
            ],
        ),
        (
            FRAGMENTS_GROUPS_APART,
            [
                ("1", ["Отдел культуры"], "До 10.03.2018", None, datetime.date(2018, 3, 9)),
                ("2", ["Отдел культуры"], "25.03.2018", datetime.date(2018, 3, 25), datetime.date(2018, 3, 25)),
            ],
        ),
    ],
)
def test_it_reads_a_table_pasted_one_fragment_a_line(text, expected):
    assert rows(text) == expected


def test_a_fragment_table_keeps_the_activity_whole_and_the_signature_out():
    result = parse_resolution(FRAGMENTS_PLACE_BEFORE_RESPONSIBLE)
    assert [item.text.split("\n")[0] for item in result.items] == [
        "Торжественное собрание в честь Дня учителя", "Чествование ветеранов труда",
    ]
    assert "Сомов" not in result.items[-1].text


def test_a_header_without_deadline_column_is_no_fragment_table():
    text = "п/п\nФамилия\nДолжность\n\n1\nИванов И.И.\nдиректор\n"
    assert parse_resolution(text).items == []


@pytest.mark.parametrize(
    ("cell", "start", "end"),
    [
        ("30.11.2007 01.12.2007", datetime.date(2007, 11, 30), datetime.date(2007, 12, 1)),
        ("Дом культуры села Ивановка 3 - 5 июля 2011 г.", datetime.date(2011, 7, 3), datetime.date(2011, 7, 5)),
        ("14 февраля 2012 г. Актовый зал", datetime.date(2012, 2, 14), datetime.date(2012, 2, 14)),
    ],
)
def test_a_plan_cell_of_two_dates_or_of_place_and_date(cell, start, end):
    deadline = _cell_deadline(cell, datetime.date(2007, 1, 1))
    assert (deadline.start, deadline.end) == (start, end)


def test_a_place_cell_without_a_date_has_no_deadline():
    assert _cell_deadline("Районная библиотека", datetime.date(2015, 1, 1)) is None


# Items written inside one paragraph, sub-items («1.1.») among them, and a lead-in that names the party.
ONE_PARAGRAPH_ORDER = (
    "Распоряжение главы района от 1 марта 2012 г. № 5 О подготовке к паводку В связи с угрозой подтопления "
    'обязываю: 1. Начальникам отделов "Сельское хозяйство" и "Строительство" Петрову А.В. и Сидоренко Н.Н.: '
    "1.1. Провести обследование дамб до 1 апреля 2012 года. 1.2. Обеспечить дежурство техники. "
    "2. Контроль за исполнением распоряжения оставляю за собой."
)


def test_it_splits_items_and_sub_items_written_in_one_paragraph():
    result = parse_resolution(ONE_PARAGRAPH_ORDER)
    assert [(item.label, item.parent) for item in result.items] == [("1", None), ("1.1", "1"), ("1.2", "1"), ("2", None)]
    party = 'Начальникам отделов "Сельское хозяйство" и "Строительство" Петрову А.В. и Сидоренко Н.Н.'
    assert [item.responsible for item in result.items[:3]] == [[party], [party], [party]]
    assert result.items[1].due_end == datetime.date(2012, 3, 31)


@pytest.mark.parametrize(
    ("text", "labels"),
    [
        # A lone item announced by a colon: a list of one, the rest cut from the page.
        (
            "Отчёт о заседании правления 10 марта 2019 года. Присутствовали: Иванов, Петров. Ход заседания: "
            "1. Об отчётах комиссий. Председатель предлагает заслушивать отчёт каждой комиссии на заседании.",
            ["1"],
        ),
        ("Протокол собрания. Обсуждали: 1. Выборы старосты. Старостой избрана Иванова А.А.", ["1"]),
        # A lone «1.» in running text, or after an agenda's colon, is no item.
        ("Решение. На основании п. 2. Устава и ст. 1. Закона совет решил поддержать инициативу.", []),
        ("Протокол заседания совета. Повестка дня: 1. О проведении праздника. Выступили члены совета.", []),
        ("Протокол заседания совета. Выступили: 1. Иванов И.И. о празднике.", []),
        ("Совет отметил. 1. Работа проведена. Решили продолжить её.", []),
    ],
)
def test_a_lone_item_counts_when_a_colon_announces_it(text, labels):
    assert [item.label for item in parse_resolution(text).items] == labels


@pytest.mark.parametrize(
    "text",
    [
        "Совет решил: 1. Внести изменения в п. 1.1. Положения о совете. 2. Опубликовать решение.",
        "Совет решил: 1. Внести изменения в пункт 1.1. Положения о совете. 2. Опубликовать решение.",
        "Совет решил: 1. Дополнить ст. 1.1. Устава словами «и другие». 2. Опубликовать решение.",
    ],
)
def test_a_point_referred_to_inside_an_item_is_no_sub_item(text):
    assert [item.label for item in parse_resolution(text).items] == ["1", "2"]


# Names in quotes, and the named members of a group of people, joined by «и» inside one party.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Руководителям администраций сельских поселений «Ивановское» и «Петровское» провести сходы.",
         ["Руководителям администраций сельских поселений «Ивановское» и «Петровское»"]),
        ('Главам муниципальных образований "Город Энск" и "Посёлок Верхний" обеспечить уборку улиц.',
         ['Главам муниципальных образований "Город Энск" и "Посёлок Верхний"']),
        ("Начальникам отделов Смирновой А.А. и Котову Б.Б. подготовить отчёты.",
         ["Начальникам отделов Смирновой А.А. и Котову Б.Б."]),
        # Two bodies stay two parties.
        ("Отделу образования и отделу культуры провести конкурс.", ["Отделу образования", "отделу культуры"]),
    ],
)
def test_quoted_names_and_named_members_joined_by_i_stay_one_party(text, expected):
    assert parse_resolution(f"ПОСТАНОВЛЕНИЕ\n1. {text}").items[0].responsible == expected


@pytest.mark.parametrize(
    ("text", "end"),
    [
        ("Перенести сроки проведения ярмарки с 15.08.2010 на 22.08.2010.", None),
        ("Перенести дату выборов с 5 сентября 2010 года на 12 сентября 2010 года.", None),
        # Moving an event schedules it; so does setting a new term without the old one.
        ("Перенести заседание комиссии на 20 сентября 2010 года.", datetime.date(2010, 9, 20)),
        ("Перенести срок представления отчётов на 20 сентября 2010 года.", datetime.date(2010, 9, 20)),
    ],
)
def test_moving_dates_is_done_at_once(text, end):
    assert parse_resolution(f"ПОСТАНОВЛЕНИЕ от 1 августа 2010 г.\n1. {text}").items[0].due_end == end


def test_an_abbreviation_ending_a_sentence_does_not_hide_the_next_item():
    text = "Совет решил: 1. Убрать мусор, листву и т.п. 2. Рекомендовать жителям убрать дворы."
    assert [item.label for item in parse_resolution(text).items] == ["1", "2"]


def test_a_header_cell_broken_over_lines_is_one_column_even_without_blank_lines():
    text = (
        "План на 2015 год\nп/п\nМероприятие\nСрок\nМесто\nпроведения\nОтветственный\n"
        "1\nУборка\nпарка\nдо 1 мая\nДом культуры\nИванов И.И.\n"
        "2\nКонцерт\n9 мая\nПлощадь\nПетрова А.А.\n"
    )
    assert rows(text) == [
        ("1", ["Иванов И.И."], "до 1 мая", None, datetime.date(2015, 4, 30)),
        ("2", ["Петрова А.А."], "9 мая", datetime.date(2015, 5, 9), datetime.date(2015, 5, 9)),
    ]
