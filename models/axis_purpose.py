"""What an axis is for, beyond its own words: an axis to position the city abroad is served by prizes,
forums and international events, whatever their theme; an axis to bring resources or cooperation to the
city is served by any money or technical cooperation a bank, a multilateral body or an agency offers it.

A prize names its theme (urban innovation, heritage), rarely "positioning"; yet for an ORI whose axis is
to make the city known abroad, an international prize or forum is exactly that. Such axes get the words
of those kinds of calls as keywords of their own, so every scoring path (pair by pair, bulk, feature
index) treats them alike and the match explains itself with the word the call used. A call's funder type
is not in its words, so opportunity_text marks a cooperation funder's call with a token pair that the
resource axes take as a keyword (explained in Spanish as FUNDING_KEYWORD). Two held-out sets labelled
by other hands count those axes as clearly served by such calls; the development set less so.
"""
from __future__ import annotations

import hashlib
import re
from collections import namedtuple
from functools import lru_cache, wraps
from typing import Any, Callable

from models.colombia import DEPARTMENTS
from models.countries import country_names
from models.text import fold as _fold_text, stem_sequence

# Each call's title, summary and funder are read by several marks in turn (opportunity_text): fold each text once.
fold = lru_cache(maxsize=1024)(_fold_text)

# Stems of an axis's name or description that say it is about the city's standing abroad.
POSITIONING_STEMS = frozenset({"posici", "positi", "visibi"})
# Keywords such an axis implies (each folds its translations: premio = prize, award, prix, prêmio…).
POSITIONING_KEYWORDS = ("premio", "foro", "evento")
# An axis about offering the city's practices to the world is served by prizes for those practices, whatever their theme
# (a prize's jury and laureates' showcase are where a city's practice travels); fora are left to positioning axes.
OFFERING_KEYWORDS = ("premio",)


# Extra raw evidence a purpose keyword earns on such an axis (a word weighs 0.7; with this 1.0, a score of 0.49:
# alone just short of the threshold, alerted with any other sign of fit: a prize is what positioning is for.
PURPOSE_BONUS = 0.3


# Stems of the kinds of call an axis's purpose names: generic in most calls ("premio"), yet what such an axis seeks.
PURPOSE_KIND_STEMS = frozenset(s for k in (*POSITIONING_KEYWORDS, *OFFERING_KEYWORDS) for s in stem_sequence(k, drop_generic=False))


def purpose_stems(name: str, description: str | None) -> frozenset[str]:
    """Stems of the keywords an axis's purpose implies, which weigh as a phrase there."""
    return frozenset(s for k in implied_keywords(name, description) for s in stem_sequence(k, drop_generic=False))


def implied_keywords(name: str, description: str | None) -> tuple[str, ...]:
    """The keywords an axis implies by its purpose: positioning axes, then offering ones (none for most axes)."""
    stems = set(stem_sequence(f"{name}. {description or ''}", drop_generic=False))
    if stems & POSITIONING_STEMS:
        return POSITIONING_KEYWORDS
    return OFFERING_KEYWORDS if stems & OFFERING_TEXT_STEMS and not is_resource_axis(name) else ()


# An event by its length: "Floripa Innovation Week", "Semana de la Movilidad", "Semaine du climat" (not "uma semana",
# "two weeks": how long something lasts)
NAMED_WEEK = (r"(?<!\buna )(?<!\buma )(?<!\bune )(?<!\bone )(?<!\ba )(?<!\bum )(?<!\d )(?<!\bdos )(?<!\btwo )(?<!\bduas )"
              r"(?<!\btres )(?<!\bthree )(?<!\bdeux )(?<!\bfour )(?<!\bcada )(?<!\beach )(?<!\bper )(?<!\bpor )(?<!\bpar )"
              r"(?<!\bde )(?<!\bnext )(?<!\bthis )(?<!\besta )(?<!\bsemaine )(?:weeks?|semanas?|semaines?)")
# An axis whose name is about bringing resources or cooperation to the city (not offering its own).
RESOURCE_NAME_STEMS = frozenset({"recurs", "financ", "cooper"})
OFFERING_STEMS = frozenset({"ofrece", "offer", "ofrec"})
# Calls that bring money or technical cooperation: from a bank, a multilateral body, a cooperation agency or a
# foreign local government (decentralised cooperation: a Diputación's technical assistance to Latin American
# municipalities), and not a prize, a course, an event or a network (those serve other axes).
COOPERATION_FUNDER_TYPES = frozenset({"banks", "multilateral", "cooperation_agencies", "local_governments"})
NOT_FUNDING = re.compile(r"\b(?:premios?|prizes?|awards?|prix|curso|course|becas?|scholarships?|fellowships?|bolsas?|"
                         r"foro|forum|cumbre|summit|congres\w*|conference|evento|events?|webinar|network|membership|courses|"
                         # meetings of cities are events too ("Encuentro de Ciudades", "Encontro", "Rencontres")
                         r"encuentros?|encontros?|rencontres?|"
                         # and fairs: a stand or a guest-of-honour slot, not money
                         r"ferias?|feiras?|fairs?|trade shows?|"
                         # and a named week or a festival
                         f"{NAMED_WEEK}|festivals?|festivales|"
                         # recognitions and peer platforms bring no money either
                         r"accreditation|acreditacion|certification|certificacion|designation|designacion|sellos?|"
                         r"labels?|hubs?|peer learning|peer exchange|"
                         r"red de ciudades|formacion|training|capacitacion|adhesion|adesao|adhesao|"
                         # the same kinds in French and Portuguese, and the Spanish and Portuguese conference
                         r"cours|bourses?|sommet|cimeira|cupula|conferencias?|evenements?|webinaires?|reseaux?|"
                         r"redes? de (?:cidades|ciudades|governos locais)|formation|formacao|capacitacao|"
                         # teaching teachers is a course; hosting an event is an event
                         r"maestros|docentes|teachers|enseignants|professores|sede de|host cit(?:y|ies)|"
                         r"ville hote|cidade sede|anfitrion\w*)\b")
# Colombia's own national funders: their money is national, not international cooperation.
NATIONAL_FUNDERS = re.compile(r"\b(?:minciencias|procolombia|findeter|fontur|bancoldex|icetex|innpulsa|sena|mintic|"
                              r"departamento nacional de planeacion|dnp|gobierno de colombia|apc[- ]?colombia|agencia presidencial de cooperacion\w*|"
                              # a Spanish-named ministry or department government, not a foreign affairs ministry
                              r"ministerio (?:de|del) (?!asuntos exteriores|relaciones exteriores)|gobernacion (?:de|del)|"
                              # Colombia's metropolitan areas, royalties system and national bodies ("Unidad Nacional…")
                              r"area metropolitana (?:del valle de aburra|de barranquilla|de bucaramanga|centro occidente|"
                              r"de cucuta|de valledupar)|sistema general de regalias|financiera de desarrollo nacional|fdn|"
                              # Colombian city and department bodies: "Alcaldía Mayor de Bogotá", "Fondo Mixto … del Valle"
                              r"alcaldia (?:mayor |distrital |municipal )?de|secretaria distrital|corporacion autonoma regional|"
                              r"fondo mixto|instituto departamental|"
                              # national bodies whose names do not say "nacional"
                              r"(?:departamento (?:administrativo )?(?:para la )?)?prosperidad social|icbf|"
                              r"unidad para (?:la atencion y reparacion integral a )?las victimas|"
                              r"agencia de renovacion del territorio|colombia compra eficiente|"
                              # Colombia's national institutes and agencies known by their acronyms or own names
                              r"ideam|igac|icanh|dane|esap|ungrd|enterritorio|fonade|invias|aerocivil|cnmh|"
                              r"fondo colombia en paz|agencia para la reincorporacion y la normalizacion|"
                              r"instituto geografico agustin codazzi|instituto de hidrologia, meteorologia y estudios ambientales|"
                              r"centro nacional de memoria historica|parques nacionales naturales|superintendencia|"
                              r"(?:unidad|agencia|fondo|financiera|programa|departamento administrativo|instituto|servicio|consejo|empresa)"
                              r" nacional)\b")
