"""Deadline and opening date: every date the text mentions, labelled by the cue words nearest before it.

A date counts as the deadline only when a closing cue ("fecha límite", "deadline", "prazo",
"date limite"…) is the nearest cue before it: a page whose dates are all publication, event or
result dates gives no deadline. Spans are found by pattern with the month names of the four
languages (the pipeline's table, shared with spiders/pipeline/dates.py); the time and zone written
next to the date are kept. A date told in the past ("closed on", "cerró el", "s'était clôturée")
or of a past edition is not a deadline; of several extensions the latest date holds.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone, tzinfo
from zoneinfo import ZoneInfo

from models.alternation import alternation
from spiders.extract.provenance import Found, around, folded_same_length
from spiders.pipeline.dates import _ABBREVIATIONS, _MONTHS
from spiders.zones import zone_named

_MONTH_NAMES = alternation({*_MONTHS, *_ABBREVIATIONS})
MONTH_NAMES = _MONTH_NAMES  # the month names and abbreviations of the four languages, folded, as a regex alternation
_M = rf"(?P<mon>{_MONTH_NAMES})\.?"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th|er|\.?o|\.?º|\.?°)?"
_YEAR = r"(?P<year>20\d{2}|19\d{2})"
_PATTERNS = (
    # 15 de marzo de 2027, 15 March 2027, 1er mars 2027, 15-mar-2027
    ("texto-dma", re.compile(rf"\b{_DAY}\s*(?:de\s+|of\s+|-\s*)?{_M}\s*,?\s*(?:de\s+|del\s+|-\s*)?{_YEAR}\b")),
    # March 15, 2027; marzo 15 de 2027
    ("texto-mda", re.compile(rf"\b{_M}\s+{_DAY}\s*,?\s*(?:de\s+|del\s+)?{_YEAR}\b")),
    # 2027-05-15, 2027/05/15, 2027.05.15 (Korean and Chinese notices), 2027-05-15T17:00:00Z
    ("iso", re.compile(r"\b(?P<year>20\d{2})(?P<sep>[-/.])(?P<mon>[01]?\d)(?P=sep)(?P<day>[0-3]?\d)(?:\b|(?=t\d))")),
    # 15/05/2027, 15.5.2027, 15-05-2027
    ("numérica", re.compile(r"\b(?P<a>[0-3]?\d)(?P<sep>[/.-])(?P<b>[0-3]?\d)(?P=sep)(?P<year>20\d{2})\b")),
)
# "del 1 de febrero al 15 de marzo de 2027", "from 1 to 15 March 2027": the first date may omit month or year.
_RANGE_START = re.compile(
    rf"\b(?:del|desde el|de|entre el|from|between|du|entre|de|do)\s+{_DAY}(?:\s*(?:de\s+)?{_M})?\s*"
    r"(?:al|a|hasta el|y el|to|until|and|au|à|et le|ao|até|a|-|–)\s+$")

CLOSING = {
    "fecha limite": 1.0, "fecha de cierre": 1.0, "cierre de la convocatoria": 1.0, "cierre de convocatoria": 1.0,
    "cierre": 0.9, "cierra": 0.9, "cierran": 0.9, "se cierra": 0.9, "plazo": 0.85, "vence": 0.85, "vencimiento": 0.85,
    "hasta el": 0.7, "hasta": 0.6, "a mas tardar": 0.9, "postulaciones hasta": 0.95, "inscripciones hasta": 0.95,
    "antes del": 0.45, "antes de": 0.45, "before": 0.45,  # only with words of applying
    "deadline": 1.0, "closing date": 1.0, "closes": 0.9, "close on": 0.9, "close": 0.85, "closed on": 0.8, "closing": 0.85, "due date": 1.0,
    "due": 0.85, "no later than": 0.9, "submit by": 0.9, "submitted by": 0.85, "received by": 0.85, "apply by": 0.9, "until": 0.6, "by": 0.3,
    "prazo": 0.95, "encerramento": 1.0, "encerram": 0.9, "data limite": 1.0, "ate o dia": 0.7, "ate": 0.5,
    "date limite": 1.0, "cloture": 1.0, "clotur": 1.0, "jusqu'au": 0.7, "avant le": 0.8, "au plus tard": 0.9,
    "echeance": 1.0, "data-limite": 1.0, "date-limite": 1.0, "date butoir": 1.0, "fecha tope": 1.0, "prazo final": 1.0,
    "plazo final": 1.0, "data final": 1.0, "fecha final": 0.9, "final date": 0.9, "interest by": 0.85, "note by": 0.85,
    "notes by": 0.85, "proposal by": 0.85, "must reach": 0.85, "must be received": 0.9, "must arrive": 0.85,
    "deben llegar": 0.85, "deberan llegar": 0.85, "devem chegar": 0.85, "doivent parvenir": 0.85, "proposals by": 0.85, "application by": 0.85, "applications by": 0.85,
    # an extended deadline outranks the one it replaces
    "current closing date": 1.2, "fecha de cierre actual": 1.2, "new closing date": 1.2, "revised deadline": 1.2,
    "new deadline": 1.2, "extended to": 1.2, "extended until": 1.2, "deadline extended": 1.2, "nuevo plazo": 1.2,
    "nueva fecha de cierre": 1.2, "nueva fecha limite": 1.2, "ampliado hasta": 1.2, "ampliada hasta": 1.2,
    "prorrogado hasta": 1.2, "prorrogada hasta": 1.2, "se amplia hasta": 1.2, "novo prazo": 1.2,
    "prorrogado ate": 1.2, "prorrogada ate": 1.2, "prorrogadas ate": 1.2, "nouvelle date limite": 1.2,
    "prolonge jusqu'au": 1.2, "prolongee jusqu'au": 1.2, "reportee au": 1.2, "repoussee au": 1.2,
    "nuevamente hasta": 1.2, "de nuevo hasta": 1.2, "again to": 1.2, "novamente para": 1.2, "novamente ate": 1.2,
    "extended a second time": 1.2, "reporte au": 1.2, "repousse au": 1.2, "prolonge au": 1.2, "postponed to": 1.2,
    "postponed until": 1.2, "extendido hasta": 1.2, "extendida hasta": 1.2, "ampliado al": 1.2, "ampliada al": 1.2,
    "prorrogado para": 1.2, "prorrogada para": 1.2, "prorrogadas para": 1.2, "prorrogado al": 1.2,
    # "el plazo se abrió el … y concluye el", "Até quando:", "jusqu'à quand"
    "concluye": 0.9, "concluira": 0.9, "finaliza el": 0.85, "finalizara el": 0.85, "termina el": 0.85,
    "terminara el": 0.85, "encerra em": 0.9, "encerra no dia": 0.9, "termina em": 0.85, "termina no dia": 0.85,
    "prend fin le": 0.9, "se termine le": 0.85, "ends on": 0.85, "will end on": 0.85, "ate quando": 0.95,
    "hasta cuando": 0.95, "until when": 0.95, "jusqu'a quand": 0.95,
    # "SI scholarship application period | 10 February – 25 February 2027": the end of the period of applying
    "application period": 0.9, "submission period": 0.9, "periodo de postulacion": 0.9, "periodo de postulaciones": 0.9,
    "periodo de inscripcion": 0.9, "periodo de inscripciones": 0.9, "periodo de candidaturas": 0.9,
    "periodo de candidatura": 0.9, "periodo de inscricao": 0.9, "periodo de inscricoes": 0.9,
    "periodo de submissao": 0.9, "periode de candidature": 0.9, "periode de candidatures": 0.9,
    "periode d'inscription": 0.9, "periode de depot": 0.9,
}
OPENING = {
    "apertura": 1.0, "abre": 0.9, "abrira": 0.9, "inicio de inscripciones": 1.0, "inicio de postulaciones": 1.0,
    "a partir del": 0.8, "desde el": 0.7, "opening date": 1.0, "opens": 0.9, "open from": 0.9, "launch": 0.7,
    "abertura": 1.0, "open on": 0.9, "opens on": 0.9, "abren el": 0.9, "abre el": 0.9, "abrem em": 0.9, "inscricoes abertas": 0.8, "a partir de": 0.7, "ouverture": 1.0, "lancement": 0.8,
    "a partir du": 0.8, "starting": 0.6, "ouvert du": 0.9, "ouverte du": 0.9, "ouverts du": 0.9, "ouvertes du": 0.9,
    "abierta del": 0.9, "abiertas del": 0.9, "abierto del": 0.9, "aberta de": 0.9, "abertas de": 0.9, "open between": 0.9,
    "apertura del plazo": 1.0, "inicio del plazo": 1.0, "abertura do prazo": 1.0, "opening of the call": 1.0,
    "se abrio": 0.9, "abrio": 0.9, "opened on": 0.9, "abriu": 0.9, "foi aberto": 0.9, "s'est ouvert": 0.9,
}
OTHER = (
    "publicad", "publicacion", "published", "posted", "publie", "publicado", "actualiza", "updated", "mis a jour",
    "atualiza", "resultado", "results", "resultats", "anuncio", "announce", "announcement", "notificacion",
    "notification", "seleccion", "selection", "evento", "event", "webinar", "seminario", "taller", "workshop",
    "sesion informativa", "information session", "info session", "reunion", "ejecucion", "implementation",
    "execucao", "mise en oeuvre", "inicio del proyecto", "start date", "project start", "duracion",
    # the signing of an agreement ("Firma del convenio: …"), not "candidaturas firmadas por la alcaldesa"
    "firma del", "firma de", "fecha de firma", "firma:",
    "preguntas", "questions", "question", "consultas", "aclaracion", "clarification", "perguntas", "impugnac",
    "esclarecimento", "observaciones", "observacoes", "comments on", "commentaires", "ceremonia", "q&a", "q & a", "evalua", "evaluation", "avalia", "review", "decision", "board meeting", "jury", "jurado",
    "para recurso", "interposicao de recurso", "reclamaciones", "recours", "de recurso", "recurso de reposicion",
    "appeal",
    "ceremony", "premiacion", "award ceremony", "conferencia", "conference", "foro", "forum", "cumbre",
    "summit", "congreso", "entrevista", "interview", "noticia", "news", "ejecut", "execut", "implementad",
    "vigencia", "remise des prix", "entrega de premios",
    "realizara", "will take place", "se celebrara", "aura lieu", "acontecera", "finaliza el proyecto",
)
PROJECT_END = ("concluyen", "finalizan", "terminan", "proyectos financiados", "funded projects", "projetos financiados",
               "projets finances", "be completed", "completion", "be implemented", "be finished", "runs until", "runs through",
               "run until", "acheve", "ejecutarse", "ejecutados", "executados", "concluidos", "concluir",
               "finalizar los proyectos", "terminar los proyectos", "mis en oeuvre", "realises avant",
               # "Agreements are expected to start on 1 October 2027 and end no later than 30 September 2030"
               "expected to start", "agreements are expected", "grant period", "project period", "periodo de ejecucion",
               "convenios se firmaran", "periode de mise", "periodo de execucao")
LATER_STAGE = ("by invitation", "invited applicants", "shortlisted", "preseleccionad", "pre-selected", "preselected",
               "preselecionad", "preselectionn", "second stage", "segunda etapa", "segunda fase", "deuxieme etape",
               "seconde etape", "second round", "stage 2", "phase 2", "etapa 2", "fase 2", "etape 2", "second phase",
               "deuxieme phase")
# "Las personas seleccionadas recibirán la confirmación a más tardar el …": when the selected hear back
RESULTS = ("seleccionad", "selected", "selecionad", "selectionne", "notified", "notificad", "notifie", "retenus",
           "retenues", "seront informes", "seran informad", "serao informad", "will be informed", "frais", "fees",
           "pago de la matricula", "pagamento", "paiement",
           "confirmacion", "confirmation", "confirmacao")
NOT_APPLYING = PROJECT_END + LATER_STAGE + RESULTS
# "Applications must be completed and submitted online by …": the form is completed, not the project
_FORM_COMPLETED = re.compile(r"\b(?:applications?|proposals?|forms?|solicitudes|formularios?|propuestas|candidaturas?|"
                             r"candidatures?|dossiers?)\b[^.]{0,30}\bbe completed\b")


def _not_applying(sentence: str) -> bool:
    """Whether a sentence is about the project's end, a later stage or the results rather than applying."""
    hits = [w for w in NOT_APPLYING if w in sentence]
    return bool(hits) and not (hits == ["be completed"] and _FORM_COMPLETED.search(sentence))
