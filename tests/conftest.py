"""Shared fixtures: paths, the real bundled model (loaded once), the shared corpus (read once)."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

REPO = Path(__file__).resolve().parents[1]
SAMPLES = REPO / "data" / "samples"
SHARED = REPO.parent / "shared"
SHARED_DATA = SHARED / "data"
CORPUS = SHARED_DATA / "postings" / "corpus.csv"
RAW = SHARED_DATA / "postings" / "raw"


def require_shared(path: Path = SHARED_DATA) -> Path:
    """Skip the calling test when the team's shared data is not beside the repository."""
    if not path.exists():
        pytest.skip(
            f"../shared/data not found ({path}): real postings are only in the team checkout"
        )
    return path


@pytest.fixture(scope="session")
def embedder():
    """The real bundled all-MiniLM-L6-v2, loaded once per test session."""
    from dreamfit.embed import DefaultEmbedder

    emb = DefaultEmbedder()
    emb.encode(["warm up"])
    return emb


@pytest.fixture(scope="session")
def corpus() -> pd.DataFrame:
    """The shared 3,922-posting corpus, normalized once per session."""
    require_shared(CORPUS)
    from dreamfit import read_postings

    return read_postings(CORPUS)


@pytest.fixture(scope="session")
def samples() -> pd.DataFrame:
    """The sample postings written for this project."""
    from dreamfit import read_postings

    return read_postings(SAMPLES / "postings.csv")
