"""Robustness of the import parser to surface variation the Secretariat's files will have.

Every real document of the corpus (tests/fixtures/documents/) is rewritten by meaning-preserving rewrites whose
effect on the annotation is known exactly, parsed again and scored as `bench/import_accuracy.py` scores it. Per
rewrite family this prints the documents it touched and, for those documents, the figures before and after:

- hard-wrap: every paragraph re-flowed into lines of 60–80 characters (text copied from a PDF or an e-mail);
- whitespace: non-breaking and doubled spaces, a tab after a label, trailing spaces, CRLF line ends, blank lines
  doubled or removed between items;
- punctuation: «» → "" or „“, – and — ↔ -, № ↔ N, «2018 г.» ↔ «2018 года» (before a lower-case word or a comma,
  where the stop ends no sentence);
- label-bracket: «1.» → «1)» for the labels opening a line; label-glued: «1. Текст» → «1.Текст»;
- dates: «30 апреля 2018 года» ↔ «30.04.2018» (the window is the same; the scorer compares windows, not text);
- v-srok: «в срок до D» ↔ «до D» inside an annotated deadline (the same window);
- ne-pozdnee: «до D» ↔ «не позднее D−1 day» inside an annotated «by» deadline (README: «до D» ends the day before
  D, so the window is the same).

Each family is a pure function of the text and annotation (seeded by the document's name where it draws); it
returns None where it cannot be applied exactly or changes nothing.

    python bench/import_robustness.py                  # the table
    python bench/import_robustness.py --show hard-wrap # the documents that got worse under one family
"""

from __future__ import annotations

import argparse
import copy
import datetime
import random
import re
import sys
import time
import zlib
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from import_accuracy import Score, load_corpus, prf, score_document  # noqa: E402

Rewrite = Callable[[str, dict, random.Random], "tuple[str, dict] | None"]

MONTHS = ("января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября",
          "декабря")
_MONTH = "|".join(MONTHS)
# A line's label: «1.», «2)», «3.1.», «а)», «1/» — a wrap must not put one at a line's start, nor a bullet.
_LABEL_START = re.compile(r"^(?:\d{1,3}(?:\.\d{1,3})*[.)/]|[а-яА-Яa-zA-Z][).]|[IVX]{1,4}[.)/]|[-–—•·])")


def _seed(text: str) -> random.Random:
    return random.Random(zlib.crc32(text.encode("utf-8")))


def _changed(old: str, new: str, annotation: dict) -> tuple[str, dict] | None:
    return (new, annotation) if new != old else None


def _map_parties(annotation: dict, rewrite: Callable[[str], str]) -> dict:
    """The annotation with each responsible party written as `rewrite` writes it in the text."""
    result = copy.deepcopy(annotation)
    for item in result["items"]:
        item["responsible"] = [rewrite(party) for party in item["responsible"]]
    return result


# --- hard wraps -----------------------------------------------------------------------------------------------


def hard_wrap(text: str, annotation: dict, rng: random.Random) -> tuple[str, dict] | None:
    """Every line longer than the width re-flowed into lines of 60–80 characters; table rows («|») kept. Not plans
    as tables, whose lines are cells (a table copied from a PDF is a layout of its own, not wrapped paragraphs)."""
    if 11 in annotation["phenomena"]:
        return None
    out: list[str] = []
    for line in text.split("\n"):
        width = rng.randint(60, 80)
        if len(line) <= width or "|" in line or not line.strip():
            out.append(line)
            continue
        indent = line[: len(line) - len(line.lstrip())]
        words = line.split()
        current = indent + words[0]
        for word in words[1:]:
            if len(current) + 1 + len(word) > width and not _LABEL_START.match(word):
                out.append(current)
                current = word
            else:
                current = f"{current} {word}"
        out.append(current)
    return _changed(text, "\n".join(out), annotation)


# --- whitespace noise -----------------------------------------------------------------------------------------

_LINE_LABEL = re.compile(r"^(\s*\d{1,3}(?:\.\d{1,3})*[.)])[ ](?=\S)")


