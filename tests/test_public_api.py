"""The public surface is exactly ``dreamfit.__all__``, and every name resolves."""

from __future__ import annotations

import dreamfit


def test_all_names_resolve() -> None:
    for name in dreamfit.__all__:
        assert getattr(dreamfit, name) is not None


def test_public_surface_is_the_contract() -> None:
    assert set(dreamfit.__all__) == {
        "Criterion", "DreamProfile", "DreamfitError", "InputError", "Matcher",
        "MissingDependencyError", "NotFittedError", "ParameterError", "ProfileError", "Results",
        "__version__", "extract_profile", "load_profile", "rank", "read_answers", "read_postings",
    }  # fmt: skip


def test_unknown_attribute() -> None:
    try:
        dreamfit.nope  # type: ignore[attr-defined]  # noqa: B018
    except AttributeError as exc:
        assert "no attribute 'nope'" in str(exc)
    else:  # pragma: no cover
        raise AssertionError("expected AttributeError")
