"""Parsers for salary, work mode, company size, employment type and seniority."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dreamfit.postings.parse import (
    Headcount,
    Salary,
    find_headcount,
    find_salary,
    parse_company_size,
    parse_employment_types,
    parse_salary,
    parse_seniority,
    parse_work_mode,
)
from dreamfit.vocab import EMPLOYMENT_TYPES, PERIOD_FACTORS, SENIORITY_LEVELS, WORK_MODES

SHARED_DATA = Path(__file__).resolve().parents[2].parent / "shared" / "data"
RAW = SHARED_DATA / "postings" / "raw"

FILLER = (
    "We are a growing team that builds software for logistics companies across Europe and "
    "North America. You will work closely with product and design. "
)

# --------------------------------------------------------------------------------------------
# Salary: short fields
# --------------------------------------------------------------------------------------------

SHORT_SALARIES = [
    # text, min, max, currency, period, annual_min
    ("$53K-$91K (Glassdoor est.)", 53000, 91000, "USD", "year", 53000),
    ("$21-$34 Per Hour(Glassdoor est.)", 21, 34, "USD", "hour", 21 * 2080),
    ("$21-$34 Per Hour", 21, 34, "USD", "hour", 21 * 2080),
    ("Employer Provided Salary:$25-$28 Per Hour", 25, 28, "USD", "hour", 25 * 2080),
    ("$120,000+", 120000, None, "USD", "year", 120000),
    ("95000 EUR/Jahresgehalt", 95000, 95000, "EUR", "year", 95000),
    ("3.000 € brutto im Monat", 3000, 3000, "EUR", "month", 36000),
    ("£45k", 45000, 45000, "GBP", "year", 45000),
    ("€60.000 - €75.000 pro Jahr", 60000, 75000, "EUR", "year", 60000),
    ("50.000–65.000 €", 50000, 65000, "EUR", "year", 50000),
    ("$25/hr", 25, 25, "USD", "hour", 52000),
    ("USD 120k–150k", 120000, 150000, "USD", "year", 120000),
    ("$4,500 a month", 4500, 4500, "USD", "month", 54000),
    ("$800 a week", 800, 800, "USD", "week", 41600),
    ("$200 per day", 200, 200, "USD", "day", 52000),
    ("CA$80,000 - CA$95,000", 80000, 95000, "CAD", "year", 80000),
    ("C$70k", 70000, 70000, "CAD", "year", 70000),
    ("A$120k", 120000, 120000, "AUD", "year", 120000),
    ("CHF 120'000", 120000, 120000, "CHF", "year", 120000),
    ("3.500 € brutto", 3500, 3500, "EUR", "month", 42000),
    ("Gehalt: 4.200 € monatlich", 4200, 4200, "EUR", "month", 50400),
    ("3,5k € monatlich", 3500, 3500, "EUR", "month", 42000),
    ("€ 52.000 p.a.", 52000, 52000, "EUR", "year", 52000),
    ("ab 55.000 € brutto/Jahr", 55000, None, "EUR", "year", 55000),
    ("up to $80k", None, 80000, "USD", "year", None),
    ("$18.50/hour", 18.5, 18.5, "USD", "hour", 18.5 * 2080),
    ("40 €/h", 40, 40, "EUR", "hour", 83200),
    ("$100k-120k", 100000, 120000, "USD", "year", 100000),
    ("$120-150k", 120000, 150000, "USD", "year", 120000),
    ("35 - 40 k€", 35000, 40000, "EUR", "year", 35000),
    ("45.000 - 55.000 EUR", 45000, 55000, "EUR", "year", 45000),
    ("60.000,50 EUR", 60000.5, 60000.5, "EUR", "year", 60000.5),
    ("50000-60000", 50000, 60000, None, "year", 50000),
    ("$15K-$16K(Employer est.)", 15000, 16000, "USD", "year", 15000),
]


@pytest.mark.parametrize(("text", "low", "high", "currency", "period", "annual"), SHORT_SALARIES)
def test_parse_salary_examples(
    text: str,
    low: float | None,
    high: float | None,
    currency: str | None,
    period: str,
    annual: float | None,
) -> None:
    s = parse_salary(text)
    assert s is not None, text
    assert (s.min, s.max, s.currency, s.period) == (low, high, currency, period)
    assert s.annual_min == (pytest.approx(annual) if annual is not None else None)


@pytest.mark.parametrize(
    "text",
    ["Negotiable", "Competitive", "DOE", "-1", "0", "", "   ", "$2M", "€1.5 Mio.", "n/a"],
)
def test_parse_salary_unknown(text: str) -> None:
    assert parse_salary(text) is None


@pytest.mark.parametrize(
    ("text", "low"),
    [("4.000 €", 4000), ("$12,000", 12000), ("$300", 300)],
)
def test_parse_salary_keeps_amount_when_period_is_unknowable(text: str, low: float) -> None:
    s = parse_salary(text)
    assert s is not None
    assert (s.min, s.period, s.annual_min, s.annual_max) == (low, None, None, None)


@pytest.mark.parametrize("value", [None, float("nan"), 42, 3.5, b"$50k", ["$50k"]])
def test_parse_salary_non_strings(value: object) -> None:
    assert parse_salary(value) is None
    assert find_salary(value) is None


# --------------------------------------------------------------------------------------------
# Salary: long descriptions
# --------------------------------------------------------------------------------------------

FOUND_SALARIES = [
    ("Pay: $18.00 - $22.00 per hour", 18, 22, "hour", "USD"),
    (
        "The salary range for this position is $95,000 to $120,000 annually.",
        95000,
        120000,
        "year",
        "USD",
    ),
    ("Compensation: $140k – $180k + equity", 140000, 180000, "year", "USD"),
    ("Gehalt: ab 55.000 € brutto/Jahr", 55000, None, "year", "EUR"),
    ("Wir bieten ein Jahresgehalt von 65.000 - 75.000 EUR.", 65000, 75000, "year", "EUR"),
    (
        "Benefits: $50 gift card, $25 copay. Salary: $60,000 - $70,000 per year, plus bonus.",
        60000,
        70000,
        "year",
        "USD",
    ),
    (
        "Salary Range: $77,265.00 (Min.) - $100,445.00 (Mid.) - $123,625.00 (Max.)",
        77265,
        123625,
        "year",
        "USD",
    ),
    ("Salary Range: $21.38/hr - $33.90/hr (San Diego, CA).", 21.38, 33.9, "hour", "USD"),
    (
        "NYC generally ranges: $127,283-$190,925 CA generally ranges: $132,817-$199,225",
        127283,
        199225,
        "year",
        "USD",
    ),
    ("Hourly rate: $19.50 DOE", 19.5, 19.5, "hour", "USD"),
    (
        "The base salary range is USD $130,000.00 - USD $155,000.00 /Yr.",
        130000,
        155000,
        "year",
        "USD",
    ),
    ("Pay: $1,100.00 - $1,400.00 per week", 1100, 1400, "week", "USD"),
    ("In Canada the salary range is $95,500 CAD to $142,000 CAD.", 95500, 142000, "year", "CAD"),
]


@pytest.mark.parametrize(("text", "low", "high", "period", "currency"), FOUND_SALARIES)
def test_find_salary_examples(
    text: str, low: float, high: float | None, period: str, currency: str
) -> None:
    s = find_salary(FILLER + text + " " + FILLER)
    assert s is not None, text
    assert (s.min, s.max, s.period, s.currency) == (low, high, period, currency)


@pytest.mark.parametrize(
    "text",
    [
        "We are a $2B company that raised $20M last year.",
        "Enjoy a $5,000 relocation package and a $3,000 sign-on bonus.",
        "Sign-on bonus of $2,500 for all new hires!",
        "401(k) with 6% match. Tuition reimbursement up to $5,250 per year.",
        "Requires 5+ years of experience. Call (555) 123-4567. Zip 90210.",
        "Our clients have $4.5 billion in assets under management.",
        "We offer a $1,000 referral bonus for every hire.",
        "Annual revenue of $350 million and 1,200 employees.",
        "Copay: $20/visit, deductible $1,500 per year.",
        "Earn $0.62 per mile plus $20 per load.",
        "A $75 monthly phone stipend and a $500 home office budget.",
        "No pay information here at all, just words about our culture.",
    ],
)
def test_find_salary_rejects_other_money(text: str) -> None:
    assert find_salary(FILLER + text + " " + FILLER) is None


def test_find_salary_prefers_pay_over_bonus() -> None:
    text = FILLER + "Sign-on bonus: $5,000. Base salary: $90,000 - $110,000. " + FILLER
    s = find_salary(text)
    assert s is not None
    assert (s.min, s.max) == (90000, 110000)


def test_parse_salary_hands_long_text_to_find_salary() -> None:
    text = FILLER * 3 + "Pay: $20.00 - $24.00 per hour."
    assert parse_salary(text) == find_salary(text)


# --------------------------------------------------------------------------------------------
# Work mode
# --------------------------------------------------------------------------------------------

WORK_MODE_FIELDS = [
    ("Remote", "remote"),
    ("remote", "remote"),
    ("Hybrid", "hybrid"),
    ("On-site", "onsite"),
    ("Onsite", "onsite"),
    ("In-person", "onsite"),
    ("in-person", "onsite"),
    ("Remote (US)", "remote"),
    ("Remote - Germany", "remote"),
    ("Fully remote", "remote"),
    ("Work from home", "remote"),
    ("Hybrid, 2x a week in office", "hybrid"),
    ("3 days in office, 2 from home", "hybrid"),
    ("no remote work", "onsite"),
    ("This is not a remote position.", "onsite"),
    ("100% on-site", "onsite"),
    ("Homeoffice möglich", "hybrid"),
    ("Mobiles Arbeiten", "hybrid"),
    ("teilweise remote", "hybrid"),
    ("100% remote", "remote"),
    ("Projektleitung (m/w/d) Berlin (10% Remote)", "hybrid"),
    ("vollständig remote", "remote"),
    ("Arbeit vor Ort in Berlin", "onsite"),
    ("Präsenz", "onsite"),
    ("True", None),
    ("False", None),
    ("Berlin", None),
]


@pytest.mark.parametrize(("text", "mode"), WORK_MODE_FIELDS)
def test_work_mode_fields(text: str, mode: str | None) -> None:
    assert parse_work_mode(text) == mode


WORK_MODE_TEXTS = [
    ("We are a remote-first company and this role is fully remote within the EU.", "remote"),
    ("Work Location: In person", "onsite"),
    ("Work Location: Hybrid remote in New York, NY 10001", "hybrid"),
    ("Workplace type: Remote", "remote"),
    ("#LI-Hybrid", "hybrid"),
    ("This is an in-person role at our Austin office.", "onsite"),
    ("This position is 100% on-site in Chicago.", "onsite"),
    ("There is no remote work option for this position; you will work at our plant.", "onsite"),
    ("This is a hybrid role: 3 days in office and 2 days from home.", "hybrid"),
    ("The team works hybrid, 2x a week in the office.", "hybrid"),
    ("You will be expected in the office three days per week.", "hybrid"),
    ("Employees are expected to work onsite 5 days a week.", "onsite"),
    ("Remote (US) - we hire across all states.", "remote"),
    ("Wir bieten: Homeoffice möglich nach Absprache, Jobrad und Obstkorb.", "hybrid"),
    ("Wir bieten: 2 Tage Homeoffice pro Woche und flexible Arbeitszeiten.", "hybrid"),
    ("Wir bieten: 100% Homeoffice und flexible Arbeitszeiten in ganz Deutschland.", "remote"),
    ("Die Tätigkeit findet ausschließlich vor Ort in München statt.", "onsite"),
    ("Bei uns gilt Präsenzpflicht im Büro in Hamburg.", "onsite"),
    ("Mobiles Arbeiten ist an zwei Tagen pro Woche möglich.", "hybrid"),
    # perks, options and other senses say nothing
    ("Perks: work from anywhere 4 weeks a year, 10 remote work days per year, gym.", None),
    ("You will provide remote desktop support and remote access troubleshooting.", None),
    ("We design hybrid cloud infrastructure for banks.", None),
    ("The final round is an in-person interview.", None),
    ("Roles may be remote, hybrid, or in-person depending on the team.", None),
    ("Enjoy a home office stipend and the ability to work remotely.", None),
    ("We have an on-site gym, on-site parking and on-site childcare.", None),
    ("Über uns: Wir sind ein Team von Entwicklern mit Online-Präsenz.", None),
]


@pytest.mark.parametrize(("sentence", "mode"), WORK_MODE_TEXTS)
def test_work_mode_descriptions(sentence: str, mode: str | None) -> None:
    assert parse_work_mode(FILLER + sentence + " " + FILLER) == mode


def test_work_mode_label_beats_policy_text() -> None:
    text = (
        FILLER
        + "Our company offers a hybrid work model to eligible roles in some regions. "
        + FILLER
        + "\n\nWork Location: In person"
    )
    assert parse_work_mode(text) == "onsite"


@pytest.mark.parametrize("value", [None, float("nan"), 1, 0.0, True])
def test_work_mode_non_strings(value: object) -> None:
    assert parse_work_mode(value) is None


# --------------------------------------------------------------------------------------------
# Company size
# --------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "size"),
    [
        ("501 to 1000 employees", (501, 1000)),
        ("10000+ employees", (10000, None)),
        ("1 to 50 employees", (1, 50)),
        ("51-200", (51, 200)),
        ("51-200 Mitarbeiter", (51, 200)),
        ("11–50 employees", (11, 50)),
        ("10,001+ employees", (10001, None)),
        ("1.001-5.000 Mitarbeiter", (1001, 5000)),
        ("More than 10,000", (10000, None)),
        ("über 500 Mitarbeiter", (500, None)),
        ("250", (250, 250)),
        ("Unknown", None),
        ("-1", None),
        ("200 - 50", None),
        ("Self-employed", None),
        ("", None),
    ],
)
def test_company_size(text: str, size: tuple[int, int | None] | None) -> None:
    assert parse_company_size(text) == size


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Parallon has over 17,000 colleagues, and serves close to 1,000 hospitals.",
            Headcount(17000, None, "over 17,000 colleagues"),
        ),
        (
            "Our global team of 25,000+ associates builds axles.",
            Headcount(25000, None, "25,000+ associates"),
        ),
        (
            "Jackbox is a small game studio (~80 people) in Chicago.",
            Headcount(64, 100, "~80 people"),
        ),
        ("We are a small team of fewer than 20 people.", Headcount(1, 20, "fewer than 20 people")),
        (
            "Wir sind ein Betrieb mit rund 60 Mitarbeitenden.",
            Headcount(48, 75, "rund 60 Mitarbeitenden"),
        ),
        (
            "Mehr als 60 Mitarbeiterinnen und Mitarbeiter",
            Headcount(60, None, "Mehr als 60 Mitarbeiterinnen"),
        ),
        (
            "APS: our more than 6,000 dedicated employees power",
            Headcount(6000, None, "more than 6,000 dedicated employees"),
        ),
        # people served, reached, led or once employed are not the staff
        ("Fortune currently serves approximately 14,000 people a year.", None),
        ("Over 50 million people use Speechify every day.", None),
        ("You will supervise 12 support staff.", None),
        ("Grown from 30 employees in 2005.", None),
        ("Have worked in mid-to-large sized teams (5-20 people).", None),
        # years, URLs and words between the count and the noun that are no description of staff
        ("Newsweek Most Loved Workplaces • 2024 PEOPLE Companies That Care", None),
        ("https://makeship.bamboohr.com/careers/76 Staff Engineer", None),
        ("The 9/80 schedule allows employees every other Friday off.", None),
        ("We have over 40 professionals on staff.", None),
        ("", None),
        (None, None),
    ],
)
def test_find_headcount(text: str | None, expected: Headcount | None) -> None:
    assert find_headcount(text) == expected


_HEADCOUNT_WORDS = [
    "over",
    "more than",
    "about",
    "~",
    "fewer than",
    "rund",
    "17,000",
    "2024",
    "80",
    "5",
    "150+",
    "3.5",
    "million",
    "employees",
    "colleagues",
    "team members",
    "people",
    "Mitarbeitende",
    "dedicated",
    "talented",
    "serves",
    "from",
    "to",
    "of",
    "our",
    "a",
    "team",
    "(",
    ")",
    "-",
    "/",
    ",",
    ".",
    "we",
    "have",
]
HEADCOUNT_LIKE = st.lists(st.sampled_from([*_HEADCOUNT_WORDS, "\n"]), max_size=40).map(" ".join)


@settings(max_examples=300, deadline=None)
@given(HEADCOUNT_LIKE)
def test_headcount_fast_path_equals_a_plain_scan(text: str) -> None:
    """Trying the pattern only around candidate numbers finds what one scan of the text finds."""
    from dreamfit.postings.parse import _headcount_reference

    assert find_headcount(text) == _headcount_reference(text)


# --------------------------------------------------------------------------------------------
# Employment type
# --------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        ("Full-time", ("full_time",)),
        ("fulltime", ("full_time",)),
        ("FULL_TIME", ("full_time",)),
        ("parttime", ("part_time",)),
        ("Contract", ("contract",)),
        ("Temporary", ("temporary",)),
        ("Seasonal", ("temporary",)),
        ("Internship", ("internship",)),
        ("Working student", ("working_student",)),
        ("Werkstudent", ("working_student",)),
        ("Vollzeit", ("full_time",)),
        ("Teilzeit", ("part_time",)),
        ("Festanstellung", ("full_time",)),
        ("Befristet", ("temporary",)),
        ("unbefristet", ("full_time",)),
        ("Praktikum", ("internship",)),
        ("Freelance", ("contract",)),
        ("Minijob", ("part_time",)),
        ("volunteer", ("volunteer",)),
        ("Full-time, Part-time", ("full_time", "part_time")),
        ("full_time|contract", ("full_time", "contract")),
        ("Contract, Full-time", ("full_time", "contract")),
        ("Vollzeit / Teilzeit", ("full_time", "part_time")),
        ("Other", ()),
        ("PRN", ()),
        # titles: unambiguous words only
        ("Sachbearbeiter (m/w/d) in Teilzeit", ("part_time",)),
        ("Part-Time Cashier", ("part_time",)),
        ("Software Engineering Intern", ("internship",)),
        ("Werkstudent (m/w/d) Marketing", ("working_student",)),
        ("Senior Developer (Freelance)", ("contract",)),
        ("Contract Manager", ()),
        ("Volunteer Coordinator", ()),
        ("Internal Auditor", ()),
        ("Buchhalter (m/w/d) - Vollzeitstelle", ("full_time",)),
        ("Verkäufer Teilzeitkraft", ("part_time",)),
        ("Buchhalter (m/w/d) Voll- oder Teilzeit", ("full_time", "part_time")),
    ],
)
def test_employment_types(text: str, kinds: tuple[str, ...]) -> None:
    assert parse_employment_types(text) == kinds


@pytest.mark.parametrize(
    ("sentence", "kinds"),
    [
        ("This is a part-time position with flexible hours.", ("part_time",)),
        ("Job Types: Full-time, Contract\n\nPay: $20 per hour", ("full_time", "contract")),
        ("Pflegefachkraft (m/w/d) in Voll- oder Teilzeit gesucht.", ("full_time", "part_time")),
        ("Wir suchen dich als Entwickler (m/w/d) in Teilzeit.", ("part_time",)),
        ("Benefits for full-time employees include health insurance.", ()),
        ("Requires 3 years of full-time experience in a related field.", ()),
        ("FTE: 0.500000  Work Status: Part Time >32", ("part_time",)),
        ("Employment Status: Full-time", ("full_time",)),
        ("💼 Anstellung: Vollzeit, Festanstellung", ("full_time",)),
        ("- Sichere Anstellung: Vollzeitstelle mit unbefristetem Vertrag", ("full_time",)),
        ("- Vollzeit oder Teilzeit (28–40 Stunden)", ("full_time", "part_time")),
        ("Individuelle Verfügbarkeit (z.B. Teilzeitmodell möglich).", ()),
        # a fixed term with no type named is temporary; a named type wins
        ("Location: Remote (Must reside in NY)\nDuration: 1 Year", ("temporary",)),
        ("**Duration:** 6+ months (possible extension)", ("temporary",)),
        ("Laufzeit: 12 Monate", ("temporary",)),
        ("Job Type: Full-time\nDuration: 12 months", ("full_time",)),
        ("Onboarding duration: 3 weeks with your mentor.", ()),
    ],
)
def test_employment_types_descriptions(sentence: str, kinds: tuple[str, ...]) -> None:
    assert parse_employment_types(FILLER + "\n" + sentence + "\n" + FILLER) == kinds


@pytest.mark.parametrize(
    ("sentence", "hired"),
    [
        ("Benefits: Competitive pay structure (1099 Independent Contractor)", True),
        ("Job Type: Contract (1099)", True),
        ("This is a 1099 position with the potential to transition to W-2.", True),
        ("Drivers work as independent contractors and set their own schedule.", True),
        ("Prepare 1099 and ACA filings and maintain the general ledger.", False),
        ("Offered on W2 basis only (no Corp-to-Corp or 1099 contract).", False),
        ("These are W-2 contractual roles, not 1099 contractors.", False),
        ("A full-time employee role with benefits.", False),
    ],
)
def test_independent_contractors_are_read_from_the_text(sentence: str, hired: bool) -> None:
    from dreamfit.postings.parse import independent_contractor

    assert independent_contractor(FILLER + "\n" + sentence) is hired


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300))
def test_independent_contractor_never_raises(text: str) -> None:
    from dreamfit.postings.parse import independent_contractor

    assert independent_contractor(text) in (True, False)


# --------------------------------------------------------------------------------------------
# Seniority
# --------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("Intern", "intern"),
        ("Praktikant (m/w/d)", "intern"),
        ("Werkstudent Marketing", "intern"),
        ("Junior Data Analyst", "junior"),
        ("Entry level", "junior"),
        ("Associate", "junior"),
        ("Graduate Engineer", "junior"),
        ("Berufseinsteiger Controlling", "junior"),
        ("Mid-Senior level", "senior"),
        ("Intermediate Developer", "mid"),
        ("berufserfahren", "mid"),
        ("Professional / Experienced", "mid"),
        ("Senior Software Engineer", "senior"),
        ("Sr. Data Engineer", "senior"),
        ("Lead Developer", "lead"),
        ("Team Lead Backend", "lead"),
        ("Teamleiter Vertrieb", "lead"),
        ("Staff Engineer", "staff"),
        ("Principal Consultant", "staff"),
        ("Director of Engineering", "director"),
        ("Senior Director, Product", "director"),
        ("Head of Data", "director"),
        ("Leitung Finanzen", "director"),
        ("Abteilungsleiter Einkauf", "director"),
        ("Chief of Staff", "director"),
        ("Director", "director"),
        ("VP of Sales", "executive"),
        ("Senior Vice President", "executive"),
        ("Chief Technology Officer", "executive"),
        ("CTO", "executive"),
        ("Geschäftsführer (m/w/d)", "executive"),
        ("Managing Director", "executive"),
        ("Executive", "executive"),
        # no cue
        ("Data Analyst", None),
        ("Staffing Coordinator", None),
        ("Staff Accountant", None),
        ("Lead Generation Specialist", None),
        ("Senior Care Aide", None),
        ("Senior Living Coordinator", None),
        ("Executive Assistant to the CEO", None),
        ("Account Executive", None),
        ("Assistant Principal", None),
        ("Sales Associate", None),
        ("Not Applicable", None),
    ],
)
def test_seniority(text: str, level: str | None) -> None:
    assert parse_seniority(text) == level


# --------------------------------------------------------------------------------------------


# --------------------------------------------------------------------------------------------
# Properties
# --------------------------------------------------------------------------------------------

ANY_VALUE = st.one_of(
    st.text(),
    st.text(alphabet="$€£0123456789.,k -–+/hrKEURUSDperhourmonthyearbrutto€"),
    st.none(),
    st.just(float("nan")),
    st.floats(allow_nan=True),
    st.integers(),
)
SALARY_LIKE = st.from_regex(
    r"\A(?:ab |up to |from )?(?:[$€£]|CA\$|USD |EUR )?[0-9]{1,3}(?:[.,][0-9]{3}){0,2}(?:[.,][0-9]{1,2})?"
    r"[kK]?(?: ?[-–to]+ ?(?:[$€£])?[0-9]{1,6}(?:[.,][0-9]{1,3})?[kK]?)?"
    r"(?: ?(?:€|EUR|USD))?(?: ?(?:per hour|/hr|a month|pro Jahr|brutto im Monat|annually|\+))?\Z",
    fullmatch=True,
)


def _check_salary(s: Salary | None) -> None:
    if s is None:
        return
    assert isinstance(s, Salary)
    if s.min is not None and s.max is not None:
        assert s.min <= s.max
    assert s.min is None or s.min > 0
    assert s.max is None or s.max > 0
    assert s.period is None or s.period in PERIOD_FACTORS
    factor = PERIOD_FACTORS[s.period] if s.period is not None else None
    for amount, annual in ((s.min, s.annual_min), (s.max, s.annual_max)):
        if factor is None or amount is None:
            assert annual is None
        else:
            assert annual == pytest.approx(amount * factor)


@settings(max_examples=150, deadline=None)
@given(ANY_VALUE)
def test_parsers_never_raise(value: object) -> None:
    _check_salary(parse_salary(value))
    _check_salary(find_salary(value))
    assert parse_work_mode(value) in (*WORK_MODES, None)
    size = parse_company_size(value)
    if size is not None:
        assert size[0] >= 0
        assert size[1] is None or size[1] >= size[0]
    head = find_headcount(value)
    if head is not None:
        assert head.min >= 1 and (head.max is None or head.max >= head.min)
        assert head.quote and head.quote in " ".join(value.split())
    kinds = parse_employment_types(value)
    assert kinds == tuple(k for k in EMPLOYMENT_TYPES if k in kinds)
    assert parse_seniority(value) in (*SENIORITY_LEVELS, None)


@settings(max_examples=150, deadline=None)
@given(SALARY_LIKE)
def test_salary_like_strings(text: str) -> None:
    _check_salary(parse_salary(text))
    _check_salary(find_salary("Salary: " + text + ". " + FILLER))


@settings(max_examples=80, deadline=None)
@given(st.text(min_size=0, max_size=400), st.sampled_from([w for w, _ in WORK_MODE_TEXTS]))
def test_long_text_parsers_never_raise(noise: str, sentence: str) -> None:
    text = noise + " " + sentence + " " + noise
    assert parse_work_mode(text) in (*WORK_MODES, None)
    _check_salary(find_salary(text))
    kinds = parse_employment_types(text)
    assert set(kinds) <= set(EMPLOYMENT_TYPES)


@settings(max_examples=100, deadline=None)
@given(
    st.integers(min_value=0, max_value=100_000),
    st.integers(min_value=0, max_value=100_000),
    st.sampled_from(["{a}-{b}", "{a} to {b} employees", "{a}–{b} Mitarbeiter", "{a}+ employees"]),
)
def test_company_size_numbers(a: int, b: int, form: str) -> None:
    size = parse_company_size(form.format(a=a, b=b))
    if "+" in form:
        assert size == (a, None)
    elif b >= a:
        assert size == (a, b)
    else:
        assert size is None


# --------------------------------------------------------------------------------------------
# Real data (the team's shared scrapes, when present)
# --------------------------------------------------------------------------------------------


def _raw(*parts: str) -> Path:
    path = RAW.joinpath(*parts)
    if not SHARED_DATA.exists():
        pytest.skip(f"../shared/data not found: {SHARED_DATA}")
    if not path.exists():
        pytest.skip(f"../shared/data not found: {path}")
    return path


def test_glassdoor_salary_estimates() -> None:
    frame = pd.read_csv(_raw("glassdoor", "glassdoor_jobs.csv"))
    values = frame["Salary Estimate"].astype(str)
    values = values[values != "-1"]
    parsed = [parse_salary(v) for v in values]
    ok = sum(1 for s in parsed if s is not None and s.annual_min is not None)
    assert ok >= 0.95 * len(values)
    for s in parsed:
        _check_salary(s)


def test_glassdoor_sizes() -> None:
    frame = pd.read_csv(_raw("glassdoor", "glassdoor_jobs.csv"))
    sizes = frame["Size"].astype(str)
    known = sizes[~sizes.isin(["Unknown", "-1"])]
    assert all(parse_company_size(v) is not None for v in known)
    assert all(parse_company_size(v) is None for v in sizes[sizes.isin(["Unknown", "-1"])])


def test_linkedin_work_types_and_levels() -> None:
    frame = pd.read_csv(_raw("linkedin", "postings_sample.csv"))
    for value in frame["formatted_work_type"].dropna().unique():
        kinds = parse_employment_types(value)
        if value == "Other":  # LinkedIn's catch-all names no type: stays unknown
            assert kinds == ()
        else:
            assert len(kinds) == 1, value
    for value in frame["formatted_experience_level"].dropna().unique():
        assert parse_seniority(value) is not None, value
