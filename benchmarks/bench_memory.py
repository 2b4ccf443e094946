"""Peak memory of reading, fitting and ranking large or hostile inputs, in fresh processes.

Cases (each in its own Python process, peak RSS from ``getrusage``; the baseline is the same
process importing dreamfit and loading the model, measured in the same run):

- ``single field``: one posting whose description is ``--mb`` MB of text (default 14);
- ``rows``: the sample postings copied to ``--rows`` postings (default 50,000; each copy with its
  own id), read from a CSV written for the run, fitted and ranked.

Run: ``.venv/bin/python benchmarks/bench_memory.py [--mb 14] [--rows 50000]``
"""

from __future__ import annotations

import argparse
import json
import platform
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SAMPLES = REPO / "data" / "samples"

_CHILD = textwrap.dedent(
    """
    import json, resource, sys, time
    start = time.perf_counter()
    import dreamfit
    from dreamfit.embed import DefaultEmbedder
    DefaultEmbedder().model.encode(["warm up"])
    mode, path = sys.argv[1], sys.argv[2]
    rows = 0
    if mode != "baseline":
        matcher = dreamfit.Matcher(store_dtype="float16").fit(path)
        results = matcher.rank(["I loved the data engineer role", "Remote, no crypto"], top=10)
        rows = len(matcher.postings_)
        assert len(results) >= 1
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"peak_mb": peak, "rows": rows, "seconds": time.perf_counter() - start}))
    """
)


def _run(mode: str, path: str, cache: Path) -> dict[str, float]:
    env = {"DREAMFIT_CACHE_DIR": str(cache), "PATH": "/usr/bin:/bin"}
    done = subprocess.run(
        [sys.executable, "-c", _CHILD, mode, path],
        capture_output=True,
        text=True,
        env=env,
        timeout=3600,
    )
    if done.returncode != 0:
        raise SystemExit(done.stderr[-2000:])
    out: dict[str, float] = json.loads(done.stdout.strip().splitlines()[-1])
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=14.0)
    parser.add_argument("--rows", type=int, default=50_000)
    args = parser.parse_args()
    import pandas as pd

    with tempfile.TemporaryDirectory() as folder:
        tmp = Path(folder)
        big = tmp / "single_field.csv"
        sentence = "We build calm data pipelines in Python and SQL for rural clinics. "
        body = (sentence * int(args.mb * 1e6 / len(sentence) + 1))[: int(args.mb * 1e6)]
        pd.DataFrame({"id": ["1"], "title": ["Data Engineer"], "description": [body]}).to_csv(
            big, index=False
        )
        base = pd.read_csv(SAMPLES / "postings.csv", escapechar="\\", dtype=str)
        copies = -(-args.rows // len(base))
        many = pd.concat([base] * copies, ignore_index=True).head(args.rows)
        many["id"] = [f"{i}-{n}" for n, i in enumerate(many["id"])]
        rows_csv = tmp / "rows.csv"
        many.to_csv(rows_csv, index=False)
        cases = [
            ("baseline: import + model", "baseline", ""),
            (f"single field of {args.mb:g} MB", "rank", str(big)),
            (
                f"{args.rows:,} postings ({rows_csv.stat().st_size / 1e6:,.0f} MB CSV)",
                "rank",
                str(rows_csv),
            ),
        ]
        print(f"machine: {platform.machine()}, python {platform.python_version()}")
        print()
        print("| case | rows | peak RSS | above baseline | wall time |")
        print("| --- | ---: | ---: | ---: | ---: |")
        baseline = 0.0
        for label, mode, path in cases:
            start = time.perf_counter()
            got = _run(mode, path, tmp / "cache")
            wall = time.perf_counter() - start
            if mode == "baseline":
                baseline = got["peak_mb"]
            print(
                f"| {label} | {int(got['rows']):,} | {got['peak_mb']:,.0f} MB | "
                f"{got['peak_mb'] - baseline:+,.0f} MB | {wall:,.1f} s |"
            )


if __name__ == "__main__":
    main()
