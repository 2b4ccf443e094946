"""The numeric core: similarity, per-posting reduction, calibration, combination and top-k.

Pure numpy, no I/O and no pandas. Every fast kernel has a slow, obvious ``reference_*`` twin that
the property tests compare it with.

Shapes: ``P`` passages (rows of text embeddings; several per posting), ``N`` postings, ``C``
criteria, ``d`` embedding dimension. ``offsets`` (``N + 1`` ints, non-decreasing, ``offsets[0] ==
0``, ``offsets[-1] == P``) says which passages belong to which posting: posting ``i`` owns rows
``offsets[i]:offsets[i + 1]`` (possibly none).

The score of a posting is

    score = 0.5 * (1 - any must violated) + 0.5 * sum_c w_c * g_c / sum_c w_c

with ``g_c = m_c`` for a ``want`` criterion and ``1 - m_c`` for an ``avoid`` one, ``m_c`` the match
in [0, 1] (the prior where the posting says nothing). Half of the scale is therefore "no dealbreaker
violated", which puts every posting that violates a ``must`` below every posting that violates
none, and the total is exactly the sum of the parts :func:`combine` returns.
"""

from __future__ import annotations

import numpy as np

__all__ = [
    "DEALBREAKER_SHARE",
    "calibrate",
    "combine",
    "normalized_weights",
    "reference_combine",
    "reference_segment_max",
    "reference_top_k",
    "score_batches",
    "segment_max",
    "top_k",
]

DEALBREAKER_SHARE = 0.5
"""Share of the score that is "no ``must`` criterion violated"."""


def segment_max(
    values: np.ndarray, offsets: np.ndarray, *, with_rows: bool = True
) -> tuple[np.ndarray, np.ndarray]:
    """Per posting and column, the largest value over the posting's rows, and its row.

    Parameters
    ----------
    values : array of shape (P, C)
    offsets : int array of shape (N + 1,)

    Returns
    -------
    best : float32 array of shape (N, C)
        ``-inf`` for a posting with no rows.
    where : int64 array of shape (N, C)
        Row index of the first maximum; ``-1`` for a posting with no rows (all ``-1`` when
        ``with_rows`` is False, which saves the search).
    """
    values = np.asarray(values, dtype=np.float32)
    offsets = np.asarray(offsets, dtype=np.int64)
    n = offsets.size - 1
    c = values.shape[1] if values.ndim == 2 else 0
    best = np.full((n, c), -np.inf, dtype=np.float32)
    where = np.full((n, c), -1, dtype=np.int64)
    counts = np.diff(offsets)
    has = counts > 0
    if values.shape[0] == 0 or not has.any() or c == 0:
        return best, where
    starts = offsets[:-1][has]
    found = np.maximum.reduceat(values, starts, axis=0)
    best[has] = found
    if not with_rows:
        return best, where
    spread = np.repeat(best, counts, axis=0)
    rows = np.arange(values.shape[0], dtype=np.int64)[:, None]
    first = np.where(values >= spread, rows, np.iinfo(np.int64).max)
    where[has] = np.minimum.reduceat(first, starts, axis=0)
    return best, where