# a date the page itself calls provisional: the later stage's, announced ahead
TENTATIVE = ("indicative", "indicativa", "indicativo", "tentative", "provisoire", "provisional", "provisoria")
# A date told in the past ("closed on", "cerró el", "s'était clôturée le", "a edição anterior encerrou em") or of
# a past edition is not this call's deadline, unless a new deadline follows in a later clause ("…, la convocatoria
# 2027 cierra el") or an extension cue does ("se había ampliado al …, queda ampliado nuevamente hasta el").
PAST = re.compile(
    r"(?<![a-z-])(?:closed|had closed|was due|were due|ended|had been|originally|previous (?:edition|round|call|cycle)|"
    r"last (?:edition|round|year)|past editions?|"
    # "cerró el" / "terminó el", not "el Cerro" (a place) or "en el término de"
    r"(?<!el )(?<!del )(?<!los )(?:cerro|termino) (?:el|en|sus|las|la|con|ayer|hoy)|"
    r"cerraron|vencio|vencieron|vencia|finalizo|terminaron|funciono|habia sido|se habia|"
    # "Plazo de postulación concluido el 15 de diciembre", "prazo concluído em"
    r"concluid[oa]s? (?:el|en|em)|"
    r"estuvo abiert[oa]|estuvieron abiert[oa]s|esteve abert[oa]|estiveram abert[oa]s|was open|were open|"
    r"etait ouvert[e]?|a ete ouvert[e]?|"
    r"estaba previst[oa]|"
    r"original(?= (?:closing|deadline|due|fecha|date|prazo))|originalmente|inicialmente|edicion anterior|ediciones anteriores|edicion pasada|ano pasado|"
    r"encerrou|encerraram|terminou|terminaram|venceu|havia sido|tinha sido|estava previst[oa]|edicao anterior|"
    r"edicoes anteriores|"
    r"ano passado|"
    r"(?:s'est|s'etait|avait|a|a ete|ont ete|avaient) clotur[a-z]*|s'est termin[a-z]*|etait prevu[e]?|avait ete|"
    r"initialement|edition precedente|precedente edition|editions precedentes|pour memoire|l'an dernier|"
    r"l'annee derniere|"
    # closed already, or an application told as done ("la ville a déposé sa candidature le")
    r"(?:estado|status|situacao|situacion|statut)\s*:?\s*(?:cerrad[oa]|closed|encerrad[oa]|cloture|fermee?|finalizad[oa])|"
    r"(?:plazo|convocatoria|prazo) (?:cerrad[oa]|encerrad[oa])|cerrad[oa]s? el|encerrad[oa]s? em|"
    r"now closed|is closed|are closed|ya cerro|esta cerrada|estan cerradas|foram encerrad[ao]s|foi encerrad[ao]|"
    r"estao encerrad[ao]s|sont closes|est close|sont cloturees|est cloturee|"
    r"submitted (?:its|their|his|her|a|an|the)|(?:has|have|had) applied|presento|presentaron|postulo|postularon|se inscribio|"
    # "Cerrada — recibió postulaciones hasta el 30 de septiembre": a call that took applications until then
    r"recibio|recibieron|recebeu|receberam|"
    r"inscreveu|inscreveram|apresentou|apresentaram|a depose|ont depose|a soumis|ont soumis|"
    # "en 2026 fue el", "the deadline was", "o prazo foi"
    r"(?:en|in|em) (?:19|20)\d\d,? (?:fue|was|foi|fut|a ete|etait)|"
    r"(?:deadline|fecha limite|plazo|prazo|date limite|cierre|closing date|encerramento) (?:was|fue|foi|etait|a ete|era)"
    r"(?!\s+(?:set|fixed|extended|moved|postponed|changed|fijad|fixad|fixe|prorrogad|ampliad|prolonge|reporte)))"
    r"(?![a-z-])")
