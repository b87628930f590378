"""Structure families of the fifteenth round (bench/IMPORT_NOTE.md, fresh14): a protocol's «Слушали: …
Постановили: …» blocks run together in one scanned paragraph, letter-spaced and with stray marks, a label
«І.» a scan made of «1.», points headed «п. 1:», a numbered list of members inside an item, an excerpt whose
page starts at item n after a heading or inside lettered sub-items. On documents written for the test, with
the readings that must not be taken."""

from resolutions.parser import parse_resolution
from resolutions.parsing_utils import parse_label, split_protocol_marks
from tests.resolutions.shapes import outline

# --- A protocol's blocks in one paragraph ----------------------------------------------------------------------


SPACED_PROTOCOL = (
    "Протокол собрания уполномоченных участка пути.\n"
    "Председатель тов. Ремизов. С л у ш а л и : 1. О выборах бюро собрания. П о с т а н о в и л и : І. Избрать "
    "в бюро: Кузина, Лаптева. С л у ш а л и : 2. О выборах счётной комиссии. П о с т а н о в и л и : ' 2. "
    "Избрать в счётную комиссию: Серова и Тихонова. С л у ш а л и : 3. Доклад о ремонте депо. - "
    "П о с т а н о в и л и : 3. Смету депо утвердить. Хозяйственному отделу составить смету."
)


def test_letter_spaced_blocks_in_one_paragraph_give_the_decisions_and_no_party_of_the_keyword():
    items = parse_resolution(SPACED_PROTOCOL).items
    assert [(item.label, item.parent) for item in items] == [("І", None), ("2", None), ("3", None)]
    assert [item.responsible for item in items] == [[], [], ["Хозяйственному отделу"]]


def test_a_scans_i_is_the_label_one_kept_as_written_and_a_latin_or_lower_case_i_is_not():
    (label, rest) = parse_label("І. Избрать бюро.")
    assert (label.text, label.numbers, rest) == ("І", (1,), "Избрать бюро.")
    assert parse_label("I. Избрать бюро.") is None  # a Roman section, read elsewhere
    assert parse_label("і. Избрать бюро.") is None


def test_the_blocks_are_cut_after_a_sentence_not_after_a_questions_number():
    assert split_protocol_marks("2. Слушали: Доклад кассира.") == ["2. Слушали: Доклад кассира."]
    assert split_protocol_marks("Доклад кассира. Решили: принять.") == ["Доклад кассира.", "Решили: принять."]
    # Inside a sentence the word is not a protocol's mark.
    assert split_protocol_marks("Члены бюро решили: собрание перенести.") == ["Члены бюро решили: собрание перенести."]


def test_a_page_starting_at_the_second_question_numbers_its_decisions_by_their_own_labels():
    text = (
        "Бюллетень союза.\n— 7 С л у ш а л и : 2. Доклад о клубе. П о с т а н о в и л и : 2. Доклад утвердить. "
        "С л у ш а л и : 3. О съезде. П о с т а н о в и л и : 3. Утвердить порядок дня съезда: 1 ) доклад "
        "правления, 2) выборы, 3 ) текущие дела. Культурному отделу подобрать помещение."
    )
    items = parse_resolution(text).items
    assert [(item.label, item.parent) for item in items] == [("2", None), ("3", None)]
    assert items[1].responsible == ["Культурному отделу"]


# --- Points headed «п. 1:» -------------------------------------------------------------------------------------


def test_points_headed_with_p_and_a_colon_are_items_labelled_as_written():
    text = (
        "Протокол № 9 заседания бюро от 3 марта 1931 года\n"
        "Присутствовали:\nЧлены бюро Гусев, Орлов.\n"
        "п. 1: О командировке т. Орлова\n(Гусев).\nКомандировку отложить.\n"
        "п. 2: О ремонте школы\n(Орлов).\nПоручить комиссии в составе т. Гусева проверить смету.\n"
    )
    assert outline(text) == [("п. 1", None), ("п. 2", None)]


def test_a_reference_to_a_point_inside_a_line_is_no_label():
    assert parse_label("п. 2 Устава изложить в новой редакции.") is None
    assert parse_label("п. 2. Устава изложить") is None


# --- A numbered list of members inside an item -----------------------------------------------------------------


def test_a_list_restarting_at_one_after_an_items_colon_stays_in_the_item():
    text = (
        "Исполком сельсовета постановляет:\n"
        "1. Утвердить смету ремонта клуба.\n"
        "2. Для приёмки работ создать комиссию в составе:\n"
        "1. Лукин - председатель сельсовета\n2. Фомина - заведующая клубом\n3. Осипов - бригадир плотников.\n"
    )
    assert outline(text) == [("1", None), ("2", None)]


def test_after_such_a_list_a_number_with_a_verb_is_the_next_item():
    text = (
        "Исполком сельсовета постановляет:\n"
        "1. Для приёмки работ создать комиссию в составе:\n"
        "1. Лукин - председатель сельсовета\n2. Фомина - заведующая клубом\n"
        "2. Контроль за исполнением возложить на секретаря.\n"
        "3. Решение вступает в силу со дня подписания.\n"
    )
    assert outline(text) == [("1", None), ("2", None), ("3", None)]


# --- An excerpt's page starting at item n inside one paragraph ---------------------------------------------------


def test_a_page_starting_at_item_two_after_a_heading_in_capitals_keeps_its_lettered_sub_items():
    text = (
        "Вестник края. 1936, № 3.\n"
        "ОБ ИТОГАХ РАБО ТЫ ЛЕСНОЙ ПРОМЫШ ЛЕННОСТИ ^ 2. Обязать правление треста: а) ускорить вывозку леса; "
        "б) улучшить снабжение лесорубов; * в) закончить ремонт тракторов к весне;"
    )
    items = parse_resolution(text).items
    assert [(item.label, item.parent) for item in items] == [("2", None), ("а", "2"), ("б", "2"), ("в", "2")]
    assert [item.responsible for item in items] == [["правление треста"]] * 4


def test_a_page_starting_inside_sub_items_gives_the_letter_then_the_next_item():
    text = (
        "Районная газета. 1947 г.\n"
        "О подготовке к зиме скота на фермах, утеплив дворы; в) заготовить корма полностью, не допуская потерь. "
        "4. Обязать заведующих фермами: а) до 1 ноября с. г. закончить утепление дворов;"
    )
    assert outline(text) == [("в", None), ("4", None), ("а", "4")]


def test_a_number_after_capitals_without_a_verb_or_in_prose_is_no_item():
    assert outline("Вестник края.\nОБ ИТОГАХ ГОДА 2. Итоги работы треста за год.") == []
    # A letter after «;» whose word is no infinitive stays in the text.
    text = "Газета.\nО кормах; в) итоги заготовки хороши. 4. Обязать заведующих фермами проверить корма."
    assert [label for label, _parent in outline(text)] != ["в", "4"]
