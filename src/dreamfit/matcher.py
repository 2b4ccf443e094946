"""``Matcher``: embed postings once, then score and rank them for any profile.

For every (posting, criterion) pair the matcher computes a match in [0, 1]:

- **structured** where the criterion has a typed value and the posting has the field (salary
  floor against the annual range, location with "or remote", work mode, seniority distance,
  employment type, company size; :mod:`dreamfit.features`);
- **lexical** for named things (skills, tools, benefits, company types, schedules), with the
  lexicon's English and German synonyms, over the whole posting;
- **semantic** for everything else and as a fallback: the criterion against every passage of the
  posting (:mod:`dreamfit.passages`) and, for role-like facets, against the title; calibrated per
  criterion (:func:`dreamfit.core.calibrate`).

A posting that says nothing about a structured criterion gets ``unknown_prior`` (a salary floor
gets ``unstated_pay``); the parts are combined by :func:`dreamfit.core.combine`, so the score is
exactly the sum of the contributions the explanations show plus the dealbreaker half.
"""

from __future__ import annotations

import contextlib
import math
import os
import sys
import warnings
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from dreamfit import core
from dreamfit.embed import DefaultEmbedder, Embedder, encode
from dreamfit.errors import NotFittedError, ParameterError
from dreamfit.explain import (
    EVIDENCE_THRESHOLD,
    UNKNOWN_PRIOR,
    VIOLATION_THRESHOLD,
    CriterionMatch,
    criterion_query,
)
from dreamfit.features import (
    AMONG_MANY,
    NEIGHBOUR_STAGE,
    NEIGHBOUR_TITLE,
    PERK_BLIND_FACETS,
    Fields,
    among_many,
    employer_evidence,
    employer_match,
    english_query,
    lexical_match,
    lexical_pattern,
    neighbouring_stage,
    neighbouring_titles,
    sentence_at,
    structured_match,
    travel_amount,
)
from dreamfit.models import Criterion, DreamProfile
from dreamfit.results import Results
from dreamfit.vocab import HOURS_TYPES

__all__ = ["Matcher", "rank"]

ProfileLike = DreamProfile | Sequence[str] | str

TITLE_FACETS = frozenset({"role", "industry", "skill", "company_type"})
"""Facets whose criteria are also compared with the posting's title."""

SPAN = {"title": 0.30, "static": 0.30, "model": 0.30, "multi": 0.30}
"""Similarity above the criterion's null that counts as a full match, per embedding space."""

NULL = {"title": 0.20, "static": 0.25, "model": 0.20, "multi": 0.20}
"""Null similarity used for tables too small to estimate it (blended with the median)."""

_NULL_PRIOR_ROWS = 50


def _as_profile(profile: ProfileLike) -> DreamProfile:
    if isinstance(profile, DreamProfile):
        return profile
    from dreamfit.extract import extract_profile

    if isinstance(profile, str):
        return extract_profile([profile])
    return extract_profile(list(profile))


SILENCE_IS_UNKNOWN = frozenset({"culture", "benefit"})
"""Facets where a posting that does not name the thing is silent, not a poor match.

Postings mention their culture and perks far less often than seekers ask for them, and the
rubric's judges count an unstated perk as unknown. A wanted culture or benefit that a posting
neither names word for word nor resembles at least as much as the ``unknown_prior`` is unknown
(the prior counts). Before, a faint resemblance counted as a poor match, and postings that
happened to resemble "supportive" outranked better fits. Left out, nDCG@10 on the own set falls
from 0.709 to 0.685 (``benchmarks/bench_quality.py``, commit 6d2c3b8); for skills, schedules and
industries the same rule cost.
"""
ROLE_IN_BODY = 0.9
"""Match of a role named word for word in a posting's text but not its title (unless the title
resembles the role more). A department ("Austausch mit dem Team Business Development") or a
colleague's job named in passing read as a full match before; at 0.9 nDCG@10 on the own set rose
from 0.689 to 0.698 (8 profiles up, 1 down), at 0.8 and 0.7 to 0.694 and 0.698 with dev lower."""
_NAMED = ROLE_IN_BODY - 1e-3
FACET_WEIGHTS: dict[str, float] = {"role": 2.0, "location": 2.0, "industry": 2.5}
"""Default multipliers of criterion weights per facet (``Matcher(facet_weights=...)``).

Roles (the implicit "similar to what you described" included) and places count twice their
importance: what the job is and where it is decide a fit before anything else (the judging rubric
grades a wrong occupation 0, and a town 30 miles from the one named as no match). In a profile of
15-20 criteria a posting in the wrong town, or for the wrong occupation, otherwise lost only 2-3 %
of its score. On the judged profiles of ``benchmarks/bench_quality.py`` (nDCG@10, dev / own, with
the judgments of the time; 94 more were judged later in that session): roles 1.5 alone 0.627 /
0.720; places 1.5, 2, 2.5 and 3 with roles 1.5: 0.640 / 0.726, 0.662 / 0.736, 0.655 / 0.736,
0.657 / 0.726; roles 1.25, 1.75, 2, 2.5, 3 with places 2: 0.651 / 0.729, 0.671 / 0.737, 0.683 /
0.743, 0.673 / 0.734, 0.680 / 0.724.

Industries and missions weigh up to 2.5 times, shared by the ones a seeker names
(:data:`SHARED_FACETS`). With one weight among fifteen criteria, "real healthcare questions" at
"a big healthcare employer" could not lift the hospital's analyst job above remote analyst jobs
in other trades, which the rubric grades a partial fit at best. Measured later (final judgments
of that session, dev / own): industry 1: 0.746 / 0.799; shared among wanted industries only, 2,
2.5 and 3: 0.782 / 0.803, 0.790 / 0.804 and 0.792 / 0.802; 2.5 with refused industries shared
the same way (as adopted): 0.790 / 0.807; 2 on every industry, unshared: 0.782 / 0.793 (a
seeker naming "education, academia, college" then read as wanting the sector above the job)."""

SHARED_FACETS: frozenset[str] = frozenset({"industry"})
"""Facets whose multiplier in :data:`FACET_WEIGHTS` is one wish shared by the criteria named.

A seeker who wants one industry or mission ("real healthcare questions") gets its whole
multiplier; two named together ("energy or climate", "healthcare software") share it, and three
or more ("a college, district or education nonprofit") count their own weights: each criterion
gets ``max(1, multiplier / n)`` for ``n`` criteria of the facet and polarity."""