_LABEL_GAP = re.compile(r"[a-z\s&'-]{0,25}$")
_CLAUSE = re.compile(r",|\b(?:y|and|et|e|then|luego|puis|depois|but|pero|mais|mas)\b")
_APPLY_WORDS = re.compile(r"\b(convocatoria|inscripcion(es)?|postulacion(es)?|aplicaciones|solicitudes|"
                          r"applications?|submissions?|candidaturas?|inscricoes|candidatures?|propuestas|"
                          r"proposals|propostas|dossiers|recepcion|inscricao|depot|nominations?|radicacion|"
                          # "Expressions of Interest must be submitted … by", "las notas conceptuales deben enviarse"
                          r"submitted|expressions? of interest|eois?|concept notes?|manifestations? d'interet|"
                          r"manifestacion(es)? de interes|manifestac(ao|oes) de interesse|notas conceptuales|"
                          # "To take part, cities must register … by 31 January 2027"
                          r"take part|must register|deben inscribirse|deben registrarse|doivent s'inscrire|devem se inscrever|"
                          # "Fill in the short online form and attach supporting documents by 28 May 2027"
                          r"fill (?:in|out) (?:the|an|our) (?:[a-z]+ ){0,2}form|complete the (?:[a-z]+ ){0,2}form|"
                          r"diligenci\w+ el formulario|llen\w+ el formulario|remplir le formulaire|"
                          r"preench\w+ o formulario|"
                          # "Submit a short idea through our online form by 8 March 2027": the verb of applying
                          r"submit|soumettre|soumettez|submeter|submeta)")
_WINDOW = 90  # characters before a date in which its cue is looked for
@dataclass(frozen=True)
class DateMention:
    """A date the text mentions, where, and the cue that labels it."""

    start: int
    end: int
    day: date
    rule: str
    cue_kind: str | None = None
    cue: str = ""
    weight: float = 0.0
    range_start: date | None = None


def _cue_regex(words) -> re.Pattern[str]:
    return re.compile(r"(?<![a-z])(" + alternation(words) + r")")


# the cues of an extended deadline, to tell cheaply whether a page announces one at all
EXTENSION_CUES = _cue_regex([cue for cue, weight in CLOSING.items() if weight >= 1.2])
_CUES = (("closing", _cue_regex(CLOSING)), ("opening", _cue_regex(OPENING)), ("other", _cue_regex(OTHER)))


def _month_number(name: str) -> int | None:
    return _MONTHS.get(name) or _ABBREVIATIONS.get(name)


def _numeric_order(folded: str, language: str) -> bool:
    """Whether the page writes numeric dates day first: what its unambiguous ones show (24/03/2027, 03/24/2027),
    else its language's habit (month first in English only)."""
    for m in _PATTERNS[3][1].finditer(folded):
        a, b = int(m.group("a")), int(m.group("b"))
        if a > 12 >= b:
            return True
        if b > 12 >= a:
            return False
    if language == "en":  # British, European and most other English writes the day first; the US does not
        return bool(_DAY_FIRST_ENGLISH.search(folded)) and not _US_ENGLISH.search(folded)
    return True


_DAY_FIRST_ENGLISH = re.compile(r"£|€|\b(?:gbp|eur|euros?|gmt|bst|cet|cest|brussels|european|eu|uk|united kingdom|"
                                r"britain|british|australia|new zealand|india|south africa|kenya|nigeria)\b")
_US_ENGLISH = re.compile(r"\b(?:u\.s\.|usa|united states|usaid|grants\.gov|et|est|edt|pt|pst|pdt|ct|cst|cdt)\b"
                         r"|(?<![a-z])\$")


def _spans(folded: str, language: str) -> list[DateMention]:
    """Every full date in the folded text (day, month and year), in order, before any cue is read."""
    day_first = _numeric_order(folded, language)
    mentions: dict[int, DateMention] = {}
    for rule, pattern in _PATTERNS:
        for m in pattern.finditer(folded):
            if any(d.start <= m.start() < d.end for d in mentions.values()):  # already read by an earlier rule
                continue
            day = _read(m, rule, folded, day_first)
            if day:
                mentions[m.start()] = DateMention(m.start(), m.end(), day, rule)
    return sorted(mentions.values(), key=lambda d: d.start)


def days_in(text: str, language: str = "es") -> list[date]:
    """The day of every full date in the text, without reading cues: the whole page's dates only give a year."""
    return [d.day for d in _spans(folded_same_length(text), language)]


def find_dates(text: str, language: str = "es") -> list[DateMention]:
    """Every full date in the text (day, month and year), in order, with its nearest cue."""
    folded = folded_same_length(text)
    found: list[DateMention] = []
    ordered = _spans(folded, language)
    opens_range = False
    listings = other_listings(folded)
    for i, mention in enumerate(ordered):
        if any(a <= mention.start < b for a, b in listings):  # "Other opportunities: - Fund X, deadline …"
            found.append(DateMention(mention.start, mention.end, mention.day, mention.rule, "other",
                                     "lista de otras convocatorias", 0.0))
            opens_range = False
            continue
        kind, cue, weight = _row_label_cue(folded, mention) or _nearest_cue(folded, mention.start)
        if (kind is None or kind == "closing" and weight < 0.5) and _LATEST_AFTER.match(folded, mention.end):
            kind, cue, weight = "closing", "a más tardar (después de la fecha)", 0.9
        if kind == "closing" and weight < 1.2 and _SUPERSEDED_AFTER.match(folded, mention.end):
            kind, cue, weight = "other", "ampliado después", 0.0
        if kind == "closing" and weight < 1.2 and _CLOSED_PARTICIPLE.search(text, max(0, mention.start - 40),
                                                                            mention.start):
            kind, cue, weight = "other", "pasado", 0.0  # "l'appel à projets clôturé le 15 juin 2026"
        if kind == "closing" and weight < 1.2 and closed_status_before(text, mention.start):
            kind, cue, weight = "other", "convocatoria cerrada", 0.0
        first = _range_start(folded, mention)
        if first and cue == "rango de postulación":  # "Inscrições: de 5 a 26 de abril": the period's end
            weight = 0.9
        if kind == "opening" and (first or opens_range) and cue not in _NOT_A_WINDOW:
            # "open from 1 February to 31 March 2027": the end of the open window closes
            kind, cue, weight = "closing", f"fin del periodo «{cue}»", 0.8
        following = ordered[i + 1] if i + 1 < len(ordered) else None
        opens_range = bool(following and following.day > mention.day
                           and _RANGE_TO.match(folded[mention.end:following.start]))
        if opens_range:
            kind, cue, weight = "opening", "inicio de un rango", 0.0  # "1/02/2027 – 15/03/2027": the end closes
        found.append(DateMention(mention.start, mention.end, mention.day, mention.rule, kind, cue, weight, first))
    return found


# "l'appel à projets clôturé le 15 juin 2026": the participle (é) tells a closing past, the noun ("Clôture le 15 juin")
# one ahead; folded text cannot tell them apart, so the original is read
# ("appel clos le 13 septembre 2026", "dépôt fermé le …": "clos" and "fermé" are participles too, read only before
# "le"/"depuis" so that English "close"/"closes" stays a closing cue)
_CLOSED_PARTICIPLE = re.compile(r"(?i)(?<![^\W\d_])(?:clôturée?s?\s+(?:depuis\s+)?(?:le\s+|au\s+|en\s+)?|"
                                r"(?:clos|closes?|fermée?s?)\s+(?:depuis\s+)?le\s+)"
                                r"(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\s+)?$")
# "Cerrada · Inscripciones realizadas del 1 al 31 de agosto", "Fermé · Candidatures closes depuis le 15 octobre",
# "Clôturé le 15 novembre 2026": a listed call's line that opens with its closed status; its dates are past
_CLOSED_STATUS = re.compile(r"(?i)[\s|•*·-]*(?:(?:estado|status|statut|situação|situacao)\s*:\s*)?(?:convocatoria\s+|call\s+|"
                            r"appel\s+|chamada\s+|edital\s+)?(?:cerrad[oa]s?|finalizad[oa]s?|vencid[oa]s?|closed|fermée?s?|"
                            r"clôturée?s?|clos|encerrad[oa]s?|fechad[oa]s?)(?![\w'-])")


