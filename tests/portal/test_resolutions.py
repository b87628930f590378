import csv
import io
import re

import pytest
from django.templatetags.static import static
from django.urls import reverse

from conferences.models import ConferenceKind
from resolutions.models import ResolutionVersion
from tests.factories import ConferenceFactory, ItemFactory, ResolutionFactory
from tests.public_data import sample_items

pytestmark = pytest.mark.django_db


def _titles(response):
    return [r.title for r in response.context["rows"]]


def test_it_lists_published_resolutions_newest_first(client, xx):
    older = ResolutionFactory(status="published", published_at=xx.published_at, title="Резолюция XIX конференции")
    response = client.get(reverse("resolutions:list"))
    assert response.status_code == 200
    assert _titles(response) == [xx.title, older.title]
    assert "«Стратегия организационного прорыва" in response.text
    assert reverse("resolutions:pdf", args=[xx.slug]) in response.text


def test_it_hides_drafts_from_the_list_and_the_detail_and_the_pdf(client, draft):
    response = client.get(reverse("resolutions:list"))
    assert draft.title not in response.text
    assert client.get(draft.get_absolute_url()).status_code == 404
    assert client.get(reverse("resolutions:pdf", args=[draft.slug])).status_code == 404
    assert draft.title not in client.get(reverse("resolutions:list") + "?format=csv").content.decode()


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"year": "2026"}, ["xx"]),
        ({"year": "2019"}, ["other"]),
        ({"kind": ConferenceKind.THEMATIC}, ["xx"]),
        ({"kind": ConferenceKind.EXTRAORDINARY}, ["other"]),
        ({"responsible": "person:temirova"}, ["xx"]),
        ({"responsible": "body:secretariat"}, ["xx"]),
        ({"responsible": "all"}, ["xx"]),
        ({"q": "умет"}, ["xx"]),  # only in item 10: Cyrillic case folded on SQLite too
        ({"q": "ЧЕЧЕВИЧНАЯ"}, ["other"]),
        ({"q": "соотечественников", "year": "2019"}, []),
    ],
)
def test_it_filters_the_list(client, xx, params, expected):
    conference = ConferenceFactory(kind=ConferenceKind.EXTRAORDINARY, number=None, slug="extra-2019")
    other = ResolutionFactory(
        title="Другая резолюция", conference=conference, adopted_on="2019-05-01", status="published",
        published_at=xx.published_at,
    )
    ItemFactory(resolution=other, text="Чечевичная похлёбка.")
    response = client.get(reverse("resolutions:list"), params)
    names = {xx.title: "xx", other.title: "other"}
    assert [names[t] for t in _titles(response)] == expected


def test_it_filters_by_conference_and_keeps_the_state_in_the_query_string(client, xx):
    response = client.get(reverse("resolutions:list"), {"conference": xx.conference_id, "q": "повестка"})
    assert _titles(response) == [xx.title]
    assert f'<option value="{xx.conference_id}" selected>' in response.text
    assert 'value="повестка"' in response.text
    assert f"conference={xx.conference_id}" in response.context["csv_url"]


def test_it_paginates_keeping_filters(client, xx):
    for n in range(25):
        ResolutionFactory(status="published", published_at=xx.published_at, title=f"Резолюция №{n}", adopted_on="2020-01-01")
    first = client.get(reverse("resolutions:list"), {"year": "2020"})
    assert len(first.context["rows"]) == 20
    assert "?year=2020&amp;page=2" in first.text
    second = client.get(reverse("resolutions:list"), {"year": "2020", "page": "2"})
    assert len(second.context["rows"]) == 5


def test_it_exports_the_filtered_rows_as_csv(client, xx):
    ResolutionFactory(status="published", published_at=xx.published_at, title="Резолюция 2020", adopted_on="2020-01-01")
    response = client.get(reverse("resolutions:list"), {"year": "2026", "format": "csv", "page": "1"})
    assert response["Content-Type"].startswith("text/csv")
    assert "attachment" in response["Content-Disposition"]
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert rows[0][:3] == ["Название", "Конференция или заседание", "Дата принятия"]
    assert [row[0] for row in rows[1:]] == [xx.title]
    assert rows[1][4] == str(len(sample_items()))