# Those words name a foreign body too when its line names another country ("Ministerio de Cultura … de Corea", "Agencia
# Nacional de Investigación y Desarrollo (ANID), Chile"); Colombia's own bodies do not name a foreign country.


@lru_cache(maxsize=1)
def _foreign_country() -> re.Pattern[str]:
    """Any country's name but Colombia's, in es/en/pt/fr (models/countries.py), also by the head of an inverted name
    ("Corea" of "Corea, República de")."""
    names = {part for key, names in country_names().items() if key != "Colombia" for n in names
             for part in {n, n.split(",")[0]} if len(part) > 3}
    return re.compile(r"\b(?:" + "|".join(sorted(map(re.escape, names), key=len, reverse=True)) + r")\b")


# A donor named by its country's adjective or as the EU ("ABC — Agência Brasileira de Cooperação, com APC-Colombia",
# "APC-Colombia y Delegación de la Unión Europea"): foreign money, even beside the Colombian agency that channels it
# ("Germán" and "Alemán" are Colombian names too: the German donor by what follows, the feminine adjective alone)
FOREIGN_DONOR = re.compile(r"\b(?:brasileir[oa]|brasilen[oa]|brazilian|espanol[a]?|spanish|alemana|german(?= (?:federal|"
                           r"academic|government|cooperation|embassy|development|agency|ministry|foreign|institute))|japones[a]?|"
                           r"japanese|coreana?|korean|frances[a]?|french|italian[oa]?|italian|mexican[oa]|chilen[oa]|"
                           r"turca|turkish|chinese|indian|israeli|canadian|canadiense|estadounidense|norueg[oa]|norwegian|"
                           r"suec[oa]|swedish|suiz[oa]|swiss|holandes[a]?|dutch|neerlandes[a]?|britanic[oa]|british|"
                           r"union europea|european union|uniao europeia|union europeenne)\b")


def names_foreign_country(folded: str) -> bool:
    """Whether a folded funder line names a country other than Colombia, or a foreign donor by its adjective."""
    return bool(_foreign_country().search(folded) or FOREIGN_DONOR.search(folded))


# A body named after Colombia ("Artesanías de Colombia", "Ministerio del Deporte de Colombia", "Federación Colombiana de
# Municipios") or a caja de compensación familiar (a Colombian kind of body): Colombian, unless the line names a country
# office, mission or embassy of a foreign or international body ("UNFPA — Oficina de País en Colombia", "Plan
# International Colombia", "Fondo Mundial … Mecanismo de Coordinación de País de Colombia"), or a fund named for
# Colombia (donors' pooled funds: "OCHA — Fondo Humanitario de Colombia"; Colombia's own say "nacional").
COLOMBIAN_BODY = re.compile(r"\b(?:(?:de|del|de la) (?:republica de )?colombia|colombian[oa]s?|"
                            r"caja de compensacion familiar|cajas de compensacion)\b")
FOREIGN_BRANCH = re.compile(r"\b(?:oficinas?|office|mision|mission|embajada|embassy|embaixada|ambassade|delegacion|delegation|"
                            r"representacion|country|pais|naciones unidas|united nations|nations unies|onu|un|"
                            r"mundial|world|global|international|internacional|internationale|fondos?|funds?|fonds)\b")
# A call addressed to Colombia's territorial entities ("entidades territoriales", "municipios y distritos de Colombia",
# "alcaldías colombianas"): from a public body that names no foreign country, it is a Colombian national programme
# (Fondo Adaptación, Instituto Humboldt): a foreign city or ministry does not address Colombia's municipalities alone.
COLOMBIAN_AUDIENCE = re.compile(
    r"\b(?:entidades territoriales|entes territoriales)\b"
    r"|\b(?:municipios|distritos|alcaldias|gobernaciones|departamentos|ciudades|gobiernos locales|municipalities|cities|"
    r"local governments|municipalites|villes|collectivites|prefeituras|cidades|governos locais)\b[^.;:\n]{0,60}?"
    r"\b(?:de colombia|in colombia|of colombia|en colombie|de la colombie|da colombia|colombian[oa]s|colombiennes?)\b"
    r"|\bcolombian (?:municipalities|cities|local governments)\b")
COOPERATION_FRAMING = re.compile(r"\b(?:cooperacion (?:internacional|descentralizada|sur-sur|triangular)|"
                                 r"(?:international|decentrali[sz]ed|south-south) cooperation|"
                                 r"cooperation (?:internationale|decentralisee)|cooperacao (?:internacional|descentralizada)|"
                                 r"hermanamientos?|twinning|jumelages?)\b")
# A network's programme paid for by a foreign government's cooperation budget ("grâce à l'appui financier du
# gouvernement du Canada", "funded by the Government of Japan", "con el apoyo financiero del Gobierno de España");
# Colombia's own ("del Gobierno Nacional", "del Gobierno de Colombia") is domestic money.
FOREIGN_GOVERNMENT_MONEY = re.compile(
    r"\b(?:appui financier|soutien financier|apoyo financiero|apoio financeiro|financial support|"
    r"financ\w* (?:par|por|by|pelo|pela)|"
    r"funded by|with (?:the )?support of|con (?:el )?apoyo de|avec l'appui de|com o apoio d[oa])"
    r" (?:du |del |de la |de l'|the |do |da |of the |de )?(?:gouvernement|gobierno|government|governo)"
    r"(?: \w+){0,3}")
# A bank or development-finance institute named after Colombia or one of its departments ("Bancolombia", "Banco de la
# República de Colombia", "Instituto para el Desarrollo de Antioquia"): a Colombian lender, whose credit is domestic money.
# Only lenders: a UN fund "de Colombia" (OCHA's country-based fund) is still international money.
_COLOMBIAN_PLACES = "|".join(sorted({"colombia", *(n for names in DEPARTMENTS.values() for n in names)}, key=len, reverse=True))
COLOMBIAN_LENDER = re.compile(r"\b(?:ban\w*colombia\w*|(?:banco|banca|financiera|caja|corporacion financiera|"
                              r"instituto (?:para el|de) (?:desarrollo|fomento))\b[\w ]{0,50}?\b(?:de|del|de la) "
                              rf"(?:republica de )?(?:{_COLOMBIAN_PLACES}))\b")
# A body named for international or decentralised cooperation (not a Colombian one: is_domestic is read first).
COOPERATION_BODY = re.compile(r"\b(?:cooperacion|cooperacio|cooperation|cooperacao)\b(?: \w+){0,3}? "
                              r"(?:internacional|international|internationale|descentralizada|decentralisee|al desenvolupament|"
                              r"al desarrollo|au developpement|para o desenvolvimento)\b")
# The European Union or its Commission named in a network's funder line ("financiado por la Unión Europea").
EUROPEAN_UNION = re.compile(r"\b(?:union europea|european union|union europeenne|uniao europeia|comision europea|"
                            r"european commission|commission europeenne|comissao europeia)\b")
FUNDING_MARK = ("zqfund", "zqcoop")  # stems of the token pair opportunity_text adds to such calls
FUNDING_KEYWORD = "financiamiento o cooperación técnica de un banco, un organismo multilateral o una agencia"
# Any other funder's call that grants money or technical assistance to the applicants' projects (a network's seed
# funding, a foundation's grant): the resource axes seek it too, as the labels do (1 at least, 2 when its subject is
# cooperation itself). Its own token pair, so the match explains itself with what the call offers, not who funds it.
GRANT_MARK = ("zqgran", "zqsubv")
GRANT_KEYWORD = "subvención, cofinanciación o asistencia técnica para los proyectos de la ciudad"
# Added beside the funding mark when the money or TA only comes in: not a South-South, triangular or two-way exchange,
# nor a call for the city to offer its own experience (those serve the axes about offering it too). The axes about
# offering the city's practices or positioning it abroad lose RECEIVING_PENALTY on it.
RECEIVING_MARK = ("zqrecv", "zqonew")
# An exchange ("intercambio", "intercâmbio", "exchange", "échange", "trocas") that runs both ways: South-South or
# two-way ("de doble vía", "mão dupla", "reciprocal"); a South-South call to RECEIVE technical cooperation is not one.
EXCHANGE = re.compile(r"\b(?:intercambios?|intercambio|exchanges?|echanges?|trocas?)\b")
# "cada ciudad socia recibe y envía una delegación", "pasantías cruzadas", "cross-visits": each side hosts and visits
CROSS_WAYS = (r"recibe y envia|envia y recibe|receives? and sends?|sends? and receives?|recoit et envoie|envoie et recoit|"
              r"recebe e envia|envia e recebe|(?:pasantias|estancias|visitas|misiones|missoes|intercambios) cruzad[oa]s|"
              r"cross[- ]visits|visites croisees")
