"""Reading a seeker's answers from a file: paragraphs of UTF-8 text, or a JSON list of strings."""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

from dreamfit.errors import InputError, invalid_json_message

__all__ = ["MAX_ANSWERS_BYTES", "read_answers", "split_answers"]

MAX_ANSWERS_BYTES = 1_000_000
"""Answers files larger than this are refused: answers are a few paragraphs, not a corpus."""

_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n+")


def split_answers(text: str) -> list[str]:
    """Split text into answers at blank lines; lines inside a paragraph are joined by spaces.

    Examples
    --------
    >>> split_answers("I loved the team.\\nReally.\\n\\nRemote please.\\n")
    ['I loved the team. Really.', 'Remote please.']
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff")
    paragraphs = (" ".join(p.split()) for p in _PARAGRAPH_BREAK.split(text))
    return [p for p in paragraphs if p]


def read_answers(path: str | os.PathLike[str]) -> list[str]:
    """Read answers from a UTF-8 text file (one per paragraph) or a JSON list of strings.

    Raises
    ------
    InputError
        Missing, empty, too large, binary or non-UTF-8 file, or JSON that is not a list of strings.
    """
    p = Path(path)
    name = str(path)
    if not p.exists():
        raise InputError(f"{name}: no such file")
    if p.is_dir():
        raise InputError(f"{name}: is a folder, not a file")
    size = p.stat().st_size
    if size > MAX_ANSWERS_BYTES:
        raise InputError(
            f"{name}: answers file is {size:,} bytes; at most {MAX_ANSWERS_BYTES:,} are accepted"
        )
    data = p.read_bytes()
    if b"\x00" in data:
        raise InputError(f"{name}: looks like a binary file, not text")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(f"{name}: not UTF-8 text (byte {exc.start}: {exc.reason})") from None
    stripped = text.strip()
    if not stripped:
        raise InputError(f"{name}: answers file is empty")
    if stripped.startswith("["):
        try:
            items = json.loads(stripped)
        except json.JSONDecodeError as exc:
            raise InputError(invalid_json_message(name, exc)) from None
        if not isinstance(items, list) or not all(isinstance(i, str) for i in items):
            raise InputError(f"{name}: a JSON answers file must be a list of strings")
        answers = [" ".join(i.split()) for i in items if i.strip()]
    else:
        answers = split_answers(text)
    if not answers:
        raise InputError(f"{name}: answers file holds no text")
    return answers
