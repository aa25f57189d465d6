"""What kind of opportunity the page offers (grant, call, prize, course…), its GLOBO category, and its ODS."""
from __future__ import annotations

import re

from spiders.extract.dates import MONTH_NAMES
from spiders.extract.provenance import Found, around, folded_same_length
from spiders.pipeline.categories import category_from_words
from spiders.vocabulary import CONVOCATORIAS, EDUCACION, PREMIOS, SUBVENCIONES

# Checked in order: the more specific kind first.
KINDS: tuple[tuple[str, str], ...] = (
    # "Concurso de Bolsas de Doutoramento": a competition for scholarships is a scholarship call
    ("prize", r"premios?|prizes?|prix|premio|premiacao|galardon|concurso(?! de (?:bolsas|becas)\b)|competition|"
              r"challenge|desafio|defi|trophees?|trophies|trophy|trofeos?|premia|premiad[oa]s?|"
              r"tournament|tournoi|torneo"),
    ("scholarship_course", r"becas?|scholarships?|fellowships?|cursos?|courses?|diplomados?|pasantias?|"
                           r"internships?|bolsas? (?:de |para )?(?:estudos?|mestrado|doutorado|doutoramento|"
                           r"pos-doutorado|pos-graduacao|iniciacao cientifica|investigacao|pesquisa)|"
                           # "Bolsas Santander Gestão Pública" (not a stock exchange or a bag)
                           r"bolsas(?! (?:de valores|plasticas|de plastico|de basura|de residuos|de lixo)\b)|"
                           # "Cours en ligne", "cours d'été" (not "au cours de", "en cours", "cours d'eau")
                           r"(?<!au )(?<!en )cours(?! d'eau| de change)|"
                           # "Urban Leaders Programme", "Leader Lab", "programa de liderazgo", "MOOC": training
                           r"(?:leaders?|leadership) (?:programmes?|programs?|labs?|academy)|"
                           r"programas? de (?:liderazgo|lideres|lideranca)|programmes? de leadership|moocs?|"
                           r"bourses?|maestrias?|masters?|formation|formacao|"
                           r"capacitacion|training|programas? de formacion|summer school|escuela de verano"),
    ("loan", r"prestamos?|loans?|creditos?|credit line|linea de credito|financiamiento reembolsable|emprestimos?|"
             r"prets?"),
    ("network_membership", r"red de ciudades|membresia|membership|join the network|unete a la red|adhesion|"
                           r"afiliacion|nuevos miembros|new members|become a member|rede de cidades|"
                           r"rejoindre le reseau"),
    ("event", r"foro|forum|cumbre|summit|sommet|cimeira|congreso|congress|conferencia|conference|seminario|webinar|"
              r"encuentro|taller|workshop|feria|semana de|evento|event|rencontre|colloque|"
              # a report on a meeting held: "Crónica:", "Compte rendu :", "Recap:"
              r"cronica|compte rendu|recap"),
    ("grant", r"subvencion(es)?|subsidios?|grants?|financiamiento|financiacion|fondos?|fonds|fundos?|funds?|"
              r"funding|nofo|donacion(es)?|subventions?|financement|financiamento|apoyo financiero|apoio financeiro|"
              r"cofinanciacion|cofinanciamiento|cofinanciamento|cofinancement|co-financing|ayudas|"
              r"aides? financieres?|aide financiere|programme d'aide|"
              # Portugal's word for a funder's grants ("Apoios às autarquias"), as "ayudas" in Spain
              r"apoios"),
    ("call", r"convocatorias?|calls?|appels?|chamadas?|editais|edital|llamado|request for proposals|rfp"),
    # an exchange between cities or peers: a call to take part, named when nothing above is
    ("exchange", r"intercambios?|peer exchanges?|exchange (?:programmes?|programs?|visits?)|city-to-city exchanges?|"
                 r"programmes? d'echanges?|echanges? (?:entre|de) (?:villes|pairs|collectivites|elus)|"
                 r"echanges techniques"),
)
_KIND_RE = [(kind, re.compile(rf"\b(?:{words})\b")) for kind, words in KINDS]
# a negation a few words before a money word: "does not award grants", "no incluye ayudas económicas", "não inclui
# apoio financeiro", "n'accorde pas de financement", "sin financiamiento" (not "not only grants")
_NO_MONEY_BEFORE = re.compile(r"\b(?:no|not|nao|sin|sem|sans|ni|nem|pas|aucun|aucune|ningun|ninguna|nenhum|nenhuma|"
                              r"without|never|nunca|jamais)\b(?! solo\b| only\b| so\b| seulement\b)"
                              r"(?:\s+[\w'-]+){0,4}\s+$")
