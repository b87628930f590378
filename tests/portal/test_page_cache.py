"""The page cache of the public pages: every kind of write shows on the next request, logged-in users and
per-visitor content never go through it, conditional GET, and no query on a hit.

A write "commits" inside `django_capture_on_commit_callbacks(execute=True)`: the test's own transaction never
commits, and the generation is bumped only on commit (see core.pagecache).
"""

import datetime
import io
import re

import pytest
from django.contrib import messages
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.test.utils import CaptureQueriesContext
from pypdf import PdfReader

from conferences.models import AgendaItem, Conference
from conferences.services import agenda_item_add, conference_create
from core import pagecache
from core.uploads import IMAGE_SIZES, image_clean
from organizations.models import MembershipStatus, Organization, OrganizationName, Person
from organizations.services import (
    membership_change_apply,
    organization_photo_add,
    organization_profile_update,
)
from resolutions.declarations import signatory_decide, signatory_request
from resolutions.models import Declaration, ExecutionStatus, Item
from resolutions.services import (
    ItemData,
    ResponsibleData,
    item_status_set,
    resolution_publish,
    resolution_save,
    resolution_unpublish,
    responsibilities_set,
)
from tests.files import png_bytes
from tests.portal.test_public_query_counts import PAGES
from tests.public_data import grow

pytestmark = pytest.mark.django_db

XX = "/resolutions/xx-2026-06-19/"


@pytest.fixture
def commit(django_capture_on_commit_callbacks):
    """Run a write as if its transaction committed (its on_commit callbacks run)."""

    def run(write):
        with django_capture_on_commit_callbacks(execute=True):
            return write()

    return run


def _warm(client, url):
    first = client.get(url)
    again = client.get(url)
    assert again["X-Page-Cache"] == "hit", url
    assert again.content == first.content
    return again


def _items_as_data(resolution) -> list[ItemData]:
    """The resolution's items as the editor would submit them unchanged, with `text` of item 13 corrected."""
    rows = []
    for item in resolution.items.order_by("position").prefetch_related("responsibilities"):
        rows.append(ItemData(
            id=item.pk, label=item.label, text=item.text.replace("принять к сведению", "принять к сведению (испр.)"),
            level=1 if item.parent_id else 0, kind=item.kind, deadline_text=item.deadline_text,
            deadline_kind=item.deadline_kind, due_start=item.due_start, due_end=item.due_end,
            due_relative_to=item.due_relative_to,
            responsible=[ResponsibleData(text=r.text, person=r.person, body=r.body, organization=r.organization,
                                         all_members=r.all_members) for r in item.responsibilities.all()],
            membership_action=item.membership_action, membership_organization=item.membership_organization,
            membership_until_on=item.membership_until_on, membership_until_event=item.membership_until_event,
        ))
    return rows


