"""Ranking quality: graded relevance judgments and the usual metrics.

Judgments ("qrels") are ``profile <TAB> posting id <TAB> grade [<TAB> reason]`` lines, grades 0-3;
a posting not judged for a profile counts as grade 0.
"""

from __future__ import annotations

import math
import os
from collections.abc import Mapping, Sequence
from pathlib import Path

__all__ = ["dcg", "load_qrels", "mrr", "ndcg_at_k", "recall_at_k"]


def load_qrels(path: str | os.PathLike[str]) -> dict[str, dict[str, int]]:
    """Read a qrels file into ``{profile: {posting id: grade}}``.

    Raises
    ------
    ValueError
        A line without three tab-separated fields or with a grade that is not 0-3; the message
        names the file and line.
    """
    out: dict[str, dict[str, int]] = {}
    for number, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        parts = line.split("\t")
        if len(parts) < 3 or parts[2].strip() not in ("0", "1", "2", "3"):
            raise ValueError(f"{path}: line {number}: expected 'profile<TAB>id<TAB>grade 0-3'")
        out.setdefault(parts[0].strip(), {})[parts[1].strip()] = int(parts[2])
    return out


def dcg(grades: Sequence[int]) -> float:
    """Discounted cumulative gain with gain ``2**grade - 1`` and discount ``log2(rank + 1)``."""
    return float(sum((2**g - 1) / math.log2(i + 2) for i, g in enumerate(grades)))


def ndcg_at_k(ranked: Sequence[str], grades: Mapping[str, int], k: int = 10) -> float:
    """nDCG@k of a ranked list of ids against graded judgments (0 when nothing is relevant)."""
    got = dcg([grades.get(i, 0) for i in ranked[:k]])
    ideal = dcg(sorted(grades.values(), reverse=True)[:k])
    return got / ideal if ideal > 0 else 0.0


def recall_at_k(
    ranked: Sequence[str], grades: Mapping[str, int], k: int = 10, min_grade: int = 2
) -> float:
    """Share of the postings graded ``min_grade`` or more that appear in the top ``k``."""
    relevant = {i for i, g in grades.items() if g >= min_grade}
    if not relevant:
        return 0.0
    return len(relevant & set(ranked[:k])) / len(relevant)


def mrr(ranked: Sequence[str], grades: Mapping[str, int], min_grade: int = 2) -> float:
    """Reciprocal rank of the first posting graded ``min_grade`` or more (0 if none)."""
    for i, posting in enumerate(ranked):
        if grades.get(posting, 0) >= min_grade:
            return 1.0 / (i + 1)
    return 0.0
