"""Benchmark the free-text parsers against the structured fields of an Indeed scrape.

Only the ``job_description`` text is parsed, with :func:`dreamfit.postings.parse.find_salary`
and :func:`dreamfit.postings.parse.parse_work_mode`; the structured columns (``work_setting``,
``salary_period``, ``salary_min_yearly``, ``salary_max_yearly``) are the reference. The
output is Markdown.

Usage::

    python benchmarks/bench_textparse.py [--data PATH] [--repeat N]
"""

from __future__ import annotations

import argparse
import os
import platform
import re
import statistics
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

import numpy as np
import pandas as pd

from dreamfit.postings.parse import Salary, find_salary, parse_work_mode

REPO_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DATA = (
    REPO_ROOT / ".." / "shared" / "data" / "postings" / "raw" / "indeed" / "indeed_2025-04.csv"
)

WORK_SETTING_TO_MODE = {"remote": "remote", "hybrid": "hybrid", "in-person": "onsite"}
PERIOD_NAMES = {
    "hourly": "hour",
    "daily": "day",
    "weekly": "week",
    "monthly": "month",
    "yearly": "year",
}
TOLERANCE = 0.02

# Explicit label lines ("Work Location: In person", "Workplace type: Remote", "#LI-Hybrid"),
# found independently of the parser to show how far the structured field follows the text.
LABEL_LINE = re.compile(
    r"(?:work location|workplace type|work type|location type|work arrangement|work setting"
    r"|workstyle)\s*:\s*(remote|hybrid|in[- ]person|on[- ]?site)|#li-(remote|hybrid|onsite)",
    re.IGNORECASE,
)
LABEL_MODE = {
    "remote": "remote",
    "hybrid": "hybrid",
    "in-person": "onsite",
    "in person": "onsite",
    "onsite": "onsite",
    "on-site": "onsite",
    "on site": "onsite",
}

AGREEMENT_RULE = (
    "A parsed salary agrees when its annual minimum is within 2% of `salary_min_yearly` and, "
    "when both the parsed salary and the structure have a maximum, its annual maximum is "
    "within 2% of `salary_max_yearly`. A parsed salary with only a maximum (`up to $X`) is "
    "compared on the maximum alone. Compared: rows where the text yields an annual amount "
    "and `salary_min_yearly` is present."
)


def _md_table(header: Sequence[str], rows: Sequence[Sequence[object]]) -> str:
    lines = ["| " + " | ".join(str(h) for h in header) + " |"]
    lines.append("|" + "|".join("---" if i == 0 else "---:" for i in range(len(header))) + "|")
    lines.extend("| " + " | ".join(str(c) for c in row) + " |" for row in rows)
    return "\n".join(lines)


def _pct(num: int, den: int) -> str:
    return f"{100.0 * num / den:.1f}% ({num}/{den})" if den else "n/a (0/0)"


def _yardstick_us() -> float:
    """Microseconds for ``sum(range(1000))`` right now (a CPU-speed yardstick)."""
    start = time.perf_counter()
    for _ in range(200):
        sum(range(1000))
    return (time.perf_counter() - start) / 200 * 1e6


def _time_per_item(
    func: Callable[[object], object], items: Sequence[object], repeat: int
) -> tuple[float, float, float]:
    """Best and median µs per item over ``repeat`` passes, and the median ratio to the yardstick.

    The yardstick is measured right before and after each pass, so the ratio stays comparable
    when the machine's speed drifts (shared or throttled CPUs).
    """
    runs: list[float] = []
    ratios: list[float] = []
    for _ in range(repeat):
        before = _yardstick_us()
        start = time.perf_counter()
        for item in items:
            func(item)
        per_item = (time.perf_counter() - start) / len(items) * 1e6
        after = _yardstick_us()
        runs.append(per_item)
        ratios.append(per_item / ((before + after) / 2.0))
    return min(runs), statistics.median(runs), statistics.median(ratios)


def _agrees(parsed: Salary, tmin: float, tmax: float) -> bool:
    ok = True
    if parsed.annual_min is not None:
        ok = abs(parsed.annual_min - tmin) <= TOLERANCE * tmin
        if parsed.annual_max is not None and not np.isnan(tmax):
            ok = ok and abs(parsed.annual_max - tmax) <= TOLERANCE * tmax
    elif parsed.annual_max is not None and not np.isnan(tmax):
        ok = abs(parsed.annual_max - tmax) <= TOLERANCE * tmax
    else:
        ok = False
    return ok


