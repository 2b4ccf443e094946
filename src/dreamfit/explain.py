"""Per-criterion explanations: how well a posting meets each criterion, and the evidence.

Structured facets (salary, work mode, employment type, seniority) are checked against the
normalized fields; every other criterion is compared with each sentence of the posting by the
embedding model, and the best sentence is the evidence. A posting that says nothing relevant gets
``match=None`` ("not mentioned"), which is different from a violation.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

import numpy as np
import pandas as pd

from dreamfit.embed import Embedder, encode
from dreamfit.models import Criterion, DreamProfile
from dreamfit.postings.text import split_sentences
from dreamfit.vocab import SENIORITY_LEVELS

__all__ = ["EVIDENCE_THRESHOLD", "UNKNOWN_PRIOR", "CriterionMatch", "explain"]

EVIDENCE_THRESHOLD = 0.45
"""Cosine below which the best sentence is not shown as evidence (the criterion is "not mentioned")."""

UNKNOWN_PRIOR = 0.5
"""Match given to a structured criterion the posting says nothing about: neither met nor violated."""

_MAX_SENTENCES = 200


@dataclass(frozen=True)
class CriterionMatch:
    """How one posting fares on one criterion.

    Attributes
    ----------
    label, facet, polarity : str
        Copied from the criterion.
    match : float
        In [0, 1]: how strongly the posting has what the criterion names (for an ``avoid``
        criterion, a high match is bad). :data:`UNKNOWN_PRIOR` for a structured criterion the
        posting says nothing about.
    evidence : str or None
        The sentence or field that decided the match.
    status : str
        ``met``, ``partly``, ``not mentioned`` or ``violated``.
    """

    label: str
    facet: str
    polarity: str
    match: float
    evidence: str | None
    status: str

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready dict (``match`` rounded to 4 decimals)."""
        return {
            "label": self.label,
            "facet": self.facet,
            "polarity": self.polarity,
            "match": round(float(self.match), 4),
            "evidence": self.evidence,
            "status": self.status,
        }


def _semantic_match(cosine: float) -> float:
    """Map the best sentence's cosine to a match: 0.15 or less is 0, 0.60 or more is 1."""
    return float(min(1.0, max(0.0, (cosine - 0.15) / 0.45)))


def _status(match: float, polarity: str) -> str:
    good = match if polarity == "want" else 1.0 - match
    return "met" if good >= 0.7 else "partly" if good >= 0.4 else "violated"


def _fmt_money(value: float, currency: str | None) -> str:
    return f"{value:,.0f} {currency or ''}".strip()


def _structured(crit: Criterion, row: pd.Series) -> tuple[float | None, str | None] | None:
    """Match from the normalized fields, or ``None`` when the facet is not structured."""
    value = crit.value or {}
    if crit.facet == "salary" and value.get("annual"):
        floor = float(value["annual"])
        lo, hi = row.get("salary_min"), row.get("salary_max")
        top = hi if pd.notna(hi) else lo
        if pd.isna(top):
            return None, None
        cur = row.get("salary_currency")
        want_cur = value.get("currency")
        if want_cur and isinstance(cur, str) and cur != want_cur:
            return None, None  # another currency: no exchange rates here, so unknown
        shown = _fmt_money(lo, cur) if pd.notna(lo) else ""
        if pd.notna(hi) and pd.notna(lo) and hi != lo:
            shown = f"{shown} – {_fmt_money(hi, cur)}"
        evidence = f"salary {shown or _fmt_money(top, cur)} a year"
        if float(top) >= floor:
            bottom = float(lo) if pd.notna(lo) else float(top)
            return (1.0 if bottom >= floor else 0.75), evidence
        return max(0.0, float(top) / floor - 0.5) if float(top) > 0.5 * floor else 0.0, evidence
    if crit.facet == "location" and value.get("places"):
        where = row.get("location")
        if isinstance(where, str) and where:
            low = where.lower()
            if any(str(place).lower() in low for place in value["places"]):
                return 1.0, f"location: {where}"
        if value.get("or_remote") and row.get("work_mode") == "remote":
            return 1.0, "work mode: remote"
        return None
    if crit.facet == "work_mode" and value.get("mode"):
        mode = row.get("work_mode")
        if mode in (None, "unknown"):
            return None, None
        want = value["mode"]
        table = {
            ("remote", "remote"): 1.0, ("remote", "hybrid"): 0.5, ("remote", "onsite"): 0.0,
            ("hybrid", "hybrid"): 1.0, ("hybrid", "remote"): 0.8, ("hybrid", "onsite"): 0.3,
            ("onsite", "onsite"): 1.0, ("onsite", "hybrid"): 0.6, ("onsite", "remote"): 0.2,
        }  # fmt: skip
        return table.get((want, mode), 0.0), f"work mode: {mode}"
    if crit.facet == "employment_type" and value.get("types"):
        types = row.get("employment_type")
        if not isinstance(types, str) or not types:
            return None, None
        have = set(types.split("|"))
        return (1.0 if have & set(value["types"]) else 0.0), f"employment type: {types}"
    if crit.facet == "seniority" and value.get("level") in SENIORITY_LEVELS:
        level = row.get("seniority")
        if level not in SENIORITY_LEVELS:
            return None, None
        gap = abs(SENIORITY_LEVELS.index(level) - SENIORITY_LEVELS.index(value["level"]))
        return max(0.0, 1.0 - 0.4 * gap), f"seniority: {level}"
    return None


