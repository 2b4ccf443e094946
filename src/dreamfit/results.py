"""``Results``: a ranked list of postings with per-criterion explanations."""

from __future__ import annotations

import json
import math
import os
from collections.abc import Iterator, Sequence
from typing import Any, overload

import pandas as pd

from dreamfit.explain import CriterionMatch

__all__ = ["Results"]

_SHOWN = (
    "rank", "id", "score", "title", "company", "location", "work_mode", "salary_min",
    "salary_max", "salary_currency", "employment_type", "url", "dup_group", "dealbreakers",
)  # fmt: skip
_MARK = {"met": "+", "partly": "~", "unmet": "-", "not mentioned": "?", "violated": "x"}


def _clean(value: Any) -> Any:
    if value is None:
        return None
    if isinstance(value, float):
        return None if math.isnan(value) else round(value, 6)
    if hasattr(value, "item"):
        return _clean(value.item())
    if isinstance(value, pd.Timestamp):
        return None if pd.isna(value) else value.isoformat()
    return value


class Results:
    """Ranked postings, best first, with the criteria each one meets.

    Behaves like a read-only sequence of result dicts (``len``, iteration, indexing) and converts
    to a pandas DataFrame, CSV or JSON.

    Attributes
    ----------
    frame : pandas.DataFrame
        One row per result: ``rank``, ``id``, ``score``, ``title``, ``company`` ... in rank order.
    criteria : list of list of CriterionMatch
        Per result, one entry per criterion of the profile.
    warnings : list of str
        What the ranking as a whole says, e.g. that no posting names the role the seeker
        described (the no-fit signal of :meth:`dreamfit.Matcher.results`). Shown above the text
        and HTML tables; the command line prints them to stderr for JSON and CSV.
    """

    def __init__(
        self,
        frame: pd.DataFrame,
        criteria: list[list[CriterionMatch]],
        warnings: Sequence[str] = (),
    ) -> None:
        if len(frame) != len(criteria):
            raise ValueError("Results needs one list of criterion matches per row.")
        self.frame = frame.reset_index(drop=True)
        self.criteria = criteria
        self.warnings = list(warnings)

    def __len__(self) -> int:
        return len(self.frame)

    def __iter__(self) -> Iterator[dict[str, Any]]:
        for i in range(len(self)):
            yield self[i]

    @overload
    def __getitem__(self, index: int) -> dict[str, Any]: ...

    @overload
    def __getitem__(self, index: slice) -> Results: ...

    def __getitem__(self, index: int | slice) -> dict[str, Any] | Results:
        """One result as a dict, or a slice of the results (``results[:5]``) as Results."""
        if isinstance(index, slice):
            rows = range(len(self))[index]
            return Results(
                self.frame.iloc[list(rows)], [self.criteria[i] for i in rows], self.warnings
            )
        if not isinstance(index, int):
            raise TypeError(f"Results indices must be integers, not {type(index).__name__}")
        if index < 0:
            index += len(self)
        if not 0 <= index < len(self):
            raise IndexError("Results index out of range")
        row = self.frame.iloc[index]
        record = {col: _clean(row[col]) for col in _SHOWN if col in self.frame.columns}
        record["criteria"] = [m.to_dict() for m in self.criteria[index]]
        return record

    def to_records(self) -> list[dict[str, Any]]:
        """The results as JSON-ready dicts (the ``dreamfit rank --format json`` objects)."""
        return list(self)

    def to_json(self, indent: int | None = 2) -> str:
        """The results as a JSON list, best first."""
        return json.dumps(self.to_records(), ensure_ascii=False, indent=indent)

    def to_frame(self) -> pd.DataFrame:
        """A tidy DataFrame: one row per posting, one ``match: <label>`` column per criterion."""
        frame = self.frame[[c for c in _SHOWN if c in self.frame.columns]].copy()
        if self.criteria and self.criteria[0]:
            for j, first in enumerate(self.criteria[0]):
                name = f"match: {first.label}"
                while name in frame.columns:
                    name += "'"
                frame[name] = [row[j].match for row in self.criteria]
        return frame

    def to_csv(self, path: str | os.PathLike[str] | None = None) -> str | None:
        """Write :meth:`to_frame` as CSV to ``path``, or return it as a string."""
        return self.to_frame().to_csv(path, index=False)

    def to_text(self, explain: bool = False, width: int = 100) -> str:
        """A plain-text table; with ``explain``, one line per criterion under each result."""
        lines = [f"note: {w}" for w in self.warnings]
        first_rank: dict[object, int] = {}
        for rec, matches in zip(self, self.criteria, strict=True):
            group = rec.get("dup_group")
            seen = first_rank.setdefault(group, rec["rank"]) if group is not None else rec["rank"]
            title = rec.get("title") or "(no title)"
            where = ", ".join(str(x) for x in (rec.get("company"), rec.get("location")) if x)
            extra = []
            if rec.get("work_mode") and rec["work_mode"] != "unknown":
                extra.append(rec["work_mode"])
            if salary_text(rec):
                extra.append(salary_text(rec))
            head = f"{rec['rank']:>3}. {rec['score']:.3f}  {title}"
            lines.append(head[:width])
            if where or extra:
                lines.append(("       " + " · ".join(filter(None, [where, *extra])))[:width])
            if seen != rec["rank"]:
                lines.append(f"       (the same job as #{seen}, posted again)")
            elif explain:
                base = rec.get("dealbreakers")
                if base is not None:
                    broken = [m.label for m in matches if m.status == "violated"]
                    said = f"violated: {', '.join(broken)}" if broken else "none violated"
                    lines.append(f"       = {base:.3f} dealbreakers ({said})")
                for m in matches:
                    sign = "-" if m.polarity == "avoid" else " "
                    ev = f"  “{_short(m.evidence, width - 50)}”" if m.evidence else ""
                    lines.append(
                        f"       {_MARK[m.status]} +{m.contribution:.3f} {sign}{m.label[:28]:<28}"
                        f" match {m.match:.2f} {m.status}{ev}"
                    )
        return "\n".join(lines)

    def __repr__(self) -> str:
        return f"<Results: {len(self)} postings>\n" + self.to_text()

    def _repr_html_(self) -> str:
        from dreamfit.display import results_html

        return results_html(self)

    def plot_scores(self, **kwargs: Any) -> Any:
        """Histogram of these results' scores (:func:`dreamfit.display.plot_scores`)."""
        from dreamfit.display import plot_scores

        return plot_scores(self, **kwargs)

    def plot_coverage(self, top: int = 50) -> Any:
        """Criteria coverage across the top postings (:func:`dreamfit.display.plot_coverage`)."""
        from dreamfit.display import plot_coverage

        return plot_coverage(self, top=top)

    def plot_heatmap(self, top: int = 20) -> Any:
        """Top postings against criteria (:func:`dreamfit.display.plot_heatmap`)."""
        from dreamfit.display import plot_heatmap

        return plot_heatmap(self, top=top)


def salary_text(rec: dict[str, Any]) -> str:
    """A result's annual salary range as read ("135,000–160,000 USD/yr"), or "" when none."""
    lo, hi = rec.get("salary_min"), rec.get("salary_max")
    if not lo and not hi:
        return ""
    money = f"{lo:,.0f}" if lo else ""
    money += f"–{hi:,.0f}" if hi and hi != lo else ""
    return f"{money} {rec.get('salary_currency') or ''}/yr".replace(" /", "/")


def _short(text: str | None, limit: int) -> str:
    text = " ".join((text or "").split())
    limit = max(limit, 20)
    return text if len(text) <= limit else text[: limit - 1] + "…"
