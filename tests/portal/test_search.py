import pytest
from django.db import connection
from django.urls import reverse

from conferences.models import Conference
from core import fulltext
from organizations.models import Organization
from resolutions.models import Declaration, Item, Resolution

pytestmark = pytest.mark.django_db
postgres_only = pytest.mark.skipif(connection.vendor != "postgresql", reason="morphology needs PostgreSQL")


def _groups(response):
    return {group.key: group for group in response.context["groups"]}


def _titles(response, key):
    return [hit.title for hit in _groups(response)[key].results] if key in _groups(response) else []


def test_it_finds_cyrillic_whatever_the_case(client, xx):
    response = client.get(reverse("search"), {"q": "умет"})
    assert "ОО татар «Умет»" in _titles(response, "organizations")
    assert "п. 10" in _titles(response, "items")
    assert "<mark>Умет</mark>" in response.text


def test_it_treats_yo_and_ye_alike(client, xx):
    response = client.get(reverse("search"), {"q": "МОЛОДЕЖНАЯ"})
    assert "п. 8" in _titles(response, "items")


def test_it_finds_other_word_forms(client, xx):
    # PostgreSQL's russian stemmer does this properly; the SQLite fallback strips common endings.
    response = client.get(reverse("search"), {"q": "молодёжной повестки"})
    assert {"п. 8", "п. 8б"} <= set(_titles(response, "items"))
    assert "<mark>" in str(_groups(response)["items"].results[0].snippet)
    response = client.get(reverse("search"), {"q": "соотечественников"})
    assert _titles(response, "resolutions") == [xx.title]


def test_it_groups_results_by_type_and_links_items_to_their_anchor(client, xx):
    response = client.get(reverse("search"), {"q": "Иристон"})
    groups = _groups(response)
    assert [hit.url for hit in groups["items"].results] == [f"{xx.get_absolute_url()}#p11"]
    assert groups["organizations"].results[0].url == "/organizations/iriston/"
    assert 'href="#group-items"' in response.text and 'id="group-organizations"' in response.text


def test_it_searches_conferences_and_declarations(client, xx):
    assert "Чрезвычайная страновая конференция" in _titles(client.get(reverse("search"), {"q": "консолидации"}), "conferences")
    assert _titles(client.get(reverse("search"), {"q": "декларация семьи"}), "declarations") == [
        "Международная декларация о защите семьи"
    ]


def test_it_never_shows_drafts(client, draft):
    response = client.get(reverse("search"), {"q": "черновиковой комиссии"})
    assert response.context["total"] == 0
    assert "ничего не найдено" in response.text
    assert client.get(reverse("search"), {"q": "тайном совещании"}).context["total"] == 0


def test_it_escapes_snippets(client, xx):
    Organization.objects.filter(slug="umet").update(description="<b>жирный</b> Умет")
    organization = Organization.objects.get(slug="umet")
    organization.save()
    response = client.get(reverse("search"), {"q": "умет"})
    assert "<b>жирный</b>" not in response.text  # PostgreSQL's headline drops tags, SQLite's is escaped
    assert "жирный" in response.text


def test_it_shows_the_form_for_an_empty_query(client, db):
    response = client.get(reverse("search"))
    assert response.status_code == 200 and response.context["groups"] == []
    assert client.get(reverse("search"), {"q": " ,. "}).context["groups"] == []


@postgres_only
@pytest.mark.parametrize(
    ("model", "index"),
    [(Item, "item_vector_idx"), (Resolution, "resolution_vector_idx"), (Declaration, "declaration_vector_idx"),
     (Conference, "conference_vector_idx"), (Organization, "organization_vector_idx")],
)
def test_it_matches_the_stored_vector_through_its_gin_index_on_postgres(xx, model, index):
    with connection.cursor() as cursor:
        cursor.execute("SET enable_seqscan = off")
        plan = fulltext.match(model.objects.order_by(), "повестка").values("pk").explain()
        cursor.execute("SET enable_seqscan = on")
    assert index in plan and "to_tsvector" not in plan  # the vector is stored: nothing parsed at query time


@postgres_only
def test_it_ranks_on_postgres(client, xx):
    response = client.get(reverse("search"), {"q": "соотечественника"})
    ranks = [hit.obj.rank for hit in _groups(response)["items"].results]
    assert ranks == sorted(ranks, reverse=True) and len(ranks) > 3


def test_the_agenda_search_finds_the_xxi_conference(client, demo):
    response = client.get(reverse("search"), {"q": "молодёжь"})
    assert "XXI Страновая отчётно-выборная конференция" in _titles(response, "conferences")
    snippet = str(next(h for h in _groups(response)["conferences"].results if h.title.startswith("XXI")).snippet)
    assert "<mark>Молодёжная</mark> повестка" in snippet


def test_item_hits_are_grouped_under_their_document(client, demo):
    response = client.get(reverse("search"), {"q": "молодёжной повестки"})
    group = _groups(response)["items"]
    assert len(group.documents) == 1
    title, url, hits = group.documents[0]
    assert url == "/resolutions/xx-2026-06-19/" and [hit.title for hit in hits] == [hit.title for hit in group.results]
    section = response.text.split('id="group-items"')[1].split("</section>")[0]
    assert section.count(title) == 1 and len(hits) > 1


