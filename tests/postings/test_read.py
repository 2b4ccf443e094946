"""read_postings on every real source and on the samples: nothing lost, fields agree with structure."""

from __future__ import annotations

import json

import numpy as np
import pandas as pd
import pytest

from dreamfit import ParameterError, read_postings
from dreamfit.models import POSTING_COLUMNS, Posting
from tests.conftest import RAW, SAMPLES, require_shared

SOURCES = [
    ("glassdoor/glassdoor_jobs.csv", "glassdoor"),
    ("indeed/indeed_2025-04.csv", "indeed"),
    ("linkedin/postings_sample.csv", "linkedin"),
    ("arbeitnow/arbeitnow_2025-05.json", "arbeitnow"),
    ("arbeitnow/arbeitnow_2026-05.json", "arbeitnow"),
    ("hackernews/hn_whoishiring_2026.jsonl", "hackernews"),
]


def _input_rows(path: str) -> int:
    full = RAW / path
    if full.suffix == ".csv":
        return len(pd.read_csv(full))
    if full.suffix == ".jsonl":
        return sum(1 for line in full.read_text(encoding="utf-8").splitlines() if line.strip())
    data = json.loads(full.read_text(encoding="utf-8"))
    return len(data["data"] if isinstance(data, dict) else data)


@pytest.mark.parametrize(("path", "schema"), SOURCES)
def test_every_raw_source_reads_with_no_row_lost(path: str, schema: str) -> None:
    require_shared(RAW / path)
    table = read_postings(RAW / path)
    assert table.attrs["schema"] == schema
    rejects = table.attrs["rejects"]
    assert len(table) + len(rejects) == _input_rows(path)
    assert len(rejects) == 0, rejects.head().to_dict("records")
    assert table["id"].is_unique
    assert list(table.columns[: len(POSTING_COLUMNS)]) == list(POSTING_COLUMNS)
    assert table["description"].str.len().gt(0).mean() > 0.95
    assert not table["description"].str.contains(r"<(?:p|div|li|br)\b", regex=True).any()


def test_corpus_reads_whole_and_validates(corpus: pd.DataFrame) -> None:
    assert len(corpus) == 3922
    assert len(corpus.attrs["rejects"]) == 0
    assert corpus.attrs["schema"] == "jobspy"
    assert corpus["id"].is_unique
    records = corpus[list(POSTING_COLUMNS)].head(200).to_dict("records")
    for rec in records:
        clean = {k: (None if isinstance(v, float) and np.isnan(v) else v) for k, v in rec.items()}
        clean["date_posted"] = None if pd.isna(rec["date_posted"]) else rec["date_posted"]
        Posting.model_validate(clean)
    assert set(corpus["work_mode"]) <= {"remote", "hybrid", "onsite", "unknown"}
    assert corpus["raw_site"].tolist() == corpus["site"].tolist()


def test_corpus_structured_salaries_are_annualized(corpus: pd.DataFrame) -> None:
    raw = corpus[corpus["salary_source"] == "field"]
    factor = raw["raw_interval"].map(
        {"yearly": 1, "monthly": 12, "weekly": 52, "daily": 260, "hourly": 2080}
    )
    expected = pd.to_numeric(raw["raw_min_amount"]) * factor
    ok = np.isclose(raw["salary_min"], expected) | raw["salary_min"].isna()
    assert ok.all()


def test_indeed_work_setting_and_salary_fields(require_indeed: pd.DataFrame) -> None:
    table = require_indeed
    mapping = {"remote": "remote", "hybrid": "hybrid", "in-person": "onsite"}
    expected = table["raw_work_setting"].map(mapping)
    known = expected.notna()
    assert (table.loc[known, "work_mode"] == expected[known]).all()
    yearly = pd.to_numeric(table["raw_salary_min_yearly"], errors="coerce")
    has = yearly.notna() & (table["salary_source"] == "field")
    assert has.sum() > 1000
    # The scrape's own yearly figures use 2080 hours and 12 months, as dreamfit does.
    close = np.isclose(table.loc[has, "salary_min"], yearly[has], rtol=0.02)
    assert close.mean() > 0.97


@pytest.fixture(scope="module")
def require_indeed() -> pd.DataFrame:
    require_shared(RAW / "indeed" / "indeed_2025-04.csv")
    return read_postings(RAW / "indeed" / "indeed_2025-04.csv")


def test_linkedin_pay_period_and_levels() -> None:
    require_shared(RAW / "linkedin" / "postings_sample.csv")
    table = read_postings(RAW / "linkedin" / "postings_sample.csv")
    period = table["raw_pay_period"].str.upper()
    hourly = (period == "HOURLY") & (table["salary_source"] == "field")
    lo = pd.to_numeric(table.loc[hourly, "raw_min_salary"], errors="coerce")
    np.testing.assert_allclose(table.loc[hourly, "salary_min"][lo.notna()], lo.dropna() * 2080)
    levels = table["raw_formatted_experience_level"].notna()
    assert table.loc[levels, "seniority"].notna().all()
    types = table["raw_formatted_work_type"].notna() & (table["raw_formatted_work_type"] != "Other")
    assert table.loc[types, "employment_type"].notna().all()
    remote = table["raw_remote_allowed"].astype(str).isin(["1", "1.0"])
    assert (table.loc[remote, "work_mode"] == "remote").all()


