"""Who may apply and where, from the page's eligibility passages, and whether a Colombian city government may apply.

Applicant kinds are read only in sentences that speak about eligibility ("pueden postular",
"eligible", "podem participar", "peuvent candidater"…) and the lines right after such a heading, so a
page about "sustainable cities" does not make cities eligible; a kind named in a negative sentence
("no podrán participar entidades públicas") is excluded.
"""
from __future__ import annotations

import re
from functools import lru_cache

from models.countries import NOT_A_LAKE, country_names
from models.eligibility import (BECAUSE, BUT_WORDS, CANDIDATES, COAST_OF_SEA, CONTRACTED, FIRMS, SEAS, DESIGNATED_AS,
                                EVERY_GROUP, FISCAL_TROUBLE, JOINING_LATE,
                                LANGUAGE_NAME, MIGRANTS_FROM, NOMINATES_STAFF, NOW_ELSEWHERE, PARTNER_BEFORE,
                                STANDING_IN_QUESTION, STAFF_NOMINATED, PUBLIC_STAFF, WORLD_BANK_BORROWERS, OTHERS_RELATIVE,
                                RULE_COLOMBIA_LEFT_OUT,
                                RULE_LOCAL_EXCLUDED, RULE_NO_CALL_OPEN,
                                RULE_NO_LOCAL_APPLICANT,
                                RULE_ONLY_ELSEWHERE, RULE_REGION_WITHOUT_COLOMBIA, COLOMBIA_ORGANISATION,
                                LATIN_AMERICAN_NAME, NON_COLOMBIA_ORGANISATIONS, POSSESSIVE_MEMBERS, foreign_owner,
                                only_members_of, partner_before, possessive_owner, MEMBERS_NARROWED_AFTER, PROPOSED_BY_AFTER,
                                staff_nominated_by_their_entity,
                                town_as_place)
from models.alternation import alternation
from spiders.extract.provenance import Found, folded_same_length, snippet
from models.eligibility import APPLY_ALONE, ASSOCIATE_MEMBERS, LED_BY, NON_OF_A_NETWORK, OUTSIDE_THE_NETWORK, PAST_OR_PUNISHED
from models.networks import NETWORKS
from models.text import in_quoted_name

APPLICANTS: dict[str, tuple[str, ...]] = {
    "local_governments": (
        "gobiernos locales", "gobierno local", "gobiernos municipales", "gobiernos subnacionales", "municipios",
        "municipalidades", "municipalites", "municipalidad", "alcaldias", "alcaldes", "ayuntamientos", "entidades territoriales", "ciudades",
        "autoridades locales", "administraciones locales", "distritos", "local governments", "local government",
        "autoridad local", "autoridade local", "local authority", "autorite locale",
        "local authorities", "municipalities", "municipal governments", "city governments", "cities",
        "gobierno de la ciudad propuesta", "gobierno de la ciudad candidata", "government of the candidate city",
        "subnational governments", "mayors", "city halls", "prefeituras", "municipios", "governos locais",
        "governos municipais",
        "governos subnacionais", "cidades", "collectivites territoriales", "collectivites locales",
        "autorites locales", "villes", "communes", "gouvernements locaux", "entes locales", "entes territoriales",
        "gobiernos de ciudades",
        # a city's own school or development agency (as models.eligibility reads them)
        "escuelas municipales", "agencias publicas de desarrollo economico local", "agencias publicas de desarrollo local",
        # its own utilities: "public water and sanitation service providers, including municipal utilities"
        "municipal utilities", "municipally owned utilities",
        # "Any Colombian municipal or district administration may sign up", "(nacionales, regionales o locales)"
        "municipal or district administration", "municipal or district administrations", "regionales o locales)",
        "regionais ou locais)", "regional or local)", "regionaux ou locaux)",
        # "any public, private or non-profit organisation": a city government is a public one
        "any public, private or non-profit organisation", "any public, private or non-profit organization",
        "any public or private organisation", "any public or private organization",
        "gobiernos departamentales", "gobernaciones", "regional governments", "funcionarios municipales",
        "servidores municipales", "gestores publicos municipais", "servidores municipais", "municipal officials",
        "municipal staff", "agents des collectivites", "elus locaux", "intercommunalites",
        # "governments at any level", "gobiernos de cualquier nivel": local ones among them
        "governments at any level", "governments at all levels", "gobiernos de cualquier nivel", "y compris locales",
        "y compris les collectivites", "incluidas las locales", "including local ones", "incluindo as locais",
        "gobiernos de todos los niveles", "governos de qualquer nivel", "gouvernements de tout niveau",
        # staff the city puts forward: "funcionarios designados por las ciudades asociadas", "nominated by their city"
        "designados por las ciudades", "designados por su ciudad", "designados por la alcaldia", "postulados por su ciudad",
        "postulados por la alcaldia", "postulados por las alcaldias", "nominated by their city", "nominated by the city",
        "designated by their city", "indicados pela prefeitura", "indicados pelas prefeituras", "designes par leur ville",
        # "Entidades públicas de cualquier nivel de gobierno", "public bodies at any level of government"
        "de cualquier nivel de gobierno", "de todos los niveles de gobierno", "at any level of government",
        "government bodies at any level", "public bodies at any level", "public authorities at any level",
        # "entidades públicas del orden municipal en Colombia"
        "entidades publicas del orden municipal", "entidades publicas del orden distrital", "entidades del orden municipal",
        # "Government agencies at any level", "Entidades públicas locales de Colombia", "gouvernements infranationaux"
        "government agencies at any level", "government agencies at all levels", "entidades publicas locales",
        # "government entities at any level, worldwide", "government agencies from any country"
        "government entities at any level", "government entities at all levels", "government agencies from any country",
        "government entities from any country",
        # "Colombian national and territorial public entities", "aux collectivités et entreprises publiques locales",
        # "las oficinas municipales o distritales de turismo"
        "territorial public entities", "collectivites et entreprises publiques locales", "oficinas municipales o distritales",
        "oficinas municipales de turismo", "municipal tourism offices", "municipal or district tourism offices",
        # "empresas … públicas o mixtas …, incluidas las municipales": the city's own among them
        "incluidas las municipales", "incluidos los municipales", "including municipal ones", "incluindo as municipais",
        "incluindo municipais", "incluidas municipales", "incluidos municipales",
        # "Official city or regional tourism bodies"
        "city or regional tourism bodies", "city tourism bodies", "city tourism boards",
        # "Pueden presentar proyectos las entidades públicas del orden territorial"
        "entidades publicas del orden territorial", "entidades del orden territorial",
        "instituciones publicas locales", "gouvernements infranationaux", "gobiernos infranacionales",
        "governos infranacionais", "infranational governments", "entidades publicas territoriales",
        "entidad publica territorial",
        # "Cada ciudad capital miembro de la UCCI puede designar…", "each city may nominate": every one of them
        "cada ciudad", "cada municipio", "cada alcaldia", "each city", "each member city", "cada cidade", "chaque ville",
        # "Colombian territorial entities can request missions", "city and national teams involved in a Bank operation"
        "territorial entities", "city teams", "city and national teams", "city and regional teams",
        "mayor's office", "mayors office", "mayor's offices", "mayors' offices", "office of the mayor",
        "at all levels of government", "de qualquer nivel de governo", "de tout niveau de gouvernement",
        # one applicant: "applicants must be a municipality", "la alcaldía postulante"
        "municipality", "city government", "local authority", "city hall", "regional government",
        "local or regional governments", "local or regional government", "alcaldia", "prefeitura", "mairies",
        "collectivite territoriale", "collectivite locale", "municipalite", "governo local", "gobierno municipal",
        "municipio", "entidad territorial", "ente territorial", "municipal government", "commune",
        "metropolitan governments", "gobiernos metropolitanos", "governos metropolitanos", "departmental governments",
        "municipal and departmental governments", "municipal and provincial governments", "provincial governments",
        "sub-national governments", "subnational entities", "sub-national entities", "sub-national level",
        "subnational level", "entidades subnacionales", "nivel subnacional", "entes subnacionais",
        "entites infranationales", "collectivites infranationales", "gobierno subnacional", "governo subnacional",
        "subnational government", "sub-national government", "gouvernement local", "gouvernement infranational",
        "gobierno regional", "governo regional", "gobierno departamental", "gobernacion", "intercommunalite",
        "mayors' offices", "mayor's office", "mayors offices", "gouvernements metropolitains",
        # one authority: "la demande est présentée par l'autorité locale", "submitted by the local authority"
        "autorite locale", "autoridad local", "autoridade local", "autoridad municipal", "autoridade municipal",
        "autorite municipale", "municipal authority", "municipal authorities", "autoridades municipales",
        # "subnational public authorities of a Latin American partner country", "una autoridad pública local o regional"
        "subnational public authorities", "subnational public authority", "autoridad publica local",
        "autoridades publicas locales",
        "orgaos oficiais de turismo municipais",
        # "las capitales iberoamericanas integrantes de la UCCI"
        # (not "capital cities" alone: "National capital cities are not eligible" is a subset refused)
        "capitales iberoamericanas",
        # "Certified territorial education secretariats", "entidades públicas o privadas que organicen festivales"
        "territorial education secretariats", "secretarias de educacion certificadas", "entidades publicas o privadas",
        "entidades publicas y privadas", "public or private entities", "public and private entities",
        "empresas de servicios publicos de agua, municipales",
        "autoridades municipais", "autorites municipales", "collectivites publiques",
        # "las administraciones públicas quedan excluidas": every level of government, the local one among them
        "administraciones publicas", "public administrations", "administracoes publicas", "administrations publiques",
        # the city's own government by other names: "Governos municipais", "a través de la administración municipal"
        "governos municipais", "gouvernements municipaux", "administraciones municipales", "administracoes municipais",
        "municipal administrations", "administrations municipales", "administracion municipal",
        "administracao municipal", "municipal administration", "administration municipale",
        # "instituciones públicas …, tanto nacionales como locales", "Personas jurídicas, públicas o privadas"
        "tanto nacionales como locales", "tanto nacionales como territoriales", "both national and local",
        "personas juridicas, publicas o privadas", "personas juridicas publicas o privadas", "public or private legal entities",
        "district administrations",
        # "Any city or community, through its mayor, may apply": one city, whichever
        "any city", "cualquier ciudad", "toute ville", "qualquer cidade",
        # Portugal's and Brazil's municipal governments: "Câmaras municipais … podem apresentá-los" (the singular is
        # mostly the funder: "A Câmara Municipal de Loures abre candidaturas")
        "camaras municipais"),
    "national_bodies": (
        "gobiernos nacionales", "entidades publicas nacionales", "ministerios", "agencias gubernamentales",
        "national governments", "ministries", "government agencies", "national agencies", "governos nacionais",
        "ministerios", "orgaos federais", "ministeres", "gouvernements nationaux", "entidades del orden nacional",
        "entidades publicas", "public entities", "public bodies", "public institutions", "instituciones publicas",
        "entidades gubernamentales", "orgaos publicos", "organismes publics", "public sector entities",
        "public sector institutions", "public sector organizations", "public sector organisations",
        "administraciones publicas", "public administrations", "administracoes publicas", "administrations publiques"),
    "ngos": (
        "ong", "ongs", "ongd", "organizaciones no gubernamentales", "non-governmental organizations",
        "non-governmental organisations", "organizacoes nao governamentais", "organizaciones de la sociedad civil", "organizaciones sin animo de lucro",
        "organizaciones sin fines de lucro", "fundaciones", "sociedad civil", "ngos", "ngo", "non-profit", "not-for-profit",
        "nonprofit", "civil society", "organizacoes da sociedade civil", "sem fins lucrativos", "oscs", "osc",
        # "entidades privadas sin ánimo de lucro", "associations sans but lucratif": as "sem fins lucrativos"
        "sin animo de lucro", "sin fines de lucro", "sans but lucratif",
        "associations", "organisations non gouvernementales", "societe civile", "organizaciones comunitarias",
        "community organizations", "organizaciones sociales", "organizaciones de base", "grassroots organizations",
        "grassroots organisations", "organisations de base", "organizacoes de base"),
    "universities": (
        "universidades", "instituciones de educacion superior", "universities", "academic institutions",
        "research institutions", "centros de investigacion", "universites", "instituicoes de ensino superior",
        "higher education institutions", "academia", "etablissements d'enseignement superieur"),
    "companies": (
        "empresas", "startups", "pymes", "emprendedores", "sector privado", "companies", "businesses",
        "private sector", "smes", "entrepreneurs", "entreprises", "empresas privadas", "social enterprises"),
    "individuals": (
        "personas naturales", "jovenes", "estudiantes", "investigadores", "profesionales", "individuals",
        "students", "researchers", "professionals", "young people", "youth", "artistas", "artists", "jeunes",
        "etudiants", "chercheurs", "pessoas fisicas", "estudantes", "pesquisadores", "ciudadanos", "citizens",
        "lideres", "leaders", "funcionarios", "servidores publicos", "civil servants", "graduates",
        "egresados", "candidatos individuales", "personnes physiques",
        # persons of full age: "mujeres mayores de edad", "pessoas maiores de idade"
        "mayores de edad", "maiores de idade", "personnes majeures"),
}
# "ouvert à tous les membres de Metropolis", "ICLEI members": the members of a network of local governments are local
# governments
CITY_NETWORKS = tuple(name for network in NETWORKS for name in network.names)
APPLICANTS["local_governments"] += tuple(
    phrase for net in CITY_NETWORKS for phrase in (
        f"members of {net}", f"members of the {net}", f"{net} members", f"miembros de la {net}", f"membres de l'{net}", f"{net} member cities", f"{net} member governments",
        f"miembros de {net}", f"miembros de la red {net}", f"ciudades miembro de {net}", f"membros de {net}",
        f"membros da {net}", f"membros do {net}", f"membres de {net}", f"membres du {net}", f"membres de la {net}",
        f"villes membres de {net}"))
# How ORI staff read each applicant kind.
APPLICANT_LABELS = {"local_governments": "gobiernos locales", "national_bodies": "entidades nacionales",
                    "ngos": "ONG y sociedad civil", "universities": "universidades",
                    "companies": "empresas", "individuals": "personas"}
ELIGIBILITY_CUES = (
    "pueden postular", "podran postular", "pueden participar", "podran participar", "pueden presentar",
    "podran presentar", "pueden aplicar", "podran aplicar", "dirigida a", "dirigido a", "dirigidas a",
    "elegibles", "elegible", "requisitos", "quien puede", "quienes pueden", "beneficiarios", "destinatarios",
    "participantes", "abierta a", "abierto a", "convoca a", "invita a", "postulantes", "solicitantes",
    "eligible", "eligibility", "who can apply", "who may apply", "open to", "applicants", "applications from",
    "invites", "target group", "is aimed at", "aimed at", "podem participar", "podem se inscrever",
    "publico-alvo", "elegiveis", "destinada a", "destinado a", "proponentes", "quem pode", "peuvent",
    "eligibles", "qui peut", "beneficiaires", "s'adresse", "destine aux", "ouvert aux", "candidats",
    "pueden inscribirse", "can apply", "may apply", "may submit", "can submit", "may enter", "are invited", "se invita", "convocamos", "invitamos",
    "convida", "convidamos", "convoca", "invita", "invite", "inviting", "podem aderir", "podem", "pueden",
    "podran", "poderao", "poderao participar", "pourront", "ouvertes aux", "ouverte aux", "ouverts aux", "abiertas a", "abertas a", "abertos a",
    "proposals from", "requests proposals", "invites proposals", "solicita propuestas", "sao elegiveis",
    "sont eligibles", "candidater", "peuvent candidater", "open for", "se dirige a", "accepted from",
    "nominations from", "a destination des", "destinee aux", "ofrece", "offers", "oferece", "offre",
    "accueille", "nuevos miembros", "new members", "nouveaux membres", "novos membros", "selecciona", "seleciona",
    "se aceptan postulaciones de", "aceitas de", "acceptees de", "aberto a", "aberta a", "welcome from",
    "are welcome", "welcomes applications", "applicants must be", "must be a", "targets", "is for",
    "inscription", "inscripcion", "inscricao", "registration", "elegibilidade", "elegibilidad", "eligibilite",
    "criterios de elegibilidad", "criterios de elegibilidade", "criteres d'eligibilite", "admissible",
    "admissibles", "clientele admissible", "admissibilite", "target organizations", "target organisations",
    "target institutions", "target participants", "target audience", "publico objetivo", "entidades destinatarias",
    "public cible", "organismes cibles", "publico", "targeted audience", "intended audience", "publico-objetivo",
    "publico destinatario", "who may be nominated", "may be nominated",
    "can be nominated", "nominees",
    # "Who can submit?", "Perfil dos candidatos", "Países convidados": headings over the answer
    "who can", "who may", "who is eligible", "candidatos", "candidatas", "perfil del participante",
    "perfil do participante", "perfil de los participantes", "perfil dos participantes", "candidate profile",
    "profil des candidats", "paises convidados", "paises invitados", "invited countries", "pays invites",
    "eligible countries", "paises elegibles", "paises elegiveis", "pays eligibles", "participant profile",
    # as a label only: a report on a meeting tells its participants too
    "participants:", "participants :", "target participants:", "audience:", "audience :",
    # a summary box's "Who: …" line ("Quem: municípios…", "Qui : les communes…", "Quién: alcaldías…")
    "who:", "quem:", "quem :", "qui :", "qui:", "quien:", "quienes:", "para quem:", "para quien:", "pour qui :",
    # one applicant: "El solicitante principal debe ser un gobierno subnacional"
    "solicitante", "solicitante principal", "applicant", "lead applicant", "proponente", "candidat", "demandeur",
    "porteur de projet", "porteur du projet",
    # "Serão aceitas propostas de governos locais", "A chamada é voltada a prefeituras"
    "serao aceitas", "serao aceitos", "se aceptaran", "seront acceptees", "seront acceptes", "will be accepted",
    "are accepted", "voltada a", "voltado a", "voltada para", "voltado para", "dirigida para", "destinada para",
    "destinado para", "direcionada a", "direcionado a", "exclusiva para", "exclusivo para", "exclusively for",
    "exclusivement pour", "exclusivement aux", "reservada a", "reservado a", "reservada para", "reservee aux",
    "reserve aux", "reserved for", "restricted to", "restringida a", "restrita a", "limited to", "limitada a",
    # who submits: "portées par une commune", "submitted by a city government", "welcomes entries from"
    "portees par", "portee par", "porte par", "deposees par", "presentees par", "submitted by", "led by",
    "presentadas por", "presentada por", "apresentadas por", "apresentada por", "entries from", "welcomes entries",
    "submissions from", "postulaciones de", "candidaturas de")
# "Les villes portuaires sont invitées à proposer une délégation", "son invitados a postular": invited to submit (not
# "sont invitées à la soirée", a guest list)
ELIGIBILITY_CUES += tuple(
    f"{invited} {submit}"
    for invited in ("sont invitees a", "sont invites a", "son invitadas a", "son invitados a", "estan invitadas a",
                    "estan invitados a", "sao convidadas a", "sao convidados a", "estao convidadas a",
                    "estao convidados a")
    for submit in ("proposer", "presenter", "soumettre", "deposer", "candidater", "postuler", "envoyer", "presentar",
                   "postular", "postularse", "enviar", "proponer", "inscribirse", "apresentar", "submeter",
                   "candidatar-se", "se candidatar", "inscrever-se", "se inscrever"))
NEGATIONS = ("ne soumissionnent pas", "no pueden", "no podran", "no son elegibles", "no seran elegibles", "excluid", "quedan excluid",
             # "Las administraciones públicas quedan excluidas como solicitantes" (whole words: "excluid" alone never is)
             "excluidas", "excluidos", "excluida", "excluido", "exclues", "exclue",
             # "… podrán ser entidades ejecutoras mediante convenio con el ministerio, sin presentar solicitudes propias"
             "sin presentar solicitudes", "sin presentar propuestas", "without submitting applications",
             "without submitting their own applications", "without submitting proposals", "sem apresentar propostas",
             "sans deposer de demande",
             "no se aceptan", "no se admiten", "not eligible", "are not", "cannot", "can not", "excluded",
             "ineligible", "not accepted", "nao podem", "nao sao elegiveis", "excluid", "ne sont pas",
             "ne peuvent pas", "exclus", "no aplica para", "no participan", "not open to", "no es para",
             "no elegible", "no elegibles", "nao elegivel", "nao elegiveis", "non eligible", "non eligibles",
             # "municipal governments do not meet the definition of a research institution": not the kind called
             "do not meet the definition", "does not meet the definition", "do not qualify", "does not qualify",
             "no cumplen la definicion", "no cumplen con la definicion", "no califican", "ne remplissent pas",
             "ne repondent pas a la definition", "nao se enquadram", "nao atendem a definicao",
             "may not apply", "may not participate", "may not take part", "must not apply", "shall not apply",
             "are not allowed to apply", "not allowed to participate", "nao podera", "nao poderao", "no podra",
             # "… não podendo ser proponentes", "sin poder ser solicitantes", "ne pouvant pas être porteurs"
             "nao podendo", "no pudiendo", "sin poder", "ne pouvant pas", "ne pouvant etre", "without being able to",
             # "CIFF does not make grants to government entities": who is funded is who applies
             "does not make grants to", "does not fund", "does not award grants to", "not applicants",
             # a lender of itself: "It does not lend to governments, municipalities or state-owned enterprises"
             "does not lend to", "do not lend to", "no presta a", "no otorga prestamos a", "ne prete pas aux",
             "nao empresta a",
             # "Las alcaldías no son proponentes; acompañan la convocatoria"
             "no son proponentes", "no son postulantes", "nao sao proponentes", "ne sont pas porteurs",
             "no otorga subvenciones a", "no financia a", "nao financia", "ne finance pas", "no son solicitantes",
             # the funder speaking of itself: "We do not fund individuals, state institutions or local authorities"
             "do not fund", "don't fund", "do not make grants to", "do not award grants to", "do not support",
             "no financiamos", "no apoyamos", "no otorgamos subvenciones a", "nao financiamos", "nao apoiamos",
             "ne financons pas", "ne soutenons pas",
             # "Funding is not available to government agencies (national, departmental or municipal)"
             "not available to", "no esta disponible para", "no estan disponibles para", "nao esta disponivel para",
             "nao estao disponiveis para", "n'est pas disponible pour", "ne sont pas disponibles pour",
             "n'est pas accessible aux", "n'est pas accessible a",
             # one of the kind: "une collectivité locale …, qui ne peut pas être porteuse du dossier"
             "ne peut pas", "ne peut etre", "no puede", "nao pode",
             # impersonal: "No se financian entidades estatales ni gobiernos locales", "No se reciben propuestas de
             # entidades públicas, alcaldías ni personas naturales"
             "no se financian", "no se financia", "no se financiaran", "no se reciben", "no se recibiran",
             "no se admitiran", "no se aceptaran", "nao sao financiadas", "nao sao financiados", "nao serao financiadas",
             "nao serao financiados", "nao sao aceitas", "nao serao aceitas", "will not be funded", "are not funded",
             "will not be accepted", "ne sont pas financees", "ne seront pas financees", "ne seront pas acceptees",
             # a lender or investor: "It does not finance governments, municipalities…", "no son sujetos de crédito"
             "does not finance", "do not finance", "does not invest in", "do not invest in", "no invierte en",
             "no son sujetos de credito", "no es sujeto de credito", "nao sao sujeitos de credito",
             "ne sont pas eligibles au credit", "are not eligible for credit", "are not eligible for loans")
# impersonal in Portuguese, as "no se reciben" in Spanish: "Não se recebem propostas diretas de governos locais"
NEGATIONS += ("nao se recebem", "nao se recebera", "nao se aceitam", "nao se admitem", "ne sont pas recevables",
              "ne seront pas recevables",
              # "governos municipais não concorrem", "los gobiernos municipales no concursan"
              "nao concorrem", "no concursan", "ne concourent pas", "do not compete",
              # the literary French negation, without "pas": "Les administrations publiques ne peuvent être porteuses de
              # projet" (not "ne peuvent présenter qu'une candidature": a quota)
              "ne peuvent etre porteuses", "ne peuvent etre porteurs", "ne peut etre porteuse", "ne peut etre porteur")
# "NGOs may join only as partners of an eligible municipality": the kinds named before such words are partners,
# not applicants; those named after them lead the application.
PARTNER_ROLES = ("only as partners", "as partners only", "partners only", "partenaires uniquement",
                 "socios unicamente", "parceiros apenas", "only as co-applicants", "only as associates",
                 "solo como socios", "solo como socias", "solo como aliados", "solo como aliadas",
                 "unicamente como socios", "unicamente como aliados", "apenas como parceiros", "apenas como parceiras",
                 "somente como parceiros", "uniquement en tant que partenaires", "seulement en tant que partenaires",
                 "uniquement comme partenaires",
                 "participan como entidades aliadas", "participan como aliadas", "participan como aliados",
                 "participar como aliados", "participar como aliadas",
                 "participate as non-funded", "participam como parceiros", "participam como parceiras",
                 "participent en tant que partenaires", "participent comme partenaires",
                 "participate as partners", "take part as partners", "join as partners", "involved as partners",
                 "participar como socios", "participar como socias", "participar como parceiros",
                 "participar como parceiras", "participer en tant que partenaires", "participer comme partenaires",
                 # "Les collectivités étrangères peuvent être partenaires de mise en œuvre": a partner's role
                 "peuvent etre partenaires", "pourront etre partenaires", "may be partners", "can be partners",
                 "pueden ser socios", "pueden ser socias", "podran ser socios", "podem ser parceiros",
                 "podem ser parceiras")
# the contractor a grant pays for, with its country: "carried out by a U.S. firm", "select a Korean company"
_CONTRACTED_BEFORE = re.compile(r"\b" + CONTRACTED + r" (?:an?|una?|um|uma|une) $")
_FIRM_AFTER = re.compile(r"\.?\s+(?:[\w-]+\s+)?" + FIRMS + r"\b")
_ELSEWHERE = ("et d'ailleurs", "ou d'ailleurs", "and elsewhere", "or elsewhere", "y de otros lugares", "e de outros lugares")
ONLY = ("solo", "solamente", "unicamente", "exclusivamente", "only", "exclusively", "apenas", "somente",
        "seulement", "uniquement", "exclusivement", "seules", "seuls", "seule", "seul", "exclusiva", "exclusivo",
        "reservada", "reservado", "reservee", "reservees", "reserve", "reserved", "restricted", "restringida",
        "restrita", "restreint", "restreinte",
        # "le porteur de projet est obligatoirement une collectivité territoriale française"
        "obligatoirement", "obligatoriamente", "necesariamente", "necessariamente", "necessarily")

