"""Structured and lexical matching, passages and the static encoder."""

from __future__ import annotations

import math
import os
import subprocess
import sys

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import dreamfit
from dreamfit.features import Fields, lexical_match, lexical_pattern, sentence_at, structured_match
from dreamfit.passages import posting_passages, split_passages
from tests.conftest import REPO, SAMPLES

TABLE = pd.DataFrame(
    {
        "title": ["Nurse", "Analyst", "Driver", "Teacher"],
        "location": ["Richmond, VA", "Berlin, Deutschland", "", "Austin, TX"],
        "work_mode": ["onsite", "hybrid", "remote", "unknown"],
        "salary_min": [60000.0, 50000.0, np.nan, 80000.0],
        "salary_max": [80000.0, 50000.0, np.nan, 90000.0],
        "salary_currency": ["USD", "EUR", None, "USD"],
        "employment_type": ["full_time", "part_time|full_time", None, "contract"],
        "seniority": ["senior", "junior", None, "mid"],
        "company_size_min": [10000.0, 11.0, np.nan, 51.0],
        "company_size_max": [np.nan, 50.0, np.nan, 200.0],
        "description": [
            "Night shifts. Great 401(k) match.",
            "Kein Schichtdienst. Hunde willkommen im Büro.",
            "No weekends. CDL-A required.",
            "Summers off.",
        ],
    }
)


@pytest.fixture(scope="module")
def fields() -> Fields:
    texts, offsets = posting_passages(TABLE["description"].tolist())
    return Fields.from_table(TABLE, texts, offsets)


def crit(facet: str, label: str, value: dict[str, object] | None = None, **kw: object):
    return dreamfit.Criterion(facet=facet, label=label, value=value, **kw)  # type: ignore[arg-type]


def values(found: tuple[np.ndarray, list[str | None]] | None) -> list[float | None]:
    assert found is not None
    return [None if math.isnan(x) else round(float(x), 3) for x in found[0]]


def test_salary_floor_with_partial_credit_for_a_straddling_range(fields: Fields) -> None:
    floor = crit("salary", "≥ 70k", {"annual": 70000, "currency": "USD"})
    # 60-80k straddles 70k: halfway up the range -> 0.75; EUR is another currency -> unknown
    assert values(structured_match(floor, fields)) == [0.75, None, None, 1.0]
    high = crit("salary", "≥ 100k", {"annual": 100000, "currency": "USD"})
    assert values(structured_match(high, fields)) == [0.0, None, None, 0.25]


def test_location_states_aliases_and_or_remote(fields: Fields) -> None:
    va = crit("location", "Virginia", {"places": ["Virginia"], "or_remote": False})
    assert values(structured_match(va, fields)) == [1.0, 0.0, 0.9, 0.0]
    de = crit("location", "Germany", {"places": ["Germany"], "or_remote": True})
    assert values(structured_match(de, fields)) == [0.0, 1.0, 1.0, 0.0]


def test_work_mode_employment_seniority_size(fields: Fields) -> None:
    remote = crit("work_mode", "remote", {"mode": "remote"})
    assert values(structured_match(remote, fields)) == [0.0, 0.5, 1.0, None]
    part = crit("employment_type", "part-time", {"types": ["part_time"]})
    assert values(structured_match(part, fields)) == [0.0, 1.0, None, 0.0]
    senior = crit("seniority", "senior", {"level": "senior"})
    assert values(structured_match(senior, fields)) == [1.0, 0.2, None, 0.6]
    # a student job or internship says so: a posting naming no type is not one
    student = crit("employment_type", "working student", {"types": ["working_student"]})
    match, evidence = structured_match(student, fields)  # type: ignore[misc]
    assert match.tolist() == [0.0, 0.0, 0.0, 0.0] and "no student job" in str(evidence[2])
    small = crit("company_size", "11-50", {"employees_min": 11, "employees_max": 50})
    got = values(structured_match(small, fields))
    assert got[1] == 1.0 and got[2] is None and got[0] == 0.0 and 0 < got[3] < 1  # type: ignore[operator]
    assert structured_match(crit("culture", "kind"), fields) is None


