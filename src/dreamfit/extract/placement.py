"""Placing free phrases on facets with the bundled model's static token vectors.

A phrase that no lexicon term, role pattern, place or amount covers ("aviation", "Milchvieh",
"insulin pumps", "Gütersloh") used to become a skill. Here it is compared with a few hundred short
exemplar phrases per facet, written for dreamfit in English and German, using the static token
vectors of :class:`dreamfit.static.StaticEncoder` (the model's own output per WordPiece token; a
phrase is the weighted mean of its tokens). That costs a tokenizer call and one small sparse
product per clause, so extraction stays in the hundreds of profiles per second.

The exemplars describe kinds of things (industries, occupations, places, perks, shift patterns),
not any labelled profile; the facet whose nearest exemplars are closest wins when it is close
enough, else the caller's rules decide.
"""

from __future__ import annotations

import functools
from typing import Final

import numpy as np

__all__ = ["EXEMPLARS", "MIN_MARGIN", "MIN_SIMILARITY", "place"]

EXEMPLARS: Final[dict[str, tuple[str, ...]]] = {
    "industry": tuple(
        """
        airline industry|air travel|aerospace|airport operations|space industry|railways|
        public transport|shipping industry|maritime|trucking industry|freight logistics|
        courier services|automotive industry|car manufacturing|mechanical engineering|
        steel industry|chemicals|plastics|semiconductors|consumer electronics|
        telecommunications|software industry|video games|fintech|banking|insurance|
        reinsurance|asset management|real estate|property management|construction industry|
        architecture|energy sector|renewable energy|solar power|wind energy|oil and gas|
        utilities|water supply|waste management|recycling|agriculture|farming|dairy farming|
        livestock|forestry|fishing|food production|bakery|brewery|wine industry|restaurants|
        hospitality|hotels|tourism|travel industry|events industry|retail|supermarkets|
        fashion|cosmetics|beauty industry|skin care products|wellness|fitness industry|
        sports|healthcare|hospitals|nursing homes|elder care|pharmaceuticals|biotech|
        medical devices|diagnostics|veterinary|dentistry|mental health services|
        education sector|schools|universities|early childhood education|publishing|
        newspapers|media|broadcasting|film industry|music industry|advertising|
        museums|zoos|libraries|arts and culture|theatre|nonprofit sector|charities|
        social services|disability services|public administration|government|military|
        defense industry|police|legal services|law firms|accounting firms|consulting|
        recruiting industry|staffing|security services|cleaning services|facility management|
        printing|packaging|furniture|textiles|toys|pet industry|gardening|landscaping|
        cannabis|crypto|gambling|tobacco|
        Luftfahrt|Flughafen|Raumfahrt|Bahnverkehr|Nahverkehr|Schifffahrt|Speditionen|
        Logistikbranche|Paketdienst|Automobilindustrie|Autozulieferer|Maschinenbau|
        Stahlindustrie|Chemieindustrie|Kunststoffindustrie|Halbleiter|Elektronikbranche|
        Telekommunikation|Softwarebranche|Spielebranche|Bankwesen|Versicherungen|
        Versicherungsbranche|Immobilien|Hausverwaltung|Baubranche|Bauindustrie|Architektur|
        Energiebranche|erneuerbare Energien|Solarbranche|Windkraft|Stadtwerke|
        Wasserwirtschaft|Entsorgung|Landwirtschaft|Milchviehhaltung|Tierhaltung|
        Forstwirtschaft|Lebensmittelindustrie|Bäckerei|Brauerei|Weinbau|Gastronomie|
        Hotellerie|Tourismus|Veranstaltungsbranche|Einzelhandel|Lebensmittelhandel|Modebranche|
        Kosmetikbranche|Fitnessbranche|Sportbranche|Gesundheitswesen|Krankenhaus|Altenpflege|
        Pflegeheim|Pharmaindustrie|Biotechnologie|Medizintechnik|Tiermedizin|Zahnmedizin|
        Bildungswesen|Schulen|Hochschulen|Kitas|Verlagswesen|Zeitungen|Medienbranche|
        Rundfunk|Filmbranche|Musikbranche|Werbebranche|Museen|Kulturbetrieb|Kultur|Theater|
        gemeinnützige Organisationen|Sozialwesen|Behindertenhilfe|Jugendhilfe|
        öffentlicher Dienst|Verwaltung|Bundeswehr|Rüstungsindustrie|Kanzleien|
        Steuerberatung|Unternehmensberatung|Personaldienstleistung|Sicherheitsdienst|
        Gebäudereinigung|Druckerei|Verpackungsindustrie|Möbelindustrie|Textilindustrie|
        Gartenbau|Tierbedarf
        """.replace("\n", "").split("|")
    ),
    "role": tuple(
        """
        truck driver|bus driver|delivery driver|forklift operator|warehouse worker|
        registered nurse|nurse practitioner|caregiver|medical assistant|paramedic|
        physician|pharmacist|physical therapist|dental hygienist|lab technician|
        teacher|kindergarten teacher|teaching assistant|tutor|school counselor|
        social worker|software engineer|web developer|data scientist|data analyst|
        system administrator|product manager|project manager|UX designer|graphic designer|
        accountant|bookkeeper|tax advisor|auditor|financial analyst|controller|
        marketing manager|copywriter|sales representative|account executive|
        customer service agent|call center agent|receptionist|office assistant|
        executive assistant|HR generalist|recruiter|buyer|purchasing agent|
        electrician|plumber|carpenter|welder|machinist|mechanic|HVAC technician|
        construction worker|painter|roofer|gardener|landscaper|farm worker|
        cook|chef de partie|baker|barista|waiter|bartender|sommelier|housekeeper|
        cleaner|janitor|security guard|police officer|firefighter|cashier|store manager|
        sales associate|hairdresser|beautician|translator|interpreter|librarian|
        curator|journalist|editor|lawyer|paralegal|legal assistant|claims adjuster|
        loan officer|bank teller|insurance agent|real estate agent|pilot|flight attendant|
        train driver|dispatcher|logistics coordinator|research scientist|engineer|
        Berufskraftfahrer|Busfahrer|Auslieferungsfahrer|Staplerfahrer|Lagerist|
        Lagerhelfer|Pflegefachkraft|Krankenschwester|Altenpfleger|Pflegehelfer|
        Rettungssanitäter|Arzt|Apotheker|Physiotherapeut|Zahnarzthelferin|
        Laborant|Lehrer|Grundschullehrerin|Erzieher|Sozialarbeiter|Sozialpädagoge|
        Softwareentwickler|Webentwickler|Datenanalyst|Systemadministrator|
        Projektleiter|Produktmanager|Grafikdesigner|Buchhalter|Steuerfachangestellte|
        Bilanzbuchhalter|Controller|Marketingmanager|Texter|Vertriebsmitarbeiter|
        Kundenberater|Sachbearbeiter|Empfangskraft|Bürokauffrau|Personalreferent|
        Einkäufer|Elektriker|Installateur|Tischler|Schreiner|Schweißer|Zerspaner|
        Mechatroniker|Kfz-Mechaniker|Maurer|Maler|Dachdecker|Gärtner|Koch|Bäcker|
        Kellner|Servicekraft|Reinigungskraft|Hausmeister|Sicherheitsmitarbeiter|
        Polizist|Feuerwehrmann|Kassierer|Filialleiter|Verkäuferin|Friseurin|
        Kosmetikerin|Übersetzer|Dolmetscher|Bibliothekar|Redakteur|Rechtsanwalt|
        Rechtsanwaltsfachangestellte|Versicherungskaufmann|Bankkaufmann|Makler|
        Lokführer|Disponent|Ingenieur|Wissenschaftler
        """.replace("\n", "").split("|")
    ),
    "location": tuple(
        """
        Boston|Chicago|Denver|Seattle|Portland|Atlanta|Dallas|Houston|Phoenix|Miami|
        Nashville|Louisville|Jacksonville|Charlotte|Raleigh|Pittsburgh|Cleveland|Columbus|
        Cincinnati|Indianapolis|Milwaukee|Minneapolis|Omaha|Kansas City|St. Louis|
        Memphis|Birmingham|New Orleans|Tulsa|Albuquerque|Tucson|Sacramento|San Diego|
        Salt Lake City|Boise|Spokane|Anchorage|Honolulu|Richmond|Baltimore|Philadelphia|
        Hartford|Providence|Buffalo|Rochester|Syracuse|Albany|Madison|Des Moines|
        Ohio|Michigan|Oregon|Arizona|Georgia|Virginia|Colorado|Tennessee|Kentucky|
        Midwest|East Coast|Pacific Northwest|suburbs|downtown|
        Hamburg|Bremen|Hannover|Bielefeld|Münster|Dortmund|Essen|Duisburg|Bochum|
        Düsseldorf|Köln|Bonn|Aachen|Koblenz|Mainz|Wiesbaden|Darmstadt|Mannheim|
        Heidelberg|Karlsruhe|Stuttgart|Ulm|Augsburg|Regensburg|Nürnberg|Würzburg|
        Erfurt|Jena|Leipzig|Dresden|Chemnitz|Magdeburg|Potsdam|Rostock|Kiel|Lübeck|
        Osnabrück|Oldenburg|Paderborn|Kassel|Göttingen|Braunschweig|Wolfsburg|
        Saarbrücken|Trier|Freiburg|Konstanz|Passau|Ingolstadt|Bamberg|Bayreuth|
        Ruhrgebiet|Münsterland|Sauerland|Schwarzwald|Bodensee|Oberbayern|Franken|
        Niedersachsen|Sachsen|Thüringen|Brandenburg|Hessen|Pfalz|Innenstadt|Umland
        """.replace("\n", "").split("|")
    ),
    "skill": tuple(
        """
        Python|Java|JavaScript|SQL|Excel|Power BI|Tableau|SAP|Salesforce|AutoCAD|
        Photoshop|Kubernetes|Linux|machine learning|statistics|calculus|bookkeeping|
        payroll|tax returns|financial modeling|negotiation|public speaking|
        customer service|sales|cold calling|copywriting|SEO|social media|
        video editing|photography|welding|CNC machining|soldering|wiring|
        forklift|first aid|wound care|IV therapy|medication administration|
        phlebotomy|patient assessment|lesson planning|classroom management|
        curriculum design|grant writing|fundraising|event planning|inventory control|
        route planning|scheduling|data entry|translation|proofreading|
        research|lab work|pipetting|cell culture|quality control|auditing|
        compliance|regulatory affairs|project management|team leadership|
        Programmieren|Buchführung|Lohnabrechnung|Steuererklärungen|Verhandlung|
        Kundenservice|Verkauf|Kaltakquise|Texten|Schweißen|Löten|Verdrahtung|
        Erste Hilfe|Wundversorgung|Blutabnahme|Unterrichtsplanung|Fördermittel|
        Veranstaltungsplanung|Inventur|Tourenplanung|Dateneingabe|Übersetzung|
        Korrektorat|Laborarbeit|Qualitätskontrolle|Prüfung|Projektmanagement|
        Mitarbeiterführung|Staplerschein|Führerschein|
        accounts receivable|accounts payable|collections|dunning|reconciliations|invoicing|
        month-end close|payment posting|Debitorenbuchhaltung|Kreditorenbuchhaltung|
        Mahnwesen|Zahlungsverkehr|offene Posten|Kontenabstimmung|Rechnungsprüfung|
        Monatsabschluss|Jahresabschluss|
        Airflow|Kafka|Spark|dbt|Snowflake|Terraform|Docker|Git|Jira|React|TypeScript|
        Figma|InDesign|Illustrator|QuickBooks|DATEV|Xero|Epic|Jenkins|AWS|Azure|
        Go|Rust|C++|R|MATLAB|SPSS|Stata|Unity|Blender|Revit|SolidWorks|
        technical support|troubleshooting|Technik|technische Aufgaben|IT-Support
        """.replace("\n", "").split("|")
    ),
    "culture": tuple(
        """
        supportive team|friendly colleagues|great coworkers|flat hierarchy|open door|
        respectful boss|good manager|mentorship|feedback culture|trust|autonomy|
        freedom to decide|no micromanagement|work-life balance|calm atmosphere|
        collaborative culture|transparency|appreciation|feeling valued|diversity|
        inclusive workplace|learning culture|mission-driven|purpose|impact|
        ownership|responsibility|innovation|creative freedom|hands-on mentality|
        code review|psychological safety|blameless culture|open communication|
        down to earth|family feeling|team spirit|toxic culture|pressure|blame culture|
        nettes Team|gute Kollegen|kollegiales Miteinander|flache Hierarchien|
        Wertschätzung|Vertrauen|Eigenverantwortung|Freiraum|Gestaltungsspielraum|
        Betriebsklima|Teamgeist|familiäre Atmosphäre|Respekt|Anerkennung|
        offene Kommunikation|Fehlerkultur|Sinnhaftigkeit|Zusammenhalt|
        Zeitdruck|Leistungsdruck|Mobbing|short decision paths|kurze Entscheidungswege|
        helping people|Menschen helfen|Du-Kultur|Unternehmenskultur|first-name basis
        """.replace("\n", "").split("|")
    ),
    "benefit": tuple(
        """
        free lunch|company car|gym membership|pension plan|401k match|health insurance|
        dental insurance|tuition reimbursement|training budget|paid certifications|
        conference budget|bonus|profit sharing|stock options|employee discount|
        parking|transit pass|bike leasing|childcare|parental leave|sabbatical|
        paid time off|extra vacation days|uniforms provided|tools provided|
        housing provided|meal allowance|relocation package|signing bonus|
        free coffee|dog-friendly office|wellness program|employee assistance program|
        Dienstwagen|Firmenwagen|Jobticket|Deutschlandticket|Jobrad|Fahrradleasing|
        betriebliche Altersvorsorge|Zuschüsse|Urlaubsgeld|Weihnachtsgeld|
        Prämien|Gewinnbeteiligung|Mitarbeiterrabatt|Kantine|Essenszuschuss|
        Kitazuschuss|Weiterbildungsbudget|Fortbildungen|Schulungen|Arbeitskleidung|
        Werkzeug gestellt|Dienstwohnung|Parkplatz|Sabbatical|Sonderurlaub|
        Gesundheitsförderung|Firmenfitness|Hund im Büro
        """.replace("\n", "").split("|")
    ),
    "schedule": tuple(
        """
        night shifts|day shifts|early shift|late shift|rotating shifts|split shifts|
        weekends off|weekend work|Saturdays|Sundays|holidays|on-call|overtime|
        long hours|regular hours|nine to five|Monday to Friday|four-day week|
        compressed schedule|part-time hours|flexible hours|flextime|home every night|
        early finish|mornings only|evenings|seasonal peaks|busy season|
        Nachtschicht|Nachtdienst|Frühschicht|Spätschicht|Wechselschicht|
        Schichtdienst|geteilte Dienste|Wochenenddienst|Samstagsarbeit|
        Bereitschaftsdienst|Rufbereitschaft|Überstunden|feste Arbeitszeiten|
        Gleitzeit|Vier-Tage-Woche|Teilzeit|vormittags|nachmittags|früher Feierabend|
        Montag bis Freitag|Urlaubssperre
        """.replace("\n", "").split("|")
    ),
    "company_type": tuple(
        """
        agency|startup|family business|family-owned company|small business|
        corporation|big corporation|multinational|public sector employer|
        government agency|nonprofit organization|charity|cooperative|franchise|
        consultancy|staffing agency|temp agency|contractor|outsourcing provider|
        private practice|clinic|university lab|research institute|
        Konzern|Mittelstand|Familienunternehmen|Handwerksbetrieb|Behörde|
        Agentur|Zeitarbeitsfirma|Personaldienstleister|Dienstleister|
        Genossenschaft|Stiftung|Verein|Praxis|Forschungsinstitut|Start-up
        """.replace("\n", "").split("|")
    ),
    "travel": tuple(
        """
        business travel|travel abroad|overnight trips|on the road|field work|
        short commute|long commute|relocation|moving cities|site visits|
        Dienstreisen|Reisetätigkeit|Montage|Außendienst|Übernachtungen|
        kurzer Arbeitsweg|Pendeln|Umzug
        """.replace("\n", "").split("|")
    ),
}
"""Short exemplar phrases per facet, English and German."""

