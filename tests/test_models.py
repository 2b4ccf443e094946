"""Profiles: validation, JSON round trip, one-line errors naming the criterion."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dreamfit import Criterion, DreamProfile, ProfileError, load_profile
from dreamfit.models import FACETS, IMPORTANCE_WEIGHTS


def test_weight_defaults_to_importance() -> None:
    crit = Criterion(facet="salary", importance="must", label="salary ≥ 70,000 USD")
    assert crit.weight == IMPORTANCE_WEIGHTS["must"] == 1.0


@pytest.mark.parametrize(
    ("criterion", "message"),
    [
        ({"facet": "vibes", "label": "x"}, r"criterion 0 \('x'\): facet: unknown facet 'vibes'"),
        ({"facet": "role", "label": "x", "weight": -1}, r"criterion 0 \('x'\): weight: .*>= 0"),
        ({"facet": "role", "label": "x", "weight": "NaN"}, r"weight: .*finite"),
        ({"facet": "role", "label": "   "}, r"label: .*must not be empty"),
        ({"facet": "role", "label": "x", "polarity": "hate"}, r"polarity"),
    ],
)
def test_profile_errors_name_the_criterion(
    tmp_path: Path, criterion: dict[str, object], message: str
) -> None:
    path = tmp_path / "profile.json"
    path.write_text(json.dumps({"criteria": [criterion]}), encoding="utf-8")
    with pytest.raises(ProfileError, match=message) as info:
        load_profile(path)
    assert str(info.value).startswith(f"{path}: ")
    assert "\n" not in str(info.value)


def test_nan_literal_in_json_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "p.json"
    path.write_text('{"criteria": [{"facet": "role", "label": "a", "weight": NaN}]}')
    with pytest.raises(ProfileError, match="finite"):
        load_profile(path)


def test_not_json_and_missing(tmp_path: Path) -> None:
    bad = tmp_path / "p.json"
    bad.write_text("{nope")
    with pytest.raises(ProfileError, match="not valid JSON"):
        load_profile(bad)
    with pytest.raises(ProfileError, match="no such file"):
        load_profile(tmp_path / "missing.json")
    bad.write_text("[1]")
    with pytest.raises(ProfileError, match="must be a JSON object"):
        load_profile(bad)


criteria = st.builds(
    Criterion,
    facet=st.sampled_from(FACETS),
    polarity=st.sampled_from(["want", "avoid"]),
    importance=st.sampled_from(list(IMPORTANCE_WEIGHTS)),
    weight=st.floats(min_value=0, max_value=1e6, allow_nan=False),
    label=st.text(min_size=1).filter(lambda s: s.strip()),
    text=st.text(),
)


@given(st.lists(criteria, max_size=6), st.lists(st.text(), max_size=3))
def test_json_round_trip_is_exact(items: list[Criterion], answers: list[str]) -> None:
    profile = DreamProfile(criteria=items, answers=answers)
    assert load_profile(profile.to_json()) == profile


def test_schema_file_in_docs_is_current() -> None:
    from dreamfit.models import profile_json_schema
    from tests.conftest import REPO

    assert (REPO / "docs" / "profile.schema.json").read_text(encoding="utf-8") == (
        profile_json_schema()
    ), "regenerate with: dreamfit profile --schema -o docs/profile.schema.json"
