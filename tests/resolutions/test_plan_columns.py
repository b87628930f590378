"""A plan's columns other than the activity, deadline and responsible (a place, a note, a volume) stay in the
item's text: an import that drops a column loses what the Secretariat typed into it."""

from resolutions.parser import parse_resolution

BAR_TABLE = """ПЛАН мероприятий ко Дню славянской письменности
от 5 мая 2025 года
№ п/п | Наименование мероприятия | Место проведения | Срок исполнения | Ответственный | Примечание |
1 | 2 | 3 | 4 | 5 | 6 |
1 | Книжная выставка | Центральная библиотека | 20–24 мая | Отдел культуры |  |
2 | Круглый стол учителей | Гимназия № 3 | 23 мая | Отдел образования | по согласованию |
"""

FRAGMENT_TABLE = """План мероприятий к Дню города
от 2 августа 2024 года

№
п/п
Мероприятие
Срок
Место
проведения
Ответственный

1
Праздничный концерт
14.09.2024
Городской
парк
Петрова А.А.

2
Спортивная эстафета
15.09.2024
Стадион
Иванов И.И.
"""


def test_a_place_and_a_note_column_stay_in_the_items_text():
    items = parse_resolution(BAR_TABLE).items
    assert [item.label for item in items] == ["1", "2"]
    assert "Место проведения: Центральная библиотека" in items[0].text
    assert "Примечание" not in items[0].text  # an empty cell adds nothing
    assert "Место проведения: Гимназия № 3" in items[1].text
    assert "Примечание: по согласованию" in items[1].text
    assert items[1].responsible == ["Отдел образования"]


def test_the_columns_numbers_are_no_column_of_their_own():
    items = parse_resolution(BAR_TABLE).items
    assert all("3:" not in item.text and ": 3" not in item.text for item in items)


def test_a_table_pasted_a_fragment_a_line_keeps_its_place_column():
    items = parse_resolution(FRAGMENT_TABLE).items
    assert [item.label for item in items] == ["1", "2"]
    assert "Место проведения: Городской парк" in items[0].text
    assert "Место проведения: Стадион" in items[1].text
    assert items[0].responsible == ["Петрова А.А."]


def test_a_docx_tables_rows_keep_their_place_column():
    # read_docx joins a row's cells with « | » and no bar at the ends.
    text = (
        "План мероприятий\nот 3 марта 2025 года\n"
        "№ | Мероприятие | Срок | Место проведения | Ответственный\n"
        "1 | Субботник | 12 апреля | Сквер у школы | Иванов И.И.\n"
        "2 | Акция «Сад памяти» | 9 мая |  | Петрова А.А.\n"
    )
    items = parse_resolution(text).items
    assert "Место проведения: Сквер у школы" in items[0].text
    assert "Место проведения" not in items[1].text
    assert [item.responsible for item in items] == [["Иванов И.И."], ["Петрова А.А."]]
