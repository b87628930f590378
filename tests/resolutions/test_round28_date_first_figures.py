"""Round 28: plans written one event a paragraph with the date first, the date in figures.

- «05.03 – Концерт …», «10-12.03 – Выставка …» under the names of the houses of culture holding them: a plan
  flattened to one row a paragraph with no number column and no executor; the rows are items 1, 2, 3 … in order,
  straight through the section headings, each dated by its day of the plan's month and year.
- The rule keeps to plans (a plan's title above the rows): paragraphs opening with a date inside a decree's item
  («01.04 – …», «5 апреля – …») stay its text.
On text written for the test.
"""

import datetime

from resolutions.parser import parse_resolution
from tests.resolutions.shapes import item_window

D = datetime.date


def test_figure_dates_under_section_headings_are_rows_numbered_straight_through():
    text = (
        "План мероприятий учреждений культуры района\n\n"
        "на март 2023 года\n\n"
        "Сосновский СДК\n\n"
        "05.03 – Концерт «Мамам с любовью»\n\n"
        "08.03 – Вечер отдыха для женщин «Весенняя капель»\n\n"
        "10-12.03 – Выставка рукоделия «Золотые руки»\n\n"
        "Лесной сельский клуб\n\n"
        "02.03 – Игровая программа для детей «Весёлые старты»\n\n"
        "18.03 – Час истории «Крым – наш дом»\n\n"
        "27.03 – Театральная гостиная ко Дню театра\n"
    )
    plan = parse_resolution(text)
    assert [(item.label, item.parent) for item in plan.items] == [(str(n), None) for n in range(1, 7)]
    assert all(item.responsible == [] for item in plan.items)
    assert item_window(plan.items[0]) == ("exact", D(2023, 3, 5), D(2023, 3, 5))
    assert item_window(plan.items[2]) == ("range", D(2023, 3, 10), D(2023, 3, 12))
    assert item_window(plan.items[3]) == ("exact", D(2023, 3, 2), D(2023, 3, 2))
    assert item_window(plan.items[5]) == ("exact", D(2023, 3, 27), D(2023, 3, 27))


def test_figure_dates_with_an_executor_after_the_slash():
    text = (
        "ПЛАН РАБОТЫ ОТДЕЛА КУЛЬТУРЫ НА АПРЕЛЬ 2024 ГОДА\n"
        "01.04 – День смеха «Улыбнись!»/Центральный ДК\n"
        "12.04 – Урок космонавтики для школьников/районная библиотека\n"
        "20-21.04 – Весенний субботник в парке\n"
    )
    plan = parse_resolution(text)
    assert [item.label for item in plan.items] == ["1", "2", "3"]
    assert plan.items[0].responsible == ["Центральный ДК"]
    assert plan.items[1].responsible == ["районная библиотека"]
    assert item_window(plan.items[1]) == ("exact", D(2024, 4, 12), D(2024, 4, 12))
    assert item_window(plan.items[2]) == ("range", D(2024, 4, 20), D(2024, 4, 21))


def test_dated_paragraphs_inside_a_decree_item_are_no_rows():
    text = (
        "Постановление администрации района от 20 марта 2024 года\n"
        "ПОСТАНОВЛЯЮ:\n"
        "1. Установить следующий график приёма отчётов:\n"
        "01.04 – отчёты сельских поселений;\n"
        "05.04 – отчёты учреждений образования;\n"
        "10.04 – отчёты учреждений культуры.\n"
        "2. Контроль оставляю за собой.\n"
    )
    plan = parse_resolution(text)
    assert [item.label for item in plan.items] == ["1", "2"]


def test_word_dates_inside_a_decree_item_are_no_plan_rows():
    text = (
        "Постановление администрации поселения от 25 марта 2024 года\n"
        "ПОСТАНОВЛЯЮ:\n"
        "1. Провести месячник по благоустройству в следующем порядке:\n"
        "1 апреля – сход граждан по вопросам благоустройства;\n"
        "5 апреля – уборка улиц и дворов;\n"
        "12 апреля – подведение итогов месячника.\n"
        "2. Контроль за исполнением постановления оставляю за собой.\n"
    )
    plan = parse_resolution(text)
    assert [item.label for item in plan.items] == ["1", "2"]
    assert "5 апреля – уборка улиц и дворов" in plan.items[0].text
