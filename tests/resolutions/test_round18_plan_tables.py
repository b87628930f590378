"""Plan tables of the eighteenth round's set (fresh17), on rows written for the test: a section's heading under a
Roman numeral between rows written a row a line with «|»; a month named with several years in a time-and-place
cell; a day line («3 мая, среда») over the row it dates in a plan flattened into one paragraph, and a weekday that
is never a party. With the readings that must not be taken."""

from datetime import date as D

from resolutions.parser import parse_resolution
from resolutions.tables import cell_date
from tests.resolutions.shapes import item_window, outline

_HEAD = "№ п/п | Наименование мероприятий | Сроки и место проведения | Ответственные |\n"


def test_a_roman_section_row_between_rows_a_line_heads_them():
    text = (
        _HEAD
        + "I. Работа с молодёжью |\n"
        + "1. | Слёт волонтёров | Май 2016 года, г. Курган | Управление культуры |\n"
        + "2. | Турнир по шахматам | Июнь 2016 года | Управление спорта, Центр досуга |\n"
        + "II. Работа с ветеранами |\n"
        + "1. | Встреча поколений | Июль 2016 года | Совет ветеранов |\n"
    )
    parsed = parse_resolution(text)
    assert outline(text) == [("I", None), ("1", "I"), ("2", "I"), ("II", None), ("1", "II")]
    assert parsed.items[2].responsible == ["Управление спорта", "Центр досуга"]
    assert item_window(parsed.items[1]) == ("range", D(2016, 5, 1), D(2016, 5, 31))


def test_a_one_cell_line_that_is_no_roman_heading_is_no_section_row():
    # A row a line whose one cell is no section heading keeps the older reading: not a table of rows a line.
    text = _HEAD + "Всего: 2 |\n1. | Слёт волонтёров | Май 2016 года | Управление культуры |\n"
    assert [label for label, _ in outline(text)] == ["1"]


def test_a_month_with_several_years_spans_from_the_first_to_the_last():
    deadline = cell_date("Октябрь 2018, 2020 годов")
    assert (deadline.kind, deadline.start, deadline.end) == ("range", D(2018, 10, 1), D(2020, 10, 31))
    deadline = cell_date("март 2015, 2016 и 2017 гг.")
    assert (deadline.start, deadline.end) == (D(2015, 3, 1), D(2017, 3, 31))


def test_a_month_with_several_years_before_the_place_in_a_table_row():
    text = _HEAD + "1. | Слёт волонтёров | Октябрь 2018, 2020 годов г. Курган | Управление культуры |\n"
    assert item_window(parse_resolution(text).items[0]) == ("range", D(2018, 10, 1), D(2020, 10, 31))


def test_a_month_with_one_year_or_years_out_of_order_stays_as_it_was():
    deadline = cell_date("Октябрь 2018 года")
    assert (deadline.start, deadline.end) == (D(2018, 10, 1), D(2018, 10, 31))
    assert cell_date("Октябрь 2020, 2018 годов") is None


_FLAT = (
    "План работы Центра народного творчества (май 2023 г.)\n"
    "Май 2023 г. № п/п Дата Мероприятие Место проведения 3 мая среда 1. 11.00-13.00 Клуб «Истоки». Мастер-класс "
    "по росписи. Зал 4 2. 14.00-16.00 Хоровой коллектив «Лада». Отчётный концерт. Зал 1,2 12 мая пятница "
    "3. 18.00-20.00 Общество «Память». Вечер «Песни 1945 года: одна судьба, одна страна». Зал 3 "
    "16 мая вторник 4. 17.00-19.00 Выставка «Ремёсла народов Поволжья». Фойе 2"
)


def test_a_day_line_in_a_flattened_plan_dates_the_row_under_it():
    parsed = parse_resolution(_FLAT)
    assert [item.label for item in parsed.items] == ["1", "2", "3", "4"]
    windows = [item_window(item) if item.deadline_text else None for item in parsed.items]
    # Row 2 shares row 1's day, which the flattened text does not repeat.
    assert windows == [
        ("exact", D(2023, 5, 3), D(2023, 5, 3)),
        None,
        ("exact", D(2023, 5, 12), D(2023, 5, 12)),
        ("exact", D(2023, 5, 16), D(2023, 5, 16)),
    ]


def test_a_plan_without_a_responsible_column_charges_no_one():
    # Neither the weekdays nor the words after a colon in an event's title are parties.
    assert [item.responsible for item in parse_resolution(_FLAT).items] == [[], [], [], []]


def test_a_weekday_after_a_rows_date_is_the_dates_not_a_party():
    text = "№ п/п Мероприятие Дата Ответственный\n1. Фестиваль ремёсел 12 марта, суббота Кольцова Е.Л.\n"
    item = parse_resolution(text).items[0]
    assert item.responsible == ["Кольцова Е.Л."]
    assert item.deadline_text.startswith("12 марта")


def test_a_responsible_column_keeps_its_cells():
    # Unchanged: under a header naming the responsible column, the cell after the date is the party.
    text = "№ п/п Мероприятие Дата Ответственный\n1. Фестиваль ремёсел 12 марта 2022 г. Отдел культуры\n"
    assert parse_resolution(text).items[0].responsible == ["Отдел культуры"]


def test_a_date_and_a_word_that_is_no_weekday_make_no_day_line():
    # «3 мая Иванов» is no day's group row: the flattened rows keep their own text.
    text = "№ п/п Дата Мероприятие Место 1. Концерт. Зал 2 3 мая Иванов 2. Лекция. Зал 1"
    items = parse_resolution(text).items
    assert [item.label for item in items] == ["1", "2"]
    assert not items[1].deadline_text