# Regions: the words that name them, in four languages (nationality adjectives too).
REGIONS: dict[str, tuple[str, ...]] = {
    "Colombia": ("colombia", "colombie", "colombian", "colombianos", "colombianas", "colombianes", "colombiens",
                 "colombiennes", "colombianos", "colombiana", "colombiano", "colombien", "colombienne",
                 # the Colombian cooperation agency: "with the endorsement of APC-Colombia"
                 "apc-colombia"),
    "América Latina y el Caribe": ("america latina", "latinoamerica", "latin america", "latinoamericanas",
                                   "latinoamericanos", "latin american", "lac", "alc", "amerique latine",
                                   "latino-americanos", "latino-americanas", "el caribe", "caribbean",
                                   # "um governo local de país latino-americano"
                                   "latinoamericano", "latinoamericana", "latino-americano", "latino-americana",
                                   "iberoamerica", "iberoamericanas", "iberoamericanos", "ibero-american",
                                   "iberoamericana", "iberoamericano", "ibero-americana", "ibero-americano",
                                   # "países de habla hispana": Colombia is one of them
                                   "paises de habla hispana", "paises hispanohablantes", "spanish-speaking countries",
                                   "pays hispanophones", "paises de lingua espanhola", "paises de lengua espanola",
                                   "ibero-americanos", "ibero-americanas", "ibero-americains", "ibero-americaines",
                                   # "governos locais de países da CPLP e da Ibero-América", "l'Ibéro-Amérique"
                                   "ibero-america", "iberoamerique", "ibero-amerique",
                                   "sudamerica", "south america", "america del sur", "america do sul",
                                   "south american", "sudamericanos", "sudamericanas", "sudamericano", "sudamericana",
                                   "sul-americanos", "sul-americanas", "sud-americains", "sud-americaines",
                                   # "gobiernos locales de América y Europa": the continent, with Colombia in it
                                   "america y europa", "america y de europa", "america and europe", "america e europa",
                                   "amerique et europe", "europa y america", "europe and america", "europa e america",
                                   "europe et amerique",
                                   # "del país receptor", "institution publique étrangère": wherever the funder is not
                                   "pais receptor", "paises receptores", "recipient country", "recipient countries",
                                   "publique etrangere", "publiques etrangeres", "culturelle publique etrangere",
                                   "americas", "las americas", "andean", "andina", "andinos", "mercosur", "caraibes", "ameriques",
                                   # "equipos técnicos de ciudades americanas y europeas": of the Americas (Spanish, Portuguese)
                                   "ciudades americanas", "cidades americanas", "gobiernos locales americanos",
                                   "caraibas", "caribe"),
    "Global": ("global", "todo el mundo", "cualquier pais", "todos los paises", "any country", "worldwide",
               # "from any economy" (APEC's word for its members and others): any country
               "any economy", "all economies", "cualquier economia", "toutes les economies",
               "all countries", "around the world", "mundo entero", "qualquer pais", "todos os paises",
               "monde entier", "tous les pays", "de tous pays", "du monde",
               "from all over the world", "de todo el mundo", "de todo o mundo", "paises en desarrollo",
               "developing countries", "paises em desenvolvimento", "pays en developpement",
               "emerging and developing economies", "developing economies", "emerging economies", "economias emergentes",
               "economias en desarrollo", "economies emergentes", "economias em desenvolvimento",
               "low- and middle-income countries", "paises de renta media", "global south", "sur global",
               "sul global", "pays du sud", "paises del sur", "middle-income countries", "lmics",
               "oda-eligible", "oda eligible", "paises de ingreso medio", "paises de renda media",
               "upper-middle-income countries", "upper middle-income countries", "upper middle income countries",
               "paises de renta media alta", "paises de ingreso medio alto", "paises de renda media alta",
               "pays a revenu intermediaire", "pays a revenu intermediaire de la tranche superieure",
               # "sin restricción geográfica": open everywhere
               "sin restriccion geografica", "sin restricciones geograficas", "sin limite geografico",
               "no geographic restriction", "no geographic restrictions", "no geographical restriction",
               "no geographical restrictions", "sans restriction geographique", "sans restrictions geographiques",
               "sem restricao geografica", "sem restricoes geograficas", "de tout pays", "quel que soit le pays",
               "quel que soit leur pays", "regardless of country", "regardless of their country",
               # "ouvert aux villes et municipalités de tous les continents"
               "tous les continents", "all continents", "every continent", "todos los continentes",
               "cualquier region", "any region", "toute region", "qualquer regiao", "de tout pays", "de todo pais",
               "todos os continentes", "cualquier continente", "qualquer continente",
               "sin importar el pais", "independientemente del pais", "independentemente do pais",
               # "prefeituras do Brasil e do exterior", "cities in Canada and abroad": one country and every other one
               "e do exterior", "e no exterior", "y del extranjero", "y en el extranjero", "y del exterior",
               # "ouvert aux villes d'Europe et d'ailleurs": a place and everywhere else (_REGIONS_RE reads them only
               # where the phrase ends: not "and elsewhere in Europe")
               *_ELSEWHERE,
               "y en el exterior", "and abroad", "and overseas", "and from abroad", "et de l'etranger",
               "et a l'etranger",
               # "dans n'importe quel pays", "from anywhere in the world", "de cualquier parte del mundo"
               "n'importe quel pays", "anywhere in the world", "in the world", "any part of the world",
               "cualquier parte del mundo", "cualquier lugar del mundo", "del mundo", "en el mundo",
               "qualquer parte do mundo", "qualquer lugar do mundo", "do mundo", "no mundo", "dans le monde",
               "partout dans le monde", "n'importe ou dans le monde",
               # low- and middle-income countries, every way round
               "paises de ingreso bajo y medio", "paises de ingresos bajos y medios", "paises de renta baja y media",
               "paises de renda baixa e media", "low and middle income countries", "low and middle-income countries",
               "low- and middle income countries", "pays a revenu faible et intermediaire",
               "pays a faible revenu et a revenu intermediaire", "paises de bajos y medianos ingresos",
               # "des pays à revenu faible ou intermédiaire": either kind, Colombia (upper-middle) among them
               "pays a revenu faible ou intermediaire", "pays a faible revenu ou a revenu intermediaire",
               "low- or middle-income countries", "low or middle income countries", "low or middle-income countries",
               "paises de ingreso bajo o medio", "paises de ingresos bajos o medios", "paises de renta baja o media",
               "paises de renda baixa ou media",
               # "países de ingreso bajo y mediano"
               "paises de ingreso bajo y mediano", "paises de ingresos bajos y medianos",
               "paises de ingreso bajo o mediano", "paises de ingresos bajos o medianos",
               "paises de baixa e media renda", "paises de baixa ou media renda"),
    # Colombia is an upper-middle-income country: not among these
    "Países de ingreso bajo": ("low-income countries", "paises de bajos ingresos", "paises de ingreso bajo",
                               "pays a faible revenu", "paises de baixa renda", "least developed countries",
                               "ldcs", "paises menos adelantados", "pays les moins avances",
                               "lower-middle-income countries", "lower middle-income countries",
                               "lower middle income countries", "paises de renta media baja",
                               "paises de ingreso medio bajo", "paises de renda media baixa",
                               "pays a revenu intermediaire de la tranche inferieure"),
    "Centroamérica": (
        "centroamerica", "central america", "america central", "amerique centrale", "centroamericanos",
        "centroamericanas", "centroamerica y el caribe", "central america and the caribbean",
        "america central y el caribe", "america central e caribe", "amerique centrale et caraibes",
        "amerique centrale et les caraibes", "sica"),
    # the Caribbean Community and its forum with the Dominican Republic: Colombia is in neither
    "CARICOM": ("caricom", "cariforum", "caribbean community", "comunidad del caribe", "communaute caribeenne",
                "comunidade do caribe"),
    # organisations Colombia belongs to: their members include it
    "Miembros de organismos con Colombia": (
        "oecd", "ocde", "oecd member countries", "paises de la ocde", "pays de l'ocde", "oas", "oea",
        "oas member states", "organization of american states", "estados miembros de la oea",
        "organizacion de los estados americanos", "alianza del pacifico", "pacific alliance", "celac",
        "comunidad andina", "andean community", "un member states", "united nations member states",
        "estados miembros de la onu", "etats membres de l'onu", "estados membros da onu", "idb member countries",
        "paises miembros del bid", "paises accionistas de caf", "caf member countries",
        "borrowing member countries", "paises miembros prestatarios", "paises membros mutuarios",
        "pays membres emprunteurs",
        # the Pan American Health Organization ("los Estados Miembros de la OPS"), not the European Union's
        "estados miembros de la ops", "paho member states", "member states of paho", "estados membros da opas",
        "etats membres de l'ops", "paises miembros de la ops"),
    "G20": ("g20", "g-20", "g7", "g-7"),
    "Francofonía": ("francophonie", "oif", "francophones", "pays francophones", "paises francofonos"),
    "Mediterráneo": ("mediterranean", "mediterranee", "mediterraneo", "mediterraneen", "mediterraneens"),
    "Pequeños Estados insulares": ("small island developing states", "sids", "pequenos estados insulares",
                                   "pequenos estados insulares en desarrollo", "petits etats insulaires",
                                   "petits etats insulaires en developpement", "peid",
                                   "pequenos estados insulares em desenvolvimento", "pacific island countries",
                                   "pacific islands", "pacific island states", "islas del pacifico"),
    "Commonwealth": ("commonwealth", "commonwealth countries", "pays du commonwealth", "mancomunidad de naciones"),
    # the Organisation of African, Caribbean and Pacific States: its Caribbean members, not Colombia
    "Países ACP": ("acp", "pays acp", "acp countries", "paises acp", "oacps", "oeacp", "african, caribbean and pacific",
                   "africa, caribbean and pacific", "africa, the caribbean and the pacific", "africa, caribbean, pacific",
                   "afrique, caraibes, pacifique", "afrique, caraibes et pacifique",
                   "afrique, des caraibes et du pacifique", "africa, caribe y pacifico", "africa, caribe e pacifico",
                   "africa, caraibas e pacifico", "africa, del caribe y del pacifico"),
    "Balcanes Occidentales": ("western balkans", "balkans", "balcanes", "balcas"),
    "Oriente Medio": ("middle east", "mena region", "oriente medio", "moyen-orient", "medio oriente"),
    # (the countries, not the language a call teaches: "difusão da língua portuguesa")
    "Países de lengua portuguesa": ("cplp", "paises de lingua portuguesa", "paises de lingua oficial portuguesa",
                                    "lusofonos", "lusophone", "lusophones", "paises de lengua portuguesa",
                                    "pays de langue portugaise", "pays lusophones", "portuguese-speaking countries"),
    "Unión Europea": ("union europea", "european union", "eu member states", "estados miembros",
                      "member states", "europa", "europe", "europeas", "europeos", "european", "europeennes",
                      "europeens", "uniao europeia", "union europeenne"),
    "Brasil": ("brasil", "brazil", "brasileiros", "brasileiras", "brasilenos", "brasilenas", "brazilian",
               "bresiliens", "brasileira", "brasileiro", "brasileno", "brasilena", "bresilien", "bresilienne",
               "bresiliennes",
               # its states and their people ("municípios gaúchos", "prefeituras paulistas"): a place in Brazil
               "sao paulo", "rio de janeiro", "minas gerais", "rio grande do sul", "rio grande do norte",
               "santa catarina", "parana", "bahia", "pernambuco", "ceara", "maranhao", "piaui", "alagoas", "sergipe",
               "paraiba", "espirito santo", "goias", "mato grosso", "mato grosso do sul", "tocantins", "rondonia",
               "roraima", "amapa", "gauchos", "gauchas", "paulistas", "mineiros", "mineiras", "cariocas",
               "fluminenses", "baianos", "baianas", "pernambucanos", "cearenses", "paranaenses", "catarinenses",
               "capixabas", "goianos", "goianas", "maranhenses", "piauienses", "alagoanos", "sergipanos",
               "paraibanos", "potiguares", "mato-grossenses", "sul-mato-grossenses", "tocantinenses",
               # the other states' people ("os 144 municípios paraenses"; not "amazonenses", also Colombia's Amazonas)
               "paraenses", "acreanos", "acreanas", "amapaenses", "roraimenses", "rondonienses", "brasilienses",
               "sul-rio-grandenses", "norte-rio-grandenses", "espirito-santenses", "paraibanas", "alagoanas",
               "sergipanas", "pernambucanas", "maranhenses", "fluminense", "paulista", "mineiro", "mineira",
               "gaucho", "gaucha", "baiano", "baiana", "cearense", "paranaense", "catarinense", "goiano", "goiana",
               "paraense", "capixaba",
               # Brazil's own planning regions: "municípios da Amazônia Legal", "do Semiárido"
               "amazonia legal", "legal amazon", "amazonie legale", "amazonia brasileira", "brazilian amazon",
               "amazonie bresilienne", "amazonia brasilena", "semiarido brasileiro", "nordeste brasileiro"),
    "México": ("mexico", "mexicanos", "mexicanas", "mexican"),
    "España": ("espana", "spain", "espanoles", "espanolas", "spanish municipalities", "espagne",
               "comunidad de madrid", "catalunya", "cataluna", "andalucia", "pais vasco", "euskadi",
               "comunitat valenciana", "comunidad valenciana", "islas baleares", "canarias", "castilla"),
    "Francia": ("france", "francia", "francaises", "francais", "french"),
    "Estados Unidos": ("estados unidos", "united states", "u.s.", "usa", "us-based", "american cities", "us cities",
                       "us municipalities", "us local governments", "u.s. cities", "us counties",
                       # "US state, county and city governments", "U.S. jurisdictions": a level of US government
                       "us state", "us states", "us county", "us city", "us local", "us municipal", "us jurisdictions",
                       "us tribal", "u.s. state", "u.s. states", "u.s. county", "u.s. local", "u.s. jurisdictions",
                       "estadounidenses", "etats-unis"),
    "África": ("africa", "african", "africanos", "africanas", "afrique", "africains", "africaines", "ecowas",
               "cedeao", "sahel", "uemoa"),
    "Asia": ("asia", "asian", "asiaticos", "asie",
             # "countries of the WHO Western Pacific Region": Asia and Oceania, not the Americas' Pacific coast
             "western pacific", "pacifico occidental", "pacifique occidental", "pacifico ocidental",
             "asia-pacific", "asia pacific", "asie-pacifique", "asia-pacifico", "asia pacifico"),
    # ("administração pública portuguesa": the singular adjective too; "língua portuguesa" is read as a language)
    "Portugal": ("portugal", "portugueses", "portuguesas", "portuguesa", "portuguese"),
    "Argentina": ("argentina", "argentinos", "argentinas", "argentine"),
    "Canadá": ("canada", "canadiennes", "canadiens", "canadian", "canadienses", "quebec", "quebecoises",
               "quebecois", "ontario", "alberta", "british columbia", "colombie-britannique", "manitoba",
               "saskatchewan", "nouveau-brunswick", "new brunswick", "nova scotia", "nouvelle-ecosse"),
    "Chile": ("chile", "chilenos", "chilenas", "chilean"),
    "Perú": ("peru", "peruanos", "peruanas", "peruvian"),
    "Ecuador": ("ecuador", "ecuatorianos", "ecuatorianas"),
    # "organisations in the UK" ("UK PACT", "UK time", "gov.uk" elsewhere on a page: read in eligibility passages only)
    "Reino Unido": ("uk",),
}
COLOMBIA_OPEN = {"Colombia", "América Latina y el Caribe", "Global", "Miembros de organismos con Colombia"}


# "IsDB member countries", "États membres de l'ICESCO", "member cities of CityNet": the members of an organisation or
# network Colombia is not in (models.eligibility.NON_COLOMBIA_ORGANISATIONS, shared with call-level eligibility)
OTHER_MEMBERS = "Miembros de organismos sin Colombia"


def _member_phrases(org: str) -> tuple[str, ...]:
    """The ways a page names the members of one organisation, in es/en/pt/fr."""
    # "Arab League states", "ASEAN countries": an organisation of states named before its states is its members too
    # (APEC's members are "economies": "APEC member economies", "economías miembro de APEC")
    en = ("member states", "member countries", "member nations", "member economies", "member cities", "member governments",
          "members", "states", "countries", "nations", "economies", "participating states", "participating countries")
    phrases = [f"{org} {w}" for w in en] + [f"{org} full members"]
    phrases += [f"{w}{the}{org}" for w in ("member states of ", "member countries of ", "member nations of ",
                                            "member economies of ", "member cities of ", "members of ",
                                            "participating states of ", "participating countries of ",
                                            "full members of ") for the in ("", "the ")]
    for words, ofs in ((("estados miembros", "paises miembros", "economias miembros", "economias miembro",
                         "ciudades miembros", "ciudades miembro", "miembros", "estados participantes"), ("de ", "de la ", "del ")),
                       (("estados membros", "paises membros", "economias membros", "economias membro", "cidades membros",
                         "membros", "estados participantes"), ("de ", "da ", "do ")),
                       (("etats membres", "pays membres", "economies membres", "villes membres", "membres",
                         "etats participants"),
                        ("de ", "de la ", "du ", "de l'", "de l’"))):
        phrases += [f"{w} {of}{org}" for w in words for of in ofs]
    if len(org) <= 3:  # a bare "miembros de la OCI" may be an office's staff (Oficina de Control Interno)
        phrases = [p for p in phrases if not p.startswith(("members of", "miembros", "membros", "membres"))
                   and not p.endswith(f"{org} members")]
    # "Estados-membros da SADC", "États-membres": Portuguese (and some French) write the compound with a hyphen
    phrases += [p.replace(" membros", "-membros").replace(" membres", "-membres") for p in phrases
                if p.startswith(("estados membros", "paises membros", "etats membres", "pays membres"))]
    return tuple({p.replace("'", q) for p in phrases for q in ("'", "’")})


REGIONS[OTHER_MEMBERS] = tuple(p for org in NON_COLOMBIA_ORGANISATIONS for p in _member_phrases(org))


def _words(words) -> re.Pattern[str]:
    return re.compile(r"(?<![\w-])(" + alternation(words) + r")(?![\w-])")


def _region_table() -> dict[str, tuple[str, ...]]:
    table = {name: set(words) for name, words in REGIONS.items()}
    for name, words in country_names().items():
        table.setdefault(name, set()).update(words)
    return {name: tuple(words) for name, words in table.items()}


_APPLICANT_RE = {kind: _words(words) for kind, words in APPLICANTS.items()}
# "servidor de órgão público nacional, estadual, departamental ou municipal": public bodies of every level, the
# municipal one among them
_LEVELS_WITH_MUNICIPAL = (
    r"\b(?:orgaos?|organos?|organismos?|organismes?|entidad(?:es)?|entidades?|administracion(?:es)?|administracao|"
    r"administracoes|gobiernos?|governos?|governments?|bodies|body|agenc(?:y|ies)|institution\w*|instituci\w*|"
    r"instituic\w*|nivel(?:es)?|niveis|levels?|esferas?|spheres?|servidor\w*|funcionari\w*|officials|staff|"
    r"autoridad(?:es)?|authorit(?:y|ies)|fonctionnaires|agents)\b[^.;:\n]{0,40}?"
    r"\b(?:(?:national|nacional|nacionales|nacionais|nationaux|nationales|federal|federales|federais|state|estadual|"
    r"estaduais|estatal|estatales|departmental|departamental|departamentales|departamentais|provincial|provinciales|"
    r"regional|regionales|regionais|regionaux)\s*,?\s+)+(?:ou|o|or|y|e|and|et)\s+(?:municipal|municipales|municipais|"
    r"municipaux)\b")
# "gobiernos nacionales y locales", "entidades públicas del orden nacional o territorial", "local, regional and national
# governments", "national and subnational agencies": a list of levels of government with a local one among them
_LEVEL = (r"(?:national|nacional|nacionales|nacionais|nationaux|nationales|federal|federales|federais|central|centrales|"
          r"centrais|centraux|state|estadual|estaduais|estatal|estatales|departmental|departamental|departamentales|"
          r"departamentais|departementaux|provincial|provinciales|provinciais|provinciaux|regional|regionales|regionais|"
          r"regionaux|intermedias|intermedios|intermediarias|intermediate|{local})")
_LOCAL_LEVEL = (r"(?:subnational|sub-national|subnacional|subnacionales|subnacionais|infranationaux|territorial|"
                r"territoriales|territoriais|territoriaux|municipal|municipales|municipais|municipaux|local|locales|locais|"
                r"locaux|distrital|distritales|distritais|district|metropolitan|metropolitanos|metropolitanas|"
                r"metropolitains|city)")
_LEVEL = _LEVEL.format(local=_LOCAL_LEVEL)
_LEVEL_SEP = (r"(?:\s*\([^)\n]{0,60}\))?(?:\s*,\s*(?:(?:y|e|o|u|ou|or|and|et)\s+)?|\s+(?:y|e|o|u|ou|or|and|et)\s+)"
              r"(?:(?:de|del|de los|of|the|des|du|dos|das)\s+)?")
_LEVEL_LIST = rf"(?:(?:{_LEVEL}{_LEVEL_SEP})+{_LOCAL_LEVEL}|{_LOCAL_LEVEL}(?:{_LEVEL_SEP}{_LEVEL})+)"
_GOVERNMENT_BODY_NOUN = (r"(?:gobiernos?|governos?|governments?|gouvernements?|administraciones|administracoes|"
                         r"administrations|entidades|entidad|instituciones|instituicoes|institutions|organos|orgaos|"
                         r"organismos|organismes|autoridades|authorities|autorites|agencias|agencies|agences|bodies|orden|"
                         r"secretarias|secretariats|"
                         # "bibliotecas públicas de gestión estatal (nacional, regional o municipal)": run by that level
                         r"gestion|gestao|"
                         # "de cualquier nivel de gobierno (nacional, subnacional o local)" (not "del nivel municipal", which
                         # may be a public hospital's)
                         r"(?:niveles|nivel|niveis|levels?|niveaux|niveau|esferas?|spheres?)\s+(?:de|of|du)\s+"
                         r"(?:gobierno|governo|government|gouvernement))")
# between the noun and its levels: words that make it a private or civil body ("entidades sin ánimo de lucro, nacionales
# o locales", "national and local non-profit agencies")
_NOT_GOVERNMENT = (r"(?!sin animo|sin fines|sem fins|sans but|non-profit|nonprofit|not-for-profit|privad|private|privee?s?\b|"
                   r"sociedad civil|civil society|sociedade civil|societe civile|comunitar|community|communautair|"
                   r"educativ|educational|academic|academi|ong\b|ongs\b|ngos?\b)")
_GAP = rf"(?:{_NOT_GOVERNMENT}[^.;:\n]){{{{0,{{n}}}}}}?"
_LEVELS_OF_GOVERNMENT = (
    rf"\b{_GOVERNMENT_BODY_NOUN}\b{_GAP.format(n=40)}\b{_LEVEL_LIST}\b"
    # "órgãos e entidades da administração pública, inclusive municipal"
    rf"|\b{_GOVERNMENT_BODY_NOUN}\b{_GAP.format(n=40)}\b(?:inclusive|incluso|incluidas?|incluidos?|including|included|"
    rf"y en particular|en particular|em particular|notamment|especialmente|especially|particularly)\s+"
    rf"(?:(?:la|a|the|el|o|le|les|los|las|as|os)\s+)?(?:(?:administracion|administracao|administration|nivel|level|"
    rf"niveau|esfera)\s+)?{_LOCAL_LEVEL}\b"
    # "public institutions from UN Member States are eligible, at the national, subnational and local levels"
    rf"|\b(?:public|publicas|publicos|publiques|publics|government|governmental)\s+(?:institutions|bodies|entities|"
    rf"agencies|organisations|organizations)\b{_GAP.format(n=80)}\b{_LEVEL_LIST}\s+levels?\b"
    # English puts the levels first: "city, regional and national governments", "national and local agencies"
    rf"|\b{_LEVEL_LIST}\s+(?:{_NOT_GOVERNMENT}[a-z-]+\s+){{0,3}}?(?:governments?|government|agencies|authorities|administrations|"
    r"bodies|secretariats|departments|boards|offices)\b")
# one city body by its work: "city tourism boards", "municipal transport secretariats", "local education authorities",
# "secretarias de saúde municipais", "institutos municipales de cultura"
_CITY_BODY = (r"\b(?:city|municipal|municipality)\s+(?:[a-z-]+\s+){0,3}?(?:agency|agencies|departments?|secretariats?|"
              r"boards?|offices?|authorit(?:y|ies))\b"
              r"|\blocal\s+(?:[a-z-]+\s+){1,2}?(?:authorities|administrations)\b"
              r"|\b(?:secretarias?|secretariats?|institutos?|agencias?|organismos?|orgaos?|organos?|direcciones|"
              r"departamentos|services|directions|agences|"
              # "incluidos los archivos municipales", "bibliotecas municipais": the city's own archives and libraries
              r"archivos|arquivos|archives|bibliotecas|bibliotheques|museos|museus|musees)\s+(?:(?:de|do|da|des|du)\s+(?:[a-z-]+\s+){1,2}?)?"
              r"(?:municipales|municipal|municipais|municipaux|municipale|distritales|distrital)\b"
              # "secretarías de educación", "secretariats of education": the sector offices of subnational governments
              r"|\b(?:secretarias|secretariats)\s+(?:(?:e|y|and|et)\s+[a-z]+\s+(?:[a-z]+\s+)?)?(?:de|do|da|of|du|des)\s")
_APPLICANT_RE["local_governments"] = re.compile(f"{_APPLICANT_RE['local_governments'].pattern}|{_LEVELS_WITH_MUNICIPAL}"
                                                f"|{_LEVELS_OF_GOVERNMENT}|{_CITY_BODY}")
_REGION_OF = {word: name for name, words in _region_table().items() for word in words}
_REGIONS_RE = re.compile(r"(?<![\w-])" + NOT_A_LAKE + r"((?:" + alternation(w for w in _REGION_OF if w not in _ELSEWHERE)  # every region
                         + r")(?![\w-])|(?:" + alternation(_ELSEWHERE) + r")(?=\s*(?:[,.;:()]|$)))")  # and country
