"""Bytes on disk to a raw table of strings, plus the records that could not be parsed.

Handles the container formats (CSV with any common delimiter, JSON list, JSON object with a list under
``data``, JSON Lines), text encodings (UTF-8, UTF-8/16/32 with BOM, UTF-16 without BOM, cp1252,
latin-1, and files that mix UTF-8 with cp1252 line by line) and JobSpy's CSV dialect
(``QUOTE_NONNUMERIC`` with ``escapechar="\\"``). Nothing here knows about job postings.
"""

from __future__ import annotations

import codecs
import csv
import io
import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd

from dreamfit.errors import InputError, invalid_json_message

__all__ = ["RawTable", "decode_bytes", "flatten_cell", "load_table", "unique_columns"]

_DELIMITERS = (",", ";", "\t", "|")
_MAX_FIELD = 2**31 - 1


@dataclass
class RawTable:
    """A table of cells as read, with the rows that could not be read.

    Attributes
    ----------
    frame : pandas.DataFrame
        One row per readable record, columns as in the input (names made unique).
    rows : list of int
        The 1-based data row number of each record of ``frame``, in order.
    rejects : list of (row, reason)
        Records that could not be read at all.
    fmt : str
        ``csv``, ``json``, ``jsonl`` or ``dataframe``.
    """

    frame: pd.DataFrame
    rows: list[int]
    rejects: list[tuple[int, str]] = field(default_factory=list)
    fmt: str = "csv"


