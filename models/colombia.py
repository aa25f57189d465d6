"""Colombia's departments (by DANE code) and natural regions, to read calls limited to part of the country."""
from __future__ import annotations

import re

from models.text import fold

# Department DANE code -> accent-free names as calls write them.
DEPARTMENTS: dict[str, tuple[str, ...]] = {
    "05": ("antioquia", "valle de aburra", "area metropolitana del valle de aburra"), "08": ("atlantico",),
    "11": ("bogota",), "13": ("bolivar",), "15": ("boyaca",),
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
    # ("el Caribe y el Pacífico colombianos": both coasts, the adjective said once for the two)
    # ("villes du littoral caribéen", "cidades do litoral caribenho")
    "caribe": (r"(?:costa|region|litoral) (?:caribe|atlantica)|caribe colombian[oa]|"
               r"(?:littoral|cote) (?:caribeen\w*|caraibe\w*|des caraibes)|(?:litoral|costa) (?:caribenh[oa]|do caribe)|"
               r"caribe (?:y|e|o) (?:en )?(?:el )?(?:oceano )?pacifico colombian[oa]s?|"
               r"pacifico (?:y|e|o) (?:el )?(?:mar )?caribe colombianos|"
               # "a Colombian local authority … of the Caribbean region", "una alcaldía distrital o municipal del Caribe"
               r"colombian[^.;]{0,80}? (?:of|in|from) the caribbean region|caribbean region of colombia|colombian caribbean|"
               # "district and municipal governments on Colombia's Caribbean coast"
               r"colombia.s caribbean (?:coast|region|littoral)|caribbean coast of colombia|"
               # (an alcaldía is Colombian; not "gobiernos locales de destinos turísticos del Caribe", the sea's)
               r"alcaldias?(?: [a-z]+){0,3} del caribe\b"
               r"(?! (?:y|e|o) (?:de )?(?:centroamerica|america|sudamerica))",
               frozenset({"08", "13", "20", "23", "44", "47", "70", "88"})),
    "pacifico": (r"(?:costa|region|litoral) pacific[oa]|(?:del )?pacifico colombianos?|(?:costa|region) del pacifico|"
                 r"pacifico (?:y|e|o) (?:el )?(?:mar )?caribe colombianos|"
                 r"caribe (?:y|e|o) (?:en )?(?:el )?(?:oceano )?pacifico colombian[oa]s?",
                 frozenset({"27", "76", "19", "52"})),
    "andina": (r"region andina", frozenset({"05", "11", "15", "17", "25", "41", "54", "63", "66", "68", "73"})),
    "orinoquia": (r"orinoquia", frozenset({"81", "85", "50", "99"})),
    # ("municípios localizados na bacia amazônica", "los departamentos amazónicos")
    "amazonia": (r"amazonia colombiana|region amazonica|amazonia|(?:bacia|cuenca) amazonica|departamentos amazonicos",
                 frozenset({"91", "18", "94", "95", "86", "97"})),
}

# Words that introduce where applicants must be: "municipios de", "alcaldías del", "ubicadas en"…
_AND_WORK = r"(?: (?:y|e) (?:trabajo|actividad|operacion|presencia|trayectoria)(?: demostrable| comprobable)?)?"
_ANCHOR = re.compile(
    # ("una alcaldía distrital o municipal del Caribe o del Valle del Cauca")
    r"\b(?:departamentos?|municipios?|alcaldias?(?: \w+)?(?: (?:y|o) \w+)?|gobernacion(?:es)?|territorios?|distritos?|"
    # "Administraciones municipales del Valle del Cauca", "gobiernos locales de Antioquia"
    r"gobiernos (?:locales|municipales)|administraciones (?:municipales|locales)|"
    # "the departmental governments of Amazonas, Caquetá, Guaviare and Putumayo"
    r"(?:departmental|department) governments?|gobiernos departamentales|"
    r"entidades territoriales|ciudades|ubicad[oa]s|localizad[oa]s|residentes?|radicad[oa]s|domiciliad[oa]s|"
    # "Dirigida a entidades públicas del Valle del Cauca: la Gobernación, los municipios del departamento …"
    r"entidades publicas|"
    # "con sede y trabajo demostrable en Santiago de Cali", "con domicilio y trabajo demostrable en…": the seat and the
    # work in one place
    r"(?:con |y |su )?sede" + _AND_WORK + r"|(?:con )?(?:residencia|domicilio)(?: (?:o|y|u) (?:residencia|domicilio))?"
    + _AND_WORK + r"|"
    r"instituciones(?: educativas)?(?: oficiales| publicas)?|"
    # the last of a list of kinds: "alcaldías, corporaciones autónomas regionales y ONG ambientales de Antioquia, Atlántico…"
    r"(?:y|e) ong(?: [a-z]+)?|"
    # parts of a city: "residentes en las comunas 13, 14, 15 y 21 de Santiago de Cali", "corregimientos de Cartagena"
    r"(?:comunas?|corregimientos?|localidades?|veredas?)(?: \d+(?:(?:,| y| e) \d+)*)?|"
    # in English, French, Portuguese: "legally constituted in the departments of La Guajira, Magdalena…"
    r"(?:departments?|departements?|municipalities|municipalites|communes|cities|villes|cidades|municipios|"
    r"(?:district|city|municipal|local) governments?))\s+"
    # "entidades territoriales certificadas de Bogotá", "municipios priorizados del Cauca": a participle between, or
    # an adjective of where they lie ("municipios costeros de Chocó", "municípios fronteiriços do Amazonas")
    r"(?:(?:[a-z]+(?:ad|id)[oa]s|coster[oa]s|costeir[oa]s|fronteriz[oa]s|fronteiric[oa]s|riberen[oa]s|ribeirinh[oa]s|"
    r"rurales|rurais)\s+)?"
    r"(?:(?:en|del|de|of|du|des|dos|das|do|da)\s+|d')(?:la |el |los |the |le |les |l'|o |a )?")
