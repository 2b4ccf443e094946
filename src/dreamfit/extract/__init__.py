"""Answers (English or German free text) to a weighted :class:`~dreamfit.models.DreamProfile`.

A first rule-based extractor: each answer is cut into clauses; each clause gets a polarity (want or
avoid, from negation cues) and an importance (from intensity cues); named things in the clause
(lexicon terms, role nouns, places, salary amounts) become criteria carrying the clause as their
source text with its exact character span. Deterministic, offline, no model needed.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Sequence
from functools import lru_cache
from typing import Any, Literal, cast

from dreamfit.errors import ParameterError
from dreamfit.extract import lexicon, placement
from dreamfit.models import IMPORTANCE_WEIGHTS, Criterion, DreamProfile
from dreamfit.postings.text import split_sentences
from dreamfit.vocab import STUDENT_TYPES

__all__ = ["FUNCTION_WORDS", "detect_focus", "detect_language", "extract_profile"]

_CLAUSE_BREAK = re.compile(
    r",?\s+\b(?:but|however|whereas|though|although|aber|jedoch|sondern|obwohl|wobei)\b\s+|;\s+",
    re.I,
)


def _whole_words(alternatives: str) -> re.Pattern[str]:
    """Compile a lexicon alternation to match whole words only, case-insensitively."""
    return re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)", re.I)


_AVOID = _whole_words(lexicon.AVOID_CUES)
_RESIDENCE = re.compile(
    r"\b(?:i live|i'?m (?:based|living|staying) in|i am (?:based|living|staying) in|i'?m in|"
    r"(?:want|like) to stay (?:here|in)|(?:ich )?(?:wohne|lebe) (?:in|bei|auf|im|am)|"
    r"(?:will|möchte) (?:nicht umziehen|hier bleiben|wohnen bleiben))\b",
    re.I,
)
"""Where the seeker lives ("I live in", "ich wohne in", "want to stay here")."""
_RATHER_THAN = re.compile(r"\b(?:rather|prefer|would prefer)\b[^.;:!?]*?\bthan\b", re.I)
"""What follows "than" after "rather" is what the seeker would rather not do."""
_LIST_NEG = _whole_words(lexicon.LIST_NEGATORS)
_POST_NEG = _whole_words(lexicon.POST_NEGATORS)
_NEAR_POST_NEG = _whole_words(lexicon.NEAR_POST_NEGATORS)
_NOT_NEG = _whole_words(lexicon.NOT_NEGATIONS)
_OUTSIDE = re.compile(rf"(?<!\w)(?:{lexicon.OUTSIDE_CUES})\s+(?:\w+\s+){{0,2}}$", re.I)
_INSTEAD = re.compile(
    r"(?<!\w)(?:instead of|rather than|statt|anstatt|anstelle von)\s+(?:[\w-]+\s+){0,2}$", re.I
)
"""What follows "instead of" / "statt" is what the seeker turns away from."""
_ON_COMMISSION = re.compile(
    r"\b(?:auf|gegen) provision(?:sbasis)?\b|\bprovisionsbasis\b|"
    r"\bcommission[- ](?:based|only)\s+(?:\w+\s+)?(?:sales|jobs?|roles?)\b",
    re.I,
)
_TIME_OFF = re.compile(r"\s+(?:off|free|frei|closed|geschlossen)\b", re.I)
_CLOSED_ON = re.compile(r"\b(?:closed|geschlossen)\s+(?:on\s+|am\s+)?\Z", re.I)
"""A day the workplace is closed ("closed Saturdays", "sonntags geschlossen") is a day off."""
_DOUBLE_NEGATION = re.compile(
    r"(?<!\w)(?:anything|nothing|something|job|jobs|work|role|roles)\s+(?:that|which)\s+"
    r"(?:isn'?t|is not|aren'?t|are not|doesn'?t|does not)\s+(?:[\w-]+\s+){0,3}$|"
    r"(?<!\w)(?:nichts|alles),?\s+was\s+nicht\s+(?:[\w-]+\s+){0,3}$",
    re.I,
)
_NEGATION_WINDOW = 4
"""A local negation ("no", "kein") reaches this many words ahead."""
_MUST = _whole_words(lexicon.MUST_CUES)
_HIGH = _whole_words(lexicon.HIGH_CUES)
_LOW = _whole_words(lexicon.LOW_CUES)
_ROLE = re.compile(
    rf"(?<!\w)(?:{lexicon.ROLE_NOUNS}|assembly line|{lexicon.GERMAN_ROLE_COMPOUNDS})(?:-arbeit)?(?!\w)",
    re.I,
)
_ROLE_FRAME = re.compile(
    r"\b(?:as an?|work(?:ed|ing)? as|job as|position as|role as|als|stelle als|job als|"
    r"arbeit als|ausbildung als|ausbildung zum|ausbildung zur|gelernte[rn]?|"
    r"ausgebildete[rn]?|staatlich anerkannte[rn]?)\s+"
    r"(?P<role>(?:[\w-]+\s){0,2}[\w-]+?)(?=[\s,.;:!?)]|$)"
    r"|(?P<role2>(?:[\w-]+\s){0,2}[\w-]+)\s+(?:role|position|job|stelle|gig)\b",
    re.I,
)
_NO_OCCUPATION = frozenset(
    {"in-house", "inhouse", "dream", "permanent", "salaried", "steady", "stable", "paid",
     "unpaid", "similar", "same", "different", "previous", "former", "current", "old", "first"}
)  # fmt: skip
"""Words before "role"/"job" that say how the job was, not what it was."""
_ROLE_FRAME_CUE = re.compile(
    r"\b(?:as|als|zum|zur|role|position|job|stelle|gig|gelernte[rn]?|ausgebildete[rn]?|"
    r"anerkannte[rn]?)\b",
    re.I,
)
"""A word every frame needs: a cheap test before the expensive frame pattern."""
_DIGIT = re.compile(r"\d")
_LED = re.compile(
    r"\b(?:mentor(?:ing)?|manag(?:e|ing)|lead(?:ing)?|supervis(?:e|ing)|train(?:ing)?|coach(?:ing)?|"
    r"onboard(?:ing)?|hire|hiring|anleiten|betreuen|einarbeiten|führen)\s+(?:\w+\s+){0,3}\Z",
    re.I,
)
"""A verb of leading right before a role or level: the people the seeker would lead ("room to
mentor a junior engineer", "Azubis anleiten"), not the seeker's own role or level."""
_COLLEAGUES = re.compile(
    r"\b(?:with|alongside|beside|next to|among|mit|neben)\s+(?:the|our|my|other|den|unseren|"
    r"meinen|anderen)\s+(?:\w+\s+){0,2}\Z",
    re.I,
)
"""Right before a role noun: the people the seeker works beside ("shipping it side by side with
the engineers", "mit den Kollegen"), not the seeker's own role."""
_COMPARISON = re.compile(
    r"\b(?:mehr|weniger|eher|lieber|besser|anders|genauso|so|more|less|rather|such|same|as)\s+"
    r"(?:als|as)(?:\s+an?)?\s*\Z",
    re.I,
)
"""A role frame's "als"/"as" that compares instead ("mehr als 100 Kindern")."""
_AS_AS = re.compile(r"[\w-]+\s+as\b", re.I)
"""After a frame's "as X": "as long as", "as much as" compare; no job follows "as"."""
_PUNCT = re.compile(r"[,.;:!?()\[\]\"]")
_PLACE = _whole_words(lexicon.LOCATIONS)
_STATE_ABBR = re.compile(r"(?<![\w-])(?:VA|NY|NJ|CA|TX|WA|MA|IL|PA|FL|GA|NC|OR|CO|MD|DC)(?![\w-])")
_OR_REMOTE = re.compile(r"\bor (?:fully )?remote\b|\boder (?:auch )?remote\b", re.I)
_MONEY_CUE = re.compile(
    r"[$€£]|\b(?:usd|eur|euros?|dollars?|bucks|gbp|salary|pay|wage|gehalt|lohn|verdien\w*|"
    r"stundenlohn|brutto|netto|jahresgehalt|\d+\s?k)\b",
    re.I,
)
_STOP_ROLE_WORDS = {
    "a", "an", "the", "my", "our", "as", "was", "is", "of", "in", "at", "on", "for", "and", "or",
    "to", "be", "being", "i", "it", "that", "this", "with", "role", "job", "position", "work",
    "loved", "love", "liked", "like", "want", "side", "ein", "eine", "einer", "der", "die", "das",
    "als", "im", "am", "war", "ist", "und", "oder", "mit", "meine", "mein", "hands-on", "real",
    "creative", "new", "next", "other", "any", "some", "good", "great", "do", "doing", "heavy",
    "only", "proper", "just", "more", "less", "actual", "mostly", "ich", "bin", "sind", "waren",
    "einen", "einem", "den", "dem", "des", "bei", "für", "zum", "zur", "i'm", "are",
    "were", "been", "currently", "still", "also", "auch", "noch", "derzeit", "aktuell",
    "gelernter", "gelernte", "gelernten", "ausgebildeter", "ausgebildete", "ausgebildeten",
    "no", "not", "kein", "keine", "keinen", "nicht", "accept", "accepting", "akzeptiere",
}  # fmt: skip
_EN_WORDS = {
    "the", "and", "i", "was", "is", "a", "to", "of", "in", "it", "that", "with", "for", "my",
    "not", "would", "like", "loved", "want", "job", "work",
}  # fmt: skip
_DE_WORDS = {
    "der", "die", "das", "und", "ich", "ist", "war", "nicht", "ein", "eine", "mit", "für", "mir",
    "mich", "bei", "im", "auf", "kein", "keine", "möchte", "gehalt", "arbeit", "stelle", "sehr",
}  # fmt: skip
_IMPORTANCE_ORDER = {"low": 0, "medium": 1, "high": 2, "must": 3}


@lru_cache(maxsize=1)
def _term_index() -> lexicon.TermIndex:
    return lexicon.compile_term_index()


_TOKEN = re.compile(r"\w+")


def _term_hits(text: str) -> list[tuple[int, int, int]]:
    """``(start, end, term index)`` of every lexicon term in ``text``, in text order."""
    patterns, by3, by2, always, contains, by1 = _term_index()
    low = text.lower()
    candidates = set(always)
    empty: set[int] = set()
    for token in _TOKEN.findall(low):
        candidates |= by3.get(token[:3], empty)
        candidates |= by2.get(token[:2], empty)
        candidates |= by1.get(token[:1], empty)
    for part, terms in contains.items():
        if part in low:
            candidates |= terms
    hits = [(m.start(), m.end(), i) for i in candidates for m in patterns[i].finditer(text)]
    hits.sort()
    return hits


_POSITION_FOCUS = _whole_words(lexicon.POSITION_FOCUS)
_COMPANY_FOCUS = _whole_words(lexicon.COMPANY_FOCUS)
_SIZE_BOUND = re.compile(
    r"(?P<op>under|fewer than|less than|below|at most|max(?:imal|imum)?\.?|unter|weniger als|"
    r"höchstens|over|more than|at least|above|über|mehr als|mindestens)\s+(?P<n>\d[\d.,]*)\s*"
    r"(?:people|persons|employees|staff|colleagues|mitarbeiter\w*|mitarbeitende\w*|leute|"
    r"menschen|kolleg\w*|beschäftigte\w*)",
    re.I,
)
_UPPER_OPS = ("under", "fewer", "less", "below", "at most", "max", "unter", "weniger", "höchstens")
_EMPLOYMENT_CODES = {
    "full-time": "full_time", "part-time": "part_time", "contract": "contract",
    "temporary": "temporary", "internship": "internship", "working student": "working_student",
}  # fmt: skip


def detect_language(text: str) -> str:
    """``"de"`` or ``"en"`` by function-word counts and German letters (``"en"`` on a tie).

    Examples
    --------
    >>> detect_language("Am wichtigsten ist mir ein Gehalt ab 3.000 Euro.")
    'de'
    >>> detect_language("I loved the team.")
    'en'
    """
    words = re.findall(r"[a-zäöüß]+", text.lower())
    en = sum(w in _EN_WORDS for w in words)
    de = sum(w in _DE_WORDS for w in words) + 2 * len(re.findall(r"[äöüß]", text.lower()))
    return "de" if de > en else "en"


def _clauses(answer: str) -> Iterable[tuple[int, int]]:
    for start, end in split_sentences(answer, min_chars=2):
        pos = start
        sentence = answer[start:end]
        for match in _CLAUSE_BREAK.finditer(sentence):
            if match.start() > 0:
                yield pos, start + match.start()
            pos = start + match.end()
        if end > pos:
            yield pos, end


def _importance(clause: str, avoid: bool) -> str:
    if _MUST.search(clause):
        return "must"
    if _LOW.search(clause):
        return "low"
    if _HIGH.search(clause):
        return "high"
    return (
        "high"
        if avoid and re.search(r"\b(?:won'?t|never|not accept)\b", clause, re.I)
        else ("medium")
    )


def _role_label(clause: str, match: re.Match[str]) -> str:
    """The role noun with up to two describing words before it ("senior data engineer")."""
    tail = clause[max(0, match.start() - 60) : match.start()]
    cut = list(_PUNCT.finditer(tail))
    if cut:
        tail = tail[cut[-1].end() :]
    prefix_words = tail.split()[-3:] if tail[-1:] in (" ", "-") else []
    kept: list[str] = []
    for word in reversed(prefix_words):
        if word.lower().strip("-/") in _STOP_ROLE_WORDS or not re.match(r"[\w]", word):
            break
        kept.insert(0, word)
    head = re.sub(r"-arbeit$", "", match.group(0), flags=re.I)
    label = " ".join([*kept[-2:], head]).replace("- ", "-").strip()
    return label if label else head


def _salary_criteria(clause: str, lang: str = "en") -> list[dict[str, Any]]:
    """Salary floors in a clause; alternatives ("$22/hr or $50k salaried") give one each."""
    clause = _NOT_MONEY.sub(lambda m: " " * len(m.group(0)), clause)
    if not _MONEY_CUE.search(clause) or not re.search(r"\d", clause):
        return []
    parts = [p for p in _ALTERNATIVE.split(clause) if re.search(r"\d", p)]
    found = []
    for part in parts if len(parts) > 1 else [clause]:
        salary = _salary_criterion(part, lang)
        if salary is not None and salary not in found:
            found.append(salary)
    if not found and len(parts) > 1:
        whole = _salary_criterion(clause, lang)
        found = [whole] if whole is not None else []
    return found


_ALTERNATIVE = re.compile(r",?\s+(?:or|oder|alternatively)\s+", re.I)


def _salary_criterion(clause: str, lang: str = "en") -> dict[str, Any] | None:
    from dreamfit.postings.parse import parse_salary

    salary = parse_salary(clause)
    if salary is None or (salary.min is None and salary.max is None):
        return None
    amount = salary.min if salary.min is not None else salary.max
    annual = salary.annual_min if salary.annual_min is not None else salary.annual_max
    return {
        "amount": amount,
        "currency": salary.currency or ("EUR" if lang == "de" else None),
        "period": salary.period,
        "annual": annual,
    }


_FILLER = re.compile(
    r"(?:would be|be|is|as) a (?:big |nice |real )?(?:bonus|plus)|wäre ein (?:bonus|plus)|"
    r"\bzum beispiel\b|\bfor (?:example|instance)\b|"
    r"(?:auf|bei) vollzeit (?:gerechnet|hochgerechnet|bezogen)|vollzeitäquivalent|"
    r"full[- ]time equivalent|(?:pro[- ]?rated|scaled) (?:to|for) full[- ]time|"
    r"\b(?:in|to|into) production\b|"
    r"\btraining (?:(?:ml|ai|machine learning|deep learning|language|neural|predictive) )?"
    r"(?:models?|networks?|runs?|pipelines?|data)\b|\bmodel training\b|"
    # conditions and disguises, not wishes: "or $30 an hour if it's a contract", "a sales job
    # dressed up as 'education consultant'"
    r"\b(?:if|when|falls|wenn) (?:it'?s|it is|it were|that'?s|es) (?:an? |eine? )?[\w-]+"
    r"(?: (?:role|job|position|stelle))?|"
    r"(?:dressed up as|disguised as|so-called|sogenannte\w*|getarnt als)\s+['\"‘“„][^'\"’”“]{1,40}"
    r"['\"’”“]",
    re.I,
)
"""Figures of speech that look like criteria: "would be a bonus" (a benefit), "auf Vollzeit
gerechnet" (a salary basis, not a wish for full-time work), "deployed in production" (software
running live, not manufacturing)."""
_SO_ARE = re.compile(
    r"\band so (?:are|is|do|does)\b|\band neither\b|genauso wenig|ebenso wenig", re.I
)


_OUT_OF_QUESTION = re.compile(r"kommt\b.*\bnicht in frage", re.I)
_BREAK_BEFORE_NEG = re.compile(r"[;:]|\b(?:but|aber)\b", re.I)
_LIST_GAP = re.compile(r"[,;:]|\b(?:and|und)\b")
_UNPAID_BEFORE = re.compile(r"\b(?:unpaid|unbezahlte\w*|unentgeltliche\w*)\s+$", re.I)
_OR_CHAIN = re.compile(r"\b(?:or|oder|nor|noch)\s+$", re.I)


@lru_cache(maxsize=64)
def _masked(clause: str) -> tuple[str, bool]:
    """The clause with negation-free phrases ("not only", "nicht nur") blanked out, and whether
    it says "kommt ... nicht in Frage" (computed once per clause, not once per term)."""
    masked = _NOT_NEG.sub(lambda m: "_" * len(m.group(0)), clause)
    return masked, _OUT_OF_QUESTION.search(masked) is not None


def _negated(clause: str, pos: int) -> bool:
    """Whether the term at ``pos`` of ``clause`` is negated.

    A list negator ("I would not accept", "möchte keine", "kommt nicht in Frage") negates the whole
    clause after it (or, for "kommt ... nicht in Frage", the whole clause); a plain negation word
    ("no", "not a", "kein") negates only the next few words. "No more than", "nicht nur" and the
    like negate nothing.
    """
    masked, out_of_question = _masked(clause)
    before = masked[:pos]
    if out_of_question or _LIST_NEG.search(before):
        return True
    so_are = _SO_ARE.search(before)
    if so_are is not None and _POST_NEG.search(before[: so_are.start()]):
        return True  # "X are a no for me, and so are Y"
    after = _POST_NEG.search(masked, pos)
    if after is not None and not _BREAK_BEFORE_NEG.search(masked, pos, after.start()):
        return True
    near = _NEAR_POST_NEG.search(masked, pos)
    if (
        near is not None
        and not _LIST_GAP.search(masked, pos, near.start())
        and len(masked[pos : near.start()].split()) <= _NEGATION_WINDOW + 1
    ):
        return True
    last = None
    for last in _AVOID.finditer(before):  # noqa: B007 - the last match is the one that counts
        pass
    away = None
    for away in _RATHER_THAN.finditer(before):  # noqa: B007 - the last one counts
        pass
    if away is not None and (last is None or away.end() > last.end()):
        last = away  # "I'd rather have a steady W-2 job ... than chase loads"
    if last is None:
        return False
    gap = before[last.end() :]
    # "kein Vertrieb mit Provision oder Kaltakquise": things joined by "or" stay negated a little
    # further (neither of them); a comma or an "and" ends the negation.
    window = 2 * _NEGATION_WINDOW if _OR_CHAIN.search(gap) else _NEGATION_WINDOW
    return len(gap.split()) <= window and not _LIST_GAP.search(gap)


def _term_value(facet: str, label: str) -> dict[str, Any] | None:
    if facet == "work_mode":
        return {"mode": label}
    if facet == "employment_type":
        code = _EMPLOYMENT_CODES.get(label)  # unpaid work has no field: it is matched by words
        return {"types": [code]} if code else None
    if facet == "seniority":
        return {"level": label}
    if facet == "company_size" and label in lexicon.COMPANY_SIZES:
        size = lexicon.COMPANY_SIZES[label]
        return {"employees_min": size["min"], "employees_max": size["max"]}
    if facet == "company_stage":
        return {"stage": label}
    return None


_SIZE_ABOUT = re.compile(
    r"(?:~\s?|ca\.?\s|circa\s|about\s|around\s|etwa\s|rund\s|mit\s|with\s)?"
    r"(?P<n>\d[\d.,]*)\+?\s?-?\s?(?:person\b|people|persons|employees|staff|leute\w*|"
    r"mitarbeiter\w*|mitarbeitende\w*|beschäftigte\w*|of us)",
    re.I,
)


def _size_bound(clause: str) -> tuple[dict[str, Any], int] | None:
    if _DIGIT.search(clause) is None:
        return None  # both patterns need a number; most clauses have none
    match = _SIZE_BOUND.search(clause)
    if match is None:
        about = _SIZE_ABOUT.search(clause)
        if about is None:
            return None
        digits = re.sub(r"[.,]", "", about.group("n"))
        if not digits.isdigit() or int(digits) == 0:
            return None
        n = int(digits)
        # "a ~300 person medtech", "mit 25 Leuten": about that many, so half to twice as many.
        return {"employees_min": max(1, n // 2), "employees_max": n * 2}, about.start()
    digits = re.sub(r"[.,]", "", match.group("n"))
    if not digits.isdigit():
        return None
    n = int(digits)
    upper = match.group("op").lower().startswith(_UPPER_OPS)
    value = (
        {"employees_min": None, "employees_max": n}
        if upper
        else {"employees_min": n, "employees_max": None}
    )
    return value, match.start()


_PERIODS_DE = {"hour": "Stunde", "day": "Tag", "week": "Woche", "month": "Monat", "year": "Jahr"}


def _salary_label(salary: dict[str, Any], lang: str) -> str:
    """``salary ≥ 70,000 USD/year``, or in German ``Gehalt ≥ 70.000 EUR/Jahr``."""
    amount = float(salary["amount"])
    shown = f"{amount:,.0f}" if amount >= 100 else f"{amount:g}"
    period = salary["period"] or ""
    word = "salary"
    if lang == "de":
        shown = shown.replace(",", ".") if amount >= 100 else shown.replace(".", ",")
        period, word = _PERIODS_DE.get(period, period), "Gehalt"
    currency = f" {salary['currency']}" if salary["currency"] else ""
    return f"{word} ≥ {shown}{currency}{'/' + period if period else ''}"


_NOT_MONEY = re.compile(
    r"\b401\s?\(?k\)?|\b403\s?\(?b\)?|\b1099s?\b|"
    r"\b(?:fees?|gebühr\w*|rent|miete|deposit|kaution|kosten|costs?)\s+(?:of|over|above|under|"
    r"below|up to|von|über|unter|bis)?\s*[$€£]?\s?\d[\d.,]*\s?k?(?:\s?(?:€|eur|euro|usd|dollars?))?"
    r"(?:\s?/\s?(?:mo|month|yr|year|monat)\b)?|"
    r"\d+(?:\s?(?:[-–]|to|bis)\s?\d+)?\s?-?(?:tage\w*|days?|std\.?|stunden|hours?|hrs|jahre?n?|"
    r"years?|wochen|weeks?|monate?n?|months?|%|prozent|percent|leute|people|mitarbeiter\w*|"
    r"employees|"
    r"zimmer\w*|rooms|kinder\w*|kids|minut\w*|min\b|km|miles|uhr|am\b|pm\b|h\b|"
    r"lbs?\b|pounds?|kg\b|kilo\w*|boxes|packages|pakete\w*|stops|feet|ft\b)",
    re.I,
)
"""Numbers that are not pay: retirement plans ("401k"), tax forms ("1099"), fees and rent the
seeker would pay ("desk fees over $500/mo"), counts of days, hours, people, rooms, and weights
("50-75 lb boxes")."""
_FREE_VERBS = frozenset(
    [
        "knew",
        "know",
        "had",
        "have",
        "has",
        "was",
        "were",
        "is",
        "are",
        "did",
        "does",
        "made",
        "got",
        "prefer",
        "fluent",
        "avoid",
        "want",
        "wanted",
        "kam",
        "war",
        "waren",
        "hab",
        "habe",
        "hatte",
        "ist",
        "sind",
        "reicht",
        "gemacht",
        "shared",
        "critiqued",
        "capped",
        "collaborate",
        "collaborated",
        "felt",
        "seemed",
        "said",
        "told",
        "came",
        "went",
        "worked",
        "let",
        "lets",
        "wish",
        "hoping",
        "hope",
        "use",
        "uses",
        "used",
        "using",
    ]
)
"""Words that mark a sentence, not a named thing: a free item with one of them is dropped."""
_MONEY_SPAN = re.compile(
    r"(?:[$€£]\s?)?\d[\d.,]*\s?(?:k|K|€|EUR|Euro|USD|dollars?|pounds?)?\s?(?:brutto|netto)?"
    r"\s?(?:/\s?(?:hr|h|hour|yr|year|month|mo)\b|(?:an|per|a|pro|im|die) (?:hour|year|month|"
    r"stunde|jahr|monat)\b)?",
    re.I,
)
_ITEM_SPLIT = re.compile(
    r"[,;:()]|\s(?:and|or|und|oder|sowie|plus|as well as|but|aber|with|mit|instead of|"
    r"rather than|anstatt|statt|lieber als)\s|\s[-–—+]\s|/",
    re.I,
)
_WORD = re.compile(r"[^\W\d_][\w'’.+#-]*[\w+#]|[^\W\d_]|\d+[\w+]*", re.U)
_FREE_CULTURE = re.compile(
    r"team|people|culture|atmosph|colleag|kolleg|manager|boss|leitung|vibe|environment|respect|"
    r"calm|honest|friendly|toxic|yell|scream|stress|micromanag|autonom|trust|wertschätz|stimmung|"
    r"-driven|-getrieben|-orientiert|"
    r"hierarch|mentor|feedback|valued|appreciat|chill|relax|entspann|herzlich|zeit für|ruhig",
    re.I,
)
_FREE_SCHEDULE = re.compile(
    r"\bhours?\b|shift|\bnights?\b|weekend|overtime|\buhr\b|dienst|stunden|schedule|roster|feierabend|"
    r"abends?\b|morning|evening|\d\s?(?:am|pm)\b|busy season|home (?:every|each) night|zu hause",
    re.I,
)
_FREE_BENEFIT = re.compile(
    r"discount|rabatt|tuition|insurance|parking|gym|lunch|zuschuss|ticket\b|kita|childcare|"
    r"certif|zertifi|fortbild|weiterbild",
    re.I,
)
_FREE_TRAVEL = re.compile(r"travel|reise|commute|pendel|on the road|unterwegs", re.I)
_FREE_INDUSTRY = re.compile(r"industry|sector|branche|\bfield\b|bereich", re.I)
_FREE_STOP = frozenset(
    """
    a an the and or but if so to of in on at by for from with about as into than then that
    this these those it its it's i i'm i'd i've me my mine we our us you your they them their
    he she his her who whom which what when where why how was were is are be been being am do
    does did done have has had having will would should could can may might must need needs
    want wanted wants like liked love loved loving enjoy enjoyed really very much most more
    also just only still even always never ever not no nothing any some all each every both
    either neither other another same such own there here again already yet too quite rather
    pretty lot lots bit thing things stuff something anything everything way ways kind sort
    part side whole next job jobs role position work working company place one two three first
    new old good great nice best better ideal ideally absolutely definitely especially
    important importantly main mainly mostly please maybe perhaps probably ok okay yes get got
    getting make made making take took go going say said tell told think thought know knew
    feel felt see saw look looking find found give gave keep kept let put seem seemed become
    became back well now today dont don't won't wouldn't can't isn't wasn't didn't doesn't
    i'll accept anymore der die das den dem des ein eine einen einem einer eines und oder aber
    wenn dann weil dass als wie wo wer mit von vom zu zum zur im auf aus bei für fuer über
    ueber unter nach vor durch ohne gegen um bis seit ich mich mir mein meine meinen meinem
    meiner wir uns unser unsere du dich dir sie ihr ihre ihnen er ihm ihn es sein seine seinen
    war waren ist sind bin bist sei wäre waere wären hat habe hatte hatten haben hätte haette
    wird werden würde wuerde kann könnte koennte muss müsste sollte soll möchte moechte mag
    mochte gefallen gefiel gefällt geliebt liebe lieben fand finde gut toll schön schoen super
    gerne gern sehr auch nur noch schon immer nie nicht kein keine keinen keinem keiner nichts
    mehr viel viele allem besonders wichtig wichtigsten meisten unbedingt mindestens
    eigentlich wirklich ganz etwas alles jede jeden jeder stelle arbeit firma unternehmen
    sache sachen dinge art teil nächste naechste neue da hier dort heute jetzt mal bitte
    vielleicht wohl eher zwar trotzdem akzeptiere akzeptieren frage kommt honestly tbh lol
    plus fine similar match works since hard line clearly actually basically literally cool
    awesome guys ppl hr minimum least woche wochen tag tage tagen umgebung kinder kindern
    leute leuten menschen profil zeit jahr jahre jahren monat monate monaten stunde stunden
    haus stadt ort weg ende anfang seite genau einfach echt klar perfekt weniger interested itself etc
    liebsten stay staying remain bleiben near nearby nahe years year months weeks days beim
    vom ins ans bisschen bissl paar wenig that's there's what's who's he's she's they're we're
    you're i'd we'd they'd you'd that’s there’s what’s who’s he’s she’s they’re we’re you’re
    i’d we’d they’d you’d full going gonna either hate hated hating dislike disliked tried
    hauptsächlich hauptsaechlich mainly nem ner nen ungefähr ungefaehr roughly thema themen ganzen
    ganze ganzer little evtl eventuell ggf gegebenenfalls suche suchen sucht erfahrung chef chefin
    z b z.b bzw usw etc e.g i.e wohne wohnen lebe
    approximately fall early
    """.split()  # noqa: SIM905 - a word list reads better as text
)
"""Words that never make a free criterion on their own (function words, cue verbs, fillers)."""
FUNCTION_WORDS: frozenset[str] = _FREE_STOP
"""English and German function words, cue verbs and fillers (also BM25's stop words)."""
_MAX_FREE_WORDS = 4
_GERUND_OBJECT = re.compile(r"\s+(?:it|them|this|that|things|stuff|everything|something)\b", re.I)
_WORK_VERBS = frozenset(["arbeiten", "arbeite", "arbeitet", "tätig", "anfangen", "einsteigen"])
"""Verbs after a role frame's occupation ("als Elektroniker arbeiten"): the role ends before them.
Not function words: for German answers' word matching they still carry meaning."""
_TASK_AFTER_ROLE = re.compile(r"\s+(?:\w+ing)(?:\s+(?:together|up|out|through))?\s+(?=\w)", re.I)
"""Right after a role: the gerund of what the seeker did in it ("putting together", "writing")."""
_REASON_WORDS = frozenset(["wegen", "aufgrund", "weil", "because", "due", "since", "da"])


def _free_items(
    clause: str,
    covered: list[tuple[int, int]],
    lang: str = "en",
    role_ends: Collection[int] = (),
) -> list[tuple[int, int, str]]:
    """Short noun-like phrases of a clause that no lexicon term, role, place or amount covers.

    The clause is cut at list separators (commas, "and"/"und", "or"/"oder", slashes, dashes); a
    piece becomes a free criterion when, after function words and cue verbs are dropped, one to
    four words remain and none of its characters is covered already. A piece that names a role
    (ending at one of ``role_ends``) and goes on with what the seeker did in it ("a budget analyst
    putting together revenue forecasts") keeps that task.
    """
    items: list[tuple[int, int, str]] = []
    pos = 0
    cuts = [(m.start(), m.end()) for m in _ITEM_SPLIT.finditer(clause)] + [
        (len(clause), len(clause))
    ]
    for cut_start, cut_end in cuts:
        a, b = pos, cut_start
        pos = cut_end
        inside = [e for s, e in covered if s < b and a < e]
        task = _TASK_AFTER_ROLE.match(clause, max(inside)) if inside else None
        if task is not None and max(inside) in role_ends and task.end() < b:
            a = task.end()  # "a budget analyst putting together revenue forecasts": the task
        elif b - a < 3 or inside:
            continue
        words = [m for m in _WORD.finditer(clause, a, b)]
        unit = _UNIT_FACET.search(clause[a:b])
        if unit is not None and len(words) <= 2 * _MAX_FREE_WORDS:
            # "35 bis 39 Stunden", "8-16 Uhr", "20 people": the amount and its unit together
            items.append((a + unit.start(), a + unit.end(), unit.group(0)))
            continue
        content = [m for m in words if m.group(0).lower().strip(".'’") not in _FREE_STOP]
        if lang == "de" and _capitalizes(clause):
            # German capitalizes its nouns: a thing ends in one ("flexible Arbeitszeiten"); lower-case
            # words after the last one are verbs or adjectives ("ITIL-Zertifizierung bezahlt"),
            # except a task's infinitive right after its noun ("Schäden begutachten")
            while (
                len(content) > 1
                and content[-1].group(0)[:1].islower()
                and not (
                    _task_infinitive(content[-1].group(0)) and content[-2].group(0)[:1].isupper()
                )
            ):
                content.pop()
        if not 1 <= len(content) <= _MAX_FREE_WORDS or len(words) > 2 * _MAX_FREE_WORDS:
            continue
        if all(len(m.group(0)) < 3 for m in content):
            continue
        if any(m.group(0).lower().strip(".'’") in _FREE_VERBS for m in words):
            continue
        if words and words[0].group(0).lower() in _REASON_WORDS:
            continue  # "wegen meinem Sohn", "because of my back": a reason, not a wish
        if len(content) == 1 and not _looks_named(content[0].group(0), lang):
            continue
        if _GERUND_OBJECT.match(clause, content[-1].end()) and content[-1].group(0).endswith("ing"):
            continue  # "shipping it", "building things": something the seeker does, not a thing
        if any(m.group(0).isdigit() for m in content) and not _UNIT_FACET.search(clause[a:b]):
            continue  # a bare count ("6 Monate", "3 stores") says little on its own
        start, end = content[0].start(), content[-1].end()
        items.append((start, end, clause[start:end].strip(" .!?'\"")))
    # A lone piece is usually a sentence fragment; lists ("Python, SQL and dbt") carry the items.
    return [item for item in items if item[2]] if len(cuts) > 1 else []


def _town(phrase: str, lang: str = "en", near: Sequence[str] = ()) -> bool:
    """Whether a free phrase names a town, so it is a place and not, by its last word, an
    occupation ("Ann Arbor") or, by the model, a skill ("Gröbenzell").

    Two or three capitalized words: a town of 20,000 or more anywhere ("Bad Homburg"). One word,
    in German: a German, Austrian or Swiss town of 10,000 or more ("Gräfelfing"). One English
    word only beside a place named in the same clause, within :data:`_NEAR_TOWN_KM` of it
    ("Seattle ... Bellevue or Redmond"): alone, too many are also ordinary words or alternate
    names of some town ("Mobile", "Reading"). German nouns that are towns are listed out.
    """
    words = phrase.split()
    if not 1 <= len(words) <= 3 or not all(w[:1].isupper() for w in words) or _DIGIT.search(phrase):
        return False
    single = len(words) == 1
    if single and (phrase.lower() in _FREE_STOP | _TOWN_NOUNS or (lang != "de" and not near)):
        return False
    from dreamfit import geo

    gaz = geo.gazetteer()
    row = None if gaz is None else gaz.lookup(phrase)
    if row is None or gaz is None:
        return False
    if single and lang != "de":
        return _near_a_named_place(phrase, near)
    if single:
        return str(gaz.country[row]) in ("DE", "AT", "CH") and int(gaz.population[row]) >= 10_000
    return int(gaz.population[row]) >= 20_000


def _join_places(found: list[Criterion], clause: str, town: str, negated: bool) -> bool:
    """Add ``town`` to the place criterion already taken from ``clause`` with the same
    polarity; False when there is none."""
    polarity = "avoid" if negated else "want"
    for k in range(len(found) - 1, -1, -1):
        crit = found[k]
        value = crit.value or {}
        if crit.facet == "location" and crit.text == clause and value.get("places"):
            if crit.polarity != polarity:
                return False
            places = [*value["places"], town]
            found[k] = crit.model_copy(
                update={"label": " or ".join(places), "value": {**value, "places": places}}
            )
            return True
    return False


_NEAR_TOWN_KM = 60.0
"""How far from a place named in the same clause a one-word English town may lie."""
_LIKE_TOWN = re.compile(r"\b(?:like|such as|e\.g\.|maybe|wie|etwa)\s+([A-ZÄÖÜ][\w-]+)$")
_COMPASS = re.compile(
    r"(?:the |der |den |dem |im )?(?:(?:nord|süd|sued|ost|west)(?:en|west|ost)?|norden|süden"
    r"|(?:north|south)(?:east|west)?|east|west)(?:ern)?(?: side| part| teil)?",
    re.IGNORECASE,
)
"""A compass direction on its own ("der Westen drumherum", "the north side"): where around a
place, not a place; the place it qualifies is read by itself."""


def _near_a_named_place(town: str, named: Sequence[str]) -> bool:
    if not named:
        return False  # most one-word free phrases ("Python", "Figma") stop here
    import numpy as np

    from dreamfit import geo

    point = geo.resolve(town, posting=False)
    centres = [c for c in (geo.resolve(name, posting=False) for name in named) if c is not None]
    if point is None or not centres:
        return False
    return bool(geo.distance_km(np.array([point]), np.array(centres)).min() <= _NEAR_TOWN_KM)


_TOWN_NOUNS = frozenset(["stelle", "wetter", "gerne", "hof", "halle", "essen", "raum", "kinder"])
"""German words that are also the names of towns of 10,000 or more."""


@lru_cache(maxsize=1)
def _place_starts() -> tuple[frozenset[str], frozenset[str]]:
    """First three letters (and whole short names) of every place name in the lexicon."""
    starts: set[str] = set()
    short: set[str] = set()
    for alternative in lexicon._top_level_alternatives(lexicon.LOCATIONS):
        for prefix in lexicon.alternative_prefixes(alternative) or [alternative]:
            (starts if len(prefix) >= 3 else short).add(prefix[:3])
    return frozenset(starts), frozenset(short)


def _may_name_place(text: str) -> bool:
    """Whether a word of ``text`` starts like a known place: the one big place pattern then runs
    on a few clauses instead of all of them."""
    starts, short = _place_starts()
    return any(w[:3] in starts or w in short for w in _TOKEN.findall(text.lower()))


_PARTICIPLE = re.compile(
    r"(?:ab|an|auf|aus|bei|ein|fest|her|hin|los|mit|nach|vor|weg|zu|zurück|zusammen)?ge\w{3,}", re.I
)
_AUXILIARIES = frozenset(
    [
        "hätten",
        "hatten",
        "haben",
        "wurden",
        "werden",
        "waren",
        "wären",
        "sind",
        "können",
        "könnten",
        "müssen",
        "müssten",
        "sollen",
        "sollten",
        "dürfen",
        "durften",
        "wollen",
        "wollten",
        "möchten",
        "mögen",
    ]
)


def _task_infinitive(word: str) -> bool:
    """A German infinitive that names a task with the noun before it ("Schäden begutachten",
    "Trocknungsgeräte aufbauen"), not an auxiliary ("hätten") or a participle ("eingehalten")."""
    low = word.lower()
    return (
        low.endswith(("en", "ern", "eln"))
        and low not in _AUXILIARIES
        and low not in _WORK_VERBS
        and not _PARTICIPLE.fullmatch(low)
    )


def _capitalizes(clause: str) -> bool:
    """Whether the writer capitalizes inside the clause (so, in German, marks nouns by case); in
    an all-lower-case clause the case of a word says nothing."""
    return any(w[:1].isupper() for w in clause.split()[1:])


def _looks_named(word: str, lang: str = "en") -> bool:
    """A single word that can stand as a criterion: a capitalized noun, an acronym, a tool name
    with digits or symbols, or an English word of six letters or more (German lower-case words
    are adjectives or verbs, never names)."""
    if any(ch.isdigit() for ch in word) or any(ch in "+#/." for ch in word[1:]):
        return True
    if word[:1].isupper():
        return len(word) >= 3
    if word.endswith("ed") and word != "embedded":
        return False  # "deployed", "capped": a verb's participle, not a thing
    if _ADJECTIVE.search(word) and word.lower() not in _ADJECTIVE_NOUNS:
        return False  # "progressive", "generous": how something is, not a thing to look for
    return lang != "de" and len(word) >= 6 and word.isascii()


_ADJECTIVE = re.compile(r"(?:ive|ous|ful|less|able|ible|ish)$", re.I)
_ADJECTIVE_NOUNS = frozenset(
    [
        "executive",
        "initiative",
        "incentive",
        "representative",
        "automotive",
        "objective",
        "narrative",
        "alternative",
        "detective",
        "relative",
        "wireless",
        "cable",
        "table",
        "vegetable",
        "receivable",
        "payable",
        "variable",
    ]
)


_UNIT_FACET = re.compile(
    r"(?<!\d)\d+\s*(?:-|bis|to)?\s*\d*\s*(?P<schedule>std\.?|stunden|hours?|hrs|uhr|am|pm)\b|"
    r"(?<!\d)\d+\s*(?P<size>leute\w*|people|mitarbeiter\w*|employees|kolleg\w*)\b",
    re.I,
)
_PLACE_BEFORE = re.compile(
    r"(?:\b(?:in|bei|nach|near|around|um|im raum|raum|aus|from|out of)\s+)$", re.I
)


_OCCUPATION = re.compile(
    r"(?:[a-zäöü]{2,}(?:er|or|ist|ian|eur|euse|erin|istin|kraft|ant|antin|ent|entin|iker|ikerin|"
    r"meister|meisterin|helfer|helferin|pfleger|pflegerin|loge|login))$",
    re.I,
)
_NOT_OCCUPATION = frozenset(
    [
        "number",
        "paper",
        "träger",
        "roboter",
        "computer",
        "weather",
        "better",
        "after",
        "other",
        "water",
        "order",
        "center",
        "centre",
        "member",
        "partner",
        "customer",
        "manner",
        "matter",
        "power",
        "tower",
        "corner",
        "summer",
        "winter",
        "winter",
        "letter",
        "chapter",
        "character",
        "register",
        "transfer",
        "offer",
        "answer",
        "together",
        "however",
        "whatever",
        "never",
        "ever",
        "under",
        "over",
        "either",
        "neither",
        "rather",
        "later",
        "master",
        "sister",
        "brother",
        "mother",
        "father",
        "daughter",
        "server",
        "router",
        "trailer",
        "counter",
        "monitor",
        "factor",
        "sector",
        "floor",
        "door",
        "error",
        "mirror",
        "color",
        "colour",
        "interior",
        "exterior",
        "major",
        "minor",
        "senior",
        "junior",
        "prior",
        "tutor",
        "doctor",
        "patient",
        "client",
        "agent",
        "parent",
        "student",
        "moment",
        "content",
        "talent",
        "event",
        "environment",
        "department",
        "management",
        "development",
        "government",
        "equipment",
        "treatment",
        "payment",
        "apartment",
        "element",
        "segment",
        "statement",
        "requirement",
        "department",
        "zimmer",
        "kunden",
        "kinder",
        "lehrer",
        "mitarbeiter",
        "mitarbeiterin",
        "leiter",
        "leiterin",
        "chef",
        "chefin",
        "team",
        "theater",
        "wasser",
        "ufer",
        "ende",
        "anfang",
        "unternehmer",
        "arbeitgeber",
    ]
)
_PLACE_WORD = re.compile(
    r"\b(?:area|county|region|metro|city|valley|bay|raum|kreis|landkreis)\b", re.I
)


_FREE_CUES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("culture", _FREE_CULTURE),
    ("schedule", _FREE_SCHEDULE),
    ("benefit", _FREE_BENEFIT),
    ("travel", _FREE_TRAVEL),
    ("industry", _FREE_INDUSTRY),
)
"""Cue patterns for free phrases, tried in this order."""


def _free_facet(phrase: str, clause: str) -> tuple[str, bool]:
    """A facet for a free phrase, from cue words in the phrase (then in its clause); else skill.

    An occupation-shaped last word ("head teller", "Lokführer") makes a role, a place word
    ("Yolo county", "Raum Hannover") a location.
    """
    words = phrase.split()
    last = words[-1].strip(".,'’") if words else ""
    if _PLACE_WORD.search(phrase) and phrase[:1].isupper():
        return "location", True
    if len(words) <= 3 and _OCCUPATION.search(last) and last.lower() not in _NOT_OCCUPATION:
        return "role", True
    facet = _cue_facet(phrase)
    if facet is not None:
        return facet, True
    return _cue_facet(clause) or "skill", False


_ANY_CUE = re.compile("|".join(f"(?P<{facet}>{cue.pattern})" for facet, cue in _FREE_CUES), re.I)


@lru_cache(maxsize=256)  # a clause is asked once per free phrase in it
def _cue_facet(text: str) -> str | None:
    """The first facet (in :data:`_FREE_CUES` order) whose cue occurs in ``text``: one pass of
    the joined pattern instead of one search per cue."""
    present = {m.lastgroup for m in _ANY_CUE.finditer(text)}
    return next((facet for facet, _ in _FREE_CUES if facet in present), None)


def _clause_criteria(
    answer: str,
    index: int,
    start: int,
    end: int,
    lang: str = "en",
    unsure: list[tuple[Criterion, str]] | None = None,
) -> list[Criterion]:
    """Criteria of one clause. Free phrases whose facet no rule settles are appended to
    ``unsure`` (criterion, phrase) for :func:`placement.place` to decide in one batch."""
    clause = answer[start:end]
    avoid = bool(_AVOID.search(clause))
    importance = _importance(clause, avoid)
    found: list[Criterion] = []

    covered: list[tuple[int, int]] = []

    def add(
        facet: str,
        label: str,
        value: dict[str, Any] | None = None,
        *,
        at: int = 0,
        until: int | None = None,
        **kw: Any,
    ) -> None:
        covered.append((at, until if until is not None else at + 1))
        imp = kw.get("importance", importance)
        if lang == "de":
            label = lexicon.DE_LABELS.get(label, label)
        negated = _negated(clause, at) or bool(_INSTEAD.search(clause[max(0, at - 40) : at]))
        if facet == "location" and _OUTSIDE.search(clause[:at]):
            negated = False  # "outside Exeter" is near it; "nothing outside Hamburg" wants it
        if negated and _DOUBLE_NEGATION.search(clause[max(0, at - 60) : at]):
            negated = False  # "nothing that isn't hands-on": hands-on is what they want
        found.append(
            Criterion(
                facet=facet,  # type: ignore[arg-type]
                polarity=kw.get("polarity", "avoid" if negated else "want"),
                importance=imp,
                weight=IMPORTANCE_WEIGHTS[imp],
                label=label,
                text=clause,
                value=value,
                answer=index,
                start=start,
                end=end,
            )
        )

    for salary in _salary_criteria(clause, lang):
        add("salary", _salary_label(salary, lang), salary, polarity="want")
        units = [m.span() for m in _UNIT_FACET.finditer(clause)]  # "35 bis 39 Stunden" stays
        covered.extend(
            m.span()
            for m in _MONEY_SPAN.finditer(clause)
            if not any(a <= m.start() < b for a, b in units)
        )
    seen: set[int] = set()
    scanned = _FILLER.sub(lambda m: " " * len(m.group(0)), clause)
    covered.extend(m.span() for m in _FILLER.finditer(clause))  # nor a free phrase
    hits = _term_hits(scanned)
    for hit_start, hit_end, term in hits:
        if term in seen:
            covered.append((hit_start, hit_end))  # a repeat of a term still covers its words
            continue
        if any(
            s <= hit_start and hit_end <= e and (s, e) != (hit_start, hit_end)
            for s, e, other in hits
            if lexicon.TERMS[other][0] != "company_size"  # "a small credit union" is both
        ):
            continue  # "public accounting" is an accounting firm, not also the skill "accounting"
        seen.add(term)
        facet, label, _ = lexicon.TERMS[term]
        if facet == "benefit" and label == "benefits" and any(f.facet == "benefit" for f in found):
            continue
        if facet == "seniority" and _LED.search(scanned, 0, hit_start):
            covered.append((hit_start, hit_end))  # "mentor a junior engineer" is not their level
            continue
        if facet == "employment_type" and _UNPAID_BEFORE.search(clause, 0, hit_start):
            continue  # "an unpaid internship": the pay is refused, not the internship
        polarity = None
        if label == "autonomy" and clause[hit_start:].lower().startswith("micromanag"):
            # "no micromanagement" asks for autonomy: the negation of the opposite.
            polarity = "want" if _negated(clause, hit_start) else "avoid"
        elif facet == "schedule" and (
            _TIME_OFF.match(clause, hit_end) or _CLOSED_ON.search(clause, 0, hit_start)
        ):
            # "weekends off", "Wochenende frei": free of it, so not working then
            polarity = "want" if _negated(clause, hit_start) else "avoid"
        add(
            facet,
            label,
            _term_value(facet, label),
            at=hit_start,
            until=hit_end,
            **({"polarity": polarity} if polarity else {}),
        )
    bound = _size_bound(clause)
    if bound is not None:
        value, at = bound
        if value["employees_min"] is not None and value["employees_max"] is not None:
            shown = f"{value['employees_min']}–{value['employees_max']} employees"
        elif value["employees_max"] is not None:
            shown = f"≤ {value['employees_max']} employees"
        else:
            shown = f"≥ {value['employees_min']} employees"
        add("company_size", shown, value, at=at, until=at + 12)
    role_spans: list[tuple[int, int]] = []
    nouns = list(_ROLE.finditer(scanned))
    for k, match in enumerate(nouns):
        if lang == "de" and match.group(0).lower().endswith("chef"):
            continue  # German "Chef" is the boss, not a cook
        if _LED.search(scanned, 0, match.start()) or _COLLEAGUES.search(scanned, 0, match.start()):
            role_spans.append(match.span())  # "mentor a junior engineer": who they would lead
            continue
        if (
            k + 1 < len(nouns)
            and nouns[k + 1].start() == match.end() + 1
            and scanned[match.end()] in " -"
        ):
            continue  # "Frontend-Entwickler", "frontend developer": one role, the last noun's
        role_spans.append(match.span())
        add(
            "role",
            _role_label(clause, match),
            importance=max(importance, "high", key=_rank),
            at=match.start(),
            until=match.end(),
        )
    # Occupations the lexicon does not know: "as a claims adjuster", "als Gärtner",
    # "a library assistant role", "die Stelle als Lokführer".
    frames = _ROLE_FRAME.finditer(scanned) if _ROLE_FRAME_CUE.search(scanned) else ()
    for match in frames:
        group = "role" if match.group("role") is not None else "role2"
        # not start/end: those name the clause, which every criterion of it points at
        r_start, r_end = match.span(group)
        if any(s < r_end and r_start < e for s, e in role_spans + covered):
            continue
        words: list[str] = []
        for word in match.group(group).split():
            if word.lower() in _FREE_STOP or word.lower() in _WORK_VERBS:
                if words and group == "role":
                    break  # "als Gärtner im Privatgarten": the role ends at "im"
                if group == "role2":
                    words = []  # "I loved the library role": keep what follows "the"
                continue
            words.append(word)
        if not words or len(words) > 3 or words[0][:1].isdigit():
            continue
        if all(word.lower() in _NO_OCCUPATION for word in words):
            continue  # "an in-house role", "my dream job": how the job was, not what
        if group == "role" and _COMPARISON.search(scanned, 0, r_start):
            continue  # "mehr als 100 Kindern", "more as a hobby": a comparison, not a job
        if group == "role" and _AS_AS.match(match.group(group)):
            continue  # "as long as things shipped"
        label = " ".join(words)
        role_spans.append((r_start, r_end))
        add("role", label, importance=max(importance, "high", key=_rank), at=r_start, until=r_end)
    places: list[tuple[int, int, str]] = [
        (m.start(), m.end(), m.group(0).strip())
        for pattern in ((_PLACE, _STATE_ABBR) if _may_name_place(scanned) else (_STATE_ABBR,))
        for m in pattern.finditer(scanned)
    ]
    if places:
        places += _sibling_places(clause, places, covered)
        places.sort()
        names = list(dict.fromkeys(name for _, _, name in places))
        add(
            "location",
            " or ".join(names),
            _places(names, clause),
            at=places[0][0],
            until=places[-1][1],
        )
        covered.extend((a, b) for a, b, _ in places)
    named = [name for _, _, name in places]
    ends = {e for _, e in role_spans}
    for item_start, item_end, phrase in _free_items(clause, covered, lang, ends):
        inner = _inner_negation(phrase)
        if inner:
            # "solange ich ihnen nichts verkaufen muss": what follows the negation is avoided
            item_start, phrase = item_start + inner, phrase[inner:]
        if _COMPASS.fullmatch(phrase.strip(" ,.")):
            continue
        like = _LIKE_TOWN.search(phrase)
        if like is not None and _town(like.group(1), lang, near=named):
            # "somewhere I can bus to like Bellevue": the town, not the whole phrase
            item_start, phrase, town = item_start + like.start(1), like.group(1), True
        else:
            town = _town(phrase, lang, near=named)
        if town and _join_places(found, clause, phrase, _negated(clause, item_start)):
            covered.append((item_start, item_end))
            continue  # "Seattle ... Bellevue or Redmond": one place criterion, three towns
        facet, sure = ("location", True) if town else _free_facet(phrase, clause)
        if _COLLEAGUES.search(clause, 0, item_start):
            # "side by side with the engineers", "mit den Ärzten": colleagues, not the seeker's
            # role (and the placement model must not make them one)
            last = phrase.split()[-1].rstrip("s") if phrase.split() else ""
            if facet == "role" or _OCCUPATION.search(last):
                continue
            sure = True
        unit = _UNIT_FACET.search(phrase)
        if unit is not None:
            facet, sure = ("schedule" if unit.group("schedule") else "company_size"), True
        elif (
            " " not in phrase
            and phrase[:1].isupper()
            and _PLACE_BEFORE.search(clause[max(0, item_start - 12) : item_start])
        ):
            facet, sure = "location", True  # "in Unna", "bei Halle": not in the gazetteer
        place = _places([phrase], clause) if facet == "location" else None
        add(facet, phrase, place, at=item_start, until=item_end)
        if not sure and unsure is not None:
            unsure.append((found[-1], phrase))
    modes = {c.label for c in found if c.facet == "work_mode" and c.polarity == "want"}
    if "onsite" in modes and modes & {"remote", "hybrid"}:
        # "hybrid, two days a week in person": the days in person describe the hybrid
        found = [
            c
            for c in found
            if not (c.facet == "work_mode" and c.polarity == "want" and c.label == "onsite")
        ]
    if _RESIDENCE.search(clause):
        # "I live in southwest Houston", "ich wohne in Germering": where the seeker lives is
        # where an onsite job has to be, more than a place they merely like
        found = [
            c.model_copy(update={"importance": "high", "weight": IMPORTANCE_WEIGHTS["high"]})
            if c.facet == "location" and c.polarity == "want" and c.importance in ("low", "medium")
            else c
            for c in found
        ]
    if _ON_COMMISSION.search(clause):
        # "kein Vertrieb auf Provisionsbasis", "no commission-based sales": the commission is
        # the dealbreaker; the role it qualifies is refused only with it (salaried business
        # development is fine), so the role itself is a mild dislike.
        found = [
            c.model_copy(update={"importance": "low", "weight": IMPORTANCE_WEIGHTS["low"]})
            if c.facet == "role" and c.polarity == "avoid"
            else c
            for c in found
        ]
    return found


_LIST_SEP = r"(?:\s*[,/]\s*(?:(?:or|oder|and|und|bzw\.?)\s+)?|\s+(?:or|oder|and|und|bzw\.?)\s+)"
_NAME = re.compile(r"[A-ZÄÖÜ][\w-]+(?=[\s,/.;:!?)]|$)")
_NAME_RUN = re.compile(
    rf"(?<![\w-])[A-ZÄÖÜ][\w-]+(?:{_LIST_SEP}[A-ZÄÖÜ][\w-]+)+(?=\s*(?:[,/.;:!?)]|$)|{_LIST_SEP})"
)


def _inner_negation(phrase: str) -> int:
    """Offset just past a negation word inside a free phrase, when at least a word follows it
    (0 when the phrase holds none)."""
    masked = _NOT_NEG.sub(lambda m: " " * len(m.group(0)), phrase)
    last = None
    for last in _AVOID.finditer(masked):  # noqa: B007 - the last match is the one that counts
        pass
    if last is None or last.start() == 0:
        return 0
    rest = phrase[last.end() :]
    if len(rest.strip()) < 3:
        return 0
    return last.end() + (len(rest) - len(rest.lstrip()))


def _sibling_places(
    clause: str, places: list[tuple[int, int, str]], covered: list[tuple[int, int]]
) -> list[tuple[int, int, str]]:
    """Capitalized names listed together with a known place ("Gütersloh, Herford oder
    Bielefeld"): places the gazetteer does not know. Names a lexicon term covers, and
    function words, stay out."""
    found: list[tuple[int, int, str]] = []
    known = {(a, b) for a, b, _ in places}
    for run in _NAME_RUN.finditer(clause):
        names = [m for m in _NAME.finditer(clause, run.start(), run.end())]
        if not any(any(a < m.end() and m.start() < b for a, b in known) for m in names):
            continue
        for m in names:
            a, b = m.span()
            if any(s < b and a < e for s, e in [*known, *covered]):
                continue
            if len(m.group(0)) < 3 or m.group(0).lower() in _FREE_STOP:
                continue
            found.append((a, b, m.group(0)))
    return found


def _rank(importance: str) -> int:
    return _IMPORTANCE_ORDER[importance]


def extract_profile(answers: str | Iterable[str]) -> DreamProfile:
    """Extract a weighted criteria profile from a seeker's free-text answers.

    Parameters
    ----------
    answers : str or iterable of str
        One answer per item (English, German or mixed). A single string is one answer.

    Returns
    -------
    DreamProfile
        Criteria in order of appearance; repeated criteria (same facet, label and polarity) are
        merged, keeping the highest importance.

    Examples
    --------
    >>> p = extract_profile(["I loved the data analyst role.", "No crypto, and at least $90k."])
    >>> [(c.facet, c.polarity, c.label) for c in p.criteria]  # doctest: +NORMALIZE_WHITESPACE
    [('role', 'want', 'data analyst'), ('salary', 'want', 'salary ≥ 90,000 USD/year'),
     ('company_type', 'avoid', 'crypto')]
    """
    if isinstance(answers, str):
        answers = [answers]
    texts = list(answers)
    for i, text in enumerate(texts):
        if not isinstance(text, str):
            raise ParameterError(
                f"The 'answers' parameter of extract_profile must hold strings. "
                f"Got {type(text).__name__} at position {i} instead."
            )
    merged: dict[tuple[str, str, str], Criterion] = {}
    languages = [detect_language(t) if t.strip() else "" for t in texts]
    raw: list[Criterion] = []
    unsure: list[tuple[Criterion, str]] = []
    for index, answer in enumerate(texts):
        for start, end in _clauses(answer):
            raw += _clause_criteria(answer, index, start, end, languages[index], unsure)
    if unsure:
        # "aviation", "Maschinenbau", "Knoxville": the nearest exemplars decide, one batch.
        placed = placement.place([phrase for _, phrase in unsure])
        moved = {
            id(crit): crit.model_copy(
                update={
                    "facet": facet,
                    "value": _places([crit.label], crit.text) if facet == "location" else None,
                }
            )
            for (crit, phrase), facet in zip(unsure, placed, strict=True)
            if facet is not None and facet != crit.facet and _placeable(phrase, facet)
        }
        raw = [moved.get(id(crit), crit) for crit in raw]
    for crit in raw:
        key = (crit.facet, crit.label.lower(), crit.polarity)
        old = merged.get(key)
        if old is None:
            merged[key] = crit
        elif _rank(crit.importance) > _rank(old.importance):
            merged[key] = old.model_copy(
                update={"importance": crit.importance, "weight": crit.weight}
            )
    found = {lang for lang in languages if lang}
    language = found.pop() if len(found) == 1 else ("mixed" if found else "en")
    focus = cast(Literal["position", "company"] | None, detect_focus(texts))
    criteria = [
        _dealbreaker(c, len(texts)) if c.polarity == "avoid" else c for c in merged.values()
    ]
    criteria = [_student_job(_shift_for_focus(c, focus)) for c in criteria]
    criteria = _reduced_hours(criteria)
    return DreamProfile(criteria=criteria, answers=texts, language=language, focus=focus)


def _places(names: list[str], clause: str) -> dict[str, Any]:
    """A location's typed value: its places, and whether the clause adds "or remote"."""
    return {"places": names, "or_remote": bool(_OR_REMOTE.search(clause))}


def _placeable(phrase: str, facet: str) -> bool:
    """A location becomes a structured place filter, so only a name may become one ("Ann
    Arbor", "Gütersloh"), never a description ("stores around the city", "suburbs")."""
    if facet != "location":
        return True
    words = phrase.split()
    return 1 <= len(words) <= 3 and all(w[:1].isupper() for w in words)


def _dealbreaker(crit: Criterion, n_answers: int) -> Criterion:
    """An avoid criterion stated flatly ("no crypto", "kein Schichtdienst", "X mache ich nicht")
    in the last of three or more answers answers "what would you not accept?": a must.
    Softened ones ("rather not", "prefer not", low cues) keep their importance."""
    if crit.importance in ("must", "low") or crit.answer is None:
        return crit
    if (crit.facet, crit.label) in lexicon.CAPABILITY_TERMS:
        return crit
    if crit.facet == "role" and _ON_COMMISSION.search(crit.text):
        return crit  # the commission is the dealbreaker, not the role it qualifies
    if n_answers < 3 or crit.answer != n_answers - 1:
        return crit
    if re.search(
        r"\b(?:rather not|prefer not|ideally not|lieber nicht|eher nicht)\b", crit.text, re.I
    ):
        return crit
    return crit.model_copy(update={"importance": "must", "weight": IMPORTANCE_WEIGHTS["must"]})


def detect_focus(answers: list[str]) -> str | None:
    """``"position"`` or ``"company"`` when the answers say which the seeker loved more.

    Examples
    --------
    >>> detect_focus(["It was mostly the company: kind people.", "Remote."])
    'company'
    >>> detect_focus(["Die Aufgaben selbst waren toll."])
    'position'
    >>> detect_focus(["Nice job."]) is None
    True
    """
    position = company = 0
    for answer in answers:
        position += len(_POSITION_FOCUS.findall(answer))
        company += len(_COMPANY_FOCUS.findall(answer))
    if position > company:
        return "position"
    if company > position:
        return "company"
    return None


def _student_job(crit: Criterion) -> Criterion:
    """A wanted student job or internship is a must: whoever asks for one studies and cannot
    take a regular job instead ("als Werkstudentin, ein bezahltes Praktikum ginge auch"; the
    two are alternatives, so a posting breaks the wish only when it offers neither)."""
    types = set((crit.value or {}).get("types") or ())
    if (
        crit.facet != "employment_type"
        or crit.polarity != "want"
        or not types
        or not types <= STUDENT_TYPES
        or crit.importance == "must"
    ):
        return crit
    return crit.model_copy(update={"importance": "must", "weight": IMPORTANCE_WEIGHTS["must"]})


def _reduced_hours(criteria: list[Criterion]) -> list[Criterion]:
    """A wanted part-time job is a must unless full-time is wanted too: whoever asks only for
    part-time ("Part-time, about 20 to 25 hours a week", "keine Vollzeitstelle") has hours a
    full-time job cannot give. "Part-time or full-time both work" keeps both wishes as they are.
    """
    wanted: set[str] = set()
    for crit in criteria:
        if crit.facet == "employment_type" and crit.polarity == "want":
            wanted.update((crit.value or {}).get("types") or ())
    if "part_time" not in wanted or "full_time" in wanted:
        return criteria
    must = {"importance": "must", "weight": IMPORTANCE_WEIGHTS["must"]}
    # a low wish ("Teilzeit wäre schön") stays a wish
    return [
        crit.model_copy(update=must)
        if crit.facet == "employment_type"
        and crit.polarity == "want"
        and "part_time" in ((crit.value or {}).get("types") or ())
        and crit.importance in ("medium", "high")
        else crit
        for crit in criteria
    ]


def _shift_for_focus(crit: Criterion, focus: str | None) -> Criterion:
    """Weight the loved side's facets up and the other side's down; musts stay as they are, and
    so does a role under a company focus (the right role comes first in every good fit)."""
    if focus is None or crit.importance == "must":
        return crit
    loved = lexicon.POSITION_FACETS if focus == "position" else lexicon.COMPANY_FACETS
    other = lexicon.COMPANY_FACETS if focus == "position" else lexicon.POSITION_FACETS
    if crit.facet in loved:
        factor = lexicon.FOCUS_FACTOR
    elif crit.facet in other and crit.facet != "role":
        factor = 1.0 / lexicon.FOCUS_FACTOR
    else:
        return crit
    return crit.model_copy(update={"weight": round(min(1.0, crit.weight * factor), 4)})