def closed_status_before(text: str, start: int) -> bool:
    """Whether the line a date stands on opens with a closed status ("Cerrada ·", "Closed:", "Clôturé le"); read in the
    original text, where the participle "clôturé" is not the noun "clôture"."""
    return bool(_CLOSED_STATUS.match(text, text.rfind("\n", 0, start) + 1))


# A heading that opens a list of other calls (a sidebar the main text kept): their dates are not this page's.
_OTHER_LISTING = re.compile(
    r"(?m)^(?P<lead>[\s|•*·-]*(?:menu\s+)?)(?:(?:other|more|related|similar|further)\s+(?:open\s+)?(?:opportunities|calls|"
    r"funding opportunities|grants|programmes|programs|news)|see also|you may also like|"
    r"(?:otras|mas)\s+(?:convocatorias|oportunidades)|convocatorias relacionadas|ver tambien|"
    r"autres\s+(?:appels(?: a projets| a candidatures)?|opportunites|actualites)|voir aussi|"
    r"(?:outros|mais)\s+(?:editais|chamadas)|outras\s+(?:oportunidades|chamadas|convocatorias)|veja tambem|"
    # news and calls listed beside the article: "Notícias relacionadas", "À lire aussi", "Oportunidades vigentes"
    r"(?:noticias|articulos|related|lecturas)\s+(?:relacionad[oa]s|news|articles)|leia tambem|lea tambien|"
    r"a lire aussi|lire aussi|a voir aussi|dans la meme rubrique|"
    r"(?:otras|outras|autres|other|mas|more)\s+(?:ofertas|offres|offers|cursos|courses|formations|formaciones|"
    r"becas|bolsas|premios|prizes|prix|premios|awards|fellowships)|"
    r"(?:derniers appels|ultimas convocatorias|latest calls|ultimos editais|ultimas chamadas)|"
    # a site's headlines: "À la une", "Dernières actualités", "Latest news", "Últimas noticias", "Destaques"
    r"(?:a la une|dernieres actualites|dernieres nouvelles|latest news|recent news|ultimas noticias|"
    r"ultimas novedades|noticias recientes|ultimas noticias|destaques|em destaque|destacados|featured|highlights)"
    r"(?=\s*$)|"
    r"(?:oportunidades|convocatorias)\s+(?:vigentes|abiertas|abertas)|(?:editais|chamadas)\s+abert[oa]s|"
    r"(?:current|open)\s+(?:opportunities|calls)|appels\s+(?:en cours|ouverts)|"
    r"(?:upcoming|proximos eventos|prochains evenements|a venir|agenda)(?=\s*$))"
    r"(?P<tail>\s*(?:\||:)|\s*$|\s+(?=[a-z0-9]))")


_PARAGRAPH = re.compile(r"[^\n]{100}")


def other_listings(folded: str) -> list[tuple[int, int]]:
    """Stretches that list other calls: the rest of the heading's line, and the list under it (its '- ' items
    and the line right after each; or, unbulleted, its short lines up to a paragraph or a blank line)."""
    spans = []
    for m in _OTHER_LISTING.finditer(folded):
        end = folded.find("\n", m.end())
        end = len(folded) if end < 0 else end
        if re.sub(r"[\W_]", "", folded[m.end():end]):
            # "Menu Otras convocatorias Campus … hasta el 15 de enero de 2027 |", "Other calls: …"; not a sentence
            # that starts with the words ("Other calls will open in 2028. Deadline: …")
            if "menu" in m.group("lead") or "|" in m.group("lead") or ":" in m.group("tail"):
                spans.append((m.start(), end))
                continue
            if end - m.start() > 60 or re.search(r"[.!?]", folded[m.end():end]):
                continue
            # a short heading line ("Otras ofertas de la Academia"): the list under it
        item, bullets = False, None
        for _ in range(8):
            if end >= len(folded):
                break
            nxt = folded.find("\n", end + 1)
            nxt = len(folded) if nxt < 0 else nxt
            line = folded[end + 1:nxt].strip()
            bullets = line.startswith(("-", "•", "*", "·")) if bullets is None else bullets
            if not bullets and not _PARAGRAPH.search(folded, 0, m.start()):
                break  # unbulleted short lines before any paragraph may be the call's own header
            if bullets and line.startswith(("-", "•", "*", "·")):
                item = True
            elif bullets and item and line:
                item = False
            elif bullets or not line or len(line) > 100 or line.endswith("."):
                break  # the list's end: a paragraph, a blank line, a line that is no item
            end = nxt
        spans.append((m.start(), end))
    return spans


# The state a list's entry gives its call: a word alone on its line or after a status label ("Abierta", "Status: Closed",
# "Próximamente"), or a phrase of the entry ("Expected to open in March 2027", "Inscrições permanentes")
_STATE_WORDS = {
    "open": r"abiert[oa]s?|open|abert[oa]s?|ouvert(?:e|s|es)?|en curso|vigentes?|ongoing|em andamento",
    "closed": r"cerrad[oa]s?|closed|encerrad[oa]s?|fechad[oa]s?|clos(?:e|es)?|cloturee?s?|fermee?s?|finalizad[oa]s?|"
              r"vencid[oa]s?|terminee?s?|"
              # applications closed, the entries under review: "Em julgamento", "En evaluación", "Under review"
              r"em julgamento|em avaliacao|em analise|en evaluacion|en revision|under review|en cours d'evaluation",
    "upcoming": r"proximamente|upcoming|coming soon|em breve|a venir|prochainement|forthcoming|previst[oa]s?|"
                r"prevue?s?|planned|planificad[oa]s?",
}
_STATE_LINE = [(state, re.compile(r"^[\s|•*·-]*(?:(?:estado|status|statut|etat|situacao|situacion)\s*:\s*)?"
                                  rf"(?:{words})[\s|.]*$")) for state, words in _STATE_WORDS.items()]
_STATE_PHRASES = (
    ("upcoming", re.compile(r"\b(?:expected to open|will open in|opens? in (?:early |late )?(?:january|february|march|"
                            r"april|may|june|july|august|september|october|november|december|20\d\d)|"
                            r"(?:apertura|abertura|ouverture|lanzamiento|lancamento|lancement|launch|convocatoria|"
                            r"turma|chamada|edicion|edicao) (?:\w+ )?"
                            r"(?:previst[oa]|prevue?)|nova turma|nueva convocatoria en)\b")),
    ("permanent", re.compile(r"\b(?:(?:inscricoes|inscripciones|postulaciones|candidaturas|candidatures|applications|"
                             r"convocatoria|chamada|appel) (?:\w+ )?permanentes?|on a rolling basis|rolling|"
                             r"au fil de l'eau|tout au long de l'annee|fluxo continuo|ventanilla abierta|year-round)\b")),
)
_ENTRY_CHARS = 200  # an entry's line: no paragraph
# the same call's other editions ("Edición 2026: cerró el …", "Prochaine édition : ouverture prévue …"), not other calls
_OTHER_EDITION = re.compile(r"\b(?:edicion|ediciones|edicao|edicoes|editions?|rounds?|ronda|ciclo|cycle|previous|anterior|"
                            r"precedente|next|proxima|prochaine|siguiente|last year|ano pasado|an dernier|"
                            # one call's stages, lots and windows, each with its own date
                            r"stages?|etapas?|fases?|phases?|lots?|lotes?|windows?|ventanas?|janelas?|tranches?|"
                            r"modalidad(?:es)?|modalidades?|categor(?:y|ies|ia|ias|ie|ies))\b")


def _entry_line(line: str) -> bool:
    """A short line that may be one entry of a list: no paragraph, question or sentence, no other edition or stage."""
    stripped = line.strip()
    return bool(stripped) and len(stripped) <= _ENTRY_CHARS and not re.search(r"[a-z]{3}\.$|\?", stripped) \
        and not _OTHER_EDITION.search(stripped)


