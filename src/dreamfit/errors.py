"""Exceptions raised by dreamfit.

The hierarchy::

    DreamfitError
    ├── InputError            unusable input: a file, table, answers or profile that cannot be read
    │   └── ProfileError      a profile that does not validate (unknown facet, bad weight or value)
    ├── ParameterError        a bad argument to a public function (also a ``ValueError``)
    ├── NotFittedError        ``Matcher.scores`` / ``rank`` called before ``fit``
    └── MissingDependencyError  an optional dependency is not installed

The command line turns every ``DreamfitError`` into one line on stderr and exit code 2.
"""

from __future__ import annotations

import json

__all__ = [
    "DreamfitError",
    "InputError",
    "MissingDependencyError",
    "NotFittedError",
    "ParameterError",
    "ProfileError",
    "invalid_json_message",
]


class DreamfitError(Exception):
    """Base class of every error dreamfit raises on purpose."""


class InputError(DreamfitError):
    """Input that cannot be used: missing, empty, not a table, undecodable, no text column.

    The message names the file (or ``<DataFrame>``) and the problem on one line.
    """


class ProfileError(InputError):
    """A profile that does not validate; the message names the criterion."""


class ParameterError(DreamfitError, ValueError):
    """A public function got an argument outside its documented domain."""


class NotFittedError(DreamfitError, RuntimeError):
    """A :class:`dreamfit.Matcher` was used before ``fit``."""


class MissingDependencyError(DreamfitError, ImportError):
    """An optional dependency is missing; the message says what to install."""


def invalid_json_message(name: str, exc: json.JSONDecodeError) -> str:
    """The one-line message for a file that is not valid JSON, with where the parser stopped."""
    return f"{name}: not valid JSON (line {exc.lineno}, column {exc.colno}: {exc.msg})"