def whitespace(text: str, annotation: dict, rng: random.Random) -> tuple[str, dict] | None:
    """NBSP and doubled spaces, a tab after labels, trailing spaces, CRLF, blank lines doubled or removed."""
    double_blanks = rng.random() < 0.5
    out: list[str] = []
    for line in text.split("\n"):
        if "|" in line:
            out.append(line)
            continue
        line = _LINE_LABEL.sub(lambda m: m[1] + "\t", line) if rng.random() < 0.5 else line
        line = re.sub(r"(?<=\S) (?=\S)", lambda m: rng.choice([" ", " ", " ", " ", "\u00a0", "  "]), line)
        if line and rng.random() < 0.3:
            line += rng.choice([" ", "  ", "\t"])
        labelled = bool(_LINE_LABEL.match(line) or re.match(r"^\s*\d{1,3}(?:\.\d{1,3})*[.)]\t", line))
        if labelled and out and not out[-1].strip():
            if double_blanks:
                out.append("")
            else:
                while out and not out[-1].strip():
                    out.pop()
        out.append(line)
    return _changed(text, "\r\n".join(out), annotation)


# --- punctuation ------------------------------------------------------------------------------------------------


def _punctuate(text: str, quotes: tuple[str, str], *, party: bool = False) -> str:
    """`text` with the other quotes, dashes and signs; a party (cut from a sentence) may end with its year."""
    after = r"(?=,| [а-яё]|$)" if party else r"(?=,| [а-яё])"
    text = text.replace("«", quotes[0]).replace("»", quotes[1])
    text = re.sub(r"(?<=\s)[–—](?=\s)", "\0", text)
    text = re.sub(r"(?<=\s)-(?=\s)", "–", text).replace("\0", "-")
    text = re.sub(r"№(?=\s*\d)", "\1", text)
    text = re.sub(r"(?<=\s)N(?=\s*\d)", "№", text).replace("\1", "N")
    text = re.sub(rf"(?<=\d{{4}}) ?г\.{after}", "\2", text)
    return re.sub(rf"(?<=\d{{4}}) года{after}", " г.", text).replace("\2", " года")


def punctuation(text: str, annotation: dict, rng: random.Random) -> tuple[str, dict] | None:
    """«» → "" or „“; spaced dashes ↔ hyphens; № ↔ N; «2018 г.» ↔ «2018 года» where the stop ends no sentence."""
    quotes = rng.choice([('"', '"'), ("„", "“")])
    new = _punctuate(text, quotes)
    return _changed(text, new, _map_parties(annotation, lambda party: _punctuate(party, quotes, party=True)))


# --- labels -----------------------------------------------------------------------------------------------------


def label_bracket(text: str, annotation: dict, rng: random.Random) -> tuple[str, dict] | None:
    """«1. Текст» → «1) Текст» for the top-level numbered labels that open a line; the expected labels keep the
    bracket, as the README writes «1)». Not where items stand inside paragraphs or table rows, where a list that
    is no decision shares the page, or where brackets number anything already (the rewrite would be ambiguous)."""
    items = annotation["items"]
    top = {item["label"] for item in items if item["parent"] is None}
    if set(annotation["phenomena"]) & {2, 3, 11} or any(")" in item["label"] for item in items):
        return None
    if not top or not all(label.isdigit() for label in top):
        return None
    if not all(re.search(rf"(?m)^\s*{label}\.\s+\S", text) for label in top):
        return None
    new = re.sub(r"(?m)^(\s*\d{1,3})\.(?=\s+\S)", r"\1)", text)
    expected = copy.deepcopy(annotation)
    for item in expected["items"]:
        item["label"] = f"{item['label']})" if item["label"] in top else item["label"]
        item["parent"] = f"{item['parent']})" if item["parent"] in top else item["parent"]
    return _changed(text, new, expected)


def label_glued(text: str, annotation: dict, rng: random.Random) -> tuple[str, dict] | None:
    """«1. Текст», «1.1. Текст» → «1.Текст», «1.1.Текст»: no space after a label that opens a line."""
    new = re.sub(r"(?m)^(\s*\d{1,3}(?:\.\d{1,3})*\.)[ \t]+(?=[А-ЯЁа-яё«\"])", r"\1", text)
    return _changed(text, new, annotation)


# --- dates ------------------------------------------------------------------------------------------------------

_WORD_DATE = re.compile(rf"\b(?P<d>\d{{1,2}}) (?P<m>{_MONTH}) (?P<y>\d{{4}})(?P<suffix> года| г\.)?")
_NUMBER_DATE = re.compile(r"(?<![\d.])(?P<d>\d{2})\.(?P<m>\d{2})\.(?P<y>\d{4})(?![\d.]\d)(?P<suffix> года| г\.)?")


