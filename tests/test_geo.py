"""Places on the map: resolving towns, distances, and distance-aware location matching."""

from __future__ import annotations

import math
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import dreamfit
import dreamfit.cache
from dreamfit import geo
from dreamfit.features import Fields, structured_match


def close_to(point: tuple[float, float] | None, lat: float, lon: float, tol: float = 0.2) -> bool:
    return point is not None and abs(point[0] - lat) < tol and abs(point[1] - lon) < tol


def test_posting_locations_resolve_within_their_state_and_country() -> None:
    assert close_to(geo.resolve("Peoria, AZ"), 33.58, -112.24)  # not Peoria, Illinois
    assert close_to(geo.resolve("Peoria, IL"), 40.69, -89.59)
    assert close_to(geo.resolve("Peoria, Illinois"), 40.69, -89.59)
    assert geo.resolve("Munich, Bavaria, Germany") == geo.resolve("München")
    assert close_to(geo.resolve("Greater Phoenix Area"), 33.45, -112.07)
    assert close_to(geo.resolve("Austin, Texas Metropolitan Area"), 30.27, -97.74)
    assert close_to(geo.resolve("Raleigh-Durham-Chapel Hill Area"), 35.77, -78.64)
    assert close_to(geo.resolve("Sandhausen"), 49.34, 8.66)
    for region in ("Remote", "Virginia", "United States", "Texas, United States", "", "Germany"):
        assert geo.resolve(region) is None, region


def test_seeker_places_use_exonyms_and_skip_regions() -> None:
    assert close_to(geo.resolve("the Bay Area", posting=False), 37.77, -122.42)  # not Bay, PH
    assert geo.resolve("SF", posting=False) == geo.resolve("San Francisco", posting=False)
    assert close_to(geo.resolve("DC", posting=False), 38.90, -77.04)
    assert geo.resolve("Cologne", posting=False) == geo.resolve("Köln", posting=False)
    assert close_to(geo.resolve("Heidelberg", posting=False), 49.41, 8.69)
    assert close_to(geo.resolve("the Phoenix area", posting=False), 33.45, -112.07)
    assert close_to(geo.resolve("Großraum Stuttgart", posting=False), 48.78, 9.18)
    for region in ("Landkreis", "Umgebung", "Deutschland", "Kentucky", "remote"):
        assert geo.resolve(region, posting=False) is None, region


def test_distances_and_nearness() -> None:
    berlin, munich = geo.resolve("Berlin"), geo.resolve("Munich")
    assert berlin is not None and munich is not None
    km = geo.distance_km(np.array([berlin, munich]), np.array([munich]))
    assert km.shape == (2, 1)
    assert 495 < km[0, 0] < 515 and km[1, 0] == pytest.approx(0.0, abs=1e-6)
    got = geo.nearness(np.array([0.0, geo.NEAR_KM, 70.0, geo.FAR_KM, 500.0, np.nan]))
    assert got[:5].tolist() == pytest.approx([1.0, 1.0, 0.5, 0.0, 0.0])
    assert math.isnan(got[5])
    assert geo.describe(12.4) == "12 km"


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=60), st.booleans())
def test_resolving_never_raises(text: str, posting: bool) -> None:
    point = geo.resolve(text, posting=posting)
    assert point is None or (-90 <= point[0] <= 90 and -180 <= point[1] <= 180)


@settings(max_examples=200, deadline=None)
@given(
    st.lists(st.tuples(st.floats(-90, 90), st.floats(-180, 180)), min_size=1, max_size=5),
    st.lists(st.tuples(st.floats(-90, 90), st.floats(-180, 180)), min_size=1, max_size=3),
)
def test_distance_is_symmetric_bounded_and_nearness_monotone(
    points: list[tuple[float, float]], centres: list[tuple[float, float]]
) -> None:
    a, b = np.array(points), np.array(centres)
    km = geo.distance_km(a, b)
    assert km.shape == (len(points), len(centres))
    assert np.all(km >= 0) and np.all(km <= math.pi * geo.EARTH_RADIUS_KM + 1e-6)
    np.testing.assert_allclose(km, geo.distance_km(b, a).T, atol=1e-6)
    near = geo.nearness(np.sort(km.ravel()))
    assert np.all((near >= 0) & (near <= 1)) and np.all(np.diff(near) <= 1e-12)