# (name, URL shown, write(xx, draft, secretary), text expected after the write; "!text": gone; None: a 404)
WRITES = [
    ("publish", "/resolutions/", lambda xx, d, s: resolution_publish(resolution=d, user=s), "Черновиковая резолюция"),
    ("publish in search", "/search/?q=тайное+совещание",
     lambda xx, d, s: resolution_publish(resolution=d, user=s), "Черновиковая резолюция о тайном совещании"),
    ("correction", XX, lambda xx, d, s: resolution_save(
        resolution=xx, header={}, items=_items_as_data(xx), expected_revision=xx.revision, user=s,
        note="Исправлена опечатка в п. 13"), "Исправлена опечатка в п. 13"),
    ("withdrawal", XX, lambda xx, d, s: resolution_unpublish(resolution=xx, reason="Ошибка", user=s), None),
    ("withdrawal from the list", "/resolutions/",
     lambda xx, d, s: resolution_unpublish(resolution=xx, reason="Ошибка", user=s), "!" + XX),
    ("membership decision", "/organizations/women-movement/", lambda xx, d, s: membership_change_apply(
        organization=Organization.objects.get(slug="women-movement"), status=MembershipStatus.SUSPENDED,
        effective_on=datetime.date(2026, 7, 1), reason="Связь утеряна", document_reference="Протокол № 5",
        recorded_by=s), "Связь утеряна"),
    ("profile edit", "/organizations/women-movement/", lambda xx, d, s: organization_profile_update(
        organization=Organization.objects.get(slug="women-movement"),
        data={"description": "Просветительские вечера по субботам"}, user=s), "Просветительские вечера по субботам"),
    ("former name", "/organizations/women-movement/", lambda xx, d, s: _former_name(), "Союз женщин-просветительниц"),
    ("photo", "/organizations/women-movement/", lambda xx, d, s: organization_photo_add(
        organization=Organization.objects.get(slug="women-movement"),
        image=image_clean(SimpleUploadedFile("p.png", png_bytes(), content_type="image/png"), size=IMAGE_SIZES["photo"]),
        caption="Праздник в Доме дружбы", user=s), "Праздник в Доме дружбы"),
    ("conference change", "/conferences/xx-2026/", lambda xx, d, s: _save_venue(), "Дворец Навруз"),
    ("conference planned", "/conferences/", lambda xx, d, s: conference_create(
        number=22, slug="xxii-2028", status="planned", planned_text="в 2028 году", theme="Новый путь"), "XXII"),
    ("agenda", "/conferences/xx-2026/", lambda xx, d, s: agenda_item_add(
        event=Conference.objects.get(slug="xx-2026"), title="О юбилейной книге"), "О юбилейной книге"),
    ("declaration signatory", "/declarations/family-protection/", lambda xx, d, s: _join("iriston", s), "Иристон"),
    ("item edit", XX, lambda xx, d, s: _item_text(xx, "Провести фестиваль дружбы народов"),
     "Провести фестиваль дружбы народов"),
    ("responsible (bulk)", XX, lambda xx, d, s: responsibilities_set(
        item=xx.items.get(label="13"), entries=[ResponsibleData(text="Молодёжный совет КСОРС РТ")], inherited_texts=set()),
     "Молодёжный совет КСОРС РТ"),
    ("person renamed", XX, lambda xx, d, s: _rename_kim(), "Ким Виктор Михайлович"),
    ("execution status", XX, lambda xx, d, s: item_status_set(
        item=xx.items.filter(execution_status=ExecutionStatus.IN_PROGRESS).first(), status=ExecutionStatus.DONE),
     "badge-done"),
    ("calendar", "/calendar.ics", lambda xx, d, s: resolution_publish(resolution=d, user=s), "тайное совещание"),
    ("feed", "/feeds/resolutions/", lambda xx, d, s: resolution_publish(resolution=d, user=s), "Черновиковая"),
    ("sitemap", "/sitemap.xml", lambda xx, d, s: resolution_publish(resolution=d, user=s), "/resolutions/secret-draft/"),
    ("home", "/", lambda xx, d, s: resolution_publish(resolution=d, user=s), "Черновиковая"),
    ("deletion", "/conferences/xxi-2027/", lambda xx, d, s: AgendaItem.objects.get(title="Отчёт о работе КСОРС РТ").delete(),
     "!Отчёт о работе КСОРС РТ"),
    ("item edit in search", "/search/?q=кукольных+театров",
     lambda xx, d, s: _item_text(xx, "Провести фестиваль кукольных театров"), "п. 13"),
    ("update() in search", "/search/?q=сборник+поэзии", lambda xx, d, s: _item_text_by_update(xx, "Издать сборник поэзии"),
     "п. 13"),
    ("profile edit in search", "/search/?q=просветительские+вечера", lambda xx, d, s: organization_profile_update(
        organization=Organization.objects.get(slug="women-movement"),
        data={"description": "Просветительские вечера по субботам"}, user=s), "/organizations/women-movement/"),
]


def _former_name():
    organization = Organization.objects.get(slug="women-movement")
    OrganizationName.objects.create(organization=organization, name=organization.name, valid_from=datetime.date(2010, 1, 1))
    OrganizationName.objects.create(organization=organization, name="Союз женщин-просветительниц",
                                    valid_until=datetime.date(2010, 1, 1))


def _save_venue():
    conference = Conference.objects.get(slug="xx-2026")
    conference.venue = "Дворец Навруз"
    conference.save()


def _rename_kim():
    kim = Person.objects.get(slug="kim")
    kim.full_name = "Ким Виктор Михайлович"
    kim.save()


def _item_text(resolution, text):
    item = resolution.items.get(label="13")
    item.text = text
    item.save()


def _item_text_by_update(resolution, text):
    """A write that sends no signal: whoever writes so calls invalidate() (as the services do)."""
    Item.objects.filter(resolution=resolution, label="13").update(text=text)
    pagecache.invalidate()


