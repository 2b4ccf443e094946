"""Criteria extraction quality (recall, precision) and speed, per facet and per language.

Two labelled sets:

- ``dev``: the four development profiles in ``../shared/eval`` (``profiles.json`` + ``criteria.json``,
  plus ``benchmarks/data/dev_criteria_extra.json``: further criteria a reader agrees they state);
- ``own``: 60 profiles written for dreamfit, 30 English and 30 German, with exhaustive expected
  criteria (``benchmarks/data/extract_profiles.json`` + ``extract_criteria.json`` and
  ``extract_more_*.json``); the rules were tuned while looking at this set;
- ``heldout``: 16 more profiles (8 EN, 8 DE, other occupations) written later by someone who had not
  seen the rules, and never used for tuning (``extract_heldout_*.json``): the honest estimate;
- ``fresh``: 24 more (12 EN, 12 DE, again other occupations and writing styles) written blind in the
  fourth session, after that session's rule changes, and not looked at since
  (``extract_fresh_*.json``): a second honest estimate, on new people.

An expected criterion is *found* when some extracted criterion has one of its facets, its polarity,
and a label, source text or value matching its pattern (for salary: the stated minimum amount, and
currency and period where given). Recall is the share of expected criteria found; precision is the
share of extracted criteria that match some expected criterion ("precision (lists)": the expected
lists aim to be exhaustive, so an unmatched extraction counts as one a reader would not agree with).
Lists written in advance miss some correct criteria, so every extraction that matches none was also
shown to a reader, who labelled it agree or disagree (``data/extract_reader_labels.tsv``: profile,
facet, polarity, label, verdict, reason); "precision (reader)" counts the agreed ones as correct too.
An extraction nobody has labelled yet (after a rule change) counts as wrong. Importance agreement is
reported among found criteria. Speed is profiles per second on one core (BLAS held to one thread), the best of seven passes
after a warm-up pass.

Run: ``.venv/bin/python benchmarks/bench_extract.py [--details]``
"""

from __future__ import annotations

import argparse
import json
import platform
import re
import sys
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
SHARED_EVAL = REPO.parent / "shared" / "eval"
OWN = REPO / "benchmarks" / "data"


def load_sets() -> dict[str, tuple[list[dict[str, Any]], dict[str, list[dict[str, Any]]]]]:
    sets = {}
    if (SHARED_EVAL / "profiles.json").exists():
        expected = json.loads((SHARED_EVAL / "criteria.json").read_text(encoding="utf-8"))
        extra = json.loads((OWN / "dev_criteria_extra.json").read_text(encoding="utf-8"))
        for pid, more in extra.items():
            if pid in expected:
                expected[pid] = expected[pid] + more
        sets["dev"] = (
            json.loads((SHARED_EVAL / "profiles.json").read_text(encoding="utf-8")),
            expected,
        )
    own_profiles: list[dict[str, Any]] = []
    own_expected: dict[str, list[dict[str, Any]]] = {}
    for stem in ("extract", "extract_more"):
        own_profiles += json.loads((OWN / f"{stem}_profiles.json").read_text(encoding="utf-8"))
        own_expected |= json.loads((OWN / f"{stem}_criteria.json").read_text(encoding="utf-8"))
    sets["own"] = (own_profiles, own_expected)
    for name in ("heldout", "fresh"):
        if (OWN / f"extract_{name}_profiles.json").exists():
            sets[name] = (
                json.loads((OWN / f"extract_{name}_profiles.json").read_text(encoding="utf-8")),
                json.loads((OWN / f"extract_{name}_criteria.json").read_text(encoding="utf-8")),
            )
    return sets


def matches(expected: dict[str, Any], crit: Any) -> bool:
    """Whether an extracted criterion satisfies an expected one (see the module docstring)."""
    if crit.facet not in expected["facets"] or crit.polarity != expected["polarity"]:
        return False
    if "salary_min" in expected:
        value = crit.value or {}
        if value.get("amount") is None or abs(value["amount"] - expected["salary_min"]) > 1e-6:
            return False
        for key in ("currency", "period"):
            if expected.get(key) and value.get(key) and value[key] != expected[key]:
                return False
        return True
    blob = f"{crit.label}\n{crit.text}\n{json.dumps(crit.value, ensure_ascii=False)}"
    return re.search(expected["pattern"], blob, re.I) is not None


def reader_labels() -> dict[tuple[str, str, str, str], bool]:
    """A reader's verdict on extractions that match no expected criterion, keyed by (profile,
    facet, polarity, label)."""
    path = OWN / "extract_reader_labels.tsv"
    labels: dict[tuple[str, str, str, str], bool] = {}
    if path.exists():
        for line in path.read_text(encoding="utf-8").splitlines():
            fields = line.split("\t")
            if len(fields) >= 5:
                labels[(fields[0], fields[1], fields[2], fields[3])] = fields[4] == "agree"
    return labels