def test_glassdoor_size_and_company_names() -> None:
    require_shared(RAW / "glassdoor" / "glassdoor_jobs.csv")
    table = read_postings(RAW / "glassdoor" / "glassdoor_jobs.csv")
    sized = ~table["raw_Size"].isin(["-1", "Unknown"]) & table["raw_Size"].notna()
    assert table.loc[sized, "company_size_min"].notna().all()
    row = table[table["raw_Size"] == "501 to 1000 employees"].iloc[0]
    assert (row["company_size_min"], row["company_size_max"]) == (501, 1000)
    assert not table["company"].str.contains("\n").any()
    est = table[table["raw_Salary Estimate"] == "$53K-$91K (Glassdoor est.)"].iloc[0]
    assert (est["salary_min"], est["salary_max"], est["salary_currency"]) == (53000, 91000, "USD")


def test_arbeitnow_html_is_stripped_and_german_kept() -> None:
    require_shared(RAW / "arbeitnow")
    table = read_postings(RAW / "arbeitnow" / "arbeitnow_2026-05.json")
    first = table.iloc[0]
    assert first["title"] == "HR Manager / HR Generalist (m/w/d)"
    assert "Factorial" in first["description"] and "<strong>" not in first["description"]
    assert table["date_posted"].notna().all()


def test_hackernews_header_is_split() -> None:
    require_shared(RAW / "hackernews")
    table = read_postings(RAW / "hackernews" / "hn_whoishiring_2026.jsonl")
    first = table.iloc[0]
    assert first["company"] == "Acme"
    assert first["title"] == "Founding Full-Stack Engineer"
    vertex = table[table["company"].str.startswith("Vertex", na=False)].iloc[0]
    assert vertex["salary_min"] == pytest.approx(104_900)
    assert vertex["salary_max"] == pytest.approx(136_400)


def test_samples_read_with_planted_messy_rows(samples: pd.DataFrame) -> None:
    n_input = len(pd.read_csv(SAMPLES / "postings.csv", escapechar="\\"))
    assert len(samples) + len(samples.attrs["rejects"]) == n_input
    by_id = samples.set_index("id")
    assert by_id.loc["go-dfd8425962e22be6", "title"] is None  # no title, kept: it has a description
    assert by_id.loc["li-4368033783", "description"] == ""  # title only, kept
    assert "C:\\Users" in by_id.loc["zr-26d9fa646962", "description"]
    # 5 USD a year is not a salary; the text's hourly pay is not used over the field either.
    assert np.isnan(by_id.loc["zr-1641708c7826", "salary_min"])
    assert np.isnan(by_id.loc["gd-1009570461342", "salary_min"])
    assert by_id.loc["li-4311831319", "work_mode"] == "onsite"  # "work from anywhere 4 weeks"
    assert by_id.loc["zr-4d45e0f53efc", "dup_group"] == by_id.loc["zr-1895fbdad5db", "dup_group"]
    assert by_id.loc["li-4337879861", "dup_group"] == by_id.loc["in-7088b482c23174d0", "dup_group"]
    assert "<" not in by_id.loc["gd-1009544070484", "description"]


def test_dataframe_input_explicit_columns_and_schema() -> None:
    frame = pd.DataFrame({"Position": ["Koch"], "Details": ["Vollzeit, 2.800 € brutto im Monat"]})
    table = read_postings(frame, columns={"title": "Position", "description": "Details"})
    assert table.loc[0, ["title", "salary_min", "employment_type"]].tolist() == [
        "Koch",
        33600.0,
        "full_time",
    ]
    assert table.attrs["source"] == "<DataFrame>"
    with pytest.raises(ParameterError, match="maps unknown field 'tittle'"):
        read_postings(frame, columns={"tittle": "Position"})
    with pytest.raises(ParameterError, match="which <DataFrame> does not have"):
        read_postings(frame, columns={"title": "Nope"})
    with pytest.raises(ParameterError, match="The 'schema' parameter of read_postings must be"):
        read_postings(frame, schema="monster")


def test_tables_with_rejects_still_merge_and_concat() -> None:
    table = read_postings(pd.DataFrame({"title": ["a", "b", None]}))
    assert len(table.attrs["rejects"]) == 1
    assert len(table.merge(table[["id"]], on="id")) == 2
    assert len(pd.concat([table, table.head(1)])) == 3
    assert table[table["title"] == "a"].attrs["rejects"]["row"].tolist() == [3]
    with pytest.raises(ValueError, match="ambiguous"):
        bool(table.attrs["rejects"])


