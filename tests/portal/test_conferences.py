import csv
import io

import pytest
from django.urls import reverse

pytestmark = pytest.mark.django_db


def test_it_shows_the_timeline_newest_first_with_demo_and_planned_conferences(client, xx):
    response = client.get(reverse("conferences:list"))
    titles = [c.title for c in response.context["rows"]]
    assert titles[:2] == ["XXI Страновая отчётно-выборная конференция", "XX Страновая тематическая конференция"]
    assert "Чрезвычайная страновая конференция" in titles and titles[-1] == "I Страновая тематическая конференция"
    # 14.02.2015 sorts after X (2016) and before IX, known only as «2015 г.» (its period starts on 1 January).
    assert titles.index("Чрезвычайная страновая конференция") == titles.index("IX Страновая тематическая конференция") - 1
    assert response.text.count('class="badge badge-demo"') == 19
    assert "во втором (третьем) квартале 2027 г." in response.text
    assert "Известен только год проведения" in response.text


@pytest.mark.parametrize(("params", "count"), [({"kind": "extraordinary"}, 1), ({"status": "planned"}, 1), ({"status": "held"}, 21)])
def test_it_filters_the_timeline(client, xx, params, count):
    assert client.get(reverse("conferences:list"), params).context["page_obj"].paginator.count == count


def test_it_exports_the_timeline_as_csv(client, xx):
    response = client.get(reverse("conferences:list"), {"status": "planned", "format": "csv"})
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert rows[1][:4] == ["XXI", "XXI Страновая отчётно-выборная конференция", "отчётно-выборная", "Запланирована"]
    assert len(rows) == 2


def test_it_shows_a_conference_with_agenda_and_documents(client, xx, draft):
    response = client.get(reverse("conferences:detail", args=["xx-2026"]))
    assert "«Стратегия организационного прорыва" in response.text
    assert "19 июня 2026 г." in response.text and "Душанбе" in response.text and "Дом дружбы" in response.text
    assert xx.get_absolute_url() in response.text
    assert draft.title not in response.text
    planned = client.get(reverse("conferences:detail", args=["xxi-2027"]))
    assert "Молодёжная повестка" in planned.text and "постоянный пункт" in planned.text
    assert "Дату и место определяет Секретариат" in planned.text


def test_it_marks_demo_conferences_honestly(client, xx):
    response = client.get(reverse("conferences:detail", args=["c5-2011"]))
    assert "badge-demo" in response.text and "известен только год проведения" in response.text
    assert "2011 г." in response.text


def test_it_answers_404_for_an_unknown_conference(client, db):
    assert client.get(reverse("conferences:detail", args=["nope"])).status_code == 404