def reference_segment_max(values: np.ndarray, offsets: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Loop version of :func:`segment_max`."""
    values = np.asarray(values, dtype=np.float32)
    n = len(offsets) - 1
    c = values.shape[1]
    best = np.full((n, c), -np.inf, dtype=np.float32)
    where = np.full((n, c), -1, dtype=np.int64)
    for i in range(n):
        for j in range(c):
            for r in range(int(offsets[i]), int(offsets[i + 1])):
                if values[r, j] > best[i, j]:
                    best[i, j] = values[r, j]
                    where[i, j] = r
    return best, where


KNEE = 0.8
"""Where calibrated matches stop growing linearly and bend towards 1 (see :func:`calibrate`)."""


def _soft_top(z: np.ndarray) -> None:
    """In place: ``z`` above :data:`KNEE` becomes ``KNEE + (1 - KNEE)(1 - exp(-(z - KNEE) /
    (1 - KNEE)))``, a curve with the same value and slope at the knee that approaches 1; then
    everything below 0 becomes 0. Strictly increasing up to about ``z = 2.5`` in float32."""
    over = z > KNEE
    if over.any():
        top = np.float32(1.0 - KNEE)
        z[over] = np.float32(KNEE) + top * (-np.expm1(-(z[over] - np.float32(KNEE)) / top))
    np.maximum(z, 0.0, out=z)


def calibrate(raw: np.ndarray, null: np.ndarray, span: float | np.ndarray) -> np.ndarray:
    """Map similarities to matches in [0, 1]: ``z = (raw - null) / span``, linear up to
    :data:`KNEE` and bending smoothly towards 1 above it.

    ``null`` (per column) is what an unrelated posting scores for that criterion, so that a long
    criterion whose cosine is high everywhere and a short one whose cosine is low everywhere mean
    the same at the same match. The soft top keeps close fits in order (a plain clip at 1 made
    every strong title match tie). ``-inf`` (no rows) maps to 0.
    """
    raw = np.asarray(raw, dtype=np.float32)
    out = (raw - np.asarray(null, dtype=np.float32)) / np.asarray(span, dtype=np.float32)
    out = np.nan_to_num(out, nan=0.0, posinf=1.0, neginf=0.0).astype(np.float32, copy=False)
    _soft_top(out)
    return out


def normalized_weights(weights: np.ndarray, c: int) -> np.ndarray:
    """Weights scaled to sum to ``1 - DEALBREAKER_SHARE`` (float32, shape (c,)).

    NaN and negative weights count as 0, infinite or huge ones as 1e6; all-zero weights mean
    equal weights. Computed in float64 so tiny weights neither underflow nor overflow.
    """
    w = np.asarray(weights, dtype=np.float64).reshape(-1)[:c]
    w = np.clip(np.nan_to_num(w, nan=0.0, posinf=1e6, neginf=0.0), 0.0, 1e6)
    total = float(w.sum())
    if c == 0 or total <= 0.0:
        w, total = np.ones(c), float(max(c, 1))
    out: np.ndarray = (w / total * (1.0 - DEALBREAKER_SHARE)).astype(np.float32)
    return out


def _priors(prior: float | np.ndarray, c: int) -> np.ndarray:
    """The prior of each of ``c`` criteria (float32, shape (c,)): one for all, or one each."""
    out = np.broadcast_to(np.asarray(prior, dtype=np.float32).reshape(-1), (c,))
    return np.asarray(out, dtype=np.float32)


def _goodness(match: np.ndarray, avoid: np.ndarray, prior: float | np.ndarray) -> np.ndarray:
    fill = _priors(prior, match.shape[1])[None, :]
    m = np.where(np.isnan(match), fill, match).astype(np.float32, copy=False)
    g: np.ndarray = np.where(avoid[None, :], 1.0 - m, m).astype(np.float32, copy=False)
    return g


def combine(
    match: np.ndarray,
    weights: np.ndarray,
    avoid: np.ndarray,
    violated: np.ndarray,
    prior: float | np.ndarray = 0.5,
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Weighted scores with dealbreakers.

    Parameters
    ----------
    match : float array of shape (N, C)
        Matches in [0, 1]; NaN where the posting says nothing (the ``prior`` is used).
    weights : array of shape (C,)
        Non-negative criterion weights (they need not sum to 1).
    avoid : bool array of shape (C,)
        True for ``avoid`` criteria.
    violated : bool array of shape (N, C)
        True where a ``must`` criterion is clearly violated.
    prior : float or array of shape (C,), default 0.5
        Match assumed where ``match`` is NaN: one for every criterion, or one per criterion.

    Returns
    -------
    scores : float32 array of shape (N,)
        In [0, 1]; equal to ``contributions.sum(1) + base``.
    contributions : float32 array of shape (N, C)
        Each criterion's part of the score.
    base : float32 array of shape (N,)
        The "no dealbreaker violated" part: :data:`DEALBREAKER_SHARE` or 0.
    """
    match = np.asarray(match, dtype=np.float32)
    n, c = match.shape
    g = _goodness(match, np.asarray(avoid, dtype=bool), prior)
    contributions = (g * normalized_weights(weights, c)[None, :]).astype(np.float32)
    clean = ~np.asarray(violated, dtype=bool).any(axis=1) if c else np.ones(n, dtype=bool)
    base = np.where(clean, np.float32(DEALBREAKER_SHARE), np.float32(0.0)).astype(np.float32)
    scores = np.clip(contributions.sum(axis=1, dtype=np.float32) + base, 0.0, 1.0)
    return scores.astype(np.float32, copy=False), contributions, base


def reference_combine(
    match: np.ndarray,
    weights: np.ndarray,
    avoid: np.ndarray,
    violated: np.ndarray,
    prior: float | np.ndarray = 0.5,
) -> np.ndarray:
    """Loop version of :func:`combine` (scores only, float64)."""
    n, c = np.asarray(match).shape
    priors = [float(prior)] * c if np.ndim(prior) == 0 else [float(x) for x in np.ravel(prior)]
    w = []
    for x in weights:
        x = float(x)
        w.append(0.0 if x != x or x < 0 else min(x, 1e6))
    if c == 0 or sum(w) <= 0:
        w = [1.0] * c
    total = sum(w) or 1.0
    out = np.zeros(n)
    for i in range(n):
        part = 0.0
        for j in range(c):
            m = float(match[i][j])
            if np.isnan(m):
                m = priors[j]
            g = 1.0 - m if avoid[j] else m
            part += w[j] * g
        clean = not any(bool(violated[i][j]) for j in range(c))
        out[i] = min(1.0, max(0.0, (DEALBREAKER_SHARE if clean else 0.0) + 0.5 * part / total))
    return out


def top_k(scores: np.ndarray, k: int) -> np.ndarray:
    """Indices of the ``k`` best scores, best first; ties go to the lower index.

    ``k <= 0`` or ``k >= len(scores)`` orders everything. Uses ``argpartition`` so that a few
    results from a million postings do not sort the million.
    """
    scores = np.asarray(scores, dtype=np.float64)
    n = scores.size
    if k <= 0 or k >= n:
        return np.lexsort((np.arange(n), -scores))
    # Everything strictly above the k-th value, plus the lowest-indexed ties at it.
    kth = -np.partition(-scores, k - 1)[k - 1]
    above = np.flatnonzero(scores > kth)
    ties = np.flatnonzero(scores == kth)[: k - above.size]
    pick = np.concatenate([above, ties])
    return pick[np.lexsort((pick, -scores[pick]))]


def reference_top_k(scores: np.ndarray, k: int) -> np.ndarray:
    """Plain sort version of :func:`top_k`."""
    order = sorted(range(len(scores)), key=lambda i: (-float(scores[i]), i))
    return np.asarray(order if k <= 0 else order[:k], dtype=np.int64)


def score_batches(
    embeddings: np.ndarray,
    queries: np.ndarray,
    offsets: np.ndarray,
    null: np.ndarray,
    span: float,
    weights: np.ndarray,
    avoid: np.ndarray,
    *,
    batch_rows: int = 65_536,
) -> np.ndarray:
    """Scores straight from passage embeddings, in row batches (the hot path of a large corpus).

    Per batch: one matrix product (a float16 store is widened batch by batch), the per-posting
    maximum (skipped when every posting has one row), then calibration and the weighted
    combination fused into in-place operations and one matrix-vector product. No dealbreakers or
    structured facets, which the :class:`~dreamfit.matcher.Matcher` adds from the postings'
    fields. Equal to :func:`segment_max` + :func:`calibrate` + :func:`combine` (property-tested).

    Parameters
    ----------
    embeddings : array of shape (P, d), float32 or float16
        Unit passage embeddings.
    queries : array of shape (C, d)
        Unit criterion embeddings.
    offsets : int array of shape (N + 1,)
    null, span
        Calibration (see :func:`calibrate`).
    weights, avoid
        As in :func:`combine`.
    batch_rows : int
        Passages per matrix product; batches end on posting boundaries.

    Returns
    -------
    float32 array of shape (N,)
    """
    offsets = np.asarray(offsets, dtype=np.int64)
    n = offsets.size - 1
    q = np.ascontiguousarray(np.asarray(queries, dtype=np.float32).T)
    c = q.shape[1]
    w = normalized_weights(weights, c)
    flip = np.asarray(avoid, dtype=bool)
    # goodness = m for want, 1 - m for avoid:  sum_c w_c g_c = m @ (±w) + sum(w[avoid])
    signed = np.where(flip, -w, w).astype(np.float32)
    constant = np.float32(DEALBREAKER_SHARE + float(w[flip].sum()))
    null32 = np.asarray(null, dtype=np.float32)
    inv_span = np.float32(1.0) / np.asarray(span, dtype=np.float32)
    one_row = offsets.size == offsets[-1] + 1 and bool(np.all(np.diff(offsets) == 1))
    scores = np.empty(n, dtype=np.float32)
    first = 0
    while first < n:
        # the last posting whose rows end within this batch (at least one posting)
        last = int(np.searchsorted(offsets, offsets[first] + batch_rows, side="right")) - 1
        last = min(max(last, first + 1), n)
        lo, hi = int(offsets[first]), int(offsets[last])
        block = np.asarray(embeddings[lo:hi], dtype=np.float32) @ q
        if not one_row:
            block, _ = segment_max(block, offsets[first : last + 1] - lo, with_rows=False)
        block -= null32
        block *= inv_span
        np.nan_to_num(block, copy=False, nan=0.0, posinf=1.0, neginf=0.0)
        _soft_top(block)
        part = block @ signed
        part += constant
        scores[first:last] = part
        first = last
    out: np.ndarray = np.clip(scores, 0.0, 1.0)
    return out