_CUE_RE = _words(ELIGIBILITY_CUES)
_NEG_RE = _words(NEGATIONS)
# "pueden participar únicamente como entidades asociadas", "podem figurar como parceiras": any role word after such verbs
_ROLE_NOUNS = (r"(?:[a-z-]+\s+){0,2}(?:socios?|socias?|aliad[oa]s?|all(?:y|ies)|asociad[oa]s?|associad[oa]s?|"
               r"associates?|associated|"
               r"partners?|partenaires?|parceir[oa]s?|associes?|associees?|co-?applicants?|co-?solicitantes?|"
               r"co-?beneficiari\w*|collaborateurs?|collaborators?|colaborador\w*|observ\w+|"
               # "solo podrán participar como acompañantes técnicos"
               r"acompanantes?|acompanhantes?|accompagnateurs?|"
               # "participan como contrapartes y receptores del proyecto": the local side of someone else's project
               r"contrapartes?|counterparts?|"
               # "Local governments can only be executing agencies of projects requested by their national government"
               r"executing (?:agenc(?:y|ies)|entit(?:y|ies)|partners?)|implementing (?:agenc(?:y|ies)|entit(?:y|ies))|"
               # "Las ONG solo pueden ser entidades afiliadas": an EU grant's affiliated entity, under an applicant
               r"entidad(?:es?)? afiliadas?|affiliated entit(?:y|ies)|entites? affiliees?|"
               r"operador(?:a|es|as)?|operators?|operateurs?|"
               # "consultancies and NGOs may only take part as service providers selected by the Secretariat"
               r"service providers?|proveedores? de servicios|prestataires?(?: de services)?|prestadores? de servicos|"
               r"sub-?grantees?|entidad(?:es)? ejecutoras?|ejecutor(?:es|as?)?|entidades executoras|executor(?:es|as?)|"
               r"agences? d'execution|"
               # "can only take part as consortium members": a member of the consortium another one leads
               r"(?:consortium|consorcio)\s+members?|members?\s+of\s+(?:a|the)\s+consortium|"
               r"miembros?\s+de(?:l| un)\s+consorcio|membres?\s+(?:du|d'un)\s+consortium|"
               r"membros?\s+(?:do|de um)\s+consorcio|sub-?contract\w*|sub-?contratad\w*|sub-?contratist\w*|"
               r"sous-traitants?|"
               # "las empresas solo pueden participar como consultoras contratadas", "participam apenas como
               # co-expositoras": hired or exhibiting, not applying
               r"consultor\w*|consultants?|contratad\w*|contractors?|(?:co-?)?expositor\w*|(?:co-?)?exhibitors?|"
               r"(?:co-?)?exposants?|proveedor\w*|fornecedor\w*|suppliers?|fournisseurs?|prestataires?)\b")
_GOVERNMENT_NOUN = (r"(?:gobiernos?|governments?|governos?|gouvernements?|autoridad(?:es)?|authorit(?:y|ies)|autorites?|"
                    r"autoridades?)")
_PARTNER_ROLE_RE = re.compile(
    _words(PARTNER_ROLES).pattern
    + r"|\b(?:solo|solamente|unicamente|exclusivamente|only|exclusively|apenas|somente|seulement|uniquement|"
      r"exclusivement)\s+(?:como|as|en tant que|comme|en calidad de|na qualidade de|enquanto)\s+" + _ROLE_NOUNS
    # "figurar como socias", "os municípios participam como entidades parceiras locais": a role, not the applicant
    # "can only take part as consortium members", "solo pueden participar como socios": 'only' before the verb too
    + r"|\b(?:(?:solo|solamente|unicamente|only|apenas|somente|seulement|uniquement)\s+"
      r"(?:(?:pueden|podran|puede|podra|podem|poderao|pode|peuvent|pourront|peut)\s+)?)?"
      # ("los gobiernos nacionales solo podrán hacerlo como entidades asociadas": the verb said before)
      # ("National agencies may act as associates only")
      r"(?:figurar|figurer|appear|be listed|participa\w*|participe\w*|take part|takes part|join|joins|hacerlo|faze-lo|"
      r"do so|le faire|act|acts|actuar|atuar|agir|serve|serves|be involved)\s+"
      r"(?:unicamente |solo |only |apenas |seulement |uniquement |somente |solamente )?"
      r"(?:(?:como|as|en tant que|comme|en calidad de|na qualidade de)\s+|en tant qu')"
      # not the one who leads: "participate as lead partner", "socios principales", "partenaire chef de file"
      r"(?!(?:the |a |an |el |la |le |o )?(?:lead|leading|main|principal|coordinat\w*|lider\w*)\b)" + _ROLE_NOUNS
    + r"(?!\s+(?:principal\w*|lider\w*|coordinador\w*|coordenador\w*|chef de file|lead)\b)"
    # "que podem apenas acompanhar a cidade como parceiros": they go along with the applicant, in a role
    + r"|\b(?:acompanh\w*|acompan\w*|accompan\w*|accompagn\w*)\s+(?:(?:a|the|la|el|o|le|l')\s*)?[\w-]+\s+"
      r"(?:como|as|comme|en tant que|enquanto)\s+" + _ROLE_NOUNS
    # "can only be executing agencies", "solo pueden ser socios": 'only' and a role, with no verb of taking part
    # ("solo pueden actuar como cosolicitantes o entidades afiliadas": the modal between)
    + r"|\b(?:only|solo|solamente|unicamente|apenas|somente|seulement|uniquement)\s+"
      r"(?:(?:pueden|podran|puede|podra|podem|poderao|peuvent|pourront)\s+)?(?:be named as|be listed as|be|ser|etre|act as|serve as|"
      r"actuar como|atuar como|agir (?:en tant que|comme))\s+"
      r"(?!(?:the |a |an |el |la |le |o )?(?:lead|leading|main|principal|coordinat\w*|lider\w*)\b)" + _ROLE_NOUNS
    # "municipalities can only be beneficiaries": they receive the work, someone else applies
    + r"|\b(?:only|solo|solamente|unicamente|apenas|somente|seulement|uniquement)\s+(?:be|ser|etre|como|as|comme|"
      r"en tant que)\s+(?:(?:final|indirect|indirectos?|finales?|finais|finaux)\s+)?(?:beneficiar\w*|beneficiair\w*)"
    # "las entidades subnacionales participan solo a través de ella (la autoridad nacional)", "subnational entities may
    # benefit through national projects": they come in through the national level, which applies
    # (not "postula a sus participantes mediante carta de su punto focal": the participants, not how the city takes part)
    + r"|\b(?:particip(?!ant)\w*|apply|applies|postulan|aplican|candidatent|concorrem|benefit|beneficiarse|se beneficiar|"
      r"beneficier)\s+(?:(?:solo|solamente|unicamente|only|apenas|somente|seulement|uniquement)\s+)?"
      r"(?:indirectly|indirectamente|indiretamente|indirectement|(?:through|via|a traves de|por medio de|por meio de|"
      r"por intermedio de|par l'intermediaire de|par le biais de|au travers de|mediante)\s+"
      r"(?:(?:ella|el|ellos|ellas|it|them|elle|lui|eux|dela|dele|deles|delas)(?=\s*(?:[.;,)]|$))|(?:[a-z-]+\s+){0,3}?"
      # (not "through a single institutional focal point", "its own focal point": the applicant's own)
      r"(?:ministerios?|ministr(?:y|ies)|ministeres?|embajadas?|embass(?:y|ies)|ambassades?|embaixadas?|"
      r"(?<!institutional )(?<!own )(?<!its )(?<!their )focal points?|"
      r"puntos? focal(?:es)?(?! institucional| propio)|pontos? foca(?:l|is)(?! institucional| propri)|"
      r"points? focaux?(?! institutionnel| propre)|national (?:projects?|programmes?|programs?|requests?)|"
      r"proyectos nacionales|projetos nacionais|projets nationaux)|"
      # a government or authority of the national level (not "par l'intermédiaire de leur autorité exécutive": their own)
      r"(?:[a-z-]+\s+){0,2}?(?:(?:national|nacional|nationale|central|federal)\s+(?:[a-z-]+\s+)?" + _GOVERNMENT_NOUN + "|"
      + _GOVERNMENT_NOUN + r"\s+(?:[a-z-]+\s+)?(?:nacional|nationale?|central|federal|designad[oa]|designated)))\b)")
# "un curso en Seúl", "curso em Seul": Seoul's name in es/pt folds to the French "seul" (only); after "en", "em",
# "de", "a" it is the city, not a word that narrows who may apply
_SEOUL_BEFORE = r"(?<!\ben )(?<!\bem )(?<!\bde )(?<!\ba )"
# ("sous réserve de l'autorisation": subject to, not reserved for)
_ONLY_RE = re.compile(r"(?<![\w-])(?<!\bsous )(" + alternation(w for w in ONLY if w != "seul") + r"|" + _SEOUL_BEFORE + r"seul)(?![\w-])")
_SENTENCE = re.compile(r"(?:[^.!?\n]|[.!?](?=[^\s]))+[.!?]?")  # "USD 1.000.000" does not end a sentence


# a heading that asks or names who may NOT apply
_NEG_HEADING = re.compile(r"\b(?:quem nao pode|quienes no pueden|quien no puede|who cannot|who can not|who may not|"
                          r"qui ne peut pas|qui ne peuvent pas|no (?:son )?elegibles|not eligible|non eligibles?|"
                          r"nao elegiveis|ineligible|inelegibles?|exclusions?|exclusiones|exclusoes)\b")
_ENDS_CLAUSE = re.compile(r"[.!?:;|]\s*$")
_CONTINUES = re.compile(r"\s*[a-z\u00df-\u00ff(]")
_ITEM_START = re.compile(r"\s*(?:[-•*·▸]|[a-z]\)|\d+[.)])\s")


def _unwrapped(text: str) -> str:
    """Text hard-wrapped at a fixed width (PDF converted to <pre>, e-mails) joined back into its sentences, so
    "NO son elegibles: entidades públicas\n(incluidas alcaldías…)" stays one sentence."""
    out: list[str] = []
    for line in text.split("\n"):
        last = out[-1].rstrip() if out else ""
        if len(last.strip()) >= 40 and not _ENDS_CLAUSE.search(last) and not _ITEM_START.match(line) and (
                _CONTINUES.match(line) or last.endswith(",")) and line.strip():
            out[-1] = f"{last} {line.strip()}"
        else:
            out.append(line)
    return "\n".join(out)


def eligibility_heading(heading: str) -> bool:
    """A heading or field label that asks or names who may apply ("Dirigida a", "Who can submit?")."""
    return bool(_CUE_RE.search(folded_same_length(heading)))


_AUDIENCE_HEADING = re.compile(r"^\s*(?:public|publics|audience|target audience|participants|publico|destinataires|"
                               # "Villes concernées", "Municípios contemplados": a heading alone naming who is meant
                               r"(?:[a-z-]+\s+){1,2}(?:concernee?s|concernes|contemplad[oa]s|focalizad[oa]s))"
                               r"\s*:?\s*$")


_ANSWERED_LABEL = re.compile(r"\s*(?:[-•*·]\s*)?(?:(?P<key>[^:|?\n]{1,40})\s?:|\|(?P<cell>[^|\n]+)\|)\s*(?P<answer>[^|\s][^|\n]*)")


def _answered_label(line: str) -> bool:
    """'Bénéficiaires : associations…', '| Registration deadline | 2027-02-28 |': the cued label holds its answer
    (not '| Tipo de entidad | ¿Elegible? |', a table's header over the rows that answer it)."""
    m = _ANSWERED_LABEL.match(line)
    return bool(m and _CUE_RE.search(m.group("key") or m.group("cell")) and not _CUE_RE.search(m.group("answer")))


# "convocatorias … de interés para las alcaldías", "calls of interest to local governments": offers said to be of
# interest to local governments name them as who may take them up, as "dirigidas a" does (not "Oportunidades para os
# Municípios", the name of a seminar a news item reports on)
_OFFERS_FOR = re.compile(
    r"\b(?:oportunidades|convocatorias|opportunities|calls|appels|chamadas|editais|programas|programmes|programs|"
    r"premios|prizes|prix|premios|becas|grants|subvenciones|subvencoes|subventions|ayudas|fondos|funds|fundos)\b"
    r"[^.;:\n]{0,80}?\b(?:de interes para|of interest to|of interest for|d'interet pour|de interesse para)"
    r"\s+(?:(?:las|los|les|the|as|os|sus|seus|suas|leurs|their)\s+)?(?:" + alternation(
        APPLICANTS["local_governments"]) + r")(?![\w-])")


# "60 villes participantes … la saison s'est achevée le 31 octobre", "participaron 40 ciudades": a report of an event
# that is over tells who took part, not who may apply (unless the sentence also says who may, or who may not)
_EVENT_OVER = re.compile(
    r"\b(?:s'est (?:achevee?|terminee?|cloturee?|deroulee?)|a pris fin|ont pris part|ont participe|"
    r"(?:has|have) (?:ended|concluded)|ended on|concluded on|took place|took part|"
    r"finalizo|concluyo|culmino|se realizo|se llevo a cabo|participaron|"
    r"terminou|encerrou|foi realizad[oa]|foi concluid[oa]|participaram)\b")
_MAY_NOW = re.compile(r"\b(?:pueden|podran|puede|podra|may|can|peuvent|pourront|peut|podem|poderao|pode|will|"
                      r"invita\w*|invite\w*|convida\w*)\b")


def _reports_past_event(sentence: str) -> bool:
    return bool(_EVENT_OVER.search(sentence) and not _MAY_NOW.search(sentence) and not _NEG_RE.search(sentence))


@lru_cache(maxsize=4)  # one page's text is read by several finders in a row
def eligibility_passages(text: str) -> tuple[str, ...]:
    """The sentences that speak about who may apply, plus the list lines under such a heading."""
    folded = folded_same_length(_unwrapped(text))
    lines = folded.split("\n")
    out: list[str] = []
    follow = 0
    negative_heading = ""
    for line in lines:
        if _AUDIENCE_HEADING.match(line):  # "Public" alone over the answer: who the course or call is for
            follow, negative_heading = 6, ""
            continue
        sentences = [s.group(0) for s in _SENTENCE.finditer(line)]
        # "Qui peut candidater ? Les collectivités…": a cued question or label takes the sentence after it
        cued = [s for i, s in enumerate(sentences) if (_CUE_RE.search(s) or _OFFERS_FOR.search(s) or
                i and _CUE_RE.search(sentences[i - 1]) and sentences[i - 1].rstrip()[-1:] in "?:")
                and not _reports_past_event(s)]
        # "| Dirigido a | … . Sin restricción geográfica; … |": a table row whose label cell is cued, all of it
        # (a label cell is short: a whole paragraph set in one cell is no label over the rest of the row)
        label_cell = line.lstrip()[1:].split("|", 1)[0]
        row_label = line.lstrip().startswith("|") and len(label_cell) <= 80 and _CUE_RE.search(label_cell)
        if cued:
            out.extend(sentences if follow or row_label else cued)  # under a "Who can apply" heading: the whole answer
            # "- Bénéficiaires : associations, collectivités", "| Registration deadline | 2027-02-28 |": a label with its
            # answer on the same line is no heading over the lines below it
            follow = 6 if line.rstrip().endswith(":") or len(line) < 80 and not _answered_label(line) else 0
            # "Quem não pode participar" over a list: each line under it is a negative answer
            negative_heading = line.strip().rstrip(":?") + ": " if follow and _NEG_HEADING.search(line) else ""
        elif follow and line.strip():
            # sentence by sentence, so one's negation does not spill over the next
            out.extend(negative_heading + s for s in (sentences or [line]))
            follow -= 1
            if len(line) > 200:
                follow = 0
    return tuple(out)


# "| Alcaldías municipales | No |": a table row whose verdict cell says no
_ROW_NO = re.compile(r"\|\s*(?:no|nao|non|not eligible|ineligible)\s*\|?\s*$")
# "en partenariat avec des collectivités d'Amérique latine": the partners' places, not the applicants'
_PARTNER_BEFORE = re.compile(r"\b(?:en partenariat avec|in partnership with|en asociacion con|en alianza con|"
                             r"em parceria com|with partners (?:from|in)|con socios de|avec des partenaires|"
                             # "se ejecutan con socios en Colombia", "feitos com parceiros na Colômbia"
                             # ("avec un partenaire français": the partner's country)
                             r"(?:with|con|com|avec) (?:(?:their|its|sus|seus|suas|leurs|des|los|las|os|as|les|local|"
                             r"locales|locais|locaux|un|une|a|an|una|um|uma) ){0,2}(?:partners?|socios?|socias?|contrapartes|"
                             r"parceir[oa]s?|partenaires?)|"
                             # "com acordo de irmanação ou de cooperação vigente com São Paulo": the partner city, no
                             # place where applicants must be
                             r"(?:acuerdo|acordo|accord|agreement|convenio|hermanamiento|irmanacao|jumelage|"
                             r"twinning|sister[- ]city)\w*\b[^.;:\n]{0,50}?\b(?:con|com|with|avec))\b"
                             r"[^.;:\n]*$")


# "priority will be given to …", "en priorité en Afrique": places a call prefers, not the only ones open
_PRIORITY_BEFORE = re.compile(r"\b(?:(?:prioridad|priority|priorite|prioridade)(?: (?:will be|is|sera|est|e|es) "
                              r"(?:given|granted|dada|donnee|accordee|concedida|otorgada))? (?:a|al|a los|a las|a la|to|"
                              r"aux|au|a l'|para|aos|as|for)|en priorite|prioritariamente|prioritairement|"
                              r"priorizando|priorizara|priorizarao|prioritizing|prioritising|prioritised|prioritized|"
                              r"de preference|preferably|preferentemente|preferencialmente|preference|preferencia|"
                              r"especialmente|especially|particularly|en particular|em particular|notamment|"
                              r"sobre todo|with a focus on|con enfasis en|com foco em|con especial atencion)\b"
                              r"[^.;:\n]*$")


# "services in secondary cities of Colombia": cities named as the place of the work, not as applicants
_CITY_WORDS = {"cities", "ciudades", "cidades", "villes", "any city", "cualquier ciudad", "toute ville", "qualquer cidade"}
_IN_PLACE = re.compile(r"\b(?:in|en|em|nas|nos|dans les|across|throughout)\s+(?:[a-z-]+\s+){0,2}$")

# "ONGD registadas no município", "sediadas num município da região": Portuguese "in the" (em + o) before the town
_IN_THE_TOWN_PT = re.compile(r"\b(?:no|num)\s+$")


# (and a contrast after a comma: "Innovator and Active cities may apply, while Observer cities are not eligible")
_CLAUSE_JOINT = (r";|\bpero\b|\bbut\b|\bmas\b|\bmais\b|\bsin embargo\b|\bhowever\b|,\s*(?:while|whereas|mientras que|"
                 r"alors que|tandis que|enquanto)\b")
_JOINTS = re.compile(_CLAUSE_JOINT)
_JOINTS_KEPT = re.compile(f"({_CLAUSE_JOINT})")
_JOINT_WORDS = (";", "pero", "but", "mas", "mais", "sin embargo", "however", "while", "whereas", "mientras", "alors",
                "tandis", "enquanto")


def _split(pattern: re.Pattern[str], words: tuple[str, ...], passage: str) -> list[str]:
    """pattern.split, not run over a passage that holds none of the words every match is made of (most passages)."""
    return pattern.split(passage) if any(word in passage for word in words) else [passage]


def _clauses(passage: str) -> list[str]:
    return _split(_JOINTS, _JOINT_WORDS, passage)


def _joined_clauses(passage: str) -> list[tuple[str, str]]:
    """Each clause with the word that joins it to the one before ('' for the first, ';' or 'but', 'pero'…)."""
    parts = _split(_JOINTS_KEPT, _JOINT_WORDS, passage)
    return [(parts[i], parts[i - 1] if i else "") for i in range(0, len(parts), 2)]


# "Local governments may be involved as beneficiaries but cannot apply on their own", "Governos locais podem ser
# indicados como beneficiários, mas não apresentam demandas", "… pero no son solicitantes": a 'but' clause with no
# subject of its own that denies applying, about the kinds of the clause before it (not "… but cannot submit more
# than one proposal": how many, not whether)
_DENIES_APPLYING = re.compile(
    r"\s*(?:(?:are|is|son|sao|sont|es|e)\s+)?(?:no|nao|not|ne|never|nunca|do not|does not|cannot|can not|may not|"
    r"will not|must not|shall not)\s+(?:[\w']+\s+){0,2}?"
    r"(?:apply|submit\w*|hold|lead|act as|be (?:the )?(?:lead )?applicants?|"
    r"receive (?:funds|funding|financing|grants?|resources|the (?:award|grant)|money)|"
    r"eligible to (?:apply|receive|submit|lead|hold)|applicants?|solicitantes?|proponentes?|postulantes?|porteu\w+|"
    r"demandeurs?|postul\w+|present\w+|aplic\w+|solicit\w+|apresent\w+|candidat\w+|depos\w+|soumett\w*|"
    r"recib\w+ (?:recursos|fondos|financiacion)|receb\w+ (?:recursos|financiamento))\b"
    r"(?!\s+(?:(?:for|para|por|pour|a)\s+)?(?:more|mas|mais|plus|another|otra|otro|outra|outro|un autre|une autre|"
    r"a second|twice|again|de nuevo|both|ambas|ambos|les deux|the same|la misma|el mismo|la meme|le meme|\d))"
    # "… may originate a request but it must be submitted by the NDE": someone else submits
    r"|\s*(?:(?:it|they|this|the (?:request|application|proposal)s?|la solicitud|la propuesta|a proposta|a solicitacao|"
    r"la demande|la candidature|esta|ella|ils|elle)\s+)?(?:must|shall|has to|have to|debe|deben|deve|devem|doit|doivent)"
    r"\s+(?:be|ser|etre)\s+(?:(?:endorsed and|avalad[oa]s? y|endossee?s? et)\s+)?(?:submitted|presentad\w*|apresentad\w*|"
    r"deposee?s?|soumise?s?|channell?ed|canalizad\w*)\s+(?:by|through|por|pela|pelo|par|via|a traves de)\b")
# ("… contribute datasets and mentors but cannot compete": the contest denied, not "cannot compete in more than one")
_DENIES_APPLYING = re.compile(_DENIES_APPLYING.pattern.replace(
    r"(?:apply|submit\w*|", r"(?:(?:compete|competir|concursar|concorrer|concourir)\b(?!\s+(?:in|en|em|dans|for|para|por|pour)\s+"
    r"(?:more|mas|mais|plus|both|ambas|ambos|les deux|several|varias|\d))|apply|submit\w*|", 1))
# "may apply", "pueden presentar": the clause before says they apply, so a 'but not' after it limits something else
_MAY_APPLY = re.compile(r"\b(?:may|can|pueden|podran|puede|podra|podem|poderao|pode|peuvent|pourront|peut)\s+"
                        r"(?:[a-z]+\s+)?(?:apply|submit|postular\w*|presentar\w*|presenter|aplicar|solicitar|apresentar|"
                        r"candidatar|candidater|deposer|soumettre|"
                        # "Only full members may lead a pilot project, and two other members must join as partners"
                        r"lead|liderar|encabezar|coordinar|coordinate|piloter|coordonner|coordenar)\b|"
                        r"\b(?:are|is|son|es|sao|e|sont|est)\s+(?:eligible|elegibles?|elegiveis|elegivel|eligibles?)\b")


_NOT_BEFORE = re.compile(r"\b(?:not|no|non|nao|pas)\s+(?:yet\s+)?$")
# ("Non-designated cities are not eligible", "Non-C40 cities are not eligible in this cohort": those outside a network)
_NON_MEMBER_BEFORE = re.compile(r"\bnon-?\s?(?:members?|designated|" + NON_OF_A_NETWORK + r")\s+$")
_NON_MEMBER_AFTER = re.compile(r"\s+(?:no miembros?|nao membros?|non membres?|no asociadas|nao associadas|non associees|"
                               r"no afiliadas|nao filiadas|nao afiliadas|non affiliees|"
                               # "ni de ciudades ajenas a la red": the network's others
                               + OUTSIDE_THE_NETWORK + r"|"
                               r"(?:that|which|who|que|qui) (?:are not|no son|no sean|nao sao|ne sont pas) "
                               r"(?:members?|miembros|membros|membres))\b")
# ("… will be invited by participating cities as local stakeholders but cannot apply": the cities invite)
_BY_AGENT_BEFORE = re.compile(r"(?:apresentad\w*|presentad\w*|submitted|presentee?s?|soumise?s?|led|lideradas?|postulad\w*|"
                              r"invited|invitad[oa]s|convidad[oa]s|invitee?s|selected|seleccionad[oa]s|chosen|"
                              # "applications must be endorsed by the Mayor's office": who endorses
                              r"endorsed|signed|avalad[oa]s|firmad[oa]s|signee?s|assinad[oa]s)\s+"
                              r"(?:pel[oa]s?|por(?: el| la| los| las)?|by(?: the| a)?|par(?: le| la| les| l')?)\s+"
                              r"(?:(?:participating|participantes|the)\s+)?$")
# "sin el gobierno local", "sin carta de la alcaldía", "sem a participação formal da prefeitura ou alcaldia"
# ("municipal agencies applying independently of the mayor's office")
_WITHOUT_BEFORE = re.compile(r"\b(?:sin|without|sans|sem|independently of|independientemente de|independamment de)\s+"
                             r"(?:(?:el|la|los|las|the|le|les|o|a|os|as|un|una|a|an)\s+)?"
                             # ("sin la firma de la alcaldía del municipio núcleo")
                             r"(?:[\w-]+\s+){0,5}(?:[\w-]+\s+(?:o|ou|or)\s+)?$")
_NAME_AFTER = re.compile(r"\s+(?:fund|funds|networks?|summit|alliance|forum|programme|program|initiative|awards?|prize|"
                         r"challenge|lab|coalition|fondo|redes?|cumbre|alianza|foro|reseaux?|fonds|sommet|fundo)\b")


def _negative(clause: str) -> bool:
    return bool(_NEG_RE.search(clause) or _ROW_NO.search(clause) or _PARTNER_ROLE_RE.search(clause))