TWO_WAY = re.compile(r"\b(?:col[- ]col|sur[- ]sur|sul[- ]sul|sud[- ]sud|south[- ]south|doble via|dos vias|duas vias|mao dupla|double sens|"
                     r"two[- ]way|bidireccional\w*|bidirectional|ambas direcciones|both directions|reciproc\w*|"
                     # missions or visits "in each direction" ("en cada sentido", "dans chaque sens", "em cada sentido")
                     r"(?:en|in|em|dans) (?:cada|each|chaque|ambos|both|les deux|os dois) (?:sentidos?|directions?|sens|ways?)|"
                     + CROSS_WAYS + r")\b")
_CROSS_WAYS = re.compile(r"\b(?:" + CROSS_WAYS + r")\b")
# Triangular cooperation, or a call for the applicant to offer its own experience to others, is reciprocal by itself.
OFFERS_OWN = re.compile(r"\b(?:triangular(?:es)?|triangulaire|"
                        r"(?:ofrec|ofert|oferec|offr|offer)\w* (?:a )?(?:su|sus|sua|suas|seu|seus|its|their|son|sa|ses|leurs?) "
                        r"(?:propia |propias |own |propre )?(?:experienc\w*|expertise|experticia|conocimientos?|conhecimentos?|"
                        r"know-how|savoir-faire))\b")
# The token pair marking a reciprocal call (a two-way or South-South exchange, triangular cooperation, a call to offer
# the applicant's own experience): what an axis about offering the city's practices and cooperation seeks.
RECIPROCAL_MARK = ("zqmutu", "zqexch")
RECIPROCAL_KEYWORD = "intercambio en doble vía, cooperación Sur-Sur o triangular"
# Calls where the selected cities present their own practices, experience or solutions before others (a session at a
# forum, a showcase, a prize's ceremony): what an axis about offering the city's practices or positioning it seeks.
SHOWCASE_MARK = ("zqshow", "zqprac")
SHOWCASE_KEYWORD = "las ciudades presentan sus prácticas o soluciones ante otras"
SHOWCASE = re.compile(r"\b(?:present\w*|apresent\w*|showcas\w*|expon\w*|exhib\w*)"
                      r"(?: (?:sus|su|suas|sua|seus|seu|their|its|leurs|leur|son|sa|own|propias|propres|proven|best|good|buenas|boas|bonnes|mejores|"
                      r"melhores|innovative|innovadoras|inovadoras|exitosas|successful|local|locales|urban\w*))+ "
                      r"(?:practices|practicas|praticas|pratiques|experiences?|experiencias|experiencia|"
                      r"solutions|soluciones|solucoes|policies|politicas|politiques|initiatives|iniciativas|logros|achievements)\b"
                      # presenting experiences or practices needs no adjective ("presentar experiencias de gestión",
                      # "apresentarem experiências de adaptação"), nor does a call for them ("convocatoria de experiencias")
                      r"|\b(?:present\w*|apresent\w*|showcas\w*|expon\w*) (?:experiencias|experiences|experiencies|"
                      r"practicas|praticas|pratiques|practices)\b"
                      r"|\b(?:convocatoria|chamada|llamado|call|appel) (?:de |for |a |aux? )?(?:buenas |boas |good |bonnes )?"
                      r"(?:experiencias|experiences|practicas|praticas|pratiques|practices)\b"
                      # a case the city presents: "call for city presentations", "selected cities present a case",
                      # "convocatoria de casos", "presentar un caso"
                      r"|\b(?:call for (?:city |cities. )?(?:presentations|cases|case studies)|convocatoria de (?:casos|ponencias)|"
                      r"chamada de casos|appel a (?:cas|communications)|"
                      r"(?:present|presentar|apresentar|presenter)\w* (?:a |an |one |un |una |um |uma |their |su |sus |seu |sua |"
                      r"leur )?(?:cases?|casos?|cas|case stud(?:y|ies)|estudios? de caso|estudos? de caso))\b"
                      # a guest city brings its artists and its offer to another city's festival or fair ("Cidade
                      # Convidada Internacional", "ciudad invitada de honor", "guest city")
                      # (one guest city: "las ciudades invitadas por la red" are who attends a forum)
                      r"|\b(?:ciudad invitada|cidade convidada|ville invitee|guest city)\b"
                      # a call for sessions or speakers at a forum is a showcase by its kind
                      r"|\b(?:session proposals|propose (?:thematic )?sessions|call for speakers|propositions de sessions|"
                      r"proposer des sessions|propuestas de sesiones|proponer sesiones|propostas de sessoes|propor sessoes)\b")

# Competitions and challenges are prizes by another name: they position the city however much money they carry.
COMPETITION = re.compile(r"\b(?:challenges?|desafios?|defis?|retos?|concursos?|competitions?|competencias?|concours)\b")
# Words of a call that grants, cofinances or gives technical assistance to the applicant's projects (es/en/fr/pt).
GRANT_WORDS = re.compile(r"\b(?:cofinanc\w*|co-?financ\w*|"
                         r"financ\w* (?:de |des |of |for |para |pour )?(?:proyectos|projects|projets|projetos)|"
                         r"grants?|subvenci\w*|subventions?|donacion\w*|capital semilla|"
                         r"seed (?:funding|capital)|technical assistance|asistencia tecnica|assistance technique|"
                         r"assistencia tecnica|apoio tecnico|apoyo tecnico|acompanamiento tecnico|accompagnement technique|"
                         # preparing the applicant's projects for financiers is technical assistance by its aim
                         r"bankable|financiables?|bancables?|bancaveis|financables?|(?:projects?) preparation|"
                         r"preparation (?:of|de) (?:projects|projets)|preparacion de proyectos|preparacao de projetos|"
                         r"estructuracion de proyectos|structuration de projets|estruturacao de projetos)\b")
# Prizes, awards and competitions reward what a city already did: they build no capacity in its administration, so
# the axes about capacity building (CAPACITY_STEM) lose PRIZE_PENALTY on them (the labels give those axes 0 on 134 of
# 144 prize calls, never 2).
PRIZE_MARK = ("zqpriz", "zqawar")
PRIZE_TITLE = re.compile(r"\b(?:premios?|prizes?|awards?|prix|distincao|distincion|reconocimientos?|recognition|"
                         # cities named champions of a theme are recognised, as by a prize
                         r"champions|campeones|campeas)\b")
PRIZE_PENALTY = 1.2  # as a course on a showcase axis
# A recognition by its title ("Reconocimiento Andino a las Buenas Prácticas", "Distinção", "Recognition Cycle"): money
# only when its text grants, cofinances or gives technical assistance (UN recognition cycles come with TA).
RECOGNITION_TITLE = re.compile(r"\b(?:reconocimientos?|recognitions?|distincion|distincao|reconhecimentos?|reconnaissance|"
                               r"champions|campeones|campeas)\b")
# An amount of money ("USD 150.000", "EUR 60,000", "€ 20 000").
MONEY_AMOUNT = r"(?:\b(?:usd|eur|us\$|cop|brl|mxn|gbp|cad|jpy|chf)|[$€£])\s?\d"
# ... or technical cooperation, or an amount of money ("cooperación técnica no reembolsable de hasta USD 150.000").
RECOGNITION_MONEY = re.compile(r"\b(?:cooperacion tecnica|technical cooperation|cooperation technique|cooperacao tecnica)\b"
                               rf"|{MONEY_AMOUNT}")
