"""The import parser on the annotated corpus of tests/fixtures/documents (scored by bench/import_accuracy.py)."""

import importlib.util
import json
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "tests" / "fixtures" / "documents"


@pytest.fixture(scope="module")
def bench():
    spec = importlib.util.spec_from_file_location("import_accuracy", ROOT / "bench" / "import_accuracy.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def totals(bench):
    return bench.evaluate()


def annotations():
    return [json.loads(path.read_text(encoding="utf-8")) for path in sorted(CORPUS.glob("*.json"))]


def test_the_corpus_has_40_real_documents_with_their_sources(bench):
    documents = annotations()
    real = [a for a in documents if a["origin"] == "real"]
    assert len(real) >= 40
    for annotation in documents:
        assert annotation["source"].strip()
        assert annotation["split"] in bench.SPLITS
        assert (CORPUS / annotation["file"]).exists()
        assert annotation["items"], annotation["file"]
        for item in annotation["items"]:
            assert set(item) == {"label", "parent", "responsible", "deadline"}
    assert sum(a["split"] == "heldout" for a in documents) >= 15
    # Collected and annotated after all tuning before it, committed, then measured once (IMPORT_NOTE.md).
    assert sum(a["split"] == "fresh2" for a in documents) >= 15
    assert sum(a["split"] == "fresh3" for a in documents) >= 15
    assert sum(a["split"] == "fresh4" for a in documents) >= 10
    assert sum(a["split"] == "fresh5" for a in documents) >= 20
    assert sum(a["split"] == "fresh6" for a in documents) >= 9
    assert sum(a["split"] == "fresh7" for a in documents) >= 25
    # fresh8: annotated by hand without running the parser, committed before its first measurement.
    assert sum(a["split"] == "fresh8" and bool(a["source"].strip()) for a in documents) >= 20
    # fresh9: likewise annotated by hand without running the parser, committed before its first measurement.
    assert sum(a["split"] == "fresh9" and bool(a["source"].strip()) for a in documents) >= 20
    # fresh10: likewise annotated by hand without running the parser, committed before its first measurement.
    assert sum(a["split"] == "fresh10" and bool(a["source"].strip()) for a in documents) >= 20
    # fresh11: likewise annotated by hand without running the parser, committed before its first measurement.
    assert sum(a["split"] == "fresh11" and bool(a["source"].strip()) for a in documents) >= 20
    # fresh12: likewise annotated by hand without running the parser, committed before its first measurement.
    assert sum(a["split"] == "fresh12" and bool(a["source"].strip()) for a in documents) >= 20
    # fresh13: four people collected and annotated it by hand without running the parser; committed before its first measurement.
    assert sum(a["split"] == "fresh13" and bool(a["source"].strip()) for a in documents) >= 30
    # fresh14: likewise four people, by hand, without running the parser; committed before its first measurement.
    assert sum(a["split"] == "fresh14" and bool(a["source"].strip()) for a in documents) >= 30
    # fresh15: likewise four people, by hand, without running the parser; committed before its first measurement.
    assert sum(a["split"] == "fresh15" and bool(a["source"].strip()) for a in documents) >= 30
    # fresh16: likewise four people, by hand, without running the parser; committed before its first measurement.
    assert sum(a["split"] == "fresh16" and bool(a["source"].strip()) for a in documents) >= 30
    # fresh17: four people, by hand, without running the parser; civic, collegial and council documents and plans
    # (the search index holds only the opening of each page, which is why this set is 28, not 30).
    assert sum(a["split"] == "fresh17" and bool(a["source"].strip()) for a in documents) >= 28
    # fresh18: likewise four people, by hand, without running the parser; councils and public bodies after 1991 by region.
    assert sum(a["split"] == "fresh18" and bool(a["source"].strip()) for a in documents) >= 30
    # fresh19: likewise four people, by hand, without running the parser; asked by form (protocols, small councils,
    # conference resolutions, plans).
    assert sum(a["split"] == "fresh19" and bool(a["source"].strip()) for a in documents) >= 30
    # fresh20: likewise four people, by hand, without running the parser; the index nearly spent (29 documents).
    assert sum(a["split"] == "fresh20" and bool(a["source"].strip()) for a in documents) >= 29
    # fresh21: seven people by slice, by hand, without running the parser; the index all but spent (34 documents).
    assert sum(a["split"] == "fresh21" and bool(a["source"].strip()) for a in documents) >= 34
    # fresh22: three people by slice, by hand, without running the parser (26 documents).
    assert sum(a["split"] == "fresh22" and bool(a["source"].strip()) for a in documents) >= 26
    # fresh23: three people by slice, by hand, without running the parser (20 documents).
    assert sum(a["split"] == "fresh23" and bool(a["source"].strip()) for a in documents) >= 20
    # fresh24: four people by slice, by hand, without running the parser (31 documents).
    assert sum(a["split"] == "fresh24" and bool(a["source"].strip()) for a in documents) >= 31
    # fresh25: two people by slice, by hand, without running the parser (19 documents).
    assert sum(a["split"] == "fresh25" and bool(a["source"].strip()) for a in documents) >= 19
    # fresh26: two people by slice, by hand, without running the parser (12 documents).
    assert sum(a["split"] == "fresh26" and bool(a["source"].strip()) for a in documents) >= 12


# The first measurements of fresh2 to fresh6 missed the thresholds (IMPORT_NOTE.md: fresh3 came in at
# labels 94.4 %, responsible F1 0.45, deadline F1 0.80; fresh4 at responsible F1 0.67, deadline F1 0.75;
# fresh5 at labels 90.9 %, responsible F1 0.56, deadline F1 0.42; fresh6, measured after fresh5's fixes
# and not tuned on, at responsible F1 0.64, deadline F1 0.57); those figures stand. The whole corpus, the
# real documents alone and the held-out part must meet the thresholds; the fresh sets are not asserted on
# their own — after their fixes they are no longer unseen, and fresh6 is kept as measured.
@pytest.mark.parametrize("group", ["total: all", "total: real", "total: heldout"])
def test_accuracy_on_the_corpus_and_on_the_held_out_documents(bench, totals, group):
    score = totals[group]
    assert score.labels_exact / score.documents >= 0.95
    assert score.parents_exact / score.documents >= 0.95
    assert bench.prf(score.resp)[2] >= 0.9
    assert bench.prf(score.deadline)[2] >= 0.9