def work_mode_report(frame: pd.DataFrame, modes: list[str | None]) -> str:
    truth = frame["work_setting"].map(WORK_SETTING_TO_MODE)
    parsed = pd.Series([m if m is not None else "none" for m in modes], index=frame.index)
    cols = ["remote", "hybrid", "onsite", "none"]
    rows = []
    for label, mode in WORK_SETTING_TO_MODE.items():
        sel = parsed[truth == mode]
        rows.append([f"{label} (={mode})", *[int((sel == c).sum()) for c in cols], len(sel)])
    known = truth.notna()
    yielded = known & (parsed != "none")
    agree = int((parsed[yielded] == truth[yielded]).sum())
    lines = [
        "### Work mode (`parse_work_mode` on `job_description`)",
        "",
        "Rows: structured `work_setting`; columns: mode parsed from the text.",
        "",
        _md_table(["work_setting \\ parsed", *cols, "total"], rows),
        "",
        f"- coverage (text yields a mode): {_pct(int(yielded.sum()), int(known.sum()))}",
        f"- agreement where the text yields a mode: {_pct(agree, int(yielded.sum()))}",
    ]
    for mode in ("remote", "hybrid", "onsite"):
        pred = yielded & (parsed == mode)
        lines.append(
            f"  - parsed {mode}: {_pct(int((truth[pred] == mode).sum()), int(pred.sum()))} agree"
        )
    labels: list[str | None] = []
    for text in frame["job_description"].fillna(""):
        found = {LABEL_MODE[(m.group(1) or m.group(2)).lower()] for m in LABEL_LINE.finditer(text)}
        labels.append(found.pop() if len(found) == 1 else None)
    text_label = pd.Series(labels, index=frame.index)
    label_rows = []
    for name, mode in WORK_SETTING_TO_MODE.items():
        sel = text_label[truth == mode]
        label_rows.append([f"{name} (={mode})", *[int((sel == c).sum()) for c in cols[:3]]])
    has_label = text_label.notna()
    label_agree = int((text_label[has_label] == truth[has_label]).sum())
    lines += [
        "",
        "Reference check, independent of the parser: rows whose text carries one explicit label "
        "line (`Work Location:`, `Workplace type:`, `#LI-...`) against `work_setting`.",
        "",
        _md_table(["work_setting \\ label in text", *cols[:3]], label_rows),
        "",
        f"- label line agrees with `work_setting`: {_pct(label_agree, int(has_label.sum()))}",
    ]
    return "\n".join(lines)


def salary_report(frame: pd.DataFrame, salaries: list[Salary | None]) -> str:
    tmin = frame["salary_min_yearly"].to_numpy(dtype="float64")
    tmax = frame["salary_max_yearly"].to_numpy(dtype="float64")
    struct_period = frame["salary_period"].map(PERIOD_NAMES).fillna("none")
    has_truth = ~np.isnan(tmin)
    annual = [
        s is not None and (s.annual_min is not None or s.annual_max is not None) for s in salaries
    ]
    compared = agree = 0
    for i, s in enumerate(salaries):
        if s is not None and annual[i] and has_truth[i]:
            compared += 1
            agree += _agrees(s, tmin[i], tmax[i])
    parsed_period = pd.Series(
        [s.period if s is not None and s.period is not None else "none" for s in salaries],
        index=frame.index,
    )
    periods = ["hour", "day", "week", "month", "year", "none"]
    rows = []
    for p in periods:
        sel = parsed_period[struct_period == p]
        rows.append([p, *[int((sel == q).sum()) for q in periods], len(sel)])
    n = len(frame)
    yields = sum(annual)
    missed = int(sum(1 for i in range(n) if has_truth[i] and not annual[i]))
    extra = int(sum(1 for i in range(n) if not has_truth[i] and annual[i]))
    return "\n".join(
        [
            "### Salary (`find_salary` on `job_description`)",
            "",
            f"Rule: {AGREEMENT_RULE}",
            "",
            f"- agreement: {_pct(agree, compared)}",
            f"- coverage (text yields an annual salary): {_pct(yields, n)}",
            f"- structure has a yearly salary, text yields none: {_pct(missed, int(has_truth.sum()))}",
            f"- text yields a salary, structure has none: {_pct(extra, int((~has_truth).sum()))}",
            "",
            "Periods: rows = structured `salary_period`, columns = period parsed from the text.",
            "",
            _md_table(["structured \\ parsed", *periods, "total"], rows),
        ]
    )


def speed_report(texts: list[object], repeat: int) -> str:
    rows = []
    for name, func in (("find_salary", find_salary), ("parse_work_mode", parse_work_mode)):
        best, median, ratio = _time_per_item(func, texts, repeat)
        rows.append([name, f"{best:.1f}", f"{median:.1f}", f"{ratio:.2f}"])
    lengths = [len(t) for t in texts if isinstance(t, str)]
    return "\n".join(
        [
            f"### Speed ({len(texts)} descriptions, mean {statistics.fmean(lengths):,.0f} chars, "
            f"{repeat} passes)",
            "",
            _md_table(
                [
                    "function",
                    "best µs / description",
                    "median µs / description",
                    "median × yardstick",
                ],
                rows,
            ),
            "",
            f"Yardstick: `sum(range(1000))`, {_yardstick_us():.1f} µs on this machine at the end "
            "of the run. The last column is the time per description in yardsticks, measured "
            "around each pass, so it stays comparable across machines and CPU-speed drift.",
        ]
    )


def machine_info() -> str:
    return "\n".join(
        [
            f"- platform: {platform.platform()} ({platform.machine()}, {platform.processor() or 'n/a'})",
            f"- python: {platform.python_version()} ({platform.python_implementation()})",
            f"- numpy {np.__version__}, pandas {pd.__version__}",
        ]
    )


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="Indeed CSV scrape")
    parser.add_argument("--repeat", type=int, default=5, help="timing passes (best is reported)")
    args = parser.parse_args(argv)
    path = args.data.resolve()
    if not path.is_file():
        print(f"error: Indeed data not found: {path}\n(pass --data PATH)", file=sys.stderr)
        return 2
    frame = pd.read_csv(path)
    texts: list[object] = frame["job_description"].tolist()
    modes = [parse_work_mode(t) for t in texts]
    salaries = [find_salary(t) for t in texts]
    print("## Text parsers on the Indeed scrape")
    print()
    shown = os.path.relpath(path, REPO_ROOT)
    print(f"Data: `{shown}` ({len(frame)} rows); only `job_description` is parsed.")
    print()
    print(machine_info())
    print()
    print(work_mode_report(frame, modes))
    print()
    print(salary_report(frame, salaries))
    print()
    print(speed_report(texts, args.repeat))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
