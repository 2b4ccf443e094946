"""Reading answers files."""

from __future__ import annotations

from pathlib import Path

import pytest

from dreamfit import InputError, read_answers


def test_paragraphs_and_json(tmp_path: Path) -> None:
    text = tmp_path / "a.txt"
    text.write_text("I loved the team.\nReally loved it.\n\n\nRemote, please.\n", encoding="utf-8")
    assert read_answers(text) == ["I loved the team. Really loved it.", "Remote, please."]
    js = tmp_path / "a.json"
    js.write_text('["Erstens", "  ", "Zweitens\\nmehr"]', encoding="utf-8")
    assert read_answers(js) == ["Erstens", "Zweitens mehr"]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "answers file is empty"),
        (b"  \n \n", "answers file is empty"),
        (b"\x00\x01\x02", "looks like a binary file"),
        (b"caf\xe9", "not UTF-8 text"),
        (b'["a", 1]', "must be a list of strings"),
        (b"[oops", "not valid JSON"),
    ],
)
def test_bad_answers_files(tmp_path: Path, content: bytes, message: str) -> None:
    path = tmp_path / "answers.txt"
    path.write_bytes(content)
    with pytest.raises(InputError, match=message):
        read_answers(path)


def test_huge_answers_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    path.write_bytes(b"x" * 1_000_001)
    with pytest.raises(InputError, match="at most 1,000,000 are accepted"):
        read_answers(path)
