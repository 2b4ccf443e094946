"""Reference scorers the quality benchmark compares against.

:class:`CosineBaseline` is dreamfit's first scorer: one embedding of all answers joined, one embedding
of each posting (title, company, location and the start of the description, as far as the model reads),
and their cosine clipped to [0, 1]. It stays here, unchanged, as the yardstick later engines must beat.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pandas as pd

from dreamfit.embed import DefaultEmbedder, Embedder, encode
from dreamfit.errors import NotFittedError

__all__ = ["CosineBaseline", "posting_texts"]

_HEAD_CHARS = 2000
"""Description characters passed to the model; MiniLM reads 256 tokens (~1,000 characters) anyway."""


def posting_texts(table: pd.DataFrame, head_chars: int = _HEAD_CHARS) -> list[str]:
    """One text per posting: title, company, location, then the start of the description.

    Parameters
    ----------
    table : pandas.DataFrame
        A normalized table from :func:`dreamfit.read_postings`.
    head_chars : int
        How much of the description to include.

    Examples
    --------
    >>> t = pd.DataFrame({"title": ["Nurse"], "company": ["Clinic"], "location": [None],
    ...                   "description": ["Night shifts."]})
    >>> posting_texts(t)
    ['Nurse. Clinic. Night shifts.']
    """
    parts = []
    for col in ("title", "company", "location"):
        parts.append(table[col].fillna("").astype(str).tolist() if col in table else None)
    desc = table["description"].fillna("").astype(str).str.slice(0, head_chars).tolist()
    out = []
    for i, d in enumerate(desc):
        head = [p[i] for p in parts if p is not None and p[i]]
        out.append(". ".join([*head, d]) if d else ". ".join(head))
    return out


class CosineBaseline:
    """Cosine between the joined answers and each posting, with the bundled model.

    Parameters
    ----------
    embedder : Embedder, optional
        Defaults to the bundled all-MiniLM-L6-v2.

    Examples
    --------
    >>> base = CosineBaseline().fit(table)  # doctest: +SKIP
    >>> base.scores(["I loved nursing", "no night shifts"]).shape  # doctest: +SKIP
    (60,)
    """

    def __init__(self, embedder: Embedder | None = None) -> None:
        self.embedder = embedder

    def fit(self, table: pd.DataFrame) -> CosineBaseline:
        """Embed every posting of a normalized table; returns ``self``."""
        self.embedder_ = self.embedder if self.embedder is not None else DefaultEmbedder()
        self.embeddings_ = encode(self.embedder_, posting_texts(table))
        return self

    def scores(self, answers: Sequence[str] | str) -> np.ndarray:
        """Scores in [0, 1], shape ``(n_postings,)``, in table order."""
        if not hasattr(self, "embeddings_"):
            raise NotFittedError("This CosineBaseline is not fitted yet; call fit(table) first.")
        query = answers if isinstance(answers, str) else " ".join(answers)
        if not query.strip():
            return np.zeros(self.embeddings_.shape[0], dtype=np.float32)
        q = encode(self.embedder_, [query])[0]
        scores: np.ndarray = np.clip(self.embeddings_ @ q, 0.0, 1.0).astype(np.float32)
        return scores
