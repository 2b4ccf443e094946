"""Jupyter display: HTML that explains itself and never runs posting content, plots, live
re-weighting."""

from __future__ import annotations

import csv
from html.parser import HTMLParser
from pathlib import Path

import numpy as np
import pytest

import dreamfit
from dreamfit import Matcher, ParameterError, extract_profile
from tests.conftest import SAMPLES

ANSWERS = [
    "I loved being a data engineer on a small team with Python and SQL.",
    "Remote please, at least $120k. No crypto, and no on-call.",
]


class _Tags(HTMLParser):
    """Every start tag and attribute name an HTML string would create."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.attributes: list[tuple[str, str | None]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        self.attributes.extend(attrs)


def _parse(markup: str) -> _Tags:
    parser = _Tags()
    parser.feed(markup)
    return parser


@pytest.fixture(scope="module")
def sample_matcher(embedder: object) -> Matcher:
    return Matcher(embedder=embedder).fit(SAMPLES / "postings.csv")  # type: ignore[arg-type]


@pytest.fixture(scope="module")
def hostile_matcher(embedder: object, tmp_path_factory: pytest.TempPathFactory) -> Matcher:
    path = tmp_path_factory.mktemp("hostile") / "postings.csv"
    rows = [
        {
            "id": "evil-1",
            "title": "<script>alert('title')</script>Data Engineer",
            "company": "<b onmouseover=alert(1)>Evil Corp</b>",
            "location": "Remote <img src=x onerror=alert(2)>",
            "job_url": "javascript:alert(3)",
            "description": (
                "We use Python and SQL. <img src=x onerror=alert(4)> Fully remote. "
                '<a href="javascript:alert(5)">apply</a> "quoted" & more. No crypto here.'
            ),
        },
        {
            "id": "plain-2",
            "title": "Data Engineer",
            "company": "Calm Co",
            "location": "Remote",
            "job_url": "https://example.org/jobs/2",
            "description": "Python, SQL and dbt on a small team. Remote. $130,000 - $150,000.",
        },
    ]
    with open(path, "w", newline="", encoding="utf-8") as fh:
        writer = csv.DictWriter(fh, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    return Matcher(embedder=embedder).fit(path)  # type: ignore[arg-type]


def _assert_inert(markup: str) -> None:
    parsed = _parse(markup)
    assert not {"script", "img", "b", "iframe"} & set(parsed.tags), parsed.tags
    for name, value in parsed.attributes:
        assert not name.startswith("on"), name
        if name == "href":
            assert value is not None and value.startswith(("http://", "https://")), value


def test_results_html_escapes_every_posting_field(hostile_matcher: Matcher) -> None:
    results = hostile_matcher.rank(ANSWERS, top=0)
    markup = results._repr_html_()
    _assert_inert(markup)
    # The reader already reduced markup to text; the javascript: URL is not made a link.
    assert 'href="https://example.org/jobs/2"' in markup
    assert "javascript:" not in "".join(str(v) for _, v in _parse(markup).attributes if v)


def test_results_html_escapes_markup_that_reaches_it() -> None:
    # A Results built by hand (say from a DataFrame the user edited) still renders inert.
    import pandas as pd

    from dreamfit.explain import CriterionMatch
    from dreamfit.results import Results

    frame = pd.DataFrame(
        {
            "rank": [1],
            "id": ["x"],
            "score": [0.8],
            "title": ["<script>alert('title')</script>Data Engineer"],
            "company": ["<b onmouseover=alert(1)>Evil</b>"],
            "location": ['Remote" onfocus="alert(2)'],
            "url": ["javascript:alert(3)"],
            "work_mode": ["<i>remote</i>"],
        }
    )
    match = CriterionMatch(
        label="<img src=x onerror=alert(4)>",
        facet="skill",
        polarity="want",
        importance="high",
        match=0.9,
        contribution=0.3,
        evidence='We use "Python" <img src=x onerror=alert(5)> & SQL',
        status="met",
        source="lexical",
    )
    markup = Results(frame, [[match]])._repr_html_()
    _assert_inert(markup)
    assert "&lt;script&gt;alert(&#x27;title&#x27;)&lt;/script&gt;Data Engineer" in markup
    assert "&lt;img src=x onerror=alert(5)&gt; &amp; SQL" in markup
    assert "Remote&quot; onfocus=&quot;alert(2)" in markup


def test_results_html_shows_scores_chips_and_evidence(sample_matcher: Matcher) -> None:
    results = sample_matcher.rank(ANSWERS, top=5)
    markup = results._repr_html_()
    _assert_inert(markup)
    parsed = _parse(markup)
    assert parsed.tags.count("tr") == 1 + len(results)  # header + one row per result
    chips = [v for k, v in parsed.attributes if k == "class" and v and v.startswith("chip")]
    assert len(chips) >= len(results) * len(results.criteria[0])
    assert "<details><summary>evidence</summary>" in markup
    first = results[0]
    assert f"{first['score']:.3f}" in markup
    assert f"width:{100 * first['score']:.0f}%" in markup


def test_profile_html_groups_by_facet_and_escapes_answers() -> None:
    profile = extract_profile(
        ["<script>x()</script> I loved Python and SQL.", "Remote, at least $120k. No crypto."]
    )
    markup = profile._repr_html_()
    _assert_inert(markup)
    facets = {c.facet for c in profile.criteria}
    for facet in facets:
        assert f'<td class="facet" colspan="6">{facet.replace("_", " ")}</td>' in markup
    assert markup.index("&lt;script&gt;x()&lt;/script&gt;") > 0
    frame = profile.to_frame()
    assert list(frame["label"]) == [c.label for c in profile.criteria]
    assert {"facet", "polarity", "importance", "weight", "text"} <= set(frame.columns)


def test_results_behave_like_a_sequence_and_a_frame(
    sample_matcher: Matcher, tmp_path: Path
) -> None:
    results = sample_matcher.rank(ANSWERS, top=4)
    assert len(results) == 4
    assert [r["rank"] for r in results] == [1, 2, 3, 4]
    assert results[-1]["rank"] == 4
    frame = results.to_frame()
    assert len(frame) == 4
    labels = [m.label for m in results.criteria[0]]
    assert sum(c.startswith("match: ") for c in frame.columns) == len(labels)
    results.to_csv(tmp_path / "r.csv")
    assert (tmp_path / "r.csv").read_text(encoding="utf-8").startswith("rank,id,score")


def test_with_weights_recombines_without_matching_again(sample_matcher: Matcher) -> None:
    ev = sample_matcher.evaluate(ANSWERS)
    same = ev.with_weights(list(ev.weights))
    np.testing.assert_allclose(same.scores, ev.scores, atol=1e-6)
    labels = [c.label for c in ev.criteria]
    # Everything on one criterion: the ranking follows that criterion alone (plus dealbreakers).
    only = ev.with_weights([1.0 if j == 0 else 0.0 for j in range(len(labels))])
    good = only.match[:, 0]
    good = np.where(np.isnan(good), ev.prior, good)
    if ev.criteria[0].polarity == "avoid":
        good = 1.0 - good
    np.testing.assert_allclose(only.scores, np.clip(0.5 + 0.5 * good, 0, 1), atol=1e-5)
    # A must weighted 0 no longer breaks a posting.
    musts = [j for j, c in enumerate(ev.criteria) if ev.violated[:, j].any()]
    if musts:
        freed = ev.with_weights({labels[musts[0]]: 0.0})
        assert not freed.violated[:, musts[0]].any()
        # ... and weighting it again brings the dealbreaker back.
        restored = freed.with_weights(list(ev.weights))
        np.testing.assert_array_equal(restored.violated, ev.violated)
    # The sum of the parts still holds, and results() ranks by the new scores.
    np.testing.assert_allclose(only.contributions.sum(1) + only.base, only.scores, atol=1e-5)
    top = sample_matcher.results(only, top=3)
    assert [r["score"] for r in top] == sorted((float(s) for s in only.scores), reverse=True)[:3]


@pytest.mark.parametrize(
    ("weights", "message"),
    [
        ({"no such label": 1.0}, "no criterion is labelled 'no such label'"),
        ([1.0], r"weights \(one per criterion\)"),
        ({"__first__": -1.0}, "must be a finite number ≥ 0"),
        ({"__first__": float("nan")}, "must be a finite number ≥ 0"),
        ({"__first__": "heavy"}, "must be a number"),
    ],
)
def test_with_weights_rejects_bad_weights(
    sample_matcher: Matcher, weights: object, message: str
) -> None:
    ev = sample_matcher.evaluate(ANSWERS)
    if isinstance(weights, dict) and "__first__" in weights:
        weights = {ev.criteria[0].label: weights["__first__"]}
    with pytest.raises(ParameterError, match=message):
        ev.with_weights(weights)  # type: ignore[arg-type]


def test_results_refuse_an_evaluation_of_another_table(
    sample_matcher: Matcher, hostile_matcher: Matcher
) -> None:
    ev = hostile_matcher.evaluate(ANSWERS)
    with pytest.raises(ParameterError, match="evaluate with the same matcher"):
        sample_matcher.results(ev)


def test_plots_return_figures(sample_matcher: Matcher) -> None:
    pytest.importorskip("matplotlib")
    from matplotlib.figure import Figure

    everything = sample_matcher.rank(ANSWERS, top=0)
    fig = everything.plot_scores()
    assert isinstance(fig, Figure)
    [ax] = fig.axes
    assert sum(p.get_height() for p in ax.patches) == len(everything)
    from dreamfit.display import plot_scores

    fig = plot_scores(sample_matcher.scores(ANSWERS), threshold=0.6)
    assert fig.axes[0].get_legend() is not None
    n_criteria = len(everything.criteria[0])
    cov = everything.plot_coverage(top=10)
    # One stacked bar per criterion and status; each criterion's segments add up to 10.
    widths = np.array([p.get_width() for p in cov.axes[0].patches]).reshape(5, n_criteria)
    np.testing.assert_array_equal(widths.sum(0), np.full(n_criteria, 10.0))
    heat = everything.plot_heatmap(top=6)
    image = heat.axes[0].images[0]
    assert image.get_array().shape == (6, n_criteria)
    with pytest.raises(ParameterError):
        everything.plot_heatmap(top=0)
    buffer = __import__("io").BytesIO()
    heat.savefig(buffer, format="png")
    assert buffer.getvalue().startswith(b"\x89PNG")


def test_reweight_panel_reranks_when_a_slider_moves(sample_matcher: Matcher) -> None:
    pytest.importorskip("ipywidgets")
    from dreamfit.display import reweight_panel

    panel = reweight_panel(sample_matcher, ANSWERS, top=5)
    ev = panel.evaluation
    assert len(panel.sliders) == len(ev.criteria)
    before = panel.table.value
    panel.sliders[0].value = 0.0 if panel.sliders[0].value > 0 else 1.0
    assert panel.evaluation is not ev
    assert panel.evaluation.weights[0] == pytest.approx(panel.sliders[0].value)
    assert panel.table.value != before or np.allclose(panel.evaluation.scores, ev.scores)
    _assert_inert(panel.table.value)


def test_display_is_reachable_from_the_package() -> None:
    assert hasattr(dreamfit.Results, "plot_coverage")
    assert callable(dreamfit.Matcher.results)


def test_results_slice_to_results(sample_matcher: Matcher) -> None:
    results = sample_matcher.rank(ANSWERS, top=6)
    head = results[:3]
    assert isinstance(head, dreamfit.Results)
    assert [r["id"] for r in head] == [r["id"] for r in results][:3]
    assert [r["rank"] for r in results[::2]] == [1, 3, 5]
    assert len(results[10:]) == 0
    with pytest.raises(TypeError):
        results["score"]  # type: ignore[call-overload]