# (not "todos los municipios del departamento de Antioquia": every town of one department)
_NATIONWIDE = re.compile(r"todo el (?:pais|territorio nacional)|todos los (?:municipios|departamentos)"
                         r"(?! (?:del?|de la|de los|en el|en la) (?!colombia\b|pais\b))|"
                         r"a nivel nacional|de todo colombia|en cualquier (?:municipio|departamento)")
_ORDER = sorted(((name, code) for code, names in DEPARTMENTS.items() for name in names), key=lambda x: -len(x[0]))


_DEPARTMENT_NAME = "|".join(re.escape(name) for name, _ in _ORDER)
# "el Valle de Aburrá", "el Valle de Tenza": another valley, not the department (whose "valle del cauca" is read first)
_ANOTHER_PLACE_AFTER = {"valle": r"(?!\s+(?:de|del)\s)"}


def _name_re(name: str) -> str:
    """The pattern of a department or capital name where it names that place."""
    return rf"\b{re.escape(name)}\b" + _ANOTHER_PLACE_AFTER.get(name, "")


def _name_found(name: str, text: str) -> re.Match[str] | None:
    """re.search(_name_re(name), text), without the regex when the name is not even in the text (most names, most texts)."""
    return re.search(_name_re(name), text) if name in text else None


def capitals_named(text: str) -> frozenset[str]:
    """The department capitals (DANE codes) a folded text names anywhere."""
    return frozenset(code for code, known in CAPITALS.items() if any(_name_found(k, text) for k in known))


# "en Meta, Casanare, Santander y Putumayo", "located in La Guajira, Atlántico and Bolívar": two or more departments listed
# after "en" or "in" bound the call to them
_LISTED_AFTER_EN = re.compile(rf"\b(?:en|in|located in|based in) (?:los departamentos de |the departments of )?"
                              rf"(?P<list>(?:{_DEPARTMENT_NAME})(?:, (?:{_DEPARTMENT_NAME}))*"
                              rf",?(?: y | e | o | and | or )(?:{_DEPARTMENT_NAME}))\b")


# "Zarzal, Bugalagrande, La Victoria, Riofrío o Bolívar (Valle del Cauca)", "en Santander de Quilichao, Caloto o
# Guachené (Cauca)": towns listed one by one, then the department they are in, in brackets (a town may bear a
# department's name: the Bolívar of Valle del Cauca)
_TOWNS_OF_DEPARTMENT = re.compile(rf"(?P<list>(?:[a-z][a-z' -]{{1,30}}?,\s*)+[a-z][a-z' -]{{1,30}}?\s+(?:y|o|e|u)\s+"
                                  rf"[a-z][a-z' -]{{1,30}}?)\s*\((?:(?:el )?departamento (?:de(?:l)? )?)?"
                                  rf"(?P<department>{_DEPARTMENT_NAME})\)")


# The bracketed department every match of _TOWNS_OF_DEPARTMENT ends with: a fast literal-led search that says when the
# slow one (a town list tried at every position) can match at all
_BRACKETED_DEPARTMENT = re.compile(rf"\((?:(?:el )?departamento (?:de(?:l)? )?)?(?:{_DEPARTMENT_NAME})\)")


def _towns_of_department(folded: str) -> list[re.Match[str]]:
    """The lists of towns followed by their department in brackets."""
    if not _BRACKETED_DEPARTMENT.search(folded):
        return []  # no "(Cauca)" anywhere: the town-list pattern cannot match, and is costly to try
    return list(_TOWNS_OF_DEPARTMENT.finditer(folded))


# The words that refuse a place: "Las ciudades del interior o de la costa pacífica no son elegibles", "Bogotá D.C. is
# excluded"
_PLACE_REFUSED = (r"(?:no (?:es|son|sera|seran) elegibles?|no (?:pueden|podran) (?:participar|postular\w*)|"
                  # "El Distrito de Cartagena no participa en esta convocatoria"
                  r"no (?:participa|participan|participara|participaran)|nao participam?|ne participent? pas|"
                  r"quedan? (?:por )?fuera|quedan? excluid\w+|(?:esta|estan|fica|ficam) excluid\w+|(?:are|is) not eligible|not eligible are|"
                  r"cannot apply|ne sont pas eligibles|nao (?:sao|serao) elegiveis|se excluyen|(?:are|is) excluded|"
                  r"(?:est|sont) exclue?s?)\b")
_AT_LEAST_ONE_BEFORE = re.compile(r"\b(?:al menos|at least|pelo menos|au moins|como minimo) (?:una?|one|um|uma|une?) "
                                  r"(?:ciudad|city|cidade|ville|municipio|municipality|commune)? ?(?:de|from|in|en|da|do|du) "
                                  r"(?:la |el |the |a |o |le |l.)?$")
_REGION_DENIED_AFTER = re.compile(r"[^.;]{0,20}?\b" + _PLACE_REFUSED)
# ... or said before it, in its sentence: "No son elegibles las ciudades sin litoral ni aquellas ubicadas … sobre"
_REGION_DENIED_BEFORE = re.compile(r"^\s*" + _PLACE_REFUSED)


