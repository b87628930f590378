"""A law's articles headed by their word or its abbreviation («Ст.1. – …», «Статья 2. …»): items labelled as
written, without the stop and dash after the number (as a protocol's «п. 1:» is «п. 1»). On text written for the
test, with the readings that must not be taken."""

from resolutions.parser import parse_resolution
from tests.resolutions.shapes import outline

_LAW = (
    "ВЕРХОВНЫЙ СОВЕТ РЕСПУБЛИКИ\nЗАКОН\nоб утверждении Положения о сельских старостах\n"
    "Верховный Совет принимает настоящий закон.\n"
    "Ст.1. – Утвердить Положение о сельских старостах согласно приложению.\n"
    "Ст.2. – Сельским и городским примэриям в трёхмесячный срок привести свои акты в соответствие.\n"
    "Ст.3. – Признать утратившим силу Закон № 12 от 3 марта 1995 года.\n"
    "ПРЕДСЕДАТЕЛЬ Иван ПЕТРЕСКУ\n"
)


def test_articles_abbreviated_with_a_dash_are_items():
    assert outline(_LAW) == [("Ст.1", None), ("Ст.2", None), ("Ст.3", None)]


def test_an_article_opening_with_a_dative_names_who_acts():
    item = parse_resolution(_LAW).items[1]
    assert [party.lower() for party in item.responsible] == ["сельским и городским примэриям"]


def test_articles_written_in_full_are_items():
    text = "ЗАКОН\nСтатья 1. Утвердить Устав города.\nСтатья 2. Настоящий закон вступает в силу со дня опубликования.\n"
    assert outline(text) == [("Статья 1", None), ("Статья 2", None)]


def test_an_article_referred_to_inside_a_line_is_no_item():
    # «ст. 5. Закона» in lower case, and «Ст. 5 Закона» with no stop after the number, are references.
    text = (
        "ПОСТАНОВЛЯЮ:\n1. Утвердить порядок согласно\nст. 5. Закона о местном самоуправлении.\n"
        "Ст. 7 Закона применять в редакции 2010 года.\n2. Контроль оставляю за собой.\n"
    )
    assert outline(text) == [("1", None), ("2", None)]
