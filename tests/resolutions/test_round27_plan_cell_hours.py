"""Round 27: a plan's cell of place, date and hour (fresh24's misses, by family).

- «Стадион «Юность» 6-8 января 12.00», «Городской музей, 5 января, с 09-00 до 17-00»: under «Дата (время и место
  проведения)» a cell joins the place, the date written in words and then the event's hour or opening hours; the
  hours are cut and the date read at the cell's end (a span stays a span, opening hours are no «до» term).
On text written for the test.
"""

import datetime

from resolutions.parser import parse_resolution

D = datetime.date


def _windows(plan):
    return [(item.label, item.deadline_kind, item.due_start, item.due_end) for item in plan.items]


def test_a_place_date_and_hour_cell_reads_its_date_after_cutting_the_hours():
    text = (
        "План зимних мероприятий 2023-2024 г.г.\n"
        "\n"
        "№ | Дата (время и место проведения) | Наименование мероприятия |\n"
        "1 | Центральная площадь 30 декабря 2023 г. 18-00 | Открытие ёлки |\n"
        "2 | Стадион «Юность» 6-8 января 12.00 | Турнир по хоккею |\n"
        "3 | Городской музей, 5 января, с 09-00 до 17-00 | Экскурсии по выставкам |\n"
        "4 | Дом культуры 7 января, в 15.00 | Рождественский концерт |\n"
    )
    plan = parse_resolution(text)
    assert _windows(plan) == [
        ("1", "exact", D(2023, 12, 30), D(2023, 12, 30)),
        ("2", "range", D(2024, 1, 6), D(2024, 1, 8)),
        ("3", "exact", D(2024, 1, 5), D(2024, 1, 5)),
        ("4", "exact", D(2024, 1, 7), D(2024, 1, 7)),
    ]
    assert all(item.responsible == [] for item in plan.items)