def _join(slug, secretary):
    declaration = Declaration.objects.get(slug="family-protection")
    signatory = signatory_request(declaration=declaration, organization=Organization.objects.get(slug=slug), user=secretary)
    return signatory_decide(signatory=signatory, user=secretary, confirm=True)


@pytest.mark.parametrize(("url", "write", "expected"), [w[1:] for w in WRITES], ids=[w[0] for w in WRITES])
def test_it_shows_every_kind_of_write_on_the_next_request(client, xx, draft, secretary, commit, url, write, expected):
    Organization.objects.filter(slug="iriston").update(status=MembershipStatus.ACTIVE)
    before = _warm(client, url)
    gone = expected is not None and expected.startswith("!")
    if expected is not None:
        assert (expected[1:] in before.text) if gone else (expected not in before.text)
    commit(lambda: write(xx, draft, secretary))
    after = client.get(url)
    if expected is None:
        assert after.status_code == 404
        return
    assert after["X-Page-Cache"] == "miss" and after.status_code == 200
    assert (expected[1:] not in after.text) if gone else (expected in after.text)


def test_it_keeps_the_page_when_the_write_rolls_back(client, xx, secretary, commit):
    _warm(client, XX)

    def failing():
        from django.db import transaction

        with transaction.atomic():
            _item_text(xx, "Откатится")
            raise RuntimeError

    with pytest.raises(RuntimeError):
        commit(failing)
    assert client.get(XX)["X-Page-Cache"] == "hit"


def test_it_bumps_once_per_transaction(xx, commit, monkeypatch):
    bumps = []
    monkeypatch.setattr(pagecache, "bump", lambda: bumps.append(1))
    commit(lambda: [_item_text(xx, f"Текст {n}") for n in range(5)])
    assert bumps == [1]


def test_a_logged_in_user_never_receives_a_cached_page(client, xx, leader_a):
    _warm(client, XX)
    client.force_login(leader_a)
    response = client.get(XX)
    assert "X-Page-Cache" not in response
    assert "Руководитель А" in response.text and "csrfmiddlewaretoken" in response.text
    assert "public" not in response.get("Cache-Control", "")
    client.logout()
    assert client.get(XX)["X-Page-Cache"] == "hit"  # what the leader saw was not stored either


def test_a_page_seen_by_a_logged_in_user_is_not_stored_for_visitors(client, xx, leader_a):
    pagecache.bump()
    client.force_login(leader_a)
    client.get("/organizations/")
    client.logout()
    response = client.get("/organizations/")
    assert response["X-Page-Cache"] == "miss" and "Руководитель А" not in response.text


@pytest.mark.parametrize("url", PAGES)
def test_no_cached_page_carries_a_token_a_message_or_a_name(client, xx, secretary, leader_a, url):
    grow(1)
    response = _warm(client, url)
    text = response.content.decode()
    for needle in ("csrfmiddlewaretoken", 'class="messages"', "Руководитель А", "Секретарь", "leader-a@example.org"):
        assert needle not in text, (url, needle)
    assert "Set-Cookie" not in response and not response.cookies
    assert set(response["Cache-Control"].split(", ")) == {"public", "max-age=0", "s-maxage=10"}
    assert "Cookie" in response["Vary"]


def test_it_answers_a_hit_without_a_query(client, xx, django_assert_max_num_queries):
    """No query of the page's own; with the production cache (a database table) the one read of the cache."""
    grow(1)
    for url in PAGES:
        client.get(url)
        with django_assert_max_num_queries(1) as captured:
            assert client.get(url)["X-Page-Cache"] == "hit", url
        assert all("ksors_cache" in query["sql"] for query in captured.captured_queries), url


def test_a_visitor_with_a_message_gets_the_page_rendered_with_it(client, xx):
    _warm(client, XX)
    # A message waiting in the messages cookie (as after logging out): the page is rendered, and not stored.
    from django.contrib.messages.storage.cookie import CookieStorage
    from django.test import RequestFactory

    request = RequestFactory().get("/")
    storage = CookieStorage(request)
    storage.add(messages.INFO, "Вы вышли из учётной записи.")
    response = client.get("/")  # any response to carry the cookie
    storage.update(response)
    client.cookies[CookieStorage.cookie_name] = response.cookies[CookieStorage.cookie_name].value
    page = client.get(XX)
    assert "X-Page-Cache" not in page and "Вы вышли из учётной записи." in page.text
    del client.cookies[CookieStorage.cookie_name]
    assert client.get(XX)["X-Page-Cache"] == "hit"


