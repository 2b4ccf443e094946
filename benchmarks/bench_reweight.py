"""Live re-weighting speed: re-ranking after a weight change, against a full re-rank.

A table of at least 10,000 postings is built from the sample postings (each copied with a new id;
the bundled model, static passages). The baseline, timed in the same run, is what a notebook would
do without cached arrays: ``Matcher.rank(profile)`` again (embedding the criteria, matching every
passage, combining). Re-weighting is ``Evaluation.with_weights`` plus ``Matcher.results(top=10)``,
and the panel's update adds rendering the top 10 as HTML.

Run: ``.venv/bin/python benchmarks/bench_reweight.py [--postings 10000]``
"""

from __future__ import annotations

import argparse
import platform
import time
from pathlib import Path

import numpy as np
import pandas as pd

REPO = Path(__file__).resolve().parents[1]
SAMPLES = REPO / "data" / "samples"


def _best(fn, repeat: int) -> float:  # type: ignore[no-untyped-def]
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--postings", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()

    import dreamfit

    base = dreamfit.read_postings(SAMPLES / "postings.csv")
    copies = -(-args.postings // len(base))
    table = pd.concat([base] * copies, ignore_index=True)
    table["id"] = [f"{i}-{n}" for n, i in enumerate(table["id"])]
    start = time.perf_counter()
    matcher = dreamfit.Matcher().fit(table)
    fit_s = time.perf_counter() - start
    profile = dreamfit.extract_profile(dreamfit.read_answers(SAMPLES / "answers_en.txt"))
    evaluation = matcher.evaluate(profile)
    labels = [c.label for c in evaluation.criteria]
    rng = np.random.default_rng(0)

    def full() -> None:
        matcher.rank(profile, top=10)

    def reweight() -> None:
        weights = rng.uniform(0.0, 1.0, len(labels))
        matcher.results(evaluation.with_weights(list(weights)), top=10)

    def panel_update() -> None:
        weights = rng.uniform(0.0, 1.0, len(labels))
        matcher.results(evaluation.with_weights(list(weights)), top=10)._repr_html_()

    full()
    reweight()
    t_full = _best(full, args.repeat)
    t_re = _best(reweight, args.repeat * 4)
    t_panel = _best(panel_update, args.repeat * 4)
    print(f"machine: {platform.machine()}, python {platform.python_version()}")
    print(f"{len(table):,} postings, {len(labels)} criteria (fit {fit_s:.1f} s, not timed below)")
    print()
    print("| operation | best time | vs full re-rank |")
    print("| --- | ---: | ---: |")
    print(
        f"| full re-rank: `Matcher.rank(profile, top=10)` (baseline) | {t_full * 1e3:,.1f} ms | 1.00× |"
    )
    print(
        f"| re-weight: `results(evaluation.with_weights(w), top=10)` | {t_re * 1e3:,.1f} ms "
        f"| {t_full / t_re:,.0f}× faster |"
    )
    print(
        f"| panel update: the same + top-10 HTML | {t_panel * 1e3:,.1f} ms "
        f"| {t_full / t_panel:,.0f}× faster |"
    )


if __name__ == "__main__":
    main()
