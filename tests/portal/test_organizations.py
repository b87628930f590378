import csv
import io

import pytest
from django.urls import reverse

from organizations.models import Organization

pytestmark = pytest.mark.django_db


def _names(response):
    return [o.name for o in response.context["rows"]]


def test_it_lists_members_but_not_partners_or_the_council_by_default(client, xx):
    names = _names(client.get(reverse("organizations:list")))
    assert "ОО татар «Умет»" in names and "ОО осетинское общество «Иристон»" in names
    assert "Посольство Российской Федерации в Республике Таджикистан" not in names
    assert not any(name.startswith("Координационный совет") for name in names)
    partners = _names(client.get(reverse("organizations:list"), {"role": "partner"}))
    assert partners == ["Посольство Российской Федерации в Республике Таджикистан"]


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"status": "excluded"}, ["ОО татар «Умет»"]),
        ({"status": "suspended"}, ["ОО осетинское общество «Иристон»"]),
        ({"region": "sughd"}, ["ОО осетинское общество «Иристон»"]),
        ({"city": "Худжанд"}, ["ОО осетинское общество «Иристон»"]),
        ({"kind": "women"}, ["Движение женщин за просвещение и милосердие"]),
        ({"q": "УМЕТ"}, ["ОО татар «Умет»"]),
        ({"q": "ибрагимов"}, ["ОО татар «Умет»"]),
        ({"status": "active", "kind": "ethnic"}, []),
    ],
)
def test_it_filters_the_directory(client, xx, params, expected):
    assert _names(client.get(reverse("organizations:list"), params)) == expected


def test_it_exports_the_directory_as_csv_with_its_filters(client, xx):
    response = client.get(reverse("organizations:list"), {"status": "suspended", "format": "csv"})
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert rows[0][0] == "Название" and len(rows) == 2
    assert rows[1][0] == "ОО осетинское общество «Иристон»" and rows[1][5] == "Членство приостановлено"


def test_it_shows_the_membership_timeline_with_the_deciding_item(client, xx):
    response = client.get(reverse("organizations:detail", args=["umet"]))
    assert "Исключена" in response.text
    assert "в связи с выездом на длительный период" in response.text
    assert f'href="{xx.get_absolute_url()}#p10"' in response.text
    assert "Упоминается в решениях" in response.text


def test_it_shows_contacts_only_when_the_organization_publishes_them(client, xx, django_capture_on_commit_callbacks):
    response = client.get(reverse("organizations:detail", args=["women-movement"]))
    assert "women@example.org" in response.text and "Контакты" in response.text
    organization = Organization.objects.get(slug="women-movement")
    organization.publish_contacts = False
    with django_capture_on_commit_callbacks(execute=True):  # the commit makes the cached page stale
        organization.save()
    response = client.get(reverse("organizations:detail", args=["women-movement"]))
    assert "women@example.org" not in response.text and "+992" not in response.text


def test_it_shows_declarations_joined(client, xx):
    response = client.get(reverse("organizations:detail", args=["women-movement"]))
    assert "Присоединилась к декларациям" in response.text
    assert 'href="/declarations/family-protection/"' in response.text


def test_it_does_not_link_a_decision_in_an_unpublished_resolution(client, xx):
    xx.status = "withdrawn"
    xx.save()
    response = client.get(reverse("organizations:detail", args=["umet"]))
    assert xx.get_absolute_url() not in response.text
    assert "Упоминается в решениях" not in response.text
