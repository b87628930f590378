"""The import parser's FIRST measurements on never-seen sets (fresh7 … fresh26), pooled by kind of document.

Each set was measured once, before any tuning on it, and the note (bench/IMPORT_NOTE.md) records that
measurement verbatim. This script re-creates each of those measurements from git history and pools the
counts by kind of document:

- for every set it checks out, in a detached worktree under /tmp, the commit whose parser made the first
  measurement (table COMMITS below), and scores the set there with that commit's own
  bench/import_accuracy.py (its load_corpus, score_document, line and prf: nothing is re-implemented), on
  the annotations as they stood at that commit;
- it checks each document's line and the set's TOTAL against the first measurement recorded verbatim in
  the current bench/IMPORT_NOTE.md; a document the run scores but whose line the note's block does not
  hold is listed apart («not in the note's block»: fresh17 … fresh20's blocks each lack their first
  document's line, while their TOTAL counts it), and the set's TOTAL is still checked with it;
- it also scores each set at the commit just before the first parser change after the set was merged
  (table PRE_CHANGE), to show which of the two parsers the note's figures come from;
- it classifies every document (from its CURRENT annotation's kind, its name, source and year) into
  A civic and compatriots' bodies (public organizations, congresses, academies' and churches' collegial
  bodies), B elected councils and legislatures after 1991 (with interparliamentary assemblies), C executive
  acts after 1991 (with election commissions and the CIS Councils of Heads of State and of Government),
  D plans, E Soviet-era and earlier acts (before 1992, any body), and prints the mapping;
- it pools the first-measurement counts per class and in total (micro-averaged, like the bench's TOTAL),
  for fresh7 … fresh16 (as the note gives them), fresh7 … fresh26, and fresh17 … fresh26 alone (the sets
  collected by asking for the kinds the Secretariat will import).

    python bench/first_measurements.py > /tmp/first_measurements20.txt

It creates its worktrees under /tmp and removes them at the end; it changes nothing in the repository.
The parser is not changed or tuned by it.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "fixtures" / "documents"
NOTE = ROOT / "bench" / "IMPORT_NOTE.md"
VENV = (ROOT / ".venv").resolve()

# The commit whose parser made each set's first measurement. How each was chosen:
# `git log --oneline | grep -i "first measurement"` gives the commit that recorded the measurement in
# bench/IMPORT_NOTE.md; `git show --stat` shows each changed only bench/IMPORT_NOTE.md, so its parser is the
# parser that was measured. For fresh7 and fresh12 no commit between the set's merge and that commit touched
# resolutions/. For the other eight, the round's parser branches (fixes written from the PREVIOUS set's
# misses) were merged after the set and before the note commit; the note says so for each set («measured
# once after the N-th round's fixes»), and the note commit's parser reproduces the verbatim figures while
# the parser just before those merges does not (see PRE_CHANGE and the script's output). So the note commit
# is used for those ten. For fresh17 … fresh23 the round's parser branches were merged BEFORE the set
# (the first corpusNa merge's first parent is the round's last fix merge), no commit between the set's first
# corpus merge and its «freshN joins the bench's splits … not yet measured» commit touched resolutions/, and
# the bench was run once on that commit (the note names it: «main at f1df8b6» …); the next commit, changing
# only bench/IMPORT_NOTE.md, recorded the output. So the «joins the splits» commit is used, and no
# PRE_CHANGE entry is needed for them. A caveat for fresh10: the tenth round's parser branches (parser10a/b/c) and
# 'tablecols' were forked after corpus10 was merged, so fresh10's annotations were in their tree (no commit
# of theirs names a fresh10 document); fresh10 scored 85.7 / 0.71 / 0.60 on the parser just before round 10
# (4dcde6a) and 89.3 / 0.74 / 0.63 at the note commit. One fresh10 annotation (instructions-president-2024-
# pr-878, letter labels without their bracket, 6b7a786) was changed before the measurement.
COMMITS = {
    "fresh7": ("a92077bd58f4a6a2dc9c0819a1372a78a74bb696", "note commit; corpus7 merged at 32cf2fa, no resolutions/ change between"),
    "fresh8": ("76c69a92437f81664eaef12d9f05e30854db4ce0", "note commit; corpus8 merged at 1f05c07, then round 8 (parser8a 22a2d70, parser8b ed76104)"),
    "fresh9": ("4dcde6a59b31a7b06002b6c048946dce96a3a4d1", "note commit; corpus9 merged at 8d66cfc, then round 9 (parser9a 706d8ac, tablecols 2e1cb94, parser9b 4721aa2)"),
    "fresh10": ("773734b6b8957caa2fe3e0539f7c6d631443bd8a", "note commit; corpus10 merged at 06f1630, then tablecols, parser9b and round 10 (b07c64e, 41733dd, 5dd9d8a)"),
    "fresh11": ("30d22112d8a0a707e8a1a18a19c3b9440ccb566f", "note commit; corpus11 merged at a55283c, then parser11a fc8f70a"),
    "fresh12": ("720220635a2c5672b29bc1e50a45f4f4cbc59270", "note commit; corpus12 merged at 0ac5804, no resolutions/ change between"),
    "fresh13": ("6e560d69fa223f64a9194a60d0dcc07e92acf2f4", "note commit; corpus13d (last part) merged at 1691ef4, then round 13 (3e267dc, 3858739)"),
    "fresh14": ("0f308d15fabc6dff7c8b351927ad2fb48057e574", "note commit; corpus14d (last part) merged at 4eca8c8, then round 14 (66f3b64, 7a0b909, 26c8668)"),
    "fresh15": ("1f1b4d74a8010cb17c902ef65e99c8694be18b7c", "note commit; corpus15d (last part) merged at 670a78d, then round 15 (13dfeb4, 1343d32, 5132318, 0235d66)"),
    "fresh16": ("114367619a2479d9d70272dbebfcdf277a8f18ca", "note commit; corpus16d (last part) merged at 2b4f2ea, then round 16 (dce362d, 99a4baf, ec052e9)"),
    "fresh17": ("f1df8b619f921083c8ab30dc4f82437e74b0408d", "joins the splits; round 17 merged before corpus17a (49e4895), note commit 3b3d363"),
    "fresh18": ("e3d4c1715dba63e53c8095827394f67436057645", "joins the splits; round 18 merged before corpus18a (225d95d), note commit e1c38d7"),
    "fresh19": ("f3b4b4f54b8e27b8ca9c9c4fe280b762f2545da8", "joins the splits; round 19 merged before corpus19a (e055dd8), note commit 565a8f1"),
    "fresh20": ("969825813a2e54d1ba3e0e4aca142d792a5749d4", "joins the splits; round 20 merged before corpus20a (7ac8793), note commit 0a04a94"),
    "fresh21": ("ce2dc7a96b2872b813769552ffbe2d04d8dbc612", "joins the splits; round 22 merged before c21a, note commit 217bb90"),
    "fresh22": ("d4747a8154e8cea3f7289e2022d8ff17b3e1f3a0", "joins the splits; round 23 merged before c22a, note commit 3fdc3cd"),
    "fresh23": ("fb82f14a6d4d5da17c001fe5fcdcc2a2eacc6e09", "joins the splits; round 24 merged before corpus23a, note commit 8b5624f"),
    "fresh24": ("f621dcc751819d899e90bb178274f6de13332cc1", "round 25 merged before corpus24a; joins the splits at e7d3330, then table_dates.py split off (output the same) and two plans re-annotated; measured here"),
    "fresh25": ("63bd67215009ec171109b07daec984ac6b39e49c", "joins the splits; round 26 merged before corpus25a"),
    "fresh26": ("b557f822acb46f6273a134653e90278b64be4478", "joins the splits; round 27 merged before corpus26a"),
}

# The sets collected by asking for the kinds of document the Secretariat will import (pooled apart as well).
SECRETARIAT_SETS = ("fresh17", "fresh18", "fresh19", "fresh20", "fresh21", "fresh22", "fresh23", "fresh24", "fresh25", "fresh26")

# For the eight sets where the parser changed between the set's merge and the note commit: the first-parent
# commit just before the first merge that changed resolutions/ (the brief's fallback). Measured only as a
# check of which parser the note's figures come from; never pooled.
PRE_CHANGE = {
    "fresh8": ("1f05c0753769fdc8d6beebcc0cf84ec47e0f2ba2", "corpus8's merge, before parser8a 22a2d70"),
    "fresh9": ("8d66cfc9d6bfa20b6a11935833880510b6015c2d", "corpus9's merge, before parser9a 706d8ac"),
    "fresh10": ("06f1630452692951d59d47b04d1273bfdf6a3dfa", "corpus10's merge, before tablecols 2e1cb94"),
    "fresh11": ("a55283c575f1e3f0347e6d16fa01a129def1a249", "corpus11's merge, before parser11a fc8f70a"),
    "fresh13": ("a1e48308449b7c4ccff724a4371eae19dba80ee6", "fresh13 joins the splits, before round13b 3e267dc"),
    "fresh14": ("000a9512cb3df7b2e55d98a7414f92688523344c", "fresh14 joins the splits, before round14c 66f3b64"),
    "fresh15": ("60174f8ba3f204bf6197e06b83509e04e452f36a", "fresh15 joins the splits, before round15b 13dfeb4"),
    "fresh16": ("ce18c6f113d70b481597a18c160cef0238fea467", "fresh16 joins the splits, before round16c dce362d"),
}

CLASSES = {
    "A": "civic and compatriots' bodies (conferences, congresses, forums, rallies, public organizations, "
         "academies' and churches' collegial bodies, protocols)",
    "B": "elected councils after 1991 (municipal/district councils, dumas, maslikhats, legislatures, "
         "interparliamentary assemblies)",
    "C": "executive acts after 1991 (heads, administrations, governments, ministries, presidents, akimats, "
         "election commissions, CIS Councils of Heads of State/Government)",
    "D": "plans (plan tables)",
    "E": "Soviet-era and earlier acts (before 1992, any body)",
}

PLAN_KINDS = {"plan_table", "public_organization_plan", "plan"}
CIVIC_KINDS = {"conference_resolution", "public_organization_decision", "public_organization", "organization_decision", "protocol"}
COUNCIL_KINDS = {"council_decision", "municipal_decision", "regional_council_decision", "council_presidium_decision"}
# Election commissions are formed, not elected, and are neither councils nor civic: counted as executive (C),
# as tik-tambov-oktyabrsky-meeting-rooms was among fresh7 … fresh16 (a judgement call; could be its own class).
COMMISSION_KINDS = {"commission_decision"}

# Prefixes of names that decide the class where the annotation's kind alone would mislead (checked after
# CLASS_OVERRIDES). The CIS Councils of Heads of State and of Heads of Government are annotated as
# council_decision or protocol, but are meetings of presidents and prime ministers: executive (C). The
# Interparliamentary Assemblies of the CIS and of EurAsEC (and their Councils and Bureau), delegations of
# the member states' parliaments, are counted with the legislatures (B); their kinds already say so.
NAME_PREFIXES = {
    "cis-heads-": ("C", "CIS Council of Heads of State or of Government: presidents and prime ministers (executive)"),
    "mpa-": ("B", "an interparliamentary assembly, its Council or Bureau: delegations of parliaments"),
}

# Documents whose name carries no year: the year as their annotation's note or text gives it.
YEARS = {
    "order-yakutia-goskomobespechenie-guide": (2020, "repeals an order of 17.03.2020; Госкомобеспечение РС(Я)"),
    "tik-tambov-oktyabrsky-meeting-rooms": (2000, "a State Duma election under the federal law; post-1991, year not on the page"),
    "okk-tatar-presidium-tatar-workers": (1929, "ОКК ВКП(б), late 1920s per the note"),
    "org-kz-russian-slavic-cossack-association-proposals": (2000, "post-1991 Kazakhstan association; undated page"),
    "plenum-tatar-ok-okk-grain-contest": (1930, "ОК и ОКК ВКП(б), about 1930-1931 per the note"),
    "adm-lipetsk-city-elderly-day": (2010, "city programme 2010-2012 per the note"),
    "gov-tatarstan-victory-60-plan": (2003, "between September 2002 and the 2004 budget per the note"),
    "plan-school-65-victory": (2010, "65th anniversary of the Victory"),
    "snk-rsfsr-army-food-commission": (1919, "RSFSR Sovnarkom, civil-war years per the note"),
    "protocol-writers-prose-bureau-voynovich-ravich": (1974, "Voynovich's expulsion, 1974 per the note"),
    "tsik-tatar-assr-28-districts-tatar-language": (1930, "after the district reform of 1930 per the note"),
    "plan-cheboksary-elderly-day-osnz": (2000, "a plan on the Chuvash government's site; undated page, post-1991 (a plan is D whatever its year)"),
    "plan-tatarstan-city-elderly-day": (2000, "a plan on the Tatarstan government's site; undated page, post-1991 (a plan is D whatever its year)"),
    "plan-bashkortostan-slavic-writing-days": (2000, "a plan on the Bashkir regional acts site; not on the stored page, post-1991 (a plan is D whatever its year)"),
    "plan-orenburg-russian-culture-feasts": (2000, "a plan on the Orenburg regional acts site; not on the stored page, post-1991 (D whatever its year)"),
    "plan-khabarovsk-krai-national-policy-strategy": (2013, "implements the 2012 Strategy, its first term «2014 год» (D whatever its year)"),
    "tsps-kazan-subbotnik-staff-announcement": (1930, "«Красная Татария» of about 1930 per the note"),
    "plan-nizhny-novgorod-districts-pushkin-libraries": (2005, "undated; «городской округ» and phone numbers: post-1991"),
    "decision-all-slavic-congress-x-honorary-chairman": (2000, "names Lukashenko President of Belarus: after 1994; year not on the page"),
    "resolution-finno-ugric-world-congress-culture-fragment": (1996, "charges the Consultative Committee, standing since 1993: a later congress"),
    "council-nalchik-military-glory-initiative": (2006, "after the federal law of 9 May 2006 it cites, per the note"),
    "council-republic-kbr-lenin-monument": (1998, "late 1990s-early 2000s (chairman Нахушев, President Коков) per the note"),
    "assembly-vykhino-zhulebino-construction-camp": (2012, "after the Moscow law of 11 July 2012 it cites, per the note"),
    "duma-magadan-oblast-youth-public-chamber": (2007, "older than its first amendment of 25 December 2007; post-1991 body"),
    "ras-presidium-bureau-members-release": (2002, "after 11 June 2002, the date of the resolutions it amends, per the note"),
}

# Where kind and year alone would put a document in the wrong class.
CLASS_OVERRIDES = {
    "pniva-rayispolkom-2016-subbotnik": ("C", "a Belarusian district executive committee (executive, not a council)"),
    "rayispolkom-minsk-2007-harvest": ("C", "a Belarusian district executive committee"),
    "rayispolkom-baranovichi-2020-1375": ("C", "a Belarusian district executive committee"),
    "council-dobrush-2020-1806": ("C", "«решение Добрушского районного исполнительного комитета»: an executive committee"),
    "oblispolkom-grodno-2012-421-berries": ("C", "a Belarusian oblast executive committee"),
    "akim-saksaulsk-2019-street-renaming": ("C", "a decision of an akim (executive head)"),
    "akim-severny-okrug-irtysh-2019-street-renaming": ("C", "a decision of an akim (executive head)"),
    "akimat-maslikhat-karaganda-2021-renaming": ("C", "joint akimat decree and maslikhat decision; counted with the akimat (could be B)"),
    "tik-tambov-oktyabrsky-meeting-rooms": ("C", "a territorial election commission (a state body, neither council nor civic); judgement call"),
    "presidium-komi-1992-finno-ugric-congress": ("B", "the Komi Supreme Soviet's presidium, 1992: a regional legislature"),
    "presidium-rf-1992-3147-1-finno-ugric": ("B", "the Russian Federation Supreme Soviet's presidium, 1992: a legislature"),
    "presidium-chuvashia-1992-chuvash-language-day": ("B", "the Chuvash Supreme Soviet's presidium, 1992: a regional legislature"),
    "ispolkom-minsk-1995-615-gratitude": ("C", "the Minsk city executive committee (Мингорисполком): executive, not a council"),
}

WORKER = r"""
import json, sys
wt, split = sys.argv[1], sys.argv[2]
sys.path.insert(0, wt + "/bench")
import import_accuracy as bench
import resolutions.parser as parser_module
for module in (bench, parser_module):
    assert module.__file__.startswith(wt + "/"), module.__file__