@pytest.mark.parametrize("query", ["благодарность", "процесс", "молодёжь", "Умет", "конференции", "Секретариат"])
def test_snippets_never_start_or_end_inside_a_word(client, demo, query):
    import re

    from core.fulltext import START, STOP
    from portal.views.search import _conference_text

    response = client.get(reverse("search"), {"q": query})
    snippets = [str(hit.snippet) for group in response.context["groups"] for hit in group.results if hit.snippet]
    assert snippets
    for group in response.context["groups"]:
        for hit in group.results:
            text = " ".join(
                str(getattr(hit.obj, name, "") or "") for name in ("title", "theme", "preamble", "text", "name", "city",
                                                                   "leader_name", "description", "summary")
            )
            if group.key == "conferences":
                text = _conference_text(hit.obj)
            plain = re.sub(r"</?mark>", "", str(hit.snippet)).replace(START, "").replace(STOP, "")
            for fragment in plain.split(" … "):
                fragment = fragment.strip(" …").replace("&quot;", '"').replace("&#x27;", "'").replace("&amp;", "&")
                fragment = fragment.replace("&lt;", "<").replace("&gt;", ">")
                fragment = " ".join(fragment.split())  # PostgreSQL's headline keeps the text's own line breaks
                if not fragment:
                    continue
                flat = " ".join(text.split())
                at = flat.find(fragment)
                assert at >= 0, (fragment, hit.title)
                before = flat[at - 1] if at > 0 else " "
                after = flat[at + len(fragment)] if at + len(fragment) < len(flat) else " "
                assert not before.isalnum(), ("starts inside a word", fragment[:40])
                assert not after.isalnum(), ("ends inside a word", fragment[-40:])


def test_nothing_found_suggests_the_other_spelling_fewer_words_and_the_lists(client, demo):
    html = client.get(reverse("search"), {"q": "молодежь абырвалг"}).content.decode()
    assert "ничего не найдено" in html
    assert 'href="?q=%D0%BC%D0%BE%D0%BB%D0%BE%D0%B4%D1%91%D0%B6%D1%8C%20%D0%B0%D0%B1%D1%8B%D1%80%D0%B2%D0%B0%D0%BB%D0%B3"' \
           not in html or "молодёжь" in html
    assert "Попробуйте другое написание" in html and "молодёжь абырвалг" in html
    assert "По одному слову находится" in html and 'href="?q=%D0%BC%D0%BE%D0%BB%D0%BE%D0%B4%D0%B5%D0%B6%D1%8C"' in html
    for path in ("/resolutions/", "/conferences/", "/organizations/", "/declarations/"):
        assert f'href="{path}"' in html.split("ничего не найдено")[1]


@postgres_only
def test_it_ranks_only_the_first_candidates(client, xx, monkeypatch):
    """A word in nearly every document ranks RANK_CANDIDATES matches, not all of them; the best of those come first."""
    monkeypatch.setattr(fulltext, "RANK_CANDIDATES", 3)
    rows = list(fulltext.search(Item.objects.published(), "соотечественника"))
    assert len(rows) == 3 and Item.objects.published().filter(pk__in=fulltext.match(Item.objects, "соотечественника")).count() > 3
    assert [row.rank for row in rows] == sorted((row.rank for row in rows), reverse=True)


@postgres_only
def test_a_large_table_takes_whole_words_first_and_prefixes_only_when_they_add_something(xx, monkeypatch):
    """Items: rows with the word itself fill the candidates; the costly prefix match runs only when they are fewer."""
    from django.test.utils import CaptureQueriesContext

    whole = Item.objects.published().filter(search_vector=fulltext.exact_ts_query("соотечественников")).count()
    assert whole > 3
    monkeypatch.setattr(fulltext, "RANK_CANDIDATES", 3)
    with CaptureQueriesContext(connection) as captured:
        assert len(fulltext.candidates(Item.objects.published(), "соотечественников")) == 3
    assert len(captured) == 1 and ":*" not in captured[0]["sql"]
    # «молодёж» is no word of its own, only the start of «молодёжной», «молодёжь»: the prefix match finds them.
    monkeypatch.setattr(fulltext, "RANK_CANDIDATES", 1000)
    labels = {item.label for item in Item.objects.filter(pk__in=fulltext.candidates(Item.objects.published(), "молодёж"))}
    assert {"8", "8б"} <= labels
    rows = list(fulltext.search(Item.objects.published(), "молодёж", limit=5, whole_words_first=True))
    assert rows and [row.rank for row in rows] == sorted((row.rank for row in rows), reverse=True)
    assert list(fulltext.search(Item.objects.published(), "абырвалг", whole_words_first=True)) == []


def test_the_vector_follows_every_write_of_the_text(xx):
    """The column is generated by the database: a save, and an update() that sends no signal, both renew it."""
    item = Item.objects.get(resolution=xx, label="13")
    item.text = "Провести фестиваль кукольных театров"
    item.save()

    def found(query):
        return list(fulltext.match(Item.objects, query, vector_field="text", folded=False))

    assert found("кукольных театров") == [item]
    Item.objects.filter(pk=item.pk).update(text="Издать сборник поэзии")
    assert found("сборник поэзии") == [item] and found("кукольных театров") == []
