"""Language-light text features shared by matching and language detection: words, stems, ODS."""
from __future__ import annotations

import re
import unicodedata

_WORD = re.compile(r"[a-z0-9]+")

# Function words of Spanish, English, Portuguese and French: never evidence of a theme.
STOPWORDS = frozenset(
    """
    a al algo ante antes como con contra cual cuando de del desde donde durante e el ella ellos en entre
    era es esa ese eso esta este esto estos fue ha hasta hay la las le les lo los mas me mi muy no nos o
    para pero por que se sea ser si sin sobre son su sus tambien te tiene todo todos tu un una uno unos
    y ya sera seran puede pueden cada otro otra otros otras hacia segun mediante traves
    the of and to in for on with by from at as is are was were be been this that these those it its or
    an not can will may all any our your their which who whom into than then there also such other
    about over under more most new has had have how out per via off now use one two who why what when
    les ses son nao sim mais sua seu ele ela
    os as um uma das dos na nas no nos pelo pela pelos pelas ao aos com para por uma sao ou
    le la les des du de et en un une pour par avec dans au aux est sont ce cette ces qui que
    """.split()
)

# Words that appear in almost every call or plan and so say nothing about fit.
GENERIC = frozenset(
    """
    ciudad ciudades city cities ville villes cidade cidades municipio municipios municipal
    internacional international internacionales programa program programme proyecto proyectos project
    projects convocatoria convocatorias call calls apoyo support fortalecer fortalecimiento strengthen
    linea lineas eje ejes plan planes accion acciones action actions gestion management desarrollo
    development local locales global globales mundo world bogota cartagena colombia colombiano colombiana
    fondo fondos fund funds grant grants subvencion subvenciones financiamiento financing funding
    oportunidad oportunidades opportunity opportunities solicitud solicitudes application applications
    gobierno gobiernos government governments publico publica publicos publicas public sistema sistemas system
    systems organizacion organizaciones organization organizations organisation organisations pais paises
    country countries presentar present nacional nacionales national region regional regionales premio premios
    prize award awards tecnica tecnico technical asistencia assistance promover promote proyeccion estrategia
    estrategico estrategica strategic objetivo objetivos objective ods sdg sdgs nivel level mundial
    """.split()
)

STEM_LENGTH = 6


# Every combining mark of the Basic Multilingual Plane, as one character class (built once: fold runs for every text
# eligibility reads, and a regular expression drops the marks far faster than a test per character)
_COMBINING = re.compile("[" + "".join(re.escape(chr(c)) for c in range(0x300, 0x10000) if unicodedata.combining(chr(c)))
                        + "]")


def fold(text: str) -> str:
    """Lower-case without accents, so 'Innovación' and 'innovacion' are the same word."""
    lowered = text.lower()
    if lowered.isascii():
        return lowered
    return _COMBINING.sub("", unicodedata.normalize("NFKD", lowered))


def words(text: str) -> list[str]:
    # Same words as _WORD.findall(fold(text)) (the pattern only takes ASCII), at a fraction of the cost.
    return _WORD.findall(unicodedata.normalize("NFKD", text.lower()).encode("ascii", "ignore").decode("ascii"))


