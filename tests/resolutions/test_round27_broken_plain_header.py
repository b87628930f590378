"""Round 27: a plain plan table (no bars, a row a line) under a header broken over several lines (fresh24's miss).

- «№» / «п/п» / «Наименование мероприятия Дата и время» / «проведения» / «Место проведения» over «1.Концерт …»: the
  header's lines, from the number column's head to row 1 written as a plain row, are one header; the rows' cells run
  together («…ветеранов.05.03.2024 – 20.03.2024Дом культуры»), a date glued to the stop after a word set apart.
- «2.Вечер …07.03.2024» / «18:00» / «Дом культуры»: a row's hour on the line under it and its place on the next stay
  the row's; the table goes on with the next row.
On text written for the test.
"""

import datetime

from resolutions.parser import parse_resolution

D = datetime.date


def _windows(plan):
    return [(item.label, item.deadline_kind, item.due_start, item.due_end) for item in plan.items]


def test_rows_under_a_header_broken_over_lines_are_read_with_their_dates():
    text = (
        "План работы городского Дома культуры на март 2024 г.\n"
        "\n"
        "№\n"
        "п/п\n"
        "Наименование мероприятия Дата и время\n"
        "проведения\n"
        "Место проведения\n"
        "1.Фотовыставка «Лица войны», посвященная памяти ветеранов.05.03.2024 – 20.03.2024Дом культуры\n"
        "2.Вечер отдыха «Весенние мелодии» для жителей района07.03.2024\n"
        "18:00\n"
        "Дом культуры\n"
        "3.Концерт «Масленица пришла» на площади 10.03.2024\n"
        "12:00\n"
        "Площадь с. Ивановка\n"
        "4.Выставка «Мастера края»12.03.2024 – 12.04.2024Районный музей\n"
    )
    plan = parse_resolution(text)
    assert _windows(plan) == [
        ("1", "range", D(2024, 3, 5), D(2024, 3, 20)),
        ("2", "exact", D(2024, 3, 7), D(2024, 3, 7)),
        ("3", "exact", D(2024, 3, 10), D(2024, 3, 10)),
        ("4", "range", D(2024, 3, 12), D(2024, 4, 12)),
    ]
    assert all(item.responsible == [] for item in plan.items)