def entry_states(text: str, mentions: list[DateMention]) -> list[set[str]]:
    """The states (open, closed, upcoming, permanent) each short line of the text gives a call: a status word, a
    phrase, a closing-cued date (open) or a date told as closed. Sentences ending in a full stop are prose, no entry."""
    folded = folded_same_length(text)
    out = []
    at = 0
    for line in folded.split("\n"):
        start, at = at, at + len(line) + 1
        if not _entry_line(line):
            continue
        cells = line.split("|") if line.count("|") >= 2 else [line]  # a table row: each cell may be the state
        states = {state for state, pattern in _STATE_LINE for cell in cells if pattern.match(cell)}
        states |= {state for state, pattern in _STATE_PHRASES if pattern.search(line)}
        for d in mentions:
            if start <= d.start < at:
                if d.cue_kind == "closing" and d.weight >= 0.5:
                    states.add("open")
                elif d.cue == "pasado":
                    states.add("closed")
        if states:
            out.append(states)
    return out


def lists_calls(text: str, mentions: list[DateMention], title: str = "") -> bool:
    """A page whose entries give calls in three different states (one open, one closed, one upcoming or permanent),
    or two status lines with different values, or a page titled as a list of calls ("Convocatorias abiertas",
    "Funding opportunities") whose entries close on different days, lists several calls: no one date on it is the
    page's deadline."""
    entries = entry_states(text, mentions)
    if len(entries) >= 3 and len(set().union(*entries)) >= 3:
        return True
    folded = folded_same_length(text)
    statuses = {m.group(1).strip() for m in _STATUS_VALUE.finditer(folded)}
    if len(statuses) >= 2:
        return True
    if not _LIST_TITLE.match(folded_same_length(title).strip()):
        return False
    lines = folded.split("\n")
    starts = [0]
    for line in lines:
        starts.append(starts[-1] + len(line) + 1)
    closing_days = set()
    for d in mentions:
        if d.cue_kind == "closing" and d.weight >= 0.5:
            i = max(k for k, at in enumerate(starts) if at <= d.start)
            if i < len(lines) and _entry_line(lines[i]):
                closing_days.add(d.day)
    return len(closing_days) >= 2


# a title that names a list of calls, courses or opportunities, not one call: "Convocatorias abiertas", "Tous nos appels
# à projets", "Catálogo de cursos", "Funding opportunities", "Oportunidades para municipios"
_LIST_TITLE = re.compile(
    r"^(?:(?:todas las|all|our|nuestras|nos|tous nos|toutes nos|nossas|nossos|todos os|todas as|lista de|listado de|"
    r"catalogo de|catalog of|catalogue (?:de|des)|current|open|latest|ultimas|dernieres)\s+)?"
    r"(?:convocatorias|calls(?: for \w+)?|opportunities|funding opportunities|oportunidades|appels(?: a projets| a candidatures)?|"
    r"editais|chamadas|cursos|courses|formations|becas|scholarships|grants|programas|programmes|programs|premios|prizes|"
    r"bolsas)(?:\s+(?:abiertas|abertas|abertos|vigentes|open|current|en cours|ouverts|disponibles|disponiveis|"
    r"(?:para|for|de|pour|and|y|e|et|do|da)\s+[a-z ]{1,40}))?$")


_STATUS_VALUE = re.compile(r"(?m)^[\s|•*·-]*(?:estado|status|statut|situacao|situacion)\s*:\s*([a-z][a-z ]{2,20}?)\s*$")


# "le vendredi 19 mars 2027 à 17h00 GMT au plus tard", "by 15 March 2027 at the latest": the cue after the date
_LATEST_AFTER = re.compile(r"[^.;\n]{0,45}?\b(?:au plus tard|at the latest|a mas tardar|como maximo|no mais tardar|"
                           r"o mais tardar|ao mais tardar)\b")
# "finalizará el 15 de febrero de 2027. (Plazo ampliado: véase el aviso)": a date the page says was extended since
_SUPERSEDED_AFTER = re.compile(r"\W{0,6}(?:plazo ampliado|plazo prorrogado|ampliad[oa]|prorrogad[oa]|deadline extended|"
                               r"extended|prolongee?|reportee?|prazo prorrogado)\b")
_NOT_A_WINDOW = {"launch", "lancement", "starting", "a partir del", "a partir de", "a partir du", "desde el"}
# "1/02/2027 – 15/03/2027", "2026.12.01 (Tue) 09:00 ~ 2027.02.26": the words (and a weekday and hour) between two dates
_RANGE_TO = re.compile(r"^\s*(?:\(\w{2,9}\)\s*)?(?:[0-2]?\d[:h][0-5]\d\s*(?:\([a-z]{2,5}\)\s*)?)?"
                       r"(?:–|-|—|~|al|a|to|until|through|hasta|hasta el|ate|ao|au|jusqu'au)\s*(?:el\s+|le\s+|o\s+)?$")


def _row_label_cue(folded: str, mention: DateMention) -> tuple[str | None, str, float] | None:
    """A date that opens its row ('| 15/03/2027 | Cierre de la convocatoria |') takes its cue from the row's label."""
    line_start = folded.rfind("\n", 0, mention.start) + 1
    if re.sub(rf"[\W_]|{_WEEKDAY}", "", folded[line_start:mention.start]):  # "- Lundi 15 mars 2027, 12h00 : …"
        return None
    line_end = folded.find("\n", mention.end)
    rest = folded[mention.end:line_end if line_end >= 0 else len(folded)]
    if not rest.strip(" |") and line_end >= 0:
        # a timeline's step: the date alone on its line, its label on the next, after the previous step's sentence
        above = folded[folded.rfind("\n", 0, max(0, line_start - 1)) + 1:max(0, line_start - 1)].strip()
        if not above or above.endswith((".", "!", "?")):
            next_end = folded.find("\n", line_end + 1)
            rest = folded[line_end + 1:next_end if next_end >= 0 else len(folded)]
    label = re.split(r"[.;]\s", rest)[0].rstrip(" |")
    if len(re.sub(r"[\W\d_]", "", label)) < 3 or not any(p.search(label) for _, p in _CUES):
        return None
    return _nearest_cue(label + " ", len(label) + 1)


def _read(m: re.Match[str], rule: str, folded: str, day_first: bool) -> date | None:
    try:
        if rule == "numérica":
            a, b, year = int(m.group("a")), int(m.group("b")), int(m.group("year"))
            dotted = "." in folded[m.start():m.end()]  # 10.04.2027 is day-first everywhere
            day, month = (b, a) if (not day_first and not dotted and a <= 12) or b > 12 else (a, b)
            return date(year, month, day)
        if rule == "iso":
            return date(int(m.group("year")), int(m.group("mon")), int(m.group("day")))
        month = _month_number(m.group("mon"))
        return date(int(m.group("year")), month, int(m.group("day"))) if month else None
    except ValueError:
        return None


_MONTH_WORD = re.compile(rf"\b(?:{_MONTH_NAMES})\b")  # "- de 30 de novembro de 2026 a …": a range's first date
_RANGE_WORDS = re.compile(r"\b(?:de|del|desde|from|du|a|al|to|au|ate|hasta|entre|between|mon|tue|wed|thu|fri|sat|"
                          r"sun)\b")
_RANGE_END = re.compile(r"(?:\b(?:al|a|to|until|through|till|ate|au|jusqu'au|hasta)|[–—~-])\s*$")
# A sentence ends at '. ', '; ' or a line break, but not after an initial or 'p.m.', 'a.m.', 'no.'
_SENTENCE_END = re.compile(r"(?<!\b[a-z])(?<!\bno)[.;]\s|\n\s?")