# Words whose 6-letter prefix would collide with a different concept (governance vs government).
LONG_PREFIXES = (("gobernanz", "gobernanza"), ("governanc", "gobernanza"), ("gouvernanc", "gobernanza"),
                 ("governanc", "gobernanza"), ("ciudadan", "ciudadania"), ("citizen", "ciudadania"),
                 ("citoyen", "ciudadania"), ("cidada", "ciudadania"), ("internacionaliz", "internacionalizacion"),
                 ("internationaliz", "internacionalizacion"), ("internationalis", "internacionalizacion"),
                 ("comunicac", "comunicacion"), ("communicat", "comunicacion"), ("comunica", "comunicacion"),
                 ("communica", "comunicacion"), ("comunidad", "comunidad"), ("comunitar", "comunidad"),
                 ("communit", "comunidad"), ("communaut", "comunidad"), ("comunida", "comunidad"),
                 # transparency and transport share their first six letters
                 ("transpar", "transparencia"), ("transpor", "transporte"),
                 # the noun (adaptación, adaptation, adaptação), not the verb "adapt a policy"
                 ("adaptac", "adaptacion"), ("adaptat", "adaptacion"),
                 # multilateral (banks, organisations) is not multilingual
                 ("multilat", "multilateral"), ("multiling", "idioma"), ("multilin", "idioma"),
                 # other six-letter collisions: decentralised/decent, decentralised/descendant, research/investment,
                 # interethnic/interested, intercultural/exchange, Inter-American/interactions
                 ("descentrali", "descentralizacion"), ("decentrali", "descentralizacion"),
                 ("investiga", "investigacion"), ("investigu", "investigacion"), ("interetn", "interetnico"),
                 ("intereth", "interetnico"), ("intercult", "interculturalidad"), ("interamerica", "interamericano"),
                 ("interacc", "interaccion"), ("interact", "interaccion"),
                 # descargar (download) is not decarbonise; diversos (various) is not diversity; destinado (meant
                 # for) is not a destination
                 ("descarbon", "carbon"), ("diversid", "diversidad"), ("diversit", "diversidad"),
                 ("destinati", "destin"), ("destinad", "destinado"), ("destinat", "destinado"),
                 # positive effects (positivo, positive, positif) are not positioning
                 ("positiv", "positivo"), ("positif", "positivo"))


def stem(word: str) -> str:
    """A crude prefix stem that also bridges languages: innovación/innovation -> 'innova'."""
    for prefix, concept_ in LONG_PREFIXES:
        if word.startswith(prefix):
            return concept_
    return word[:STEM_LENGTH]


# Stems of the same concept in Spanish, English, Portuguese and French folded onto one stem, so
# "agua" meets "water" and "logement" meets "vivienda". Left: a stem as `stem()` gives it.
CONCEPTS: dict[str, tuple[str, ...]] = {
    "agua": ("water", "eau", "agua", "aguas", "waters"),
    "salud": ("health", "sante", "saude", "salud"),
    "educac": ("educat", "educac", "educaa", "ensino", "enseig", "enseña", "ensena", "escola", "school", "escuel",
               "ecole", "ecoles"),
    # women and gender are one concept: a call on violence against women or women's autonomy is about gender equality
    "genero": ("gender", "genero", "genre", "igualda", "iguald", "equali", "egalit",
               "mujer", "mujere", "women", "woman", "femmes", "femme", "mulher", "mulhe"),
    "patrim": ("herita", "patrim", "patrin"),
    "turism": ("touris", "turism"),
    "energi": ("energy", "energi", "energe"),
    "residu": ("waste", "wastes", "dechet", "residu", "basura", "lixo"),
    "movili": ("mobili", "movili", "mobila", "mobilid"),
    "vivien": ("housin", "logeme", "vivien", "habita", "moradi"),
    "paz": ("peace", "paix", "paz", "peaceb"),
    "migran": ("migran", "migrat", "migrac", "migrao", "refuge", "refugi"),
    "cultur": ("cultur", "cultural", "cultura"),
    "idioma": ("langua", "langue", "idioma", "lingui", "lengua", "biling", "plurin", "bilin"),
    "becas": ("becas", "beca", "scholar", "schola", "bourse", "bolsas", "bolsa", "fellow"),
    "empleo": ("employ", "empleo", "emploi", "empreg", "trabaj", "jobs", "job", "labour", "labor", "travai"),
    "segur": ("securi", "seguri", "segura", "safety", "safe"),
    "innova": ("innova", "inovac", "inovaa"),
    "gobern": ("govern", "gobern", "gouver", "govern", "governa"),
    "transp": ("transp", "transpa"),
    "partic": ("partic", "engage"),
    "resili": ("resili", "resile"),
    "deport": ("sport", "sports", "deport", "esport", "athlet", "atleta"),
    "herman": ("herman", "twinni", "jumela", "sister", "geminac", "gemina"),
    "cooper": ("cooper", "coopra"),
    "invers": ("invers", "invest", "invest"),
    "clima": ("clima", "climat", "climac", "climatico"),
    "carbon": ("carbon", "carbono", "carbone", "decarb"),
    "bosque": ("forest", "bosque", "foret", "floresta"),
    "biodiv": ("biodiv",),
    "costa": ("coasta", "costas", "costa", "costei", "cotier", "littor"),
    "oceano": ("ocean", "oceans", "oceano", "oceani", "marino", "marine", "mares", "seas"),
    "divers": ("divers",),
    "inclus": ("inclus",),
    "indige": ("indige", "autoch", "indig", "indigen"),
    "afrode": ("afrode", "afro", "afroco", "afrobr"),
    "emprend": ("emprend", "empren", "entrep", "empree"),
    "digita": ("digita", "numeri"),
    "violen": ("violen",),
    "ninez": ("ninez", "ninos", "ninas", "child", "childr", "enfant", "crianc", "infanc", "infant"),
    "juvent": ("juvent", "jovene", "youth", "jeunes", "jeunes", "jovens"),
    "alimen": ("food", "alimen", "aliment"),
    "pobrez": ("povert", "pobrez", "pauvre", "pobrez"),
    "event": ("event", "evento", "evenem"),
    "ciencia": ("scienc", "cienci", "cienti"),
    "saneam": ("sanita", "saneam", "assain"),
    "recicl": ("recycl", "recicl"),
    "circul": ("circul",),
    "econom": ("econom", "econo"),
    "creati": ("creati", "creadi", "creado", "creati"),
    "artes": ("artes", "arts", "artist", "artist"),
    "musica": ("music", "musica", "musiqu"),
    "conoci": ("knowle", "conoci", "connai", "conhec"),
    "buenas": ("buenas", "boas", "bonnes", "good", "best", "mejore"),
    "ensena": ("ensena", "teachi", "learni", "aprend", "apprent", "appren", "aprend"),
    "practi": ("practi", "pratic", "pratiq"),
    "academ": ("academ", "univer"),
    "intercamb": ("exchan", "interc", "echang"),
    "diaspo": ("diaspo",),
    # the same word in the plans' two languages and the calls' four (Sur-Sur, South-South, Sul-Sul, Sud-Sud)
    "sur": ("sur", "south", "sul", "sud"),
    "privad": ("privad", "privat", "prive", "privee"),
    "restau": ("restau", "restor"),
    "plataf": ("plataf", "platfo", "platef"),
    "promot": ("promot", "promoc"),  # promotion, promoción, promoção
}

