"""Accuracy of the import parser on the annotated corpus in tests/fixtures/documents/.

Each document there is a .txt (or .docx) with a .json annotation beside it: its source, its split
("tune": looked at while shaping the parser; "heldout": never looked at, measured at the end), the
phenomena of issue 12 it shows, and the expected items (label, parent, responsible as written, deadline
text and window). This prints, per document and in total:

- labels exact / parents exact: the share of documents whose item labels (and parents) come out exactly;
- responsible precision / recall / F1 over (item, party) pairs;
- deadline precision / recall / F1 over (item, start, end) windows.

A party is compared without what it has in brackets («Управлению (Тройнина В.И.)» = «Управлению»),
case, «ё» and spacing, so a name written after a body is not counted against the parser.

    python bench/import_accuracy.py                  # every document, totals per split and phenomenon
    python bench/import_accuracy.py --split tune --diff   # what the parser gets wrong, tuning documents only
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "fixtures" / "documents"
sys.path.insert(0, str(ROOT))

import django  # noqa: E402
from django.conf import settings  # noqa: E402

if not settings.configured:  # run as a script: the parser's messages need Django's translation machinery
    settings.configure(USE_I18N=False)
    django.setup()

from resolutions.parser import parse_resolution, read_docx  # noqa: E402

PHENOMENA = {
    1: "labels without a space",
    2: "items inside one paragraph",
    3: "lists that are not decisions; protocols",
    4: "controller («Контроль … возложить на»)",
    5: "responsible in the dative without «Поручить»",
    6: "responsible in a lead-in",
    7: "deadlines without a year",
    8: "exact dates and times",
    9: "a period that is the subject",
    10: "periodicity",
    11: "plans as tables",
}


# In the order they were collected; each later set was annotated after all tuning on the earlier ones.
SPLITS = ("tune", "heldout", "fresh", "fresh2", "fresh3", "fresh4", "fresh5", "fresh6", "fresh7", "fresh8", "fresh9", "fresh10", "fresh11", "fresh12", "fresh13", "fresh14", "fresh15", "fresh16", "fresh17", "fresh18", "fresh19", "fresh20", "fresh21", "fresh22", "fresh23", "fresh24", "fresh25", "fresh26")


@dataclass
class Score:
    documents: int = 0
    labels_exact: int = 0
    parents_exact: int = 0
    resp: list[int] = field(default_factory=lambda: [0, 0, 0])  # tp, fp, fn
    deadline: list[int] = field(default_factory=lambda: [0, 0, 0])

    def add(self, other: Score) -> None:
        self.documents += other.documents
        self.labels_exact += other.labels_exact
        self.parents_exact += other.parents_exact
        for mine, theirs in ((self.resp, other.resp), (self.deadline, other.deadline)):
            for index in range(3):
                mine[index] += theirs[index]


def prf(counts: list[int]) -> tuple[float, float, float]:
    tp, fp, fn = counts
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def party_key(text: str) -> str:
    text = re.sub(r"\([^()]*\)", " ", text).replace("ё", "е").replace("Ё", "Е").casefold()
    text = re.sub(r"[«»„“”\"']", '"', text)
    return re.sub(r"\s+", " ", text).strip(" .,;:")


def load_corpus(split: str = "all") -> list[tuple[str, dict, str]]:
    """(name, annotation, text) of every document of `split` ("all" or one of SPLITS)."""
    documents = []
    for path in sorted(CORPUS.glob("*.json")):
        annotation = json.loads(path.read_text(encoding="utf-8"))
        if split != "all" and annotation["split"] != split:
            continue
        source = CORPUS / annotation["file"]
        text = read_docx(str(source)) if source.suffix == ".docx" else source.read_text(encoding="utf-8")
        documents.append((path.stem, annotation, text))
    return documents


def score_document(annotation: dict, text: str) -> tuple[Score, dict]:
    parsed = parse_resolution(text)
    expected = annotation["items"]
    found = parsed.items
    score = Score(documents=1)
    score.labels_exact = int([i["label"] for i in expected] == [i.label for i in found])
    score.parents_exact = int([(i["label"], i["parent"]) for i in expected] == [(i.label, i.parent) for i in found])
    want_resp = {(i["label"], party_key(p)) for i in expected for p in i["responsible"]}
    got_resp = {(i.label, party_key(p)) for i in found for p in i.responsible}
    want_dl = {
        (i["label"], i["deadline"]["start"], i["deadline"]["end"]) for i in expected if i["deadline"]
    }
    got_dl = {
        (i.label, i.due_start.isoformat() if i.due_start else None, i.due_end.isoformat() if i.due_end else None)
        for i in found if i.deadline_text
    }
    score.resp = [len(want_resp & got_resp), len(got_resp - want_resp), len(want_resp - got_resp)]
    score.deadline = [len(want_dl & got_dl), len(got_dl - want_dl), len(want_dl - got_dl)]
    diff = {
        "labels": ([i["label"] for i in expected], [i.label for i in found]),
        "parents": ([(i["label"], i["parent"]) for i in expected], [(i.label, i.parent) for i in found]),
        "responsible missing": sorted(want_resp - got_resp),
        "responsible wrong": sorted(got_resp - want_resp),
        "deadline missing": sorted(want_dl - got_dl, key=str),
        "deadline wrong": sorted(got_dl - want_dl, key=str),
    }
    return score, diff


def line(name: str, score: Score) -> str:
    rp, rr, rf = prf(score.resp)
    dp, dr, df = prf(score.deadline)
    n = score.documents or 1
    return (
        f"{name:<44} {score.documents:>3} {100 * score.labels_exact / n:>6.1f} {100 * score.parents_exact / n:>6.1f}"
        f"   {rp:.2f} {rr:.2f} {rf:.2f}   {dp:.2f} {dr:.2f} {df:.2f}"
    )


HEADER = f"{'':<44} {'docs':>3} {'labels':>6} {'parent':>6}   resp P    R    F1     dl P    R    F1"


def evaluate(split: str = "all") -> dict[str, Score]:
    """Scores per document and the totals "all", "tune", "heldout", "real", "synthetic", "phenomenon N"."""
    totals: dict[str, Score] = {}
    for name, annotation, text in load_corpus(split):
        score, _ = score_document(annotation, text)
        groups = ["all", annotation["split"], annotation["origin"], *(f"phenomenon {n}" for n in annotation["phenomena"])]
        totals[name] = score
        for group in groups:
            totals.setdefault(f"total: {group}", Score()).add(score)
    return totals


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--split", choices=["all", *SPLITS], default="all")
    parser.add_argument(
        "--diff", action="store_true",
        help="show what differs: tuning documents, or those of --split (only after its first measurement)",
    )
    args = parser.parse_args()
    started = time.perf_counter()
    documents = load_corpus(args.split)
    print(HEADER)
    totals: dict[str, Score] = {}
    for name, annotation, text in documents:
        score, diff = score_document(annotation, text)
        marker = {"heldout": "H ", "fresh": "F ", "fresh2": "F2", "fresh3": "F3", "fresh4": "F4", "fresh5": "F5", "fresh6": "F6", "fresh7": "F7", "fresh8": "F8", "fresh9": "F9", "fresh10": "F10", "fresh11": "F11", "fresh12": "F12", "fresh13": "F13", "fresh14": "F14", "fresh15": "F15", "fresh16": "F16", "fresh17": "F17", "fresh18": "F18", "fresh19": "F19", "fresh20": "F20", "fresh21": "F21", "fresh22": "F22", "fresh23": "F23", "fresh24": "F24", "fresh25": "F25", "fresh26": "F26"}.get(annotation["split"], "")
        print(line(f"{marker:<3}{name}", score))  # markers up to 3 characters ("F10")
        if args.diff and (annotation["split"] == "tune" or args.split != "all") and (score.labels_exact + score.parents_exact < 2 or score.resp[1:] != [0, 0] or score.deadline[1:] != [0, 0]):
            for key, value in diff.items():
                if value and (not isinstance(value, tuple) or value[0] != value[1]):
                    print(f"      {key}: {value}")
        groups = ["all", annotation["split"], annotation["origin"], *(f"phenomenon {n}" for n in annotation["phenomena"])]
        for group in groups:
            totals.setdefault(group, Score()).add(score)
    elapsed = time.perf_counter() - started
    print()
    print(HEADER)
    for group in ("all", *SPLITS, "real", "synthetic"):
        if group in totals:
            print(line(f"TOTAL {group}", totals[group]))
    for number, title in PHENOMENA.items():
        if f"phenomenon {number}" in totals:
            print(line(f"{number:>2}. {title}"[:44], totals[f"phenomenon {number}"]))
    print(f"\n{len(documents)} documents read and parsed in {elapsed:.2f} s")


if __name__ == "__main__":
    main()