def _nearest_cue(folded: str, start: int) -> tuple[str | None, str, float]:
    """The cue word closest before the date (within the window); a closer unrelated cue wins over a closing one."""
    window = folded[max(0, start - _WINDOW):start]
    lines = window.split("\n")
    # the date's own line; the line above too when the date starts its line (a label above, a table cell)
    # ("Inscrições\nDe 10/01 a 05/02/2027": a range under its label counts as starting its line)
    label_above = len(re.sub(r"[\W\d_]", "", _RANGE_WORDS.sub("", _MONTH_WORD.sub("", lines[-1])))) < 3
    window = "\n".join(lines[-2:]) if label_above else lines[-1]
    best: tuple[int, str, str] | None = None
    hits = []
    for kind, pattern in _CUES:
        for m in pattern.finditer(window):
            hits.append((m.end(), kind, m.group(1)))
            if best is None or m.end() > best[0] or (m.end() == best[0] and kind != "other"):
                best = (m.end(), kind, m.group(1))
    sentence = _SENTENCE_END.split(window)[-1]
    past = max((m.end() for m in PAST.finditer(sentence)), default=-1)
    if past >= 0:
        offset = len(window) - len(sentence)
        later = [(e - len(c) - offset, c) for e, k, c in hits if k == "closing" and e - len(c) - offset >= past]
        if not any(CLOSING[c] >= 1.2 or _CLAUSE.search(sentence, past, start) for start, c in later):
            return "other", "pasado", 0.0  # a past edition's or a superseded date
    if best is None:
        ranged = _RANGE_END.search(sentence)
        if _APPLY_WORDS.search(window if label_above and ranged else sentence):
            # "postulaciones del 1 al 15 de marzo": the range's end closes; a byline date on its own line under a
            # call's title stays below the bar
            starts_line = len(re.sub(r"[\W\d_]", "", lines[-1])) < 3
            return "closing", "rango de postulación", 0.45 if starts_line and not ranged else 0.5
        return None, "", 0.0
    end, kind, cue = best
    distance = len(window) - end
    if distance >= 40 and _CLOCK_BEFORE.search(window[end:]):
        distance = 0  # "hasta las 23:59 horas de Chile continental (GMT-3) del domingo 14 de marzo": the hour stands between
    weights = CLOSING if kind == "closing" else OPENING if kind == "opening" else {}
    if kind == "closing":  # "Prazo de candidatura: até …": the strongest closing cue since the last other cue
        last_other = max((e for e, k, _ in hits if k != "closing"), default=-1)
        cue = max((c for e, k, c in hits if k == "closing" and e > last_other), key=lambda c: CLOSING[c])
    weight = weights.get(cue, 0.0) * (1.0 if distance < 40 else 0.8)
    if kind == "closing":  # "Q&A deadline", "Webinar registration deadline": another event's closing date
        head = window[:end - len(best[2])]
        if any(k == "other" and _LABEL_GAP.match(head, e) for e, k, _ in hits):
            return "other", cue, 0.0
    # the whole sentence up to the cue, which may start before the window ("To take part, cities must register … by")
    whole = _SENTENCE_END.split(folded[max(0, start - 300):start - distance])[-1]
    if kind == "closing" and weight < 0.75 and _APPLY_WORDS.search(whole):
        weight = 0.85  # "Inscrições das propostas: de 15/02 até …", "applications accepted until …"
    if kind == "closing" and any(w in sentence for w in LATER_STAGE + TENTATIVE):
        return "other", cue, 0.0  # "30 septembre : date limite … pour les projets présélectionnés", "date limite indicative"
    if kind == "closing" and weight < 0.95:
        # a weak "hasta"/"until" inside a sentence about execution or an event is not a deadline, nor is
        # any but an explicit closing cue in a sentence on when the projects must end ("achevés avant le")
        # or on a later stage only the shortlisted reach ("full proposals (by invitation only) are due")
        if weight < 0.75 and any(word in sentence for word in OTHER) or _not_applying(sentence):
            return "other", cue, 0.0
    return kind, cue, weight


def _range_start(folded: str, mention: DateMention) -> date | None:
    """The first date of "del 1 de febrero al 15 de marzo de 2027", completed from the second."""
    m = _RANGE_START.search(folded[max(0, mention.start - 40):mention.start])
    if not m:
        return None
    month = _month_number(m.group("mon")) if m.group("mon") else mention.day.month
    try:
        first = date(mention.day.year, month or mention.day.month, int(m.group("day")))
    except ValueError:
        return None
    return first if first <= mention.day else None


_WEEKDAY = (r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|lunes|martes|miercoles|jueves|viernes|"
            r"sabado|domingo|segunda-feira|terca-feira|quarta-feira|quinta-feira|sexta-feira|lundi|mardi|"
            r"mercredi|jeudi|vendredi|samedi|dimanche)")
# "30 de abril de 2027 (sexta-feira), às 23h59": a weekday may stand between the date and its time
_CLOCK = re.compile(rf"^[\s,(–—|·-]*(?:\([^)\n]{{0,30}}\)[\s,]*)?(?:(?:{_WEEKDAY}|mon|tue|wed|thu|fri|sat|sun)\)?[\s,]*)?(?:(?:hasta\s+)?a\s+las|hasta\s+las|at|as|a|à|a\s+las|till|until|by|ate\s+as|ate|jusqu'a|"
                    # "le 15 février 2027, avant 16 h": the day's closing hour
                    r"avant|before|antes\s+de\s+las|antes\s+das)?\s*"
                    r"(?:(?P<word>midday|noon|mediodia|midi|meio-dia)|(?P<night>midnight|medianoche|minuit|meia-noite)|(?P<h>[0-2]?\d)(?:\s?[:h.]\s?(?P<m>[0-5]\d)(?![./-]\d))?"
                    r"(?::\d{2})?\s*(?P<suffix>hrs?\b|horas\b|h\b|am\b|pm\b)?)")
_CLOCK_BEFORE = re.compile(r"(?:(?<![\w:.])|(?:at|a las|as|a)\s+)(?P<clock>[0-2]?\d[:h][0-5]\d(?:\s*(?:am|pm)\b)?|"
                           r"[0-2]?\d\.[0-5]\d\s*(?:am|pm)\b|midnight|medianoche|minuit|meia-noite|midday|noon|midi|"
                           r"[0-2]?\d\s*(?:am|pm|h)\b)(?P<zone>(?:(?![0-2]?\d[:h][0-5]\d)[^\n]){0,45}?)"
                           r"(?:(?:\s+(?:on|el|le|du|em|del|of|de|do dia|del dia|el dia|le jour du|on the)|,)"
                           rf"(?:\s+{_WEEKDAY},?)?|\s+{_WEEKDAY},?)\s*$")  # "closes at 5pm Friday 19 March 2027"


_ROW_CLOCK = re.compile(r"\b(?:a las|hasta las|at|as|ate as|a|jusqu'a|by|before|antes de las)\s+(?=[0-2]?\d(?:\s?[:h.]\s?[0-5]\d|\s*(?:am|pm)\b)|"
                        r"midday|noon|mediodia|midi|meio-dia|midnight|medianoche|minuit|meia-noite)")


def _read_clock(rest: str) -> tuple[int, int] | None:
    """'17:00', '5:00 pm', '18h', '16h00', 'midday' → (hour, minute); a bare number is not a time."""
    m = _CLOCK.match(rest)
    if not m:
        return None
    if m.group("word"):
        return 12, 0
    if m.group("night"):  # "by midnight on 15 April" ends that day, not the one before
        return 23, 59
    hour, minute, suffix = int(m.group("h")), int(m.group("m") or 0), m.group("suffix") or ""
    if m.group("m") is None and not suffix:
        return None
    if suffix == "pm" and hour < 12:
        hour += 12
    elif suffix == "am" and hour == 12:
        hour = 0
    return (hour, minute) if hour <= 23 else None


_ISO_TIME = re.compile(r"t(?P<h>[01]\d|2[0-3]):(?P<m>[0-5]\d)(?::\d{2}(?:\.\d+)?)?(?:(?P<z>z)|(?P<off>[+-]\d{2}:?\d{2}))?")


