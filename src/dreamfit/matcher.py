"""``Matcher``: embed postings once, then score and rank them for any profile."""

from __future__ import annotations

import os
from collections.abc import Sequence

import numpy as np
import pandas as pd

from dreamfit.baselines import CosineBaseline
from dreamfit.embed import DefaultEmbedder, Embedder
from dreamfit.errors import NotFittedError, ParameterError
from dreamfit.explain import explain
from dreamfit.models import DreamProfile
from dreamfit.results import Results

__all__ = ["Matcher", "rank"]

ProfileLike = DreamProfile | Sequence[str] | str


def _as_profile(profile: ProfileLike) -> DreamProfile:
    if isinstance(profile, DreamProfile):
        return profile
    from dreamfit.extract import extract_profile

    if isinstance(profile, str):
        return extract_profile([profile])
    return extract_profile(list(profile))


def _query_text(profile: DreamProfile) -> str:
    if profile.answers and any(a.strip() for a in profile.answers):
        return " ".join(profile.answers)
    wanted = [c for c in profile.criteria if c.polarity == "want"]
    return ". ".join(c.text or c.label for c in wanted)


def _check_top(top: int, func: str) -> int:
    if isinstance(top, bool) or not isinstance(top, (int, np.integer)) or top < 0:
        raise ParameterError(
            f"The 'top' parameter of {func} must be a non-negative int (0 means all). "
            f"Got {top!r} instead."
        )
    return int(top)


class Matcher:
    """Rank normalized postings against a :class:`~dreamfit.models.DreamProfile`.

    Parameters
    ----------
    embedder : Embedder, optional
        Any object with ``encode(list[str]) -> array (n, d)``; the bundled all-MiniLM-L6-v2 by
        default.

    Attributes
    ----------
    postings_ : pandas.DataFrame
        The fitted table.
    embeddings_ : numpy.ndarray of shape (n_postings, dim)
        Unit-normalized posting embeddings.

    Examples
    --------
    >>> postings = dreamfit.read_postings("data/samples/postings.csv")  # doctest: +SKIP
    >>> matcher = dreamfit.Matcher().fit(postings)  # doctest: +SKIP
    >>> matcher.rank(["I loved nursing", "no night shifts"], top=5)  # doctest: +SKIP
    """

    def __init__(self, embedder: Embedder | None = None) -> None:
        self.embedder = embedder

    def fit(self, postings: pd.DataFrame | str | os.PathLike[str]) -> Matcher:
        """Read (if needed) and embed the postings.

        Parameters
        ----------
        postings : pandas.DataFrame, str or path
            A table from :func:`dreamfit.read_postings`, any other DataFrame (it is normalized
            first), or a file to read.

        Returns
        -------
        Matcher
            ``self``, fitted.
        """
        from dreamfit.models import POSTING_COLUMNS

        if not isinstance(postings, pd.DataFrame) or not set(POSTING_COLUMNS) <= set(
            postings.columns
        ):
            from dreamfit.postings.read import read_postings

            postings = read_postings(postings)
        self.embedder_ = self.embedder if self.embedder is not None else DefaultEmbedder()
        self.postings_ = postings
        self._baseline = CosineBaseline(self.embedder_).fit(postings)
        self.embeddings_ = self._baseline.embeddings_
        return self

    def _check_fitted(self) -> None:
        if not hasattr(self, "postings_"):
            raise NotFittedError("This Matcher is not fitted yet; call fit(postings) first.")

    def scores(self, profile: ProfileLike) -> np.ndarray:
        """Score every posting.

        Parameters
        ----------
        profile : DreamProfile, str or list of str
            A profile, or answers to extract one from.

        Returns
        -------
        numpy.ndarray of shape (n_postings,)
            Scores in [0, 1] in the fitted table's order.

        Notes
        -----
        This first scorer is the bundled model's cosine between the answers (or, for a profile
        without answers, its wanted criteria) and each posting, clipped to [0, 1]; it does not yet
        use the criteria's weights, polarity or dealbreakers, which the explanations report per
        criterion.
        """
        self._check_fitted()
        return self._baseline.scores(_query_text(_as_profile(profile)))

    def rank(self, profile: ProfileLike, top: int = 20) -> Results:
        """The best postings, best first, with per-criterion explanations.

        Parameters
        ----------
        profile : DreamProfile, str or list of str
            A profile, or answers to extract one from.
        top : int, default 20
            How many results; 0 means every posting.

        Returns
        -------
        Results
            Ties are broken by table order, so the ranking is deterministic. The first 50 results
            carry the best-matching sentence as evidence; later ones are matched against the
            whole posting.

        Raises
        ------
        NotFittedError
            ``fit`` was not called.
        ParameterError
            ``top`` is not a non-negative int.
        """
        self._check_fitted()
        top = _check_top(top, "rank")
        prof = _as_profile(profile)
        scores = self.scores(prof)
        n = len(scores)
        k = n if top == 0 else min(top, n)
        order = np.lexsort((np.arange(n), -scores))[:k]
        table = self.postings_
        frame = table.iloc[order].copy()
        frame.insert(0, "score", np.round(scores[order].astype(float), 6))
        frame.insert(0, "rank", np.arange(1, k + 1))
        matches = explain(
            prof, table, order, self.embedder_, posting_vectors=self.embeddings_, detailed=50
        )
        return Results(frame, matches)


def rank(
    postings: pd.DataFrame | str | os.PathLike[str],
    answers: ProfileLike,
    top: int = 20,
    *,
    embedder: Embedder | None = None,
) -> Results:
    """Read postings, extract a profile from the answers, and rank in one call.

    Parameters
    ----------
    postings : pandas.DataFrame, str or path
        Anything :func:`dreamfit.read_postings` accepts.
    answers : DreamProfile, str or list of str
        The seeker's answers, or a profile.
    top : int, default 20
        How many results; 0 means every posting.
    embedder : Embedder, optional
        Defaults to the bundled all-MiniLM-L6-v2.

    Returns
    -------
    Results

    Examples
    --------
    >>> dreamfit.rank("data/samples/postings.csv", ["I loved teaching"], top=3)  # doctest: +SKIP
    """
    _check_top(top, "rank")
    return Matcher(embedder=embedder).fit(postings).rank(answers, top=top)
