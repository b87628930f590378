"""English pages carry no Russian but what is Russian by nature: the documents' text and Russian names, each
marked lang="ru" (so a screen reader switches voice, and so this scan can tell them from a missed translation)."""

import re
from html.parser import HTMLParser

import pytest
from django.utils import translation

from resolutions.parser import parse_resolution

CYRILLIC = re.compile(r"[А-Яа-яЁё]")
# An item's label is the document's own («8б», «12г»): Cyrillic letters English pages keep, as in «item 8б».
LABEL = re.compile(r"\b\d+[а-яё]\b")
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}
# <title> cannot carry a language per part: a document's title there is the page's name.
SKIPPED = {"script", "style", "title"}
ATTRIBUTES = ("title", "aria-label", "placeholder", "alt")
SKIP_PATHS = ("/en/feeds/", "/en/accounts/", "/en/my/", "/en/secretariat/", "/en/admin/", ".pdf", ".ics", "format=csv", "download=")


class _Scanner(HTMLParser):
    def __init__(self):
        super().__init__()
        self.stack, self.found, self.links = [], [], set()

    def _russian_context(self):
        return bool(self.stack) and self.stack[-1]

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "a" and (attrs.get("href") or "").startswith("/en/"):
            self.links.add(attrs["href"].split("#")[0])
        russian = attrs.get("lang") == "ru" or tag in SKIPPED or self._russian_context()
        for name in ATTRIBUTES:
            if not russian and CYRILLIC.search(LABEL.sub("", attrs.get(name) or "")):
                self.found.append(f"{tag}@{name}: {attrs[name][:80]}")
        if tag not in VOID:
            self.stack.append(russian)

    def handle_endtag(self, tag):
        if tag not in VOID and self.stack:
            self.stack.pop()

    def handle_data(self, data):
        if not self._russian_context() and CYRILLIC.search(LABEL.sub("", data)):
            self.found.append(data.strip()[:100])


def russian_outside_lang_ru(html: str) -> tuple[list[str], set[str]]:
    scanner = _Scanner()
    scanner.feed(html)
    return scanner.found, scanner.links


def test_the_scanner_tells_marked_russian_from_unmarked():
    found, _links = russian_outside_lang_ru(
        '<p>Item 8б of <span lang="ru">Резолюция <b>XX</b></span></p><p title="Ссылка">Срок</p>'
    )
    assert found == ["p@title: Ссылка", "Срок"]


START = ["/en/", "/en/resolutions/", "/en/conferences/", "/en/organizations/", "/en/declarations/",
         "/en/about/", "/en/contacts/", "/en/privacy/", "/en/resolutions/xx-2026-06-19/versions/",
         "/en/conferences/?status=planned", "/en/search/", "/en/search/?q=молодёжь", "/en/search/?q=Умет повестка",
         "/en/search/?q=абырвалг"]


@pytest.mark.django_db
def test_no_english_page_of_the_demo_shows_russian_outside_documents_and_names(client, demo):
    todo, seen, problems = list(START), set(), {}
    while todo and len(seen) < 120:
        path = todo.pop(0)
        if path in seen or any(part in path for part in SKIP_PATHS):
            continue
        seen.add(path)
        response = client.get(path)
        assert response.status_code == 200, path
        if not response["Content-Type"].startswith("text/html"):
            continue
        html = response.content.decode()
        # What the visitor typed is echoed back as typed.
        query = response.context.get("query") if response.context else None
        if query:
            html = html.replace(query, "")
        found, links = russian_outside_lang_ru(html)
        if found:
            problems[path] = sorted(set(found))
        todo += sorted(links - seen)
    assert len(seen) > 30
    assert problems == {}


def test_the_importers_warnings_are_in_the_readers_language():
    text = "Что-то без заголовка\n\n1. Первый пункт.\n\n3. Третий пункт."
    with translation.override("en"):
        english = parse_resolution(text).warnings
    with translation.override("ru"):
        russian = parse_resolution(text).warnings
    assert english
    for warning in english:
        # Quoted: the document's own words («ПОСТАНОВИЛИ:», a line of it).
        assert not CYRILLIC.search(re.sub(r"“[^”]*”", "", warning)), warning
    assert any("missing" in warning for warning in english)
    assert any("Пропущен пункт" in warning for warning in russian)
