"""Intermediate fields to the normalized posting table (:class:`dreamfit.models.Posting`).

Structured fields win over text; text fills what the fields leave unknown; unknown stays unknown.
Short fields repeat a lot in scrapes ("Full-time", "51 to 200 employees"), so each distinct value
is parsed once.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any, TypeVar

import numpy as np
import pandas as pd

from dreamfit.postings import parse
from dreamfit.postings.text import clean_text
from dreamfit.vocab import PERIOD_FACTORS, STUDENT_TYPES

__all__ = ["normalize_fields"]

T = TypeVar("T")

_INTERVALS: dict[str, str] = {
    "hourly": "hour", "hour": "hour", "hr": "hour", "per hour": "hour", "stunde": "hour",
    "daily": "day", "day": "day", "per day": "day", "tag": "day",
    "weekly": "week", "week": "week", "per week": "week", "woche": "week",
    "biweekly": "biweekly", "bi-weekly": "biweekly", "fortnightly": "biweekly",
    "monthly": "month", "month": "month", "per month": "month", "monat": "month",
    "monatlich": "month",
    "yearly": "year", "year": "year", "annual": "year", "annually": "year", "per year": "year",
    "jahr": "year", "jaehrlich": "year", "jährlich": "year",
}  # fmt: skip

_CURRENCY_WORDS: dict[str, str] = {
    "$": "USD", "us$": "USD", "usd": "USD", "dollar": "USD", "€": "EUR", "eur": "EUR",
    "euro": "EUR", "£": "GBP", "gbp": "GBP", "chf": "CHF", "cad": "CAD", "aud": "AUD",
}  # fmt: skip

MAX_ANNUAL_SALARY = 5_000_000.0
"""Annual amounts above this are treated as unknown (a data-entry error, not a salary)."""

MIN_ANNUAL_SALARY = 100.0
"""Annual amounts below this (zero, negative, "5 USD a year") are treated as unknown."""

_TRUE = {"true", "1", "1.0", "yes", "y", "t", "ja", "wahr"}
_FALSE = {"false", "0", "0.0", "no", "n", "f", "nein", "falsch"}


def _map_unique(series: pd.Series, func: Callable[[str], T], default: T) -> list[T]:
    """Apply ``func`` once per distinct non-empty string of ``series``; ``default`` elsewhere."""
    cache: dict[Any, T] = {}
    out: list[T] = []
    for value in series.tolist():
        if value is None or (isinstance(value, float) and value != value):
            out.append(default)
            continue
        hit = cache.get(value, cache)
        if hit is cache:
            text = value if isinstance(value, str) else str(value)
            hit = func(text) if text.strip() else default
            cache[value] = hit
        out.append(hit)  # type: ignore[arg-type]
    return out


def _short_text(series: pd.Series) -> pd.Series:
    def clean(value: str) -> str | None:
        text = " ".join(clean_text(value).split())
        return text or None

    return pd.Series(_map_unique(series, clean, None), index=series.index, dtype=object)


def _bool_flag(series: pd.Series) -> pd.Series:
    def flag(value: str) -> bool | None:
        low = value.strip().lower()
        return True if low in _TRUE else False if low in _FALSE else None

    return pd.Series(_map_unique(series, flag, None), index=series.index, dtype=object)


def _id_text(value: object) -> str:
    """An id cell as text; whole floats (an int column with gaps) lose their ``.0``."""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def _ids(fields: pd.DataFrame, rows: pd.Series) -> pd.Series:
    values = [
        "" if v is None or (isinstance(v, float) and v != v) else _id_text(v)
        for v in fields["id"].tolist()
    ]
    ids = pd.Series(values, index=fields.index, dtype=object)
    missing = ids == ""
    if missing.any():
        ids[missing] = (rows[missing] - 1).astype(str)
    dup = ids.duplicated(keep="first")
    if dup.any():
        rank = ids.groupby(ids).cumcount() + 1
        ids[dup] = ids[dup] + "~" + rank[dup].astype(str)
        # A suffixed id may itself collide with an input id; keep suffixing until unique.
        while ids.duplicated().any():
            again = ids.duplicated(keep="first")
            ids[again] = ids[again] + "~"
    return ids


def _salary(fields: pd.DataFrame, titles: pd.Series, descriptions: pd.Series) -> pd.DataFrame:
    lo = pd.to_numeric(fields["salary_min"], errors="coerce").to_numpy(dtype=float, na_value=np.nan)
    hi = pd.to_numeric(fields["salary_max"], errors="coerce").to_numpy(dtype=float, na_value=np.nan)
    period = pd.Series(
        _map_unique(fields["salary_interval"], lambda v: _INTERVALS.get(v.strip().lower()), None),
        index=fields.index,
        dtype=object,
    )
    # Amounts without a stated period: infer it from their size, as the text parser does.
    unstated = period.isna() & ~(np.isnan(lo) & np.isnan(hi))
    if unstated.any():
        for idx, a, b in zip(period.index[unstated], lo[unstated], hi[unstated], strict=True):
            low = a if a == a else b
            high = b if b == b else a
            period.at[idx] = parse.infer_period(float(low), float(high), "")
    factor = period.map(PERIOD_FACTORS).to_numpy(dtype=float, na_value=np.nan)
    currency = pd.Series(
        _map_unique(fields["salary_currency"], _currency_code, None),
        index=fields.index,
        dtype=object,
    )
    annual_lo, annual_hi = lo * factor, hi * factor
    has_field = ~(np.isnan(annual_lo) & np.isnan(annual_hi))
    source = pd.Series(None, index=fields.index, dtype=object)
    source[has_field] = "field"
    out = pd.DataFrame(
        {
            "salary_min": annual_lo,
            "salary_max": annual_hi,
            "salary_currency": currency.where(has_field, None),
            "salary_period": period.where(has_field, None),
            "salary_source": source,
        },
        index=fields.index,
    )
    if not has_field.all():
        short = fields["salary_text"][~has_field]
        parsed_short = _map_unique(short, parse.parse_salary, None)
        _fill_salary(out, short.index, parsed_short, "field")
        for texts in (titles, descriptions):
            todo = out["salary_min"].isna() & out["salary_max"].isna()
            if not todo.any():
                break
            sub = texts[todo]
            sub = sub[sub.str.len() > 0]
            found = [parse.find_salary(t) for t in sub.tolist()]
            _fill_salary(out, sub.index, found, "text")
    _drop_absurd(out)
    return out


def _fill_salary(out: pd.DataFrame, index: pd.Index, parsed: list[Any], source: str) -> None:
    for idx, sal in zip(index, parsed, strict=True):
        if sal is None or (sal.annual_min is None and sal.annual_max is None):
            continue
        out.at[idx, "salary_min"] = np.nan if sal.annual_min is None else float(sal.annual_min)
        out.at[idx, "salary_max"] = np.nan if sal.annual_max is None else float(sal.annual_max)
        out.at[idx, "salary_currency"] = sal.currency
        out.at[idx, "salary_period"] = sal.period
        out.at[idx, "salary_source"] = source


def _drop_absurd(out: pd.DataFrame) -> None:
    lo = out["salary_min"].to_numpy(dtype=float, copy=True)
    hi = out["salary_max"].to_numpy(dtype=float, copy=True)
    with np.errstate(invalid="ignore"):
        bad_lo = (lo < MIN_ANNUAL_SALARY) | (lo > MAX_ANNUAL_SALARY)
        bad_hi = (hi < MIN_ANNUAL_SALARY) | (hi > MAX_ANNUAL_SALARY)
    lo[bad_lo] = np.nan
    hi[bad_hi] = np.nan
    with np.errstate(invalid="ignore"):
        swap = lo > hi
    lo[swap], hi[swap] = hi[swap], lo[swap]
    out["salary_min"], out["salary_max"] = lo, hi
    none = np.isnan(lo) & np.isnan(hi)
    if none.any():
        for col in ("salary_currency", "salary_period", "salary_source"):
            out.loc[none, col] = None


def _currency_code(value: str) -> str | None:
    low = value.strip().lower()
    if not low:
        return None
    if low in _CURRENCY_WORDS:
        return _CURRENCY_WORDS[low]
    return value.strip().upper() if len(low) == 3 and low.isalpha() else None


def _work_mode(
    fields: pd.DataFrame, titles: pd.Series, locations: pd.Series, descriptions: pd.Series
) -> pd.Series:
    from_field = pd.Series(
        _map_unique(fields["work_mode_text"], parse.parse_work_mode, None),
        index=fields.index,
        dtype=object,
    )
    flag = _bool_flag(fields["remote_flag"])
    mode = from_field.copy()
    mode[mode.isna() & (flag == True)] = "remote"  # noqa: E712 - an object column of True/False/None
    for texts in (titles, locations, descriptions):
        todo = mode.isna()
        if not todo.any():
            break
        sub = texts[todo]
        sub = sub[sub.str.len() > 0]
        if len(sub):
            found = pd.Series([parse.parse_work_mode(t) for t in sub.tolist()], index=sub.index)
            mode.loc[sub.index] = found
    not_remote = (flag == False) & (from_field.isna())  # noqa: E712
    # The source says "not remote": keep a hybrid or on-site reading of the text, never "remote".
    mode[not_remote & ~mode.isin(["hybrid", "onsite"])] = "onsite"
    return mode.fillna("unknown")


def _first_of(*candidates: list[T | None]) -> list[T | None]:
    out = list(candidates[0])
    for cand in candidates[1:]:
        out = [a if a is not None else b for a, b in zip(out, cand, strict=True)]
    return out


def _employment(fields: pd.DataFrame, titles: pd.Series, descriptions: pd.Series) -> pd.Series:
    def joined(text: str) -> str | None:
        types = parse.parse_employment_types(text)
        return "|".join(types) if types else None

    from_field = _map_unique(fields["employment_text"], joined, None)
    from_title = _map_unique(titles, joined, None)
    # A job board's "part-time" field under "Content Writer Intern" is still an internship: a
    # student job or internship the title names joins the field's types.
    merged = [
        _with_student_types(f, t) if f is not None and t is not None else (f or t)
        for f, t in zip(from_field, from_title, strict=True)
    ]
    out = pd.Series(merged, index=fields.index, dtype=object)
    todo = out.isna() & (descriptions != "")
    if todo.any():
        out[todo] = [joined(text) for text in descriptions[todo].tolist()]
    # "Bachelorarbeit im Bereich KI" under a job board's "Working student": a thesis is written
    # with a company, it is no student job or internship (whatever field or text says).
    thesis = [isinstance(t, str) and _THESIS.search(t) is not None for t in titles.tolist()]
    for i in np.flatnonzero(np.asarray(thesis, dtype=bool)).tolist():
        have = out.iat[i]
        out.iat[i] = _without_student_types(have) if isinstance(have, str) else None
    # "Full-time" on the job board, "1099 Independent Contractor" in the text: a contract too.
    hired = np.fromiter(
        (parse.independent_contractor(text) for text in descriptions.tolist()),
        dtype=bool,
        count=len(descriptions),
    )
    for i in np.flatnonzero(hired).tolist():
        have = out.iat[i]
        if have is None or not isinstance(have, str):
            out.iat[i] = "contract"
        elif "contract" not in have.split("|"):
            out.iat[i] = f"{have}|contract"
    return out


_THESIS = re.compile(r"\b(?:bachelor|master|abschluss|diplom)arbeit(?:en)?\b|\bthesis\b", re.I)
"""A title offering a thesis ("Bachelorarbeit im Bereich KI", "Master's thesis in robotics")."""


def _without_student_types(types: str) -> str | None:
    kept = [t for t in types.split("|") if t not in STUDENT_TYPES]
    return "|".join(kept) if kept else None


def _with_student_types(field_types: str, title_types: str) -> str:
    """The field's types plus any student job or internship the title names."""
    have = field_types.split("|")
    extra = [t for t in title_types.split("|") if t in STUDENT_TYPES and t not in have]
    return "|".join(have + extra)


