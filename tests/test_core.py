"""Property tests of the numeric core: fast kernels against their references."""

from __future__ import annotations

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra.numpy import arrays

from dreamfit import core

finite = st.floats(-1.0, 1.0, allow_nan=False, width=32)
unit = st.floats(0.0, 1.0, allow_nan=False, width=32)


@st.composite
def segments(draw: st.DrawFn) -> tuple[np.ndarray, np.ndarray]:
    counts = draw(st.lists(st.integers(0, 4), min_size=1, max_size=12))
    c = draw(st.integers(1, 4))
    offsets = np.concatenate([[0], np.cumsum(counts)]).astype(np.int64)
    values = draw(arrays(np.float32, (int(offsets[-1]), c), elements=finite))
    return values, offsets


@st.composite
def matrices(draw: st.DrawFn) -> tuple[np.ndarray, ...]:
    n = draw(st.integers(1, 12))
    c = draw(st.integers(0, 5))
    match = draw(arrays(np.float32, (n, c), elements=st.one_of(unit, st.just(float("nan")))))
    weights = draw(arrays(np.float32, (c,), elements=st.floats(0.0, 5.0, width=32)))
    avoid = draw(arrays(np.bool_, (c,)))
    violated = draw(arrays(np.bool_, (n, c)))
    return match, weights, avoid, violated


@given(segments())
def test_segment_max_equals_reference(data: tuple[np.ndarray, np.ndarray]) -> None:
    values, offsets = data
    best, where = core.segment_max(values, offsets)
    ref_best, ref_where = core.reference_segment_max(values, offsets)
    np.testing.assert_array_equal(best, ref_best)
    np.testing.assert_array_equal(where, ref_where)


@given(matrices(), unit)
def test_combine_equals_reference_and_stays_in_unit_interval(
    data: tuple[np.ndarray, ...], prior: float
) -> None:
    match, weights, avoid, violated = data
    scores, parts, base = core.combine(match, weights, avoid, violated, prior=prior)
    ref = core.reference_combine(match, weights, avoid, violated, prior=prior)
    np.testing.assert_allclose(scores, ref, atol=1e-5)
    assert np.all((scores >= 0) & (scores <= 1))
    # the total is exactly reproducible from the parts shown
    np.testing.assert_allclose(scores, np.clip(parts.sum(axis=1) + base, 0, 1), atol=1e-6)


@given(matrices(), st.data())
def test_one_prior_per_criterion_equals_reference(
    data: tuple[np.ndarray, ...], draw: st.DataObject
) -> None:
    match, weights, avoid, violated = data
    priors = draw.draw(arrays(np.float32, (match.shape[1],), elements=unit))
    scores, _, _ = core.combine(match, weights, avoid, violated, prior=priors)
    ref = core.reference_combine(match, weights, avoid, violated, prior=priors)
    np.testing.assert_allclose(scores, ref, atol=1e-5)
    # the same prior everywhere is the scalar prior
    if match.shape[1]:
        same, _, _ = core.combine(
            match, weights, avoid, violated, prior=np.full(match.shape[1], priors[0])
        )
        one, _, _ = core.combine(match, weights, avoid, violated, prior=float(priors[0]))
        np.testing.assert_array_equal(same, one)


@given(matrices())
def test_shuffling_postings_shuffles_scores(data: tuple[np.ndarray, ...]) -> None:
    match, weights, avoid, violated = data
    perm = np.random.default_rng(len(match)).permutation(len(match))
    scores, _, _ = core.combine(match, weights, avoid, violated)
    shuffled, _, _ = core.combine(match[perm], weights, avoid, violated[perm])
    np.testing.assert_array_equal(shuffled, scores[perm])


@given(matrices())
def test_one_by_one_equals_batch(data: tuple[np.ndarray, ...]) -> None:
    match, weights, avoid, violated = data
    scores, _, _ = core.combine(match, weights, avoid, violated)
    for i in range(len(match)):
        one, _, _ = core.combine(match[i : i + 1], weights, avoid, violated[i : i + 1])
        assert one[0] == scores[i]


@given(matrices())
def test_a_violated_must_ranks_below_every_clean_posting(data: tuple[np.ndarray, ...]) -> None:
    match, weights, avoid, violated = data
    scores, _, _ = core.combine(match, weights, avoid, violated)
    bad = violated.any(axis=1)
    if bad.any() and (~bad).any():
        assert scores[bad].max() <= scores[~bad].min()


