"""Import → admission proposed → publish confirmation → applied; conference sync; preview equals the public page."""

import re
from pathlib import Path

import pytest
from django.urls import reverse

from conferences.models import ConferenceKind, EventStatus
from organizations.models import MembershipStatus, Organization
from resolutions.models import MembershipAction, Resolution
from tests.factories import ConferenceFactory, OrganizationFactory

XIX = Path(__file__).resolve().parents[1] / "resolutions" / "resolution-2025-06-20-xix-illustrative.txt"


@pytest.fixture
def xix_conference(db):
    return ConferenceFactory(number=19, kind=ConferenceKind.THEMATIC, date=None, status=EventStatus.PLANNED,
                             theme="", city="", is_demo=True, slug="xix")


def _import(client, conference):
    text = XIX.read_text(encoding="utf-8")
    review = client.post(reverse("secretariat:import"), {"text": text})
    assert review.status_code == 200
    response = client.post(reverse("secretariat:import_confirm"), {"source": text, "slug": "xix-2025-06-20",
                                                                  "conference": conference.pk})
    assert response.status_code == 302
    return review, Resolution.objects.get(slug="xix-2025-06-20")


def test_the_import_review_proposes_the_admissions_and_flags_the_conference_mismatch(secretary_client, xix_conference):
    OrganizationFactory(name="ОО «Славянский дом»", short_name="Славянский дом", slug="slavic")
    text = XIX.read_text(encoding="utf-8")
    html = secretary_client.post(reverse("secretariat:import"), {"text": text}).content.decode()
    assert "Принять в состав:" in html
    assert "есть в реестре: ОО «Славянский дом»" in html
    assert "молодёжное объединение «Наследие», Душанбе — <span class=\"badge badge-draft\">будет создана в реестре" in html
    assert "Документ расходится с записью конференции" in html
    assert "отчётно-выборная" in html and "тематическая" in html


def test_confirming_the_import_matches_or_creates_each_organization_as_a_candidate(secretary_client, client, xix_conference):
    existing = OrganizationFactory(name="ОО «Славянский дом»", short_name="Славянский дом", slug="slavic")
    _review, resolution = _import(secretary_client, xix_conference)
    item = resolution.items.get(label="3")
    assert item.membership_action == MembershipAction.ADMIT
    assert item.membership_organization == existing
    created = item.membership_others.get()
    assert created.name == "молодёжное объединение «Наследие»" and created.short_name == "Наследие"
    assert created.city == "Душанбе" and created.kind == "youth" and created.status == MembershipStatus.CANDIDATE
    assert created.slug == "nasledie"
    # Not public before the decision is published.
    assert "Наследие" not in client.get(reverse("organizations:list")).content.decode()
    assert client.get(created.get_absolute_url()).status_code == 404
    assert resolution.votes_for == 38 and resolution.votes_abstained == 2


def test_the_publish_confirmation_lists_decisions_and_differences_then_syncs_the_conference(
    secretary_client, client, xix_conference
):
    _review, resolution = _import(secretary_client, xix_conference)
    url = reverse("secretariat:resolution_publish", args=[resolution.pk])
    page = secretary_client.get(url).content.decode()
    assert "Проверьте перед публикацией" in page
    assert "ОО «Славянский дом»" in page and "молодёжное объединение «Наследие»" in page
    assert page.count("→ <strong>Действующий член</strong>") == 2
    assert "отчётно-выборная" in page and "20 июня 2025 г." in page and "демонстрационная" in page
    assert resolution.status == "draft"  # looking changes nothing

    response = secretary_client.post(url, {"sync_conference": "1"}, follow=True)
    assert "Запись конференции обновлена по документу." in response.content.decode()
    xix_conference.refresh_from_db()
    assert xix_conference.kind == ConferenceKind.REPORTING_ELECTION
    assert xix_conference.theme == "Преемственность поколений – основа соотечественного движения"
    assert xix_conference.city == "Душанбе" and str(xix_conference.date) == "2025-06-20"
    assert xix_conference.status == EventStatus.HELD and not xix_conference.is_demo
    for name in ("Славянский дом", "Наследие"):
        organization = Organization.objects.get(short_name=name)
        assert organization.status == MembershipStatus.ACTIVE
        assert str(organization.joined_on) == "2025-06-20"
        change = organization.membership_changes.get()
        assert change.decided_by_item.label == "3"
    assert "Наследие" in client.get(reverse("organizations:list")).content.decode()


def test_publishing_without_the_sync_leaves_the_conference_as_it_was(secretary_client, xix_conference):
    _review, resolution = _import(secretary_client, xix_conference)
    secretary_client.post(reverse("secretariat:resolution_publish", args=[resolution.pk]))
    xix_conference.refresh_from_db()
    assert xix_conference.kind == ConferenceKind.THEMATIC and xix_conference.is_demo
    resolution.refresh_from_db()
    assert resolution.status == "published"


def test_the_confirmation_names_instructions_without_a_responsible_or_deadline(secretary_client, xix_conference):
    _review, resolution = _import(secretary_client, xix_conference)
    page = secretary_client.get(reverse("secretariat:resolution_publish", args=[resolution.pk])).content.decode()
    assert "Похожи на поручения, но без ответственного или срока" in page
    section = page.split("publish-unassigned", 1)[1].split("</section>", 1)[0]
    assert "п. 5:" in section and "нет ответственного" in section and "п. 3:" not in section


def _document(html: str) -> str:
    """The document part of a resolution page: from the title to the end of the items, links' hosts aside."""
    match = re.search(r'<article class="document.*?</article>', html, re.S)
    assert match, "no document on the page"
    return match.group(0)


def test_the_preview_is_exactly_the_public_page(secretary_client, client, sample_text, members):
    from resolutions.parser import parse_resolution
    from resolutions.services import resolution_create_from_parse, resolution_publish

    resolution = resolution_create_from_parse(parsed=parse_resolution(sample_text), slug="xx")
    preview_url = reverse("secretariat:resolution_preview", args=[resolution.pk])
    draft_preview = _document(secretary_client.get(preview_url).content.decode())
    blocks = draft_preview.count("<dt>Ответственный</dt>")
    assert blocks >= 14  # the issue counted 14 on the public page (the preview showed 0)
    resolution_publish(resolution=resolution)
    public = _document(client.get(resolution.get_absolute_url()).content.decode())
    assert public.count("<dt>Ответственный</dt>") == blocks
    assert _document(secretary_client.get(preview_url).content.decode()) == public