def test_a_size_read_from_the_description_is_quoted() -> None:
    table = dreamfit.read_postings(
        pd.DataFrame(
            {
                "title": ["Operations Analyst", "Designer"],
                "company_num_employees": [None, "10000+ employees"],
                "description": ["Parallon has over 17,000 colleagues.", "Design things."],
            }
        )
    )
    texts, offsets = posting_passages(table["description"].tolist())
    f = Fields.from_table(table, texts, offsets)
    large = crit("company_size", "large company", {"employees_min": 5000, "employees_max": None})
    match, evidence = structured_match(large, f)  # type: ignore[misc]
    assert match.tolist() == [1.0, 1.0]
    assert evidence == ["company size: over 17,000 colleagues", "company size: 10,000+ employees"]


def test_a_refused_work_mode_is_broken_only_by_itself(fields: Fields) -> None:
    """ "I won't take a fully onsite job": remote work is no part of it, hybrid a little."""
    onsite = crit("work_mode", "onsite", {"mode": "onsite"}, polarity="avoid")
    assert values(structured_match(onsite, fields)) == [1.0, 0.3, 0.0, None]
    remote = crit("work_mode", "remote", {"mode": "remote"}, polarity="avoid")
    assert values(structured_match(remote, fields)) == [0.0, 0.3, 1.0, None]


def test_refused_hours_leave_a_way_out_but_a_refused_contract_does_not(fields: Fields) -> None:
    """ "No full-time": a posting for full- or part-time is half a refusal (no dealbreaker);
    "no contract": a full-time contract is still a contract."""
    full = crit("employment_type", "full-time", {"types": ["full_time"]}, polarity="avoid")
    assert values(structured_match(full, fields)) == [1.0, 0.5, None, 0.0]
    table = TABLE.assign(employment_type=["full_time|contract", "part_time", None, "contract"])
    texts, offsets = posting_passages(table["description"].tolist())
    both = Fields.from_table(table, texts, offsets)
    contract = crit("employment_type", "contract", {"types": ["contract"]}, polarity="avoid")
    assert values(structured_match(contract, both)) == [1.0, 0.0, None, 1.0]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Must be able to lift up to 50 lbs.", True),
        ("Ability to lift, push, pull 75 pounds regularly.", True),
        ("Heavy lifting required.", True),
        ("Schweres Heben gehört dazu.", True),
        ("Must be able to lift up to 25 lbs.", False),
        ("Heben von Lasten bis 25 kg.", False),
    ],
)
def test_heavy_lifting_is_forty_pounds_or_more(text: str, found: bool) -> None:
    pattern = lexical_pattern(crit("skill", "heavy lifting", polarity="avoid"))
    assert pattern is not None and bool(pattern.search(text.lower())) is found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Join Parallon, part of the nation's leading provider of healthcare services.", True),
        ("Employee Stock Purchase Plan with 10% off HCA Healthcare stock", True),
        ("McKesson is an impact-driven, Fortune 10 company.", True),
        ("We are one of the largest employers in Ohio.", True),
        ("Ein börsennotierter Konzern mit Sitz in München.", True),
        ("A seed-stage startup of twelve people.", False),
        ("Our clients include Fortune 500 companies.", False),
    ],
)
def test_postings_say_they_are_big_established_companies(text: str, found: bool) -> None:
    """What a posting says of an enterprise: "a Fortune 500 company", a stock plan, "the
    nation's leading provider"; Fortune 500 clients are the clients' size, not the firm's."""
    pattern = lexical_pattern(crit("company_stage", "enterprise", {"stage": "enterprise"}))
    assert pattern is not None and bool(pattern.search(text.lower())) is found


def test_a_fast_growing_company_is_next_to_the_startup_wanted() -> None:
    from dreamfit.features import neighbouring_stage

    table = pd.DataFrame(
        {
            "title": ["DevOps", "DevOps", "DevOps"],
            "description": [
                "We are a small, fast-growing company in Berlin.",
                "Grow your career with us. VC-backed and well funded.",
                "An early-stage team building tools.",
            ],
        }
    )
    texts, offsets = posting_passages(table["description"].tolist())
    f = Fields.from_table(table, texts, offsets)
    hit, unit, at = neighbouring_stage(crit("company_stage", "Startup"), f)
    assert hit.tolist() == [True, False, False]
    assert "fast-growing" in sentence_at(f.units[unit[0]], int(at[0]))
    assert neighbouring_stage(crit("company_stage", "scale-up"), f)[0].tolist() == [
        False,
        False,
        True,
    ]
    assert not neighbouring_stage(crit("company_stage", "enterprise"), f)[0].any()