# Words of the same theme that calls use where the plans' keywords do not: folded onto a concept an axis
# already uses (a flood or a heat wave is adaptation; emissions and low-carbon are mitigation; a summit is a
# congress). Kept apart from CONCEPTS, which are translations; merged below.
THEME_WORDS: dict[str, tuple[str, ...]] = {
    "adaptacion": ("inunda", "flood", "floods", "floodi", "inonda", "enchen", "heatwa", "canicu", "sequia",
               "drough", "alagam", "desliz", "landsl", "erosio", "erosion"),
    "carbon": ("mitiga", "emisio", "emissi", "emisso", "greenh", "invern", "netzer", "lowcar", "zerocar"),
    "biodiv": ("ecosis", "ecosys", "ecossi", "humeda", "wetlan", "manglar", "mangla", "mangro", "arbola", "arbori", "canopy",
               "trees", "arbres", "arvore", "fauna", "flora", "specie", "polini", "pollin"),
    "ambien": ("enviro", "ambien", "meioam", "environ"),
    "verde": ("green", "greene", "verde", "verdes", "vert", "verte", "vertes"),
    "congre": ("congre", "confer", "cumbre", "summit", "sommet", "cimeir", "forum", "foros", "foro", "coloqu",
               "colloq", "semina"),
    "ferias": ("ferias", "feria", "fairs", "fair", "feira", "feiras", "foire", "foires", "expo", "exposi", "exhibi",
               "salon", "salons",
               # a pavilion or stand at a fair: "Pavilhão de Destinos", "pabellón", "estandes com desconto"
               "pabell", "pavilh", "pavili", "pavill", "estand"),
    "event": ("events", "eventos", "evenem"),
    "deport": ("olimpi", "olympi", "olympic", "paraol", "parali", "marato", "marath", "torneo", "tourna"),
    "educac": ("docent", "teache", "maestr", "colegi", "ensein", "escola", "alumno", "pupils",
               "eleves", "alunos"),
    "idioma": ("ingles", "englis", "anglai", "idiomas", "langua", "lingua"),
    "patrim": ("histor", "monume", "fortif", "murall", "patrin", "patrimoni"),
    "transparencia": ("accoun", "rendic", "redeva", "anticor", "antico", "corrup"),
    "tecnic": ("techni", "tecniq"),
    "invers": ("nearsh", "reloca", "inversi", "investo", "invest"),
    "extran": ("foreig", "extran", "etrang", "estran"),
    "banca": ("banca", "bancos", "banco", "bank", "banks", "banque", "bancas"),
    "sosten": ("sosten", "sustai", "susten", "durabl", "durabi", "durave"),
    "premio": ("premio", "premios", "award", "awards", "prize", "prizes", "prix", "premia", "premie", "reward"),
    "desarr": ("desarr", "develo", "desenv", "develop"),
    "financ": ("financ", "loan", "loans", "prets", "emprest", "credit", "credito", "fundin"),
    "onu": ("onu",),
    "pares": ("peer", "peers", "pares", "pairs"),
    # preparing a project for funders ("project preparation", "préparation de projets") is formulating it
    "formul": ("formul", "prepar"),
    "racism": ("racism", "racist", "racial", "xenofo", "xenoph", "discri"),
}
for _concept, _variants in THEME_WORDS.items():
    CONCEPTS[_concept] = tuple(dict.fromkeys(CONCEPTS.get(_concept, ()) + _variants))