# "Urban Resilience Awards 2027": in a title, awards are a prize (in running text they are often grants made)
_TITLE_PRIZE = re.compile(r"\b(?:awards|distinctions|reconocimientos)\b")
# "La AECID resuelve la convocatoria 2026", "Results of the 2026 call", "Lauréats 2026": a page that tells how a call
# was decided offers nothing any more (not "Results-based financing")
_RESULTS_TITLE = re.compile(r"\b(?:resuelve|resolucion (?:definitiva |provisional )?de la convocatoria|resultados?|"
                            r"results?|resultats?|ganador(?:es|as)|winners|laureat(?:e|s|es)|vencedor(?:es|as)|"
                            r"adjudica)\b(?!-)")
# "ONU Mujeres anunció hoy los resultados de la convocatoria 2026", "announced the winners of": a lead that reports a
# call's outcome (not "se publicarán los resultados", a step still ahead in a call's timetable)
_RESULTS_LEAD = re.compile(r"\b(?:anuncio|anunciaron|dio a conocer|dieron a conocer|publico|publicaron|announced|"
                           r"has announced|published|revealed|anunciou|anunciaram|divulgou|divulgaram|publicou|"
                           r"a annonce|ont annonce|a devoile|ont devoile|a publie|ont publie)"
                           r"(?: (?!(?:de|of|des|dos|das|da|do|du)\b)\w+){0,2} "
                           r"(?:los|las|the|os|as|les) (?:\w+ )?(?:resultados|results|resultats|ganadores|ganadoras|"
                           r"winners|laureats|vencedores|seleccionados|selected|selecionados)\b")
_LEAD_CHARS = 800
# A news item by where the site files it: a breadcrumb or <title> naming a news section ("Inicio › Noticias › …",
# "… | Press Release"), or a press label alone on a line of the text ("Communiqué de presse", "Nota de prensa")
_NEWS_SECTION = (r"(?:noticias?|news(?: (?:&|and|y|e) (?:events|stories|eventos))?|press releases?|prensa|"
                 r"sala de prensa|comunicados?(?: de (?:prensa|imprensa))?|notas? de prensa|actualites?|"
                 r"communiques?(?: de presse)?|imprensa|newsroom|media centre|media center|"
                 # Canada's French for news ("Accueil › Nouvelles › …"), and a press room
                 r"nouvelles|salle de presse|sala de imprensa)")
_CRUMB_WORD = re.compile(r"(?i)breadcrumb|migas|ariane|crumbs")
_NEWS_CRUMB = re.compile(r"(?is)<(\w+)[^>]*\b(?:class|id)=[\"'][^\"']*(?:breadcrumb|migas|ariane|crumbs)[^\"']*[\"']"
                         r"[^>]*>(.{0,800}?)</\1\s*>")
_NEWS_WORD = re.compile(rf"\b{_NEWS_SECTION}\b")
_TITLE_TAG = re.compile(r"(?is)<title[^>]*>([^<]*)</title>")
_NEWS_TITLE = re.compile(rf"\s[|–—-]\s*{_NEWS_SECTION}\s*(?:[|–—-].*)?$", re.S)
_PRESS_LINE = re.compile(r"(?m)^\s*(?:press release|news release|communique de presse|communique|nota de prensa|"
                         r"comunicado de prensa|comunicado de imprensa|comunicado)\s*$")
# a dateline that opens a report: "Montería, Colombia, November 24, 2026", "Roma, 25 de novembro de 2026 –",
# "Berne, 25.11.2026", "Montréal, le 26 novembre 2026 ·"
_WEEKDAY = (r"(?:lunes|martes|miercoles|jueves|viernes|monday|tuesday|wednesday|thursday|friday|lundi|mardi|mercredi|"
            r"jeudi|vendredi|segunda|terca|quarta|quinta|sexta)[a-z-]*,?\s+")
