import xml.etree.ElementTree as ET

import feedparser
import icalendar
import pytest
from django.urls import reverse
from django.utils.encoding import iri_to_uri

pytestmark = pytest.mark.django_db


def test_it_publishes_an_atom_feed_of_published_resolutions(client, draft, xx):
    response = client.get(reverse("resolutions:feed"))
    assert response["Content-Type"].startswith("application/atom+xml")
    feed = feedparser.parse(response.content)
    assert not feed.bozo, feed.bozo_exception
    assert feed.feed.title == "Резолюции КСОРС РТ"
    assert [entry.title for entry in feed.entries] == [xx.title]
    assert feed.entries[0].link.endswith(xx.get_absolute_url())
    assert "Утверждена единогласно" in feed.entries[0].summary


def test_it_publishes_a_calendar_of_conferences_and_deadlines(client, draft, xx):
    response = client.get(reverse("calendar"))
    assert response["Content-Type"].startswith("text/calendar")
    calendar = icalendar.Calendar.from_ical(response.content)
    events = {str(event["SUMMARY"]): event for event in calendar.walk("VEVENT")}
    assert "XX Страновая тематическая конференция" in events
    assert str(events["XX Страновая тематическая конференция"].decoded("DTSTART")) == "2026-06-19"
    planned = next(e for s, e in events.items() if s.startswith("XXI Страновая отчётно-выборная конференция"))
    assert str(planned.decoded("DTSTART")) == "2027-04-01" and str(planned.decoded("DTEND")) == "2027-10-01"
    deadline = next(e for s, e in events.items() if s.startswith("Срок: п. 9б"))
    assert str(deadline.decoded("DTSTART")) == "2027-10-31"
    assert str(deadline["URL"]).endswith(iri_to_uri(f"{xx.get_absolute_url()}#p9б"))
    assert not any("Черновиковая" in summary or "черновиковой" in str(e["DESCRIPTION"]) for summary, e in events.items())
    assert not any(summary.startswith("I Страновая") for summary in events)  # demo conferences known by year only
    assert all(len(line) <= 75 for line in response.content.split(b"\r\n"))


def test_it_lists_public_pages_in_the_sitemap(client, draft, xx):
    response = client.get("/sitemap.xml")
    locations = [el.text for el in ET.fromstring(response.content).iter("{http://www.sitemaps.org/schemas/sitemap/0.9}loc")]
    assert any(loc.endswith(xx.get_absolute_url()) for loc in locations)
    assert any(loc.endswith("/organizations/umet/") for loc in locations)
    assert any(loc.endswith("/conferences/xxi-2027/") for loc in locations)
    assert any(loc.endswith("/declarations/family-protection/") for loc in locations)
    assert not any("secret-draft" in loc for loc in locations)


def test_it_serves_robots_txt(client, db):
    response = client.get("/robots.txt")
    assert response["Content-Type"].startswith("text/plain")
    assert "Disallow: /admin/" in response.text
    assert "Sitemap: http://testserver/sitemap.xml" in response.text
