"""Round 27: a plan's responsible cell holding two posts side by side with no comma, the second an adjective used as
a post's noun with its duty after a preposition («Зам. директора по УВР Ответственный за сайт школы», «Классный
руководитель Дежурный по школе»): two parties.
On text written for the test.
"""

from resolutions.parties import table_parties


def test_an_adjective_post_after_a_post_opens_a_party():
    assert table_parties("Зам. директора по УВР Ответственный за ведение сайта") == [
        "Зам. директора по УВР", "Ответственный за ведение сайта",
    ]
    assert table_parties("Классный руководитель Дежурный по школе") == ["Классный руководитель", "Дежурный по школе"]


def test_an_adjective_before_its_noun_stays_in_the_post():
    assert table_parties("Ответственный секретарь комиссии") == ["Ответственный секретарь комиссии"]
    assert table_parties("Педагог Ответственный") == ["Педагог Ответственный"]
