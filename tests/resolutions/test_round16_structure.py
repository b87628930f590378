"""Structure families of the sixteenth round (bench/IMPORT_NOTE.md, fresh15): sub-items «2.1.» glued to a
lower-case word inside one paragraph, an item left out by the editors («<…>») before the next number,
numbers with a bracket «1)» after a stop in one paragraph, a first «1.» after a record's capitalised word,
Roman sections and letters with a slash («I/», «а/»). On documents written for the test, with the readings
that must not be taken."""

from resolutions.parser import parse_resolution
from resolutions.parsing_utils import split_inline_items
from tests.resolutions.shapes import outline

# --- Sub-items glued to a lower-case word ----------------------------------------------------------------------


def test_dotted_sub_items_glued_to_a_lower_case_word_after_the_lead_ins_colon_are_cut():
    text = (
        "Постановление администрации поселка\n"
        "Администрация поселка постановляет: 1.Создать рабочую группу. 2.Отделу благоустройства (П.П.Громов) "
        "обеспечить: 2.1.уборку снега на площади; 2.2.установку освещения у школы;"
    )
    items = parse_resolution(text).items
    assert [(item.label, item.parent) for item in items] == [("1", None), ("2", None), ("2.1", "2"), ("2.2", "2")]
    assert [item.responsible for item in items][2:] == [["Отделу благоустройства (П.П.Громов)"]] * 2


def test_a_date_or_a_lower_case_number_in_prose_is_not_cut():
    line = "1. Провести смотр 12.05.2026 г. в клубе; 2.1.тыс. рублей выделить из резерва."
    assert split_inline_items(line) == [line]
    line = "1. Отделу обеспечить согласно п. 2.1.настоящего положения уборку снега."
    assert split_inline_items(line) == [line]


# --- An item left out by the editors -----------------------------------------------------------------------


def test_a_number_after_the_editors_omission_mark_may_skip_the_items_left_out():
    text = (
        "Сборник документов\n"
        "О СБОРЕ МЕТАЛЛОЛОМА № 12 Исполком горсовета решил: 1. Организовать сбор металлолома в школах. <…> "
        "3. Собранный лом сдавать на склад треста. <…>"
    )
    assert outline(text) == [("1", None), ("3", None)]


def test_without_an_omission_mark_a_skipped_number_in_prose_is_not_cut():
    line = "Исполком решил: 1. Организовать сбор лома в 3 школах. Сдать 4. Собранный лом на склад."
    assert split_inline_items(line)[1:] == ["1. Организовать сбор лома в 3 школах. Сдать 4. Собранный лом на склад."]


# --- Numbers with a bracket in one paragraph -----------------------------------------------------------------


def test_bracketed_numbers_after_a_stop_in_one_paragraph_are_the_points():
    text = (
        "Вестник общества. 1912 г.\n"
        "Собрание открыто в 7 часов. Председатель предложил перейти к программе. 1) Отчет казначея. Отчет принят. "
        "2) Выборы ревизоров. Избраны гг. Павлов и Орлов. 3) Текущие дела. Вопрос отложен до осени."
    )
    assert outline(text) == [("1)", None), ("2)", None), ("3)", None)]


def test_bracketed_numbers_after_a_comma_or_out_of_turn_stay_in_the_text():
    line = "Утвердить порядок дня: 1) доклад правления, 2) выборы, 3) текущие дела."
    assert split_inline_items(line) == [line]
    line = "Собрание открыто. Рассмотрено 2) Письмо общества."
    assert split_inline_items(line) == [line]


# --- A first «1.» after a record's capitalised word ----------------------------------------------------------


def test_a_first_item_after_a_records_place_name_starts_the_run():
    text = (
        "Из решения райисполкома «О школах района».\n"
        "Дата: 3 мая 1945 г. Место: СССР, Карелия 1. Для обучения детей райисполком решил открыть школы: "
        "а) Начальную школу в с. Рыбное. б) Открыть интернат при школе. 2. Обязать зав. роно т. Лесину "
        "подобрать учителей. 3. Сообщить облоно о нехватке учебников..."
    )
    items = parse_resolution(text).items
    assert [(item.label, item.parent) for item in items] == [("1", None), ("а", "1"), ("б", "1"), ("2", None), ("3", None)]
    assert items[3].responsible == ["зав. роно т. Лесину"]


def test_a_number_after_a_lower_case_word_in_prose_stays_in_the_text():
    line = "Работы ведутся в доме 1. Для жильцов открыт пункт. В доме 2. Ремонт закончен."
    assert split_inline_items(line) == [line]


# --- Roman sections and letters with a slash -------------------------------------------------------------------


def test_a_roman_section_and_letters_with_a_slash_in_one_paragraph():
    text = (
        "Книга документов\n"
        "120 Транспорт города работает с перебоями. <…> Сессия горсовета депутатов трудящихся постановляет: "
        "I/ По трамвайному хозяйству: а/ обязать горисполком и трамвайный трест восстановить линию к вокзалу "
        "не позднее 1 декабря 1943 г. б/ широко привлечь население к расчистке путей;"
    )
    items = parse_resolution(text).items
    assert [(item.label, item.parent) for item in items] == [("I/", None), ("а", "I/"), ("б", "I/")]
    assert items[0].responsible == []
    assert items[1].responsible == ["горисполком", "трамвайный трест"]
    assert items[1].due_end is not None and items[1].due_end.isoformat() == "1943-12-01"


def test_a_fraction_or_a_roman_numeral_in_prose_is_no_label():
    line = "Сессия постановляет: выделить 1/2 ставки. Провести I/ II квартал отчёт."
    assert split_inline_items(line) == [line]


# --- A plan table with no header, one cell a paragraph -----------------------------------------------------------


HEADLESS_PLAN = (
    "План мероприятий ко Дню города\n\nВ поселке пройдут праздничные мероприятия.\n\n"
    "1\n\n05.09.2021\n\n- концерт «Мой город»\n\nна площади у клуба\n\nДом культуры «Юность»\n\n"
    "2\n\n05.09.2021\n\n- выставка рисунков\n\nВесь день\n\nМБУК «Краеведческий музей»\n\n"
    "3\n\n04.09.2021\n\n- викторина «Знаешь ли ты свой город»\n\nЦентральная библиотека\n"
)


def test_a_headerless_plan_with_a_date_under_each_number_gives_its_rows_parties_and_dates():
    items = parse_resolution(HEADLESS_PLAN).items
    assert [(item.label, item.parent) for item in items] == [("1", None), ("2", None), ("3", None)]
    assert [item.responsible for item in items] == [
        ["Дом культуры «Юность»"], ["МБУК «Краеведческий музей»"], ["Центральная библиотека"]
    ]
    assert [(item.due_start.isoformat(), item.deadline_kind) for item in items] == [
        ("2021-09-05", "exact"), ("2021-09-05", "exact"), ("2021-09-04", "exact")
    ]


def test_numbers_on_their_own_lines_without_a_date_under_them_are_no_table():
    text = "План работы\n\n1\n\nПровести собрание актива.\n\n2\n\nПодготовить отчёт.\n"
    assert all(item.responsible == [] for item in parse_resolution(text).items)
    assert "|" not in " ".join(item.text for item in parse_resolution(text).items)
