"""all-MiniLM-L6-v2 in plain numpy: the bundled model without torch or sentence-transformers.

Importing sentence-transformers costs about 10 s on the project's machine and torch about 2 s;
``tokenizers``, ``safetensors`` and numpy together cost about 0.2 s. A command that only needs a
handful of new embeddings (a changed profile's criteria on a warm re-rank) therefore runs the same
six BERT layers here, reading the same ``model.safetensors`` and ``tokenizer.json`` from the
bundled package. ``tests/test_minilm.py`` checks the vectors against sentence-transformers'
``encode`` (cosine ≥ 0.99999 on English, German, empty and over-long texts).

The forward pass follows the BERT definition: word + position + token-type embeddings, layer norm,
then per layer multi-head self-attention (12 heads of 32) and a GELU feed-forward of 1,536, each
with a residual connection and layer norm; the sentence vector is the mask-weighted mean of the last
layer, normalized to unit length. Texts are cut at 256 tokens, as sentence-transformers does for
this model.
"""

from __future__ import annotations

import functools
import json
import re
from pathlib import Path

import numpy as np

__all__ = ["MAX_TOKENS", "NumpyMiniLM", "tokenizable"]

MAX_TOKENS = 256
"""Token limit including ``[CLS]`` and ``[SEP]`` (``max_seq_length`` of the bundled model)."""

_EPS = 1e-12

_SURROGATE = re.compile("[\ud800-\udfff]")


def tokenizable(texts: list[str]) -> list[str]:
    """Texts the tokenizer accepts: a lone surrogate (text decoded with ``surrogateescape``, or
    built by hand) becomes U+FFFD instead of making the tokenizer raise ``TypeError``."""
    return [_SURROGATE.sub("\ufffd", t) if _SURROGATE.search(t) else t for t in texts]


def _erf(x: np.ndarray) -> np.ndarray:
    """Error function, Abramowitz & Stegun 7.1.26 (absolute error below 1.5e-7)."""
    sign = np.sign(x)
    a = np.abs(x)
    t = 1.0 / (1.0 + 0.3275911 * a)
    poly = t * (
        0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429)))
    )
    out: np.ndarray = sign * (1.0 - poly * np.exp(-a * a))
    return out


def _gelu(x: np.ndarray) -> np.ndarray:
    out: np.ndarray = 0.5 * x * (1.0 + _erf(x * np.float32(1.0 / np.sqrt(2.0))))
    return out.astype(np.float32, copy=False)


def _layer_norm(x: np.ndarray, weight: np.ndarray, bias: np.ndarray) -> np.ndarray:
    mean = x.mean(axis=-1, keepdims=True)
    centered = x - mean
    var = np.mean(centered * centered, axis=-1, keepdims=True)
    out: np.ndarray = centered / np.sqrt(var + _EPS) * weight + bias
    return out


