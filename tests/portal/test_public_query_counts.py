"""Every public page runs as many SQL queries with 20× the data as with a little: nothing grows per row.

Counted on a miss of the page cache (the generation is bumped before each request), so the cache hides nothing.
"""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from core import pagecache
from tests.public_data import build_public, grow

pytestmark = pytest.mark.django_db

PAGES = [
    "/",
    "/resolutions/",
    "/resolutions/?q=доклад&responsible=body:secretariat&page=2",
    "/resolutions/?format=csv",
    "/resolutions/xx-2026-06-19/",
    "/resolutions/g-res-0/",
    "/conferences/",
    "/conferences/?format=csv",
    "/conferences/xx-2026/",
    "/conferences/g-conf-0/",
    "/organizations/",
    "/organizations/?region=sughd&format=csv",
    "/organizations/g-org-0/",
    "/organizations/umet/",
    "/declarations/",
    "/declarations/family-protection/",
    "/search/?q=Общество+доклад",
    "/search/?q=соотечественников",
    "/feeds/resolutions/",
    "/calendar.ics",
    "/sitemap.xml",
    "/en/resolutions/xx-2026-06-19/",
]


def _counts(client):
    counts = {}
    for url in PAGES:
        pagecache.bump()
        with CaptureQueriesContext(connection) as queries:
            response = client.get(url)
        assert response.status_code == 200, url
        counts[url] = len(queries)
    return counts


def test_it_runs_the_same_number_of_queries_with_twenty_times_the_data(client):
    build_public()
    grow(2)
    small = _counts(client)
    grow(40, prefix="h")
    large = _counts(client)
    assert large == small
