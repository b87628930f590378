"""A numbered heading (a few words, no verb, no stop or colon at its end) right before an item «1.» heads a section
whose items are numbered afresh under it, as a Roman section's are; the next label of the heading's own level
(«1.2.» after «1.1», «2.» after «1.») closes it. On text written for the test, with the readings that must not be
taken."""

from resolutions.parser import parse_resolution
from tests.resolutions.shapes import item_window, outline

_PLAIN_TABLE = (
    "План мероприятий по развитию туризма\n"
    "N п/п Наименование мероприятия Сроки исполнения Ответственные исполнители\n"
    "1. Информационная сфера\n"
    "1 Издание путеводителя по памятникам района постоянно Отдел туризма, Управление образования\n"
    "2 Проведение экскурсий для школьников ежеквартально Управление образования\n"
    "2. Кадровая сфера\n"
    "1 Обучение экскурсоводов постоянно Отдел кадров\n"
)


def test_a_section_row_of_a_plain_table_over_rows_numbered_afresh():
    assert outline(_PLAIN_TABLE) == [("1", None), ("1", "1"), ("2", "1"), ("2", None), ("1", "2")]


def test_the_rows_under_a_section_keep_their_cells():
    items = parse_resolution(_PLAIN_TABLE).items
    assert items[1].responsible == ["Отдел туризма", "Управление образования"]
    assert item_window(items[1])[0] == "standing"
    assert items[0].responsible == []


def test_sub_sections_under_a_section_one_cell_a_paragraph():
    text = (
        "План работы совета ветеранов на 2025 год\n\n"
        "1. Организационная работа\n\n1.1 Заседания президиума\n\n"
        "1. Об итогах работы за 2024 год.\n\n2. О проведении смотра музеев.\n\n"
        "1.2. Встречи с молодёжью\n\n1.Уроки мужества в школах;\n"
    )
    assert outline(text) == [
        ("1", None), ("1.1", "1"), ("1", "1.1"), ("2", "1.1"), ("1.2", "1"), ("1", "1.2"),
    ]


def test_a_roman_section_closes_the_sections_numbered_inside_it():
    text = (
        "ПОСТАНОВЛЯЮ:\nI. Работа с населением\n1. Встречи\n1. Приём граждан по личным вопросам\n"
        "II. Работа с организациями\n1. Совещание с руководителями предприятий\n"
    )
    assert outline(text) == [("I", None), ("1", "I"), ("1", "1"), ("II", None), ("1", "II")]


def test_an_item_with_a_verb_is_no_section_heading():
    # «Утвердить состав комиссии» orders: the «1.» after it is no item of a section under it.
    text = "ПОСТАНОВЛЯЮ:\n1. Утвердить состав комиссии\n1. Иванов И.И. – председатель\n2. Контроль оставляю за собой.\n"
    assert [parent for _, parent in outline(text)] == [None, None]


def test_a_heading_closed_by_a_stop_is_an_item():
    text = "ПОСТАНОВЛЯЮ:\n1. Об итогах отопительного сезона.\n1. Принять к сведению.\n2. Контроль оставляю за собой.\n"
    assert outline(text) == [("1", None), ("2", None)]


def test_items_in_turn_are_no_sections():
    text = "ПОСТАНОВЛЯЮ:\n1. Бюджетная сфера\n2. Социальная сфера\n3. Контроль оставляю за собой.\n"
    assert outline(text) == [("1", None), ("2", None), ("3", None)]