class NumpyMiniLM:
    """The bundled all-MiniLM-L6-v2 as a numpy forward pass.

    Parameters
    ----------
    path : str or path
        The model folder (``model.safetensors``, ``tokenizer.json``, ``config.json``).
    batch_size : int, default 32
        Texts per forward pass; texts are sorted by length first so a batch pads little.

    Examples
    --------
    >>> from dreamfit.embed import default_model_path
    >>> model = NumpyMiniLM(default_model_path())  # doctest: +SKIP
    >>> model.encode(["remote data analyst"]).shape  # doctest: +SKIP
    (1, 384)
    """

    dimension = 384

    def __init__(self, path: str | Path, batch_size: int = 32) -> None:
        from safetensors.numpy import load_file
        from tokenizers import Tokenizer

        folder = Path(path)
        config = json.loads((folder / "config.json").read_text(encoding="utf-8"))
        self.heads = int(config["num_attention_heads"])
        self.layers = int(config["num_hidden_layers"])
        self.batch_size = batch_size
        self._w = load_file(str(folder / "model.safetensors"))
        # Transposed once so every dense layer is a plain x @ W.
        for key in list(self._w):
            if key.endswith(".weight") and self._w[key].ndim == 2 and "embeddings" not in key:
                self._w[key] = np.ascontiguousarray(self._w[key].T)
        for i in range(self.layers):
            p = f"encoder.layer.{i}.attention.self."
            self._w[f"{p}qkv.weight"] = np.concatenate(
                [self._w[f"{p}{n}.weight"] for n in ("query", "key", "value")], axis=1
            )
            self._w[f"{p}qkv.bias"] = np.concatenate(
                [self._w[f"{p}{n}.bias"] for n in ("query", "key", "value")]
            )
        self.tokenizer = Tokenizer.from_file(str(folder / "tokenizer.json"))
        self.tokenizer.no_padding()
        self.tokenizer.enable_truncation(max_length=MAX_TOKENS)

    def tokenize(self, texts: list[str]) -> list[list[int]]:
        """Token ids per text, with ``[CLS]``/``[SEP]``, cut at :data:`MAX_TOKENS`."""
        return [enc.ids for enc in self.tokenizer.encode_batch(tokenizable(texts))]

    def _forward(self, ids: np.ndarray, mask: np.ndarray) -> np.ndarray:
        w = self._w
        batch, length = ids.shape
        x = (
            w["embeddings.word_embeddings.weight"][ids]
            + w["embeddings.position_embeddings.weight"][:length][None, :, :]
            + w["embeddings.token_type_embeddings.weight"][0]
        )
        x = _layer_norm(x, w["embeddings.LayerNorm.weight"], w["embeddings.LayerNorm.bias"])
        heads = self.heads
        size = x.shape[-1] // heads
        scale = np.float32(1.0 / np.sqrt(size))
        bias = ((1.0 - mask[:, None, None, :]) * np.finfo(np.float32).min).astype(np.float32)
        for i in range(self.layers):
            p = f"encoder.layer.{i}."
            # Dense layers on a 2-D (tokens x hidden) view: one BLAS call instead of one per text.
            flat = x.reshape(batch * length, -1)
            qkv = flat @ w[f"{p}attention.self.qkv.weight"] + w[f"{p}attention.self.qkv.bias"]
            qkv = qkv.reshape(batch, length, 3, heads, size).transpose(2, 0, 3, 1, 4)
            q, k, v = qkv[0], qkv[1], qkv[2]
            att = (q @ k.transpose(0, 1, 3, 2)) * scale + bias
            att -= att.max(axis=-1, keepdims=True)
            np.exp(att, out=att)
            att /= att.sum(axis=-1, keepdims=True)
            ctx = (att @ v).transpose(0, 2, 1, 3).reshape(batch * length, heads * size)
            h = ctx @ w[f"{p}attention.output.dense.weight"] + w[f"{p}attention.output.dense.bias"]
            flat = _layer_norm(
                h + flat,
                w[f"{p}attention.output.LayerNorm.weight"],
                w[f"{p}attention.output.LayerNorm.bias"],
            )
            h = _gelu(flat @ w[f"{p}intermediate.dense.weight"] + w[f"{p}intermediate.dense.bias"])
            h = h @ w[f"{p}output.dense.weight"] + w[f"{p}output.dense.bias"]
            flat = _layer_norm(
                h + flat, w[f"{p}output.LayerNorm.weight"], w[f"{p}output.LayerNorm.bias"]
            )
            x = flat.reshape(batch, length, -1)
        summed = (x * mask[:, :, None]).sum(axis=1)
        counts = np.maximum(mask.sum(axis=1, keepdims=True), 1e-9)
        out: np.ndarray = summed / counts
        return out

    def encode(self, sentences: list[str], /) -> np.ndarray:
        """Unit-normalized float32 embeddings of shape ``(len(sentences), 384)``."""
        texts = list(sentences)
        out = np.zeros((len(texts), self.dimension), dtype=np.float32)
        if not texts:
            return out
        ids = self.tokenize(texts)
        order = np.argsort([-len(t) for t in ids], kind="stable")
        start = 0
        while start < len(texts):
            # Longest first; a batch ends before a text half as long as its first (or at ~4k
            # token slots), so one long text does not make twenty short ones pay for its length.
            length = len(ids[order[start]])
            size = 1
            while (
                start + size < len(texts)
                and size < self.batch_size
                and 2 * len(ids[order[start + size]]) >= length
                and (size + 1) * length <= 4096
            ):
                size += 1
            chunk = order[start : start + size]
            start += size
            batch = np.zeros((len(chunk), length), dtype=np.int64)
            mask = np.zeros((len(chunk), length), dtype=np.float32)
            for row, j in enumerate(chunk):
                batch[row, : len(ids[j])] = ids[j]
                mask[row, : len(ids[j])] = 1.0
            out[chunk] = self._forward(batch, mask)
        norms = np.linalg.norm(out, axis=1, keepdims=True)
        np.divide(out, norms, out=out, where=norms > 0)
        return out


@functools.lru_cache(maxsize=2)
def load(path: str) -> NumpyMiniLM:
    """One shared :class:`NumpyMiniLM` per model folder and process."""
    return NumpyMiniLM(path)