def explain(
    profile: DreamProfile,
    table: pd.DataFrame,
    positions: np.ndarray,
    embedder: Embedder,
    *,
    posting_vectors: np.ndarray | None = None,
    detailed: int = 50,
) -> list[list[CriterionMatch]]:
    """Explain the postings at ``positions`` of ``table`` against every criterion of ``profile``.

    Parameters
    ----------
    profile : DreamProfile
    table : pandas.DataFrame
        Normalized postings.
    positions : array of int
        Row positions to explain (usually the top results).
    embedder : Embedder
        Used for the semantic criteria; sentences of all explained postings go in one batch.
    posting_vectors : array of shape (n_postings, dim), optional
        Whole-posting embeddings; beyond the first ``detailed`` positions, semantic criteria are
        matched against these (no evidence sentence) instead of embedding every sentence.
    detailed : int, default 50
        How many of ``positions`` get sentence-level evidence.

    Returns
    -------
    list of list of CriterionMatch
        One list per position, one entry per criterion, in profile order.
    """
    criteria = profile.criteria
    rows = [table.iloc[int(p)] for p in positions]
    semantic = [
        i
        for i, c in enumerate(criteria)
        if c.facet != "salary" or not (c.value or {}).get("annual")
    ]
    if posting_vectors is None:
        detailed = len(rows)
    sentences: list[list[str]] = []
    for row in rows[:detailed]:
        text = str(row.get("description") or "")
        title = str(row.get("title") or "")
        sents = [text[a:b] for a, b in split_sentences(text)][:_MAX_SENTENCES]
        sentences.append([title, *sents] if title else sents)
    sims: list[np.ndarray] = []
    if semantic and rows:
        flat = [s for sents in sentences for s in sents]
        crit_vecs = encode(embedder, [_criterion_query(criteria[i]) for i in semantic])
        sent_vecs = encode(embedder, flat) if flat else np.zeros((0, crit_vecs.shape[1]))
        all_sims = sent_vecs @ crit_vecs.T if len(flat) else np.zeros((0, len(semantic)))
        start = 0
        for sents in sentences:
            sims.append(all_sims[start : start + len(sents)])
            start += len(sents)
        if posting_vectors is not None and len(rows) > detailed:
            rest = posting_vectors[np.asarray(positions[detailed:], dtype=np.int64)] @ crit_vecs.T
            sims.extend(rest[k : k + 1] for k in range(rest.shape[0]))
    out: list[list[CriterionMatch]] = []
    for r, row in enumerate(rows):
        matches: list[CriterionMatch] = []
        for i, crit in enumerate(criteria):
            structured = _structured(crit, row)
            evidence: str | None = None
            mentioned = False
            match = UNKNOWN_PRIOR
            lexical = _lexical(crit, sentences[r]) if r < len(sentences) else None
            if structured is not None and structured[0] is not None:
                match, evidence, mentioned = structured[0], structured[1], True
            elif lexical is not None:
                match, evidence, mentioned = 1.0, lexical, True
            elif i in semantic and len(sims[r]):
                col = sims[r][:, semantic.index(i)]
                best = int(np.argmax(col))
                score = float(np.clip(col[best], 0.0, 1.0))
                match = _semantic_match(score)
                mentioned = score >= EVIDENCE_THRESHOLD
                if mentioned and r < len(sentences):
                    evidence = sentences[r][best]
            matches.append(
                CriterionMatch(
                    label=crit.label,
                    facet=crit.facet,
                    polarity=crit.polarity,
                    match=match,
                    evidence=evidence,
                    status=_status(match, crit.polarity) if mentioned else "not mentioned",
                )
            )
        out.append(matches)
    return out


_LEXICAL_FACETS = frozenset({"skill", "benefit", "industry", "company_type", "language", "role"})


def _lexical(crit: Criterion, sentences: list[str]) -> str | None:
    """The first sentence naming a skill, tool or benefit label word for word, if any.

    Named things ("SQL", "Kubernetes", "401k") are matched exactly: an embedding of a one-word
    label says little, and a posting that names the tool has it.
    """
    if crit.facet not in _LEXICAL_FACETS or len(crit.label) < 2 or len(crit.label.split()) > 3:
        return None
    pattern = re.compile(rf"(?<!\w){re.escape(crit.label)}(?!\w)", re.I)
    return next((s for s in sentences if pattern.search(s)), None)


def _criterion_query(crit: Criterion) -> str:
    """The text a semantic criterion is embedded as: its label, or for a role, ``role: label``."""
    if crit.facet in ("role", "skill", "benefit", "culture", "industry"):
        return crit.label
    return crit.label if len(crit.label) > 3 else f"{crit.facet}: {crit.label}"