# Calls funded by Colombia's own national bodies or a gobernación: domestic money, which the axes about bringing
# international resources do not seek even when the funder's name or mission says "cooperación internacional".
DOMESTIC_MARK = ("zqdome", "zqnati")
DOMESTIC_PENALTY = 1.0
# Courses, scholarships and training the city's staff would receive: an axis about offering the city's practices or
# positioning it abroad is not served by them, though their themes may echo the axis's words: they lose as much as
# technical assistance received does (RECEIVING_PENALTY), enough to cancel a shared phrase keyword ("cooperación
# Sur-Sur" in a course on South-South cooperation).
COURSE_MARK = ("zqcurs", "zqtrai")
COURSE_PENALTY = 2.0
# A course brings no money or partners: an axis that seeks only those loses enough to cancel a phrase keyword that the
# course's funder name carries ("Agencia de Cooperación Internacional") and the words both share.
MONEY_COURSE_PENALTY = 2.0
COURSE_TITLE = re.compile(r"\b(?:cursos?|courses?|cours|diplomados?|diplomas?|masters?(?! plan)|maestrias?|mestrados?|"
                          r"formacion|formativ[oa]s?|residenc(?:y|ies|ias?)|pasantias?|internships?|"
                          # academies, seminars, schools and leadership programmes for officials are courses by other names
                          r"academy|academia|academie|seminars?|seminarios?|seminaires?|"
                          r"escuela de|escola de|school of|ecole de|universite d'(?:ete|hiver)|universidad de (?:verano|invierno)|"
                          # a title that opens on a workshop is hands-on training ("Workshop de métodos…", "Taller regional
                          # de…"); one listed among a programme's formats is not ("asistencia técnica (talleres, misiones…)")
                          r"^(?:(?:regional|international|internacional|virtual|online) )?(?:workshops?|taller(?:es)?)|"
                          r"leadership program\w*|"
                          # a programme whose participants are officials is training for them ("Program … for Officials")
                          r"(?:for|para|pour) (?:les |os |as )?(?:public |government |municipal |local )?"
                          r"(?:officials|funcionari[oa]s|fonctionnaires|servidor[ae]s)|"
                          r"formation|formacao|capacitacion|capacitacao|training|trainings|becas?|scholarships?|"
                          r"fellowships?|bourses?|bolsas?|(?:summer|winter) schools?|escuela de (?:verano|invierno)|itp \d+|"
                          r"capacity[- ](?:development|building) (?:workshops?|programmes?|programs?|courses?))\b")

# A course or training for the administration's staff (not for teachers: teaching teachers is education): what an axis
# whose keywords are about capacity building ("desarrollo de capacidades", "capacity building", "capacitación") seeks.
CAPACITY_STEM = "capaci"
STAFF_COURSE_MARK = ("zqstaf", "zqcapa")
# An axis about the citizens' education, languages or scholarships (its keywords' stems) that is not about capacity
# building: a course or fellowship for the administration's staff is not what it seeks, though both say "becas" or
# "educación" (the labels give such an axis 0 on most staff courses).
EDUCATION_STEMS = frozenset({"educac", "becas", "idioma", "academ"})
STAFF_COURSE_PENALTY = 1.0
STAFF_COURSE_KEYWORD = "curso o formación para el personal de la administración"
# A twinning or city-diplomacy programme by its title ("Programa de hermanamientos", "Ciudades Amigas", "sister cities",
# "jumelage", "geminação", "diplomacia de ciudades"): decentralised cooperation between cities, which the axes about
# bringing resources or cooperation to the city seek. One token: it weighs as a one-word keyword there.
TWINNING_MARK = ("zqtwin",)
TWINNING_KEYWORD = "hermanamiento, diplomacia de ciudades o cooperación descentralizada o Sur-Sur entre ciudades"
TWINNING = re.compile(r"\b(?:hermanamientos?|ciudades hermanas|sister[- ]cit(?:y|ies)|twinning|twinned|jumelages?|villes jumelles|"
                      r"geminac\w*|cidades[- ]irmas|ciudades amigas|cidades amigas|villes amies|friendship cit(?:y|ies)|"
                      r"diplomacia de (?:ciudad|ciudades|cidades)|city diplomacy|diplomatie des villes)\b")
# Courses for teachers (teaching teachers is education) or for students and young people (a scholarship for them is
# education too): not training for the administration's staff.
NOT_STAFF = re.compile(r"\b(?:docentes?|maestr[oa]s|profesores|teachers?|enseignants?|professores|educadores|educators|"
                       r"estudiantes|students?|etudiants?|estudantes|alumn[oa]s|jovenes|youth|jeunes|jovens)\b")


def is_resource_axis(name: str) -> bool:
    """Whether an axis's name is about bringing resources or cooperation to the city."""
    stems = set(stem_sequence(name, drop_generic=False))
    return bool(stems & RESOURCE_NAME_STEMS) and not stems & OFFERING_STEMS


# An axis about offering the city's own cooperation (name or description: "ofrecer cooperación técnica a pares").
OFFERING_TEXT_STEMS = frozenset({"ofrece", "offer", "ofrec", "ofert"})
# Raw evidence an offering or positioning axis loses when the call brings money or technical cooperation TO the city:
# receiving technical cooperation is not offering it, though both say "cooperación técnica", and a loan or TA for a
# sustainable project does not make the city known abroad, though both say "sostenibilidad" (the labels give positioning
# axes 0 on 415 of 437 such calls).
RECEIVING_PENALTY = 2.0  # cancels 'cooperación técnica' (1.1), its 'cooperación' term and the words both sides share


def is_offering_axis(name: str, description: str | None) -> bool:
    """Whether an axis is about offering the city's practices or cooperation to others (not bringing resources in)."""
    return bool(set(stem_sequence(f"{name}. {description or ''}", drop_generic=False)) & OFFERING_TEXT_STEMS) \
        and not is_resource_axis(name)


def _title_and_summary(opp: Any) -> str:
    """A call's title and summary, folded: what most marks read (who may apply is eligibility's business)."""
    return fold(f"{getattr(opp, 'title', '') or ''}\n{getattr(opp, 'summary', '') or ''}")


# What the marks read of a call: each mark is asked by several others for the same call, so each is memoised on these.
CALL_FIELDS = ("funder_type", "funder", "title", "summary", "eligibility")


# What a memoised mark reads of a call: its fields by name, built far faster than a SimpleNamespace of them
_CallView = namedtuple("_CallView", CALL_FIELDS)


def per_call(mark: Callable[[Any], Any]) -> Callable[[Any], Any]:
    """Memoise a mark on the call's fields (opportunity_text asks each mark, and the marks ask one another)."""
    @lru_cache(maxsize=2048)
    def on_fields(fields: tuple[Any, ...]) -> Any:
        return mark(_CallView(*fields))

    @wraps(mark)
    def memoised(opp: Any) -> Any:
        return on_fields(_call_fields(opp))
    return memoised


def _call_fields(opp: Any) -> tuple[Any, ...]:
    """The call's CALL_FIELDS (None when missing), written out: the marks ask this ~20 times per call, and a generator
    over the names cost a third of opportunity_text."""
    return (getattr(opp, "funder_type", None), getattr(opp, "funder", None), getattr(opp, "title", None),
            getattr(opp, "summary", None), getattr(opp, "eligibility", None))


assert CALL_FIELDS == ("funder_type", "funder", "title", "summary", "eligibility"), "update _call_fields too"


@per_call
def _names_cooperation_funder(opp: Any) -> bool:
    """Whether a network's or government's funder line names a bank, agency or the UN ("… funded by GIZ and the FCDO"),
    or its call says a national government pays for it; philanthropic money stays philanthropic whatever its name."""
    if getattr(opp, "funder_type", None) == "philanthropic":
        return False
    stems = set(stem_sequence(getattr(opp, "funder", "") or "", drop_generic=False))
    if stems & {"multilateral", "agenci", "onu"} or EUROPEAN_UNION.search(fold(getattr(opp, "funder", "") or "")):
        return True
    # or the body is a fund or network for international cooperation ("Fondo Canario de Cooperación y Solidaridad
    # Internacional", "Fons Català de Cooperació al Desenvolupament")
    if COOPERATION_BODY.search(fold(getattr(opp, "funder", "") or "")):
        return True
    # or the call says a (foreign) government pays for the programme
    found = FOREIGN_GOVERNMENT_MONEY.search(fold(f"{getattr(opp, 'funder', '') or ''}\n{getattr(opp, 'summary', '') or ''}"))
    return bool(found) and not re.search(r"\b(?:colombia\w*|nacional|national)\b", found.group(0))


