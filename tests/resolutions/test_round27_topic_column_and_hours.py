"""Round 27: a plan table whose activity column is headed «Темы», and term cells of a day and month with the
event's hour and no year («23.04. 10.00», «02.04 14.00»).

- «№ | Темы | Дата | Ответственный |»: «Темы» heads the activity column as «Мероприятие» does; a word that only
  holds those letters («системы») heads nothing.
- «23.04. 10.00»: the day of the plan's year, the hour no window of its own.
On text written for the test.
"""

import datetime

from resolutions.parser import parse_resolution
from resolutions.table_dates import cell_date
from tests.resolutions.shapes import item_window

D = datetime.date


def test_a_table_headed_topics_dates_and_charges_its_rows():
    text = (
        "План работы районной библиотечной системы\nна май 2019 года\n"
        "№ | Темы | Дата | Ответственный |\n"
        "1. | Литературная гостиная «Весенние строки» | 14.05. 15.00 | ЦРБ |\n"
        "2. | Экологический урок «Берегите лес» | 07.05 11.30 | Ивановский СФ |\n"
        "3. | Час истории «Дорогами войны» | 08.05. 12.00 | Детская библиотека |\n"
    )
    plan = parse_resolution(text)
    assert [(item.label, item.parent) for item in plan.items] == [("1", None), ("2", None), ("3", None)]
    assert [item.responsible for item in plan.items] == [["ЦРБ"], ["Ивановский СФ"], ["Детская библиотека"]]
    assert item_window(plan.items[0]) == ("exact", D(2019, 5, 14), D(2019, 5, 14))
    assert item_window(plan.items[1]) == ("exact", D(2019, 5, 7), D(2019, 5, 7))
    assert item_window(plan.items[2]) == ("exact", D(2019, 5, 8), D(2019, 5, 8))


def test_a_yearless_day_with_its_hour_is_the_day():
    found = cell_date("23.04. 10.00", D(2014, 4, 1))
    assert (found.kind, found.start, found.end, found.text) == ("exact", D(2014, 4, 23), D(2014, 4, 23), "23.04. 10.00")
    assert cell_date("02.04 14.00", D(2014, 4, 1)).start == D(2014, 4, 2)
    assert cell_date("23.04. 25.00", D(2014, 4, 1)) is None  # no hour: not a day with its time


def test_two_yearless_days_are_no_day_and_hour():
    assert cell_date("05.05 08.05", D(2022, 5, 1)) is None  # two days of two events, read by the row's events
    assert cell_date("05.05 18:30", D(2022, 5, 1)).start == D(2022, 5, 5)
