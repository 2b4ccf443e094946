"""HTML and Markdown to plain text; sentence spans."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from dreamfit.postings.text import clean_text, split_sentences, strip_html, strip_markdown


def test_html_keeps_words_and_structure() -> None:
    html = (
        "<div><h2>Benefits</h2><ul><li>Dog-friendly office</li><li>30 Tage Urlaub</li></ul>"
        "<p>Salary &euro;60.000&nbsp;&ndash; &euro;70.000</p><script>alert(1)</script></div>"
    )
    text = strip_html(html)
    assert "Dog-friendly office" in text
    assert "- 30 Tage Urlaub" in text
    assert "Salary €60.000 – €70.000" in text
    assert "alert" not in text and "<" not in text


def test_markdown_is_removed_text_kept() -> None:
    md = "## What we offer\n* **Unlimited PTO**\n* [Apply here](https://jobs.example/1)\n`Python`"
    assert strip_markdown(md) == (
        "What we offer\n- Unlimited PTO\n- Apply here (https://jobs.example/1)\nPython"
    )


def test_clean_text_handles_missing_and_odd_values() -> None:
    assert clean_text(None) == ""
    assert clean_text(float("nan")) == ""
    assert clean_text(42) == "42"
    assert clean_text("a\r\nb\x00c") == "a\nbc"


def test_plain_text_passes_through_unchanged() -> None:
    text = "We are hiring a nurse.\n\nDay shifts only."
    assert clean_text(text) == text


@given(st.text())
def test_clean_text_never_raises_and_is_idempotent_on_tags(text: str) -> None:
    out = clean_text(text)
    assert isinstance(out, str)
    assert "\x00" not in out


@given(st.text())
def test_sentence_spans_point_into_the_text(text: str) -> None:
    spans = split_sentences(text)
    last = 0
    for start, end in spans:
        assert last <= start < end <= len(text)
        assert text[start:end].strip() == text[start:end]
        last = end


def test_a_period_after_an_abbreviation_does_not_end_the_sentence() -> None:
    text = "Nachtdienst bzw. Night Audit nie. Z. B. Hamburg, e.g. Python. Dr. Who. Plan B. Ende."
    assert [text[a:b] for a, b in split_sentences(text)] == [
        "Nachtdienst bzw. Night Audit nie.",
        "Z. B. Hamburg, e.g. Python.",
        "Dr. Who.",
        "Plan B.",
        "Ende.",
    ]