def is_domestic_funder(funder: str) -> bool:
    """Whether a funder line names a Colombian national body, a gobernación, a body named after Colombia or a Colombian
    lender (domestic money)."""
    folded = fold(funder)
    if COLOMBIAN_LENDER.search(folded):
        return True
    named = NATIONAL_FUNDERS.search(folded) or (COLOMBIAN_BODY.search(folded) and not FOREIGN_BRANCH.search(folded))
    return bool(named) and not names_foreign_country(folded)


@per_call
def is_domestic(opp: Any) -> bool:
    """Whether a call brings Colombian (domestic) money or help: a Colombian funder by name, or a public body naming no
    foreign country whose call is addressed to Colombia's territorial entities. Reads who may apply only for this."""
    funder = getattr(opp, "funder", "") or ""
    if is_domestic_funder(funder):
        return True
    if names_foreign_country(fold(funder)):
        return False
    # a public body, or a bank that names no development or multilateral mission (a Colombian commercial bank's
    # "Banca de Gobierno"), addressing Colombia's territorial entities
    kind = getattr(opp, "funder_type", None)
    if kind != "local_governments" and not (
            kind == "banks" and not set(stem_sequence(funder, drop_generic=False)) & {"multilateral", "desarr", "onu"}
            and not FOREIGN_BRANCH.search(fold(funder))):  # nor a fund, office or world body ("OCHA — Fondo …")
        return False
    text = fold(f"{getattr(opp, 'title', '') or ''}\n{getattr(opp, 'summary', '') or ''}\n{getattr(opp, 'eligibility', '') or ''}")
    # a foreign city's decentralised cooperation with Colombian cities says so; a national programme does not
    return bool(COLOMBIAN_AUDIENCE.search(text)) and not COOPERATION_FRAMING.search(text)


def opening_names_kind(opp: Any) -> bool:
    """Whether the summary's opening words name a prize, course, event or network ("A five-week course in Japan…"),
    not counting a capitalised word inside a body's name ("El MLIT, con la Conferencia Japonesa…", "la Red de…")."""
    return _opening_names_kind((getattr(opp, "summary", "") or "")[:40])


@lru_cache(maxsize=1024)
def _opening_names_kind(opening: str) -> bool:
    """opening_names_kind on the opening words themselves (asked several times per call: memoised)."""
    if not NOT_FUNDING.search(fold(opening)):
        return False
    folded, origin = [], []
    for i, ch in enumerate(opening):
        piece = fold(ch)
        folded.append(piece)
        origin.extend([i] * len(piece))
    for m in NOT_FUNDING.finditer("".join(folded)):
        at = origin[m.start()]
        if at > 0 and opening[at].isupper() and not opening[:at].rstrip().endswith((".", ":", "!", "?")):
            continue
        return True
    return False


@per_call
def funding_mark(opp: Any) -> str:
    """The token pair marking a call that brings money or technical cooperation (empty for others)."""
    if getattr(opp, "funder_type", None) not in COOPERATION_FUNDER_TYPES and not _names_cooperation_funder(opp):
        return ""
    if is_domestic(opp):
        return ""
    # the title, or the summary's opening words ("A five-week course in Japan…"), name a prize, course or event
    title = fold(getattr(opp, "title", "") or "")
    if NOT_FUNDING.search(title) or opening_names_kind(opp) or event_title(title):
        return ""
    # a recognition that brings no grant or technical assistance is a prize by another name
    text = f"{title}\n{fold(getattr(opp, 'summary', '') or '')}"
    if RECOGNITION_TITLE.search(title) and not GRANT_WORDS.search(text) and not RECOGNITION_MONEY.search(text):
        return ""
    return " ".join(FUNDING_MARK)


@per_call
def grant_mark(opp: Any) -> str:
    """The token pair marking a call from any other funder (a network, a foundation) that grants money or technical
    assistance to the applicants' projects: its words say so, or its summary names an amount; not a prize, competition,
    course, event or domestic money (empty for others, and for calls with the funding mark)."""
    if funding_mark(opp) or is_domestic(opp) or prize_mark(opp) or course_mark(opp):
        return ""
    title, summary = fold(getattr(opp, "title", "") or ""), fold(getattr(opp, "summary", "") or "")
    if NOT_FUNDING.search(title) or opening_names_kind(opp) or event_title(title):
        return ""
    return " ".join(GRANT_MARK) if GRANT_WORDS.search(f"{title}\n{summary}") or re.search(MONEY_AMOUNT, summary) else ""


@per_call
def receiving_mark(opp: Any) -> str:
    """The token pair marking money or technical assistance that only comes in: a cooperation funder's call, or any
    call whose words grant, cofinance or give technical assistance to projects (not a prize, competition, course, event,
    network or showcase); empty for a reciprocal call, which serves the axes about offering the city's experience too."""
    if reciprocal_mark(opp) or showcase_mark(opp):
        return ""  # (a multilateral's showcase of the cities' practices brings them no money in)
    if funding_mark(opp):
        return " ".join(RECEIVING_MARK)
    title, summary = fold(getattr(opp, "title", "") or ""), fold(getattr(opp, "summary", "") or "")
    if NOT_FUNDING.search(title) or opening_names_kind(opp) or COMPETITION.search(title) or showcase_mark(opp):
        return ""
    domestic = is_domestic(opp)
    return " ".join(RECEIVING_MARK) if domestic or GRANT_WORDS.search(f"{title}\n{summary}") else ""


@per_call
def reciprocal_mark(opp: Any) -> str:
    """The token pair marking a two-way or South-South exchange, triangular cooperation or a call to offer the
    applicant's own experience (empty for others)."""
    if course_mark(opp) and not _CROSS_WAYS.search(fold(getattr(opp, "title", "") or "")):
        return ""  # a course about South-South cooperation teaches it (not "Pasantías cruzadas": each city hosts too)
    text = _title_and_summary(opp)
    return " ".join(RECIPROCAL_MARK) if OFFERS_OWN.search(text) or (EXCHANGE.search(text) and TWO_WAY.search(text)) else ""


# Calls that gather the cities' practices for others to learn from (a bank, catalogue or library of good practices, a
# call that collects or shares them, mentor cities, a country's South-South offer built from its cities' experience):
# what an axis about offering the city's practices seeks, though nobody presents on a stage. Only those axes take it:
# the positioning axes' labels split on such calls. Over the labelled sets the offering axes are relevant on 124 of the
# 130 such calls a city may apply to.
_PRACTICES = (r"(?:buenas |boas |good |bonnes |mejores |best |promising |innovadoras |innovative )?"
              r"(?:practicas|praticas|pratiques|practices|experiencias|experiences|casos|cases)")
PRACTICE_OFFER = re.compile(
    r"\b(?:bancos?|catalogos?|catalogues?|catalogs?|repositori\w*|bases? de (?:datos|dados|donnees)|database|portafolios?|"
    r"portfolios?|portefeuille|registr\w*|library|bibliotecas?|compendi\w*|vitrina|vitrine|recueil|guia|guide|publicac\w*|"
    rf"publication) (?:\w+ ){{0,3}}?(?:de |of |des |da |do |dos |das )?(?:{_PRACTICES}|solutions|soluciones|solucoes)\b"
    r"|\b(?:selecciona|seleciona|selects?|selectionne|recopila|collects?|recolhe|recueille|documenta|documents?|sistematiza|"
    r"systematis\w*|difund\w*|dissemin\w*|publica\w*|publish\w*|comparte|compartir|share|sharing|partager|compartilhar|"
    rf"submit|soumettre|inscrib\w*) (?:\w+ ){{0,3}}?{_PRACTICES}\b"
    r"|\b(?:ciudades|cidades|cities|villes) (?:mentoras?|mentors?|mentores|tutoras?)"
    r"|\b(?:mentor|orientar|accompagner) (?:a |as |les )?(?:otras|outras|other|d'autres) (?:ciudades|cidades|cities|villes)"
    r"|\boferta (?:colombiana )?de cooperacion|\boffre de cooperation|\bcooperation offer")