def test_lexical_synonyms_in_both_languages_and_negation(fields: Fields) -> None:
    dogs = lexical_pattern(crit("benefit", "hundefreundliches Büro"))
    assert dogs is not None
    match, unit, offset = lexical_match(dogs, fields)
    assert match.tolist()[1] == 1.0 and np.isnan(match[0])
    assert "Hunde willkommen" in sentence_at(fields.units[unit[1]], int(offset[1]))
    shifts = lexical_pattern(crit("schedule", "shift work", polarity="avoid"))
    assert shifts is not None
    assert lexical_match(shifts, fields)[0][1] == 0.0  # "Kein Schichtdienst"
    weekends = lexical_pattern(crit("schedule", "weekends"))
    assert weekends is not None
    assert lexical_match(weekends, fields)[0][2] == 0.0  # "No weekends"
    k401 = lexical_pattern(crit("benefit", "401k"))
    assert k401 is not None and lexical_match(k401, fields)[0][0] == 1.0


def test_passages_keep_every_word_and_stay_short() -> None:
    text = "First sentence here. " * 30 + "x" * 700 + " Dogs welcome!"
    parts = split_passages(text, max_chars=120)
    assert all(len(p) <= 120 for p in parts)
    assert "".join(parts).replace(" ", "") == text.replace(" ", "")
    texts, offsets = posting_passages(["a. b.", "", "c"])
    assert offsets.tolist()[0] == 0 and offsets[-1] == len(texts)
    assert offsets[2] == offsets[1]  # the empty posting owns no passage


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=600), st.integers(20, 400))
def test_passages_never_raise(text: str, limit: int) -> None:
    parts = split_passages(text, max_chars=limit)
    assert all(0 < len(p) <= limit for p in parts)


@settings(max_examples=150, deadline=None)
@given(st.lists(st.text(max_size=200), min_size=1, max_size=4), st.text(min_size=1, max_size=30))
def test_lexical_matching_never_raises(descriptions: list[str], label: str) -> None:
    table = pd.DataFrame({"title": ["t"] * len(descriptions), "description": descriptions})
    texts, offsets = posting_passages(descriptions)
    f = Fields.from_table(table, texts, offsets)
    pattern = lexical_pattern(crit("skill", label.strip() or "x"))
    if pattern is not None:
        match, unit, offset = lexical_match(pattern, f)
        assert match.shape == (len(descriptions),)
        for u, at in zip(unit.tolist(), offset.tolist(), strict=True):
            if u >= 0:
                assert isinstance(sentence_at(f.units[u], at), str)


def test_static_encoder_reads_meaning_and_is_deterministic(corpus_free_static: object) -> None:
    enc = corpus_free_static
    vecs = enc.encode(  # type: ignore[attr-defined]
        ["our office is dog friendly", "dogs are welcome at work", "quarterly tax filing", ""]
    )
    assert vecs.shape == (4, 384)
    assert float(vecs[0] @ vecs[1]) > float(vecs[0] @ vecs[2])
    assert not vecs[3].any()
    np.testing.assert_array_equal(
        vecs,
        enc.encode(  # type: ignore[attr-defined]
            ["our office is dog friendly", "dogs are welcome at work", "quarterly tax filing", ""]
        ),
    )


@pytest.fixture(scope="module")
def corpus_free_static(tmp_path_factory: pytest.TempPathFactory) -> object:
    from dreamfit import minilm
    from dreamfit.cache import EmbeddingCache
    from dreamfit.embed import default_model_path
    from dreamfit.static import StaticEncoder

    cache = EmbeddingCache("static-test", root=tmp_path_factory.mktemp("static"))
    return StaticEncoder(minilm.load(str(default_model_path())), cache=cache)


