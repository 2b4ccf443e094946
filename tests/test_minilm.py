"""The numpy forward pass equals sentence-transformers' encode on the bundled model."""

from __future__ import annotations

import numpy as np
import pytest

from dreamfit.embed import DefaultEmbedder, default_model_path
from dreamfit.minilm import NumpyMiniLM, load

TEXTS = [
    "remote data analyst",
    "Hundefreundliches Büro, flache Hierarchien und unbefristete Stelle",
    "",
    "dog-friendly office 🐕 with unlimited PTO",
    "word " * 400,  # longer than 256 tokens: cut like sentence-transformers cuts it
    "Pflegefachkraft (m/w/d) im Nachtdienst – kein Schichtdienst!",
]


@pytest.fixture(scope="module")
def numpy_model() -> NumpyMiniLM:
    return load(str(default_model_path()))


def test_numpy_equals_sentence_transformers(
    numpy_model: NumpyMiniLM, embedder: DefaultEmbedder
) -> None:
    ours = numpy_model.encode(TEXTS)
    theirs = np.asarray(
        embedder.model.encode(TEXTS, normalize_embeddings=True, convert_to_numpy=True)
    )
    assert ours.shape == theirs.shape == (len(TEXTS), 384)
    cosine = (ours * theirs).sum(axis=1)
    assert cosine.min() >= 0.99999, cosine
    np.testing.assert_allclose(ours, theirs, atol=2e-4)


def test_batching_does_not_change_vectors(numpy_model: NumpyMiniLM) -> None:
    together = numpy_model.encode(TEXTS)
    alone = np.stack([numpy_model.encode([t])[0] for t in TEXTS])
    np.testing.assert_allclose(together, alone, atol=1e-5)
    assert numpy_model.encode([]).shape == (0, 384)


def test_backends_agree(embedder: DefaultEmbedder) -> None:
    fast = DefaultEmbedder(backend="numpy").encode(TEXTS[:2])
    slow = DefaultEmbedder(backend="torch").encode(TEXTS[:2])
    assert float((fast * slow).sum(axis=1).min()) >= 0.99999
    with pytest.raises(ValueError, match="backend"):
        DefaultEmbedder(backend="gpu")
