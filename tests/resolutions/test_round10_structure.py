"""Structure families of the tenth round (bench/IMPORT_NOTE.md): an excerpt's items that start past «1.»
right after the operative keyword, labels «1)» kept as written at the top level, the next item's label glued
to a cited act's number, and items of a scanned paragraph that lost the stop before their label. Each on
documents written for the test, with numbers in text and lists that are not decisions left alone."""

import pytest

from resolutions.parser import parse_resolution
from tests.resolutions.shapes import outline


# An excerpt quoting a decision from its middle: the operative keyword, then item 4 or 12.
@pytest.mark.parametrize(
    ("text", "labels"),
    [
        ("Конференция постановляет: 4. Поручить правлению подготовить отчёт о работе до 1 июня 2021 года.", ["4"]),
        (
            "Общее собрание членов товарищества решило: 3. Утвердить смету расходов на год. 4. Поручить казначею "
            "Смирновой О.П. открыть расчётный счёт.",
            ["3", "4"],
        ),
        ("Президиум совета постановил: 12. Провести смотр художественной самодеятельности в ноябре.", ["12"]),
        # The first item of an excerpt is still found as before.
        ("Собрание решило: 1. Избрать председателем Орлову Н.В. 2. Поручить ей созвать правление.", ["1", "2"]),
    ],
)
def test_an_excerpts_items_may_start_at_any_number_after_the_operative_keyword(text, labels):
    assert [label for label, _parent in outline(text)] == labels


@pytest.mark.parametrize(
    "text",
    [
        # Not the operative part: an agenda, a remark, a sentence without the keyword's colon.
        "Протокол заседания правления. Повестка дня: 5. О бюджете на следующий год.",
        "Комиссия отметила: 6. Работа по благоустройству проведена не полностью.",
        "Правление рассмотрело 7. Вопрос о членских взносах и решило его отложить.",
        # A number after the keyword that is a reference, not a label.
        "Совет постановляет: внести изменения в п. 3. Положения о конкурсе.",
    ],
)
def test_a_number_after_other_words_or_a_reference_is_no_item(text):
    assert outline(text) == []


# «1)», «2)» at the top level keep their bracket, like the «1)» sub-items of an item «2.».
TOP_BRACKETS = """\
Исполнительный комитет районного Совета постановил:
1) Обязать правления колхозов закончить уборку картофеля до 1 октября 1957 г.
2) Поручить районному отделу народного образования привлечь к уборке старшеклассников (Собрание
постановлений 1956 г. N 12, ст. 34).
3) Контроль за выполнением настоящего решения возложить на заместителя председателя исполкома.
"""

SUB_BRACKETS = """\
ПОСТАНОВЛЯЮ:
1. Утвердить прилагаемый план мероприятий.
2. Признать утратившими силу:
1) постановление администрации от 3 марта 2015 г. № 45;
2) постановление администрации от 9 июня 2016 г. № 118.
3. Опубликовать настоящее постановление в газете «Районные вести».
"""

LETTERS = """\
РЕШИЛИ:
1. Рекомендовать советам ветеранов:
а) провести встречи со школьниками;
б) принять участие в акции «Бессмертный полк».
"""


def test_a_bracketed_label_is_kept_as_written_at_every_level():
    assert outline(TOP_BRACKETS) == [("1)", None), ("2)", None), ("3)", None)]
    assert outline(SUB_BRACKETS) == [("1", None), ("2", None), ("1)", "2"), ("2)", "2"), ("3", None)]
    # Letter labels stay as the corpus writes them: «а», «б».
    assert outline(LETTERS) == [("1", None), ("а", "1"), ("б", "1")]


# An editor's note after item 1, the next item's label glued to the dot after the cited act's number.
GLUED_TO_A_NOTE = """\
Правительство области ПОСТАНОВЛЯЕТ:
1. Утвердить прилагаемый порядок предоставления субсидий.
Примечание. Пункт 1 изложен в редакции постановления Правительства области от 12.03.2014 № 233.2. Признать утратившими силу:
1) постановление Правительства области от 5 мая 2009 года № 97;
"""

GLUED_TO_A_LETTERED_NUMBER = """\
ПОСТАНОВЛЯЮ:
1. Создать комиссию по подготовке праздника.
2. Утвердить состав комиссии (в ред. постановления от 02.04.2019 N 45-п.3. Опубликовать настоящее постановление.
"""


def test_the_next_label_glued_to_a_cited_number_starts_the_next_item():
    assert outline(GLUED_TO_A_NOTE) == [("1", None), ("2", None), ("1)", "2")]
    result = parse_resolution(GLUED_TO_A_LETTERED_NUMBER)
    assert [item.label for item in result.items] == ["1", "2", "3"]
    assert result.items[2].text == "Опубликовать настоящее постановление."


@pytest.mark.parametrize(
    ("text", "labels"),
    [
        # The number after «№» is no continuation of the outline (3 after item 1) …
        ("РЕШИЛИ:\n1. Руководствоваться приказом № 45.3. Провести проверки в мае.\n", ["1"]),
        # … or no verb follows it.
        ("РЕШИЛИ:\n1. Внести изменения в приказ от 10.01.2020 № 17.2. Изменения опубликовать.\n", ["1"]),
        # A glued number before any item stays in the preamble.
        ("Сноска. Заголовок в редакции постановления от 23.11.2012 № 1478.2. Признать утратившим силу.\n", []),
    ],
)
def test_a_cited_number_that_does_not_continue_the_outline_is_left_whole(text, labels):
    assert [label for label, _parent in outline(text)] == labels


# A scanned protocol: one paragraph, and the stop before «2.» lost in the scan.
SCANNED = (
    "Заслушав информацию, исполком решает: 1. Обязать директоров школ подготовить здания к зиме на 1959 год "
    "2. Поручить отделу культуры провести смотр до 1 октября. 3. Обязать председателя колхоза тов. Ершова "
    "отремонтировать клуб."
)


def test_an_item_after_a_lost_stop_continues_a_run_of_items():
    assert [label for label, _parent in outline(SCANNED)] == ["1", "2", "3"]


@pytest.mark.parametrize(
    ("text", "labels"),
    [
        # Not a verb after the number: the house number stays in the sentence.
        ("Совет решил: 1. Отремонтировать подъезды в доме 2. Работы провести летом.", ["1"]),
        # A number that does not continue the outline.
        ("Совет решил: 1. Установить скамейки у дома 5. Провести субботник в мае.", ["1"]),
        # No run of items: a lone number after a word is no label.
        ("Комиссия собралась в кабинете 2. Провести заседание не удалось.", []),
    ],
)
def test_a_number_after_a_word_outside_a_run_of_items_is_no_label(text, labels):
    assert [label for label, _parent in outline(text)] == labels