def test_a_warm_rerank_does_not_load_torch() -> None:
    env = dict(os.environ)  # the session's cache folder (conftest)
    args = ["rank", str(SAMPLES / "postings.csv"), "--top", "3"]
    first = [*args, "--answers", str(SAMPLES / "answers_en.txt")]
    subprocess.run([sys.executable, "-m", "dreamfit", *first], env=env, check=True,
                   capture_output=True, cwd=REPO)  # fmt: skip
    probe = (
        "import sys; from dreamfit.cli import main; "
        f"code = main({[*args, '--answers', str(SAMPLES / 'answers_de.txt')]!r}); "
        "print('torch' in sys.modules, 'sentence_transformers' in sys.modules, code)"
    )
    out = subprocess.run([sys.executable, "-c", probe], env=env, check=True,
                         capture_output=True, text=True, cwd=REPO)  # fmt: skip
    assert out.stdout.strip().splitlines()[-1] == "False False 0"


@pytest.mark.parametrize(
    ("label", "title"),
    [
        ("Frontend-Entwickler", "senior frontend engineer"),
        ("Softwareentwickler", "software developer (m/w/d)"),
        ("Servicetechniker", "field service technician"),
        ("Pflegefachkraft", "registered nurse"),
    ],
)
def test_german_roles_meet_english_titles_word_for_word(label: str, title: str) -> None:
    pattern = lexical_pattern(crit("role", label))
    assert pattern is not None and pattern.search(title)
    assert pattern.search(label.lower())
    assert not pattern.search("marketing manager")


@pytest.mark.parametrize(
    ("label", "title"),
    [
        ("Finanzbuchhalterin", "Finanzbuchhalter (m/w/d)"),
        ("Erzieherin", "Erzieher*in in Teilzeit"),
        ("Fliesenleger", "Fliesenlegerin gesucht"),
        ("Elektroniker", "Elektroniker:innen für Betriebstechnik"),
    ],
)
def test_german_roles_match_either_gender_word_for_word(label: str, title: str) -> None:
    """Postings name German occupations in the masculine with (m/w/d), or with a gender star;
    a seeker may write either form."""
    pattern = lexical_pattern(crit("role", label))
    assert pattern is not None and pattern.search(title.lower())


def _one_table(*descriptions: str) -> Fields:
    table = pd.DataFrame(
        {"title": ["Analyst"] * len(descriptions), "description": list(descriptions)}
    )
    texts, offsets = posting_passages(table["description"].tolist())
    return Fields.from_table(table, texts, offsets)


def test_anti_discrimination_statements_are_no_evidence() -> None:
    """ "Medical condition" in an equal-opportunity statement does not make the employer a
    healthcare company; the same word in the job's own sentences still counts."""
    f = _one_table(
        "Build dashboards for our sales team. We are an equal opportunity employer and do not "
        "discriminate on the basis of race, disability, medical condition or veteran status.",
        "Build dashboards for our hospital's clinicians. We are an equal opportunity employer.",
        "Wir freuen uns auf Bewerbungen unabhängig von Geschlecht, Herkunft oder Gesundheit.",
    )
    pattern = lexical_pattern(crit("industry", "healthcare"))
    assert pattern is not None
    match = lexical_match(pattern, f)[0]
    assert np.isnan(match[0]) and match[1] == 1.0 and np.isnan(match[2])
    footer = _one_table("We build APIs.\nFind more English Speaking Jobs in Germany on Arbeitnow")
    english = lexical_pattern(crit("language", "English"))
    assert english is not None and np.isnan(lexical_match(english, footer)[0][0])
    # Only passages mostly made of such statements are left out of semantic matching.
    assert f.boilerplate_passage.tolist() == [True, False, True]


