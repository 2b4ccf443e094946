"""Controlled vocabularies shared by the posting normalizer, the extractor and the scorer."""

from __future__ import annotations

from typing import Final

WORK_MODES: Final = ("remote", "hybrid", "onsite")
"""Work modes a posting or a criterion can name; a missing value means unknown."""

EMPLOYMENT_TYPES: Final = (
    "full_time",
    "part_time",
    "contract",
    "temporary",
    "internship",
    "working_student",
    "volunteer",
)
"""Employment types; a posting may offer several (stored joined by ``|``)."""

HOURS_TYPES: Final = frozenset({"full_time", "part_time"})
"""Employment types that say how many hours, not on what terms; a posting may offer both."""

STUDENT_TYPES: Final = frozenset({"internship", "working_student"})
"""Employment types a posting names when it offers them and a seeker cannot trade for a regular
job: student jobs (Werkstudent) and internships."""

SENIORITY_LEVELS: Final = (
    "intern",
    "junior",
    "mid",
    "senior",
    "lead",
    "staff",
    "director",
    "executive",
)
"""Seniority levels in rising order; the position is the ordinal used for distances."""

PERIOD_FACTORS: Final = {
    "hour": 2080.0,
    "day": 260.0,
    "week": 52.0,
    "biweekly": 26.0,
    "month": 12.0,
    "year": 1.0,
}
"""Multipliers that turn an amount per period into an annual amount."""

CURRENCIES: Final = ("USD", "EUR", "GBP", "CHF", "CAD", "AUD", "INR", "PLN", "SEK")
"""ISO codes the salary parser recognises; others stay as written."""