def test_it_shows_the_document_with_every_label_in_order_and_anchors(client, xx):
    response = client.get(xx.get_absolute_url())
    html = response.text
    labels = [label for label, _text in sample_items()]
    anchors = re.findall(r'<li id="p([^"]+)" class="item depth-(\d)"', html)
    assert [label for label, _depth in anchors] == labels
    depths = dict(anchors)
    assert depths["7"] == "0" and depths["7б"] == "1" and depths["14а"] == "1"
    assert 'href="#p7б" data-copy-link' in html
    assert "ПОСТАНОВИЛИ:" in html
    assert "<li>страновые конференции объединений" in html  # preamble bullets are a list
    assert "Утверждена единогласно на XX Страновой тематической конференции" in html
    assert '19 июня 2026 г., г. Душанбе, Таджикистан</p>' in html  # marked lang=ru on English pages only (|place)
    assert f'src="{static("js/copy-link.js")}"' in html  # the hashed name, from the manifest


def test_it_shows_responsible_deadline_and_the_normalized_window(client, xx):
    html = client.get(xx.get_absolute_url()).text
    item = html.split('id="p9б"')[1].split('id="p10"')[0]
    assert "председателю КСОРС РТ Темировой Л.Г." in item and "секретарю-координатору Ким В.М." in item
    assert "сентябрь-октябрь 2027 год" in item
    assert "с 1 сентября 2027 г. по 31 октября 2027 г." in item
    standing = html.split('id="p8б"')[1].split('id="p9"')[0]
    assert "постоянно, с 1 июля 2026 г. по 31 декабря 2030 г." in standing
    assert "не позднее 31 октября 2026 г." in html.split('id="p7б"')[1].split('id="p7в"')[0]


def test_it_links_named_organizations_people_and_membership_changes(client, xx):
    html = client.get(xx.get_absolute_url()).text
    item10 = html.split('id="p10"')[1].split('id="p11"')[0]
    assert 'href="/organizations/umet/#membership"' in item10
    assert "исключена с 19 июня 2026 г." in item10
    assert 'href="/organizations/embassy/"' in html  # responsible organization
    assert "Темирова Людмила Григорьевна" in html and "председатель КСОРС РТ" in html
    assert 'href="/declarations/family-protection/"' in html.split('id="p12"')[1].split('id="p12а"')[0]


def test_it_shows_execution_status_only_when_the_secretariat_publishes_progress(
    client, xx, django_capture_on_commit_callbacks
):
    html = client.get(xx.get_absolute_url()).text
    assert "badge-in_progress" in html and "Выполняется" in html
    xx.publish_progress = False
    with django_capture_on_commit_callbacks(execute=True):  # the commit makes the cached page stale
        xx.save()
    html = client.get(xx.get_absolute_url()).text
    assert "Выполняется" not in html and "Исполнение" not in html


def test_it_shows_the_redaction_and_lists_versions_when_there_are_several(
    client, xx, django_capture_on_commit_callbacks
):
    html = client.get(xx.get_absolute_url()).text
    assert "Редакция 1, опубликована" in html
    assert "Редакции</h3>" not in html
    with django_capture_on_commit_callbacks(execute=True):  # the commit makes the cached page stale
        ResolutionVersion.objects.create(resolution=xx, number=2, snapshot={}, note="Исправлена опечатка в п. 7б")
        xx.version = 2
        xx.save()
    html = client.get(xx.get_absolute_url()).text
    assert "Редакция 2, опубликована" in html and "Редакции</h3>" in html and "Исправлена опечатка в п. 7б" in html


def test_it_escapes_what_a_resolution_says(client, xx):
    item = xx.items.get(label="1")
    item.text = '<script>alert(1)</script> **важно**'
    item.save()
    html = client.get(xx.get_absolute_url()).text
    assert "<script>alert(1)</script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt; <strong>важно</strong>" in html


def test_it_serves_the_document_in_english_too(client, xx):
    response = client.get("/en" + xx.get_absolute_url())
    assert response.status_code == 200
    assert '<html lang="en">' in response.text
    assert "19 June 2026" in response.text


def test_it_shows_declarations_with_signatories(client, xx):
    response = client.get(reverse("resolutions:declarations"))
    assert "Международная декларация о защите семьи" in response.text
    assert "присоединилась 1 организация" in response.text
    detail = client.get(reverse("resolutions:declaration", args=["family-protection"]))
    assert "Движение женщин за просвещение и милосердие" in detail.text
    assert "19 июня 2026 г." in detail.text
    assert f'href="{xx.get_absolute_url()}#p12"' in detail.text
    csv_rows = client.get(reverse("resolutions:declarations"), {"format": "csv"}).content.decode("utf-8-sig")
    assert "Международная декларация о защите семьи,19.06.2026" in csv_rows or "2026-06-19" in csv_rows


def test_it_hides_unpublished_declarations(client, xx):
    from resolutions.models import Declaration

    Declaration.objects.update(is_published=False)
    assert "о защите семьи" not in client.get(reverse("resolutions:declarations")).text
    assert client.get(reverse("resolutions:declaration", args=["family-protection"])).status_code == 404
