"""Jupyter display: HTML for results and profiles, matplotlib plots, a re-weighting panel.

Everything a posting or an answer says is escaped before it reaches HTML: a posting that contains
``<script>`` or an ``onerror=`` attribute shows as text. Links are made only from ``http`` and
``https`` URLs. Plots return :class:`matplotlib.figure.Figure` objects built without pyplot, so
they display in Jupyter and can be saved, and no global figure state is touched.
"""

from __future__ import annotations

import html
import math
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

import numpy as np

from dreamfit.errors import MissingDependencyError, ParameterError
from dreamfit.results import _short, salary_text

if TYPE_CHECKING:
    from matplotlib.figure import Figure

    from dreamfit.matcher import Evaluation, Matcher
    from dreamfit.models import DreamProfile
    from dreamfit.results import Results

__all__ = [
    "STATUS_COLORS",
    "plot_coverage",
    "plot_heatmap",
    "plot_scores",
    "profile_html",
    "results_html",
    "reweight_panel",
]

STATUS_COLORS = {
    "met": "#1a7f37",
    "partly": "#b08800",
    "unmet": "#8c959f",
    "not mentioned": "#afb8c1",
    "violated": "#cf222e",
}
"""Chip and plot colour per criterion status."""

_STYLE = """<style>
.dreamfit{font-family:system-ui,-apple-system,"Segoe UI",sans-serif;font-size:13px;color:#1f2328}
.dreamfit table{border-collapse:collapse;width:100%;table-layout:auto!important}
.dreamfit td.wide{min-width:320px;width:45%}
.dreamfit th{text-align:left!important;border-bottom:2px solid #d0d7de;padding:4px 6px;
white-space:nowrap;vertical-align:bottom}
.dreamfit td{text-align:left!important;border-bottom:1px solid #eaeef2;padding:4px 6px;
vertical-align:top!important}
.dreamfit tbody tr:nth-child(odd){background:transparent!important}
.dreamfit tbody tr:hover{background:#f6f8fa}
.dreamfit .bar{background:#eaeef2;width:80px;height:8px;border-radius:4px;margin-top:3px}
.dreamfit .bar>div{background:#0969da;height:8px;border-radius:4px}
.dreamfit .chip{display:inline-block;border-radius:10px;padding:0 7px;margin:1px 2px;
color:#fff;font-size:11px;line-height:18px;white-space:nowrap}
.dreamfit .avoid{text-decoration:line-through}
.dreamfit details{margin-top:3px;color:#57606a}
.dreamfit details li{margin:1px 0}
.dreamfit .muted{color:#57606a;font-size:11px}
.dreamfit .warn{background:#fff8c5;border-left:3px solid #d4a72c;padding:4px 8px;margin:4px 0}
.dreamfit .facet{font-weight:600;background:#f6f8fa}
.dreamfit mark{background:#fff8c5}
</style>"""

_STATUS_WORD = {
    "met": "met",
    "partly": "partly met",
    "unmet": "not met",
    "not mentioned": "not mentioned",
    "violated": "violated",
}


def _esc(value: Any) -> str:
    return html.escape("" if value is None else str(value), quote=True)


def _link(title: str, url: Any) -> str:
    text = _esc(title or "(no title)")
    if isinstance(url, str) and url.lower().startswith(("http://", "https://")):
        return f'<a href="{_esc(url)}" target="_blank" rel="noopener noreferrer">{text}</a>'
    return text


