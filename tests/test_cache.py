"""The on-disk embedding cache: hits, atomic shards, two writers, corruption."""

from __future__ import annotations

import multiprocessing as mp
from pathlib import Path

import numpy as np
import pytest

from dreamfit.cache import EmbeddingCache, default_cache_dir, text_key


class Counting:
    """A deterministic fake encoder that counts what it is asked to embed."""

    def __init__(self) -> None:
        self.calls: list[str] = []

    def __call__(self, texts: list[str]) -> np.ndarray:
        self.calls.extend(texts)
        out = np.array([[len(t), sum(map(ord, t)) % 97, 1.0] for t in texts], dtype=np.float32)
        return out


def test_second_lookup_embeds_nothing(tmp_path: Path) -> None:
    enc = Counting()
    cache = EmbeddingCache("fake", root=tmp_path)
    first = cache.embed(["a", "bb", "a"], enc)
    assert enc.calls == ["a", "bb"]  # each distinct text once
    again = EmbeddingCache("fake", root=tmp_path).embed(["bb", "a", "ccc"], enc)
    assert enc.calls == ["a", "bb", "ccc"]
    np.testing.assert_array_equal(again[0], first[1])
    np.testing.assert_array_equal(again[1], first[0])


def test_models_do_not_share_vectors(tmp_path: Path) -> None:
    enc = Counting()
    EmbeddingCache("one", root=tmp_path).embed(["x"], enc)
    EmbeddingCache("two", root=tmp_path).embed(["x"], enc)
    assert enc.calls == ["x", "x"]


