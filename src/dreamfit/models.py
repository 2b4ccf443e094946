"""Data models: criteria, the seeker's profile, and the normalized posting schema.

Everything a user may edit or exchange as JSON is a pydantic model, so that a hand-edited profile is
validated with a message that names the criterion at fault.
"""

from __future__ import annotations

import json
import math
from datetime import datetime
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from dreamfit.errors import ProfileError, invalid_json_message

__all__ = [
    "FACETS",
    "IMPORTANCE_WEIGHTS",
    "Criterion",
    "DreamProfile",
    "Posting",
    "load_profile",
    "profile_json_schema",
]

Facet = Literal[
    "role",
    "skill",
    "industry",
    "location",
    "work_mode",
    "salary",
    "seniority",
    "employment_type",
    "company_size",
    "company_stage",
    "company_type",
    "benefit",
    "culture",
    "schedule",
    "language",
    "travel",
    "other",
]
FACETS: tuple[str, ...] = Facet.__args__  # type: ignore[attr-defined]
"""Every facet a criterion may have, in the order of ``../shared/DESIGN.md``."""

Polarity = Literal["want", "avoid"]
Importance = Literal["must", "high", "medium", "low"]

IMPORTANCE_WEIGHTS: dict[str, float] = {"must": 1.0, "high": 0.75, "medium": 0.5, "low": 0.25}
"""Default numeric weight of each importance; a profile may override any weight by hand."""


class Criterion(BaseModel):
    """One thing the seeker wants or wants to avoid.

    Parameters
    ----------
    facet : str
        One of :data:`FACETS`.
    polarity : {"want", "avoid"}
        ``avoid`` criteria lower the score of postings that match them.
    importance : {"must", "high", "medium", "low"}
        ``must`` is a dealbreaker.
    weight : float
        Non-negative, finite; defaults to the importance's weight.
    label : str
        Short canonical label, e.g. ``"remote"`` or ``"SQL"``.
    text : str
        The exact words of the answer the criterion came from.
    value : dict or None
        A typed value where the facet has one (salary amount, work mode, ...).
    answer : int or None
        Index of the answer the text came from.
    start, end : int or None
        Character offsets of ``text`` inside that answer.

    Examples
    --------
    >>> Criterion(facet="work_mode", label="remote", text="fully remote").weight
    0.5
    """

    model_config = ConfigDict(extra="forbid", validate_assignment=True)

    facet: Facet
    polarity: Polarity = "want"
    importance: Importance = "medium"
    weight: float = Field(default=-1.0)
    label: str
    text: str = ""
    value: dict[str, Any] | None = None
    answer: int | None = None
    start: int | None = None
    end: int | None = None

    @model_validator(mode="before")
    @classmethod
    def _default_weight(cls, data: Any) -> Any:
        if isinstance(data, dict) and data.get("weight") is None:
            importance = data.get("importance", "medium")
            data = {**data, "weight": IMPORTANCE_WEIGHTS.get(str(importance), 0.5)}
        return data

    @field_validator("weight")
    @classmethod
    def _check_weight(cls, value: float) -> float:
        if not math.isfinite(value) or value < 0:
            raise ValueError(f"weight must be a finite number >= 0, got {value!r}")
        return float(value)

    @field_validator("label")
    @classmethod
    def _check_label(cls, value: str) -> str:
        value = value.strip()
        if not value:
            raise ValueError("label must not be empty")
        return value


class DreamProfile(BaseModel):
    """A seeker's weighted criteria, extracted from their answers or edited by hand.

    Parameters
    ----------
    criteria : list of Criterion
    answers : list of str
        The answers the criteria were extracted from (may be empty for a hand-written profile).
    language : str
        ``"en"``, ``"de"`` or ``"mixed"``.
    focus : {"position", "company"} or None
        What the seeker loved more, where the answers say so; the extractor then weights that
        side's facets up (see :data:`dreamfit.extract.lexicon.FOCUS_FACTOR`).

    Examples
    --------
    >>> p = DreamProfile(criteria=[Criterion(facet="role", label="nurse", importance="high")])
    >>> DreamProfile.model_validate_json(p.model_dump_json()) == p
    True
    """

    model_config = ConfigDict(extra="forbid")

    criteria: list[Criterion] = Field(default_factory=list)
    answers: list[str] = Field(default_factory=list)
    language: str = "en"
    focus: Literal["position", "company"] | None = None

    def to_json(self) -> str:
        """Return the profile as indented JSON, the format ``dreamfit profile`` writes."""
        return self.model_dump_json(indent=2)

    @property
    def weights(self) -> list[float]:
        """Weights of the criteria, in order."""
        return [c.weight for c in self.criteria]

    def _repr_html_(self) -> str:
        from dreamfit.display import profile_html

        return profile_html(self)

    def to_frame(self) -> Any:
        """The criteria as a pandas DataFrame, one row each (facet, polarity, importance,
        weight, label, value, answer, start, end, text)."""
        import pandas as pd

        columns = ["facet", "polarity", "importance", "weight", "label", "value", "answer",
                   "start", "end", "text"]  # fmt: skip
        return pd.DataFrame(
            [[getattr(c, name) for name in columns] for c in self.criteria], columns=columns
        )


def _criterion_name(data: Any, index: int) -> str:
    try:
        item = data["criteria"][index]
        label = item.get("label") if isinstance(item, dict) else None
    except (KeyError, IndexError, TypeError):
        label = None
    return f"criterion {index}" + (f" ({label!r})" if label else "")