def results_html(results: Results, limit: int = 200) -> str:
    """The ranked table as HTML: score bars, criterion chips, evidence under each row.

    Parameters
    ----------
    results : Results
    limit : int, default 200
        Rows shown; a note says how many more there are.

    Returns
    -------
    str
        A self-contained HTML fragment (scoped styles, no scripts).
    """
    rows = []
    first_rank: dict[object, int] = {}
    for i, (rec, matches) in enumerate(zip(results, results.criteria, strict=True)):
        if i >= limit:
            break
        score = float(rec.get("score") or 0.0)
        chips = []
        evidence = []
        for m in matches:
            color = STATUS_COLORS.get(m.status, "#8c959f")
            cls = "chip avoid" if m.polarity == "avoid" else "chip"
            tip = f"{_STATUS_WORD.get(m.status, m.status)} · match {m.match:.2f}"
            tip += f" · +{m.contribution:.3f}"
            if m.evidence:
                tip += f" · “{m.evidence}”"
            chips.append(
                f'<span class="{cls}" style="background:{color}" title="{_esc(tip)}">'
                f"{_esc(m.label)}</span>"
            )
            if m.evidence:
                evidence.append(
                    f"<li><strong>{_esc(m.label)}</strong> ({_esc(_STATUS_WORD.get(m.status, m.status))}, "
                    f"{_esc(m.source)}): {_esc(m.evidence)}</li>"
                )
        group = rec.get("dup_group")
        seen = first_rank.setdefault(group, rec["rank"]) if group is not None else rec["rank"]
        note = (
            f'<div class="muted">the same job as #{seen}, posted again</div>'
            if seen != rec["rank"]
            else ""
        )
        broken = [m.label for m in matches if m.status == "violated"]
        if broken:
            note += f'<div class="muted">dealbreaker: {_esc(", ".join(broken))}</div>'
        details = (
            f"<details><summary>evidence</summary><ul>{''.join(evidence)}</ul></details>"
            if evidence
            else ""
        )
        mode = rec.get("work_mode")
        facts = " · ".join(
            x
            for x in (_esc(mode) if mode and mode != "unknown" else "", _esc(salary_text(rec)))
            if x
        )
        rows.append(
            "<tr>"
            f"<td>{rec['rank']}</td>"
            f'<td>{score:.3f}<div class="bar"><div style="width:{100 * min(max(score, 0.0), 1.0):.0f}%">'
            "</div></div></td>"
            f"<td>{_link(str(rec.get('title') or ''), rec.get('url'))}{note}</td>"
            f"<td>{_esc(rec.get('company'))}</td>"
            f"<td>{_esc(rec.get('location'))}</td>"
            f"<td>{facts}</td>"
            f'<td class="wide">{"".join(chips)}{details}</td>'
            "</tr>"
        )
    more = len(results) - min(len(results), limit)
    tail = f'<p class="muted">… and {more} more (use .to_frame())</p>' if more > 0 else ""
    legend = " ".join(
        f'<span class="chip" style="background:{color}">{_esc(_STATUS_WORD[status])}</span>'
        for status, color in STATUS_COLORS.items()
    )
    warned = "".join(f'<p class="warn">{_esc(w)}</p>' for w in results.warnings)
    return (
        f'{_STYLE}<div class="dreamfit">{warned}<div class="muted">{len(results)} postings · {legend} · '
        "struck through = something to avoid</div><table><thead><tr><th>#</th><th>score</th>"
        "<th>title</th><th>company</th><th>location</th><th>mode · salary</th><th>criteria</th>"
        f"</tr></thead><tbody>{''.join(rows)}</tbody></table>{tail}</div>"
    )


def _value_text(value: dict[str, Any] | None) -> str:
    if not value:
        return ""
    parts = []
    for key, item in value.items():
        if item is None or item == [] or item is False:
            continue
        if isinstance(item, float) and math.isfinite(item) and item == int(item):
            item = int(item)
        if isinstance(item, list):
            item = ", ".join(str(x) for x in item)
        parts.append(f"{key}: {item}")
    return "; ".join(parts)


def profile_html(profile: DreamProfile) -> str:
    """The profile as HTML, grouped by facet: polarity, importance, weight bar, typed value and
    the source text (the clause highlighted in its answer on hover).

    Parameters
    ----------
    profile : DreamProfile

    Returns
    -------
    str
    """
    by_facet: dict[str, list[Any]] = {}
    for crit in profile.criteria:
        by_facet.setdefault(crit.facet, []).append(crit)
    top = max((c.weight for c in profile.criteria), default=1.0) or 1.0
    rows = []
    for facet, crits in by_facet.items():
        rows.append(f'<tr><td class="facet" colspan="6">{_esc(facet.replace("_", " "))}</td></tr>')
        for c in crits:
            answer = (
                profile.answers[c.answer]
                if c.answer is not None and 0 <= c.answer < len(profile.answers)
                else ""
            )
            tip = _esc(answer) if answer else ""
            source = (
                f'<span title="{tip}">{_esc(_short(c.text, 110))}</span>'
                f'<div class="muted">answer {c.answer + 1}</div>'
                if c.text and c.answer is not None
                else _esc(c.text)
            )
            rows.append(
                "<tr>"
                f"<td>{'avoid' if c.polarity == 'avoid' else 'want'}</td>"
                f"<td>{_esc(c.label)}</td>"
                f"<td>{_esc(c.importance)}</td>"
                f'<td>{c.weight:.2f}<div class="bar"><div style="width:'
                f'{100 * min(c.weight / top, 1.0):.0f}%"></div></div></td>'
                f"<td>{_esc(_value_text(c.value))}</td>"
                f'<td class="wide">{source}</td>'
                "</tr>"
            )
    focus = f" · loved the {profile.focus} more" if profile.focus else ""
    answers = "".join(f"<li>{_esc(a)}</li>" for a in profile.answers)
    return (
        f'{_STYLE}<div class="dreamfit"><div class="muted">{len(profile.criteria)} criteria · '
        f"language {_esc(profile.language)}{_esc(focus)}</div><table><thead><tr><th></th>"
        "<th>criterion</th><th>importance</th><th>weight</th><th>value</th><th>from</th></tr>"
        f"</thead><tbody>{''.join(rows)}</tbody></table>"
        f"<details><summary>answers</summary><ol>{answers}</ol></details></div>"
    )