# A preference, not a limit: who comes first among those who may apply (read here for places, and by
# models.eligibility for every other limit)
# (not a list's name: "los 170 municipios priorizados en los PDET", "prioritised municipalities under the programme")
# (not "los países prioritarios de la Cooperación Española": the cooperation's list of countries)
# (not "municipios priorizados como PDET": designated as)
PREFERENCE = re.compile(r"\b(?:priori(?!zad[oa]s (?:en|por|de|del|como)\b)(?!ti[sz]ed (?:in|under|by|as)\b)"
                        r"(?!tari[oa]s (?:de|del|para) (?:la |el )?(?:cooperacion|cooperation)\b)\w*|preferen\w*|preferabl\w*|"
                        # "Como receptoras se privilegiarán los municipios … PDET"
                        r"privilegiar\w*|se privilegia\w*|"
                        r"preferibl\w*|preferivel\w*|ideally|idealmente|especialmente|especially|particularly|"
                        r"en particular|bonus|"
                        # "Se valoran duplas con municipios de categorías 4, 5 y 6": valued, not required
                        r"se valora\w*|valorad[oa]s|valorizad[oa]s|sont valorise\w*|(?:is|are|will be) (?:valued|favou?red)|"
                        # ("Se otorgará puntaje adicional a municipios de categorías 4, 5 y 6")
                        r"puntos adicionales|puntaje adicional|puntuacion adicional|additional points|extra points|"
                        r"points supplementaires|pontos adicionais|pontuacao adicional)\b")
# ... from its words to the end of its sentence: "Se priorizan ciudades de clima cálido de la región Caribe" names places
# that come first, not the only ones
_PREFERENCE_TO_END = re.compile(PREFERENCE.pattern + r"[^.;]*")


# every department's capital (not "incluidas las ciudades capitales de ambos departamentos": the named ones')
_EVERY_CAPITAL = re.compile(r"\b(?:capitales|capitals|capitais|chefs-lieux)\b(?! (?:de|of|dos|des|das) (?:ambos|los dos|both|these|"
                            r"those|dichos|estos|esos|ces|ambos os|os dois|deux) )")

# ... nor the listed departments' own capitals: "de los departamentos de Antioquia, Córdoba y Chocó, incluidas sus capitales"
_THEIR_CAPITALS = re.compile(r"\b(?:(?:incluid[oa]s|including|incluyendo|incluindo|y compris)\s+(?:(?:sus|las|los|their|the|"
                             r"leurs|les|suas|as)\s+)?(?:(?:ciudades|cities|villes|cidades)\s+)?|(?:sus|their|leurs|suas) )"
                             r"(?:capitales|capitals|capitais|chefs-lieux)\b")


def limited_to(text: str) -> tuple[frozenset[str], list[str]]:
    """Department codes a call is limited to, and the places named; empty when it names none or the whole country."""
    folded = _CAPITAL_DISTRICT.sub("dc", fold(text))  # "Bogotá D.C." is no sentence's end
    folded = _PREFERENCE_TO_END.sub(lambda m: " " * len(m.group(0)), folded)
    if _NATIONWIDE.search(folded):
        return frozenset(), []
    codes: set[str] = set()
    named: list[str] = []
    for m in _towns_of_department(folded):
        department = m.group("department")
        codes.add(next(code for name, code in _ORDER if name == department))
        named.append(department)
        # the towns' names are no departments of their own ("Bolívar", "Santander de Quilichao")
        folded = folded[:m.start("list")] + " " * len(m.group("list")) + folded[m.end("list"):]
    for region, (pattern, members) in REGIONS.items():
        for m in re.finditer(pattern, folded):
            if _AT_LEAST_ONE_BEFORE.search(folded, max(0, m.start() - 50), m.start()):
                continue  # "Se seleccionará al menos una ciudad de la región Caribe": one of those chosen, not a limit
            if _REGION_DENIED_AFTER.match(folded, m.end()) or _REGION_DENIED_BEFORE.search(
                    folded[:m.start()].rsplit(".", 1)[-1].rsplit(";", 1)[-1]):
                continue  # "Las ciudades del interior o de la costa pacífica no son elegibles", "No son elegibles las
                # ciudades sin litoral ni aquellas ubicadas sobre la costa del Pacífico": a region left out
            codes |= members
            named.append(m.group(0))
    for listed in _LISTED_AFTER_EN.finditer(folded):
        names = listed.group("list")
        for name, code in _ORDER:  # longest first, each taken out: "valle del cauca" is not also "cauca"
            if name in names and re.search(rf"\b{re.escape(name)}\b", names):
                codes.add(code)
                named.append(name)
                names = re.sub(rf"\b{re.escape(name)}\b", " ", names)
    starts = []
    for anchor in _ANCHOR.finditer(folded):
        # "departamentos asociados a la RAP Pacífico: Cauca, Chocó…", "que integran la región (Atlántico, Bolívar…)"
        intro = _LIST_INTRO.match(folded, anchor.end())
        starts.append((intro.end(), 160) if intro else (anchor.end(), 120))
    starts += [(m.end(), 160) for m in _GROUP_LISTED.finditer(folded)]  # "las entidades asociadas a la RAP-E: Bogotá…"
    # "los departamentos priorizados por el Marco de Asociación País España–Colombia: Nariño, Cauca…"
    starts += [(m.end(), 160) for m in _CHOSEN_LISTED.finditer(folded)]
    # "only entities located in the Caribbean coastal departments (La Guajira, Magdalena, Atlántico…)"
    starts += [(m.end(), 160) for m in _DEPARTMENTS_BRACKETED.finditer(folded)]
    # "located in one of the following departments: La Guajira, Norte de Santander, Arauca…"
    starts += [(m.end(), 160) for m in _DEPARTMENTS_AFTER_COLON.finditer(folded)]
    for start, width in starts:
        if _LEFT_OUT_BEFORE.search(folded, max(0, start - 80), start):
            continue  # "… de Colombia, distintas de Medellín y de los municipios del Área Metropolitana": those left out
        span = re.split(r"[.;:]", folded[start:start + width], maxsplit=1)[0]
        # "municipios de Colombia, excepto Bogotá, Medellín y Cali": the places left out are no limit (`excepted` reads them)
        span = _LEFT_OUT_AFTER.split(span, maxsplit=1)[0]
        if _EVERY_CAPITAL.search(_THEIR_CAPITALS.sub(" ", span)):
            continue  # "las ciudades capitales de departamento y Bogotá D.C.": every capital, one more named
        taken = span
        for name, code in _ORDER_WITH_CAPITALS:  # longest first: "valle del cauca" before "cauca"
            found = _name_found(name, taken)
            if found and _HOST_VERB_AFTER.match(taken, found.end()):
                continue  # "la Alcaldía de Pereira cubre alojamiento": the host or funder, not where applicants are
            # "Antioquia, Caldas y Risaralda", "del Atlántico o de Bolívar": a list of places after the anchor
            if found and (found.start() == 0 or _LIST_BEFORE.match(taken[:found.start()])):
                codes.add(code)
                named.append(name)
                taken = taken[:found.start()] + " " * len(name) + taken[found.end():]
    return frozenset(codes), list(dict.fromkeys(named))


