"""Round 26: prose acts (decrees, orders) — fresh24's misses, by their family.

- «Управлению по кадровой работе, социальной политике и связям собщественными объединениями …»: a body's «по …»
  name may list its fields with commas (each a lower-case field in the dative, no body such as «управлению»); the
  party runs through «связям с …» to its verb, and a one-letter preposition glued to the next word where a space was
  lost is given back glued, as written.
On text written for the test.
"""

import datetime

from tests.resolutions.shapes import first_item

D = datetime.date


def test_a_po_name_listing_fields_with_commas_runs_to_its_verb():
    item = first_item(
        "Отделу по кадровой работе, социальной политике и связям с общественностью администрации района "
        "подготовить отчёт о работе до 15 мая 2021 года."
    )
    assert item.responsible == ["Отделу по кадровой работе, социальной политике и связям с общественностью администрации района"]


def test_a_glued_preposition_inside_the_party_is_kept_as_written():
    item = first_item(
        "Комитету по делам молодёжи и связям собщественными объединениями администрации города "
        "(Н.Н. Петрова)провести 12 июня 2021 г. праздничный концерт на центральной площади."
    )
    assert item.responsible == [
        "Комитету по делам молодёжи и связям собщественными объединениями администрации города (Н.Н. Петрова)"
    ]
    assert (item.due_start, item.due_end) == (D(2021, 6, 12), D(2021, 6, 12))


def test_a_body_after_the_comma_still_opens_a_party_of_its_own():
    item = first_item("Отделу по культуре, управлению образования провести смотр до 1 июня 2021 года.")
    assert item.responsible == ["Отделу по культуре", "управлению образования"]