def decode_bytes(data: bytes, name: str) -> str:
    """Decode file bytes to text, detecting the encoding.

    Order: a byte-order mark (UTF-8, UTF-16, UTF-32); UTF-16 without BOM (NUL bytes in every other
    position); strict UTF-8; UTF-8 line by line with cp1252 (then latin-1) for the lines that are
    not UTF-8. A file with NUL bytes that is not UTF-16/32 is refused as binary.

    Raises
    ------
    InputError
        ``"<name>: looks like a binary file, not text"`` or ``"<name>: cannot decode ..."``.
    """
    for bom, enc in (
        (codecs.BOM_UTF32_LE, "utf-32"),
        (codecs.BOM_UTF32_BE, "utf-32"),
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if data.startswith(bom):
            try:
                return data.decode(enc)
            except UnicodeDecodeError as exc:
                raise InputError(f"{name}: cannot decode as {enc} ({exc.reason})") from None
    head = data[:4096]
    if b"\x00" in head:
        even, odd = head[0::2], head[1::2]
        if odd.count(0) > 0.3 * len(odd) and even.count(0) < 0.05 * len(even):
            enc = "utf-16-le"
        elif even.count(0) > 0.3 * len(even) and odd.count(0) < 0.05 * len(odd):
            enc = "utf-16-be"
        else:
            raise InputError(f"{name}: looks like a binary file, not text")
        try:
            return data.decode(enc)
        except UnicodeDecodeError as exc:
            raise InputError(f"{name}: cannot decode as {enc} ({exc.reason})") from None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    if data.count(b"\x00") > 0:
        raise InputError(f"{name}: looks like a binary file, not text")
    lines = data.split(b"\n")
    out = []
    for line in lines:
        try:
            out.append(line.decode("utf-8"))
        except UnicodeDecodeError:
            try:
                out.append(line.decode("cp1252"))
            except UnicodeDecodeError:
                out.append(line.decode("latin-1"))
    return "\n".join(out)


def _looks_binary(text: str) -> bool:
    sample = text[:4096]
    if not sample:
        return False
    controls = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\t\n\r\f\v")
    return controls > 0.1 * len(sample)


def load_table(path: Path) -> RawTable:
    """Read a CSV, JSON or JSON Lines file into a :class:`RawTable` of strings.

    Raises
    ------
    InputError
        The file is missing, a folder, empty, binary, undecodable, or not a table.
    """
    name = str(path)
    if not path.exists():
        raise InputError(f"{name}: no such file")
    if path.is_dir():
        raise InputError(f"{name}: is a folder, not a file")
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(f"{name}: cannot read ({exc.strerror or exc})") from None
    if not data.strip():
        raise InputError(f"{name}: file is empty")
    suffix = path.suffix.lower()
    fast = _parse_utf8_csv_bytes(data, name, suffix)
    if fast is not None:
        return fast
    text = decode_bytes(data, name)
    if "\x00" in text:
        text = text.replace("\x00", "")
    if _looks_binary(text):
        raise InputError(f"{name}: looks like a binary file, not text")
    return parse_text(text, name, suffix=suffix)


_BOMS = (codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)


def _parse_utf8_csv_bytes(data: bytes, name: str, suffix: str) -> RawTable | None:
    """The common case without decoding the whole file: a clean UTF-8 CSV goes to pandas as bytes.

    Keeping one copy of the file (bytes) instead of three (bytes, str, re-encoded bytes) matters for
    large scrapes: a str with one emoji in it takes four bytes per character. Returns ``None`` to
    send anything unusual (other encodings, JSON, a malformed record) down the careful path.
    """
    head = data[:2_000_000]
    if data.startswith(_BOMS) or b"\x00" in head[:4096] or suffix in {".json", ".jsonl", ".ndjson"}:
        return None
    head_text = head.decode("utf-8", errors="replace")
    stripped = head_text.lstrip(" \t\r\n")
    if not stripped or stripped[0] in "[{" or _looks_binary(head_text):
        return None
    delim = _sniff_delimiter(head_text, suffix)
    escapechar = "\\" if _uses_backslash_escapes(head_text, head_text.split("\n", 1)[0]) else None
    try:
        return _csv_fast(io.BytesIO(data), name, delim, escapechar)
    except UnicodeDecodeError:
        return None  # not UTF-8 throughout: the careful path decodes line by line
    except _Malformed:
        text = decode_bytes(data, name).lstrip("\ufeff")
        return _parse_csv_slow(text, name, delim, escapechar)


class _Malformed(Exception):
    """The C parser could not read every record as it is; read record by record instead."""


def _csv_fast(buffer: io.BytesIO, name: str, delim: str, escapechar: str | None) -> RawTable:
    """pandas' C reader; raises :class:`_Malformed` where a record needs the careful path."""
    try:
        frame = _read_c(buffer, delim, escapechar)
    except pd.errors.EmptyDataError:
        raise InputError(f"{name}: file is empty") from None
    except UnicodeDecodeError:
        raise
    except (pd.errors.ParserError, ValueError, csv.Error):
        raise _Malformed from None
    if len(frame) == 0:
        raise InputError(f"{name}: header only, no data rows")
    if _has_phantom_columns(frame):
        # The C parser quietly shifts rows that have too many fields; re-read row by row instead.
        raise _Malformed
    frame.columns = unique_columns([str(c) for c in frame.columns])
    return RawTable(frame, list(range(1, len(frame) + 1)), [], "csv")


def _read_c(buffer: io.BytesIO, delim: str, escapechar: str | None) -> pd.DataFrame:
    return pd.read_csv(
        buffer,
        encoding="utf-8",
        encoding_errors="strict",
        sep=delim,
        dtype=str,
        keep_default_na=False,
        na_values=[""],
        escapechar=escapechar,
        engine="c",
        skip_blank_lines=True,
    )


def parse_text(text: str, name: str, *, suffix: str = "") -> RawTable:
    """Parse decoded text as JSON, JSON Lines or CSV (by suffix, then by content)."""
    stripped = text.lstrip("\ufeff \t\r\n")
    if not stripped:
        raise InputError(f"{name}: file is empty")
    first = stripped[0]
    if suffix in {".jsonl", ".ndjson"} or (first == "{" and _is_json_lines(stripped)):
        return _parse_jsonl(stripped, name)
    if suffix == ".json" or first in "[{":
        return _parse_json(stripped, name)
    return _parse_csv(text.lstrip("\ufeff"), name, suffix)


def _is_json_lines(text: str) -> bool:
    """Two or more lines, the first of them a whole JSON object."""
    first_line, _, rest = text.partition("\n")
    if not rest.strip():
        return False
    try:
        return isinstance(json.loads(first_line.strip()), dict)
    except ValueError:
        return False


def _records_frame(records: list[Any], name: str, fmt: str, offset: int = 0) -> RawTable:
    rows: list[dict[str, Any]] = []
    numbers: list[int] = []
    rejects: list[tuple[int, str]] = []
    for i, rec in enumerate(records, start=1):
        if isinstance(rec, dict):
            rows.append({str(k): flatten_cell(v) for k, v in rec.items()})
            numbers.append(i + offset)
        else:
            rejects.append((i + offset, f"not an object but {type(rec).__name__}"))
    if not rows:
        raise InputError(f"{name}: no records: the {fmt} holds no objects")
    return RawTable(pd.DataFrame.from_records(rows), numbers, rejects, fmt)


def flatten_cell(value: Any) -> Any:
    """A JSON-ish cell as a scalar: lists joined by ", ", objects as sorted JSON."""
    if isinstance(value, (list, tuple)):
        return ", ".join(str(flatten_cell(v)) for v in value if v is not None)
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False, sort_keys=True)
    return value


