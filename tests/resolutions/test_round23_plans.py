"""Round 23: plans' tables read where they were not.

- «N п/п | Наименование | Срок | Ответственные | Источники финансирования | Задачи | Индикаторы (…) | Документы …
  |»: a header of many columns is long as a whole, yet each of its cells is short; it is still a header.
- «I. | Развитие … | ||||||»: a Roman numeral in the number column over a heading and empty cells is the plan's
  section, an item over the rows below it.
- «┌───┬───┐» / «│1. │Проведение│Отдел культуры,│» / «│   │фестиваля │Дом ремёсел    │»: a table drawn with box
  characters is read down its columns, a row a line; «с привлечением …» in the executors' cell names those
  drawn in, no party.
- «1) Проведение выставки …» / «2024-2025» / «Отдел культуры» / «Районный музей»: rows stored a cell a paragraph
  under the columns' numbers only, each label glued to its event, the term and then one executor a paragraph.
- «Раздел 2.» / «Работа с ветеранами» over «1. …»: a part of a plan is an item over the items numbered afresh
  under it, as a Roman section row is.
- «Дом-музей» / «П.П.Бажова |» in an executors' cell: a lone noun before a name in the genitive is a body named
  after someone, one party (in a column of the place and the responsible, «Музей А.Н.Иванова» stays the place and
  the person).
- «Комитет … администрации г. Энска Администрация Заречного района»: a capitalised noun of a body in the
  nominative after a body's words opens the next party.
- «Министерству экономики, промышленности и внешней торговли …»: a list of fields closed by «и» and an adjective
  before its noun is the ministry's name, not three parties.
- «… отдел культуры администрации района средства районного бюджета» in a row flattened to one line under a
  header naming a financing column: the financing cell is no part of the responsible one.
- «1.Конкурс чтецов … март 2024 г. Петрова А.А.»: a flattened row whose label is glued to its event is a row.
On text written for the test.
"""

import datetime

from resolutions.parser import parse_resolution
from tests.resolutions.shapes import item_window

D = datetime.date

_WIDE_HEADER = (
    "N п/п | Наименование мероприятия | Срок исполнения | Ответственные исполнители | Источники финансирования | "
    "Цели и задачи программы мероприятий | Показатели (количественные или качественные для оценки хода работы) | "
    "Документы, подтверждающие выполнение мероприятия |"
)


def test_a_wide_header_of_short_cells_is_a_header_and_its_section_row_an_item():
    text = (
        _WIDE_HEADER + "\n"
        "1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 |\n"
        "I. | Развитие сельских домов культуры района | ||||||\n"
        "1. | Ремонт кровли сельского клуба | 2025 год | отдел культуры администрации района, "
        "управление строительства администрации района | средства районного бюджета |\n"
    )
    plan = parse_resolution(text)
    assert [(item.label, item.parent) for item in plan.items] == [("I", None), ("1", "I")]
    row = plan.items[1]
    assert row.responsible == ["отдел культуры администрации района", "управление строительства администрации района"]
    assert item_window(row) == ("year", D(2025, 1, 1), D(2025, 12, 31))


def test_a_box_drawn_plan_is_read_down_its_columns():
    text = (
        "План мероприятий района\n\n"
        "┌───┬──────────────────────┬──────────┬──────────────────┐\n\n"
        "│ N │ Мероприятия          │ Срок     │ Исполнители      │\n\n"
        "├───┼──────────────────────┼──────────┼──────────────────┤\n\n"
        "│1. │Проведение фестиваля  │июнь      │Отдел культуры,   │\n\n"
        "│   │народных ремёсел      │2025 года │Дом ремёсел с при-│\n\n"
        "│   │                      │          │влечением мастеров│\n\n"
        "│   │                      │          │                  │\n\n"
        "│2. │Выпуск буклета о мас- │июль      │Редакция районной │\n\n"
        "│   │терах района          │2025 года │газеты            │\n\n"
        "└───┴──────────────────────┴──────────┴──────────────────┘\n"
    )
    plan = parse_resolution(text)
    assert [(item.label, item.parent) for item in plan.items] == [("1", None), ("2", None)]
    first, second = plan.items
    assert first.responsible == ["Отдел культуры", "Дом ремёсел"]
    assert item_window(first) == ("range", D(2025, 6, 1), D(2025, 6, 30))
    assert "мастерах района" in second.text
    assert second.responsible == ["Редакция районной газеты"]
    assert item_window(second) == ("range", D(2025, 7, 1), D(2025, 7, 31))


