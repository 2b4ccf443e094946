"""Posting text to plain text: HTML tags and Markdown markup removed, the words kept.

The functions are cheap when there is nothing to do: a description without ``<`` or ``&`` skips the
HTML pass, one without Markdown cues skips the Markdown pass.
"""

from __future__ import annotations

import html
import re

__all__ = ["clean_text", "split_sentences", "strip_html", "strip_markdown"]

_DROP_BLOCKS = re.compile(r"<(script|style|head|noscript|template)\b[^>]*>.*?</\1\s*>", re.I | re.S)
_COMMENT = re.compile(r"<!--.*?-->", re.S)
_LIST_ITEM = re.compile(r"<li\b[^>]*>", re.I)
_BREAK = re.compile(
    r"</?(?:p|div|br|hr|h[1-6]|ul|ol|tr|table|section|article|header|footer|blockquote|pre)\b[^>]*>",
    re.I,
)
_TAG = re.compile(r"</?[a-zA-Z][a-zA-Z0-9:-]*(?:\s[^<>]*)?/?>")
_HTML_CUE = re.compile(r"<[a-zA-Z/!]")
_ENTITY = re.compile(r"&(?:#\d+|#x[0-9a-fA-F]+|[a-zA-Z]+\d*);")

_MD_CUE = re.compile(r"^[ \t]*(?:#{1,6} |[*+] )", re.M)
_MD_LINK = re.compile(r"!?\[([^\]\n]*)\]\(([^)\s]*)\)")
_MD_HEADING = re.compile(r"^#{1,6}[ \t]+", re.M)
_MD_EMPHASIS = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1", re.S)
_MD_STAR_BULLET = re.compile(r"^([ \t]*)[*+][ \t]+", re.M)
_MD_CODE = re.compile(r"`{1,3}([^`]*)`{1,3}")
_MD_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!])")

_BOUNDARY = re.compile(r"[.!?;]+(?=\s|$)|\n|•")
_ABBREVIATION_END = re.compile(
    r"\b(?:bzw|ca|evtl|ggf|inkl|vs|z|z\.\s?B|d|d\.\s?h|e\.g|i\.e|dr|mr|mrs|ms|nr|incl|approx)\Z",
    re.I,
)
"""A period after one of these does not end a sentence ("bzw.", "z. B.", "e.g.", "Dr.")."""


def strip_html(text: str) -> str:
    """Remove HTML tags, keep their text, and turn block elements into line breaks.

    Scripts and styles are dropped with their content; entities are unescaped once.

    Examples
    --------
    >>> strip_html("<p>Hello <b>world</b></p><ul><li>one</li><li>two</li></ul>")
    'Hello world\\n\\n- one\\n- two'
    """
    if "<" in text and _HTML_CUE.search(text):
        text = _COMMENT.sub(" ", text)
        text = _DROP_BLOCKS.sub(" ", text)
        text = _LIST_ITEM.sub("\n- ", text)
        text = _BREAK.sub("\n", text)
        text = _TAG.sub("", text)
    if "&" in text and _ENTITY.search(text):
        text = html.unescape(text)
    return _tidy(text)


def strip_markdown(text: str) -> str:
    """Remove Markdown markup (emphasis, headings, links, code ticks), keep the words.

    Links keep their text and, where it differs, the address in parentheses.

    Examples
    --------
    >>> strip_markdown("## Benefits\\n* **Unlimited** PTO, see [our page](https://x.example)")
    'Benefits\\n- Unlimited PTO, see our page (https://x.example)'
    """
    if not _has_markdown(text):
        return text
    # Each pass runs only when its literal cue is present: a regex pass is the costly part.
    if "](" in text:
        text = _MD_LINK.sub(_link_text, text)
    if "#" in text:
        text = _MD_HEADING.sub("", text)
    if "**" in text or "__" in text:
        text = _MD_EMPHASIS.sub(r"\2", text)
    if "* " in text or "+ " in text:
        text = _MD_STAR_BULLET.sub(r"\1- ", text)
    if "`" in text:
        text = _MD_CODE.sub(r"\1", text)
    if "\\" in text:
        text = _MD_ESCAPE.sub(r"\1", text)
    return text