def _parse_json(text: str, name: str) -> RawTable:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError(invalid_json_message(name, exc)) from None
    if isinstance(data, dict):
        for key in ("data", "jobs", "results", "postings", "items"):
            if isinstance(data.get(key), list):
                data = data[key]
                break
        else:
            raise InputError(
                f"{name}: JSON object has no list of postings (expected a list, or a list under 'data')"
            )
    if not isinstance(data, list):
        raise InputError(f"{name}: JSON is a {type(data).__name__}, not a list of postings")
    if not data:
        raise InputError(f"{name}: no records: the JSON list is empty")
    return _records_frame(data, name, "json")


def _parse_jsonl(text: str, name: str) -> RawTable:
    records: list[Any] = []
    numbers: list[int] = []
    rejects: list[tuple[int, str]] = []
    row = 0
    for line in text.splitlines():
        if not line.strip():
            continue
        row += 1
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as exc:
            rejects.append((row, f"invalid JSON at column {exc.colno}: {exc.msg}"))
            continue
        if isinstance(rec, dict):
            records.append(rec)
            numbers.append(row)
        else:
            rejects.append((row, f"not an object but {type(rec).__name__}"))
    if not records:
        raise InputError(f"{name}: no records: no line holds a JSON object")
    frame = pd.DataFrame.from_records(
        [{str(k): flatten_cell(v) for k, v in r.items()} for r in records]
    )
    return RawTable(frame, numbers, rejects, "jsonl")


def _sniff_delimiter(text: str, suffix: str) -> str:
    if suffix == ".tsv":
        return "\t"
    header = text.split("\n", 1)[0]
    counts = {d: _count_outside_quotes(header, d) for d in _DELIMITERS}
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] > 0 else ","


def _count_outside_quotes(line: str, delim: str) -> int:
    count, quoted = 0, False
    for ch in line:
        if ch == '"':
            quoted = not quoted
        elif ch == delim and not quoted:
            count += 1
    return count


_BACKSLASH_QUOTE = re.compile(r'(?<!\\)\\"')
_INNER_DOUBLED_QUOTE = re.compile(r'(?<=[^,;\t|\n])""(?=[^,;\t|\n])')


def _uses_backslash_escapes(text: str, header_line: str) -> bool:
    """Whether the CSV escapes with a backslash.

    JobSpy files (``QUOTE_NONNUMERIC`` with ``escapechar="\\"``) are recognised by their header.
    Other files count as backslash-escaped only when they hold ``\\"`` and never double a quote
    inside a field: a plain CSV may have a stray backslash before a quote (a Windows path).
    """
    if _is_jobspy(header_line):
        return True
    sample = text[:2_000_000]
    return bool(_BACKSLASH_QUOTE.search(sample)) and not _INNER_DOUBLED_QUOTE.search(sample)


