"""Inside a body's «по …» name, an «о» group in the prepositional case running right up to the act's infinitive
says what the field is about («комитету по законодательству о местном самоуправлении»): it is part of the
party. Before a verb of reporting («доложить», «проинформировать») or a verb whose object is a noun of
reporting («представить информацию»), the «о» group is what is reported, and the party ends before it."""

import pytest

from tests.resolutions.shapes import item_parties as parties


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Комиссии по законодательству о муниципальной службе и избирательном праве подготовить заключение.",
         ["Комиссии по законодательству о муниципальной службе и избирательном праве"]),
        ("Комитету по законам об образовании рассмотреть поправки ко второму чтению.",
         ["Комитету по законам об образовании"]),
        # A word glued at an old line end, as published, keeps its place in the name.
        ("Комитету по законодательству о бюджетеокруга и налогах продолжить работу над проектом.",
         ["Комитету по законодательству о бюджетеокруга и налогах"]),
    ],
)
def test_an_about_group_inside_a_field_is_part_of_the_party(line, expected):
    assert parties(line) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # A verb of reporting governs the «о» group.
        ("Отделу по делам молодёжи о проведённом смотре доложить главе района.", ["Отделу по делам молодёжи"]),
        ("Управлению по физической культуре о принятых мерах проинформировать администрацию.",
         ["Управлению по физической культуре"]),
        # A noun of reporting after the verb governs it.
        ("Комитету по культуре о проведённом фестивале представить информацию в администрацию.",
         ["Комитету по культуре"]),
        # No «по» name: the «о» group is the act's, as before.
        ("Администрации поселения о проведённой работе представить отчёт.", ["Администрации поселения"]),
        # The group does not run to the verb (a genitive, a comma): the act's.
        ("Комитету по культуре о ходе подготовки праздника сообщить в газету.", ["Комитету по культуре"]),
    ],
)
def test_an_about_group_that_is_reported_ends_the_party(line, expected):
    assert parties(line) == expected