def time_and_zone(text: str, start: int, end: int) -> tuple[tuple[int, int] | None, tzinfo | None, str]:
    """The clock time and zone written right after a date ('17:00 (hora de Bogotá)', '12:00 CET') or just before it."""
    def tidy(chunk: str) -> str:  # "11:30 a.m. U.S. Pacific Time": no sentence ends inside
        chunk = re.sub(r"\b([ap])\.?\s?m\b\.?", r"\1m", folded_same_length(chunk))
        return re.sub(r"\bu\.\s?s\.", "us", chunk)

    lines = tidy(text[end:end + 160]).split("\n")
    rest = lines[0]
    if not rest.strip(" ,;–-") and len(lines) > 1:  # "01.02.2027,\n   12:00 (hora de\n   Bogotá)": hard-wrapped text
        rest = rest + " " + " ".join(line.strip() for line in lines[1:3])
    iso = _ISO_TIME.match(rest)
    if iso:  # 2027-05-15T17:00:00Z, 2027-05-15T17:00:00+02:00
        zone = zone_named(f"utc{iso.group('off')}") if iso.group("off") else ZoneInfo("UTC") if iso.group("z") else None
        return (int(iso.group("h")), int(iso.group("m"))), zone, rest.strip()
    clock = _read_clock(rest)
    if clock is None:  # "close at 12:00 (midday) GMT on 7 October 2026"
        above = tidy(text[max(0, start - 90):start]).split("\n")
        line = above[-1].rsplit("|", 1)[-1]  # not from the table's previous cell
        if "|" not in above[-1] and len(above) > 1 and not above[-2].rstrip().endswith((".", ":", ";", "!", "?")):
            line = f"{above[-2]} {line}"  # "até as\n23h59 (horário de Brasília) do dia 12/04/2027"
        before = _CLOCK_BEFORE.search(line)
        if before:
            clock = _read_clock(" " + before.group("clock"))
            rest = before.group("clock") + before.group("zone") + " " + rest
    line_start = text.rfind("\n", 0, start) + 1
    cell_start = max(line_start, text.rfind("|", line_start, start) + 1)
    if clock is None and not re.sub(r"[\s•*·|-]", "", text[cell_start:start]):
        # "- 4 de febrero de 2027 Cierre de postulaciones, a las 11:59 p.m. (EST)": a row's (or a cell's) time after
        # its label
        later = _ROW_CLOCK.search(rest)
        if later:
            clock = _read_clock(rest[later.start():])
            rest = rest[later.start():]
    # the date's own sentence ("23:59 hrs. (…)", "12:00 m. (hora de Colombia)": "m." is noon, not a sentence's end)
    zone_text = re.split(r"(?<!\bhrs)(?<!\bhs)(?<!\bh)(?<!\d\sm)(?<!\dm)\.\s", rest)[0][:60]
    return clock, zone_named(zone_text), rest.strip()


# "Todas las horas corresponden a la hora legal colombiana (UTC-5)", "All times are Central European Time"
# (and the hour: "all times on this page are 11:59 PM Eastern Time", "todos los plazos vencen a las 18:00 horas (UTC-3)")
_ZONE_NOTE = re.compile(r"\b(?:all|todas las|todos los|toutes les|todas as|todos os)\s+(?:the\s+)?(?:times|hours|horas|heures|"
                        r"horarios|deadlines|plazos|prazos|delais|dates limites|fechas limite)\b[^.\n]{0,90}")
_NOTE_CLOCK = re.compile(r"\b(?:[0-2]?\d[:h.][0-5]\d(?:\s*[ap]m)?|[0-2]?\d\s*[ap]m|midnight|noon|medianoche|mediodia|minuit|midi)\b")
# "submitted no later than 11:59 PM Eastern Time (ET) on the listed application due date"
_DUE_NOTE = re.compile(r"\b(?:no later than|by|before|antes de las|hasta las|ate as|avant)\s+(?P<clock>[0-2]?\d[:h.][0-5]\d"
                       r"(?:\s*[ap]m)?|[0-2]?\d\s*[ap]m|midnight|noon)(?P<zone>[^.\n]{0,100}?)\s+(?:(?:on|el|le|no|do)\s+"
                       r"(?:the\s+)?(?:listed\s+)?(?:application\s+)?(?:due|closing|close|deadline)\s+date|(?:da|do|del|de la|"
                       r"du|de)\s+(?:data limite|fecha limite|date limite|data de encerramento|fecha de cierre|date de cloture))")


def page_time_note(text: str) -> tuple[tuple[int, int] | None, tzinfo | None]:
    """The hour and zone a page states once for its dates: for the due date, or for all its times."""
    folded = re.sub(r"\b([ap])\.?\s?m\b\.?", r"\1m", folded_same_length(text))
    due = _DUE_NOTE.search(folded)
    if due:
        return _read_clock(" " + due.group("clock")), zone_named(due.group("zone"))
    note = _ZONE_NOTE.search(folded)
    if not note:
        return None, None
    clock = _NOTE_CLOCK.search(note.group(0))
    return (_read_clock(" " + clock.group(0)) if clock else None), zone_named(note.group(0))


def as_iso(day: date, clock: tuple[int, int] | None, zone: tzinfo | None) -> str:
    """A date alone, or the local time with its UTC offset when the page states a zone."""
    if clock is None:
        return day.isoformat()
    moment = datetime(day.year, day.month, day.day, clock[0], clock[1])
    if zone is not None:
        moment = moment.replace(tzinfo=zone)
        return moment.isoformat()
    return moment.isoformat(timespec="minutes")


def _zone_name(zone: tzinfo | None, day: date) -> str | None:
    if zone is None:
        return None
    if isinstance(zone, ZoneInfo):
        return zone.key
    offset = zone.utcoffset(datetime(day.year, day.month, day.day)) or timedelta(0)
    return str(timezone(offset))


# "hasta el próximo 30 de septiembre": a day and month with no year, read only after a closing cue.
_DAY_MONTH = re.compile(rf"\b{_DAY}\s*(?:de\s+|of\s+)?{_M}(?![a-z])(?!\s*,?\s*(?:de\s+|del\s+)?\d(?!\d?[:h]\d))")
_MONTH_DAY = re.compile(rf"\b{_M}(?<![a-z]\.)\s+{_DAY}\b(?!\s*,?\s*\d)")


# a year-less day told as gone by: "el pasado 6 de noviembre", "no passado dia 6 de novembro", "last 6 November",
# "le 6 novembre dernier", "el 6 de noviembre pasado"
_PAST_DAY_BEFORE = re.compile(r"\b(?:pasado|passado|last)\s+(?:dia\s+)?$")
_PAST_DAY_AFTER = re.compile(r"(?:\s+de\s+20\d\d)?\s+(?:pasado|passado|dernier|last)\b")


PUBLICATION_CUES = {"publicad", "publicacion", "published", "posted", "publie", "publicado", "actualiza", "updated",
                     "mis a jour", "atualiza"}


def yearless_closing(text: str, mentions: list[DateMention], page_date: date | None = None) -> DateMention | None:
    """A closing date written without its year, placed in the year of the page's own dates (never before them)."""
    known = [d.day for d in mentions] + ([page_date] if page_date else [])
    if not known:
        return None  # no dated context on the page: the year would be a guess
    folded = folded_same_length(text)
    # the next such day after the page's publication when it gives one (course dates may run later), else its dates
    published = [d.day for d in mentions if d.cue in PUBLICATION_CUES]
    latest = max(published) if published else max(known)
    best = None
    listings = other_listings(folded)
    for pattern in (_DAY_MONTH, _MONTH_DAY):
        for m in pattern.finditer(folded):
            if any(a <= m.start() < b for a, b in listings):
                continue
            month = _month_number(m.group("mon"))
            if not month or m.group("mon") in ("mar", "may", "set", "out", "dec") and len(m.group("mon")) < 4:
                continue
            if _PAST_DAY_BEFORE.search(folded, max(0, m.start() - 20), m.start()) or _PAST_DAY_AFTER.match(folded, m.end()):
                continue  # "celebrado el pasado 6 de noviembre": a day gone by, never next year's deadline
            kind, cue, weight = _nearest_cue(folded, m.start())
            if kind != "closing" or weight < 0.6:
                continue
            # "O prazo terminou em 20/01/2027. Missão realizada de 8 a 13 de fevereiro.": a year-less day reads as the
            # deadline only with its closing cue in its own sentence, not the one before
            pieces = _SENTENCE_END.split(folded[max(0, m.start() - _WINDOW):m.start()])
            own = pieces[-1] if re.search(r"[a-z]{3}", pieces[-1]) or len(pieces) < 2 else " ".join(pieces[-2:])
            if cue not in own:  # (a date that starts its line takes the label above: "Fecha límite\n30 de abril")
                continue
            try:
                day = date(latest.year, month, int(m.group("day")))
            except ValueError:
                continue
            if day < latest:
                day = day.replace(year=latest.year + 1)
            if best is None or weight > best.weight:
                best = DateMention(m.start(), m.end(), day, "sin-año (año de las fechas de la página)", kind, cue,
                                   weight * 0.8)
    return best


