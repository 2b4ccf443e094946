"""Static token vectors distilled from the bundled model, to read whole postings cheaply.

Embedding every passage of a 3,922-posting corpus with MiniLM means about 2.7 million tokens, ten
minutes on two CPU cores. A static encoder reads all of them in seconds: each WordPiece token gets
one vector, the model's own output for that token alone (``[CLS] token [SEP]``, mean-pooled), with
the mean over a fixed sample of the vocabulary subtracted (the direction every such vector shares);
a text's vector is the weighted mean of its tokens' vectors (stop words, punctuation and special
tokens count little or nothing). This is the idea behind static distillations of sentence models
such as Model2Vec, done here from the bundled weights at first use and cached. It does not see word
order or context, so dreamfit uses it only to find where in a long posting a criterion is
discussed; titles and criteria are embedded by the full model.

The token table is computed lazily, only for the token ids met so far, and stored in the embedding
cache under its own key; nothing here depends on the corpus, so vectors are cacheable per text.
"""

from __future__ import annotations

import itertools
from typing import Any

import numpy as np

from dreamfit.cache import EmbeddingCache
from dreamfit.minilm import NumpyMiniLM, tokenizable

__all__ = ["STATIC_VERSION", "StaticEncoder"]

STATIC_VERSION = "static-v1"
"""Changes whenever the construction changes, so cached vectors of an older one are not reused."""

_STOP = frozenset(
    [
        "a",
        "an",
        "the",
        "and",
        "or",
        "but",
        "of",
        "to",
        "in",
        "on",
        "at",
        "for",
        "with",
        "from",
        "by",
        "as",
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "it",
        "its",
        "this",
        "that",
        "these",
        "those",
        "we",
        "you",
        "your",
        "our",
        "us",
        "they",
        "their",
        "he",
        "she",
        "i",
        "me",
        "my",
        "will",
        "can",
        "may",
        "must",
        "should",
        "would",
        "all",
        "any",
        "some",
        "such",
        "not",
        "no",
        "into",
        "about",
        "over",
        "under",
        "than",
        "then",
        "there",
        "here",
        "who",
        "whom",
        "which",
        "what",
        "when",
        "where",
        "how",
        "also",
        "very",
        "more",
        "most",
        "other",
        "own",
        "same",
        "so",
        "too",
        "just",
        "only",
        "per",
        "via",
        "etc",
        "der",
        "die",
        "das",
        "den",
        "dem",
        "des",
        "ein",
        "eine",
        "einer",
        "eines",
        "einem",
        "einen",
        "und",
        "oder",
        "aber",
        "von",
        "zu",
        "im",
        "in",
        "am",
        "an",
        "auf",
        "für",
        "mit",
        "aus",
        "bei",
        "als",
        "ist",
        "sind",
        "war",
        "waren",
        "sein",
        "es",
        "dies",
        "diese",
        "dieser",
        "dieses",
        "wir",
        "sie",
        "ihr",
        "ihre",
        "unser",
        "unsere",
        "uns",
        "du",
        "dich",
        "dein",
        "deine",
        "ich",
        "mich",
        "mein",
        "meine",
        "wird",
        "werden",
        "kann",
        "können",
        "muss",
        "soll",
        "sollte",
        "nicht",
        "kein",
        "keine",
        "über",
        "unter",
        "um",
        "durch",
        "auch",
        "sehr",
        "mehr",
        "sowie",
        "bzw",
    ]
)
_SAMPLE = range(1000, 30522, 16)
"""Vocabulary ids whose mean vector is removed from every token vector."""