TABLE = pd.DataFrame(
    {
        "title": ["Techniker", "Techniker", "Techniker", "Techniker", "Techniker"],
        "location": ["Sandhausen", "Karlsruhe", "Berlin", "Heidelberg, Germany", "Remote"],
        "work_mode": ["onsite", "onsite", "onsite", "onsite", "remote"],
        "description": ["Trocknung."] * 5,
    }
)


@pytest.fixture(scope="module")
def fields() -> Fields:
    return Fields.from_table(TABLE)


def location(places: list[str], **value: object) -> dreamfit.Criterion:
    return dreamfit.Criterion(
        facet="location", label=" or ".join(places), value={"places": places, **value}
    )


def test_nearby_towns_match_by_distance_with_the_distance_as_evidence(fields: Fields) -> None:
    found = structured_match(location(["Heidelberg", "Mannheim"]), fields)
    assert found is not None
    match, evidence = found
    assert match[0] == 1.0 and "km from Heidelberg" in str(evidence[0])  # Sandhausen, ~8 km
    assert 0.5 < match[1] < 1.0  # Karlsruhe, ~50 km: partly
    assert match[2] == 0.0  # Berlin
    assert match[3] == 1.0 and evidence[3] == "location: heidelberg, germany"  # by name
    assert match[4] == pytest.approx(0.9)  # remote
    tight = structured_match(location(["Heidelberg"], radius_km=5), fields)
    assert tight is not None and tight[0][0] < 1.0 and tight[0][1] == 0.0