def _seniority(fields: pd.DataFrame, titles: pd.Series) -> pd.Series:
    from_field = _map_unique(fields["level_text"], parse.parse_seniority, None)
    from_title = _map_unique(titles, parse.parse_seniority, None)
    return pd.Series(_first_of(from_field, from_title), index=fields.index, dtype=object)


def _company_size(fields: pd.DataFrame, descriptions: pd.Series) -> pd.DataFrame:
    """The size field where there is one, else a headcount the description states."""
    sizes: list[tuple[int, int | None] | None] = list(
        _map_unique(fields["size_text"], parse.parse_company_size, None)
    )
    source: list[str | None] = ["field" if s is not None else None for s in sizes]
    for i, text in enumerate(descriptions.tolist()):
        if sizes[i] is None and text:
            found = parse.find_headcount(text)
            if found is not None:
                sizes[i], source[i] = (found.min, found.max), "text"
    lo = [np.nan if s is None else float(s[0]) for s in sizes]
    hi = [np.nan if s is None or s[1] is None else float(s[1]) for s in sizes]
    return pd.DataFrame(
        {"company_size_min": lo, "company_size_max": hi, "company_size_source": source},
        index=fields.index,
    )


def _dates(series: pd.Series) -> pd.Series:
    """Dates from ISO or other date strings, German ``dd.mm.yyyy``, ``yyyymmdd`` numbers and Unix
    times in seconds or milliseconds; as naive UTC timestamps. Anything else (a bare year) is NaT.
    """
    if pd.api.types.is_datetime64_any_dtype(series):
        if getattr(series.dt, "tz", None) is not None:
            converted: pd.Series = series.dt.tz_convert("UTC").dt.tz_localize(None)
            return converted
        return series
    numeric = pd.to_numeric(series, errors="coerce")
    out = pd.Series(pd.NaT, index=series.index, dtype="datetime64[ns]")
    is_num = numeric.notna()
    if is_num.any():
        v = numeric[is_num]
        ymd = (v >= 19000101) & (v <= 21001231) & (v % 1 == 0)
        if ymd.any():
            out[v[ymd].index] = pd.to_datetime(
                v[ymd].astype("int64").astype(str), format="%Y%m%d", errors="coerce"
            )
        ms = v >= 1e11
        secs = (v >= 1e8) & ~ms
        # Unix times past 2100 parse at a coarser resolution than nanoseconds: keep plausible ones
        out[v[ms].index] = _plausible(pd.to_datetime(v[ms], unit="ms", errors="coerce"))
        out[v[secs].index] = _plausible(pd.to_datetime(v[secs], unit="s", errors="coerce"))
    text = series[~is_num & series.notna()].astype(str).str.strip()
    if len(text):
        german = text.str.fullmatch(r"\d{1,2}\.\d{1,2}\.\d{2,4}")
        parsed = pd.to_datetime(text[~german], errors="coerce", format="ISO8601", utc=True)
        retry = parsed.isna()
        if retry.any():
            parsed[retry] = pd.to_datetime(
                text[~german][retry], errors="coerce", format="mixed", utc=True
            )
        out[parsed.index] = _plausible(parsed.dt.tz_localize(None))
        if german.any():
            out[text[german].index] = _plausible(
                pd.to_datetime(text[german], errors="coerce", format="%d.%m.%Y", dayfirst=True)
            )
    return out


