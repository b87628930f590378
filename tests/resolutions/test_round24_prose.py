"""Round 24, prose.

- «в 2021 году на зданиях обеспечить: 24 июня – вывешивание флагов, 26 июня – снятие»: days without a year after a
  year term in the same sentence are the term, in that year (one day exact, several a range from the first to the
  last); the year alone is no longer taken for the whole year.
On text written for the test.
"""

import datetime

from resolutions.parser import parse_resolution


def _item(line, date="от 1 марта 2021 года"):
    result = parse_resolution(
        f"Постановление администрации района {date}\nПОСТАНОВЛЯЮ:\n"
        f"1. Провести смотр художественной самодеятельности.\n2. {line}\n"
    )
    return result.items[1]


def test_days_after_a_year_term_are_the_term():
    item = _item("Руководителям школ в 2021 году на фасадах обеспечить: 12 мая - размещение плакатов, "
                 "15 мая - их снятие.")
    assert (item.due_start, item.due_end, item.deadline_kind) == (
        datetime.date(2021, 5, 12), datetime.date(2021, 5, 15), "range")
    assert item.deadline_text.startswith("12 мая") and item.deadline_text.endswith("15 мая")


def test_one_day_after_a_year_term_is_that_day():
    item = _item("Отделу культуры в 2022 году провести выставку рисунков 3 сентября.")
    assert (item.due_start, item.due_end, item.deadline_kind) == (
        datetime.date(2022, 9, 3), datetime.date(2022, 9, 3), "exact")


def test_a_year_term_alone_stays_the_year():
    item = _item("Отделу культуры в 2022 году провести выставку рисунков.")
    assert (item.due_start, item.due_end, item.deadline_kind) == (
        datetime.date(2022, 1, 1), datetime.date(2022, 12, 31), "year")
