"""Round 26: plan tables with no number column, and plans whose cells slid or hold more than one party column.

- «Сроки проведения |» / «Наименование мероприятий |» / … / «03.09 |» / …: a table stored one cell a line, its date
  column first and no number column; the days of the month («03.09», «12.09») read like sub-rows' numbers, but do
  not run in an outline's turn: the rows are items 1, 2, 3 … in order. A numbered table's sub-rows («1.1», «1.2»,
  «1.3») stay its rows.
- «Дата, время» / «Наименование мероприятия» / «Место проведения» / «Ответственный» / «5.05.2024» / «11:00» / …,
  one cell a paragraph with blank lines between and no number column: each row opens with its date paragraph (an
  hour under it is the date cell's); a place's name opening with «ст.», «с.» is its own cell, a paragraph in
  brackets goes on with the cell above.
On text written for the test.
"""

import datetime

from resolutions.parser import parse_resolution
from tests.resolutions.shapes import item_window

D = datetime.date


def test_a_date_first_table_one_cell_a_line_numbers_its_rows():
    text = (
        "План работы сельской библиотеки на сентябрь 2024 г.\n"
        "Сроки проведения |\nНаименование мероприятий |\nЧитатели |\nОтветственные |\n"
        "03.09 |\nЧас памяти «Беслан» |\nШкольники |\nПетрова О.И.\n|\n"
        "12.09 |\nКнижная выставка «Осенний листопад» |\nВсе группы |\nСидорова Л.К. Петрова О.И. |\n"
        "27.09 |\nВикторина «Знатоки природы» |\n|\nКоллектив библиотеки |\n"
    )
    plan = parse_resolution(text)
    assert [(item.label, item.parent) for item in plan.items] == [("1", None), ("2", None), ("3", None)]
    assert plan.items[0].responsible == ["Петрова О.И."]
    assert plan.items[1].responsible == ["Сидорова Л.К.", "Петрова О.И."]
    assert plan.items[2].responsible == ["Коллектив библиотеки"]
    assert item_window(plan.items[0]) == ("exact", D(2024, 9, 3), D(2024, 9, 3))
    assert item_window(plan.items[2]) == ("exact", D(2024, 9, 27), D(2024, 9, 27))


def test_a_date_first_table_one_cell_a_paragraph_numbers_its_rows():
    text = (
        "План мероприятий учреждений культуры района на май 2024 года\n\n"
        "Дата, время\n\nНаименование мероприятия\n\nМесто проведения\n\nОтветственное лицо\n\n"
        "1.05.2024-15.05.2024\n\nРайонная выставка детского рисунка «Весна»\n\nБиблиотеки района\n\n(по графику)\n\n"
        "Отдел культуры\n\n"
        "5.05.2024\n\n11:00\n\nКонцерт хоровых коллективов «Поём вместе»\n\nст.Ивановская, ДК\n\nИ.П.Смирнова\n\n"
        "20.05.2024\n\nФестиваль народного творчества «Родники»\n\nс. Заречное, ДК\n\nМетодический центр\n"
    )
    plan = parse_resolution(text)
    assert [(item.label, item.parent) for item in plan.items] == [("1", None), ("2", None), ("3", None)]
    assert [item.responsible for item in plan.items] == [["Отдел культуры"], ["И.П.Смирнова"], ["Методический центр"]]
    assert item_window(plan.items[0]) == ("range", D(2024, 5, 1), D(2024, 5, 15))
    assert item_window(plan.items[1]) == ("exact", D(2024, 5, 5), D(2024, 5, 5))
    assert item_window(plan.items[2]) == ("exact", D(2024, 5, 20), D(2024, 5, 20))
