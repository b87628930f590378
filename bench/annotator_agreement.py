"""How far two people annotating the same documents agree, beside how far the parser agrees with each.

`tests/fixtures/documents/agreement/<split>/` holds a second, independent annotation of a set of the corpus,
made by someone who saw neither the first annotation nor the parser's output. The figures are those of
`import_accuracy.py` (labels and parents exact, responsible and deadline precision / recall / F1), with the
first annotation as the reference:

- second annotator vs first: the ceiling a parser can be expected to reach on documents no convention was
  settled for — where two careful people differ, the «truth» is a choice;
- parser vs first, parser vs second: the parser's figure against each of them.

    python bench/annotator_agreement.py --split fresh11
    python bench/annotator_agreement.py --split fresh11 --diff   # where the two people differ
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from import_accuracy import CORPUS, HEADER, Score, line, load_corpus, party_key  # noqa: E402

from resolutions.parser import parse_resolution  # noqa: E402

AGREEMENT = CORPUS / "agreement"


def _as_items(items: list[dict]) -> list[tuple[str, str | None, list[str], tuple | None]]:
    return [
        (item["label"], item["parent"], item["responsible"],
         (item["deadline"]["start"], item["deadline"]["end"]) if item["deadline"] else None)
        for item in items
    ]


def _parsed_items(text: str) -> list[tuple[str, str | None, list[str], tuple | None]]:
    return [
        (item.label, item.parent, item.responsible,
         (item.due_start.isoformat() if item.due_start else None, item.due_end.isoformat() if item.due_end else None)
         if item.deadline_text else None)
        for item in parse_resolution(text).items
    ]


def compare(reference: list[tuple], other: list[tuple]) -> tuple[Score, dict]:
    """The scores of `other` against `reference`, as import_accuracy scores the parser against an annotation."""
    score = Score(documents=1)
    score.labels_exact = int([i[0] for i in reference] == [i[0] for i in other])
    score.parents_exact = int([i[:2] for i in reference] == [i[:2] for i in other])
    want_resp = {(i[0], party_key(p)) for i in reference for p in i[2]}
    got_resp = {(i[0], party_key(p)) for i in other for p in i[2]}
    want_dl = {(i[0], *i[3]) for i in reference if i[3]}
    got_dl = {(i[0], *i[3]) for i in other if i[3]}
    score.resp = [len(want_resp & got_resp), len(got_resp - want_resp), len(want_resp - got_resp)]
    score.deadline = [len(want_dl & got_dl), len(got_dl - want_dl), len(want_dl - got_dl)]
    diff = {
        "labels": ([i[0] for i in reference], [i[0] for i in other]),
        "responsible only first": sorted(want_resp - got_resp),
        "responsible only second": sorted(got_resp - want_resp),
        "deadline only first": sorted(want_dl - got_dl, key=str),
        "deadline only second": sorted(got_dl - want_dl, key=str),
    }
    return score, diff


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--split", required=True, help="a set with a second annotation under agreement/")
    parser.add_argument("--diff", action="store_true", help="show where the two annotators differ")
    args = parser.parse_args()
    folder = AGREEMENT / args.split
    if not folder.is_dir():
        parser.error(f"no second annotation in {folder}")
    totals = {"second vs first": Score(), "parser vs first": Score(), "parser vs second": Score()}
    print(f"{'second annotator vs first, per document':<44}")
    print(HEADER)
    for name, annotation, text in load_corpus(args.split):
        second_path = folder / f"{name}.json"
        if not second_path.exists():
            print(f"{name:<44} (no second annotation)")
            continue
        first = _as_items(annotation["items"])
        second = _as_items(json.loads(second_path.read_text(encoding="utf-8"))["items"])
        parsed = _parsed_items(text)
        score, diff = compare(first, second)
        print(line(name, score))
        if args.diff and (score.labels_exact < 1 or score.resp[1:] != [0, 0] or score.deadline[1:] != [0, 0]):
            for key, value in diff.items():
                if value and (not isinstance(value, tuple) or value[0] != value[1]):
                    print(f"      {key}: {value}")
        totals["second vs first"].add(score)
        totals["parser vs first"].add(compare(first, parsed)[0])
        totals["parser vs second"].add(compare(second, parsed)[0])
    print()
    print(HEADER)
    for group, score in totals.items():
        print(line(f"TOTAL {group}", score))


if __name__ == "__main__":
    main()
