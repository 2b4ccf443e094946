"""The first rule-based extractor, English and German."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dreamfit import DreamProfile, ParameterError, extract_profile
from dreamfit.extract import detect_language
from tests.conftest import SHARED, require_shared


def _find(profile: DreamProfile, facet: str, polarity: str = "want") -> list[str]:
    return [c.label for c in profile.criteria if c.facet == facet and c.polarity == polarity]


def test_english_answers() -> None:
    p = extract_profile(
        [
            "The role was a data analyst position at a hospital system in Virginia.",
            "Hybrid is ideal. I need a salary of at least $70,000. No jobs that need lots of travel.",
        ]
    )
    assert "data analyst" in _find(p, "role")
    assert "healthcare" in _find(p, "industry")
    assert _find(p, "location") == ["Virginia"]
    assert "hybrid" in _find(p, "work_mode")
    assert "travel" in _find(p, "travel", "avoid")
    salary = next(c for c in p.criteria if c.facet == "salary")
    assert salary.importance == "must"
    assert salary.value == {
        "amount": 70000.0,
        "currency": "USD",
        "period": "year",
        "annual": 70000.0,
    }
    assert p.language == "en"


def test_german_answers() -> None:
    p = extract_profile(
        [
            "Am meisten hat mir die DevOps-Arbeit gefallen: Kubernetes und CI/CD.",
            "Gehalt ab 70.000 Euro im Jahr. Ich möchte keine Stelle bei einer Personalvermittlung.",
        ]
    )
    assert "DevOps" in _find(p, "role")
    assert "Kubernetes" in _find(p, "skill")
    assert "Personalvermittlung" in _find(p, "company_type", "avoid")  # labels in German
    salary = next(c for c in p.criteria if c.facet == "salary")
    assert salary.value is not None and salary.value["annual"] == 70000.0
    assert salary.value["currency"] == "EUR"
    assert p.language == "de"


def test_spans_point_at_the_source_text() -> None:
    answers = ["I loved the team. No crypto, please!", "Remote work."]
    p = extract_profile(answers)
    for c in p.criteria:
        assert c.answer is not None and c.start is not None and c.end is not None
        assert answers[c.answer][c.start : c.end] == c.text


def test_language_detection() -> None:
    assert detect_language("Ich möchte keine Schichtarbeit.") == "de"
    assert detect_language("I would not like shift work.") == "en"


def test_bad_input_type() -> None:
    with pytest.raises(ParameterError, match=r"must hold strings\. Got int at position 1"):
        extract_profile(["ok", 3])  # type: ignore[list-item]


def _bench() -> object:
    import importlib.util

    from tests.conftest import REPO

    spec = importlib.util.spec_from_file_location(
        "bench_extract", REPO / "benchmarks" / "bench_extract.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_development_profiles_yield_the_expected_criteria() -> None:
    require_shared(SHARED / "eval")
    bench = _bench()
    profiles, expected = bench.load_sets()["dev"]  # type: ignore[attr-defined]
    stats = bench.evaluate(profiles, expected)  # type: ignore[attr-defined]
    recall = sum(stats["found"].values()) / sum(stats["expected"].values())
    precision = sum(stats["correct"].values()) / sum(stats["extracted"].values())
    assert recall >= 0.95, stats["misses"]
    assert precision >= 0.95, stats["extras"]


def test_own_labelled_set_quality_does_not_regress() -> None:
    bench = _bench()
    profiles, expected = bench.load_sets()["own"]  # type: ignore[attr-defined]
    stats = bench.evaluate(profiles, expected)  # type: ignore[attr-defined]
    recall = sum(stats["found"].values()) / sum(stats["expected"].values())
    precision = sum(stats["correct"].values()) / sum(stats["extracted"].values())
    reader = sum(stats["agreed"].values()) / sum(stats["extracted"].values())
    # Measured 0.901 / 0.880 (lists) / 0.907 (reader's labels) on the 60 profiles when this guard
    # was raised; the extraction issue's target is 0.90 / 0.90 by a reader.
    assert recall >= 0.89
    assert precision >= 0.87
    assert reader >= 0.90


@settings(max_examples=200, deadline=None)
@given(st.lists(st.text(max_size=300), max_size=4))
def test_never_raises_and_always_validates(answers: list[str]) -> None:
    p = extract_profile(answers)
    assert DreamProfile.model_validate_json(p.to_json()) == p
    for c in p.criteria:
        assert c.weight >= 0
        assert answers[c.answer][c.start : c.end] == c.text  # type: ignore[index]


def test_focus_shifts_weights_between_position_and_company() -> None:
    company = extract_profile(["It was mostly the company: a kind team.", "I liked SQL work."])
    assert company.focus == "company"
    weights = {c.label: c.weight for c in company.criteria}
    assert weights["kind"] > weights["SQL"]
    position = extract_profile(["Die Aufgaben selbst waren toll: SQL.", "Ein freundliches Team."])
    assert position.focus == "position"
    # the role is what every good fit needs first: a company focus does not weigh it down
    devops = extract_profile(["Es war vor allem das Unternehmen.", "Die DevOps-Arbeit mochte ich."])
    assert devops.focus == "company"
    assert [c.weight for c in devops.criteria if c.facet == "role"] == [0.75]  # high, as said


def test_as_long_as_is_no_role() -> None:
    p = extract_profile(["Nobody cared what hours I worked as long as things shipped."])
    assert not [c for c in p.criteria if c.facet == "role"]
    nurse = extract_profile(["I'd love to work as a nurse as soon as possible."])
    assert [c.label for c in nurse.criteria if c.facet == "role"] == ["nurse"]


def test_company_size_and_stage_values() -> None:
    p = extract_profile(["A small team, under 50 people, at a startup. Not a giant corporation."])
    sizes = [c for c in p.criteria if c.facet == "company_size"]
    assert {"employees_min": None, "employees_max": 50} in [c.value for c in sizes]
    stage = next(c for c in p.criteria if c.facet == "company_stage")
    assert stage.value == {"stage": "startup"}


def test_german_labels_and_salary_label() -> None:
    p = extract_profile(["Kein Schichtdienst. Gehalt mindestens 3.200 € brutto im Monat."])
    labels = {c.label for c in p.criteria}
    assert "Schichtdienst" in labels
    assert "Gehalt ≥ 3.200 EUR/Monat" in labels


@settings(max_examples=150, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "no",
                "night",
                "shifts",
                "remote-first",
                "Homeoffice",
                "Kubernetes",
                "401k",
                "Zeitarbeit",
                "startup",
                "kind",
                "team",
                "dog-friendly",
                "Vollzeit",
                "teilzeit",
                "overtime",
                "Jobrad,",
                "and",
                "oder",
                "unbedingt",
                "IT-Support",
                "Mitarbeiterrabatt",
                "Pflichtpraktikum",
                "fast",
                "fashion",
                "two",
                "days",
                "Leistungsdruck",
                "6-day",
                "week",
                "blood",
                "banks",
                "e-commerce",
                "9 to 5",
                "M-F",
                "50-hour",
                "4x10",
                "Dienstwohnung",
                "max 30 min Fahrt",
            ]
        )
        | st.text(max_size=12),
        max_size=12,
    )
)
def test_term_index_finds_what_every_pattern_finds(words: list[str]) -> None:
    from dreamfit.extract import _term_hits, _term_index

    text = " ".join(words)
    patterns = _term_index()[0]
    brute = sorted(
        (m.start(), m.end(), i) for i, p in enumerate(patterns) for m in p.finditer(text)
    )
    assert _term_hits(text) == brute


def test_free_phrases_are_placed_on_facets_by_the_model() -> None:
    # Industries and places the lexicons do not list, in both languages.
    p = extract_profile(
        ["I'd love to stay in aviation, medtech or museums.", "Near Knoxville or Maryville."]
    )
    assert {"aviation", "medtech", "museums"} <= set(_find(p, "industry"))
    assert "Knoxville" in _find(p, "location")
    de = extract_profile(["Am liebsten Maschinenbau, Luftfahrt oder Medizintechnik."])
    assert {"Maschinenbau", "Luftfahrt", "Medizintechnik"} <= set(_find(de, "industry"))


def test_accounting_tasks_are_skills_not_industries() -> None:
    """The tasks "Debitoren", "offene Posten klären" and "Mahnwesen" are what a bookkeeper does, not
    whom she works for: the placement exemplars name such tasks as skills."""
    p = extract_profile(
        [
            "Ich war Finanzbuchhalterin, vor allem Debitoren: Zahlungseingänge buchen, "
            "offene Posten klären, Mahnwesen, alles mit DATEV."
        ]
    )
    assert {"Debitoren", "offene Posten klären", "Mahnwesen", "DATEV"} <= set(_find(p, "skill"))
    assert _find(p, "industry") == []


def test_clauses_about_the_work_or_the_firm_are_no_industries() -> None:
    """ "kurze Entscheidungswege" is how a firm works, "ein bisschen Technik" part of the job and
    a clause of six words no industry; "Kultur" alone is the arts (an exemplar of its own)."""
    p = extract_profile(
        [
            "Die Firma war familiär, mit kurzen Entscheidungswegen.",
            "Beratung, Support und ein bisschen Technik. Ich helfe Leuten gern bei ihren Problemen.",
        ]
    )
    assert _find(p, "industry") == []
    from dreamfit.extract.placement import place

    assert place(["Kultur", "Technik", "Du-Kultur"]) == ["industry", "skill", "culture"]


def test_names_listed_with_a_known_place_are_places() -> None:
    p = extract_profile(["Gerne Gütersloh, Herford oder Bielefeld."])
    [loc] = [c for c in p.criteria if c.facet == "location"]
    assert loc.value is not None
    assert loc.value["places"] == ["Gütersloh", "Herford", "Bielefeld"]
    # A capitalized phrase that is not a whole list item stays out ("Editorial Design").
    q = extract_profile(["Ein kleiner Verlag in Mainz, Editorial Design, Buchcover."])
    [loc] = [c for c in q.criteria if c.facet == "location"]
    assert loc.value is not None and loc.value["places"] == ["Mainz"]


def test_hours_next_to_a_salary_stay_a_schedule() -> None:
    p = extract_profile(["Wichtig: Stuttgart, 35 bis 39 Stunden, ab 3.300 € brutto monatlich."])
    assert "35 bis 39 Stunden" in _find(p, "schedule")
    assert any(c.facet == "salary" for c in p.criteria)
    # "20 to 25 hours a week" is no pay of 20 an hour: one salary, the one in dollars
    us = extract_profile(["Part-time, about 20 to 25 hours a week, or daytime, at $20 an hour."])
    assert [c.label for c in us.criteria if c.facet == "salary"] == ["salary ≥ 20 USD/hour"]
    words = extract_profile(["I want 25 to 30 dollars an hour."])
    assert [c.label for c in words.criteria if c.facet == "salary"] == ["salary ≥ 25 USD/hour"]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.text(max_size=40), max_size=6))
def test_placement_never_raises_and_answers_per_phrase(phrases: list[str]) -> None:
    from dreamfit.extract.placement import EXEMPLARS, place

    placed = place(phrases)
    assert len(placed) == len(phrases)
    assert all(facet is None or facet in EXEMPLARS for facet in placed)
    # One phrase at a time gives the same answers as the batch.
    assert [place([phrase])[0] for phrase in phrases] == placed


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=120))
def test_joined_cue_pattern_equals_one_search_per_cue(text: str) -> None:
    from dreamfit.extract import _FREE_CUES, _cue_facet

    reference = next((facet for facet, cue in _FREE_CUES if cue.search(text)), None)
    assert _cue_facet(text) == reference


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.sampled_from(["as", "a", "als", "role", "Stelle", "job", "nurse", "the", "I", "gig"])
        | st.text(max_size=8),
        max_size=10,
    )
)
def test_role_frame_cue_is_implied_by_every_frame(words: list[str]) -> None:
    from dreamfit.extract import _ROLE_FRAME, _ROLE_FRAME_CUE

    text = " ".join(words)
    if _ROLE_FRAME.search(text):
        assert _ROLE_FRAME_CUE.search(text)


def test_a_concession_is_not_part_of_the_refusal_before_it() -> None:
    prof = extract_profile(["I will not work nights again, though every other weekend is OK."])
    got = {(c.label, c.polarity) for c in prof.criteria if c.facet == "schedule"}
    assert got == {("night shift", "avoid"), ("weekends", "want")}
    weekends = next(c for c in prof.criteria if c.label == "weekends")
    assert weekends.importance == "low"  # "is OK": acceptable, not a wish
    de = extract_profile(["Keine Nachtschichten, wobei Wochenenden ab und zu okay sind."])
    assert all(c.polarity == "want" for c in de.criteria if "wochenend" in c.label.lower()), (
        de.criteria
    )


def test_a_negation_inside_a_free_phrase_turns_what_follows_into_an_avoid() -> None:
    prof = extract_profile(["Kundenservice ist super, solange ich ihnen nichts verkaufen muss."])
    avoided = [c.label for c in prof.criteria if c.polarity == "avoid"]
    assert any(label.startswith("verkaufen") for label in avoided), prof.criteria
    assert not any("nichts" in c.label for c in prof.criteria)


def test_things_joined_by_or_after_a_no_are_all_avoided() -> None:
    de = extract_profile(["Kein reiner Vertrieb mit Provision oder Kaltakquise."])
    assert "Kaltakquise" in _find(de, "skill", "avoid"), de.criteria
    en = extract_profile(["No pure sales job with commission or cold calling."])
    assert "cold calling" in _find(en, "skill", "avoid"), en.criteria
    # a comma or an "and" ends the negation
    both = extract_profile(["No commission, and Python or SQL would be great."])
    assert "Python" in _find(both, "skill"), both.criteria


def test_towns_beside_a_named_place_join_it() -> None:
    """One-word English towns count only beside a place named in the same clause and near it;
    all of them are one place criterion (alternatives), not one criterion each."""
    answer = (
        "I'm in Seattle with no car, so remote or somewhere I can bus to like Bellevue or Redmond."
    )
    [loc] = [c for c in extract_profile([answer]).criteria if c.facet == "location"]
    assert loc.value is not None and loc.value["places"] == ["Seattle", "Bellevue", "Redmond"]
    assert not any(c.facet == "skill" for c in extract_profile([answer]).criteria)
    alone = extract_profile(["I love Reading, and Python."])
    assert not any(c.facet == "location" for c in alone.criteria)
    german = extract_profile(["Ich wohne in Kassel und will nicht nach Baunatal."])
    assert {(c.polarity, c.label) for c in german.criteria if c.facet == "location"} == {
        ("want", "Kassel"),
        ("avoid", "Baunatal"),
    }


def test_the_public_sector_however_it_is_written() -> None:
    for answer in (
        "I want a public-sector or big, stable local employer.",
        "Ich will in den öffentlichen Dienst.",
        "A municipal employer would be ideal.",
    ):
        assert "public sector" in _find(extract_profile([answer]), "company_type") or (
            "öffentlicher Dienst" in _find(extract_profile([answer]), "company_type")
        ), answer


def test_the_school_year_is_not_the_education_sector() -> None:
    assert not extract_profile(["During the school year I can do 15-20 hours."]).criteria
    assert _find(extract_profile(["I want to work at a school."]), "industry") == ["education"]


def test_unpaid_work_is_refused_not_the_internship() -> None:
    for answer in ("Would not accept an unpaid internship.", "Kein unbezahltes Praktikum."):
        prof = extract_profile([answer])
        assert [(c.facet, c.polarity) for c in prof.criteria] == [("employment_type", "avoid")]
        assert prof.criteria[0].label in ("unpaid work", "unbezahlte Arbeit")
    paid = extract_profile(["I want a paid internship."])
    assert _find(paid, "employment_type") == ["internship"]


def test_a_permanent_position_and_freelance_work_in_german() -> None:
    prof = extract_profile(["Feste Anstellung bitte, keine freiberufliche Mitarbeit."])
    assert _find(prof, "employment_type") == ["Vollzeit"]
    assert _find(prof, "employment_type", "avoid") == ["Vertrag / freiberuflich"]


def test_a_blood_bank_is_not_banking() -> None:
    prof = extract_profile(["I loved rotating through chemistry, hematology and the blood bank."])
    assert not any(c.label == "finance" for c in prof.criteria)
    bank = extract_profile(["I would love to work at a bank."])
    assert any(c.label == "finance" for c in bank.criteria)


@pytest.mark.parametrize(
    ("answer", "role"),
    [
        ("Ich bin Frontend-Entwickler mit fünf Jahren Erfahrung.", "Frontend-Entwickler"),
        ("I am a frontend developer.", "frontend developer"),
        ("Ich bin gelernter Fliesenleger.", "Fliesenleger"),
        ("Ich bin ausgebildete Erzieherin und liebe Kinder.", "Erzieherin"),
        ("Ich bin Kauffrau für Büromanagement.", "Kauffrau"),
    ],
)
def test_one_role_per_occupation_without_the_words_around_it(answer: str, role: str) -> None:
    roles = [c.label for c in extract_profile([answer]).criteria if c.facet == "role"]
    assert roles == [role]


def test_instead_of_outside_and_a_double_negation() -> None:
    prof = extract_profile(
        [
            "A steady string of horses instead of driving between backyards all day.",
            "I don't want an office job or anything that isn't hands-on with animals.",
            "A county EMS service outside Sacramento.",
            "No sales jobs.",
        ]
    )
    got = {(c.label, c.polarity) for c in prof.criteria}
    assert ("driving", "avoid") in got
    assert ("office", "avoid") in got and ("animals", "want") in got
    assert ("Sacramento", "want") in got  # "outside X" is near X
    refused = extract_profile(["Eine Stelle außerhalb von Hamburg kommt nicht in Frage."])
    assert {(c.label, c.polarity) for c in refused.criteria if c.facet == "location"} == {
        ("Hamburg", "want")
    }
    assert ("sales", "avoid") in got
    de = extract_profile(["Print statt immer nur Social Media."])
    assert ("social media", "avoid") in {(c.label, c.polarity) for c in de.criteria}


@pytest.mark.parametrize(
    ("answer", "facet", "label", "polarity"),
    [
        ("Keine Werbeagentur mit Pitch-Nächten.", "company_type", "Agentur", "avoid"),
        ("Ein Familienbetrieb wäre schön.", "company_stage", "Familienbetrieb", "want"),
        ("Mir ist wichtig, dass nach Tarif bezahlt wird.", "benefit", "Tarifbezahlung", "want"),
        ("Ich suche Junior/Mid, Inhouse.", "seniority", "mid", "want"),
        ("A science center or an aquarium would be ideal.", "industry", "museums", "want"),
        ("Nur Inbound, kein Verkauf.", "role", "Verkauf", "avoid"),
        ("I'd love a unionized shop.", "company_type", "union", "want"),
        (
            "Nachtdienst bzw. Night Audit mache ich auf keinen Fall.",
            "schedule",
            "Nachtdienst",
            "avoid",
        ),
        (
            "Große Hotelketten will ich eigentlich nicht.",
            "company_size",
            "Großunternehmen",
            "avoid",
        ),
        ("Inhouse bei einem kleinen Verlag in Mainz.", "company_size", "small company", "want"),
        ("Small B2B SaaS for bakeries.", "company_size", "small company", "want"),
        ("No big national banks.", "company_size", "large company", "avoid"),
        (
            "Would rather not work in a big accountancy practice.",
            "company_size",
            "large company",
            "avoid",
        ),
        ("Energie-Startup aus Karlsruhe, Series A.", "company_stage", "startup", "want"),
        ("Ideally a Series B company.", "company_stage", "scale-up", "want"),
        ("Ambulanter Dienst wäre auch eher nicht meins.", "industry", "ambulante Pflege", "avoid"),
        ("Und Freitag um 13 Uhr Feierabend!", "schedule", "früher Feierabend am Freitag", "want"),
        ("Lübeck und Umgebung, max 30 min Fahrt.", "travel", "kurzer Arbeitsweg", "want"),
        ("Every job was within 30 min of my house.", "travel", "short commute", "want"),
        ("Jeden Tag draußen mit den Kindern.", "culture", "Arbeit draußen", "want"),
        (
            "No big box stores, and no overnight inventory shifts.",
            "schedule",
            "night shift",
            "avoid",
        ),
        (
            "In der Prüfungsphase brauche ich flexible Stunden.",
            "schedule",
            "flexible Arbeitszeiten",
            "want",
        ),
        ("They were fine with career changers.", "seniority", "junior", "want"),
        ("A 40-person biotech, still pre-IPO.", "company_stage", "startup", "want"),
        ("Science-driven, not marketing-driven.", "culture", "marketing-driven", "avoid"),
        ("Closed Saturdays, which I loved.", "schedule", "weekends", "avoid"),
        ("They paid for my CCP cert.", "benefit", "training budget", "want"),
        ("A mutual insurer in the Midwest.", "industry", "insurance", "want"),
        ("Evenings ok.", "schedule", "late shifts", "want"),
        ("Not joining a big franchise again.", "company_type", "franchise", "avoid"),
        (
            "Ich bin ehrlich, nach sechs Jahren Befristungen reicht's.",
            "employment_type",
            "Vertrag / freiberuflich",
            "avoid",
        ),
        ("Keine Tierversuche.", "industry", "Tierversuche", "avoid"),
        ("Endlich raus aus der Universität.", "industry", "Wissenschaft / Hochschule", "avoid"),
        ("Ein Ökostrom-Anbieter aus Kassel.", "industry", "energy", "want"),
        ("Feste Zeiten von 8 bis 16:30.", "schedule", "regular hours", "want"),
        ("Reisetätigkeit über 20% lehne ich ab.", "travel", "Reisetätigkeit", "avoid"),
        ("Die Firma hat intern befördert.", "culture", "career growth", "want"),
        ("Kein Outsourcing-Dienstleister.", "company_type", "Outsourcing", "avoid"),
        ("Wohnung auf dem Hof wäre inklusive gewesen!", "benefit", "Unterkunft / Wohnung", "want"),
        ("I want to get away from retail.", "industry", "retail", "avoid"),
        ("Profitable and bootstrapped, which I loved.", "company_stage", "bootstrapped", "want"),
        ("I'd rather not work somewhere VC-backed.", "company_stage", "VC-funded", "avoid"),
        ("A legal translator at a law firm in London.", "company_type", "law firm", "want"),
        ("SDL Trados + a proper term base.", "skill", "SDL Trados", "want"),
        ("Ein kirchlicher Träger wäre schön.", "company_type", "kirchlicher Träger", "want"),
        ("Nachtdienst ist okay, wenn die Zuschläge stimmen.", "benefit", "Zuschläge", "want"),
        ("A payments fintech with proper returner support.", "benefit", "returner support", "want"),
        ("Union shop, pension plus annuity.", "benefit", "pension", "want"),
    ],
)
def test_lexicon_places_common_phrases_on_their_facets(
    answer: str, facet: str, label: str, polarity: str
) -> None:
    got = {(c.facet, c.label, c.polarity) for c in extract_profile([answer]).criteria}
    assert (facet, label, polarity) in got, got


@pytest.mark.parametrize(
    ("answer", "label", "polarity"),
    [
        ("Wochenende frei muss drin sein.", "weekends", "avoid"),
        ("I want weekends off.", "weekends", "avoid"),
        ("As few weekends as possible, please.", "weekends", "avoid"),
        ("Weekends are fine.", "weekends", "want"),
        ("Schichten bis 22 Uhr mach ich nicht mehr.", "late shifts", "avoid"),
        ("Keine Saisonarbeit, bitte, ich brauche etwas Festes.", "befristet / Aushilfe", "avoid"),
        ("Zero hours contracts are a no.", "temporary", "avoid"),
    ],
)
def test_time_off_and_refusals_set_the_polarity(answer: str, label: str, polarity: str) -> None:
    got = {(c.label, c.polarity) for c in extract_profile([answer]).criteria}
    assert (label, polarity) in got, got


def test_commission_is_a_named_pay_form_in_both_languages() -> None:
    got = {
        (c.label, c.polarity)
        for c in extract_profile(["Kein Vertrieb auf Provisionsbasis."]).criteria
    }
    assert ("Provision", "avoid") in got and ("Vertrieb", "avoid") in got
    en = extract_profile(["Not interested in anything commission-based."])
    assert ("commission", "avoid") in {(c.label, c.polarity) for c in en.criteria}


def test_relocation_refused_in_both_languages() -> None:
    for answer, label in (
        ("Relocation is off the table.", "relocation"),
        ("Chicago only, not relocating.", "relocation"),
        ("Ich lebe in Leipzig und will nicht umziehen.", "Umzug"),
    ):
        got = {(c.label, c.polarity) for c in extract_profile([answer]).criteria}
        assert (label, "avoid") in got, (answer, got)


def test_on_commission_the_commission_is_the_dealbreaker_not_the_role() -> None:
    prof = extract_profile(
        [
            "Ich hatte mich als Werkstudentin im Business Development beworben.",
            "Ein internationales Team war mir wichtig.",
            "Kein Vertrieb auf Provisionsbasis.",
        ]
    )
    got = {(c.label, c.polarity, c.importance) for c in prof.criteria}
    assert ("Business Development", "want", "high") in got
    assert ("Provision", "avoid", "must") in got
    assert ("Vertrieb", "avoid", "low") in got  # refused only with the commission
    flat = extract_profile(["Ich liebe Kunden.", "Gutes Team.", "Kein Vertrieb."])
    assert ("Vertrieb", "avoid", "must") in {
        (c.label, c.polarity, c.importance) for c in flat.criteria
    }


def test_the_sample_answers_want_hamburg_and_refuse_nothing_there() -> None:
    from tests.conftest import SAMPLES

    text = (SAMPLES / "answers_de.txt").read_text(encoding="utf-8")
    prof = extract_profile([a for a in text.split("\n\n") if a.strip()])
    places = {(c.label, c.polarity, c.importance) for c in prof.criteria if c.facet == "location"}
    assert places == {("Hamburg", "want", "must")}


def test_german_free_phrases_end_at_their_last_noun() -> None:
    """German capitalizes nouns, so the verbs and adjectives after a phrase's last noun are cut
    ("ITIL-Zertifizierung bezahlt hätten"), and a piece without a noun is no criterion ("man
    durfte wirklich mitentscheiden")."""
    profile = extract_profile(
        [
            "Am besten fand ich, dass sie die ITIL-Zertifizierung bezahlt hätten, und man "
            "durfte wirklich mitentscheiden."
        ]
    )
    labels = [c.label for c in profile.criteria]
    assert "ITIL-Zertifizierung" in labels
    assert not any(label.endswith(("bezahlt", "mitentscheiden")) for label in labels)
    tasks = extract_profile(
        ["Die Pausen wurden eingehalten, Trocknungsgeräte aufbauen, Schäden begutachten."]
    )
    assert {"Trocknungsgeräte aufbauen", "Schäden begutachten"} <= {c.label for c in tasks.criteria}


def test_big_four_is_a_name_not_a_size() -> None:
    found = {(c.facet, c.label) for c in extract_profile(["Not a Big 4 firm."]).criteria}
    assert ("company_size", "large company") not in found


def test_hours_are_not_pay_and_a_comparison_is_not_a_role() -> None:
    found = extract_profile(["Tischlergeselle, Vollzeit 38-40h, ab 3.100 brutto."]).criteria
    amounts = [c.value["amount"] for c in found if c.facet == "salary" and c.value]
    assert amounts == [3100]
    kita = extract_profile(["Keine Kita mit mehr als 100 Kindern."]).criteria
    assert not any(c.facet == "role" for c in kita)
    hobby = extract_profile(["More as a hobby than a job; I work as a welder."]).criteria
    assert [c.label for c in hobby if c.facet == "role"] == ["welder"]
    production = extract_profile(["Loved that interns ship to production."]).criteria
    assert not any(c.label == "manufacturing" for c in production)


def test_a_fee_the_seeker_would_pay_is_not_a_salary() -> None:
    found = extract_profile(["Would not accept desk fees over $500/mo."]).criteria
    assert not any(c.facet == "salary" for c in found)


@pytest.mark.parametrize(
    ("answer", "role"),
    [
        ("Landschaftsgärtner im GaLaBau, bei nem kleinen Betrieb.", "Landschaftsgärtner"),
        ("Ich war Grundschullehrerin in Köln.", "Grundschullehrerin"),
        ("Gesucht: etwas als Kfz-Mechatroniker.", "Kfz-Mechatroniker"),
    ],
)
def test_german_compound_occupations_are_roles(answer: str, role: str) -> None:
    roles = [c.label for c in extract_profile([answer]).criteria if c.facet == "role"]
    assert role in roles, roles


def test_a_near_refusal_leaves_the_wish_before_the_comma() -> None:
    found = extract_profile(
        ["Ich brauche eine unbefristete Stelle, nach sechs Jahren Befristungen reicht's."]
    ).criteria
    assert ("employment_type", "Vollzeit", "want") in {
        (c.facet, c.label, c.polarity) for c in found
    }
    netto = extract_profile(["2.800 netto, bitte."]).criteria
    assert not any(c.facet == "culture" for c in netto)  # "netto" is not "nett"


def test_german_idioms_and_time_zones_make_no_free_phrase() -> None:
    found = extract_profile(
        [
            "Remote aus Deutschland, solange die Zeitzone ungefähr passt. "
            "Auf keinen Fall Krypto oder Blockchain."
        ]
    ).criteria
    labels = {(c.facet, c.label, c.polarity) for c in found}
    assert ("company_type", "crypto", "avoid") in labels
    assert not any("Fall" in c.label or "solange" in c.label for c in found), labels


def test_german_am_is_not_a_time_of_day() -> None:
    """'Am meisten gereizt haben mich ...' is German ('most of all'), not 'a.m.': the free
    phrases of that clause are skills, not schedule wishes."""
    found = extract_profile(
        ["Am meisten gereizt haben mich Datenanalysen in Excel, Marktrecherche und Präsentationen."]
    ).criteria
    assert not any(c.facet == "schedule" for c in found), found
    production = extract_profile(["Models deployed and monitored in production, Python and SQL."])
    assert not any(c.facet == "industry" for c in production.criteria)


def test_spans_after_a_role_frame_still_point_at_their_clause() -> None:
    """hypothesis found that a role frame ("B job") reused the clause's start/end names, so every
    criterion after it in the clause pointed at the role's characters instead of its clause."""
    answers = ["Bob, B JOB", "I loved the job as a welder in Ohio, Python and SQL."]
    for c in extract_profile(answers).criteria:
        assert c.answer is not None
        assert answers[c.answer][c.start : c.end] == c.text, c


def test_regions_and_two_word_towns_are_places_with_values() -> None:
    regions = extract_profile(["Suche Festanstellung als Landwirt, Allgäu oder Oberschwaben."])
    place = next(c for c in regions.criteria if c.facet == "location")
    assert place.value == {"places": ["Allgäu", "Oberschwaben"], "or_remote": False}
    towns = extract_profile(["Houston inner loop, Bad Homburg, Knoxville."]).criteria
    places = [p for c in towns if c.facet == "location" and c.value for p in c.value["places"]]
    assert "Bad Homburg" in places  # listed with the others: one criterion, alternatives


def test_machine_learning_is_not_education_and_training_models_is_no_perk() -> None:
    found = extract_profile(
        ["A machine learning engineer job: training models and getting them deployed."]
    ).criteria
    labels = {(c.facet, c.label) for c in found}
    assert ("role", "machine learning engineer") in labels
    assert not any(f in ("industry", "benefit") for f, _ in labels), labels
    assert not any(label == "deployed" for _, label in labels)
    big = extract_profile(["I liked the big, established tech company."]).criteria
    assert {("company_size", "large company"), ("company_stage", "enterprise")} <= {
        (c.facet, c.label) for c in big
    }


def test_fewer_false_criteria() -> None:
    """A term inside a longer one is not a second criterion ('public accounting'), reasons and
    lone adjectives are no wishes, and 'grower Champagne' is no growing company."""
    found = extract_profile(
        [
            "I won't go back to public accounting.",
            "Samstags nur jeden zweiten, wegen meinem Sohn.",
            "Really progressive, heavy on grower Champagne and Burgundy.",
        ]
    ).criteria
    labels = {(c.facet, c.label) for c in found}
    assert ("company_type", "accounting firm") in labels
    assert ("skill", "accounting") not in labels
    assert not any("wegen" in label or label == "progressive" for _, label in labels), labels
    assert ("company_stage", "scale-up") not in labels
    nightclub = extract_profile(["No nightclub/bottle service stuff."]).criteria
    assert not any(c.label == "night shift" for c in nightclub)  # a nightclub is no night shift


def test_german_towns_named_alone_are_places() -> None:
    found = extract_profile(
        ["Ich wohne in Germering, also München Westen, z. B. Gräfelfing oder Gröbenzell."]
    ).criteria
    places = {p for c in found if c.facet == "location" and c.value for p in c.value["places"]}
    assert {"Germering", "Gräfelfing", "Gröbenzell"} <= places, found
    stelle = extract_profile(["Die Stelle war super, gerne wieder so eine Stelle."]).criteria
    assert not any(c.facet == "location" for c in stelle)


def test_lone_surrogates_near_town_names_do_not_raise() -> None:
    """Answers from a badly decoded file may hold lone surrogates; the town lookup must not
    raise on them (a str that cannot be UTF-8 encoded names no town)."""
    profile = extract_profile(
        ["Ich wohne in Bad \ud800Homburg, Gräfelfing \udcff, Ann\ud800 Arbor."]
    )
    assert profile.language == "de"


def test_the_people_the_seeker_would_lead_are_not_their_role() -> None:
    found = extract_profile(["There was room to mentor a junior engineer."]).criteria
    assert not any(c.facet in ("role", "seniority") for c in found), found
    own = extract_profile(["I am a junior developer and want mentoring."]).criteria
    assert ("seniority", "junior") in {(c.facet, c.label) for c in own}
    german = extract_profile(["Ich möchte Azubis anleiten und als Elektroniker arbeiten."]).criteria
    assert ("role", "Elektroniker") in {(c.facet, c.label) for c in german}


def test_the_people_the_seeker_works_beside_are_not_their_role() -> None:
    answer = (
        "I was the only product designer at a small startup: sketching flows in Figma, then "
        "shipping it side by side with the engineers."
    )
    roles = {c.label for c in extract_profile([answer]).criteria if c.facet == "role"}
    assert roles == {"product designer"}
    german = extract_profile(["Ich war Pflegefachkraft und habe gern mit den Ärzten gearbeitet."])
    assert "Ärzten" not in {c.label for c in german.criteria if c.facet == "role"}


def test_what_the_seeker_did_is_not_a_thing_to_look_for() -> None:
    """An activity ("shipping it") is not the shipping industry; "early" alone names nothing
    (an early-stage company and an early shift are lexicon terms)."""
    answers = [
        "I loved talking to users, sketching flows in Figma, then shipping it with the engineers.",
        "Early, about 15 people, venture-backed with real equity.",
    ]
    labels = {c.label.lower() for c in extract_profile(answers).criteria}
    assert "shipping" not in labels and "early" not in labels
    assert {"figma", "equity"} <= labels


def test_weights_and_tax_forms_are_not_pay_and_done_with_refuses() -> None:
    """A driver's "50-75 lb boxes" and "no 1099 deals" name no pay; "my back is done with heavy
    freight" refuses the freight; a pharmacy is no biotech company."""
    p = extract_profile(
        [
            "I'm 61 and my back is done with heavy freight, so I was going for a local pharmacy "
            "delivery job. At least $18 an hour. No lifting 50-75 lb boxes all day, and no 1099 "
            "independent contractor deals."
        ]
    )
    assert [c.label for c in p.criteria if c.facet == "salary"] == ["salary ≥ 18 USD/hour"]
    freight = [c for c in p.criteria if "freight" in c.label]
    assert freight and all(c.polarity == "avoid" for c in freight)
    assert not any(c.label == "biotech" for c in p.criteria)
    assert any(
        c.label == "biotech" for c in extract_profile(["A pharmaceutical company."]).criteria
    )


def test_a_wanted_student_job_or_internship_is_a_must() -> None:
    """A student cannot take a regular job instead; the two kinds stay alternatives."""
    p = extract_profile(
        [
            "Ich studiere BWL in München und suche eine Stelle als Werkstudentin, "
            "ein bezahltes Praktikum ginge auch.",
            "Summer can be full-time.",
        ]
    )
    kinds = {c.label: c.importance for c in p.criteria if c.facet == "employment_type"}
    assert kinds["Werkstudent"] == "must" and kinds["Praktikum"] == "must"
    assert kinds.get("full-time", "medium") != "must"


def test_a_wanted_part_time_job_is_a_must_unless_full_time_is_wanted_too() -> None:
    """Whoever asks only for part-time has hours a full-time job cannot give; "part-time or
    full-time both work" and "Teilzeit wäre schön" stay wishes; "keine Vollzeitstelle" refuses
    full-time."""

    def hours(answers: list[str]) -> dict[tuple[str, str], str]:
        return {
            (c.label, c.polarity): c.importance
            for c in extract_profile(answers).criteria
            if c.facet == "employment_type"
        }

    assert hours(["Part-time, about 20 to 25 hours a week, in Los Angeles."]) == {
        ("part-time", "want"): "must"
    }
    assert hours(["Part-time or full-time both work."]) == {
        ("part-time", "want"): "medium",
        ("full-time", "want"): "medium",
    }
    assert hours(["Teilzeit wäre schön."]) == {("Teilzeit", "want"): "low"}
    refused = hours(["Die Stelle war genau das, nur in Teilzeit.", "Keine Vollzeitstelle."])
    assert refused[("Teilzeit", "want")] == "must" and ("Vollzeit", "avoid") in refused


@pytest.mark.parametrize(
    ("answer", "wanted", "refused"),
    [
        (
            "I'd rather have a steady W-2 job, some benefits if possible, than chase loads.",
            None,
            "chase loads",
        ),
        ("Ein kleineres Team ist mir lieber als ein großer Konzern.", None, "Großunternehmen"),
        ("Union job, straight shifts instead of splits.", "straight shifts", "splits"),
        ("Ich würde lieber als Werkstudentin arbeiten.", "Werkstudent", None),
    ],
)
def test_what_the_seeker_would_rather_not_do_is_refused(
    answer: str, wanted: str | None, refused: str | None
) -> None:
    """ "Rather X than Y", "X ist mir lieber als Y", "X instead of Y": Y is refused and X
    kept; a plain "lieber als Werkstudentin" (rather as a working student) refuses nothing."""
    got = {(c.label, c.polarity) for c in extract_profile([answer]).criteria}
    if wanted is not None:
        assert (wanted, "want") in got
    if refused is not None:
        assert (refused, "avoid") in got
    else:
        assert not any(polarity == "avoid" for _, polarity in got)


def test_for_example_is_no_part_of_a_wish() -> None:
    """'zum Beispiel für Beratung am Telefon' had become the skill 'Beispiel für Beratung am
    Telefon' in the demo's German answers."""
    p = extract_profile(["Homeoffice, zum Beispiel für Beratung am Telefon oder Dokumentation."])
    assert not any("Beispiel" in c.label for c in p.criteria)
    en = extract_profile(["Remote days, for example for documentation, would be great."])
    assert not any("example" in c.label for c in en.criteria)


def test_a_compass_direction_alone_is_no_place() -> None:
    """The words "der Westen drumherum" say where around Munich; they had become a place that
    every remote job met and Gräfelfing did not."""
    p = extract_profile(
        ["Ich wohne in Germering, also München oder der Westen drumherum, z. B. Gräfelfing."]
    )
    [loc] = [c for c in p.criteria if c.facet == "location"]
    assert loc.value is not None
    assert loc.value["places"] == ["München", "Germering", "Gräfelfing"]
    en = extract_profile(["I live on the north side of Chicago."])
    assert [c.label for c in en.criteria if c.facet == "location"] == ["Chicago"]
    # Names that start with a direction stay places.
    named = extract_profile(["Westfalen oder Ostfriesland wäre gut."])
    assert {"Westfalen", "Ostfriesland"} <= set(_find(named, "location"))


def test_where_the_seeker_lives_is_an_important_place() -> None:
    p = extract_profile(["I live in southwest Houston near Stafford and Sugar Land."])
    assert [(c.facet, c.importance) for c in p.criteria] == [("location", "high")]
    liked = extract_profile(["Somewhere around Houston would be good."])
    assert [c.importance for c in liked.criteria if c.facet == "location"] == ["medium"]


def test_heavy_lifting_and_test_tools_are_named_and_lifting_is_no_dealbreaker() -> None:
    """Postings ask to "lift up to 50 lbs" even where it is seldom needed, so refusing heavy
    lifting stays a dislike even in the last answer; "they need to be" is no must of the
    seeker's; Playwright is a tool of its own."""
    p = extract_profile(
        [
            "I loved getting things where they need to be on time.",
            "I loved writing the Playwright test suite.",
            "No lifting 50-75 lb boxes all day, and no overnight runs.",
        ]
    )
    got = {c.label: (c.polarity, c.importance) for c in p.criteria}
    assert got["heavy lifting"] == ("avoid", "medium")
    assert got["overnight runs"] == ("avoid", "must")
    assert got["Playwright"] == ("want", "high")
    assert "must" not in {c.importance for c in p.criteria if c.answer == 0}
    german = extract_profile(["Kein schweres Heben mehr."])
    assert [(c.label, c.polarity) for c in german.criteria] == [("heavy lifting", "avoid")]


def test_insurance_is_an_industry_of_its_own_and_in_house_is_no_role() -> None:
    """A business analyst at an insurance carrier wants insurers, not banks; "an in-house role"
    says how the job was, not what; a "Finanzbuchhalterin" is a role, not the finance industry."""
    p = extract_profile(
        ["I'm a business analyst in insurance.", "It was an in-house role at an insurance carrier."]
    )
    assert {(c.facet, c.label) for c in p.criteria} == {
        ("role", "business analyst"),
        ("industry", "insurance"),
    }
    de = extract_profile(["Ich war Finanzbuchhalterin bei einer Versicherung."])
    assert {(c.facet, c.label) for c in de.criteria} == {
        ("role", "Finanzbuchhalterin"),
        ("industry", "Versicherungen"),
    }
    assert [c.label for c in extract_profile(["I worked at a bank."]).criteria] == ["finance"]


def test_what_the_seeker_did_in_the_role_is_a_skill() -> None:
    """A role followed by the task done in it ("a budget analyst putting together revenue
    forecasts") keeps the task; the piece used to be dropped whole for naming the role."""
    p = extract_profile(["I was a budget analyst putting together revenue forecasts, mostly."])
    assert {(c.facet, c.label) for c in p.criteria} == {
        ("role", "budget analyst"),
        ("skill", "revenue forecasts"),
    }


def test_regional_runs_are_not_local_routes() -> None:
    """A trucker refusing "regional runs" wants local work: refusing regional routes must not
    refuse local ones."""
    p = extract_profile(["No over-the-road or regional runs.", "Local routes, home every night."])
    got = {(c.label, c.polarity) for c in p.criteria if c.facet == "travel"}
    assert got == {("long haul", "avoid"), ("regional routes", "avoid"), ("local routes", "want")}
