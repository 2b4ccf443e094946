"""Schema detection: which scraper wrote a table, and which of its columns feed which field.

Each known source maps its columns onto the same intermediate *fields* (``title``, ``description``,
``salary_min`` ...). The generic fallback matches column names against aliases (English and German);
an explicit ``columns={field: column}`` mapping overrides either.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass

import pandas as pd

from dreamfit.errors import InputError, ParameterError

__all__ = ["FIELDS", "SCHEMAS", "detect_schema", "map_fields"]

FIELDS: tuple[str, ...] = (
    "id",
    "site",
    "title",
    "company",
    "location",
    "description",
    "url",
    "date_posted",
    "salary_min",
    "salary_max",
    "salary_interval",
    "salary_currency",
    "salary_text",
    "remote_flag",
    "work_mode_text",
    "employment_text",
    "level_text",
    "size_text",
    "industry",
    "skills",
)
"""Intermediate fields every schema maps onto; all are optional except one text field."""

Mapper = Callable[[pd.DataFrame], dict[str, pd.Series]]


@dataclass(frozen=True)
class Schema:
    """A known source format: the columns that identify it and how they map onto fields."""

    name: str
    signature: frozenset[str]
    columns: Mapping[str, str]
    extra: Mapper | None = None
    min_share: float = 0.8

    def matches(self, columns: set[str]) -> bool:
        return len(self.signature & columns) >= self.min_share * len(self.signature)


def _col(frame: pd.DataFrame, name: str) -> pd.Series:
    return (
        frame[name] if name in frame.columns else pd.Series(None, index=frame.index, dtype=object)
    )


def _indeed_extra(frame: pd.DataFrame) -> dict[str, pd.Series]:
    city, state = _col(frame, "city"), _col(frame, "state")
    location = city.fillna("").str.cat(state.fillna(""), sep=", ").str.strip(", ")
    return {
        "location": location.where(location != "", None),
        "site": pd.Series("indeed", index=frame.index, dtype=object),
    }


def _glassdoor_extra(frame: pd.DataFrame) -> dict[str, pd.Series]:
    # Glassdoor appends the rating to the company name: "Tecolote Research\n3.8".
    company = _col(frame, "Company Name").str.replace(r"\s*\n\s*\d(?:\.\d)?\s*$", "", regex=True)
    salary = _col(frame, "Salary Estimate")
    return {
        "company": company,
        "salary_text": salary.where(salary != "-1", None),
        "site": pd.Series("glassdoor", index=frame.index, dtype=object),
    }


def _linkedin_extra(frame: pd.DataFrame) -> dict[str, pd.Series]:
    listed = pd.to_numeric(_col(frame, "listed_time"), errors="coerce")
    date = pd.to_datetime(listed, unit="ms", errors="coerce")
    remote = pd.to_numeric(_col(frame, "remote_allowed"), errors="coerce")
    # Some rows state only a median salary; it then serves as both ends of the range.
    lo, hi, med = _col(frame, "min_salary"), _col(frame, "max_salary"), _col(frame, "med_salary")
    only_median = lo.isna() & hi.isna() & med.notna()
    return {
        "salary_min": lo.where(~only_median, med),
        "salary_max": hi.where(~only_median, med),
        "date_posted": date,
        "remote_flag": remote.map({1.0: True}).astype(object),
        "site": pd.Series("linkedin", index=frame.index, dtype=object),
    }


def _arbeitnow_extra(frame: pd.DataFrame) -> dict[str, pd.Series]:
    created = pd.to_numeric(_col(frame, "created_at"), errors="coerce")
    return {
        "date_posted": pd.to_datetime(created, unit="s", errors="coerce"),
        "site": pd.Series("arbeitnow", index=frame.index, dtype=object),
    }


_HN_SPLIT = re.compile(r"\s+\|\s+|\s+[-–—]\s+|\s+·\s+")
_HN_LOCATION_CUE = re.compile(
    r"\b(?:remote|onsite|on-site|hybrid|in[- ]person|us|usa|uk|eu|europe|worldwide|anywhere|"
    r"[A-Z][a-z]+,\s*[A-Z]{2}|new york|nyc|sf|san francisco|bay area|london|berlin|toronto)\b",
    re.I,
)
_HN_ROLE_CUE = re.compile(
    r"\b(?:engineer|developer|scientist|designer|manager|lead|architect|analyst|researcher|"
    r"devops|sre|founding|head of|director|recruiter|marketer|writer|specialist|consultant|"
    r"intern|cto|vp|administrator|technician|operator|associate)s?\b",
    re.I,
)
_HN_MODE_ONLY = re.compile(
    r"^\s*\(?(?:remote|onsite|on-site|hybrid|in[- ]person|full[- ]?time|part[- ]?time|contract|"
    r"visa|interns?|[$€£].*)\b",
    re.I,
)


def _hn_header_parts(first_line: str) -> tuple[str | None, str | None, str | None]:
    """Company, role and location from a "Who is hiring" header line ("Acme | Engineer | NYC")."""
    parts = [p.strip() for p in _HN_SPLIT.split(first_line) if p.strip()]
    if not parts:
        return None, None, None
    company = parts[0][:200]
    role = next((p for p in parts[1:] if _HN_ROLE_CUE.search(p)), None)
    location = next(
        (
            p
            for p in parts[1:]
            if p is not role and _HN_LOCATION_CUE.search(p) and not _HN_ROLE_CUE.search(p)
        ),
        None,
    )
    if location is not None and _HN_MODE_ONLY.match(location) and "(" not in location:
        location = location if re.search(r"remote|hybrid|site|person", location, re.I) else None
    return company, role, location


_HN_PAY = re.compile(r"[$€£]\s?\d|\d\s?(?:k|K)?\s?(?:€|EUR|USD|GBP)\b")


def _hn_pay_part(first_line: str) -> str | None:
    """The header segment that states pay ("$104.9k–$136.4k + bonus"), if any."""
    for part in first_line.split(" | ") if " | " in first_line else _HN_SPLIT.split(first_line):
        if _HN_PAY.search(part):
            return part.strip()
    return None


def _hackernews_extra(frame: pd.DataFrame) -> dict[str, pd.Series]:
    text = _col(frame, "text").fillna("")
    first = text.str.split("\n", n=1).str[0].str.strip()
    parts = [_hn_header_parts(line) for line in first]
    company = pd.Series([p[0] for p in parts], index=frame.index, dtype=object)
    role = pd.Series([p[1] for p in parts], index=frame.index, dtype=object)
    location = pd.Series([p[2] for p in parts], index=frame.index, dtype=object)
    title = role.where(role.notna(), first.where(first != "", _col(frame, "title")))
    pay = pd.Series([_hn_pay_part(line) for line in first], index=frame.index, dtype=object)
    return {
        "salary_text": pay,
        "title": title,
        "company": company,
        "location": location,
        "work_mode_text": location,
        "site": pd.Series("hackernews", index=frame.index, dtype=object),
    }


SCHEMAS: tuple[Schema, ...] = (
    Schema(
        "jobspy",
        frozenset(
            [
                "id",
                "site",
                "job_url",
                "job_url_direct",
                "title",
                "company",
                "location",
                "date_posted",
                "job_type",
                "salary_source",
                "interval",
                "min_amount",
                "max_amount",
                "currency",
                "is_remote",
                "job_level",
                "job_function",
                "listing_type",
                "emails",
                "description",
                "company_industry",
                "company_url",
                "company_logo",
                "company_url_direct",
                "company_addresses",
                "company_num_employees",
                "company_revenue",
                "company_description",
                "skills",
                "experience_range",
                "company_rating",
                "company_reviews_count",
                "vacancy_count",
                "work_from_home_type",
            ]
        ),
        {
            "id": "id",
            "site": "site",
            "title": "title",
            "company": "company",
            "location": "location",
            "description": "description",
            "url": "job_url",
            "date_posted": "date_posted",
            "salary_min": "min_amount",
            "salary_max": "max_amount",
            "salary_interval": "interval",
            "salary_currency": "currency",
            "remote_flag": "is_remote",
            "work_mode_text": "work_from_home_type",
            "employment_text": "job_type",
            "level_text": "job_level",
            "size_text": "company_num_employees",
            "industry": "company_industry",
            "skills": "skills",
        },
        min_share=0.6,
    ),
    Schema(
        "indeed",
        frozenset(
            [
                "job_id",
                "source",
                "title",
                "company",
                "work_setting",
                "job_type",
                "date_posted",
                "city",
                "state",
                "salary_period",
                "salary_min",
                "salary_max",
                "job_description",
                "job_url",
            ]
        ),
        {
            "id": "job_id",
            "title": "title",
            "company": "company",
            "description": "job_description",
            "url": "job_url",
            "date_posted": "date_posted",
            "salary_min": "salary_min",
            "salary_max": "salary_max",
            "salary_interval": "salary_period",
            "work_mode_text": "work_setting",
            "employment_text": "job_type",
        },
        extra=_indeed_extra,
    ),
    Schema(
        "linkedin",
        frozenset(
            [
                "job_id",
                "company_name",
                "title",
                "description",
                "max_salary",
                "pay_period",
                "location",
                "min_salary",
                "formatted_work_type",
                "remote_allowed",
                "job_posting_url",
                "formatted_experience_level",
                "currency",
                "listed_time",
            ]
        ),
        {
            "id": "job_id",
            "title": "title",
            "company": "company_name",
            "location": "location",
            "description": "description",
            "url": "job_posting_url",
            "salary_min": "min_salary",
            "salary_max": "max_salary",
            "salary_interval": "pay_period",
            "salary_currency": "currency",
            "employment_text": "formatted_work_type",
            "level_text": "formatted_experience_level",
            "skills": "skills_desc",
        },
        extra=_linkedin_extra,
    ),
    Schema(
        "glassdoor",
        frozenset(
            [
                "Job Title",
                "Salary Estimate",
                "Job Description",
                "Rating",
                "Company Name",
                "Location",
                "Size",
                "Industry",
                "Type of ownership",
                "Sector",
                "Revenue",
            ]
        ),
        {
            "id": "Unnamed: 0",
            "title": "Job Title",
            "location": "Location",
            "description": "Job Description",
            "size_text": "Size",
            "industry": "Industry",
        },
        extra=_glassdoor_extra,
    ),
    Schema(
        "arbeitnow",
        frozenset(
            [
                "slug",
                "company_name",
                "title",
                "description",
                "remote",
                "url",
                "tags",
                "job_types",
                "location",
            ]
        ),
        {
            "id": "slug",
            "title": "title",
            "company": "company_name",
            "location": "location",
            "description": "description",
            "url": "url",
            "remote_flag": "remote",
            "employment_text": "job_types",
            "skills": "tags",
        },
        extra=_arbeitnow_extra,
    ),
    Schema(
        "hackernews",
        frozenset(["file", "title", "date", "hn_user", "hn_url", "section", "text"]),
        {"id": "file", "description": "text", "url": "hn_url", "date_posted": "date"},
        extra=_hackernews_extra,
    ),
)

_ALIASES: dict[str, tuple[str, ...]] = {
    "id": ("id", "job_id", "jobid", "posting_id", "uuid", "slug", "key", "ref", "reference"),
    "site": ("site", "source", "board", "platform", "portal"),
    "title": (
        "title", "job_title", "jobtitle", "position", "position_title", "role", "job_name",
        "job", "stelle", "stellenbezeichnung", "titel", "berufsbezeichnung", "jobtitel",
        "stellentitel", "stellenname", "name",
    ),
    "company": (
        "company", "company_name", "employer", "organization", "organisation", "firm",
        "firma", "unternehmen", "arbeitgeber", "hiring_organization",
    ),
    "location": (
        "location", "job_location", "city", "place", "address", "ort", "standort",
        "arbeitsort", "region", "locations",
    ),
    "description": (
        "description", "job_description", "jobdescription", "text", "body", "details",
        "summary", "content", "beschreibung", "stellenbeschreibung", "ad_text", "posting",
        "anzeigentext", "stellenanzeige", "aufgaben", "taetigkeit", "taetigkeiten",
    ),
    "url": ("url", "job_url", "link", "apply_url", "href", "posting_url", "job_link"),
    "date_posted": (
        "date_posted", "date", "posted", "posted_at", "posted_date", "created_at",
        "published", "published_at", "datum", "veroeffentlicht",
    ),
    "salary_min": ("min_amount", "salary_min", "min_salary", "salary_from", "pay_min"),
    "salary_max": ("max_amount", "salary_max", "max_salary", "salary_to", "pay_max"),
    "salary_interval": (
        "interval", "salary_interval", "salary_period", "pay_period", "period", "salary_unit",
    ),
    "salary_currency": ("currency", "salary_currency", "waehrung"),
    "salary_text": (
        "salary", "pay", "compensation", "salary_estimate", "salary_range", "wage",
        "gehalt", "verguetung", "lohn", "salary_text",
    ),
    "remote_flag": ("is_remote", "remote", "remote_allowed", "remote_ok", "homeoffice"),
    "work_mode_text": (
        "work_mode", "work_setting", "workplace_type", "work_from_home_type", "remote_type",
        "arbeitsmodell", "work_arrangement",
    ),
    "employment_text": (
        "job_type", "employment_type", "employment", "contract_type", "work_type",
        "job_types", "schedule_type", "anstellungsart", "beschaeftigungsart", "type",
    ),
    "level_text": (
        "seniority", "level", "job_level", "experience_level", "career_level", "karrierestufe",
    ),
    "size_text": (
        "company_size", "size", "company_num_employees", "employees", "num_employees",
        "mitarbeiter", "unternehmensgroesse",
    ),
    "industry": ("industry", "company_industry", "sector", "branche"),
    "skills": ("skills", "tags", "skills_desc", "keywords"),
}  # fmt: skip

_UMLAUTS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"})


def _norm_name(name: str) -> str:
    name = str(name).strip().lower().translate(_UMLAUTS)
    return re.sub(r"[^a-z0-9]+", "_", name).strip("_")


def detect_schema(columns: list[str]) -> str:
    """Name the source format of a table from its column names (``"generic"`` if none fits).

    Examples
    --------
    >>> detect_schema(["slug", "company_name", "title", "description", "remote", "url", "tags",
    ...                "job_types", "location", "created_at"])
    'arbeitnow'
    >>> detect_schema(["Position", "Employer", "Text"])
    'generic'
    """
    present = set(columns)
    for schema in SCHEMAS:
        if schema.matches(present):
            return schema.name
    return "generic"


def _generic_columns(columns: list[str]) -> dict[str, str]:
    by_norm: dict[str, str] = {}
    for col in columns:
        by_norm.setdefault(_norm_name(col), col)
    mapping: dict[str, str] = {}
    used: set[str] = set()
    for fld, aliases in _ALIASES.items():
        for alias in aliases:
            found = by_norm.get(alias)
            if found is not None and found not in used:
                mapping[fld] = found
                used.add(found)
                break
    return mapping


def map_fields(
    frame: pd.DataFrame,
    *,
    name: str,
    schema: str | None = None,
    columns: Mapping[str, str] | None = None,
) -> tuple[str, pd.DataFrame]:
    """Map a raw table onto :data:`FIELDS`.

    Parameters
    ----------
    frame : pandas.DataFrame
        The raw table (cells as read).
    name : str
        The file name, for messages.
    schema : str, optional
        Force a schema by name instead of detecting it.
    columns : mapping, optional
        ``{field: input column}`` overrides, e.g. ``{"title": "Position"}``.

    Returns
    -------
    (schema name, fields)
        ``fields`` has one column per field in :data:`FIELDS`, same index as ``frame``.

    Raises
    ------
    InputError
        No column can serve as text (title or description).
    ParameterError
        ``columns`` names an unknown field or a column the table lacks.
    """
    input_columns = [str(c) for c in frame.columns]
    if schema is None:
        schema = detect_schema(input_columns)
    known = {s.name: s for s in SCHEMAS}
    if schema != "generic" and schema not in known:
        raise ParameterError(
            f"The 'schema' parameter of read_postings must be one of "
            f"{', '.join([*known, 'generic'])}. Got {schema!r} instead."
        )
    data: dict[str, pd.Series] = {}
    if schema == "generic":
        mapping = _generic_columns(input_columns)
    else:
        spec = known[schema]
        mapping = {f: c for f, c in spec.columns.items() if c in frame.columns}
        if spec.extra is not None:
            data.update(spec.extra(frame))
    for fld, col in (columns or {}).items():
        if fld not in FIELDS:
            raise ParameterError(
                f"The 'columns' parameter of read_postings maps unknown field {fld!r}; "
                f"valid fields are {', '.join(FIELDS)}."
            )
        if col not in frame.columns:
            raise ParameterError(
                f"The 'columns' parameter of read_postings maps {fld!r} to column {col!r}, "
                f"which {name} does not have."
            )
        mapping[fld] = col
        data.pop(fld, None)
    for fld, col in mapping.items():
        data.setdefault(fld, frame[col])
    if "title" not in data and "description" not in data:
        shown = ", ".join(map(str, input_columns[:12])) + (
            " ..." if len(input_columns) > 12 else ""
        )
        raise InputError(
            f"{name}: no text column: expected a title or description column "
            f"(found: {shown}); pass columns={{'description': ...}} to name one"
        )
    out = pd.DataFrame(index=frame.index)
    for fld in FIELDS:
        out[fld] = data[fld] if fld in data else pd.Series(None, index=frame.index, dtype=object)
    return schema, out
