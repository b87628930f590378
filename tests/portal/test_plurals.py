"""Numbers agree with their nouns: Russian has three plural forms (1 пункт, 2 пункта, 5 пунктов, 11 пунктов,
21 пункт, 22 пункта), English two. The source strings carry two forms, the Russian catalog the three."""

import gettext
from pathlib import Path

import pytest
from django.conf import settings
from django.core.paginator import Paginator
from django.template.loader import render_to_string
from django.test import RequestFactory
from django.utils import translation
from django.utils.translation import ngettext

COUNTS = (1, 2, 5, 11, 21, 22)
# count → index of the Russian form: one (1, 21), few (2, 22), many (5, 11).
RU_FORM = {1: 0, 2: 1, 5: 2, 11: 2, 21: 0, 22: 1}

# Every counted noun on the public pages: (singular msgid, plural msgid, the three Russian forms, English forms).
PUBLIC = [
    ("действующая организация", "действующих организаций",
     ["действующая организация", "действующие организации", "действующих организаций"],
     ["active organization", "active organizations"]),
    ("организация с приостановленным членством", "организаций с приостановленным членством",
     ["организация с приостановленным", "организации с приостановленным", "организаций с приостановленным"],
     ["organization with suspended", "organizations with suspended"]),
    ("%(counter)s организация исключена из КСОРС РТ", "%(counter)s организаций исключено из КСОРС РТ",
     ["{n} организация исключена", "{n} организации исключены", "{n} организаций исключено"],
     ["{n} organization has been excluded", "{n} organizations have been excluded"]),
    ("Найдена %(counter)s запись", "Найдено %(counter)s записей",
     ["Найдена {n} запись", "Найдено {n} записи", "Найдено {n} записей"], ["{n} record found", "{n} records found"]),
    ("%(counter)s пункт", "%(counter)s пунктов", ["{n} пункт", "{n} пункта", "{n} пунктов"], ["{n} item", "{n} items"]),
    ("%(counter)s документ", "%(counter)s документов",
     ["{n} документ", "{n} документа", "{n} документов"], ["{n} document", "{n} documents"]),
    ("присоединилась %(counter)s организация", "присоединились %(counter)s организаций",
     ["присоединилась {n} организация", "присоединились {n} организации", "присоединились {n} организаций"],
     ["{n} organization has joined", "{n} organizations have joined"]),
    ("Показан %(counter)s результат — уточните запрос, чтобы увидеть остальные.",
     "Показано %(counter)s результатов — уточните запрос, чтобы увидеть остальные.",
     ["Показан {n} результат", "Показаны {n} результата", "Показано {n} результатов"],
     ["first {n} result:", "first {n} results:"]),
    ("%(n)s поручение", "%(n)s поручений", ["{n} поручение", "{n} поручения", "{n} поручений"],
     ["{n} instruction", "{n} instructions"]),
    ("%(n)s фотография", "%(n)s фотографий", ["{n} фотография", "{n} фотографии", "{n} фотографий"],
     ["{n} photo", "{n} photos"]),
    ("остался %(n)d день", "осталось %(n)d дней", ["остался {n} день", "осталось {n} дня", "осталось {n} дней"],
     ["{n} day left", "{n} days left"]),
    ("просрочено на %(n)d день", "просрочено на %(n)d дней",
     ["просрочено на {n} день", "просрочено на {n} дня", "просрочено на {n} дней"], ["{n} day overdue", "{n} days overdue"]),
]


@pytest.mark.parametrize("count", COUNTS)
@pytest.mark.parametrize(("singular", "plural", "ru", "en"), PUBLIC, ids=[row[1] for row in PUBLIC])
def test_it_agrees_every_counted_noun_in_both_languages(singular, plural, ru, en, count):
    values = {"counter": count, "n": count}
    with translation.override("ru"):
        assert ru[RU_FORM[count]].format(n=count) in ngettext(singular, plural, count) % values
    with translation.override("en"):
        assert en[0 if count == 1 else 1].format(n=count) in ngettext(singular, plural, count) % values


def _catalog(language):
    path = Path(settings.BASE_DIR) / "locale" / language / "LC_MESSAGES" / "django.mo"
    with path.open("rb") as file:
        return gettext.GNUTranslations(file)._catalog


def test_it_gives_every_counted_string_of_the_portal_its_three_russian_forms():
    english, russian = _catalog("en"), _catalog("ru")
    counted = {msgid for msgid, *index in (key for key in english if isinstance(key, tuple))}
    assert counted, "the English catalog has counted strings"
    missing = sorted(msgid for msgid in counted if not all(russian.get((msgid, i)) for i in range(3)))
    assert missing == []


def _home(counts):
    request = RequestFactory().get("/")
    context = {"status_counts": counts, "latest_conference": None, "next_conference": None, "recent_resolutions": []}
    with translation.override("ru"):
        return render_to_string("home.html", context, request=request)


@pytest.mark.parametrize("count", COUNTS)
def test_it_counts_members_on_the_home_page_with_agreed_nouns(db, count):
    html = _home({"active": count, "suspended": count, "excluded": count})
    forms = PUBLIC[0][2], PUBLIC[1][2], PUBLIC[2][2]
    for form in forms:
        assert form[RU_FORM[count]].format(n=count) in html


def test_it_keeps_excluded_organizations_out_of_the_members_block(db):
    html = _home({"active": 3, "suspended": 1, "excluded": 2})
    members = html.split('id="members-title"')[1].split("</ul>")[0]
    assert "исключ" not in members and "?status=excluded" not in members
    assert "2 организации исключены из КСОРС РТ" in html


@pytest.mark.parametrize("count", COUNTS)
def test_it_agrees_the_number_found_above_every_public_list(count):
    page = Paginator(list(range(count)), 50).page(1)
    with translation.override("ru"):
        html = render_to_string("ksors/_list_head.html", {"page_obj": page, "csv_url": "?format=csv"})
    assert PUBLIC[3][2][RU_FORM[count]].format(n=count) in html
