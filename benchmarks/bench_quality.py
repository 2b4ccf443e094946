"""Ranking quality on the shared corpus: dreamfit against baselines computed in the same run.

Run: ``.venv/bin/python benchmarks/bench_quality.py [--pool K]``

Profiles: ``../shared/eval/profiles.json`` (development) and, where present, our own
``data/quality_profiles.json``. Judgments: ``../shared/eval/qrels.tsv`` plus ours
(``data/qrels_dev_pool.tsv``, ``data/quality_qrels.tsv``); a posting nobody judged counts as
grade 0, and each system's number of unjudged postings in its top 10 is reported beside it.

Systems:

- **dreamfit**: ``Matcher().fit(corpus).scores(answers)`` (static passages, the default);
- **BM25** over the joined answers (k1 = 1.2, b = 0.75, title + company + description);
- **cosine**: the first cosine scorer, ``dreamfit.baselines.CosineBaseline``;
- **answers vs whole posting**: one MiniLM embedding of all answers against the mean of each
  posting's passage vectors (the whole text, not its first 256 tokens);
- **RRF**: reciprocal-rank fusion (k = 60) of BM25 and cosine.

``--pool K`` also writes, per profile, the postings in any system's top K that nobody judged,
for judging (``/tmp/dreamfit-pool-<profile>.tsv``).
"""

from __future__ import annotations

import argparse
import json
import re
from collections.abc import Callable
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
CORPUS = SHARED / "data" / "postings" / "corpus.csv"
EVAL = SHARED / "eval"
DATA = REPO / "benchmarks" / "data"
_TOKEN = re.compile(r"[a-zäöüß0-9]+")


class BM25:
    """Okapi BM25 over a fixed list of documents (sparse, no Python loop over documents)."""

    def __init__(self, documents: list[str], k1: float = 1.2, b: float = 0.75) -> None:
        from sklearn.feature_extraction.text import CountVectorizer

        self.vectorizer = CountVectorizer(token_pattern=r"[a-zäöüß0-9]+", lowercase=True)
        tf = self.vectorizer.fit_transform(documents).tocsc().astype(np.float64)
        lengths = np.asarray(tf.sum(axis=1)).ravel()
        df = np.diff(tf.indptr)
        n = tf.shape[0]
        self.idf = np.log(1.0 + (n - df + 0.5) / (df + 0.5))
        norm = k1 * (1.0 - b + b * lengths / max(lengths.mean(), 1e-9))
        tf = tf.tocoo()
        weighted = tf.data * (k1 + 1.0) / (tf.data + norm[tf.row])
        from scipy.sparse import csr_matrix

        self.matrix = csr_matrix((weighted, (tf.row, tf.col)), shape=tf.shape)

    def scores(self, query: str) -> np.ndarray:
        vocab = self.vectorizer.vocabulary_
        q = np.zeros(self.matrix.shape[1])
        for token in _TOKEN.findall(query.lower()):
            if token in vocab:
                q[vocab[token]] += self.idf[vocab[token]]
        out: np.ndarray = self.matrix @ q
        return out


def _rank(scores: np.ndarray) -> np.ndarray:
    return np.lexsort((np.arange(len(scores)), -np.asarray(scores, dtype=np.float64)))


def rrf(*rankings: np.ndarray, k: int = 60) -> np.ndarray:
    """Reciprocal-rank fusion scores of several orderings of the same items."""
    out = np.zeros(len(rankings[0]))
    for order in rankings:
        ranks = np.empty(len(order), dtype=np.int64)
        ranks[order] = np.arange(len(order))
        out += 1.0 / (k + 1 + ranks)
    return out


def _profiles() -> list[dict[str, object]]:
    profiles: list[dict[str, object]] = json.loads((EVAL / "profiles.json").read_text("utf-8"))
    for p in profiles:
        p["set"] = "dev"
    own = DATA / "quality_profiles.json"
    if own.exists():
        for p in json.loads(own.read_text("utf-8")):
            p["set"] = "own"
            profiles.append(p)
    return profiles