UNSTATED_PAY = 0.75
"""Default match of a wanted salary floor against a posting that states no pay
(``Matcher(unstated_pay=...)``).

Most postings state no pay, and one that does not is no sign of a low one: the judging rubric
counts unknown pay as no violation. At the general prior (0.5) a posting that stated any pay above
the floor outranked an otherwise better one that stated none; for a ``must`` floor that was up to
2.5 % of the score. On the judged profiles of ``benchmarks/bench_quality.py`` (nDCG@10, dev / own,
with the judgments of the time): 0.5 gave 0.679 / 0.730; 0.65, 0.75, 0.85 and 1.0 gave 0.697 /
0.731, 0.717 / 0.737, 0.699 / 0.732 and 0.693 / 0.732."""

OVERALL_LABEL = "similar to what you described"
WORDS_LABEL = "words from your answers"
"""Label of the implicit literal-words criterion of non-English profiles (see ``words_share``)."""


class _SharedWords(Sequence[str | None]):
    """Evidence of the "words from your answers" criterion, computed only for the rows shown."""

    def __init__(self, index: Any, said: str, values: np.ndarray) -> None:
        self._bm25, self.said, self.values = index, said, values

    def __len__(self) -> int:
        return len(self.values)

    def __getitem__(self, pos: Any) -> Any:
        if isinstance(pos, slice):
            return [self[i] for i in range(len(self))[pos]]
        if self.values[pos] <= 0:
            return None
        words = self._bm25.shared_words(self.said, int(pos))
        return f"shares: {', '.join(words)}" if words else None


def _overall_criterion(answers: str) -> Criterion:
    """The implicit criterion "the posting reads like the answers", matched semantically.

    Extraction cannot name everything a seeker describes (an occupation it does not know, a
    kind of work told as a story); this criterion keeps the whole text in play.
    """
    return Criterion(
        facet="role",
        label=OVERALL_LABEL,
        importance="high",
        text=answers[:2000],
        value={"overall": True},
    )


def _check_top(top: int, func: str) -> int:
    if isinstance(top, bool) or not isinstance(top, (int, np.integer)) or top < 0:
        raise ParameterError(
            f"The 'top' parameter of {func} must be a non-negative int (0 means all). "
            f"Got {top!r} instead."
        )
    return int(top)


@dataclass
class Evaluation:
    """Everything the matcher computed for one profile: per (posting, criterion) matches,
    violations and evidence sources, and the combined scores.

    Returned by :meth:`Matcher.evaluate`; :meth:`with_weights` re-combines it with other weights
    and :meth:`Matcher.results` turns it into :class:`Results`.
    """

    criteria: list[Criterion]
    match: np.ndarray  # (N, C), NaN = not mentioned
    violated: np.ndarray  # (N, C) bool
    kind: np.ndarray  # (N, C) object: field / lexical / title / passage
    scores: np.ndarray
    contributions: np.ndarray
    base: np.ndarray
    field_evidence: dict[int, Sequence[str | None]]
    lexical_at: dict[int, np.ndarray]
    passage_at: np.ndarray  # (N, C) passage row of the best passage, -1 if none
    weights: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=np.float32))
    avoid: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=bool))
    prior: float = 0.5
    """The matcher's ``unknown_prior``: the match assumed where ``match`` is NaN."""
    must_violated: np.ndarray | None = None  # violations before any weight was set to 0
    priors: np.ndarray | None = None
    """The match assumed where ``match`` is NaN, per criterion (a wanted salary floor gets the
    matcher's ``unstated_pay``); ``None`` means ``prior`` for every criterion."""
    role_named: int | None = None
    """How many postings name one of the profile's wanted roles word for word (title or
    text); ``None`` when the profile names no role. 0 is the no-fit signal (see
    :meth:`Matcher.results`)."""

    def criterion_priors(self) -> np.ndarray:
        """The match assumed for each criterion where a posting says nothing, shape (C,)."""
        if self.priors is not None:
            return np.asarray(self.priors, dtype=np.float32)
        return np.full(len(self.criteria), self.prior, dtype=np.float32)

    def with_weights(self, weights: Sequence[float] | Mapping[str, float]) -> Evaluation:
        """The same matches re-combined with other criterion weights: live re-weighting.

        Nothing is embedded or matched again; for 10,000 postings this takes milliseconds.

        Parameters
        ----------
        weights : sequence of float, or mapping from criterion label to weight
            One weight per criterion (in ``criteria`` order, the implicit "similar to what you
            described" criterion included), or only the ones to change, by label. A weight of
            0 ignores a criterion entirely, a violated ``must`` included.

        Returns
        -------
        Evaluation
            A new evaluation; this one is unchanged.

        Raises
        ------
        ParameterError
            A weight is negative or not finite, a label is unknown, or the count is wrong.
        """
        new = np.array(self.weights, dtype=np.float32, copy=True)
        if isinstance(weights, Mapping):
            labels = [c.label for c in self.criteria]
            for label, value in weights.items():
                if label not in labels:
                    raise ParameterError(
                        f"with_weights: no criterion is labelled {label!r}; "
                        f"the labels are {labels}."
                    )
                new[labels.index(label)] = _check_weight(value, label)
        else:
            values = list(weights)
            if len(values) != len(self.criteria):
                raise ParameterError(
                    f"with_weights needs {len(self.criteria)} weights (one per criterion). "
                    f"Got {len(values)}."
                )
            for j, value in enumerate(values):
                new[j] = _check_weight(value, self.criteria[j].label)
        # From the original violations, so a weight set to 0 and back restores its dealbreaker.
        original = self.violated if self.must_violated is None else self.must_violated
        violated = original & (new > 0)[None, :]
        scores, contributions, base = core.combine(
            self.match, new, self.avoid, violated, prior=self.criterion_priors()
        )
        return replace(
            self,
            must_violated=original,
            violated=violated,
            scores=scores,
            contributions=contributions,
            base=base,
            weights=new,
        )


def _check_weight(value: object, label: str) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float, np.number)):
        raise ParameterError(f"The weight of criterion {label!r} must be a number. Got {value!r}.")
    number = float(value)
    if not math.isfinite(number) or number < 0:
        raise ParameterError(
            f"The weight of criterion {label!r} must be a finite number ≥ 0. Got {value!r}."
        )
    return number


def _progress(total: int) -> Any:
    """A tqdm bar on a terminal for long runs, else None."""
    if total < 2000 or not sys.stderr.isatty():
        return None
    try:
        from tqdm.auto import tqdm
    except ImportError:  # pragma: no cover - tqdm comes with sentence-transformers
        return None
    return tqdm(total=total, desc="dreamfit: embedding", unit="text", file=sys.stderr)


