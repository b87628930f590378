"""Plan families of the fifteenth round (bench/IMPORT_NOTE.md, fresh14): the year of a plan for an anniversary
of the Victory, a monthly plan stored a row a line with section rows and a row that lost its place cell, the
plan's month giving the year of its cells, several persons in one responsible cell, and a plan table flattened
into one paragraph. On documents written for the test, with the readings that must not be taken."""

from datetime import date as D

from resolutions.parser import parse_resolution
from resolutions.parties import table_parties
from resolutions.tables import cell_date
from tests.resolutions.shapes import item_window as window


def _anniversary_plan(heading):
    return (
        f"{heading}\n"
        "№ |\nМероприятие |\nДата проведения |\nОтветственный |\n"
        "1 |\nВахта памяти у обелиска |\n9 мая |\nотдел культуры |\n"
        "2 |\nКонкурс чтецов «Строки, опалённые войной» |\n3-7 апреля |\nцентральная библиотека |\n"
        "3 |\nВыставка рисунков |\nфевраль |\nДом детского творчества |\n"
    )


# --- The year of a plan for an anniversary of the Victory ------------------------------------------------------


def test_a_plan_for_the_nth_anniversary_of_the_victory_takes_the_year_1945_plus_n_with_a_reason():
    result = parse_resolution(_anniversary_plan("План мероприятий к 75-летию Победы в Великой Отечественной войне"))
    assert [window(item) for item in result.items] == [
        ("exact", D(2020, 5, 9), D(2020, 5, 9)),
        ("range", D(2020, 4, 3), D(2020, 4, 7)),
        ("range", D(2020, 2, 1), D(2020, 2, 29)),
    ]
    first = result.items[0]
    assert first.confidence == "medium"
    assert any("1945 + 75" in reason for reason in first.confidence_reasons)
    assert result.date is None  # the year completes the cells; it is not the plan's date


def test_the_anniversary_may_be_a_godovshchina_of_the_victory_of_the_soviet_people():
    result = parse_resolution(_anniversary_plan("План мероприятий, посвящённых 80-й годовщине Победы советского народа"))
    assert window(result.items[0]) == ("exact", D(2025, 5, 9), D(2025, 5, 9))


def test_an_anniversary_of_another_event_leaves_the_plan_undated():
    for heading in (
        "План мероприятий к 75-й годовщине освобождения района от немецко-фашистских захватчиков",
        "План мероприятий к 70-летию Победы в Сталинградской битве",
        "План мероприятий к 60-летию образования района",
    ):
        result = parse_resolution(_anniversary_plan(heading))
        assert [window(item) for item in result.items][0] == ("exact", None, None), heading


def test_a_plan_with_a_year_of_its_own_keeps_it_under_an_anniversary_heading():
    heading = "План мероприятий на 2019 год, посвящённых 75-летию Победы в Великой Отечественной войне"
    result = parse_resolution(_anniversary_plan(heading))
    assert window(result.items[0]) == ("exact", D(2019, 5, 9), D(2019, 5, 9))
    assert not any("1945" in reason for reason in result.items[0].confidence_reasons)


# --- A monthly plan stored a row a line -------------------------------------------------------------------------

_MONTHLY = (
    "ПЛАН\n"
    "работы сельского клуба на март 2019 года\n"
    "№ | Мероприятие | Дата | Место | Ответственный |\n"
    "Клуб | ||||\n"
    "1. | Праздничный концерт к 8 Марта. | 07.03.19 15.00 | Зрительный зал | Котова А.И. |\n"
    "2. | Игровая программа для детей. | 12.03.19 12.00 | Фойе | Котова А.И. Белова Т.Н. |\n"
    "3. | Выставка поделок. | в течение месяца | Фойе | Белова Т.Н. |\n"
    "4. | Участие в районном смотре. | март | Белова Т.Н. Котова А.И. | |\n"
    "Библиотека | ||||\n"
    "5. | Обзор новых книг. | Март | Читальный зал | Дроздова Е.В. |\n"
)


def test_a_plan_stored_a_row_a_line_keeps_every_row_and_its_section_rows_are_no_items():
    result = parse_resolution(_MONTHLY)
    assert [(item.label, item.parent) for item in result.items] == [(str(n), None) for n in range(1, 6)]
    assert "Библиотека" not in result.items[3].responsible