_DATELINE = re.compile(
    rf"(?m)^\s*[a-z][a-z .'-]{{1,40}}(?:,\s*[a-z][a-z .'-]{{1,40}})?,\s*(?:le\s+)?(?:{_WEEKDAY})?"
    rf"(?:\d{{1,2}}(?:er|º)?\s*(?:de\s+)?(?:{MONTH_NAMES})\.?\s*(?:de\s+)?\d{{4}}|"
    rf"(?:{MONTH_NAMES})\.?\s+\d{{1,2}},?\s+\d{{4}}|\d{{1,2}}[./]\d{{1,2}}[./]\d{{4}})\s*(?:$|[–—-]|·)")
# What asks someone to apply, now or when a call opens; a report says none of it.
_INVITATIONS = (
    # "Podrán postularse las alcaldías", "cities can apply", "les collectivités peuvent déposer", "podem apresentar"
    r"\b(?:pueden|podran|puede|podra|deben|deberan)\s+(?:ser presentad[oa]s|postular(?:se)?|presentar(?:se)?|"
    r"inscribirse|aplicar|solicitar|enviar)\b",
    r"\b(?:can|may|will be able to|are invited to|is invited to|are encouraged to|must)\s+(?:now\s+)?(?:apply|submit|"
    r"register|nominate|express (?:their |its )?interest|be submitted)\b",
    r"\b(?:peuvent|pourront|peut|pourra|doivent)\s+(?:etre deposee?s|candidater|deposer|soumettre|postuler|presenter|"
    r"manifester (?:leur|son) interet|s'inscrire|concourir)\b",
    r"\b(?:podem|poderao|pode|podera|devem|deverao)\s+(?:ser (?:apresentad|enviad)[oa]s|se inscrever|inscrever-se|"
    r"candidatar-se|se candidatar|apresentar|enviar|submeter|participar da selecao)\b",
    # "Podem participar governos locais", "cities may take part"
    r"\b(?:pueden|podran|podem|poderao|peuvent|pourront|can|may) (?:participar|participer|participate|take part)\b",
    # forms received or accepted: "applications are accepted on a rolling basis", "peuvent être soumises à tout moment"
    r"\b(?:se recibiran|seran recibidas|serao recebidas|seront recues|will be received|will be accepted|"
    r"seront acceptees|se aceptaran|(?:applications|proposals|submissions|requests) are (?:accepted|received|welcome)|"
    r"accepts applications|se aceptan|se reciben|sont acceptees|sont recues|sao aceitas|sao recebidas|"
    r"(?:peuvent|pourront|pueden|podran|podem|poderao) (?:etre soumises|etre envoyees|etre presentees|"
    r"ser enviad[oa]s|ser submetid[oa]s)|(?:podem|pueden|peuvent|can) (?:ser feitas|realizarse|hacerse|"
    r"etre faites|be made))\b",
    # a call said open: "inscripciones abiertas", "applications are now open", "les candidatures sont ouvertes"
    r"\b(?:postulese|postulate|inscribase|postula(?:n)? hasta|inscripciones abiertas|postulaciones abiertas|"
    r"(?:esta|estan) abiert[oa]s? (?:la|las|hasta)|abierta la convocatoria|apply now|applications are (?:now )?open|"
    r"submissions are (?:now )?open|is now open|are now open|now accepting|candidatures sont ouvertes|"
    r"inscriptions sont ouvertes|est ouverte? jusqu|deposez|candidatez|inscricoes abertas|inscricoes estao abertas|"
    r"inscreva-se|estao abertas as inscricoes)\b",
    # a call opened or launched: "abre las inscripciones", "ouvre un nouvel appel à candidatures" (not "no abre …")
    r"(?<!no )\b(?:abre|abrio|abrira|abren|lanza|lanzo|ouvre|lance|a lance|opens|opened|launches|launched|abriu|lanca|"
    r"lancou)\s+(?:(?:hoy|today|aujourd'hui|hoje)\s+)?(?:la|las|el|una|un|a|an|the|its|le|les|une|o|os|as|um|uma|"
    r"sua|su|son|sa)\s+(?:\w+\s+){0,2}?(?:convocatoria|inscripciones|postulaciones|call|calls|applications|appel|"
    r"candidatures|inscriptions|chamada|edital|inscricoes|candidaturas)\b",
    # "convoca a servidores públicos", "invites cities to submit", "invite les collectivités à candidater"
    r"\bconvoca a\b|\b(?:convoca|invita|convida|invite|invites|inviting)\s+(?:[\w'-]+\s+){0,5}?(?:a|to|à)\s+"
    r"(?:postular|presentar|participar|inscribirse|apply|submit|express|take part|candidater|deposer|soumettre|"
    r"presenter|participer|se inscrever|inscrever|apresentar|submeter)\b",
    # a section on how or who may apply: "How to apply", "¿Quién puede participar?", "Qui peut demander ?",
    # "Postulaciones:"
    r"(?:^|\n)\s*¿?(?:how to apply|como postular(?:se)?|como participar|comment (?:candidater|postuler|participer)|"
    r"como se inscrever|who (?:can|may) (?:apply|participate|take part|request|seek)|"
    r"quien(?:es)? (?:puede|pueden) (?:participar|postular(?:se)?|solicitar(?:lo|la|los|las)?|acceder)|"
    r"quem pode (?:participar|se inscrever|se candidatar|solicitar|pedir)|"
    r"qui peut (?:candidater|participer|postuler|demander|beneficier|solliciter)|"
    r"(?:postulaciones|inscripciones|inscricoes|candidatures|applications)\s*:?\s*(?:\n|$))",
)
_INVITATION = re.compile("|".join(f"(?:{part})" for part in _INVITATIONS))
DEFAULT_METHOD = "valor-por-defecto"
CATEGORY_OF_KIND = {"prize": PREMIOS, "scholarship_course": EDUCACION, "loan": SUBVENCIONES, "grant": SUBVENCIONES,
                    "call": CONVOCATORIAS, "network_membership": CONVOCATORIAS, "event": CONVOCATORIAS,
                    "exchange": CONVOCATORIAS}