# «с 23 по 24 декабря 2006 года», «с 9 апреля по 8 мая 2012 года», «13.10 – 17.10.2014»: a day before shares the
# month or the year; the date is left as written.
_SHARED_MONTH = re.compile(rf"\d{{1,2}}(?:-?го)?(?:\s+(?:{_MONTH})|\.\d{{2}})?\s*(?:по|до|и|,|-|–|—)\s*$")


def _valid(year: str, month: int, day: str) -> bool:
    try:
        datetime.date(int(year), month, int(day))
    except ValueError:
        return False
    return True


def dates(text: str, annotation: dict, rng: random.Random) -> tuple[str, dict] | None:
    """«30 апреля 2018 года» → «30.04.2018», «30.04.2018» → «30 апреля 2018 года» (a «г.» stays as it is)."""

    def spell(match: re.Match) -> str:
        month = int(match["m"])
        if _SHARED_MONTH.search(match.string[max(0, match.start() - 30):match.start()]):
            return match[0]
        if not 1 <= month <= 12 or not _valid(match["y"], month, match["d"]):
            return match[0]
        suffix = match["suffix"] or " года"
        return f"{int(match['d'])} {MONTHS[month - 1]} {match['y']}{suffix}"

    def number(match: re.Match) -> str:
        month = MONTHS.index(match["m"]) + 1
        # «с 23 по 24 декабря 2006 года», «10 и 11 мая 2018 года»: the month and year serve a day before too.
        if _SHARED_MONTH.search(match.string[max(0, match.start() - 30):match.start()]):
            return match[0]
        if not _valid(match["y"], month, match["d"]):
            return match[0]
        suffix = " г." if match["suffix"] == " г." else ""
        return f"{int(match['d']):02d}.{month:02d}.{match['y']}{suffix}"

    # Words to numbers first, each result fenced by NULs so the second pass spells only the dates written in numbers.
    new = _redate(text, number, spell)
    return _changed(text, new, _map_parties(annotation, lambda party: _redate(party, number, spell)))


def _redate(text: str, number: Callable[[re.Match], str], spell: Callable[[re.Match], str]) -> str:
    chunks = _WORD_DATE.sub(lambda m: "\0" + number(m) + "\0", text).split("\0")
    for index in range(0, len(chunks), 2):
        chunks[index] = _NUMBER_DATE.sub(spell, chunks[index])
    return "".join(chunks)


# --- «в срок до D» ↔ «до D»; «до D» ↔ «не позднее D−1» -------------------------------------------------------------

_DATE_IN = rf"\d{{1,2}}(?:\.\d{{2}}\.\d{{2,4}}| (?:{_MONTH})(?: \d{{4}})?)"


def _rewrite_deadlines(text: str, annotation: dict, kinds: tuple[str, ...], rewrite: Callable[[str], str]) -> str:
    """The text with each annotated deadline's text (of one of `kinds`) rewritten where it is written as is."""
    for item in annotation["items"]:
        deadline = item["deadline"]
        if not deadline or (kinds and deadline["kind"] not in kinds):
            continue
        old = deadline["text"]
        new = rewrite(old)
        if new != old and old in text:
            text = text.replace(old, new)
    return text


def _v_srok(phrase: str) -> str:
    if re.search(r"(?i)\bв срок до ", phrase):
        return re.sub(r"\b(?:в|В) срок (до) ", lambda m: ("до " if m[0][0] == "в" else "До "), phrase)
    return re.sub(rf"(?<![\w ] )(?<!\w)\b([Дд])о (?={_DATE_IN})",
                  lambda m: ("в срок до " if m[1] == "д" else "В срок до "), phrase)


def v_srok(text: str, annotation: dict, rng: random.Random) -> tuple[str, dict] | None:
    """«в срок до D» → «до D», «до D» → «в срок до D» in annotated «by» deadlines: the same window."""
    return _changed(text, _rewrite_deadlines(text, annotation, ("by",), _v_srok), annotation)


def _shift(date_text: str, days: int) -> str | None:
    """`date_text` («30 апреля [2018]», «30.04.2018») moved by `days`, in the same spelling; None across a year
    without one."""
    if numbers := re.fullmatch(r"(\d{1,2})\.(\d{2})\.(\d{4})", date_text):
        day, month, year = int(numbers[1]), int(numbers[2]), int(numbers[3])
        words = False
    else:
        parts = date_text.split()
        day, month = int(parts[0]), MONTHS.index(parts[1]) + 1
        year = int(parts[2]) if len(parts) > 2 else None
        words = True
    try:
        moved = datetime.date(year or 2001, month, day) + datetime.timedelta(days=days)
    except ValueError:
        return None
    if year is None and moved.year != 2001:
        return None
    if not words:
        return f"{moved.day:02d}.{moved.month:02d}.{moved.year}"
    return f"{moved.day} {MONTHS[moved.month - 1]}" + (f" {moved.year}" if year else "")