# "No podrán presentarse entidades territoriales que tengan informes pendientes", "les villes lauréates des éditions
# 2023 et 2025 ne peuvent pas": a negation about some of a kind (those that…, past winners), not the kind at large
_SUBSET_AFTER = re.compile(
    # ("las ciudades y municipios sin litoral caribeño": the kind and its twin, then the subset)
    r"\s*(?:\([^)]*\)\s*)?(?:(?:y|and|et|e|o|or|ou)\s+[\w-]+\s+)?(?:"
    # "cities already in the Partnership", "ciudades ya participantes", "villes déjà membres": those already in
    # (not "ya que", "já que": because)
    r"(?:ya|ja)\b(?!\s+que\b)|(?:deja|already)\b|"
    # "Cidades abaixo do limiar populacional … não são elegíveis": those under the threshold
    r"(?:abaixo|debajo|por debajo|below|under|sous|en dessous) (?:do|del|de la|the|du|de) (?:[a-z]+ )?(?:limiar|umbral|threshold|"
    r"seuil|limite)|"
    # "Cities preparing a candidature cannot apply": the candidates, a call's other kind
    + CANDIDATES + r"|"
    # "municipal agencies applying independently of the mayor's office are not eligible": without the city
    r"applying (?:independently|separately)|que postulen (?:de forma |de manera )?(?:independiente|separada)\w*|"
    r"qui (?:postulent|candidatent) (?:independamment|separement)|"
    # "cities in countries under international sanctions are not eligible": those of a few countries
    r"(?:in|en|em|dans les) (?:countries|paises|pays) (?:under|subject to|sujetos a|sob|sous) (?:[\w-]+ )?(?:sanctions|"
    r"sanciones|sancoes)|"
    # "Cities in countries where UNDP does not have a country office are not eligible": those of some countries
    r"(?:in|en|em|dans les) (?:countries|paises|pays) (?:where|donde|onde|ou)\b|"
    # "Cities not yet in the network are not eligible", "les villes non désignées": those still outside
    r"not yet\b|aun no\b|todavia no\b|ainda nao\b|pas encore\b|non[- ]designee?s\b|not designated\b|no designad[oa]s\b|"
    r"nao designad[oa]s\b|"
    # "las ciudades interiores no son elegibles aunque tengan puerto fluvial": those away from the coast
    # ("Las ciudades fluviales o de interior no son elegibles")
    r"interiores\b|del interior\b|do interior\b|inland\b|de l.interieur\b|fluviales\b|fluviais\b|riverine\b|"
    # "Quedan excluidos los municipios de la región andina y del litoral pacífico": those of one part of the country
    r"(?:de|del|of|from|in|en) (?:la |el |los |las |the )?(?:region|regiones|litoral|costa|zona|departamento|department)\b|"
    # "Les villes de taille inférieure ne sont pas éligibles": those of a smaller size
    r"de (?:taille|tamano|porte) (?:inferieure|menor|plus petite)\b|de menor (?:tamano|porte|poblacion)\b|"
    r"of (?:a )?smaller size\b|"
    # "Las ciudades de mayor tamaño … no son elegibles", "les villes de moins d'un million d'habitants": those of a size
    # (not a category: the matcher's categories_named reads them, and a refusal here keeps a misread from alerting)
    r"de (?:mayor|menor) tamano\b|mas grandes\b|mas pequen[oa]s\b|plus grandes\b|plus petites\b|"
    r"(?:de|with|com|avec|con) (?:plus|moins|mas|menos|more|fewer|less|mais) (?:de|d.|than)\s*(?:un |une |one |uno |um )?"
    r"\d*[\d.,]*\s*(?:millions?|millones|milhoes|million|mil|000)?\b|"
    # "cities in the Innovator or Observer categories are not eligible this round": a tier of the network's members
    r"(?:in|of|en|de|dans|na|no) (?:the |la |las |les |as |os )?(?:[\w-]+ (?:or |and |o |y |ou |et |e )?){1,3}"
    r"categor(?:y|ies|ia|ias|ie|ies)\b|"
    # "Local governments previously expelled from OGP Local", "Cities selected as winners in the 2023 edition"
    + PAST_OR_PUNISHED + r"|"
    # "municipalities on the Pacific coast are not eligible": those of one coast
    r"(?:on|along) the (?:[a-z]+ )?coast\b|(?:de la|del|da|do) (?:costa|litoral) (?:pacific[oa]|caribe|atlantic[oa])\b|"
    # "les villes situées à l'intérieur des terres", "cities located inland"
    r"(?:situee?s|situad[oa]s|ubicad[oa]s|localizad[oa]s|located|situated|lying) (?:a l.interieur|en el interior|no interior|"
    r"inland|in the interior)\b|"
    # "No se admiten candidaturas de ciudades con bienes solo en la Lista Indicativa": those with a kind of site
    r"(?:con|with|com|avec) (?:des )?(?:bienes|sitios|properties|sites|bens|biens)\b|"
    # "cities not belonging to C40 may not apply"
    r"(?:not belonging|no pertenecientes|que no pertenecen|nao pertencentes|que nao pertencem|n.appartenant pas)\b|"
    # "cities joining the network during the application window", "ciudades no adheridas", "non-member cities"
    # ("Municípios não associados … não são elegíveis")
    r"joining\b|(?:no|non|nao|not)[- ](?:adherid[oa]s|adherentes|adherent\w*|members?|miembros|membres|membros|"
    r"signatari\w+|firmantes|signatories|associad[oa]s|asociad[oa]s|afiliad[oa]s|filiad[oa]s|associees?)\b|"
    # "Cidades associadas ou observadoras … não podem participar": a network's lesser members
    r"(?:associad[oa]s|asociad[oa]s|associees)\s+(?:ou|o|or)\s+observador\w*\b|observador(?:as|es)\b|observers?\b|"
    # "Cidades associadas a outras redes ou observadoras não são elegíveis": the members of other networks
    r"(?:associad[oa]s|asociad[oa]s|associees|afiliad[oa]s|members)\s+(?:a|al|à|aux?|of|de)\s+(?:outras|otras|other|autres)\s+"
    r"(?:redes|networks|reseaux)\b|"
    # "No podrán participar ciudades con una operación de préstamo en seguridad ciudadana en ejecución con el banco"
    r"con (?:una |un )?(?:operacion|prestamo|credito|proyecto) (?:de |del )?[^.;]{0,60}?\ben (?:ejecucion|curso)\b|"
    # ("… y tampoco las de gobiernos locales con operaciones de CAF en ejecución"): those with loans already
    r"con (?:operaciones|prestamos|creditos|proyectos) (?:de |del |con )?[^.;]{0,60}?\b(?:en (?:ejecucion|curso|mora)|"
    r"vigentes?|activ[oa]s)\b|"
    r"with (?:an? )?(?:ongoing|active|current) (?:loan|operation|project)\b|"
    # "Municípios com operações de crédito inadimplentes com a CAF não são elegíveis": those in default
    r"com (?:operacoes|emprestimos|creditos|dividas|financiamentos) (?:de |com )?[^.;]{0,60}?\b(?:inadimplentes|em atraso|"
    r"vencid[oa]s|em (?:execucao|curso)|vigentes?|ativ[oa]s)\b|inadimplentes\b|"
    # "ni los municipios con procesos de ajuste fiscal vigentes bajo la Ley 550": those in a condition
    + FISCAL_TROUBLE + r"|"
    # "cities under review of their membership status are not eligible"
    + STANDING_IN_QUESTION + r"|"
    # "Cities above this ceiling, including metropolitan districts, are not eligible": those of a size
    r"(?:above|below|over|under) (?:this|the|that) (?:ceiling|threshold|limit|band|range)\b|"
    # "Capitais nacionais e cidades acima desse limite não são elegíveis"
    r"(?:acima|abaixo) (?:desse|deste|do|dessa|desta) (?:limite|teto|limiar|faixa)\b|(?:por encima|por debajo) de (?:ese|este|"
    r"dicho|el) (?:limite|umbral|tope|rango)\b|(?:au-dessus|en dessous) de (?:ce|cette) (?:seuil|plafond|limite)\b|"
    # "No pueden repetir ciudades designadas en los diez años anteriores": those designated before
    r"designad[oa]s\b|designated\b|designees?\b|"
    # "Cities currently receiving other Bloomberg-funded support are not eligible": those now in another programme
    + NOW_ELSEWHERE + r"|"
    # "Las capitales nacionales … no son elegibles", "Cidades associadas ou não membros": one kind or tier of town
    r"nacionales\b|nationales\b|nacionais\b|associadas ou nao\b|asociadas o no\b|"
    r"(?:(?:previously|anteriormente)\s+)?"
    r"(?:que|qui|that|which|who|whose|cuy[oa]s?|dont|ayant|having|funded|financiad\w*|finance[es]*|apoyad\w*|"
    r"liee?s?|linked|vinculad\w*|ligad\w*|"
    r"apoiad\w*|soutenu\w*|supported|laureat\w*|ganador\w*|premiad\w*|vencedor\w*|winning|winners?|beneficiad\w*|"
    r"beneficiari\w*|seleccionad\w*|selecionad\w*|selected|retenu\w*|contemplad\w*|sancionad\w*|sanctionn\w*|"
    # ("cities with an active CFF project may not apply for a second one": those already funded)
    r"with (?:(?:an? )?(?:pending|outstanding|overdue)|an? (?:active|ongoing|current)|(?:[\w-]+ ){0,2}(?:restrictions?|limitations?|"
    r"sanctions?))|con (?:informes|proyectos|deudas|obligaciones|"
    r"sanciones|un proyecto (?:activo|vigente|en curso))|"
    r"com (?:pendencias|relatorios|projetos)|en mora|em atraso|of (?:previous|past) editions|"
    r"de (?:ediciones|edicoes|convocatorias) anteriores|des editions)\b"
    # "municipios de otros departamentos", "cities from other regions": the others, not those the call names
    r"|(?:de|del|of|from|in|en|d'|dos|das|de los|de las|des)\s+(?:otr[oa]s|other|others|autres|outr[oa]s|demas)\b"
    # "Municipalities outside these four departments are not eligible": those of the places not named
    r"|(?:outside|fuera de|hors d|fora d)"
    # "les villes sans activité portuaire", "cities without a port", "municipios sin puerto": those that lack something
    r"|(?:sans|without|sin|sem)\b"
    # "Cities signing after that date", "Cidades em processo de adesão": those joining late or still joining
    r"|" + JOINING_LATE +
    # "Metropolitan cities above 1.5 million are not eligible", "municipios de más de 100.000 habitantes": those of a size
    r"|(?:above|over|below|under|with (?:more|fewer|less) than|of (?:more|fewer|less) than|de mas de|de menos de|"
    r"con mas de|con menos de|com mais de|com menos de|de plus de|de moins de)\s+\d"
    # "cities from the first cohort are not eligible for the second": those of an earlier round
    r"|(?:from|of|de|del|da|do|du)\s+(?:the\s+|la\s+|el\s+|a\s+|o\s+)?(?:first|previous|prior|earlier|past|primera|anterior|"
    r"premiere|precedente|primeira)\s+(?:cohorts?|cohortes?|editions?|ediciones|edicoes|rounds?|convocatorias?|appels?|chamadas?)\b"
    # "municipios costeros", "communes rurales", "cidades do interior": one kind of city
    r"|(?:coster[oa]s|costeir[oa]s|del interior|do interior|de l'interieur|rurales|rurais|ruraux|urbain[es]*|urban[oa]s|"
    # "las ciudades candidatas y las no miembros no son elegibles": those still candidates
    r"candidat[oa]s|candidates|"
    r"capitales|capitais|no capitales|pequen[oa]s|grandes|no miembros|nao membros|non membres|"
    # "Las ciudades no socias no pueden participar", "solicitudes de ciudades observadoras", "municipios ribereños"
    r"no socias|no socios|no asociadas|no afiliadas|nao socias|nao associadas|non adherentes|observador(?:as|es)|"
    # "Cidades associadas ou colaboradoras … não são elegíveis": a lower tier of the network's members
    r"associadas ou colaboradoras|asociadas o colaboradoras|colaborador(?:as|es)|"
    r"observers?|observatrices|riberen[oa]s|ribeirinh[oa]s)\b"
    # "Cities in high-income countries are not eligible": those of richer countries, Colombia not among them
    r"|(?:in|from|of|en|de|dans|em|dos|das|des)\s+(?:(?:los|las|the|les|os|as)\s+)?(?:high-income|higher-income|"
    r"developed|wealthy|oecd|paises de (?:ingreso|renta) alt\w*|paises desarrollados|pays developpes|"
    r"pays a (?:haut )?revenu (?:eleve|haut)|paises de renda alta|paises desenvolvidos)\b)")
_SUBSET_BEFORE = re.compile(r"\b(?:past|previous|former|prior|candidate|candidatas?)\s+(?:winning\s+|funded\s+|member\s+)?$"
                            # "Winning cities of the 2022-2023 regional edition are not eligible"
                            r"|\b(?:winning|awarded|laureate)\s+$"
                            r"|\b(?:non-?member|new|newly joined|non-signatory)\s+$"
                            # "Consortia of municipalities … are not eligible to submit": a grouping, not each town
                            # "at least two further Metropolis members must join as partners": others than the applicant
                            r"|\b(?:further|additional)\s+(?:[\w-]+\s+)?$"
                            # "joint candidatures of several cities are not accepted": several together, not each
                            r"|\b(?:candidatures|applications|bids|proposals|candidaturas|postulaciones)(?: conjuntas| conjointes)?"
                            r"\s+(?:of|de|des)\s+(?:several|multiple|varias|varios|plusieurs|varias|diversas)\s+$"
                            # ("Membership held indirectly through a national association of municipalities does not qualify")
                            r"|\b(?:consortia|consortiums?|consorcios?|consorcios? entre|groupings?|"
                            r"agrupaciones|associacoes|asociaciones|associations?|federaciones|federations?|federacoes|"
                            r"asociacion|associacao|federacion|federacao)\s+"
                            r"(?:of|de|des)\s+$"
                            # "no se aceptan consorcios en que la municipalidad sea solo entidad asociada"
                            r"|\b(?:consortia|consortiums?|consorcios?)\s+(?:en (?:los )?que|in which|where|donde|"
                            r"dans lesquels|em que)\s+(?:(?:la|el|the|le|a|o)\s+)?$"
                            # "… para ampliar la cobertura a nuevas ciudades": those the refusal makes room for
                            r"|\b(?:nuevas|nuevos|new|nouvelles|nouveaux|novas|novos)\s+$"
                            # "No se recibirán propuestas de ONG a nombre de un municipio": who is refused is the NGO
                            # ("national ministries … cannot apply in place of the local government")
                            r"|\b(?:a nombre del?|en nombre del?|on behalf of|au nom d(?:e|u|es|')|em nome d[eoa]s?|in place of|"
                            r"instead of|en lugar del?|a la place d(?:e|u|es|')|em lugar d[eoa]s?)\s*"
                            r"(?:(?:un|una|uno|a|an|the|el|la|los|las|une|des|um|uma|o|l')\s*)?$"
                            # "No pueden participar otros municipios", "Other cities are not eligible"
                            r"|\b(?:otr[oa]s|other|autres|outr[oa]s|demas)\s+(?:member\s+|miembros?\s+)?$"
                            # "Inland cities are not eligible": one kind of city, the rest untouched
                            # ("Larger metropolitan cities are not eligible in this edition")
                            r"|\b(?:smaller|larger|bigger)\s+[a-z]+\s+$"
                            r"|\b(?:inland|coastal|[a-z]+-coast|rural|urban|small|smaller|large|larger|big|capital|non-capital|"
                            # "Associate cities and non-member cities are not eligible": a tier of the network's members
                            r"non-member|non-participating|landlocked|associate|affiliate|observer)\s+(?:member\s+)?$"
                            # "No se aceptan candidaturas de ONG en la categoría de ciudades": a prize category's name
                            r"|\b(?:categoria|category|categorie|modalidad|modalidade|modalite)\s+(?:de\s+|of\s+|des\s+|"
                            r"du\s+)?(?:las\s+|los\s+|the\s+|les\s+|as\s+|os\s+)?$")


# "Les villes de l'Union européenne … ne sont pas concernées", "European municipalities are not eligible": the kind
# from one place only, which leaves the kind elsewhere (a Colombian one among them) untouched
_PLACE_AFTER = re.compile(r"\s+(?:de la|de l'|de los|de las|of the|in the|from the|de|del|des|du|d'|of|from|in|en|em|"
                          r"do|da|dos|das|nos|nas|dans les|dans l'|dans)\s*(?:la |el |los |las |the |l'|les )?")
_REGION_BEFORE = re.compile(r"(?:^|[\s(])(?P<place>[a-z][\w'-]+)\s+$")


# "EU local authorities may join only as associates": the EU's abbreviation before the kind (not a region word of its own:
# "eu" is Portuguese for "I")
_EU_BEFORE = re.compile(r"(?:^|[\s(])eu\s+$")


def _place_subset(clause: str, m: re.Match[str]) -> bool:
    """The kind qualified by a place that is not open to Colombia (before it, or after it with 'de', 'of', 'in'…)."""
    if _EU_BEFORE.search(clause[max(0, m.start() - 4):m.start()]):
        return True
    places = []
    after = _PLACE_AFTER.match(clause, m.end())
    if after and (region := _REGIONS_RE.match(clause, after.end())):
        places.append(region.group(1))
    if (region := _REGIONS_RE.match(clause, m.end() + 1)) and clause[m.end():m.end() + 1] == " ":
        places.append(region.group(1))  # "municípios brasileiros"
    if before := _REGION_BEFORE.search(clause, max(0, m.start() - 30), m.start()):
        if _REGIONS_RE.fullmatch(before.group("place")):
            places.append(before.group("place"))  # "European cities"
    return bool(places) and not any(_REGION_OF[p] in COLOMBIA_OPEN for p in places)


def _subset(clause: str, m: re.Match[str]) -> bool:
    return bool(_SUBSET_AFTER.match(clause, m.end()) or _SUBSET_BEFORE.search(clause, max(0, m.start() - 25), m.start())
                or _place_subset(clause, m))


# "Private companies may bid only for non-profit activities", "las empresas pueden postular solo para proyectos sin
# ánimo de lucro": an 'only' after the verb of applying, before what for, limits what they apply for, not who applies
_APPLY_VERB_BEFORE = re.compile(r"\b(?:may|can|could|pueden|podran|puede|podra|podem|poderao|pode|peuvent|pourront|peut)"
                                r"\s+(?:[a-z-]+\s+){0,2}$")
# ("Private companies may attend only as part of a government-led team": in what capacity, not who applies)
# ("may only be nominated in the separate leadership category": two words before what for)
# a part of the call: "in the sustainable building categories", "en la categoría de startups", "dans le volet 2"
_PART_OF_CALL = (r"(?:in|en|dans|na|no)\s+(?:(?:the|la|las|les|a|o|as|os|le|el)\s+)?(?:[\w-]+\s+){0,5}?(?:categor\w+|tracks?|"
                 r"windows?|lots?|lotes?|strands?|modalidad\w*|modalit\w+|lineas?|lignes?|volets?)\b")
_ONLY_WHAT_FOR = re.compile(r"\s+(?:[a-z-]+\s+){0,2}(?:for|para|pour|por|as part of|as members? of|como parte de|como parte d[oa]s?|"
                            # "may apply only in consortium", "solo en consorcio": how they apply, not who
                            r"in (?:a )?consorti(?:um|a)|en consorcio|em consorcio|en consortium|jointly|together with|"
                            r"indirectly|de (?:manera|forma) indirecta|indirectement|de forma indireta|indiretamente|"
                            # "Individual artists may only take part through an eligible organisation": how they take part
                            r"through (?:an? |the )?(?:eligible |registered |partner )?(?:organi[sz]ations?|entit(?:y|ies)|"
                            r"institutions?|applicants?)|a traves de (?:una |la )?(?:organizacion|entidad|institucion)|"
                            r"par l.intermediaire d.une? (?:organisation|structure|association)|por meio de (?:uma |a )?"
                            r"(?:organizacao|entidade|instituicao)|"
                            # "Empresas privadas concessionárias somente podem participar em conjunto com o governo municipal"
                            r"em conjunto com|en conjunto con|conjuntamente con|conjuntamente com|conjointement avec|"
                            r"in partnership|in association|en alianza|en asocio|"
                            # "sólo podrán participar mediante convenio con la entidad pública titular del servicio"
                            r"mediante (?:un )?convenio|a traves de (?:un )?convenio|through an agreement|"
                            # "may apply only in the sustainable building categories": which part of the call
                            + _PART_OF_CALL + r"|"
                            r"comme membres? d|dans le cadre d|"
                            # "podem participar apenas como convidadas nas oficinas": as guests, not who applies
                            # ("may attend only as resource persons")
                            r"(?:as|como|comme) (?:resource (?:persons|people)|experts?|speakers?|panelists?|trainers?|ponentes|"
                            r"expert[oa]s|conferencistas|formadores|co-?signator(?:y|ies)|cofirmantes?|co-?signataires?|"
                            r"co-?financiers?|cofinanciador(?:es|as)?)|"
                            r"(?:as|como|comme) (?:guests?|convidad[oa]s|invitad[oa]s|invite(?:e?s)?|observers?|observador(?:a|es|as)?|"
                            r"observateur(?:s|rices?)?|oyentes)|"
                            # "peuvent être emprunteuses uniquement si la collectivité en est l'actionnaire": on what
                            # condition, not who
                            r"si|if|provided|cuando|siempre que|quand|lorsque|desde que|"
                            # "individual artists may only participate through an organisation": how, not who
                            r"(?:through|via|a traves de|por medio de|por meio de|par l.intermediaire d.)\s+(?:an?|una?|uma?|une?|"
                            r"the|la|el|a|o|le|l.)?\s*(?:organi[sz]ations?|organizaci\w+|organiza\w+|entit\w+|entidad\w*|"
                            r"institution\w*|instituci\w+|structure)|"
                            # "may attend only on a self-funded basis": at whose cost, not who
                            r"on a self-(?:funded|financed|paying) basis|at (?:their|its|his or her) own (?:cost|expense)|"
                            r"a (?:su|sus) propi[oa]s? (?:costo|costa|cargo|expensas)|a (?:suas|seus) propri[oa]s (?:custas|"
                            r"expensas)|a leurs (?:propres )?frais)\b")


# ("solo podrán participar en alianza con …": the verb after the 'only', then how)
_VERB_AFTER_ONLY = re.compile(r"\s+(?:pueden|podran|puede|podra|may|can|peuvent|pourront|podem|poderao|pode)\s+"
                              r"(?:participar|participate|take part|apply|postular\w*|aplicar|participer|candidater|"
                              # "Las empresas privadas solo podrán beneficiarse de manera indirecta, como oferentes"
                              r"beneficiarse|benefit|beneficier|beneficiar-se)")


# "El Lote 1 está reservado a organizaciones de la sociedad civil": an 'only' about one part of the call (lot, category,
# line) leaves the other parts to whom they name
_PART_OF_CALL_BEFORE = re.compile(r"\b(?:lote|lot|linea|line|categoria|category|categorie|track|window|volet|eixo|"
                                  r"componente|component|modalidad|modalidade|modalite|strand)\s+(?:\d+|[a-z])\b"
                                  r"[^.;:\n]{0,30}$")


# "Only one application per city will be accepted": how many, not who
_HOW_MANY_AFTER = re.compile(r"\s+(?:one|a single|una|uma|une|un|1)\s+(?:application|proposal|submission|candidatura|"
                             r"postulacion|propuesta|solicitud|proposta|candidature|dossier|projet|project|proyecto|projeto)s?\b")
_NOT_ALONE = re.compile(r"\b" + APPLY_ALONE + r"\b")
_JOINS_AN_APPLICATION = re.compile(r"\b(?:join|be part of|take part in|participate in|sumarse a|formar parte de|unirse a|"
                                   r"rejoindre|participer a|integrar|participar (?:de|en))\s+(?:an?|una?|the|la|le|uma?)\s+"
                                   r"(?:application|proposal|consortium|postulacion|propuesta|candidatura|consorcio|candidature|"
                                   r"proposta)\b")
_ALONE_REFUSED = re.compile(r"\s+(?:ne |n'|no |nao |not |cannot |can't |may not )")
# "déposé par la collectivité bénéficiaire, seule ou avec une ONG locale", "solas o en consorcio": alone or with others
_ALONE_OR_WITH = re.compile(r"\s*,?\s*(?:ou|o|or)\s+(?:avec|con|com|with|jointly|conjointement|junto|conjuntamente|"
                            r"en consorcio|em consorcio|in (?:a )?consortium|en consortium|in partnership|en partenariat|"
                            r"en alianza|em parceria)\b")
_REFUSED_ALONE = re.compile(r"\b(?:ne\s+\w+\s+pas|no\s+pueden|cannot|may\s+not|nao\s+podem)\s+(?:[\w-]+\s+){0,2}$")


_BY_INVITATION_AFTER = re.compile(r"\s*(?:(?:by|on|upon|por|sur|mediante)\s+)(?:invitation|invitacion|convite)\b|"
                                  # "NGOs may only submit on behalf of the public organisation": for the applicant
                                  r"\s*(?:submit|apply|present\w*|postular\w*|presentar\w*|deposer|candidater)?\s*"
                                  r"(?:on behalf of|en nombre de|a nombre de|au nom de|em nome de)\b")


_FILES_BEFORE = re.compile(r"\b(?:depose|deposent|soumet|soumettent|presente|presentent|presenta|presentan|apresenta|apresentam|"
                           r"submits|submit|files)\s+$")


_ROLE_VERB_AFTER_ONLY = re.compile(r"\s+(?:partner|team up|asociarse|aliarse|s.associer|associar-se|collaborate|colaborar|"
                                  r"collaborer)\b")


# the city's own utilities: named among who applies they let the city in, refused they leave it untouched
_UTILITIES = {"municipal utilities", "municipally owned utilities"}
# the public bodies' levels, the local one among them: "de nivel nacional, subnacional o municipal"
_LOCAL_LEVEL_NAMED = re.compile(r"\b(?:de nivel|at (?:the )?(?:national|any)|du niveau|de ambito|de esfera) (?:[a-z]+,?\s+){0,3}?"
                                r"(?:o|y|e|ou|or|and)\s+(?:municipal|local|subnacional|subnational|territorial)\b")
# the town that leads someone else's application: "an application led by a member municipality"
_LED_BY_BEFORE = re.compile(r"\b" + LED_BY + r"\s+(?:(?:an?|the|una?|la|el|um|uma|une?|le|o|a)\s+)?(?:[\w-]+\s+)?$")
# past winners as the subject of a refusal after the towns' own verb
_WINNERS_BEFORE_REFUSAL = re.compile(r",?\s+(?:e|y|and|et)\s+(?:os|as|los|las|the|les)\s+(?:vencedor\w*|ganador\w*|winners?|"
                                     r"laureat\w*|premiad\w*|finalist\w*)\b[^.;,]{0,30}$")
_ONLY_AS_LEARNERS = re.compile(r"\s+(?:as|como|comme|en tant qu.)\s+(?:(?:paying|fee-paying)\s+)?(?:alumnos|alunos|students|"
                               r"estudiantes|estudantes|etudiants|participants?|participantes|observers?|observadores|"
                               r"observateurs|oyentes|ouvintes|auditeurs|auditors)\b")


def _only_names_applicants(clause: str) -> bool:
    """'Solo ONG …', not the 'únicamente' of 'pueden participar únicamente como entidades asociadas' (a role), nor the
    'only' of 'may bid only for non-profit activities' (what for)."""
    # ("Organizações da sociedade civil podem participar apenas como co-requerentes": a co-applicant's role too)
    roles = [(m.start(), m.end()) for pattern in (_PARTNER_ROLE_RE, _CO_APPLICANT_ROLE) for m in pattern.finditer(clause)]
    for m in _ONLY_RE.finditer(clause):
        if any(a <= m.start() <= b + 1 for a, b in roles):  # "… as implementation partners only": a role
            continue
        if any(0 <= a - m.end() <= 40 for a, _ in roles):  # "las empresas y ONG solo pueden ser socias", "podem apenas
            # acompanhar a cidade como parceiros": a role too
            continue
        if _ALONE_REFUSED.match(clause, m.end()) or _REFUSED_ALONE.search(clause, max(0, m.start() - 40), m.start()):
            continue  # "les candidatures d'associations seules ne sont pas recevables", "… ne peuvent pas candidater
            # seules": they may not apply alone, so others lead; not "only them"
        if _ALONE_OR_WITH.match(clause, m.end()) or _HOW_MANY_AFTER.match(clause, m.end()):
            continue
        if m.group(0) in ("seul", "seuls", "seule", "seules") and _NEG_RE.search(clause, m.end()):
            continue  # "les départements seuls et les ONG ne sont pas éligibles": refused alone, not "only them"
        if _APPLY_VERB_BEFORE.search(clause, max(0, m.start() - 40), m.start()) and _ONLY_WHAT_FOR.match(clause, m.end()):
            continue
        if (verb := _VERB_AFTER_ONLY.match(clause, m.end())) and _ONLY_WHAT_FOR.match(clause, verb.end()):
            continue  # "las empresas privadas solo podrán participar en alianza con la entidad pública": how, not who
        if _PART_OF_CALL_BEFORE.search(clause, max(0, m.start() - 50), m.start()):
            continue
        if _ROLE_VERB_AFTER_ONLY.match(clause, m.end()):
            continue  # "NGOs and companies may only partner with a city": their role beside the applicant
        if _BY_INVITATION_AFTER.match(clause, m.end()):
            continue  # "las organizaciones … participan solo por invitación": how they take part, not who applies
        if _FILES_BEFORE.search(clause, max(0, m.start() - 20), m.start()):
            continue  # "… en appui d'une collectivité, qui dépose seule le dossier": who files alone, named before
        if _NEG_RE.search(clause, 0, m.start()):
            continue  # "não serão aceitas delegações compostas apenas por consultores": what is refused, not who applies
        if _ONLY_IN_PART_AFTER.match(clause, m.end()):
            continue  # "Empresas privadas solo en la categoría de startups": which part of the call they enter
        if _ONLY_AS_LEARNERS.match(clause, m.end()):
            continue  # "… podrán inscribirse solo como alumnos de pago, sin beca": a lesser role, not who applies
        if _ONLY_IF_AFTER.match(clause, m.end()):
            continue  # "requests from national ministries will be considered only where they are submitted on behalf
            # of a named city": the condition those others are taken on, not the only ones who apply
        return True
    return False


