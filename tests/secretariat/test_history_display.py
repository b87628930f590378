import datetime

from django.utils import timezone

from resolutions.views_secretariat.history import _display


def test_it_shows_dates_times_and_flags_as_people_read_them():
    moment = timezone.make_aware(datetime.datetime(2026, 6, 19, 10, 30), timezone.get_fixed_timezone(300))
    assert _display(moment) == "19.06.2026 10:30"
    assert _display(datetime.date(2026, 6, 19)) == "19.06.2026"
    assert str(_display(True)) == "да" and str(_display(False)) == "нет"
    assert _display("текст") == "текст"