def test_corrupt_shard_is_detected_and_recomputed(tmp_path: Path) -> None:
    enc = Counting()
    EmbeddingCache("fake", root=tmp_path).embed(["alpha", "beta"], enc)
    (shard,) = (tmp_path / "fake").glob("shard-*.npz")
    data = bytearray(shard.read_bytes())
    data[len(data) // 2] ^= 0xFF
    shard.write_bytes(bytes(data))
    with pytest.warns(RuntimeWarning, match="corrupt embedding cache"):
        out = EmbeddingCache("fake", root=tmp_path).embed(["alpha", "beta"], enc)
    assert enc.calls == ["alpha", "beta", "alpha", "beta"]
    np.testing.assert_array_equal(out, Counting()(["alpha", "beta"]))


def test_truncated_shard_is_detected(tmp_path: Path) -> None:
    enc = Counting()
    EmbeddingCache("fake", root=tmp_path).embed(["alpha"], enc)
    (shard,) = (tmp_path / "fake").glob("shard-*.npz")
    shard.write_bytes(shard.read_bytes()[:40])
    with pytest.warns(RuntimeWarning):
        EmbeddingCache("fake", root=tmp_path).embed(["alpha"], enc)
    assert enc.calls == ["alpha", "alpha"]


def _writer(root: str, start: int) -> None:
    cache = EmbeddingCache("fake", root=root)
    for k in range(start, start + 30):
        cache.embed([f"text {k}", "shared"], Counting())


def test_two_processes_fill_one_cache(tmp_path: Path) -> None:
    ctx = mp.get_context("spawn")
    procs = [ctx.Process(target=_writer, args=(str(tmp_path), s)) for s in (0, 15)]
    for p in procs:
        p.start()
    for p in procs:
        p.join(120)
        assert p.exitcode == 0
    enc = Counting()
    texts = [f"text {k}" for k in range(45)] + ["shared"]
    out = EmbeddingCache("fake", root=tmp_path).embed(texts, enc)
    assert enc.calls == []
    np.testing.assert_array_equal(out, Counting()(texts))
    assert not list((tmp_path / "fake").glob(".tmp-*"))


def test_many_writes_are_merged(tmp_path: Path) -> None:
    cache = EmbeddingCache("fake", root=tmp_path)
    for k in range(60):
        cache.embed([f"t{k}"], Counting())
    assert len(list((tmp_path / "fake").glob("shard-*.npz"))) < 30
    enc = Counting()
    EmbeddingCache("fake", root=tmp_path).embed([f"t{k}" for k in range(60)], enc)
    assert enc.calls == []


def test_float16_store_and_unwritable_root(tmp_path: Path) -> None:
    cache = EmbeddingCache("fake", root=tmp_path, dtype="float16")
    out = cache.embed(["abc"], Counting())
    assert out.dtype == np.float32
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    with pytest.warns(RuntimeWarning, match="could not write"):
        got = EmbeddingCache("fake", root=blocker).embed(["abc"], Counting())
    np.testing.assert_array_equal(got, out)


def test_default_dir_and_keys(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("DREAMFIT_CACHE_DIR", str(tmp_path))
    assert default_cache_dir() == tmp_path
    monkeypatch.delenv("DREAMFIT_CACHE_DIR")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert default_cache_dir() == tmp_path / "xdg" / "dreamfit"
    assert len(text_key("\ud800 lone surrogate")) == 16
    with pytest.raises(ValueError, match="dtype"):
        EmbeddingCache("x", root=tmp_path, dtype="int8")


def test_a_damaged_whole_list_file_is_recomputed(tmp_path: Path) -> None:
    texts = [f"passage {k}" for k in range(1200)]
    enc = Counting()
    first = EmbeddingCache("fake", root=tmp_path).embed(texts, enc)
    (bulk,) = (tmp_path / "fake").glob("bulk-*.npz")
    data = bytearray(bulk.read_bytes())
    data[len(data) // 2] ^= 0x01
    bulk.write_bytes(bytes(data))
    with pytest.warns(RuntimeWarning, match="corrupt embedding cache"):
        again = EmbeddingCache("fake", root=tmp_path).embed(texts, enc)
    np.testing.assert_array_equal(again, first)
    assert len(enc.calls) == 1200  # the per-text shards still had every vector


def _rank_samples(cache: Path, embedder: object) -> list[dict[str, object]]:
    from dreamfit import Matcher

    samples = Path(__file__).parents[1] / "data" / "samples"
    m = Matcher(embedder=embedder, cache=cache).fit(samples / "postings.csv")  # type: ignore[arg-type]
    return m.rank(["I loved the data engineer role", "Remote, no crypto"], top=0).to_records()


def test_an_unwritable_cache_folder_is_reported_once_and_changes_nothing(
    tmp_path: Path, embedder: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    import warnings

    from dreamfit import cache as cache_module

    monkeypatch.setattr(cache_module, "_WARNED", set())
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder", encoding="utf-8")
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        broken = _rank_samples(blocker / "cache", embedder)
    said = [w for w in caught if "dreamfit" in str(w.message)]
    assert len(said) == 1 and "said once" in str(said[0].message), [str(w.message) for w in said]
    assert broken == _rank_samples(tmp_path / "good", embedder)


def test_a_full_disk_leaves_no_partial_files(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import errno
    import warnings

    from dreamfit import cache as cache_module

    monkeypatch.setattr(cache_module, "_WARNED", set())

    def full(*_: object, **__: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(cache_module.np, "savez", full)
    store = EmbeddingCache("m", root=tmp_path)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        out = store.embed(["a", "b"], lambda texts: np.ones((len(texts), 3), dtype=np.float32))
        store.embed(["c"], lambda texts: np.ones((len(texts), 3), dtype=np.float32))
    assert out.shape == (2, 3)
    assert [p.name for p in (tmp_path / "m").iterdir()] == []
    assert sum("No space left" in str(w.message) for w in caught) == 1


def test_two_processes_ranking_the_same_file_at_once(tmp_path: Path) -> None:
    import os
    import subprocess
    import sys

    samples = Path(__file__).parents[1] / "data" / "samples"
    command = [
        sys.executable, "-m", "dreamfit", "rank", str(samples / "postings.csv"),
        "--answers", str(samples / "answers_en.txt"), "--top", "0", "--format", "json",
    ]  # fmt: skip
    env = {**os.environ, "DREAMFIT_CACHE_DIR": str(tmp_path / "shared-cache")}
    running = [
        subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
        for _ in range(2)
    ]
    outputs = [p.communicate(timeout=600) for p in running]
    assert [p.returncode for p in running] == [0, 0], [e.decode()[-2000:] for _, e in outputs]
    assert outputs[0][0] == outputs[1][0]
    assert not any(b"corrupt" in err for _, err in outputs)
    again = subprocess.run(command, capture_output=True, env=env, timeout=600)
    assert again.stdout == outputs[0][0]


class _Planted:
    """Unpickling this runs code: what a planted cache file would do."""

    def __init__(self, marker: str) -> None:
        self.marker = marker

    def __reduce__(self) -> tuple[object, tuple[str, ...]]:
        import pathlib

        return (pathlib.Path.touch, (pathlib.Path(self.marker),))


def test_a_planted_prepared_table_is_never_unpickled(tmp_path: Path) -> None:
    import pickle

    from dreamfit import Matcher
    from dreamfit.matcher import _prepared_path

    samples = Path(__file__).parents[1] / "data" / "samples" / "postings.csv"
    root = tmp_path / "cache"
    m = Matcher(cache=root)
    first = m.read(samples)
    target = _prepared_path(samples, root)
    assert target is not None and target.exists()
    # A signed table is read back as written.
    again = Matcher(cache=root).read(samples)
    assert again.equals(first)
    # Replace it with a pickle that would run code, signed with a wrong key and unsigned.
    marker = tmp_path / "pwned"
    evil = pickle.dumps(_Planted(str(marker)))
    for blob in (b"\0" * 32 + evil, evil):
        target.write_bytes(blob)
        table = Matcher(cache=root).read(samples)
        assert not marker.exists()
        assert table.equals(first)
    assert (root / ".key").stat().st_mode & 0o777 == 0o600