# Words that leave out the places after them: "excepto Bogotá", "distintas de Medellín", "other than Cali"
_LEFT_OUT_WORDS = (r"\b(?:excepto|salvo|except(?:ing)?|excluding|excluyendo|sauf|exceto|con excepcion|a excepcion|"
                   r"with the exception|distint[oa]s? d[eo]|diferentes? d[eo]|other than|autres que)\b")
_LEFT_OUT_AFTER = re.compile(_LEFT_OUT_WORDS)
_LEFT_OUT_BEFORE = re.compile(_LEFT_OUT_WORDS + r"[^.;:]*$")


# What may stand before a place in a list of places: other names and their separators ("Córdoba and San Andrés")
# ("… Arauca, Nariño y en Bogotá D.C.": a preposition said again)
_LIST_BEFORE = re.compile(r"^(?:[\w ]*?(?:,| y | e | o | and | or | et | ou )(?:\s*(?:de la|del|de|en|in) )?)*\s*$")
# What a group of departments is, before the colon or bracket that lists them
_LIST_INTRO = re.compile(r"\s*(?:(?:los |las )?(?:departamentos|regiones|territorios) )?(?:asociad[oa]s a|"
                         r"que (?:integran|conforman|hacen parte de|forman parte de)|miembros de|socios de)\s+"
                         r"(?:la |el |los |las )?[\w -]{1,40}?\s*(?::|\()\s*")
# ... said of the bodies that belong to it: "las entidades asociadas a la RAP-E: Bogotá D.C. y los departamentos de …"
_GROUP_LISTED = re.compile(r"\b(?:entidades|miembros|socios)\s+" + _LIST_INTRO.pattern[3:])
# ... or as chosen by someone: "los departamentos priorizados por el Marco de Asociación País: Nariño, Cauca…"
_CHOSEN_LISTED = re.compile(r"\b(?:departamentos|departments|departements|territorios|territories)\s+(?:[a-z]+ad[oa]s|"
                            r"prioriti[sz]ed|selected|chosen|selectionnes)\s+(?:por|by|par|en|in)\s+[^.;:()]{1,80}?(?::|\()\s*")
_CAPITAL_DISTRICT = re.compile(r"\bd\.\s?c\.")
# departments listed in brackets after the word: "los departamentos del Caribe (La Guajira, Magdalena…)"
# ("des départements côtiers caribéens de Colombie (Atlántico, Bolívar…)": a few words of which departments between)
_DEPARTMENTS_BRACKETED = re.compile(r"\b(?:departamentos|departments|departements)\b[^.;()]{0,60}?\(\s*")
# ... or after a colon: "located in one of the following departments: La Guajira, Norte de Santander, Arauca…"
# ("alcaldías de Colombia en departamentos con alta recepción migratoria: La Guajira, Norte de Santander, …")
# ("de los departamentos de las regiones Caribe y Pacífica: Atlántico, Bolívar…", "ubicados en los departamentos colombianos
# priorizados por el Plan Director de la Cooperación Valenciana: Bolívar, Cauca, Chocó y Nariño")
_DEPARTMENTS_AFTER_COLON = re.compile(r"\b(?:(?:following|siguientes|suivants|seguintes) (?:departments|departamentos|"
                                      r"departements)|(?:en|in|dans|nos|de|of|des|dos) (?:los |the |les )?(?:departamentos|"
                                      r"departments|departements)\b[^.;():]{0,90}?)\s*:\s*")


# A place's government that hosts or pays, named with what it gives: "la Alcaldía de Pereira cubre alojamiento",
# "la Gobernación del Meta financia el transporte"
_HOST_VERB_AFTER = re.compile(r"\s+(?:cubre|cubrira|financia|financiara|ofrece|ofrecera|organiza|organizara|convoca|invita|"
                              r"aporta|aportara|asume|asumira|otorga|otorgara|paga|pagara)\b")


# A call limited to one capital city ("organizaciones de base … en el Distrito de Cartagena de Indias", "con sede en
# Medellín") is limited to part of its department: read at the department's grain, the other cities stay out. Not the
# capitals whose names are also other places or words ("Armenia", "Florencia", "Pasto").
_CAPITAL_NAMES = (("cartagena de indias", "13"), ("cartagena", "13"), ("medellin", "05"), ("barranquilla", "08"),
                  ("cali", "76"), ("santiago de cali", "76"), ("tunja", "15"), ("manizales", "17"), ("popayan", "19"),
                  ("valledupar", "20"), ("monteria", "23"), ("quibdo", "27"), ("neiva", "41"), ("riohacha", "44"),
                  ("santa marta", "47"), ("villavicencio", "50"), ("san juan de pasto", "52"), ("cucuta", "54"),
                  ("pereira", "66"), ("bucaramanga", "68"), ("sincelejo", "70"), ("ibague", "73"), ("yopal", "85"),
                  ("mocoa", "86"), ("leticia", "91"), ("inirida", "94"), ("san jose del guaviare", "95"), ("mitu", "97"),
                  ("puerto carreno", "99"))
