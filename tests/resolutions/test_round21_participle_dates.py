"""Inside a participle's clause set off by commas, a preposition and a date that the clause's closing comma
follows belong to the clause («…, проводящим конкурс на 20 мая 2031 года, …»): the date says when the
participle's act takes place; the act's own term, if any, comes after that comma. A date after «до», «к», «по»
or «через», or one not closed by the clause's comma, is the act's term and ends the party, as before."""

import pytest

from tests.resolutions.shapes import first_item
from tests.resolutions.shapes import item_parties as parties


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Школам района, проводящим смотр строя и песни на 20 мая 2031 года, в срок до 1 мая 2031 года "
         "представить списки участников.",
         ["Школам района, проводящим смотр строя и песни на 20 мая 2031 года"]),
        ("Сельским поселениям, назначившим сходы граждан на 14.09.2031, не позднее 1 сентября 2031 года "
         "направить сведения в отдел.",
         ["Сельским поселениям, назначившим сходы граждан на 14.09.2031"]),
        ("Учреждениям культуры, участвующим в фестивале с 3 июня 2031 года, обеспечить подготовку коллективов.",
         ["Учреждениям культуры, участвующим в фестивале с 3 июня 2031 года"]),
    ],
)
def test_a_date_inside_a_participle_clause_is_part_of_the_party(line, expected):
    assert parties(line) == expected


def test_the_term_after_the_clause_stays_the_items():
    item = first_item("Школам района, проводящим смотр на 20 мая 2031 года, не позднее 1 мая 2031 года "
                      "представить списки участников.")
    assert str(item.due_end) == "2031-05-01"


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # A term's preposition: the date is the act's term, whatever the commas.
        ("Предприятиям, обслуживающим пригородные маршруты до 1 июля 2031 года, представить графики движения.",
         ["Предприятиям, обслуживающим пригородные маршруты"]),
        # No comma closes the clause after the date: the date is the act's.
        ("Школам, участвующим в конкурсе с 1 марта 2031 года представить заявки.", ["Школам, участвующим в конкурсе"]),
        # The clause closed before the date: the date is the act's.
        ("Организациям, обслуживающим жилой фонд, на 1 октября 2031 года представить паспорта готовности.",
         ["Организациям, обслуживающим жилой фонд"]),
    ],
)
def test_a_date_outside_the_clause_is_no_part_of_the_party(line, expected):
    assert parties(line) == expected