def test_it_answers_a_conditional_get_with_304_and_with_200_after_a_change(client, xx, commit):
    response = client.get(XX)
    etag, modified = response["ETag"], response["Last-Modified"]
    not_modified = client.get(XX, headers={"If-None-Match": etag})
    assert not_modified.status_code == 304 and not_modified.content == b"" and not_modified["ETag"] == etag
    assert client.get(XX, headers={"If-Modified-Since": modified}).status_code == 304
    commit(lambda: _item_text(xx, "Провести фестиваль дружбы народов"))
    changed = client.get(XX, headers={"If-None-Match": etag})
    assert changed.status_code == 200 and changed["ETag"] != etag
    assert "Провести фестиваль дружбы народов" in changed.text
    assert client.get(XX, headers={"If-None-Match": changed["ETag"]}).status_code == 304


def test_the_language_is_part_of_the_key(client, xx):
    russian, english = _warm(client, XX), _warm(client, "/en" + XX)
    assert 'lang="ru"' in russian.text and 'lang="en"' in english.text
    assert russian["ETag"] != english["ETag"]


def test_the_query_string_is_part_of_the_key(client, xx):
    assert "Умет" in _warm(client, "/search/?q=Умет").text
    assert "Умет" not in _warm(client, "/search/?q=Иристон").text.split("<main", 1)[1].split("search-results", 1)[-1]


def test_it_stores_no_error_page(client, xx):
    client.get("/resolutions/no-such-resolution/")
    assert client.get("/resolutions/no-such-resolution/").status_code == 404
    assert "X-Page-Cache" not in client.get("/resolutions/no-such-resolution/")


def test_it_is_off_when_the_setting_says_so(client, xx, settings):
    settings.KSORS_PAGE_CACHE = False
    client.get(XX)
    assert "X-Page-Cache" not in client.get(XX)


def test_an_item_unseen_by_the_public_still_bumps(xx, commit):
    before = pagecache.current_generation()
    commit(lambda: Item.objects.get(resolution=xx, label="13").save())
    assert pagecache.current_generation() > before


PDF_WRITES = [
    ("correction", lambda xx, s: resolution_save(
        resolution=xx, header={}, items=_items_as_data(xx), expected_revision=xx.revision, user=s,
        note="Исправлена опечатка в п. 13"), "принять к сведению (испр.)"),
    ("withdrawal", lambda xx, s: resolution_unpublish(resolution=xx, reason="Ошибка", user=s), None),
]


@pytest.mark.parametrize(("write", "expected"), [w[1:] for w in PDF_WRITES], ids=[w[0] for w in PDF_WRITES])
def test_the_cached_pdf_follows_a_change_of_the_document(client, xx, secretary, commit, write, expected):
    def text(response):
        return " ".join(" ".join(page.extract_text() for page in PdfReader(io.BytesIO(response.content)).pages).split())

    url = f"{XX}pdf/"
    assert expected is None or expected not in text(_warm(client, url))
    commit(lambda: write(xx, secretary))
    response = client.get(url)
    if expected is None:
        assert response.status_code == 404
        return
    assert response["X-Page-Cache"] == "miss" and expected in text(response)


def test_a_miss_runs_the_pages_own_queries_and_only_the_caches_besides(client, xx, settings):
    """On a miss every page runs exactly the queries it runs with the cache off, plus a few of the cache's own
    (with the production cache, a database table): reading the generation and the entry, storing the page."""
    grow(1)
    for url in PAGES:
        settings.KSORS_PAGE_CACHE = False
        client.get(url)  # per-process lookups (addresses, choices) filled before counting
        with CaptureQueriesContext(connection) as uncached:
            client.get(url)
        settings.KSORS_PAGE_CACHE = True
        pagecache.bump()
        with CaptureQueriesContext(connection) as miss:
            assert client.get(url)["X-Page-Cache"] == "miss", url
        # The cache's: its table, and the savepoint its write runs in (inside the test's transaction).
        # PostgreSQL names a server-side cursor after a per-run object id: the same query, another name.
        def same(sql):
            return re.sub(r"_django_curs_\d+_sync_\d+", "_django_curs", sql)

        own = [same(query["sql"]) for query in miss.captured_queries
               if "ksors_cache" not in query["sql"] and "SAVEPOINT" not in query["sql"]]
        assert own == [same(query["sql"]) for query in uncached.captured_queries], url
        assert len(miss.captured_queries) - len(own) <= 7, url
