"""Markup defects axe does not report, on every page of the demo that each role reaches by its links.

- every id an `aria-describedby`, `aria-labelledby`, `aria-controls` or `<label for>` names exists on the page;
- no id appears twice on a page (two forms of one class on a page need prefixes);
- on English pages, the text of documents (which stay in Russian: they are the record) is marked `lang="ru"`,
  so that a screen reader reads it with a Russian voice.
"""

import re
from html.parser import HTMLParser

import pytest
from django.core.management import call_command
from django.test import Client

from tests.crawl import ENTRIES, crawl

CYRILLIC = re.compile(r"[А-Яа-яЁё]")
# The containers of document text: a resolution, a declaration's text, the differences between versions.
DOCUMENT_TEXT = {"document", "document-text", "diff"}
# Inside a document, what the interface writes about it: the normalised window of a deadline (its words are
# the interface's; the scan of /en/ pages for Russian outside documents covers them).
INTERFACE = {"deadline-window"}
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}


class Markup(HTMLParser):
    def __init__(self):
        super().__init__()
        self.ids: dict[str, int] = {}
        self.references: list[tuple[str, str, str]] = []  # (tag, attribute, id)
        self._stack: list[tuple[str, str | None, bool]] = []  # (tag, lang, inside a document)
        self.russian_outside_lang_ru: list[str] = []  # document text on an English page not marked lang="ru"
        self._skip = 0

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if attrs.get("id"):
            self.ids[attrs["id"]] = self.ids.get(attrs["id"], 0) + 1
        for name in ("aria-describedby", "aria-labelledby", "aria-controls"):
            for ref in (attrs.get(name) or "").split():
                self.references.append((tag, name, ref))
        if tag == "label" and attrs.get("for"):
            self.references.append((tag, "for", attrs["for"]))
        if tag in ("script", "style"):
            self._skip += 1
        if tag in VOID:
            return
        lang = attrs.get("lang") or (self._stack[-1][1] if self._stack else None)
        classes = (attrs.get("class") or "").split()
        inside = (self._stack[-1][2] if self._stack else False) or bool(DOCUMENT_TEXT & set(classes))
        if INTERFACE & set(classes):
            inside = False
        self._stack.append((tag, lang, inside))

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        if tag not in VOID and self._stack and self._stack[-1][0] == tag:
            self._stack.pop()

    def handle_endtag(self, tag):
        if tag in ("script", "style"):
            self._skip -= 1
        for i in range(len(self._stack) - 1, -1, -1):
            if self._stack[i][0] == tag:
                del self._stack[i:]
                break

    def handle_data(self, data):
        if self._skip or not self._stack or not CYRILLIC.search(data):
            return
        _tag, lang, inside = self._stack[-1]
        if inside and lang != "ru":
            self.russian_outside_lang_ru.append(data.strip()[:60])


def parse(html: str) -> Markup:
    markup = Markup()
    markup.feed(html)
    return markup


@pytest.fixture
def personas(transactional_db, django_user_model):
    call_command("load_demo", verbosity=0)
    call_command("demo_account", verbosity=0)
    clients = {"anonymous": Client()}
    for role, email in (("leader", "leader@ksors.example"), ("secretary", "secretariat@ksors.example")):
        clients[role] = Client()
        clients[role].force_login(django_user_model.objects.get(email=email))
    return clients


def test_the_checker_sees_each_defect():
    page = parse(
        '<label for="a">A</label><input id="a" aria-describedby="a_helptext"><input id="a">'
        '<div class="document"><p>Решили</p><p lang="ru">Решили</p></div><p>Меню</p>'
    )
    assert page.ids == {"a": 2}
    assert [ref for _t, _a, ref in page.references if ref not in page.ids] == ["a_helptext"]
    assert page.russian_outside_lang_ru == ["Решили"]


@pytest.mark.parametrize("role", ["anonymous", "leader", "secretary"])
def test_every_page_has_unique_ids_resolved_references_and_russian_documents_marked(personas, role):
    client = personas[role]
    broken, duplicated, unmarked, pages = {}, {}, {}, 0
    for url, response in crawl(client, ENTRIES[role]):
        pages += 1
        page = parse(response.content.decode())
        missing = sorted({f"{tag}[{attr}={ref}]" for tag, attr, ref in page.references if ref not in page.ids})
        if missing:
            broken[url] = missing
        twice = sorted(key for key, count in page.ids.items() if count > 1)
        if twice:
            duplicated[url] = twice
        if url.startswith("/en/") and page.russian_outside_lang_ru:
            unmarked[url] = page.russian_outside_lang_ru[:5]
    assert pages > 20, f"the crawl reached only {pages} pages"
    assert {"references to ids not on the page": broken, "ids used twice on a page": duplicated,
            "Russian document text on English pages without lang=ru": unmarked} == {
        "references to ids not on the page": {}, "ids used twice on a page": {},
        "Russian document text on English pages without lang=ru": {},
    }