_ORDER_WITH_CAPITALS = sorted([*_ORDER, *_CAPITAL_NAMES], key=lambda x: -len(x[0]))


# Department capitals (DANE code: department code + "001") -> accent-free names as calls write them.
CAPITALS: dict[str, tuple[str, ...]] = {
    # (their full names too, as a list of towns writes them: "Cartagena de Indias", "Santiago de Cali")
    "05001": ("medellin",), "08001": ("barranquilla",), "11001": ("bogota", "bogota dc", "bogota d.c", "santa fe de bogota"),
    "13001": ("cartagena", "cartagena de indias", "carthagene"),
    "15001": ("tunja",), "17001": ("manizales",), "18001": ("florencia",), "19001": ("popayan",),
    "20001": ("valledupar",), "23001": ("monteria",), "27001": ("quibdo",), "41001": ("neiva",),
    "44001": ("riohacha",), "47001": ("santa marta",), "50001": ("villavicencio",), "52001": ("pasto",),
    "54001": ("cucuta", "san jose de cucuta"), "63001": ("armenia",), "66001": ("pereira",), "68001": ("bucaramanga",),
    "70001": ("sincelejo",), "73001": ("ibague",), "76001": ("cali", "santiago de cali"), "81001": ("arauca",), "85001": ("yopal",),
    "86001": ("mocoa",), "88001": ("san andres",), "91001": ("leticia",), "94001": ("inirida",),
    "95001": ("san jose del guaviare",), "97001": ("mitu",), "99001": ("puerto carreno",),
}
# Municipalities on the sea coast or at a major river mouth (DANE codes): the main coastal towns and capitals.
COASTAL: frozenset[str] = frozenset({
    "08001", "08573",  # Barranquilla (Magdalena mouth), Puerto Colombia
    "13001",  # Cartagena de Indias
    "47001", "47189",  # Santa Marta, Ciénaga
    "44001",  # Riohacha
    "70820", "70221",  # Santiago de Tolú, Coveñas
    "05837",  # Turbo
    "88001", "88564",  # San Andrés, Providencia
    "76109",  # Buenaventura
    "52835",  # Tumaco
})
# The coastal municipalities above by coast: the Pacific's, and the Caribbean's (with the islands and Urabá).
PACIFIC_COAST: frozenset[str] = frozenset({"76109", "52835"})
COASTS: dict[str, frozenset[str]] = {"pacifico": PACIFIC_COAST, "caribe": COASTAL - PACIFIC_COAST}
# Municipalities with a sea port of their own (DANE codes): the ports of both coasts and the islands.
SEAPORTS: frozenset[str] = frozenset({
    "08001",  # Barranquilla
    "13001",  # Cartagena de Indias
    "47001",  # Santa Marta
    "44001", "44847",  # Riohacha, Uribia (Puerto Bolívar)
    "70820", "70221",  # Santiago de Tolú, Coveñas
    "05837",  # Turbo
    "88001",  # San Andrés
    "76109",  # Buenaventura
    "52835",  # Tumaco
})
# Department capitals on a land border (DANE codes): the only capitals a call for border municipalities ("zonas de
# integración fronteriza", "municipios de frontera") takes; the guide's five cities are none of them.
BORDER_CAPITALS: frozenset[str] = frozenset({
    "54001",  # Cúcuta (Venezuela)
    "81001",  # Arauca (Venezuela)
    "99001",  # Puerto Carreño (Venezuela)
    "94001",  # Inírida (Venezuela, Brazil)
    "97001",  # Mitú (Brazil)
    "91001",  # Leticia (Brazil, Peru)
})
# The altitude of each department capital's urban centre, in metres above sea level (rounded, IGAC/DANE figures as
# commonly cited): for calls limited to towns above or below an altitude ("por encima de los 2.500 msnm").
ALTITUDES_M: dict[str, int] = {
    "05001": 1495, "08001": 18, "11001": 2640, "13001": 2, "15001": 2820, "17001": 2150, "18001": 242, "19001": 1737,
    "20001": 168, "23001": 18, "27001": 43, "41001": 442, "44001": 5, "47001": 6, "50001": 467, "52001": 2527,
    "54001": 320, "63001": 1551, "66001": 1411, "68001": 959, "70001": 213, "73001": 1285, "76001": 1018, "81001": 125,
    "85001": 350, "86001": 604, "88001": 1, "91001": 96, "94001": 100, "95001": 175, "97001": 180, "99001": 51,
}
# Municipalities with a UNESCO World Heritage historic centre or urban ensemble: Cartagena and Santa Cruz de Mompox.
WORLD_HERITAGE_CITIES: frozenset[str] = frozenset({"13001", "13468"})
# Department capitals with coral reefs within their jurisdiction: Cartagena (Islas del Rosario, Barú), Santa Marta
# (Tayrona) and San Andrés. Barranquilla's coast has none.
CORAL_REEF_CAPITALS: frozenset[str] = frozenset({"13001", "47001", "88001"})
# Departments of the Amazon region (Amazonas, Caquetá, Guainía, Guaviare, Putumayo, Vaupés): calls for "municipios de la
# Amazonía" or "Amazon municipalities" are limited to them.
AMAZON_DEPARTMENTS: frozenset[str] = frozenset({"91", "18", "94", "95", "86", "97"})
# "... excepto Bogotá, Medellín y Cali", "except the capital cities' departments": what follows is left out.
# ("se excluyen proyectos de capitales departamentales": the capitals left out)
_EXCEPT = re.compile(r"\b(?:excepto|salvo|except(?:ing)?|excluding|excluyendo|se excluyen|se excluye (?:expresamente |explicitamente )?(?:a|al)\b|"
                     r"sauf|exceto|"
                     r"con excepcion de|"
                     r"a excepcion de|"
                     r"with the exception of|no (?:aplica|participan?|pueden participar) (?:para )?|"
                     # "No podrán participar las ciudades que ya hacen parte de la fase piloto: Bogotá y Medellín"
                     r"no (?:podran|pueden) participar (?:las|los) (?:ciudades|municipios|alcaldias|distritos)[^.;:]{0,80}:|"
                     # "No pueden postularse los municipios beneficiarios de la primera fase (Santiago de Cali, …)"
                     r"no (?:pueden|podran) (?:postularse|presentarse|postular) |"
                     # "No son elegibles los gestores catastrales habilitados, tales como Bogotá D.C., Medellín…"
                     r"(?:no (?:son|seran) elegibles|(?:are|is) not eligible|ne sont pas eligibles|nao sao elegiveis)"
                     # ("No son elegibles las ciudades que recibieron financiamiento … entre 2024 y 2026, que son Bogotá, …")
                     r"\b[^.;]{0,80}?\b(?:tales como|tal como|such as|comme|tais como|que son|que fueron|a saber|namely|"
                     r"which are|que sao)\s|"
                     # "las alcaldías y distritos de Colombia distintos de Medellín"
                     r"(?:distint[oa]s|diferentes) d[eao]|other than|autres que)\s*[^.;]{0,120}")