ODS_TOPICS: dict[int, str] = {
    1: r"pobreza|poverty|pobreza extrema|pauvrete",
    2: r"hambre|hunger|seguridad alimentaria|food security|fome|faim",
    3: r"salud|health|saude|sante",
    4: r"educacion|education|educacao",
    5: r"genero|gender|mujeres|women|igualdad de genero|mulheres|femmes",
    6: r"agua potable|saneamiento|water and sanitation|sanitation|agua y saneamiento|eau potable",
    7: r"energia|energy|energie|renovables|renewable",
    8: r"empleo|empleabilidad|employment|decent work|trabajo decente|emprego|emploi",
    9: r"innovacion|innovation|infraestructura|infrastructure|inovacao",
    10: r"desigualdad|inequality|migrantes|migrants|migration|migracion|inclusion social",
    11: r"ciudades sostenibles|sustainable cities|desarrollo urbano|urban development|movilidad|mobility|"
        r"vivienda|housing|espacio publico|public space|resiliencia urbana|cidades sustentaveis|villes durables",
    12: r"economia circular|circular economy|residuos|waste|consumo responsable",
    13: r"cambio climatico|climate change|climate|clima|accion climatica|climate action|mudanca do clima|"
        r"changement climatique|adaptacion|mitigacion|emisiones|emissions",
    14: r"oceanos|oceans|vida submarina|marine",
    15: r"biodiversidad|biodiversity|bosques|forests|ecosistemas|biodiversite",
    16: r"paz|peace|justicia|justice|instituciones solidas|transparencia|transparency|seguridad ciudadana",
    17: r"alianzas|partnerships|cooperacion internacional|international cooperation|cooperacion descentralizada|"
        r"cooperacion sur-sur|south-south",
}
_ODS_TOPIC_RE = {n: re.compile(rf"\b(?:{w})\b") for n, w in ODS_TOPICS.items()}
_ODS_TOPIC_WORDS = {n: tuple(w.split("|")) for n, w in ODS_TOPICS.items()}  # plain words: a cheap test before the regex
_ODS_EXPLICIT = re.compile(
    r"\b(?:ods|sdgs?|odd|objetivos? de desarrollo sostenible|sustainable development goals?|objetivos? de "
    r"desenvolvimento sustentavel|objectifs? de developpement durable|goals?)\s*(?:n[o.º°]\s*)?"
    r"(?P<nums>\d{1,2}(?:\s*(?:,|y|and|e|et|&)\s*\d{1,2})*)")


