"""An on-disk embedding cache keyed by model and text hash.

Layout: ``<root>/<model key>/shard-*.npz`` (and ``bulk-*.npz``, a long text list stored whole so
that refitting the same postings reads one file). Each shard holds the 16-byte BLAKE2b digests of some
texts, their vectors and a checksum of both. Writers never touch an existing shard: each
:meth:`EmbeddingCache.put` writes a new shard to a temporary name and renames it into place
(atomic on POSIX and Windows), so two processes can fill the same cache at once and a reader never
sees half a file. A shard whose checksum or format is wrong is skipped, removed and its texts are
embedded again. When shards pile up they are merged into one (again write-then-rename; the merged
ones are removed afterwards, and a reader that loses the race just skips the missing file).

The root is ``$DREAMFIT_CACHE_DIR``, else ``$XDG_CACHE_HOME/dreamfit``, else ``~/.cache/dreamfit``.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
import uuid
import warnings
import zipfile
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TypeVar

import numpy as np

__all__ = ["EmbeddingCache", "default_cache_dir", "text_key"]

_MERGE_AT = 24
_WARNED: set[str] = set()
T = TypeVar("T")


def warn_unwritable(root: Path, exc: OSError) -> None:
    """Tell the user once per process and cache folder that caching is off (read-only or full
    folder, a file in the way); every later failure there stays quiet."""
    key = str(root)
    if key in _WARNED:
        return
    _WARNED.add(key)
    warnings.warn(
        f"dreamfit: could not write the cache in {root} ({exc.strerror or exc}); results are "
        "unaffected, but nothing is cached (said once)",
        RuntimeWarning,
        stacklevel=4,
    )


"""Shards in one model folder that trigger a merge."""


def load_arrays(path: Path, convert: Callable[[dict[str, np.ndarray]], T]) -> T | None:
    """``convert`` applied to the arrays of an ``.npz`` cache file; ``None`` when the file is
    missing or damaged (truncated, a flipped bit caught by the zip CRC, arrays ``convert``
    cannot use), so that the caller builds it again. Never unpickles."""
    if not path.is_file():
        return None
    try:
        with np.load(path, allow_pickle=False) as stored:
            return convert({key: stored[key] for key in stored.files})
    except (OSError, ValueError, KeyError, EOFError, UnicodeDecodeError, zipfile.BadZipFile):
        return None


def save_arrays(path: Path, arrays: dict[str, np.ndarray], root: Path) -> None:
    """Write an ``.npz`` cache file atomically (a temporary file beside it, then a rename).

    A folder that cannot be written is reported once per ``root`` (:func:`warn_unwritable`) and
    leaves no partial file; caching is an optimization.
    """
    tmp = path.with_name(f".tmp-{uuid.uuid4().hex}")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with open(tmp, "wb") as fh:
            np.savez(fh, **arrays)  # type: ignore[arg-type]
        os.replace(tmp, path)
    except OSError as exc:
        with contextlib.suppress(OSError):
            tmp.unlink()
        warn_unwritable(root, exc)


_BULK_MIN = 1000
"""Text lists at least this long are also stored whole, in one file."""


def default_cache_dir() -> Path:
    """The cache root (see the module docstring)."""
    env = os.environ.get("DREAMFIT_CACHE_DIR")
    if env:
        return Path(env)
    xdg = os.environ.get("XDG_CACHE_HOME")
    return (Path(xdg) if xdg else Path.home() / ".cache") / "dreamfit"


def text_key(text: str) -> bytes:
    """16-byte BLAKE2b digest of a text (lone surrogates are hashed, not rejected)."""
    return hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=16).digest()


def _checksum(keys: np.ndarray, vectors: np.ndarray) -> str:
    h = hashlib.blake2b(digest_size=16)
    h.update(np.ascontiguousarray(keys).data)
    h.update(str(vectors.dtype).encode())
    h.update(str(vectors.shape).encode())
    h.update(np.ascontiguousarray(vectors).data)  # no copy
    return h.hexdigest()


def _pack(digests: list[bytes]) -> np.ndarray:
    """Digests as an (n, 16) uint8 array (numpy's ``S16`` would drop trailing NUL bytes)."""
    return np.frombuffer(b"".join(digests), dtype=np.uint8).reshape(len(digests), 16)


def _unpack(keys: np.ndarray) -> list[bytes]:
    return [bytes(row) for row in np.ascontiguousarray(keys)]


class EmbeddingCache:
    """Vectors for texts, per model, on disk.

    Parameters
    ----------
    model_key : str
        Names the model (and anything else that changes the vectors); one folder per key.
    root : str or path, optional
        Defaults to :func:`default_cache_dir`.
    dtype : {"float32", "float16"}
        How vectors are stored; they are always returned as float32.

    Examples
    --------
    >>> cache = EmbeddingCache("my-model", root=tmp_path)  # doctest: +SKIP
    >>> cache.embed(["a text"], model.encode).shape  # doctest: +SKIP
    (1, 384)
    """

    def __init__(
        self,
        model_key: str,
        root: str | os.PathLike[str] | None = None,
        dtype: str = "float32",
    ) -> None:
        if dtype not in ("float32", "float16"):
            raise ValueError(f"dtype must be 'float32' or 'float16', got {dtype!r}")
        safe = re.sub(r"[^A-Za-z0-9._-]+", "_", model_key).strip("._") or "model"
        self.model_key = model_key
        self.folder = Path(root if root is not None else default_cache_dir()) / safe
        self.dtype = np.dtype(dtype)
        self._index: dict[bytes, np.ndarray] = {}
        self._seen: set[str] = set()
        self.hits = 0
        self.misses = 0

    # -- reading ---------------------------------------------------------------------------
    def _shards(self) -> list[Path]:
        try:
            return sorted(self.folder.glob("shard-*.npz"))
        except OSError:
            return []

    def _read_shard(self, path: Path) -> None:
        try:
            with np.load(path, allow_pickle=False) as data:
                keys = data["keys"]
                vectors = data["vectors"]
                stored = str(data["checksum"])
        except (FileNotFoundError, PermissionError):
            return  # merged away by another process meanwhile
        except Exception:
            self._drop(path, "unreadable")
            return
        if (
            keys.ndim != 2
            or keys.dtype != np.uint8
            or keys.shape[1:] != (16,)
            or vectors.ndim != 2
            or len(keys) != len(vectors)
            or _checksum(keys, vectors) != stored
        ):
            self._drop(path, "checksum mismatch")
            return
        for key, vec in zip(_unpack(keys), vectors, strict=True):
            self._index[key] = vec

    def _drop(self, path: Path, why: str) -> None:
        warnings.warn(
            f"dreamfit: ignoring corrupt embedding cache file {path} ({why}); "
            "its texts are embedded again",
            RuntimeWarning,
            stacklevel=4,
        )
        with contextlib.suppress(OSError):
            path.unlink()

    def _refresh(self) -> None:
        for path in self._shards():
            if path.name not in self._seen:
                self._seen.add(path.name)
                self._read_shard(path)

    def get(self, texts: Sequence[str]) -> tuple[np.ndarray | None, list[int]]:
        """Cached vectors for ``texts`` and the positions that are missing.

        Returns
        -------
        vectors : float32 array of shape (len(texts), d), or None when nothing is cached
            Rows of missing texts are zero.
        missing : list of int
        """
        self._refresh()
        keys = [text_key(t) for t in texts]
        found = [self._index.get(k) for k in keys]
        missing = [i for i, v in enumerate(found) if v is None]
        present = [v for v in found if v is not None]
        if not present:
            return None, missing
        dim = present[0].shape[0]
        out = np.zeros((len(texts), dim), dtype=np.float32)
        for i, v in enumerate(found):
            if v is not None and v.shape[0] == dim:
                out[i] = v
            elif v is not None:
                missing.append(i)  # a vector of another size under this key: recompute
        return out, sorted(set(missing))

    # -- writing ---------------------------------------------------------------------------
    def put(self, texts: Sequence[str], vectors: np.ndarray) -> None:
        """Store vectors for texts (one new shard, written atomically)."""
        if len(texts) == 0:
            return
        vectors = np.asarray(vectors)
        digests = [text_key(t) for t in texts]
        stored = vectors.astype(self.dtype)
        self._write(_pack(digests), stored)
        for key, vec in zip(digests, stored, strict=True):
            self._index[key] = vec
        if len(self._seen) >= _MERGE_AT:
            self._merge()

    def _write(self, keys: np.ndarray, vectors: np.ndarray) -> Path | None:
        name = f"shard-{uuid.uuid4().hex}.npz"
        tmp = self.folder / f".tmp-{name}"
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            with open(tmp, "wb") as fh:
                np.savez(fh, keys=keys, vectors=vectors, checksum=_checksum(keys, vectors))
                fh.flush()
                os.fsync(fh.fileno())
            final = self.folder / name
            os.replace(tmp, final)
        except OSError as exc:
            with contextlib.suppress(OSError):
                tmp.unlink()  # a half-written file from a full disk
            warn_unwritable(self.folder.parent, exc)
            return None
        self._seen.add(name)
        return final

    def _merge(self) -> None:
        shards = self._shards()
        if len(shards) < _MERGE_AT:
            return
        self._refresh()
        if not self._index:
            return
        keys = _pack(list(self._index))
        dims = {v.shape[0] for v in self._index.values()}
        if len(dims) != 1:
            return
        vectors = np.stack(list(self._index.values())).astype(self.dtype)
        if self._write(keys, vectors) is None:
            return
        for path in shards:
            with contextlib.suppress(OSError):
                path.unlink()

    def embed(self, texts: Sequence[str], encode: Callable[[list[str]], np.ndarray]) -> np.ndarray:
        """Vectors for ``texts``: cached ones read, the rest encoded (each distinct text once) and
        stored.

        Parameters
        ----------
        texts : sequence of str
        encode : callable
            ``encode(list_of_texts) -> array (n, d)``.

        Returns
        -------
        float32 array of shape (len(texts), d)
        """
        texts = list(texts)
        if not texts:
            empty = np.asarray(encode([]), dtype=np.float32)
            return empty if empty.ndim == 2 else np.zeros((0, 0), dtype=np.float32)
        bulk = self._bulk_path(texts) if len(texts) >= _BULK_MIN else None
        if bulk is not None:
            whole = self._read_bulk(bulk, len(texts))
            if whole is not None:
                self.hits += len(texts)
                return whole
        cached, missing = self.get(texts)
        self.hits += len(texts) - len(missing)
        if not missing:
            assert cached is not None
            if bulk is not None:
                self._write_bulk(bulk, cached)
            return cached
        todo = list(dict.fromkeys(texts[i] for i in missing))
        self.misses += len(todo)
        fresh = np.asarray(encode(todo), dtype=np.float32)
        self.put(todo, fresh)
        where = {t: j for j, t in enumerate(todo)}
        if cached is None or cached.shape[1] != fresh.shape[1]:
            cached = np.zeros((len(texts), fresh.shape[1]), dtype=np.float32)
        for i in missing:
            cached[i] = fresh[where[texts[i]]]
        if bulk is not None:
            self._write_bulk(bulk, cached)
        return cached

    # -- whole lists -----------------------------------------------------------------------
    def _bulk_path(self, texts: list[str]) -> Path:
        h = hashlib.blake2b(digest_size=16)
        h.update(str(len(texts)).encode())
        h.update("\x00".join(texts).encode("utf-8", "surrogatepass"))
        return self.folder / f"bulk-{h.hexdigest()}.npz"

    def _read_bulk(self, path: Path, n: int) -> np.ndarray | None:
        """The vectors of a whole text list stored at once (a refit of the same postings reads
        one file instead of looking up every passage)."""
        try:
            # The zip member's CRC-32 is checked as numpy reads it to the end: a damaged file
            # raises here (a second, slower hash over ~80 MB would add nothing).
            with np.load(path, allow_pickle=False) as data:
                vectors = data["vectors"]
        except (FileNotFoundError, NotADirectoryError, PermissionError):
            return None  # not there (or not readable): nothing to drop
        except Exception:
            self._drop(path, "unreadable or damaged")
            return None
        if vectors.ndim != 2 or len(vectors) != n:
            self._drop(path, "wrong shape")
            return None
        out: np.ndarray = vectors.astype(np.float32, copy=False)
        return out

    def _write_bulk(self, path: Path, vectors: np.ndarray) -> None:
        stored = np.ascontiguousarray(vectors, dtype=self.dtype)
        # the shards may still hold the vectors when this cannot be written
        save_arrays(path, {"vectors": stored}, self.folder.parent)
