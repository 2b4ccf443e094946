"""Okapi BM25 over a fixed table of postings: the literal-words signal.

dreamfit uses it for one implicit criterion of non-English profiles, "words from your answers"
(:class:`dreamfit.Matcher`, ``words_share``), and the quality benchmark uses it as a baseline.
"""

from __future__ import annotations

import re
from typing import Any

import numpy as np

__all__ = ["BM25"]

_TOKEN = re.compile(r"[a-zäöüß0-9]+")


class BM25:
    """Okapi BM25 over a fixed list of documents (sparse; no Python loop over documents).

    Parameters
    ----------
    documents : list of str
    k1, b : float
        The usual term-frequency saturation and length normalization.
    stop_words : frozenset of str, optional
        Lower-case words left out of documents and queries.

    Examples
    --------
    >>> index = BM25(["Fliesenleger in Heidelberg", "Software engineer, remote"])
    >>> index.scores("Fliesenleger gesucht").round(3).tolist()
    [0.693, 0.0]
    """

    def __init__(
        self,
        documents: list[str],
        k1: float = 1.2,
        b: float = 0.75,
        stop_words: frozenset[str] | None = None,
    ) -> None:
        from scipy.sparse import csr_matrix
        from sklearn.feature_extraction.text import CountVectorizer

        self.stop_words = frozenset() if stop_words is None else stop_words
        self.vectorizer = CountVectorizer(
            token_pattern=_TOKEN.pattern,
            lowercase=True,
            # only whole tokens: "don't" could never match a token, and sklearn warns about it
            stop_words=sorted(w for w in self.stop_words if _TOKEN.fullmatch(w)) or None,
        )
        try:
            tf = self.vectorizer.fit_transform(documents).tocsc().astype(np.float64)
        except ValueError:  # no document has a single word
            self.vocabulary_: dict[str, int] = {}
            self.names_: list[str] = []
            self.idf = np.zeros(0)
            self.matrix: Any = csr_matrix((len(documents), 0))
            return
        self.vocabulary_ = dict(self.vectorizer.vocabulary_)
        self.names_ = [str(w) for w in self.vectorizer.get_feature_names_out()]
        lengths = np.asarray(tf.sum(axis=1)).ravel()
        df = np.diff(tf.indptr)
        n = tf.shape[0]
        self.idf = np.log(1.0 + (n - df + 0.5) / (df + 0.5))
        norm = k1 * (1.0 - b + b * lengths / max(float(lengths.mean()), 1e-9))
        coo = tf.tocoo()
        weighted = coo.data * (k1 + 1.0) / (coo.data + norm[coo.row])
        self.matrix = csr_matrix((weighted, (coo.row, coo.col)), shape=tf.shape)

    def query_vector(self, query: str) -> np.ndarray:
        """The query as idf weights over the vocabulary (repeated words count again)."""
        vocab = self.vocabulary_
        q = np.zeros(self.matrix.shape[1])
        for token in _TOKEN.findall(query.lower()):
            j = None if token in self.stop_words else vocab.get(token)
            if j is not None:
                q[j] += self.idf[j]
        return q

    def scores(self, query: str) -> np.ndarray:
        """BM25 score of every document for ``query`` (float64, shape ``(n_documents,)``)."""
        out: np.ndarray = np.asarray(self.matrix @ self.query_vector(query)).ravel()
        return out

    def shared_words(self, query: str, document: int, limit: int = 6) -> list[str]:
        """The query words that contribute most to one document's score, best first."""
        q = self.query_vector(query)
        row = self.matrix.getrow(document)
        contrib = row.multiply(q).tocoo()
        order = np.argsort(-contrib.data)[:limit]
        return [self.names_[contrib.col[i]] for i in order if contrib.data[i] > 0]

    def to_arrays(self) -> dict[str, np.ndarray]:
        """The index as plain arrays (``numpy.savez``, no pickle); see :meth:`from_arrays`."""
        m = self.matrix.tocsr()
        return {
            "data": m.data, "indices": m.indices, "indptr": m.indptr,
            "shape": np.array(m.shape, dtype=np.int64), "idf": self.idf,
            "names": np.frombuffer("\n".join(self.names_).encode("utf-8"), dtype=np.uint8),
            "stop": np.frombuffer("\n".join(sorted(self.stop_words)).encode("utf-8"), np.uint8),
        }  # fmt: skip

    @classmethod
    def from_arrays(cls, arrays: dict[str, np.ndarray]) -> BM25:
        """An index from :meth:`to_arrays`, without tokenizing anything again.

        Raises
        ------
        ValueError
            The arrays do not fit together.
        """
        from scipy.sparse import csr_matrix

        names_text = arrays["names"].tobytes().decode("utf-8")
        names = names_text.split("\n") if names_text else []
        shape = tuple(int(x) for x in arrays["shape"])
        if len(shape) != 2 or len(names) != shape[1] or len(arrays["idf"]) != shape[1]:
            raise ValueError("BM25 arrays: vocabulary, idf and matrix disagree")
        out = cls.__new__(cls)
        stop = arrays["stop"].tobytes().decode("utf-8")
        out.stop_words = frozenset(stop.split("\n")) if stop else frozenset()
        out.names_ = names
        out.vocabulary_ = {w: j for j, w in enumerate(names)}
        out.idf = np.asarray(arrays["idf"], dtype=np.float64)
        out.matrix = csr_matrix((arrays["data"], arrays["indices"], arrays["indptr"]), shape=shape)
        return out
