"""Round 25: monthly plans of libraries and houses of culture whose columns are told by their headings and cells.

- «Мероприятие» / «Дата» / «Место» / «Ответственный» / «Клуб Юность» / «1.» / …, one cell a paragraph: the fragment
  naming a unit right before row 1 is the section the rows belong to, not a fifth column, so the persons' names
  («Котова А.И.» / «Зуева Л.П.») are the responsible cell and the place («Сцена, фойе») is no party; the hour under
  the date («12.05.25» / «17.00») is the date cell's, not the place's.
- «Сроки исполнения» / «(месяц)»: a remark in brackets under a heading is that column's; a column «Где проводится,
  ответственный» holds the place and then the person («Сельская школа, Котова А.И.»): only the person is a party.
- «План работы МУК «ЦБС» май 2025 год»: the month after the plan's quoted name is the plan's, dating «12 мая».
- «Название мероприятия | … | Ответственный | |» over «1 | «Память…» | …»: a header with no head over the number
  column; the cells after the number are its columns. «ЦБ Орлова А Б Соколова В Г»: a unit and two or more persons
  (initials without dots, too) are each a party; «ЦБ» alone on a line of the cell is one too, and the plan's title
  right above the table («… на май 2025 года», below a poem) gives the month.
On text written for the test.
"""

import datetime

from resolutions.parser import parse_resolution
from tests.resolutions.shapes import item_window

D = datetime.date


def test_a_units_name_before_row_one_is_a_section_not_a_column():
    text = (
        "План работы клуба на май 2025 года\n\n"
        "Мероприятие\n\nДата\n\nМесто\n\nОтветственный\n\n"
        "Клуб Юность\n\n"
        "1.\n\nКонцерт ко Дню Победы.\n\n08.05.25\n\n17.00\n\nСцена, фойе\n\nКотова А.И.\n\nЗуева Л.П.\n\n"
        "2.\n\nИгровая программа для детей.\n\n15.05.25\n\n11.00\n\nМалый зал\n\nЗуева Л.П.\n\n"
        "3.\n\nВыставка рисунков «Весна».\n\n20.05.25\n\n12.00\n\nФойе\n\nКотова А.И.\n"
    )
    plan = parse_resolution(text)
    assert [(item.label, item.parent) for item in plan.items] == [("1", None), ("2", None), ("3", None)]
    assert plan.items[0].responsible == ["Котова А.И.", "Зуева Л.П."]
    assert plan.items[1].responsible == ["Зуева Л.П."]
    assert plan.items[2].responsible == ["Котова А.И."]
    assert item_window(plan.items[0]) == ("exact", D(2025, 5, 8), D(2025, 5, 8))
    assert item_window(plan.items[2]) == ("exact", D(2025, 5, 20), D(2025, 5, 20))
    assert plan.items[0].text.splitlines()[1] == "Место: Сцена, фойе"


def test_a_place_and_a_person_in_one_cell_under_a_where_and_who_heading():
    text = (
        "План работы МУК «ЦБС» май 2025 год\n\n"
        "Наименование мероприятий\n\n(форма проведения)\n\n"
        "Сроки исполнения\n\n(месяц)\n\n"
        "Участники мероприятий\n\n(дети, молодежь, пенсионеры)\n\n"
        "Где проводится, ответственный за проведение\n\n(б-ка, Ф. И. О.)\n\n"
        "1\n\nЧас истории «Память жива»\n\n6 мая\n\nУчащиеся школы\n\nСельская школа, Котова А.И.\n\n"
        "2\n\nКнижная выставка «Весна Победы»\n\n12 мая\n\nЧитатели\n\nБиблиотека с.Заречье, Котова А.И.\n\n"
        "3\n\nГромкие чтения «Стихи о войне»\n\n20 мая\n\nКлуб «Книголюб»\n\nБиблиотека с.Заречье Котова А.И.\n"
    )
    plan = parse_resolution(text)
    assert [(item.label, item.parent) for item in plan.items] == [("1", None), ("2", None), ("3", None)]
    assert [item.responsible for item in plan.items] == [["Котова А.И."]] * 3
    assert item_window(plan.items[0]) == ("exact", D(2025, 5, 6), D(2025, 5, 6))
    assert item_window(plan.items[1]) == ("exact", D(2025, 5, 12), D(2025, 5, 12))