def _parse_csv(text: str, name: str, suffix: str) -> RawTable:
    delim = _sniff_delimiter(text, suffix)
    header_line = text.split("\n", 1)[0]
    escapechar = "\\" if _uses_backslash_escapes(text, header_line) else None
    try:
        return _csv_fast(io.BytesIO(text.encode("utf-8")), name, delim, escapechar)
    except _Malformed:
        return _parse_csv_slow(text, name, delim, escapechar)


def _has_phantom_columns(frame: pd.DataFrame) -> bool:
    return bool(
        isinstance(frame.index, pd.MultiIndex) or not isinstance(frame.index, pd.RangeIndex)
    )


def _parse_csv_slow(text: str, name: str, delim: str, escapechar: str | None) -> RawTable:
    """Read record by record so that a bad record is rejected with its row, never fatal or lost.

    A record the csv module cannot read (an unterminated quote swallowing the rest of the file, a
    stray quote) is rejected, and reading restarts on the line after the one it began on, so the
    records behind it are still read. Row numbers count records exactly as pandas' reader does:
    blank lines are skipped, a record of empty fields is a row.
    """
    csv.field_size_limit(_MAX_FIELD)
    lines = text.splitlines(keepends=True)
    options: dict[str, Any] = {
        "delimiter": delim,
        "escapechar": escapechar,
        "doublequote": True,
        "strict": True,
    }
    try:
        header = next(csv.reader(lines[:1], **options), None)
    except csv.Error as exc:
        raise InputError(f"{name}: cannot read the header ({exc})") from None
    if not header:
        raise InputError(f"{name}: file is empty")
    width = len(header)
    rows: list[list[str | None]] = []
    numbers: list[int] = []
    rejects: list[tuple[int, str]] = []
    row = 0
    pos = 1
    while pos < len(lines):
        reader = csv.reader(lines[pos:], **options)
        start = pos
        try:
            for record in reader:
                start = pos + reader.line_num  # where the next record begins
                if not record:
                    continue
                row += 1
                if len(record) > width:
                    if all(not cell.strip() for cell in record[width:]):
                        record = record[:width]
                    else:
                        rejects.append((row, f"has {len(record)} fields, the header has {width}"))
                        continue
                cells: list[str | None] = [cell if cell != "" else None for cell in record]
                cells.extend([None] * (width - len(cells)))
                rows.append(cells)
                numbers.append(row)
            pos = len(lines)
        except csv.Error as exc:
            row += 1
            reason = str(exc)
            if "unexpected end of data" in reason or "EOF" in reason:
                reason = "unterminated quoted field"
            rejects.append((row, f"unreadable record ({reason})"))
            pos = start + 1
    if row == 0:
        raise InputError(f"{name}: header only, no data rows")
    frame = pd.DataFrame(rows, columns=unique_columns(header), dtype=object)
    return RawTable(frame, numbers, rejects, "csv")


def unique_columns(header: list[str]) -> list[str]:
    """Column names made unique the way pandas does (``a``, ``a.1``); blanks become ``Unnamed: i``."""
    seen: dict[str, int] = {}
    out = []
    for i, col in enumerate(header):
        col = col.strip() or f"Unnamed: {i}"
        if col in seen:
            seen[col] += 1
            col = f"{col}.{seen[col]}"
        else:
            seen[col] = 0
        out.append(col)
    return out


_JOBSPY_HEAD = ("id", "site", "job_url", "job_url_direct", "title", "company")


def _is_jobspy(header_line: str) -> bool:
    names = [c.strip().strip('"') for c in header_line.split(",")]
    return tuple(names[:6]) == _JOBSPY_HEAD
