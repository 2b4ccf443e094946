"""Okapi BM25 (the literal-words signal): a hand-checked case and properties."""

from __future__ import annotations

import math

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from dreamfit.bm25 import BM25


def test_scores_match_the_formula_on_a_tiny_table() -> None:
    docs = ["tile setter heidelberg", "software engineer", "tile tile shop"]
    index = BM25(docs, k1=1.2, b=0.75)
    scores = index.scores("tile")
    n, df = 3, 2
    idf = math.log(1 + (n - df + 0.5) / (df + 0.5))
    avg = (3 + 2 + 3) / 3

    def part(tf: int, length: int) -> float:
        return idf * tf * 2.2 / (tf + 1.2 * (1 - 0.75 + 0.75 * length / avg))

    np.testing.assert_allclose(scores, [part(1, 3), 0.0, part(2, 3)], rtol=1e-9)
    assert index.shared_words("tile heidelberg", 0) == ["heidelberg", "tile"]


def test_stop_words_count_for_nothing() -> None:
    index = BM25(["die Tagespflege", "die Klinik"], stop_words=frozenset({"die"}))
    assert index.scores("die").tolist() == [0.0, 0.0]
    assert index.scores("die Tagespflege")[0] > 0


@settings(max_examples=100, deadline=None)
@given(st.lists(st.text(max_size=40), min_size=1, max_size=8), st.text(max_size=40))
def test_never_raises_and_is_non_negative(docs: list[str], query: str) -> None:
    scores = BM25(docs).scores(query)
    assert scores.shape == (len(docs),)
    assert np.all(np.isfinite(scores)) and np.all(scores >= 0)
