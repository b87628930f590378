"""The register of execution control (/secretariat/control/): every controlled item of the XX resolution with its
window, deadlines tied to the XXI conference, filters, sorting, exports, bulk actions and constant query counts."""

import datetime
import io

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import timezone

from conferences.models import Conference
from resolutions.models import Assignment, ExecutionStatus, Item, ReminderLog, Responsibility
from tests.factories import UserFactory

XX = "xx-2026-06-19"


def days(n):
    return timezone.localdate() + datetime.timedelta(days=n)


def xx_item(label):
    return Item.objects.get(resolution__slug=XX, label=label)


def test_the_register_lists_every_controlled_item_of_the_xx_resolution_with_its_window(demo, secretary_client):
    page = secretary_client.get(reverse("secretariat:control")).content.decode()
    for label in ("7а", "7б", "9", "9б", "12б", "14а"):
        item = xx_item(label)
        assert f'href="{reverse("secretariat:item", args=[item.pk])}">{label}</a>' in page
    assert (xx_item("7б").due_start, xx_item("7б").due_end) == (None, datetime.date(2026, 10, 31))
    assert (xx_item("7а").due_start, xx_item("7а").due_end) == (datetime.date(2027, 4, 1), datetime.date(2027, 9, 30))
    assert (xx_item("9б").due_start, xx_item("9б").due_end) == (datetime.date(2027, 9, 1), datetime.date(2027, 10, 31))
    assert xx_item("9").due_end == datetime.date(2027, 9, 30)
    fourteen_a = xx_item("14а")
    assert fourteen_a.event_conference.number == 21
    assert (fourteen_a.due_start, fourteen_a.due_end) == (datetime.date(2027, 1, 1), datetime.date(2027, 6, 30))
    assert "01.01.2027 — 30.06.2027" in page
    assert "без срока" in page  # 12б names no date: shown as such, not hidden
    # The responsible-only sub-item «7г. Ответственный за подготовку» is not a task of its own.
    assert f'args=[{xx_item("7г").pk}]' not in page and f'/secretariat/items/{xx_item("7г").pk}/"' not in page


def test_fixing_the_xxi_conference_date_recomputes_14a(demo, secretary_client):
    xxi = Conference.objects.get(number=21)
    data = {
        "kind": xxi.kind, "number": 21, "slug": xxi.slug, "theme": xxi.theme, "status": "planned", "date": "2027-05-20",
        "planned_text": xxi.planned_text, "city": "Душанбе", "region": "", "venue": "", "description": xxi.description,
    }
    response = secretary_client.post(reverse("secretariat:event", args=["conference", xxi.pk]), data, follow=True)
    assert response.status_code == 200, response.content.decode()[:2000]
    xxi.refresh_from_db()
    assert xxi.date == datetime.date(2027, 5, 20)
    fourteen_a = xx_item("14а")
    assert (fourteen_a.due_start, fourteen_a.due_end) == (datetime.date(2027, 2, 20), datetime.date(2027, 2, 20))
    assert xx_item("7а").due_end == datetime.date(2027, 5, 20)  # «на конференции»: the conference's day
    assert "Сроки пересчитаны от даты события" in response.content.decode()


def test_the_item_page_warns_when_a_deadline_falls_after_the_event_it_serves(demo, secretary_client):
    page = secretary_client.get(reverse("secretariat:item", args=[xx_item("9б").pk])).content.decode()
    assert "позже события, к которому он относится" in page and "30 сентября 2027 г." in page
    page = secretary_client.get(reverse("secretariat:item", args=[xx_item("7б").pk])).content.decode()
    assert "позже события" not in page


def test_the_secretariat_links_a_deadline_to_an_event_in_the_item_page(demo, secretary_client):
    item, xxi = xx_item("7б"), Conference.objects.get(number=21)
    url = reverse("secretariat:item_event", args=[item.pk])
    page = secretary_client.post(url, {"conference": xxi.pk, "relation": "before", "offset_months": ""}, follow=True)
    assert "Укажите, за сколько месяцев до события." in page.content.decode()
    secretary_client.post(url, {"conference": xxi.pk, "relation": "before", "offset_months": "2"})
    item.refresh_from_db()
    assert (item.due_start, item.due_end) == (datetime.date(2027, 2, 1), datetime.date(2027, 7, 30))
    secretary_client.post(url, {"conference": "", "relation": ""})
    item.refresh_from_db()
    assert item.linked_event is None


@pytest.fixture
def register(task_factory, org_a):
    overdue = task_factory(days(-3))
    soon = task_factory(days(10))
    later = task_factory(days(200), status=ExecutionStatus.IN_PROGRESS)
    done = task_factory(days(-30), status=ExecutionStatus.DONE)
    no_date = task_factory(None)
    Responsibility.objects.create(item=soon, text="ОО «Альфа»", organization=org_a, position=1)
    return {"overdue": overdue, "soon": soon, "later": later, "done": done, "no_date": no_date}


def _labels(page, items):
    return [label for label, item in items.items() if f'/secretariat/items/{item.pk}/">' in page]