# "Défi Résilience 2027 … Financement : jusqu'à CHF 250'000 par projet", "Grants of up to €250,000 over two years":
# a challenge whose money is grants or project funding, and never called a prize, is a grant programme
_CHALLENGE = re.compile(r"\b(?:challenges?|desafios?|defis?)\b")
_GRANT_MONEY = re.compile(r"\b(?:grants?|grant funding|subvencion(?:es)?|subventions?|subvencoes|financement\s*:|"
                          r"financiamento nao reembolsavel|financiamiento no reembolsable|non-reimbursable funding)(?!\w)")
_PRIZE_MONEY = re.compile(r"\b(?:prizes?|premios?|premiacao|prix|cash awards?|award money)\b")
# "Confira as chamadas, cursos e prêmios", "convocatorias de cooperación, premios y programas de formación": a lead that
# enumerates three kinds of opportunity lists them all, none in particular
_LIST_JOIN = re.compile(r"^(?:\s+[\w'-]+){0,3}?\s*(?:,|\s(?:y|e|and|et|o|ou|or)\s)(?:\s*[\w'-]+){0,3}?\s*$")


def _enumerates_kinds(folded: str) -> re.Match[str] | None:
    """The first kind word of an enumeration of three or more kinds in the text's opening, else None."""
    hits = sorted((m.start(), m.end(), kind, m) for kind, pattern in _KIND_RE for m in _mentions(kind, pattern, folded))
    for i in range(len(hits)):
        kinds, end = {hits[i][2]}, hits[i][1]
        for start, stop, kind, _ in hits[i + 1:]:
            if not _LIST_JOIN.match(folded[end:start]):
                break
            kinds.add(kind)
            end = stop
        if len(kinds) >= 3:
            return hits[i][3]
    return None


def find_kind(title: str, text: str) -> Found | None:
    """The kind from the title's words (the more specific kind first), else the kind the opening of the text names
    most often (on a tie, the more specific): a course or fund named once in passing beside a kind the text names more
    ("financiar pasantías" on a page about a grant) does not make the page one."""
    folded = folded_same_length(title)
    if m := _TITLE_PRIZE.search(folded):
        return Found("prize", "regla:palabras-de-tipo (título)", around(title, m.start(), m.end(), 30, 30), 0.8)
    for kind, pattern in _KIND_RE:
        if m := pattern.search(folded):
            if kind == "prize" and _CHALLENGE.fullmatch(m.group(0)):
                body = folded_same_length(text)
                if _GRANT_MONEY.search(body) and not _PRIZE_MONEY.search(body):
                    return Found("grant", "regla:desafío-con-subvenciones (título y texto)",
                                 around(title, m.start(), m.end(), 30, 30), 0.7)
            return Found(kind, "regla:palabras-de-tipo (título)", around(title, m.start(), m.end(), 30, 30), 0.8)
    opening = text[:1500]
    folded = folded_same_length(opening)
    if m := _enumerates_kinds(folded[:600]):
        return Found("call", "regla:enumeración-de-tipos (listado de oportunidades)",
                     around(opening, m.start(), m.end(), 30, 60), 0.55)
    named = {kind: found for kind, pattern in _KIND_RE if (found := _mentions(kind, pattern, folded))}
    if not named:
        return None
    kind = max(named, key=lambda k: len(named[k]))  # on a tie, the more specific kind (KINDS' order)
    m = named[kind][0]
    return Found(kind, "regla:palabras-de-tipo (texto)", around(opening, m.start(), m.end(), 30, 30), 0.55)


def _mentions(kind: str, pattern: re.Pattern[str], folded: str) -> list[re.Match[str]]:
    """Where folded text names a kind; a grant under a negation ("does not award grants") is no mention of one."""
    return [m for m in pattern.finditer(folded)
            if not (kind == "grant" and _NO_MONEY_BEFORE.search(folded, max(0, m.start() - 60), m.start()))]


def named_in_passing(kind: Found, text: str) -> bool:
    """A kind read in the text, named there once and after the lead (the first paragraph under the title): in a news
    item, a word in passing ("financió un centro de formación", "the next Prize will be announced"), not its subject."""
    if "(texto)" not in kind.method:
        return False
    opening = folded_same_length(text[:1500])
    pattern = dict(_KIND_RE)[kind.value]
    named = _mentions(kind.value, pattern, opening)
    # the lead: the first paragraph under the title line (a press label or a byline is shorter)
    lead = re.compile(r"[^\n]{61,}").search(text, text.find("\n") + 1 if "\n" in text else len(text))
    return len(named) == 1 and (lead is None or named[0].start() >= lead.end())


