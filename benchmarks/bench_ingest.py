"""Reading and normalizing postings: rows per second and peak memory.

Measures ``dreamfit.read_postings`` on the shared corpus (3,922 JobSpy rows) and on the corpus
repeated ten times, against a baseline measured in the same run: pandas' own ``read_csv`` of the same
file with the same dialect (the floor any reader pays). Each timing is the best of ``--repeat``
runs in this process; peak memory is the resident set of a fresh child process that does one read.

Run: ``.venv/bin/python benchmarks/bench_ingest.py [--corpus PATH] [--repeat 5]``
"""

from __future__ import annotations

import argparse
import os
import platform
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

import pandas as pd

REPO = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = REPO.parent / "shared" / "data" / "postings" / "corpus.csv"


def _best(func: object, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        func()  # type: ignore[operator]
        times.append(time.perf_counter() - start)
    return min(times)


def _peak_rss_mb(path: Path, what: str) -> float:
    # VmHWM, not ru_maxrss: Linux carries ru_maxrss across exec, so a child would report the
    # parent's peak; the high-water mark of the child's own address space is what we want.
    code = (
        "import pandas as pd\n"
        "from dreamfit import read_postings\n"
        f"path = {str(path)!r}\n"
        + (
            "read_postings(path)\n"
            if what == "dreamfit"
            else "pd.read_csv(path, escapechar='\\\\', dtype=str, keep_default_na=False, na_values=[''])\n"
        )
        + "print([l.split()[1] for l in open('/proc/self/status') if l.startswith('VmHWM')][0])"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return int(done.stdout.strip().splitlines()[-1]) / 1024


def _stages(path: Path) -> dict[str, float]:
    from dreamfit.postings.dedup import group_duplicates
    from dreamfit.postings.load import load_table
    from dreamfit.postings.normalize import normalize_fields
    from dreamfit.postings.schemas import map_fields

    out: dict[str, float] = {}
    t = time.perf_counter()
    raw = load_table(path)
    out["load (decode + parse CSV)"] = time.perf_counter() - t
    t = time.perf_counter()
    _, fields = map_fields(raw.frame, name=str(path))
    out["schema detection + mapping"] = time.perf_counter() - t
    t = time.perf_counter()
    table, _ = normalize_fields(fields, pd.Series(raw.rows, index=raw.frame.index))
    out["normalize (text, salary, mode, ...)"] = time.perf_counter() - t
    t = time.perf_counter()
    group_duplicates(
        table["title"], table["company"], table["location"], table["description"], table["id"]
    )
    out["near-duplicate grouping"] = time.perf_counter() - t
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    if not args.corpus.exists():
        print(f"corpus not found: {args.corpus} (needs ../shared/data beside the repository)")
        return 2

    from dreamfit import __version__, read_postings

    big = Path(tempfile.mkdtemp()) / "corpus_x10.csv"
    text = args.corpus.read_text(encoding="utf-8")
    header, body = text.split("\n", 1)
    big.write_text(header + "\n" + body * 10, encoding="utf-8")

    print(f"machine: {platform.machine()} {platform.processor() or ''}, {os.cpu_count()} cores; "
          f"python {platform.python_version()}, pandas {pd.__version__}, dreamfit {__version__}")  # fmt: skip
    print()
    print("| input | rows | pandas read_csv rows/s | dreamfit read_postings rows/s | ratio to read_csv "
          "| peak RSS read_csv | peak RSS dreamfit |")  # fmt: skip
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: |")
    for label, path in (("corpus.csv", args.corpus), ("corpus.csv x10", big)):
        table = read_postings(path)
        rows = len(table) + len(table.attrs["rejects"])
        base = _best(
            lambda p=path: pd.read_csv(
                p, escapechar="\\", dtype=str, keep_default_na=False, na_values=[""]
            ),
            args.repeat,
        )
        ours = _best(lambda p=path: read_postings(p), args.repeat if label == "corpus.csv" else 2)
        rss_base, rss_ours = _peak_rss_mb(path, "pandas"), _peak_rss_mb(path, "dreamfit")
        print(
            f"| {label} | {rows:,} | {rows / base:,.0f} | {rows / ours:,.0f} | {ours / base:.1f}x "
            f"| {rss_base:,.0f} MB | {rss_ours:,.0f} MB |"
        )
    print()
    print("Stages, corpus.csv, one run:")
    print()
    print("| stage | seconds | rows/s |")
    print("| --- | ---: | ---: |")
    stages = _stages(args.corpus)
    n = len(read_postings(args.corpus))
    for name, secs in stages.items():
        print(f"| {name} | {secs:.3f} | {n / secs:,.0f} |")
    print()
    print(
        f"(peak RSS of this process: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:,.0f} MB)"
    )
    big.unlink()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