@given(matrices(), st.integers(0, 4), st.floats(1.0, 20.0))
def test_more_weight_on_a_met_criterion_never_drops_a_posting_below_one_that_fails_it(
    data: tuple[np.ndarray, ...], which: int, factor: float
) -> None:
    match, weights, avoid, violated = data
    n, c = match.shape
    if c == 0 or n < 2:
        return
    j = which % c
    match = match.copy()
    avoid = avoid.copy()
    avoid[j] = False
    match[0, j], match[1, j] = 1.0, 0.0  # posting 0 meets criterion j, posting 1 fails it
    before, _, _ = core.combine(match, weights, avoid, violated)
    if before[0] < before[1]:
        return
    heavier = weights.copy()
    heavier[j] = heavier[j] * factor + 0.1
    after, _, _ = core.combine(match, heavier, avoid, violated)
    assert after[0] >= after[1] - 1e-6


@given(arrays(np.float32, st.integers(0, 40), elements=st.sampled_from([0.0, 0.25, 0.5, 1.0])),
       st.integers(0, 45))  # fmt: skip
def test_top_k_equals_full_sort(scores: np.ndarray, k: int) -> None:
    np.testing.assert_array_equal(core.top_k(scores, k), core.reference_top_k(scores, k))


@given(arrays(np.float32, (6, 3), elements=st.floats(-2, 2, width=32)), st.floats(0.05, 1.0))
def test_calibrate_maps_into_unit_interval(raw: np.ndarray, span: float) -> None:
    out = core.calibrate(raw, np.zeros(3, dtype=np.float32), span)
    assert np.all((out >= 0) & (out <= 1))
    assert out.dtype == np.float32


@settings(max_examples=30, deadline=None)
@given(segments(), st.integers(1, 9), st.booleans())
def test_score_batches_equals_one_matrix_product(
    data: tuple[np.ndarray, np.ndarray], batch_rows: int, half: bool
) -> None:
    _, offsets = data
    rng = np.random.default_rng(int(offsets[-1]))
    emb = rng.normal(size=(int(offsets[-1]), 8)).astype(np.float32)
    emb /= np.maximum(np.linalg.norm(emb, axis=1, keepdims=True), 1e-6)
    q = rng.normal(size=(3, 8)).astype(np.float32)
    q /= np.linalg.norm(q, axis=1, keepdims=True)
    store = emb.astype(np.float16) if half else emb
    null, weights, avoid = np.zeros(3, np.float32), np.ones(3, np.float32), np.zeros(3, bool)
    got = core.score_batches(store, q, offsets, null, 0.5, weights, avoid, batch_rows=batch_rows)
    raw, _ = core.segment_max(np.asarray(store, np.float32) @ q.T, offsets)
    want, _, _ = core.combine(
        core.calibrate(raw, null, 0.5), weights, avoid, np.zeros(raw.shape, bool)
    )
    np.testing.assert_allclose(got, want, atol=1e-6)


@settings(max_examples=200, deadline=None)
@given(
    st.lists(st.floats(-1.0, 1.0, width=32, allow_subnormal=False), min_size=2, max_size=50),
    st.floats(-0.5, 0.5, width=32, allow_subnormal=False),
    st.floats(0.0625, 1.0, width=32, allow_subnormal=False),
)
def test_calibration_is_linear_then_bends_but_keeps_order(
    raw: list[float], null: float, span: float
) -> None:
    values = np.sort(np.asarray(raw, dtype=np.float32))
    out = core.calibrate(values[:, None], np.array([null]), span)[:, 0]
    assert np.all((out >= 0.0) & (out <= 1.0))
    assert np.all(np.diff(out) >= 0)  # monotone
    z = (values - np.float32(null)) / np.float32(span)
    linear = (z >= 0) & (z <= core.KNEE)
    np.testing.assert_allclose(out[linear], z[linear], rtol=1e-5, atol=1e-6)
    # Two clearly different strong fits stay apart (a plain clip made them tie at 1).
    strong = (z > core.KNEE) & (z < 2.0)
    if strong.sum() >= 2 and np.ptp(z[strong]) > 0.05:
        assert np.ptp(out[strong]) > 0
