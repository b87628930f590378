"""Round 26: prose acts (decrees, orders) — fresh24's misses, by their family.

- «Управлению по кадровой работе, социальной политике и связям собщественными объединениями …»: a body's «по …»
  name may list its fields with commas (each a lower-case field in the dative, no body such as «управлению»); the
  party runs through «связям с …» to its verb, and a one-letter preposition glued to the next word where a space was
  lost is given back glued, as written.
- «ежемесячно в срок до 20-го числа представлять …»: «до» a day of the month ends the day before it, as «ежегодно до
  1 февраля» ends on 31 January; the window runs from the act's date to the first such day.
- «Провести 9 мая2021 года митинг …»: a year glued to its month where a space was lost is the date's year, as «1мая»
  glued to its day already was.
- «Провести с 5 по 20 апреля … выставку» / «обеспечить безопасность участников выставки в период её проведения»: the
  possessive pronoun stands for the nearest noun before it that agrees with it and names an event another item dates;
  the term is that item's window («в период её прохождения» stays no term).
- «Провести учёт поголовья скота по состоянию на 1 января 2022 г. …»: the moment a count or a report describes is no
  term; a term given beside it («до 10 февраля») still is.
- «1. Установить с 1 по 7 мая ежегодно Неделю …» / «2. … ежегодно проводить мероприятия, посвящённые Неделе …»: a
  bare yearly duty tied to an event another item sets each year on its days is due at the event's first occurrence.
On text written for the test.
"""

import datetime

from resolutions.parser import parse_resolution
from tests.resolutions.shapes import first_item

D = datetime.date


def test_a_po_name_listing_fields_with_commas_runs_to_its_verb():
    item = first_item(
        "Отделу по кадровой работе, социальной политике и связям с общественностью администрации района "
        "подготовить отчёт о работе до 15 мая 2021 года."
    )
    assert item.responsible == ["Отделу по кадровой работе, социальной политике и связям с общественностью администрации района"]


def test_a_glued_preposition_inside_the_party_is_kept_as_written():
    item = first_item(
        "Комитету по делам молодёжи и связям собщественными объединениями администрации города "
        "(Н.Н. Петрова)провести 12 июня 2021 г. праздничный концерт на центральной площади."
    )
    assert item.responsible == [
        "Комитету по делам молодёжи и связям собщественными объединениями администрации города (Н.Н. Петрова)"
    ]
    assert (item.due_start, item.due_end) == (D(2021, 6, 12), D(2021, 6, 12))


def test_a_body_after_the_comma_still_opens_a_party_of_its_own():
    item = first_item("Отделу по культуре, управлению образования провести смотр до 1 июня 2021 года.")
    assert item.responsible == ["Отделу по культуре", "управлению образования"]


def test_a_monthly_report_before_a_day_of_the_month_ends_the_day_before():
    item = first_item(
        "Руководителям учреждений культуры района ежемесячно в срок до 5-го числа представлять в отдел культуры "
        "информацию о ходе выполнения плана.",
        date="12 марта 2021 года",
    )
    assert (item.deadline_kind, item.due_start, item.due_end) == ("recurring", D(2021, 3, 12), D(2021, 4, 4))


def test_a_monthly_report_not_later_than_a_day_of_the_month_ends_on_it():
    item = first_item(
        "Руководителям учреждений культуры района ежемесячно не позднее 20 числа представлять в отдел культуры отчёт.",
        date="12 марта 2021 года",
    )
    assert (item.deadline_kind, item.due_start, item.due_end) == ("recurring", D(2021, 3, 12), D(2021, 3, 20))


def test_a_year_glued_to_its_month_dates_the_event():
    item = first_item("Провести в сёлах района 9 мая2021 года торжественный митинг у памятников.", date="20 апреля 2021 года")
    assert (item.deadline_kind, item.due_start, item.due_end) == ("exact", D(2021, 5, 9), D(2021, 5, 9))


def test_a_year_glued_to_its_month_after_do_ends_the_day_before():
    item = first_item("Отделу культуры подготовить проект реставрации памятника до 1 июня2022 года.", date="20 апреля 2021 года")
    assert (item.deadline_kind, item.due_end) == ("by", D(2022, 5, 31))


def test_the_holding_a_pronoun_names_takes_the_window_of_the_item_that_holds_the_event():
    items = parse_resolution(
        "Приказ от 1 марта 2021 г. № 12\nприказываю:\n"
        "1. Провести с 5 по 20 апреля 2021 года районную выставку детского рисунка.\n"
        "2. Директору Дома детского творчества Ивановой А.А. обеспечить безопасность участников выставки в период её проведения.\n"
        "3. Контроль за исполнением приказа оставляю за собой.\n"
    ).items
    assert (items[1].due_start, items[1].due_end) == (D(2021, 4, 5), D(2021, 4, 20))


def test_a_pronoun_for_an_event_no_item_dates_gives_no_window():
    items = parse_resolution(
        "Приказ от 1 марта 2021 г. № 12\nприказываю:\n"
        "1. Утвердить положение о районной выставке детского рисунка.\n"
        "2. Директору Дома детского творчества Ивановой А.А. обеспечить безопасность участников выставки в период её проведения.\n"
        "3. Контроль за исполнением приказа оставляю за собой.\n"
    ).items
    assert items[1].due_end is None


def test_the_moment_a_count_describes_is_no_term():
    item = first_item(
        "Провести учёт поголовья скота по состоянию на 1 января 2022 г. в личных подсобных хозяйствах района.",
        date="1 декабря 2021 года",
    )
    assert (item.deadline_kind, item.due_start, item.due_end) == ("", None, None)


def test_a_term_beside_the_moment_described_is_still_read():
    item = first_item(
        "Сельским поселениям представить сведения о численности скота по состоянию на 01.01.2022 до 10 февраля 2022 года.",
        date="1 декабря 2021 года",
    )
    assert (item.deadline_kind, item.due_end) == ("by", D(2022, 2, 9))


def test_a_yearly_duty_for_an_event_another_item_dates_each_year_ends_with_its_first_occurrence():
    items = parse_resolution(
        "Постановление администрации района от 10 марта 2021 года\nПОСТАНОВЛЯЮ:\n"
        "1. Установить в районе с 1 по 7 мая ежегодно Неделю семейного чтения.\n"
        "2. Отделу культуры администрации района ежегодно проводить мероприятия, посвящённые Неделе семейного чтения.\n"
        "3. Контроль оставляю за собой.\n"
    ).items
    assert (items[1].deadline_kind, items[1].due_start, items[1].due_end) == ("recurring", D(2021, 3, 10), D(2021, 5, 7))
