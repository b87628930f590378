"""Moving through a long resolution: its contents, the way back up, where an inherited responsible is written,
what the redaction's date is, and the document's language marked for screen readers on English pages."""

import re

from django.utils import translation

from core.text import long_date
from tests.ksors.test_page_markup import parse


def _page(client, xx, language="ru"):
    with translation.override(language):
        url = xx.get_absolute_url()
    return client.get(url).content.decode()


def test_the_contents_list_every_item_in_order_and_no_sub_item(client, xx):
    html = _page(client, xx)
    aside = html.split('class="panel doc-toc doc-toc-aside', 1)[1].split("</nav>", 1)[0]
    anchors = re.findall(r'href="#(p[^"]+)"', aside)
    top_level = list(xx.items.filter(parent__isnull=True).order_by("position").values_list("label", flat=True))
    assert anchors == [f"p{label}" for label in top_level]
    assert "p7г" not in anchors and len(anchors) == 14
    assert "Выразить благодарность Правительственной комиссии по делам соотечественников за…" in aside


def test_the_phone_gets_the_same_contents_in_a_collapsed_details(client, xx):
    html = _page(client, xx)
    phone = html.split('<details class="doc-toc doc-toc-phone', 1)[1].split("</details>", 1)[0]
    assert "<summary>Содержание</summary>" in phone
    assert phone.count('href="#p') == 14
    assert "open" not in html.split('<details class="doc-toc doc-toc-phone', 1)[1].split(">", 1)[0]


def test_each_item_family_ends_with_a_way_back_up(client, xx):
    html = _page(client, xx)
    assert html.count('<p class="to-top no-print"><a href="#content">↑ Наверх</a></p>') == 14
    # The way up follows the last sub-item of item 7 (7г), not each of 7а–7в.
    family = html.split('id="p7"', 1)[1].split('id="p8"', 1)[0]
    assert family.count("to-top") == 1 and family.index("to-top") > family.index('id="p7г"')


def test_an_inherited_responsible_says_which_sub_item_names_it(client, xx):
    html = _page(client, xx)
    item_7 = html.split('id="p7"', 1)[1].split('id="p7а"', 1)[0]
    assert 'указан в подпункте <a href="#p7г" lang="ru">7г</a>' in item_7
    assert "по общему подпункту" not in html


def test_the_redaction_says_its_date_is_the_publication_date(client, xx):
    version = xx.versions.get(number=xx.version)
    html = _page(client, xx)
    assert f"Редакция {xx.version}, опубликована {long_date(version.created_at)}" in html


def test_english_resolution_page_marks_all_its_russian_text_lang_ru(client, xx):
    html = _page(client, xx, "en")
    assert '<html lang="en">' in html
    page = parse(html)
    assert page.russian_outside_lang_ru == []
    assert "Contents" in html and "Back to top" in html and "named in sub-item" in html
    assert re.search(r'<h1 class="doc-title" id="doc-title" lang="ru">', html)
    assert html.count('<div class="item-text" lang="ru">') == xx.items.count()
