"""A dative after a noun of giving («присвоения», «передачи», «оказания помощи») is who receives the thing given,
that noun's object; inside an introductory phrase with no comma before it, it names no party, and the party,
if any, comes after it. A dative after a noun of another act («в целях предупреждения пожаров руководителям …»)
still opens the party."""

import pytest

from tests.resolutions.shapes import item_parties as parties


@pytest.mark.parametrize(
    "line",
    [
        # An unknown place adjective (pymorphy3 also reads it as a surname's dative) and its noun, receiving a status.
        "В ходе присвоения кленовскому парку статуса памятника природы, вернуться к рассмотрению вопроса.",
        "При затруднениях в процессе передачи кузьминскому скверу статуса охраняемой территории вернуться к вопросу.",
        "В случае отказа в присвоении ольховскому бору статуса заказника повторно рассмотреть вопрос на сессии.",
    ],
)
def test_a_recipient_of_giving_is_no_party(line):
    assert parties(line) == []


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # The recipient after the thing given, then the party charged.
        ("В целях оказания помощи ветеранам отделу социальной защиты провести обследование условий жизни.",
         ["отделу социальной защиты"]),
        ("В целях выделения средств школам финансовому управлению подготовить расчёты.", ["финансовому управлению"]),
    ],
)
def test_the_party_after_a_recipient(line, expected):
    assert parties(line) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # A dative after a noun of another act, with no comma: the party, as before.
        ("В целях профилактики гриппа медикам поликлиник провести прививки до 1 октября 2021 года.",
         ["медикам поликлиник"]),
        ("В целях предупреждения пожаров руководителям предприятий провести инструктажи.",
         ["руководителям предприятий"]),
        # After a comma the dative phrase is a party, as before.
        ("В связи с ремонтом школы, кленовскому сельскому клубу провести занятия в другом здании.",
         ["кленовскому сельскому клубу"]),
    ],
)
def test_a_dative_party_after_an_introduction_still_found(line, expected):
    assert parties(line) == expected