def _plausible(dates: pd.Series) -> pd.Series:
    """Dates a posting can carry (years 1900-2100) as ``datetime64[ns]``; anything else NaT.

    "326-11-30" parses, at a coarser resolution, to a year that nanosecond timestamps cannot
    hold; assigning it would raise (found by the fuzzer)."""
    years = dates.dt.year
    keep = (years >= 1900) & (years <= 2100)
    out = pd.Series(pd.NaT, index=dates.index, dtype="datetime64[ns]")
    if keep.any():
        out[keep] = dates[keep].astype("datetime64[ns]")
    return out


def normalize_fields(fields: pd.DataFrame, rows: pd.Series) -> tuple[pd.DataFrame, pd.Series]:
    """Turn mapped fields into the normalized columns.

    Parameters
    ----------
    fields : pandas.DataFrame
        Output of :func:`dreamfit.postings.schemas.map_fields`.
    rows : pandas.Series
        1-based input row number of each record, same index.

    Returns
    -------
    (table, no_text)
        ``table`` has the normalized columns except ``dup_group``; ``no_text`` is a boolean mask of
        the records with neither a title nor a description (to be rejected).
    """
    titles = _short_text(fields["title"])
    descriptions = pd.Series(
        [clean_text(v) for v in fields["description"].tolist()], index=fields.index, dtype=object
    )
    no_text = titles.isna() & (descriptions == "")
    locations = _short_text(fields["location"])
    title_text = titles.fillna("")
    salary = _salary(fields, title_text, descriptions)
    table = pd.DataFrame(
        {
            "row": rows.astype("int64"),
            "id": _ids(fields, rows),
            "site": _short_text(fields["site"]),
            "title": titles,
            "company": _short_text(fields["company"]),
            "location": locations,
            "description": descriptions,
            "url": _short_text(fields["url"]),
            "date_posted": _dates(fields["date_posted"]),
        },
        index=fields.index,
    )
    table = pd.concat([table, salary], axis=1)
    table["work_mode"] = _work_mode(fields, title_text, locations.fillna(""), descriptions)
    table["employment_type"] = _employment(fields, titles, descriptions)
    table["seniority"] = _seniority(fields, titles)
    table = pd.concat([table, _company_size(fields, descriptions)], axis=1)
    table["industry"] = _short_text(fields["industry"])
    table["skills"] = _short_text(fields["skills"])
    return table, no_text