PRACTICE_OFFER_MARK = ("zqoffe", "zqprac")
PRACTICE_OFFER_KEYWORD = "convocatoria que recoge o difunde prácticas de ciudades para otras"


@per_call
def practice_offer_mark(opp: Any) -> str:
    """The token pair marking a call that gathers or shares the cities' practices for others (empty for others, and for
    courses: the city learns there)."""
    if course_mark(opp) or showcase_mark(opp) or reciprocal_mark(opp):
        return ""  # a course teaches the city; the other two marks already serve the offering axes
    text = _title_and_summary(opp)
    return " ".join(PRACTICE_OFFER_MARK) if PRACTICE_OFFER.search(text) else ""


@per_call
def showcase_mark(opp: Any) -> str:
    """The token pair marking a call where the cities present their own practices before others (empty for others)."""
    text = _title_and_summary(opp)
    return " ".join(SHOWCASE_MARK) if SHOWCASE.search(text) else ""


# Titles of events: they bring no money to the city, whoever organises them (a network's membership may: its funds).
EVENT_TITLE = re.compile(r"\b(?:foro|forum|cumbre|summit|congres\w*|conference|conferencias?|evento|events?|"
                                 r"evenements?|sommet|cimeira|cupula|networking|"
                                 # fairs and meetings: a stand or a delegation, not money
                                 r"ferias?|feiras?|fairs?|trade shows?|exhibitions?|exhibitors?|expo|salao|salon|"
                                 r"encuentros?|encontros?|rencontres?|festivals?|festivales|"
                                 f"{NAMED_WEEK}|"
                                 r"call for (?:hosts?|host cities|event proposals|side events)|ville hote|cidade sede|"
                                 # a title that asks to host one ("Host an Urban Thinkers Campus", "Sea sede de…")
                                 r"^(?:host|hosting|acoger|albergar|sediar|accueillir)\b|^(?:sea|ser|seja|soyez) (?:la )?sede|"
                                 # an index or ranking that measures cities: their data and a report, not money
                                 r"indices?|index|indexes|ranking|rankings|classement|barometr[oe]s?|barometer)\b")


def event_title(title: str) -> bool:
    """A (folded) title naming an event, an index or a call to host, unless it also names grants or technical assistance
    ("Host Cities Technical Assistance Facility", "Festival grants"): money or expertise for the applicant after all."""
    return bool(EVENT_TITLE.search(title)) and not GRANT_WORDS.search(title)


# A prize that says it carries no money ("el premio no incluye dotación económica", "no prize money", "non-monetary",
# "sem premiação em dinheiro", "non doté", "honorífico"): recognition only, no resources for the city.
NO_PRIZE_MONEY = re.compile(
    r"\b(?:no (?:incluye|conlleva|otorga|tiene|contempla|implica) (?:una |ninguna )?(?:dotacion|premio en (?:efectivo|metalico|dinero)|"
    r"incentivo economico|recursos economicos)|sin (?:dotacion|premio en (?:efectivo|metalico|dinero)|incentivo economico)|"
    r"non[- ]monetary|no (?:cash|monetary) (?:prize|award|reward|component)|no prize money|"
    r"(?:does|do|will) not (?:include|carry|come with|involve) (?:a |any )?(?:cash|monetary|prize money|money)|"
    r"sem (?:premio|premiacao|valor) em dinheiro|nao (?:inclui|envolve|ha) (?:premio|premiacao|valor) em dinheiro|"
    r"sans dotation|non dotes?|n'est pas dote|aucune dotation|pas de dotation|"
    r"honorific[oa]s?|honorifiques?|honorary (?:prize|award|recognition|distinction))\b")


@per_call
def domestic_mark(opp: Any) -> str:
    """The token pair marking a call that brings no international money: funded by Colombia's national bodies or a
    gobernación, an event by its title, or a prize that says it carries no money (empty for others)."""
    if is_domestic(opp):
        return " ".join(DOMESTIC_MARK)
    # an event by its title, unless it also opens a twinning programme (cooperation between cities, not a stand)
    if event_title(fold(getattr(opp, "title", "") or "")) and not twinning_mark(opp):
        return " ".join(DOMESTIC_MARK)
    if prize_mark(opp) and NO_PRIZE_MONEY.search(fold(getattr(opp, "summary", "") or "")):
        return " ".join(DOMESTIC_MARK)
    return ""


# Words of an axis that say it seeks knowledge, experience, talent or technical cooperation besides money.
KNOWLEDGE_STEMS = frozenset({"experi", "tecnic", "conoci", "talent", "capaci", "ensena", "academ"})


def is_money_axis(name: str, description: str | None) -> bool:
    """Whether a resource axis seeks money and partners only (no knowledge, experience, talent or technical cooperation)."""
    return is_resource_axis(name) and not set(stem_sequence(f"{name}. {description or ''}", drop_generic=False)) & KNOWLEDGE_STEMS


def is_showcase_axis(name: str, description: str | None) -> bool:
    """Whether an axis is about offering the city's practices or positioning it abroad (not receiving training)."""
    return is_offering_axis(name, description) or bool(implied_keywords(name, description))


@per_call
def course_mark(opp: Any) -> str:
    """The token pair marking a course, scholarship or training by its title (empty for others)."""
    return " ".join(COURSE_MARK) if COURSE_TITLE.search(fold(getattr(opp, "title", "") or "")) else ""


# Programmes that build the administration's own capacity without being called courses: peer learning between city
# teams, leadership or innovation-team programmes and specialisations for officials (an "accelerator" may fund projects).
CAPACITY_PROGRAMME_TITLE = re.compile(
    r"\b(?:peer[- ]learning|peer[- ]to[- ]peer|aprendizaje entre pares|aprendizagem entre pares|apprentissage entre pairs|"
    r"intercambios? entre pares|intercambios? de pares|"
    r"(?:city |municipal |public )?leadership (?:initiative|programme|program)|programas? de liderazgo|"
    r"innovation teams?|equipos de innovacion|"
    r"especializacion|especializacao|specialisation programme|"
    r"(?:for|para|pour) (?:mayors|alcaldes|prefeitos|maires)\b|"
    # leadership and capacity-development programmes by other words, and the French short course ("cycle court")
    r"leaders? (?:in|for)|liderazgo|lideranca|leadership|capacity (?:development|building)|desarrollo de capacidades|"
    r"fortalecimiento de capacidades|renforcement des capacites|desenvolvimento de capacidades|"
    r"cycle (?:international )?court|formation courte)\b")


# Training for the administration's staff said in a call's summary, whatever its title names ("Laboratorio de
# proyectos…: formación virtual para equipos técnicos municipales", "Parcours…: formation pour les cadres des
# collectivités", "pasantías de funcionarios"): the labels give the capacity axes 1 or 2 on 189 of the 203 such calls a
# city may apply to.
_TRAINING = (r"(?:formacion|formation|formacao|capacitacion|capacitacao|training|cursos?|cours|courses?|talleres|ateliers|"
             r"oficinas|workshops?|modulos? de formulacion|mentor\w*|tutorias?|coaching|accompagnement|acompanamiento|"
             r"acompanhamento|peer learning|aprendizaje entre pares|estancias?|pasantias?|intercambios? tecnicos?|learning|"
             r"aprendizaje|aprendizagem|apprentissage)")
_STAFF = (r"(?:funcionari[oa]s|servidor[ae]s|equipos (?:tecnicos )?(?:municipales|locales|de (?:las )?(?:alcaldias|ciudades|"
          r"gobiernos locales))|equipes (?:techniques )?(?:municipales|des villes|des collectivites)|equipes (?:tecnicas )?municipais|"
          r"equipas municipais|cadres|agents (?:des collectivites|municipaux|territoriaux)|elus|city (?:officials|staff|teams|"
          r"practitioners)|municipal (?:staff|officials|teams|technical teams|practitioners)|local government (?:staff|officials|"
          r"practitioners)|(?:government|public) officials|tecnicos municipales|personal (?:tecnico )?de (?:la |las )?"
          r"(?:alcaldias?|administracion\w*|municipalidades)|staff (?:of|from) (?:city|municipal|local)|civil servants|"
          r"fonctionnaires|gestores (?:publicos|municipales|municipais))")
