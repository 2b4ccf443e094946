"""The engine on the shared corpus (3,922 real postings), embedded once per session."""

from __future__ import annotations

import json

import numpy as np

from dreamfit import Matcher
from tests.conftest import SHARED, require_shared


def _answers(pid: str) -> list[str]:
    require_shared(SHARED / "eval")
    profiles = json.loads((SHARED / "eval" / "profiles.json").read_text(encoding="utf-8"))
    return next(p["answers"] for p in profiles if p["id"] == pid)


def test_dealbreakers_hold_on_real_postings(corpus_matcher: Matcher) -> None:
    ev = corpus_matcher.evaluate(_answers("p02"))  # "at least $70,000" is a must
    salary = next(j for j, c in enumerate(ev.criteria) if c.facet == "salary")
    broken = ev.violated.any(axis=1)
    assert 0 < broken.sum() < len(broken)
    assert ev.scores[broken].max() <= ev.scores[~broken].min()
    pay = corpus_matcher.postings_["salary_max"].fillna(corpus_matcher.postings_["salary_min"])
    low = (pay < 0.8 * 70000) & (corpus_matcher.postings_["salary_currency"] == "USD")
    assert ev.violated[low.to_numpy(), salary].all()


def test_top_results_explain_themselves(corpus_matcher: Matcher) -> None:
    results = corpus_matcher.rank(_answers("p10"), top=10)
    assert len(results) == 10
    for rec in results:
        total = rec["dealbreakers"] + sum(c["contribution"] for c in rec["criteria"])
        assert abs(rec["score"] - total) < 1e-5
        for c in rec["criteria"]:
            assert 0.0 <= c["match"] <= 1.0
            if c["status"] in ("met", "violated") and c["source"] != "none":
                assert c["evidence"]
    scores = [rec["score"] for rec in results]
    assert scores == sorted(scores, reverse=True)


def test_scores_are_deterministic_and_in_range(corpus_matcher: Matcher) -> None:
    first = corpus_matcher.scores(_answers("p05"))
    again = corpus_matcher.scores(_answers("p05"))
    np.testing.assert_array_equal(first, again)
    assert first.shape == (len(corpus_matcher.postings_),)
    assert np.all((first >= 0) & (first <= 1))
