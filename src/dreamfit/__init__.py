"""dreamfit: rank job postings against what a seeker loved about a job.

>>> import dreamfit
>>> profile = dreamfit.extract_profile(["I loved the data analyst role", "Remote, at least $90k"])
>>> postings = dreamfit.read_postings("data/samples/postings.csv")  # doctest: +SKIP
>>> dreamfit.Matcher().fit(postings).rank(profile, top=10)  # doctest: +SKIP

Heavy dependencies (pandas, torch, sentence-transformers) load on first use of a name that needs
them, so ``import dreamfit`` and ``dreamfit --version`` stay fast.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

__all__ = [
    "Criterion",
    "DreamProfile",
    "DreamfitError",
    "InputError",
    "Matcher",
    "MissingDependencyError",
    "NotFittedError",
    "ParameterError",
    "ProfileError",
    "Results",
    "__version__",
    "extract_profile",
    "load_profile",
    "rank",
    "read_answers",
    "read_postings",
]

_LAZY = {
    "Criterion": "dreamfit.models",
    "DreamProfile": "dreamfit.models",
    "load_profile": "dreamfit.models",
    "DreamfitError": "dreamfit.errors",
    "InputError": "dreamfit.errors",
    "MissingDependencyError": "dreamfit.errors",
    "NotFittedError": "dreamfit.errors",
    "ParameterError": "dreamfit.errors",
    "ProfileError": "dreamfit.errors",
    "Matcher": "dreamfit.matcher",
    "rank": "dreamfit.matcher",
    "Results": "dreamfit.results",
    "extract_profile": "dreamfit.extract",
    "read_answers": "dreamfit.answers",
    "read_postings": "dreamfit.postings.read",
}

if TYPE_CHECKING:
    from dreamfit.answers import read_answers
    from dreamfit.errors import (
        DreamfitError,
        InputError,
        MissingDependencyError,
        NotFittedError,
        ParameterError,
        ProfileError,
    )
    from dreamfit.extract import extract_profile
    from dreamfit.matcher import Matcher, rank
    from dreamfit.models import Criterion, DreamProfile, load_profile
    from dreamfit.postings.read import read_postings
    from dreamfit.results import Results


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'dreamfit' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
