"""Per-criterion explanations: how well a posting meets each criterion, what it adds to the
score, and the evidence.

The :class:`~dreamfit.matcher.Matcher` fills these from its match matrix, so the numbers shown
are the numbers used: a result's score is its ``dealbreakers`` part plus the sum of its criteria's
``contribution``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from dreamfit.models import Criterion

__all__ = [
    "EVIDENCE_THRESHOLD",
    "UNKNOWN_PRIOR",
    "VIOLATION_THRESHOLD",
    "CriterionMatch",
    "criterion_query",
]

EVIDENCE_THRESHOLD = 0.35
"""Semantic match below which a criterion counts as "not mentioned" and no passage is shown."""

UNKNOWN_PRIOR = 0.5
"""Default match for a structured criterion the posting says nothing about: neither met nor
violated (``Matcher(unknown_prior=...)`` changes it)."""

VIOLATION_THRESHOLD = 0.25
"""A ``must`` criterion is violated where the posting's field or wording gives it a goodness (the
match, or one minus it for ``avoid``) at or below this."""


@dataclass(frozen=True)
class CriterionMatch:
    """How one posting fares on one criterion.

    Attributes
    ----------
    label, facet, polarity, importance : str
        Copied from the criterion.
    match : float
        In [0, 1]: how strongly the posting has what the criterion names (for an ``avoid``
        criterion a high match is bad). The matcher's ``unknown_prior`` where a structured
        field is empty.
    contribution : float
        What this criterion adds to the posting's score.
    evidence : str or None
        The field, sentence, title or passage that decided the match.
    status : str
        ``met``, ``partly``, ``unmet``, ``not mentioned`` or ``violated`` (a ``must`` criterion
        clearly failed: the posting ranks below every posting that fails none).
    source : str
        ``field``, ``lexical``, ``title``, ``passage`` or ``none``.
    """

    label: str
    facet: str
    polarity: str
    match: float
    evidence: str | None
    status: str
    importance: str = "medium"
    contribution: float = 0.0
    source: str = "none"

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready dict (``match`` and ``contribution`` rounded to 6 decimals)."""
        return {
            "label": self.label,
            "facet": self.facet,
            "polarity": self.polarity,
            "importance": self.importance,
            "match": round(float(self.match), 6),
            "contribution": round(float(self.contribution), 6),
            "evidence": self.evidence,
            "status": self.status,
            "source": self.source,
        }


def criterion_query(crit: Criterion) -> str:
    """The text a criterion is embedded as: its label, with the facet named for short,
    ambiguous labels ("schedule: nights")."""
    if (crit.value or {}).get("overall") and crit.text:
        return crit.text
    if crit.facet in ("role", "skill", "benefit", "culture", "industry"):
        return crit.label
    return crit.label if len(crit.label) > 3 else f"{crit.facet}: {crit.label}"