def evaluate(
    profiles: list[dict[str, Any]], expected: dict[str, list[dict[str, Any]]]
) -> dict[str, Any]:
    from dreamfit import extract_profile

    stats: dict[str, Any] = {
        "found": defaultdict(int),
        "expected": defaultdict(int),
        "correct": defaultdict(int),
        "agreed": defaultdict(int),
        "extracted": defaultdict(int),
        "importance_ok": defaultdict(int),
        "misses": [],
        "extras": [],
    }
    agreed = reader_labels()
    for prof in profiles:
        lang = prof.get("lang", "en")
        got = extract_profile(prof["answers"]).criteria
        for exp in expected[prof["id"]]:
            facet = exp["facets"][0]
            stats["expected"][(lang, facet)] += 1
            hit = next((c for c in got if matches(exp, c)), None)
            if hit is not None:
                stats["found"][(lang, facet)] += 1
                if exp.get("importance") is None or exp["importance"] == hit.importance:
                    stats["importance_ok"][lang] += 1
            else:
                stats["misses"].append((prof["id"], exp))
        for crit in got:
            stats["extracted"][(lang, crit.facet)] += 1
            if any(matches(exp, crit) for exp in expected[prof["id"]]):
                stats["correct"][(lang, crit.facet)] += 1
                stats["agreed"][(lang, crit.facet)] += 1
            else:
                if agreed.get((prof["id"], crit.facet, crit.polarity, crit.label)):
                    stats["agreed"][(lang, crit.facet)] += 1
                stats["extras"].append((prof["id"], crit.facet, crit.polarity, crit.label))
    return stats


def _ratio(num: int, den: int) -> str:
    return f"{num / den:.3f}" if den else "–"


def _sum(counter: dict[Any, int], lang: str | None = None) -> int:
    return sum(v for k, v in counter.items() if lang is None or k[0] == lang)


def speed(profiles: list[dict[str, Any]], passes: int = 7) -> float:
    """Profiles per second on one core: BLAS held to one thread, the best of several passes over
    the whole set after a warm-up pass (the best pass is the one least disturbed by the rest of
    the machine)."""
    from threadpoolctl import threadpool_limits

    from dreamfit import extract_profile

    with threadpool_limits(limits=1):
        for prof in profiles:
            extract_profile(prof["answers"])
        best = 0.0
        for _ in range(passes):
            start = time.perf_counter()
            for prof in profiles:
                extract_profile(prof["answers"])
            best = max(best, len(profiles) / (time.perf_counter() - start))
    return best


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--details", action="store_true", help="list misses and extras (not for the held-out set)"
    )
    args = parser.parse_args()
    from dreamfit import __version__

    print(
        f"machine: {platform.machine()}, python {platform.python_version()}, dreamfit {__version__}"
    )
    print()
    print(
        "| set | lang | profiles | expected | recall | extracted | precision (lists) "
        "| precision (reader) | importance agrees |"
    )
    print("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    all_profiles: list[dict[str, Any]] = []
    per_facet: dict[str, dict[Any, int]] = {"found": defaultdict(int), "expected": defaultdict(int),
                                            "correct": defaultdict(int), "extracted": defaultdict(int)}  # fmt: skip
    details = []
    for name, (profiles, expected) in load_sets().items():
        all_profiles += profiles
        stats = evaluate(profiles, expected)
        for key in per_facet:
            for k, v in stats[key].items():
                per_facet[key][k] += v
        details.append((name, stats))
        for lang in ("en", "de", None):
            n = sum(1 for p in profiles if lang is None or p.get("lang", "en") == lang)
            if n == 0:
                continue
            found, exp_n = _sum(stats["found"], lang), _sum(stats["expected"], lang)
            corr, ext = _sum(stats["correct"], lang), _sum(stats["extracted"], lang)
            agree = _sum(stats["agreed"], lang)
            imp = sum(v for k, v in stats["importance_ok"].items() if lang is None or k == lang)
            print(
                f"| {name} | {lang or 'all'} | {n} | {exp_n} | {_ratio(found, exp_n)} | {ext} "
                f"| {_ratio(corr, ext)} | {_ratio(agree, ext)} | {_ratio(imp, found)} |"
            )
    print()
    print("Per facet (all sets; recall by the expected criterion's first facet, precision by the")
    print("extracted criterion's facet):")
    print()
    print("| facet | recall en | recall de | precision en | precision de |")
    print("| --- | ---: | ---: | ---: | ---: |")
    facets = sorted({k[1] for k in per_facet["expected"]} | {k[1] for k in per_facet["extracted"]})
    for facet in facets:
        cells = []
        for key_found, key_all in (("found", "expected"), ("correct", "extracted")):
            for lang in ("en", "de"):
                cells.append(
                    _ratio(per_facet[key_found][(lang, facet)], per_facet[key_all][(lang, facet)])
                )
        print(f"| {facet} | " + " | ".join(cells) + " |")
    print()
    rate = speed(all_profiles)
    print(f"Speed: {rate:,.0f} profiles/s on one core ({len(all_profiles)} profiles, warm).")
    if args.details:
        for name, stats in details:
            if name in ("heldout", "fresh"):
                continue  # never list the held-out sets' misses: nobody should tune on them
            print(f"\n## {name}: misses")
            for pid, exp in stats["misses"]:
                print(f"- {pid}: {exp}")
            print(f"\n## {name}: extras")
            verdicts = reader_labels()
            for extra in stats["extras"]:
                verdict = verdicts.get(extra)
                note = (
                    "" if verdict is None else (" (reader: agree)" if verdict else " (reader: no)")
                )
                print(f"- {extra}{note}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