_DATE_EXACT = rf"\d{{1,2}}\.\d{{2}}\.\d{{4}}(?!\d)|\d{{1,2}} (?:{_MONTH})(?: \d{{4}}(?!\d))?"


def _ne_pozdnee(phrase: str) -> str:
    if len(re.findall(_DATE_EXACT, phrase)) != 1 or re.search(r"(?i)\bс |\bпо |\bчас|\d[.:]\d\d(?!\.)|-\d", phrase):
        return phrase
    if match := re.search(rf"\b([Дд])о ({_DATE_EXACT})", phrase):
        moved = _shift(match[2], -1)
        lead = "не позднее" if match[1] == "д" else "Не позднее"
    elif match := re.search(rf"\b([Нн])е позднее ({_DATE_EXACT})", phrase):
        moved = _shift(match[2], 1)
        lead = "до" if match[1] == "н" else "До"
    else:
        return phrase
    return phrase if moved is None else phrase[: match.start()] + f"{lead} {moved}" + phrase[match.end():]


def ne_pozdnee(text: str, annotation: dict, rng: random.Random) -> tuple[str, dict] | None:
    """«до 30 апреля» → «не позднее 29 апреля» and back, in annotated «by» deadlines of one date: the same window."""
    return _changed(text, _rewrite_deadlines(text, annotation, ("by",), _ne_pozdnee), annotation)


FAMILIES: dict[str, Rewrite] = {
    "hard-wrap": hard_wrap,
    "whitespace": whitespace,
    "punctuation": punctuation,
    "label-bracket": label_bracket,
    "label-glued": label_glued,
    "dates": dates,
    "v-srok": v_srok,
    "ne-pozdnee": ne_pozdnee,
}


def _figures(score: Score) -> str:
    rp, rr, rf = prf(score.resp)
    dp, dr, df = prf(score.deadline)
    n = score.documents or 1
    return f"{100 * score.labels_exact / n:>6.1f}   {rp:.2f} {rr:.2f} {rf:.2f}   {dp:.2f} {dr:.2f} {df:.2f}"


def _worse(before: Score, after: Score) -> bool:
    return (
        after.labels_exact < before.labels_exact
        or after.parents_exact < before.parents_exact
        or after.resp[0] < before.resp[0] or after.resp[1] > before.resp[1]
        or after.deadline[0] < before.deadline[0] or after.deadline[1] > before.deadline[1]
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--show", choices=list(FAMILIES), help="list the documents this family made worse")
    parser.add_argument("--family", choices=list(FAMILIES), action="append", help="measure only these families")
    args = parser.parse_args()
    started = time.perf_counter()
    documents = [(name, a, text) for name, a, text in load_corpus() if a["origin"] == "real"]
    plain = {name: score_document(annotation, text) for name, annotation, text in documents}
    unperturbed = Score()
    for score, _ in plain.values():
        unperturbed.add(score)
    print(f"{'family':<14} {'docs':>4} {'worse':>5}   {'labels':>6}   resp P    R    F1     dl P    R    F1")
    print(f"{'unperturbed':<14} {unperturbed.documents:>4} {'':>5}   {_figures(unperturbed)}")
    families = [args.show] if args.show else (args.family or list(FAMILIES))
    for family in families:
        rewrite = FAMILIES[family]
        before, after, worse = Score(), Score(), []
        for name, annotation, text in documents:
            rewritten = rewrite(text, annotation, _seed(name))
            if rewritten is None:
                continue
            score, diff = score_document(rewritten[1], rewritten[0])
            before.add(plain[name][0])
            after.add(score)
            if _worse(plain[name][0], score):
                worse.append((name, diff, plain[name][1]))
        print(f"{family:<14} {before.documents:>4} {'':>5}   {_figures(before)}   (unperturbed)")
        print(f"{'':<14} {after.documents:>4} {len(worse):>5}   {_figures(after)}   (rewritten)")
        if args.show:
            for name, diff, old in worse:
                print(f"\n  {name}")
                for key, value in diff.items():
                    if value != old[key] and value and (not isinstance(value, tuple) or value[0] != value[1]):
                        print(f"      {key}: {value}")
    print(f"\n{len(documents)} real documents; {time.perf_counter() - started:.1f} s")


if __name__ == "__main__":
    main()
