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


@settings(max_examples=60, deadline=None)
@given(
    st.lists(st.text(alphabet="abcäöü ß01", max_size=40), min_size=1, max_size=8),
    st.text(alphabet="abcäöü ß01", max_size=20),
)
def test_the_arrays_round_trip_gives_the_same_index(docs: list[str], query: str) -> None:
    index = BM25(docs, stop_words=frozenset({"a"}))
    again = BM25.from_arrays(index.to_arrays())
    np.testing.assert_array_equal(again.scores(query), index.scores(query))
    assert again.stop_words == index.stop_words
    for row in range(len(docs)):
        assert again.shared_words(query, row) == index.shared_words(query, row)


def test_a_matcher_keeps_the_words_index_in_its_cache(tmp_path: object) -> None:
    from pathlib import Path

    import pandas as pd

    import dreamfit
    from dreamfit import Matcher

    root = Path(str(tmp_path))
    table = dreamfit.read_postings(
        pd.DataFrame(
            {
                "id": ["a", "b"],
                "title": ["Fliesenleger (m/w/d)", "Software Engineer"],
                "description": ["Bäder und Küchen fliesen.", "Build services in Go."],
            }
        )
    )
    answers = ["Ich bin Fliesenleger und verlege gern Fliesen in Bädern."]
    first = Matcher(cache=root).fit(table)
    scores = first.scores(answers)
    stored = list((root / "bm25").glob("*.npz"))
    assert len(stored) == 1
    again = Matcher(cache=root).fit(table)
    np.testing.assert_array_equal(again.scores(answers), scores)
    stored[0].write_bytes(b"damaged")
    rebuilt = Matcher(cache=root).fit(table)
    np.testing.assert_array_equal(rebuilt.scores(answers), scores)
    assert stored[0].read_bytes()[:2] == b"PK"  # written again
    assert not list((root / "bm25").glob(".tmp-*"))
    uncached = Matcher(cache=False).fit(table)
    np.testing.assert_array_equal(uncached.scores(answers), scores)


def test_a_refit_matcher_does_not_keep_the_old_words_index(tmp_path: object) -> None:
    import pandas as pd

    import dreamfit
    from dreamfit import Matcher

    def table(n: int) -> pd.DataFrame:
        return dreamfit.read_postings(
            pd.DataFrame(
                {
                    "id": [f"p{i}" for i in range(n)],
                    "title": [f"Fliesenleger {i}" if i % 2 else f"Koch {i}" for i in range(n)],
                    "description": ["Bäder fliesen." if i % 2 else "Kochen." for i in range(n)],
                }
            )
        )

    answers = ["Ich bin Fliesenleger und verlege gern Fliesen in Bädern."]
    m = Matcher(cache=False).fit(table(2))
    assert m.scores(answers).shape == (2,)
    m.fit(table(5))
    np.testing.assert_array_equal(
        m.scores(answers), Matcher(cache=False).fit(table(5)).scores(answers)
    )
