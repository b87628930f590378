import datetime

from django.utils import timezone

from secretariat.views.history import _display


def test_it_shows_dates_times_and_flags_as_people_read_them():
    moment = timezone.make_aware(datetime.datetime(2026, 6, 19, 10, 30), timezone.get_fixed_timezone(300))
    assert _display(moment) == "19.06.2026 10:30"
    assert _display(datetime.date(2026, 6, 19)) == "19.06.2026"
    assert str(_display(True)) == "да" and str(_display(False)) == "нет"
    assert _display("текст") == "текст"


def _edit_organizations(count, prefix):
    from tests.factories import OrganizationFactory

    for n in range(count):
        organization = OrganizationFactory(description=f"{prefix} {n}: было")
        organization.description = f"{prefix} {n}: стало"
        organization.save()
        organization.description = f"{prefix} {n}: ещё раз"
        organization.save()


def test_it_shows_each_change_against_its_own_predecessor(secretary_client):
    from django.urls import reverse

    _edit_organizations(2, "Орг")
    page = secretary_client.get(reverse("secretariat:history"), {"type": "organization"}).content.decode()
    assert "<del>Орг 0: было</del> → <ins>Орг 0: стало</ins>" in page
    assert "<del>Орг 0: стало</del> → <ins>Орг 0: ещё раз</ins>" in page
    assert "<del>Орг 1: стало</del> → <ins>Орг 1: ещё раз</ins>" in page


def test_the_history_page_runs_the_same_queries_for_more_changes(secretary_client):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext
    from django.urls import reverse

    url = reverse("secretariat:history")
    _edit_organizations(2, "Мало")
    with CaptureQueriesContext(connection) as few:
        secretary_client.get(url, {"type": "organization"})
    _edit_organizations(10, "Много")
    with CaptureQueriesContext(connection) as many:
        secretary_client.get(url, {"type": "organization"})
    assert len(many.captured_queries) == len(few.captured_queries)