# -- plots ---------------------------------------------------------------------------------------


def _figure(width: float, height: float) -> Figure:
    try:
        from matplotlib.figure import Figure
    except ImportError as exc:  # pragma: no cover - exercised only without matplotlib
        raise MissingDependencyError(
            "Plots need matplotlib. Install it with: pip install 'dreamfit[notebook]'"
        ) from exc
    _show_figures_in_ipython(Figure)
    return Figure(figsize=(width, height), layout="constrained")


def _show_figures_in_ipython(figure_class: type) -> None:
    """Let a returned figure display as PNG in Jupyter without pyplot having been imported
    (pyplot would register this itself, and also draw every figure twice)."""
    import sys

    if "IPython" not in sys.modules:
        return
    try:
        from IPython import get_ipython
        from IPython.core.pylabtools import print_figure
    except ImportError:  # pragma: no cover - a partial IPython install
        return
    shell = get_ipython()
    if shell is None:
        return
    formatter = shell.display_formatter.formatters["image/png"]
    if figure_class not in formatter.type_printers:
        formatter.for_type(
            figure_class,
            lambda fig: print_figure(fig, "png", bbox_inches="tight"),  # type: ignore[no-untyped-call]
        )


def _scores_of(scores: Results | Sequence[float] | np.ndarray) -> np.ndarray:
    frame = getattr(scores, "frame", None)
    if frame is not None:
        return np.asarray(frame["score"], dtype=np.float64)
    return np.asarray(scores, dtype=np.float64).ravel()


def plot_scores(
    scores: Results | Sequence[float] | np.ndarray,
    *,
    bins: int = 40,
    threshold: float | None = None,
) -> Figure:
    """Histogram of scores (all postings when given ``Matcher.scores`` or ``rank(top=0)``).

    Parameters
    ----------
    scores : Results or array-like of float
    bins : int, default 40
    threshold : float, optional
        Drawn as a vertical line, e.g. the score below which nothing fits.

    Returns
    -------
    matplotlib.figure.Figure
    """
    values = _scores_of(scores)
    values = values[np.isfinite(values)]
    fig = _figure(6.0, 3.0)
    ax = fig.add_subplot()
    ax.hist(values, bins=bins, range=(0.0, 1.0), color="#0969da")
    if threshold is not None:
        ax.axvline(threshold, color="#cf222e", linestyle="--", label=f"threshold {threshold:.2f}")
        ax.legend(loc="upper left")
    ax.set_xlabel("score")
    ax.set_ylabel("postings")
    ax.set_title(f"Score distribution ({len(values)} postings)")
    return fig


def _check_top(top: int, name: str) -> int:
    if isinstance(top, bool) or not isinstance(top, int) or top < 1:
        raise ParameterError(f"The 'top' parameter of {name} must be a positive int. Got {top!r}.")
    return top


def _top_rows(results: Results, top: int, name: str) -> tuple[list[Any], list[str]]:
    """The criterion matches of the first ``top`` results, and the criteria's axis labels."""
    return results.criteria[: _check_top(top, name)], _labels(results)


def _labels(results: Results) -> list[str]:
    if not results.criteria:
        return []
    return [("not " if m.polarity == "avoid" else "") + m.label[:40] for m in results.criteria[0]]


def plot_coverage(results: Results, top: int = 50) -> Figure:
    """How many of the top postings meet, partly meet, miss, do not mention or violate each
    criterion ("how many of the top 50 offer unlimited vacation").

    Parameters
    ----------
    results : Results
    top : int, default 50

    Returns
    -------
    matplotlib.figure.Figure
    """
    rows, labels = _top_rows(results, top, "plot_coverage")
    fig = _figure(7.0, 0.9 + 0.32 * max(len(labels), 1))
    ax = fig.add_subplot()
    left = np.zeros(len(labels))
    y = np.arange(len(labels))
    for status, color in STATUS_COLORS.items():
        counts = np.array(
            [sum(1 for row in rows if row[j].status == status) for j in range(len(labels))],
            dtype=np.float64,
        )
        ax.barh(y, counts, left=left, color=color, label=_STATUS_WORD[status])
        left += counts
    ax.set_yticks(y, labels)
    ax.invert_yaxis()
    ax.set_xlabel(f"postings among the top {len(rows)}")
    ax.set_title("Criteria coverage")
    ax.legend(loc="lower right", fontsize=8, ncols=len(STATUS_COLORS))
    return fig


