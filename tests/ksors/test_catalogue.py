"""The English catalogue is complete and compiled: no entry left fuzzy or empty (gettext skips those and the English
interface would show Russian), and the committed .mo says what the .po says."""

import ast
import gettext
from pathlib import Path

LOCALE = Path(__file__).resolve().parents[2] / "locale" / "en" / "LC_MESSAGES"


def _entries(po: str) -> list[dict]:
    """Each entry of a .po file: its flags and its msgctxt / msgid / msgid_plural / msgstr[n], unescaped."""
    entries = []
    for block in po.split("\n\n"):
        entry, field = {"flags": ""}, None
        for line in block.splitlines():
            if line.startswith("#,"):
                entry["flags"] += line
            elif line.startswith("#"):
                continue
            elif line.startswith('"'):
                entry[field] += ast.literal_eval(line)
            else:
                field, _, value = line.partition(" ")
                entry[field] = ast.literal_eval(value)
        if "msgid" in entry and entry["msgid"]:
            entries.append(entry)
    return entries


def test_no_entry_is_fuzzy_or_untranslated():
    entries = _entries((LOCALE / "django.po").read_text(encoding="utf-8"))
    assert len(entries) > 1000
    assert [e["msgid"] for e in entries if "fuzzy" in e["flags"]] == []
    untranslated = [e["msgid"] for e in entries if not any(v for k, v in e.items() if k.startswith("msgstr"))]
    assert untranslated == []


def test_the_compiled_catalogue_matches_the_po_file():
    with (LOCALE / "django.mo").open("rb") as mo:
        compiled = gettext.GNUTranslations(mo)
    for entry in _entries((LOCALE / "django.po").read_text(encoding="utf-8")):
        context = entry.get("msgctxt")
        if "msgid_plural" in entry:
            found = compiled.npgettext(context, entry["msgid"], entry["msgid_plural"], 1) if context else (
                compiled.ngettext(entry["msgid"], entry["msgid_plural"], 1)
            )
            assert found == entry["msgstr[0]"], entry["msgid"]
        else:
            found = compiled.pgettext(context, entry["msgid"]) if context else compiled.gettext(entry["msgid"])
            assert found == entry["msgstr"], entry["msgid"]
