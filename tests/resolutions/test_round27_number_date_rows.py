"""Round 27: plan tables flattened to paragraphs, each row opening with its number and date on one line.

- «Дата и время Наименование мероприятия … Место» / «проведения» / «Ответственный» over rows «1 05.03. 18.00 Вечер
  …» / «хор «Рябинушка» (взрослые – 30 чел)» / «Малый зал Художественный руководитель» / «Кузнецова Е.П.»: each row runs
  to the next number; its day is its term in the plan's month and year, the hour beside it (or in its own
  paragraph, «в 12.00») the event's time; its last paragraphs, from the first post on, are its responsible, each
  person with the post before it («Директор ДК — Петрова О.В.»), one party a person.
On text written for the test.
"""

import datetime

from resolutions.parser import parse_resolution
from tests.resolutions.shapes import item_window

D = datetime.date


def test_rows_with_number_date_and_hour_on_one_line_under_a_broken_header():
    text = (
        "Координационный план МКУ «Центр досуга «Заречье» на МАРТ 2024 года\n\n"
        "Дата и время Наименование и форма проведения мероприятия, количество участников Место\n\n"
        "проведения\n\n"
        "Ответственный\n"
        "1 05.03. 18.00 Праздничный вечер «Весенняя капель»\n\n"
        "хор «Рябинушка» (взрослые – 30 чел)\n\n"
        "Малый зал Художественный руководитель\n\n"
        "Кузнецова Е.П.\n\n"
        "2 12.03. 11.00 Мастер-класс «Сувенир своими руками»\n\n"
        "(дети – 15 чел)\n\n"
        "«Творческая мастерская» Руководитель кружка\n\n"
        "Белова Т.А.\n"
    )
    plan = parse_resolution(text)
    assert [(item.label, item.parent) for item in plan.items] == [("1", None), ("2", None)]
    assert plan.items[0].responsible == ["Художественный руководитель Кузнецова Е.П."]
    assert plan.items[1].responsible == ["Руководитель кружка Белова Т.А."]
    assert item_window(plan.items[0]) == ("exact", D(2024, 3, 5), D(2024, 3, 5))
    assert item_window(plan.items[1]) == ("exact", D(2024, 3, 12), D(2024, 3, 12))


def test_several_posts_with_dashed_names_and_the_hour_in_its_own_paragraph():
    text = (
        "План основных мероприятий МБУ «Клуб «Радуга» на МАЙ 2023 года\n\n"
        "Дата\n\nВремя\n\nНаименование мероприятия, возрастная категория\n\nМесто\n\nпроведения\n\nОтветственный\n"
        "1 09.05\n\n"
        "в 10.00\n\n"
        "Митинг у памятника воинам-освободителям (200 чел.)\n\n"
        "Площадь Директор клуба — Орлова Н.В.\n\n"
        "Зав.детским сектором\n\n"
        "«Непоседы» — Громова С.И.\n\n"
        "2 20.05\n\n"
        "в 14.00\n\n"
        "Концерт «Песни весны» (80 чел.)\n\n"
        "Зрительный зал Художественный руководитель — Лебедев А.А.\n"
    )
    plan = parse_resolution(text)
    assert [item.label for item in plan.items] == ["1", "2"]
    assert plan.items[0].responsible == ["Директор клуба — Орлова Н.В.", "Зав.детским сектором «Непоседы» — Громова С.И."]
    assert plan.items[1].responsible == ["Художественный руководитель — Лебедев А.А."]
    assert item_window(plan.items[0]) == ("exact", D(2023, 5, 9), D(2023, 5, 9))
    assert item_window(plan.items[1]) == ("exact", D(2023, 5, 20), D(2023, 5, 20))