_CONCEPT_OF = {variant: concept for concept, variants in CONCEPTS.items() for variant in variants}


def concept(stem_: str) -> str:
    """The shared stem of a concept across languages, or the stem itself."""
    return _CONCEPT_OF.get(stem_, stem_)


GENERIC_STEMS = frozenset(concept(stem(w)) for w in GENERIC)


_WORD_STEMS: dict[str, tuple[str | None, bool]] = {}


def _word_stem(w: str) -> tuple[str | None, bool]:
    """(concept stem or None for a word that never carries a theme, whether it is generic), memoised."""
    found = _WORD_STEMS.get(w)
    if found is None:
        if len(w) < 3 or w.isdigit() or w in STOPWORDS:
            found = (None, False)
        else:
            s = concept(stem(w))
            found = (s, w in GENERIC or s in GENERIC_STEMS)
        if len(_WORD_STEMS) < 500_000:
            _WORD_STEMS[w] = found
    return found


# Names that stand for several concepts: who a funder is (a multilateral development bank, a United Nations
# agency, a cooperation agency) and multi-sport games, which are sports events.
_MDB = ("banca", "multilateral", "desarr")
_UN = ("onu", "multilateral")
_AGENCY = ("agenci",)
EXPANSIONS: dict[str, tuple[str, ...]] = {
    **{a: _MDB for a in ("bidban", "idb", "caf", "eib", "bei", "bcie", "cabei", "fonpla", "aiib", "ifc", "birdba", "ibrd",
                         "worldb", "bancom")},
    **{a: _UN for a in ("pnud", "undp", "unicef", "oim", "iom", "acnur", "unhcr", "unfpa", "pnuma", "unep", "fao",
                        "oit", "ilo", "unops", "cepal", "eclac", "onudi", "unido", "unhabi", "onuhab", "unwome",
                        "onumuj", "paho", "unitar", "undrr", "unodc", "unosd")},
    **{a: ("desarr", "agenci", "banca") for a in ("afd", "kfw", "jica")},  # apart: bilateral, not multilateral
    **{a: _AGENCY for a in ("aecid", "giz", "koica", "usaid", "enabel", "aics", "apc", "amexci", "abc", "tika",
                            "sida", "norad", "expertise")},
    **{a: ("deport", "event") for a in ("juegos", "games", "jeux", "jogos")},
}
_EXPANDED = {concept: tuple((s, False) for s in stems) for concept, stems in EXPANSIONS.items()}