STAFF_TRAINING_TEXT = re.compile(rf"\b{_TRAINING}\b[^.;]{{0,120}}?\b{_STAFF}\b|\b{_STAFF}\b[^.;]{{0,60}}?\b{_TRAINING}\b")


# Technical assistance, mentoring or a lab that builds the administration's own systems (data and information systems,
# governance, observatories, fiscal management, planning): what the axes about capacity building seek, though nobody
# calls it a course (BLIND_MATCH's rule: "TA aimed at city staff's institutional capacity … governance, information
# systems"). Over the labelled sets the capacity axes are relevant on about 4 in 5 such calls a city may apply to.
INSTITUTIONAL_TA = re.compile(
    r"\b(?:technical assistance|asistencia tecnica|assistance technique|assistencia tecnica|acompanamiento|acompanhamento|"
    r"accompagnement|mentor\w*|coaching|clinics?|clinicas?|laboratori\w*|labs?|cooperacion tecnica|cooperacao tecnica|"
    r"technical cooperation|cooperation technique|technical support|apoyo tecnico|apoio tecnico|appui technique)\b")
INSTITUTIONAL_SUBJECT = re.compile(
    r"\b(?:gobernanza|governance|governanca|gouvernance|sistemas? de informacion|information systems?|sistemas? de informacao|"
    r"systemes? d.information|datos abiertos|open data|dados abertos|donnees ouvertes|data governance|gobernanza de datos|"
    r"observatori\w*|observatoires?|indicadores|indicators|indicateurs|dashboards?|tableros?|paineis|gestion fiscal|"
    r"revenue|recaudo|recaudacion|tributari\w*|catastro|cadastr\w*|interoperab\w*|planificacion|planeacion|planejamento|"
    r"planning|monitoring|seguimiento y evaluacion|monitoreo|gestion publica|public management|gestao publica|"
    r"gestion municipale|institutional|institucional|capacidades institucionales|capacite institutionnelle)\b")
# … or mentoring the city's teams in turning projects into ones a funder takes ("laboratorio … de estructuración financiera
# de proyectos", "clínica … nota conceptual lista para presentar a un financiador"): capacity in project formulation (a
# bank's technical assistance that prepares one project is money for it, not a lesson: the labels give the capacity axes
# 0 on those)
PROJECT_MENTORING = re.compile(r"\b(?:mentor\w*|coaching|clinics?|clinicas?|laboratori\w*|labs?|acompanamiento|"
                               r"acompanhamento|accompagnement)\b")
PROJECT_FORMULATION = re.compile(
    r"\b(?:formulacion de proyectos|estructuracion (?:financiera )?de (?:sus )?proyectos|project (?:formulation|structuring)|"
    r"formulacao de projetos|estruturacao de projetos|montage de projets|notas? conceptual(?:es)?|concept notes?|"
    r"nota conceitual|note conceptuelle)\b")
CAPACITY_TA_MARK = ("zqinst", "zqtecn")
CAPACITY_TA_KEYWORD = "asistencia técnica para los sistemas, datos o gobernanza de la administración"


@per_call
def capacity_ta_mark(opp: Any) -> str:
    """The token pair marking technical assistance or mentoring that builds the administration's own systems (empty for
    others, for prizes and for calls already marked as staff training)."""
    if prize_mark(opp) or staff_course_mark(opp):
        return ""
    text = _title_and_summary(opp)
    institutional = INSTITUTIONAL_TA.search(text) and INSTITUTIONAL_SUBJECT.search(text)
    mentored = PROJECT_MENTORING.search(text) and PROJECT_FORMULATION.search(text)
    return " ".join(CAPACITY_TA_MARK) if institutional or mentored else ""


@per_call
def staff_course_mark(opp: Any) -> str:
    """The token pair marking a course, training or capacity programme for the administration's staff (empty for
    others)."""
    title = fold(getattr(opp, "title", "") or "")
    text = _title_and_summary(opp)
    if prize_mark(opp) and not course_mark(opp):
        return ""  # a leadership prize rewards, it does not train
    if not (course_mark(opp) or CAPACITY_PROGRAMME_TITLE.search(title) or STAFF_TRAINING_TEXT.search(text)):
        return ""
    return "" if NOT_STAFF.search(text) else " ".join(STAFF_COURSE_MARK)


@per_call
def prize_mark(opp: Any) -> str:
    """The token pair marking a prize, award or competition by its title (empty for others)."""
    title = fold(getattr(opp, "title", "") or "")
    return " ".join(PRIZE_MARK) if PRIZE_TITLE.search(title) or COMPETITION.search(title) else ""


# The Sustainable Development Goals named in a call ("Voluntary Local Review of the SDGs", "localizar los ODS", "Agenda
# 2030"): what an axis named after them seeks ("Cartagena Ciudad ODS"). GENERIC drops "ods" and "sdg" as words, since most
# calls cite them in passing; over the labelled sets such an axis is still relevant on 94 of the 106 such calls a city may
# apply to. (Not "odd": an English word.)
SDG_MARK = ("zqsdgs", "zqagen")
SDG_KEYWORD = "los Objetivos de Desarrollo Sostenible o la Agenda 2030"
SDG_TEXT = re.compile(r"\b(?:sdgs?|ods|objetivos? de desarrollo sostenible|sustainable development goals?|objectifs? de "
                      r"developpement durable|objetivos? de desenvolvimento sustentavel|agenda 2030|2030 agenda|"
                      r"voluntary local reviews?|revisi(?:on|ones) locales? voluntari\w+|revues? locales? volontaires?|"
                      r"revis(?:ao|oes) loca(?:l|is) voluntari\w+)\b")


def is_sdg_axis(name: str, keywords: list[tuple[str, tuple[str, ...]]]) -> bool:
    """Whether an axis is named after the SDGs or lists them among its keywords (not one that only cites them)."""
    return bool(SDG_TEXT.search(_fold_text(name)) or any(SDG_TEXT.search(_fold_text(k)) for k, _ in keywords))


@per_call
def sdg_mark(opp: Any) -> str:
    """The token pair marking a call that names the SDGs in its title or summary (empty for others)."""
    return " ".join(SDG_MARK) if SDG_TEXT.search(_title_and_summary(opp)) else ""


# A fair's or exhibition's title: a stand for its sister cities is a showcase, not cooperation.
FAIR_TITLE = re.compile(r"\b(?:ferias?|feiras?|fairs?|foires?|trade shows?|exhibitions?|expo|salao|salon)\b")


# Cooperation between local governments by its title: decentralised, municipalist, South-South or triangular
# ("intercambios de cooperación Sur-Sur entre gobiernos locales", "asistencia técnica municipalista"): what twinning is.
CITY_COOPERATION_TITLE = re.compile(r"\b(?:cooperacion|cooperation|cooperacao) (?:descentralizada|decentralisee|sur[- ]sur|sul[- ]sul|"
                                    r"sud[- ]sud|triangular|triangulaire|municipalista|intermunicipal)|"
                                    r"\b(?:decentrali[sz]ed|south[- ]south|triangular) cooperation|\bmunicipalistas?\b|"
                                    # a programme named South-South on its own ("Programa Mercocidades Sul-Sul")
                                    r"\b(?:sur-sur|sul-sul|sud-sud|south-south)\b|"
                                    # a technical exchange between cities by its title ("Rede de Cidades do Carnaval:
                                    # intercâmbio técnico", "City-to-City Pairing Call"): cooperation between their
                                    # administrations (a residency for staff is a course first: twinning_mark)
                                    r"\b(?:intercambios? tecnicos?|"
                                    r"intercambios? de experiencias entre (?:ciudades|gobiernos locales|municipios)|"
                                    r"echanges? techniques?|technical exchanges?|residencias tecnicas|pasantias tecnicas|"
                                    r"city[- ]to[- ]city|ciudad a ciudad|cidade a cidade|ville a ville|"
                                    r"cooperacion tecnica entre ciudades|cooperacao tecnica entre cidades)\b")


