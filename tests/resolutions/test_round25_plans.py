"""Round 25: plans (fresh22's misses, by their family).

- «Май Сбор заявок – до 1 апреля» in a term cell: the event's own term first, then a preparatory step named by a
  noun with a term of its own after a dash; the row's term is the event's.
On text written for the test.
"""

import datetime

from resolutions.parser import parse_resolution

D = datetime.date


def test_a_term_cell_with_a_step_term_after_the_events_own_keeps_the_events():
    text = (
        "План работы районного краеведческого общества\n"
        "на 2012 год\n"
        "№ |\n"
        "мероприятие |\n"
        "исполнители |\n"
        "срок |\n"
        "1 |\n"
        "Провести краеведческие чтения «Родной край» |\n"
        "Совет общества, районный музей |\n"
        "Октябрь\n"
        "Приём докладов – до 15 сентября 2012 г. |\n"
        "2 |\n"
        "Подготовить сборник статей |\n"
        "Совет общества |\n"
        "ноябрь |\n"
    )
    items = parse_resolution(text).items
    assert [item.label for item in items] == ["1", "2"]
    assert (items[0].due_start, items[0].due_end) == (D(2012, 10, 1), D(2012, 10, 31))
    assert (items[1].due_start, items[1].due_end) == (D(2012, 11, 1), D(2012, 11, 30))