def announces_results(title: str, text: str = "") -> bool:
    """The title or the lead tells a call's outcome (resolution, results, winners): what it names was given, not offered."""
    return bool(_RESULTS_TITLE.search(folded_same_length(title))
                or _RESULTS_LEAD.search(folded_same_length(text[:_LEAD_CHARS])))


def reports_news(document: str, text: str) -> bool:
    """Whether the page is filed or written as news: its breadcrumb or <title> names a news section, or a press label
    or a dateline ("Roma, 25 de novembro de 2026 –") opens its text."""
    head = folded_same_length("\n".join(text.split("\n")[:4]))
    if _PRESS_LINE.search(head) or _DATELINE.search(head):
        return True
    title = _TITLE_TAG.search(document[:5000])
    if title and _NEWS_TITLE.search(folded_same_length(title.group(1))):
        return True
    for word in _CRUMB_WORD.finditer(document):  # the crumb's element, from the tag that names it
        m = _NEWS_CRUMB.match(document, document.rfind("<", 0, word.start()))
        if m and _NEWS_WORD.search(folded_same_length(re.sub(r"<[^>]+>", " ", m.group(2)))):
            return True
    return False


def invites_applications(text: str) -> bool:
    """Whether a sentence asks someone to apply (now or when a call opens), as a call does and a report does not."""
    return bool(_INVITATION.search(folded_same_length(text)))


def find_category(title: str, text: str, kind: Found | None, offers_money: bool = False) -> Found:
    """GLOBO's group: the kind read in the title, then the project's title rules, then the kind read in the text; a
    call that offers money is GLOBO's "Subvenciones y financiamiento", not a call to take part."""
    category = _category(title, kind)
    if category.value == CONVOCATORIAS and offers_money and not (kind and kind.value in ("event", "network_membership")):
        return Found(SUBVENCIONES, f"{category.method} + regla:convocatoria-con-dinero", category.snippet, 0.7)
    return category


def _category(title: str, kind: Found | None) -> Found:
    if kind and "título" in kind.method:
        return Found(CATEGORY_OF_KIND[kind.value], f"regla:categoría-del-tipo {kind.value}", kind.snippet,
                     kind.confidence)
    from_title = category_from_words(title)
    if from_title:
        return Found(from_title, "spiders.pipeline.categories (título)", title, 0.8)
    if kind:
        return Found(CATEGORY_OF_KIND[kind.value], f"regla:categoría-del-tipo {kind.value}", kind.snippet,
                     kind.confidence)
    return Found(CONVOCATORIAS, DEFAULT_METHOD, "", 0.3)


def _topic_count(goal: int, folded: str) -> int:
    """How often the text names the goal's themes; most pages name few of the 17, so a word absent spares the scan."""
    if not any(word in folded for word in _ODS_TOPIC_WORDS[goal]):
        return 0
    return len(_ODS_TOPIC_RE[goal].findall(folded))


def find_ods(text: str) -> Found | None:
    """ODS named by number ('ODS 11', 'SDG 5 and 13'); else the goals whose themes the text names most."""
    folded = folded_same_length(text)
    numbers: list[int] = []
    evidence = []
    for m in _ODS_EXPLICIT.finditer(folded):
        for n in re.findall(r"\d{1,2}", m.group("nums")):
            if 1 <= int(n) <= 17 and int(n) not in numbers:
                numbers.append(int(n))
        evidence.append(text[m.start():m.end()])
    if numbers:
        return Found(sorted(numbers), "regla:ODS-por-número", " | ".join(evidence), 0.9)
    counts = {n: _topic_count(n, folded) for n in _ODS_TOPIC_RE}
    themed = sorted((n for n, c in counts.items() if c >= 2), key=lambda n: -counts[n])[:3]
    if themed:
        return Found(sorted(themed), "regla:temas-de-los-ODS (≥2 menciones)",
                     ", ".join(f"ODS {n}: {counts[n]}" for n in sorted(themed)), 0.5)
    return None