def plot_heatmap(results: Results, top: int = 20) -> Figure:
    """How well each top posting (rows) fits each criterion (columns): the match, or one minus
    it for something to avoid, so bright is good everywhere; not mentioned is grey, a violated
    must is outlined in red.

    Parameters
    ----------
    results : Results
    top : int, default 20

    Returns
    -------
    matplotlib.figure.Figure
    """
    rows, labels = _top_rows(results, top, "plot_heatmap")
    data = np.full((len(rows), len(labels)), np.nan)
    for i, row in enumerate(rows):
        for j, m in enumerate(row):
            if m.status != "not mentioned":
                data[i, j] = 1.0 - m.match if m.polarity == "avoid" else m.match
    fig = _figure(1.6 + 0.45 * max(len(labels), 1), 1.2 + 0.3 * max(len(rows), 1))
    ax = fig.add_subplot()
    ax.set_facecolor("#eaeef2")
    image = ax.imshow(np.ma.masked_invalid(data), vmin=0.0, vmax=1.0, cmap="viridis", aspect="auto")
    titles = [
        f"{rec['rank']}. {str(rec.get('title') or '(no title)')[:38]}"
        for rec in (results[i] for i in range(len(rows)))
    ]
    ax.set_yticks(np.arange(len(rows)), titles, fontsize=8)
    ax.set_xticks(np.arange(len(labels)), labels, rotation=60, ha="right", fontsize=8)
    for i, row in enumerate(rows):
        for j, m in enumerate(row):
            if m.status == "violated":
                ax.add_patch(_rectangle(j, i))
    fig.colorbar(image, ax=ax, label="fit (avoid criteria inverted)")
    ax.set_title("Top postings against the criteria")
    return fig


def _rectangle(x: int, y: int) -> Any:
    from matplotlib.patches import Rectangle

    return Rectangle((x - 0.5, y - 0.5), 1, 1, fill=False, edgecolor="#cf222e", linewidth=2)


# -- live re-weighting ---------------------------------------------------------------------------


def reweight_panel(
    matcher: Matcher,
    profile: DreamProfile | Evaluation | str | list[str],
    top: int = 10,
) -> Any:
    """An ipywidgets panel with one weight slider per criterion; moving one re-ranks at once.

    The matches are computed once (:meth:`Matcher.evaluate`); a slider change only recombines
    them (:meth:`Evaluation.with_weights`), a few milliseconds for 10,000 postings.

    Parameters
    ----------
    matcher : Matcher
        A fitted matcher.
    profile : DreamProfile, Evaluation, str or list of str
    top : int, default 10

    Returns
    -------
    ipywidgets.VBox
        With attributes ``sliders`` (one per criterion), ``table`` (an HTML widget holding the
        current ranking) and ``evaluation`` (the latest re-weighted :class:`Evaluation`).

    Raises
    ------
    MissingDependencyError
        ipywidgets is not installed (``pip install 'dreamfit[notebook]'``).
    """
    try:
        import ipywidgets as widgets
    except ImportError as exc:
        raise MissingDependencyError(
            "The re-weighting panel needs ipywidgets. Install it with: "
            "pip install 'dreamfit[notebook]'"
        ) from exc
    from dreamfit.matcher import Evaluation

    base = profile if isinstance(profile, Evaluation) else matcher.evaluate(profile)
    top_weight = max(1.0, *(float(w) for w in base.weights)) if len(base.weights) else 1.0
    sliders = [
        widgets.FloatSlider(
            value=round(float(w), 2),
            min=0.0,
            max=top_weight,
            step=0.05,
            description=(("not " if c.polarity == "avoid" else "") + c.label)[:30],
            style={"description_width": "initial"},
            layout=widgets.Layout(width="420px"),
            continuous_update=False,
        )
        for c, w in zip(base.criteria, base.weights, strict=True)
    ]
    table = widgets.HTML(value=matcher.results(base, top=top)._repr_html_())
    panel = widgets.VBox([widgets.VBox(sliders), table])

    def update(_: Any = None) -> None:
        current = base.with_weights([s.value for s in sliders])
        panel.evaluation = current
        table.value = matcher.results(current, top=top)._repr_html_()

    for slider in sliders:
        slider.observe(update, names="value")
    panel.sliders = sliders
    panel.table = table
    panel.evaluation = base
    return panel
