"""End-to-end ranking on the shared corpus: cold and warm command runs, embedding throughput, and
ranking quality of static passages against embedding every passage with the model.

Run: ``.venv/bin/python benchmarks/bench_rank.py [--skip-model-passages]``

- **cold**: ``dreamfit rank corpus.csv --answers ... --top 10`` in a fresh process with an empty
  cache folder; **warm**: the same command with a different profile, cache filled. Wall time of
  the whole command, measured around the subprocess.
- **throughput**: sentence-transformers' own ``encode`` on a sample of passages, against
  dreamfit's static passage encoder and its title embedding, on the same texts.
- **quality**: nDCG@10 (gain 2^grade - 1), recall@10 of grade >= 2 and MRR on the development
  profiles of ``../shared/eval`` (judgments there plus ours of the pooled top 20s in
  ``data/qrels_dev_pool.tsv``), for dreamfit with static passages, dreamfit with every passage
  embedded by MiniLM (``passages="model"``; about ten minutes the first time on two cores, then
  cached in ``~/.cache/dreamfit``), and the first cosine scorer (``CosineBaseline``).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
CORPUS = SHARED / "data" / "postings" / "corpus.csv"
EVAL = SHARED / "eval"
DREAMFIT = [sys.executable, "-m", "dreamfit"]


def _command(args: list[str], cache: Path) -> float:
    env = dict(os.environ, DREAMFIT_CACHE_DIR=str(cache))
    t = time.perf_counter()
    done = subprocess.run(
        [*DREAMFIT, *args], env=env, cwd=REPO, capture_output=True, text=True, check=False
    )
    wall = time.perf_counter() - t
    if done.returncode != 0:
        raise SystemExit(f"dreamfit failed: {done.stderr.strip()}")
    return wall


def command_times() -> None:
    print("### Command wall time (corpus.csv, 3,922 postings)\n")
    with tempfile.TemporaryDirectory() as tmp:
        cache = Path(tmp)
        en = ["rank", str(CORPUS), "--answers", "data/samples/answers_en.txt", "--top", "10"]
        de = ["rank", str(CORPUS), "--answers", "data/samples/answers_de.txt", "--top", "10"]
        cold = _command(en, cache)
        new = _command(de, cache)
        again = [_command([*en, "--explain"], cache), _command(de, cache), _command(en, cache)]
        version = _command(["--version"], cache)
    print("| run | wall s | goal |")
    print("|---|---:|---:|")
    print(f"| cold: empty cache, English sample profile | {cold:.1f} | ≤ 60 |")
    print(f"| warm, a profile never seen (German sample) | {new:.2f} | ≤ 3 |")
    print(
        f"| warm, profiles seen before (median of 3, one with --explain) | {np.median(again):.2f} | |"
    )
    print(f"| `dreamfit --version` (interpreter start-up yardstick) | {version:.2f} | |")
    print()


def throughput(sample: int) -> None:
    import dreamfit
    from dreamfit import Matcher
    from dreamfit.embed import DefaultEmbedder

    print("### Embedding throughput\n")
    emb = DefaultEmbedder()
    model = emb.model
    with tempfile.TemporaryDirectory() as tmp:
        matcher = Matcher(embedder=emb, cache=tmp)
        table = matcher.read(CORPUS)
        _, _, passages, _ = matcher._prepared
        rng = np.random.default_rng(0)
        pick = [passages[i] for i in rng.choice(len(passages), sample, replace=False)]
        t = time.perf_counter()
        model.encode(pick, batch_size=64)
        st_rate = sample / (time.perf_counter() - t)
        matcher.embedder_, matcher.model_key_ = emb, emb.name
        static = matcher._static_encoder()
        static.encode(pick[:50])  # the token table for common tokens
        t = time.perf_counter()
        static.encode(passages)
        static_rate = len(passages) / (time.perf_counter() - t)
        titles = [str(x) for x in table["title"].fillna("")]
        t = time.perf_counter()
        model.encode(titles, batch_size=64)
        st_titles = len(titles) / (time.perf_counter() - t)
        t = time.perf_counter()
        emb.encode(titles)
        our_titles = len(titles) / (time.perf_counter() - t)
    print("| texts | sentence-transformers encode /s | dreamfit /s | ratio |")
    print("|---|---:|---:|---:|")
    print(
        f"| passages ({len(passages):,}; ST on a sample of {sample:,}), dreamfit static "
        f"(token table warm) | {st_rate:,.0f} | {static_rate:,.0f} | {static_rate / st_rate:.0f}x |"
    )
    print(
        f"| titles ({len(titles):,}), both with MiniLM | {st_titles:,.0f} | {our_titles:,.0f} | "
        f"{our_titles / st_titles:.2f}x |"
    )
    print(
        f"\nEvery passage through MiniLM would take about {len(passages) / st_rate / 60:.0f} "
        "minutes here; the static encoder reads them all in seconds.\n"
    )
    del dreamfit


def quality(model_passages: bool) -> None:
    from dreamfit import Matcher
    from dreamfit.baselines import CosineBaseline
    from dreamfit.embed import DefaultEmbedder
    from dreamfit.evaluate import load_qrels, mrr, ndcg_at_k, recall_at_k

    print("### Ranking quality on the development profiles\n")
    qrels = load_qrels(EVAL / "qrels.tsv")
    # our own judgments of the postings the systems below surfaced and nobody had judged
    for pid, grades in load_qrels(REPO / "benchmarks" / "data" / "qrels_dev_pool.tsv").items():
        qrels.setdefault(pid, {}).update(grades)
    profiles = json.loads((EVAL / "profiles.json").read_text(encoding="utf-8"))
    emb = DefaultEmbedder()
    systems: dict[str, object] = {}
    static = Matcher(embedder=emb).fit(CORPUS)
    systems["dreamfit, static passages"] = static
    if model_passages:
        systems["dreamfit, every passage through MiniLM"] = Matcher(
            embedder=emb, passages="model"
        ).fit(CORPUS)
    systems["first cosine scorer"] = CosineBaseline(emb).fit(static.postings_)
    ids = static.postings_["id"].astype(str).to_numpy()
    print("| system | profile | nDCG@10 | recall@10 (≥2) | MRR | judged in top 10 |")
    print("|---|---|---:|---:|---:|---:|")
    means: dict[str, list[float]] = {}
    for name, system in systems.items():
        for p in profiles:
            grades = qrels.get(p["id"], {})
            if isinstance(system, Matcher):
                scores = system.scores(p["answers"])
            else:
                scores = system.scores(p["answers"])  # type: ignore[attr-defined]
            order = np.lexsort((np.arange(len(scores)), -np.asarray(scores)))
            ranked = list(ids[order])
            nd = ndcg_at_k(ranked, grades)
            means.setdefault(name, []).append(nd)
            judged = sum(1 for i in ranked[:10] if i in grades)
            print(
                f"| {name} | {p['id']} | {nd:.3f} | {recall_at_k(ranked, grades):.2f} | "
                f"{mrr(ranked, grades):.2f} | {judged}/10 |"
            )
    print()
    for name, values in means.items():
        print(f"- {name}: mean nDCG@10 {np.mean(values):.3f}")
    print()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--skip-model-passages", action="store_true")
    parser.add_argument("--sample", type=int, default=1000)
    parser.add_argument(
        "--parts", nargs="*", default=["commands", "throughput", "quality"],
        choices=["commands", "throughput", "quality"],
    )  # fmt: skip
    args = parser.parse_args()
    if not CORPUS.exists():
        raise SystemExit(f"{CORPUS} not found: this benchmark needs ../shared beside the repo")
    print("## End-to-end ranking (`bench_rank.py`)\n")
    print(f"- platform: {platform.platform()}, Python {platform.python_version()}\n")
    if "commands" in args.parts:
        command_times()
    if "throughput" in args.parts:
        throughput(args.sample)
    if "quality" in args.parts:
        quality(not args.skip_model_passages)


if __name__ == "__main__":
    main()
