"""Round 27: plans whose date is a heading over each block, the header repeated under it.

- «Дата- 12.09.2019» / «Время Категория Наименование Краткое описание Место проведения, ответственный» / «10-00 Урок
  …» / «Детская библиотека,» / «г. Энск, ул. Мира, 5,» / «Петрова А.С., библиотекарь»: no number column, so the rows
  are items 1, 2, 3 … in order; each is dated by its block's heading (the hour is the event's time), and its last
  paragraph naming a person is its responsible, the person with the post, one party; the place before it is no
  party. A block with two rows, each opening with an hour, gives two items.
On text written for the test.
"""

import datetime

from resolutions.parser import parse_resolution
from tests.resolutions.shapes import item_window

D = datetime.date


def test_date_headings_over_blocks_date_their_rows():
    text = (
        "План работы Детской библиотеки на сентябрь 2019 года\n\n"
        "Дата- 12.09.2019\n"
        "Время Категория Наименование Краткое описание Место проведения, ответственный\n"
        "10-00 Урок краеведения «Мой город» Рассказ об истории города Детская библиотека,\n"
        "г. Энск, ул. Мира, 5,\n"
        "Петрова А.С., библиотекарь отдела обслуживания\n"
        "Дата - 20.09.2019\n"
        "Время Категория Наименование Краткое описание Место проведения, ответственный\n"
        "12-00 Литературная игра «По страницам сказок» Игра для младших школьников Детская библиотека,\n"
        "г. Энск, ул. Мира, 5,\n"
        "Смирнова Е.В., заведующая отделом\n"
        "15-30 Час поэзии «Осенние строки» Чтение стихов Детская библиотека,\n"
        "Смирнова Е.В., заведующая отделом\n"
    )
    plan = parse_resolution(text)
    assert [(item.label, item.parent) for item in plan.items] == [("1", None), ("2", None), ("3", None)]
    assert plan.items[0].responsible == ["Петрова А.С., библиотекарь отдела обслуживания"]
    assert plan.items[1].responsible == ["Смирнова Е.В., заведующая отделом"]
    assert plan.items[2].responsible == ["Смирнова Е.В., заведующая отделом"]
    assert item_window(plan.items[0]) == ("exact", D(2019, 9, 12), D(2019, 9, 12))
    assert item_window(plan.items[1]) == ("exact", D(2019, 9, 20), D(2019, 9, 20))
    assert item_window(plan.items[2]) == ("exact", D(2019, 9, 20), D(2019, 9, 20))


def test_a_date_heading_spelled_in_words():
    text = (
        "План работы библиотеки на октябрь 2021 года\n"
        "Дата - 5 октября 2021 года\n"
        "Время Наименование Место проведения, ответственный\n"
        "14-00 Беседа «Книги о войне» Читальный зал,\n"
        "Орлова Н.П., библиотекарь\n"
        "Дата - 19 октября 2021 года\n"
        "Время Наименование Место проведения, ответственный\n"
        "16-00 Викторина «Знаешь ли ты свой край» Абонемент,\n"
        "Орлова Н.П., библиотекарь\n"
    )
    plan = parse_resolution(text)
    assert [item.label for item in plan.items] == ["1", "2"]
    assert plan.items[1].responsible == ["Орлова Н.П., библиотекарь"]
    assert item_window(plan.items[0]) == ("exact", D(2021, 10, 5), D(2021, 10, 5))
    assert item_window(plan.items[1]) == ("exact", D(2021, 10, 19), D(2021, 10, 19))