# "Los municipios certificados en educación (Medellín, Bello, Envigado…) no podrán participar": the names in brackets
# before a denial are left out
# (or between dashes: "Cities that are currently partners — in this region Bogotá, Ciudad de México … — are not eligible")
_NAMED_THEN_DENIED = re.compile(r"(?:\(([^()]{3,200})\)|[—–]\s*([^—–.;()]{3,200}?)\s*[—–])\s*(?:no (?:podran|pueden|podra|puede) "
                                r"(?:participar|postular\w*|aplicar|"
                                r"presentar\w*)|no participan?|no son elegibles|(?:are|is) not eligible|cannot apply|may not apply|"
                                r"ne (?:sont|peuvent) pas|nao (?:podem|poderao|sao elegiveis))")


# ... or opening its sentence: "Bogotá D.C. is excluded because it is covered by a separate bilateral agreement"
_NAME_THEN_EXCLUDED = re.compile(r"(?:^|[.;]\s+)([^;,()]{3,40}?)\s+" + _PLACE_REFUSED)


# ... or a city the activities must stay out of: "pour des activités qui se déroulent en dehors du District de Bogotá",
# "proyectos que se ejecuten fuera de Bogotá" (the name right after, not "hors de France, comme …"; and what runs there,
# not "participants from outside Bogotá" or "entidades con domicilio fuera de Cartagena")
_OUTSIDE_CITY = re.compile(r"\b(?:activit\w*|actividades|proyectos?|projects?|projets?|projetos?|se deroulent|take place|"
                           r"tengan lugar|se realic\w*|se desarroll\w*|se ejecut\w*|(?:are )?implemented|held)\b[^.;]{0,40}?"
                           r"\b(?:en dehors d(?:u|e|es)|hors d(?:u|e)|fuera de|outside(?: of)?|fora d[eoa])\s+(?:(?:la |le |el |the |"
                           r"o |a |l.)?(?:district|distrito|ville|ciudad|city|cidade|municipio|municipality|commune|area "
                           r"metropolitana)\s+(?:de |of |d[eoa] |d.)?)?[a-z]+(?: [a-z]+){0,3}")


# A denial of the others than those named: "no pueden participar otras ciudades", "no participan los demás municipios"
_OTHERS_DENIED = re.compile(r"no (?:aplica|participan?|pueden participar) (?:para )?(?:(?:las|los) )?(?:otr[oa]s|demas)\b")


def departments_named(text: str) -> frozenset[str]:
    """Department codes of the departments and capitals a name mentions anywhere ("Gobernación de Bolívar", "Alcaldía de
    Medellín", "Área Metropolitana del Valle de Aburrá"), longest name first."""
    folded, codes = fold(text), set()
    for name, code in _ORDER_WITH_CAPITALS:
        found = _name_found(name, folded)
        if found:
            codes.add(code)
            folded = folded[:found.start()] + " " * len(name) + folded[found.end():]
    return frozenset(codes)


