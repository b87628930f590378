"""Plans' tables written in cells, each ending in «|», whose rows are not all one line: a row broken over several
lines after a header written on one line, with an unnumbered section heading and an empty row between the header
and row 1; and rows that each open with an empty cell, as the header does before its «№». On text written for the
test, with the readings that must not be taken."""

import datetime

from resolutions.parser import parse_resolution
from tests.resolutions.shapes import item_window

_TITLE = "План мероприятий районного дома культуры на 2024 год\n"


def _labels(text):
    return [(item.label, item.parent) for item in parse_resolution(text).items]


def test_rows_broken_over_lines_after_a_section_heading_are_each_read():
    text = _TITLE + (
        "| № | Наименование мероприятия | Срок | Ответственный |\n|\nРабота с молодёжью\n|\n|||\n"
        "| 1 | Турнир по шашкам | Март | Клуб села Озёрки |\n"
        "| 2 |\nКонцерт хора ветеранов |\nМай | Дом культуры посёлка Ключи |\n"
        "| 3 | Выставка рисунков | Июнь | Библиотека села Луговое |\n"
    )
    plan = parse_resolution(text)
    assert [(item.label, item.parent) for item in plan.items] == [("1", None), ("2", None), ("3", None)]
    second = plan.items[1]
    assert second.responsible == ["Дом культуры посёлка Ключи"]
    assert item_window(second) == ("range", datetime.date(2024, 5, 1), datetime.date(2024, 5, 31))


def test_the_section_heading_is_no_item_and_no_cell_of_a_row():
    text = _TITLE + (
        "| № | Наименование мероприятия | Срок | Ответственный |\n|\nРабота с молодёжью\n|\n|||\n"
        "| 1 | Турнир по шашкам | Март | Клуб села Озёрки |\n| 2 | Лекция | Апрель | Клуб села Озёрки |\n"
    )
    plan = parse_resolution(text)
    assert [item.label for item in plan.items] == ["1", "2"]
    assert "Работа с молодёжью" not in plan.items[0].text


def test_rows_opening_with_an_empty_cell_as_the_header_does():
    cells = ["|", "№ |", "Название мероприятия |", "Сроки |", "исполнители |"]
    for number, (title, month) in enumerate([("Лекция", "март"), ("Выставка", "апрель"), ("Концерт", "май")], 1):
        cells += ["|", f"{number} |", f"{title} о родном крае |", f"{month} |", "Отдел культуры |"]
    plan = parse_resolution(_TITLE + "\n".join(cells) + "\n")
    assert [(item.label, item.parent) for item in plan.items] == [("1", None), ("2", None), ("3", None)]
    assert [item.responsible for item in plan.items] == [["Отдел культуры"]] * 3
    assert item_window(plan.items[2]) == ("range", datetime.date(2024, 5, 1), datetime.date(2024, 5, 31))


def test_a_header_broken_over_two_lines_keeps_all_its_columns():
    # «… | Срок |» / «Ответственный |»: the header's first line is narrower than the rows; it is not the header.
    text = _TITLE + (
        "| № | Наименование мероприятия | Срок |\nОтветственный |\n"
        "| 1 | Турнир по шашкам | Март | Клуб села Озёрки |\n| 2 | Лекция | Апрель | Клуб села Ключи |\n"
    )
    plan = parse_resolution(text)
    assert [item.label for item in plan.items] == ["1", "2"]
    assert plan.items[1].responsible == ["Клуб села Ключи"]