@pytest.mark.parametrize(
    ("facet", "label", "posting", "found"),
    [
        ("culture", "supportive", "You will provide customer support by phone.", False),
        ("culture", "supportive", "A supportive team that has your back.", True),
        ("industry", "education", "Education: Bachelor's degree in Finance.", False),
        ("industry", "education", "High school diploma or equivalent.", False),
        ("industry", "education", "We run twelve schools in Ohio.", True),
        ("culture", "stability", "Ability to secure the legal right to work in the US.", False),
        ("culture", "stability", "A stable employer with steady hours all year.", True),
        ("culture", "mission-driven", "Our mission: make a real difference for patients.", True),
        ("culture", "mission-driven", "Submission of reports and impact analysis.", False),
        ("employment_type", "unpaid work", "This is a remote unpaid internship role.", True),
        ("employment_type", "unpaid work", "Compensation: internship/ school credit.", True),
        ("employment_type", "unpaid work", "Follow up on unpaid claims and accounts.", False),
        ("employment_type", "unpaid work", "Benefits: an employee volunteer program.", False),
        ("industry", "energy", "Neon signs with energy-efficient LEDs, made to order.", False),
        ("industry", "energy", "A team with real college-town energy.", False),
        ("industry", "energy", "We build robots that build large-scale solar farms.", True),
        ("industry", "energy", "Die Stadtwerke versorgen 200.000 Haushalte.", True),
        ("benefit", "health insurance", "ASCP certified Medical Laboratory Scientist.", False),
        ("benefit", "health insurance", "We offer medical, dental and vision coverage.", True),
        ("schedule", "day shift", "Hours: 5:00am-1:30pm, with rotating holidays.", True),
        ("schedule", "day shift", "Shift: 3rd shift; 10:00 pm-6:30 am Sunday to Friday.", False),
        ("schedule", "night shift", "Shift: 3rd shift; 10:00 pm-6:30 am Sunday to Friday.", True),
        ("schedule", "night shift", "Monday - Friday, 7:30am - 5:30pm.", False),
        ("schedule", "shift work", "Im Zwei-Schicht-Modell zu arbeiten ist kein Problem.", True),
        ("schedule", "shift work", "Electrical Assembly Tester - 2nd shift.", True),
    ],
)
def test_loose_answer_words_are_read_strictly_in_postings(
    facet: str, label: str, posting: str, found: bool
) -> None:
    """A seeker's "support" is their team, a posting's is often a task: some terms have a
    stricter pattern on the postings' side (``lexicon.POSTING_TERMS``)."""
    pattern = lexical_pattern(crit(facet, label))
    assert pattern is not None
    match = lexical_match(pattern, _one_table(posting))[0]
    assert bool(match[0] == 1.0) is found


@pytest.mark.parametrize(
    ("label", "posting", "found"),
    [
        ("driver", "A valid driver's license and a clean driving record.", False),
        ("driving", "Must have a good driving record.", False),
        ("driver", "Drivers' licenses are checked yearly.", False),
        ("driver", "We are hiring a local driver for our bakery.", True),
        ("nurse", "Report to the nurse's station.", True),
    ],
)
def test_a_role_asked_as_a_requirement_is_not_the_job(
    label: str, posting: str, found: bool
) -> None:
    """Analysts and nurses are asked for a driver's license: that does not make them drivers."""
    pattern = lexical_pattern(crit("role", label))
    assert pattern is not None
    assert bool(lexical_match(pattern, _one_table(posting))[0][0] >= 0.9) is found


@pytest.mark.parametrize(
    ("facet", "label", "english"),
    [
        ("role", "Frontend-Entwickler", "frontend developer"),
        ("role", "Pflegefachkraft", "nurse"),
        ("role", "Softwareentwickler", "software developer"),
        ("company_type", "Zeitarbeit", "temp agency"),
        ("culture", "flache Hierarchien", "flat hierarchy"),
        ("role", "DevOps", None),
        ("role", "data analyst", None),
        ("skill", "Kubernetes", None),
    ],
)
def test_german_labels_have_an_english_query(facet: str, label: str, english: str | None) -> None:
    from dreamfit.features import english_query

    assert english_query(crit(facet, label)) == english