# the employees an employer nominates (not "Artistas individuais, indicados pela prefeitura": artists it puts forward)
_EMPLOYEES = re.compile(r"\b(?:staff|employees?|employed|officials|funcionari[oa]s|servidor(?:es|as)?|emplead[oa]s|"
                        r"fonctionnaires|personnel)\b")
_ONLY_IN_PART_AFTER = re.compile(r"\s+" + _PART_OF_CALL)
_ONLY_IF_AFTER = re.compile(r"\s+(?:where|when|if|once|provided|si|cuando|donde|siempre que|quand|lorsque|quando|"
                            r"desde que)\b")


# "a candidatura é individual", "applications are made individually", "à titre individuel": a person applies
_INDIVIDUAL = re.compile(
    # "La beca es personal e intransferible", "la bourse est individuelle": what is granted goes to a person too
    r"\b(?:(?:la|a) (?:candidatura|postulacion|solicitud|candidature|beca|bolsa|bourse) "
    r"(?:es|e|est|sera|sont) (?:individual|individuelle|personal|personnelle|pessoal|estrictamente individual|strictement "
    r"individuelle|estritamente individual)|applications? (?:is|are|must be) (?:individual|personal|made individually|"
    r"submitted individually)|individual applications only|the (?:scholarship|fellowship|grant) is (?:personal|individual)|candidatures? (?:strictement )?individuelles?|"
    # "Individual applicants who are Colombian citizens …"
    r"individual applicants? (?:who|that|must|with)|"
    # "Participants enrol individually", "les participants s'inscrivent à titre individuel": persons sign up (not
    # "cities may apply individually or jointly")
    r"(?:participants?|participantes?|candidates?|candidatos?|candidatas?|candidats?|attendees|learners|apprenants|"
    r"applicants?|solicitantes?|postulantes?|proponentes?|"
    r"alumnos|alunos|estudiantes|estudantes|students|etudiants|inscritos|inscrits) (?:[a-z]+ ){0,2}?"
    r"(?:enrol|enroll|enrols|enrolls|register|registers|sign up|signs up|apply|applies|"
    r"se inscribe|se inscriben|se postula|se postulan|postulan|se inscreve|se inscrevem|se candidata|se candidatam|"
    r"s'inscrit|s'inscrivent|candidate|candidatent|postule|postulent) "
    r"(?:individually|as individuals|in (?:a|their) personal capacity|individualmente|de forma individual|"
    r"en forma individual|a titulo (?:individual|personal|pessoal)|individuellement|a titre (?:individuel|personnel))"
    r"(?! (?:or|o|ou)\b| (?:and|y|e|et) (?:jointly|together|conjuntamente|en conjunto|conjointement|ensemble|"
    r"collectively|colectivamente|coletivamente|as a (?:team|group)|en (?:equipo|grupo|equipe|groupe)|em (?:equipe|grupo)))|"
    r"(?:postulaciones|candidaturas) (?:son |sao )?(?:estrictamente |estritamente )?"
    r"individuais|(?:postulaciones|candidaturas) (?:son )?(?:estrictamente )?individuales|"
    # "As inscrições são individuais", "las inscripciones son individuales", "l'inscription est individuelle",
    # "registration is individual": persons sign up (not "individuales o por equipos")
    r"(?:(?:las|as|les) )?(?:inscripciones|inscricoes|inscriptions|registrations|enrolments|enrollments) "
    r"(?:son|sao|sont|are|seran|serao|seront) (?:estrictamente |estritamente |strictement |strictly )?"
    r"(?:individuales|individuais|individuelles|individual)(?! (?:or|o|ou)\b)|"
    # ("la solicitud es siempre individual y la beca se concede a la persona, no a la institución")
    r"(?:(?:la|a) |l')?(?:inscripcion|inscricao|inscription|registration|enrolment|enrollment|solicitud|postulacion|"
    r"candidatura|application|demande) "
    r"(?:es|e|est|is|sera) (?:siempre |always |toujours |sempre )?(?:estrictamente |estritamente |strictement |strictly )?"
    r"(?:individual|individuelle|personal|pessoal|personnelle)(?! (?:or|o|ou)\b)|"
    # "Professionnels de l'urbanisme, élus, fonctionnaires municipaux et étudiants, qui s'inscrivent à titre individuel":
    # a list of people, then a clause saying they sign up each for themselves (signing up, not "apply": cities apply)
    r",? (?:who|qui|quienes|que|os quais|as quais) (?:enrol|enroll|register|sign up|s'inscrivent|se inscriben|"
    r"se inscrevem) (?:individually|as individuals|in (?:a|their) personal capacity|individualmente|de forma individual|"
    r"en forma individual|a titulo (?:individual|personal|pessoal)|individuellement|a titre (?:individuel|personnel))"
    r"(?! (?:or|o|ou)\b))\b")


_OWNED_BY_BEFORE = re.compile(r"\b(?:owned|controlled|run|operated) by (?:the |a |their )?$|\b(?:de propiedad|propiedad|"
                              r"controlad[oa]s?|de titularidad) (?:de|del) (?:la |el |los |las )?$|\b(?:detenue?s?|controlee?s?) "
                              r"par (?:la |le |les )?$")


# Local governments above the municipality: a negation or partner role naming only them leaves municipalities alone
_REGIONAL_LEVEL = {"gobernaciones", "gobiernos departamentales", "gobiernos regionales", "regional governments",
                   "regional government", "departmental governments", "provincial governments", "governos estaduais",
                   "gouvernements regionaux", "gobierno departamental", "gobernacion", "governos regionais"}
# ("la articulación con las alcaldías", "in coordination with local governments": those worked with, too)
_HELPED_BEFORE = re.compile(r"\b(?:help|helps|support|supports|assist|assists|serve|work with|apoyar a|ayudar a|"
                            r"acompanar a|apoiar|ajudar|accompagner|aider|appuyer|articulacion con|coordinacion con|"
                            r"coordination with|coordination avec|articulation avec|articulacao com|coordenacao com)\s+(?:the\s+|los\s+|las\s+|les\s+|os\s+)?"
                            r"(?:[a-z-]+\s+){0,2}$")


# "candidaturas individuais não serão aceitas": individual applications refused, so the institution applies
# ("… no serán recibidas", "will not be received": not taken in either)
_REFUSED_AFTER = re.compile(r"[^.;]{0,80}?\b(?:nao serao (?:aceitas|consideradas|recebidas)|"
                            # "candidatures individuelles non acceptées", "individual applications not accepted"
                            r"non (?:acceptees|admises|recevables)|not accepted|no aceptadas|nao aceitas|"
                            r"no seran (?:aceptadas|consideradas|recibidas)|"
                            r"will not be received|are not received|ne seront pas recues|ne sont pas recues|"
                            r"will not be (?:accepted|considered)|ne seront pas (?:acceptees|prises en compte)|nao serao aceitas|nao sao aceitas|no seran aceptadas|no se aceptan|will not be accepted|"
                            r"are not accepted|ne seront pas acceptees|ne sont pas acceptees|ne sont pas recevables|"
                            r"ne seront pas recevables|no son admisibles|no seran admitidas|are not eligible|"
                            r"nao sao admitidas|nao serao admitidas|n.est (?:pas )?recevable|n.est (?:pas )?acceptee|"
                            # "las candidaturas individuales sin aval institucional no se consideran"
                            r"no se consideran|no se consideraran|no se admiten|no se admitiran)")
# "No se admiten candidaturas individuales", "Individual applications are not accepted" said first
# ("No se reciben postulaciones individuales sin aval institucional": the institution puts its staff forward)
_REFUSED_BEFORE = re.compile(r"\b(?:no se admiten|no se admitiran|no se aceptan|no se aceptaran|no seran aceptadas|nao se aceitam|"
                             r"no se reciben|no se recibiran|nao se recebem|nao serao recebidas|nao sao recebidas|"
                             r"nao serao aceitas|nao sao aceitas|not accepted|no|not|ni|nor|ne sont pas acceptees|"
                             # "el British Council no recibe postulaciones individuales"
                             r"no recibe|no reciben|does not accept|do not accept|nao recebe|nao recebem|n.accepte pas|"
                             # "Aucune candidature individuelle n'est recevable", "Ninguna postulación individual"
                             r"aucune?|ningun[oa]?|nenhuma?)\s+"
                             r"(?:(?:las|les|as|os|los)\s+)?$")
# "La postulación es individual, pero requiere una carta de aval de la institución": the institution puts its staff
# forward, as when it nominates them
# ("La postulación es individual, acompañada de una carta de la entidad que respalda al candidato")
_BACKED_AFTER = re.compile(r"\s*,?\s*(?:pero|but|mas|mais|aunque|although|sin embargo|however|acompanad[oa]|accompanied|"
                           r"acompanhad[oa]|accompagnee?)\b[^.;]{0,40}?"
                           r"\b(?:carta|letter|lettre|aval|endorsement|respaldo|nominat\w*|postulad\w*|indicad\w*|"
                           # ("La inscripción es individual pero requiere constancia de vinculación con la entidad municipal")
                           r"presentad\w*|apoio|soutien|constancia|certificad\w*|certificate|proof|comprobante|attestation)\b")


def _applies_as_person(folded: str, m: re.Match[str]) -> bool:
    """An individual application the page asks for (not one it refuses, nor one the institution backs)."""
    return not (_REFUSED_AFTER.match(folded, m.end()) or _REFUSED_BEFORE.search(folded, max(0, m.start() - 25), m.start())
                or _BACKED_AFTER.match(folded, m.end()))


# "individual applicants who … work for a local or national government agency", "personas que trabajen en una
# administración municipal": the persons employed there apply, not their employer (not "professionals employed by a
# local government", whom their government puts forward)
_EMPLOYED_BEFORE = re.compile(r"\b(?:individual applicants?|individuals|personas|persons|people|personnes|pessoas|"
                              r"particuliers)\b[^.;:\n]{0,120}?"
                              r"\b(?:work(?:s|ing)? (?:for|in|at)|employed (?:by|in|at)|trabaj(?:en|an|e|a|ando) (?:en|para)|"
                              r"labor(?:en|an|e|a) en|trabalh(?:em|am|e|a|ando) (?:em|na|no|nas|nos|para)|"
                              r"travaill(?:ent|ant|e) (?:dans|pour|a|au|en))\b[^.;:\n]{0,60}$")
# "Las secretarías de educación pueden difundir la convocatoria": those who spread the word do not apply
_SPREADS_AFTER = re.compile(r"\s*(?:[a-z]+\s+)?(?:pueden|podran|puede|can|may|could|podem|poderao|pode|peuvent|pourront|"
                            r"peut)\s+(?:also\s+|tambien\s+|aussi\s+|tambem\s+)?(?:difundir|divulgar|promover|"
                            r"disseminate|promote|share|spread|publicise|publicize|circulate|diffuser|relayer|"
                            r"promouvoir)\b")


def _not_applicant_local(clause: str, m: re.Match[str]) -> bool:
    """A local government named as the employer of the persons who apply, or as one that spreads the call."""
    return bool(_EMPLOYED_BEFORE.search(clause, max(0, m.start() - 220), m.start()) or _SPREADS_AFTER.match(clause, m.end()))


# "Une autorité locale ne peut être chef de file que d'une seule proposition": how many, not whether (ne … que = only)
_SO_MANY_ONLY = re.compile(r"\bne (?:peut|peuvent|pourra|pourront)\b[^.;]{0,50}?\bque (?:d.)?(?:une?|un seul|une seule|deux|"
                           r"trois|\d+)\b")

# "city governments of … countries … that are not the national capital": a relative clause narrowing the kind, no denial
_RELATIVE_NOT = re.compile(r"\b(?:that|which|who) (?:are|is) not the\b|\bque no (?:sean|sea|son|es) (?:la|el|las|los)\b|"
                           # "un socio del ecosistema local como aliado, que no puede ser el solicitante"
                           r"\bque no (?:puede|pueden|podra|podran) ser (?:la|el|las|los)\b|"
                           r"\b(?:that|which|who) (?:cannot|can not|may not) be the\b|"
                           # "le prêt ne peut être accordé qu'aux municipalités": only them, no refusal
                           r"\bne\s+(?:[\w-]+\s+){1,3}qu(?:e\b|')|"
                           r"\bqui ne (?:sont|soit|soient|est) pas (?:la|le|les)\b|\bque nao (?:sejam|seja) (?:a|o|as|os)\b")
# "… as well as municipal government institutions, provided the project does not fund routine public services": what the
# project may not do, a condition on it, not a refusal of those named
_CONDITION = re.compile(r"\b(?:provided(?: that)?|as long as|siempre (?:y cuando|que)|desde que|contanto que|pourvu que|"
                        r"a condition que)\b[^.;]*")
# "Cities that are not yet members may apply provided…": a condition still to meet, not a denial
_NOT_YET = re.compile(r"\b(?:are|is|aren't|isn't|no son|no es|no estan|no esta|nao sao|nao e|nao estao|ne sont|n'est)\s+"
                      r"(?:not\s+|pas\s+)?(?:yet|aun|todavia|ainda|encore)\b|"
                      # "cities … that are not members may join before submitting the request": they join, then apply
                      r"\b(?:that|which|who) (?:are|is) not (?:members?|signatories)(?= (?:may|can) (?:still |also )?(?:join|sign))")


# "Each bid must include guarantees from the host city", "con las cartas de garantía del gobierno de la ciudad": the
# city backs someone else's bid
_GUARANTOR_BEFORE = re.compile(r"\b(?:guarantees?|garantias?|garanties?|letters? of guarantee|lettres? de garantie)\s+"
                               r"(?:from|de|del|of|da|do|du|des|d')\s*(?:the\s+|la\s+|el\s+|le\s+|l'|a\s+|o\s+)?"
                               r"(?:[a-z-]+\s+)?$")
# "operadores privados que actúen sin contrato de concesión con la autoridad local": the other party to a contract
_COUNTERPARTY_BEFORE = re.compile(r"\b(?:contratos?|contracts?|convenios?|agreements?|acuerdos?|contrats?|conventions?|"
                                  r"concesion|concession|concessao)\b[^.;:\n]{0,30}?\b(?:con|with|avec|com)\s+"
                                  r"(?:(?:la|el|los|las|the|a|o|as|os|le|les|su|sus|their|its)\s+|l')?$")


# "No podrán participar servidores públicos ni entidades públicas": public bodies of every level, the local ones among
# them (not "entidades públicas del orden nacional", "national public bodies")
_PUBLIC_BODIES = {"entidades publicas", "public entities", "public bodies", "public institutions", "instituciones publicas",
                  "entidades gubernamentales", "orgaos publicos", "organismes publics", "public sector entities",
                  "public sector institutions", "public sector organizations", "public sector organisations"}
_NATIONAL_AFTER = re.compile(r"\s*(?:\([^)]*\)\s*)?(?:del orden nacional|de orden nacional|nacionales|nacionais|national|"
                             r"nationaux|federales|federais|federal|of the national|de nivel nacional|du niveau national)\b"
                             # (not "de nivel nacional, subnacional o municipal": every level)
                             r"(?!,?\s+(?:[a-z]+,?\s+){0,2}?(?:o|y|e|ou|or|and)\s+(?:de nivel\s+)?(?:municipal|local|"
                             r"subnacional|territorial)|,\s*(?:regional|subnacional|municipal|local)\b)")
_NATIONAL_BEFORE = re.compile(r"\b(?:national|federal|central)\s+$")


def _every_public_body(clause: str, m: re.Match[str]) -> bool:
    return (m.group(1) in _PUBLIC_BODIES and not _NATIONAL_AFTER.match(clause, m.end())
            and not _NATIONAL_BEFORE.search(clause, max(0, m.start() - 12), m.start()))


# "propuestas de agencias y ONG, con participación de las alcaldías de los 170 municipios": those who take part in
# someone else's proposal (every kind word up to the end of that phrase: "las alcaldías de los 170 municipios")
_WITH_PARTICIPATION_OF = re.compile(r"\b(?:con (?:la )?participacion de|with the participation of|com a participacao d[eoa]s?|"
                                    r"avec la participation d(?:e|es|u)|with the involvement of|con el involucramiento de)"
                                    r"\s+(?:[\w'-]+\s+){0,6}$")


# "Os municípios que não foram selecionados nesta rodada poderão reapresentar", "the cities that were selected will
# receive": those a round of selection has already sorted, told what comes next (a result, not who may apply)
_ROUND_RESULT_AFTER = re.compile(r"\s*(?:\([^)]*\)\s*)?(?:que|that|which|who|qui|cuy[oa]s)\b[^.;:]{0,30}?\b(?:selected|seleccionad\w*|"
                                 r"selecionad\w*|retenu\w*|contemplad\w*|approved|aprobad\w*|aprovad\w*|laureat\w*|"
                                 r"awarded|premiad\w*|shortlisted|preseleccionad\w*|pre-?selecionad\w*|preselectionn\w*)\b")


def _mentions(clause: str) -> dict[str, list[re.Match[str]]]:
    """Each applicant kind's words in a clause, found once for both the test and the reading of each."""
    return {kind: list(pattern.finditer(clause)) for kind, pattern in _APPLICANT_RE.items()}


# "las ciudades ya designadas como ciudades creativas no pueden": the designation those refused hold (models.eligibility)
# ("designated as Creative Cities": the designation's own words before the kind)
_DESIGNATED_AS_BEFORE = re.compile(r"\b" + DESIGNATED_AS + r"\s+(?:(?:la|las|el|los|the|les|a|as|o|os)\s+)?"
                                   r"(?:[a-z-]+\s+){0,2}$")
# "…ni organizaciones de la sociedad civil, salvo como socias de un gobierno local postulante": the partners' principal
_PRINCIPAL_BEFORE = re.compile(r"\b(?:(?:socias?|socios?|partners?|aliad[oa]s?|parceir[oa]s?|partenaires?|contrapartes?|"
                               # "que poderão integrar a delegação apenas como convidadas do governo local": the host
                               r"convidad[oa]s|invitad[oa]s|guests|invitee?s)\s+"
                               # ("que solo podrán figurar como aliadas de la práctica del gobierno local")
                               r"(?:de|of|du|da|do|del|de la)(?:\s+(?:(?:la|el|the|a|o|le)\s+)?[a-z]+\s+(?:del|de la|of the|da|do|"
                               r"du))?|"
                               # "Empresas privadas … somente podem participar em conjunto com o governo municipal"
                               r"em conjunto com|en conjunto con|junto con|together with|jointly with|conjointement avec|"
                               # "aunque trabajen para un gobierno local": the one they work for
                               r"trabajen para|trabajan para|work(?:ing)? for|"
                               # "organizaciones privadas que no estén articuladas con una entidad pública territorial"
                               r"articulad[oa]s (?:con|a)|vinculad[oa]s (?:con|a)|"
                               # "NGOs and companies may only partner with a city": the one they partner with
                               r"partner(?:ing)? with|asociarse con|aliarse con|s.associer (?:a|avec)|associar-se (?:a|com)|"
                               r"trabalh\w+ para|travaill\w+ pour)\s+(?:(?:un|una|a|an|the|el|la|le|o|um|uma|su|sus|their|its)\s+)?$")


# "metropolitan or national housing agencies may join as secondary partners": another level than the city's government
_METROPOLITAN = ("metropolitan", "metropolitana", "metropolitano", "area metropolitana", "areas metropolitanas",
                 "metropole", "metropoles")


# A new clause with a subject of its own starts between two actors: "… pela prefeitura …, mas concessionárias privadas
# não podem"; or, after a city that is the agent of what comes before ("submitted by the mayor's office, and NGOs … may
# take part only as partners"), an ", and" (not in a list: "Government agencies, including municipal governments, and
# individuals are not eligible")
_NEW_SUBJECT_BETWEEN = re.compile(r";|" + BUT_WORDS)
_AND_THEN = re.compile(r",\s*(?:and|y|e|et)\b")
# the city as the subject of a verb of its own: "cada municipio pode inscrever até duas práticas …, e não são aceitas …"
_ACTS_AFTER = re.compile(r"\s+(?:[\w-]+\s+)?(?:may|can|must|shall|pode|podem|deve|devem|puede|pueden|podra|podran|debe|deben|"
                         r"peut|peuvent|doit|doivent|submits?|presenta|presentan|apresenta|apresentam|inscribe|inscreve)\b")
_AGENT_BEFORE = re.compile(r"\b(?:by|por|pela|pelo|par|through|a traves del?|via|aval del?|endorsement of|visto bueno del?|"
                           r"provenir de|proceder de|come from|vir d[eoa]s?|venir d[eu]s?)\s+"
                           r"(?:[\w'-]+\s+){0,6}$")
# the refused or the role named right after the negation: "no se admiten postulaciones de empresas operadoras ni de ONG"
_RIGHT_AFTER = 60
# the relative before a role: "… una organización de mujeres de base que participará como socia"
_WHOSE_ROLE = re.compile(r"\b(?:que|that|which|who|qui)\s+(?:[\w-]+\s+)?$")
_ANOTHER_BODY = re.compile(r"\b(?:organizaci\w+|organisations?|organizations?|organizacoes|entidad(?:es)?|entit(?:y|ies)|"
                           r"instituci\w+|institutions?|empresas?|compan(?:y|ies)|universidad\w*|universit\w+|fundaci\w+|"
                           r"foundations?|asociaci\w+|associations?|ong|ngos?|colectivos?|grupos?|groups?)\b")
# ("si lo es una ONG, al menos un gobierno local debe participar como cosolicitante": a co-applicant signs the
# application, unless 'only' makes it the one role left)
_CO_APPLICANT_ROLE = re.compile(r"\bco-?(?:applicants?|solicitantes?|demandeurs?|requerentes?|proponentes?)\b")


def _another_kind_refused(clause: str, m: re.Match[str], mentions: dict[str, list[re.Match[str]]], at: int,
                          end: int, negative: bool) -> bool:
    """Whether the negation (or, with `negative` false, the partner's role) at clause[at:end] is another kind's, not
    the local government's named at `m`."""
    others = [o for kind, found in mentions.items() if kind != "local_governments" for o in found]
    relative = _WHOSE_ROLE.search(clause, max(0, at - 20), at)
    if not negative and m.end() <= at and relative and _ANOTHER_BODY.search(clause, m.end(), relative.start()):
        return True  # "la alcaldía, con … una carta de una organización de base que participará como socia": the
        # role of the body the relative follows, not the city's (unlike "las alcaldías de … La Guajira, que participarán")
    if m.end() <= at and (relative_not := _RELATIVE_BEFORE.search(clause, max(0, at - 16), at)) and (any(
            m.end() <= o.start() and o.end() <= relative_not.start() for o in others)
            or _ANOTHER_BODY.search(clause, m.end(), relative_not.start())):
        return True  # "la alcaldía … podrá asociar a organizaciones de base, que no podrán postular por sí solas"; "…
        # co-firmada por al menos una organización de mujeres, que no podrá ser solicitante principal"
    if m.end() <= at:  # the city first: another kind nearer the negation, in a clause of its own
        agent = (_AGENT_BEFORE.search(clause, max(0, m.start() - 60), m.start()) is not None
                 or _ACTS_AFTER.match(clause, m.end()) is not None)

        def new_subject(start: int, stop: int) -> bool:
            return bool(_NEW_SUBJECT_BETWEEN.search(clause, start, stop) or (agent and _AND_THEN.search(clause, start, stop)))
        return any(m.end() <= o.start() < at and new_subject(m.end(), o.start()) for o in others) or (
            new_subject(m.end(), at) and any(end <= o.start() < end + _RIGHT_AFTER for o in others))
    # the city after: other kinds are the subject before the negation, and no local government is (after a role the
    # city is let in already: "NGOs may join as partners of an eligible municipality")
    return (negative and not any(x.start() < at for x in mentions["local_governments"])
            and any(o.end() <= at for o in others))


# a relative pronoun right before a negation: the refused are the ones just named ("…, que no podrán postular")
_RELATIVE_BEFORE = re.compile(r",\s*(?:que|who|which|qui|quienes|l[oa]s cuales)\s+$")


_ONE_OF_THEIRS_BEFORE = re.compile(r"\b(?:uno|una|alguno|one|any|um|uma|l.une?) (?:de|of|d[eo]s?) "
                                   r"(?:sus|their|its|seus|suas|leurs)\s+$")


# "… are not eligible, although cities may name up to two partners": a concession, a new subject after it
_ALTHOUGH = re.compile(r",\s*(?:although|though|while|whereas|aunque|si bien|mientras que|embora|bien que|quoique)\b")
# what a relative says of the kind's objects is theirs: "… may name partners who will not receive funds"
_RELATIVE_START = re.compile(r"\b(?:who|which|that|que|qui|quienes)\b")


def _own_clause_after(clause: str, m: re.Match[str], refusal: re.Match[str] | None) -> bool:
    """Whether the kind at `m` follows the refusal after ", and" or ", although", as the subject of a verb of its own
    that neither refuses nor makes it a partner."""
    own = _RELATIVE_START.split(clause[m.end():], maxsplit=1)[0]
    return (refusal is not None and refusal.end() <= m.start()
            and (_AND_THEN.search(clause, refusal.end(), m.start()) or _ALTHOUGH.search(clause, refusal.end(), m.start()))
            is not None and _ACTS_AFTER.match(clause, m.end()) is not None and not _negative(own))


def _relative_of_another(clause: str, partner: re.Match[str], mentions: dict[str, list[re.Match[str]]]) -> bool:
    """The partner role is said in a relative clause about someone else named after the local governments (a town the
    applicants apply with is someone else: "… together with a German municipality that has agreed to act as partner")."""
    relative = OTHERS_RELATIVE.search(clause, max(0, partner.start() - 60), partner.start())
    return bool(relative) and not any(relative.start() <= m.start() < partner.start()
                                      and not PARTNER_BEFORE.search(clause, max(0, m.start() - 80), m.start())
                                      for m in mentions.get("local_governments", []))