def test_the_register_filters_by_window_status_responsible_and_search(secretary_client, register):
    url = reverse("secretariat:control")
    page = secretary_client.get(url).content.decode()
    assert sorted(_labels(page, register)) == sorted(register)
    assert "⚠ просрочено на 3 дня" in page and "◷ осталось 10 дней" in page  # colour plus text
    assert _labels(secretary_client.get(url, {"window": "overdue"}).content.decode(), register) == ["overdue"]
    assert _labels(secretary_client.get(url, {"overdue": "on"}).content.decode(), register) == ["overdue"]
    assert _labels(secretary_client.get(url, {"window": "30"}).content.decode(), register) == ["soon"]
    assert _labels(secretary_client.get(url, {"window": "none"}).content.decode(), register) == ["no_date"]
    assert _labels(secretary_client.get(url, {"status": "in_progress"}).content.decode(), register) == ["later"]
    assert _labels(secretary_client.get(url, {"responsible": "org:alpha"}).content.decode(), register) == ["soon"]
    assert _labels(secretary_client.get(url, {"q": register["later"].text}).content.decode(), register) == ["later"]


def test_the_register_sorts_by_any_column(secretary_client, register):
    url = reverse("secretariat:control")

    def order(sort):
        page = secretary_client.get(url, {"sort": sort}).content.decode()
        found = [(page.index(f'/secretariat/items/{item.pk}/">'), label) for label, item in register.items()]
        return [label for _position, label in sorted(found)]

    by_window = order("window")
    assert by_window.index("overdue") < by_window.index("soon") < by_window.index("later")
    descending = order("-window")
    assert descending.index("later") < descending.index("soon") < descending.index("overdue")
    statuses = order("status")
    assert statuses.index("done") < statuses.index("later") < statuses.index("overdue")  # done, in_progress, not_started
    page = secretary_client.get(url, {"sort": "-window"}).content.decode()
    assert 'aria-sort="descending"' in page


def test_it_exports_what_is_shown_as_csv_xlsx_and_pdf(secretary_client, register):
    csv = secretary_client.get(reverse("secretariat:control_export", args=["csv"]), {"window": "overdue"})
    text = csv.content.decode()
    assert csv["Content-Type"].startswith("text/csv")
    assert register["overdue"].text in text and register["soon"].text not in text
    assert "просрочено на 3 дня" in text
    xlsx = secretary_client.get(reverse("secretariat:control_export", args=["xlsx"]))
    from openpyxl import load_workbook

    sheet = load_workbook(io.BytesIO(xlsx.content)).active
    values = [cell.value for row in sheet.iter_rows() for cell in row]
    assert register["later"].text in values and "Окно срока" in values
    pdf = secretary_client.get(reverse("secretariat:control_export", args=["pdf"]), {"window": "30"})
    content = pdf.getvalue()  # a file streamed from the storage: read once
    assert pdf["Content-Type"] == "application/pdf" and content.startswith(b"%PDF")
    from pypdf import PdfReader

    printed = "".join(page.extract_text() for page in PdfReader(io.BytesIO(content)).pages)
    assert register["soon"].text in printed and register["overdue"].text not in printed
    assert secretary_client.get(reverse("secretariat:control_export", args=["doc"])).status_code == 404


def test_bulk_actions_change_status_set_a_controller_and_remind_now(secretary_client, secretary, register, leader_a):
    url = reverse("secretariat:control_bulk")
    picked = [register["overdue"].pk, register["soon"].pk]
    secretary_client.post(url, {"items": picked, "action": "status", "status": "in_progress"})
    assert set(Item.objects.filter(pk__in=picked).values_list("execution_status", flat=True)) == {"in_progress"}
    assert Item.objects.get(pk=register["later"].pk).execution_status == "in_progress"  # untouched anyway
    assert Item.objects.get(pk=register["no_date"].pk).execution_status == "not_started"

    secretary_client.post(url, {"items": picked, "action": "controller", "controller": secretary.pk})
    assert set(Item.objects.filter(pk__in=picked).values_list("controller", flat=True)) == {secretary.pk}

    UserFactory(email="kim@example.org", person=register["soon"].responsibilities.first().person)
    response = secretary_client.post(url, {"items": [register["soon"].pk], "action": "remind"}, follow=True)
    assert sorted(m.to[0] for m in mail.outbox) == ["kim@example.org", "leader-a@example.org"]
    assert ReminderLog.objects.filter(stage="manual").count() == 2
    assert "Отправлено 2 напоминания." in response.content.decode()
    secretary_client.post(url, {"items": [register["soon"].pk], "action": "remind"})
    assert len(mail.outbox) == 4  # «now» means now, every time


def test_bulk_actions_explain_what_is_missing(secretary_client, register):
    url = reverse("secretariat:control_bulk")
    page = secretary_client.post(url, {"action": "status"}, follow=True).content.decode()
    assert "Отметьте хотя бы один пункт." in page
    page = secretary_client.post(url, {"items": [register["soon"].pk], "action": "status"}, follow=True).content.decode()
    assert "Выберите новый статус." in page
    assert Item.objects.get(pk=register["soon"].pk).execution_status == "not_started"


def test_the_register_takes_the_same_number_of_queries_with_20_times_the_data(
    secretary_client, task_factory, org_a, django_assert_max_num_queries
):
    def add(n):
        for i in range(n):
            item = task_factory(days(i - 5))
            Responsibility.objects.create(item=item, text="ОО «Альфа»", organization=org_a, position=1)
            Assignment.objects.create(item=item, organization=org_a, text=org_a.name, status="reported")

    add(2)
    url = reverse("secretariat:control")
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as small:
        assert secretary_client.get(url, {"sort": "-last_report"}).status_code == 200
    add(38)
    with django_assert_max_num_queries(len(small.captured_queries)):
        page = secretary_client.get(url, {"sort": "-last_report"}).content.decode()
    assert page.count('name="items"') == 40

