"""Round 27: a plan table stored one cell a line whose Roman-numbered sections span the table in fewer cells than
a row has («I. Организационные мероприятия |» / «|||» in a four-column table).

The section is an item over the rows under it, as a plan's section is; the header is as wide as a row, not the
header and the section together, so no row is lost.
On text written for the test.
"""

import datetime

from resolutions.parser import parse_resolution
from tests.resolutions.shapes import item_window

D = datetime.date


def test_narrow_section_rows_head_their_rows():
    text = (
        "План мероприятий месячника гражданской обороны в школе\n"
        "№ п/п |\nМероприятие |\nСрок |\nОтветственный |\n"
        "I. Подготовительная работа |\n|||\n"
        "1 |\nСовещание классных руководителей |\n10.03.2024 |\nЗаместитель директора |\n"
        "II. Работа с учащимися |\n|||\n"
        "2 |\nТренировочная эвакуация |\n15.03.2024 |\nПреподаватель-организатор ОБЖ |\n"
        "3 |\nКонкурс плакатов «Будь готов» |\n11.03.2024-22.03.2024 |\nУчитель ИЗО |\n"
    )
    plan = parse_resolution(text)
    assert [(item.label, item.parent) for item in plan.items] == [
        ("I", None), ("1", "I"), ("II", None), ("2", "II"), ("3", "II"),
    ]
    assert plan.items[0].text == "Подготовительная работа"
    assert [item.responsible for item in plan.items] == [
        [], ["Заместитель директора"], [], ["Преподаватель-организатор ОБЖ"], ["Учитель ИЗО"],
    ]
    assert item_window(plan.items[3]) == ("exact", D(2024, 3, 15), D(2024, 3, 15))
    assert item_window(plan.items[4]) == ("range", D(2024, 3, 11), D(2024, 3, 22))
