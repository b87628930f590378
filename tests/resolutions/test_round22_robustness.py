"""Surface variation the Secretariat's files will have (bench/import_robustness.py measures it on the corpus).

- Hard wraps: a PDF's or a mail's paragraph broken into lines of one width. A full line goes on into the next
  when that one opens with a capital, a digit or a quote, or after a label or an abbreviation the wrap left at
  the end of the line; a document whose paragraphs run on one line is read as before.
- «2019 г. провести …»: the year's «г.» is part of the date an item opens with, never a party.
- «школы N 13»: a Latin «N» typed for «№» keeps the number in the party, as «№» does.
"""

import datetime

from resolutions.parser import parse_resolution
from tests.resolutions.shapes import item_parties

WRAPPED = """Постановление администрации района от 10 марта 2022 года
О проведении районного смотра художественной самодеятельности

В целях поддержки любительского творчества и выявления одарённых
исполнителей администрация района ПОСТАНОВЛЯЕТ: 1. Провести с 1 по 20
апреля 2022 года районный смотр художественной самодеятельности. 2.
Утвердить состав жюри смотра (приложение № 1). 3. Поручить отделу культуры
и туризма администрации района (Сидорова Е.В.) и Управлению образования
администрации района подготовить площадки до 25 марта 2022 года. 4.
Финансовому управлению администрации района предусмотреть средства на
проведение смотра. 5. Контроль за исполнением постановления возложить на т.
Кузнецова А.П., заместителя главы администрации района.
"""


def test_a_wrapped_paragraph_keeps_every_item_its_label_and_its_parties():
    parsed = parse_resolution(WRAPPED)
    assert [item.label for item in parsed.items] == ["1", "2", "3", "4", "5"]
    by_label = {item.label: item for item in parsed.items}
    assert (by_label["1"].due_start, by_label["1"].due_end) == (datetime.date(2022, 4, 1), datetime.date(2022, 4, 20))
    assert by_label["3"].responsible == [
        "отделу культуры и туризма администрации района (Сидорова Е.В.)", "Управлению образования администрации района"
    ]
    assert by_label["3"].due_end == datetime.date(2022, 3, 24)
    assert by_label["4"].responsible == ["Финансовому управлению администрации района"]


WRAPPED_LINES = """Распоряжение главы поселения от 3 июня 2023 года
О подготовке к празднованию Дня молодёжи в сельском поселении Заречное

В целях организованного проведения праздника, поддержки молодёжных
инициатив и вовлечения жителей поселения в культурную и спортивную жизнь:
1. Директору муниципального бюджетного учреждения культуры «Сельский
Дом культуры» Орловой Н.С. подготовить программу праздника в срок до
20 июня 2023 года.
2. Поручить заведующему отделом по делам молодёжи администрации т.
Белову В.В. организовать спортивные соревнования среди команд посёлков.
3. Контроль за исполнением распоряжения оставляю за собой, глава поселения.
"""


def test_a_capital_a_digit_or_a_name_after_an_abbreviation_continues_a_full_line():
    parsed = parse_resolution(WRAPPED_LINES)
    assert [item.label for item in parsed.items] == ["1", "2", "3"]
    first, second = parsed.items[:2]
    assert first.responsible == ["Директору муниципального бюджетного учреждения культуры «Сельский Дом культуры» Орловой Н.С."]
    assert first.due_end == datetime.date(2023, 6, 19)
    assert second.responsible == ["заведующему отделом по делам молодёжи администрации т. Белову В.В."]


UNWRAPPED = """Решение совета от 5 мая 2021 года
РЕШИЛ:
1. Утвердить план работы совета
Приложение к решению
2. Опубликовать решение в газете.
"""


def test_short_lines_of_a_document_not_wrapped_stay_apart():
    parsed = parse_resolution(UNWRAPPED)
    assert [item.label for item in parsed.items] == ["1", "2"]
    assert "совета\n\nПриложение" in parsed.items[0].text  # a paragraph of its own, not the line before going on


def test_the_years_abbreviation_before_the_verb_is_no_party():
    assert item_parties("В срок до 1 апреля 2021 г. провести смотр библиотек района.") == []
    assert item_parties("До 15 мая 2021 г. отделу культуры подготовить отчёт.") == ["отделу культуры"]


def test_a_latin_n_for_the_number_sign_keeps_the_number_in_the_party():
    assert item_parties("Директору школы N 7 тов. Андреевой обеспечить участие учащихся.") == [
        "Директору школы N 7 тов. Андреевой"
    ]


LEAD_IN_DATED = """Решение исполкома районного совета от 2 июля 1952 г.
РЕШИЛ:
1. Обязать директоров неполных средних школ до 20 августа с. г.:
а) закончить побелку классов;
б) завезти топливо на зиму.
2. Обязать заведующих избами-читальнями к 01.09.1952:
а) обновить выставки литературы.
"""


def test_a_date_after_do_or_k_ends_a_lead_ins_party_as_v_srok_does():
    parsed = parse_resolution(LEAD_IN_DATED)
    by_label = {(item.label, item.parent): item.responsible for item in parsed.items}
    assert by_label[("1", None)] == ["директоров неполных средних школ"]
    assert by_label[("б", "1")] == ["директоров неполных средних школ"]
    assert by_label[("2", None)] == ["заведующих избами-читальнями"]
