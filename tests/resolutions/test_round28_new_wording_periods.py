"""Round 28: an item amending an act gives the provision's new wording in quotes after «в редакции:» or «следующего
содержания:»; a period inside that wording («присваивается ежегодно в мае …») is the amended act's content, no term of
the item. A term after the wording closes still counts.
On text written for the test.
"""

import datetime

from resolutions.deadlines import find_deadline

REFERENCE = datetime.date(2010, 3, 15)


def test_a_month_inside_the_new_wording_is_no_term():
    text = ('Внести изменение в Положение о почётной грамоте: - п. 2.1 Положения читать в редакции: '
            '"Грамота "За заслуги перед районом" вручается ежегодно: в мае - ко Дню района и в ноябре - ко Дню матери".')
    assert find_deadline(text, reference=REFERENCE) is None


def test_a_period_inside_guillemets_after_sledujushchego_soderzhaniya_is_no_term():
    text = ("Дополнить Положение пунктом 4.2 следующего содержания: «4.2. Конкурс проводится в сентябре текущего "
            "года.»")
    assert find_deadline(text, reference=REFERENCE) is None


def test_a_term_after_the_wording_closes_still_counts():
    text = ('Изложить пункт 3 Положения в следующей редакции: "Смотр проводится в октябре". '
            'Отделу культуры опубликовать изменения до 1 апреля 2010 года.')
    found = find_deadline(text, reference=REFERENCE)
    assert found is not None and found.text == "до 1 апреля 2010 года"


def test_a_month_outside_any_wording_is_a_term():
    found = find_deadline("Провести смотр-конкурс в мае 2010 года.", reference=REFERENCE)
    assert found is not None and found.start == datetime.date(2010, 5, 1) and found.end == datetime.date(2010, 5, 31)
