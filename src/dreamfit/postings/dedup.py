"""Near-duplicate grouping: the same job re-posted on several sites or in several cities.

Postings are grouped, never dropped. Two postings join a group when

- their (cleaned) descriptions are the same text, or
- they share company and title (normalized) and their descriptions' word-shingle sets have a
  Jaccard similarity of at least ``threshold`` (a city name swapped in a long text barely moves it),
  or both descriptions are empty and the locations match too.

Candidates come only from these blocks, and within a block a posting is compared with one
representative of each group found so far (at most :data:`MAX_REPRESENTATIVES`), so the cost grows
linearly with the number of postings.
"""

from __future__ import annotations

import re
from collections.abc import Callable

import numpy as np
import pandas as pd

__all__ = ["company_key", "group_duplicates"]

_NON_WORD = re.compile(r"[\W_]+", re.UNICODE)
_GENDER = re.compile(r"\((?:m|w|f|d|x|h|gn|all genders?)(?:\s*/\s*(?:m|w|f|d|x|h|in))+\)", re.I)
_LEGAL = re.compile(
    r"\b(?:inc|llc|ltd|gmbh|ag|se|co|corp|corporation|company|plc|kg|mbh|limited)\b\.?", re.I
)


def _norm(text: str) -> str:
    return " ".join(_NON_WORD.sub(" ", text.lower()).split())


def _norm_title(text: str) -> str:
    return _norm(_GENDER.sub(" ", text))


def company_key(text: str) -> str:
    """A company's name as it is compared: lower case, no punctuation or legal form ("Quality
    Wheels, Inc." and "quality wheels" are one company)."""
    return _norm(_LEGAL.sub(" ", text))


def _shingles(text: str) -> set[tuple[str, ...]]:
    """Word 3-grams of a normalized text (the whole text as one shingle when it is shorter)."""
    words = text.split()
    if len(words) < 3:
        return {tuple(words)} if words else set()
    return set(zip(words, words[1:], words[2:], strict=False))


MAX_REPRESENTATIVES = 50
"""Groups per company+title block that a new posting is compared with (bounds the cost)."""


def _similar(
    a: int,
    b: int,
    shingles_of: Callable[[int], set[tuple[str, ...]]],
    loc_norm: list[str],
    threshold: float,
) -> bool:
    sa, sb = shingles_of(a), shingles_of(b)
    if not sa and not sb:
        return loc_norm[a] == loc_norm[b]
    if not sa or not sb:
        return False
    inter = len(sa & sb)
    return inter / (len(sa) + len(sb) - inter) >= threshold


class _UnionFind:
    def __init__(self, n: int) -> None:
        self.parent = np.arange(n)

    def find(self, i: int) -> int:
        root = i
        while self.parent[root] != root:
            root = int(self.parent[root])
        while self.parent[i] != root:
            self.parent[i], i = root, int(self.parent[i])
        return root

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            # The earlier posting stays the root, so a group is named after its first member.
            self.parent[max(ra, rb)] = min(ra, rb)


def group_duplicates(
    titles: pd.Series,
    companies: pd.Series,
    locations: pd.Series,
    descriptions: pd.Series,
    ids: pd.Series,
    *,
    threshold: float = 0.8,
) -> pd.Series:
    """Label each posting with the id of the first posting of its near-duplicate group.

    Parameters
    ----------
    titles, companies, locations, descriptions, ids : pandas.Series
        Aligned columns of the normalized table (missing values allowed).
    threshold : float
        Minimum Jaccard similarity of description 3-word shingles within a company+title block.

    Returns
    -------
    pandas.Series
        ``dup_group`` for each posting: its own id when it has no duplicate.

    Examples
    --------
    >>> s = lambda *v: pd.Series(list(v), dtype=object)
    >>> group_duplicates(s("Nurse", "Nurse", "Cook"), s("A", "A", "B"), s("X", "Y", "X"),
    ...                  s("Care for patients in X.", "Care for patients in Y.", "Cook."),
    ...                  s("1", "2", "3"), threshold=0.3).tolist()
    ['1', '1', '3']
    """
    n = len(ids)
    uf = _UnionFind(n)
    desc = [d if isinstance(d, str) else "" for d in descriptions.tolist()]
    first_by_desc: dict[str, int] = {}
    for i, d in enumerate(desc):
        if len(d) < 40:
            continue
        j = first_by_desc.setdefault(d, i)
        if j != i:
            uf.union(j, i)
    title_norm = [_norm_title(t) if isinstance(t, str) else "" for t in titles.tolist()]
    comp_norm = [company_key(c) if isinstance(c, str) else "" for c in companies.tolist()]
    loc_norm = [_norm(loc) if isinstance(loc, str) else "" for loc in locations.tolist()]
    blocks: dict[tuple[str, str], list[int]] = {}
    for i, key in enumerate(zip(comp_norm, title_norm, strict=True)):
        if key[0] and key[1]:
            blocks.setdefault(key, []).append(i)
    shingles: dict[int, set[tuple[str, ...]]] = {}

    def shingles_of(i: int) -> set[tuple[str, ...]]:
        found = shingles.get(i)
        if found is None:
            found = shingles[i] = _shingles(_norm(desc[i]))
        return found

    for members in blocks.values():
        if len(members) < 2:
            continue
        # Each posting is compared with one representative per group found so far in its block
        # (the most recent MAX_REPRESENTATIVES of them), not with every other posting.
        representatives: list[int] = []
        for b in members:
            root_b = uf.find(b)
            joined = False
            for a in reversed(representatives[-MAX_REPRESENTATIVES:]):
                if uf.find(a) == root_b:
                    joined = True
                    break
                if _similar(a, b, shingles_of, loc_norm, threshold):
                    uf.union(a, b)
                    joined = True
                    break
            if not joined:
                representatives.append(b)
    id_list = ids.tolist()
    roots = [uf.find(i) for i in range(n)]
    return pd.Series([id_list[r] for r in roots], index=ids.index, dtype=object)