def _batched(encode_fn: Callable[[list[str]], np.ndarray], texts: list[str]) -> np.ndarray:
    bar = _progress(len(texts))
    if bar is None:
        return encode_fn(texts)
    parts = []
    for start in range(0, len(texts), 512):
        parts.append(encode_fn(texts[start : start + 512]))
        bar.update(min(512, len(texts) - start))
    bar.close()
    return np.concatenate(parts, axis=0)


_PREPARED_VERSION = "prepared-v26"
_BM25_VERSION = "bm25-v1"
_EAGER_WORDS_ROWS = 50_000
"""Tables up to this size get their words index (German profiles) built and cached at fit."""


def _prepared_path(source: str | os.PathLike[str], root: Path) -> Path | None:
    """Cache file for a postings file's prepared form, keyed by its bytes and the versions."""
    import hashlib

    from dreamfit import __version__

    try:
        data = Path(source).read_bytes()
    except OSError:
        return None  # read_postings reports it properly
    h = hashlib.blake2b(data, digest_size=16)
    h.update(f"{__version__}/{_PREPARED_VERSION}/{pd.__version__}".encode())
    return root / "tables" / f"{h.hexdigest()}.pkl"


def _cache_key(root: Path) -> bytes | None:
    """A random per-cache-folder secret (created once, mode 0600) that signs prepared tables."""
    import secrets

    path = root / ".key"
    try:
        data = path.read_bytes()
        if len(data) == 32:
            return data
    except OSError:
        pass
    try:
        root.mkdir(parents=True, exist_ok=True)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "wb") as fh:
            fh.write(secrets.token_bytes(32))
        return path.read_bytes()
    except FileExistsError:
        with contextlib.suppress(OSError):
            data = path.read_bytes()
            return data if len(data) == 32 else None
        return None
    except OSError:
        return None


def _signature(key: bytes, payload: bytes) -> bytes:
    import hmac

    return hmac.new(key, payload, "sha256").digest()


def _load_prepared(path: Path) -> tuple[Any, ...] | None:
    """A prepared table this dreamfit wrote: unpickled only when its HMAC-SHA256 under the cache
    folder's own secret checks out, so a file dropped or copied into the cache is never run."""
    import hmac
    import pickle

    key = _cache_key(path.parent.parent)
    try:
        blob = path.read_bytes()
    except OSError:
        return None
    if (
        key is None
        or len(blob) < 32
        or not hmac.compare_digest(blob[:32], _signature(key, blob[32:]))
    ):
        return None
    try:
        loaded = pickle.loads(blob[32:])  # signed by us: our own file, not user input
    except Exception:
        return None
    if not (isinstance(loaded, tuple) and len(loaded) == 4 and isinstance(loaded[1], Fields)):
        return None
    import dataclasses

    if any(not hasattr(loaded[1], fld.name) for fld in dataclasses.fields(Fields)):
        return None  # written by another dreamfit build
    return loaded


def _save_prepared(path: Path, prepared: tuple[Any, ...]) -> None:
    import pickle
    import uuid

    from dreamfit.cache import warn_unwritable

    key = _cache_key(path.parent.parent)
    if key is None:
        return
    payload = pickle.dumps(prepared, protocol=pickle.HIGHEST_PROTOCOL)
    tmp = path.with_name(f".tmp-{uuid.uuid4().hex}")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with open(tmp, "wb") as fh:
            fh.write(_signature(key, payload))
            fh.write(payload)
        os.replace(tmp, path)
    except OSError as exc:
        with contextlib.suppress(OSError):
            tmp.unlink()
        warn_unwritable(path.parent.parent, exc)  # caching is an optimization


