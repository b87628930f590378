"""Families of deadlines that the eighteenth round's set showed (fresh17): the body's next sitting as an undated term
(«на очередном заседании»), a term set before a charged act of adoption («Предложить … до 1 июня утвердить …»), a
dated event at the end of a long sentence its opening verb governs, and a day without a year right after the act's
short object («Провести смотр 14 мая»). Each on sentences written for the test, with the readings that must not be
taken."""

from datetime import date as D

import pytest

from resolutions.deadlines import find_deadline
from tests.resolutions.shapes import deadline_window as window
from tests.resolutions.shapes import first_item, item_window


@pytest.mark.parametrize(
    "text",
    [
        "Рекомендовать Совету поселения на очередной сессии рассмотреть вопрос о бюджете.",
        "Вернуться к рассмотрению вопроса на следующем заседании комиссии.",
        "Председателю правления на ближайшем заседании доложить о ходе ремонта.",
        "Отчёт о ходе работ представить к очередному заседанию правления.",
    ],
)
def test_the_body_s_next_sitting_is_a_term_with_no_date(text):
    assert window(text, D(2021, 3, 1)) == ("relative", None, None)
    assert find_deadline(text).relative_to.split()[0] in ("очередной", "следующем", "ближайшем", "очередному")


@pytest.mark.parametrize(
    "text",
    [
        # The sitting as where a paper goes (accusative), as what is prepared, or as a past act's place.
        "Внести на очередную сессию Думы предложения по ремонту дорог.",
        "Аппарату совета провести подготовку очередного заседания.",
        "Руководствоваться порядком, принятым на очередном заседании правления.",
        "Включить в повестку следующего заседания вопрос о тарифах.",
        # A sitting in a remark on what the item makes, with no infinitive of the item's in its clause.
        "Разработать памятку участника (содержание, порядок её заполнения и вручения на очередном собрании).",
    ],
)
def test_a_sitting_named_otherwise_is_no_term(text):
    assert window(text, D(2021, 3, 1)) is None


def test_a_dated_term_beside_the_next_sitting_wins():
    text = "Продолжить обсуждение на очередном заседании в октябре 2015 года."
    assert window(text, D(2015, 8, 1)) == ("range", D(2015, 10, 1), D(2015, 10, 31))


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            "Предложить администрации поселения совместно с советом ветеранов до 01.06.2021 утвердить схему размещения площадок.",
            ("by", None, D(2021, 5, 31)),
        ),
        ("Рекомендовать отделу образования в срок до 15 апреля утвердить график проверок.", ("by", None, D(2021, 4, 14))),
        # Unchanged: a term right after the verb of adoption.
        ("Утвердить до 1 мая план благоустройства дворов.", ("by", None, D(2021, 4, 30))),
    ],
)
def test_a_term_before_a_charged_adoption_is_when_to_adopt(line, expected):
    assert item_window(first_item(line)) == expected


@pytest.mark.parametrize(
    "line",
    [
        # The adopted document's own periods, after the verb of adoption, stay its subject.
        "Предложить администрации поселения утвердить план мероприятий, проводимых в мае 2021 года.",
        "Утвердить прилагаемый план работ, выполняемых в апреле 2021 года.",
    ],
)
def test_periods_of_an_adopted_document_are_its_subject(line):
    assert first_item(line).deadline_text == ""


def test_the_opening_verb_dates_an_event_at_the_end_of_a_long_sentence():
    text = (
        "Поручить Научному центру водных проблем провести в соответствии с Программой совместных исследований между"
        " Академией наук Республики и Белградским университетом Международную конференцию «Современные методы очистки"
        " воды и почвы от тяжёлых металлов и нефтепродуктов» (далее – Конференция) 12-14 октября 2009 г. в г. Казани"
        " с числом участников до 80 человек."
    )
    assert window(text, D(2009, 5, 1)) == ("range", D(2009, 10, 12), D(2009, 10, 14))


@pytest.mark.parametrize(
    "text",
    [
        # A date that cites an act, and a long sentence that tells of an event held, with no verb of the item's.
        (
            "Поручить Научному центру водных проблем обеспечить выполнение Программы совместных исследований между"
            " Академией наук Республики и Белградским университетом по теме «Современные методы очистки воды и почвы"
            " от тяжёлых металлов и нефтепродуктов» (далее – Программа), подписанной 12 октября 2009 г."
        ),
        (
            "Научный центр водных проблем в соответствии с Программой совместных исследований между Академией наук"
            " Республики и Белградским университетом провёл Международную конференцию «Современные методы очистки"
            " воды и почвы от тяжёлых металлов и нефтепродуктов» (далее – Конференция) 12-14 октября 2009 г. в г. Казани."
        ),
    ],
)
def test_a_long_sentence_s_date_that_is_not_the_act_s(text):
    assert window(text, D(2009, 11, 1)) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Провести районный смотр-конкурс 14 мая в доме культуры.", ("exact", D(2021, 5, 14), D(2021, 5, 14))),
        ("Провести XII Спартакиаду 21 июня на стадионе «Труд».", ("exact", D(2021, 6, 21), D(2021, 6, 21))),
        ("Возложить венки 9 мая к обелиску.", ("exact", D(2021, 5, 9), D(2021, 5, 9))),
        ("Организовать выставку народных промыслов 3-5 июня.", ("range", D(2021, 6, 3), D(2021, 6, 5))),
        # Unchanged: the day right after the verb.
        ("Провести 21 июня Спартакиаду на стадионе.", ("exact", D(2021, 6, 21), D(2021, 6, 21))),
    ],
)
def test_a_day_without_a_year_after_the_act_s_object(text, expected):
    assert window(text, D(2021, 3, 1)) == expected


def test_a_day_without_a_year_after_the_object_on_an_undated_page():
    deadline = find_deadline("Провести XII Спартакиаду 21 июня на стадионе «Труд».")
    assert (deadline.text, deadline.kind, deadline.start) == ("21 июня", "exact", None)


@pytest.mark.parametrize(
    "text",
    [
        # A day that a holiday's name, a participle, a quote or a preposition ties to something else.
        "Провести мероприятия, посвящённые 12 июня.",
        "Провести конкурс ко Дню России 12 июня.",
        "Провести праздник в честь 1 мая.",
        "Провести акцию «Сад 9 мая» в школах.",
        "Подготовить доклад о событиях 9 мая.",
        # An adopted document's day; a holiday declared.
        "Утвердить положение о конкурсе 1 июня.",
        "Объявить 22 июня Днём памяти.",
    ],
)
def test_a_day_without_a_year_tied_to_something_else_is_no_term(text):
    assert window(text, D(2021, 3, 1)) is None