def excepted(text: str) -> tuple[frozenset[str], frozenset[str], list[str]]:
    """Capital cities (DANE codes) and departments (codes) a call leaves out by name, and the names."""
    folded = _CAPITAL_DISTRICT.sub("dc", fold(text))  # "Bogotá D.C., Medellín, …": no full stop inside a list
    cities: set[str] = set()
    departments: set[str] = set()
    named: list[str] = []
    for m in [*_EXCEPT.finditer(folded), *_NAMED_THEN_DENIED.finditer(folded), *_NAME_THEN_EXCLUDED.finditer(folded),
              *_OUTSIDE_CITY.finditer(folded)]:
        span = m.group(0) if m.re in (_EXCEPT, _OUTSIDE_CITY) else m.group(1) or m.group(2)
        if m.re is _EXCEPT and _OTHERS_DENIED.match(span):
            continue  # "No pueden participar otras ciudades, aunque sean capitales de departamento": the others are out
        # (a sentence opening with "National capital cities are not eligible" names no capital of its own)
        if m.re is not _NAME_THEN_EXCLUDED and re.search(
                r"\b(?:ciudades capitales|capitales(?: de departamento| departamentales)?|capital cities|villes capitales|"
                # (not "No aplica para ciudades capitales con más de 1,5 millones de habitantes": the larger ones only)
                r"capitais)\b(?! (?:nacionales|nationales|nacionais|de (?:los )?paises|des pays|dos paises))"
                r"(?! (?:con|with|com|avec|de|of) (?:mas|menos|more|fewer|less|plus|moins|mais|over|above) )",
                span) and not re.search(r"\b(?:que no (?:sean|son)|that are not|which are not|qui ne sont pas|"
                                        r"que nao (?:sejam|sao))\s+(?:\w+\s+)?capita", span):
            # national capitals left out are Bogotá alone (models/eligibility.py); "No pueden participar ciudades que no
            # sean capitales miembros": those that are not capitals
            cities.update(CAPITALS)
            named.append("ciudades capitales")
        for code, names in CAPITALS.items():
            for name in names:
                if name in span and re.search(rf"\b{re.escape(name)}\b", span):
                    cities.add(code)
                    named.append(name)
        taken = span
        for name, code in _ORDER:  # longest first: "norte de santander" before "santander"
            found = _name_found(name, taken)
            if not found:
                continue
            taken = taken[:found.start()] + " " * len(name) + taken[found.end():]
            ambiguous = name in _AMBIGUOUS and not re.search(rf"\bdepartamentos? (?:de |del )?{re.escape(name)}\b", span)
            if not ambiguous and name not in named:
                departments.add(code)
                named.append(name)
    for m in _LARGEST_LEFT_OUT.finditer(folded):
        count = m.group("n")
        count = int(count) if count.isdigit() else _COUNT_WORDS[count]
        cities.update(LARGEST_CITIES[:count])
        named.append(m.group(0).strip())
    return frozenset(cities), frozenset(departments), list(dict.fromkeys(named))


# Colombia's most populous cities, largest first (DANE): the first five have led the ranking for decades, in this order
LARGEST_CITIES: tuple[str, ...] = ("11001", "05001", "76001", "08001", "13001")
_COUNT_WORDS = {"dos": 2, "two": 2, "deux": 2, "duas": 2, "tres": 3, "three": 3, "trois": 3, "cuatro": 4, "four": 4,
                "quatre": 4, "quatro": 4, "cinco": 5, "five": 5, "cinq": 5}
# "las acciones deben ejecutarse fuera de las cinco ciudades más pobladas del país", "excluding the three largest
# cities": those cities left out (no more than five: the order after them is not held here)
_LARGEST_LEFT_OUT = re.compile(r"\b(?:fuera de|excepto|salvo|con excepcion de|a excepcion de|except(?:ing)?|excluding|"
                               r"outside(?: of)?|other than|hors de|sauf|a l.exception de|exceto|fora d[eao]s?)\s+"
                               r"(?:las |los |the |les |as |os )?(?P<n>[2-5]|dos|two|deux|duas|tres|three|trois|cuatro|four|"
                               r"quatre|quatro|cinco|five|cinq) (?:ciudades|cities|villes|cidades|municipios|municipalities) "
                               r"(?:mas (?:pobladas|grandes)|largest|biggest|most populous|les plus (?:peuplees|grandes)|"
                               r"plus (?:peuplees|grandes)|mais populosas|maiores)\b")


# "Los diez municipios que integran el Área Metropolitana (Barbosa, Girardota, …, Medellín, …)": a call for the
# municipalities it names one by one.
# ("las alcaldías de las ciudades priorizadas en esta fase: Bogotá, Barranquilla, Cali, Medellín, Cúcuta y Bucaramanga")
# ("Únicamente las ciudades colombianas seleccionadas con el DNP en la fase 1 (Medellín, Santa Marta, …)")
# ("Para Colombia, el Anexo A comprende únicamente: Barranquilla, Cartagena de Indias, Santa Marta…": an annex's towns)
_LISTED = re.compile(r"\b(?:municipios|(?:ciudades|alcaldias)(?: (?!no\b)[a-z]+)? (?:priorizad|seleccionad|focalizad|invitad)\w*|"
                     r"(?:anexo|annex|annexe|lista|list)(?: [a-z0-9])? (?:comprende|incluye|includes|comprises|covers|abarca)"
                     r"(?: unicamente| solamente| solo| only)?|"
                     # "les autorités locales des villes d'accueil suivantes : Cúcuta, Riohacha…", "Réservé aux collectivités
                     # liées à Nantes par un accord de jumelage : Recife (Brésil), …"
                     r"(?:villes|ciudades|cities|cidades|collectivites|municipalities|municipios)(?: [a-z']+)? (?:suivantes|"
                     r"siguientes|following|seguintes)|(?:collectivites|villes|ciudades|cities|cidades|municipalities|"
                     r"municipios) (?:liees|vinculadas|linked|ligadas|hermanadas|twinned|jumelees))\b"
                     r"(?P<between>[^.;:()]{0,80}?)[(:]\s*(?P<list>[^().;:]{10,400})")
_COUNTRY_ASIDE = re.compile(r"\s*\((?:[a-z][a-z -]{2,24})\)")
_NOT_NAMES = re.compile(r"\d|\b(?:categoria|distritos?|capitales|pdet|zomac|menos|mas|habitantes|incluid|excepto|salvo|"
                        r"como|entre ellos|entre otr[oa]s|por ejemplo|"
                        # "Municípios, distritos e governos intermediários (departamentos, províncias, estados)": kinds
                        r"departamentos?|provincias?|estados|regiones|states|provinces|regions)\b")


