"""Lettered sub-items in lower case continue their lead-in's sentence («7. Обязать директора т. Н.:» / «а) передать
…;» / «б) подготовить ….»). An unlabelled paragraph after them that opens a new sentence with an infinitive
(«Представить … свои предложения …») is the lead-in party's next task: it belongs to the lead-in's item, with its
term, and the sub-items keep the lead-in's party. A paragraph that continues a sub-item (lower case, or not an
order) stays with it."""

import datetime

from resolutions.parser import parse_resolution
from tests.resolutions.shapes import item_window

_TEXT = (
    "Решение бюро горкома от 2 февраля 1950 года\nПОСТАНОВИЛИ:\n"
    "1. Обязать директора треста столовых т. Смирнова:\n"
    "а) открыть при заводах две новые столовые;\n"
    "б) подготовить к 1 марта 1950 года помещения для буфетов.\n"
    "{after}\n"
    "2. Контроль за исполнением возложить на секретаря горкома т. Орлова.\n"
)


def _items(after):
    return {(i.label, i.parent): i for i in parse_resolution(_TEXT.format(after=after)).items}


def test_an_order_after_the_sub_items_is_the_lead_ins():
    items = _items("Представить бюро горкома 15 февраля 1950 года свои предложения о штатах столовых.")
    assert "Представить бюро" in items[("1", None)].text
    assert "Представить" not in items[("б", "1")].text
    assert item_window(items[("1", None)]) == ("exact", datetime.date(1950, 2, 15), datetime.date(1950, 2, 15))
    assert item_window(items[("б", "1")]) == ("by", None, datetime.date(1950, 3, 1))
    assert items[("б", "1")].responsible == ["директора треста столовых т. Смирнова"]
    assert items[("1", None)].responsible == ["директора треста столовых т. Смирнова"]


def test_a_paragraph_that_is_no_new_order_stays_with_the_sub_item():
    items = _items("помещения принять по акту от завода.")
    assert "по акту" in items[("б", "1")].text
    items = _items("Помещения принять по акту от завода.")
    assert "по акту" in items[("б", "1")].text


def test_an_obyazat_order_in_a_later_sentence_names_the_party():
    text = (
        "Решение бюро горкома от 2 февраля 1950 года\nПОСТАНОВИЛИ:\n"
        "1. Пункты проката лыж передать из ведения горсовета в ведение спорткомитета. Обязать т. Егорова обеспечить "
        "их ремонт.\n2. Контроль за исполнением возложить на секретаря горкома т. Орлова.\n"
    )
    assert parse_resolution(text).items[0].responsible == ["т. Егорова"]