def test_duplicate_ids_are_made_unique() -> None:
    frame = pd.DataFrame({"id": ["a", "a", None], "title": ["x", "y", "z"]})
    assert read_postings(frame)["id"].tolist() == ["a", "a~2", "2"]


def test_dataframe_with_odd_columns_and_list_cells() -> None:
    frame = pd.DataFrame([["Cook", ["night", "weekend"], "x"]], columns=["title", "skills", 1])
    frame[str(1)] = ["y"]
    table = read_postings(frame)
    assert table.loc[0, "skills"] == "night, weekend"
    assert "raw_1" in table.columns and "raw_1.1" in table.columns


def test_ids_dates_and_periods_from_a_dataframe() -> None:
    frame = pd.DataFrame(
        {
            "id": [10, None, 30, 40],
            "title": ["a", "b", "c", "d"],
            "date": [20240115, 1714000000, "2024", "15.01.2024"],
            "salary_min": [90000, 25, None, 3000],
        }
    )
    table = read_postings(frame)
    assert table["id"].tolist() == ["10", "1", "30", "40"]
    dates = table["date_posted"].dt.strftime("%Y-%m-%d").tolist()
    assert dates[0] == "2024-01-15" and dates[1] == "2024-04-24" and dates[3] == "2024-01-15"
    assert pd.isna(table["date_posted"].iloc[2])
    assert table["salary_min"].tolist()[:2] == [90000.0, 52000.0]
    assert table["salary_period"].tolist()[:2] == ["year", "hour"]
    assert np.isnan(table["salary_min"].iloc[3])  # 3,000 with no period and no cue: unknown


def test_german_column_names() -> None:
    frame = pd.DataFrame({"Jobtitel": ["Koch"], "Aufgaben": ["Frühschicht"], "Ort": ["Köln"]})
    table = read_postings(frame)
    assert table.loc[0, ["title", "description", "location"]].tolist() == [
        "Koch",
        "Frühschicht",
        "Köln",
    ]


def test_an_independent_contractor_in_the_text_joins_the_fields_employment_type() -> None:
    """A job board's "Full-time" above "1099 Independent Contractor" is a contract too."""
    frame = pd.DataFrame(
        {
            "title": ["Delivery Driver CDL A", "Delivery Driver", "Courier"],
            "job_type": ["Full-time", "Full-time", None],
            "description": [
                "Benefits: Competitive pay structure (1099 Independent Contractor).",
                "A W-2 job with benefits; no 1099 contractors.",
                "Join our team as a 1099 independent contractor courier.",
            ],
        }
    )
    table = read_postings(frame, columns={"employment_text": "job_type"})
    assert table["employment_type"].tolist() == ["full_time|contract", "full_time", "contract"]


def test_a_thesis_is_no_student_job_and_glued_labels_come_apart() -> None:
    """A job board files "Bachelorarbeit im Bereich KI" under "Working student": a thesis is
    no student job. A scrape's "School CreditLocation:" is two lines."""
    frame = pd.DataFrame(
        {
            "title": ["Bachelorarbeit im Bereich KI (m/w/d)", "Werkstudent KI (m/w/d)"],
            "job_type": ["Working student", "Working student"],
            "description": ["Compensation: Internship/ School CreditLocation: Costa Mesa"] * 2,
        }
    )
    table = read_postings(frame, columns={"employment_text": "job_type"})
    assert table["employment_type"].tolist() == [None, "working_student"]
    assert "School Credit\nLocation: Costa Mesa" in table.loc[0, "description"]


def test_a_student_job_in_the_title_joins_the_fields_employment_type() -> None:
    """A job board's "part-time" under "Content Writer Intern" is still an internship."""
    frame = pd.DataFrame(
        {
            "title": ["Content Writer Intern", "Content Writer", "Werkstudent Marketing"],
            "job_type": ["parttime", "parttime", None],
            "description": ["Write posts."] * 3,
        }
    )
    table = read_postings(frame, columns={"employment_text": "job_type"})
    assert table["employment_type"].tolist() == [
        "part_time|internship",
        "part_time",
        "working_student",
    ]


def test_a_headcount_in_the_text_fills_an_empty_size_field() -> None:
    """ "Parallon has over 17,000 colleagues" sizes a company that has no size field."""
    frame = pd.DataFrame(
        {
            "title": ["Operations Analyst", "Analyst", "Designer"],
            "company_num_employees": [None, "51 to 200 employees", None],
            "description": [
                "Parallon has over 17,000 colleagues and serves close to 1,000 hospitals.",
                "We are a team of about 20,000 people.",
                "Over 50 million people use our app.",
            ],
        }
    )
    table = read_postings(frame)
    assert table["company_size_min"].tolist()[:2] == [17000, 51]
    assert np.isnan(table["company_size_max"].iloc[0])
    assert table["company_size_source"].tolist()[:2] == ["text", "field"]
    assert table["company_size_source"].isna().iloc[2] and np.isnan(
        table["company_size_min"].iloc[2]
    )
