"""Structure and plan-table families of the fourteenth round (bench/IMPORT_NOTE.md, fresh13): labels written
with a slash («1/», «2/»), lettered sub-items with one letter left out of an excerpt, an accusative party after
«обязать» inside a lead-in, a plan's section rows with numbered sub-rows, two bodies in one cell without a
comma, initials with a space, a cell in two paragraphs, day-and-month cells without a year, «весь период». On
documents written for the test, with the readings that must not be taken."""

from datetime import date as D

from resolutions.parser import parse_resolution
from resolutions.parsing_utils import split_inline_items
from resolutions.parties import addressed_parties, table_parties
from resolutions.tables import cell_date
from tests.resolutions.shapes import item_window as window
from tests.resolutions.shapes import outline

# --- Labels with a slash -------------------------------------------------------------------------------------


def test_labels_with_a_slash_inside_one_paragraph_are_items_and_keep_their_slash():
    text = (
        "Протокол № 7 заседания сельской избирательной комиссии\n"
        "Члены комиссии, заслушав доклад о ходе записи избирателей, постановили: 1/ доклад принять к сведению и "
        "списки вывесить в волостном правлении. 2/ Утвердить расход на бумагу в сумме 12 рубл. и поручить "
        "казначею оплатить счета."
    )
    result = parse_resolution(text)
    assert [(item.label, item.parent) for item in result.items] == [("1/", None), ("2/", None)]
    assert result.items[1].responsible == ["казначею"]


def test_labels_with_a_slash_on_lines_of_their_own_are_items():
    text = "Собрание постановило:\n1/ Избрать счётную комиссию.\n2/ Поручить секретарю составить список.\n"
    assert outline(text) == [("1/", None), ("2/", None)]


def test_a_fraction_or_a_slash_out_of_turn_stays_in_the_text():
    line = "Собрание постановило: 1/ Принять на работу сторожа на 1/2 ставки. 3/ Уволить истопника."
    assert [piece[:2] for piece in split_inline_items(line)] == ["Со", "1/"]


# --- Lettered sub-items with one letter left out, the lead-in's accusative party ----------------------------


LEAD_IN_WITH_A_GAP = (
    "Решение райисполкома от 2 марта 1950 г. Исполком райсовета решил: 1. Для своевременной подготовки к севу "
    "обязать председателей колхозов района в срок до 20 марта с. г.: а) отремонтировать весь инвентарь... "
    "в) засыпать семенной фонд полностью; г) списки полеводческих бригад представить в райзо к 15 марта 1950 г. "
    "2. Поручить райзо проверить ход ремонта."
)


def test_lettered_sub_items_keep_their_run_when_one_letter_is_left_out():
    assert outline(LEAD_IN_WITH_A_GAP) == [("1", None), ("а", "1"), ("в", "1"), ("г", "1"), ("2", None)]


def test_a_letter_two_past_the_last_one_is_not_a_sub_item():
    line = "1. Обязать правление колхоза: а) отремонтировать клуб. г) провести собрание. 2. Поручить отделу проверить."
    assert [piece[:2] for piece in split_inline_items(line)] == ["1.", "а)", "2."]


def test_a_party_after_obyazat_inside_a_lead_in_charges_the_item_and_its_sub_items_but_not_with_its_term():
    items = parse_resolution(LEAD_IN_WITH_A_GAP).items
    assert [item.responsible for item in items[:4]] == [["председателей колхозов района"]] * 4
    assert window(items[0]) == ("by", None, D(1950, 3, 19))
    assert window(items[1]) == ("", None, None)
    assert window(items[2]) == ("", None, None)
    assert window(items[3]) == ("by", None, D(1950, 3, 15))


def test_a_time_limit_after_a_participle_used_as_a_noun_ends_the_party():
    (found, how) = addressed_parties("Обязать родителей учащихся в срок до 1 сентября с. г. сдать учебники.")
    assert (found, how) == (["родителей учащихся"], "directive")
    # The participle's own place stays in the party.
    assert addressed_parties("Обязать руководителей организаций, работающих в районе, сдать отчёты.")[0] == [
        "руководителей организаций, работающих в районе"
    ]


# --- A plan's section rows with numbered sub-rows, one cell a paragraph ------------------------------------


PLAN_WITH_SECTIONS = """\
План мероприятий к юбилею посёлка

Наименование мероприятия

Срок исполнения

Ответственный

1.

Подготовительные мероприятия

1.1

Составление сметы праздника

До 15.03.2020 г.

Администрация посёлка

1.2

Закупка призов для конкурсов

До 01.04.2020 г.

Отдел культуры

2.

Благоустройство

2.1

Ремонт летней сцены в парке

До 20.05.2020 г.

Администрация посёлка
"""