# Two-word names that mean one concept: the United Nations in any language. (Technical assistance is NOT
# rewritten as technical cooperation: plans use the latter for what the city offers to others.)
PHRASE_CONCEPTS: dict[tuple[str, str], tuple[str, ...]] = {
    ("nacion", "unidas"): ("onu",), ("united", "nation"): ("onu",), ("nation", "unies"): ("onu",),
    ("nacoes", "unidas"): ("onu",),
    ("banca", "mundia"): _MDB, ("world", "banca"): _MDB, ("banca", "desarr"): _MDB, ("desarr", "banca"): _MDB,
    ("banca", "interamericano"): _MDB, ("inter", "americ"): ("interamericano",),
    # renewable energy and the energy transition are climate mitigation in any language
    **{pair: ("energi", "renova", "carbon") for pair in (("energi", "renova"), ("renewa", "energi"), ("energi", "renouv"))},
    **{pair: ("transi", "energi", "carbon") for pair in (("transi", "energi"), ("energi", "transi"))},
    # open data is a transparency instrument in any language ("datos abiertos", "open data", "données ouvertes")
    ("datos", "abiert"): ("datos", "transparencia"), ("open", "data"): ("data", "transparencia"),
    ("donnee", "ouvert"): ("donnee", "transparencia"), ("dados", "aberto"): ("dados", "transparencia"),
}
_FIRST_OF_PHRASE = {first for first, _ in PHRASE_CONCEPTS}
_UN_PREFIX = re.compile(r"\b(?:UN|ONU)[-‑ ](?=Habitat|Women|Mujeres|DESA|OCHA)", re.IGNORECASE)
# Banks' acronyms that are also English words ("cities bid to host", "bird"): only in capitals are they the bank.
_BANK_ACRONYM = re.compile(r"\b(BID|BIRD)\b")


def _bank_acronyms_marked(text: str) -> str:
    """BID and BIRD in capitals read as the banks ("BIDbank"); the regex runs only on texts with a capital "BI"."""
    return _BANK_ACRONYM.sub(r"\1bank", text) if "BI" in text else text


def stem_sequence(text: str, drop_generic: bool = True) -> list[str]:
    """Concept stems of the words that can carry a theme, in text order (no stop-words, numbers, short words)."""
    found: list[tuple[str, bool]] = []
    for w in words(_bank_acronyms_marked(_UN_PREFIX.sub("onu", text))):
        s, generic = _word_stem(w)
        if s in _EXPANDED:
            found.extend(_EXPANDED[s])
        elif s is not None:
            found.append((s, generic))
    if any(s in _FIRST_OF_PHRASE for s, _ in found):
        found = _rewrite_phrases(found)
    return [s for s, generic in found if not (drop_generic and generic)]


def _rewrite_phrases(found: list[tuple[str, bool]]) -> list[tuple[str, bool]]:
    """Replace each two-word phrase of PHRASE_CONCEPTS by what it means."""
    out: list[tuple[str, bool]] = []
    i = 0
    while i < len(found):
        pair = (found[i][0], found[i + 1][0]) if i + 1 < len(found) else None
        if pair in PHRASE_CONCEPTS:
            out.extend((s, s in GENERIC_STEMS) for s in PHRASE_CONCEPTS[pair])
            i += 2
        else:
            out.append(found[i])
            i += 1
    return out


def content_stems(text: str, drop_generic: bool = True) -> set[str]:
    """The set of stem_sequence: what a text is about, regardless of order."""
    return set(stem_sequence(text, drop_generic))


def phrases(sequence: list[str], longest: int = 4) -> set[tuple[str, ...]]:
    """Every run of 2..longest consecutive stems, so a keyword phrase is found as a phrase."""
    # zip over shifted slices builds the same tuples as slicing at every position, at a fraction of the cost
    runs: set[tuple[str, ...]] = set()
    for n in range(2, longest + 1):
        runs.update(zip(*(sequence[k:] for k in range(n))))
    return runs


_ODS_NUMBER = re.compile(r"\b(?:ods|sdg|sdgs|odd|objetivos? de desenvolvimento sustentavel|objetivos? de desarrollo sostenible)\s*(?:n[o°º.]\s*)?(\d{1,2})\b")