_THROUGH_BEFORE = re.compile(r"\b(?:a traves del?|por medio del?|por intermedio del?|through (?:the |their |its )?|via (?:the )?|"
                             r"par l.intermediaire d(?:e la |u |e l.|es )|por meio d[aoe]s? |atraves d[aoe]s? )\s*$")
_BECAUSE = re.compile(BECAUSE)
# a concession the refused are named in ("aun cuando formen parte de esquemas asociativos con municipios …"), or, after the
# refusal, an exception as well ("salvo que actúen como organismo ejecutor de un municipio …")
_CONCESSION_WORDS = r"aun cuando|aunque|even (?:if|though|when)|meme si|ainda que|mesmo que|incluso si|incluso cuando"
_CONCESSION = re.compile(r"\b(?:" + _CONCESSION_WORDS + r")\b[^.;]*$")
_CONCESSION_OR_EXCEPTION = re.compile(r"\b(?:" + _CONCESSION_WORDS + r"|although|though|albeit|bien que|quoique|embora|si bien|"
                                      r"salvo (?:que|si|cuando)|unless|except (?:if|when|where)|a menos que|"
                                      r"excepto (?:si|cuando|que)|sauf si|a moins que|exceto se|a nao ser que|"
                                      # "… ni instituciones educativas, salvo las escuelas municipales de música": the
                                      # ones let back in
                                      r"salvo|excepto|except|sauf|exceto|hormis|a excepcion de|con excepcion de|with the "
                                      r"exception of)\b[^.;]*$")


# a relative after another kind, named after the local governments: what follows the relative is that kind's
_RELATIVE_AFTER_OTHERS = re.compile(r",\s*(?:which|who|que|qui|quienes|l[oa]s cuales)\b")


def _denial_of_a_relative(previous: str, mentions: dict[str, list[re.Match[str]]]) -> bool:
    """Whether the clause before a bare denial (its kinds' `mentions`) ends in a relative about another kind named after
    the local governments."""
    last_local = max((m.end() for m in mentions["local_governments"]), default=-1)
    others = [o for kind, found in mentions.items() if kind != "local_governments" for o in found if o.start() > last_local]
    return bool(others) and _RELATIVE_AFTER_OTHERS.search(previous, min(o.end() for o in others)) is not None


def find_applicants(text: str) -> tuple[Found | None, Found | None]:
    """(kinds that may apply, kinds excluded), each with the sentences that say so."""
    allowed: dict[str, str] = {}
    excluded: dict[str, str] = {}
    for passage in eligibility_passages(text):
        # split "X pueden postular; no pueden hacerlo Y" into clauses so one negation does not spill over
        kinds_before: list[str] = []  # the kinds the clause before allowed
        previous, regional_before = "", False  # regional_before: the local governments it allowed are only gobernaciones
        previous_mentions: dict[str, list[re.Match[str]]] = {}
        for clause, joint in _joined_clauses(passage):
            mentions = _mentions(clause)
            if (kinds_before and not any(mentions.values()) and joint.strip() not in (";", "")
                    and _DENIES_APPLYING.match(clause) and not _MAY_APPLY.search(previous)
                    # (not "… may join an application led by a member municipality but may not apply alone": with a lead)
                    and not (_NOT_ALONE.search(clause) and _JOINS_AN_APPLICATION.search(previous))):
                for kind in kinds_before:  # "… may be beneficiaries but cannot apply": they do not apply
                    if kind == "local_governments" and regional_before:
                        continue  # "las gobernaciones podrán acompañar, pero no presentar": municipalities untouched
                    if kind == "local_governments" and _denial_of_a_relative(previous, previous_mentions):
                        continue  # "… with the support of design firms, which will be credited as partners but cannot
                        #           submit": the firms' denial, not the city's
                    excluded.setdefault(kind, f"{previous.strip()} {joint} {clause.strip()}")
            kinds_before, previous, previous_mentions, regional_before = [], clause, mentions, False
            negative = bool(_NEG_RE.search(_RELATIVE_NOT.sub(" ", _NOT_YET.sub(" ", _CONDITION.sub(" ", _SO_MANY_ONLY.sub(
                " ", clause))))) or _ROW_NO.search(clause))
            partner = None if negative else _PARTNER_ROLE_RE.search(clause)
            if partner is not None and _relative_of_another(clause, partner, mentions):
                partner = None  # "… junto con una universidad que participe como socio": the university's role
            if partner is not None and _CO_APPLICANT_ROLE.search(partner.group(0)) \
                    and not _ONLY_RE.search(partner.group(0)):
                partner = None  # (a co-applicant signs; "only as co-applicants" is the one role left)
            refusal = (_NEG_RE.search(clause) or _ROW_NO.search(clause)) if negative else partner
            for kind, found in mentions.items():
                named = [m for m in found
                         if (kind != "local_governments" or m.group(1) not in _CITY_WORDS
                             or not _IN_PLACE.search(clause, max(0, m.start() - 30), m.start()))
                         # "con domicilio en alguno de los 87 municipios": where applicants are (models.eligibility)
                         and (kind != "local_governments" or not town_as_place(clause, m.start(), m.group(0)))
                         # "utilities not owned by the local government … are not eligible": the owner, not the subject
                         and not (negative and kind == "local_governments"
                                  and _OWNED_BY_BEFORE.search(clause, max(0, m.start() - 30), m.start()))
                         and not (m.group(1) == "municipio" and _IN_THE_TOWN_PT.search(clause, max(0, m.start() - 5),
                                                                                     m.start()))
                         and not (negative and _subset(clause, m))
                         # "European local authorities may join as associates", "las ciudades candidatas … pueden
                         # participar como aliados": the partners of one place elsewhere, or of one kind, not the city
                         and not (partner is not None and _subset(clause, m))
                         # "cities that are not members of C40 are not eligible": the non-members, said again
                         and not (negative and _NOT_BEFORE.search(clause, max(0, m.start() - 12), m.start()))
                         # "non-member cities … are not eligible": a members-only call's others (models.eligibility
                         # reads whether the city is a member)
                         and not (kind == "local_governments" and (
                             _NON_MEMBER_BEFORE.search(clause, max(0, m.start() - 20), m.start())
                             or _NON_MEMBER_AFTER.match(clause, m.end())))
                         # "experiências … que não sejam apresentadas pelo governo local": who presents the eligible ones
                         and not (negative and _BY_AGENT_BEFORE.search(clause, max(0, m.start() - 40), m.start()))
                         # "Cities that are not members may not join as partners, and each member city may submit
                         # only one proposal": the city after the refusal, with a verb of its own
                         and not (negative and _own_clause_after(clause, m, refusal))
                         # "… no son elegibles, aun cuando uno de sus municipios cumpla el umbral": a part of the refused
                         and not _ONE_OF_THEIRS_BEFORE.search(clause, max(0, m.start() - 30), m.start())
                         # "las organizaciones no pueden postularse sin el gobierno local": the city is required
                         and not (negative and _WITHOUT_BEFORE.search(clause, max(0, m.start() - 45), m.start()))
                         and not (negative and _DESIGNATED_AS_BEFORE.search(clause, max(0, m.start() - 40), m.start()))
                         # ("… may participate only as associate partners of a municipality": the partners' principal)
                         and not ((negative or partner is not None)
                                  and _PRINCIPAL_BEFORE.search(clause, max(0, m.start() - 35), m.start()))
                         # "the Global Cities Fund", "city networks", el programa «Ciudades Seguras»: a name or another
                         # kind of body
                         and not _NAME_AFTER.match(clause, m.end()) and not in_quoted_name(clause, m.start(), m.end())
                         # "os municípios que não foram selecionados … poderão reapresentar": a round's results
                         and not (not negative and _ROUND_RESULT_AFTER.match(clause, m.end()))
                         # "organisations that can help city governments": those helped do not apply
                         and not (kind == "local_governments" and _HELPED_BEFORE.search(clause, max(0, m.start() - 30),
                                                                                          m.start()))
                         # "con participación de las alcaldías", "in partnership with local governments": a partner
                         and not (kind == "local_governments" and (
                             partner_before(clause[max(0, m.start() - 80):m.start()], m.group(0))
                             or _WITH_PARTICIPATION_OF.search(clause, max(0, m.start() - 80), m.start())
                             or _GUARANTOR_BEFORE.search(clause, max(0, m.start() - 50), m.start())
                             or _COUNTERPARTY_BEFORE.search(clause, max(0, m.start() - 60), m.start())))
                         and not (kind == "local_governments" and _not_applicant_local(clause, m))
                         # "Les associations, ONG et universités ne peuvent concourir qu'en appui d'une collectivité",
                         # "… through the mayor's office, and no se admiten postulaciones de empresas": others refused
                         and not (kind == "local_governments" and refusal is not None
                                  and _another_kind_refused(clause, m, mentions, refusal.start(), refusal.end(), negative))
                         # "… pueden participar como beneficiarias a propuesta de la entidad nacional": put forward
                         and not (kind == "local_governments" and PROPOSED_BY_AFTER.search(clause[m.end():]))
                         # "las áreas metropolitanas solo podrán postular a través del municipio núcleo": the channel
                         and not (negative and kind == "local_governments"
                                  and _THROUGH_BEFORE.search(clause, max(0, m.start() - 30), m.start()))
                         # "Inland cities are not eligible, as the programme focuses on municipalities bordering the sea":
                         # the reason's town, after the refusal
                         and not (negative and refusal is not None and refusal.end() <= m.start()
                                  and _BECAUSE.search(clause, refusal.end(), m.start()))
                         # "Los municipios de otros departamentos, aun cuando formen parte de esquemas asociativos con
                         # municipios antioqueños, no son elegibles": a town in the concession, not the refused
                         and not (negative and refusal is not None and m.end() <= refusal.start()
                                  and (concession := _CONCESSION.search(clause, 0, m.start())) is not None
                                  and any(o.end() <= concession.start() for o in mentions[kind]))
                         # "No se admiten … funcionarios de entidades de otros departamentos, aun cuando participen en
                         # esquemas asociativos con municipios vallecaucanos", "… salvo que actúen como organismo ejecutor
                         # de un municipio costero elegible": a town in a concession or an exception after the refusal
                         and not (negative and refusal is not None and refusal.end() <= m.start()
                                  and _CONCESSION_OR_EXCEPTION.search(clause, refusal.end(), m.start()) is not None)
                         # "cada governo local pode apresentar até duas políticas, e os vencedores de 2025 não podem
                         # concorrer com a mesma política": the refusal has a subject of its own, the past winners
                         and not (negative and refusal is not None and m.end() <= refusal.start()
                                  and _WINNERS_BEFORE_REFUSAL.search(clause, m.end(), refusal.start()))
                         # "Cada proposta deve envolver pelo menos duas cidades …, e cidades observadoras ou não associadas não
                         # podem ser incluídas": some towns named nearer the refusal are its subject
                         and not (negative and refusal is not None and m.end() <= refusal.start()
                                  and any(m.end() < o.start() and o.end() <= refusal.start() and _subset(clause, o)
                                          for o in found))]
                if not named:
                    continue
                # ("peuvent présenter une initiative ou y participer comme partenaires": they apply, or join as partners)
                as_partner = partner is not None and named[0].start() < partner.start() \
                    and not _MAY_APPLY.search(clause, named[0].end(), partner.start())
                if kind == "local_governments" and (negative or as_partner) and all(
                        m.group(1) in _REGIONAL_LEVEL or m.group(0).startswith(_METROPOLITAN) or m.group(1) in _UTILITIES
                        for m in named):
                    continue  # "las gobernaciones … únicamente como aliados": the municipalities are untouched
                (excluded if negative or as_partner else allowed).setdefault(kind, clause.strip())
                if kind == "national_bodies" and any(_every_public_body(clause, m) for m in named):
                    # an alcaldía is a public entity too: "No podrán participar entidades públicas" leaves it out, and
                    # "invita a entidades públicas a postular funcionarios" (its own staff, not as someone's partner)
                    # lets it in
                    if negative:
                        excluded.setdefault("local_governments", clause.strip())
                    elif not as_partner and (NOMINATES_STAFF.search(clause) or _LOCAL_LEVEL_NAMED.search(clause)):
                        # ("instituciones públicas …, de nivel nacional, subnacional o municipal": the city's level named)
                        allowed.setdefault("local_governments", clause.strip())
                # (not "Cities that join after this date … may follow the webinars but cannot receive grants": a denial
                # after is of those late joiners only)
                # (nor "… may join an application led by a member municipality but may not apply alone": the leader;
                # nor "las empresas de servicios públicos municipales podrán actuar como coejecutoras, pero no como
                # solicitantes": the city's utilities, not the city)
                whole = [m for m in named if kind != "local_governments"
                         or not (_subset(clause, m) or _LED_BY_BEFORE.search(clause, max(0, m.start() - 40), m.start())
                                 or m.group(1) in _UTILITIES)]
                if not negative and partner is None and whole:  # not "aliadas de la alcaldía": the partners' principal
                    kinds_before.append(kind)
                    if kind == "local_governments":
                        regional_before = all(m.group(1) in _REGIONAL_LEVEL for m in whole)
    # "Servidores públicos postulados por su entidad": the public body nominates its staff, an alcaldía among them
    if "local_governments" not in allowed and "local_governments" not in excluded:
        passages = eligibility_passages(text)
        staff = next((p for p in passages if staff_nominated_by_their_entity(p)), None)
        if staff is None and staff_nominated_by_their_entity(" ".join(passages)):  # the staff and who nominates them in
            staff = next(p for p in passages if PUBLIC_STAFF.search(p))              # two sentences: the staff's
        if staff:
            allowed["local_governments"] = staff.strip()
    # "Servidores de prefeituras são encorajados …; a candidatura é individual": staff apply as persons, not their city
    folded = folded_same_length(text)
    # (not public staff their employer nominates: "Applications are individual … staff of municipal culture departments …
    # with a letter of nomination from their employer")
    staff = bool(STAFF_NOMINATED.search(folded) and (PUBLIC_STAFF.search(folded) or _EMPLOYEES.search(folded)))
    individual = next((m for m in _INDIVIDUAL.finditer(folded) if _applies_as_person(folded, m)),
                      None) if "local_governments" in allowed and not staff else None
    if individual:
        for kind in ("local_governments", "national_bodies"):
            if allowed.pop(kind, None) is not None:
                excluded.setdefault(kind, snippet(text[max(0, individual.start() - 60):individual.end()], 120))
    # "Only national governments may submit; cities may take part as partners": the clause with 'only' names the kinds
    only = [c for p in eligibility_passages(text) for c in _clauses(p) if _only_names_applicants(c)]
    for kind in list(allowed):
        if kind in excluded:
            del allowed[kind]
    if only and allowed:  # "solo ONG": every other kind named elsewhere stays out
        only_kinds = {k for k, pat in _APPLICANT_RE.items() if any(pat.search(p) for p in only)}
        if only_kinds:
            for kind in list(allowed):
                if kind not in only_kinds:
                    excluded.setdefault(kind, only[0])
                    del allowed[kind]
    allowed_found = Found(sorted(allowed), "regla:pasajes-de-elegibilidad",
                          " | ".join(dict.fromkeys(allowed.values())), 0.75) if allowed else None
    excluded_found = Found(sorted(excluded), "regla:negación-en-elegibilidad",
                           " | ".join(dict.fromkeys(excluded.values())), 0.75) if excluded else None
    return allowed_found, excluded_found


# "América Latina, excepto Colombia y Venezuela": the places after such a word are left out.
_EXCEPT_BEFORE = re.compile(r"\b(?:excepto|exceptuando|salvo|con excepcion de|a excepcion de|except|excluding|"
                            r"other than|with the exception of|a l'exception de|sauf|hors|exceto|com excecao de|"
                            r"a excecao de|excluindo)\b(?:[^.;:\n](?!\b(?:pueden|podran|may|can|peuvent|podem)\b))*$")


_COLOMBIA_RE = _words(REGIONS["Colombia"])


# "únicamente los ayuntamientos … andaluzas", "only French local authorities": local governments of one other nation
_FOREIGN_DEMONYM = _words((
    "espanoles", "espanolas", "andaluces", "andaluzas", "catalanes", "catalanas", "vascos", "vascas", "gallegos",
    "gallegas", "valencianos", "valencianas", "madrilenos", "madrilenas", "spanish", "brasileiros", "brasileiras",
    "brasilenos", "brasilenas", "brazilian", "bresiliens", "bresiliennes", "francaises", "francais", "french",
    "portugueses", "portuguesas", "portuguese", "portugais", "portugaises", "mexicanos", "mexicanas", "mexican",
    "canadiennes", "canadiens", "canadian", "quebecoises", "quebecois", "chilenos", "chilenas", "chilean",
    "peruanos", "peruanas", "peruvian", "argentinos", "argentinas", "argentine", "ecuatorianos", "ecuatorianas",
    "british", "italianos", "italianas", "italian", "italiennes", "italiens", "german", "alemanes", "alemanas",
    "allemandes", "allemands", "belges", "belgian", "suisses", "swiss", "japanese", "japoneses", "korean",
    "europeas", "europeos", "european", "europeennes", "europeens", "europeus", "europeias", "africains",
    "africaines", "african", "africanos", "africanas",
    # singular: "une collectivité territoriale française", "un ayuntamiento español"
    "francaise", "espanol", "espanola", "brasileira", "brasileiro", "portuguesa", "alemana", "aleman", "italiana",
    "europea", "europeenne", "europeia", "africaine", "africana", "belge", "suisse", "canadienne", "quebecoise",
    # the people of one French region or city: "communes et intercommunalités franciliennes", "collectivités ligériennes"
    "franciliens", "franciliennes", "francilienne", "ligeriens", "ligeriennes", "ligerienne", "bretons", "bretonnes",
    "bretonne", "normands", "normandes", "normande", "alsaciens", "alsaciennes", "alsacienne", "lorrains", "lorraines",
    "occitans", "occitanes", "occitane", "aquitains", "aquitaines", "auvergnats", "auvergnates", "bourguignons",
    "bourguignonnes", "picards", "picardes", "provencaux", "provencales", "corses", "savoyards", "savoyardes",
    "champenois", "champenoises", "rhonalpins", "rhonalpines", "girondins", "girondines", "parisiens", "parisiennes",
    "lyonnais", "lyonnaises", "marseillais", "marseillaises", "toulousains", "toulousaines", "bordelais", "nantais",
    "nantaises", "lillois", "lilloises", "strasbourgeois", "strasbourgeoises", "grenoblois", "grenobloises",
    "australian", "australians", "australiens", "australiennes", "australienne", "australianos", "australianas",
    "new zealand", "neozelandeses", "neo-zelandais", "dutch", "danish", "swedish", "norwegian", "finnish", "irish",
    "austrian", "us-based",
    # the Maghreb and French-speaking Africa: "communes tunisiennes", "municipalités marocaines", "communes béninoises"
    "tunisiennes", "tunisiens", "tunisienne", "tunisian", "tunecinos", "tunecinas", "tunisinos", "tunisinas",
    "marocaines", "marocains", "marocaine", "moroccan", "marroquies", "marroquinos", "marroquinas",
    "algeriennes", "algeriens", "algerienne", "algerian", "argelinos", "argelinas",
    "senegalaises", "senegalais", "senegalaise", "senegalese", "beninoises", "beninois", "beninoise", "ivoiriennes",
    "ivoiriens", "ivoirienne", "maliennes", "maliens", "malienne", "camerounaises", "camerounais", "camerounaise",
    "nigeriennes", "nigeriens", "nigerienne", "togolaises", "togolais", "togolaise", "malgaches", "burkinabe"))
_OPEN_DEMONYM = _words(("colombianos", "colombianas", "colombian", "colombiens", "colombiennes", "latinoamericanos",
                        "latinoamericanas", "latin american", "latino-americanos", "latino-americanas", "latinoamericano",
                        "latinoamericana", "latino-americano", "latino-americana",
                        "iberoamericanos", "iberoamericanas", "latino-americaines", "latino-americains"))


_AMONG_BEFORE = re.compile(r"\b(?:entre ell[oa]s|entre eles|including|incluid[oa]s?|incluindo|inclusive|among them|"
                           r"y compris|notamment)\s*,?\s*(?:(?:a|la|el|l')\s*)?$")


def _local_of_other_nation(passage: str) -> bool:
    for m in _APPLICANT_RE["local_governments"].finditer(passage):
        after = re.split(r"[.;:(]| que | qui | that | which ", passage[m.end():m.end() + 80])[0]
        before = passage[max(0, m.start() - 25):m.start()]
        stretch = after + " " + (before.split()[-1] if before.split() else "")
        # ("… de los países de asociación de la Cooperación Española en América Latina, entre ellos Colombia")
        rest = re.split(r"[.;]", passage[m.end():])[0]
        among = next((c for c in _COLOMBIA_RE.finditer(rest) if _AMONG_BEFORE.search(rest, max(0, c.start() - 30),
                                                                                    c.start())), None)
        if _FOREIGN_DEMONYM.search(stretch) and not _OPEN_DEMONYM.search(stretch) and not among:
            return True
    return False


# "Les partenaires étrangers ne peuvent pas déposer", "les collectivités et organisations des pays partenaires ne
# peuvent pas solliciter l'agence", "foreign partners are not eligible": the call is for the funder's own country's
# applicants, and a Colombian city would be one of the partners abroad
_PARTNERS_ABROAD = re.compile(
    r"\b(?:(?:partenaires?|partners?|socios?|socias?|parceir[oa]s?|contrapartes?|counterparts?)\s+"
    # ("la collectivité partenaire du pays du Sud": of the partner country)
    r"(?:(?:locaux|locales|locais|local)\s+)?(?:(?:du|des|del|de los|do|dos|of the)\s+(?:pays|paises|countr(?:y|ies))\s+)?"
    r"(?:etrangers?|etrangeres?|foreign|extranjer[oa]s?|estrangeir[oa]s?|"
    r"du sud|del sur|do sul|of the south|in the south|from the south|abroad|a l'etranger|en el exterior|no exterior|"
    r"overseas)|(?:foreign|overseas|southern|international)\s+partners?(?:\s+(?:cities|municipalities|organi[sz]ations|"
    r"communities))?|"
    # "les organisations étrangères ne peuvent pas porter de projet", "foreign organizations are not eligible"
    r"(?:organisations|organizaciones|organizations|organizacoes|entidades|entities|entites|organismes|associations|"
    r"asociaciones|associacoes|structures)\s+(?:etrangeres|extranjeras|estrangeiras|foreign)|foreign\s+(?:organi[sz]ations|"
    r"entities|applicants|non-?profits)|"
    r"(?:collectivites|organisations|organizations|organizaciones|organizacoes|entities|entidades|entites|institutions|"
    r"instituciones|instituicoes|partenaires|partners|socios|parceiros|operateurs|operators|operadores|"
    + alternation(APPLICANTS["local_governments"])
    + r")(?:\s+(?:et|and|y|e|ou|or|o)\s+[\w-]+)?(?:\s+partenaires|\s+locales|\s+locaux|\s+locais)?"
    # "Las entidades locales socias del país de ejecución … no pueden ser solicitantes": the partners where the project
    # is carried out
    r"(?:\s+(?:socias?|socios?|partenaires|parceir[oa]s|partners?|contrapartes?))?"
    r"\s+(?:des|of|from|in|de los|del|de|dos|das|da|du|do|of the)\s+(?:the\s+)?(?:pays|countries|paises|pais|country)\s+"
    r"(?:partenaires|partners?|beneficiaires|beneficiary|beneficiari[oa]s|socios|parceiros|d'intervention|"
    r"de intervencion|de intervencao|where the projects?|de ejecucion|d'execution|de execucao|de realizacion|"
    r"de mise en oeuvre|of implementation)|"
    # English puts the adjective first: "local authorities and organisations of partner countries"
    r"(?:collectivites|organisations|organizations|entities|institutions|partners|operators|"
    + alternation(APPLICANTS["local_governments"])
    + r")(?:\s+(?:and|or)\s+[\w-]+)?\s+(?:of|from|in)\s+(?:the\s+)?(?:partner|beneficiary)\s+countries|"
    # foreign local governments: "municipios extranjeros", "foreign municipalities", "collectivités étrangères"
    r"(?:municipios|municipalidades|ayuntamientos|alcaldias|gobiernos locales|ciudades|municipalities|cities|"
    r"local (?:governments|authorities)|collectivites(?: territoriales| locales)?|communes|villes|municipios|prefeituras|"
    r"governos locais|cidades)\s+(?:etrangers?|etrangeres?|extranjer[oa]s|estrangeir[oa]s)|"
    r"foreign (?:municipalities|cities|local (?:governments|authorities)))\b")
# "no se admiten solicitudes directas de municipios extranjeros", "applications from foreign cities are not accepted":
# the denial stands before its subject
_NOT_ACCEPTED_BEFORE = re.compile(r"\b(?:no se (?:admiten|aceptan|reciben)|no (?:applications|proposals) (?:are )?"
                                  r"(?:accepted )?|nao (?:sao|serao) (?:aceitas|admitidas)|ne sont pas (?:acceptees|"
                                  r"recevables))\b[^.;:]{0,50}?\b(?:de|from|des|d')\s*$")
# "…take part as project partners; they cannot apply directly": a pronoun carries the subject over the semicolon
_PRONOUN_FIRST = re.compile(r"\s*(?:they|ellos|ellas|ils|elles|eles|elas|estos|estas|these)\b")


def _partners_abroad_denied(text: str) -> str | None:
    """The clause whose subject is the partners abroad and that says they may not apply (not 'projects with foreign
    partners are eligible'), or whose 'but' clause does ('… sont bénéficiaires du projet mais ne peuvent pas déposer'),
    when no other eligibility clause names a Colombian place (a Colombian call's own)."""
    clauses = [jc for p in eligibility_passages(text) for jc in (_joined_clauses(p) + [("", "")])]
    for i, (clause, _) in enumerate(clauses[:-1]):
        m = _PARTNERS_ABROAD.search(clause)
        after, joint = clauses[i + 1]
        carried = joint.strip() not in ("", ";") or (joint.strip() == ";" and _PRONOUN_FIRST.match(after))
        denied = m and (_NEG_RE.search(clause, m.end()) or _NOT_ACCEPTED_BEFORE.search(clause, 0, m.start())
                        or carried and _DENIES_APPLYING.match(_PRONOUN_FIRST.sub("", after, count=1)))
        if denied and not any(_COLOMBIAN_PLACE_RE.search(other) or _COLOMBIA_RE.search(other)
                              for j, (other, _) in enumerate(clauses) if j not in (i, i + 1)):
            return clause.strip()
    return None


# "Applicants must be an Australian organisation or an Australian citizen", "le porteur de projet doit être une
# structure française": every applicant from one other nation
_APPLICANTS_MUST_BE = re.compile(
    r"\b(?:applicants?|the applicant|lead applicants?|solicitantes?|el solicitante|candidat(?:e|s|es)?|porteurs?|"
    r"(?:le )?porteur de projet|proponentes?|postulantes?)\s+(?:must|shall|have to|has to|deben|debe|doivent|doit|devem|"
    r"deve)\s+(?:be|ser|etre)\s+(?P<what>[^.;:]{3,120})")