def _has_markdown(text: str) -> bool:
    if "**" in text or "__" in text or "](" in text or "`" in text:
        return True
    return ("# " in text or "* " in text or "+ " in text) and bool(_MD_CUE.search(text))


def _link_text(match: re.Match[str]) -> str:
    label, url = match.group(1).strip(), match.group(2).strip()
    if not url or url == label:
        return label or url
    return f"{label} ({url})" if label else url


def _tidy(text: str) -> str:
    # str.split() collapses every run of Unicode whitespace in C; far faster than a regex here.
    lines = [" ".join(line.split()) for line in text.split("\n")]
    out: list[str] = []
    for line in lines:
        if line or (out and out[-1]):
            out.append(line)
    return "\n".join(out).strip()


_GLUED_LABEL = re.compile(
    r"([a-z)])((?:Location|Hours?|Pay|Salary|Schedule|Benefits|Compensation|Responsibilities|"
    r"Requirements|Qualifications|Duties|Job Type|Work Location|Reports to|Education|"
    r"Experience)\s?:)"
)
"""A field label glued to the text before it, as some scrapes join lines ("Internship/ School
CreditLocation: Costa Mesa"): it starts a line of its own."""


def clean_text(value: object) -> str:
    """Any cell value to plain text: missing values to ``""``, HTML and Markdown stripped, a
    field label glued to the word before it ("CreditLocation:") put on a line of its own.

    Examples
    --------
    >>> clean_text(None)
    ''
    >>> clean_text("<b>Senior</b> **nurse**")
    'Senior nurse'
    >>> clean_text("Compensation: School CreditLocation: Costa Mesa").splitlines()
    ['Compensation: School Credit', 'Location: Costa Mesa']
    """
    if value is None or not isinstance(value, str):
        if value is None or (isinstance(value, float) and value != value):
            return ""
        value = str(value)
    if "\r" in value:
        value = value.replace("\r\n", "\n").replace("\r", "\n")
    if "\x00" in value:
        value = value.replace("\x00", "")
    if ("<" in value and _HTML_CUE.search(value)) or ("&" in value and _ENTITY.search(value)):
        return strip_markdown(strip_html(value))
    if _has_markdown(value):
        return _tidy(strip_markdown(value))
    if ":" in value:
        value = _GLUED_LABEL.sub(r"\1\n\2", value)
    # Plain text is kept as written (spacing included); only the ends are trimmed.
    return value.strip()


def split_sentences(text: str, *, min_chars: int = 3) -> list[tuple[int, int]]:
    """Split plain text into sentence-like spans (line breaks, bullets and ``.!?;`` end one).

    Returns
    -------
    list of (start, end)
        Character offsets into ``text``, leading and trailing spaces excluded, in order.

    Examples
    --------
    >>> t = "We pay well. Dogs welcome!\\n- Unlimited PTO"
    >>> [t[a:b] for a, b in split_sentences(t)]
    ['We pay well.', 'Dogs welcome!', '- Unlimited PTO']
    """
    spans: list[tuple[int, int]] = []

    def add(start: int, end: int) -> None:
        while start < end and (text[start].isspace() or text[start] == "•"):
            start += 1
        while end > start and (text[end - 1].isspace() or text[end - 1] == "•"):
            end -= 1
        if end - start >= min_chars:
            spans.append((start, end))

    start = 0
    for match in _BOUNDARY.finditer(text):
        at = match.start()
        if text[at] == "." and _ABBREVIATION_END.search(text, max(0, at - 8), at):
            continue
        keep_mark = text[at] in ".!?;"
        add(start, match.end() if keep_mark else match.start())
        start = match.end()
    add(start, len(text))
    return spans