class Matcher:
    """Rank normalized postings against a :class:`~dreamfit.models.DreamProfile`.

    Parameters
    ----------
    embedder : Embedder, optional
        Any object with ``encode(list[str]) -> array (n, d)``; the bundled all-MiniLM-L6-v2 by
        default.
    passages : {"auto", "static", "model"}, default "auto"
        How passages are embedded. ``model`` runs the embedder on every passage (best, slow on a
        CPU: ~2.7M tokens for 3,922 postings); ``static`` uses token vectors distilled from the
        bundled model (:mod:`dreamfit.static`), which reads every posting whole in seconds.
        ``auto`` is ``static`` with the bundled model and ``model`` with any other embedder.
    cache : bool or path, default True
        Keep embeddings on disk (:class:`dreamfit.cache.EmbeddingCache`) so that a second fit of
        the same postings embeds nothing; a path chooses the folder. Only embedders with a
        ``name`` attribute are cached.
    unknown_prior : float, default 0.5
        Match assumed for a structured criterion the posting says nothing about.
    unstated_pay : float, default 0.75
        Match assumed for a wanted salary floor when the posting states no pay
        (:data:`UNSTATED_PAY`).
    store_dtype : {"float32", "float16"}, default "float32"
        How passage embeddings are held in memory (``float16`` halves it; scores are computed in
        float32).
    overall : bool, default True
        Add the implicit criterion "similar to what you described" (importance ``high``): the
        profile's answers as one text, against titles and passages. It is listed with the other
        criteria in every explanation. Profiles without answers never get it.
    facet_weights : dict of str to float, optional
        Multipliers of the profile's weights per facet (e.g. ``{"location": 2.0}``); facets not
        named keep their weight. The explanations' contributions include them. By default
        :data:`FACET_WEIGHTS` (roles and places 2, industries up to 2.5, shared by the industries
        named: :data:`SHARED_FACETS`); a dict given here replaces it.
    multilingual : bool, default False
        Also compare criteria with titles in the multilingual USE v3 space
        (:class:`dreamfit.embed.MultilingualEmbedder`, the ``multilingual`` extra), taking the
        better of the two title matches: German criteria then meet English titles and the
        reverse.
    words_share : float, default 0.08
        For profiles that are not in English (German or mixed answers), the share of the
        weighted half of the score that goes to one implicit criterion, "words from your
        answers": Okapi BM25 of the joined answers against each posting, divided by the best
        posting's. The English model bridges English paraphrases well but German ones poorly,
        and German postings use the seeker's own words ("Fliesenleger", "Tagespflege"). 0 turns
        it off; English profiles never get it (it lowered their nDCG@10 in
        ``benchmarks/bench_quality.py``). 0.08 rather than 0.12 since the other criteria read
        German better: shared amounts and pay words ("65", "Euro", "ab") had lifted postings of
        other trades.

    Attributes
    ----------
    postings_ : pandas.DataFrame
        The fitted table.
    embeddings_ : numpy.ndarray of shape (n_postings, dim)
        Unit title embeddings (the full model).
    passage_texts_ : list of str
        Every posting's passages, posting after posting.
    passage_offsets_ : numpy.ndarray of shape (n_postings + 1,)
        Posting ``i`` owns passages ``passage_offsets_[i]:passage_offsets_[i + 1]``.
    passage_vectors_ : numpy.ndarray of shape (n_passages, dim)

    Examples
    --------
    >>> postings = dreamfit.read_postings("data/samples/postings.csv")  # doctest: +SKIP
    >>> matcher = dreamfit.Matcher().fit(postings)  # doctest: +SKIP
    >>> matcher.rank(["I loved nursing", "no night shifts"], top=5)  # doctest: +SKIP
    """

    def __init__(
        self,
        embedder: Embedder | None = None,
        *,
        passages: str = "auto",
        cache: bool | str | os.PathLike[str] = True,
        unknown_prior: float = UNKNOWN_PRIOR,
        store_dtype: str = "float32",
        overall: bool = True,
        facet_weights: dict[str, float] | None = None,
        multilingual: bool = False,
        words_share: float = 0.08,
        unstated_pay: float = UNSTATED_PAY,
    ) -> None:
        self.embedder = embedder
        self.multilingual = multilingual
        self.words_share = words_share
        self.overall = overall
        self.facet_weights = facet_weights
        self.passages = passages
        self.cache = cache
        self.unknown_prior = unknown_prior
        self.unstated_pay = unstated_pay
        self.store_dtype = store_dtype

    # -- fitting ---------------------------------------------------------------------------
    def _check_params(self) -> None:
        share = self.words_share
        if isinstance(share, bool) or not isinstance(share, (int, float)) or not 0 <= share < 1:
            raise ParameterError(
                "The 'words_share' parameter of Matcher must be a number in [0, 1). "
                f"Got {share!r} instead."
            )
        if not isinstance(self.multilingual, bool):
            raise ParameterError(
                "The 'multilingual' parameter of Matcher must be True or False. "
                f"Got {self.multilingual!r} instead."
            )
        if self.passages not in ("auto", "static", "model"):
            raise ParameterError(
                f"The 'passages' parameter of Matcher must be 'auto', 'static' or 'model'. "
                f"Got {self.passages!r} instead."
            )
        for name in ("unknown_prior", "unstated_pay"):
            prior = getattr(self, name)
            if (
                isinstance(prior, bool)
                or not isinstance(prior, (int, float))
                or not 0 <= prior <= 1
            ):
                raise ParameterError(
                    f"The {name!r} parameter of Matcher must be a float in [0, 1]. "
                    f"Got {prior!r} instead."
                )
        if self.store_dtype not in ("float32", "float16"):
            raise ParameterError(
                "The 'store_dtype' parameter of Matcher must be 'float32' or 'float16'. "
                f"Got {self.store_dtype!r} instead."
            )

    def _cache_for(self, key: str | None) -> Any:
        if key is None or self.cache is False:
            return None
        from dreamfit.cache import EmbeddingCache

        stores = self.__dict__.setdefault("_stores", {})
        if key not in stores:
            stores[key] = EmbeddingCache(key, root=self._cache_root())
        return stores[key]

    def _embed(self, texts: list[str], key: str | None, embedder: Any = None) -> np.ndarray:
        store = self._cache_for(key)
        emb = self.embedder_ if embedder is None else embedder

        def run(batch: list[str]) -> np.ndarray:
            return _batched(lambda part: encode(emb, part), batch)

        if store is None:
            return run(texts)
        return np.asarray(store.embed(texts, run), dtype=np.float32)

    def read(self, postings: pd.DataFrame | str | os.PathLike[str]) -> pd.DataFrame:
        """Read and prepare postings (normalized table, word index, passages) without embedding.

        A file's prepared form is kept in the cache folder keyed by the file's bytes, so reading
        the same file again costs a fraction of a second. :meth:`fit` called with the returned
        table reuses the preparation.

        Parameters
        ----------
        postings : pandas.DataFrame, str or path

        Returns
        -------
        pandas.DataFrame
            The normalized table (``attrs["rejects"]`` as from :func:`dreamfit.read_postings`).
        """
        from dreamfit.models import POSTING_COLUMNS
        from dreamfit.passages import posting_passages

        store = None
        if not isinstance(postings, pd.DataFrame) and self.cache is not False:
            store = _prepared_path(postings, self._cache_root())
            loaded = _load_prepared(store) if store is not None else None
            if loaded is not None:
                self._prepared = loaded
                table: pd.DataFrame = loaded[0]
                return table
        if not isinstance(postings, pd.DataFrame) or not set(POSTING_COLUMNS) <= set(
            postings.columns
        ):
            from dreamfit.postings.read import read_postings

            postings = read_postings(postings)
        texts, offsets = posting_passages(postings["description"].fillna("").astype(str).tolist())
        fields = Fields.from_table(postings, texts, offsets)
        self._prepared = (postings, fields, texts, offsets)
        if store is not None:
            _save_prepared(store, self._prepared)
        return postings

    def _cache_root(self) -> Path:
        from dreamfit.cache import default_cache_dir

        return default_cache_dir() if self.cache is True else Path(self.cache)  # type: ignore[arg-type]

    def fit(self, postings: pd.DataFrame | str | os.PathLike[str]) -> Matcher:
        """Read (if needed) and embed the postings: titles and every passage.

        Parameters
        ----------
        postings : pandas.DataFrame, str or path
            A table from :func:`dreamfit.read_postings` or :meth:`read`, any other DataFrame (it
            is normalized first), or a file to read.

        Returns
        -------
        Matcher
            ``self``, fitted.
        """
        self._check_params()
        prepared = getattr(self, "_prepared", None)
        if prepared is None or prepared[0] is not postings:
            self.read(postings)
        table, fields, texts, offsets = self._prepared
        self.embedder_ = self.embedder if self.embedder is not None else DefaultEmbedder()
        default = isinstance(self.embedder_, DefaultEmbedder)
        name = getattr(self.embedder_, "name", None)
        self.model_key_ = str(name) if isinstance(name, str) and name else None
        self.passage_mode_ = (
            ("static" if default else "model") if self.passages == "auto" else self.passages
        )
        if self.passage_mode_ == "static" and not default:
            raise ParameterError(
                "passages='static' needs the bundled model (the default embedder); "
                "use passages='model' with another embedder."
            )
        self.postings_ = table
        self.fields_ = fields
        self.__dict__.pop("_bm25", None)  # the words index belongs to the previous table
        if (
            self.overall
            and self.words_share > 0
            and self.cache is not False
            and 0 < len(table) <= _EAGER_WORDS_ROWS
        ):
            # A cold fit builds the words index once (and caches it), so that the first German
            # profile on a warm cache does not tokenize the whole table; warm fits load nothing.
            # Bigger tables build it on their first non-English profile instead.
            from dreamfit.extract import FUNCTION_WORDS

            docs = self._words_docs()
            if not self._bm25_path(docs, FUNCTION_WORDS).is_file():
                self.__dict__["_bm25"] = self._cached_bm25(docs, FUNCTION_WORDS)
        self.embeddings_ = self._embed(
            [t or "(no title)" for t in self.fields_.titles], self.model_key_
        )
        self.multi_ = None
        if self.multilingual:
            from dreamfit.embed import MultilingualEmbedder

            self.multi_ = MultilingualEmbedder()
            self.multi_titles_ = self._embed(
                [t or "(no title)" for t in self.fields_.titles], self.multi_.name, self.multi_
            )
        self.passage_texts_ = texts
        self.passage_offsets_ = offsets
        if self.passage_mode_ == "static":
            self.static_ = self._static_encoder()
            key = f"{self.model_key_}/static-v1" if self.model_key_ else None
            store = self._cache_for(key)

            def run(batch: list[str]) -> np.ndarray:
                return _batched(self.static_.encode, batch)

            vectors = run(texts) if store is None else store.embed(texts, run)
        else:
            vectors = self._embed(texts, self.model_key_)
        if not texts:  # title-only postings: no passages, but the right width
            vectors = np.zeros((0, self.embeddings_.shape[1]), dtype=np.float32)
        self.passage_vectors_ = np.asarray(vectors, dtype=self.store_dtype)
        return self

    def _static_encoder(self) -> Any:
        from dreamfit import minilm
        from dreamfit.embed import default_model_path
        from dreamfit.static import STATIC_VERSION, StaticEncoder

        key = f"{self.model_key_}/{STATIC_VERSION}/tokens" if self.model_key_ else None
        torch_model = None
        if "sentence_transformers" in sys.modules:  # loaded for the titles: reuse it
            torch_model = self.embedder_.model[0].auto_model  # type: ignore[union-attr]
        return StaticEncoder(
            minilm.load(str(default_model_path())),
            cache=self._cache_for(key),
            torch_model=torch_model,
        )

    def _words_match(self, said: str) -> tuple[np.ndarray, Sequence[str | None]]:
        """BM25 of the joined answers per posting, divided by the best, and lazy evidence."""
        index = self.__dict__.get("_bm25")
        if index is None:
            from dreamfit.extract import FUNCTION_WORDS

            index = self._cached_bm25(self._words_docs(), FUNCTION_WORDS)
            self.__dict__["_bm25"] = index
        raw = index.scores(said)
        top = float(raw.max()) if raw.size else 0.0
        values = (raw / top if top > 0 else np.zeros_like(raw)).astype(np.float32)
        return values, _SharedWords(index, said, values)

    def _words_docs(self) -> list[str]:
        table = self.postings_
        n = len(table)
        return [
            f"{t} {c} {d}"
            for t, c, d in zip(
                table["title"].fillna("").astype(str),
                table["company"].fillna("").astype(str) if "company" in table else [""] * n,
                table["description"].fillna("").astype(str) if "description" in table else [""] * n,
                strict=True,
            )
        ]

    def _bm25_path(self, docs: list[str], stop_words: frozenset[str]) -> Path:
        import hashlib

        h = hashlib.blake2b(digest_size=16)
        h.update(f"{_BM25_VERSION}\x00{len(docs)}\x00".encode())
        h.update("\x00".join(sorted(stop_words)).encode("utf-8"))
        for doc in docs:
            h.update(b"\x01" + doc.encode("utf-8", "surrogatepass"))
        return self._cache_root() / "bm25" / f"{h.hexdigest()}.npz"

    def _cached_bm25(self, docs: list[str], stop_words: frozenset[str]) -> Any:
        """The words index of these documents, from the cache folder when it was built before.

        Building it tokenizes every posting (about 3.5 s with the scikit-learn import for 3,922
        postings); loading the arrays takes a fraction of that. The file is keyed by the
        documents' text, so any change to the table builds a new one.
        """
        from dreamfit.bm25 import BM25
        from dreamfit.cache import load_arrays, save_arrays

        if self.cache is False:
            return BM25(docs, stop_words=stop_words)
        path = self._bm25_path(docs, stop_words)
        stored = load_arrays(path, BM25.from_arrays)
        if stored is not None and stored.matrix.shape[0] == len(docs):
            return stored
        index = BM25(docs, stop_words=stop_words)  # first use, or a damaged cache file
        save_arrays(path, index.to_arrays(), path.parent.parent)
        return index

    def _check_fitted(self) -> None:
        if not hasattr(self, "postings_"):
            raise NotFittedError("This Matcher is not fitted yet; call fit(postings) first.")

    # -- scoring ---------------------------------------------------------------------------
    def _null(self, raw: np.ndarray, space: str, shared: bool = False) -> np.ndarray:
        """Per posting and criterion: what an unrelated posting of the same language scores.

        The median over the postings of each language (German and English postings sit at
        different similarity levels for the same criterion), shrunk towards :data:`NULL` when
        a language has few postings.

        With ``shared`` (profiles that are not in English) every posting gets the highest of
        the languages' nulls. The English model places German criteria poorly: against English
        postings their similarities sit low and close together, so a posting a little above
        that median looked like a strong match and English postings about nothing the seeker
        said outranked German ones that fit. German nDCG@10 on the judged profiles rose from
        0.52 to 0.68 (``benchmarks/bench_quality.py``); English profiles keep their own.
        """
        n, c = raw.shape
        out = np.empty((n, c), dtype=np.float32)
        finite = np.where(np.isfinite(raw), raw, np.nan)
        lang = self.fields_.lang if len(self.fields_.lang) == n else np.full(n, "en", object)
        for code in np.unique(lang) if n else []:
            rows = lang == code
            with np.errstate(all="ignore"), warnings.catch_warnings():
                warnings.simplefilter("ignore", RuntimeWarning)
                med = np.nan_to_num(np.nanmedian(finite[rows], axis=0), nan=NULL[space])
            share = rows.sum() / (rows.sum() + _NULL_PRIOR_ROWS)
            out[rows] = share * med + (1 - share) * NULL[space]
        if shared and n:
            out[:] = out.max(axis=0, keepdims=True)
        return out

    def evaluate(self, profile: ProfileLike) -> Evaluation:
        """Match, violation and evidence source for every (posting, criterion), and the scores.

        Parameters
        ----------
        profile : DreamProfile, str or list of str

        Returns
        -------
        Evaluation
        """
        self._check_fitted()
        prof = _as_profile(profile)
        criteria = list(prof.criteria)
        said = " ".join(a.strip() for a in prof.answers if a.strip())
        if self.overall and said:
            criteria.append(_overall_criterion(said))
        words_at = None
        if self.overall and said and self.words_share > 0 and prof.language != "en":
            words_at = len(criteria)
            criteria.append(
                Criterion(
                    facet="other",
                    label=WORDS_LABEL,
                    importance="medium",
                    text=said[:2000],
                    value={"words": True},
                )
            )
        f: Fields = self.fields_
        n, c = f.n, len(criteria)
        match = np.full((n, c), np.nan, dtype=np.float32)
        kind = np.full((n, c), "passage", dtype=object)
        violated = np.zeros((n, c), dtype=bool)
        field_evidence: dict[int, Sequence[str | None]] = {}
        lexical_at: dict[int, np.ndarray] = {}
        passage_at = np.full((n, c), -1, dtype=np.int64)
        remote_wanted = any(_wants_remote(crit) for crit in criteria)
        structured = [
            None if j == words_at else structured_match(crit, f, remote_wanted=remote_wanted)
            for j, crit in enumerate(criteria)
        ]
        semantic = [j for j in range(c) if structured[j] is None and j != words_at]
        if words_at is not None:
            match[:, words_at], field_evidence[words_at] = self._words_match(said)
            kind[:, words_at] = "field"
        if semantic and n:
            queries = [criterion_query(criteria[j]) for j in semantic]
            # German labels also go in English (the English model reads those far better); per
            # posting the better of the two counts.
            source = list(range(len(semantic)))
            for k, j in enumerate(semantic):
                english = english_query(criteria[j])
                if english is not None and english != queries[k].lower():
                    queries.append(english)
                    source.append(k)
            foreign = prof.language != "en"
            q_model = self._embed(queries, self.model_key_)
            raw_title = self.embeddings_ @ q_model.T
            title = core.calibrate(
                raw_title, self._null(raw_title, "title", foreign), SPAN["title"]
            )
            multi = getattr(self, "multi_", None)
            if multi is not None:
                # The multilingual channel: a German criterion meets an English title (and the
                # reverse) in one space; the better of the two channels counts.
                q_multi = self._embed(queries, multi.name, multi)
                raw_multi = self.multi_titles_ @ q_multi.T
                multi_title = core.calibrate(
                    raw_multi, self._null(raw_multi, "multi", foreign), SPAN["multi"]
                )
                # English answers against an English posting stay with MiniLM (better there);
                # wherever German is involved the better channel counts.
                german = np.asarray(f.lang) != "en"
                if prof.language != "en":
                    german[:] = True
                title[german] = np.maximum(title[german], multi_title[german])
            static = self.passage_mode_ == "static"
            q_pass = self.static_.encode(queries) if static else q_model
            sims = np.asarray(self.passage_vectors_, dtype=np.float32) @ q_pass.T
            blind = [
                col for col, k in enumerate(source)
                if criteria[semantic[k]].facet in PERK_BLIND_FACETS
            ]  # fmt: skip
            if blind and len(f.perk_passage) == sims.shape[0]:
                sims[np.ix_(f.perk_passage, np.asarray(blind, dtype=np.int64))] = -np.inf
            if len(f.boilerplate_passage) == sims.shape[0]:
                sims[f.boilerplate_passage] = -np.inf
            raw_pass, best_row = core.segment_max(sims, self.passage_offsets_)
            space = self.passage_mode_
            passage = core.calibrate(raw_pass, self._null(raw_pass, space, foreign), SPAN[space])
            for col in range(len(semantic), len(source)):
                k = source[col]
                title[:, k] = np.maximum(title[:, k], title[:, col])
                better = passage[:, col] > passage[:, k]
                passage[:, k] = np.where(better, passage[:, col], passage[:, k])
                best_row[:, k] = np.where(better, best_row[:, col], best_row[:, k])
            for k, j in enumerate(semantic):
                crit = criteria[j]
                m = passage[:, k].copy()
                if crit.polarity == "avoid":
                    # Refusing something on a vague resemblance would punish too much: an
                    # avoided thing counts only when the passage is about it (twice the span).
                    m = np.clip(2.0 * m - 1.0, 0.0, 1.0)
                passage_at[:, j] = best_row[:, k]
                if crit.facet in TITLE_FACETS:
                    t = title[:, k]
                    if crit.polarity == "avoid":
                        t = np.clip(2.0 * t - 1.0, 0.0, 1.0)
                    from_title = t > m
                    m = np.where(from_title, t, m)
                    kind[from_title, j] = "title"
                pattern = lexical_pattern(crit)
                if pattern is not None:
                    lex, at_unit, at = lexical_match(
                        pattern, f, skip_perks=crit.facet in PERK_BLIND_FACETS
                    )
                    if crit.facet == "travel" and _is_travel(crit):
                        # "Travel: up to 25%" is not "lots of travel"; "travel industry" no trip
                        for i in np.flatnonzero(lex == 1.0).tolist():
                            text = f.units[int(at_unit[i])]
                            lex[i] = travel_amount(sentence_at(text, int(at[i])))
                    if crit.facet == "industry" and crit.polarity == "want":
                        # "fields as diverse as cybersecurity, healthcare, aviation": one of many
                        for i in np.flatnonzero(lex == 1.0).tolist():
                            text = f.units[int(at_unit[i])]
                            if among_many(sentence_at(text, int(at[i]), limit=400)):
                                lex[i] = AMONG_MANY
                    if crit.facet == "company_stage" and crit.polarity == "want":
                        # "a small, fast-growing company" is nearly the startup wanted
                        near, near_unit, near_at = neighbouring_stage(crit, f)
                        near &= ~(lex >= NEIGHBOUR_STAGE)
                        lex = np.where(near, np.float32(NEIGHBOUR_STAGE), lex)
                        at_unit = np.where(near, near_unit, at_unit)
                        at = np.where(near, near_at, at)
                    by_employer = employer_match(pattern, crit, f)
                    lex = np.where(by_employer, np.float32(1.0), lex)
                    said = ~np.isnan(lex)
                    if crit.facet == "role" and len(f.title_unit) == len(f.units):
                        # A role named only in the text ("Austausch mit dem Team Business
                        # Development") is a little weaker evidence than one in the title.
                        body = said & (lex > 0) & ~f.title_unit[np.maximum(at_unit, 0)]
                        lex = np.where(body, np.maximum(ROLE_IN_BODY * lex, np.nan_to_num(m)), lex)
                    m = np.where(said, lex, m)
                    kind[said, j] = "lexical"
                    lexical_at[j] = np.stack([at_unit, at])
                    if by_employer.any():
                        kind[by_employer, j] = "field"
                        field_evidence[j] = employer_evidence(crit, f, by_employer)
                    if crit.importance == "must":
                        good = lex if crit.polarity == "want" else 1.0 - lex
                        violated[:, j] = said & (good <= VIOLATION_THRESHOLD)
                if crit.facet == "role" and crit.polarity == "want":
                    # "Data Scientist" resembles "data analyst" as much as "Data Analyst" does
                    near = neighbouring_titles(crit, f) & (kind[:, j] == "title")
                    m = np.where(near, np.float32(NEIGHBOUR_TITLE) * m, m)
                if crit.facet in SILENCE_IS_UNKNOWN and crit.polarity == "want":
                    # Below the prior, a resemblance is no evidence: the posting is silent.
                    m = np.where((kind[:, j] == "lexical") | (m >= self.unknown_prior), m, np.nan)
                match[:, j] = m
        for j, found in enumerate(structured):
            if found is None:
                continue
            values, evidence = found
            match[:, j] = values
            kind[:, j] = "field"
            field_evidence[j] = evidence
            crit = criteria[j]
            if crit.importance == "must":
                known = ~np.isnan(values)
                good = values if crit.polarity == "want" else 1.0 - values
                violated[:, j] = known & (good <= VIOLATION_THRESHOLD)
        # Wanted work modes are alternatives ("remote, or hybrid near Denver"): a posting
        # violates them only when it violates every one.
        modes = [
            j for j, crit in enumerate(criteria)
            if crit.facet == "work_mode" and crit.polarity == "want" and structured[j] is not None
        ]  # fmt: skip
        if len(modes) > 1:
            _violated_only_by_all(violated, modes)
        self._place_or_remote(criteria, structured, match, violated, field_evidence)
        _employment_alternatives(criteria, structured, match, violated)
        boost = FACET_WEIGHTS if self.facet_weights is None else self.facet_weights
        weights = np.array(
            [crit.weight * _multiplier(crit, criteria, boost) for crit in criteria],
            dtype=np.float32,
        )
        if words_at is not None:
            # A fixed share of the weighted half, whatever the number of other criteria.
            rest = float(weights.sum() - weights[words_at])
            share = float(self.words_share)
            weights[words_at] = share / (1.0 - share) * rest if rest > 0 else 1.0
        avoid = np.array([crit.polarity == "avoid" for crit in criteria], dtype=bool)
        # A posting that states no pay is no sign of low pay (see UNSTATED_PAY).
        priors = np.array(
            [
                self.unstated_pay
                if crit.facet == "salary" and crit.polarity == "want"
                else self.unknown_prior
                for crit in criteria
            ],
            dtype=np.float32,
        )
        scores, contributions, base = core.combine(match, weights, avoid, violated, prior=priors)
        roles = [
            j for j, crit in enumerate(criteria[: len(prof.criteria)])
            if crit.facet == "role" and crit.polarity == "want"
        ]  # fmt: skip
        named = (
            # named word for word, in the title (1) or only in the text (ROLE_IN_BODY)
            int(((kind[:, roles] == "lexical") & (match[:, roles] >= _NAMED)).any(axis=1).sum())
            if roles
            else None
        )
        return Evaluation(
            criteria, match, violated, kind, scores, contributions, base,
            field_evidence, lexical_at, passage_at, weights, avoid, float(self.unknown_prior),
            priors=priors,
            role_named=named,
        )  # fmt: skip

    @staticmethod
    def _place_or_remote(
        criteria: list[Criterion],
        structured: list[Any],
        match: np.ndarray,
        violated: np.ndarray,
        field_evidence: dict[int, Sequence[str | None]],
    ) -> None:
        """ "The Phoenix area or remote": the place and remote work are alternatives.

        The location criterion already takes remote postings in full; a wanted remote work
        mode from the same answer must not refuse an on-site job in the place, so there it is
        met by the place (match and evidence from the location) and never violated.
        """
        places = [
            j for j, crit in enumerate(criteria)
            if crit.facet == "location" and crit.polarity == "want"
            and (crit.value or {}).get("or_remote") and structured[j] is not None
        ]  # fmt: skip
        for j, crit in enumerate(criteria):
            if not (_wants_remote(crit) and structured[j] is not None):
                continue
            for k in places:
                if criteria[k].answer != crit.answer:
                    continue
                there = np.nan_to_num(match[:, k], nan=0.0)
                better = there > np.nan_to_num(match[:, j], nan=0.0)
                match[better, j] = there[better]
                violated[there > VIOLATION_THRESHOLD, j] = False
                shown = list(field_evidence[j])
                for i in np.flatnonzero(better).tolist():
                    shown[i] = field_evidence[k][i]
                field_evidence[j] = shown

    def scores(self, profile: ProfileLike) -> np.ndarray:
        """Score every posting.

        Parameters
        ----------
        profile : DreamProfile, str or list of str
            A profile, or answers to extract one from.

        Returns
        -------
        numpy.ndarray of shape (n_postings,)
            Scores in [0, 1] in the fitted table's order: half for violating no ``must``
            criterion, half the weighted matches (:func:`dreamfit.core.combine`).
        """
        return self.evaluate(profile).scores

    def explain_rows(self, ev: Evaluation, positions: np.ndarray) -> list[list[CriterionMatch]]:
        """Per-criterion matches, contributions and evidence for some rows of an evaluation."""
        out: list[list[CriterionMatch]] = []
        f = self.fields_
        priors = ev.criterion_priors()
        rows = np.asarray(positions, dtype=np.int64)
        near = {
            j: dict(zip(rows.tolist(), neighbouring_titles(crit, f, rows).tolist(), strict=True))
            for j, crit in enumerate(ev.criteria)
            if crit.facet == "role" and crit.polarity == "want"
        }
        for pos in rows.tolist():
            row: list[CriterionMatch] = []
            for j, crit in enumerate(ev.criteria):
                value = float(ev.match[pos, j])
                known = not np.isnan(value)
                how = str(ev.kind[pos, j])
                evidence: str | None = None
                neighbour = False
                if how == "field":
                    evidence = ev.field_evidence[j][pos]
                elif how == "lexical":
                    u, at = ev.lexical_at[j][:, pos].tolist()
                    evidence = sentence_at(f.units[u], at)
                elif how == "title" and value >= EVIDENCE_THRESHOLD:
                    evidence = f"title: {f.titles[pos]}"
                    neighbour = j in near and near[j][pos]
                    if neighbour:
                        evidence += " (a neighbouring job)"
                elif value >= EVIDENCE_THRESHOLD and ev.passage_at[pos, j] >= 0:
                    evidence = self.passage_texts_[int(ev.passage_at[pos, j])]
                mentioned = known and (how in ("field", "lexical") or value >= EVIDENCE_THRESHOLD)
                shown = value if known else float(priors[j])
                good = shown if crit.polarity == "want" else 1.0 - shown
                if bool(ev.violated[pos, j]):
                    status = "violated"
                elif not mentioned:
                    status = "not mentioned"
                else:
                    status = "met" if good >= 0.7 else "partly" if good >= 0.4 else "unmet"
                    if status == "met" and neighbour:
                        status = "partly"
                row.append(
                    CriterionMatch(
                        label=crit.label,
                        facet=crit.facet,
                        polarity=crit.polarity,
                        importance=crit.importance,
                        match=shown,
                        contribution=float(ev.contributions[pos, j]),
                        evidence=evidence,
                        status=status,
                        source=how if mentioned else "none",
                    )
                )
            out.append(row)
        return out

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
            Ties are broken by table order, so the ranking is deterministic. Each result's
            ``score`` equals its ``dealbreakers`` part plus the sum of its criteria's
            ``contribution``.

        Raises
        ------
        NotFittedError
            ``fit`` was not called.
        ParameterError
            ``top`` is not a non-negative int.
        """
        self._check_fitted()
        top = _check_top(top, "rank")
        return self.results(self.evaluate(profile), top=top)

    def results(self, evaluation: Evaluation, top: int = 20) -> Results:
        """Results for an evaluation, e.g. one re-weighted with :meth:`Evaluation.with_weights`.

        Parameters
        ----------
        evaluation : Evaluation
            From :meth:`evaluate` on this matcher (same fitted table).
        top : int, default 20
            How many results; 0 means every posting.

        Returns
        -------
        Results

        Examples
        --------
        >>> ev = matcher.evaluate(profile)  # doctest: +SKIP
        >>> matcher.results(ev.with_weights({"remote": 1.0}), top=10)  # doctest: +SKIP
        """
        self._check_fitted()
        top = _check_top(top, "results")
        ev = evaluation
        if ev.scores.shape[0] != len(self.postings_):
            raise ParameterError(
                "results: the evaluation has "
                f"{ev.scores.shape[0]} postings but this matcher has {len(self.postings_)}; "
                "evaluate with the same matcher."
            )
        # Ranked by the score as reported (six decimals, ties in table order): float noise far
        # below what anyone sees (a BLAS that splits a sum differently under load) cannot swap
        # two postings between runs.
        order = core.top_k(np.round(ev.scores.astype(np.float64), 6), top)
        frame = self.postings_.iloc[order].copy()
        frame.insert(0, "score", ev.scores[order].astype(float))
        frame.insert(0, "rank", np.arange(1, len(order) + 1))
        frame["dealbreakers"] = ev.base[order].astype(float)
        return Results(frame, self.explain_rows(ev, order), warnings=_no_fit_warning(ev))


def _is_travel(crit: Criterion) -> bool:
    """The plain "travel" criterion (business trips), not a commute, a relocation or a route."""
    return (english_query(crit) or crit.label).strip().lower() == "travel"


def _wants_remote(crit: Criterion) -> bool:
    """Whether a criterion asks for remote work."""
    return (
        crit.facet == "work_mode"
        and crit.polarity == "want"
        and (crit.value or {}).get("mode") == "remote"
    )


def _violated_only_by_all(violated: np.ndarray, cols: list[int]) -> None:
    """Alternative criteria: a posting violates them only when it violates every one."""
    any_ok = ~violated[:, cols].all(axis=1)
    violated[np.ix_(any_ok, np.asarray(cols, dtype=np.int64))] = False


_EMPLOYMENT_GROUPS = (
    HOURS_TYPES,
    frozenset({"contract", "temporary", "internship", "working_student"}),
)
"""Employment types that exclude each other: two wanted ones of a group are alternatives."""


def _multiplier(
    crit: Criterion, criteria: Sequence[Criterion], boost: Mapping[str, float]
) -> float:
    """The facet multiplier of one criterion (shared within :data:`SHARED_FACETS`)."""
    factor = float(boost.get(crit.facet, 1.0))
    if crit.facet in SHARED_FACETS and factor > 1.0:
        n = sum(1 for c in criteria if c.facet == crit.facet and c.polarity == crit.polarity)
        factor = max(1.0, factor / max(n, 1))
    return factor


def _employment_alternatives(
    criteria: list[Criterion], structured: list[Any], match: np.ndarray, violated: np.ndarray
) -> None:
    """ "Werkstudentin, ein bezahltes Praktikum ginge auch": wanted employment types of one
    kind are alternatives. A posting meeting one meets them all, and violates none of them."""
    wanted = [
        j for j, crit in enumerate(criteria)
        if crit.facet == "employment_type" and crit.polarity == "want"
        and structured[j] is not None and (crit.value or {}).get("types")
    ]  # fmt: skip
    for group in _EMPLOYMENT_GROUPS:
        cols = [j for j in wanted if set(criteria[j].value["types"]) <= group]  # type: ignore[index]
        if len(cols) < 2:
            continue
        block = match[:, cols]
        known = ~np.isnan(block).all(axis=1)
        best = np.where(known, np.nanmax(np.where(np.isnan(block), -1.0, block), axis=1), np.nan)
        for j in cols:
            match[known, j] = best[known]
        _violated_only_by_all(violated, cols)


def _no_fit_warning(ev: Evaluation) -> list[str]:
    """The no-fit signal: no posting names any role the seeker wants.

    A score alone cannot say "nothing fits": location, salary and work mode are met by
    hundreds of unrelated postings, so the top score of a farrier's profile (0.81) sits among
    those of profiles with excellent fits (0.80-0.95). On the judged profiles of
    ``benchmarks/bench_quality.py`` this signal fired for 4 of the 5 profiles where nothing in the
    corpus fits and for none of the 24 others.
    """
    if ev.role_named != 0:
        return []
    roles = [c.label for c in ev.criteria if c.facet == "role" and c.polarity == "want"]
    roles = [r for r in roles if r not in (OVERALL_LABEL, WORDS_LABEL)]
    return [
        "No posting names the role you described ("
        + ", ".join(roles)
        + ") word for word: the best matches below fit your other criteria and may well be in "
        "another field."
    ]


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