# "Candidates must be nominated by their government through the Korean Embassy": how they come forward, not who they are
_PUT_FORWARD = re.compile(r"(?:nominated|endorsed|proposed|put forward|submitted|presented|channelled|channeled|sent|"
                          r"postulad|nominad|propuest|presentad|avalad|designad|enviad|indicad|designe|propose|presente)")


# ... and after who they are: "public officials of partner countries nominated by their government through the Korean
# embassy" (the embassy's nation is not the officials')
_PUT_FORWARD_AFTER = re.compile(r"\b" + _PUT_FORWARD.pattern + r"|\b(?:through|via|a traves|por medio|par l.intermediaire|"
                                r"por (?:intermedio|meio))\b")


def _applicants_of_other_nation(passage: str) -> bool:
    m = _APPLICANTS_MUST_BE.search(passage)
    what = _PUT_FORWARD_AFTER.split(m.group("what"))[0] if m else ""
    return bool(m and not _PUT_FORWARD.match(m.group("what"))
                and _FOREIGN_DEMONYM.search(what) and not _OPEN_DEMONYM.search(what) and not _COLOMBIA_RE.search(what))


# "les communes urbaines et rurales du Royaume", "los ayuntamientos del Reino": the local governments of the funder's own
# kingdom (Colombia is a republic)
_LOCAL_OF_KINGDOM = re.compile(r"\b(?:communes|collectivites|municipalites|villes|municipios|ayuntamientos|ciudades|"
                               r"municipalities|cities|local (?:governments|authorities)|councils|camaras municipais|"
                               r"cidades)\b[^.;:]{0,40}?\b(?:du royaume|del reino|of the kingdom|do reino)\b")


# "| Ligne | Bénéficiaires |" then "| Prêts … | communes tunisiennes |": a table's applicant cell is the whole answer to
# who may apply, as if it said "only"
_TABLE_ROW = re.compile(r"\s*\|")


def colombia_left_out(text: str) -> str | None:
    """The eligibility sentence that leaves Colombia out by name ('excepto Colombia'), that opens the call only to
    local governments of another nation ('únicamente los ayuntamientos … andaluzas'), or that denies applying to the
    partners abroad ('les partenaires étrangers ne peuvent pas déposer'), if any."""
    for passage in eligibility_passages(text):
        for m in _COLOMBIA_RE.finditer(passage):
            if _EXCEPT_BEFORE.search(passage, max(0, m.start() - 45), m.start()):
                return passage.strip()
    for passage in eligibility_passages(text):
        if (_ONLY_RE.search(passage) or _TABLE_ROW.match(passage)) and not _negative(passage) \
                and _local_of_other_nation(passage):
            return passage.strip()
        if _applicants_of_other_nation(passage) and not _negative(passage):
            return passage.strip()
        if _LOCAL_OF_KINGDOM.search(passage) and not _negative(passage):
            return passage.strip()
    return _partners_abroad_denied(text)


_REGION_JOINTS = re.compile(r";|\bpero\b|\bbut\b|\bmais\b")
_REGION_JOINT_WORDS = (";", "pero", "but", "mais")


_PART_OF_WORLD_AFTER = re.compile(r"\s+(?:islamique|arabe|musulman|francophone|lusophone|hispanophone|anglophone)s?\b")


# "Eligible countries: Antigua and Barbuda, the Bahamas, Belize…": the countries open, one by one (a label or heading,
# then the list on its line or the next)
_ELIGIBLE_COUNTRIES_LABEL = re.compile(
    r"\b(?:eligible countries|countries eligible|paises elegibles|paises elegiveis|pays eligibles|participating countries|"
    r"paises participantes|pays participants|target countries|paises beneficiarios|beneficiary countries|"
    r"pays beneficiaires|paises beneficiarios|paises convidados|paises invitados|invited countries|pays invites)\b"
    r"(?:\s+(?:are|include|son|sont|sao|incluyen|incluem|comprennent))?\s*[:\-]?\s*")
_LIST_ARTICLE = re.compile(r"(?:the|la|le|les|el|los|las|o|a|os|as)\s+|l'")
_LIST_SEPARATOR = re.compile(r"\s*(?:,|;|/|&|\band\b|\by\b|\be\b|\bet\b)\s*(?:(?:and|y|e|et)\s+)?")


# "developing countries of South-East Asia", "pays en développement d'Afrique": a kind of country, then where
_REGION_REGIONS_AFTER = re.compile(r"\s+(?:in|of|from|en|de|del|da|do|dos|das|du|des|dans|em|d')\s*"
                                   r"(?:(?:the|la|el|les|a|o|os|as|los|las)\s+|l')?")


# a region named within two words after them ("developing countries of South-East Asia")
_REGION_SOON = re.compile(r"(?:[a-z-]+\s+){0,2}?" + _REGIONS_RE.pattern)


def _narrowed(scope: str, m: re.Match[str]) -> bool:
    """Whether a world-wide kind of country ("developing countries") is followed by the regions it is taken from."""
    after = _REGION_REGIONS_AFTER.match(scope, m.end())
    place = _REGION_SOON.match(scope, after.end())  # compiled once: the region pattern takes ~0.1 s to compile
    return bool(place) and _REGION_OF[place.group(1)] != "Global"


def _eligible_country_list(text: str) -> Found | None:
    """A list of two or more eligible countries by name that names neither Colombia nor a region holding it: the
    only places open, whatever region the page names elsewhere ("the Caribbean Biodiversity Fund")."""
    folded = folded_same_length(text)
    for label in _ELIGIBLE_COUNTRIES_LABEL.finditer(folded):
        at, names = label.end(), []
        while True:
            article = _LIST_ARTICLE.match(folded, at)
            place = _REGIONS_RE.match(folded, article.end() if article else at)
            if not place:
                break
            names.append(_REGION_OF[place.group(1)])
            separator = _LIST_SEPARATOR.match(folded, place.end())
            if not separator:
                break
            at = separator.end()
        if len(names) >= 2 and not set(names) & COLOMBIA_OPEN:
            return Found(sorted(set(names)), "regla:lista-de-países-elegibles",
                         snippet(text[label.start():at + 40], 160), 0.8)
    return None


# every country's own names (not demonyms), Colombia's left out: a place the page opens is never dropped for its case
_COUNTRY_WORDS = frozenset(w for name, words in country_names().items() if name != "Colombia" for w in words)


def _never_capitalised(text: str, word: str) -> bool:
    """A country name the page writes only in lower case ("se gana o se pierde la lucha"), on a page that does use
    capitals: a word of the language, not the country ("Ghana" is "Gana" in Spanish)."""
    folded = folded_same_length(text)
    at = [m.start() for m in re.finditer(rf"(?<![\w-]){re.escape(word)}(?![\w-])", folded)]
    return bool(at) and not any(text[i].isupper() for i in at) and any(c.isupper() for c in text)


# who pays for the call: "con recursos de la Unión Europea", "funded by the European Union", "avec le soutien de la France"
_FUNDED_BY_BEFORE = re.compile(r"\b(?:con (?:recursos|fondos|financiacion|financiamiento|el apoyo|apoyo|aportes) de|"
                               r"(?:co)?financiad[oa]s? (?:por|pel[oa])|(?:co-?)?funded by|financed by|"
                               # "com passagens pagas pela Prefeitura de São Paulo": who pays
                               r"pag[oa]s? (?:por|pel[oa])|pagad[oa]s? por|paid (?:for )?by|payee?s? par|"
                               r"custead[oa]s? (?:por|pel[oa])|costead[oa]s? por|"
                               r"with (?:funding|support|financing|resources|a grant) from|"
                               r"avec (?:le soutien|le financement|l'appui|l.appui) d|(?:co)?finance(?:e|s|es)? par|"
                               r"com (?:recursos|apoio|financiamento) d)\w*\s+(?:la |el |los |las |the |l'|le |les |a |o |os |as )?"
                               # ("con recursos del BMZ y la Unión Europea": the second of the funders named)
                               r"(?:[\w-]+ (?:y|and|e|et) (?:la |el |los |las |the |l'|le |les |a |o |os |as )?)?"
                               # ("pagas pela Prefeitura de São Paulo": a city's government, then its name)
                               r"(?:(?:prefeitura|alcaldia|ayuntamiento|municipalidad|intendencia|mairie|ville|city|cidade|"
                               r"ciudad|governo|gobierno|government|gouvernement)\s+(?:de la|de|do|da|del|of|du)\s+)?$")


# where the people a call serves come from: "población migrante proveniente de Venezuela", "refugees from Venezuela"
_MIGRANTS_FROM_BEFORE = re.compile(MIGRANTS_FROM + "$")


def _after_a_city(text: str, start: int) -> bool:
    """Whether the place at `start` follows a capitalised name and a comma that is no place itself ("Tainan, Taiwan",
    not "Asia, Africa")."""
    m = _CITY_COMMA_BEFORE.search(text, max(0, start - 30), start)
    return bool(m) and not _REGIONS_RE.fullmatch(folded_same_length(m.group("city")))


# where those who benefit are, not who applies: "… avec des bénéficiaires dans un pays en développement"
_BENEFICIARIES_IN_BEFORE = re.compile(r"\b(?:beneficiaires|beneficiaries|beneficiari[oa]s)(?: finaux| finales| final)?\s+"
                                      r"(?:dans|in|en|em)\s+(?:(?:un|une|a|an|los|las|les|the|des|os|as|uno|um|uma)\s+)?$")


def find_regions(text: str) -> Found | None:
    """The countries or regions the call is open to: from the eligibility passages first, else the whole page."""
    if listed := _eligible_country_list(text):
        return listed
    # a place named in a negative clause ("Latin American countries … are not eligible") is not open
    clauses = (c for p in eligibility_passages(text) for c in _split(_REGION_JOINTS, _REGION_JOINT_WORDS, p))
    passages = [c for c in clauses if not _negative(c)]
    for scope, where, confidence in ((" \n".join(passages), "pasajes-de-elegibilidad", 0.8),
                                     (folded_same_length(text), "texto-completo", 0.5)):
        hits: dict[str, str] = {}
        members_end = -1  # where the last membership hit ends: "ESCAP member States … that are developing countries"
        for m in _REGIONS_RE.finditer(scope):
            if _narrows_members(scope, members_end, m):
                continue  # "ESCAP member States … that are developing countries": no place of its own
            if m.group(1) in _COUNTRY_WORDS and _never_capitalised(text, m.group(1)):
                continue  # "se gana o se pierde": a country's name the page never writes as a name is a common word
            if _EXCEPT_BEFORE.search(scope, max(0, m.start() - 45), m.start()):
                if _OR_OUTSIDE.search(scope, max(0, m.start() - 25), m.start()):
                    hits.setdefault("Global", scope[max(0, m.start() - 40):m.end() + 30])  # "en Europe ou hors d'Europe"
                continue  # "excepto Colombia": a place left out is not a place open
            if _every_group(scope, m):
                hits.setdefault("Global", scope[max(0, m.start() - 40):m.end() + 30])  # "G20 and non-G20 countries"
                continue
            # (the denial in the same clause: not "…; individuals are not eligible")
            if _OUTSIDE_BEFORE.search(scope, max(0, m.start() - 25), m.start()) and not _negative(_clause_at(scope, m)):
                if where == "pasajes-de-elegibilidad" and _REGION_OF[m.group(1)] not in COLOMBIA_OPEN:
                    # ("Any municipality outside the United States may request a match", whatever the title says of "a
                    # U.S. sister city")
                    hits.setdefault("Global", scope[max(0, m.start() - 40):m.end() + 30])
                continue  # "public bodies outside Japan may apply": everywhere but there (a denial keeps it the place)
            if _EMBASSY_BEFORE.search(scope, max(0, m.start() - 25), m.start()) or _EMBASSY_AFTER.match(scope, m.end()):
                continue  # "through the Embassy of Japan": the funder's country, not the applicants'
            if _GOVERNMENT_BODY_BEFORE.search(scope, max(0, m.start() - 70), m.start()):
                continue  # "el Departamento de Energía de los Estados Unidos": a funder's ministry, not where applicants are
            if _OFFERS_AFTER.match(scope, m.end()):
                continue  # "el Gobierno de China ofrece un seminario", "São Paulo convida governos locais": the funder or
                #           inviter, not where applicants are
            if where == "texto-completo" and m.group(1) in _NAME_DEMONYMS and text[m.start()].isupper():
                continue  # "la Federación Colombiana de Municipios": part of a name (Spanish, French, Portuguese write
                #           the adjective in lower case), not a place
            if where == "texto-completo" and (_VENUE_BEFORE.search(scope, max(0, m.start() - 60), m.start())
                                              or _PAST_EXAMPLES_BEFORE.search(scope, max(0, m.start() - 80), m.start())
                                              or _DURING_EVENT_BEFORE.search(scope, max(0, m.start() - 50), m.start())
                                              or _CITY_OF_BEFORE.search(scope, max(0, m.start() - 14), m.start())
                                              or _CITY_AFTER.match(scope, m.end()) or _after_a_city(text, m.start())
                                              or (_ALONE_IN_BRACKETS.search(scope, max(0, m.start() - 3), m.start())
                                                  and scope[m.end():m.end() + 1] == ")")):
                continue  # "a training course in Japan", "former capitals such as Valencia", "lors des Journées
                #           européennes", "Ville de Mexico", "(Japan)": not where applicants are
            if _FIELD_VISIT_BEFORE.search(scope, max(0, m.start() - 80), m.start()):
                continue  # "avec des visites de terrain en France", even in an eligibility passage: where the visits are
            if _PARTNER_BEFORE.search(scope, max(0, m.start() - 60), m.start()):
                continue
            if _BENEFICIARIES_IN_BEFORE.search(scope, max(0, m.start() - 50), m.start()):
                continue  # "portés par un partenaire français avec des bénéficiaires dans un pays en développement"
            if _MIGRANTS_FROM_BEFORE.search(scope, max(0, m.start() - 60), m.start()):
                continue  # "que acojan población migrante proveniente de Venezuela": where the people served come from
            if (m.group(1) in SEAS and "colombi" not in scope
                    and COAST_OF_SEA.search(scope, max(0, m.start() - 60), m.start())):
                continue  # "Municipalidades de … (Guatemala, …) ubicadas en zonas costeras del Caribe": their coasts
            if _CONTRACTED_BEFORE.search(scope, max(0, m.start() - 40), m.start()) and _FIRM_AFTER.match(scope, m.end()):
                continue  # "the study itself is carried out by a U.S. firm": the contractor's country, not the applicant's
            if _FUNDED_BY_BEFORE.search(scope, max(0, m.start() - 40), m.start()):
                continue  # "Con recursos de la Unión Europea, Asocapitales apoya…": who pays, not where applicants are
            if _PRIORITY_BEFORE.search(scope, max(0, m.start() - 80), m.start()):
                continue  # "se dará prioridad a … países de ingreso bajo": a preference, not a limit
            if m.group(1) == "usa" and "USA" not in text:
                continue  # "este sitio usa cookies": the Spanish verb, not the country
            if m.group(1) in _LANGUAGE_WORDS and _names_a_language(scope, m):
                continue  # "en français, anglais ou espagnol": the languages of the application
            if m.group(1) == "global" and (_TOPIC_BEFORE_GLOBAL.search(scope, max(0, m.start() - 14), m.start())
                                           or _TOPIC_AFTER_GLOBAL.match(scope, m.end())):
                continue  # "educación para la justicia global", "global health": a subject, not where applicants are
            if m.group(1) in ("du monde", "world") and _PART_OF_WORLD_AFTER.match(scope, m.end()):
                continue  # "l'Organisation du monde islamique", "the Arab world": one part of the world, not all of it
            if _AND_ABROAD_AFTER.match(scope, m.end()):
                hits.setdefault("Global", scope[max(0, m.start() - 40):m.end() + 30])
                continue
            if _NAME_HEAD_BEFORE.search(scope, max(0, m.start() - 14), m.start()) and text[m.start()].isupper():
                continue  # "el Fondo Canadá para Iniciativas Locales apoya": the funder's name, not a place open
            if _ORGANISATION_AFTER.match(scope, m.end()):
                continue  # "the Caribbean Development Bank invites proposals": the funder's name, not a place open
            if _CURRENCY_BEFORE.search(scope, max(0, m.start() - 14), m.start()) or _CURRENCY_OR_YEAR_AFTER.match(scope, m.end()):
                continue  # "20.000 dólares estadounidenses", "dollars canadiens", "in Canadian dollars", "the Canadian fiscal
                #           year": a currency or a calendar, not a place
            if (_SUBJECT_BEFORE.search(scope, max(0, m.start() - 70), m.start())
                    or _SUBJECT_AFTER.match(scope, m.end())):
                continue  # "les politiques publiques locales françaises", "Japanese practices": the subject, not a place
            if _REGION_REGIONS_AFTER.match(scope, m.end()) and _REGION_OF[m.group(1)] == "Global" and _narrowed(scope, m):
                continue  # "developing countries in Asia, Africa and the Pacific": the regions after say which ones
            name = _REGION_OF[m.group(1)]
            if name == "Unión Europea" and _members_of_colombian_organisation(scope, m):
                name = "Miembros de organismos con Colombia"  # "los Estados miembros de OLADE", "sus Estados miembros"
            elif name == "Unión Europea" and _members_of_other_organisation(scope, m):
                name = OTHER_MEMBERS  # "la ISESCO invita a las ciudades de sus Estados miembros"
            if name == OTHER_MEMBERS and not only_members_of(scope, m):
                continue  # "with the support of ISESCO member states", "Cities need not be members of CityNet"
            if (heads := _LISTS_ITS_COUNTRIES.match(scope, m.end())) and _REGIONS_RE.match(scope, heads.end()):
                continue  # "Latin America and the Caribbean: Bolivia, Haiti…": only the countries listed are open
            if name == "Global" and where == "texto-completo":
                continue  # "global" in running text is rarely about who may apply
            if m.group(1) == "uk" and (where == "texto-completo" or not _THE_UK.search(scope, max(0, m.start() - 8), m.start())):
                continue  # "UK PACT", "12:00 UK time", "gov.uk": a name, a clock, an address; "in the UK" is a place
            hits.setdefault(name, scope[max(0, m.start() - 40):m.end() + 30])
            if name == OTHER_MEMBERS:
                members_end = m.end()
        if where == "pasajes-de-elegibilidad" and (possessive := _possessive_other_members(scope)):
            hits.setdefault(OTHER_MEMBERS, possessive)  # "L'ICESCO invite les villes de ses États membres"
        if hits:
            return Found(sorted(hits), f"regla:nombres-de-regiones ({where})",
                         " | ".join(snippet(h, 80) for h in hits.values()), confidence)
    return None


# "Member states" are the EU's unless an organisation Colombia belongs to owns them: "los 27 Estados miembros de OLADE",
# "IRENA member states", or "OLADE, con el apoyo de sus Estados miembros" (a possessive: the organisation named before)
_MEMBER_WORDS = {"estados miembros", "member states", "etats membres", "estados membros", "paises miembros", "pays membres"}
_OF_ORGANISATION_AFTER = re.compile(r"\s+(?:de las|de los|de la|del|de|das|dos|da|do|de l'|du|des|of the|of)\s+")
# ("los Estados Miembros y Miembros Asociados de la AEC": the associate members named between are the organisation's too)
_OF_ORGANISATION_AFTER = re.compile(r"(?:\s+" + ASSOCIATE_MEMBERS.replace(" ", r"\s+") + ")?" + _OF_ORGANISATION_AFTER.pattern)
_POSSESSIVE_BEFORE = re.compile(r"\b(?:sus|su|its|their|ses|leurs|seus|suas)\s+(?:\d+\s+)?$")


def _members_of_colombian_organisation(scope: str, m: re.Match[str]) -> bool:
    """Whether the "member states" at m are those of an organisation Colombia belongs to."""
    if m.group(1) not in _MEMBER_WORDS:
        return False
    if (of := _OF_ORGANISATION_AFTER.match(scope, m.end())) and (
            COLOMBIA_ORGANISATION.match(scope, of.end()) or LATIN_AMERICAN_NAME.match(scope, of.end())
            or re.match(r"(?:organi[sz]a[a-z]+|organisation|organizacao|instituto|institute|banco|bank|sistema|comision)"
                        r"\s+(?:[a-z-]+\s+){0,2}?(?:latinoameric|iberoameric|interameric|panameric)", scope[of.end():])):
        return True
    if re.search(r"(?:" + COLOMBIA_ORGANISATION.pattern + r")\s+$", scope[max(0, m.start() - 40):m.start()]):
        return True  # "IRENA member states"
    if _POSSESSIVE_BEFORE.search(scope, max(0, m.start() - 12), m.start()):
        start = max(scope.rfind(".", 0, m.start()), scope.rfind("\n", 0, m.start())) + 1
        owner = possessive_owner(scope[start:m.start()])  # named in the sentence up to the possessive
        return bool(owner and owner[1])
    return False


def _narrows_members(scope: str, members_end: int, m: re.Match[str]) -> bool:
    """The place at m is in a clause that narrows the members named just before ("… that are developing countries")."""
    narrowed = members_end >= 0 and MEMBERS_NARROWED_AFTER.match(scope, members_end)
    return bool(narrowed and narrowed.end() <= m.start() and not re.search(r"[.;:\n]", scope[members_end:m.start()]))


def _members_of_other_organisation(scope: str, m: re.Match[str]) -> bool:
    """Whether the "member states" at m follow a possessive whose owner is an organisation Colombia is not in."""
    if m.group(1) not in _MEMBER_WORDS or not _POSSESSIVE_BEFORE.search(scope, max(0, m.start() - 12), m.start()):
        return False
    start = max(scope.rfind(".", 0, m.start()), scope.rfind("\n", 0, m.start())) + 1
    return bool(foreign_owner(scope[start:m.start()]))


def _possessive_other_members(scope: str) -> str | None:
    """'L'ICESCO invite les villes de ses États membres', 'the IsDB invites municipalities in its member countries': the
    members of the organisation named before, one Colombia is not in."""
    for m in POSSESSIVE_MEMBERS.finditer(scope):
        start = max(scope.rfind(".", 0, m.start()), scope.rfind("\n", 0, m.start())) + 1
        if foreign_owner(scope[start:m.start()]) and only_members_of(scope, m):
            return scope[max(0, m.start() - 40):m.end() + 30]
    return None


_TOPIC_BEFORE_GLOBAL = re.compile(r"\b(?:justicia|justica|justice|salud|saude|sante|ciudadania|cidadania|citoyennete|"
                                  r"educacion|educacao|education|gobernanza|governanca|gouvernance|calentamiento|"
                                  r"aquecimento|rechauffement|cambio|mudanca|changement)\s+$")
_TOPIC_AFTER_GLOBAL = re.compile(r"\s+(?:justice|health|citizenship|education|governance|goals|agenda|warming|"
                                 r"(?:climate |environmental )?change)\b")
_ORGANISATION_AFTER = re.compile(r"\s+(?:(?:development|investment|infrastructure)\s+(?:bank|fund|corporation|agency)|"
                                 r"bank|foundation|institute|commission)\b")
_THE_UK = re.compile(r"\b(?:the|in|from|across|within)\s+$")
# "el Fondo Canadá para Iniciativas Locales", "le Fonds Japon", "a Fundação Japão": a country inside the funder's name
_NAME_HEAD_BEFORE = re.compile(r"\b(?:fondo|fund|fonds|fundo|programa|programme|program|fundacion|fundacao|foundation|"
                               r"fondation|agencia|agence|agency|instituto|institut)\s+$")
# "in the United States and internationally": one country and every other one
_AND_ABROAD_AFTER = re.compile(r"\s+(?:and|or|y|o|et|ou|e)\s+(?:internationally|abroad|worldwide|overseas|around the world|"
                               r"a nivel internacional|en el exterior|en el extranjero|internacionalmente|a l'international|"
                               r"a l'etranger|no exterior)\b")


_NAME_DEMONYMS = {"colombiana", "colombianas", "colombiano", "colombianos", "colombien", "colombienne", "colombiens",
                  "colombiennes"}
# "Toute ville, en Europe ou hors d'Europe": a place and everywhere outside it
_OR_OUTSIDE = re.compile(r"\b(?:ou|or|o|y|e|et|and)\s+(?:hors|outside|fuera|fora|beyond)\b\s*(?:d'|de |du |des |of |do |da )?"
                         r"(?:l'|la |el |the |a |o )?$")
# "members and non-members of the OECD", "pays membres ou non de l'UE": the group the members belong to, named just after
_GROUP_OF_AFTER = re.compile(r"\s*(?:of|de|du|des|da|do|del)\s+(?:the\s+|la\s+|l'|el\s+|o\s+|a\s+)?$")


def _every_group(scope: str, m: re.Match[str]) -> bool:
    """The place at m is a group named with those outside it ("G20 and non-G20 countries"): every country."""
    return any(g.start() <= m.start() < g.end() or (g.end() <= m.start() and _GROUP_OF_AFTER.fullmatch(scope, g.end(), m.start()))
               for g in EVERY_GROUP.finditer(scope, max(0, m.start() - 80), m.end() + 80))


def _clause_at(scope: str, m: re.Match[str]) -> str:
    """The clause around a match: as `_sentence_at`, also cut at semicolons."""
    start = max(scope.rfind(mark, 0, m.start()) for mark in ".\n;") + 1
    ends = [i for i in (scope.find(mark, m.end()) for mark in ".\n;") if i >= 0]
    return scope[start:min(ends) if ends else len(scope)]


def _sentence_at(scope: str, m: re.Match[str]) -> str:
    """The sentence around a match."""
    start = max(scope.rfind(".", 0, m.start()), scope.rfind("\n", 0, m.start())) + 1
    ends = [i for i in (scope.find(".", m.end()), scope.find("\n", m.end())) if i >= 0]
    return scope[start:min(ends) if ends else len(scope)]


_OUTSIDE_BEFORE = re.compile(r"\b(?:outside|fuera de|fora de|fora do|fora da|en dehors de|en dehors du)\s*"
                             r"(?:the\s+|la\s+|el\s+|l')?$")
# ... the places listed after it too: "anywhere outside the UK and Ireland", "fuera de España y Portugal"
_OUTSIDE_BEFORE = re.compile(_OUTSIDE_BEFORE.pattern[:-1] + r"(?:[a-z'-]+\s*(?:,|\band\b|\bor\b|\by\b|\bo\b|\be\b|\bet\b|\bou\b)"
                             r"\s*(?:the\s+|la\s+|el\s+|l')?){1,3}$|" + _OUTSIDE_BEFORE.pattern)
# "submitted through the Embassy of Israel", "la Embajada de Japón", "the Japanese Embassy": the funder's country
_EMBASSY_BEFORE = re.compile(r"\b(?:embass(?:y|ies)|embajadas?|embaixadas?|ambassades?|consulates?|consulados?|consulats?)"
                             r"\s+(?:of|de|do|da|du|d')\s*(?:the\s+|la\s+|l')?$")
