"""A plan's responsible cell: a capitalised word after a settlement's kind is the settlement's name, never a
post of its own, even when it could be a noun of people («Ковали» are smiths, «Кузнецы», «Пастухи»)."""

import pytest

from resolutions.parties import table_parties


@pytest.mark.parametrize("cell, parties", [
    ("Библиотека агрогородка Ковали", ["Библиотека агрогородка Ковали"]),
    ("Клуб деревни Пастухи", ["Клуб деревни Пастухи"]),
    ("Дом культуры с. Кузнецы", ["Дом культуры с. Кузнецы"]),
])
def test_a_settlements_name_is_no_post(cell, parties):
    assert table_parties(cell) == parties


def test_posts_run_together_still_part():
    assert table_parties("Кл. руководители Организатор Библиотекарь") == ["Кл. руководители", "Организатор", "Библиотекарь"]
