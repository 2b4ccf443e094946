"""Matcher and the one-shot rank helper with the real bundled model."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

import dreamfit
from dreamfit import Matcher, NotFittedError, ParameterError
from dreamfit.baselines import CosineBaseline
from tests.conftest import SAMPLES

POSTINGS = pd.DataFrame(
    {
        "id": ["n1", "d1", "t1"],
        "title": ["Registered Nurse", "Truck Driver CDL-A", "Math Teacher"],
        "company": ["St. Mary Hospital", "RoadCo", "Lincoln High School"],
        "description": [
            "Care for patients on our cardiac ward. Day shifts, no nights. $45 per hour.",
            "Long-haul routes across the Midwest, home every other weekend. $70,000 a year.",
            "Teach algebra and geometry to grades 9-12. Summers off, pension plan.",
        ],
    }
)


@pytest.fixture(scope="module")
def matcher(embedder: object) -> Matcher:
    return Matcher(embedder=embedder).fit(dreamfit.read_postings(POSTINGS))  # type: ignore[arg-type]


def test_scores_rank_the_obvious_fit_first(matcher: Matcher) -> None:
    scores = matcher.scores(["I loved being a nurse caring for patients in a hospital."])
    assert scores.shape == (3,)
    assert np.all((scores >= 0) & (scores <= 1))
    assert int(np.argmax(scores)) == 0
    results = matcher.rank(["I loved teaching math to teenagers."], top=2)
    assert len(results) == 2
    assert results[0]["id"] == "t1"
    assert results[0]["rank"] == 1


def test_explanations_carry_evidence(matcher: Matcher) -> None:
    results = matcher.rank(["I loved nursing. At least $80,000 a year. Day shift."], top=1)
    crits = {c["label"]: c for c in results[0]["criteria"]}
    salary = next(c for label, c in crits.items() if label.startswith("salary"))
    assert salary["evidence"] == "salary 93,600 USD a year"
    assert salary["status"] == "met"
    assert "Day shifts" in (crits["day shift"]["evidence"] or "")


def test_matcher_equals_the_cosine_baseline(matcher: Matcher, embedder: object) -> None:
    answers = ["Long-haul trucking with a CDL."]
    base = CosineBaseline(embedder).fit(matcher.postings_)  # type: ignore[arg-type]
    np.testing.assert_allclose(matcher.scores(answers), base.scores(answers), atol=1e-6)


def test_not_fitted_and_bad_top(matcher: Matcher) -> None:
    with pytest.raises(NotFittedError, match="not fitted yet"):
        Matcher().scores(["x"])
    with pytest.raises(ParameterError, match="The 'top' parameter of rank must be a non-negative"):
        matcher.rank(["x"], top=-3)


def test_one_shot_rank_on_the_samples(embedder: object) -> None:
    results = dreamfit.rank(
        SAMPLES / "postings.csv",
        ["I loved teaching."],
        top=3,
        embedder=embedder,  # type: ignore[arg-type]
    )
    assert len(results) == 3
    frame = results.to_frame()
    assert list(frame.columns[:3]) == ["rank", "id", "score"]


def test_named_things_are_matched_word_for_word(matcher: Matcher) -> None:
    results = matcher.rank(["I loved teaching. A pension would be important."], top=1)
    assert results[0]["id"] == "t1"
    pension = next(c for c in results[0]["criteria"] if c["label"] == "pension")
    assert pension["match"] == 1.0
    assert pension["evidence"] == "Summers off, pension plan."