MIN_SIMILARITY: Final = 0.45
"""Mean cosine to a facet's three nearest exemplars below which no facet is claimed."""
MIN_MARGIN: Final = 0.03
"""How much closer the winning facet must be than the runner-up."""
_NEAREST: Final = 3


class _Index:
    """The encoder, and the exemplar vectors stacked facet by facet."""

    def __init__(self) -> None:
        from dreamfit.cache import EmbeddingCache
        from dreamfit.embed import DEFAULT_MODEL_NAME, default_model_path
        from dreamfit.minilm import load
        from dreamfit.static import STATIC_VERSION, StaticEncoder

        # The same token table the Matcher keeps, so ranking and extraction share the work.
        cache = EmbeddingCache(f"{DEFAULT_MODEL_NAME}/{STATIC_VERSION}/tokens")
        self.encoder = StaticEncoder(load(str(default_model_path())), cache=cache)
        self.facets = sorted(EXEMPLARS)
        groups = [[e.strip() for e in EXEMPLARS[f] if e.strip()] for f in self.facets]
        self.vectors = self.encoder.encode([e for group in groups for e in group])
        sizes = np.array([len(group) for group in groups])
        # Facet k's similarities are shifted by 4k, so one sort per phrase keeps every facet's
        # exemplars together and its nearest ones at the end of its block.
        self.shift = np.repeat(4.0 * np.arange(len(groups)), sizes).astype(np.float32)
        self.ends = np.cumsum(sizes)
        self.offsets = 4.0 * np.arange(len(groups))
        # A phrase that is itself an exemplar of one facet belongs there ("Kultur" is the arts,
        # whatever "Du-Kultur" and "Technik" nearby pull it towards).
        owners: dict[str, set[str]] = {}
        for facet, group in zip(self.facets, groups, strict=True):
            for e in group:
                owners.setdefault(e.lower(), set()).add(facet)
        self.exact = {e: next(iter(fs)) for e, fs in owners.items() if len(fs) == 1}

    def encode(self, phrases: list[str]) -> np.ndarray:
        """Static vectors for a handful of phrases (the encoder's sparse path, without scipy)."""
        enc = self.encoder
        from dreamfit.minilm import tokenizable

        batch = enc.tokenizer.encode_batch(tokenizable(phrases), add_special_tokens=False)
        ids = [e.ids for e in batch]
        flat = np.fromiter((i for row in ids for i in row), dtype=np.int64)
        out = np.zeros((len(phrases), enc.dimension), dtype=np.float32)
        if flat.size == 0:
            return out
        enc._ensure(flat)
        for n, row in enumerate(ids):
            if row:
                out[n] = enc._weight[row] @ enc._table[row]
        norms = np.linalg.norm(out, axis=1, keepdims=True)
        np.divide(out, norms, out=out, where=norms > 0)
        return out


