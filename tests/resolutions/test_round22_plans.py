"""Round 22: plans' tables read where they were not, and a plan's title.

- «1. | Уборка | 26.09.2024 | » in cells one a line: a row whose last cell (the responsible) is empty is still a
  row, with no party.
- «… 20 апреля -11 мая Отдел …» in a row flattened to one line: days of two months are one span, not the last day.
- «… 2023 2025 гг. Отдел …» in a flattened row: a span of a few years (its dash lost on a web page) is the row's
  term; a span of decades («1920 1960 гг.» in an exhibition's title) is an era the event is about, no term.
- «1. …» / «2. …» / «март 2024 г.» / «май 2024 г.»: date cells stored after the rows they date, in order.
- «№<TAB>Мероприятие<TAB>Ответственный<TAB>Срок»: a tab-separated table is read cell by cell, as a .docx one.
- «ПЛАН» / «мероприятий …» / «Утверждён на заседании …» or «(на 2024 год)»: the note under a plan's title is no
  line of the title.
On text written for the test.
"""

import datetime

from resolutions.parser import parse_resolution
from tests.resolutions.shapes import item_window

D = datetime.date


def test_a_row_whose_last_cell_is_empty_is_still_a_row():
    cells = ["№ п/п |", "Мероприятие |", "Дата |", "Ответственный |"]
    cells += ["1. |", "Уборка школьного двора |", "26.09.2024 |", "|"]
    cells += ["2. |", "Выставка поделок |", "14.10.2024 |", "Учитель труда |"]
    plan = parse_resolution("План мероприятий школы к Дню учителя\n" + "\n".join(cells) + "\n")
    assert [(item.label, item.parent) for item in plan.items] == [("1", None), ("2", None)]
    first, second = plan.items
    assert first.responsible == []
    assert item_window(first) == ("exact", D(2024, 9, 26), D(2024, 9, 26))
    assert "|" not in first.text
    assert second.responsible == ["Учитель труда"]


def test_days_of_two_months_in_a_flattened_row_are_one_span():
    text = (
        "План мероприятий сельской библиотеки на 2021 год\n"
        "№ п/п Наименование мероприятия Сроки исполнения Исполнители\n"
        "1. Книжная выставка «Листая страницы» Март Библиотекарь Петрова А. А.\n"
        "2. Цикл бесед «9 мая в нашем селе» для школьников   20 апреля -11 мая Библиотекарь Петрова А. А.\n"
    )
    second = parse_resolution(text).items[1]
    assert item_window(second) == ("range", D(2021, 4, 20), D(2021, 5, 11))


def test_a_span_of_years_in_a_flattened_row_is_its_term():
    text = (
        "Приложение к распоряжению от 12.03.2023 г. № 15\n\n"
        "План мероприятий отдела культуры\n\n"
        "N Наименование мероприятий Сроки проведения Ответственные\n"
        "1. Ремонт сельских клубов района 2023 2025 гг. Начальник отдела, инженер отдела\n"
        "2. Обновление фондов библиотек района 2023-2024 гг. Заведующий библиотекой\n"
    )
    first, second = parse_resolution(text).items
    assert item_window(first) == ("range", D(2023, 1, 1), D(2025, 12, 31))
    assert first.responsible == ["Начальник отдела", "инженер отдела"]
    assert item_window(second) == ("range", D(2023, 1, 1), D(2024, 12, 31))
    assert second.responsible == ["Заведующий библиотекой"]


def test_an_era_of_decades_in_a_row_is_no_term():
    text = (
        "План мероприятий районного музея на 2023 год\n"
        "N Наименование мероприятий Сроки проведения Ответственные\n"
        "1. Выставка «Село в 1920 1960 гг.» Директор музея\n"
    )
    item = parse_resolution(text).items[0]
    assert not item.deadline_text


def test_an_approval_note_under_a_plan_is_no_line_of_its_title():
    text = (
        "ПЛАН\nмероприятий молодёжного клуба «Родник» к Дню села\n"
        "Утверждён на заседании совета клуба 12 января 2024 года\n\n"
        "№ п/п | Мероприятие | Срок | Ответственный\n"
        "1 | Субботник у клуба | апрель | Совет клуба\n2 | Концерт на площади | 12 июня | Руководитель клуба\n"
    )
    plan = parse_resolution(text)
    assert plan.title == "План мероприятий молодёжного клуба «Родник» к Дню села"
    assert item_window(plan.items[1]) == ("exact", D(2024, 6, 12), D(2024, 6, 12))