_DENIED_BEFORE = re.compile(r"\bno (?:pueden|podran|puede|podra|son|seran|participan?)\b|"
                            r"\b(?:cannot|may not|not eligible|ne (?:peuvent|sont) pas|nao (?:podem|sao))\b")


# "En Colombia, la operación cubre Bogotá, Medellín y Cali; otros destinos colombianos no son elegibles": the capitals
# named in that sentence are the only Colombian ones in
_OTHERS_NOT_ELIGIBLE = re.compile(
    r"\b(?:otr[oa]s|other|demas|autres|outr[oa]s) (?:destinos|ciudades|municipios|cities|destinations|towns|municipalities|"
    r"villes|cidades)(?: colombian[oa]s| de colombia| in colombia| colombiennes| colombian[oa]s)? (?:no son elegibles|"
    r"no (?:podran|pueden) (?:participar|postular\w*)|are not eligible|(?:cannot|may not) (?:apply|take part|participate)|"
    r"ne sont pas eligibles|ne peuvent pas (?:participer|candidater)|nao sao elegiveis|nao podem participar)")


def _capitals_before_others_denied(folded: str) -> frozenset[str] | None:
    """The capitals named in the sentence that then denies the other Colombian towns (or, when the denial stands alone,
    "… Barranquilla and Cartagena (Colombia), Guayaquil … Other cities cannot take part.", in the sentence before it), or
    None."""
    sentences = re.split(r"(?<=[.!?])\s+", folded)
    for i, sentence in enumerate(sentences):
        denied = _OTHERS_NOT_ELIGIBLE.search(sentence)
        if not denied:
            continue
        named = capitals_named(sentence[:denied.start()])
        if not named and i and not sentence[:denied.start()].strip(" ,;:"):
            named = capitals_named(sentences[i - 1])
        if named:
            return named
    return None


# "the ports of call served by its brands, listed in the annex (Caribbean: Cozumel, Roatán, Cartagena (Colombia)…)":
# the ports a cruise line or a shipping call names are the only ones in
_PORTS_LISTED = re.compile(r"\b(?:ports? of call|puertos de escala|portos de escala|escales)\b[^.;]{0,100}?\((?P<list>[^.;]{10,400})")


# "Pueden presentar propuestas la Secretaría Distrital de Educación de Barranquilla, las secretarías de los municipios del
# área metropolitana …": one capital's own offices named as who applies
_CAPITAL_OFFICE_APPLIES = re.compile(r"\b(?:pueden|podran) (?:presentar(?: propuestas| proyectos)?|postular(?:se)?|participar)\s+"
                                     r"(?:la|el) (?:secretaria|alcaldia|administracion)(?: [a-z]+){0,4} de (?P<city>[a-z]+(?: "
                                     r"[a-z]+)?)(?=[,;.]| y )|"
                                     # "Les dossiers peuvent être présentés directement par la Mairie de Carthagène"
                                     r"\b(?:peuvent etre (?:presentes|deposes|soumis)|sont (?:presentes|deposes)) (?:directement )?"
                                     r"par la (?:mairie|ville|municipalite) de (?P<city2>[a-z]+(?: [a-z]+)?)(?=[,;.]| ou | et )")


def listed_capitals(text: str) -> frozenset[str] | None:
    """The department capitals (DANE codes) among municipalities a call names one by one; None when it names none."""
    folded = _CAPITAL_DISTRICT.sub("dc", fold(text))  # "Bogotá D.C., Medellín, …": no full stop inside a list
    if (named := _capitals_before_others_denied(folded)) is not None:
        return named
    if (office := _CAPITAL_OFFICE_APPLIES.search(folded)) and (
            city := capitals_named(office.group("city") or office.group("city2"))):
        return city
    for m in _PORTS_LISTED.finditer(folded):
        if m.group("list").count(",") >= 2:  # a list of ports, not one aside in brackets
            return capitals_named(m.group("list"))
    for m in _towns_of_department(folded):
        names = [n.strip() for n in re.split(r",|\b(?:y|o|e|u)\b", m.group("list")) if n.strip()]
        if not _NOT_NAMES.search(", ".join(names)):
            # the first name may carry the words before it: "… en Santander de Quilichao", "los municipios de Medellín"
            return frozenset(code for code, known in CAPITALS.items()
                             if any(n == k or (i == 0 and n.endswith(" " + k)) for k in known for i, n in enumerate(names)))
    folded = _COUNTRY_ASIDE.sub("", folded)  # a country in brackets after a name is an aside: "Recife (Brésil), …"
    for m in _LISTED.finditer(folded):
        if _NAMED_THEN_DENIED.match(folded, m.start("list") - 1) or _DENIED_BEFORE.search(
                re.split(r"[.;]", folded[:m.start("list")])[-1]):
            continue  # "(Medellín, Bello, …) no podrán participar", "No pueden postularse los municipios … (Santiago de
            #           Cali, …)": the ones left out (`excepted`), not the ones named in
        if re.search(r"\bdepartamentos?\b", m.group("between")):
            continue  # "municipios de los departamentos costeros del Caribe (La Guajira, Magdalena…)": departments
        names = [n.strip() for n in re.split(r",|\b(?:y|e|et|and)\b", m.group("list")) if n.strip()]
        # the list ends where the sentence goes on ("…, Galapa y Puerto Colombia, con proyectos en fase III")
        long = next((i for i, n in enumerate(names) if len(n.split()) > 4), len(names))
        names = names[:long]
        if len(names) < 3 or _NOT_NAMES.search(", ".join(names)):
            continue
        return frozenset(code for code, known in CAPITALS.items() if any(k in names for k in known))
    return None


# Department names that are also common words ("la meta", "el valle"): only after "departamento de".
_AMBIGUOUS = frozenset({"meta", "valle", "cesar", "sucre", "cordoba", "arauca", "amazonas", "bogota"})
