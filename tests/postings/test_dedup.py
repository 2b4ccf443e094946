"""Near-duplicate grouping."""

from __future__ import annotations

import pandas as pd

from dreamfit.postings.dedup import group_duplicates

BODY = (
    "We are looking for a warehouse associate to pick, pack and ship orders in our {city} "
    "fulfillment center. Day shift, full-time, forklift training provided, weekly pay, "
    "health insurance from day one and a friendly team that has your back."
)


def _s(*values: object) -> pd.Series:
    return pd.Series(list(values), dtype=object)


def test_city_reposts_and_cross_site_copies_are_grouped() -> None:
    groups = group_duplicates(
        _s("Warehouse Associate", "Warehouse Associate (m/w/d)", "Warehouse associate", "Cook"),
        _s("Acme Inc.", "ACME", "Other Co", "Acme Inc."),
        _s("Reno, NV", "Sparks, NV", "Austin, TX", "Reno, NV"),
        _s(
            BODY.format(city="Reno"),
            BODY.format(city="Sparks"),
            BODY.format(city="Reno"),
            "Cook breakfast for our guests.",
        ),
        _s("a", "b", "c", "d"),
    )
    # a and b: same company and title, a city swapped; c: identical text on another board.
    assert groups.tolist() == ["a", "a", "a", "d"]


def test_different_jobs_of_one_company_stay_apart() -> None:
    groups = group_duplicates(
        _s("Nurse", "Nurse"),
        _s("Clinic", "Clinic"),
        _s("X", "X"),
        _s(
            "Night shift nurse for the intensive care unit, twelve hour shifts, union job.",
            "Day clinic nurse for vaccinations and patient education, Monday to Friday only.",
        ),
        _s("1", "2"),
    )
    assert groups.tolist() == ["1", "2"]


def test_missing_values_are_fine() -> None:
    groups = group_duplicates(
        _s(None, None), _s(None, None), _s(None, None), _s(None, ""), _s("1", "2")
    )
    assert groups.tolist() == ["1", "2"]