@pytest.mark.parametrize(
    ("label", "title", "found"),
    [
        ("frontend developer", "Staff Software Engineer - Frontend", True),
        ("Frontend-Entwickler", "Senior Software Engineer, Frontend", True),
        ("Frontend-Entwickler", "Front-End Engineer (React)", True),
        ("QA engineer", "Quality Assurance Engineer II", True),
        ("QA engineer", "Senior Quality Engineer - REMOTE (US)", True),
        ("QA engineer", "QA Automation Engineer", True),
        ("QA engineer", "Test Engineer", True),
        ("senior backend engineer", "Back-End Developer", True),
        ("machine learning engineer", "Sr. ML Engineer", True),
        ("budget analyst", "Principal Budget & Research Analyst", True),
        ("medical laboratory scientist", "Medical Lab Scientist - MLT", True),
        ("product designer", "Designer (Product)", True),
        ("product designer", "Sales & Design Consultant", False),
        ("data analyst", "Senior Business Analyst", False),
        ("sales engineer", "Sales Developer", False),  # no software kind: heads stay apart
        ("customer success", "Success, Customer", False),  # no occupation to turn around
        ("business development", "Development, Business", False),
    ],
)
def test_roles_of_several_words_are_found_as_postings_write_them(
    label: str, title: str, found: bool
) -> None:
    """Job boards invert roles ("Software Engineer, Frontend"), spell them apart ("Front-End")
    and abbreviate them ("ML", "QA", "Lab"); a developer and an engineer of software are one
    job."""
    pattern = lexical_pattern(crit("role", label))
    assert pattern is not None
    assert bool(pattern.search(title.lower())) is found


def test_the_employer_and_its_industry_decide_a_kind_of_company() -> None:
    """A job board's industry field ("Staffing & Outsourcing") and the employer's name ("City of
    Peoria") say what a description may never say; "Enterprise Software" is no large
    enterprise."""
    from dreamfit.features import employer_match

    table = pd.DataFrame(
        {
            "title": ["Analyst"] * 4,
            "company": ["Hire Resolve", "City of Peoria", "Nuna", "Mercy Hospital"],
            "industry": [
                "Staffing & Outsourcing",
                None,
                "Enterprise Software & Network Solutions",
                None,
            ],
            "description": ["We analyse data."] * 4,
        }
    )
    f = Fields.from_table(table)
    cases = [
        ("company_type", "staffing agency", [True, False, False, False]),
        ("company_type", "Personalvermittlung", [True, False, False, False]),
        ("company_type", "public sector", [False, True, False, False]),
        ("company_type", "enterprise", [False, False, False, False]),
        ("industry", "healthcare", [False, False, False, True]),
        ("role", "analyst", [False] * 4),  # only kinds of employer
    ]
    for facet, label, expected in cases:
        c = crit(facet, label)
        pattern = lexical_pattern(c)
        assert pattern is not None, label
        assert employer_match(pattern, c, f).tolist() == expected, label


@pytest.mark.parametrize(
    ("text", "hired"),
    [
        ("Im Auftrag unseres Kunden in München suchen wir Sie zum nächstmöglichen Termin.", True),
        ("Für unseren renommierten Auftraggeber suchen wir einen Finanzbuchhalter.", True),
        ("Unser Kunde ist eine internationale Bank in Zürich.", True),
        ("Our client, a top-tier investment bank, is seeking a business analyst.", True),
        ("We are in search of a Quality Engineer for our client located in New Albany.", True),
        ("Wir entwickeln Software für unsere Kunden.", False),
        ("Legal work for a diverse client base.", False),
        ("You will manage our client's content calendars.", False),
        ("We do not accept staffing agency candidates.", False),
    ],
)
def test_a_posting_written_for_a_client_is_from_a_staffing_agency(text: str, hired: bool) -> None:
    """Recruiters fill jobs for clients; that makes them a staffing agency (a refused
    "Personalvermittlung"), not a temp agency: the client employs whoever is placed."""
    from dreamfit.features import employer_match, for_a_client

    assert for_a_client(text) is hired
    f = Fields.from_table(
        pd.DataFrame({"title": ["Analyst"], "company": ["X"], "description": [text]})
    )
    for label, expected in (("staffing agency", hired), ("Zeitarbeit", False)):
        c = crit("company_type", label, polarity="avoid")
        pattern = lexical_pattern(c)
        assert pattern is not None
        assert employer_match(pattern, c, f).tolist() == [expected], label