# "Departamento de Energía de los Estados Unidos", "Ministry of Foreign Affairs of Japan": one ministry (singular), whose
# country is the funder's ("ministerios de salud de los países de…" are applicants, and stay a place)
_GOVERNMENT_BODY_BEFORE = re.compile(
    r"\b(?:departamento|department|ministerio|ministry|ministere|secretaria|secretariat)\s+(?:de|of|do|da|du|des|d')\s+"
    r"(?!(?:los |las |the |les |os |as )?(?:paises|countries|pays|estados|states|gobiernos|governments)\b)"
    r"(?:[a-z'-]+\s+){0,4}?(?:of|de|do|da|du|d'|del)\s*(?:the\s+|los\s+|las\s+|la\s+|el\s+|l')?$")
_EMBASSY_AFTER = re.compile(r"\s+(?:embass(?:y|ies)|consulates?)\b")
_OFFERS_AFTER = re.compile(r"\s*,?\s*(?:\([^)]{0,40}\)\s*)?(?:ofrece|offers|offre|oferece|convoca|invites|invita|"
                           # "o Brasil envia professores leitores": who sends, the funder
                           r"envia|sends|envoie|cofinancia|cofinance|co-finances|cofinances|"
                           r"convida|financia|funds|finance|provides|otorga|grants|awards|organiza|organizes|organises|"
                           # "a Prefeitura de São Paulo custeia a visita": who pays
                           r"custeia|costea|sufraga|covers|pays for|paga|prend en charge)\b")
# "a training course in Japan", "un curso en Japón": where the course is held, not where its participants come from
# ("a three-week course in Wageningen, the Netherlands": a town, then its country)
_VENUE_BEFORE = re.compile(r"\b(?:courses?|trainings?|workshops?|seminars?|study tours?|visits?|deep dives?|cursos?|talleres?|"
                           r"taller|seminarios?|visitas?|capacitacion(?:es)?|pasantias?|formations?|stages?|ateliers?|"
                           r"seminaires?|oficinas?|estagios?|encuentros?|encontros?|meetings?|rencontres?|jornadas?|"
                           r"conferences?|conferencias?|forums?|foros?|summits?|cumbres?|"
                           # "misiones de promoción de inversión en Estados Unidos y Canadá", "trade fairs in Germany"
                           r"misi(?:on|ones)|missions?|missao|missoes|roadshows?|ferias?|fairs?|feiras?|salons?)\b[^.;:\n]{0,60}?"
                           r"\b(?:in|en|em|au|held in|a realizarse en|to|a|hacia)\s+(?:[a-z'-]+(?: [a-z'-]+)?(?:,|\s+(?:y|and|e|et))\s+)?"
                           r"(?:the\s+|la\s+|le\s+|les\s+|el\s+|los\s+|os\s+)?$")
# "les œuvres sont présentées lors des Journées européennes des métiers d'art", "during the European Week of Regions":
# an event the call takes part in, not where applicants are
_DURING_EVENT_BEFORE = re.compile(r"\b(?:lors d(?:es?|u|'une?)|au cours d(?:es?|u)|during(?: the)?|durante(?: el| la| los| las)?|"
                                  r"pendant(?: les?| la)?|durant(?: les?| la)?)\s+(?:[a-z'-]+\s+){0,2}$")
# "Prix international CGLU – Ville de Mexico", "Mexico City": a city that bears its country's name
# ("en Santiago de Chile": a capital named with its country)
_CITY_OF_BEFORE = re.compile(r"\b(?:ville|ciudad|cidade|city|santiago) (?:de|do|of) $")
_CITY_AFTER = re.compile(r" city\b")
# "Tainan, Taiwan's oldest city, hosts a forum": a city and then its country, an address in running text
_CITY_COMMA_BEFORE = re.compile(r"\b(?P<city>[A-Z][\w'-]+),\s*$")
# "… flood risk management (Japan)": a place alone in brackets after a subject says where, not who
_ALONE_IN_BRACKETS = re.compile(r"\(\s*$")
# "visites de terrain en France", "field visits in Japan", "visitas técnicas a Brasil": where a programme takes its
# participants, never where they come from
# ("une mission d'échange en Colombie", "an exchange mission to Chile": where the delegation travels, too)
_FIELD_VISIT_BEFORE = re.compile(r"\b(?:visites? de terrain|visites? techniques?|field visits?|site visits?|study visits?|"
                                 r"missions? d'(?:echange|etudes?)|(?:exchange|study|learning) missions?|"
                                 r"mision(?:es)? (?:de intercambio|de estudio|tecnicas?)|"
                                 r"(?:missao|missoes) (?:de intercambio|de estudo|tecnicas?)|"
                                 r"study tours?|voyages? d'etudes?|visitas? de campo|visitas? de terreno|visitas? tecnicas?|"
                                 r"visitas? de estudio|visitas? de estudo|viajes? de estudio|"
                                 # "misiones municipales de promoción de inversión extranjera directa a Asia y Europa"
                                 r"(?:misi(?:on|ones)|missions?|missoes|missao)(?:\s+[a-z'-]+){0,7}?)\s+(?:in|to|en|em|au|"
                                 r"aux|a|al|ao|hacia)\s+(?:[a-z'-]+\s+(?:y|and|e|et)\s+)?"
                                 r"(?:la\s+|le\s+|l'|el\s+|the\s+|o\s+)?$")
# "joins a community of former capitals such as Lille Métropole, Valencia": earlier winners named as examples
# "aux politiques publiques locales françaises", "the Japanese experience", "el modelo alemán de gestión": a nationality
# adjective describing what a course or exchange is about (its policies, system, model…), not who may apply. Only
# adjectives joined to the noun count: "politiques pour les villes françaises" keeps its place.
_SUBJECT_NOUN = (r"(?:politicas|politica|politiques|politique|policies|policy|sistemas?|systemes?|systems?|experiencias?|"
                 r"experiences?|modelos?|models?|modeles?|practicas|praticas|pratiques|practices|enfoques?|approach(?:es)?|"
                 r"approches?|abordagens?|savoir-faire|know-how|expertise|legislacion|legislation|legislacao|"
                 # "misión de pares europeos", "European peers", "experts français": who comes to share, not who applies
                 # ("appui technique de pairs européens"; not the English verb: "the round pairs Latin American cities")
                 r"pares|peers|(?<=\bde )pairs|(?<=\bdes )pairs|expert[oa]s|experts|especialistas|specialists|specialistes|"
                 # "des programmations d'artistes français": whose work is shown
                 r"artistes|artists|artistas)")
_JOINING_WORDS = (r"(?:de|des|du|d|da|do|dos|das|del|of|the|for|para|pour|por|les|la|le|los|las|el|en|in|em|y|e|et|and|a|"
                  r"aux|au|ao|with|con|com|avec|to|from|que|qui|that|which|who|cities|ciudades|villes|cidades|"
                  r"municipalities|municipios|communes|collectivites|governments|gobiernos|governos|gouvernements)")
_SUBJECT_BEFORE = re.compile(rf"\b{_SUBJECT_NOUN}(?:\s+(?!{_JOINING_WORDS}\b)[a-z-]+){{0,3}}\s+$")
_SUBJECT_AFTER = re.compile(rf"(?:\s+(?!{_JOINING_WORDS}\b)[a-z-]+){{0,3}}?\s+{_SUBJECT_NOUN}\b")
_PAST_EXAMPLES_BEFORE = re.compile(r"\b(?:former|past|previous|earlier|anteriores|pasad[oa]s|anciens|anciennes|antigos|"
                                   r"antigas)\b[^.;:\n]{0,40}?\b(?:such as|like|including|como|tales como|tels que|"
                                   r"comme|incluyendo|incluindo)\b[^.;:\n]*$")


# a region that heads the list of its eligible countries: "- Asia: Bangladesh, Nepal", "América Latina (Bolivia, Haití)"
# ("borrowing member countries (BMCs): Anguilla, …": its acronym may come first)
_LISTS_ITS_COUNTRIES = re.compile(r"(?:\s+(?:and|y|e|et|&)\s+(?:the\s+|el\s+|o\s+|les\s+)?[a-z]+)?"
                                  r"(?:\s*\([a-z]{2,8}\))?\s*[:(]\s*")
# ("25 000 dollars des États-Unis", "dólares de los Estados Unidos": the country named after its currency too)
_CURRENCY_BEFORE = re.compile(r"\b(?:dolares|dollars?|dolar|pesos|francs?|francos|libras|pounds|livres|coronas|"
                              r"yenes|reales)\s+(?:(?:des|de los|de|dos|do|da|of the|of)\s+)?$")
_CURRENCY_OR_YEAR_AFTER = re.compile(r"\s+(?:dollars?|pesos|francs?|pounds|reais|yen|(?:fiscal|financial|budget) year)\b")
# nationality words that also name a language
_LANGUAGE_WORDS = {"francais", "french", "portuguese", "francaises", "portugueses", "portuguesa"}
_LANGUAGE_NAMES = re.compile(r"\b" + LANGUAGE_NAME + r"\b")
_LANGUAGE_END = re.compile(r"\s*(?:[.,;:)]|$|(?:or|and|ou|et|o|y|e|language|langue|idioma|lingua)\b)")
_IN_LANGUAGE = re.compile(r"\b(?:en|in|em|language|languages|idioma|idiomas|langue|langues|lingua|linguas|"
                          # "une bonne maîtrise du français", "a good command of French": a language the applicant speaks
                          r"(?:maitrise|connaissance|pratique) (?:du|de l'|de la)|command of|fluency in|fluent in|"
                          r"knowledge of|proficiency in|(?:dominio|conocimiento|manejo) del?|(?:dominio|conhecimento) d[oa]|"
                          # "maîtrisant le français", "speaking French", "que dominen el francés": the same, as a verb
                          r"(?:maitrisant|parlant|pratiquant) (?:le|la|l')|speaking|who speak|"
                          r"que (?:dominen|hablen|dominem|falem)(?: el| o)?)\s+$")


def _names_a_language(scope: str, m: re.Match[str]) -> bool:
    """'in French', 'en français, anglais ou espagnol': a language, not the people of a country."""
    if _IN_LANGUAGE.search(scope, max(0, m.start() - 20), m.start()) and _LANGUAGE_END.match(scope, m.end()):
        return True  # "written in French." — not "in French overseas territories"
    if re.search(r"\b(?:lingua|lengua|langue|idioma|language)\s+$", scope[max(0, m.start() - 12):m.start()]):
        return True  # "difusão da língua portuguesa", "la langue française": the language itself
    if re.match(r"-?\s*(?:language|lengua|idioma|langue|lingua)\b|\s+(?:courses?|classes|lessons|teaching|teachers?)\b",
                scope[m.end():m.end() + 12]):
        return True  # "Japanese-language courses", "Japanese courses": the language taught
    if re.search(r"\b(?:taught|delivered|dispensee?s?|impartid[oa]s?|dictad[oa]s?|ministrad[oa]s?|subtitled|sous-titres|"
                 r"subtitulad[oa]s?|legendad[oa]s?)\s+(?:en|in|em)\s+$", scope[max(0, m.start() - 25):m.start()]):
        return True  # "la formation est dispensée en français", "taught in English"
    around = scope[max(0, m.start() - 25):m.start()] + " " + scope[m.end():m.end() + 25]
    return bool(_LANGUAGE_NAMES.search(around))


_LOCAL_GOVERNMENT = alternation(APPLICANTS["local_governments"])
_LOCAL_OF_PLACE = re.compile(
    # (the preposition a word of its own: "ciudades designadas" is no "ciudades de signadas")
    rf"\b(?:{_LOCAL_GOVERNMENT})\s+(?:(?:de|del|of|do|da|du|des|en|in)\s+|d')(?:la\s+|l'|los\s+|las\s+|the\s+)?"
    r"(?P<place>[a-z][\w'-]{3,})")
_NOT_PLACES = {"todo", "todos", "todas", "cualquier", "qualquer", "tous", "toute", "toutes", "any", "all",
               # "los municipios de categoría especial": a category, no place
               "categoria", "category", "categorie",
               "pais", "paises", "region", "provincia", "province", "mundo", "world", "monde", "menos", "mas", "plus",
               "more", "less", "hasta", "entre", "between", "tamano", "size", "population", "poblacion",
               # "los municipios de otros departamentos": the others, not the only ones; "cities in good standing"
               "otros", "otras", "other", "others", "autres", "outros", "outras", "demas", "good",
               # "gobiernos municipales de ciudades miembros de la Red": a kind of town, no place
               "ciudades", "cidades", "cities", "villes",
               # "las alcaldías de municipios y distritos de los departamentos de Bolívar…": kinds of town, no place
               "municipios", "distritos", "municipalities", "districts", "communes", "municipalites", "towns",
               # "la alcaldía de la capital": the city named before, no place
               "capital", "capitales", "capitals", "capitais",
               # "ciudades en proceso de adhesión": a standing, no place
               "proceso", "processo", "process", "processus", "transicion", "transition",
               # "candidate cities in the current designation round": a time, no place
               "current", "actual", "present", "next", "previous", "last", "this", "same"}
# "… de los departamentos de Bolívar, Chocó y Cauca": a country's divisions, the place named after them
_DIVISIONS = {"departamentos", "departments", "departements", "provincias", "provinces", "estados", "states", "regiones",
              "regions", "regioes"}
_DIVISION_OF = re.compile(r"\s+(?:de|del|of|do|da|du|des)\s+(?:la\s+|el\s+|the\s+|los\s+|las\s+)?")
# a town word inside a network's name: "la Red Mundial de Ciudades del Aprendizaje", "Réseau des villes créatives"
_IN_NETWORK_NAME = re.compile(r"\b(?:red|network|rede|reseau)\b[^.;:,]{0,40}$")


# "municípios do estado de Minas Gerais", "municipalities of the province of Buenos Aires": one state, province or
# department; open to Colombian cities only when it is a Colombian department.
_LOCAL_OF_STATE = re.compile(
    # "ayuntamientos y entidades municipales de la provincia de Barcelona": the place qualifies both
    rf"\b(?:{_LOCAL_GOVERNMENT})(?:\s+(?:y|e|and|et|o|or|ou)\s+(?:[a-z-]+\s+){{0,3}}[a-z-]+)?\s+(?:de|del|do|da|du|of|in|en)\s+"
    r"(?:la\s+|el\s+|the\s+|l')?"
    r"(?:estado|state|provincia|province|departamento|department|region|regiao|canton|county|condado|"
    r"comunidad autonoma|land|demarcacion|comarca)\s+"
    r"(?:de la\s+|de\s+|del\s+|do\s+|da\s+|of\s+|du\s+|d')(?P<place>[a-z][\w'-]{2,}(?:\s+(?:del\s+|de\s+)?[a-z][\w'-]{2,})?)")
# the first word of every region's name: a place starting with one is a known region, not one place elsewhere
_REGION_FIRST_WORDS = tuple({w.split()[0] for name, words in REGIONS.items() if name != OTHER_MEMBERS for w in words})
COLOMBIAN_DEPARTMENTS = ("amazonas", "antioquia", "arauca", "atlantico", "bolivar", "boyaca", "caldas", "caqueta",
                         "casanare", "cauca", "cesar", "choco", "cordoba", "cundinamarca", "guainia", "guaviare",
                         "huila", "la guajira", "guajira", "magdalena", "meta", "narino", "norte de santander",
                         "putumayo", "quindio", "risaralda", "san andres", "santander", "sucre", "tolima",
                         "valle del cauca", "valle", "vaupes", "vichada")


# the departments and their capitals: a Colombian place, open to Colombian cities
COLOMBIAN_PLACES = COLOMBIAN_DEPARTMENTS + (
    "bogota", "medellin", "cali", "barranquilla", "cartagena", "bucaramanga", "cucuta", "pereira", "manizales",
    "ibague", "santa marta", "villavicencio", "pasto", "monteria", "neiva", "armenia", "popayan", "sincelejo",
    "valledupar", "tunja", "riohacha", "quibdo", "florencia", "yopal", "mocoa", "leticia", "inirida", "mitu",
    "puerto carreno", "san jose del guaviare", "colombia")


# "… collectivités territoriales … ayant leur siège en Nouvelle-Aquitaine", "municipalities registered in the UK": where
# the applicants must be based (not the "-based" of "community-based organisations in cities")
_SEATED_IN = re.compile(
    r"(?<![\w-])(?:ayant (?:leur|son) siege|dont le siege|siege social|domicilie\w*|etabli(?:e|s|es)?|implante\w*|"
    r"based|registered|headquartered|domiciled|incorporated|located|"
    r"con sede|domiciliad\w*|radicad\w*|establecid\w*|ubicad\w*|sediad\w*|com sede|estabelecid\w*|localizad\w*)\b"
    r"[^.;:\n]{0,40}?\b(?:en|in|em|au|aux|no|na|nos|nas|dans)\s+(?:la |le |les |l'|the |el |los |las |o |a |os |as )?"
    r"(?P<place>[a-z][^.;:\n]{1,80})")


_SEAT_WORD = re.compile(r"(?<![\w-])(?:ayant (?:leur|son) siege|dont le siege|siege social|domicilie|etabli|implante|based|"
                        r"registered|headquartered|domiciled|incorporated|located|con sede|domiciliad|radicad|establecid|"
                        r"ubicad|sediad|com sede|estabelecid|localizad)")
_COLOMBIAN_PLACE_RE = re.compile(r"\b(?:" + alternation(COLOMBIAN_PLACES) + r")\b")


_ROLL = re.compile(r"\b(?:network|red|rede|reseau|programme|program|programa|platform|plataforma)\b")


def _seated_elsewhere(passage: str, text: str, folded: str) -> bool:
    """Local governments named, then a seat they must have in one place that is neither Colombia nor a region holding
    it ('ayant leur siège en Nouvelle-Aquitaine'); 'registered in Colombia or in the UK' leaves Colombian ones in."""
    if not _SEAT_WORD.search(passage):
        return False  # no seat named at all: most passages, read cheaply
    for lg in _APPLICANT_RE["local_governments"].finditer(passage):
        seat = _SEATED_IN.search(passage, lg.end(), lg.end() + 200)
        if not seat:
            continue
        stretch = seat.group("place")
        if COLOMBIA_ORGANISATION.match(stretch) or WORLD_BANK_BORROWERS.match(stretch):
            return False  # "located in IBRD- or IDA-eligible countries", "in OAS member states": Colombia among them
        if _ROLL.search(stretch, 0, 60):
            return False  # "municipal governments registered in the IDB Cities Network": a network's roll, no place
        named = [_REGION_OF[r.group(1)] for r in _REGIONS_RE.finditer(stretch)]
        if any(n in COLOMBIA_OPEN for n in named) or _COLOMBIAN_PLACE_RE.search(stretch):
            return False
        if named:
            return True
        area = _AREA_NOUN.match(stretch)  # "dans le bassin Loire-Bretagne": the basin's name is the place
        place = area.group("name") if area else re.match(r"[\w'-]+", stretch).group(0)
        return place not in _NOT_PLACES and _proper_name(text, folded, place)  # a place by its proper name
    return False


# the common noun before a place's name: "bassin Loire-Bretagne", "région Occitanie", "comarca del Bages"
_AREA_NOUN = re.compile(r"(?:bassin|basin|cuenca|bacia|region|regiao|province|provincia|departement|territoire|"
                        r"territorio|canton|comarca|county|area|zone|zona|metropole|agglomeration)\s+"
                        r"(?:(?:de|du|des|del|da|do|of)\s+(?:la\s+|le\s+|the\s+|l')?|d')?(?P<name>[\w'-]+)")


# "Los municipios de categorías tercera a sexta podrán acceder únicamente mediante esquemas asociativos": only a route,
# not only a place
_A_ROUTE = re.compile(r"\s+(?:mediante|a traves de|por medio de|through|via|por meio de|par l.intermediaire d|au travers d)\b")


def restricted_elsewhere(text: str, regions: Found | None) -> str | None:
    """'communes d'Île-de-France uniquement': local governments of one named place that is no known region;
    'municípios do estado de Minas Gerais': of one state or province that is no Colombian department."""
    for passage in eligibility_passages(text):
        for m in _LOCAL_OF_STATE.finditer(passage):
            if not m.group("place").startswith(COLOMBIAN_DEPARTMENTS):
                return passage.strip()
    folded = folded_same_length(text)
    for passage in eligibility_passages(text):
        if _seated_elsewhere(passage, text, folded):
            return passage.strip()
    for passage in eligibility_passages(text):
        label = _LABEL.match(passage)
        label = label if label and _CUE_RE.search(passage[:label.end()]) else None
        only = any(not _A_ROUTE.match(passage, m.end()) for m in _ONLY_RE.finditer(passage))
        if not only and not label:
            continue
        for m in _LOCAL_OF_PLACE.finditer(passage):
            place = m.group("place")
            if place in _NOT_PLACES or place.startswith(_REGION_FIRST_WORDS):
                continue
            if passage.startswith(COLOMBIAN_PLACES, m.start("place")):
                continue  # "las alcaldías de los 42 municipios del Valle del Cauca": a Colombian department, no elsewhere
            if place in _DIVISIONS and (of := _DIVISION_OF.match(passage, m.end())) \
                    and passage.startswith(COLOMBIAN_PLACES, of.end()):
                continue
            if _IN_NETWORK_NAME.search(passage, max(0, m.start() - 45), m.start()):
                continue  # "la Red Mundial de Ciudades del Aprendizaje": a network's name, no place
            if _ROLL.match(passage, m.start("place")) or re.match(r"(?:[\w'-]+\s+){1,3}?(?:network|red|rede|reseau)\b",
                                                                  passage[m.start("place"):]):
                continue  # "Restricted to cities in the Resilient Cities Network": a network's roll, no place
            if passage.startswith(_NETWORK_NAMES, m.start("place")):
                continue  # "Only partner cities of Cities4Forests": a network Vigía knows by name, no place
            if _MEMBER_BEFORE.search(passage, max(0, m.start() - 20), m.start()) or _MEMBER_WORD.search(m.group(0)):
                continue  # "member cities of Mayors for Peace", "signatory cities of the Pact", "C40 member cities in
                # good standing": a network, not a place
            # "Bénéficiaires : collectivités territoriales d'Occitanie": a label's answer names the place by its
            # proper name (not "municipios de categoría 6", nor a Colombian department)
            if not only and not _proper_name(text, folded, place):
                continue
            return passage.strip()
    return None


_NETWORK_NAMES = tuple(name for network in NETWORKS for name in network.names)
_MEMBER_BEFORE = re.compile(r"\b(?:member|signatory|participating|affiliated|adhering)\s+$")
_MEMBER_WORD = re.compile(r"\b(?:members?|signatory|participating|affiliated|adhering|integrantes|miembros?|socias|"
                          r"asociadas)(?:\s|$)")


# "Bénéficiaires : …", "Eligible applicants: …", "Quem: …": a label that asks or names who may apply, then its answer
_LABEL = re.compile(r"\s*[-•*·]?\s*(?P<label>[^:\n]{1,40}?)\s*:\s")


def _proper_name(text: str, folded: str, place: str) -> bool:
    """The place is written with a capital where the page names it."""
    at = re.search(rf"(?<![\w]){re.escape(place)}(?![\w])", folded)
    return bool(at and text[at.start()].isupper())


# "Por el momento no hay convocatorias abiertas", "There are currently no open calls", "Não há editais com inscrições
# abertas no momento", "Aucun appel n'est ouvert actuellement": the page itself says nothing is open to apply to now
# (a sentence of its own: not "FIMEAU – aucun appel en cours", one programme's line in a list)
_NO_CALL_OPEN = re.compile(
    r"(?:^|[.!?]\s)\s*(?:(?:por el momento|por ahora|actualmente|en este momento|at the moment|currently|at present|"
    r"for now|no momento|atualmente|por enquanto|actuellement|pour le moment|en ce moment|a l'heure actuelle),?\s+)?"
    r"(?:no hay|no existen|there are (?:currently |presently )?no|nao ha|nao existem|il n'y a (?:actuellement |pas )?"
    r"(?:pas d'|aucun |aucune )?)\s*(?:ninguna |nenhum |nenhuma )?(?:(?:open|current) )?"
    r"(?:convocatorias?|calls?|editais|edital|chamadas?|appels?|oportunidades|opportunities)"
    r"(?:(?:\s+[a-z'-]+){0,5}?\s+(?:abiertas?|vigentes?|activas?|open|abert[oa]s?|com inscricoes abertas|ouverts?|en cours)\b|"
    r"(?<=open calls)|(?<=open call)|(?<=open opportunities)|(?<=current calls)|(?<=current opportunities))|"
    r"(?:^|[.!?]\s)\s*(?:aucun appel|aucune offre|no calls?|ninguna convocatoria|nenhum edital|nenhuma chamada)"
    r"(?:\s+[a-z'-]+){0,3}?\s+(?:n'est|is|are|esta|se encuentra|esta aberto|esta aberta)\s+(?:actuellement\s+|currently\s+|"
    r"en este momento\s+|no momento\s+)?(?:ouvert|open|abierta|aberto|aberta)\b", re.M)


def no_call_open(text: str) -> str | None:
    """The page's own sentence that no call is open at the moment, if it has one."""
    m = _NO_CALL_OPEN.search(folded_same_length(text))
    return snippet(text[m.start():m.end()].strip(" .!?"), 120) if m else None


def colombian_city_may_apply(applicants: Found | None, excluded: Found | None, regions: Found | None,
                             restricted: str | None = None, left_out: str | None = None,
                             nothing_open: str | None = None) -> Found:
    """Local governments allowed, and Colombia inside the regions named (or no region named at all)."""
    if nothing_open:  # "Por el momento no hay convocatorias abiertas": no one may apply now
        return Found(False, RULE_NO_CALL_OPEN, nothing_open, 0.7)
    kinds = applicants.value if applicants else []
    # a call that leaves Colombia out says where first: its local governments are then the ones of another place
    if left_out:
        return Found(False, RULE_COLOMBIA_LEFT_OUT, left_out, 0.8)
    if "local_governments" in (excluded.value if excluded else []):
        return Found(False, RULE_LOCAL_EXCLUDED, excluded.snippet, 0.8)
    if "local_governments" not in kinds:
        reason = RULE_NO_LOCAL_APPLICANT
        return Found(False, reason, applicants.snippet if applicants else "", 0.6 if applicants else 0.4)
    places = set(regions.value) if regions else set()
    # a place named anywhere on the page (a partner country, a news aside) gives way to who the eligibility passages say
    if restricted is not None and (not places & COLOMBIA_OPEN or "texto-completo" in regions.method):
        return Found(False, RULE_ONLY_ELSEWHERE, restricted, 0.6)
    if places and not places & COLOMBIA_OPEN:
        return Found(False, RULE_REGION_WITHOUT_COLOMBIA, regions.snippet, 0.75)
    why = "regla:gobiernos-locales + región-con-Colombia" if places else "regla:gobiernos-locales sin límite de región"
    return Found(True, why, applicants.snippet, 0.8 if places else 0.6)
