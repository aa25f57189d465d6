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
    y ya sera seran puede pueden cada otro otra otros otras hacia segun mediante
    the of and to in for on with by from at as is are was were be been this that these those it its or
    an not can will may all any our your their which who whom into than then there also such other
    about over under more most new has had have how out per via off now use one two who why what when
    les ses son nao sim mais sua seu ele ela
    os as um uma das dos na nas no nos pelo pela pelos pelas ao aos com para por uma sao ou
    le la les des du de et en un une pour par sur avec dans au aux est sont ce cette ces qui que
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
    """.split()
)

STEM_LENGTH = 6


def fold(text: str) -> str:
    """Lower-case without accents, so 'Innovación' and 'innovacion' are the same word."""
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def words(text: str) -> list[str]:
    return _WORD.findall(fold(text))


def stem(word: str) -> str:
    """A crude prefix stem that also bridges languages: innovación/innovation -> 'innova'."""
    return word[:STEM_LENGTH]


def content_stems(text: str, drop_generic: bool = True) -> set[str]:
    """Stems of the words that can carry a theme (no stop-words, no numbers, no one- or two-letter words)."""
    out = set()
    for w in words(text):
        if len(w) < 3 or w.isdigit() or w in STOPWORDS or (drop_generic and w in GENERIC):
            continue
        out.add(stem(w))
    return out


_ODS_NUMBER = re.compile(r"\b(?:ods|sdg|sdgs|odd|objetivos? de desenvolvimento sustentavel|objetivos? de desarrollo sostenible)\s*(?:n[o°º.]\s*)?(\d{1,2})\b")

# A few unambiguous theme words per ODS (stems, in es/en/pt/fr), for calls that do not cite numbers.
ODS_THEMES: dict[int, frozenset[str]] = {
    1: frozenset({"pobrez", "povert", "pauvre"}),
    2: frozenset({"hambre", "hunger", "alimen", "nutric", "nutrit"}),
    3: frozenset({"salud", "health", "saude", "sanita"}),
    4: frozenset({"educac", "educat", "escuel", "school", "becas", "scholar", "biling", "ensino"}),
    5: frozenset({"genero", "gender", "mujere", "women", "mulher", "femmes"}),
    6: frozenset({"potabl", "saneam", "sanita", "hidric"}),
    7: frozenset({"energi", "energy", "renova", "renewa", "solar"}),
    8: frozenset({"empleo", "employ", "emprend", "entrep", "turism", "touris", "trabaj"}),
    9: frozenset({"innova", "infrae", "infras", "tecnol", "techno", "digita"}),
    10: frozenset({"desigu", "inequa", "migran", "migrat", "inclus", "refugi"}),
    11: frozenset({"urbano", "urbana", "urban", "movili", "mobili", "transp", "vivien", "housin", "patrim", "herita"}),
    12: frozenset({"residu", "waste", "recicl", "recycl", "circul"}),
    13: frozenset({"clima", "climat", "carbon", "emisio", "emissi", "resili", "adapta"}),
    14: frozenset({"marino", "marina", "oceano", "oceans", "ocean", "costas", "coasta"}),
    15: frozenset({"biodiv", "bosque", "forest", "ecosis", "ecosys"}),
    16: frozenset({"paz", "peace", "reconc", "justic", "violen", "conviv"}),
    17: frozenset({"alianz", "partne"}),
}


def ods_mentioned(text: str) -> set[int]:
    """ODS numbers cited explicitly ('ODS 11', 'SDG 13')."""
    return {int(n) for n in _ODS_NUMBER.findall(fold(text)) if 1 <= int(n) <= 17}


def ods_themes(stems: set[str]) -> set[int]:
    """ODS whose theme words appear among the stems."""
    return {ods for ods, theme in ODS_THEMES.items() if stems & theme}
