"""Parse salary, work mode, company size, employment type and seniority out of posting text.

Every public parser is a pure function over one value. It accepts anything (``str``,
``None``, a NaN float, a number) and never raises: a value it cannot read is returned as
unknown (``None`` or an empty tuple), never as a guess. :mod:`dreamfit.postings.normalize`
applies them to whole columns, parsing each distinct short value once.

Short-field parsers cache their results (scrapes repeat the same field values many times);
the free-text finders (:func:`find_salary`, :func:`parse_work_mode` on long text) start with
a cheap prefilter so that a description without any cue costs a few microseconds.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Iterator
from functools import lru_cache
from typing import Any, Final, NamedTuple

from dreamfit.vocab import EMPLOYMENT_TYPES, PERIOD_FACTORS, SENIORITY_LEVELS, WORK_MODES

__all__ = [
    "Headcount",
    "Salary",
    "find_headcount",
    "find_salary",
    "infer_period",
    "parse_company_size",
    "parse_employment_types",
    "parse_salary",
    "parse_seniority",
    "parse_work_mode",
]

_SHORT_MAX: Final = 200
"""Texts up to this many characters go through the cached short-field path."""

_CACHE_SIZE: Final = 16384


def _as_text(value: object) -> str | None:
    """Return ``value`` as a stripped, non-empty string, or ``None`` for anything else."""
    if isinstance(value, str):
        text = value.strip()
        return text or None
    return None


def _wordset(words: str) -> frozenset[str]:
    return frozenset(words.split())


def _bytes_wordset(words: str) -> frozenset[bytes]:
    return frozenset(w.encode() for w in words.split())


# ---------------------------------------------------------------------------------------------
# Salary
# ---------------------------------------------------------------------------------------------


class Salary(NamedTuple):
    """A pay statement reduced to numbers.

    Attributes
    ----------
    min, max : float or None
        Lowest and highest amount as stated, in ``currency`` per ``period``. An exact figure
        sets both; ``"$120,000+"`` or ``"ab 55.000 €"`` sets only ``min``; ``"up to $80k"``
        sets only ``max``.
    currency : str or None
        ISO 4217 code (``"USD"``, ``"EUR"``, ``"GBP"``, ...), ``None`` when not stated.
    period : str or None
        A key of :data:`dreamfit.vocab.PERIOD_FACTORS` (``"hour"`` ... ``"year"``), ``None``
        when neither stated nor inferable.
    annual_min, annual_max : float or None
        ``min`` / ``max`` times ``PERIOD_FACTORS[period]``; ``None`` when the period is unknown.

    Examples
    --------
    >>> parse_salary("$25/hr")
    Salary(min=25.0, max=25.0, currency='USD', period='hour', annual_min=52000.0, annual_max=52000.0)
    """

    min: float | None
    max: float | None
    currency: str | None
    period: str | None
    annual_min: float | None
    annual_max: float | None


# Numbers: "120,000", "3.000,50", "60 000" (no-break spaces), "120'000", "18.00", "1,5", "95000".
# A separator followed by exactly three digits is a thousands separator; one followed by one or
# two digits at the end is the decimal mark.
_NUM: Final = (
    r"[0-9]{1,3}(?:[.,'\u00a0\u202f][0-9]{3})+(?:[.,][0-9]{1,2})?(?![0-9])"
    r"|[0-9]{1,7}(?:[.,][0-9]{1,2})?(?![0-9])"
)
# Thousand / million multipliers. Millions and billions mark revenue or funding, not pay.
_MULT: Final = (
    r"(?:\s?(?:(?P<k{i}>[kK]|Tsd\.?|TEUR|T€|thousand)"
    r"|(?P<b{i}>[mM](?:illion|io\.?|n|M)?|[bB](?:illion|n)?|Mrd\.?))(?![a-zA-Z]))?"
)
_POST_CUR: Final = (
    r"€|EUR\b|[Ee]uros?\b|USD\b|GBP\b|CHF\b|CAD\b|AUD\b|INR\b|PLN\b|SEK\b|NZD\b"
    r"|[Dd]ollars?\b|[Pp]ounds?\s+sterling\b|zł"
)
_CODES: Final = ("USD", "EUR", "GBP", "CHF", "CAD", "AUD", "INR", "PLN", "SEK", "NZD")
_CODE: Final = r"(?:USD|EUR|GBP|CHF|CAD|AUD|INR|PLN|SEK|NZD)"
# A period written inside a range, "$21.38/hr - $33.90/hr", "$133,000 per year - $148,000".
_UNIT: Final = (
    r"(?:\s?(?P<u{i}>(?i:/\s?(?:yr|year|hr|hour|h|annum|mo|month|wk|week|day)\.?"
    r"|per\s+(?:year|hour|annum|month|week|day)|an?\s+(?:hour|year|month|week|day)))"
    r"(?![A-Za-z]))?"
)
# "$77,265.00 (Min.) - $100,445.00 (Mid.) - $123,625.00 (Max.)"
_LABEL: Final = r"(?:\s?\((?i:min|mid|max|minimum|midpoint|maximum)\.?\))?"
_GAP: Final = r"[\s\u200b\u200e\u200f]*"
_SEP: Final = _GAP + r"(?:-{1,2}|–|—|~|to|bis|and|und|until|through|up\s+to)" + _GAP


def _amount(i: int, pre: str, *, pre_optional: bool) -> str:
    optional = "?" if pre_optional else ""
    return (
        f"(?:(?P<p{i}>{pre})[\\s\u200b\u200e\u200f]{{0,2}}){optional}(?P<n{i}>{_NUM})"
        f"{_MULT.format(i=i)}"
        f"(?:\\s?(?P<q{i}>{_POST_CUR}))?{_UNIT.format(i=i)}{_LABEL}"
    )


def _money_regex(first: str) -> re.Pattern[str]:
    later = rf"(?:(?:US|CA|C|A|AU|NZ)?[$€£₹]|{_CODE}\s?[$€£₹]?)"
    return re.compile(
        _amount(1, first, pre_optional=False)
        + f"(?:{_SEP}{_amount(2, later, pre_optional=True)}"
        + f"(?:{_SEP}{_amount(3, later, pre_optional=True)})?)?"
    )


# "$53K-$91K", "€60.000 - €75.000", "£45k", "$120,000+", "$18.00 - 22.00".
_SYM_MONEY: Final = _money_regex(r"[$€£₹]")
# "USD 120k–150k", "EUR 60.000", "USD $130,000".
_CODE_MONEY: Final = _money_regex(rf"{_CODE}(?:\s?[$€£₹])?")
# "50.000–65.000 €", "95000 EUR", "60k€"; searched in a window ending at the currency word.
_POST_MONEY: Final = re.compile(
    f"(?P<n1>{_NUM}){_MULT.format(i=1)}(?:\\s?(?P<q1>{_POST_CUR}))?"
    f"(?:{_SEP}(?P<n2>{_NUM}){_MULT.format(i=2)})?(?:\\s?(?P<q2>{_POST_CUR}))?"
    f"{_UNIT.format(i=2)}"
)
_POST_TOKENS: Final = (*_CODES, "€", "Euro", "euro", "Dollar", "dollar", "Pound", "pound", "zł")
# Bare numbers, used only for short salary fields without any currency: "50000-60000".
_BARE_MONEY: Final = re.compile(
    f"(?P<n1>{_NUM}){_MULT.format(i=1)}{_UNIT.format(i=1)}"
    f"(?:{_SEP}(?P<n2>{_NUM}){_MULT.format(i=2)}{_UNIT.format(i=2)})?"
)
_NUMBER_CHARS: Final = frozenset("0123456789.,'\u00a0\u202f")

_SYMBOL_CURRENCY: Final = {"$": "USD", "€": "EUR", "£": "GBP", "₹": "INR"}
_DOLLAR_PREFIX: Final = {
    "US": "USD",
    "CA": "CAD",
    "C": "CAD",
    "AU": "AUD",
    "A": "AUD",
    "NZ": "NZD",
    "HK": "HKD",
    "S": "SGD",
}

# Period words. ``_PERIOD_WORD`` names a period on its own ("hourly", "Jahresgehalt");
# ``_PERIOD_UNIT`` does after "per", "a", "an", "pro", "im", "/" ("per hour", "/yr", "im Monat").
_PERIOD_WORD: Final = {
    "hourly": "hour",
    "stündlich": "hour",
    "stundenlohn": "hour",
    "stundensatz": "hour",
    "daily": "day",
    "tagessatz": "day",
    "weekly": "week",
    "wöchentlich": "week",
    "monthly": "month",
    "monatlich": "month",
    "monatsgehalt": "month",
    "monatsbrutto": "month",
    "mtl": "month",
    "annually": "year",
    "annual": "year",
    "annum": "year",
    "yearly": "year",
    "jährlich": "year",
    "jahresgehalt": "year",
    "jahresbrutto": "year",
    "salaried": "year",
}
_PERIOD_UNIT: Final = {
    "hour": "hour",
    "hr": "hour",
    "hrs": "hour",
    "h": "hour",
    "std": "hour",
    "stunde": "hour",
    "day": "day",
    "tag": "day",
    "week": "week",
    "wk": "week",
    "woche": "week",
    "month": "month",
    "mo": "month",
    "mth": "month",
    "monat": "month",
    "year": "year",
    "yr": "year",
    "jahr": "year",
}
_PERIOD_LEAD: Final = frozenset(
    {"per", "a", "an", "each", "every", "pro", "die", "je", "im", "am", "/"}
)
_PERIOD_FILLER: Final = _wordset(
    "usd eur gbp cad aud chf gross brutto netto base salary pay plus us dollars euro euros "
    "rate wage k ca approximately approx est glassdoor employer provided before taxes tax bis "
    "zu"
)
# "p.a." / "p.h." / "p.m."
_PERIOD_PER_LETTER: Final = {"a": "year", "h": "hour", "m": "month"}
_PUNCT: Final = "()[]{}<>:;,.!?\"'|*•·–—=&#%$€£₹…’‘“”"


@lru_cache(maxsize=65536)
def _norm_token(token: str) -> tuple[str, ...]:
    """Words of one lower-cased whitespace token; "/" is kept as a word of its own."""
    if token.isalnum():
        return (token,)
    if "-" in token or "/" in token:
        parts = (p.strip(_PUNCT) for p in token.replace("-", " ").replace("/", " / ").split())
        return tuple(p for p in parts if p)
    token = token.strip(_PUNCT)
    return (token,) if token else ()


def _split_words(text: str, limit: int = 64) -> list[str]:
    """The first ``limit`` lower-cased words of a short window."""
    out: list[str] = []
    for token in text.lower().split():
        out.extend(_norm_token(token))
        if len(out) >= limit:
            break
    return out


_GERMAN_MONTH_WORDS: Final = ("onat", "rutto", "etto", "ehalt")


def _period_after(after: str | list[str]) -> str | None:
    """Period named right after an amount: " per hour", "/yr", " brutto im Monat"."""
    words = _split_words(after, 7) if isinstance(after, str) else after
    for i, word in enumerate(words):
        if word.isdigit():
            return None
        if word in _PERIOD_WORD:
            return _PERIOD_WORD[word]
        nxt = words[i + 1] if i + 1 < len(words) else ""
        if word in _PERIOD_LEAD and nxt in _PERIOD_UNIT:
            return _PERIOD_UNIT[nxt]
        if word == "/" and nxt == "a":
            return "year"
        if word == "p" and nxt in _PERIOD_PER_LETTER:
            return _PERIOD_PER_LETTER[nxt]
        if word == "pa":
            return "year"
        if word not in _PERIOD_FILLER and word not in _PERIOD_LEAD:
            return None
    return None


def _scan_before(text: str, start: int) -> tuple[int, list[str]]:
    """Nearest cue word before ``start`` and the words read, in reading order.

    The cue is +1 when the nearest cue word (within 18 words) is a pay word, -1 when it is
    a word for other money, 0 when there is none. At least the last six words are returned.
    """
    rev: list[str] = []
    cue = 0
    later = ""
    for token in reversed(text[max(0, start - 120) : start].lower().split()):
        parts = _norm_token(token)
        for k in range(len(parts) - 1, -1, -1):
            word = parts[k]
            rev.append(word)
            if cue == 0:
                if word in _POS_CUES:
                    if word == "pay" and k > 0 and parts[k - 1] == "co":
                        cue = -1
                    elif not (word == "pay" and later in ("period", "day")):
                        cue = 1
                elif word in _NEG_CUES or word.startswith(_NEG_PREFIXES):
                    cue = -1
            later = word
        if (cue and len(rev) >= 6) or len(rev) >= 18:
            break
    rev.reverse()
    return cue, rev


def _period_before(words: list[str]) -> str | None:
    """Period named in the few words before an amount: "Hourly rate:", "Salary (per year):"."""
    n = len(words)
    for i in range(n - 1, max(-1, n - 6), -1):
        word = words[i]
        if word in _PERIOD_WORD:
            return _PERIOD_WORD[word]
        if word in _PERIOD_UNIT and i >= n - 3 and i > 0 and words[i - 1] in ("per", "an", "pro"):
            return _PERIOD_UNIT[word]
    return None


def _to_number(raw: str) -> float | None:
    """Read one number written with any of the usual thousands / decimal conventions."""
    s = raw.replace("\u00a0", "").replace("\u202f", "").replace("'", "")
    has_dot = "." in s
    has_comma = "," in s
    try:
        if has_dot and has_comma:
            last = max(s.rfind("."), s.rfind(","))
            tail = s[last + 1 :]
            head = s[:last].replace(".", "").replace(",", "")
            return float(head + tail) if len(tail) == 3 else float(f"{head}.{tail}")
        if has_dot or has_comma:
            sep = "." if has_dot else ","
            parts = s.split(sep)
            if len(parts) > 2 or len(parts[-1]) == 3:
                return float("".join(parts))
            return float(f"{parts[0]}.{parts[1]}")
        return float(s)
    except ValueError:
        return None


def _scaled(groups: dict[str, str | Any], i: int) -> tuple[float | None, bool]:
    """Return (amount ``i`` with its k-multiplier applied, whether it had one)."""
    raw = groups.get(f"n{i}")
    if raw is None:
        return None, False
    value = _to_number(raw)
    if value is None:
        return None, False
    if groups.get(f"k{i}"):
        return value * 1000.0, True
    return value, False


def _currency_token(text: str, start: int, token: str) -> str | None:
    token = token.strip()
    if token == "$":
        for width in (2, 1):
            prefix = text[max(0, start - width) : start]
            before = text[start - width - 1] if start - width - 1 >= 0 else " "
            if len(prefix) == width and prefix in _DOLLAR_PREFIX and not before.isalpha():
                return _DOLLAR_PREFIX[prefix]
        return "USD"
    if token[-1:] in _SYMBOL_CURRENCY:
        code = token[:-1].strip()
        if code in _CODES:
            return code
        if token[-1] == "$" and code in _DOLLAR_PREFIX:
            return _DOLLAR_PREFIX[code]
        return _SYMBOL_CURRENCY[token[-1]]
    upper = token.upper()
    if upper in _CODES:
        return upper
    if upper.startswith("EURO"):
        return "EUR"
    if upper.startswith("DOLLAR"):
        return "USD"
    if upper.startswith("POUND"):
        return "GBP"
    if token == "zł":
        return "PLN"
    return None


def _currency_of(text: str, match: re.Match[str], groups: dict[str, str | Any]) -> str | None:
    """Currency of a money match: a code or word after the amount beats a bare "$" before it."""
    for group in ("q1", "p1", "q2", "p2", "p3"):
        token = groups.get(group)
        if token:
            return _currency_token(text, match.start(group), token)
    return None


def _unit_period(groups: dict[str, str | Any]) -> str | None:
    for group in ("u3", "u2", "u1"):
        unit = groups.get(group)
        if unit:
            return _period_after(unit)
    return None


def infer_period(low: float, high: float, text: str) -> str | None:
    """Guess the period from the magnitude of the amounts (see :func:`parse_salary`)."""
    if high < 200.0:
        return "hour"
    if low >= 15000.0:
        return "year"
    if low >= 1000.0 and high <= 15000.0 and any(w in text for w in _GERMAN_MONTH_WORDS):
        return "month"
    return None


class _Candidate(NamedTuple):
    start: int
    end: int
    low: float
    high: float
    currency: str | None
    period: str | None
    period_stated: bool
    is_range: bool
    before: list[str]


def _candidate(
    text: str,
    match: re.Match[str],
    before: list[str] | None = None,
    after: list[str] | None = None,
) -> _Candidate | None:
    """Turn one money match into numbers, or ``None`` when it cannot be a pay figure."""
    start, end = match.span()
    if start > 0 and text[start - 1] in _NUMBER_CHARS:
        return None
    groups = match.groupdict()
    if groups.get("b1") or groups.get("b2") or groups.get("b3"):
        return None
    v1, k1 = _scaled(groups, 1)
    if v1 is None:
        return None
    v2, k2 = _scaled(groups, 2)
    v3, _ = _scaled(groups, 3)
    if v2 is not None:
        # "$120-150k": a multiplier written once applies to both ends.
        if k2 and not k1 and v1 < 1000.0 <= v2:
            v1 *= 1000.0
        elif k1 and not k2 and v2 < 1000.0 <= v1:
            v2 *= 1000.0
        if v3 is not None and v3 >= v2:
            v2 = v3
        if v2 < v1:
            return None
    if before is None:
        before = _scan_before(text, start)[1]
    period = _unit_period(groups) or _period_after(
        after if after is not None else text[end : end + 40]
    )
    stated = period is not None
    if period is None:
        period = _period_before(before)
    high = v2 if v2 is not None else v1
    return _Candidate(
        start,
        end,
        v1,
        high,
        _currency_of(text, match, groups),
        period,
        stated,
        v2 is not None,
        before,
    )


def _bounds(text: str, cand: _Candidate) -> tuple[float | None, float | None]:
    """Apply "+", "ab", "up to" qualifiers to a single amount."""
    if cand.is_range:
        return cand.low, cand.high
    if text[cand.end : cand.end + 3].lstrip().startswith("+"):
        return cand.low, None
    words = cand.before[-3:]
    last = words[-1] if words else ""
    prev = words[-2] if len(words) > 1 else ""
    if (
        last in ("ab", "from", "min", "minimum", "mindestens", "über", "least")
        or (last in ("at", "from") and prev in ("starting", "starts", "start"))
        or (last == "of" and prev in ("upwards", "excess"))
        or (last == "than" and prev == "more" and words[0] != "no")
    ):
        return cand.low, None
    if (
        last in ("bis", "max", "maximum", "maximal")
        or (last == "to" and prev == "up")
        or (last == "zu" and prev == "bis")
        or (last == "as" and prev == "much")
        or (last == "than" and prev == "more")
    ):
        return None, cand.high
    return cand.low, cand.high


def _to_salary(text: str, cand: _Candidate, period: str | None) -> Salary | None:
    low, high = _bounds(text, cand)
    if (low is not None and not low > 0.0) or (high is not None and not high > 0.0):
        return None
    if low is not None and high is not None and not math.isfinite(low + high):
        return None
    factor = PERIOD_FACTORS.get(period) if period is not None else None
    return Salary(
        min=low,
        max=high,
        currency=cand.currency,
        period=period,
        annual_min=low * factor if low is not None and factor is not None else None,
        annual_max=high * factor if high is not None and factor is not None else None,
    )


_MAX_HITS: Final = 64
"""At most this many hits of one symbol or word are looked at in one text."""


def _symbol_matches(text: str, found: list[re.Match[str]]) -> None:
    for symbol in "$€£₹":
        i = text.find(symbol)
        hits = 0
        while i >= 0 and hits < _MAX_HITS:
            hits += 1
            m = _SYM_MONEY.match(text, i)
            if m is not None:
                found.append(m)
            i = text.find(symbol, m.end() if m is not None else i + 1)


def _code_matches(text: str, found: list[re.Match[str]], codes: tuple[str, ...]) -> None:
    for code in codes:
        i = text.find(code)
        hits = 0
        while i >= 0 and hits < _MAX_HITS:
            hits += 1
            m = None
            if i == 0 or not text[i - 1].isalpha():
                m = _CODE_MONEY.match(text, i)
                if m is not None:
                    found.append(m)
            i = text.find(code, m.end() if m is not None else i + 1)


def _post_matches(text: str, found: list[re.Match[str]], tokens: tuple[str, ...]) -> None:
    for token in tokens:
        i = text.find(token)
        hits = 0
        while i >= 0 and hits < _MAX_HITS:
            hits += 1
            start = max(0, i - 40)
            while start > 0 and text[start - 1] in _NUMBER_CHARS:
                start -= 1
            for m in _POST_MONEY.finditer(text, start, min(len(text), i + len(token) + 24)):
                if m.start() <= i < m.end() and (m.group("q1") or m.group("q2")):
                    found.append(m)
            i = text.find(token, i + 1)


def _dedupe(found: list[re.Match[str]]) -> list[re.Match[str]]:
    """Keep the longest of overlapping matches, left to right."""
    if len(found) < 2:
        return found
    found.sort(key=lambda m: (m.start(), -m.end()))
    kept: list[re.Match[str]] = []
    for m in found:
        if kept and m.start() < kept[-1].end():
            if m.end() - m.start() > kept[-1].end() - kept[-1].start():
                kept[-1] = m
            continue
        kept.append(m)
    return kept


def _money_matches(text: str) -> list[re.Match[str]]:
    """Every money expression in a short text."""
    found: list[re.Match[str]] = []
    _symbol_matches(text, found)
    _code_matches(text, found, _CODES)
    _post_matches(text, found, _POST_TOKENS)
    return _dedupe(found)


@lru_cache(maxsize=_CACHE_SIZE)
def _parse_salary_cached(text: str) -> Salary | None:
    if text in ("-1", "0"):
        return None
    matches = _money_matches(text)
    if not matches:
        matches = [
            m for m in _BARE_MONEY.finditer(text) if m.start() == 0 or text[m.start() - 1] != "-"
        ]
    for match in matches:
        if match.group("b1"):
            return None
        cand = _candidate(text, match)
        if cand is None:
            continue
        period = cand.period or infer_period(cand.low, cand.high, text)
        return _to_salary(text, cand, period)
    return None


def parse_salary(text: object) -> Salary | None:
    """Parse a short salary field into a :class:`Salary`.

    Amounts may carry ``k`` (thousand), use ``,`` or ``.`` as thousands separator (a
    separator followed by exactly three digits) and ``.`` or ``,`` as decimal mark. The
    currency comes from a symbol (``$`` is USD unless written ``CA$``/``C$`` (CAD),
    ``A$``/``AU$`` (AUD), ``NZ$``; ``€`` EUR; ``£`` GBP), an ISO code or a word
    (``Euro``, ``dollars``). The period comes from words after the amount (``per hour``,
    ``/hr``, ``a month``, ``pro Jahr``, ``im Monat``, ``Jahresgehalt``, ``annually`` ...) or
    before it (``Hourly rate:``). When no period is stated it is inferred from magnitude:

    * every amount below 200: ``"hour"``;
    * the lowest amount at least 15,000: ``"year"``;
    * all amounts between 1,000 and 15,000 and German pay words (``Monat``, ``brutto``,
      ``netto``, ``Gehalt``) present: ``"month"``;
    * otherwise unknown (``period`` and the annual amounts are ``None``).

    A single amount followed by ``+`` or preceded by ``ab``/``from``/``starting at`` sets only
    ``min``; one preceded by ``up to``/``bis zu`` sets only ``max``. Millions and billions
    (``$2M``) are not salaries. Texts without any number (``"Negotiable"``, ``"Competitive"``,
    ``"DOE"``) and the missing markers ``"-1"`` and ``"0"`` give ``None``. Texts longer than
    200 characters are handed to :func:`find_salary`.

    Parameters
    ----------
    text : object
        The field value; anything that is not a non-empty string gives ``None``.

    Returns
    -------
    Salary or None
        The first pay figure in the text, or ``None``.

    Examples
    --------
    >>> parse_salary("$53K-$91K (Glassdoor est.)")[:4]
    (53000.0, 91000.0, 'USD', 'year')
    >>> parse_salary("3.000 € brutto im Monat").annual_min
    36000.0
    >>> parse_salary("Negotiable") is None
    True
    """
    value = _as_text(text)
    if value is None:
        return None
    if len(value) > _SHORT_MAX:
        return find_salary(value)
    return _parse_salary_cached(value)


# Words that make an amount a pay figure, and words that make it some other money. The
# nearest cue word before an amount decides.
_POS_CUES: Final = _wordset(
    "pay pays paying salary salaries compensation wage wages rate rates range ranges earn "
    "earning earnings earns income base ote target starting starts hourly annual annually "
    "annualized remuneration gehalt jahresgehalt monatsgehalt grundgehalt vergütung lohn "
    "stundenlohn verdienst entgelt brutto jahresbrutto bruttogehalt"
)
_NEG_CUES: Final = _wordset(
    "bonus bonuses sign signing relocation referral retention tuition revenue revenues "
    "funding funded raised valuation valued assets aum budget 401 403 matching match "
    "scholarship scholarships grant grants award awards allowance stipend premium premiums "
    "deductible cost costs price prices fee fees spend worth billion million loan loans "
    "insurance credit credits discount discounts gift hsa fsa prize equity stock shares "
    "commission commissions incentive incentives mile miles cpm claim claims savings copay "
    "pocket pension coverage fahrtkosten zuschuss prämie donation donations"
)
_NEG_PREFIXES: Final = ("reimburs", "invest", "contribut", "donat")
# Words right after an amount that make it some other money: "$5,000 sign-on bonus".
_NEG_AFTER_WORDS: Final = _wordset(
    "increase increases increment differential differentials raises "
    "sign signing relocation referral retention bonus bonuses tuition stipend allowance "
    "revenue revenues funding sales assets budget gift credit credits deductible fee fees "
    "mile miles cpm match raise raised valuation worth coverage investment grant award "
    "scholarship prize incentive commission life copay visit prescription deposit loan "
    "discount off savings donation premium premiums spending reward rewards term"
)
_NEG_AFTER_FILLER: Final = _wordset(
    "shift hourly "
    "usd eur cad gbp one time annual yearly in of for as the towards toward an a total cash"
)
_EQUITY_WORDS: Final = frozenset({"equity", "stock", "shares", "rsu", "rsus", "options"})
_NEG_AFTER_PER: Final = _wordset(
    "mile miles load referral stop piece unit visit case patient lesson class session event "
    "shift prescription person employee dependent child member claim sale call ticket"
)


def _other_money_after(words: list[str]) -> bool:
    """Whether the words right after an amount make it other money than pay."""
    for i, word in enumerate(words):
        if word in ("in", "of") and i + 1 < len(words) and words[i + 1] in _EQUITY_WORDS:
            return True
        if word in _NEG_AFTER_FILLER:
            continue
        if word in ("per", "/"):
            return i + 1 < len(words) and words[i + 1] in _NEG_AFTER_PER
        return word in _NEG_AFTER_WORDS or word.startswith(_NEG_PREFIXES)
    return False


_PAY_LABEL: Final = re.compile(
    r"[\s•*·-]*(?:(?:base|annual|hourly|starting|target)\s+)?(?:pay|salary|compensation|wage|rate"
    r"|gehalt|vergütung|lohn)(?:\s+(?:range|rate))?\s*(?:\([^)\n]{0,20}\))?\s*:\s*$",
    re.IGNORECASE,
)
_FIND_CODES: Final = ("USD", "EUR", "GBP", "CHF")


def _is_plausible(period: str | None, low: float, high: float) -> bool:
    """Amount range a real pay figure has for its period."""
    if period is None:
        return False
    factor = PERIOD_FACTORS[period]
    if period == "hour" and low < 5.0:
        return False
    return low * factor >= 2000.0 and high * factor <= 3_000_000.0


class _Scored(NamedTuple):
    score: int
    salary: Salary


def _score_candidates(text: str, matches: list[re.Match[str]]) -> list[_Scored]:
    scored: list[_Scored] = []
    for match in matches:
        start, end = match.span()
        raw_after = text[end : end + 40]
        after = _split_words(raw_after, 7)
        boundary = match.group(0).endswith(".") or raw_after.lstrip()[:1] in (".", ",", ";")
        if not boundary and _other_money_after(after):
            continue
        nearest, before = _scan_before(text, start)
        if nearest < 0:
            continue
        cand = _candidate(text, match, before, after)
        if cand is None:
            continue
        score = 4 if nearest > 0 else 0
        line_start = text.rfind("\n", max(0, start - 60), start) + 1
        if line_start and _PAY_LABEL.match(text, line_start, start):
            score += 4  # "Pay: $18.00 - $22.00 per hour" on a line of its own
        if cand.period_stated:
            score += 2
        elif cand.period is not None:
            score += 1
        period = cand.period or infer_period(cand.low, cand.high, text)
        if score == 0 and cand.is_range and period == "year":
            score = 1  # "$65K-$80K", "New York, NY: $145,100 - $165,600"
        if score == 0:
            continue
        if cand.is_range:
            score += 1
        if not _is_plausible(period, cand.low, cand.high) and not cand.period_stated:
            period = infer_period(cand.low, cand.high, text)
        if not _is_plausible(period, cand.low, cand.high):
            continue
        salary = _to_salary(text, cand, period)
        if salary is not None:
            scored.append(_Scored(score, salary))
    return scored


def _merge(scored: list[_Scored]) -> Salary | None:
    """Best candidate, widened by the other candidates with the same period and currency.

    Postings often state one range per location or level ("NYC: $127k-$191k, CA:
    $133k-$199k", "Level 1: $22/hour ... Level 3: $25-$28.50/hour"); the statement is then
    read as the overall lowest to highest figure. Figures more than twice or less than half
    the best one's are left out.
    """
    if not scored:
        return None
    best = max(scored, key=lambda s: s.score)  # first of the best
    base = best.salary
    low, high = base.min, base.max
    ref = base.annual_min if base.annual_min is not None else base.annual_max
    for other in scored:
        s = other.salary
        if s is base or s.period != base.period or s.currency != base.currency:
            continue
        point = s.annual_min if s.annual_min is not None else s.annual_max
        if ref is None or point is None or not (ref / 2.0 <= point <= ref * 2.0):
            continue
        if s.min is not None:
            low = s.min if low is None else min(low, s.min)
        if s.max is not None:
            high = s.max if high is None else max(high, s.max)
    if low == base.min and high == base.max:
        return base
    factor = PERIOD_FACTORS[base.period] if base.period is not None else None
    return base._replace(
        min=low,
        max=high,
        annual_min=low * factor if low is not None and factor is not None else None,
        annual_max=high * factor if high is not None and factor is not None else None,
    )


def find_salary(text: object) -> Salary | None:
    """Find the pay statement in a long free-text posting description.

    Every money expression (a ``$ € £ ₹`` symbol, or an ISO code / currency word next to a
    number, as ranges "$95,000 to $120,000", "$21.38/hr - $33.90/hr", "50.000–65.000 €") is
    a candidate. A candidate is dropped when

    * the nearest cue word in the (up to 18) words before it names other money: bonus,
      sign-on, relocation, referral, tuition, reimbursement, revenue, funding, raised,
      valuation, assets, budget, 401(k), match, stipend, allowance, insurance, equity ...;
    * the words right after it do: "$5,000 sign-on bonus", "$20/visit", "$0.62 per mile",
      "$1.00 hourly increase", "$10,000 in equity";
    * it is in millions or billions ("$2B", "$20M");
    * its period (stated, or inferred from magnitude as in :func:`parse_salary`) gives an
      annual amount outside 2,000 .. 3,000,000, or an hourly one under 5.

    It counts when the nearest cue word before it is a pay word (pay, salary, compensation,
    wage, rate, range, earn, base, Gehalt, Vergütung, Lohn, brutto ...), when its period is
    stated next to it ("per hour", "annually", "/yr", "im Monat"), or when it is a range of
    yearly magnitude ("New York, NY: $145,100 - $165,600"). A line of its own starting with
    a pay label ("Pay: ...", "Salary range: ...") scores highest, then a pay word, a stated
    period and a range. The best candidate gives period and currency; all other counted
    candidates with the same period and currency within half to twice its amount (one range
    per location, level, or a min/mid/max scale) widen it to the overall lowest..highest
    figure.

    The prefilter returns ``None`` at once when the text holds no ``$ € £ ₹`` symbol and
    none of ``USD EUR GBP CHF Euro``; other ISO codes are found only in short fields
    (:func:`parse_salary`) or next to a symbol. Numbers without any currency are never read
    from a description.

    Parameters
    ----------
    text : object
        A posting description; anything that is not a non-empty string gives ``None``.

    Returns
    -------
    Salary or None
        The pay statement, or ``None`` when the text states none.

    Examples
    --------
    >>> s = find_salary("We are hiring. Pay: $18.00 - $22.00 per hour. Sign-on bonus $500.")
    >>> (s.min, s.max, s.period, s.annual_min)
    (18.0, 22.0, 'hour', 37440.0)
    >>> find_salary("We raised $20M and offer a $5,000 relocation package.") is None
    True
    """
    value = _as_text(text)
    if value is None:
        return None
    found: list[re.Match[str]] = []
    if "$" in value or "€" in value or "£" in value or "₹" in value:
        _symbol_matches(value, found)
        if "€" in value:
            _post_matches(value, found, ("€",))
    if found:
        scored = _score_candidates(value, _dedupe(found))
    else:
        codes = tuple(c for c in _FIND_CODES if c in value)
        words = ("Euro", "euro") if "uro" in value else ()
        if not codes and not words:
            return None
        _code_matches(value, found, codes)
        _post_matches(value, found, codes + words)
        scored = _score_candidates(value, _dedupe(found))
    return _merge(scored)


# ---------------------------------------------------------------------------------------------
# Work mode
# ---------------------------------------------------------------------------------------------
#
# Long texts are searched as lower-cased UTF-8 bytes: ``bytes.lower`` is cheap and
# ``bytes.find`` of a literal is far faster than a case-insensitive regex over the whole text.
# Each hit of a needle is then judged on the few dozen bytes around it. A cue has a mode and a
# strength: 3 = a label ("Work Location: In person", "Workplace type: Remote", "#LI-Hybrid",
# "this is a remote position"), 2 = an explicit arrangement ("fully remote", "no remote work",
# "3 days in office", "100% on-site"), 1 = a plain mention ("work from home", "on-site").

_WM_FIELD: Final = {
    "remote": "remote",
    "fully remote": "remote",
    "full remote": "remote",
    "100% remote": "remote",
    "remote only": "remote",
    "remote-only": "remote",
    "remote first": "remote",
    "remote-first": "remote",
    "work from home": "remote",
    "work from anywhere": "remote",
    "wfh": "remote",
    "telecommute": "remote",
    "home-based": "remote",
    "vollständig remote": "remote",
    "100% homeoffice": "remote",
    "hybrid": "hybrid",
    "hybrid remote": "hybrid",
    "remote/hybrid": "hybrid",
    "hybrid/remote": "hybrid",
    "partially remote": "hybrid",
    "teilweise remote": "hybrid",
    "teilweise homeoffice": "hybrid",
    "homeoffice möglich": "hybrid",
    "mobiles arbeiten": "hybrid",
    "on-site": "onsite",
    "onsite": "onsite",
    "on site": "onsite",
    "on-premise": "onsite",
    "in-person": "onsite",
    "in person": "onsite",
    "in office": "onsite",
    "in-office": "onsite",
    "office": "onsite",
    "office-based": "onsite",
    "vor ort": "onsite",
    "präsenz": "onsite",
    "not remote": "onsite",
    "no remote": "onsite",
}

_WM_GERMAN_NEEDLES: Final = (
    b"vor ort",
    b"vor-ort",
    "präsenz".encode(),
    b"mobil",
    "ortsunabhängig".encode(),
)


def _b(pattern: str) -> re.Pattern[bytes]:
    return re.compile(pattern.encode())


_NUMBER_WORD: Final = r"(?<![0-9a-z])([1-5]|one|two|three|four|five|ein|zwei|drei|vier|fünf)"
# A label right before the keyword: "Work Location: ", "Workplace type:\n\n", "#LI-".
_WM_LABEL_PRE: Final = _b(
    r"(?:#li-|(?:location|type|workplace|arrangement|setting|model|style|workstyle|mode"
    r"|requirement|arbeitsort|standort|arbeitsmodell|remote|telework)\s*(?:\([^)\n]{0,20}\))?"
    r"\s*[:|]\s*|(?:this|the)\s+(?:is\s+an?|position\s+is(?:\s+an?)?|role\s+is(?:\s+an?)?"
    r"|job\s+is(?:\s+an?)?)\s+(?:fully\s+|100\s?%\s+)?)$"
)
_WM_OPTIONS_PRE: Final = _b(
    r"(?:remote|hybrid|on-?site|in[- ]person|virtual|office)\s*(?:,|/|or|and/or|,\s*or)\s*$"
    r"|(?:listed|designated|posted|segmented)\s+as\s+(?:an?\s+)?$|\bif\s+(?:an?\s+)?$"
    r"|\bwhether\s+$|\beither\s+$"
)
_WM_DAYS_PRE: Final = _b(
    rf"{_NUMBER_WORD}\+?\s*(?:-\s*[1-5]\s*)?(?:days?|x|tage?n?)\s*(?:(?:per|a|each|/|pro|die"
    r"|in\s+the|im)\s*(?:week|wk|woche)\s*)?(?:of\s+)?(?:work(?:ing)?\s+)?(?:in|at|from|to|im"
    r"|aus\s+dem)?\s*(?:the\s+|our\s+|an?\s+|dem\s+)?(?:in-|work\s+)?$"
)
_WM_DAYS_POST: Final = _b(
    r"[a-zäöü-]*\s*(?:\w+\s+){0,4}?(?:of\s+|for\s+)?(?:at\s+least\s+)?"
    rf"{_NUMBER_WORD}\+?\s*(?:-\s*[1-5]\s*)?(?:days?|x|tage?n?)\b"
)
_WM_PERCENT_POST: Final = _b(r"[a-z-]*\s+(?:\w+\s+)?(\d{1,2})\s*(?:-\s*\d{1,3}\s*)?%")
_WM_MIX_POST: Final = _b(
    r"[a-z-]*\s*(?:days?\s*)?(?:/|and|&|\+)\s*(?:\d+\s*%?\s*)?(?:work(?:ing)?\s+)?"
    r"(?:from\s+)?(?:remote|home|virtual|off-?site|telework|in[- ]office|on-?site|in[- ]person"
    r"|office)"
)
_WM_FREQ_POST: Final = _b(
    r"[a-z-]*\s+(?:\w+\s+){0,2}?(?:at\s+least\s+)?(?:once|twice|occasionally|periodically"
    r"|as\s+needed|when\s+needed|if\s+needed|quarterly|monthly|a\s+few\s+times|per\s+quarter"
    r"|for\s+(?:meetings|events|training|onboarding))"
)

_REMOTE_NEG_PRE: Final = _b(
    r"(?:\bno|\bnot(?:\s+an?)?|\bnon|n't(?:\s+an?)?|\bnever|\bwithout|\bkein(?:e|en)?"
    r"|\bnicht|(?:not|in)eligible\s+for(?:\s+an?)?)[\s-]+(?:an?\s+)?$"
)
_REMOTE_NEG_POST: Final = _b(
    r"remote(?:ly)?(?:\s+work(?:ing)?)?(?:\s+(?:option|opportunit(?:y|ies)|possibilit(?:y|ies)"
    r"|arrangement))?\s*(?:(?:is|are)\s+)?(?:not\s+(?:available|possible|permitted|allowed"
    r"|an\s+option|offered|eligible|supported|considered)|:\s*no\b|\?\s*no\b|\(no\)"
    r"|\s*-\s*no\b|nicht\s+möglich)"
)
_REMOTE_SKIP_POST: Final = _b(
    r"remote(?:ly)?[\s-]+(?:control|access|sens|monitor|troubleshoot|desktop|diagnos|location"
    r"|area|village|island|region|communit|patient|learning|flex|days?\b|work\s+(?:days?|stipend"
    r"|allowance|equipment|flexib|perk|option)|stipend|allowance|piloted|pilot|server|connect"
    r"|login|session|assistance|technical|support\b|device|unit|operat|manag(?:e|ing)\s+(?:of\s+)?"
    r"(?:team|staff|employee|worker)|team\s+members|workers|employees|teams|colleagues|tools?\b"
    r"|collaboration|meetings?|interview|onboarding|training|hiring|and\s+hybrid\s+(?:options"
    r"|opportunities)|or\s+hybrid|,\s*hybrid)"
)
_REMOTE_HYBRID_PRE: Final = _b(
    r"(?:hybrid[\s/-]*|partial(?:ly)?\s+|part(?:ly|ially)?[\s-]+(?:time\s+)?|teilweise\s+"
    r"|anteilig\s+|(?:on-?site|in[- ]office"
    r"|office|in[- ]person)\s*(?:/|and|&|\+)\s*)$"
)
_REMOTE_STRONG_POST: Final = _b(
    r"remote(?:ly)?[\s-]*(?:first|only|based|position|role|job\b|opportunity|contract|worker\s+"
    r"position|eligible\s+position|employee\s+position|work\s+(?:from\s+anywhere|position"
    r"|arrangement)|\((?!no)|[-–,|]\s*(?:us\b|usa|u\.s\.|united\s+states|anywhere|nationwide"
    r"|eu\b|europe|germany|deutschland|uk\b|canada|worldwide|global)|within\s+(?:the\s+)?"
    r"(?:us|u\.s\.|united\s+states|usa|eu|europe|germany|uk|country)|in\s+(?:the\s+)?"
    r"(?:us|u\.s\.|united\s+states|usa|eu|europe|germany|deutschland|uk)\b)"
)
_HYBRID_SKIP_POST: Final = _b(
    r"hybrid[\s-]+(?:cloud|apps?\b|application|mobile|vehicle|cars?\b|electric|ev\b|engine"
    r"|powertrain|infrastructure|it\b|solution|integration|network|storage|database|seeds?"
    r"|species|plants?\b|grid|bonds?\b|funds?\b|deploy|architecture|systems?\b|assembl"
    r"|services\s+and|class|course|learning|instruction|events?\b|meetings?\b|warfare|threat"
    r"|rice|corn|security|approach\s+of|models?\s*\)|data|analytics|cloud|multi-cloud|work"
    r"\s+may\s+not)"
)
_HYBRID_SKIP_PRE: Final = _b(
    r"(?:manual|automatic|cloud|plug-in|gas|diesel|electric|native|web|on-prem\w*|power|public"
    r"|private|the\s+power\s+of)[,\s/&]+(?:and\s+|or\s+)?$"
)
_HYBRID_STRONG_POST: Final = _b(
    r"hybrid[\s-]*(?:work\b|working|schedule|role|position|model\s+(?:with|of|where|that"
    r"|which)|arrangement|remote|opportunity|workplace|basis|setting|job|telework|office"
    r"|in-office|/|\(|\))"
)
_ONSITE_SKIP_POST: Final = _b(
    r"site[\s-]+(?:health|wellness|gym|fitness|parking|cafeteria|caf[eé]|dining|food|child"
    r"|daycare|clinic|medical|amenit|ev\s|charging|convenience|perks?\b|benefits?\b|lunch"
    r"|meals?\b|interview|visits?\b|inspection|assessment|audit|restaurant|store|massage"
    r"|pharmacy|laundry|barber|coffee|travel|events?\b|gatherings?|training|services?\b"
    r"|support\s+(?:team|staff|engineer)|and\s+(?:off|remote)|or\s+(?:remote|virtual|off))"
)
_ONSITE_SKIP_PRE: Final = _b(
    r"(?:occasional(?:ly)?|periodic(?:ally)?|some|travel|visits?|provide|providing|offers?"
    r"|offering|with|including|includes|free|our|an?)\s+(?:on[- ]?)?$"
)
_ONSITE_STRONG_POST: Final = _b(
    r"site[\s-]*(?:only|position|role|job\b|work\b|opportunity|requirement|presence|employee"
    r"|based|full[- ]time|100\s?%|daily|every\s+day|five\s+days|5\s+days)"
)
_PERSON_SKIP_POST: Final = _b(
    r"person[\s-]+(?:interview|meeting|event|gathering|training|session|moment|attendance|visit"
    r"|team\s+gathering|collaboration|engagement|learning|connection|interaction|networking"
    r"|support|culture|teamwork|presence|onboarding|orientation|or\s+(?:virtual|remote|online"
    r"|by|via|through)|and\s+(?:virtual|remote|online|in\s+writing|by|via|through)|,\s*(?:by"
    r"|via|virtual|online))"
)
_PERSON_STRONG_POST: Final = _b(
    r"person[\s-]*(?:only|position|role|job\b|work\b|opportunity|requirement|full[- ]time"
    r"|100\s?%|daily|every\s+day|five\s+days|5\s+days|at\s+(?:our|the|an?)\b)"
)
_OFFICE_PRE_ENDS: Final = (
    b"in-",
    b"in ",
    b"the ",
    b"home",
    b"home-",
    b"home ",
    b"an ",
    b"our ",
    b"to ",
    b"from ",
)
_OFFICE_FULL_PRE: Final = _b(
    r"(?:full[- ]time|fully|100\s?%|entirely|primarily|exclusively|five\s+days|5\s+days|every"
    r"\s+day|daily)\s+(?:in|from|at|to)\s+(?:the\s+|our\s+|an?\s+)?(?:in-)?$"
)
_HOMEOFFICE_REMOTE_PRE: Final = _b(
    r"(?:100\s?%|vollständig(?:e[sm]?)?|komplett(?:e[sm]?)?|ausschließlich|full[- ]time"
    r"|fully|permanent(?:es)?|dauerhaft(?:es)?)\s+(?:im\s+|aus\s+dem\s+|from\s+(?:an?\s+)?)?$"
)
_HOMEOFFICE_SKIP_POST: Final = _b(
    r"office[\s-]*(?:stipend|peripherals|reimburse|setup|set-up|equipment|allowance|budget"
    r"|furniture|accessor|ausstattung|pauschale|zuschuss)"
)
_HOME_PRE_ENDS: Final = (b"from ", b"at ", b"from-", b"at-", b"a ", b"your ")
_HOMEOFFICE_HYBRID_POST: Final = _b(
    r"office[\s-]*(?:ist\s+|sind\s+)?(?:möglich|möglichkeit|option|anteil|tage?\b|regelung"
    r"|nach\s+absprache|days?\b|policy|erlaubt|inklusive|flexib)"
)
_HOME_WORK_PRE: Final = _b(r"(?:work(?:ing|s)?|wfh)[\s-]+(?:from|at)[\s-]+(?:a\s+|your\s+)?$")
_HOME_DAYS_PRE: Final = _b(
    rf"{_NUMBER_WORD}\+?\s*(?:-\s*[1-5]\s*)?days?\s+(?:(?:per|a|each|/)\s*week\s+)?"
    r"(?:(?:of\s+)?work(?:ing)?\s+)?from[\s-]+$"
)
_HOME_PARTIAL: Final = _b(
    r"(?:option|flexib|opportunit|occasional|policy|may\b|can\b|eligible|up\s+to|days?\b"
    r"|allow|some|partial|hybrid|mix|combination|balance|both|stipend|allowance|equipment"
    r"|only\s+(?:when|if|on|during)"
    r"|as\s+needed|when\s+needed|if\s+needed)"
)
_HOME_STRONG: Final = _b(
    r"(?:100\s?%|fully|full[- ]time|completely|entirely|permanent)\s+(?:\w+\s+)?$"
)
_GERMAN_MOBILE_POST: Final = _b(r"mobil(?:es|e|em|en)?[\s-]+(?:arbeit|working|work)")
_GERMAN_SITE_PRE: Final = _b(
    r"(?:arbeit\w*|tätig\w*|präsenz\w*|einsatz\w*|ausschließlich|nur|100\s?%|vollständig"
    r"|komplett|überwiegend|hauptsächlich|täglich|direkt)\s+(?:\S+\s+){0,2}$"
)
_PRESENCE_POST: Final = "präsenz".encode()
_PRESENCE_STRONG: Final = _b(r"präsenz(?:pflicht|tätigkeit|arbeit|stelle|job|zeit|kultur)")
_PRESENCE_PRE: Final = _b(r"(?:\bin|100\s?%|vollständig(?:e[rn]?)?|reine[rn]?)\s+$")


_REMOTE_PARTIAL_POST: Final = re.compile(
    rb"remote(?:\s+work)?(?:\s+eligible)?\s*:\s*(?:partial|hybrid|some)"
)
_REMOTE_PLURAL_POST: Final = re.compile(rb"remote\s+(?:roles|positions|jobs|opportunities)")
_HYBRID_OPTIONS_POST: Final = re.compile(
    rb"hybrid\s*(?:,|or|/)\s*(?:remote|on-?site|in[- ]person)\b(?!\s+in\b)"
)
_PERSON_DAYS_POST: Final = re.compile(rb"person\s+days")
_SOME_PERCENT_PRE: Final = re.compile(rb"(?<!\d)[1-9]\d?\s?%\s*$")
"""A share below 100 % right before "remote"."""
_OFFICE_JOB_POST: Final = re.compile(rb"office\s+(?:position|role|job\b)")
_HOME_OFFICE_POST: Final = re.compile(rb"home[\s-]?office")
_HOME_BASED_POST: Final = re.compile(rb"home[\s-]based")
_HOME_BASED_SKIP_POST: Final = re.compile(
    rb"home[\s-]based\s+(?:services|care|health|program|business|nursing)"
)
_HOME_JOB_POST: Final = re.compile(rb"home[\s-]+(?:position|role|job\b|based)")
_HOME_COVID: Final = re.compile(rb"covid|pandemic|corona")


class _Cue(NamedTuple):
    mode: str
    strength: int


def _count_mode(count: int, partial: str = "hybrid") -> str:
    return "onsite" if count >= 5 else partial


def _number_of(word: bytes) -> int:
    table = {
        b"one": 1,
        b"ein": 1,
        b"two": 2,
        b"zwei": 2,
        b"three": 3,
        b"drei": 3,
        b"four": 4,
        b"vier": 4,
        b"five": 5,
        "fünf".encode(): 5,
    }
    if word.isdigit():
        return int(word)
    return table.get(word, 0)


def _days_cue(pre: bytes, post: bytes) -> _Cue | None:
    """Cue from a day count next to an office / on-site word: "3 days in office"."""
    m = _WM_DAYS_PRE.search(pre) if _mentions_days(pre) else None
    if m is not None:
        count = _number_of(m.group(1))
        if count:
            return _Cue(_count_mode(count), 2)
    m2 = _WM_DAYS_POST.match(post) if _mentions_days(post) else None
    if m2 is not None:
        count = _number_of(m2.group(1))
        if count:
            return _Cue(_count_mode(count), 2)
    m3 = _WM_PERCENT_POST.match(post) if b"%" in post else None
    if m3 is not None and int(m3.group(1)) < 100:
        return _Cue("hybrid", 2)
    return None


def _mentions_days(window: bytes) -> bool:
    return b"day" in window or b"tag" in window or b"x " in window


def _label_cue(pre: bytes, post: bytes, mode: str) -> _Cue | None:
    if (b":" in pre or b"|" in pre or b"#li" in pre or b" is " in pre) and _WM_LABEL_PRE.search(
        pre
    ):
        return _Cue(mode, 3)
    if pre.rstrip().endswith((b"(", b"[")) and b")" in post[:25]:
        return _Cue(mode, 2)
    return None


_NEG_HINTS: Final = (b"no", b"n't", b"never", b"without", b"kein", b"nicht", b"eligible")
_STRONG_WORDS: Final = _bytes_wordset(
    "fully 100% 100 full-time completely entirely totally permanently exclusively primarily "
    "vollständig komplett ausschließlich prozent"
)
_OPTION_ENDS: Final = (b",", b"/", b"or", b" as", b" a", b" an", b"if", b"whether", b"either")


def _strong_before(words: list[bytes]) -> bool:
    """Whether the words before a keyword say "fully", "100%", "vollständig" (maybe + "in")."""
    if not words:
        return False
    if words[-1] in _STRONG_WORDS or (words[-1] == b"%" and words[-2:-1] == [b"100"]):
        return True
    return len(words) > 1 and words[-1] in (b"in", b"im") and words[-2] in _STRONG_WORDS


def _remote_cue(pre: bytes, post: bytes, short: bool) -> _Cue | None:
    tail = pre[-28:]
    if any(h in tail for h in _NEG_HINTS) and _REMOTE_NEG_PRE.search(tail):
        return _Cue("onsite", 2)
    if (b"no" in post or b"nicht" in post) and _REMOTE_NEG_POST.match(post):
        return _Cue("onsite", 2)
    words = tail.split()[-3:]
    last = words[-1] if words else b""
    if (
        b"hybrid" in tail or b"part" in tail or b"teilweise" in tail or b"anteilig" in tail
    ) and _REMOTE_HYBRID_PRE.search(tail):
        return _Cue("hybrid", 2)
    mixed = last in (b"/", b"and", b"&", b"+") or last.endswith(b"/")
    if mixed and _REMOTE_HYBRID_PRE.search(tail):
        return _Cue("hybrid", 2)
    if _WM_MIX_POST.match(post) or _REMOTE_PARTIAL_POST.match(post):
        return _Cue("hybrid", 2)
    if _SOME_PERCENT_PRE.search(tail):
        return _Cue("hybrid", 2)  # "Berlin (10% Remote)": mostly in the office
    if last in (b"occasional", b"occasionally", b"limited", b"some", b"possible"):
        return _Cue("hybrid", 1)
    days = _days_cue(pre, post)
    if days is not None:
        return _Cue("hybrid", 2)
    if _REMOTE_SKIP_POST.match(post):
        return None
    if tail.rstrip().endswith(_OPTION_ENDS) and _WM_OPTIONS_PRE.search(tail):
        return None
    label = _label_cue(pre, post, "remote")
    if label is not None:
        return label
    if _REMOTE_PLURAL_POST.match(post):
        return _Cue("remote", 1)
    if short or _strong_before(words) or _REMOTE_STRONG_POST.match(post):
        return _Cue("remote", 2)
    if last in (b"work", b"working", b"works", b"be", b"is", b"are", b"operate"):
        return _Cue("remote", 1)
    if post.startswith(b"remote work"):
        return _Cue("remote", 1)
    return None


def _hybrid_cue(pre: bytes, post: bytes, short: bool) -> _Cue | None:
    if _HYBRID_SKIP_POST.match(post) or _HYBRID_SKIP_PRE.search(pre):
        return None
    label = _label_cue(pre, post, "hybrid")
    if label is not None:
        return label
    if _WM_OPTIONS_PRE.search(pre):
        return None
    if _HYBRID_OPTIONS_POST.match(post):
        return None
    if short or _HYBRID_STRONG_POST.match(post):
        return _Cue("hybrid", 2)
    return _Cue("hybrid", 1)


def _site_cue(pre: bytes, post: bytes, short: bool) -> _Cue | None:
    """Cue from "on-site" / "onsite" / "on site" (``pre`` ends just before "site")."""
    if not pre.endswith((b"on-", b"on ", b"on")):
        return None
    head = pre[:-3] if pre.endswith((b"on-", b"on ")) else pre[:-2]
    if head[-1:].isalpha():
        return None
    label = _label_cue(head, post, "onsite")
    if label is not None:
        return label
    days = _days_cue(head, post)
    if days is not None:
        return days
    if _ONSITE_SKIP_PRE.search(head):
        return None
    if _WM_MIX_POST.match(post) or _REMOTE_HYBRID_PRE.search(head):
        return _Cue("hybrid", 2)
    if _ONSITE_SKIP_POST.match(post):
        return None
    if _WM_OPTIONS_PRE.search(head) or _WM_FREQ_POST.match(post):
        return None
    if short or _strong_before(head.split()[-3:]) or _ONSITE_STRONG_POST.match(post):
        return _Cue("onsite", 2)
    return _Cue("onsite", 1)


def _person_cue(pre: bytes, post: bytes, short: bool) -> _Cue | None:
    """Cue from "in-person" / "in person" (``pre`` ends just before "person")."""
    if not pre.endswith((b"in-", b"in ", b"in\xe2\x80\x91")):
        return None
    head = pre[:-3] if pre.endswith((b"in-", b"in ")) else pre[:-5]
    if head[-1:].isalpha():
        return None
    label = _label_cue(head, post, "onsite")
    if label is not None:
        return label
    days = _days_cue(head, post)
    if days is not None:
        return days
    if _PERSON_DAYS_POST.match(post):
        return _Cue("hybrid", 2)
    if _PERSON_SKIP_POST.match(post) or _WM_OPTIONS_PRE.search(head):
        return None
    if _WM_MIX_POST.match(post) or _REMOTE_HYBRID_PRE.search(head):
        return _Cue("hybrid", 2)
    if _WM_FREQ_POST.match(post):
        return None
    if short or _strong_before(head.split()[-3:]) or _PERSON_STRONG_POST.match(post):
        return _Cue("onsite", 2)
    return _Cue("onsite", 1)


def _office_cue(pre: bytes, post: bytes, short: bool) -> _Cue | None:
    if not pre.endswith(_OFFICE_PRE_ENDS):
        return None
    if pre.endswith((b"home", b"home-", b"home ")):
        head = pre.rstrip(b" -")[:-4]
        if _HOMEOFFICE_SKIP_POST.match(post):
            return None
        if _HOMEOFFICE_REMOTE_PRE.search(head):
            return _Cue("remote", 2)
        days = _days_cue(head, post)
        if days is not None:
            return _Cue("hybrid", 2)
        if head.endswith((b"from ", b"from a ", b"from your ", b"from their ")):
            return _Cue("remote", 1)
        if _HOMEOFFICE_HYBRID_POST.match(post):  # "Homeoffice möglich", "2 Homeoffice-Tage"
            return _Cue("hybrid", 2)
        if pre.endswith(b"home"):  # German "Homeoffice": mostly a partial arrangement
            return _Cue("hybrid", 2 if short else 1)
        return None
    days = _days_cue(pre, post)
    if days is not None:
        return days
    if _WM_MIX_POST.match(post):
        return _Cue("hybrid", 1)
    if _OFFICE_FULL_PRE.search(pre):
        return _Cue("onsite", 2)
    if pre.endswith(b"in-") and _OFFICE_JOB_POST.match(post):
        return _Cue("onsite", 1)
    return None


def _home_cue(pre: bytes, post: bytes, short: bool) -> _Cue | None:
    if _HOME_OFFICE_POST.match(post):
        return None  # judged at "office"
    if _HOME_BASED_POST.match(post):
        if _HOME_BASED_SKIP_POST.match(post):
            return None
        return _Cue("remote", 2)
    if not pre.endswith(_HOME_PRE_ENDS):
        return None
    days_before = _mentions_days(pre) and _HOME_DAYS_PRE.search(pre) is not None
    if not _HOME_WORK_PRE.search(pre):
        return _Cue("hybrid", 2) if days_before else None
    head = _HOME_WORK_PRE.sub(b"", pre)
    if days_before or _days_cue(head, post) is not None:
        return _Cue("hybrid", 2)
    if _WM_MIX_POST.match(post) or _REMOTE_HYBRID_PRE.search(head):
        return _Cue("hybrid", 2)
    if _HOME_STRONG.search(head) or short:
        return _Cue("remote", 2)
    if _HOME_JOB_POST.match(post):
        return _Cue("remote", 2)
    window = head[-40:] + post[:50]
    if _HOME_COVID.search(window):
        return None
    if _HOME_PARTIAL.search(window):
        return _Cue("hybrid", 1)
    return _Cue("remote", 1)


def _german_cue(needle: bytes, pre: bytes, post: bytes, short: bool) -> _Cue | None:
    if needle == b"mobil":
        if not _GERMAN_MOBILE_POST.match(post):
            return None
        if _HOMEOFFICE_REMOTE_PRE.search(pre):
            return _Cue("remote", 2)
        return _Cue("hybrid", 2)
    if needle.startswith(b"ortsunabh"):
        return _Cue("remote", 2)
    if needle == _PRESENCE_POST:
        if _days_cue(pre, post) is not None:
            return _Cue("hybrid", 2)
        if _PRESENCE_STRONG.match(post) or _PRESENCE_PRE.search(pre) or short:
            return _Cue("onsite", 2)
        return None
    # "vor Ort"
    if short or _GERMAN_SITE_PRE.search(pre):
        return _Cue("onsite", 2)
    return None


_WM_HANDLERS: Final = {
    b"remote": _remote_cue,
    b"hybrid": _hybrid_cue,
    b"site": _site_cue,
    b"person": _person_cue,
    b"office": _office_cue,
    b"home": _home_cue,
}


def _resolve(modes: list[str]) -> str:
    distinct = set(modes)
    if len(distinct) == 1:
        return modes[0]
    if "hybrid" in distinct or distinct == {"remote", "onsite"}:
        return "hybrid"
    return modes[0]


def _worth_a_look(needle: bytes, low: bytes, i: int) -> bool:
    """Cheap test of the bytes right before a hit; most hits ("website", "personal") fail."""
    if needle == b"site":
        return low[max(0, i - 3) : i] in (b"on-", b"on ") or low[max(0, i - 2) : i] == b"on"
    if needle == b"person":
        return low[max(0, i - 3) : i] in (b"in-", b"in ") or low[max(0, i - 5) : i] == (
            b"in\xe2\x80\x91"
        )
    if needle == b"office":
        return low[max(0, i - 6) : i].endswith(_OFFICE_PRE_ENDS)
    if needle == b"home":
        return low[max(0, i - 7) : i].endswith(_HOME_PRE_ENDS) or low[i + 4 : i + 10] in (
            b"-based",
            b" based",
        )
    return True


def _work_mode_cues(low: bytes, german: bool, short: bool) -> list[_Cue]:
    cues: list[_Cue] = []
    for needle, handler in _WM_HANDLERS.items():
        i = low.find(needle)
        hits = 0
        while i >= 0 and hits < _MAX_HITS:
            hits += 1
            if short or _worth_a_look(needle, low, i):
                cue = handler(low[max(0, i - 45) : i], low[i : i + 70], short)
                if cue is not None:
                    cues.append(cue)
            i = low.find(needle, i + len(needle))
    if german:
        for needle in _WM_GERMAN_NEEDLES:
            i = low.find(needle)
            hits = 0
            while i >= 0 and hits < _MAX_HITS:
                hits += 1
                cue = _german_cue(needle, low[max(0, i - 45) : i], low[i : i + 70], short)
                if cue is not None:
                    cues.append(cue)
                i = low.find(needle, i + len(needle))
    return cues


def _decide(cues: list[_Cue]) -> str | None:
    for strength in (3, 2):
        modes = [c.mode for c in cues if c.strength == strength]
        if modes:
            return _resolve(modes)
    # Plain mentions: on-site / in-person work describes the job; a plain mention of remote
    # or hybrid work is mostly a perk or a company-wide policy and decides nothing.
    weak = {c.mode for c in cues}
    if weak == {"onsite"}:
        return "onsite"
    return None


def _work_mode_text(text: str, short: bool) -> str | None:
    low = text.encode("utf-8", "ignore").lower()
    german = "ä" in text or "ö" in text or "ü" in text or "ß" in text or short
    return _decide(_work_mode_cues(low, german, short))


@lru_cache(maxsize=_CACHE_SIZE)
def _work_mode_short(text: str) -> str | None:
    key = " ".join(text.lower().replace("_", " ").split()).strip(" .,;:!()[]")
    if key in _WM_FIELD:
        return _WM_FIELD[key]
    return _work_mode_text(text, short=True)


def parse_work_mode(text: object) -> str | None:
    """Read the work arrangement (``"remote"``, ``"hybrid"``, ``"onsite"``) from text.

    Works on a short field value (``"Remote"``, ``"In-person"``, ``"On-site"``,
    ``"Remote (US)"``, ``"Homeoffice möglich"``) and on a long description. In a description
    only statements of the arrangement count, judged on the words around each of
    ``remote``, ``hybrid``, ``on-site``/``onsite``, ``in-person``, ``office`` and
    ``home`` (and, in German text, ``vor Ort``, ``Präsenz``, ``mobiles Arbeiten``):

    * labels win: ``Work Location: In person``, ``Workplace type: Remote``, ``#LI-Hybrid``,
      ``this is a remote position``;
    * then explicit statements: ``fully remote``, ``100% remote``, ``remote-first``,
      ``Remote (US)`` (remote); ``hybrid work``, ``3 days in office``, ``2 days from home``,
      ``teilweise remote``, ``Homeoffice möglich``, ``mobiles Arbeiten`` (hybrid);
      ``no remote work``, ``this is not a remote position``, ``100% on-site``,
      ``5 days in the office``, ``Präsenzpflicht``, ``Arbeit vor Ort`` (onsite);
    * plain mentions decide only for onsite (``work on-site``, ``in person``) and only when
      nothing else is said; a plain mention of remote or hybrid work (``ability to work
      remotely``, ``work from home options``) is mostly a perk or a company-wide policy.

    Perks and other senses are skipped: ``remote work days``, ``remote flex days``,
    ``work from anywhere 4 weeks a year``, ``home office stipend``, ``on-site gym``,
    ``in-person interview``, ``remote access``, ``hybrid cloud``. Statements that list
    options (``remote, hybrid, or in-person``) say nothing. When several statements of the
    same weight disagree, remote against onsite or anything against hybrid gives
    ``"hybrid"``. Booleans such as ``"True"`` are left to the reader: they give ``None``.

    Parameters
    ----------
    text : object
        A field value or a description; anything that is not a non-empty string gives
        ``None``.

    Returns
    -------
    str or None
        One of :data:`dreamfit.vocab.WORK_MODES`, or ``None`` when the text does not say.

    Examples
    --------
    >>> parse_work_mode("Remote (US)")
    'remote'
    >>> parse_work_mode("We work hybrid, 2x a week in the office.")
    'hybrid'
    >>> parse_work_mode("This is not a remote position.")
    'onsite'
    >>> parse_work_mode("Enjoy 4 remote work days per month.") is None
    True
    """
    value = _as_text(text)
    if value is None:
        return None
    if len(value) <= 80:
        return _work_mode_short(value)
    mode = _work_mode_text(value, short=False)
    return mode if mode in WORK_MODES else None


# ---------------------------------------------------------------------------------------------
# Company size
# ---------------------------------------------------------------------------------------------

_SIZE_NUM: Final = r"[0-9]{1,3}(?:[.,'\u00a0\u202f ][0-9]{3})+(?![0-9])|[0-9]{1,7}(?![0-9])"
_SIZE_RANGE: Final = re.compile(
    rf"(?<![0-9.,-])(?P<lo>{_SIZE_NUM})\s*(?:-|–|—|to|bis|until)\s*(?P<hi>{_SIZE_NUM})",
    re.IGNORECASE,
)
_SIZE_OPEN: Final = re.compile(
    rf"(?<![0-9.,-])(?P<lo>{_SIZE_NUM})\s*(?:\+|or\s+more|and\s+(?:more|above|over)|und\s+mehr"
    r"|plus\b)"
    rf"|(?:more\s+than|over|above|über|mehr\s+als|at\s+least|mindestens)\s+(?P<lo2>{_SIZE_NUM})",
    re.IGNORECASE,
)
_SIZE_SINGLE: Final = re.compile(
    rf"^\s*(?P<n>{_SIZE_NUM})\s*(?:employees|mitarbeiter(?:innen|:innen|\*innen)?|staff|people"
    r"|beschäftigte)?\s*$",
    re.IGNORECASE,
)


def _size_int(raw: str) -> int | None:
    digits = re.sub(r"[^0-9]", "", raw)
    if not digits or len(digits) > 9:
        return None
    return int(digits)


@lru_cache(maxsize=_CACHE_SIZE)
def _company_size_cached(text: str) -> tuple[int, int | None] | None:
    m = _SIZE_RANGE.search(text)
    if m is not None:
        lo, hi = _size_int(m.group("lo")), _size_int(m.group("hi"))
        if lo is None or hi is None or hi < lo:
            return None
        return lo, hi
    m = _SIZE_OPEN.search(text)
    if m is not None:
        lo = _size_int(m.group("lo") or m.group("lo2"))
        return (lo, None) if lo is not None else None
    m = _SIZE_SINGLE.match(text)
    if m is not None:
        n = _size_int(m.group("n"))
        return (n, n) if n is not None and n > 0 else None
    return None


def parse_company_size(text: object) -> tuple[int, int | None] | None:
    """Parse a company-size field into ``(min_employees, max_employees)``.

    ``max`` is ``None`` for an open-ended class (``"10000+ employees"``). A single number
    gives ``(n, n)``. ``"Unknown"``, ``"-1"`` and anything without a count give ``None``;
    so does a range whose upper end is below its lower end.

    Parameters
    ----------
    text : object
        The field value (``"501 to 1000 employees"``, ``"51-200 Mitarbeiter"``); anything
        that is not a non-empty string gives ``None``.

    Returns
    -------
    tuple of (int, int or None), or None

    Examples
    --------
    >>> parse_company_size("501 to 1000 employees")
    (501, 1000)
    >>> parse_company_size("10000+ employees")
    (10000, None)
    >>> parse_company_size("Unknown") is None
    True
    """
    value = _as_text(text)
    if value is None or len(value) > _SHORT_MAX:
        return None
    return _company_size_cached(value)


class Headcount(NamedTuple):
    """A company's size as its own description states it (see :func:`find_headcount`)."""

    min: int
    """Fewest employees the statement allows (1 for "fewer than 20 people")."""
    max: int | None
    """Most employees it allows; ``None`` when open ("over 17,000 colleagues")."""
    quote: str
    """The words that state it, e.g. ``"over 17,000 colleagues"``."""


_HEAD_NOUN: Final = (
    r"(?:employees|colleagues|team[ -]?members|teammates|associates|staff(?:[ -]members)?|"
    r"people|workers|mitarbeite\w*|beschäftigte\w*|kolleg\w*)"
)
_HEAD_ADJ: Final = (
    r"(?:[\w-]+(?:ed|ate|ive|ous|ful)|highly|extremely|diverse|global|talented|strong|great|"
    r"amazing|brilliant|full[- ]time|motivierte\w*|engagierte\w*|qualifizierte\w*)"
)
_HEADCOUNT: Final = re.compile(
    r"(?P<pre>(?:more\s+than|over|above|nearly|almost|approximately|approx\.|about|around|"
    r"roughly|some|close\s+to|just\s+under|under|fewer\s+than|less\s+than|mehr\s+als|über|"
    r"rund|etwa|ca\.|circa|fast|knapp|bis\s+zu|unter)\s+|~\s?|>\s?|<\s?)?"
    rf"(?<![\w.,$€£/#-])(?P<n>{_SIZE_NUM})(?P<plus>\s?\+)?\s+"
    rf"(?:{_HEAD_ADJ}\s+){{0,2}}{_HEAD_NOUN}\b",
    re.IGNORECASE,
)
_HEAD_BELOW: Final = ("under", "fewer", "less", "just under", "bis zu", "unter", "<")
_HEAD_NOT_OURS: Final = re.compile(
    r"(?:serv\w*|help\w*|support\w*|reach\w*|impact\w*|care\s+for|caring\s+for|manag\w*|"
    r"lead\w*|supervis\w*|oversee\w*|population\s+of|from|teams?\s*\(?|betreu\w*|"
    r"versorg\w*|führ\w*|impacting\s+the\s+lives\s+of)\s*$",
    re.IGNORECASE,
)
"""Words before a count that make it people served, led or once employed, not the staff."""


_HEAD_CANDIDATE: Final = re.compile(
    r"\d[\d,.'\u00a0\u202f ]*\+?\s+(?:[\w-]+\s+){0,2}?(?:employees|colleagues|team[ -]?members|"
    r"teammates|associates|staff|people|workers|mitarbeite|beschäftigte|kolleg)",
    re.IGNORECASE,
)
"""A number a few words before a staff noun: where :data:`_HEADCOUNT` is worth trying (fast)."""


def _headcount_matches(text: str) -> Iterator[re.Match[str]]:
    """Matches of :data:`_HEADCOUNT`, tried only around candidate numbers."""
    for hit in _HEAD_CANDIDATE.finditer(text):
        window = _HEADCOUNT.finditer(text, max(0, hit.start() - 40), hit.end() + 40)
        for m in window:
            if hit.start() <= m.start("n") < hit.end():
                yield m
                break


@lru_cache(maxsize=_CACHE_SIZE)
def _find_headcount_cached(text: str) -> Headcount | None:
    return _first_headcount(text, _headcount_matches(text))


def _headcount_reference(text: str) -> Headcount | None:
    """:func:`find_headcount` by one plain scan of the whole text (slow; for the tests)."""
    return _first_headcount(text, _HEADCOUNT.finditer(text))


_MILLION: Final = re.compile(r"\s*(?:million|mio)", re.IGNORECASE)


def _first_headcount(text: str, matches: Iterable[re.Match[str]]) -> Headcount | None:
    for m in matches:
        n = _size_int(m.group("n"))
        pre = (m.group("pre") or "").strip().lower()
        pre = re.sub(r"\s+", " ", pre)
        if n is None or n < 5 or n > 3_000_000:
            continue
        raw = m.group("n")
        if 1900 <= n <= 2099 and raw.isdigit() and not pre and not m.group("plus"):
            continue  # "2024 PEOPLE® Companies That Care", "in 2005"
        before = text[max(0, m.start() - 40) : m.start()]
        if _HEAD_NOT_OURS.search(before) or re.search(r"\d\s*[-–]\s*$", before):
            continue
        if _MILLION.match(text, m.end("n")):
            continue
        quote = re.sub(r"\s+", " ", m.group(0)).strip()
        if pre.startswith(_HEAD_BELOW):
            return Headcount(1, n, quote)
        if m.group("plus") or pre in ("more than", "over", "above", "mehr als", "über", ">"):
            return Headcount(n, None, quote)
        return Headcount(max(1, round(n * 0.8)), round(n * 1.25), quote)
    return None


def find_headcount(text: object) -> Headcount | None:
    """Find how many people a company employs, where its description says so.

    Reads statements such as "Parallon has over 17,000 colleagues", "a team of 150+
    employees", "~20 people" or "mit rund 60 Mitarbeitenden". An approximate or exact count
    allows a fifth less to a quarter more; "over" and "+" leave the top open; "fewer than"
    and "bis zu" start at one. Counts of people served, led or reached ("serves 14,000 people a
    year", "manage 2 support staff", "grown from 30 employees"), millions, years and the ends
    of ranges ("teams (5-20 people)") are not read as the company's size.

    Parameters
    ----------
    text : object
        A posting's description; anything that is not a non-empty string gives ``None``.

    Returns
    -------
    Headcount or None
        The first statement of the company's size, with the words that state it.

    Examples
    --------
    >>> find_headcount("Parallon has over 17,000 colleagues, and serves 1,000 hospitals.")
    Headcount(min=17000, max=None, quote='over 17,000 colleagues')
    >>> find_headcount("Over 50 million people use our app.") is None
    True
    """
    value = _as_text(text)
    if value is None or _DIGIT_ANY.search(value) is None:
        return None
    return _find_headcount_cached(value)


_DIGIT_ANY: Final = re.compile(r"[0-9]")


# ---------------------------------------------------------------------------------------------
# Employment type
# ---------------------------------------------------------------------------------------------

# Field tokens: a field value is read only when every token in it is one of these.
_EMPLOYMENT_TOKENS: Final = {
    "full time": "full_time",
    "fulltime": "full_time",
    "full": "full_time",
    "ft": "full_time",
    "permanent": "full_time",
    "vollzeit": "full_time",
    "festanstellung": "full_time",
    "feste anstellung": "full_time",
    "unbefristet": "full_time",
    "part time": "part_time",
    "parttime": "part_time",
    "part": "part_time",
    "pt": "part_time",
    "teilzeit": "part_time",
    "minijob": "part_time",
    "mini job": "part_time",
    "geringfügige beschäftigung": "part_time",
    "contract": "contract",
    "contractor": "contract",
    "contract to hire": "contract",
    "contract-to-hire": "contract",
    "c2h": "contract",
    "freelance": "contract",
    "freelancer": "contract",
    "freiberuflich": "contract",
    "freie mitarbeit": "contract",
    "honorarbasis": "contract",
    "temporary": "temporary",
    "temp": "temporary",
    "temp to hire": "temporary",
    "temp-to-hire": "temporary",
    "seasonal": "temporary",
    "befristet": "temporary",
    "saisonal": "temporary",
    "aushilfe": "temporary",
    "internship": "internship",
    "intern": "internship",
    "praktikum": "internship",
    "pflichtpraktikum": "internship",
    "praktikant": "internship",
    "working student": "working_student",
    "werkstudent": "working_student",
    "werkstudentin": "working_student",
    "werkstudierende": "working_student",
    "werkstudententätigkeit": "working_student",
    "volunteer": "volunteer",
    "ehrenamt": "volunteer",
    "ehrenamtlich": "volunteer",
    "employee": "",
    "job": "",
    "position": "",
    "stelle": "",
}
_EMPLOYMENT_SPLIT: Final = re.compile(r"\s*(?:[,;|/+&]|\band\b|\bor\b|\bund\b|\boder\b)\s*")
# Unambiguous words, used on titles and other short free text.
_EMPLOYMENT_TITLE: Final = (
    (
        "full_time",
        re.compile(
            r"\bfull[\s_-]?time\b|\bvollzeit(?:stelle|job|kraft)?\b|\bfestanstellung\b"
            r"|\bvoll-\s*(?:oder|und|/)\s*teilzeit",
            re.I,
        ),
    ),
    (
        "part_time",
        re.compile(r"\bpart[\s_-]?time\b|\bteilzeit(?:stelle|job|kraft)?\b|\bmini-?job\b", re.I),
    ),
    (
        "contract",
        re.compile(r"\bfreelance(?:r)?\b|\bcontract[\s-]to[\s-]hire\b|\(contract\)", re.I),
    ),
    (
        "temporary",
        re.compile(r"\btemporary\b|\bseasonal\b|(?<!un)befristet\b|\btemp\b|\(temp\)", re.I),
    ),
    (
        "internship",
        re.compile(r"\binternship\b|\bintern\b|\bpraktik(?:um|ant(?:in)?)\b", re.I),
    ),
    ("working_student", re.compile(r"\bwerkstudent(?:in)?\b|\bworking\s+student\b", re.I)),
)
# Strong cues in a description.
_EMPLOYMENT_JOBTYPE: Final = re.compile(
    r"(?:job|employment|position|contract|work)\s*(?:types?|status)\s*:\s*([^\n]{1,80})"
    r"|(?:anstellungsart|beschäftigungsart|vertragsart|arbeitszeit|anstellung)\s*:\s*([^\n]{1,80})",
    re.IGNORECASE,
)
_EMPLOYMENT_PHRASE: Final = re.compile(
    r"\b(?P<kind>full[\s-]?time|part[\s-]?time|temporary|seasonal|contract|freelance|volunteer"
    r"|internship|contract[\s-]to[\s-]hire|temp[\s-]to[\s-]hire)\s+(?:\w+\s+)?(?:position|role"
    r"|job|opportunity|employment|assignment|engagement|vacancy)\b"
    r"|\b(?:in|als)\s+(?P<de>vollzeit|teilzeit)\b"
    r"|\b(?P<both>voll(?:zeit)?-?\s*(?:oder|und|/|,)\s*teilzeit)\b"
    r"|\b(?P<de3>vollzeit|teilzeit)(?:stelle|vertrag|anstellung|job)\b"
    r"|\((?:m|w|d|f|x|gn|all)(?:/(?:m|w|d|f|x|gn|i))+\)\s*[-–,]?\s*(?:in\s+)?"
    r"(?P<de2>vollzeit|teilzeit)",
    re.IGNORECASE,
)


def _employment_tokens(text: str) -> tuple[str, ...] | None:
    """Read a field value made only of employment-type tokens; ``None`` if any is unknown."""
    key = text.lower().replace("_", " ").replace("-", " ").strip()
    key = re.sub(r"\s+", " ", key)
    found: set[str] = set()
    for part in _EMPLOYMENT_SPLIT.split(key):
        token = part.strip(" .()[]\"'")
        if not token:
            continue
        if token in _EMPLOYMENT_TOKENS:
            kind = _EMPLOYMENT_TOKENS[token]
        elif token.replace(" ", "") in _EMPLOYMENT_TOKENS:
            kind = _EMPLOYMENT_TOKENS[token.replace(" ", "")]
        else:
            return None
        if kind:
            found.add(kind)
    return tuple(t for t in EMPLOYMENT_TYPES if t in found)


def _employment_phrase_kind(m: re.Match[str]) -> tuple[str, ...]:
    if m.group("both"):
        return ("full_time", "part_time")
    word = (m.group("kind") or m.group("de") or m.group("de2") or m.group("de3") or "").lower()
    word = re.sub(r"[\s-]+", " ", word)
    if word in ("fulltime", "full time", "vollzeit"):
        return ("full_time",)
    if word in ("parttime", "part time", "teilzeit"):
        return ("part_time",)
    if word in ("temporary", "seasonal", "temp to hire"):
        return ("temporary",)
    if word in ("contract", "freelance", "contract to hire"):
        return ("contract",)
    if word == "internship":
        return ("internship",)
    if word == "volunteer":
        return ("volunteer",)
    return ()


@lru_cache(maxsize=_CACHE_SIZE)
def _employment_short(text: str) -> tuple[str, ...]:
    tokens = _employment_tokens(text)
    if tokens is not None:
        return tokens
    found = {kind for kind, rx in _EMPLOYMENT_TITLE if rx.search(text)}
    return tuple(t for t in EMPLOYMENT_TYPES if t in found)


_JOBTYPE_HINTS: Final = ("type", "status", "art:", "art :", "arbeitszeit", "anstellung:")
"""Where a "Job type:" style label may sit (found in lower-cased text with ``str.find``)."""
_EMPLOYMENT_HINTS: Final = (
    "time", "temporary", "seasonal", "contract", "freelance", "volunteer", "intern",
    "vollzeit", "teilzeit",
)  # fmt: skip
"""Literal cues near which the slow phrase pattern is tried."""


def _find_all(low: str, literals: tuple[str, ...]) -> list[int]:
    """Sorted start positions of every literal in ``low``; ``str.find`` is far faster than re."""
    positions: list[int] = []
    for lit in literals:
        pos = low.find(lit)
        while pos >= 0:
            positions.append(pos)
            pos = low.find(lit, pos + 1)
    positions.sort()
    return positions


_DURATION: Final = re.compile(
    r"(?:^|\n)[ \t*#•-]*(?:duration|contract\s+(?:length|duration|term)|assignment\s+length|"
    r"length\s+of\s+(?:contract|assignment)|vertragslaufzeit|laufzeit|befristung)[ \t*]*:[ \t*]*"
    r"(?:about\s+|approx\.?\s+|ca\.\s+)?\d{1,2}\s*\+?\s*(?:-\s*\d{1,2}\s*)?"
    r"(?:months?|mos?\.?|years?|yrs?|weeks?|monate?n?|jahre?n?|wochen)\b",
    re.IGNORECASE,
)
"""A "Duration: 1 Year" or "Laufzeit: 12 Monate" line: a fixed-term job."""
_DURATION_HINTS: Final = ("uration", "URATION", "ength", "ENGTH", "aufzeit", "AUFZEIT", "efristung")
"""Substrings one of which any :data:`_DURATION` line has (a cheap test before the pattern)."""


def _employment_long(text: str) -> tuple[str, ...]:
    found = _employment_labelled(text)
    if not found and any(w in text for w in _DURATION_HINTS) and _DURATION.search(text):
        return ("temporary",)  # "Duration: 6 months (possible extension)", with no type named
    return found


def _employment_labelled(text: str) -> tuple[str, ...]:
    found: set[str] = set()
    low = text.lower()
    labels = _find_all(low, _JOBTYPE_HINTS)
    if not labels:
        return _employment_phrases(text, low)
    matches = (
        m
        for pos in labels
        for m in _EMPLOYMENT_JOBTYPE.finditer(text, max(0, pos - 20), min(len(text), pos + 90))
    )
    for m in matches:
        field = (m.group(1) or m.group(2) or "").strip()
        tokens = _employment_tokens(field)
        if tokens is None:
            tokens = _employment_short(field[:60]) if len(field) <= 60 else ()
        found.update(tokens)
    if not found:
        return _employment_phrases(text, low)
    return tuple(t for t in EMPLOYMENT_TYPES if t in found)


def _employment_phrases(text: str, low: str) -> tuple[str, ...]:
    """Strong employment phrases, searched only in windows around literal cues (fast on long text)."""
    found: set[str] = set()
    last_end = -1
    for pos in _find_all(low, _EMPLOYMENT_HINTS):
        if pos < last_end:
            continue
        start = max(0, pos - 40)
        window_end = min(len(text), pos + 70)
        for m in _EMPLOYMENT_PHRASE.finditer(text, start, window_end):
            found.update(_employment_phrase_kind(m))
        last_end = window_end - 60 if window_end < len(text) else window_end
    return tuple(t for t in EMPLOYMENT_TYPES if t in found)


_CONTRACTOR: Final = re.compile(
    r"\b1099(?:[- ](?:independent[- ])?contract(?:or|ed)?s?\b|[- ](?:position|basis|role|only)\b)"
    r"|\bcontract(?:or)?\s*[:(]\s*1099\b|\bindependent(?:ly)?[- ]contract(?:or|ed)s?\b"
    r"|\bself-employed\s*\(1099\)",
    re.IGNORECASE,
)
_CONTRACTOR_NEGATED: Final = re.compile(
    r"\b(?:no|not|nor|never|cannot|can ?not|won'?t|isn'?t|instead of)\b[^.;!?\n]{0,30}$", re.I
)


def independent_contractor(text: object) -> bool:
    """Whether a description hires independent contractors ("1099 Independent Contractor",
    "Contract: 1099", "this is a 1099 position"), whatever its job-type field says.

    A tax form the job handles ("1099 reporting") and a refusal ("no Corp-to-Corp or 1099",
    "W-2 contractual roles, not 1099") are no such cue.

    Examples
    --------
    >>> independent_contractor("Competitive pay structure (1099 Independent Contractor)")
    True
    >>> independent_contractor("Prepare 1099 and ACA filings.")
    False
    >>> independent_contractor("Offered on W2 basis only (no Corp-to-Corp or 1099 contract).")
    False
    """
    value = _as_text(text)
    if value is None or ("1099" not in value and "ontract" not in value):
        return False
    for m in _CONTRACTOR.finditer(value):
        if not _CONTRACTOR_NEGATED.search(value, max(0, m.start() - 40), m.start()):
            return True
    return False


def parse_employment_types(text: object) -> tuple[str, ...]:
    """Read the employment types a field, title or description states.

    * A field value made only of known tokens (``"Full-time"``, ``"fulltime"``,
      ``"Contract"``, ``"Seasonal"``, ``"Werkstudent"``, ``"Festanstellung"``,
      ``"Befristet"``, ``"Minijob"``, ``"Full-time, Part-time"``, ``"full_time|contract"``)
      gives every type named. ``Permanent``/``Festanstellung``/``unbefristet`` map to
      ``full_time``, ``Seasonal``/``Befristet``/``Temp-to-hire`` to ``temporary``,
      ``Freelance``/``Contract-to-hire`` to ``contract``, ``Minijob`` to ``part_time``.
    * Other short text (a title) gives the types named by unambiguous words
      (``Teilzeit``, ``Part-Time``, ``Werkstudent``, ``Praktikum``, ``Intern``,
      ``Temporary``, ``Freelance``); ``Contract`` or ``Volunteer`` alone in a title say
      nothing (``"Contract Manager"``, ``"Volunteer Coordinator"``).
    * A description (over 200 characters) gives the types of a ``Job Type:`` line or of
      strong phrases only (``this is a part-time position``, ``(m/w/d) in Teilzeit``,
      ``in Voll- oder Teilzeit``); failing those, a ``Duration: 1 Year`` or ``Laufzeit: 12
      Monate`` line makes it ``temporary`` (a fixed term).

    Parameters
    ----------
    text : object
        Anything; non-strings give the empty tuple.

    Returns
    -------
    tuple of str
        Members of :data:`dreamfit.vocab.EMPLOYMENT_TYPES` in vocabulary order; empty when
        unknown.

    Examples
    --------
    >>> parse_employment_types("Full-time, Part-time")
    ('full_time', 'part_time')
    >>> parse_employment_types("Sachbearbeiter (m/w/d) in Teilzeit")
    ('part_time',)
    >>> parse_employment_types("Other")
    ()
    """
    value = _as_text(text)
    if value is None:
        return ()
    if len(value) <= _SHORT_MAX and "\n" not in value:
        return _employment_short(value)
    return _employment_long(value)


# ---------------------------------------------------------------------------------------------
# Seniority
# ---------------------------------------------------------------------------------------------

# Exact level-field values (LinkedIn, Indeed, StepStone and the like).
_SENIORITY_FIELD: Final = {
    "internship": "intern",
    "intern": "intern",
    "praktikum": "intern",
    "student": "intern",
    "entry level": "junior",
    "entry-level": "junior",
    "entry": "junior",
    "associate": "junior",
    "junior": "junior",
    "graduate": "junior",
    "berufseinsteiger": "junior",
    "berufseinstieg": "junior",
    "einsteiger": "junior",
    "absolvent": "junior",
    "mid-senior level": "senior",
    "mid senior level": "senior",
    "mid level": "mid",
    "mid-level": "mid",
    "mid": "mid",
    "intermediate": "mid",
    "experienced": "mid",
    "professional": "mid",
    "professional / experienced": "mid",
    "professional/experienced": "mid",
    "berufserfahren": "mid",
    "mit berufserfahrung": "mid",
    "senior": "senior",
    "senior level": "senior",
    "lead": "lead",
    "team lead": "lead",
    "teamleitung": "lead",
    "principal": "staff",
    "staff": "staff",
    "director": "director",
    "manager": "director",
    "head": "director",
    "leitung": "director",
    "führungskraft": "director",
    "executive": "executive",
    "vp": "executive",
    "c-level": "executive",
    "geschäftsführung": "executive",
    "geschäftsleitung": "executive",
}
# Title cues, checked from the highest level down; the highest level named wins.
_SENIORITY_TITLE: Final = (
    (
        "executive",
        re.compile(
            r"\b(?:vice[\s-]+president|s?e?vp|avp|president|chief\s+(?!of\s+staff)\w+"
            r"|c[etfoim]o|cxo|ciso|cpo|cro|cdo|geschäftsführer(?:in)?|geschäftsführung|geschäftsleitung"
            r"|vorstand|managing\s+director|executive\s+(?:director|vice)|founder)\b",
            re.IGNORECASE,
        ),
    ),
    (
        "director",
        re.compile(
            r"\b(?:director|head\s+of|chief\s+of\s+staff|(?:abteilungs|bereichs|niederlassungs"
            r"|gruppen|fach|betriebs|standort|filial)?leit(?:er|erin|ung)|direktor(?:in)?)\b"
            r"|\bleiter(?:in)?\b",
            re.IGNORECASE,
        ),
    ),
    (
        "staff",
        re.compile(
            r"(?<!assistant\s)(?<!vice\s)(?<!school\s)\bprincipal\b(?!'s)(?!\s+(?:of|at)\b)"
            r"|\bstaff\s+(?:\w+\s+){0,2}?(?:engineer"
            r"|developer|scientist|architect|designer|researcher|programmer|product\s+manager"
            r"|technical\s+program|sre|analyst\s+engineer)",
            re.IGNORECASE,
        ),
    ),
    (
        "lead",
        re.compile(
            r"\b(?:team|tech|technical|engineering|project)[\s-]?lead\b|\blead\b(?![\s-]+"
            r"(?:gen|generation|abatement|paint|based|poisoning|hazard|safe|inspector|risk))"
            r"|\b(?:team|gruppen|schicht)leit(?:er|erin|ung)\b|\bteamleader\b",
            re.IGNORECASE,
        ),
    ),
    (
        "senior",
        re.compile(
            r"\bsenior\b(?![\s-]+(?:care|living|services?|center|centre|housing|community"
            r"|communities|home|homes|citizens?|residents?|day|health|nutrition|companion"
            r"|helper|assisted))|\bsr\b\.?|\bsnr\b|\bsen\.",
            re.IGNORECASE,
        ),
    ),
    (
        "mid",
        re.compile(
            r"\bmid[\s-]?level\b|\bintermediate\b|\bberufserfahren\w*|\bexperienced\b"
            r"|\bprofessional\s*/\s*experienced\b",
            re.IGNORECASE,
        ),
    ),
    (
        "junior",
        re.compile(
            r"\bjunior\b|\bjr\b\.?|\bentry[\s-]?level\b|\bgraduate\b(?!\s+(?:student|research"
            r"|assistant|teaching|school|program\s+director))|\bberufseinst\w*|\btrainee\b"
            r"|\bnew\s+grad\b|\babsolvent\w*",
            re.IGNORECASE,
        ),
    ),
    (
        "intern",
        re.compile(
            r"\bintern(?:ship)?s?\b|\bpraktikant\w*|\bpraktikum\b|\bwerkstudent\w*"
            r"|\bworking\s+student\b|\bco-?op\s+student\b",
            re.IGNORECASE,
        ),
    ),
)
# Cut "Executive Assistant to the CEO" before "to the": the cue belongs to someone else.
_SENIORITY_CUT: Final = re.compile(
    r"\b(?:assistant|assistent(?:in)?|support|reporting|secretary|sekretär(?:in)?|aide)\s+"
    r"(?:to|for|of|der|des|zur|zum)\b.*$",
    re.IGNORECASE,
)


@lru_cache(maxsize=_CACHE_SIZE)
def _seniority_cached(text: str) -> str | None:
    key = " ".join(text.lower().split()).strip(" .,;:")
    if key in _SENIORITY_FIELD:
        return _SENIORITY_FIELD[key]
    title = _SENIORITY_CUT.sub(" ", text)
    for level, pattern in _SENIORITY_TITLE:
        if pattern.search(title):
            return level
    return None


def parse_seniority(text: object) -> str | None:
    """Read the seniority level from a job title or a level field.

    Level fields map exactly: LinkedIn ``Internship`` → intern, ``Entry level`` and
    ``Associate`` → junior, ``Mid-Senior level`` → **senior** (LinkedIn's one band between
    Associate and Director; most of its postings are for experienced, senior-titled
    individual contributors), ``Director`` → director, ``Executive`` → executive;
    ``Professional / Experienced`` / ``berufserfahren`` → mid.

    In a title the highest level named wins (``"Senior Director"`` → director):

    * executive: VP / Vice President, President, Chief ... Officer, CEO/CTO/CFO/COO/CIO/CMO,
      Geschäftsführer, Vorstand, Managing Director, Executive Director;
    * director: Director, Head of, Leiter/Leitung (Abteilungs-, Bereichs-), **Chief of Staff**
      (a senior advisory role, not a C-level officer);
    * staff: Principal (not "of"/"'s"), Staff + engineer/developer/scientist/architect/...
      (``"Staffing coordinator"`` and ``"Staff Accountant"`` are no cue);
    * lead: Lead, Team Lead, Tech Lead, Teamleiter (not ``Lead generation``, lead paint);
    * senior: Senior, Sr., Snr — not ``Senior care aide``, ``Senior living``,
      ``Senior services`` (the word names the clients there, not the level);
    * mid: Mid-level, Intermediate, Experienced, berufserfahren;
    * junior: Junior, Jr., Entry level, Graduate, Trainee, Berufseinsteiger, New grad;
    * intern: Intern, Internship, Praktikant, Praktikum, Werkstudent.

    Whatever follows "Assistant to" (``"Executive Assistant to the CEO"``) is ignored, and a
    plain "Assistant" is no cue. Titles without a cue give ``None`` (no guess from words
    like "Manager" or "Engineer II").

    Parameters
    ----------
    text : object
        A title or level field; anything that is not a non-empty string gives ``None``.

    Returns
    -------
    str or None
        One of :data:`dreamfit.vocab.SENIORITY_LEVELS`, or ``None``.

    Examples
    --------
    >>> parse_seniority("Sr. Data Engineer")
    'senior'
    >>> parse_seniority("Mid-Senior level")
    'senior'
    >>> parse_seniority("Lead Generation Specialist") is None
    True
    """
    value = _as_text(text)
    if value is None or len(value) > _SHORT_MAX:
        return None
    level = _seniority_cached(value)
    return level if level in SENIORITY_LEVELS else None