# "el plazo … será de CUARENTA Y CINCO (45) DÍAS NATURALES contados a partir del día siguiente al de la publicación",
# "within 30 calendar days of publication": a deadline counted from a publication date the page gives. Business days
# (hábiles, úteis, ouvrés) need a holiday calendar, and Spanish "días" alone are business days: those stay unread.
_NUMBER_WORDS = {"diez": 10, "quince": 15, "veinte": 20, "treinta": 30, "cuarenta": 40, "cuarenta y cinco": 45,
                 "sesenta": 60, "noventa": 90, "dez": 10, "quinze": 15, "vinte": 20, "trinta": 30, "quarenta": 40,
                 "quarenta e cinco": 45, "sessenta": 60, "noventa": 90, "ten": 10, "fifteen": 15, "twenty": 20,
                 "thirty": 30, "forty": 40, "forty-five": 45, "sixty": 60, "ninety": 90, "dix": 10, "quinze": 15,
                 "vingt": 20, "trente": 30, "quarante": 40, "quarante-cinq": 45, "soixante": 60, "quatre-vingt-dix": 90}
_N = alternation(_NUMBER_WORDS)
_RELATIVE = re.compile(r"\b(?:plazo|prazo|delai|deadline|period|periodo)\b[^.\n]{0,100}?(?:\(?(?P<n>\d{1,3})\)?|"
                       rf"\b(?P<word>{_N}))\s*(?:\([a-z\s-]+\)\s*)?"
                       r"(?:dias|days|jours)\s+(?P<kind>naturales|corridos|calendar|calendario|calendaires|consecutivos)"
                       r"[^.\n]{0,80}?\b(?:publicacion|publicacao|publication)[^.\n]{0,120}")
_PUBLISHED = re.compile(r"\b(?:se publico|publicad[oa]|publicacion|published|publie[e]?|publicou|publicacao)\b[^.\n]{0,80}$")


# "BOCYL n.º 12 — Lunes, 18 de enero de 2027", "BOE núm. 15, de 18 de enero de 2027": a bulletin's issue header,
# whose date is the publication a period "desde la publicación … en el Boletín Oficial" counts from
_ISSUE_LINE = re.compile(r"(?:^|\n)[^\n]{0,30}?\b(?:n\.?\s?o\.?|num\.?|numero|no\.|nr\.)\s*\d{1,4}\b[^.\n]{0,40}$")
_BULLETIN = re.compile(r"\b(?:boletin|bulletin|diario oficial|diario da republica|journal officiel|gaceta|gazette)\b")


def relative_deadline(text: str, mentions: list[DateMention]) -> Found | None:
    """The closing day of a period counted in calendar days from the day after a stated publication date."""
    folded = folded_same_length(text)
    period = _RELATIVE.search(folded)
    if not period:
        return None
    published = [m for m in mentions if _PUBLISHED.search(folded[max(0, m.start - 100):m.start])
                 or _BULLETIN.search(period.group(0)) and _ISSUE_LINE.search(folded[max(0, m.start - 100):m.start])]
    if not published:
        return None
    start = max(published, key=lambda m: m.day)
    days = int(period.group("n")) if period.group("n") else _NUMBER_WORDS[period.group("word")]
    day = start.day + timedelta(days=days)
    # "…, hasta las 17:00 hora de Bogotá (UTC-5) del último día"
    hour = _ROW_CLOCK.search(period.group(0))
    clock = _read_clock(period.group(0)[hour.start():]) if hour else None
    zone = zone_named(period.group(0)[hour.start():]) if clock else None
    return Found(as_iso(day, clock, zone), f"regla:plazo-relativo ({days} días desde la publicación del "
                 f"{start.day.isoformat()})", around(text, period.start(), period.end()), 0.7)


def _same_day_clocks(text: str, mentions: list[DateMention], best: DateMention,
                     clock: tuple[int, int] | None) -> list[tuple[tuple[int, int], tzinfo | None]]:
    """Hours (and zones) other closing or uncued mentions of the deadline's day give; the same hour when it has one."""
    return [(c, z) for other in mentions if other.day == best.day and other.start != best.start
            and other.cue_kind in ("closing", None)
            for c, z, _ in [time_and_zone(text, other.start, other.end)] if c and (clock is None or c == clock)]


def find_deadline(text: str, mentions: list[DateMention], page_date: date | None = None,
                  notes: str | None = None, language: str = "es") -> tuple[Found | None, Found | None]:
    """(deadline, its timezone) — the best-cued closing date; the earliest of equally cued ones. None when uncued."""
    closing = [d for d in mentions if d.cue_kind == "closing" and d.weight >= 0.5]
    if not closing:
        yearless = yearless_closing(text, mentions, page_date)
        if yearless is None:
            return relative_deadline(text, mentions), None
        closing = [yearless]
    best = max(closing, key=lambda d: (round(d.weight, 1), -d.start))
    if best.weight >= 1.2:  # a deadline extended twice: the latest extension is the one in force
        best = max((d for d in closing if d.weight >= 1.2), key=lambda d: (d.day, -d.start))
    clock, zone, _ = time_and_zone(text, best.start, best.end)
    if clock is None or zone is None:
        # a timetable row gives the day (and hour); a sentence elsewhere, or an update banner outside the main text,
        # may give the same day's hour and zone
        told = _same_day_clocks(text, mentions, best, clock)
        if not any(z for _, z in told) and notes and notes is not text:
            told += _same_day_clocks(notes, find_dates(notes, language), best, clock)
        if told:
            told_clock, told_zone = next(((c, z) for c, z in told if z), told[0])
            clock, zone = clock or told_clock, zone or told_zone
    if clock is None or zone is None:
        note_clock, note_zone = page_time_note(notes or text)  # `notes`: the whole page, boxes and footers too
        clock, zone = clock or note_clock, zone or (note_zone if clock or note_clock else None)
    value = as_iso(best.day, clock, zone)
    deadline = Found(value, f"regla:pista-de-cierre «{best.cue}» + fecha {best.rule}",
                     around(text, best.start, best.end), min(0.95, best.weight))
    zone_name = _zone_name(zone, best.day)
    tz = Found(zone_name, "regla:zona-horaria-escrita", around(text, best.end, best.end, 0, 60), 0.8) if zone_name else None
    return deadline, tz


def find_opening(text: str, mentions: list[DateMention]) -> Found | None:
    """The opening date: an opening-cued date, else the first date of the closing range ('del 1 al 15 de marzo')."""
    opening = [d for d in mentions if d.cue_kind == "opening" and d.weight >= 0.5]
    if opening:
        best = max(opening, key=lambda d: (round(d.weight, 1), -d.start))
        return Found(best.day.isoformat(), f"regla:pista-de-apertura «{best.cue}» + fecha {best.rule}",
                     around(text, best.start, best.end), min(0.9, best.weight))
    for d in mentions:
        if d.range_start and d.cue_kind in ("closing", None) and _applying_before(text, d.start, d.cue):
            return Found(d.range_start.isoformat(), "regla:rango-de-fechas (primera fecha)",
                         around(text, d.start, d.end), 0.7)
    return None


def _applying_before(text: str, start: int, cue: str) -> bool:
    """The sentence before a date names applying or closing ("las inscripciones se realizan de … a …", "Plazo: del …"):
    a range told without either is when a programme, course or meeting runs ("The programme will run from 17 to
    27 May"), not when applying opens."""
    lines = folded_same_length(text[:start]).split("\n")
    sentence = _SENTENCE_END.split(lines[-1])[-1]
    if len(lines) > 1 and len(re.sub(r"[\W\d_]", "", _RANGE_WORDS.sub("", _MONTH_WORD.sub("", sentence)))) < 3:
        sentence = f"{lines[-2]} {sentence}"  # "Plazo de presentación\nDel 11 de enero al …": the label above
    return bool(_APPLY_WORDS.search(sentence) or cue and cue in sentence)
