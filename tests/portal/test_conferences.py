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


def test_a_conference_known_only_by_its_year_says_so_once_and_labels_the_year(client, demo):
    html = client.get("/conferences/v-2011/").content.decode()
    assert html.count("ещё не внесены") == 1
    assert "<dt>Год</dt><dd>2011 г.</dd>" in html and "<dt>Срок</dt>" not in html
    assert "Повестка не внесена" not in html and "Документы не опубликованы" not in html
    english = client.get("/en/conferences/v-2011/").content.decode()
    assert "<dt>Year</dt><dd>2011</dd>" in english and "г." not in english.split('id="content"')[1]


def test_english_timeline_cards_show_years_and_periods_in_english(client, demo):
    html = client.get("/en/conferences/").content.decode()
    assert "2025 г." not in html and "квартале" not in html
    assert "1 April 2027 — 30 September 2027" in html
    assert "во втором (третьем) квартале 2027 г." in client.get("/conferences/").content.decode()


def test_a_held_conference_without_agenda_shows_what_its_resolution_heard(client, demo):
    html = client.get("/conferences/xx-2026/").content.decode()
    assert "Повестка не внесена" not in html
    assert "обсудили:" in html
    assert '<blockquote class="heard" lang="ru">итоги совместной деятельности общественных объединений российских ' \
           "соотечественников в системе КСОРС Республики Таджикистан с 2007 года по июнь 2026 год</blockquote>" in html
