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
_SPACES = re.compile(r"[ \t\u00a0\u2007\u202f]+")
_BLANK_LINES = re.compile(r"\n\s*\n\s*\n+")

_MD_CUE = re.compile(r"\*\*|__|^#{1,6} |\]\(|^\s*[*+] |`", re.M)
_MD_LINK = re.compile(r"!?\[([^\]\n]*)\]\(([^)\s]*)\)")
_MD_HEADING = re.compile(r"^#{1,6}[ \t]+", re.M)
_MD_EMPHASIS = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1", re.S)
_MD_STAR_BULLET = re.compile(r"^([ \t]*)[*+][ \t]+", re.M)
_MD_CODE = re.compile(r"`{1,3}([^`]*)`{1,3}")
_MD_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!])")

_SENTENCE = re.compile(r"[^\n.!?;•]*(?:[.!?;]+(?=\s|$)|\n|•|$)")


def strip_html(text: str) -> str:
    """Remove HTML tags, keep their text, and turn block elements into line breaks.

    Scripts and styles are dropped with their content; entities are unescaped once.

    Examples
    --------
    >>> strip_html("<p>Hello <b>world</b></p><ul><li>one</li><li>two</li></ul>")
    'Hello world\\n\\n- one\\n- two'
    """
    if "<" in text:
        text = _COMMENT.sub(" ", text)
        text = _DROP_BLOCKS.sub(" ", text)
        text = _LIST_ITEM.sub("\n- ", text)
        text = _BREAK.sub("\n", text)
        text = _TAG.sub("", text)
    if "&" in text:
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
    if not _MD_CUE.search(text):
        return text
    text = _MD_LINK.sub(_link_text, text)
    text = _MD_HEADING.sub("", text)
    text = _MD_EMPHASIS.sub(r"\2", text)
    text = _MD_STAR_BULLET.sub(r"\1- ", text)
    text = _MD_CODE.sub(r"\1", text)
    text = _MD_ESCAPE.sub(r"\1", text)
    return text


def _link_text(match: re.Match[str]) -> str:
    label, url = match.group(1).strip(), match.group(2).strip()
    if not url or url == label:
        return label or url
    return f"{label} ({url})" if label else url


def _tidy(text: str) -> str:
    text = _SPACES.sub(" ", text)
    text = "\n".join(line.strip() for line in text.split("\n"))
    text = _BLANK_LINES.sub("\n\n", text)
    return text.strip()


def clean_text(value: object) -> str:
    """Any cell value to plain text: missing values to ``""``, HTML and Markdown stripped.

    Examples
    --------
    >>> clean_text(None)
    ''
    >>> clean_text("<b>Senior</b> **nurse**")
    'Senior nurse'
    """
    if value is None or not isinstance(value, str):
        if value is None or (isinstance(value, float) and value != value):
            return ""
        value = str(value)
    if "\r" in value:
        value = value.replace("\r\n", "\n").replace("\r", "\n")
    if "\x00" in value:
        value = value.replace("\x00", "")
    if "<" in value or "&" in value:
        value = strip_html(value)
    value = strip_markdown(value)
    return _tidy(value) if ("  " in value or "\n\n\n" in value or value != value.strip()) else value


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
    for match in _SENTENCE.finditer(text):
        start, end = match.span()
        while start < end and text[start] in " \t\n•":
            start += 1
        while end > start and text[end - 1] in " \t\n•":
            end -= 1
        if end - start >= min_chars:
            spans.append((start, end))
    return spans
