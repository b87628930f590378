"""Round 24: plans' tables (fresh22's misses, by their family).

- «Принять участие в …» / «Утверждение плана …» opening a row of a plan is the row's event, not the footer's
  «Принята единогласно»: the rows after it are still items (an unnumbered row between rows is no item).
- «1. Работа с читателями | |||» / «1.1 |» / … in a plan stored one cell a line: the sub-rows' numbers open rows
  as the rows' numbers do, and a numbered heading spanning the row is the section, an item over them.
- «Петрова А.А., заведующие сельскими клубами» in a responsible cell: a participle used as a noun of people opens
  a party after a person; «Сидорова Н.Н.., Орлов П.П.»: a stray second dot after initials is no part of the name.
- «3. | Участие в празднике | Сельские дома культуры | ||»: a row whose cells slid left has its bodies in the term's
  place; they are its responsible, and it has no term.
- «1. Организация выставки … 2. Издание буклета … музея 3. Выпуск открыток …» in one paragraph: a run of a plan's
  items named by nouns goes on at a noun after a lower-case word, as a run of orders does at a verb.
On text written for the test.
"""

import datetime

from resolutions.parser import parse_resolution
from tests.resolutions.shapes import item_window

D = datetime.date


def test_a_row_opening_with_an_infinitive_of_adoption_is_no_footer():
    text = (
        "План работы районного совета ветеранов\n"
        "на 2025 год\n"
        "№ |\n"
        "мероприятие |\n"
        "исполнители |\n"
        "срок |\n"
        "1 |\n"
        "Провести встречу актива совета |\n"
        "Председатель совета |\n"
        "январь |\n"
        "|\n"
        "Принять участие в областной акции «Память» |\n"
        "Совет ветеранов, отдел культуры |\n"
        "май |\n"
        "2 |\n"
        "Утверждение отчёта совета за год |\n"
        "Президиум совета |\n"
        "декабрь |\n"
        "3 |\n"
        "Подготовить сборник воспоминаний |\n"
        "Редакционная группа |\n"
        "IV квартал |\n"
    )
    plan = parse_resolution(text)
    assert [(item.label, item.parent) for item in plan.items] == [("1", None), ("2", None), ("3", None)]
    assert plan.items[1].responsible == ["Президиум совета"]
    assert item_window(plan.items[1]) == ("range", D(2025, 12, 1), D(2025, 12, 31))
    assert plan.items[2].responsible == ["Редакционная группа"]
    assert item_window(plan.items[2]) == ("quarter", D(2025, 10, 1), D(2025, 12, 31))


def test_sub_rows_under_a_numbered_section_stored_a_cell_a_line():
    text = (
        "План мероприятий к юбилею района на 2025 год\n"
        "N |\n"
        "Мероприятие |\n"
        "Срок проведения |\n"
        "Ответственный |\n"
        "1 |\n"
        "2 |\n"
        "3 |\n"
        "4 |\n"
        "1. Работа с читателями | |||\n"
        "1.1 |\n"
        "Книжная выставка о почётных жителях |\n"
        "Март 2025 г. |\n"
        "Районная библиотека |\n"
        "1.2. |\n"
        "Викторина по истории района |\n"
        "Апрель 2025 г. |\n"
        "Сельские библиотеки |\n"
    )
    plan = parse_resolution(text)
    assert [(item.label, item.parent) for item in plan.items] == [("1", None), ("1.1", "1"), ("1.2", "1")]
    section, first, second = plan.items
    assert section.responsible == [] and "|" not in section.text
    assert first.responsible == ["Районная библиотека"]
    assert item_window(first) == ("range", D(2025, 3, 1), D(2025, 3, 31))
    assert second.responsible == ["Сельские библиотеки"]
    assert item_window(second) == ("range", D(2025, 4, 1), D(2025, 4, 30))


def test_a_participle_of_people_and_a_doubled_dot_in_a_responsible_cell():
    text = (
        "План мероприятий на июнь 2025 года\n"
        "№ п/п | Наименование мероприятия | Сроки проведения | Ответственные |\n"
        "1. | Праздник села | 12 июня | Петрова А.А., заведующие сельскими клубами |\n"
        "2. | Выставка рисунков | 20 июня | Сидорова Н.Н.., Орлов П.П. |\n"
    )
    plan = parse_resolution(text)
    assert [item.label for item in plan.items] == ["1", "2"]
    assert plan.items[0].responsible == ["Петрова А.А.", "заведующие сельскими клубами"]
    assert plan.items[1].responsible == ["Сидорова Н.Н.", "Орлов П.П."]


def test_bodies_in_the_term_cell_of_a_row_slid_left_are_its_responsible():
    text = (
        "План мероприятий на 2025 год\n"
        "N п/п | Мероприятие | Время проведения | Ответственный | Сумма, тыс. руб. |\n"
        "1. | Смотр художественной самодеятельности | март | Отдел культуры | - |\n"
        "2. | Участие клубов в районном празднике: | Сельские дома культуры | ||\n"
    )
    plan = parse_resolution(text)
    assert [item.label for item in plan.items] == ["1", "2"]
    assert plan.items[0].responsible == ["Отдел культуры"]
    assert plan.items[1].responsible == ["Сельские дома культуры"]
    assert not plan.items[1].deadline_text


def test_a_run_of_plan_items_named_by_nouns_in_one_paragraph():
    text = (
        "План мероприятий к юбилею районного музея\n"
        "1. Организация выставки «Музей и город» 2. Издание буклета о коллекциях музея 3. Выпуск юбилейных "
        "открыток для ветеранов музея 4. Проведение научной конференции\n"
    )
    plan = parse_resolution(text)
    assert [item.label for item in plan.items] == ["1", "2", "3", "4"]
    assert plan.items[2].text.startswith("Выпуск юбилейных открыток")