def _qrels() -> dict[str, dict[str, int]]:
    from dreamfit.evaluate import load_qrels

    qrels = load_qrels(EVAL / "qrels.tsv")
    for name in ("qrels_dev_pool.tsv", "quality_qrels.tsv"):
        if (DATA / name).exists():
            for pid, grades in load_qrels(DATA / name).items():
                qrels.setdefault(pid, {}).update(grades)
    return qrels


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pool", type=int, default=0, help="write unjudged top-K postings")
    args = parser.parse_args()
    if not CORPUS.exists():
        raise SystemExit(f"{CORPUS} not found: this benchmark needs ../shared beside the repo")

    from dreamfit import Matcher
    from dreamfit.baselines import CosineBaseline
    from dreamfit.evaluate import mrr, ndcg_at_k, recall_at_k

    matcher = Matcher().fit(CORPUS)
    table = matcher.postings_
    ids = table["id"].astype(str).to_numpy()
    docs = (
        table["title"].fillna("") + " " + table["company"].fillna("") + " "
        + table["description"].fillna("")
    ).tolist()  # fmt: skip
    bm25 = BM25(docs)
    cosine = CosineBaseline(matcher.embedder_).fit(table)
    # whole posting: mean of its passage vectors (static space), unit length
    offsets = matcher.passage_offsets_
    vecs = np.asarray(matcher.passage_vectors_, dtype=np.float32)
    counts = np.diff(offsets)
    sums = np.zeros((len(ids), vecs.shape[1]), dtype=np.float32)
    has = counts > 0
    sums[has] = np.add.reduceat(vecs, offsets[:-1][has], axis=0)
    sums /= np.maximum(np.linalg.norm(sums, axis=1, keepdims=True), 1e-9)

    def whole(answers: list[str]) -> np.ndarray:
        q = matcher.static_.encode([" ".join(answers)])[0]
        out: np.ndarray = sums @ q
        return out

    systems: dict[str, Callable[[list[str]], np.ndarray]] = {
        "dreamfit": lambda a: matcher.scores(a),
        "BM25": lambda a: bm25.scores(" ".join(a)),
        "cosine (first scorer)": lambda a: cosine.scores(a),
        "answers vs whole posting": whole,
        "RRF(BM25, cosine)": lambda a: rrf(
            _rank(bm25.scores(" ".join(a))), _rank(cosine.scores(a))
        ),
    }
    qrels = _qrels()
    rows: list[tuple[str, str, str, str, float, float, float, int]] = []
    pools: dict[str, list[str]] = {}
    for p in _profiles():
        pid = str(p["id"])
        answers = [str(a) for a in p["answers"]]  # type: ignore[attr-defined]
        grades = qrels.get(pid, {})
        for name, system in systems.items():
            ranked = list(ids[_rank(system(answers))])
            unjudged = sum(1 for i in ranked[:10] if i not in grades)
            rows.append((
                str(p["set"]), pid, str(p.get("lang", "")), name, ndcg_at_k(ranked, grades),
                recall_at_k(ranked, grades), mrr(ranked, grades), unjudged,
            ))  # fmt: skip
            if args.pool:
                pools.setdefault(pid, [])
                pools[pid] += [i for i in ranked[: args.pool] if i not in grades]

    print("## Ranking quality (`bench_quality.py`)\n")
    print("| set | profile | lang | system | nDCG@10 | recall@10 (≥2) | MRR | unjudged in top 10 |")
    print("|---|---|---|---|---:|---:|---:|---:|")
    for r in rows:
        print(
            f"| {r[0]} | {r[1]} | {r[2]} | {r[3]} | {r[4]:.3f} | {r[5]:.2f} | {r[6]:.2f} | {r[7]} |"
        )
    print("\nMeans:\n")
    print("| set | system | nDCG@10 | recall@10 | MRR | unjudged |")
    print("|---|---|---:|---:|---:|---:|")
    for group in sorted({r[0] for r in rows}):
        for name in systems:
            sel = [r for r in rows if r[0] == group and r[3] == name]
            print(
                f"| {group} | {name} | {np.mean([r[4] for r in sel]):.3f} | "
                f"{np.mean([r[5] for r in sel]):.2f} | {np.mean([r[6] for r in sel]):.2f} | "
                f"{sum(r[7] for r in sel)} |"
            )
    for pid, pool in pools.items():
        unique = list(dict.fromkeys(pool))
        Path(f"/tmp/dreamfit-pool-{pid}.tsv").write_text("\n".join(unique) + "\n", "utf-8")


if __name__ == "__main__":
    main()
