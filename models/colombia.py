"""Colombia's departments (by DANE code) and natural regions, to read calls limited to part of the country."""
from __future__ import annotations

import re

from models.text import fold

# Department DANE code -> accent-free names as calls write them.
DEPARTMENTS: dict[str, tuple[str, ...]] = {
    "05": ("antioquia",), "08": ("atlantico",), "11": ("bogota",), "13": ("bolivar",), "15": ("boyaca",),
    "17": ("caldas",), "18": ("caqueta",), "19": ("cauca",), "20": ("cesar",), "23": ("cordoba",),
    "25": ("cundinamarca",), "27": ("choco",), "41": ("huila",), "44": ("la guajira", "guajira"),
    "47": ("magdalena",), "50": ("meta",), "52": ("narino",), "54": ("norte de santander",), "63": ("quindio",),
    "66": ("risaralda",), "68": ("santander",), "70": ("sucre",), "73": ("tolima",),
    "76": ("valle del cauca", "valle"), "81": ("arauca",), "85": ("casanare",), "86": ("putumayo",),
    "88": ("san andres",), "91": ("amazonas",), "94": ("guainia",), "95": ("guaviare",), "97": ("vaupes",),
    "99": ("vichada",),
}

# Natural regions -> the departments in them (the Caribbean and Pacific coasts as calls usually mean them).
REGIONS: dict[str, tuple[str, frozenset[str]]] = {
    "caribe": (r"(?:costa|region|litoral) (?:caribe|atlantica)|caribe colombian[oa]",
               frozenset({"08", "13", "20", "23", "44", "47", "70", "88"})),
    "pacifico": (r"(?:costa|region|litoral) pacific[oa]|(?:del )?pacifico colombiano|(?:costa|region) del pacifico",
                 frozenset({"27", "76", "19", "52"})),
    "andina": (r"region andina", frozenset({"05", "11", "15", "17", "25", "41", "54", "63", "66", "68", "73"})),
    "orinoquia": (r"orinoquia", frozenset({"81", "85", "50", "99"})),
    "amazonia": (r"amazonia colombiana|region amazonica|amazonia", frozenset({"91", "18", "94", "95", "86", "97"})),
}

# Words that introduce where applicants must be: "municipios de", "alcaldías del", "ubicadas en"…
_ANCHOR = re.compile(
    r"\b(?:departamentos?|municipios?|alcaldias?(?: \w+)?(?: y \w+)?|gobernacion(?:es)?|territorios?|distritos?|"
    r"entidades territoriales|ciudades|ubicad[oa]s|localizad[oa]s|residentes?|radicad[oa]s|domiciliad[oa]s|con sede|"
    r"instituciones(?: educativas)?(?: oficiales| publicas)?)\s+(?:(?:en|de|del)\s+)(?:la |el |los )?")
_NATIONWIDE = re.compile(r"todo el (?:pais|territorio nacional)|todos los (?:municipios|departamentos)|"
                         r"a nivel nacional|de todo colombia|en cualquier (?:municipio|departamento)")
_ORDER = sorted(((name, code) for code, names in DEPARTMENTS.items() for name in names), key=lambda x: -len(x[0]))


def limited_to(text: str) -> tuple[frozenset[str], list[str]]:
    """Department codes a call is limited to, and the places named; empty when it names none or the whole country."""
    folded = fold(text)
    if _NATIONWIDE.search(folded):
        return frozenset(), []
    codes: set[str] = set()
    named: list[str] = []
    for region, (pattern, members) in REGIONS.items():
        for m in re.finditer(pattern, folded):
            codes |= members
            named.append(m.group(0))
    for anchor in _ANCHOR.finditer(folded):
        span = re.split(r"[.;:]", folded[anchor.end():anchor.end() + 120], maxsplit=1)[0]
        taken = span
        for name, code in _ORDER:  # longest first: "valle del cauca" before "cauca"
            found = re.search(rf"\b{re.escape(name)}\b", taken)
            if found and (found.start() == 0 or re.match(r"^(?:[\w ]*?(?:,| y | e | o ))*\s*$", taken[:found.start()])):
                codes.add(code)
                named.append(name)
                taken = taken[:found.start()] + " " * len(name) + taken[found.end():]
    return frozenset(codes), list(dict.fromkeys(named))