# A call to join a network, coalition or pact by its title ("Join the Biophilic Cities Network", "Adhésion au réseau…",
# "Únase al Pacto Global de Alcaldes", "call for new member cities"): what an axis whose keywords name city networks
# ("red de ciudades", "city network") seeks, whatever the network's theme. One token: it weighs as a one-word keyword.
NETWORK_MARK = ("zqnetw",)
NETWORK_KEYWORD = "adhesión a una red, alianza o pacto de ciudades"
NETWORK_JOIN = re.compile(r"\b(?:join|joining|unase|unete|sumese|adhesion|adhesao|adesao|adherer|rejoindre|rejoignez|"
                          r"become an? (?:member|partner)|hazte miembro|membership|adhesions?|"
                          r"new member (?:cities|city|local governments|municipalities)|nuevos miembros|novos membros|"
                          r"nouveaux membres|nuevas ciudades miembro|novas cidades membros)\b")


@per_call
def network_mark(opp: Any) -> str:
    """The token marking a call to join a network, coalition or pact by its title, not a course, prize or event (empty
    for others)."""
    title = fold(getattr(opp, "title", "") or "")
    if not NETWORK_JOIN.search(title) or course_mark(opp) or prize_mark(opp) or EVENT_TITLE.search(title):
        return ""
    return " ".join(NETWORK_MARK)


def is_network_axis(keywords: list[tuple[str, tuple[str, ...]]]) -> bool:
    """Whether an axis's keywords name city networks ("red de ciudades", "city network", "réseau de villes")."""
    return any({"networ", "reseau"} & set(k) or {"red", "ciudad"} <= set(k) or {"rede", "cidade"} <= set(k)
               for _, k in keywords)


@per_call
def twinning_mark(opp: Any) -> str:
    """The token marking a twinning, city-diplomacy or city-to-city cooperation programme by its title, not a prize, a
    fair or a course (a course about South-South cooperation teaches it) (empty for others)."""
    title = fold(getattr(opp, "title", "") or "")
    if FAIR_TITLE.search(title) or prize_mark(opp):
        return ""
    if TWINNING.search(title) or (CITY_COOPERATION_TITLE.search(title) and not course_mark(opp)):
        return " ".join(TWINNING_MARK)
    return ""


# A call for a city to host an international event by its title ("Call for host cities: Velo-city 2029", "ciudades
# sede", "invitation to bid", "Host the … Summit"): it brings the event, which the axes about bringing events, congresses
# and visitors to the city seek (the labels give them 2 on most such calls), though it brings no money (the event's
# domestic mark stays for the axes that seek money only). Two tokens: it weighs as a phrase keyword there.
HOST_MARK = ("zqhost", "zqeven")
HOSTING_KEYWORD = "convocatoria para ser sede de un evento internacional"
HOSTING = re.compile(r"\b(?:host cit(?:y|ies)|call for hosts?|hosts? (?:city|cities|country)|bid to host|invitation to bid|"
                     r"(?:ciudad|ciudades|cidade|cidades)[- ]sedes?|sedes? (?:del|de la|do|da|de)|villes? hotes?|"
                     r"candidatura\w* (?:para|a) (?:ser )?sede)\b|^(?:sea|ser|seja|soyez) (?:la )?sede")
# Cities that host people, not events: "cities hosting large numbers of refugees and migrants", "ciudades de acogida"
HOSTING_PEOPLE = re.compile(r"\b(?:refugees?|refugiad[oa]s|refugies|migrant(?:e|es|s)?|migrantes|displaced|desplazad[oa]s|"
                            r"deslocad[oa]s|deplacee?s|asylum|asilo|acogida|acolhida|accueil des (?:refugies|migrants))\b")
# A title opening on "host" or its translations hosts an event only when it names one ("Host an Urban Thinkers Campus"
# does not say so; "Accueillir un volontaire" hosts a person).
HOST_VERB = re.compile(r"^(?:host|hosting|acoger|albergar|sediar|accueillir)\b")
# An axis seeks events when its own keywords name events, congresses or fairs, or its description brings them to the
# city ("Traer a la ciudad … eventos internacionales"); being shown at events ("Mostrar … en … eventos") is not it.
EVENT_STEMS = frozenset({"event", "congre", "ferias"})
BRINGS_EVENTS = re.compile(r"\b(?:traer|atraer|attract|bring|captar|acoger|albergar|host)\b[^.]*\b(?:eventos?|events?|congres\w*|ferias?)\b")


@per_call
def hosting_mark(opp: Any) -> str:
    """The token pair marking a call for a city to host an international event, by its title (empty for others)."""
    title = fold(getattr(opp, "title", "") or "")
    verb = HOST_VERB.search(title)
    hosting = HOSTING.search(title) or (verb and EVENT_TITLE.search(title[verb.end():]))
    if hosting and HOSTING_PEOPLE.search(_title_and_summary(opp)):
        return ""  # "Human Security in Host Cities": cities hosting refugees or migrants, not an event
    return " ".join(HOST_MARK) if hosting else ""


def is_event_axis(keywords: list[str], description: str | None) -> bool:
    """Whether an axis seeks to bring events to the city: its own keywords name events, congresses or fairs, or its
    description brings them."""
    own = {s for k in keywords for s in stem_sequence(str(k), drop_generic=False)}
    return bool(own & EVENT_STEMS) or bool(BRINGS_EVENTS.search(fold(description or "")))


# Part of the feature index's version: calls indexed with other marks are indexed again (models/matching.py).
# How the mark is decided, beyond those patterns (bump when funding_mark's logic changes).
MARK_RULES = ("title+summary-opening; funder line naming an agency, bank, the UN or the EU; domestic funder mark; "
              "a domestic funder names no foreign country; a national bank addressing territorial entities; "
              "capitalised names in the opening")
MARKS_VERSION = hashlib.sha256(repr(("fairs", HOST_MARK, HOSTING.pattern, HOSTING_PEOPLE.pattern, HOST_VERB.pattern, GRANT_MARK, MONEY_AMOUNT, PRIZE_MARK, PRIZE_TITLE.pattern, FUNDING_MARK, RECEIVING_MARK, RECIPROCAL_MARK, SHOWCASE_MARK, EXCHANGE.pattern, TWO_WAY.pattern, OFFERS_OWN.pattern,
                                     SHOWCASE.pattern, FOREIGN_DONOR.pattern, INSTITUTIONAL_TA.pattern, INSTITUTIONAL_SUBJECT.pattern, PROJECT_MENTORING.pattern, PROJECT_FORMULATION.pattern, CAPACITY_TA_MARK, PRACTICE_OFFER.pattern, PRACTICE_OFFER_MARK, STAFF_TRAINING_TEXT.pattern, SDG_MARK, SDG_TEXT.pattern,
                                     TWINNING_MARK, TWINNING.pattern, "no fair", "no prize money", "twinning event", CAPACITY_PROGRAMME_TITLE.pattern, NETWORK_MARK, NETWORK_JOIN.pattern, CITY_COOPERATION_TITLE.pattern, COOPERATION_BODY.pattern, EVENT_TITLE.pattern, NO_PRIZE_MONEY.pattern, FAIR_TITLE.pattern, DOMESTIC_MARK, COURSE_MARK, COURSE_TITLE.pattern, STAFF_COURSE_MARK, NOT_STAFF.pattern, "events",
                                     NOT_FUNDING.pattern, NATIONAL_FUNDERS.pattern, COLOMBIAN_LENDER.pattern,
                                     COLOMBIAN_BODY.pattern, FOREIGN_BRANCH.pattern, COLOMBIAN_AUDIENCE.pattern,
                                     COOPERATION_FRAMING.pattern,
                                     FOREIGN_GOVERNMENT_MONEY.pattern, COMPETITION.pattern,
                                     GRANT_WORDS.pattern, RECOGNITION_TITLE.pattern, RECOGNITION_MONEY.pattern, MARK_RULES,
                                     sorted(COOPERATION_FUNDER_TYPES))).encode()).hexdigest()[:6]