def test_an_agency_is_known_by_any_of_its_postings() -> None:
    """ShaarConsulting writes "Für unseren Kunden" in one posting and not in its DevOps one;
    both are from a staffing agency, and the evidence says where that was read."""
    from dreamfit.features import employer_evidence, employer_match

    table = pd.DataFrame(
        {
            "title": ["Logistik (m/w/d)", "DevOps Engineer (m/w/d)", "DevOps", "Buchhaltung"],
            "company": ["Shaar GmbH", "shaar gmbh ", "Other AG", ""],
            "description": [
                "Für unseren Kunden suchen wir dich in Berlin.",
                "Kubernetes und CI/CD. Vollzeit, Festanstellung.",
                "Kubernetes und CI/CD.",
                "Vollzeitvertrag über Personalüberlassung.",
            ],
        }
    )
    f = Fields.from_table(table)
    assert f.for_client.tolist() == [True, True, False, True]
    c = crit("company_type", "Personalvermittlung", polarity="avoid")
    pattern = lexical_pattern(c)
    assert pattern is not None
    hit = employer_match(pattern, c, f)
    assert hit.tolist() == [True, True, False, True]
    notes = employer_evidence(c, f, hit)
    assert notes[0] == "Für unseren Kunden suchen wir dich in Berlin."
    assert notes[1] is not None and notes[1].startswith("Shaar GmbH, in another posting:")
    assert notes[2] is None


@pytest.mark.parametrize(
    ("role", "title", "neighbour"),
    [
        ("data analyst", "Data Scientist", True),
        ("data analyst", "Senior Data Analyst II", False),
        ("data analyst", "Sr. Analyst, Data", False),
        ("budget analyst", "Senior Business Analyst", True),
        ("budget analyst", "Principal Budget & Research Analyst", False),
        ("product designer", "Sales & Design Consultant", True),
        ("product designer", "Software Engineers, Product Designers", False),
        ("frontend developer", "Frontend Engineer (React)", False),
        ("data analyst", "Acme - Remote (US) - Full-time", False),
        ("data analyst", "Datenanalyst (m/w/d)", False),
        ("nurse", "Medical Assistant", False),  # one-word roles are left alone
    ],
)
def test_titles_that_name_a_neighbouring_job(role: str, title: str, neighbour: bool) -> None:
    from dreamfit.features import neighbouring_titles

    f = Fields.from_table(pd.DataFrame({"title": [title], "description": ["x"]}))
    assert neighbouring_titles(crit("role", role), f).tolist() == [neighbour]


def test_insurers_are_found_by_their_business_not_by_their_benefits() -> None:
    from dreamfit.features import employer_match

    table = pd.DataFrame(
        {
            "title": ["Business Analyst"] * 4,
            "company": ["Combined Insurance", "Acme Bank", "Old Republic", "Ortho Clinic"],
            "description": [
                "Work with our claims teams.",
                "We offer health insurance and a 401(k).",
                "Support our underwriting and policyholder services.",
                "Follow up when the insurance company denies the claim.",
            ],
        }
    )
    texts, offsets = posting_passages(table["description"].tolist())
    f = Fields.from_table(table, texts, offsets)
    c = crit("industry", "insurance")
    pattern = lexical_pattern(c)
    assert pattern is not None
    assert employer_match(pattern, c, f).tolist() == [True, False, False, False]
    assert np.nan_to_num(lexical_match(pattern, f)[0]).tolist() == [0.0, 0.0, 1.0, 0.0]


@pytest.mark.parametrize(
    ("sentence", "amount"),
    [
        ("Travel: Up to 25%", 0.5),
        ("Ability to travel up to 20 to 50%. Overnight stays will be required.", 1.0),
        ("Minimal Travel (less than 5%, within 15 mile radius)", 0.1),
        ("Occasional travel for industry events.", 0.3),
        ("Extensive travel across the region.", 1.0),
        ("This position may require travel to project locations.", 0.7),
        ("Travel Expectation: None", 0.0),
        ("Travel by air, rail, auto (% of time): 0", 0.0),
        ("Clients in retail, media, travel & leisure and software.", None),
        ("Discounts on pet insurance, entertainment and travel.", None),
    ],
)
def test_how_much_travel_a_posting_asks(sentence: str, amount: float | None) -> None:
    """A seeker refusing "lots of travel" is not refused by "Travel: up to 25%", and a client
    list naming the travel industry asks for no trips at all."""
    from dreamfit.features import travel_amount

    got = travel_amount(sentence)
    assert (math.isnan(got) and amount is None) or got == pytest.approx(amount)
