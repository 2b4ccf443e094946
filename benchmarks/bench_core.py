"""Numeric core speed: postings/s with precomputed embeddings, against one plain matmul.

The core (``dreamfit.core.score_batches`` + ``top_k``) does, per batch of rows: one float32 matrix
product with the criteria, the per-posting maximum over its rows, calibration and the weighted
combination, then an ``argpartition`` top-k. The baseline is the bare ``embeddings @ queries.T``
over the same rows, timed in the same process. Embeddings are random unit vectors (a fake
embedder: this measures the core, not a model).

Run: ``.venv/bin/python benchmarks/bench_core.py [--sizes 100000 1000000] [--criteria 15]``
"""

from __future__ import annotations

import argparse
import platform
import time

import numpy as np

from dreamfit import core


def _best(fn, repeat: int) -> float:  # type: ignore[no-untyped-def]
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return min(times)


def _unit(rng: np.random.Generator, n: int, d: int) -> np.ndarray:
    x = rng.standard_normal((n, d), dtype=np.float32)
    x /= np.linalg.norm(x, axis=1, keepdims=True)
    return x


def run(n: int, rows_per_posting: int, c: int, d: int, dtype: str, repeat: int) -> dict[str, float]:
    rng = np.random.default_rng(0)
    rows = n * rows_per_posting
    emb = _unit(rng, rows, d).astype(dtype)
    q = _unit(rng, c, d)
    offsets = np.arange(0, rows + 1, rows_per_posting, dtype=np.int64)
    null = np.full(c, 0.05, dtype=np.float32)
    weights = rng.uniform(0.25, 1.0, c).astype(np.float32)
    avoid = rng.random(c) < 0.2

    def matmul() -> None:
        np.asarray(emb, dtype=np.float32) @ q.T

    def full() -> None:
        scores = core.score_batches(emb, q, offsets, null, 0.3, weights, avoid)
        core.top_k(scores, 20)

    base = _best(matmul, repeat)
    ours = _best(full, repeat)
    return {"matmul_s": base, "core_s": ours}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="*", default=[100_000, 1_000_000])
    parser.add_argument("--criteria", type=int, default=15)
    parser.add_argument("--dim", type=int, default=384)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()

    print("## Numeric core (`bench_core.py`)\n")
    print(f"- platform: {platform.platform()}, numpy {np.__version__}")
    print(f"- {args.criteria} criteria, {args.dim}-d unit vectors, best of {args.repeat}\n")
    print("| postings | rows/posting | store | matmul s | core s | postings/s | core / matmul |")
    print("|---:|---:|---|---:|---:|---:|---:|")
    cases = [(n, 1, "float32") for n in args.sizes]
    cases += [(args.sizes[0], 4, "float32"), (args.sizes[0], 4, "float16")]
    for n, per, dtype in cases:
        r = run(n, per, args.criteria, args.dim, dtype, args.repeat)
        print(
            f"| {n:,} | {per} | {dtype} | {r['matmul_s']:.3f} | {r['core_s']:.3f} | "
            f"{n / r['core_s']:,.0f} | {r['core_s'] / r['matmul_s']:.2f}x |"
        )


if __name__ == "__main__":
    main()
