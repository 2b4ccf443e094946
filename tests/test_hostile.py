"""Hostile inputs (tests/data/hostile/, outcomes in MANIFEST.json): each gives either one clear
line naming the file, or a table whose rows plus rejects are every input record."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import dreamfit
from dreamfit import DreamfitError

HOSTILE = Path(__file__).parent / "data" / "hostile"
MANIFEST: dict[str, dict[str, object]] = json.loads(
    (HOSTILE / "MANIFEST.json").read_text(encoding="utf-8")
)


def test_every_file_has_a_documented_outcome() -> None:
    files = {p.name for p in HOSTILE.iterdir() if p.name != "MANIFEST.json"}
    assert files == set(MANIFEST)


def _load(name: str) -> object:
    kind = MANIFEST[name]["kind"]
    path = HOSTILE / name
    if kind == "answers":
        return dreamfit.read_answers(path)
    if kind == "profile":
        return dreamfit.load_profile(path)
    return dreamfit.read_postings(path)


@pytest.mark.parametrize("name", sorted(n for n, v in MANIFEST.items() if "error" in v))
def test_unusable_input_fails_with_one_line_naming_the_file(name: str) -> None:
    with pytest.raises(DreamfitError) as info:
        _load(name)
    message = str(info.value)
    assert "\n" not in message
    assert name in message
    assert str(MANIFEST[name]["error"]) in message


@pytest.mark.parametrize("name", sorted(n for n, v in MANIFEST.items() if "records" in v))
def test_partly_bad_input_loses_nothing(name: str) -> None:
    expected = MANIFEST[name]
    table = dreamfit.read_postings(HOSTILE / name)
    rejects = table.attrs["rejects"]
    assert len(table) == expected["rows"]
    assert len(table) + len(rejects) == expected["records"]
    assert all(isinstance(r, str) and r for r in rejects["reason"])
    if "contains" in expected:
        text = " ".join(table[["title", "company", "location", "description"]].astype(str).sum())
        assert str(expected["contains"]) in text


@pytest.mark.parametrize(
    "name", sorted(n for n, v in MANIFEST.items() if "error" in v and v["kind"] == "postings")
)
def test_the_command_line_exits_2_with_one_line(name: str, tmp_path: Path) -> None:
    answers = tmp_path / "answers.txt"
    answers.write_text("I loved nursing.", encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-m", "dreamfit", "rank", str(HOSTILE / name), "--answers", str(answers)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 2
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and name in lines[0]


def test_hostile_tables_rank_and_render_safely(embedder: object) -> None:
    from html.parser import HTMLParser

    class Tags(HTMLParser):
        def __init__(self) -> None:
            super().__init__()
            self.tags: set[str] = set()

        def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
            self.tags.add(tag)

    for name in sorted(n for n, v in MANIFEST.items() if "records" in v):
        matcher = dreamfit.Matcher(embedder=embedder).fit(HOSTILE / name)  # type: ignore[arg-type]
        results = matcher.rank(["I loved nursing, day shifts.", "Kein Schichtdienst."], top=0)
        assert all(0.0 <= r["score"] <= 1.0 for r in results), name
        parser = Tags()
        parser.feed(results._repr_html_())
        assert not {"script", "img", "b"} & parser.tags, name


def test_output_is_byte_identical_across_runs_and_hash_seeds(tmp_path: Path) -> None:
    """The same inputs give the same JSON, whatever PYTHONHASHSEED, and whether vectors come
    from the model (first run, empty cache) or from the cache (second run)."""
    import os

    samples = Path(__file__).parents[1] / "data" / "samples"
    outputs = []
    for seed in ("0", "12345"):
        env = {**os.environ, "PYTHONHASHSEED": seed, "DREAMFIT_CACHE_DIR": str(tmp_path / "c")}
        ranked = subprocess.run(
            [sys.executable, "-m", "dreamfit", "rank", str(samples / "postings.csv"),
             "--answers", str(samples / "answers_de.txt"), "--top", "0", "--format", "json"],
            capture_output=True, timeout=600, env=env,
        )  # fmt: skip
        profile = subprocess.run(
            [sys.executable, "-m", "dreamfit", "profile", str(samples / "answers_en.txt")],
            capture_output=True, timeout=600, env=env,
        )  # fmt: skip
        assert ranked.returncode == 0, ranked.stderr
        assert profile.returncode == 0, profile.stderr
        outputs.append((ranked.stdout, profile.stdout))
    assert outputs[0][0] == outputs[1][0]
    assert outputs[0][1] == outputs[1][1]
    assert json.loads(outputs[0][0])[0]["rank"] == 1


_json = st.recursive(
    st.none() | st.booleans() | st.floats(allow_nan=True) | st.integers() | st.text(max_size=20),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=10), inner, max_size=4)
    ),
    max_leaves=12,
)
_criterion = st.fixed_dictionaries(
    {},
    optional={
        "facet": st.sampled_from(["skill", "role", "vibes", "", 5]),
        "polarity": st.sampled_from(["want", "avoid", "maybe", None]),
        "importance": st.sampled_from(["must", "high", "low", "urgent", 3]),
        "label": st.text(max_size=20) | st.none(),
        "weight": st.floats(allow_nan=True, allow_infinity=True) | st.text(max_size=5),
        "value": _json,
        "answer": st.integers(-2, 5) | st.none(),
    },
)


@settings(max_examples=150, deadline=None)
@given(
    st.fixed_dictionaries({}, optional={"criteria": st.lists(_criterion, max_size=4) | _json})
    | _json
)
def test_profile_loader_only_raises_profile_errors(data: object) -> None:
    from dreamfit import ProfileError

    try:
        profile = dreamfit.load_profile(data if isinstance(data, dict) else {"criteria": data})
    except ProfileError as error:
        assert "\n" not in str(error)
    else:
        assert all(c.weight >= 0 for c in profile.criteria)


@settings(max_examples=150, deadline=None)
@given(st.binary(max_size=400), st.sampled_from([".csv", ".tsv", ".json", ".txt"]))
def test_readers_only_raise_input_errors(data: bytes, suffix: str) -> None:
    import tempfile

    from dreamfit import InputError

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"input{suffix}"
        path.write_bytes(data)
        try:
            table = dreamfit.read_postings(path)
        except InputError as error:
            assert "\n" not in str(error) and path.name in str(error)
        else:
            assert len(table) + len(table.attrs["rejects"]) >= 1
        try:
            answers = dreamfit.read_answers(path)
        except InputError as error:
            assert "\n" not in str(error)
        else:
            assert all(isinstance(a, str) for a in answers)


def test_user_paths_are_taken_literally(tmp_path: Path) -> None:
    """A file name with shell and glob characters is read as that one file: no shell, no glob,
    no ~ or $VAR expansion."""
    odd = tmp_path / "jobs $(touch pwned) * ~ ?.csv"
    odd.write_text("title,description\nNurse,Day shifts\n", encoding="utf-8")
    (tmp_path / "jobs other.csv").write_text("title\nDecoy\n", encoding="utf-8")
    answers = tmp_path / "answers $HOME.txt"
    answers.write_text("I loved nursing.", encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-m", "dreamfit", "rank", str(odd), "--answers", str(answers),
         "--format", "json"],
        capture_output=True, text=True, timeout=600, cwd=tmp_path,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert [r["title"] for r in json.loads(done.stdout)] == ["Nurse"]
    assert not (tmp_path / "pwned").exists()


def test_no_eval_exec_or_unsigned_pickle_in_the_library() -> None:
    """Readers never execute content: the source has no eval/exec/shell, every numpy load
    refuses pickles, and the one pickle (the signed prepared-table cache) is read in one place."""
    import re

    source = Path(__file__).parents[1] / "src" / "dreamfit"
    hits: list[str] = []
    for path in source.rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        for pattern in (r"\beval\(", r"\bexec\(", r"shell=True", r"os\.system", r"yaml\.load"):
            hits += [f"{path.name}: {pattern}" for _ in re.finditer(pattern, text)]
        hits += [f"{path.name}: np.load" for m in re.finditer(r"np\.load\(([^)]*)\)", text)
                 if "allow_pickle=False" not in m.group(1)]  # fmt: skip
        if "pickle.load" in text and path.name != "matcher.py":
            hits.append(f"{path.name}: pickle.load")
    assert hits == []


def test_security_md_names_only_tests_that_exist() -> None:
    import re

    repo = Path(__file__).parents[1]
    text = (repo / "SECURITY.md").read_text(encoding="utf-8")
    names = set(re.findall(r"`(?:[\w/]+\.py)?(?:::)?(test_\w+)`", text))
    names |= set(re.findall(r"::(test_\w+)", text))
    assert len(names) >= 15
    defined = {
        m for path in (repo / "tests").rglob("test_*.py")
        for m in re.findall(r"^def (test_\w+)", path.read_text(encoding="utf-8"), re.M)
    }  # fmt: skip
    assert names <= defined, names - defined


def test_generated_giants_are_read_or_refused_cleanly(tmp_path: Path) -> None:
    """Inputs too big to keep in the repository, generated here: a 24 MB single field,
    5,000 columns, and an answers file over the size limit."""
    from dreamfit import InputError
    from dreamfit.answers import MAX_ANSWERS_BYTES

    huge = tmp_path / "single_field.csv"
    body = "Python and SQL for rural clinics. " * 700_000  # about 24 MB
    huge.write_text(f"title,description\nData Engineer,{body}\n", encoding="utf-8")
    table = dreamfit.read_postings(huge)
    assert len(table) == 1 and len(table.attrs["rejects"]) == 0
    assert len(table["description"].iloc[0]) > 1_000_000

    wide = tmp_path / "wide.csv"
    header = ["title", "description", *[f"extra_{i}" for i in range(5_000)]]
    wide.write_text(
        ",".join(header) + "\n" + ",".join(["Nurse", "Day shifts", *["x"] * 5_000]) + "\n",
        encoding="utf-8",
    )
    table = dreamfit.read_postings(wide)
    assert list(table["title"]) == ["Nurse"]

    big_answers = tmp_path / "answers.txt"
    big_answers.write_bytes(b"I loved it. " * (MAX_ANSWERS_BYTES // 12 + 10))
    with pytest.raises(InputError, match="answers file is"):
        dreamfit.read_answers(big_answers)


@pytest.mark.parametrize(
    ("values", "dates"),
    [
        # "326-11-30" parses to a timestamp nanoseconds cannot hold
        (["326-11-30", "2026-11-30", "9999-01-01"], [None, "2026-11-30", None]),
        # Unix seconds past 2100 (17700000000 is the year 2530) parse at a coarser resolution
        (
            ["17700000000", "1500000000", "99999999999999999", "1500000000000"],
            [None, "2017-07-14", None, "2017-07-14"],
        ),
    ],
)
def test_fuzzer_findings_implausible_dates_are_unknown(
    tmp_path: Path, values: list[str], dates: list[str | None]
) -> None:
    """atheris found dates that made read_postings raise. Date strings and Unix times are held to
    plausible years (1900-2100); anything else is an unknown date, and every row stays."""
    path = tmp_path / "dates.csv"
    rows = "".join(f"{n},Job {n},Text,{v}\n" for n, v in enumerate(values, 1))
    path.write_text("id,title,description,date_posted\n" + rows, encoding="utf-8")
    table = dreamfit.read_postings(path)
    assert len(table) == len(values) and len(table.attrs["rejects"]) == 0
    for got, want in zip(table["date_posted"].tolist(), dates, strict=True):
        assert (got != got) if want is None else str(got).startswith(want)  # NaT != NaT


def test_answers_with_lone_surrogates_rank(embedder: object) -> None:
    """A str with lone surrogates (text decoded with ``surrogateescape``) used to make the
    tokenizers raise TypeError in extraction; it now ranks like any answer."""
    samples = Path(__file__).resolve().parents[1] / "data" / "samples" / "postings.csv"
    matcher = dreamfit.Matcher(embedder=embedder).fit(samples)  # type: ignore[arg-type]
    results = matcher.rank(["Data analyst in Bad \ud800Homburg, SQL and \udcff dashboards."], top=3)
    assert len(results) == 3