def test_rows_stored_a_cell_a_paragraph_under_column_numbers():
    text = (
        "План работы отдела культуры\n\n"
        "1\n\n2\n\n3\n\n\n"
        "1. Народные промыслы района\n\n\n"
        "1) Проведение выставки работ мастеров гончарного промысла в районном музее\n\n\n"
        "2024-2025\n\n"
        "Отдел культуры администрации района\n\n"
        "Районный краеведческий музей\n\n\n"
        "2) Издание альбома о мастерах народных промыслов района\n\n\n"
        "2025\n\n"
        "Районная библиотека\n"
    )
    plan = parse_resolution(text)
    assert [(item.label, item.parent) for item in plan.items] == [("1", None), ("1)", "1"), ("2)", "1")]
    _, first, second = plan.items
    assert first.responsible == ["Отдел культуры администрации района", "Районный краеведческий музей"]
    assert item_window(first) == ("range", D(2024, 1, 1), D(2025, 12, 31))
    assert second.responsible == ["Районная библиотека"]
    assert item_window(second) == ("year", D(2025, 1, 1), D(2025, 12, 31))


def test_a_part_heading_over_items_numbered_afresh_is_their_section():
    text = (
        "План работы центра досуга на 2025 год\n\n"
        "Раздел 1.\n\nРабота с молодёжью\n\n"
        "1. Провести турнир по мини-футболу в марте 2025 года.\n\n"
        "2. Провести вечер настольных игр в апреле 2025 года.\n\n"
        "Раздел 2. Работа с ветеранами\n\n"
        "1. Организовать чаепитие для ветеранов в мае 2025 года.\n"
    )
    plan = parse_resolution(text)
    assert [(item.label, item.parent) for item in plan.items] == [
        ("1", None), ("1", "1"), ("2", "1"), ("2", None), ("1", "2")
    ]
    assert plan.items[0].text == "Работа с молодёжью"
    assert plan.items[3].text == "Работа с ветеранами"
    assert item_window(plan.items[4]) == ("range", D(2025, 5, 1), D(2025, 5, 31))


def test_a_body_named_after_someone_is_one_party():
    cells = ["№ п/п |", "Мероприятие |", "Срок |", "Исполнитель |"]
    cells += ["1 |", "Вечер романса |", "15 мая |", "Отдел культуры,", "Дом-музей", "П.П.Бажова |"]
    plan = parse_resolution("План мероприятий\n" + "\n".join(cells) + "\n")
    assert plan.items[0].responsible == ["Отдел культуры", "Дом-музей П.П.Бажова"]


def test_two_bodies_in_one_cell_without_a_comma_are_two_parties():
    text = (
        "N п/п | Наименование мероприятия | Время | Ответственный |\n"
        "1. | Праздник урожая | 11.00 час. | Комитет по делам молодёжи администрации г. Энска Администрация "
        "Заречного района |\n"
        "2. | Ярмарка ремёсел | 13.00 час. | МБУ Центр народного творчества |\n"
    )
    first, second = parse_resolution(text).items
    assert first.responsible == ["Комитет по делам молодёжи администрации г. Энска", "Администрация Заречного района"]
    assert second.responsible == ["МБУ Центр народного творчества"]


def test_a_ministry_of_several_fields_with_an_adjective_in_the_last_is_one_party():
    text = (
        "1. Министерству экономики, промышленности и внешней торговли Республики Энск представлять Правительству "
        "ежегодно, не позднее 15 июня, сводную информацию о выполнении Плана.\n"
    )
    item = parse_resolution(text).items[0]
    assert item.responsible == ["Министерству экономики, промышленности и внешней торговли Республики Энск"]


def test_a_flattened_row_keeps_its_financing_cell_out_of_the_responsible_one():
    text = (
        "План мероприятий на 2024 год\n\n"
        "N Наименование мероприятия Срок исполнения Ответственные исполнители Источники финансирования\n"
        "1. Проведение районного фестиваля национальных культур II квартал 2024 года отдел культуры "
        "администрации района средства районного бюджета\n"
    )
    item = parse_resolution(text).items[0]
    assert item.responsible == ["отдел культуры администрации района"]
    assert item_window(item) == ("quarter", D(2024, 4, 1), D(2024, 6, 30))


def test_a_flattened_row_with_its_label_glued_to_the_event_is_a_row():
    text = (
        "План мероприятий на 2024 год\n\n"
        "№ п/п Наименование мероприятия Срок исполнения Ответственный\n"
        "1.Конкурс чтецов «Родное слово» март 2024 г. Петрова А.А.\n"
        "2.Выставка детских рисунков апрель 2024 г. Иванова Б.Б.\n"
    )
    first, second = parse_resolution(text).items
    assert first.responsible == ["Петрова А.А."]
    assert item_window(first) == ("range", D(2024, 3, 1), D(2024, 3, 31))
    assert second.responsible == ["Иванова Б.Б."]