def test_a_bracketed_year_under_a_plan_is_no_line_of_its_title_but_dates_it():
    text = (
        "ПЛАН\nработы молодёжного клуба «Родник»\n(на 2024 год)\n\n"
        "№ п/п | Мероприятие | Срок | Ответственный\n"
        "1 | Субботник у клуба | апрель | Совет клуба\n2 | Концерт на площади | 12 июня | Руководитель клуба\n"
    )
    plan = parse_resolution(text)
    assert plan.title == "План работы молодёжного клуба «Родник»"
    assert item_window(plan.items[0]) == ("range", D(2024, 4, 1), D(2024, 4, 30))


def test_a_plans_third_title_line_without_a_note_stays_in_the_title():
    text = (
        "ПЛАН\nмероприятий молодёжного клуба «Родник»\nк 80-летию Победы\n\n"
        "№ п/п | Мероприятие | Срок | Ответственный\n1 | Концерт на площади | 9 мая 2025 г. | Руководитель клуба\n"
    )
    assert parse_resolution(text).title == "План мероприятий молодёжного клуба «Родник» к 80-летию Победы"


def test_date_cells_stored_after_their_rows_date_them_in_order():
    text = (
        "План работы совета ветеранов на 1-е полугодие 2024 года\n\nТема\n\nДата проведения\n\n"
        "1. Заседания совета\n\n"
        "1. О плане работы совета на первое полугодие 2024 года.\n\n"
        "2.«О подготовке к празднованию Дня Победы»;\n\n"
        "3. Об итогах смотра ветеранских организаций.\n\n"
        " февраль 2024 г.\n\n апрель 2024 г.\n\nиюнь 2024 г\n"
    )
    items = parse_resolution(text).items
    assert [(item.label, item.parent) for item in items] == [("1", None), ("1", "1"), ("2", "1"), ("3", "1")]
    assert not items[0].deadline_text
    assert [item_window(item)[1:] for item in items[1:]] == [
        (D(2024, 2, 1), D(2024, 2, 29)), (D(2024, 4, 1), D(2024, 4, 30)), (D(2024, 6, 1), D(2024, 6, 30)),
    ]


def test_dates_after_fewer_rows_than_dates_are_left_alone():
    text = "Решение совета от 3 апреля 2024 года\nрешил:\n1. Одобрить отчёт правления.\n12.04.2024\n15.04.2024\n"
    item = parse_resolution(text).items[0]
    assert item.label == "1"


def test_a_tab_separated_plan_with_the_responsible_column_before_the_term():
    text = (
        "План мероприятий дома культуры на 2024 год\n"
        "№\tМероприятие\tОтветственный\tСрок\n"
        "1\tВечер поэзии\tБиблиотекарь Орлова\tмарт\n"
        "2\tТурнир по шашкам\tИнструктор клуба\tв течение года\n"
    )
    first, second = parse_resolution(text).items
    assert first.responsible == ["Библиотекарь Орлова"]
    assert item_window(first) == ("range", D(2024, 3, 1), D(2024, 3, 31))
    assert second.responsible == ["Инструктор клуба"]
    assert item_window(second) == ("year", D(2024, 1, 1), D(2024, 12, 31))


def test_a_tab_separated_plan_keeps_a_cell_with_no_term():
    text = (
        "План мероприятий дома культуры на 2024 год\n"
        "№\tНаименование мероприятия\tСроки исполнения\tИсполнители\n"
        "1\tВечер поэзии\tянварь – март\tБиблиотекарь Орлова\n"
        "2\tСубботник\tпо отдельному плану\tДиректор дома культуры\n"
    )
    items = parse_resolution(text).items
    assert [item.label for item in items] == ["1", "2"]
    assert items[1].responsible == ["Директор дома культуры"]
    assert items[1].text.startswith("Субботник")