def test_without_the_gazetteer_places_match_by_name(
    fields: Fields, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(geo, "gazetteer", lambda: None)
    plain = Fields.from_table(TABLE)
    assert np.isnan(plain.points).all() and plain.points.shape == (5, 2)
    found = structured_match(location(["Heidelberg"]), plain)
    assert found is not None
    assert found[0].tolist()[:4] == [0.0, 0.0, 0.0, 1.0]


def test_the_table_is_cached_and_a_damaged_cache_is_rebuilt(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = geo.gazetteer()  # built in (or loaded from) the session's cache
    assert first is not None
    built = list((dreamfit.cache.default_cache_dir() / "geo").glob("*.npz"))
    assert len(built) == 1
    (tmp_path / "geo").mkdir()
    stored = [tmp_path / "geo" / built[0].name]
    stored[0].write_bytes(built[0].read_bytes())
    monkeypatch.setenv("DREAMFIT_CACHE_DIR", str(tmp_path))
    geo.gazetteer.cache_clear()
    try:
        again = geo.gazetteer()
        assert again is not None and again.names == first.names
        good = stored[0].read_bytes()
        flipped = bytearray(good)
        flipped[len(good) // 3] ^= 0xFF
        for damaged in (b"not a zip file", good[: len(good) // 2], bytes(flipped)):
            stored[0].write_bytes(damaged)
            geo.gazetteer.cache_clear()
            rebuilt = geo.gazetteer()
            assert rebuilt is not None and rebuilt.names == first.names
            assert np.array_equal(rebuilt.lat, first.lat)
            assert stored[0].read_bytes() == good  # rebuilt and stored again
        assert not list((tmp_path / "geo").glob("*.tmp.npz"))
    finally:
        geo.gazetteer.cache_clear()


def _table(titles: list[str], locations: list[str], modes: list[str]) -> Fields:
    return Fields.from_table(
        pd.DataFrame(
            {"title": titles, "location": locations, "work_mode": modes, "description": ""}
        )
    )


def _place(name: str, polarity: str = "want") -> dreamfit.Criterion:
    return dreamfit.Criterion(
        facet="location",
        label=name,
        polarity=polarity,  # type: ignore[arg-type]
        value={"places": [name], "or_remote": False},
    )


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Philadelphia, PA", "US"),
        ("Lewes, DE", "US"),  # Delaware, not Germany
        ("Virginia", "US"),
        ("Florida, United States", "US"),
        ("Jena", "DE"),
        ("Munich, Bavaria, Germany", "DE"),
        ("London, England, United Kingdom", "GB"),
        ("Remote", ""),
        ("", ""),
    ],
)
def test_postings_know_their_country(text: str, code: str) -> None:
    assert geo.country_of(text) == code


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=60))
def test_countries_never_raise(text: str) -> None:
    assert isinstance(geo.country_of(text), str)
    found = geo.place_country(text)
    assert found is None or (len(found) == 2 and found.isupper())


def test_a_named_country_takes_every_posting_in_it() -> None:
    """ "Anywhere in the US" meets "Philadelphia, PA"; "remote in the US" (a profile that wants
    remote work) takes only the remote postings there in full."""
    f = _table(
        ["Analyst"] * 4,
        ["Philadelphia, PA", "Lewes, DE", "Berlin, Germany", "Austin, TX"],
        ["onsite", "onsite", "onsite", "remote"],
    )
    us = _place("the US")
    anywhere = structured_match(us, f)
    assert anywhere is not None and anywhere[0].tolist() == [1.0, 1.0, 0.0, 1.0]
    remote = structured_match(us, f, remote_wanted=True)
    assert remote is not None and remote[0].tolist() == [0.0, 0.0, 0.0, 1.0]
    germany = structured_match(_place("Deutschland"), f)
    assert germany is not None and germany[0].tolist()[:3] == [0.0, 0.0, 1.0]
    assert germany[0][3] == pytest.approx(0.3)  # remote, but from the US


def test_remote_from_another_country_is_a_weak_location_match() -> None:
    """A seeker in Leipzig: remote from Berlin is as good as ever, remote from New York mostly
    hires where the employer is; a remote posting with no place stays a good match."""
    f = _table(["Developer"] * 3, ["Berlin, Germany", "New York, NY", ""], ["remote"] * 3)
    found = structured_match(_place("Leipzig"), f)
    assert found is not None
    match, evidence = found
    assert match[0] == pytest.approx(0.9) and match[2] == pytest.approx(0.9)
    assert match[1] == pytest.approx(0.3) and "another country" in str(evidence[1])
    assert geo.seeker_country("Leipzig") == "DE" and geo.seeker_country("Virginia") == "US"
    assert geo.seeker_country("Ausland") is None


@pytest.mark.parametrize(
    ("title", "reach"),
    [
        ("Opendate - Senior Engineer - Remote (US) - Full-time", {"US"}),
        ("Beautiful.ai - Full-Time - Remote in US & CAN", {"US", "CA"}),
        ("Customer Success Manager (m/w/d) - Remote DACH", {"DE", "AT", "CH"}),
        ("secret - REMOTE - Contract to full time - Any country", set()),
        ("Data Analyst", set()),
    ],
)
def test_remote_titles_name_where_they_hire(title: str, reach: set[str]) -> None:
    assert set(geo.remote_regions(title)) == reach
    assert "DE" in geo.remote_regions("AREO - Remote (EU) - Full-Time")


def test_a_remote_title_limited_to_another_region_and_an_avoided_place() -> None:
    """A seeker in Portland: "Remote (EU)" hires elsewhere, "Remote (US)" does not; remote
    work is never work in an avoided place ("no onsite job in New York")."""
    f = _table(
        ["AREO - Remote (EU) - Full-Time", "Phaselaw - Remote (US)", "Analyst"],
        ["", "", "New York, NY"],
        ["remote"] * 3,
    )
    found = structured_match(_place("Portland"), f)
    assert found is not None
    assert found[0].tolist()[:2] == pytest.approx([0.3, 0.9])
    new_york = _place("New York", "avoid")
    avoided = structured_match(new_york, f)
    assert avoided is not None and avoided[0].tolist() == [0.0, 0.0, 0.0]


@pytest.mark.parametrize(
    ("title", "description", "states"),
    [
        ("Data Analyst (Healthcare Required) - CA ONLY - REMOTE", "", {"ca"}),
        ("ERP Analyst", "Location: Remote - but must be located in Arizona.", {"az"}),
        ("Analyst", "Applicants must reside in the state of California to apply.", {"ca"}),
        (
            "Analyst",
            "Only open to candidates in Virginia, Maryland or West Virginia.",
            {"va", "md", "wv"},
        ),
        ("Analyst", "If located in New York, the base salary is $78,000.", set()),
        ("Remote OR only hybrid", "", set()),  # "OR" is a word here, not Oregon
    ],
)
def test_remote_postings_name_the_states_they_hire_in(
    title: str, description: str, states: set[str]
) -> None:
    from dreamfit.features import remote_states

    assert set(remote_states(title, description)) == states


def test_remote_from_another_state_only_is_a_weak_location_match() -> None:
    """A seeker in Virginia: "CA ONLY - REMOTE" does not hire them; "must reside in Virginia"
    and a remote posting that names no state do."""
    f = Fields.from_table(
        pd.DataFrame(
            {
                "title": ["Data Analyst - CA ONLY - REMOTE", "Data Analyst", "Data Analyst"],
                "location": ["Los Angeles, CA", "", ""],
                "work_mode": ["remote"] * 3,
                "description": ["", "Remote; you must reside in Virginia.", ""],
            }
        )
    )
    found = structured_match(_place("Virginia"), f)
    assert found is not None
    assert found[0].tolist() == pytest.approx([0.3, 0.9, 0.9])
    assert found[1][0] == "remote, only from CA"
    assert geo.seeker_state("Richmond") == "va" and geo.seeker_state("Virginia") == "va"
    assert geo.seeker_state("Leipzig") is None and geo.seeker_state("the US") is None


@pytest.mark.parametrize(
    ("title", "places"),
    [
        (
            "Prior Labs - Berlin / Freiburg / NYC - ONSITE - Full-time",
            ["Berlin", "Freiburg", "New York"],
        ),
        ("Simple Ventures - Toronto, Canada - ONSITE (3-4 days/wk)", ["Toronto, Canada"]),
        ("Unexus - Lead DevOps Engineer - Baarn, Netherlands - HYBRID", ["Baarn, Netherlands"]),
        ("Eagle - Founding Member of Technical Staff - NYC (onsite)", ["New York"]),  # company
        ("Runway - Multiple Engineering & Research roles - Remote (global)", []),
        # words of a title's other parts are no towns ("Roles" had read as Raleigh)
        ("AREO - Remote (EU) - Full-Time - Equity - Roles: [Engineering Manager]", []),
        ("OpenRent - London, UK - Full-Time - ONSITE+PART REMOTE", ["London, UK"]),
        ("Data Analyst", []),
    ],
)
def test_titles_name_the_places_of_postings_without_a_location(
    title: str, places: list[str]
) -> None:
    assert geo.title_places(title) == places


def test_a_posting_without_a_location_is_placed_by_its_title() -> None:
    """Hacker News posts leave the location empty and name it in the title: a seeker in Berlin
    meets "Berlin / Freiburg / NYC", one near Utrecht meets "Baarn, Netherlands" by distance."""
    f = _table(
        ["Prior Labs - Berlin / Freiburg / NYC - ONSITE", "Unexus - DevOps - Baarn, Netherlands"],
        ["", ""],
        ["onsite", "hybrid"],
    )
    berlin = structured_match(_place("Berlin"), f)
    assert berlin is not None and berlin[0].tolist() == [1.0, 0.0]
    utrecht = structured_match(_place("Utrecht"), f)
    assert utrecht is not None and utrecht[0][1] > 0.5
    assert geo.parse_location("Baarn, Netherlands", geo.gazetteer())[1] == "NL"  # type: ignore[arg-type,index]


def test_a_title_that_also_offers_remote_work_hires_from_afar() -> None:
    """ "HYBRID (Berlin) or REMOTE (CET ±2h)" reads as hybrid, yet a seeker in Leipzig can take
    it from home; "kein Remote" and "10% Remote" offer no such thing."""
    f = _table(
        [
            "Ojin - Product Engineer - HYBRID (Berlin) or REMOTE (CET ±2h) - Full-time",
            "Social Media Account Manager - Onsite, kein Remote",
            "Projektleitung Tiefbau Berlin (10% Remote)",
        ],
        ["", "Berlin", "Berlin"],
        ["hybrid", "onsite", "hybrid"],
    )
    assert f.remote_option.tolist() == [True, False, False]
    found = structured_match(_place("Leipzig"), f)
    assert found is not None and found[0].tolist() == pytest.approx([0.9, 0.0, 0.0])
    remote = dreamfit.Criterion(facet="work_mode", label="remote", value={"mode": "remote"})
    mode = structured_match(remote, f)
    assert mode is not None and mode[0].tolist() == pytest.approx([1.0, 0.0, 0.5])
    assert mode[1][0] == "work mode: hybrid or remote"