for name, annotation, text in bench.load_corpus(split):
    score, _ = bench.score_document(annotation, text)
    print(json.dumps({
        "name": name, "items": annotation["items"], "kind": annotation["kind"],
        "documents": score.documents, "labels_exact": score.labels_exact, "parents_exact": score.parents_exact,
        "resp": score.resp, "deadline": score.deadline, "line": bench.line(name, score),
    }, ensure_ascii=False))
"""


def git(*args: str) -> str:
    return subprocess.run(["git", "-C", str(ROOT), *args], check=True, capture_output=True, text=True).stdout


def measure(split: str, commit: str, tag: str) -> list[dict]:
    """Per-document scores of `split` by the parser and bench of `commit`, in a worktree under /tmp."""
    path = Path(tempfile.gettempdir()) / f"fm-{tag}{split}"
    if path.exists():
        raise SystemExit(f"{path} exists already; remove it first (git worktree remove --force {path})")
    git("worktree", "add", "--detach", str(path), commit)
    try:
        (path / ".venv").symlink_to(VENV)
        env = {**os.environ, "PYTHONPATH": str(path), "DJANGO_SECRET_KEY": "x"}
        env.pop("DJANGO_SETTINGS_MODULE", None)
        out = subprocess.run(
            [str(path / ".venv" / "bin" / "python"), "-c", WORKER, str(path), split],
            cwd=path, env=env, check=True, capture_output=True, text=True,
        ).stdout
        return [json.loads(row) for row in out.splitlines() if row.strip()]
    finally:
        git("worktree", "remove", "--force", str(path))


def note_measurements() -> dict[str, dict[str, list[str]]]:
    """Per set: the nine figures of each document's line and of TOTAL in the note's verbatim first measurement."""
    text = NOTE.read_text(encoding="utf-8")
    found: dict[str, dict[str, list[str]]] = {}
    for split in COMMITS:
        number = split.removeprefix("fresh")
        section = re.search(rf"^### {split}: .*?^```\n(.*?)^```", text, re.M | re.S)
        assert section, split
        rows: dict[str, list[str]] = {}
        for row in section.group(1).splitlines():
            if m := re.match(rf"F{number}\s*(\S+)\s+(.*)$", row):
                rows[m.group(1)] = m.group(2).split()
            elif m := re.match(rf"TOTAL {split}\s+(.*)$", row):
                rows["TOTAL"] = m.group(1).split()
        found[split] = rows
    return found


def year_of(name: str) -> int | None:
    if name in YEARS:
        return YEARS[name][0]
    m = re.search(r"(?<![0-9])(1[89][0-9]{2}|20[0-2][0-9])(?![0-9])", name)
    return int(m.group(1)) if m else None


def classify(name: str, kind: str) -> tuple[str, str]:
    year = year_of(name)
    if year is None:
        raise SystemExit(f"no year for {name}: add it to YEARS")
    if kind in PLAN_KINDS:
        return "D", f"kind {kind}"
    if year < 1992:
        return "E", f"year {year}"
    if name in CLASS_OVERRIDES:
        return CLASS_OVERRIDES[name]
    for prefix, (letter, why) in NAME_PREFIXES.items():
        if name.startswith(prefix):
            return letter, why
    if kind in COMMISSION_KINDS:
        return "C", f"kind {kind}: an election commission, counted as executive"
    if kind in CIVIC_KINDS:
        return "A", f"kind {kind}"
    if kind in COUNCIL_KINDS:
        return "B", f"kind {kind}"
    return "C", f"kind {kind}"


def add(total: dict, row: dict) -> None:
    total["documents"] += row["documents"]
    total["labels_exact"] += row["labels_exact"]
    total["parents_exact"] += row["parents_exact"]
    total["items"] += len(row["items"])
    for key in ("resp", "deadline"):
        for index in range(3):
            total[key][index] += row[key][index]


def empty() -> dict:
    return {"documents": 0, "labels_exact": 0, "parents_exact": 0, "items": 0, "resp": [0, 0, 0], "deadline": [0, 0, 0]}


def prf(counts: list[int]) -> tuple[float, float, float]:  # as bench/import_accuracy.py's prf
    tp, fp, fn = counts
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def figures(total: dict) -> list[str]:
    """The nine figures of a bench line, formatted as import_accuracy.line formats them."""
    n = total["documents"] or 1
    return [
        str(total["documents"]), f"{100 * total['labels_exact'] / n:.1f}", f"{100 * total['parents_exact'] / n:.1f}",
        *(f"{x:.2f}" for x in prf(total["resp"])), *(f"{x:.2f}" for x in prf(total["deadline"])),
    ]


def main() -> None:
    note = note_measurements()
    first_set, last_set = next(iter(COMMITS)), list(COMMITS)[-1]
    current = {path.stem: json.loads(path.read_text(encoding="utf-8")) for path in CORPUS.glob("*.json")}
    first: dict[str, list[dict]] = {}
    print(f"# First measurements of {first_set} … {last_set}, re-created from git history")
    print(f"# repository HEAD {git('rev-parse', 'HEAD').strip()}; note: bench/IMPORT_NOTE.md at that HEAD\n")

    print("## 1. Commits and the check against the note's verbatim first measurement")
    print("(figures: docs labels% parents% respP respR respF1 dlP dlR dlF1)\n")
    mismatches, lacking = [], []
    for split, (commit, how) in COMMITS.items():
        rows = measure(split, commit, "")
        first[split] = rows
        total = empty()
        for row in rows:
            add(total, row)
        mine, theirs = figures(total), note[split].get("TOTAL")
        in_note = [r for r in rows if r["name"] in note[split]]
        doc_bad = [r["name"] for r in in_note if note[split][r["name"]] != r["line"].split()[1:]]
        doc_unnoted = [r["name"] for r in rows if r["name"] not in note[split]]
        doc_missing = sorted(set(note[split]) - {"TOTAL"} - {r["name"] for r in rows})
        ok = mine == theirs and not doc_bad and not doc_missing
        if not ok:
            mismatches.append(split)
        if doc_unnoted:
            lacking.append(split)
        print(f"{split:<8} {commit[:10]}  ({how})")
        print(f"         recomputed TOTAL {' '.join(mine)}")
        print(f"         note's TOTAL     {' '.join(theirs or ['(none)'])}")
        print(f"         TOTAL {'matches' if mine == theirs else 'DIFFERS'}; per-document lines the note holds: "
              f"{len(in_note) - len(doc_bad)}/{len(in_note)} match"
              + (f"; differ: {', '.join(doc_bad)}" if doc_bad else "")
              + (f"; in the note only: {', '.join(doc_missing)}" if doc_missing else ""))
        for r in rows:
            if r["name"] in doc_unnoted:
                print(f"         not in the note's block (scored, counted in TOTAL): {r['line']}")
        changed = [r["name"] for r in rows if r["name"] not in current or current[r["name"]]["items"] != r["items"]]
        print(f"         annotations changed since (items differ now): {len(changed)}"
              + (f" ({', '.join(changed)})" if changed else ""))
        if split in PRE_CHANGE:
            pre_commit, pre_how = PRE_CHANGE[split]
            pre_total = empty()
            for row in measure(split, pre_commit, "pre-"):
                add(pre_total, row)
            pre = figures(pre_total)
            print(f"         parser before the change {pre_commit[:10]} ({pre_how}): {' '.join(pre)} "
                  f"-> {'matches' if pre == theirs else 'does not match'} the note")
        print()
    print(f"Sets whose recomputed first measurement differs from the note: {', '.join(mismatches) or 'none'}")
    print(f"Sets whose note block lacks a scored document's line: {', '.join(lacking) or 'none'}\n")

    print("## 2. Classes")
    for letter, title in CLASSES.items():
        print(f"  {letter}  {title}")
    print("\n## 3. Per document: set, class, why, year, current kind, items, counts of the first measurement")
    print("(labels/parents exact 0/1; resp and deadline as TP/FP/FN)\n")
    groups = {
        f"{first_set} … fresh16 (as in the note's section)": [s for s in COMMITS if s not in SECRETARIAT_SETS],
        f"{first_set} … {last_set}": list(COMMITS),
        f"{SECRETARIAT_SETS[0]} … {SECRETARIAT_SETS[-1]} only (collected by asking for the Secretariat's kinds)": list(SECRETARIAT_SETS),
    }
    pooled: dict[str, dict[str, dict]] = {title: defaultdict(empty) for title in groups}
    per_set: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for split, rows in first.items():
        for row in rows:
            kind = current[row["name"]]["kind"] if row["name"] in current else row["kind"]
            letter, why = classify(row["name"], kind)
            for title, sets in groups.items():
                if split in sets:
                    add(pooled[title][letter], row)
                    add(pooled[title]["all"], row)
            per_set[split][letter] += 1
            print(f"{split:<8} {letter} {row['name']:<55} {year_of(row['name'])} {kind:<28} items {len(row['items']):>2}"
                  f"  lab {row['labels_exact']} par {row['parents_exact']}"
                  f"  resp {'/'.join(map(str, row['resp'])):<8} dl {'/'.join(map(str, row['deadline'])):<8}  [{why}]")

    print("\n## 4. Documents per set and class\n")
    print(f"{'':<8} " + " ".join(f"{c:>4}" for c in CLASSES) + "  all")
    for split in first:
        print(f"{split:<8} " + " ".join(f"{per_set[split][c]:>4}" for c in CLASSES) + f"  {sum(per_set[split].values()):>3}")

    for number, title in enumerate(groups, 1):
        print(f"\n## 5.{number} Pooled first measurements, {title} (micro-averaged from counts, like the bench's TOTAL)\n")
        print(f"{'class':<6} {'docs':>4} {'items':>5} {'labels':>6} {'parent':>6}   resp P    R    F1  (TP/FP/FN)      dl P    R    F1  (TP/FP/FN)")
        for letter in (*CLASSES, "all"):
            total = pooled[title][letter]
            if not total["documents"]:
                print(f"{letter:<6} {0:>4} {0:>5}   (no documents)")
                continue
            f = figures(total)
            print(f"{letter:<6} {f[0]:>4} {total['items']:>5} {f[1]:>6} {f[2]:>6}   {f[3]} {f[4]} {f[5]}  "
                  f"({'/'.join(map(str, total['resp'])):<12})   {f[6]} {f[7]} {f[8]}  ({'/'.join(map(str, total['deadline']))})")


if __name__ == "__main__":
    sys.exit(main())
