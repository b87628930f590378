"""Round 25: prose acts (orders, decrees) — fresh23's misses, by their family.

- «Министр |» / «А.Б. Сидоров |» after the items, then an annex with its own numbered list: a signer's post (a common
  noun of people in the nominative, no verb) over the signer's bare name closes the operative text; the annex's
  numbered lines are no items, and the last item's party ends before the signature.
- «Поручить организацию и проведение конкурса ГУК "Дом …"»: after the object the verb governs, an abbreviation in
  capitals (which does not decline) opens the party, unless it stands inside the object's quoted name.
- «Объявить 2016 год Годом кино» / «план мероприятий по проведению в 2016 году Года кино»: the year right before the
  named Year it dates («Года», «Годом», capitalised) is that Year's own, the subject, not a term.
On text written for the test.
"""

import datetime

from resolutions.parser import parse_resolution
from tests.resolutions.shapes import first_item

D = datetime.date


def test_a_post_over_a_bare_name_closes_the_items_before_an_annex():
    text = (
        "В целях поддержки юных художников приказываю:\n"
        "1. Провести областную выставку детского рисунка с 3 по 14 марта 2003 г.\n"
        "2. Утвердить смету расходов на проведение выставки (приложение).\n"
        "3. Контроль за исполнением настоящего приказа возложить на заместителя министра Петрову А.В.\n"
        "Министр |\n"
        "Б.К. Агаев |\n"
        "Смета\n"
        "расходов на проведение выставки детского рисунка\n"
        "1. Изготовление дипломов:\n"
        "20 x 10 = 200 руб.\n"
        "Главный бухгалтер |\n"
        "Н. Орлова |\n"
    )
    items = parse_resolution(text).items
    assert [item.label for item in items] == ["1", "2", "3"]
    assert items[2].responsible == ["заместителя министра Петрову А.В."]
    assert (items[0].due_start, items[0].due_end) == (D(2003, 3, 3), D(2003, 3, 14))


def test_a_deputy_post_with_its_adjective_over_a_surname_first_closes_the_items():
    text = (
        "ПРИКАЗЫВАЮ:\n"
        "1. Отделу музеев подготовить выставку к 1 июня 2010 года.\n"
        "2. Контроль за исполнением приказа оставляю за собой.\n"
        "Первый заместитель министра\n"
        "Кравцов Д.Е.\n"
        "Список участников\n"
        "1. Музей истории города\n"
        "2. Краеведческий музей\n"
        "3. Музей изобразительных искусств\n"
    )
    items = parse_resolution(text).items
    assert [item.label for item in items] == ["1", "2"]
    assert items[0].responsible == ["Отделу музеев"]


def test_an_event_over_the_name_of_the_one_who_holds_it_stays_in_the_item():
    text = (
        "ПОСТАНОВЛЯЮ:\n"
        "1. Провести в районе следующие мероприятия:\n"
        "Выставка книг о войне\n"
        "И.И. Петрова\n"
        "2. Отделу культуры обеспечить их проведение до 1 мая 2015 года.\n"
    )
    items = parse_resolution(text).items
    assert [item.label for item in items] == ["1", "2"]
    assert items[1].responsible == ["Отделу культуры"]


def test_a_charge_whose_object_comes_first_goes_to_the_abbreviated_body_after_it():
    item = first_item('Поручить подготовку и проведение фестиваля МБУК "Районный центр культуры" (Орлова Е.Н.).')
    assert item.responsible == ['МБУК "Районный центр культуры" (Орлова Е.Н.)']


def test_an_abbreviation_inside_the_quoted_name_of_the_object_opens_no_party():
    item = first_item("Поручить проведение конкурса «Лучший СДК района» отделу культуры администрации.")
    assert item.responsible == ["отделу культуры администрации"]


def test_the_year_of_a_named_year_is_no_term():
    text = (
        "Указ от 1 октября 2015 г. № 12\n"
        "ПОСТАНОВЛЯЮ:\n"
        "1. Объявить 2016 год в области Годом кино.\n"
        "2. Правительству области:\n"
        "разработать и утвердить план мероприятий по проведению в 2016 году Года кино;\n"
        "обеспечить его выполнение.\n"
    )
    items = parse_resolution(text).items
    assert [item.label for item in items] == ["1", "2"]
    assert items[1].responsible == ["Правительству области"]
    assert [item.deadline_text for item in items] == ["", ""]


def test_a_year_in_which_a_named_year_is_held_stays_the_term():
    item = first_item("Провести в 2026 году Год народного искусства в районе.")
    assert (item.due_start, item.due_end) == (D(2026, 1, 1), D(2026, 12, 31))