class StaticEncoder:
    """Texts to static vectors (unit length, 384-d) from the bundled model's token table.

    Parameters
    ----------
    model : NumpyMiniLM
        The bundled model (its tokenizer and weights).
    cache : EmbeddingCache, optional
        Where token vectors are kept between runs (key ``<model>/static-v1/tokens``).
    torch_model : transformers model, optional
        The same weights in torch (``SentenceTransformer[0].auto_model``); when given, the token
        table is computed with it (about 4x faster than numpy on a CPU, same vectors).
    """

    dimension = 384

    def __init__(
        self,
        model: NumpyMiniLM,
        cache: EmbeddingCache | None = None,
        torch_model: Any = None,
    ) -> None:
        from tokenizers import Tokenizer

        self.model = model
        self.cache = cache
        self.torch_model = torch_model
        self.tokenizer = Tokenizer.from_str(model.tokenizer.to_str())
        self.tokenizer.no_truncation()
        self.tokenizer.no_padding()
        size = self.tokenizer.get_vocab_size()
        self._weight = np.full(size, np.nan, dtype=np.float32)  # filled per token on first use
        self._table = np.zeros((size, self.dimension), dtype=np.float32)
        self._have = np.zeros(size, dtype=bool)
        self._mean: np.ndarray | None = None

    def _raw_tokens(self, ids: np.ndarray) -> np.ndarray:
        """Model output for each token alone; the cache is asked first."""
        names = [f"token:{int(i)}" for i in ids]

        def run(batch_names: list[str]) -> np.ndarray:
            todo = np.array([int(n.split(":")[1]) for n in batch_names], dtype=np.int64)
            out = np.zeros((len(todo), self.dimension), dtype=np.float32)
            cls_id, sep_id = 101, 102
            for s in range(0, len(todo), 512):
                part = todo[s : s + 512]
                batch = np.stack(
                    [np.full(len(part), cls_id), part, np.full(len(part), sep_id)], axis=1
                )
                out[s : s + 512] = self._forward(batch)
            return out

        if self.cache is None:
            return run(names)
        return self.cache.embed(names, run)

    def _forward(self, batch: np.ndarray) -> np.ndarray:
        if self.torch_model is None:
            return self.model._forward(batch, np.ones(batch.shape, np.float32))
        import torch

        with torch.inference_mode():
            ids = torch.from_numpy(batch)
            hidden = self.torch_model(input_ids=ids, attention_mask=torch.ones_like(ids))
            out: np.ndarray = hidden.last_hidden_state.mean(dim=1).float().numpy()
        return out

    def _ensure(self, ids: np.ndarray) -> None:
        if self._mean is None:
            sample = np.fromiter(_SAMPLE, dtype=np.int64)
            sample = sample[sample < self._table.shape[0]]
            self._mean = self._raw_tokens(sample).mean(axis=0)
        need = np.unique(ids[~self._have[ids]])
        for idx in need.tolist():
            self._weight[idx] = _token_weight(self.tokenizer.id_to_token(idx) or "")
        if need.size:
            self._table[need] = self._raw_tokens(need) - self._mean
            self._have[need] = True

    def encode(self, sentences: list[str], /) -> np.ndarray:
        """Unit static vectors of shape ``(len(sentences), 384)``; a text without content
        tokens gets a zero row."""
        texts = list(sentences)
        out = np.zeros((len(texts), self.dimension), dtype=np.float32)
        if not texts:
            return out
        encodings = self.tokenizer.encode_batch(tokenizable(texts), add_special_tokens=False)
        lengths = np.fromiter((len(e.ids) for e in encodings), dtype=np.int64, count=len(texts))
        if lengths.sum() == 0:
            return out
        flat = np.fromiter(
            itertools.chain.from_iterable(e.ids for e in encodings),
            dtype=np.int64,
            count=int(lengths.sum()),
        )
        self._ensure(flat)
        from scipy.sparse import csr_matrix

        # One sparse (texts x vocabulary) matrix of token weights times the token table: the
        # weighted sums without materializing a vector per token.
        indptr = np.zeros(len(texts) + 1, dtype=np.int64)
        np.cumsum(lengths, out=indptr[1:])
        bag = csr_matrix(
            (self._weight[flat], flat, indptr), shape=(len(texts), self._table.shape[0])
        )
        out = np.asarray(bag @ self._table, dtype=np.float32)
        norms = np.linalg.norm(out, axis=1, keepdims=True)
        np.divide(out, norms, out=out, where=norms > 0)
        return out


def _token_weight(token: str) -> float:
    """0 for special tokens and punctuation, 0.15 for stop words, else 1."""
    bare = token[2:] if token.startswith("##") else token
    if (token.startswith("[") and token.endswith("]")) or not any(ch.isalnum() for ch in bare):
        return 0.0
    return 0.15 if token in _STOP else 1.0
