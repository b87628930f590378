"""A period in brackets inside a sentence that reports in the past tense («было опрошено … (с … по …), …
высказались …»), with no infinitive to order anything, says when something was done or held: no term. A period in
brackets in a sentence that orders («Провести опрос (с … по …)»), or one that lies after the document's date,
is still read."""

from datetime import date as D

import pytest

from tests.resolutions.shapes import deadline_window as window


@pytest.mark.parametrize(
    "text",
    [
        "Подвести итоги опроса. Всего было опрошено 120 жителей (с 03.10.2019 по 10.10.2019), большинство "
        "высказались за благоустройство сквера. Результаты опроса признать действительными.",
        "По итогам собрания установлено: голосование проходило (с 1 по 5 октября 2019 года), в нём приняли участие "
        "340 человек.",
        "Конкурс проводился в два тура (с 2 сентября по 20 сентября 2019 г.) и завершился награждением.",
    ],
)
def test_a_past_period_reported_in_brackets_is_no_term(text):
    assert window(text, D(2019, 11, 15)) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The sentence orders: the bracket gives the window to act in.
        ("Провести опрос жителей (с 01.12.2019 по 07.12.2019) в помещении сельского клуба.",
         ("range", D(2019, 12, 1), D(2019, 12, 7))),
        # A past verb elsewhere, but the sentence orders with its infinitive.
        ("Учитывая, что опрос не проводился, организовать его (с 1 по 10 декабря 2019 года).",
         ("range", D(2019, 12, 1), D(2019, 12, 10))),
        # No bracket: a window in the sentence, as before.
        ("Приём заявлений проводится с 1 по 10 декабря 2019 года.", ("range", D(2019, 12, 1), D(2019, 12, 10))),
    ],
)
def test_a_period_given_to_act_in_is_still_read(text, expected):
    assert window(text, D(2019, 11, 15)) == expected


def test_a_reported_period_after_the_documents_date_is_still_read():
    # A past verb cannot put the window after the document: it is the term, however the sentence is written.
    text = "Работа комиссии была организована (с 1 по 10 декабря 2019 года), отчёт заслушан на сессии."
    assert window(text, D(2019, 11, 15)) == ("range", D(2019, 12, 1), D(2019, 12, 10))