@functools.lru_cache(maxsize=1)
def _index() -> _Index:
    return _Index()


def place(phrases: list[str]) -> list[str | None]:
    """The facet each free phrase belongs to, or ``None`` where no facet is clearly closest.

    Parameters
    ----------
    phrases : list of str
        Short free phrases ("aviation", "Milchvieh", "Knoxville").

    Returns
    -------
    list of str or None
        One entry per phrase. The first call builds the exemplar index (a few seconds with an
        empty cache; the token vectors are cached on disk like the Matcher's).

    Examples
    --------
    >>> place(["aviation", "Maschinenbau", "Python"])  # doctest: +SKIP
    ['industry', 'industry', 'skill']
    """
    if not phrases:
        return []
    index = _index()
    query = index.encode(list(phrases))
    ranked = np.sort(query @ index.vectors.T + index.shift, axis=1)
    tops = np.stack([ranked[:, index.ends - 1 - j] for j in range(_NEAREST)])
    nearest = tops.mean(axis=0) - index.offsets  # (phrases, facets)
    order = np.argsort(-nearest, axis=1, kind="stable")
    rows = np.arange(len(phrases))
    best = nearest[rows, order[:, 0]]
    second = nearest[rows, order[:, 1]]
    sure = (best >= MIN_SIMILARITY) & (best - second >= MIN_MARGIN) & (query.any(axis=1))
    # A job title is one or two words; longer German clause fragments ("man hat gemerkt",
    # "von Zimmer zu Zimmer hetzt") sit close to German job titles in this English model's space.
    long = np.array([len(p.split()) > 2 for p in phrases], dtype=bool)
    sure &= ~(long & (order[:, 0] == index.facets.index("role")))
    # An industry or mission is named in a few words ("renewable energy", "Öffentlicher
    # Dienst"); a longer clause ("ich helfe Leuten gern bei ihren Problemen") is about the work.
    longer = np.array([len(p.split()) > 4 for p in phrases], dtype=bool)
    sure &= ~(longer & (order[:, 0] == index.facets.index("industry")))
    placed = [index.facets[order[i, 0]] if sure[i] else None for i in range(len(phrases))]
    return [index.exact.get(p.strip().lower(), f) for p, f in zip(phrases, placed, strict=True)]
