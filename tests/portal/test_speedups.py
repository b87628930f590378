"""The shortcuts the public pages take for speed give exactly what the Django calls they replace give."""

import pytest
from django.test import override_settings
from django.urls import reverse
from django.utils import translation

from conferences.models import Conference, EventStatus
from core.templatetags.ksors import display
from core.urlcache import slug_url
from organizations.models import MembershipChange, MembershipStatus
from portal.views.site import _fold


@pytest.mark.parametrize("language", ["ru", "en"])
@pytest.mark.parametrize(
    "viewname", ["organizations:detail", "conferences:detail", "conferences:meeting", "resolutions:detail", "resolutions:declaration"]
)
@pytest.mark.parametrize("slug", ["umet", "xx-2026-06-19", "a_b-9"])
def test_it_builds_slug_urls_as_reverse_does(viewname, slug, language):
    with translation.override(language):
        assert slug_url(viewname, slug) == reverse(viewname, args=[slug])


def test_it_leaves_unusual_slugs_to_reverse():
    # Not a plain slug: reverse() decides (here it finds no URL), the shortcut does not guess.
    with pytest.raises(Exception) as raised, translation.override("ru"):
        slug_url("organizations:detail", "with space")
    assert type(raised.value).__name__ == "NoReverseMatch"


def test_it_follows_the_script_prefix():
    with override_settings(FORCE_SCRIPT_NAME="/portal/"), translation.override("ru"):
        from django.urls import set_script_prefix

        set_script_prefix("/portal/")
        try:
            assert slug_url("organizations:detail", "umet") == reverse("organizations:detail", args=["umet"])
            assert slug_url("organizations:detail", "umet").startswith("/portal/")
        finally:
            set_script_prefix("/")


@pytest.mark.parametrize("language", ["ru", "en"])
def test_it_displays_choice_labels_as_get_display_does(language):
    change = MembershipChange(status=MembershipStatus.SUSPENDED)
    conference = Conference(status=EventStatus.PLANNED)
    with translation.override(language):
        assert display(change, "status") == change.get_status_display()
        assert display(conference, "status") == conference.get_status_display()
        change.status = "not-a-choice"
        assert display(change, "status") == change.get_status_display() == "not-a-choice"


@pytest.mark.parametrize(
    "line",
    ["", "short", "x" * 75, "x" * 76, "я" * 37, "я" * 38, "я" * 200, "DESCRIPTION:" + "Поручить подготовить доклад 😀 " * 9],
)
def test_it_folds_calendar_lines_within_75_octets_without_splitting_characters(line):
    folded = _fold(line)
    parts = folded.split("\r\n ")
    assert "".join(parts) == line
    assert len(parts[0].encode()) <= 75
    assert all(len(part.encode()) <= 74 for part in parts[1:])
    # As full as allowed: each line but the last would overflow with the next character.
    for part, following in zip(parts, parts[1:], strict=False):
        limit = 75 if part is parts[0] else 74
        assert len((part + following[0]).encode()) > limit


@pytest.mark.django_db
@pytest.mark.parametrize("path", ["/resolutions/xx-2026-06-19/", "/en/resolutions/xx-2026-06-19/"])
def test_it_reads_a_resolution_without_loading_a_left_out_column_per_row(client, django_assert_num_queries, path, settings):
    # The page loads only the columns it shows; one it used without loading would cost a query per row. The
    # 20×-data test does not see that on the sample resolution (it is the same in both data sets), this does.
    from resolutions.models import Resolution
    from tests.public_data import build_public

    build_public()
    Resolution.objects.filter(slug="xx-2026-06-19").update(publish_progress=True)
    # The page's own queries are counted here: the page cache is off (tests/portal/test_page_cache.py counts a hit).
    settings.KSORS_PAGE_CACHE = False
    # resolution, items, responsible, their positions, membership decisions, declarations, versions
    with django_assert_num_queries(7):
        response = client.get(path)
    assert response.status_code == 200
    assert b"item-link" in response.content
