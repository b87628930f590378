"""A plan's table written in cells whose header names its number, activity and responsible columns but no deadline
column («№ п/п | Наименование учреждения | Категория посетителей | Ответственные»): its rows are read, and the
first term another cell writes is the row's («в течение месяца» in a monthly plan is its month; «в течении», the
common misspelling, is read as meant). On text written for the test, with the readings that must not be taken."""

import datetime

from resolutions.parser import parse_resolution
from tests.resolutions.shapes import item_window

_HEADER = "№ п/п |\nНаименование учреждения |\nКатегория посетителей |\nОтветственные |\n"


def _plan(cell, title="План мероприятий для школьников района в октябре 2025 года", header=_HEADER):
    return parse_resolution(
        f"{title}\n{header}1. |\nЦентральная районная библиотека |\n{cell} |\nПетренко Анна Сергеевна |\n |\n"
    )


def test_a_table_without_a_deadline_column_names_its_responsible():
    item = _plan("бесплатно").items[0]
    assert item.label == "1" and item.responsible == ["Петренко Анна Сергеевна"]


def test_within_the_month_in_another_cell_is_the_plans_month():
    item = _plan("льготный вход (в течении месяца) 14.10. Литературная гостиная").items[0]
    assert item_window(item) == ("range", datetime.date(2025, 10, 1), datetime.date(2025, 10, 31))


def test_a_row_with_no_term_in_any_cell_has_none():
    assert item_window(_plan("бесплатно").items[0])[0] in ("", None)


def test_a_header_in_cells_without_a_responsible_column_is_no_plan():
    header = "№ п/п |\nНаименование учреждения |\nКатегория посетителей |\nКоличество мест |\n"
    assert _plan("бесплатно", header=header).items[0].responsible != ["Петренко Анна Сергеевна"]


def test_a_line_of_running_text_naming_the_columns_is_no_header():
    # Without cells, «№ … наименование … ответственных» in a sentence heads no table.
    text = (
        "№ 15 О наименовании улиц и назначении ответственных\nПОСТАНОВЛЯЮ:\n"
        "1. Присвоить улице наименование «Садовая».\n2. Контроль оставляю за собой.\n"
    )
    assert [item.label for item in parse_resolution(text).items] == ["1", "2"]
