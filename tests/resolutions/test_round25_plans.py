"""Round 25: plans (fresh22's misses, by their family).

- «Май Сбор заявок – до 1 апреля» in a term cell: the event's own term first, then a preparatory step named by a
  noun with a term of its own after a dash; the row's term is the event's.
- «N п/п Наименование мероприятия Дата проведения Место проведения Порядок финансирования Ответственные» over rows
  flattened one a line: after the term come the place, the financing cell (found by its key noun, with the
  adjectives before it and a quoted programme's name after it) and the responsible cell, which opens at the next
  capital; the financing and the place are no parties.
On text written for the test.
"""

import datetime

from resolutions.parser import parse_resolution

D = datetime.date


def test_a_term_cell_with_a_step_term_after_the_events_own_keeps_the_events():
    text = (
        "План работы районного краеведческого общества\n"
        "на 2012 год\n"
        "№ |\n"
        "мероприятие |\n"
        "исполнители |\n"
        "срок |\n"
        "1 |\n"
        "Провести краеведческие чтения «Родной край» |\n"
        "Совет общества, районный музей |\n"
        "Октябрь\n"
        "Приём докладов – до 15 сентября 2012 г. |\n"
        "2 |\n"
        "Подготовить сборник статей |\n"
        "Совет общества |\n"
        "ноябрь |\n"
    )
    items = parse_resolution(text).items
    assert [item.label for item in items] == ["1", "2"]
    assert (items[0].due_start, items[0].due_end) == (D(2012, 10, 1), D(2012, 10, 31))
    assert (items[1].due_start, items[1].due_end) == (D(2012, 11, 1), D(2012, 11, 30))


def test_a_flattened_row_with_place_and_financing_before_the_responsible_cell():
    text = (
        "План мероприятий Года театра в районе на 2019 год\n"
        "N п/п Наименование мероприятия Дата проведения Место проведения Порядок финансирования Ответственные\n"
        "1 2 3 4 5 6\n"
        "1. Открытие театрального фестиваля 12 апреля Районный дом культуры Муниципальная целевая программа "
        '"Развитие культуры района на 2018 - 2020 годы" Отдел культуры администрации, МБУК "Районный дом культуры"\n'
        '2. Спектакль народного театра Май Сельский клуб с. Луговое Текущее финансирование учреждения '
        'МБУК "Районный дом культуры"\n'
    )
    items = parse_resolution(text).items
    assert [item.label for item in items] == ["1", "2"]
    assert items[0].responsible == ["Отдел культуры администрации", 'МБУК "Районный дом культуры"']
    assert items[1].responsible == ['МБУК "Районный дом культуры"']
    assert (items[0].due_start, items[0].due_end) == (D(2019, 4, 12), D(2019, 4, 12))
    assert "Порядок финансирования: Текущее финансирование учреждения" in items[1].text
