"""Container formats, encodings, delimiters and unusable files."""

from __future__ import annotations

import codecs
import json
from pathlib import Path

import pytest

from dreamfit import InputError, read_postings
from dreamfit.postings.load import decode_bytes

ROWS = "title,company,description\nKoch (m/w/d),Café Müller,Frühschicht – 14 € pro Stunde\nNurse,St. Mary,Night shifts €\n"


def _write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


@pytest.mark.parametrize(
    ("encoding", "prefix"),
    [
        ("utf-8", b""),
        ("utf-8", codecs.BOM_UTF8),
        ("utf-16-le", codecs.BOM_UTF16_LE),
        ("utf-16-be", codecs.BOM_UTF16_BE),
        ("cp1252", b""),
    ],
)
def test_encodings_are_detected(tmp_path: Path, encoding: str, prefix: bytes) -> None:
    path = _write(tmp_path, "jobs.csv", prefix + ROWS.encode(encoding))
    table = read_postings(path)
    assert table["company"].tolist() == ["Café Müller", "St. Mary"]
    assert table["description"].iloc[1] == "Night shifts €"


def test_latin1_and_mixed_lines(tmp_path: Path) -> None:
    latin = "title,description\nBäcker,Früh\n".encode("latin-1")
    assert read_postings(_write(tmp_path, "a.csv", latin))["title"].tolist() == ["Bäcker"]
    mixed = b"title,description\n" + "Bäcker,Früh\n".encode() + "Köchin,5 €\n".encode("cp1252")
    table = read_postings(_write(tmp_path, "b.csv", mixed))
    assert table["title"].tolist() == ["Bäcker", "Köchin"]
    assert table["description"].tolist() == ["Früh", "5 €"]


def test_utf16_without_bom() -> None:
    assert decode_bytes("title\nKoch\n".encode("utf-16-le"), "x") == "title\nKoch\n"


@pytest.mark.parametrize("delim", [";", "\t", "|"])
def test_delimiters_are_detected(tmp_path: Path, delim: str) -> None:
    text = f"titel{delim}firma{delim}beschreibung\nKoch{delim}Café{delim}Teilzeit, 20 Std.\n"
    table = read_postings(_write(tmp_path, "jobs.csv", text.encode()))
    assert table.loc[0, ["title", "company", "description"]].tolist() == [
        "Koch",
        "Café",
        "Teilzeit, 20 Std.",
    ]


def test_json_list_object_and_lines(tmp_path: Path) -> None:
    records = [{"title": "Driver", "description": "CDL A", "tags": ["night", "local"]}]
    as_list = read_postings(_write(tmp_path, "a.json", json.dumps(records).encode()))
    assert as_list["title"].tolist() == ["Driver"]
    assert as_list["raw_tags"].tolist() == ["night, local"]
    as_obj = read_postings(_write(tmp_path, "b.json", json.dumps({"data": records}).encode()))
    assert as_obj["title"].tolist() == ["Driver"]
    lines = json.dumps(records[0]) + "\n{broken\n" + json.dumps({"title": "Cook"}) + "\n[1]\n"
    table = read_postings(_write(tmp_path, "c.jsonl", lines.encode()))
    assert table["title"].tolist() == ["Driver", "Cook"]
    assert table["row"].tolist() == [1, 3]
    rejects = table.attrs["rejects"]
    assert rejects["row"].tolist() == [2, 4]
    assert rejects["reason"].iloc[0].startswith("invalid JSON")
    assert rejects["reason"].iloc[1] == "not an object but list"


def test_ragged_rows_are_rejected_not_lost(tmp_path: Path) -> None:
    text = "title,company,description\nA,B,C\nD,E,F,G,H\nI,J\nK,L,M\n"
    table = read_postings(_write(tmp_path, "r.csv", text.encode()))
    assert table["title"].tolist() == ["A", "I", "K"]
    assert table["row"].tolist() == [1, 3, 4]
    assert table.attrs["rejects"][["row", "reason"]].to_dict("records") == [
        {"row": 2, "reason": "has 5 fields, the header has 3"}
    ]


def test_jobspy_escaped_quotes(tmp_path: Path) -> None:
    text = (
        '"id","site","title","company","description"\n'
        '"in-1","indeed","Dev","Acme","He said \\"hi\\", then left. C:\\\\temp"\n'
    )
    table = read_postings(_write(tmp_path, "j.csv", text.encode()))
    assert table["description"].iloc[0] == 'He said "hi", then left. C:\\temp'


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "file is empty"),
        (b"   \n\n", "file is empty"),
        (b"title,description\n", "header only, no data rows"),
        (b"\x00\x01\x02\x03binary\x00\xff\xfe\x00\x00\x00", "looks like a binary file, not text"),
        (b'"just a string"', "not a list of postings"),
        (b"[]", "no records: the JSON list is empty"),
        (b'{"meta": 1}', "JSON object has no list of postings"),
        (b"[1, 2]", "no records: the json holds no objects"),
        (b"foo,bar\n1,2\n", "no text column"),
        (b"[{", "not valid JSON"),
    ],
)
def test_unusable_files_raise_one_line(tmp_path: Path, content: bytes, message: str) -> None:
    path = _write(tmp_path, "bad.json" if content[:1] in b'[{"' else "bad.csv", content)
    with pytest.raises(InputError, match=message) as info:
        read_postings(path)
    assert str(info.value).startswith(str(path) + ": ")
    assert "\n" not in str(info.value)


def test_missing_file_and_folder(tmp_path: Path) -> None:
    with pytest.raises(InputError, match=r"nope\.csv: no such file"):
        read_postings(tmp_path / "nope.csv")
    with pytest.raises(InputError, match="is a folder, not a file"):
        read_postings(tmp_path)


def test_unterminated_quote_rejects_one_record_and_keeps_the_rest(tmp_path: Path) -> None:
    text = 'title,description\nA,"desc a\nB,desc b\nC,desc c\n'
    table = read_postings(_write(tmp_path, "q.csv", text.encode()))
    assert table["title"].tolist() == ["B", "C"]
    assert table["row"].tolist() == [2, 3]
    rejects = table.attrs["rejects"]
    assert rejects[["row", "reason"]].to_dict("records") == [
        {"row": 1, "reason": "unreadable record (unterminated quoted field)"}
    ]


def test_row_numbers_do_not_depend_on_the_parser(tmp_path: Path) -> None:
    clean = "title,description\nA,a\n,\nB,b\n"
    ragged = "title,description\nA,a\n,\nB,b\nX,y,z\n"
    for text in (clean, ragged):
        table = read_postings(_write(tmp_path, "r.csv", text.encode()))
        assert table["row"].tolist()[:2] == [1, 3]
        assert table.attrs["rejects"]["row"].tolist()[0] == 2


def test_a_column_named_like_an_internal_one(tmp_path: Path) -> None:
    table = read_postings(_write(tmp_path, "c.csv", b"__row__,title\n7,Cook\n"))
    assert table.loc[0, ["row", "title", "raw___row__"]].tolist() == [1, "Cook", "7"]