# A few unambiguous theme words per ODS (stems, in es/en/pt/fr), for calls that do not cite numbers.
ODS_THEMES: dict[int, frozenset[str]] = {
    1: frozenset({"pobrez", "povert", "pauvre"}),
    2: frozenset({"hambre", "hunger", "alimen", "nutric", "nutrit"}),
    3: frozenset({"salud", "health", "saude", "sanita"}),
    4: frozenset({"educac", "educat", "escuel", "school", "becas", "scholar", "schola", "biling", "ensino"}),
    5: frozenset({"genero", "gender", "mujere", "women", "mulher", "femmes"}),
    6: frozenset({"potabl", "saneam", "sanita", "hidric"}),
    7: frozenset({"energi", "energy", "renova", "renewa", "solar"}),
    8: frozenset({"empleo", "employ", "emprend", "entrep", "turism", "touris", "trabaj"}),
    9: frozenset({"innova", "infrae", "infras", "tecnol", "techno", "digita"}),
    10: frozenset({"desigu", "inequa", "migran", "migrat", "inclus", "refugi"}),
    11: frozenset({"urbano", "urbana", "urban", "movili", "mobili", "transporte", "vivien", "housin", "patrim", "herita"}),
    12: frozenset({"residu", "waste", "recicl", "recycl", "circul"}),
    13: frozenset({"clima", "climat", "carbon", "emisio", "emissi", "resili", "adaptacion"}),
    14: frozenset({"marino", "marina", "oceano", "oceans", "ocean", "costas", "coasta"}),
    15: frozenset({"biodiv", "bosque", "forest", "ecosis", "ecosys"}),
    16: frozenset({"paz", "peace", "reconc", "justic", "violen", "conviv"}),
    17: frozenset({"alianz", "partne"}),
}


def ods_mentioned(text: str) -> set[int]:
    """ODS numbers cited explicitly ('ODS 11', 'SDG 13')."""
    folded = fold(text)
    if not _may_cite_ods(folded):
        return set()
    return {int(n) for n in _ODS_NUMBER.findall(folded) if 1 <= int(n) <= 17}


def _may_cite_ods(folded: str) -> bool:
    """Whether a folded text has a word _ODS_NUMBER starts with (ods, odd, sdg, objetivo): most texts do not."""
    return "ods" in folded or "odd" in folded or "sdg" in folded or "objetivo" in folded


_ODS_CONCEPTS = {ods: frozenset(concept(s) for s in theme) for ods, theme in ODS_THEMES.items()}


def ods_themes(stems: set[str]) -> set[int]:
    """ODS whose theme words appear among the stems (compared as cross-language concepts)."""
    return {ods for ods, theme in _ODS_CONCEPTS.items() if stems & theme}


def _lexicon_version() -> str:
    """A short fingerprint of everything that turns text into stems, so stored stems can be known stale."""
    import hashlib

    parts = (STEM_LENGTH, sorted(STOPWORDS), sorted(GENERIC), LONG_PREFIXES, sorted(CONCEPTS.items()),
             sorted(EXPANSIONS.items()), sorted(PHRASE_CONCEPTS.items()), _UN_PREFIX.pattern, _BANK_ACRONYM.pattern,
             sorted((k, sorted(v)) for k, v in ODS_THEMES.items()), _ODS_NUMBER.pattern)
    return hashlib.sha256(repr(parts).encode()).hexdigest()[:10]


LEXICON_VERSION = _lexicon_version()


_OPENING_QUOTES, _CLOSING_QUOTES = "«“\"", "»”\""


def in_quoted_name(text: str, start: int, end: int, reach: int = 40) -> bool:
    """Whether text[start:end] lies inside a short quoted name (el programa «Ciudades Seguras»): words of a name, not
    whom a sentence is about."""
    opening = max(text.rfind(q, max(0, start - reach), start) for q in _OPENING_QUOTES)
    if opening < 0 or any(q in text[opening + 1:start] for q in _CLOSING_QUOTES if q != text[opening]):
        return False
    return any(0 <= text.find(q, end, end + reach) for q in _CLOSING_QUOTES)