def test_each_person_of_a_responsible_cell_is_a_party_and_a_row_without_its_place_cell_keeps_its_responsible():
    result = parse_resolution(_MONTHLY)
    assert result.items[1].responsible == ["Котова А.И.", "Белова Т.Н."]
    assert result.items[3].responsible == ["Белова Т.Н.", "Котова А.И."]


def test_the_month_of_a_monthly_plan_gives_its_cells_their_year_and_whole_month():
    items = parse_resolution(_MONTHLY).items
    assert window(items[2]) == ("range", D(2019, 3, 1), D(2019, 3, 31))  # «в течение месяца»: the plan's month
    assert window(items[3]) == ("range", D(2019, 3, 1), D(2019, 3, 31))
    assert window(items[4]) == ("range", D(2019, 3, 1), D(2019, 3, 31))


def test_in_running_text_v_techenie_mesyatsa_stays_a_month_from_the_documents_date():
    text = "Решение совета от 10 марта 2019 года\nРЕШИЛИ:\n1. Секретарю подготовить отчёт в течение месяца.\n"
    item = parse_resolution(text).items[0]
    assert (item.due_start, item.due_end) != (D(2019, 3, 1), D(2019, 3, 31))


def test_persons_one_after_another_whatever_their_surnames_case_are_each_a_party():
    assert table_parties("Лапшакова Н.Д. Петрова О.В.") == ["Лапшакова Н.Д.", "Петрова О.В."]
    assert table_parties("Иванова Л.С., Сидорова О.В.") == ["Иванова Л.С.", "Сидорова О.В."]
    # an official named after a body stays with it
    assert table_parties("Отдел образования, Петрова О.В.") == ["Отдел образования, Петрова О.В."]


def test_a_name_glued_to_the_next_party_by_a_double_dot_is_two_parties():
    assert table_parties("Петрова А. Б..Кл. руководители") == ["Петрова А. Б.", "Кл. руководители"]


# --- A plan table flattened into one paragraph -----------------------------------------------------------------


def test_a_plan_flattened_into_one_paragraph_is_read_row_by_row():
    text = (
        "План мероприятий к 75-летию Победы. №п/п Мероприятие Дата Ответственный "
        "1. Конкурс чтецов «Память сердца» (5–7 кл.) март Орлова Н. П. "
        "2. Концерт «Песни военных лет» 6 мая Зайцева Т. В. "
        "3. Выставка книг о войне апрель-май Школьная библиотека "
        "4. Митинг у памятника 9 мая Сомова Е. А..Кл. рук. |"
    )
    result = parse_resolution(text)
    assert [item.label for item in result.items] == ["1", "2", "3", "4"]
    assert [item.responsible for item in result.items] == [
        ["Орлова Н. П."], ["Зайцева Т. В."], ["Школьная библиотека"], ["Сомова Е. А.", "Кл. рук"],  # a party loses its closing dot
    ]
    assert [window(item) for item in result.items] == [
        ("range", D(2020, 3, 1), D(2020, 3, 31)),
        ("exact", D(2020, 5, 6), D(2020, 5, 6)),
        ("range", D(2020, 4, 1), D(2020, 5, 31)),
        ("exact", D(2020, 5, 9), D(2020, 5, 9)),
    ]


def test_a_paragraph_naming_columns_without_numbered_rows_after_them_stays_as_it_is():
    text = (
        "Постановление от 5 марта 2019 года\nПОСТАНОВЛЯЮ:\n"
        "1. Утвердить форму отчёта: № п/п, мероприятие, дата, ответственный.\n2. Контроль оставляю за собой.\n"
    )
    assert [item.label for item in parse_resolution(text).items] == ["1", "2"]


def test_a_list_of_days_with_the_month_and_year_written_once_is_a_range_from_the_first_day_to_the_last():
    for cell, first, last in (("05, 12, 19,26. 03.19 18.00-20.00", D(2019, 3, 5), D(2019, 3, 26)),
                              ("02,09. 11.2018", D(2018, 11, 2), D(2018, 11, 9))):
        found = cell_date(cell)
        assert (found.kind, found.start, found.end) == ("range", first, last)
    assert cell_date("1, 2, 3") is None  # numbers with no month are no dates