def test_a_header_without_a_number_head_over_rows_that_open_with_their_number():
    text = (
        "План работы на май\n\n"
        "Весна пришла, и сад проснулся,\n"
        "И в поле зацвели цветы,\n"
        "И лес от сна зимы очнулся,\n"
        "И стали ярче все мечты.\n"
        "Ручьи бегут по косогору,\n"
        "И птичий гомон до утра,\n"
        "И солнце светит на просторы,\n"
        "И к нам пришла уже пора.\n"
        "Сирень цветёт в саду у дома,\n"
        "И яблонь белый хоровод,\n"
        "И всё вокруг давно знакомо,\n"
        "И снова май к нам в дом идёт.\n"
        "Н. Поэтов\n"
        "План работы МБУК «Районная ЦБ» на май 2025 года\n"
        "| Название мероприятия | Форма проведения | Место проведения | Сроки проведения | Ответственный | |\n"
        "| ЦБ | |||||\n"
        "| 1 | «Память сильнее времени»\nко Дню Победы |\nчас памяти | ЦБ | 7 мая\n12.00ч |\n"
        "ЦБ Орлова А Б\nСоколова В Г |\n"
        "| 2 | «Книжная радуга» | выставка | ЦБ | 15 мая\n10.00ч |\nЦБ\nСоколова В Г |\n"
        "| 3 | «Славянская письменность» | урок | ЦБ | 24 мая\n11.00ч |\nЦБ\nОрлова А Б Соколова В Г |\n"
    )
    plan = parse_resolution(text)
    assert [(item.label, item.parent) for item in plan.items] == [("1", None), ("2", None), ("3", None)]
    assert plan.items[0].responsible == ["ЦБ", "Орлова А Б", "Соколова В Г"]
    assert plan.items[1].responsible == ["ЦБ", "Соколова В Г"]
    assert plan.items[2].responsible == ["ЦБ", "Орлова А Б", "Соколова В Г"]
    assert item_window(plan.items[0]) == ("exact", D(2025, 5, 7), D(2025, 5, 7))
    assert item_window(plan.items[2]) == ("exact", D(2025, 5, 24), D(2025, 5, 24))
    assert plan.items[0].text.startswith("«Память сильнее времени»")


def test_an_office_with_its_heads_name_stays_one_party():
    from resolutions.parties import table_parties

    assert table_parties("УСЗН Лукьянова Ю. Д.") == ["УСЗН Лукьянова Ю. Д."]
    assert table_parties("РДК Орлова А.Б. Соколова В.Г.") == ["РДК", "Орлова А.Б.", "Соколова В.Г."]


def test_a_plan_with_no_number_column_its_date_first_is_numbered_in_turn():
    text = (
        "План работы сельского дома культуры на май 2025 года\n"
        "| Дата, время | Мероприятие | Место проведения | Ответственный |\n"
        "| 1 мая, 12.00 | Праздничный концерт «Весна, труд, мир» | Зрительный зал | Орлова А.Б. |\n"
        "| 8 мая, 15.00 | Вечер памяти «Нам не забыть» | Фойе | Соколова В.Г. |\n"
        "| 9 мая, 10.00 | Митинг у обелиска | Площадь села | Орлова А.Б., Соколова В.Г. |\n"
        "| 24 мая, 11.00 | Игровая программа для детей | Малый зал | Зуева Л.П. |\n"
    )
    plan = parse_resolution(text)
    assert [(item.label, item.parent) for item in plan.items] == [("1", None), ("2", None), ("3", None), ("4", None)]
    assert plan.items[0].text.startswith("Праздничный концерт")
    assert plan.items[2].responsible == ["Орлова А.Б.", "Соколова В.Г."]
    assert item_window(plan.items[3]) == ("exact", D(2025, 5, 24), D(2025, 5, 24))
