"""The command line: every exit path, the JSON contract, one-line errors."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from dreamfit.cli import main
from tests.conftest import CORPUS, SAMPLES, require_shared

ANSWERS = SAMPLES / "answers_en.txt"
POSTINGS = SAMPLES / "postings.csv"


def run(*argv: str) -> tuple[int, str]:
    out = io.StringIO()
    code = main(list(argv), stdout=out)
    return code, out.getvalue()


def test_version_and_help_do_not_import_the_heavy_stack() -> None:
    code = (
        "import sys; from dreamfit.cli import main\n"
        "try:\n    main(['--version'])\nexcept SystemExit:\n    pass\n"
        "heavy = [m for m in ('torch', 'sentence_transformers', 'pandas') if m in sys.modules]\n"
        "print(heavy)"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip().endswith("[]")
    assert done.stdout.startswith("dreamfit 0.")
    helped = subprocess.run(
        [sys.executable, "-m", "dreamfit", "--help"], capture_output=True, text=True
    )
    assert helped.returncode == 0
    assert "rank" in helped.stdout and "profile" in helped.stdout


def test_no_command_prints_help_and_exits_2() -> None:
    code, out = run()
    assert code == 2
    assert "usage: dreamfit" in out


@pytest.mark.parametrize(
    "argv",
    [
        ["rank", str(POSTINGS)],
        ["rank", str(POSTINGS), "--answers", "a", "--profile", "b"],
        ["rank", str(POSTINGS), "--answers", str(ANSWERS), "--top", "-3"],
        ["rank", str(POSTINGS), "--answers", str(ANSWERS), "--top", "many"],
        ["rank", str(POSTINGS), "--answers", str(ANSWERS), "--format", "xml"],
        ["frobnicate"],
    ],
)
def test_bad_usage_is_one_line_and_exit_2(
    argv: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    code, _ = run(*argv)
    err = capsys.readouterr().err
    assert code == 2
    assert err.count("\n") == 1 and err.startswith("dreamfit")


def test_unusable_inputs_exit_2_naming_the_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    empty = tmp_path / "empty.csv"
    empty.write_text("")
    no_text = tmp_path / "no_text.csv"
    no_text.write_text("title,description\n,\n,\n")
    cases = [
        (
            ["rank", str(tmp_path / "missing.csv"), "--answers", str(ANSWERS)],
            "missing.csv: no such file",
        ),
        (["rank", str(empty), "--answers", str(ANSWERS)], "empty.csv: file is empty"),
        (["rank", str(POSTINGS), "--answers", str(tmp_path / "no.txt")], "no.txt: no such file"),
        (["profile", str(empty)], "empty.csv: answers file is empty"),
        (
            ["rank", str(no_text), "--answers", str(ANSWERS)],
            "no_text.csv: no usable rows (2 rejected, e.g. row 1: no text",
        ),
        (["rank", str(POSTINGS), "--profile", str(empty)], "empty.csv: not valid JSON"),
    ]
    for argv, message in cases:
        code, out = run(*argv)
        err = capsys.readouterr().err
        assert code == 2, argv
        assert out == ""
        assert err == f"dreamfit: error: {err.split('dreamfit: error: ', 1)[1]}"
        assert message in err and err.count("\n") == 1, err


def test_profile_then_rank_with_the_edited_profile(tmp_path: Path, embedder: object) -> None:
    out_file = tmp_path / "profile.json"
    code, _ = run("profile", str(ANSWERS), "-o", str(out_file))
    assert code == 0
    data = json.loads(out_file.read_text())
    assert data["criteria"], "the sample answers yield criteria"
    for crit in data["criteria"]:
        assert {"facet", "polarity", "importance", "weight", "label", "text", "value"} <= set(crit)
    data["criteria"][0]["weight"] = 0.9
    out_file.write_text(json.dumps(data))
    code, out = run(
        "rank", str(POSTINGS), "--profile", str(out_file), "--top", "3", "--format", "json"
    )
    assert code == 0
    assert len(json.loads(out)) == 3


def test_rank_json_contract_and_rejects(tmp_path: Path, embedder: object) -> None:
    rejects = tmp_path / "rejects.csv"
    code, out = run(
        "rank", str(POSTINGS), "--answers", str(ANSWERS), "--top", "0", "--format", "json",
        "--rejects", str(rejects),
    )  # fmt: skip
    assert code == 0
    results = json.loads(out)
    rejected = rejects.read_text().splitlines()
    assert rejected[0] == "row,reason,id,title"
    import pandas as pd

    n_input = len(pd.read_csv(POSTINGS, escapechar="\\"))
    assert len(results) + len(rejected) - 1 == n_input
    assert [r["rank"] for r in results] == list(range(1, len(results) + 1))
    scores = [r["score"] for r in results]
    assert scores == sorted(scores, reverse=True)
    for r in results:
        assert {"rank", "id", "score", "title", "company", "criteria"} <= set(r)
        assert 0.0 <= r["score"] <= 1.0
        for c in r["criteria"]:
            assert {"label", "match", "evidence", "contribution", "status"} <= set(c)
            assert 0.0 <= c["match"] <= 1.0
            assert c["evidence"] is None or isinstance(c["evidence"], str)
        parts = r["dealbreakers"] + sum(c["contribution"] for c in r["criteria"])
        assert abs(parts - r["score"]) < 1e-4  # the total is reproducible from the parts


def test_rank_table_and_csv_outputs(tmp_path: Path, embedder: object) -> None:
    code, out = run("rank", str(POSTINGS), "--answers", str(ANSWERS), "--top", "2", "--explain")
    assert code == 0
    assert out.splitlines()[0].startswith("  1. ")
    assert "2 of " in out.splitlines()[-1]
    assert "dealbreakers (" in out  # the explanation starts with the dealbreaker half
    assert " +0." in out and " match " in out  # each criterion's contribution and match
    target = tmp_path / "out.csv"
    code, out = run(
        "rank", str(POSTINGS), "--answers", str(ANSWERS), "--top", "2", "--format", "csv",
        "-o", str(target),
    )  # fmt: skip
    assert code == 0 and out == ""
    assert target.read_text().splitlines()[0].startswith("rank,id,score,title,company")


def test_rank_shared_corpus_prints_contract_json(embedder: object) -> None:
    require_shared(CORPUS)
    code, out = run(
        "rank", str(CORPUS), "--answers", str(ANSWERS), "--top", "10", "--format", "json"
    )
    assert code == 0
    results = json.loads(out)
    assert len(results) == 10
    assert all(r["id"] for r in results)


def test_the_no_fit_note_goes_to_stderr_for_json(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    answers = tmp_path / "farrier.txt"
    answers.write_text("I loved working as a farrier, shoeing horses.\n", encoding="utf-8")
    code, out = run("rank", str(POSTINGS), "--answers", str(answers), "--format", "json")
    assert code == 0
    assert isinstance(json.loads(out), list)  # the JSON itself is unchanged
    assert "dreamfit: note: No posting names the role you described (farrier)" in (
        capsys.readouterr().err
    )