def test_a_plans_section_rows_hold_their_numbered_sub_rows_with_cells_of_their_own():
    items = parse_resolution(PLAN_WITH_SECTIONS).items
    assert [(item.label, item.parent) for item in items] == [
        ("1", None), ("1.1", "1"), ("1.2", "1"), ("2", None), ("2.1", "2")
    ]
    assert [item.responsible for item in items] == [
        [], ["Администрация посёлка"], ["Отдел культуры"], [], ["Администрация посёлка"]
    ]
    assert [window(item) for item in items] == [
        ("", None, None),
        ("by", None, D(2020, 3, 14)),
        ("by", None, D(2020, 3, 31)),
        ("", None, None),
        ("by", None, D(2020, 5, 19)),
    ]
    assert items[1].text.startswith("Составление сметы праздника")


# --- Responsible cells --------------------------------------------------------------------------------------


def test_two_bodies_named_by_abbreviations_and_quoted_names_without_a_comma_are_two_parties():
    assert table_parties("Отдел спорта, МБУ «Стадион Юность» МАУ «Парк отдыха»") == [
        "Отдел спорта", "МБУ «Стадион Юность»", "МАУ «Парк отдыха»"
    ]
    assert table_parties('МКУ "Архив" МБУ "Музей"') == ['МКУ "Архив"', 'МБУ "Музей"']


def test_a_quoted_name_followed_by_lower_case_words_stays_one_party():
    assert table_parties("МБУ «Стадион» совместно со школами") == ["МБУ «Стадион» совместно со школами"]


def test_initials_written_with_a_space_stay_with_their_surname():
    assert table_parties("Кириллова А. Б.") == ["Кириллова А. Б."]
    assert table_parties("Кириллова А. Б. Смирнов В. Г.") == ["Кириллова А. Б.", "Смирнов В. Г."]


PLAN_WITHOUT_YEARS = """\
ПЛАН

мероприятий по празднованию Дня посёлка на 2020 год

№ п/п

Наименование мероприятия

Срок исполнения

Ответствен.

1.

Создание оргкомитета праздника.

до 15.07.

Петров А.А.

2.

Проведение месячника чистоты в посёлке.

с 10.08.

по 10.09.

Петров А.А., Сидорова Б.Б.

главы сельских поселений (по согласованию)

3.

Проведение праздничного концерта.

сентябрь

Отдел культуры
"""


def test_day_and_month_cells_without_a_year_take_the_plans_year_and_a_cell_in_two_paragraphs_is_one():
    items = parse_resolution(PLAN_WITHOUT_YEARS).items
    assert [window(item) for item in items] == [
        ("by", None, D(2020, 7, 14)),
        ("range", D(2020, 8, 10), D(2020, 9, 10)),
        ("range", D(2020, 9, 1), D(2020, 9, 30)),
    ]
    assert items[1].responsible == ["Петров А.А.", "Сидорова Б.Б.", "главы сельских поселений"]
    assert items[1].text.startswith("Проведение месячника чистоты в посёлке.")


def test_a_last_rows_responsible_cell_goes_on_in_a_lower_case_paragraph_but_a_signature_stays_out():
    text = PLAN_WITHOUT_YEARS.replace("Отдел культуры\n", "Петров А.А.\n\nруководители клубов\n\nГлава поселения И.И. Сомов\n")
    items = parse_resolution(text).items
    assert items[-1].responsible == ["Петров А.А.", "руководители клубов"]


def test_a_day_and_month_without_a_year_is_read_only_as_a_whole_cell():
    reference = D(2020, 1, 1)
    assert cell_date("до 15.07.", reference).end == D(2020, 7, 14)
    assert cell_date("к 01.06", reference).end == D(2020, 6, 1)
    assert cell_date("15.07. 2.5", reference) is None
    assert cell_date("пункт 3.1.", reference) is None


def test_the_whole_period_of_a_plan_for_a_year_is_that_year():
    text = """\
ПЛАН
работы совета ветеранов на 2020 год
№ п/п |
Наименование мероприятий |
Срок исполнения |
Ответственные |
1 |
Встречи со школьниками |
Весь период |
Совет ветеранов |
"""
    (item,) = parse_resolution(text).items
    assert window(item) == ("year", D(2020, 1, 1), D(2020, 12, 31))