def _one_line(text: str) -> str:
    """Control characters shown escaped (a line break as \\n), so a message stays one line."""
    return "".join(ch if ch.isprintable() or ch == " " else repr(ch)[1:-1] for ch in text)


def load_profile(source: str | Path | dict[str, Any]) -> DreamProfile:
    """Load and validate a profile from a JSON file, a JSON string or a dict.

    Raises
    ------
    ProfileError
        With one line naming the file and the criterion at fault.

    Examples
    --------
    >>> load_profile({"criteria": [{"facet": "role", "label": "nurse"}]}).criteria[0].weight
    0.5
    """
    name = "<profile>"
    if isinstance(source, dict):
        data: Any = source
    else:
        text = str(source)
        if isinstance(source, Path) or not text.lstrip().startswith("{"):
            path = Path(source)
            name = str(path)
            try:
                text = path.read_text(encoding="utf-8")
            except FileNotFoundError:
                raise ProfileError(f"{name}: no such file") from None
            except (OSError, UnicodeDecodeError) as exc:
                raise ProfileError(f"{name}: cannot read the profile ({exc})") from None
        try:
            data = json.loads(text, parse_constant=lambda c: float(c))
        except json.JSONDecodeError as exc:
            raise ProfileError(invalid_json_message(name, exc)) from None
    if not isinstance(data, dict):
        raise ProfileError(f"{name}: a profile must be a JSON object with a 'criteria' list")
    try:
        return DreamProfile.model_validate(data)
    except ValidationError as exc:
        err = exc.errors()[0]
        loc = list(err["loc"])
        where = "profile"
        if len(loc) >= 2 and loc[0] == "criteria" and isinstance(loc[1], int):
            where = _criterion_name(data, loc[1])
            field = ".".join(str(p) for p in loc[2:])
        else:
            field = ".".join(str(p) for p in loc)
        msg = err["msg"]
        if err["type"] == "literal_error" and field == "facet":
            msg = f"unknown facet {err['input']!r}; expected one of {', '.join(FACETS)}"
        line = f"{name}: {where}: {field + ': ' if field else ''}{msg}"
        # A key or label may hold a line break or other control character: keep one line.
        raise ProfileError(_one_line(line)) from None


def profile_json_schema() -> str:
    """The JSON Schema of a profile file, as indented JSON (also in ``docs/profile.schema.json``).

    Examples
    --------
    >>> import json
    >>> json.loads(profile_json_schema())["title"]
    'DreamProfile'
    """
    return json.dumps(DreamProfile.model_json_schema(), indent=2, ensure_ascii=False) + "\n"


class Posting(BaseModel):
    """The normalized posting schema: one row of :func:`dreamfit.read_postings`' table.

    The table has exactly these columns first, then every original input column prefixed with
    ``raw_``. Unknown values are missing (``None`` / ``NaN``), except ``work_mode``, which is
    ``"unknown"``.

    Attributes
    ----------
    row : int
        1-based data row of the input (the header is not counted).
    id : str
        The input's id; the 0-based row number where the input has no id column or the cell is
        empty. Repeated ids get a ``~2``, ``~3`` ... suffix so that every id in the table is unique.
    site : str or None
        Where the posting came from (``indeed``, ``linkedin``, ``arbeitnow`` ...).
    title, company, location : str or None
    description : str
        Plain text: HTML tags and Markdown markup removed, the words kept.
    url : str or None
    date_posted : datetime or None
    salary_min, salary_max : float or None
        Annual amounts (hourly x2080, daily x260, weekly x52, bi-weekly x26, monthly x12).
    salary_currency : str or None
        ISO code, e.g. ``"USD"``.
    salary_period : str or None
        The period the source stated (``hour``, ``day``, ``week``, ``biweekly``, ``month``, ``year``).
    salary_source : str or None
        ``"field"`` (structured columns), ``"text"`` (parsed from the title or description).
    work_mode : str
        ``remote``, ``hybrid``, ``onsite`` or ``unknown``.
    employment_type : str or None
        One or more of :data:`dreamfit.vocab.EMPLOYMENT_TYPES` joined by ``|``.
    seniority : str or None
        One of :data:`dreamfit.vocab.SENIORITY_LEVELS`.
    company_size_min, company_size_max : float or None
        Employee range; ``company_size_max`` is missing for open ranges like "10000+".
    company_size_source : str or None
        ``"field"`` (the size column) or ``"text"`` (a headcount the description states, such
        as "over 17,000 colleagues": :func:`dreamfit.postings.parse.find_headcount`).
    industry, skills : str or None
    dup_group : str
        The id of the first posting of its near-duplicate group (its own id when it has none).
    """

    model_config = ConfigDict(extra="forbid")

    row: int
    id: str
    site: str | None = None
    title: str | None = None
    company: str | None = None
    location: str | None = None
    description: str = ""
    url: str | None = None
    date_posted: datetime | None = None
    salary_min: float | None = None
    salary_max: float | None = None
    salary_currency: str | None = None
    salary_period: str | None = None
    salary_source: str | None = None
    work_mode: Literal["remote", "hybrid", "onsite", "unknown"] = "unknown"
    employment_type: str | None = None
    seniority: str | None = None
    company_size_min: float | None = None
    company_size_max: float | None = None
    company_size_source: str | None = None
    industry: str | None = None
    skills: str | None = None
    dup_group: str


POSTING_COLUMNS: tuple[str, ...] = tuple(Posting.model_fields)
"""The normalized columns, in table order."""
