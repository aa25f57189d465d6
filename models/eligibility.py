"""Can a Colombian city government apply to this call? Rules over what harvest stores, with facts in Spanish.

Three outcomes per (call, city): `apply` (the city government can apply), `pass_on` (only companies,
organisations or individuals can: worth passing on to local actors) and `excluded` (restricted to other
countries or regions, or a population threshold the city misses). Only `apply` is ever alerted as an
opportunity to apply for. The evidence read: opportunity.eligibility, title and summary, the `extra`
fields (grants.gov applicant types, BDNS tiposBeneficiarios/regiones) and the funder type.
Text is folded (lower case, no accents) before any rule runs, so rules are written accent-free.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any, Protocol

from models.colombia import (ALTITUDES_M, AMAZON_DEPARTMENTS, BORDER_CAPITALS, CAPITALS, COASTAL, COASTS,
                             CORAL_REEF_CAPITALS, DEPARTMENTS,
                             PREFERENCE, SEAPORTS, WORLD_HERITAGE_CITIES, capitals_named, departments_named, excepted,
                             limited_to, listed_capitals)
from models.countries import NOT_A_LAKE, country_names
from models.networks import BY_KEY, EVERY_COLOMBIAN_CITY, NETWORK_NAMES, is_member, network_key, network_names, networks_named
from models.alternation import alternation
from models.text import fold, in_quoted_name

APPLY, PASS_ON, EXCLUDED = "apply", "pass_on", "excluded"
KINDS = (APPLY, PASS_ON, EXCLUDED)

# Approximate populations (DANE projections 2024) of the sample cities; a plan overrides with settings.population.
KNOWN_POPULATIONS = {
    "11001": 7_930_000,  # Bogotá D.C.
    "05001": 2_640_000,  # Medellín
    "76001": 2_280_000,  # Cali
    "08001": 1_330_000,  # Barranquilla
    "13001": 1_060_000,  # Cartagena de Indias
}


# The page extractor's own verdict, stored by the harvest in opportunity.extra: False when the page's eligibility
# passages leave a Colombian city government out, or name no local government among the applicants. A page that
# says so is never alerted as one to apply for, whatever words the short eligibility line keeps ("Gobiernos locales —
# Francia, Colombia" loses "French ones only").
PAGE_VERDICT = "colombian_city_may_apply"
PAGE_VERDICT_RULE = "colombian_city_may_apply_rule"
# The extractor's rules for "no" (spiders/extract/eligibility.py names its findings with these), as ORI staff read them.
RULE_COLOMBIA_LEFT_OUT = "regla:Colombia-excluida"
RULE_ONLY_ELSEWHERE = "regla:solo-gobiernos-locales-de-otro-lugar"
RULE_REGION_WITHOUT_COLOMBIA = "regla:región-sin-Colombia"
RULE_LOCAL_EXCLUDED = "regla:gobiernos-locales-excluidos"
RULE_NO_LOCAL_APPLICANT = "regla:sin-gobiernos-locales-entre-solicitantes"
RULE_NO_CALL_OPEN = "regla:ninguna-convocatoria-abierta"
PAGE_RULES_ELSEWHERE = {  # from somewhere else only
    RULE_COLOMBIA_LEFT_OUT: "la página de la convocatoria deja por fuera a Colombia",
    RULE_ONLY_ELSEWHERE: "la página de la convocatoria admite solo gobiernos locales de otros lugares",
    RULE_REGION_WITHOUT_COLOMBIA: "la página de la convocatoria se limita a regiones que no incluyen a Colombia",
}
PAGE_RULES_OTHERS = {  # not local governments
    RULE_LOCAL_EXCLUDED: "la página de la convocatoria excluye a los gobiernos locales",
    RULE_NO_LOCAL_APPLICANT: "la página de la convocatoria no nombra a los gobiernos locales entre quienes pueden "
                             "postular: verifique antes de postular",
    RULE_NO_CALL_OPEN: "la página dice que por ahora no hay convocatorias abiertas",
}


class OpportunityLike(Protocol):
    title: str
    summary: str
    eligibility: str | None
    funder_type: str | None
    extra: dict[str, Any]


def _sentence_start(text: str, at: int) -> int:
    """Where the sentence (or clause after a semicolon) holding position `at` begins."""
    return max(text.rfind(".", 0, at), text.rfind(";", 0, at)) + 1


def _rx(*alternatives: str) -> re.Pattern[str]:
    return re.compile(r"\b(?:" + "|".join(alternatives) + r")\b")


LOCAL_GOVERNMENT = _rx(
    r"gobiernos? (?:local(?:es)?|municipal(?:es)?|subnacional(?:es)?|territorial(?:es)?|de las ciudades|de ciudades)",
    r"gobiernos? de (?:las )?(?:ciudades )?capitales",  # "gobiernos de capitales nacionales de América Latina"
    # "Les gouvernements infranationaux des 33 pays d'Amérique latine", "gobiernos infranacionales"
    r"gouvernements (?:locaux|infranationaux|subnationaux)", r"gobiernos infranacionales", r"governos infranacionais",
    # "At least one co-applicant must be a municipal or district authority of Colombia"
    r"(?:municipal|district)(?: or (?:municipal|district|local|city))? authorit(?:y|ies)",
    r"infranational governments", r"sub-?national governments?", r"villes etrangeres", r"ciudades extranjeras",
    r"cidades estrangeiras", r"collectivites? (?:territoriales? |locales? )?etrangeres?", r"municipally[- ]owned (?:utilities|companies|enterprises)",
    r"alcaldias?", r"municipios?", r"municipalidad(?:es)?", r"ayuntamientos?", r"entidades territoriales",
    # "Colombian territorial entities can request missions", "city and national teams involved in a Bank operation"
    r"territorial entities", r"city (?:and (?:national|regional) )?teams",
    # "una entidad territorial oferente y una receptora" (not "un contrato suscrito con una entidad territorial")
    r"entidad territorial (?:oferente|receptora|solicitante|proponente|postulante)",
    r"autoridades (?:locales|municipales|subnacionales|locais|subnacionais)(?: (?:e|y) regiona(?:is|les))?",
    r"autoridad local", r"autoridade local", r"autarquias? locais", r"autarquia local",  # Portugal's word for its town halls
    # "instituições nacionais, estaduais/departamentais e municipais": every level, the local one last
    r"(?:instituciones|instituicoes|institutions|entidades|organismos|orgaos)(?: publicas| publicos| public)? (?:nacionales|"
    r"nacionais|national)(?:[,/ ]+(?:estaduais|estatales|regionales|regionais|regional|departamentales|departamentais|"
    r"departmental|provinciales|provinciais|provincial))*,? (?:y|e|and|o|ou|or) (?:municipales|municipais|municipal|locales|"
    r"locais|local)\b",
    # "les autorités publiques, y compris locales", "public authorities, including local ones"
    r"autorites publiques,? y compris (?:les )?locales", r"public authorities,? including local(?: ones| authorities)?",
    r"autoridades publicas,? incluidas las locales",  # "Solicitante principal: una autoridad local colombiana"
    # "instituciones públicas locales de los países de asociación", "local public institutions"
    r"(?:instituciones|entidades|organismos) publicas? locales", r"(?:instituicoes|entidades|orgaos) public[oa]s locais",
    r"local public (?:institutions|entities|bodies|authorities)", r"(?:institutions|organismes) publics? locaux",
    # "instituciones de gobierno nacional, regional o local", "professionals in local and national government"
    r"(?:gobiernos?|government|governo) (?:nacional|national|central|federal)(?:,? (?:regional|departamental|provincial|"
    r"state|estadual))?,? (?:o|y|u|or|and|e|ou) local",
    r"local (?:and|or|y|o|e|ou) (?:national|regional|nacional) (?:governments?|gobiernos?|governos?)",
    # "governmental entities (national, regional or local)", "governments at any level"
    # "entidades de gobierno, nacionales o subnacionales"
    r"(?:entidades|instituciones|organismos) (?:de gobierno|gubernamentales|publicas),? nacionales,? (?:o|y|"
    r"u) subnacionales",
    r"(?:governmental|government|gubernamentales|governamentais|gouvernementales|publicas|public) (?:entities|bodies|"
    r"institutions|entidades|organismos|entites|orgaos|organismes) \([^)]{0,40}\blocal(?:es|s)?(?=\))",
    r"governments? at (?:any|all|every) levels?", r"gobiernos de (?:cualquier|todos los) nivel(?:es)?",
    # "government agencies at any level"
    r"(?:government|public) (?:agencies|bodies|entities|institutions) at (?:any|all|every) levels?",
    # "les autorités et institutions publiques (y compris locales)", "public authorities (including local ones)"
    r"(?:y compris|incluidas las|incluidos los|including|incluindo as|inclusive) (?:les )?(?:locales|locaux|local ones|"
    r"local|locais)(?: (?:et|and|y|e) (?:regionales|regionaux|regional|regionais))?(?= ?\)| ?,)",
    r"governos de (?:qualquer|todos os) niveis?", r"gouvernements de (?:tout|tous) niveaux?",
    r"administraciones (?:locales|municipales|publicas)",
    r"administrations? (?:municipales?|locales?)", r"administrac(?:ao|oes) (?:municipa(?:l|is)|loca(?:l|is))",
    # "entidades públicas del orden municipal, distrital y departamental"
    r"entidades (?:publicas|territoriales|estatales) del orden (?:municipal|distrital|territorial|local)",
    # "Colombian municipal, district and departmental administrations"
    r"(?:city|municipal|local)(?:,? (?:(?:district|departmental|regional|provincial|state|metropolitan|county|national),? ){0,3}?"
    r"(?:and|or) (?:district|departmental|regional|provincial|state|metropolitan|county|national))? "
    r"(?:administrations|authorities|governments)",
    # ("hasta dos funcionarios por cada ciudad capital miembro de pleno derecho de la UCCI")
    r"ciudades (?:capitales )?(?:designadas )?(?:miembros?|socias|latinoamericanas|iberoamericanas|colombianas|"
    r"de america latina)",
    r"ciudad capital miembro",
    r"villes (?:membres|adherentes)", r"cidades (?:latino-?americanas|ibero-?americanas|da america latina)",
    # "las ciudades y regiones socias de AERYC", "villes désignées membres du Réseau"
    r"ciudades y regiones", r"cidades e regioes", r"villes et regions", r"villes designees", r"cities designated",
    r"ciudades y areas metropolitanas",  # "Exclusivo para ciudades y áreas metropolitanas socias de AERYC"
    # "Destinos representados por una autoridad pública local o regional", "governos de cidades costeiras", "câmaras
    # municipais"
    r"autoridad(?:es)? publicas? local(?:es)?", r"governos? (?:de|das) cidades", r"camaras? municipa(?:is|l)",
    r"cidades? (?:membros?|associad[oa]s?)", r"cidades?-membros?", r"ciudad(?:es)?-miembros?", r"ciudad miembro",
    r"distritos", r"local (?:governments?|authorit(?:y|ies)|public authorities)", r"municipalit(?:y|ies)",
    r"district governments?", r"gobiernos distritales",  # "the district governments of Cartagena and Barranquilla"
    r"governo local", r"(?:qualquer|cualquier) (?:governo|gobierno) local",  # "Qualquer governo local ou regional"
    # "Governments at national, state/provincial or municipal level", "Public agencies at national and subnational level"
    r"governments? at [^.;]{0,40}?\b(?:municipal|local|city|subnational) levels?",
    r"(?:public )?(?:agencies|bodies|entities|institutions) at (?:national (?:and|or) )?(?:subnational|local|municipal) levels?",
    # "Public procurement agencies and buyers at national, regional or city level"
    # ("a government institution at national, regional or city level")
    r"(?:agenc(?:y|ies)|bod(?:y|ies)|buyers|entit(?:y|ies)|institutions?)(?: and [a-z]+)? at (?:national|regional|state)"
    r"(?:,? (?:[a-z]+))*,? "
    r"(?:or|and) (?:city|municipal|local|subnational) levels?",
    # "municipal theatres and city-run cultural agencies"
    r"municipal (?:theatres|theaters|cultural (?:centres|centers|agencies))",
    # "incluidos los museos de titularidad municipal"
    r"museos (?:de titularidad )?municipales|museos de titularidad municipal|municipal museums|museus municipais",
    r"city-run (?:[a-z]+ ){0,2}(?:agencies|venues|theatres|theaters)",
    # the city's own water utility: "operadores públicos de agua de titularidad municipal", "prestadores públicos
    # municipais de água", "serviços municipais de água", "municipal water utilities"
    r"(?:operadores|prestadores|empresas|servicios|servicos|operators|utilities|providers) (?:publicos |publicas |public )?"
    r"(?:municipa(?:les|is|l)|intermunicipa(?:les|is))", r"servicos municipais de agua",
    r"(?:operadores|prestadores|empresas) publicos? de (?:agua|acueducto|saneamiento|saneamento)[^.;]{0,40}?"
    r"(?:titularidad|propiedad|titularidade) (?:municipal|publica municipal|metropolitana)",
    r"municipal (?:water|water and sanitation) (?:utilities|operators|companies|services)",
    # "una empresa de servicios públicos de acueducto": a utility (in Colombia most are the municipality's)
    r"empresas? de servicios publicos(?: domiciliarios)? de (?:acueducto|agua|aseo|alcantarillado)",
    # the city's servants among others, nominated by their institution: "servidores públicos nacionais, estaduais e
    # municipais", "funcionarios públicos nacionales y municipales", "national and local civil servants"
    r"(?:servidores|funcionari[oa]s) (?:publicos |publicas )?(?:[a-z]+,? ){0,3}(?:e |y |ou |o )?(?:municipais|municipales|"
    r"locais|locales|distritales)",
    r"(?:national|state|federal|regional),? (?:and|or) (?:municipal|local|city) (?:civil servants|public servants|officials)",
    r"(?:city|municipal) (?:governments?|halls?|administrations?)", r"subnational governments?", r"mayor(?:s|.s|s.)? offices?",
    r"cities and (?:regions|local governments|municipalities|regional governments)", r"member cities",
    r"ciudades y gobiernos regionales", r"cidades e governos regionais", r"villes et gouvernements regionaux",
    r"city or township governments",
    r"foreign (?:public entities|governments)", r"(?<!\bnational )(?<!federal )public (?:sector )?(?:entities|institutions|bodies)",
    r"(?<!\bnational )(?<!federal )(?<!central )government (?:agencies|entities|bodies|institutions)",  # not "subnational"
    # ("Ouvert uniquement aux villes déjà désignées membres du Réseau")
    r"(?:open (?:only )?to|abiert[oa]s? (?:solo |unicamente |exclusivamente )?a|ouvert(?:e|es|s)? (?:uniquement |seulement "
    r"|exclusivement )?aux|abert[oa]s? (?:apenas |somente |exclusivamente )?a)\s+(?:las |les |as |the )?(?:cities|ciudades|villes|cidades)",
    r"entidades (?:publicas|del sector publico|estatales)(?! (?:del (?:orden|nivel|ambito) (?:nacional|central)|nacionales|nacionais|federales|federais)"
    r"(?! (?:y|o|e) (?:locales|territoriales|subnacionales|municipales|del orden territorial)))", r"collectivites? (?:territoriales|locales)",
    r"autorites? locales?", r"communes", r"collectivites?", r"governos? (?:locais|municipais|subnacionais)", r"prefeituras?",
    r"municipios e cidades", r"entes locales", r"entes territoriales", r"gobiernos de ciudades", r"city networks? members",
    r"(?:local|municipal|city|regional|metropolitan) (?:and|or|&) (?:regional|local|municipal|provincial) "
    r"(?:governments?|authorit(?:y|ies))", r"municipal governments?", r"metropolitan governments?",
    r"gobiernos metropolitanos", r"gouvernements? locaux", r"gouvernement local", r"gouvernements? municipaux",
    r"gouvernement municipal", r"mairies?", r"municipalites?",
    # "Villes et gouvernements métropolitains d'Amérique latine", "ciudades y gobiernos metropolitanos"
    r"(?:villes|ciudades|cidades|cities) (?:et|y|e|and) (?:gouvernements|gobiernos|governos|governments) (?:metropolitain|"
    r"metropolitan|locaux|locales|locais|local)\w*", r"gouvernements? metropolitains?", r"governos metropolitanos",
    # "Les villes et autorités organisatrices de transport des pays partenaires"
    r"villes et autorites(?: organisatrices| locales| publiques)?",
    # "Villes et entreprises publiques municipales d'Amérique latine": the cities and their own companies
    r"(?:villes|ciudades|cidades|cities) (?:et|y|e|and) (?:entreprises|empresas|companies|enterprises|utilities) (?:publiques |"
    r"publicas |public )?(?:municipales|municipais|municipal|municipaux)",
    r"member governments?", r"cities and metropolitan areas", r"(?:the city.s )?municipal authorit(?:y|ies)",
    r"autoridad(?:es)? municipal(?:es)?", r"autorites? municipales?", r"autoridades? municipa(?:l|is)",
    r"ciudades capitales", r"entidades (?:publicas )?(?:nacionales|del orden nacional),? (?:y|o|e) territoriales",
    r"gobiernos (?:regionales|departamentales|provinciales|estatales) (?:y|o|e) (?:locales|municipales)",
    r"governos (?:regionais|estaduais) e (?:locais|municipais)", r"gouvernements regionaux et locaux",
    r"(?:national|regional|state) (?:and|or) local (?:agencies|institutions|bodies)",
    # "local, regional or national government bodies", "local or national government agencies": local comes first
    r"local(?:, (?:regional|state|provincial|national|federal))*,? (?:or|and) (?:regional|state|provincial|national|"
    r"federal) (?:government|public) (?:bodies|agencies|entities|institutions|teams|departments)",
    # official tourism bodies of countries, regions … and cities
    r"(?:orgaos|organismos|oficinas|organismes) oficia(?:is|les|ls) de turismo de [^.;]{0,60}?(?:cidades|ciudades|municipios|villes)",
    # "Public water and sanitation utilities, municipal or state-owned", "teams are nominated by the city", "les
    # secrétariats ou instituts municipaux de culture"
    r"utilities,? (?:municipal|municipally[- ]owned)\b",
    # "empresas de servicios públicos de agua, municipales o mixtas con mayoría pública"
    # (not "Las empresas de servicios públicos municipales podrán actuar como coejecutoras, pero no como solicitantes":
    # the utilities as a kind of their own)
    r"empresas de servicios publicos de (?:agua|acueducto|aseo|energia), municipales",
    r"(?:nominated|designated|proposed) by (?:the|their|each) city\b",
    # "personal … de instituciones públicas de los países de América Latina, tanto nacionales como locales"
    r"tanto nacionales como (?:locales|territoriales|subnacionales|municipales)", r"both national and (?:local|subnational|"
    r"municipal)",
    # "Personas jurídicas, públicas o privadas, de los países miembros del programa": an alcaldía is a public one
    r"personas juridicas,? (?:publicas o privadas|de derecho publico o privado)", r"(?:public or private|public and private) "
    r"legal (?:entities|persons)", r"personnes morales (?:de droit )?publiques ou privees",
    r"pessoas juridicas de direito publico ou privado",
    # "… or similar institutions and organizations, including municipal heritage authorities"
    r"including municipal (?:[a-z]+ ){0,2}(?:authorities|offices|departments|governments|entities|bodies|institutes|"
    r"secretariats)",
    # "Municipal and district administrations in Colombia", "municipal sport and recreation institutes"
    r"(?:municipal|district|city)(?: (?:and|or) (?:municipal|district|city|local))? administrations?",
    r"municipal (?:[a-z]+ (?:and [a-z]+ )?)?institutes",
    # "governmental institutions, including municipal …" (not "national governmental institutions")
    r"(?<!\bnational )(?<!federal )(?<!central )governmental (?:institutions|entities|bodies|agencies)",
    # "Any local, municipal, district or regional government, in any country, may apply"
    r"(?:local|municipal|district|city)(?:, (?:local|municipal|district|city|regional|provincial|state|metropolitan))+,? "
    r"(?:or|and) (?:local|municipal|district|city|regional|provincial|state|metropolitan) governments?",
    # "Sont éligibles les villes colombiennes de plus de 500 000 habitants"
    r"villes (?:colombiennes|latino-?americaines|d.amerique latine)", r"cidades colombianas",
    # "Entes deportivos departamentales, distritales y municipales": the city's sports institute
    r"entes deportivos (?:[a-z]+,? (?:y |o )?){0,2}(?:distritales|municipales)",
    # "Public or private project sponsors in eligible countries, including Colombia" (a public sponsor may be the city)
    r"public (?:or private )?(?:project )?sponsors",
    r"(?:secretariats?|instituts?)(?: ou (?:secretariats?|instituts?))? municipaux",
    # "government cultural institutions, including municipal and district heritage offices"
    r"(?:municipal|district)(?: (?:and|or) (?:municipal|district))? (?:heritage|culture|cultural|tourism|planning) offices",
    # "Órgãos oficiais de turismo municipais ou regionais"
    r"(?:orgaos|organismos|oficinas|organismes) oficia(?:is|les|ls) de turismo (?:municipa(?:is|les|ux)|locais|locales|locaux)",
    # "Any government institution in Latin America, national or local", "subnational public authorities"
    r"government (?:institutions?|entit(?:y|ies)|bod(?:y|ies)|agenc(?:y|ies))[^.;]{0,30}?\b(?:national|regional),? (?:or|and) "
    r"(?:local|municipal|subnational)\b", r"sub-?national public authorit(?:y|ies)",
    r"(?:city|municipal|local) tourism (?:boards?|offices?|bureaus?|authorit(?:y|ies))",
    r"(?:national, regional and|regional and) city tourism boards?", r"(?:oficinas?|entes?|institutos?) (?:municipales|distritales) de turismo",
    r"(?:archivos|bibliotecas|museos|institutos|empresas|hospitales|casas de la cultura|teatros|dependencias|escuelas)"
    r"(?: publicas| publicos)? (?:municipales|distritales)",
    r"(?:arquivos|bibliotecas|museus|empresas|institutos) (?:publicos |publicas )?municipais",
    r"municipal (?:archives|libraries|museums|utilities|companies|enterprises|institutes)", r"(?:municipal|city|local) or (?:metropolitan|regional) "
    r"(?:\w+ )?(?:secretariats?|authorit(?:y|ies)|departments?|agencies)", r"entidades locales", r"mayors", r"alcaldes(?:as)?",
    r"prefeitos", r"maires",
    # "city and transit agency staff", "municipal government officials": the city's own people, for the city
    r"(?:city|municipal)(?: and [a-z]+)? (?:government |agency |department )?(?:staff|officials|employees)",
    # both levels named together: the local one is in
    r"gobiernos nacionales(?:,? (?:regionales|subnacionales|provinciales|departamentales|estatales))*,? (?:y|o) (?:locales|municipales|subnacionales)",
    r"national(?:,? (?:regional|subnational|provincial|state|departmental))*,? (?:and|or) (?:local|municipal|subnational) (?:governments|authorities)",
    r"governos nacionais(?:,? (?:regionais|subnacionais|estaduais|provinciais|departamentais))*,? (?:e|ou) (?:locais|municipais|subnacionais)",
    r"gouvernements nationaux(?:,? (?:regionaux|infranationaux|provinciaux|departementaux))*,? (?:et|ou) (?:locaux|municipaux)",
    r"(?:entidades|instituciones|organismos) (?:de gobierno|gubernamentales|del estado) (?:nacionales y |nacionales o )?"
    r"(?:locales|municipales|territoriales|subnacionales)",
    # "órgãos governamentais nacionais e subnacionais", "organismes gouvernementaux nationaux et locaux"
    r"(?:orgaos|entidades|instituicoes|organismos) (?:governamentais|de governo|do governo) (?:nacionais (?:e|ou) )?"
    r"(?:locais|municipais|subnacionais)",
    r"(?:organismes|institutions|entites) (?:gouvernementa(?:les|ux)|publi(?:cs|ques)) (?:nationa(?:les|ux) (?:et|ou) )?"
    r"(?:loca(?:les|ux)|municipa(?:les|ux)|infranationa(?:les|ux))",
    r"(?:national and )?local government (?:entities|agencies|bodies|institutions)",
    # a city's own development agency: "agencias públicas de desarrollo económico local"
    r"agencias publicas de desarrollo (?:economico )?local", r"public (?:local )?economic development agencies",
    # a city's sector authorities are the city government: "secretarías de educación", "municipal education authorities"
    r"secretarias (?:municipales |distritales )?de (?:educacion|salud|cultura|movilidad|ambiente|gobierno|desarrollo economico)",
    # "Les secrétariats d'éducation certifiés de Colombie (municipaux, de district ou départementaux)"
    r"secretariats? d.education",
    r"(?:local|municipal|subnational|district|city|territorial) (?:education|health|culture|cultural|transport|environmental|"
    r"planning|water) (?:authorit(?:y|ies)|secretariats?|departments?)",
    # any of the city's offices by its work: "municipal finance departments", "subnational tax administrations"
    r"(?:municipal|subnational|sub-national|city) [a-z]+ (?:departments|administrations|secretariats|offices)",
    r"(?:municipal|city|district) (?:\w+ ){0,3}?secretariats?", r"secretarias municipais(?: de \w+)?",
    # "Instituciones museísticas públicas o privadas, incluidas las municipales", "municipal or regional government
    # entities", "any public, private or non-profit organisation"
    r"incluid[oa]s (?:las |los )?municipales", r"including (?:the )?municipal ones", r"y compris (?:les )?municipa(?:les|ux)",
    r"incluindo (?:as |os )?municipais",
    # "Official city or regional tourism bodies (public destination management organisations)"
    r"(?:city|municipal)(?: or (?:regional|provincial|state|departmental))? tourism (?:bodies|boards|offices|authorities|"
    r"agencies)",
    r"municipal (?:(?:or|and) (?:regional|departmental|provincial|state) )?government (?:entities|bodies|institutions|agencies)",
    # "Entidades gubernamentales de cualquier nivel (nacional, regional o municipal)"
    # "una entidad pública local o regional"
    r"entidad(?:es)? publicas? (?:locales?|local o regional|locales o regionales)",
    r"(?:entidades|entities|entites|instituciones|institutions|organismos) (?:gubernamentales|governmental|government|"
    r"publicas|public|publiques|de gobierno|del gobierno) (?:de cualquier nivel|at any level|of any level|de tout niveau|"
    r"de qualquer nivel)",
    r"any public,? (?:or )?private,? (?:or |and )?(?:non-profit |not-for-profit )?(?:organi[sz]ations?|entit(?:y|ies)|"
    r"institutions?)",
    r"autorites (?:educatives|scolaires) locales",
    # "Autorités sanitaires municipales ou régionales", "autoridades sanitarias municipales"
    r"autorites (?:sanitaires|educatives|scolaires|culturelles) (?:municipales|locales|communales)",
    r"autoridades (?:sanitarias|de salud|educativas|culturales|de transito) (?:municipales|locales|distritales)",
    r"autoridades (?:sanitarias|de saude|educacionais) (?:municipais|locais)",
    # (not "instituciones públicas nacionales": the national level's only)
    # (… unless more levels follow: "instituições públicas nacionais, estaduais ou municipais")
    r"instituciones (?:publicas|gubernamentales|del estado)(?! nacionales(?!,? (?:\w+ )?(?:y|o|e|ou|,)))",
    r"organismos publicos(?! nacionales(?!,? (?:\w+ )?(?:y|o|e|ou|,)))", r"instituicoes publicas(?! nacionais(?!,? (?:\w+ )?(?:y|o|e|ou|,)))",
    # "órgãos nacionais, subnacionais ou empresas públicas", "el gobierno de la ciudad propuesta"
    r"(?:orgaos|organos|organismos|entidades|instituciones|instituicoes)(?: nacionais| nacionales)?,? subnaciona(?:is|les)",
    r"gobierno de la ciudad (?:propuesta|candidata|postulante)", r"government of the (?:proposed|candidate|applicant) city",
    r"governo da cidade (?:proposta|candidata)", r"gouvernement de la ville (?:proposee|candidate)",
    # "nominados oficialmente por su entidad (nacional o territorial)": a territorial one among them
    r"entidad(?:es)? (?:publicas? )?\((?:[a-z]+,? )*(?:o |y )?(?:territorial|local|municipal)(?:es)?(?=\))",
    # "personas jurídicas públicas o privadas": an alcaldía is a public legal person
    r"personas juridicas (?:publicas|de derecho publico)", r"pessoas juridicas de direito publico",
    r"personnes morales de droit public",
    r"orgaos publicos", r"institutions publiques", r"organismes publics", r"etablissements publics",
    # "à la demande d'une institution publique bénéficiaire, nationale ou locale"
    r"institution publique(?: beneficiaire)?,? (?:nationale ou locale|locale)",
    r"institucion publica(?: beneficiaria)?,? (?:nacional o local|local)",
    # "Organizadores de festivales, públicos o privados": the city's own festivals among them
    r"(?:organizadores|organizers|organisers|organisateurs|operadores|operators)(?: de [a-z]+)?,? (?:publicos o privados|"
    r"public or private|publics ou prives|publicos ou privados)",
    # "Any national, regional or city investment promotion agency"
    r"(?:city|municipal) (?:[a-z-]+ ){0,4}?agenc(?:y|ies)",
    # "municipal, regional or national government institutions"
    r"(?:municipal|local|city)(?:,? (?:regional|state|provincial|departmental|national|federal))*,? (?:or|and) (?:national|"
    r"federal|regional|state|provincial) government (?:institutions|bodies|agencies|entities|organi[sz]ations)",
    # "National and subnational investment promotion agencies", "the city's tourism authority"
    r"subnational (?:[a-z-]+ ){0,3}?agenc(?:y|ies)|city.s tourism authority|(?:municipal|city) tourism authorit(?:y|ies)",
    # "governments of coastal cities on the Caribbean or Pacific coasts"
    r"governments of (?:[a-z-]+ ){0,2}(?:cities|towns|municipalities)",
    # "los gobiernos nacionales, subnacionales y los operadores públicos de agua"
    r"gobiernos nacionales,? (?:y |o )?subnacionales|national,? (?:and|or) subnational governments|"
    r"operadores publicos de (?:agua|acueducto|servicios publicos)",
    # "the mayor must be the applicant"
    r"(?:mayor|alcalde|alcaldesa|prefeit[oa]|maire) (?:must|shall|debe|debera|deve|doit) (?:be|ser|etre) (?:the |el |la |o |a |le )?"
    r"(?:applicant|solicitante|postulante|proponente|demandeur|porteur)",
    # "public education authorities and school boards"
    r"public education authorit(?:y|ies)(?! at (?:the )?(?:national|federal|central) level)|school boards",
    # "Cities and metropolitan authorities in Latin America"
    # (not "Metropolitan authorities, counties and states are not eligible": another tier, refused alone)
    r"cities (?:and|or) metropolitan authorit(?:y|ies)|ciudades (?:y|o) autoridades metropolitanas",
    # "Las postulaciones las presenta el punto focal municipal de una ciudad ya designada": the city's own focal point
    r"punto focal municipal|municipal focal point|ponto focal municipal|point focal municipal",
    # "Public-sector project sponsors in eligible countries, including Colombia"
    r"public[- ]sector (?:project )?(?:sponsors|entities|bodies|organi[sz]ations|institutions|agencies)",
    # "Government teams at national or local level"
    r"(?:government|public) (?:teams|bodies|agencies|entities|institutions|officials) at (?:the )?(?:[a-z]+ (?:or|and) )?"
    r"(?:local|subnational|municipal|city) levels?",
    r"public authorit(?:y|ies)", r"autoridades publicas",
    r"administrations? publiques?(?! nationales?\b| centrales?\b| de l.etat\b)", r"administracao publica",
    # levels listed around one noun: "a government agency (national, state or municipal)", "city, regional and national
    # governments", "organismos oficiales de turismo nacionales, regionales y municipales"
    r"(?:government|public|publicas?|publicos?|estatal|gubernamental(?:es)?|governamenta(?:l|is)|officials|funcionarios|"
    r"servidores|(?:senior|mid)[a-z -]*level)(?: [a-z]+){0,2}\s*\((?:[a-z-]+,?\s+){0,6}(?:(?:or|and|y|o|e|ou|et)\s+)?"
    r"(?:municipal|local|city|municipales|locales|municipais|locais|municipaux|locaux)(?=\))",
    # "Cities, regions, investment promotion agencies…": a list of applicant kinds that opens with cities
    r"(?:cities|ciudades|cidades|villes)(?=\s*,\s*(?:regions|regional governments|regiones|regioes|provinces|provincias|states|estados|"
    r"departments|departamentos|municipalities|municipios|towns|public administrations|administraciones publicas|"
    r"administracoes publicas|administrations publiques))",
    r"candidate city governments?",  # "together with the candidate city government"
    # "operadores públicos de água … de propriedade municipal", "Organismos oficiais de turismo — nacionais, estaduais
    # ou municipais"
    r"de propri?edade? municipal",
    r"organismos oficia(?:is|les) de turismo\W+(?:[a-z]+,? ){0,3}(?:ou|o|y|e) municipa(?:is|les)",
    # "Las ciudades interesadas presentan una expresión de interés firmada por el alcalde"
    r"(?:las )?ciudades interesadas", r"interested cities", r"villes interessees", r"cidades interessadas",
    # j35/j39: a city's education or health secretariat in English and Portuguese
    r"secretariats? of (?:education|health|culture|mobility|environment|planning)",
    r"secretarias? de (?:educacao|saude|cultura|meio ambiente|mobilidade)(?: (?:municipais|municipal|estaduais ou municipais))?"
    r"(?=,? (?:municipais|estaduais|e|ou)\b| ,)|secretarias? de \w+ municipais",
    # "Redes estaduais e municipais de educação do Brasil … e da Colômbia"
    r"redes (?:(?:estaduais|estatales) (?:e|ou|y|o) )?(?:municipais|municipales) de (?:educacao|ensino|educacion)",
    r"(?:city|local|municipal)(?:,\s*[a-z]+)*,?\s+(?:and|or)\s+[a-z]+\s+(?:governments|authorities)",
    r"(?:organismos|entidades|instituciones|oficinas|autoridades|agencias|orgaos|organismes|administraciones|administrations|"
    r"administracoes|autorites|secretarias|secretariats)(?: oficiales| publicas| officiels)?"
    r"(?: de [a-z]+)?(?: [a-z]+,?){0,3} (?:y|o|e|et|ou) (?:municipales|locales|municipais|locais|municipaux|locaux)",
    # the level said after a public body: "public education authorities at national, regional or local level",
    # "autoridades educativas de nivel nacional o local", "autorités sanitaires au niveau national ou local"
    r"(?:authorit(?:y|ies)|administrations?|governments?|government (?:agencies|bodies|entities|institutions)|"
    r"public (?:bodies|institutions|entities|agencies)) (?:at|on) (?:the )?"
    r"(?:(?:national|regional|state|provincial|federal|subnational|departmental)(?:,|\s+or|\s+and)*\s+)*(?:local|municipal|city) levels?",
    # a lender's "sub-sovereign and municipal entities"
    r"municipal entities", r"sub-?sovereign (?:entities|borrowers|governments)",
    r"(?:autoridades|administraciones|administracoes|gobiernos|governos|entidades publicas|instituciones publicas|"
    r"organismos publicos|orgaos publicos|autorites|gouvernements|organismes publics)(?: [a-z]+){0,3} "
    r"(?:de|del|do|a|al|au|du|em|no) (?:nivel|niveau|ambito|orden)(?:es|x)? "
    r"(?:(?:nacional|regional|departamental|provincial|estatal|federal|national|subnacional|regionais|estadual)"
    r"(?:,|\s+o|\s+y|\s+e|\s+ou|\s+et)*\s+)*(?:local|municipal|territorial|communal)",
    # "autoridades o gestores catastrales de nivel subnacional (municipales, distritales o metropolitanos)"
    r"(?:autoridades|gestores|entidades|instituciones|organismos)(?: [a-z]+){0,3} de (?:nivel|orden|ambito) subnacional"
    r"(?= ?\((?:[a-z]+,? ){0,3}?(?:municipales|distritales|locales))",
    # officials who work at the local level among others: "public officials … at national or local level", "funcionarios del
    # nivel nacional o territorial", "servidores de nível local", "fonctionnaires de niveau national ou local"
    r"(?:officials|civil servants|public servants|government staff|funcionari[oa]s|servidor(?:es|as)|fonctionnaires|"
    r"agents publics|cadres)\b[^.;]{0,200}?(?:\bat (?:the )?(?:[a-z]+(?:,| or| and)? ){0,3}?(?:local|municipal|subnational|city) "
    r"(?:government )?levels?|\b(?:de|del|en el|a|em|no|au|a l.) ?(?:nivel|orden|ambito|esfera|niveau|echelon) "
    r"(?:[a-z]+(?:,| o| y| ou| e| et)? ){0,3}?(?:local(?:es)?|municipal(?:es)?|territorial(?:es)?|subnacional(?:es)?|"
    r"loca(?:l|is)|municipa(?:l|is)))",
)
# ... levels listed before the local one with no national level first: "governos estaduais, departamentais e municipais",
# "gobiernos regionales, departamentales y municipales", "gouvernements régionaux et locaux"; and a city's own agencies:
# "city and municipal transport agencies", "municipal planning departments"
LOCAL_GOVERNMENT = re.compile(LOCAL_GOVERNMENT.pattern + "|" + _rx(
    r"governos (?:[a-z]+(?:,| e| ou) ){1,3}(?:locais|municipais)", r"gobiernos (?:[a-z]+(?:,| y| o) ){1,3}(?:locales|municipales)",
    r"gouvernements (?:[a-z]+(?:,| et| ou) ){1,3}(?:locaux|municipaux)",
    # ("Municipal sports and youth departments", "Municipal housing or urban development departments of cities")
    r"(?:city|municipal)(?: (?:and|or) (?:city|municipal))? (?:[a-z]+ ){0,4}?(?:agencies|departments)",
    # "institutions at the national, regional or municipal level", "entidades del orden nacional o municipal"
    r"at (?:the )?(?:[a-z]+,? ){1,3}(?:or|and) (?:municipal|local) levels?", r"(?:del )?(?:nivel|orden) (?:[a-z]+,? ){1,3}(?:o|y) "
    r"(?:municipal|local)", r"(?:aux )?echelons? (?:[a-z]+,? ){1,3}(?:ou|et) (?:municipal|local)",
    r"(?:cities|ciudades|villes|cidades),? (?:counties|condados|comtes|towns|municipalities|municipios)",
    # "a national, regional or municipal public entity", "a local or regional public authority"
    r"municipal public entit(?:y|ies)",
    r"(?:local|regional) or (?:local|regional) public authorit(?:y|ies)",
    # "submitted jointly by a National Olympic Committee and the government of the proposed host city"
    # (not "el aval del gobierno de la ciudad sede", of a federation's bid: who backs it)
    r"(?:the )?government of the (?:proposed |candidate |applicant )host city",
    # "submitted jointly by the National Olympic Committee and the candidate city's government"
    r"(?:candidate|host|applicant) city.s government").pattern
    # a city network's members are local governments: "Seuls les membres de Metropolis", "ICLEI members"
    # ("Only Metropolis full members may lead a pilot project")
    + r"|\b(?:members?|miembros?|membres?|membros?) (?:(?:of|de|du|da|do|des)(?: the| la| l'| a| o)? ?)?(?:"
    + NETWORK_NAMES + r")\b|\b(?:" + NETWORK_NAMES + r") (?:full |active )?(?:members?|member cities|member governments)\b")
COMPANIES = _rx(
    r"empresas?", r"pymes?", r"mipymes?", r"start-?ups?", r"emprendedor(?:es|as)?", r"emprendimientos?",
    r"compan(?:y|ies)", r"businesses", r"smes?", r"for[- ]profit",
    # (not "leurs entreprises publiques de services urbains", "empresas públicas": the city's own utilities)
    r"entreprises?(?! publiques)(?! municipales)", r"sociedades mercantiles",
    r"small businesses", r"empresarios", r"firms", r"scale-?ups?", r"enterprises?", r"empreendedor(?:es|as)?",
    r"micro(?:empresas|enterprises|entreprises)", r"social enterprises", r"media outlets", r"medios de comunicacion",
    # a procurement notice's bidders and suppliers
    r"oferentes", r"licitantes", r"bidders", r"tenderers", r"suppliers", r"vendors", r"contractors", r"contratistas",
    # "mas concessionárias privadas não podem solicitar o financiamento em nome próprio"
    r"concesionari[oa]s privad[oa]s", r"concessionari[oa]s privad[oa]s", r"private concessionaires?",
    r"concessionnaires? prive(?:e)?s",
    r"proveedores", r"fornecedores", r"soumissionnaires", r"prestataires",
)
INDIVIDUALS = _rx(
    r"personas (?:naturales|fisicas)", r"individuals?", r"investigador(?:es|as)", r"researchers?",
    r"estudiantes", r"students?", r"artistas", r"artists?", r"jovenes", r"young (?:people|leaders|professionals)",
    r"doctorand(?:os|as)", r"phd candidates", r"periodistas", r"journalists?", r"profesionales", r"professionals",
    r"ciudadanos", r"graduates", r"egresados", r"becarios", r"chercheurs", r"etudiants", r"pesquisadores",
    r"estudantes", r"persons?", r"cidadaos", r"citizens", r"citoyens", r"lideres sociales", r"creadores", r"deportistas", r"athletes",
    r"(?:emerging |young |social |community )?leaders", r"lideres(?:as)?", r"aged \d{1,2}",
    r"(?:entre|de) \d{1,2} (?:y|a) \d{1,2} anos", r"\d{1,2} (?:to|-) \d{1,2} years(?: old)?",
    r"pessoas fisicas", r"personnes physiques", r"artistes", r"jeunes(?: professionnels| leaders)?", r"(?:mayores|maiores) de \d{2} anos", r"(?:colectivos|coletivos|collectifs) "
    r"(?:artistic\w*|culturales|culturais|d.artistes)",
    r"professionnels", r"profissionais", r"candidatures? individuelles?", r"individual applications?",
    r"postulacion(?:es)? individual(?:es)?", r"candidaturas? individua(?:l|is)",
    # persons of full age: "mujeres mayores de edad", "pessoas maiores de idade"
    r"mayores de edad", r"maiores de idade", r"personnes majeures",
)
ORGANISATIONS = _rx(
    r"ongs?", r"ngos?", r"organizaciones (?:de la sociedad civil|sin animo de lucro|sin fines de lucro|no gubernamentales|comunitarias|sociales)",
    r"sociedad civil", r"civil society(?: organi[sz]ations)?", r"non-?profits?(?: organi[sz]ations)?",
    r"universidades", r"universities", r"academic institutions", r"instituciones (?:educativas|academicas)",
    r"higher education institutions?", r"instituciones de (?:educacion|ensenanza) superior",
    r"associations?", r"asociaciones", r"fundaciones", r"foundations", r"cooperativas", r"associacoes",
    r"organizacoes da sociedade civil", r"organisations? (?:de la societe civile|non gouvernementales)",
    r"organizac(?:oes|ao) nao governamenta(?:is|l)", r"ongds?",
    r"juntas de accion comunal", r"organismos de accion comunal", r"organizaciones comunales", r"festivales", r"agrupaciones", r"programadores", r"productores",
    r"productoras", r"(?:entidades|agentes|operadores) privad[oa]s", r"grassroots organi[sz]ations", r"community(?:-based)? organi[sz]ations", r"think tanks?",
    r"personas juridicas", r"entidades sin animo de lucro", r"(?:registered )?charit(?:y|ies)", r"community groups",
    r"pessoas juridicas(?: sem fins lucrativos)?", r"(?:entidades|organizacoes) sem fins lucrativos",
    r"(?:organismes|structures|associations) sans but lucratif", r"universites", r"instituicoes de ensino(?: superior)?",
    # "opérateurs culturels nantais", "operadores culturales"
    r"operateurs culturels", r"operadores culturales", r"operadores culturais", r"cultural operators",
    # "des organismes communautaires locaux", "organizaciones comunitarias", "community organisations"
    r"organismes (?:communautaires|de la societe civile|a but non lucratif)",
    r"etablissements d.enseignement(?: superieur)?",
    r"grassroots groups", r"organizaciones de (?:base|mujeres|jovenes|victimas)", r"women.s organi[sz]ations",
    r"youth(?:-led)? organi[sz]ations", r"osc", r"oscs", r"schools", r"escuelas", r"colegios", r"ecoles", r"escolas",
    # department governments only: the city government is not one
    r"gobernaciones?", r"gobiernos departamentales", r"departmental governments", r"administraciones departamentales",
    r"national (?:designated )?authorit(?:y|ies)", r"national governments?", r"gobiernos nacionais?",
    # a climate fund's accredited entities: "Only implementing entities accredited with the Adaptation Fund"
    r"implementing entit(?:y|ies) accredited", r"accredited (?:implementing |national |regional |multilateral )?entit(?:y|ies)",
    r"entidades? (?:de implementacion |implementadoras? |nacionales de implementacion )?acreditadas?",
    r"entites? (?:de mise en oeuvre |nationales de mise en oeuvre )?accreditees?",
    r"gobiernos nacionales", r"ministerios", r"ministries", r"national (?:government )?agencies", r"agencias (?:nacionales|gubernamentales nacionales)",
    r"agences nationales", r"agencias nacionais", r"states parties", r"estados parte",
    r"etats parties", r"estados partes",
    r"comites? olimpicos? nacionales", r"national olympic committees?", r"comites? olympiques? nationaux",
    r"comites? olimpicos? nacionais",
    # the United Nations' own agencies: "Solo las entidades del sistema de las Naciones Unidas pueden presentar propuestas"
    r"(?:entidades|agencias|organismos|fondos y programas) (?:del sistema )?de (?:las )?naciones unidas", r"agencias de la onu",
    r"(?:un|united nations) (?:system )?(?:agencies|entities|organi[sz]ations|funds and programmes)",
    r"(?:agences|entites|organismes) (?:du systeme )?des nations unies", r"(?:agencias|entidades|organismos) (?:do sistema )?"
    r"(?:das nacoes unidas|da onu)",
    r"governos nacionais", r"gouvernements nationaux", r"ministeres",
    r"autoridad(?:es)? nacional(?:es)? designada?s?", r"autoridade nacional designada", r"autorite nationale designee",
    r"(?:national|multilateral|regional) implementing entit(?:y|ies)", r"accredited (?:\w+ )?entit(?:y|ies)",
    r"designated authorit(?:y|ies)", r"grupos de (?:investigacion|pesquisa)", r"centros de investigacion",
    r"research (?:groups|centres|centers|institutes|organi[sz]ations|institutions|teams)",
    r"equipes de (?:recherche|pesquisa)", r"equipos de investigacion", r"organismes? de recherche",
    # national public bodies only ("entidades públicas del orden nacional"): the city government is not one
    r"entidades (?:publicas|del sector publico|estatales) (?:del (?:orden|nivel|ambito) (?:nacional|central)|nacionales|nacionais|federales|federais)"
    r"(?! (?:y|o|e) (?:locales|territoriales|subnacionales|municipales|del orden territorial))",
    r"(?:national|federal) public (?:sector )?(?:entities|institutions|bodies)", r"entites publiques nationales",
    # "présentées uniquement par les administrations publiques nationales (ministères des finances…)"
    r"administrations publiques nationales", r"administraciones publicas nacionales", r"administracoes publicas nacionais",
    r"national public administrations",
    r"(?:entidades|orgaos|instituicoes) public[oa]s (?:federais|nacionais|do governo federal)",
    # tourism businesses of a country pavilion
    r"prestadores de servicios turisticos", r"agencias de viajes?", r"hoteles", r"tour operators", r"travel agencies",
)
# Any applicant that is not a local government (what stands between a city and a negation makes it someone else's)
OTHER_ACTORS = re.compile(ORGANISATIONS.pattern + "|" + COMPANIES.pattern + "|" + INDIVIDUALS.pattern
                          + r"|\b(?:ministr\w+|universit\w+)")
NEGATION = re.compile(r"(?:(?:quedan|estan|seran|son|sont|sao|ficam) (?:excluid[oa]s|exclue?s|excluded)|quedan (?:por )?fuera|ficam de fora|no aplica(?:n)? para|no (?:pueden|podran|son elegibles|es elegible|seran elegibles|sera elegible|se aceptan|se aceptaran|se admitiran|se recibiran|participan|son beneficiari\w+|seran beneficiari\w+)|excepto|salvo|excluye\w*|"
                      r"(?:con|a) excepcion de|a l.exception d|sauf|hormis|exceto|com excecao d|other than|"
                      r"not eligible|are not eligible|ineligible|excluding|except|cannot apply|may not apply|"
                      r"ne sont pas|nao (?:podem|sao)|sin incluir|no (?:se )?financia\w*|no (?:se )?apoya\w*|"
                      r"(?:does|do|will) not support|ne soutient pas|nao (?:se )?apoia\w*|(?:does|do|will) not fund|ne finance pas|"
                      r"nao financia\w*|no se (?:reciben|admiten)|(?:are|will be) not accepted|not accepted from|"
                      # a lender's or investor's denial: "It does not lend to governments, municipalities or…"
                      r"(?:does|do|will) not (?:lend|invest|provide (?:loans|grants|funding)) (?:to|in)|(?:does|do|will) not finance|"
                      r"no (?:presta|otorga (?:creditos|prestamos)|invierte) (?:a|en)|ne prete pas (?:aux?|a)|nao empresta (?:a|para)|"
                      # "no se otorgan recursos a entidades del sector público"
                      r"no se (?:otorgan|conceden|asignan|destinan) (?:recursos|fondos|creditos|prestamos|apoyos) a|"
                      r"(?:does|do|will) not (?:grant|award|provide) (?:funds|resources|financing|funding) to)[^.;]{0,60}$")
# Who an applicant or partner is, as a call names the role: "contraparte", "partner", "porteur", "parceiro".
_ROLE_ES = r"(?:contrapartes?|soci[oa]s?|aliad[oa]s?|solicitantes?|proponentes?|postulantes?|beneficiari[oa]s?|candidat[oa]s?|entidad(?:es)?(?: (?:solicitantes?|proponentes?|socias?|aliadas?|contrapartes?|ejecutoras?))?)"
_ROLE_EN = r"(?:counterparts?|partners?|(?:lead )?applicants?|beneficiar(?:y|ies)|candidates?|recipients?|grantees?|(?:partner |applicant )?(?:entity|entities|organi[sz]ations?|institutions?))\b"
_ROLE_FR = r"(?:partenaires?|contreparties?|candidat(?:e)?s?|demandeurs?|porteu(?:r|se)s?|beneficiaires?|structures?|entites?)"
_ROLE_PT = r"(?:contrapartes?|parceir[oa]s?|proponentes?|beneficiari[oa]s?|candidat[oa]s?|entidades?(?: proponentes?| parceiras?)?)"
# ... or said right after the mention ('Las entidades públicas no son elegibles').
NEGATION_AFTER = re.compile(r"^[^.;]{0,160}?\b(?P<neg>no (?:son|es|seran|sera) (?:elegibles?|beneficiari\w+|destinatari\w+)|"
                            r"no (?:pueden|podran) (?:postular|participar|aplicar|presentar)|"
                            # "Las entidades territoriales presentan por otra vía, no en esta convocatoria"
                            r"no (?:en|por|a traves de) esta convocatoria|not (?:in|under|through) this call|nao nesta chamada|"
                            # sent to another call: "Las alcaldías municipales serán atendidas en una convocatoria posterior"
                            r"(?:seran|serao|will be|seront) (?:atendid[oa]s|convocad[oa]s|covered|addressed|invited|"
                            r"traitee?s|invitee?s) (?:en|em|in|by|through|dans|par) (?:una?|uma?|a|une?|otra|outra|another) "
                            r"(?:[a-z]+ )?(?:convocatoria|chamada|call|appel|ventanilla|window|round|ronda)\b|"
                            # "Las instituciones, secretarías de educación y universidades no postulan, aunque…"
                            r"no (?:se )?postulan\b|nao se candidatam\b|ne (?:postulent|candidatent) pas\b|"
                            r"pas dans (?:cet|le present) appel|"
                            r"ne (?:peuvent|pourront) pas (?:(?:les|la|le|en|y|leur|l['’])\s*)?(?:deposer|presenter|postuler|soumettre|candidater|participer)|"
                            # the applications as an object pronoun: "no las pueden presentar", "ne peuvent pas les soumettre"
                            r"no (?:la|las|lo|los|les?) (?:pueden|podran) (?:postular|participar|aplicar|presentar|solicitar|someter)|"
                            r"(?:cannot|may not|can not) (?:submit|participate|enter)|nao (?:podem|poderao) (?:apresentar|participar)|"
                            # "Government bodies and commercial organisations cannot act as sponsors"
                            r"(?:cannot|may not|can not) (?:act|serve|be) as (?:the )?(?:sponsors?|hosts?|host institutions?|"
                            r"applicants?|lead applicants?|coordinators?)|"
                            # "… may be beneficiaries but cannot be the implementing partner"
                            r"(?:cannot|may not|can not) be (?:the |an? )?(?:implementing partners?|implementers?|grantees?|"
                            r"lead (?:partners?|organi[sz]ations?)|applicants?|recipients?)\b|"
                            r"(?:are|is) (?:not eligible|ineligible)|cannot apply|may not apply|are excluded|"
                            # "los distritos y los municipios de categoría especial, 1, 2 o 3 quedan fuera"
                            r"(?:quedan|quedaran) (?:por )?fuera|(?:quedan|quedaran) excluid[oa]s|ficam (?:de fora|excluid[oa]s)|"
                            r"(?:sont|seront) exclu(?:e?s)?\b|(?:are|will be) left out|"
                            r"ne (?:sont|seront) pas (?:eligibles|admissibles|recevables)|nao (?:sao|serao) elegiveis|nao podem|"
                            r"(?:are|is) not (?:admissible|accepted as applicants)|no (?:son|seran) admisibles|"
                            r"ne sont pas admissibles|no son admisibles|(?:are|is) not admissible|nao sao admissiveis|"
                            r"no son (?:proponentes|solicitantes|postulantes|oferentes)|nao sao proponentes|"
                            # a role noun between: "no son contraparte elegible", "are not an eligible partner", "ne sont pas
                            # des partenaires éligibles", "não são contraparte elegível"
                            r"no (?:son|es|seran|sera) (?:(?:una?|el|la|los|las) )?" + _ROLE_ES + r" elegibles?\b|"
                            r"(?:are|is) not (?:an? |the )?eligible " + _ROLE_EN + r"|"
                            r"ne (?:sont|seront|est) pas (?:des |une? )?" + _ROLE_FR + r" (?:eligibles?|admissibles?)\b|"
                            r"nao (?:sao|serao|e) (?:(?:uma?|os|as) )?" + _ROLE_PT + r" elegive(?:l|is)\b|"
                            # a lender's: "Las entidades territoriales no son sujetos de crédito de esta línea"
                            r"no (?:son|es) sujetos? de credito|nao sao sujeitos de credito|"
                            r"(?:are|is) not eligible for (?:credit|loans?)|"
                            r"ne sont pas (?:porteu(?:r|se)s|demandeurs|candidat(?:e)?s)|"
                            r"ne (?:peuvent|pourront) pas porter (?:de |le |un |les )?projets?|"
                            r"(?:are|is) not (?:investees|beneficiaries|recipients|grantees|borrowers|applicants)|"
                            # "les collectivités locales ne peuvent être ni porteuses ni partenaires financées"
                            r"ne (?:peuvent|pourront|peut|pourra|sont|seront) (?:etre )?ni\b|no (?:pueden|podran) ser ni\b|"
                            r"nao (?:podem|poderao) ser nem\b|(?:can|may) (?:be )?neither\b|"
                            # "los gobiernos locales solo pueden participar como beneficiarios": they benefit, others apply
                            r"(?:solo|solamente|unicamente|only|apenas|somente|seulement|uniquement) (?:pueden|podran|may|can|"
                            r"podem|peuvent) (?:participar|participate|take part|participer|be) (?:como|as|comme|en tant que) "
                            r"(?:[a-z]+ )?(?:beneficiari\w+|beneficiaires|beneficiaries)\b|"
                            r"(?:pueden|podran|may|can|podem|peuvent) (?:participar|participate|take part|participer) (?:unicamente|"
                            r"solo|only|apenas|somente|seulement|uniquement) (?:como|as|comme|en tant que) (?:[a-z]+ )?"
                            r"(?:beneficiari\w+|beneficiaires|beneficiaries)\b|"
                            # "el Ministerio selecciona los municipios beneficiarios …, sin convocatoria abierta a las alcaldías"
                            # "Local governments … may be sub-grantees selected by the NIE": the accredited entity applies
                            # ("municipalities access funds as sub-borrowers after the framework agreement is signed")
                            r"(?:access|receive|obtain|get)\w* (?:the )?(?:funds|financing|loans|resources) (?:only )?as "
                            r"sub-?(?:borrowers|grantees|recipients)|(?:acceden|reciben) (?:a )?(?:los )?(?:recursos|fondos) "
                            r"como subprestatari[oa]s|"
                            r"(?:may|can) (?:only )?be (?:sub-?grantees|sub-?recipients|sub-?beneficiaries)|(?:pueden|podran) ser "
                            r"(?:sub-?beneficiari[oa]s|subreceptor(?:es|as)|subdonatari[oa]s)|(?:peuvent|pourront) etre "
                            r"sous-beneficiaires|(?:podem|poderao) ser sub-?beneficiari[oa]s|"
                            # "No se atienden pedidos de entidades de países no miembros"
                            r"no se (?:atienden|atenderan|tramitan|tramitaran) (?:pedidos|solicitudes|peticiones|propuestas)|"
                            r"sin convocatoria abierta|without an open call|(?:there is )?no open call (?:to|for)|sem chamada aberta|"
                            r"sans appel (?:a candidatures )?ouvert|"
                            # "Government bodies, political parties and individuals are not funded", "Governments at any
                            # level and for-profit entities will not be considered"
                            r"(?:are|is|will be) not (?:funded|financed|eligible for funding)|"
                            r"(?:will|shall) not be considered|no (?:son|seran) (?:financiad|considerad)[oa]s|"
                            r"ne (?:sont|seront) pas (?:financee?s|considerees|retenues)|nao (?:sao|"
                            r"serao) (?:financiad|considerad)[oa]s|"
                            # a condition to verify: "local government offices may apply only if they directly run such
                            # courses"
                            r"(?:may|can) apply only (?:if|as)\b|(?:solo|unicamente) (?:pueden|podran) (?:postular|"
                            r"aplicar) (?:si|como)\b|"
                            # beneficiaries through someone else, who applies: "are beneficiaries through that lead
                            # institution"
                            r"(?:are|will be) (?:the )?beneficiaries (?:through|via)\b|"
                            r"(?:son|seran) (?:l[oa]s )?beneficiari[oa]s (?:a traves|por medio|por intermedio) d|"
                            r"no (?:pueden|podran) ser (?:solicitantes|postulantes|beneficiari\w+|elegibles|proponentes)|"
                            # one of them: "la secretaría … del municipio … no puede ser la entidad solicitante ni ejecutora"
                            r"no (?:puede|podra) ser (?:la |el )?(?:entidad )?(?:solicitante|postulante|proponente|beneficiari[oa])\b|"
                            # ("municipalities may not be full partners")
                            r"(?:may|can) not be (?:applicants|lead applicants|beneficiaries|(?:full )?partners)|"
                            r"ne (?:peuvent|pourront) pas etre (?:candidat(?:e)?s|porteu(?:r|se)s?|beneficiaires)|"
                            # (not "may participate only as co-applicants": applicants beside the lead)
    r"(?:may|can) only (?:act|participate|take part|serve|be involved|be named|be listed) as"
    r"(?! (?:an? |the )?co-?(?:applicant|solicitante|beneficiar))|"
                            r"(?:may|can) be (?:named|listed|included) only as|"
                            r"(?:may|can) (?:act|participate|take part|serve|be involved) only as"
                            r"(?! (?:an? |the )?co-?(?:applicant|solicitante|beneficiar))|"
                            r"(?:solo|unicamente) (?:pueden|podran) (?:participar|actuar) como|"
                            # "les collectivités locales peuvent participer comme entités d'exécution désignées"
                            r"(?:peuvent|pourront) participer (?:uniquement |seulement )?(?:comme|en tant que) (?:entites? |"
                            r"organismes? )?d.execution|(?:podem|poderao) participar (?:apenas |somente )?como (?:entidades? )?"
                            r"executor\w*|"
                            # "Las entidades territoriales participan por la convocatoria aparte de destinos"
                            r"(?:participan|participate|take part|participent|participam|postulan|apply) (?:por|en|a traves de|"
                            r"through|via|in|par|dans|por meio de|em) (?:la |una |otra |a |an |another |un |une |uma |outra )?"
                            r"(?:convocatoria|call|appel|chamada|edital) (?:aparte|separada|distinta|separate|distinct|separada)|"
                            r"(?:participan|participate|take part) (?:unicamente |solo |only )?(?:como|as) (?:instituciones |entidades |"
                            r"organismos |institutions |entities |agencies )?(?:ejecutor\w*|executing|implementing)|"
                            # chosen by the one who applies: "participan como entidades beneficiarias seleccionadas por
                            # el
                            # capítulo"
                            r"(?:participan|participate|take part|participam|participent) (?:unicamente |solo |only )?"
                            r"(?:como|as|comme|en tant que) (?:entidades |instituciones |municipios |ciudades )?"
                            r"(?:beneficiari\w+|beneficiaires) (?:seleccionad|escogid|elegid|designad|selected|chosen|"
                            r"designated|"
                            r"selecionad|escolhid|selectionne)\w* (?:por|by|pel|par)\b|"
                            r"(?:pueden|podran|podrán) (?:participar|actuar|vincularse|integrarse|sumarse|unirse) (?:unicamente |solo )?como "
                            r"(?:aliad|soci|contrapart|co-?ejecut|entidad(?:es)? aliada|entidad(?:es)? asociada)\w*\b(?! o (?:solicitant|proponent))|"
                            # "…, no como solicitantes", "not as applicants"
                            r"no como (?:solicitantes|proponentes|postulantes)|not as (?:lead )?applicants|"
                            r"pas (?:en tant que|comme) (?:demandeurs?|porteurs?)|nao como proponentes|"
                            # partners "sans pouvoir déposer elles-mêmes la demande", "sin poder presentar la propuesta"
                            r"(?:sans|sin|sem) (?:pouvoir|poder) (?:(?:elles|eux)-memes )?(?:deposer|presenter|soumettre|"
                            r"postular|presentar|solicitar|apresentar|candidatar|submeter)|without being able to (?:apply|submit)|"
                            r"(?:pueden|podran) ser (?:entidades |organizaciones |instituciones )?(?:aliad|soci|contrapart|cooperante)\w*|"
                            # "la alcaldía figura como socia territorial", "les collectivités locales colombiennes peuvent
                            # être cobénéficiaires et partenaires de mise en œuvre"
                            r"figuran? como (?:aliad|soci|contrapart)\w*|(?:peuvent|pourront) etre (?:co-?beneficiaires|"
                            r"partenaires)\b|"
                            r"(?:may|can) (?:join|participate|take part|be involved|be) (?:only )?(?:as )?(?:partners?|associates?|"
                            r"associated partners?|collaborators?)\b(?! or (?:lead )?applicants?)|"
                            # ("may join only as non-funded policy partners")
                            r"(?:may|can) (?:join|participate|take part|be involved) only as (?:an? )?"
                            r"(?:(?!co-)[a-z-]+ ){1,2}(?:partners?|associates?)\b"
                            r"(?! or (?:lead )?applicants?)|"
                            r"(?:peuvent|pourront) (?:participer|etre associees?) (?:uniquement |seulement )?(?:comme|en tant que) partenaires?|"
                            # "Les administrations publiques ne peuvent intervenir qu'en tant que partenaires associés"
                            # ("… ne peuvent intervenir qu'en tant qu'entités associées")
                            r"ne (?:peuvent|pourront|peut|pourra) (?:participer|intervenir|etre associee?s?|agir) qu.(?:en tant "
                            r"que |en tant qu.|comme )(?:(?:des |d.)?(?:entites?|structures?|organismes?) )?(?:partenaires?|associee?s?)|"
                            r"(?:podem|poderao) participar (?:apenas |somente )?como parceir\w*|"
                            # ("municipalities can benefit as implementing partners but cannot request funds themselves")
                            r"(?:cannot|may not|can not) (?:receive|request) (?:funds|funding|grants)|no (?:pueden|podran) "
                            r"(?:recibir|solicitar) (?:fondos|recursos)|"
                            # "pueden participar mediante un acuerdo de colaboración firmado, sin recibir fondos"
                            # ("les collectivités peuvent y être associées sans recevoir de fonds")
                            # ("la alcaldía participa como entidad contratante monitoreada y debe firmar una carta de
                            # compromiso, sin recibir fondos")
                            r"(?:(?:pueden|podran|may|can|podem|peuvent) (?:participar\w*|participer|participate|take part|"
                            r"(?:y )?etre associee?s?|be associated|ser asociad[oa]s)|participan?|participam?|participent|"
                            r"participates?|takes? part)\b[^.;]{0,90}\b(?:sin recibir (?:fondos|recursos)|"
                            r"without receiving (?:funds|funding)|sem receber recursos|sans recevoir de fonds)|"
                            # "Government bodies and for-profit organisations cannot host awards"
                            r"(?:cannot|may not|can not) host\b|no (?:pueden|podran) (?:albergar|acoger)\b|"
                            # not the lead: "cannot act as lead applicants", "no pueden actuar como entidad solicitante"
                            r"(?:cannot|may not|can not) (?:act|serve|be) as (?:the )?(?:lead |main )?(?:applicants?|coordinators?)|"
                            r"no (?:pueden|podran) (?:actuar|ser|figurar) como (?:solicitantes?|proponentes?|entidad(?:es)? solicitantes?)|"
                            r"ne (?:peuvent|pourront) pas (?:etre|agir en tant que) (?:chefs? de file|demandeurs?)|"
                            r"nao (?:podem|poderao) (?:ser|atuar como) (?:proponentes?|proponente principal)|"
                            # put forward by the national level: "may be proposed by the national government as beneficiaries"
                            r"(?:may|can|will|are|shall) (?:only )?be (?:proposed|nominated|selected|put forward) by (?:the |their |its )?"
                            r"(?:national|central|federal|ministr\w+|state)\b|"
                            # "municipal water utilities are selected by the Ministry of Housing as executing agencies"
                            r"(?:are|is) (?:selected|chosen|designated|nominated|proposed) by (?:the |their |its )?"
                            r"(?:national|central|federal|ministr\w+)\b|"
                            r"(?:pueden|podran|seran|son) (?:ser )?(?:propuest|postulad|seleccionad|designad)[oa]s por (?:el|su|los|sus|la) "
                            r"(?:gobiernos? (?:nacional|central)|ministeri\w+|estado)|"
                            r"(?:peuvent|pourront) etre (?:proposee?s|designee?s|selectionnee?s) par (?:l.etat|le gouvernement|les? ministeres?)|"
                            r"(?:podem|poderao) ser (?:indicad|propost|selecionad)[oa]s pel[oa] (?:governo (?:federal|nacional)|ministerio|estado)|"
                            # not the kind the call is for: "do not meet the definition of a research institution"
                            r"(?:do|does) not (?:qualify|meet the (?:definition|criteria|eligibility))|"
                            r"no (?:califican|cumplen (?:con )?(?:la definicion|los criterios))|"
                            r"ne (?:remplissent|repondent) pas (?:a )?(?:la definition|les criteres)|nao (?:se enquadram|atendem a definicao)|"
                            # a side role only: "pueden asistir como visitantes, pero no como coexpositores"
                            r"(?:pueden|podran) asistir (?:unicamente |solo )?como (?:visitantes|observadores|invitad[oa]s)|"
                            r"(?:may|can) attend (?:only )?as (?:visitors|observers|guests)|"
                            r"(?:peuvent|pourront) (?:assister|participer) (?:uniquement |seulement )?(?:comme|en tant que) (?:visiteurs|observateurs)|"
                            r"(?:podem|poderao) (?:assistir|participar) (?:apenas |somente )?como (?:visitantes|observadores)|"
                            # spreading the word: "las secretarías de educación pueden difundir la convocatoria"
                            r"(?:pueden|podran|podem|poderao) (?:difundir|divulgar|promover|socializar)|"
                            r"(?:may|can|are invited to|are encouraged to) (?:disseminate|promote|share|circulate|publicise|publicize)|"
                            r"(?:peuvent|pourront) (?:diffuser|relayer|faire connaitre))")
# Proposals refused, or the contest closed, said after who they are from: "direct proposals from local governments are
# not accepted", "les propositions directes des collectivités ne sont pas recevables", "City governments cannot compete"
# (not a limit on how often: "cannot compete in more than one category")
_NOT_HOW_OFTEN = r"(?! (?:in|en|em|dans|for|por|para) (?:more than|mas de|mais de|plus d|both|ambas|ambos|les deux|several|varias))"
_REFUSED_AFTER = (r"(?:are|is|will be|shall be) not (?:accepted|admitted)|ne (?:sont|seront) pas (?:recevables|acceptees|admises)|"
                  r"nao (?:sao|serao) (?:aceit|admitid|recebid)[oa]s|no (?:son|seran) (?:aceptad|admitid|recibid)[oa]s|"
                  r"(?:(?:cannot|may not|can not|are not allowed to) compete|no (?:pueden|podran) (?:competir|concursar)|"
                  r"nao (?:podem|poderao) (?:competir|concorrer)|ne (?:peuvent|pourront) pas concourir)\b" + _NOT_HOW_OFTEN)
# "les associations de commerçants ne peuvent être que partenaires", "NGOs may only be partners": never the applicant
_PARTNERS_ONLY_AFTER = (r"sans pouvoir (?:etre (?:demandeu\w+|porteu\w+|chef de file)|deposer|soumettre)|"
                        # "… podrán ser entidades ejecutoras mediante convenio con el ministerio, sin presentar solicitudes
                        # propias"
                        r"sin presentar (?:solicitudes|propuestas|postulaciones|proyectos)(?: propi[oa]s| directamente)?|"
                        r"without (?:submitting|filing|presenting) (?:their own |its own |any )?(?:applications?|proposals?|"
                        r"requests?)|sem apresentar (?:propostas|candidaturas|pedidos)(?: propri[oa]s)?|sans (?:deposer|presenter|"
                        r"soumettre) (?:de |leurs? propres )?(?:demandes?|candidatures?|propositions?)|sin poder (?:ser "
                        r"(?:solicitante|postulante)|presentar)|sem poder (?:ser proponente|apresentar)|without being able to "
                        r"(?:apply|be the applicant|submit)|"
                        r"(?:may|can) not be (?:the )?(?:prime|lead|main|principal) applicants?|no (?:pueden|podran) ser "
                        r"(?:solicitantes|postulantes|proponentes) principales|"
                        # ("les collectivités territoriales ne peuvent être que bénéficiaires indirectes")
                        r"ne (?:peuvent|pourront|peut|pourra) (?:etre|participer) qu(?:e |.)(?:en tant que |comme )?(?:des )?(?:partenaires|"
                        r"associes|associees|beneficiaires)|(?:may|can) only (?:be|join as|participate as|take part as) (?:an? )?(?:partners?|"
                        r"associates?)\b|solo (?:pueden|podran) (?:ser|participar como) (?:socios|aliados|asociados)|"
                        r"(?:so|apenas|somente) (?:podem|poderao) (?:ser|participar como) (?:parceir[oa]s|associad[oa]s)")
NEGATION_AFTER = re.compile(NEGATION_AFTER.pattern.replace("(?P<neg>", "(?P<neg>" + _REFUSED_AFTER + "|" + _PARTNERS_ONLY_AFTER
                                                           + "|", 1))
# ... and said before them in Portuguese, as NEGATION says it in Spanish: "Não se recebem propostas diretas de governos
# locais"
NEGATION = re.compile(r"nao se (?:recebem|aceitam|admitem)[^.;]{0,60}$|" + NEGATION.pattern
                      # "… sin convocatoria abierta a las alcaldías", "no open call to municipalities"
                      + r"|\b(?:sin convocatoria abierta|without an open call|no open call|sem chamada aberta|sans appel ouvert) "
                        r"(?:a|to|for|para|aux?|as|aos)\s+(?:las |los |the |les |as |os )?$"
                      # "no pueden postular funcionarios públicos ni oficinas de comunicación de entidades estatales": a
                      # longer refusal whose list goes on with "ni"
                      + r"|\bno (?:pueden|podran) (?:postular\w*|participar|aplicar|presentarse)\b[^.;]{0,76}\bni\b[^.;]{0,40}$"
                      # "No se aceptan postulaciones de servidores públicos ni de oficinas de prensa de entidades estatales"
                      + r"|\bno se (?:aceptan|admiten|reciben|aceptaran|admitiran)\b[^.;]{0,76}\bni\b[^.;]{0,40}$")
# ... anywhere in a sentence: the sentence says who may not apply.
DENIAL = re.compile(NEGATION_AFTER.pattern.replace("^[^.;]{0,160}?", "", 1))
# ... or in a 'but not' clause later in the sentence ('pueden ser beneficiarios, pero no presentan propuestas').
BUT_NOT_AFTER = re.compile(r"^[^.;]{0,160}?\b(?:mas|pero|but|mais|sin embargo|however)\s+(?:nao|no|not|ne|do not|does not|cannot|may not)\s+"
                           r"(?:\w+\s+)?(?:apresentam|presentan|postulan|submit|apply|deposent|presentam|aplican|solicitan|"
                           r"candidatam|peuvent pas|apresentar|presentar|postular|aplicar|solicitar|candidatar|"
                           # "pueden aportar contrapartida pero no ser ejecutoras"
                           r"ejecutor\w*|executing|implementers?|solicitantes|proponentes|lead applicants?)|"
                           # "pueden sumarse al comité directivo, pero no pueden ser la entidad postulante"
                           r"^[^.;]{0,160}?\b(?:pero|but|mais|mas)\s+(?:no|not|nao|ne)\s+(?:pueden|podran|can|may|podem|peuvent)"
                           r"\s+(?:pas\s+)?(?:ser|be|etre)\s+(?:la |el |las |los |the |l.|o |a |os |as )?(?:entidad\w* |entit\w* |"
                           r"organizaci\w* |organi[sz]ation\w* )?(?:postulantes?|solicitantes?|proponentes?|applicants?|"
                           r"candidat\w*|demandeu\w*|requerentes?)\b")
# ... or a 'but' that denies the elided subject the contest: "City governments contribute datasets but cannot compete"
# (not "cannot compete in more than one category")
BUT_NOT_AFTER = re.compile(BUT_NOT_AFTER.pattern + r"|^[^.;]{0,160}?\b(?:mas|pero|but|mais)\s+(?:cannot|can not|may not|do not|"
                           r"no (?:pueden|podran)|nao (?:podem|poderao)|ne (?:peuvent|pourront) pas|no|nao|not)\s+"
                           r"(?:compete|competir|concursar|concorrer|concourir|take part in the (?:competition|contest|challenge)|"
                           r"participar en el (?:concurso|reto|desafio)|participar do (?:concurso|desafio)|participer au (?:concours|defi))\b"
                           + _NOT_HOW_OFTEN)

# Intergovernmental organisations Colombia is a member of (acronyms and names, folded, in es/en/pt/fr): "los Estados
# miembros de OLADE", "IRENA member countries" include Colombia. One list for both readers (spiders/extract/eligibility.py).
COLOMBIA_ORGANISATIONS = (
    "oea", "oas", "organization of american states", "organizacion de los estados americanos", "organisation des etats americains",
    "onu", "united nations", "naciones unidas", "nacoes unidas", "nations unies", "organisation des nations unies",
    "unesco", "segib", "bid", "idb", "iadb", "inter-american development bank", "banco interamericano de desarrollo", "caf",
    "ocde", "oecd", "oit", "ilo", "oms", "who", "ops", "opas", "paho", "fao", "iica", "alianza del pacifico",
    "pacific alliance", "comunidad andina", "andean community", "bcie", "cabei", "celac", "otca", "acto", "iila", "oei",
    "cepal", "eclac", "aladi", "oij", "oiss", "comjib", "mercosur", "world bank", "banco mundial", "ifad", "fida", "unicef",
    "undp", "pnud", "wto", "omc", "imf", "fmi",
    # Latin American and Caribbean energy, economic and regional bodies
    "olade", "sela", "aec", "acs", "association of caribbean states", "asociacion de estados del caribe", "parlatino",
    "olacefs", "filac", "iai", "ricg",
    # the Latin American book centre (seat in Bogotá), the Andrés Bello Agreement and the Latin American Reserve Fund
    "cerlalc", "centro regional para el fomento del libro en america latina y el caribe", "convenio andres bello", "flar",
    # global technical bodies whose members include Colombia
    "irena", "gggi", "global green growth institute", "iom", "oim", "itu", "uit", "unido", "onudi", "unwto", "omt",
    "iucn", "uicn", "wipo", "ompi", "wmo", "icao", "oaci", "iaea", "oiea", "unctad", "cnuced", "bie", "bureau international des expositions", "bureau of international expositions",
    "oficina internacional de exposiciones",
    # the World Tourism Organization by its names since 2024
    "un tourism", "onu turismo", "onu tourisme", "world tourism organization", "organizacion mundial del turismo",
    "organisation mondiale du tourisme", "organizacao mundial do turismo",
    # the Ibero-American sports council and cultural programmes Colombia takes part in
    "cid", "consejo iberoamericano del deporte", "iberescena", "ibermedia", "ibermusicas", "ibermuseos", "iberbibliotecas",
    "ibercultura viva", "iberarchivos", "iberorquestas juveniles",
    # the Olympic movement of the Americas and the world
    "panam sports", "odepa", "ioc", "international olympic committee", "comite olimpico internacional",
    # the Bolivarian, South American and Central American-Caribbean sports organisations
    "odebo", "organizacion deportiva bolivariana", "odesur", "organizacion deportiva suramericana", "centro caribe sports",
    "odecabe")
# "Organización Latinoamericana de Energía", "Instituto Interamericano…", "Organización Panamericana de la Salud": a
# Latin American, Ibero-American or inter-American organisation of governments has Colombia among its members
LATIN_AMERICAN_NAME = re.compile(r"\b(?:latinoameric|latin americ|latino-americ|iberoameric|ibero-americ|interameric|"
                                 r"inter-americ|panameric|pan americ|pan-americ)\w*|\b(?:de las americas|of the americas|"
                                 r"des ameriques|das americas)\b")
_ORGS = "|".join(re.escape(o) for o in sorted(set(COLOMBIA_ORGANISATIONS), key=len, reverse=True))
COLOMBIA_ORGANISATION = re.compile(r"\b(?:" + _ORGS + r")\b")
# the member countries of those: "(los 27) Estados miembros de OLADE", "IRENA member states", "membres de l'OIT"
COLOMBIA_MEMBERS = (r"(?:estados|paises|etats|pays|states|countries|nations|governments|gobiernos|gouvernements|governos)"
                    r" (?:miembros?|membros?|membres?|members?) (?:de las|de la|del|de|das|da|do|de l.|du|des|of the|of) (?:" + _ORGS + ")",
                    r"(?:the )?(?:un|" + _ORGS + r")(?: borrowing| shareholder| regional| founding)? member (?:states|countries|nations|"
                    r"governments)", r"member (?:states|countries|nations) of the un")
# ... their associate members with them: "los Estados Miembros y Miembros Asociados de la AEC", "member states and
# associate members of the ACS"
ASSOCIATE_MEMBERS = (r"(?:y|and|et|e) (?:(?:los|las|the|les|os|as|its) )?(?:(?:miembros|members|membres|membros|estados|states|"
                     r"etats|paises|countries|pays) (?:asociados|associes|associados)|associate(?:d)? (?:members|states|countries))")
COLOMBIA_MEMBERS += (COLOMBIA_MEMBERS[0].replace(r" (?:miembros?|membros?|membres?|members?) ",
                                                 r" (?:miembros?|membros?|membres?|members?) " + ASSOCIATE_MEMBERS + " ", 1),
                     r"member (?:states|countries|nations) " + ASSOCIATE_MEMBERS + r" (?:of the|of) (?:" + _ORGS + ")")
# Organisations and networks of another region, faith or language that neither Colombia nor a Colombian city belongs to
# (nor can join): "IsDB member countries", "États membres de l'ICESCO", "member cities of CityNet" leave it out. One list
# for both readers (spiders/extract/eligibility.py); the European Union is a place of its own in each.
NON_COLOMBIA_ORGANISATIONS = (
    # Islamic cooperation
    "isdb", "islamic development bank", "banco islamico de desarrollo", "banque islamique de developpement",
    "banco islamico de desenvolvimento", "icesco", "isesco", "oic", "oci", "organisation of islamic cooperation",
    "organization of islamic cooperation", "organisation de la cooperation islamique", "organizacion de cooperacion islamica",
    "organizacion para la cooperacion islamica", "organizacao de cooperacao islamica", "arab league",
    "league of arab states", "ligue arabe", "ligue des etats arabes", "liga arabe", "liga de los estados arabes",
    "liga dos estados arabes", "gulf cooperation council", "gcc",
    # language communities
    "commonwealth", "oif", "francophonie", "organisation internationale de la francophonie", "francofonia",
    "organizacion internacional de la francofonia", "cplp", "comunidade dos paises de lingua portuguesa",
    "comunidad de paises de lengua portuguesa",
    # Africa, Asia and the Pacific, Europe
    "african union", "union africaine", "union africana", "uniao africana", "ecowas", "cedeao", "sadc", "uemoa", "cemac",
    "east african community", "african development bank", "afdb", "banque africaine de developpement", "asean", "saarc",
    "apec", "asian development bank", "adb", "banco asiatico de desarrollo", "banque asiatique de developpement",
    "pacific islands forum", "escap", "cespap", "cesap", "economic and social commission for asia and the pacific", "escwa",
    "cespao", "unece", "council of europe", "conseil de l'europe", "consejo de europa", "conselho da europa", "osce",
    "ebrd", "berd", "european bank for reconstruction and development",
    # Central America and the Caribbean Community (Colombia is an observer of SICA only), and the Community's disaster
    # agency, whose "Participating States" are its Caribbean members
    "sica", "caricom", "oecs", "cdema", "caribbean disaster emergency management agency", "carpha",
    "caribbean public health agency", "caribbean community", "comunidad del caribe", "communaute caribeenne",
    # city networks of another region: a Colombian city cannot be one of their members
    "citynet", "medcities", "arab towns organization", "arab towns organisation", "organisation des villes arabes",
    "organizacion de ciudades arabes", "organizacao das cidades arabes")
NON_COLOMBIA_ORGANISATION = re.compile(r"\b(?:" + "|".join(re.escape(o).replace("'", "['’]") for o in sorted(
    NON_COLOMBIA_ORGANISATIONS, key=len, reverse=True)) + r")\b")


# "Colombia no figura entre los países elegibles", "Colombia is not an eligible country": said in so many words
COLOMBIA_NOT_ELIGIBLE = re.compile(
    r"\b(?:aucune collectivite colombienne|ningun[oa] (?:municipio|ciudad|alcaldia|entidad territorial) colombian[oa]|"
    r"no colombian (?:city|municipality|local government)) (?:n.y figure|figura|is (?:listed|included|eligible))|"
    # "Los países socios extrarregionales, entre ellos Colombia, participan como accionistas, pero los proyectos ubicados en
    # su territorio no son elegibles"
    r"\b(?:entre ellos|entre ellas|incluid[oa]s?|including|among them|parmi lesquels|entre eles|incluindo) colombia\b"
    r"[^.;]{0,120}?\b(?:su|sus|their|its|leurs?|seu|seus) (?:territorio|territory|territoire)s? (?:no son elegibles|"
    r"no (?:es|sera|seran) elegibles?|(?:is|are) not eligible|ne sont pas eligibles|nao (?:sao|e) elegive(?:l|is))|"
    # "… listed in Annex A of the Work Programme, which does not include Colombia"
    r"\b(?:which|that) (?:does not|doesn't|do not) include colombia|\bque no incluye a colombia|\bqui n.inclut pas la colombie|"
    r"\bque nao inclui a colombia|"
    r"\bcolombia (?:no (?:figura|esta|se encuentra|aparece) entre|no es (?:un pais )?elegible|is not (?:an? )?(?:eligible|among|"
    r"included)|n.est pas (?:un pays )?(?:eligible|parmi)|nao (?:e (?:um pais )?elegivel|esta entre|figura entre))|"
    # "la Colombie, pays observateur, n'est pas concernée"
    r"\b(?:la )?colombi[ae]\b[^.;]{0,40}?\b(?:n.est pas concernee|no esta (?:incluida|comprendida)|is not covered|"
    r"nao esta (?:incluida|abrangida))|"
    # "Entities from third countries such as Colombia may participate only at their own cost"
    r"\bcolombia\b[^.;]{0,40}?\b(?:may|can) (?:only )?participate (?:only )?at (?:their|its) own (?:cost|expense)|"
    r"\bcolombia\b[^.;]{0,40}?\b(?:solo )?(?:pueden|podran) participar (?:solo |unicamente )?(?:con|a) (?:sus|su) propi[oa]s? "
    r"(?:costo|recursos|cargo|expensas)|"
    # "Latin American countries are not eligible in this call": Colombia is one of them
    r"\b(?:latin american|south american|(?:los )?paises (?:de america latina|latinoamericanos|sudamericanos)|"
    r"(?:les )?pays d.amerique (?:latine|du sud)|(?:os )?paises (?:da america latina|latino-americanos))(?: countries)? "
    # (the negation said: not "Latin American countries are eligible as co-applicants")
    r"(?:are not|is not|no son|ne sont pas|nao sao) (?:eligible|elegibles|eligibles|elegiveis)|"
    # the countries that recognise the Republic of China (Taiwan): Colombia does not
    r"\b(?:paises|countries|pays|estados|states|nations|naciones) (?:con|with|avec|com|que (?:mantienen|tienen|mantem)|ayant|"
    r"entretenant|having|that (?:have|maintain)) (?:formal |official )?(?:relaciones|relations|relacoes|ties|des relations) "
    r"diplomati\w+ (?:con|with|avec|com) (?:la republica de china|the republic of china|la republique de chine|a republica da "
    r"china|taiwan)|\b(?:taiwan|the republic of china|roc)(?:.s)? diplomatic allies|\bdiplomatic allies of (?:taiwan|the "
    r"republic of china)|\baliados diplomaticos de (?:taiwan|la republica de china)")


# Colombia named, then the sentence's verb denies it: "Los países extrarregionales miembros del BCIE, entre ellos Colombia,
# México y España, no son países beneficiarios de esta ventanilla"
_COLOMBIA_THEN_DENIED = re.compile(r"\bcolombia\b(?P<between>[^.;]{0,100}?)\b(?:(?:no (?:son|es|seran|sera)|(?:are|is|will be) not|"
                                   r"ne sont pas|n.est pas|nao (?:sao|e)) (?:(?:pais(?:es)?|countries|country|pays) )?"
                                   r"(?:beneficiari\w+|elegibles?|eligibles?|elegiveis)|"
                                   # "Colombia, socio extrarregional, no participa en esta ventanilla"
                                   r"no (?:participa|forma parte)|(?:does|will) not (?:take part|participate)|is not part|"
                                   r"ne (?:participe|fait) pas|nao (?:participa|faz parte)|"
                                   # "(como Colombia) solo pueden participar como proveedores": suppliers, not applicants
                                   r"(?:solo|solamente|unicamente|only|seulement|uniquement|apenas|somente) (?:pueden|podran|"
                                   r"may|can|peuvent|podem) (?:participar|participate|take part|participer) (?:como|as|comme) "
                                   r"(?:proveedores|oferentes|contratistas|suppliers|providers|contractors|fournisseurs|"
                                   r"prestataires|fornecedores))\b")


# "Colombia es socio extrarregional y solo accede mediante operaciones soberanas": the national government borrows, not
# the city
_COLOMBIA_SOVEREIGN_ONLY = re.compile(r"\bcolombia\b[^.;]{0,100}?\b(?:solo|solamente|unicamente|only|exclusively|seulement|"
                                      r"uniquement|apenas|somente)\b[^.;]{0,40}?\b(?:operaciones soberanas|sovereign "
                                      r"(?:operations|loans|lending)|prestamos soberanos|operations souveraines|"
                                      r"prets souverains|operacoes soberanas|emprestimos soberanos)")


def colombia_denied(text: str) -> str | None:
    """The (folded) words naming Colombia as the subject a negated "eligible"/"beneficiary" refuses; None if there are none.
    Not when other actors or a "but" stand between ("municipios de Colombia, pero las personas no son elegibles")."""
    for m in _COLOMBIA_THEN_DENIED.finditer(text):
        between = m.group("between")
        if not re.search(BUT_WORDS + r"|\b(?:aunque|although)\b", between) and not OTHER_ACTORS.search(between):
            return m.group(0)
    sovereign = _COLOMBIA_SOVEREIGN_ONLY.search(text)
    return sovereign.group(0) if sovereign else None


# "Upper-middle-income countries are not eligible": Colombia is one (World Bank and OECD DAC lists).
UPPER_MIDDLE_INCOME_OUT = re.compile(
    r"\b(?:upper[- ]middle[- ]income (?:countries|economies) (?:are|is) (?:not|in)eligible|"
    r"(?:paises|economias) de (?:ingreso|ingresos|renta) (?:media|medio|mediano)[- ]alt[oa] no (?:son|seran) elegibles|"
    r"pays a revenu intermediaire (?:de la )?tranche superieure ne sont pas eligibles|"
    r"paises de renda media[- ]alta nao (?:sao|serao) elegiveis)")


# Where applicants must be; Colombia passes when any of these is named.
COLOMBIA_INCLUDED = _rx(
    r"colombia\w*", r"colombien\w*", r"colombie",
    r"(?:and|or|y|o|et|ou|e) (?:foreign|extranjer[oa]s|etrangere?s|estrangeir[oa]s) (?:non-?profits?|organi[sz]ations?|"
    r"entities|ngos|ongs?|institutions?|organizaciones|entidades|instituciones|organisations|organizacoes)",
    # "Foreign local governments may submit an affiliation request" (a Japanese council's call): any other country's
    r"foreign (?:local governments?|municipalities|cities|city governments)", r"gobiernos locales extranjeros",
    r"municipios extranjeros", r"collectivites (?:locales |territoriales )?etrangeres", r"collectivite locale etrangere",
    r"governos locais estrangeiros",
    # "Les villes étrangères souhaitant devenir partenaires", "Toutes les zones géographiques sont éligibles"
    r"villes etrangeres", r"ciudades extranjeras", r"cidades estrangeiras", r"toutes les zones geographiques",
    r"todas las (?:zonas|regiones) geograficas", r"all geographic(?:al)? (?:areas|regions|zones)",
    r"america latina", r"celac", r"latinoamerica\w*", r"latino-americ\w*", r"latin america\w*", NOT_A_LAKE + r"lac", r"alc", r"iberoameric\w*",
    r"ibero-?americ\w*", r"the americas", r"las americas", r"americas", r"sur global", r"global south", r"sul global",
    r"developing countries", r"paises en (?:via de )?desarrollo",
    # "city governments in emerging and developing economies"
    r"(?:emerging|developing)(?: (?:and|or) (?:emerging|developing))? (?:market )?economies", r"economias emergentes",
    r"economias en desarrollo", r"economies emergentes", r"economias em desenvolvimento", r"low- and middle-income", r"(?<!lower-)(?<!lower )middle-income",
    r"renta media", r"ingresos medios", r"oda[- ]eligible", r"eligible oda countr(?:y|ies)", r"dac list", r"all countries", r"any country",
    r"todos los paises", r"cualquier pais", r"worldwide", r"around the world", r"del mundo entero", r"tous les pays",
    # "en France et dans le monde", "en todo el mundo", "all over the world": anywhere (not "le monde rural", "el mundo
    # rural": the world ends the phrase)
    r"(?:(?:dans|a travers) le monde|(?:en|de) todo el mundo|en el mundo|(?:em|por|de) todo o mundo|no mundo)"
    r"(?: entier| entero| inteiro)?"
    r"(?=\s*(?:[,.;:()]|$|(?:y|e|et|and|ou|o|or|incluid[oa]s?|including|y compris|inclusive)\b))",
    r"all over the world", r"across the world",
    # "ouvert aux villes d'Europe et d'ailleurs": a place and everywhere else (not "and elsewhere in Europe")
    r"(?:(?:et|ou) d.ailleurs|(?:and|or) elsewhere|(?:y|o) de otros lugares|(?:e|ou) de outros lugares)"
    r"(?=\s*(?:[,.;:()]|$))",
    # "Les autorités locales de tout pays, y compris hors des États membres du Conseil de l'Europe"
    r"de tout pays", r"de todo pais", r"de qualquer pais", r"(?:de )?cualquier region", r"any region", r"toute region",
    r"(?:y compris|incluid[oa]s|including|inclusive) (?:hors|fuera|outside|fora) d",
    r"todos os paises", r"pays en developpement", r"paises em desenvolvimento", r"south americ\w*",
    # a French or Spanish call's "foreign countries": every country but the funder's, Colombia among them
    r"pays etrangers", r"paises extranjeros", r"paises estrangeiros", r"foreign countries",
    # "entidades gubernamentales del país receptor", "institution culturelle publique étrangère": wherever the funder is not
    r"pais(?:es)? receptor(?:es)?", r"recipient countr(?:y|ies)", r"pays beneficiaires?",
    r"institutions? (?:[a-z]+ ){0,2}etrangeres?", r"sudamerica\w*", r"america del sur",
    # the whole continent: "gobiernos locales de América y Europa" (not the north, the isthmus or the United States of it)
    r"(?<!north )(?<!central )(?<!unidos de )(?<!states of )(?<!unis d.)(?<!\bof )(?:america|amerique)(?! (?:del norte|do norte|du nord|central|centrale))",
    r"america do sul", r"amerique du sud", r"sul-americ\w*",
    r"suramerica\w*", r"andean", r"region andina", r"paises andinos", r"caribe", r"caribbean", r"amerique latine",
    r"america latina e caribe", r"hemisferio", r"mercosur", r"mercociudades", r"internationally", r"global call",
    r"convocatoria (?:global|mundial|internacional)", r"from any country", r"de cualquier pais",
    r"hors d.europe", r"outside (?:of )?(?:europe|the eu)", r"fuera de europa", r"non-eu(?! countr(?:y|ies) associated)", r"beyond europe",
    # member countries of organisations Colombia belongs to (the EU's "Member States" stay another place)
    # ("países miembros prestatarios del BID")
    r"(?:estados|paises) (?:miembros?|membros?) (?:(?:prestatarios|accionistas|mutuarios) )?(?:de las|de la|del|das|da|do) "
    r"(?:oea|onu|unesco|segib|naciones unidas|nacoes unidas|"
    r"organizacion de (?:los )?estados americanos|bid|caf|ocde|oit|oms|ops|fao|iica)",
    r"member (?:states|countries) of the (?:oas|un|united nations|organization of american states|idb|caf|oecd|ilo|who|paho|fao|unesco)",
    r"(?:oas|un|united nations|unesco|idb|caf|oecd) member (?:states|countries)",
    r"etats membres de (?:l.)?(?:oea|onu|unesco|organisation des nations unies)",
    r"(?:idb|iadb|bid|caf|inter-american development bank)(?: borrowing| shareholder)? member countr(?:y|ies)",
    r"paises (?:miembros )?(?:prestatarios|accionistas) (?:del bid|de caf)",
    r"alianza del pacifico", r"pacific alliance", r"comunidad andina", r"andean community", *COLOMBIA_MEMBERS,
    # the Americas in French, and any nationality: "diaspora (Amériques, Europe, Asie)", "candidatos de qualquer nacionalidade"
    r"(?:les )?ameriques", r"(?:any|all) nationalit(?:y|ies)",
    # "en France et à l'international", "a nivel internacional": anywhere abroad too
    r"a l.international", r"(?:a|en el|de) (?:nivel|ambito) internacional",
    # "prefeituras do Brasil e do exterior", "cities in Canada and abroad": one country and every other one
    r"(?:e|y|and|et) (?:(?:do|no|del|en el|from|de l.|a l.)\s*)?(?:exterior|extranjero|abroad|overseas|etranger)", r"(?:no|em|de) ambito internacional", r"(?:de )?cualquier nacionalidad", r"todas las nacionalidades",
    r"(?:de )?qualquer nacionalidade", r"todas as nacionalidades", r"(?:de )?toutes? (?:les )?nationalites?",
)
# "Organisations registered in the country where the project runs": Colombia when the call says it runs there.
IMPLEMENTATION_COUNTRY = _rx(
    r"(?:en el|del) pais (?:de ejecucion|beneficiario|donde se ejecuta\w*)", r"(?:in|of) the (?:country of implementation|"
    r"beneficiary country|implementing country|partner country)", r"(?:dans le|du) pays (?:d.intervention|beneficiaire|partenaire)",
    r"(?:no|do) pais (?:de execucao|beneficiario|parceiro)",
    # "civil society organisations from partner countries": the countries the call works in, which the body names
    r"(?:from|in|of) (?:the )?partner countries", r"(?:de|en) (?:los )?paises socios", r"(?:des|dans les) pays partenaires",
    r"(?:dos|nos) paises parceiros",
    # one of them, maybe with the programme's name: "registered in the EU or in a develoPPP partner country", "en un país
    # socio del programa", "dans un pays partenaire", "em um país parceiro"
    r"in an? (?:[a-z-]+ )?partner country", r"en un pais socio", r"dans un pays partenaire", r"(?:em|num) (?:um )?pais parceiro",
)
OTHER_PLACES = _rx(
    r"(?:paises|estados) (?:membros?|miembros?) (?:do|de|del) fonplata", r"fonplata member countries",
    r"member countries of fonplata", r"bacia do prata", r"cuenca del plata",
    r"espana", r"spain", r"espanol(?:es|as)", r"spanish", r"cataluna", r"catalunya", r"catalonia", r"andalucia",
    # "Collectivités locales des pays riverains de la Méditerranée"
    r"(?:pays|countries|paises) (?:riverains|ribereños|riberenos|bordering) (?:de la |of the |del )?(?:mediterranee|mediterranean|"
    r"mediterraneo)", r"union pour la mediterranee", r"union for the mediterranean", r"union por el mediterraneo",
    r"madrid", r"barcelona", r"valencia\w*", r"galicia", r"pais vasco", r"euskadi", r"comunidad autonoma",
    r"union europea", r"european union", r"union europeenne", r"(?:de la |de l.|da |dans l.)ue", r"europeen(?:ne)?s", r"catalan(?:es|as)", r"vasc[oa]s", r"andaluc?(?:es|zas)",
    r"brasilen(?:os|as)", r"lusofon[oa]s", r"lusophones", r"eu member states?", r"member states", r"estados miembros", r"europe",
    r"europa", r"european", r"europeos", r"eu-based", r"eu", r"united states", r"us-based", r"usa",
    # "US citizens", "a US city, county or state government": the United States written without dots, before whom it
    # qualifies (not the pronoun: "contact us")
    r"(?<!non-)us(?= (?:citizens|nationals|residents|permanent residents|cit(?:y|ies)|count(?:y|ies)|states?|"
    r"governments?|municipalities|organi[sz]ations|nonprofits|non-profits|entities|institutions|companies|territories)\b)",
    r"estados unidos", r"american", r"u\.s", r"france", r"francia", r"francaises?", r"franceses", r"(?<!ou )(?<!et )(?<!municipale )metropolitaine",
    r"brasil", r"brazil", r"brasileir(?:os|as)", r"mexico", r"mexican(?:os|as)", r"argentin(?:a|os|as)", r"chile(?:nos|nas)?",
    r"peru(?:anos)?", r"ecuador", r"canada", r"germany", r"alemania", r"deutschland", r"united kingdom", r"uk",
    r"reino unido", r"africa(?:n)?", r"asia(?:n)?", r"india", r"kenya", r"nigeria", r"australia", r"japan",
    r"portugal", r"portugues(?:es|as)", r"portuguesa", r"italia", r"italy", r"quebec", r"belgique", r"belgium", r"belgica",
    r"flanders", r"flandes", r"flandre", r"region wallonne", r"(?:en|in|dans la) (?:wallonie|wallonia|valonia)",
    r"wallon(?:ne)?s", r"bruxelles-capitale", r"brussels-capital",
    # a country's territory by its adjective ("dentro del territorio español"; "español" alone is also the language)
    r"territorio (?:espanol|frances|portugues|italiano|aleman|britanico|mexicano|chileno|peruano|argentino|brasileno)",
    r"(?:spanish|french|portuguese|italian|german|british|mexican|brazilian) territory",
    r"territoire (?:francais|espagnol|portugais|italien|allemand|britannique)",
    # Demonyms, and regions of the countries whose calls are most often harvested (Spain, France, the UK).
    r"canadian(?:s)?", r"canadiens?", r"canadienses", r"british", r"britanic[oa]s", r"welsh", r"scottish",
    r"england", r"wales", r"scotland", r"northern ireland", r"german", r"alemanes", r"italian", r"italianos",
    r"australian", r"japanese", r"japoneses", r"korean", r"mexican(?:[oa]s?)?", r"flemish", r"flamand(?:e)?s", r"flamencos",
    r"swedish", r"suec[oa]s", r"suedois(?:es)?", r"norwegian", r"norueg[oa]s", r"danish", r"danes(?:es|as)", r"finnish",
    r"costarricenses?", r"panamen[oa]s", r"salvadoren[oa]s", r"guatemaltec[oa]s", r"honduren[oa]s",
    r"nicaraguenses", r"dominican[oa]s", r"uruguay[oa]s", r"paraguay[oa]s", r"bolivian[oa]s",
    # the states of the United States: "Counties, cities, towns and villages in New York State"
    r"(?:new york|washington|georgia|colorado|mississippi|indiana) state", r"(?:of|in|de|en|da|do|du|em|na) georgia",
    # states and provinces of Australia and Canada, Länder of Germany ("Only Queensland local government councils")
    r"queensland", r"new south wales", r"tasmania", r"western australia", r"south australia", r"northern territory",
    r"ontario", r"alberta", r"british columbia", r"manitoba", r"saskatchewan", r"nova scotia", r"new brunswick",
    r"bayern", r"bavaria", r"baviera", r"baden-wurttemberg", r"nordrhein-westfalen", r"north rhine-westphalia",
    r"niedersachsen", r"lower saxony", r"schleswig-holstein", r"rheinland-pfalz",
    r"georgian", r"georgien(?:ne)?s?", r"(?:state of )?(?:california|texas|florida|"
    r"massachusetts|illinois|ohio|michigan|pennsylvania|oregon|minnesota|arizona|nevada|connecticut|new jersey|maryland|"
    r"wisconsin|iowa|kansas|missouri|louisiana|tennessee|kentucky|alabama|oklahoma|utah|hawaii|alaska|idaho|montana|"
    r"wyoming|nebraska|vermont|maine|new hampshire|rhode island|delaware|(?:north|south) (?:carolina|dakota)|"
    r"new mexico|arkansas|west virginia)",
    # a federal state, canton or prefecture abroad: "in the State of Hesse", "dans le canton de Vaud"
    r"(?:state|land|canton|prefecture|bundesland|freistaat) of (?!colombia\b)[a-z][a-z-]+", r"cantons? (?:de |d'|du )[a-z][a-z-]+", r"region lemanique",
    r"finlandes(?:es|as)", r"dutch", r"neerlandes(?:es|as)", r"holandes(?:es|as)", r"swiss", r"suiz[oa]s", r"austrian",
    r"austriac[oa]s", r"irish", r"irlandes(?:es|as)", r"polish", r"polac[oa]s", r"czech", r"checos",
    r"mo[cz]ambican[oa]s?", r"mozambican", r"africanos", r"africanas", r"peruan[oa]s?", r"ecuatorian[oa]s?",
    r"chilen[oa]s?", r"argentin[oa]s?", r"brasilen[oa]s?", r"brasileir[oa]s?", r"paulistas?", r"cariocas?",
    # (French regions are written with hyphens or spaces: "Nouvelle-Aquitaine", "Ile de France")
    r"ile[ -]de[ -]france", r"francilien(?:ne)?s?", r"bretagne", r"occitanie", r"normandie", r"hauts[ -]de[ -]france",
    r"grand[ -]est", r"nouvelle[ -]aquitaine", r"auvergne", r"provence", r"pays[ -]de[ -]la[ -]loire",
    r"centre[ -]val[ -]de[ -]loire", r"bourgogne", r"franche[ -]comte",
    r"castilla y leon", r"castilla[ -]la[ -]mancha", r"extremadura", r"aragon", r"asturias", r"cantabria", r"navarra",
    r"la rioja", r"region de murcia", r"canarias", r"illes balears", r"islas baleares", r"comunitat valenciana",
    r"diputacion(?:es)? provincial(?:es)?", r"provincia de (?:barcelona|girona|lleida|tarragona|sevilla|malaga|cadiz|"
    r"granada|huelva|jaen|almeria|alicante|castellon|a coruna|lugo|ourense|pontevedra|"
    r"bizkaia|gipuzkoa|alava|zaragoza|huesca|teruel|burgos|leon|salamanca|valladolid|toledo)",
    # World regions and country groups that leave Colombia out.
    r"centroamerica\w*", r"central americ\w*", r"mesoamerica\w*", r"america central", r"cono sur", r"southern cone",
    r"north america\w*", r"norteamerica\w*", r"america del norte", r"estadounidenses?", r"southeast asia\w*",
    r"sudeste asiatico", r"balkans?", r"balcanes", r"nordic (?:countries|country|region|states)", r"paises nordicos",
    r"pays nordiques", r"scandinavi\w*", r"escandinav\w*", r"middle east", r"oriente (?:medio|proximo)", r"medio oriente",
    r"mena region", r"pacific islands?", r"oceania", r"small island developing states", r"sids",
    r"pequenos estados insulares", r"least developed countries", r"ldcs", r"paises menos adelantados",
    r"pays les moins avances",
    # low and lower-middle income only: Colombia is an upper-middle-income country
    r"(?:paises )?de (?:ingreso|ingresos|renta) bajos? y (?:mediano|medio) bajos?", r"low(?:-income)?(?:-|,? and |,? or |- and |- or |, )lower[- ]middle[- ]income",
    r"(?:pays )?a (?:faible )?revenu faible et (?:a revenu )?intermediaire (?:de la )?tranche inferieure",
    r"(?:pays )?a faible revenu et a revenu intermediaire (?:de la )?tranche inferieure",
    r"(?:paises )?de renda baixa e media[- ]baixa",
    # the Francophonie's members (Colombia is not one)
    # ("l'un des États et gouvernements membres de plein droit ou membres associés de l'OIF")
    r"(?:etats?|pays)(?: (?:et|ou) gouvernements?)? membres?(?: de plein droit)?(?: (?:et|ou) (?:membres )?"
    r"(?:associes|observateurs))? de (?:l.oif|la francophonie|"
    r"l.organisation internationale de la francophonie)",
    r"oif member (?:states?|countries|country)", r"member (?:states?|countries) of the (?:oif|international organi[sz]ation of la francophonie)",
    r"(?:estados|paises) (?:miembros?|membros?) (?:de la|da) (?:organizacion|organizacao) internacional de la francofonia",
    r"afrique", r"africaines?", r"asie(?: du sud-est)?", r"ocean indien", r"indian ocean", r"caraibes francophones",
    r"francophone caribbean",
    # the Caribbean Community and its forum with the Dominican Republic (Colombia is in neither)
    r"caricom", r"cariforum",
    # the Organisation of African, Caribbean and Pacific States (Colombia is not a member)
    r"(?:acp|oacps|oeacp) (?:countries|states|member states)", r"(?:pays|paises|estados|etats) (?:acp|oacps|oeacp)",
    r"(?:estados|paises) miembros de la (?:oif|francofonia)",
    r"(?:paises|pays|countries|estados) (?:francofonos|francophones|lusofonos|lusophones|de lingua portuguesa)",
    r"(?:municipios|municipalities|cidades|prefeituras|ciudades|communes|municipalites) (?:do|del|de|of the|of|da) (?:estado|state|etat)"
    r"(?: (?:de|do|da|of))? [a-z]+",
    r"francophone countries", r"lusophone countries", r"commonwealth", r"cplp", r"palop", r"espagne", r"espanha",
    # Latin American and Caribbean countries other than Colombia (calls often list them one by one)
    r"guatemala", r"honduras", r"el salvador", r"nicaragua", r"costa rica", r"bolivia", r"paraguay", r"uruguay",
    r"venezuela", r"cuba", r"haiti", r"republica dominicana", r"dominican republic", r"jamaica", r"belize", r"guyana",
    r"suriname",
)


def _country_names() -> str:
    """Every country but Colombia in the four languages (models/countries.py), as one trie alternation, for OTHER_PLACES."""
    return alternation({n for key, names in country_names().items() if key != "Colombia" for n in names})


OTHER_PLACES = re.compile(OTHER_PLACES.pattern[:-3] + "|" + _country_names() + r")\b")
# "G20 and non-G20 countries", "Estados miembros y no miembros", "OECD members and non-members", "pays membres ou non":
# a group of countries and those outside it together are every country, Colombia among them (not "members and
# non-members of the network": a network's members, wherever the call's place is)
_MEMBER_NOUN = r"(?:members?|member (?:states|countries)|miembros|membres|membros|member)"
_MEMBER_COUNTRIES = (r"(?:(?:pays|paises|estados|etats|countries|states|nations) (?:membres|miembros|membros|members)|"
                     r"member (?:states|countries|nations))")
_GROUP = r"(?:[a-z]+-?\d+|oecd|ocde|" + _MEMBER_COUNTRIES + r"|" + OTHER_PLACES.pattern[5:-3] + r")"
EVERY_GROUP = re.compile(
    r"\b(?P<group>" + _GROUP + r")(?: " + _MEMBER_NOUN + r")?,? (?:and|or|y|o|e|et|ou|as well as|asi como|ainsi que|bem como) "
    r"(?:(?:los|las|the|les|os|as|de|des|dos|das|from|of|del|do|da) )?(?:(?:paises|countries|pays|estados|states|etats) )?"
    r"(?:non|no|nao|not)[ -](?:(?P=group)|" + _MEMBER_NOUN + r")(?![\w-])"
    r"|\b" + _MEMBER_COUNTRIES + r",? (?:ou|or|o) (?:non|not|no|nao)(?=\s*(?:[,.;:()]|$|de\b|of\b|du\b|da\b|do\b|del\b))")


class _GuardedPattern:
    """A pattern whose costly last alternative can match only where a cheap guard is found: on a string without the
    guard the other alternatives run alone, with the same matches (the costly one matches nowhere in it).

    "G20 and non-G20 countries" (EVERY_GROUP) tries every country name at every word, and made COLOMBIA_INCLUDED the
    dearest pattern of a call's reading; its "and/or … non/no/not" is in one eligibility text in sixteen.
    """

    def __init__(self, common: str, costly: str, guard: re.Pattern[str]):
        self.full, self.common, self.guard = re.compile(common + "|" + costly), re.compile(common), guard
        self.pattern = self.full.pattern

    def _for(self, string: str) -> re.Pattern[str]:
        return self.full if self.guard.search(string) else self.common

    def search(self, string: str, *bounds: int) -> re.Match[str] | None:
        return self._for(string).search(string, *bounds)

    def finditer(self, string: str, *bounds: int) -> Iterator[re.Match[str]]:
        return self._for(string).finditer(string, *bounds)


# (EVERY_GROUP's conjunction follows a space and precedes the negation by at most two words: a necessary condition)
_EVERY_GROUP_GUARD = re.compile(r"\b(?:and|or|y|o|e|et|ou|as well as|asi como|ainsi que|bem como) (?:[\w-]+ ){0,2}"
                                r"(?:non|no|nao|not)")
COLOMBIA_INCLUDED = _GuardedPattern(COLOMBIA_INCLUDED.pattern, EVERY_GROUP.pattern.replace("(?P<group>", "(?P<group2>")
                                    .replace("(?P=group)", "(?P=group2)"), _EVERY_GROUP_GUARD)
# "Centroamérica y el Caribe" is the isthmus and the islands, not Colombia's Caribbean coast.
_ISTHMUS_CARIBBEAN = re.compile(r"\b((?:centroamerica\w*|central america\w*|mesoamerica\w*|america central)(?:,? [\w ]{0,25})?,? "
                                r"(?:y|and|e|et) (?:el |the |o |les )?)(?:caribe|caribbean|caraibes)\b")
# "Africa, the Caribbean and the Pacific" (the ACP group of states): the island Caribbean again, with Africa and Oceania
_ACP_CARIBBEAN = re.compile(r"\b((?:sub-saharan |subsaharan )?(?:africa|afrique)(?: subsahariana| subsaharienne)?,? "
                            r"(?:(?:the|el|les|o|del|des|de|da) )?)(?:caribbean|caribe|caraibes|caraibas)"
                            r"(?=,? (?:and|y|et|e) (?:(?:the|el|le|o|del|du|do) )?(?:pacific|pacifico|pacifique)\b)")


# "the Dutch Caribbean", "the English-speaking Caribbean", "el Caribe insular": a part of the islands
_ISLAND_PART_CARIBBEAN = re.compile(r"\b(dutch|british|french|english-speaking|anglophone|commonwealth|insular|island|"
                                    r"eastern|lesser|greater) caribbean\b")
_CARIBE_ISLAND_PART = re.compile(r"\bcaribe (neerlandes|britanico|frances|anglofono|insular|oriental)\b")
# "the Caribbean parts of the Kingdom" (of the Netherlands), "la partie caribéenne du Royaume"
_KINGDOM_CARIBBEAN = re.compile(r"\bcaribbean (parts? of the kingdom)\b")


def _island_caribbean(text: str) -> str:
    """The Caribbean named beside Central America, in the ACP trio or by its islands' part is the islands' ("antillas"),
    not Colombia's coast."""
    if "carib" not in text and "caraib" not in text:
        return text  # the patterns need caribe/caribbean/caraibes/caraibas: skip slow scans of most texts
    text = _CARIBE_ISLAND_PART.sub(r"antillas \1", _ISLAND_PART_CARIBBEAN.sub(r"\1 antillas", text))
    text = _KINGDOM_CARIBBEAN.sub(r"antillas \1", text)
    return _ACP_CARIBBEAN.sub(r"\1antillas", _ISTHMUS_CARIBBEAN.sub(r"\1antillas", text))
# the coasts of the countries a call names: "Municipalidades de … (Guatemala, …, Costa Rica) ubicadas en zonas costeras del
# Pacífico o del Caribe" (shared with the page reader)
COAST_OF_SEA = re.compile(r"\b(?:zonas? costeras?|costas?|litoral(?:es)?|coasts?|coastal (?:areas|zones)|coastlines?|cotes?|"
                          r"zones cotieres|zonas costeiras)\s+(?:del?|of the|on the|along the|du|de la|da|do)\s+"
                          r"(?:(?:oceano|ocean|mar)\s+)?(?:[a-z]+\s+(?:o|y|or|and|ou|et|e)\s+(?:del?|the|du|de la|da|do)\s+)?$")
SEAS = ("pacifico", "caribe", "pacific", "caribbean", "pacifique", "caraibes")  # the seas Colombia shares with others
_SEA = re.compile(r"(?:" + "|".join(SEAS) + r")\b")


_A_SEA_BEFORE = re.compile(r"\b(?:gulf of|golfo de|golfe du|golfo do|sea of|mar de|mer d.)\s*$")


def _coasts_abroad(text: str) -> str:
    """The Caribbean or the Pacific named as the coasts of the foreign countries a text lists (and Colombia not named)
    is the islands' sea there, not Colombia's region: written "antillas" for the place rules."""
    if "colombi" in text or not _SEA.search(text):
        return text  # (skip the scan for countries in most texts)
    countries = {m.group(0) for m in OTHER_PLACES.finditer(text)
                 if not _A_SEA_BEFORE.search(text, max(0, m.start() - 12), m.start())}
    if len(countries) < 2:  # (the countries listed, not "the Gulf of Mexico")
        return text
    return _SEA.sub(lambda m: "antillas" if COAST_OF_SEA.search(text, max(0, m.start() - 60), m.start()) else m.group(0),
                    text)


# Who backs a call: "with the support of ISESCO member states", "con el apoyo de", "avec le soutien des", "com o apoio dos"
_BACKED_BY = (r"con el (?:aval|apoyo|respaldo) del?|with the (?:endorsement|support|backing) of|"
              r"avec (?:l.appui|le soutien) d(?:e|es|u)|com o apoio d(?:e|o|a|os|as)")
# A local government named as someone's partner or endorser is not the applicant.
# ("en alianza obligatoria con el gobierno local de su ciudad sede": a word on the alliance between)
# Whom applicants apply together with ("Universidades …, que presentan la propuesta junto con una alcaldía aliada"): the
# partner named after these words is not who applies (shared by the readers of partners below)
WITH_PARTNER = (r"in (?:[a-z]+ )?partnership with|en (?:alianza|asocio|asociacion|colaboracion)(?: [a-z]+)? con|junto con|"
                r"junto com|conjuntamente con|em parceria(?: [a-z]+)? com|en partenariat avec|jointly with|together with|"
                # "Un partenariat avec une mairie … peut être valorisé": the applicant's partner, named by the noun
                r"(?:an? |un |une |una |um |uma )(?:partnership|partenariat|parceria|alianza|asociacion|colaboracion|"
                r"collaboration) (?:with|avec|com|con)")
PARTNER_BEFORE = re.compile(r"(?:" + WITH_PARTNER + r"|" + _BACKED_BY + r"|con la participacion de|"
                            r"(?:a )?letters? of (?:support|endorsement) from|cartas? de (?:apoyo|aval|respaldo|compromiso) de|"
                            r"avec une lettre de soutien d|cartas? de apoio d|"
                            # put forward by someone else: "may be proposed by the national government as beneficiary municipalities"
                            r"(?:proposed|nominated|selected|put forward|propuest[oa]s|seleccionad[oa]s|designad[oa]s|indicad[oa]s|"
                            r"proposee?s|designee?s|selectionnee?s) (?:by|por|par|pel[oa]) [^.;]{0,50}?(?:as|como|comme|en tant que)|"
                            # where people live or work, not who applies: "jóvenes residentes en municipios de…"
                            r"(?:residentes?|resident|residing|living|que viven|ubicad[oa]s|localizad[oa]s|located|based|"
                            r"domiciliad[oa]s|radicad[oa]s|nacid[oa]s|born|moradores|presencia|presence|presenca|"
                            r"que (?:operen|trabajen|actuen)|operating|working|active|activas?|atuantes?|domicilio|operacion|"
                            r"sede|delegacao|delegacion)\s+(?:en|in|no|nos|na|nas|dans|em))"
                            # ("in partnership with national governments or subnational authorities": the second of two)
                            r"\s+(?:(?:the|los|las|el|la|les|des|os|as|o|a|l|le|du|del|de)\s+)?(?:\w+\s+){0,2}"
                            r"(?:(?:or|and|o|y|e|ou|et)\s+(?:\w+\s+)?)?$")
# "Las administraciones locales pueden participar como beneficiarias a propuesta de la entidad nacional", "municipalities
# may take part, nominated by their national government": put forward by someone else, who applies (shared with the
# page reader)
PROPOSED_BY_AFTER = re.compile(r"^[^.;:]{0,90}?\b(?:a propuesta de|propuest[oa]s por|nominated by|proposed by|put forward by|"
                               # "municipalities benefit as executing units designated by the national government"
                               r"designated by|designad[oa]s por|designee?s par|"
                               r"sur proposition d[eu']|proposee?s par|a proposta d[eoa]s?|indicad[oa]s pel[oa]s?|"
                               r"por indicacao d[eoa]s?)\s+(?:(?:el|la|los|las|the|their|its|su|sus|leur|leurs|l'|le|les|o|a|"
                               r"os|as|seu|sua)\s+)?(?:(?:entidad|autoridad|agencia|entidade|autoridade|entity|authority|"
                               r"agency|autorite|agence|entite|observatorio|observatory)\s+(?:rectora\s+)?(?:nacional|national|"
                               r"nationale)|(?:gobierno|governo|government|gouvernement)\s+(?:nacional|central|federal|"
                               r"national)|national (?:government|authority|entity|agency|focal point)|ministerio|ministry|"
                               r"ministere|punto focal|focal point|point focal)|"
                               # "Subnational governments may participate through their national counterpart"
                               r"^[^.;:]{0,90}?\b(?:through|via|a traves de|por medio de|por intermedio de|par l.intermediaire "
                               r"d[eu']|par le biais d[eu']|por meio d[eoa]s?|atraves d[eoa]s?)\s+(?:(?:their|its|the|su|sus|la|el|"
                               r"leur|leurs|l'|le|la|sua|seu|a|o)\s+)?(?:national (?:counterparts?|governments?|ministr(?:y|ies))|"
                               r"(?:contraparte|gobierno|governo|ministerio) nacional|(?:contrepartie|homologue) nationale?|"
                               r"gouvernement national|ministere national)")
AS_PARTNER_AFTER = re.compile(
                              # "Las alcaldías … pueden firmar cartas de interés como usuarias de los resultados, sin recibir
                              # recursos": a supporter's letter, not an application
                              r"^[^.;]{0,60}?\b(?:pueden|podran|may|can|podem|peuvent) (?:firmar|sign|assinar|signer|emitir|"
                              r"issue|provide|aportar) (?:cartas?|letters?|lettres?) (?:de|of|d.) ?(?:interes|interest|apoyo|support|"
                              r"intencion|intent|soutien|apoio|respaldo)\b|"
                              # "Les collectivités territoriales … peuvent y être associées comme partenaires non financés"
                              r"^[^.;]{0,60}?\b(?:peuvent|pourront) y etre associee?s (?:comme|en tant que|en qualite de) "
                              r"partenaires\b|"
                              # "Los demás municipios participan únicamente como subsedes dentro de la candidatura de su
                              # departamento"
                              r"^[^.;]{0,40}?\b(?:participan|participaran|participate|participam|participent) (?:unicamente|"
                              r"solamente|solo|only|apenas|uniquement|exclusivamente) (?:como|as|comme) (?:sub-?sedes?|"
                              r"co-?hosts?|sedes? (?:alternas|secundarias))\b|"
                              # "Site managers and local authorities prepare the request with the national focal point":
                              # the national body files it
                              r"^[^.;]{0,40}?\b(?:(?:help(?: to)?|may|can) )?(?:prepare|preparan|preparam|preparent|elaboran|"
                              r"elaboram|elaborent) (?:the |la |el |a |o |le |l.)?(?:request|application|proposal|solicitud|"
                              r"propuesta|postulacion|candidatura|pedido|proposta|demande|dossier)s? (?:together )?(?:with|con|"
                              r"junto con|com|avec) (?:the |la |el |a |o |le |l.|their |su |sua |leur )?(?:national|nacional|"
                              r"nationale?|ministr|ministe|state party|estado parte|etat partie)|"
                              # "Las entidades subnacionales pueden ser beneficiarias de proyectos incluidos por el gobierno
                              # nacional": the projects another files
                              r"^[^.;]{0,40}?\b(?:pueden|podran|may|can|podem|poderao|peuvent|pourront) (?:ser|be|etre) "
                              r"(?:beneficiari\w+|beneficiaires|beneficiaries) (?:de|of|des|dos|das|du) (?:los |las |the |les |"
                              r"os |as )?(?:proyectos|projects|projets|projetos|operaciones|operations|operacoes)\b[^.;]{0,40}?"
                              r"\b(?:por|by|par|pel[oa]s?)\b|"
                              # "Subnational agencies may attend only as part of the national delegation"
                              r"^[^.;]{0,40}?\b(?:may|can|pueden|podran|podem|poderao|peuvent|pourront) (?:attend|participate|"
                              r"take part|join|asistir|participar|participer) (?:only|solo|unicamente|apenas|uniquement|"
                              r"seulement) (?:as part of|como parte de|dentro de|au sein de|como parte d[ao]) (?:the |their |a |la |"
                              r"su |sua |leur |une? )?(?:national |nacional |nationale )?(?:delegation|delegacion|delegacao|"
                              r"team|equipo|equipe)\b|"
                              # "local governments may contribute counterpart funding.": that and nothing more
                              r"^\s*(?:may|can|pueden|podran|podem|peuvent) (?:contribute|aportar|contribuir|apporter|provide) "
                              r"(?:\w+ ){0,2}?(?:counterpart|contrapartida|matching|contrepartie)\w*(?: (?:funding|funds|"
                              r"resources|recursos|fondos|fonds))?\s*(?:[.;]|$)|"
                              # "les collectivités locales peuvent être associées aux activités, mais la demande relève de
                              # l'autorité nationale"
                              r"^[^.;]{0,40}?\b(?:peuvent|pourront|pueden|podran|may|can|podem|poderao) (?:etre|ser|be) "
                              r"(?:associee?s|asociad[oa]s|associated|associad[oa]s|involved|involucrad[oa]s) (?:aux?|a las|"
                              r"a los|in the|with the|nas|nos) (?:activites|actividades|activities|atividades|travaux|"
                              r"trabajos|work)\b[^.;]{0,30}?\b(?:mais|pero|but|mas)\b|"
                              # "Local governments … may be executing entities under an accredited entity's proposal"
                              r"^[^.;]{0,80}?\b(?:may|can|pueden|podran|podem|poderao|peuvent|pourront) (?:only )?(?:be|ser|etre) "
                              r"(?:the )?(?:executing entit(?:y|ies)|entidades? ejecutoras?|entidades? executoras?|entites? "
                              r"d.execution) (?:under|within|bajo|dentro de|sob|dans le cadre d)\b|"
                              # "les autorités municipales peuvent être associées aux activités sur invitation du point
                              # focal national": taken in by another's invitation
                              r"^[^.;]{0,80}?\b(?:peuvent|pourront|pueden|podran|may|can|podem|poderao) (?:etre |ser |be )?"
                              r"(?:associ|asociad|involved|invit|convidad|participar|participate|participer)\w*\b[^.;]{0,60}?"
                              r"\b(?:sur invitation|(?:by|on|upon|at) (?:the )?invitation|por invitacion|a invitacion|por convite|"
                              r"mediante (?:invitacion|convite))\b|"
                              # "Las entidades territoriales podrán vincularse solo en alianza con una organización de la
                              # sociedad civil, que actuará como solicitante principal": beside another who applies
                              r"^[^.;]{0,40}?\b(?:podran|pueden|may|can|podem|poderao|peuvent|pourront) (?:vincularse|"
                              r"participar|join|participate|take part|participer|integrar-se|associer) (?:solo |unicamente |"
                              r"only |apenas |seulement |uniquement )?(?:en alianza con|in partnership with|em parceria com|"
                              # ("may take part only jointly with an eligible local organisation, which must be the lead
                              # applicant")
                              r"en partenariat avec|junto a|junto con|together with|jointly with|conjuntamente con|"
                              r"conjointement avec|em conjunto com)\b[^.;]{0,120}?\b(?:solicitante principal|"
                              r"lead applicant|proponente principal|chef de file|requerente principal)|"
                              # "As prefeituras que receberão pilotos serão convidadas pelo BID Lab": chosen by the funder
                              # (not "will be invited by the Secretariat to submit full proposals": applicants after all)
                              r"^[^.;]{0,80}?\b(?:seran|serao|will be|seront) (?:invitad|convidad|invited|invitee)\w* "
                              r"(?:por|pel[oa]s?|by|par)\b(?![^.;]{0,60}\b(?:to (?:submit|present|apply)|a (?:presentar|postular|"
                              r"apresentar|soumettre|presenter|deposer)|para (?:apresentar|presentar))\b)|"
                              # "municipalities may contribute counterpart resources only": they add money to another's project
                              r"^\s*(?:(?:may|can|pueden|podran|podem|peuvent) )?(?:only |solo |unicamente |apenas |seulement )?"
                              r"(?:contribute|aportar|contribuir|aportan|contribuyen|apportent|apporter|provide) (?:\w+ ){0,2}?"
                              r"(?:counterpart|contrapartida|matching|co-?financ|cofinanc|contrepartie)\w*"
                              r"(?: (?:resources|funds|funding|recursos|fondos|fonds))? (?:only|solamente|unicamente|apenas|seulement)\b|"
                              r"^\s*(?:may|can|pueden|podran|podem|peuvent) (?:only|solo|unicamente|apenas|seulement) "
                              r"(?:contribute|aportar|contribuir|apporter|provide) (?:\w+ ){0,2}?(?:counterpart|contrapartida|"
                              r"matching|co-?financ|cofinanc|contrepartie)\w*|"
                              # ("un gobierno local latinoamericano como socio local")
                              # "Las entidades públicas territoriales pueden apoyar como aliadas, sin recibir recursos"
                              r"^[^.;]{0,40}?\b(?:pueden|podran|podem|peuvent|may|can) (?:apoyar|acompanar|support|apoiar|"
                              r"soutenir|colaborar|collaborate) (?:unicamente |solo |only )?(?:como|as|comme|en tant que) "
                              r"(?:an? |una? |des )?(?:soci|aliad|partner|partenaire|parceir|contrapart|colaborador)|"
                              r"^\s*(?:(?:de|del|of|du|da|do|des) (?:[\w-]+ ){0,4}?|(?:latinoamerican[oa]s?|latino-american[oa]s?|"
                              r"latino-americaine?s?|colombian[oa]s?|colombiens?|colombiennes?|extranjer[oa]s?|estrangeir[oa]s?|"
                              r"etrangere?s?) )?(?:como|as|comme|en tant que|enquanto) "
                              # ("con una alcaldía de esos departamentos como aliada obligatoria")
                              r"(?:soci|aliad|partner|partenaire|parceir|contrapart)|"
                              # "les organismes publics et ONG de pays tiers non associés comme la Colombie peuvent être
                              # partenaires": partners of the lead, not applicants
                              r"^[^.;]{0,80}?\b(?:peuvent|pueden|podran|podem|may|can) (?:etre|ser|be|only be) "
                              r"(?:(?:des|les|los|las|as|os)\s+)?(?:partenaires|socios|socias|parceir[oa]s|partners|"
                              # "Las autoridades locales pueden ser entidades asociadas sin recibir fondos"
                              r"(?:entidades|entites|entities|organismos) (?:asociadas|associees|associated|"
                              r"associadas))\b"
                              r"(?!\s+(?:principa\w*|lider\w*|lead\w*))|"
                              # "las alcaldías solo difunden la convocatoria": they spread the word
                              r"^\s*(?:solo|solamente|unicamente|only|apenas|somente|seulement) (?:difunden|promueven|apoyan|"
                              r"acompanan|disseminate|promote|divulgam|diffusent)\b|"
                              # "Las entidades territoriales y las agencias de promoción regional solo pueden apoyar la
                              # difusión": they only help spread the word
                              r"^[^.;]{0,60}?\b(?:solo|solamente|unicamente|only|apenas|somente|seulement|uniquement) (?:pueden|"
                              r"podran|may|can|podem|peuvent) (?:apoyar|support|apoiar|soutenir|acompanar|accompany|acompanhar|"
                              r"accompagner|promover|promote|difundir|disseminate|divulgar|diffuser)\b|"
                              # "Las entidades territoriales pueden participar como fuente de información, no como ejecutoras"
                              r"^[^.;]{0,80}?\b(?:no|not|nao|pas|non) (?:como|as|comme|en tant que) (?:ejecutor|executor|"
                              r"solicitant|postulant|proponent|applicant|lead|porteu|requerent)|"
                              # "las entidades territoriales participan como beneficiarias de la implementación definida por
                              # la Nación": who benefits from what another applies for
                              r"^\s*(?:(?:solo|only|apenas|unicamente|seulement) )?(?:(?:pueden|podran|may|can|podem|peuvent) )?"
                              r"(?:participan?|participate|participam|participent|take part|intervienen) (?:(?:solo|only|"
                              r"unicamente|apenas|seulement) )?(?:como|as|comme|en tant que|enquanto) (?:(?:final|indirect|"
                              r"indirect[oa]s|finales) )?(?:beneficiari|beneficiair|beneficiaries)|"
                              # "… la collectivité colombienne partenaire est associée au projet et signe la convention": a
                              # partner associated with another's project
                              r"^\s*(?:[a-z]+ ){0,2}(?:est|sont|es|son|is|are|e|sao) (?:associee?s?|asociad[oa]s?|associated|"
                              r"associad[oa]s?) (?:au|al|to the|ao) (?:projet|proyecto|project|projeto)\b|"
                              # "Venues, hotels and municipal governments apply through their bureau"
                              r"^\s*(?:apply|submit|postulan|se postulan|presentan|candidatent|apresentam) (?:only )?(?:through|via|"
                              r"a traves de|por medio de|por intermedio de|par l.intermediaire de|por meio de) (?:their|its|su|sus|"
                              r"leur|leurs|seu|sua)\b|"
                              # "local governments must have their proposal prioritised and submitted by that agency"
                              r"^\s*must have (?:their|its) (?:proposals?|applications?|requests?)\b[^.;]{0,40}\bsubmitted by\b|"
                              # "subnational governments are end beneficiaries selected by the ministry": others choose them
                              r"^\s*(?:are|will be) (?:the )?(?:end|final|ultimate) beneficiaries (?:selected|chosen|designated|"
                              r"identified) by\b|"
                              # "Municipalities can benefit only as sites of projects agreed at national level"
                              r"^\s*(?:(?:only|solo) )?(?:can|may|pueden|podran|podem|peuvent) (?:only |solo |apenas )?(?:benefit|"
                              r"beneficiarse|beneficiar-se|beneficier)\b(?! (?:directly|directamente|directement|diretamente))|"
                              # "Los municipios serán beneficiarios indirectos según criterios definidos por el Ministerio"
                              r"^\s*(?:seran|son|serao|sao|seront|sont) (?:(?:los|las|les|os|as) )?(?:(?:final|"
                              r"indirect|indirect[oa]s|finales|ultimate) )?(?:beneficiari|beneficiair|beneficiaries)\w*"
                              r"(?! (?:y|and|e|et) (?:solicitantes|applicants|proponentes|requerentes|demandeurs))|"
                              # "Local governments may be beneficiaries through an accredited entity": who benefits from what
                              # the accredited entity submits
                              r"^\s*(?:may|can|pueden|podran|podem|peuvent) (?:be|ser|etre) (?:final )?(?:beneficiaries|beneficiari[oa]s|"
                              r"beneficiaires) (?:through|via|a traves de|por medio de|por meio de|par l.intermediaire d)|"
                              # "Subnational governments take part only within the national programme"
                              r"^\s*(?:(?:may|can|pueden|podran|podem|peuvent) )?(?:take part|participate|participan?|participam|"
                              r"participent|intervienen) (?:(?:only|solo|unicamente|apenas|seulement) )?(?:within|through|inside|"
                              r"dentro de|a traves de|no ambito de|dans le cadre de|par le biais de) (?:the |their |el |su |sus |o |"
                              r"a |le |leur )?(?:national|nacional|nationale?)\b|"
                              # "Municipalities may host pilots as unfunded partners", "Entidades públicas participam apenas
                              # como cidades anfitriãs dos pilotos, sem inscrição própria": hosts of another's project
                              # ("Las autoridades locales solo podrán intervenir como asociadas, sin recibir fondos")
                              r"^\s*(?:(?:only|solo|apenas|seulement|unicamente) )?(?:(?:may|can|pueden|podran|podem|peuvent) )?"
                              r"(?:(?:only|solo|apenas|seulement) )?(?:host|join|"
                              r"support|participate|take part|acoger|participar|participan|participam|apoyar|sediar|apoiar|"
                              r"accueillir|participent|intervenir|intervienen|intervir|intervenir)\w*(?: [a-z]+){0,2} "
                              r"(?:(?:only|solo|apenas|seulement|unicamente) )?(?:as|"
                              r"como|comme|en tant que) (?:an? |unos? |des )?(?:(?:unfunded|non-funded|associated|knowledge|local|"
                              r"pilot) )?(?:partners?|socios?|parceir[oa]s|partenaires|asociad[oa]s|associad[oa]s|associates|"
                              r"associee?s|hosts?|anfitri\w+|(?:cities|ciudades|"
                              r"cidades|villes) (?:anfitri\w+|hotes|sede|host))\b(?!\s*(?:or|o|ou|y|and|e|et)\s+(?:as\s+|como\s+)?"
                              r"(?:lead|main|principal|solicitantes?|applicants?|proponentes?|candidat\w*))|"
                              # "Las alcaldías deben canalizar sus iniciativas a través de la gobernación": another submits
                              r"^\s*(?:deben|deberan|must|should|have to|devem|doivent) (?:canalizar|channel|route|submit|presentar|"
                              r"enviar|encaminhar|canaliser|passer)\w*\b[^.;]{0,50}?\b(?:a traves de|through|via|por medio de|"
                              r"por meio d[ae]|par l.intermediaire d)\b|"
                              # "government bodies should partner with an eligible organisation, which is the applicant"
                              r"^\s*(?:should|must|may|can|need to|have to|are (?:encouraged|invited) to) (?:only )?"
                              r"(?:partner|team up|work) with (?:an? |one )?(?:(?:eligible|qualifying|registered|local) )?"
                              r"(?:organi[sz]ations?|ngos?|non-?profits?|applicants?|entit(?:y|ies)|partners?)\b|"
                              r"^\s*(?:deben|deberan|pueden|podran|devem|podem|doivent|peuvent) (?:aliarse|asociarse|"
                              r"associar-se|s.associer|fazer parceria) (?:con|com|avec) (?:una? |uma? |une? )?(?:organizaci|ong|entidad|"
                              r"organiza|entidade|organisation|association|asociaci)|"
                              # "Las alcaldías y gobernaciones solo podrán acompañar como aliados sin recibir recursos"
                              r"^\s*(?:(?:y|e|o|and|or) [a-z]+ )?(?:solo |solamente |unicamente |only |apenas )?"
                              r"(?:podran|pueden|podra|puede|may|can|podem|poderao|peuvent) (?:solo |solamente |unicamente |only |"
                              r"apenas )?(?:acompanar|acompanhar|accompany|accompagner|apoyar|support|apoiar) "
                              r"(?:(?:el proceso|the process|o processo) )?(?:como|as|comme|enquanto) "
                              r"(?:aliad|soci|partner|partenaire|parceir|contrapart)|"
                              # "Une collectivité locale peut être partenaire (foncier, permis), mais ne peut pas être
                              # porteuse", "Governos locais podem apenas assinar carta de apoio"
                              r"^\s*(?:(?:locales?|territoriales?|municipales?|locais|locaux) )?"
                              r"(?:may|can|puede|pueden|podra|podran|pode|podem|peut|peuvent|pourra|pourront) "
                              r"(?:only |solo |apenas |seulement |unicamente )?(?:be|ser|etre) (?:an? |una? |une? |uma? )?"
                              r"(?:partners?|partenaires?|soci[oa]s?|parceir[oa]s?|aliad[oa]s?|contrapartes?)\b|"
                              r"^\s*(?:may|can|pueden|podem|peuvent) (?:only |solo |apenas |seulement |unicamente )?"
                              r"(?:firmar|assinar|sign|signer|emitir|issue|provide|aportar|fornecer|fournir) (?:an? |una? |une? |uma? )?"
                              r"(?:cartas?|letters?|lettres?) (?:de |of )(?:apoyo|apoio|support|soutien|aval|endorsement)|"
                              # "…; la alcaldía firma una carta de compromiso": its part told after who presents, in a
                              # clause of its own that ends there
                              r"^\s*(?:firma|assina|signs|signe) (?:una |a |uma |une )?(?:cartas?|letters?|lettres?) (?:de |of )"
                              r"(?:compromiso|compromisso|commitment|engagement|apoyo|apoio|support|soutien)\s*(?:[.;]|$)|"
                              # "municipalities may join only as non-funded stakeholders", "las entidades territoriales
                              # participan como beneficiarias indirectas"
                              r"^\s*(?:(?:may|can|pueden|podran|podem|peuvent) (?:only )?)?(?:join|participate|take part|"
                              r"participan?|participar|participam|participent|participer)\s+(?:only\s+|solo\s+|unicamente\s+|"
                              r"apenas\s+|seulement\s+)?(?:como|as|comme|en tant que|enquanto)\s+(?:non-funded\s+|unfunded\s+)?"
                              r"(?:stakeholders?|beneficiari\w* indirect\w*|indirect beneficiar\w*|observ\w*|"
                              # "Municipal governments may join only as non-funded co-sponsors that provide pilot sites"
                              r"co-?sponsors?|sponsors?|hosts?|co-?patrocinador\w*|anfitrion\w*|anfitri[oõ]\w*)|"
                              # "Les collectivités peuvent être associées comme terrains d'étude, sans financement":
                              # where the research is done, not who applies
                              r"^\s*(?:(?:may|can|pueden|podran|podem|peuvent|pourront) (?:only )?)?(?:be |ser |etre )?"
                              r"(?:associe\w*|asociad\w*|associad\w*|involved|join|participate|take part|participar|participer|"
                              r"participan?|participam|participent)\s+(?:como|as|comme|en tant que|enquanto)\s+(?:(?:an?|des|los|las|"
                              r"os|as|unos|unas) )?(?:terrains?|territorios?|territoires?|sitios?|sites?|casos?|cases?|lieux?|"
                              r"locais|campos?|study (?:sites?|areas?|cases?)|pilot sites?)\b|"
                              # "a public authority may be the project owner but the entry is submitted by the design team"
                              r"^\s*(?:may|can|pueden?|podran?|peu(?:ven)?t|podem|pode)\s+(?:be|ser|etre)\s+(?:the\s+|la\s+|el\s+|"
                              r"le\s+|o\s+|a\s+)?(?:project owners?|owners?|propietari\w*|duen\w*|maitres? d.ouvrage|"
                              r"donos? d[oa] (?:obra|projeto))\b")
# "... in partnership with a Colombian municipality": the partner's place, not the applicant's.
PARTNER_CLAUSE = re.compile(r"\b(?:en partenariat avec|in partnership with|en (?:alianza|asocio|asociacion|colaboracion) con|"
                            r"em parceria com|jointly with|together with|partnering with|twinned with|en hermanamiento con|"
                            # "interested in a formal sister city relationship with a U.S. city"
                            r"(?:relationship|relacion|relacao|relation) (?:with|con|com|avec)|"
                            # "in consortia with at least one municipality from another Nordic country"
                            r"in (?:a )?consorti(?:a|um) with|"
                            # "com pelo menos um parceiro artístico residente na Suíça", "with at least one partner based in"
                            r"(?:with|con|com|avec) (?:at least |al menos |por lo menos |pelo menos |au moins )?(?:one |an? |un |uno |una |um |uma )?"
                            # ("with a UK-based partner": the partner's place in one hyphenated word)
                            r"(?:[a-z-]+ ){0,2}?(?:partner|soci[oa]|aliad[oa]|parceir[oa]|partenaire)s?\b"
                            # (not "co-financed with a partner MDB loan": a lender's loan, not the applicant's partner)
                            r"(?! (?:mdb|bank|development bank|multilateral|dfi|ifi)s?\b)|"
                            r"junto con|conjuntamente con|juntamente com|conjointement avec|"
                            # a document the partner signs: "a letter of commitment from the civil society partner"
                            r"(?:letters?|cartas?|lettres?|declarations?|declaraciones|commitments?|compromisos?|endorsements?|"
                            r"avales?) (?:[a-z]+ ){0,3}?(?:from|de|du|da|do|del) (?:the |its |their |la |el |le |a |o |su |sus |"
                            r"leur |seu |sua )?(?:[a-z-]+ ){0,2}?(?:partner|soci[oa]|aliad[oa]|parceir[oa]|partenaire)s?\b|"
                            # (the subject of its own clause, with its article: not "… par une collectivité française et
                            # sa collectivité partenaire colombienne", which submits jointly)
                            r"(?<!et )(?<!y )(?<!e )(?<!and )(?:la|le|les|el|los|las|a|o|as|os) "
                            r"(?:collectivites?|villes?|communes?|municipalidad(?:es)?|gobiernos? locales?|municipios?|cidades?) "
                            r"(?:partenaires?|socias?|socios?|parceir[oa]s?)\b(?= (?:latino|d.amerique|de america|da america|"
                            r"colombi|etrangere|extranjer|estrangeir))|"
                            # (not "Eurocities member and partner cities": both kinds of the network's members apply)
                            r"(?<!member and )(?<!members and )(?<!member or )"
                            r"(?:their |sus |leurs |seus )?(?:partner|socias?|socios?|partenaires?|parceir[oa]s?|hermanad[oa]s|twin|sister) "
                            r"(?:municipalities|cities|municipios|ciudades|communes|villes|cidades|local governments|gobiernos locales)|"
                            # who pays says nothing of who applies either: "funded by the European Union"
                            r"(?:co-?)?(?:funded|financed|sponsored) by|(?:co)?financiad[oa] (?:por|pela|pelo)|"
                            # nor who backs it: "with the support of ISESCO member states"
                            + _BACKED_BY + r"|"
                            r"con (?:financiacion|financiamiento|recursos) de|(?:co)?finance(?:e|s)? par|com (?:financiamento|recursos) d)"
                            r"[^.;]*")
# A subject that takes part as the applicant's counterpart, with its place: "El gobierno local latinoamericano participa
# como contraparte", "Partner local governments in Latin America take part as partners": the partner's, not the applicant's
PARTNER_SUBJECT = re.compile(r"(?:^|(?<=[.;:]))[^.;:]*?\b(?:participa|participan|takes? part|participates?|participe|participent|"
                             # ("Foreign municipalities …, including Colombia, may join the consortium as a local partner")
                             r"participam|join (?:the|a|an) (?:consortium|project|partnership)|"
                             r"(?:se suman|se unen|integran) (?:al|a un) (?:consorcio|proyecto)) "
                             r"(?:unicamente |solo |only |seulement |apenas )?(?:como|as|comme|en tant que) "
                             r"(?:an? |una? |des |os |as |los |las |the )?(?:local |locales? )?(?:contrapartes?|soci[oa]s?|aliad[oa]s?|partners?|"
                             r"partenaires?|parceir[oa]s?|counterparts?)\b[^.;]*|"
                             # a sentence about the partner: "Le partenaire latino-américain cosigne le projet"
                             r"(?:^|(?<=[.;:]))\s*(?:le|la|les|el|los|las|the|o|a|os|as|each|chaque|cada|its|their|su|sus|"
                             r"leur|leurs|seu|seus) (?:partenaires?|partners?|soci[oa]s?|parceir[oa]s?|contrapartes?|"
                             r"counterparts?)\b[^.;]*")
RESTRICTION = re.compile(
    r"(?:only|solo|solamente|unicamente|exclusivamente|exclusively|reservad[oa]s? (?:a|para)|reserved for|seulement|"
    r"uniquement|apenas|somente|limited to|restricted to|restringid[oa] a|must be (?:based|located|registered|established)|"
    r"deben (?:estar|tener sede)|based in|located in|registered in|established in|incorporated in|residents? (?:of|in)|"
    r"citizens of|residentes en|con sede (?:en|social en)|domiciliad[oa]s en|radicad[oa]s en|establecid[oa]s en|"
    r"ubicad[oa]s en|situe(?:e|es|s)? en|etablie?s? en|sediad[oa]s n[oa]|residentes n[oa]|with (?:their )?headquarters in|"
    r"de los estados miembros|of (?:the )?eu member states|nacionales de|nationals of|u\.s\.(?:-based| (?:citizens|organi[sz]ations|entities|applicants|institutions|nonprofits|non-profits|residents|companies))|estadounidenses|espanol[ae]s|"
    r"francaises|brasileir[oa]s|europe[ao]s|europeennes)"
    r"[^.;:]{0,90}"
)
# Where applicants have their seat: "dont le siège et l'action se situent en France", "con sede en España".
SEAT = re.compile(r"\b(?:dont le siege|ayant (?:leur|son) siege|siege social|con sede|cuya sede|with (?:their |its )?headquarters|"
                  r"headquartered|sediad[oa]s|com sede|registered (?:and headquartered )?in)\b[^.;]{0,80}")
# Where a seat is: "dont le siège est situé sur le bassin Rhône-Méditerranée", "con sede en la provincia de Huesca".
# ("ayant leur siège sur le territoire de la Métropole de Lyon": the place after the territory word)
SEAT_PLACE = re.compile(r"\b(?:sur|dans|en|au|aux|in|within|em|no|na|a)\s+(?:(?:le|la|les|l'|el|the|o|a|un|una|one)\s+)?"
                        r"(?:(?:territoire|territorio|territory)\s+(?:de|du|des|of|del|do|da)\s+(?!(?:(?:la|le|l'|el|the|o|a)\s*)?"
                        r"(?:commune|municipi|municipalit|ville|ciudad|city|cidade|departement|departamento|department))"
                        r"(?:(?:la|le|l'|el|the|o|a)\s*)?)?"
                        r"(?P<place>[a-z][a-z'-]+(?: [a-z'-]+){0,3})")
# Words that say nothing of where: "con sede en el país", "headquartered in an eligible country".
_SEAT_NO_PLACE = re.compile(r"\b(?:pais|paises|country|countries|pays|eligible|elegible|any|cualquier|qualquer|member|miembro|"
                            r"membre|membro|territorio|territory|territoire|region|ciudad|city|ville|cidade|"
                            # "registered in the IDB Cities Network": a network's roll, no place
                            r"network|red|rede|reseau|programme|program|programa|platform|plataforma|"
                            # "con sede en esos mismos departamentos": the places named before
                            r"esos|esas|estos|estas|dichos|dichas|mismos|mismas|those|these|same|said|ces|memes|esses|"
                            r"essas|estes|mesmos|mesmas)\b")
# "con sede en el departamento", "con sede o delegación en el municipio": the funder's own territory, named by its kind
_FUNDERS_OWN = re.compile(r"(?:departamento|department|departement|municipio|municipality|commune|distrito|district)$")


def _seat_place_elsewhere(clause: str, funder: str = "") -> list[str]:
    """The place a seat clause names when it is neither Colombia nor anywhere: a region abroad no list knows.

    A Colombian department or city named there is Colombia (models.colombia reads those), and so is the territory of a
    (folded) funder that names a Colombian department ("Gobernación de Bolívar": "con sede en el departamento")."""
    m = SEAT_PLACE.search(clause)
    if not m or _SEAT_NO_PLACE.search(m.group("place")) or limited_to(clause)[0]:
        return []
    if _FUNDERS_OWN.match(m.group("place")) and departments_named(funder):
        return []
    # the place ends where the clause goes on: "le canton de Genève et travaillant…", "Baden-Württemberg with at least…"
    return [re.split(r"\s+(?:et|and|y|e|ou|or|o|with|con|avec|com|que|qui|that|which|who|for|para|pour|since|desde|"
                     r"depuis)\b", m.group("place"))[0]]


# Places applicants are NOT in, or only pass through: "hors de France", "outside the UK", "via l'ambassade de France".
NOT_APPLICANTS_PLACE = re.compile(r"\b(?:hors d[e']|en dehors d[e']|outside(?: of)?|fuera de|fora d[eoa]s?)\s*(?:la |l.|the |el |o |a )?\w+(?: kingdom| states)?"
                                  # the embassy's country by its full name: "la Embajada de la República Popular China en
                                  # el país de origen", "the Embassy of the People's Republic of China in"
                                  r"|\b(?:ambassades? (?:de|d.|du)|embass(?:y|ies) of|embajadas? de(?:l)?|embaixadas? d[aoe]s?)"
                                  r"(?:\s*(?!(?:en|in|em|dans|no|na|y|and|e|et|o|or|ou|que|which|that|where|donde|onde)\b)[\w'-]+){1,6}"
                                  r"|\b(?:[a-z]\.[a-z]\.|(?!(?:the|a|an|la|el|le|l|o|its|their)\b)\w+) (?:embassy|embassies|consulates?)\b"
                                  # a language is no place: "Japanese-language courses", "cursos de lengua japonesa"
                                  r"|\b\w+-language\b|\b(?:idioma|lengua|langue|lingua) \w+"
                                  # an organisation Colombia belongs to is no place: "the Organization of American States"
                                  r"|\b(?:" + "|".join(re.escape(o) for o in sorted(
                                      (o for o in COLOMBIA_ORGANISATIONS if " " in o or "-" in o), key=len, reverse=True)) + r")\b")
# Where the people a call serves come from, up to the place: "población migrante proveniente de ", "refugees from "
# (shared with the page reader)
MIGRANTS_FROM = (r"\b(?:migra\w*|refugiad\w*|refugees?|refugies|poblacion|population|populacao|personas|people|pessoas)\b"
                 r"[^.;]{0,30}?\b(?:provenientes?|procedentes?|originari[oa]s|oriund[oa]s|from|de origen|venid[oa]s|vindos?|"
                 r"vindas?)\s+(?:de\s+|d[oa]\s+|du\s+|des\s+|of\s+)?(?:la\s+|el\s+|the\s+|l.)?")
# ... nor are the places listed after "outside": "anywhere outside the UK and Ireland", "fuera de España y Portugal",
# nor those of a preference: "preferably one with a sister-city relationship with a Japanese local government"
# Who a grant pays to do the work, and the firms it pays (shared with the page reader): "carried out by a U.S. firm"
CONTRACTED = (r"(?:(?:carried out|performed|conducted|undertaken|realizad[oa]s?|ejecutad[oa]s?|executad[oa]s?|realisee?s?) "
              r"(?:by|por|par|pel[oa])|(?:select|hire|contract|engage|retain)\w*|contratar|seleccionar|contrate|selecione)")
FIRMS = (r"(?:firms?|compan(?:y|ies)|contractors?|consultants?|consultancy|empresas?|firmas?|consultoras?|entreprises?|"
         r"bureaux? d.etudes)")
NOT_APPLICANTS_PLACE = re.compile(r"\b(?:hors d[e']|en dehors d[e']|outside(?: of)?|fuera de|fora d[eoa]s?)\s*(?:la |l.|the |el |o |a )?"
                                  r"\w+(?: kingdom| states)?(?:\s*(?:,|\band\b|\bor\b|\by\b|\bo\b|\be\b|\bet\b|\bou\b)\s*"
                                  r"(?:la |l.|the |el |o |a )?\w+(?: kingdom| states)?){1,3}|"
                                  # an organisation's members left out: "villes situées hors des pays membres de la
                                  # Francophonie", "cities outside the member countries of the OIF"
                                  r"\b(?:hors|en dehors|outside(?: of)?|fuera|fora) (?:des|de los|the|dos|of the)? ?(?:pays|paises|countries|"
                                  r"estados|etats|states) (?:membres|miembros|members|membros)(?: (?:de|of|da|do|du) (?:la |l.|the |el |o )?"
                                  r"[\w-]+)?|"
                                  # a partner's country: "… seeking a U.S. partner", "con un socio español"
                                  r"\b(?:an?|un|una|um|uma|une) [\w.]+ (?:partners?|counterparts?|socio|socia|partenaire|parceir[oa]|"
                                  r"contraparte)\b|"
                                  # the secretariat's seat: "se presentan a través de la Secretaría General en Madrid"
                                  r"\bsecretar\w*(?: [\w-]+){0,3}? (?:en|in|em|a|au) (?:la |el |the |le |l.)?\w+|"
                                  r"\b(?:preferably|preferiblemente|preferentemente|de preferencia|de preference|"
                                  r"preferencialmente|ideally|idealmente)\b[^.;]{0,150}|"
                                  # a government the funder works with: "… ante APC-Colombia, que las prioriza con el Gobierno
                                  # del Japón"
                                  r"\b(?:con|with|avec|com) (?:el |the |le |o )?(?:gobierno|government|governo|gouvernement) "
                                  r"(?:del?|of|do|da|du|de la) (?:the )?\w+|"
                                  # a contractor's country: "the sponsor must select a U.S. firm to carry out the study"
                                  # ("grants go to a U.S. firm selected by the sponsor")
                                  r"\b(?:grants? go(?:es)? to|(?:is|are) awarded to|(?:is|are) paid to) (?:an?|the) "
                                  r"(?:[\w.-]+ ){1,2}?(?:firms?|compan(?:y|ies)|contractors?)\b|"
                                  # ("the study itself is carried out by a U.S. firm", "the sponsor must select a U.S. firm")
                                  r"\b" + CONTRACTED + r" (?:an?|una?|um|uma|une) (?:[\w.-]+ ){1,2}?" + FIRMS + r"\b|"
                                  # the funder's partner countries: "a partner country of German development cooperation",
                                  # "países socios de la cooperación alemana", "pays partenaires de la coopération allemande"
                                  r"\b(?:partner countr(?:y|ies) of (?:the )?\w+ (?:development )?cooperation|"
                                  r"pais(?:es)? (?:socios?|asociados?) de la cooperacion \w+|"
                                  r"pays partenaires? de la cooperation \w+|pais(?:es)? parceiros? da cooperacao \w+)|"
                                  # a sanctions regime: "except in countries subject to U.S. sanctions"
                                  r"\b(?:subject to|under|sujetos? a|sob|sous) (?:the )?(?:[\w.]+ ){0,2}?sanctions|"
                                  # a country framework named after both partners: "Marco de Asociación País España–Colombia"
                                  r"\bmarco de asociacion(?: pais)? \w+|"
                                  # a currency: "a detailed budget in Canadian dollars", "en dólares canadienses"
                                  r"\b\w+ (?:dollars?|pesos|francs?)\b|\b(?:dolares|dollars|pesos|francos|francs|dolares) \w+|"
                                  # a calendar: "completed within the Canadian fiscal year"
                                  r"\b\w+ (?:fiscal|financial|budget) year\b|\b(?:ano|ejercicio|exercice|exercicio) (?:fiscal|"
                                  r"financier|financiero|presupuestal) \w+|"
                                  # where the people served come from: "que acojan población migrante proveniente de
                                  # Venezuela", "hosting migrants from Venezuela"
                                  + MIGRANTS_FROM + r"\w+|" + NOT_APPLICANTS_PLACE.pattern)
# Where the projects run ("ayuntamientos españoles para proyectos en Colombia") is not where applicants must be.
# ("des pays d'intervention de l'AFD en Amérique latine : Argentine, Colombie…": the countries where the funder works are
# the countries open, not a project's place)
PROJECT_PLACE = re.compile(r"\b(?<!porteurs de )(?<!porteur de )(?<!porteurs du )(?<!porteur du )(?<!pays d')(?<!paises de )"
                           r"(?<!countries of )(?:proyectos?|projects?|projets?|projetos?|intervenciones|interventions?|acciones|actions?|"
                           r"iniciativas|initiatives?|development work|trabajo)\b"
                           # ("project sponsors in Colombia": who applies)
                           r"(?! (?:sponsors?|promoters?|owners?|holders?|developers?|proponents?|leaders?)\b)"
                           r"[^.;]{0,40}?\b(?:en|in|au|aux|na|no|nos|em|dans)\s+"
                           r"[^.;]{0,80}")
# Who must lead: "the lead applicant must be a European local authority" restricts the place whatever partners may join.
LEAD_RESTRICTION = re.compile(
    r"\b(?:lead applicant|lead partner|coordinator|main applicant|solicitante principal|entidad solicitante|chef de file|"
    r"porteur (?:du projet|de projet|principal)|proponente principal|coordenador)s? (?:must be|shall be|has to be|debe ser|debera ser|"
    # (up to a country list's "(including Colombia)" at its end)
    r"doit etre|devra etre|deve ser|devera ser)[^.;]{0,80}(?:[^.;()]{0,40}\([^.;()]{0,40}\))?"
    r"|\b(?:(?:must|shall|has to|have to) be led by|deben? ser liderad[oa]s? por|doi(?:t|vent) etre porte(?:e|s|es)? par|"
    r"devem? ser liderad[oa]s? por)[^.;]{0,80}"
    # the research grant's host: "provided the host institution is located in an EU Member State"
    r"|\b(?:host institution|institucion (?:de acogida|anfitriona)|institution d.accueil|instituicao (?:de acolhimento|"
    r"anfitria))s? (?:is|are|must be|shall be|esta|este|debe estar|doit etre|est|deve estar|esteja) (?:located|based|"
    r"established|ubicad[oa]|situee?|localizad[oa]|etablie?)[^.;]{0,80}"
    # who submits, said of the application: "la solicitud la presenta exclusivamente un ente local catalán"
    r"|\b(?:(?:la|las) )?(?:solicitud(?:es)?|propuestas?|postulacion(?:es)?|candidaturas?) (?:(?:la|las) )?"
    r"(?:presentan?|(?:debe|deben|debera|deberan) presentar(?:la|las)?|(?:debe|deben|debera|deberan) ser presentad[oa]s? por|"
    r"(?:es|son) presentad[oa]s? por|se presentan? (?:por|a traves de)) "
    r"(?:exclusivamente|unicamente|solo|solamente)\b[^.;]{0,80}"
    r"|\b(?:solicitud(?:es)?|propuestas?|postulacion(?:es)?|candidaturas?) (?:(?:es|son|debe ser|deben ser|sera|seran) )?"
    r"presentad[oa]s? (?:exclusivamente|unicamente|solo|solamente) por[^.;]{0,80}"
    r"|\b(?:applications?|proposals?|submissions?) (?:(?:are|is|must be|shall be|may be|can be|will be) (?:only |exclusively |solely )?"
    r"(?:submitted|presented|made|lodged|filed) (?:only |exclusively |solely )by|may only be (?:submitted|made) by)[^.;]{0,80}"
    r"|\b(?:la demande|les demandes|le dossier|les dossiers|la candidature|les candidatures) (?:est|sont|doit etre|doivent etre) "
    r"(?:presentee?s?|deposee?s?|portee?s?|soumise?s?) (?:exclusivement|uniquement|seulement) par[^.;]{0,80}"
    r"|\b(?:a proposta|as propostas|a candidatura|as candidaturas) (?:e|sao|deve ser|devem ser) (?:apresentad|submetid)[oa]s? "
    r"(?:exclusivamente|apenas|somente) (?:por|pel[oa]s?)[^.;]{0,80}")
# A clause that says who alone may apply ("However, only municipalities located in EU member states can act as lead
# applicants"): its place or kind overrides open wording elsewhere, wherever it stands (often the last sentence).
EXCLUSIVE = re.compile(
    r"(?<!\bnot )(?<!\bno )(?<!\bnao )(?<!\bnon )\b(?:only|solely|exclusively|solo|solamente|unicamente|exclusivamente|seul(?:e|s|es)?|"
    r"seulement|uniquement|exclusivement|apenas|somente|exclusivamente|limited to|restricted to|reserved (?:for|to)|"
    r"reservad[oa]s? (?:a|para)|restringid[oa]s? a|reservee?s? aux?)\b[^.;:]{0,100}"
    # what every applicant must be: "Applicants must be registered in an EU Member State"
    r"|\b(?:(?:lead |main )?applicants?|solicitantes?|postulantes?|proponentes?|candidat[oa]s?|candidats?|porteurs?(?: de projets?)?|"
    r"demandeurs?|entidades solicitantes) (?:must|shall|deben|deberan|debe|debera|doivent|devront|doit|devra|devem|deverao|deve|devera) "
    r"[^.;:]{0,100}")
# languages are no places: "proposals only in Spanish or English"
# Language names (folded), shared with the page reader: "in French", "Working language English", "en français"
LANGUAGE_NAME = (r"(?:francais|french|frances|portuguese|portugues|portugais|spanish|espanol|espagnol|english|anglais|ingles|"
                 r"german|aleman|allemand|italian|italiano|italien|arabe|arabic|dutch|neerlandes|swedish|sueco|danish|danes|"
                 r"finnish|finlandes|polish|polaco|czech|checo|norwegian|noruego|irish)")
_LANGUAGE = re.compile(r"\b(?:in|en|em)\s+" + LANGUAGE_NAME + r"\b(?:\s*(?:,|or|and|y|o|ou|et|e)\s*\w+)*|"
                       # "Working language English with Spanish interpretation"
                       r"\b(?:working |official )?(?:languages?|idiomas?|langues?|linguas?)(?: de trabajo| de travail)?:?\s+"
                       + LANGUAGE_NAME + r"\b(?:\s*(?:,|or|and|with|y|con|o|ou|et|e|avec|com)\s*\w+)*|"
                       r"\b" + LANGUAGE_NAME + r" (?:interpretation|translation|subtitles|interpretacion|traduccion)|"
                       # "educational institutions outside Japan that teach Japanese": the language taught
                       r"\b(?:teach|teaches|teaching|ensenan?|enseignent|enseigne|ensinam?)\s+(?:" + LANGUAGE_NAME
                       + r"|japanese|japones|japonais|korean|coreano|coreen|chinese|chino|chinois|mandarin|russian|ruso|russe)\b|"
                       # "Institutions … that run Japanese courses": the language taught
                       r"\b(?:" + LANGUAGE_NAME + r"|japanese|korean|chinese|mandarin|russian)(?:[- ]language)? (?:courses?|"
                       r"classes|lessons|teaching|education|studies|instruction|teachers?)\b|"
                       # "a good command of English or Spanish", "dominio del español o del inglés"
                       r"\b(?:command|proficiency|knowledge|fluency|dominio|conocimiento|manejo|maitrise|conhecimento|"
                       r"proficiencia)\s+(?:of|in|del?|da|do|en|em)\s+(?:the\s+|el\s+|la\s+|o\s+|l.)?" + LANGUAGE_NAME
                       + r"\b(?:\s*(?:,|or|and|y|o|ou|et|e|del|de)\s*\w+)*")
_EXCLUSIVE_ABOUT_APPLICANTS = re.compile(r"\b(?:applicant|solicitant|postul|candidat|proponent|apply|aplicar|submit|present|deposer|"
                                         # "Les porteurs de projet doivent être des associations"
                                         r"porteu|"
                                         r"accept|acept|propos|propuest|request|solicitud|demande|pedido|"
                                         r"apresent|particip|eligib|elegib|benefici)\w*")
_EXCLUSIVE_OTHER_ROLE = re.compile(r"\b(?:partner|soci[oa]s?|aliad|contrapart|partenaire|parceir|co-?applicant|associate|visit|"
                                   # "arts organisations and artists can only be named as collaborators"
                                   r"collaborat|colaborador|collaborateur|"
                                   # "podrán participar únicamente como proveedores contratados por la entidad beneficiaria"
                                   r"proveedor|supplier|fournisseur|fornecedor|contratad|contracted|subcontract|"
                                   # "involve local stakeholders (universities, business, civil society)"
                                   r"involv|involucr|stakeholder|"
                                   # "applicants must commit to co-create the plan with at least one civil society organisation"
                                   r"co-?creat|co-?crea|cocrea|with at least|con al menos|avec au moins|com pelo menos|"
                                   # "Applicants must identify at least one civil society organisation that will co-lead"
                                   r"co-?lead|(?:identify|name|designate|identificar|designar) (?:at least|al menos) |"
                                   # "Las empresas privadas solo podrán beneficiarse de manera indirecta, como oferentes"
                                   r"indirect|"
                                   r"language|idioma|langue|lingua|written|redactad|escrit|redige|one (?:application|proposal)|"
                                   r"una (?:solicitud|propuesta|postulacion)|experien|expert|know-how|savoir-faire|"
                                   r"practic|pratiq|modelo|model)\w*")
# ... there a singular demonym names the applicant's country ("un ayuntamiento español"), not a language.
LEAD_DEMONYM = _rx(r"espanol(?:a|es|as)?", r"catalan(?:a|es|as|s)?", r"vasc[oa]s?", r"andaluz(?:a|as|es)?", r"valencian[oa]s?",
                   r"galleg[oa]s?", r"frances(?:a|es|as)?", r"francaises?", r"french", r"aleman(?:a|es|as)?", r"italian[oa]s?",
                   r"europe[oa]s?", r"brasileir[oa]s?", r"brasilen[oa]s?", r"portugues(?:a|es|as)?", r"german", r"british",
                   r"allemandes?", r"italiennes?", r"europeennes?", r"european", r"eu", r"lusofon[oa]s?", r"lusophones?",
                   r"brazilian", r"spanish", r"portuguese", r"italian", r"mexican[oa]?", r"mexicaine?", r"canadian")
# Cities that are "intermediate" (UCLG: 50,000 to 1 million people) when a call names no figure of its own.
_TOWNS = r"(?:cities|ciudades|cidades|villes|municipalities|municipios|communes|towns|localities)"
_SIZES = (r"(?:intermedi\w+|secondary|medias|small(?:er)?(?: and medium(?:-sized)?)?|medium(?:-sized)?(?: and small)?|"
          r"pequen[oa]s(?: (?:y|e) median[oa]s)?|median[oa]s(?: y pequen[oa]s)?|petites(?: et moyennes)?|moyennes)")
INTERMEDIATE_CITIES = re.compile(
    r"\b(?:" + _TOWNS + r" " + _SIZES + r"|" + _SIZES + r" " + _TOWNS + r"|" + _TOWNS
    + r" (?:de )?(?:pequeno|medio|pequeno (?:e|y) medio|mediano) (?:porte|tamano)|villes de taille (?:petite|moyenne|intermediaire))\b"
    r"(?! (?:y|and|e|et|o|or|ou) (?:grandes?|large|big|major|metropol\w*|megacit\w*))"
    # ("con equilibrio entre capitales y ciudades intermedias": both kinds, in a balance)
    r"(?<!\bcapitales y ciudades intermedias)(?<!\bcapitals and intermediate cities)(?<!\bcapitais e cidades intermediarias)")
INTERMEDIATE_MAX = 1_000_000
# A title that says who the call is for: "Becas para estudiantes", "Grants for SMEs", "Prix pour les jeunes artistes".
_FOR = r"(?:para|for|pour|dirigid[oa]s? a|destinad[oa]s? a|aimed at|open to)\s+(?:(?:las|los|la|el|les|the|des|os|as|o|a)\s+)?"
TITLE_AUDIENCE = re.compile(
    _FOR + r"(?:\w+\s+)?(?:" + "|".join(p.pattern[5:-3] for p in (COMPANIES, INDIVIDUALS, ORGANISATIONS)) + r")\b"
    r"|^(?:becas?|scholarships?|bolsas?|bourses?|fellowships?)\b(?!.*\b(?:city|cities|municipal\w*|gobiern\w*|alcald\w*))")
# A call addressed to cities in its title or summary: "Subvención para ciudades", "Call for cities", "appel aux villes".
CITIES_ADDRESSED = re.compile(r"\b(?:" + _FOR + r"|(?:call|convocatoria|llamado|appel|chamada|chamamento) (?:for|a|aux|para|de) "
                              r"(?:(?:las|les|as|the)\s+)?)(?:\w+\s+)?(?:ciudades|cities|villes|cidades)\b")
# Proposals go through a national body, not from the city: "deben ser presentadas por la APC-Colombia / por vía diplomática".
NATIONAL_CHANNEL = re.compile(
    # "Las solicitudes se reciben … únicamente a través del Ministerio de Hacienda": a ministry the only way in
    r"\b(?:unicamente|solamente|exclusivamente|only|exclusively|uniquement|apenas|somente) (?:a traves|por medio|through|via|"
    r"par l.intermediaire|por meio|por intermedio) (?:del?|of the|of|the|du|de la|do|da) ?(?:ministerio|ministry|ministere)\b|"
    # "Cada gobierno nacional de un Estado miembro de la región puede postular una ciudad"
    r"\b(?:each|cada|chaque) (?:national government|gobierno nacional|governo nacional|gouvernement national)\b[^.;]{0,60}?"
    r"\b(?:may|can|puede|podra|pode|peut) (?:nominate|postular|propose|proponer|indicar|designar|presentar)\b|"
    # the nation borrows: "El prestatario es la República de Colombia, representada por el Ministerio de Hacienda"
    # ("El prestatario es exclusivamente el gobierno nacional")
    r"\b(?:el prestatario (?:es|sera) (?:exclusivamente |unicamente |solo )?(?:la (?:republica|nacion)|el gobierno (?:nacional|"
    r"central))|the borrower (?:is|will be) the (?:republic|nation|national "
    r"government|central government)|o mutuario (?:e|sera) a (?:republica|uniao)|l.emprunteur (?:est|sera) (?:la republique|"
    r"l.etat))\b|"
    r"\b(?:deben? (?:ser )?(?:presentad\w+|remitid\w+|canalizad\w+|tramitad\w+|enviad\w+|nominad\w+(?= por))|must be (?:submitted|"
    r"channell?ed|sent|nominated(?= by)|"
    r"endorsed and submitted|channell?ed and endorsed|submitted and endorsed)|"
    # "Subnational governments … must route their needs through the national entity"
    r"(?:must|deben|devem|doivent) (?:route|channel|canalizar|tramitar|encaminhar|acheminer)\w*(?: \w+){0,3}?|"
    r"devem ser (?:apresentad\w+|encaminhad\w+|enviad\w+)|doivent etre (?:presentee?s?|soumise?s?|deposee?s?|transmise?s?)|"
    r"se (?:presentan|canalizan|tramitan) (?:unicamente|solo|exclusivamente)|(?:are|is) (?:only )?submitted|"
    r"(?:must|shall) come|deben provenir|doivent provenir|devem vir|"
    # "Clubs, schools and local authorities should apply through their national union"
    r"(?:should|must|shall|deben|deberan|devem|doivent) (?:apply|submit|postular\w*|aplicar|presentar\w*|solicitar|"
    r"candidatar\w*|postuler|deposer)|"
    # "Subnational governments may be involved through the national request": a part in the country's request
    r"(?:may|can|pueden|podran|podem|peuvent) (?:only )?(?:be involved|participate|take part|participar|participer|"
    r"ser involucrad\w+|estar involucrad\w+|ser associ\w+)|"
    # "City tourism bureaus take part through their national tourism organisation's delegation"
    r"(?:take part|participate|participan|participam|participent)|"
    # "Las solicitudes solo pueden ser presentadas por los organismos rectores", "can only be submitted by"
    r"(?:solo|unicamente|exclusivamente) (?:pueden|podran) ser (?:presentad|remitid|tramitad)\w+|"
    r"(?:can|may) only be submitted|(?:can|may) be submitted(?= only\b)|"
    # "As propostas são apresentadas pelos governos nacionais", "proposals are submitted by national governments"
    r"(?:propuestas|solicitudes|propostas|proposals|applications|propositions|demandes) (?:son|sao|are|sont) "
    r"(?:presentad|apresentad|submitted|presentee|soumise)\w*|"

    # "only one application per country will be accepted, submitted by the national focal point"
    r",\s*(?:submitted|channell?ed|presentad[oa]s?|canalizad[oa]s?|apresentad[oa]s?|soumis(?:es?)?|transmis(?:es?)?))\s+"
    r"(?:(?:unicamente|solo|exclusivamente|only|exclusively|apenas|uniquement)\s+)?"
    r"(?:por|by|through|pelos|pelas|pelo|pela|por meio d[oa]|par|via|a traves de|por conducto de|"
    # "Requests must come from the national focal point", "deben provenir del Ministerio de Ambiente"
    r"(?<=must come )from|(?<=shall come )from|(?<=provenir )de|(?<=provenir )del|(?<=provenir )d.|(?<=devem vir )d[oa])\s*(?:(?:el|la|los|the|o|a|l|le|les)\s+|l.)?"
    r"(?:[\w-]+\s+){0,6}?(?:nacional|nacionales|nacionais|national|nationale|nationales|nationaux|national designated|"
    # ("Les demandes sont présentées par l'État partie"): the State Party to a convention
    r"apc|apc-colombia|cancilleria|diplomatic\w*|etat partie|estado parte|state party|estado-parte|"
    # (not "the focal point of a designated UNESCO Creative City": the city's own)
    # ("deben provenir de los puntos focales gubernamentales de los países miembros")
    r"diplomatica|diplomatique|embaixada|embajada|embassy|ambassade|(?:focal points?|puntos? focal(?:es)?|pontos? foca(?:l|is))"
    r"(?! (?:of|de|da|do|du) "
    r"(?:(?:the|a|an|each|la|una|cada|uma|o|une|le) )?(?:[\w-]+ ){0,4}?(?:cit(?:y|ies)|ciudad(?:es)?|cidades?|villes?|municip\w*|"
    r"local governments?))|gobierno central|central government|"
    r"governo federal|ministerio de relaciones exteriores|ministry of foreign affairs|ministerio|ministry|ministere|ministerios|ministries|"
    # "must be nominated by the government of an IRENA Member State"
    r"(?:government|gobierno|governo|gouvernement) (?:of|de|do|du) (?:the |an? |su |its |their |each |cada |um |uma |un |una )?"
    r"(?:[\w-]+ ){0,2}?(?:member state|estado miembro|estado membro|etat membre|country|pais|pays)|"
    # a country's designated entity or its cooperation's governing body: "the NDE", "los organismos rectores de la cooperación"
    r"nde|nda|designated entit(?:y|ies)|designated authorit(?:y|ies)|organismos? rectores? de (?:la )?cooperacion|"
    # "pelas agências de cooperação dos países parceiros (no caso da Colômbia, a APC-Colombia)"
    r"agencias? de cooperac(?:ao|ion)|agences? de cooperation|cooperation agenc(?:y|ies)|"
    # "devem ser apresentadas pelo governo do país solicitante, por via diplomática"
    r"(?:governo|gobierno|government|gouvernement) (?:do|del|of the|du) (?:pais|country|pays))\b")
# A course or fellowship for officials nominated by their own institution: the city nominates its staff even when
# the nominations travel through APC-Colombia or an embassy.
_OFFICIALLY = r"(?:(?:officially|formally|oficialmente|formalmente|officiellement|formellement|in writing|por escrito) )?"
STAFF_NOMINATED = re.compile(
    r"\b(?:(?:nominated|endorsed|proposed|recommended) " + _OFFICIALLY
    + r"by (?:their|his or her|the) (?:own )?(?:employing )?(?:government )?"
    # (not "nominated by the government of an IRENA Member State": a country's, the national channel)
    r"(?:organi[sz]ations?|institutions?|governments?(?! of )|employers?|agenc(?:y|ies))|"
    r"(?:postulad|nominad|avalad|designad|propuest)[oa]s? "
    + _OFFICIALLY + r"por (?:su|sus|la) (?:propia )?(?:entidad|institucion|"
    r"organizacion|empleador|gobierno|alcaldia|municipio|municipalidad|ayuntamiento)\w*|(?:indicad|nomead)[oa]s? " + _OFFICIALLY + r"(?:por|pela|pelo) (?:sua|seu|a|o) (?:propria )?(?:instituicao|"
    r"organizacao|orgao|entidade|governo)|(?:designe|propose|presente)e?s? " + _OFFICIALLY + r"par (?:leur|son|sa|l.) (?:propre )?(?:institution|"
    r"organisation|administration|gouvernement|employeur)|"
    # "la entidad pública …, que podrá nominar hasta dos funcionarios de planta": the entity puts its officials forward
    r"(?:que|which|who|qui) (?:podra|podran|puede|pueden|may|can|pourra|pourront|podera|poderao|pode|podem) (?:nominar|"
    r"postular|proponer|designar|nominate|propose|designate|nommer|proposer|designer|indicar) (?:hasta |up to |jusqu.a |"
    r"ate )?(?:\w+ )?(?:funcionari|servidor|staff|officials|agents|fonctionnaires|tecnic)|"
    # "La postulación es individual, pero exige el patrocinio formal de la institución en la que se trabaja"
    r"(?:exige|requiere|requires?|with|con|mediante|com|avec) (?:el |la |the |o |a )?(?:formal |written )?(?:patrocinio|aval|"
    r"respaldo|sponsorship|endorsement) (?:formal |oficial |written |institucional )?"
    r"(?:de|of|da|do) (?:la |su |the |their |a |sua )?(?:institucion|entidad|organizacion|institution|organi[sz]ation|"
    r"employer|instituicao|entidade)|"
    # "una carta de la institución que postula al funcionario": the entity that puts its official forward
    r"(?:institucion|entidad|organizacion|instituicao|entidade|organizacao|institution|organisation)(?:es)?(?: publica)?,? "
    r"(?:que|qui) (?:postula|nomina|avala|propone|designa|indica|presenta|propose|designe|presente)\b|"
    # "hasta dos técnicos por ciudad, designados por el alcalde": the mayor puts the city's staff forward
    r"(?:postulad|nominad|avalad|designad|propuest|indicad)[oa]s? (?:por|pel[oa]) (?:el |la |o |a )?(?:alcalde|alcaldesa|"
    r"prefeit[oa]|presidente da camara)|(?:nominated|designated|proposed|endorsed) by (?:the|their|its) mayor|"
    r"designee?s par (?:le|leur) maire|"
    r"carta de (?:aval|respaldo|postulacion|apoyo) (?:de|del) (?:su |la |el )?(?:alcalde|alcaldesa|alcaldia)|"
    # "funcionarios propuestos por las ciudades capitales miembros de la UCCI": the member cities put their staff forward
    r"(?:postulad|nominad|avalad|designad|propuest|indicad)[oa]s? (?:por|pel[oa]s?) (?:las |los |sus |su |la |el |as |os )?"
    r"(?:ciudades|cidades|municipios|gobiernos locales|governos locais|alcaldias|prefeituras)\b|"
    r"(?:nominated|designated|proposed|endorsed) by (?:the |their |its )?(?:cities|city governments|municipalities|"
    r"local governments)\b|"
    # "with their employer's nomination", "sponsored by the employing organisation", "recomendados por escrito por su
    # institución empleadora", "avec l'accord de l'employeur"
    r"with (?:their|his or her|the) employer.s (?:nomination|endorsement)|"
    # "with a letter of nomination from their employer"
    # ("Senior officials of city governments … apply individually, with a letter of endorsement from their mayor")
    r"(?:an? |the )?letter of (?:nomination|endorsement|support) from (?:their|his or her|the) (?:mayor|city manager|"
    r"employer|employing (?:organi[sz]ation|institution|agency|body))|"
    r"(?:sponsored|nominated|endorsed) by the employing (?:organi[sz]ation|institution|agency|body)|"
    r"recomendad[oa]s (?:por escrito )?por (?:su|la) (?:institucion|entidad) (?:empleadora|en la que trabaj\w+)|"
    r"avec l.accord de (?:l.|leur )employeur|"
    # "postulación individual con aval de la entidad", "requiere carta aval de la entidad empleadora"
    r"(?:con|requiere) (?:el |una )?(?:aval|carta(?: aval)?|respaldo|carta de respaldo) (?:de|del?) (?:la|su) (?:entidad|"
    r"institucion|empleador)(?: empleadora)?|"
    # "each institution may nominate up to two candidates", "que la entidad presenta en su nombre"
    r"(?:each|every|cada) (?:institution|entity|entidad|institucion|organi[sz]ation|agency|agencia) (?:may|can|puede|podra) "
    r"(?:nominate|postular|designar|nominar)|(?:la|su) entidad (?:presenta|postula) en su nombre|"
    # "Each application must be endorsed by the nominating organisation"
    r"(?:endorsed|signed|submitted) by the nominating (?:organi[sz]ation|institution|body|agency|authority)|"
    # "La entidad pública empleadora debe nominar al candidato", "the employing institution must nominate"
    r"(?:entidad|institucion|entidade|instituicao|employing (?:institution|organi[sz]ation|agency|body)|employer|employeur)"
    r"(?: publica)?(?: empleadora| empregadora)? (?:debe|debera|must|shall|deve|devera|doit) (?:nominar|postular|avalar|"
    r"nominate|endorse|indicar|designer|proposer)\b)")
# Public officials, whoever employs them: "servidores públicos", "funcionarios", "public officials", "fonctionnaires"
PUBLIC_STAFF = _rx(r"funcionari[oa]s(?: publicos)?", r"servidor(?:es|as) publicos?", r"servidora? public[oa]", r"servidores", r"(?:public|government) officials",
                   # "hasta dos técnicos por ciudad", "two officials per city"
                   r"(?:tecnic[oa]s|profesionales|officials|staff members|technicians) (?:por|per) (?:ciudad|city|municipio|cidade)",
                   r"civil servants", r"public servants", r"officials", r"fonctionnaires", r"agents publics",
                   # "professionals from municipalities", "working professionals from government organisations"
                   r"(?:working )?professionals from (?:municipalities|government (?:organi[sz]ations|bodies|agencies))",
                   # "employees of public institutions", "empleados de entidades públicas", "staff of public bodies"
                   r"(?:employees|staff|empleados|trabajadores|funcionarios|empregados|salaries|personnel) (?:of|de|from|dos|das|des) "
                   r"(?:public|government|publicas|publicos|publiques)? ?(?:institutions|entities|bodies|agencies|organi[sz]ations|"
                   r"administrations|instituciones|entidades|organismos|instituicoes|orgaos|institutions|administraciones)"
                   r"(?: (?:publicas|publicos|public|publiques))?",
                   # "técnicos que trabajen en administraciones públicas", "professionals working in public administrations"
                   r"(?:[a-z]+ (?:y|e|and|et) )?(?:ingenier[oa]s|tecnic[oa]s|profesionales|profissionais|professionals|staff|"
                   r"engineers|technicians|cadres|professionnels) (?:que trabajen|que trabajan|que trabalhem|working|employed|"
                   r"qui travaillent) (?:en|in|em|dans) (?:las |the |les |as )?(?:public )?(?:administraciones|administracoes|administrations|"
                   r"entidades|instituciones|institutions|public bodies|organismos)(?: (?:publicas|publicos|public|publiques))?",
                   # "employees of a national, departmental or municipal public institution"
                   r"(?:employees|staff|empleados|funcionari[oa]s) (?:of|de) (?:an? |una? )?(?:[a-z]+,? (?:or |o )?){0,4}"
                   r"(?:public|publica) (?:institution|entity|body|institucion|entidad)",
                   # "profesionales de instituciones culturales públicas", "con empleo en una entidad pública"
                   r"(?:profesionales|profissionais|professionals|professionnels) (?:de|from|of|des|da|dos) (?:instituciones|"
                   r"entidades|institutions|instituicoes) (?:[a-z]+ )?(?:publicas|public|publiques)",
                   r"(?:profesionales|profissionais|professionals|professionnels)(?: [a-z]+)? (?:con empleo|employed|com emprego|"
                   r"empleados|que trabajen) (?:en|in|em|dans) (?:una |an? |uma |une )?(?:entidad|institucion|organismo|entity|"
                   r"institution|body|entidade|instituicao|organisme) (?:publica|public|publique)")
# a local level beside the national one: "administraciones públicas nacionales, regionales o locales"
# ("una entidad pública colombiana (nacional o territorial)": Colombia's territorial level is the local one)
_LOCAL_LEVEL_TOO = _rx(r"locales", r"local", r"locais", r"locaux", r"municipales", r"municipal", r"municipais", r"municipaux",
                       r"territorial", r"territoriales", r"subnacionales", r"subnacionais", r"subnational", r"infranationa(?:les|ux)")
# "invita a entidades públicas a postular funcionarios", "may nominate up to two officials", "indicar servidores",
# "désigner des fonctionnaires": a body puts its own staff forward
NOMINATES_STAFF = re.compile(r"\b(?:postular|postulen|postulan|postula|nominate|nominates|nominar|nominen|indicar|indiquem|indicam|"
                             r"designar|designen|designer|designent|designe|proposer|proposent)\s+(?:[a-z']+\s+){0,3}?(?:"
                             + PUBLIC_STAFF.pattern[5:-3] + r")\b")
# a level above the city: "entidades del orden nacional", "national ministries", "órgãos federais"
_NATIONAL_LEVEL = _rx(r"nacional(?:es)?", r"national", r"nationa(?:ux|les?)", r"nacionais", r"federa(?:l|les|is|ux)",
                      r"central(?:es)?", r"ministr\w*", r"ministere\w*")


# the national body nominations travel through, not the level of the staff: "endorsed through the national cooperation
# agency (APC-Colombia)"
_NATIONAL_CHANNEL = re.compile(r"\b(?:through|via|by|a traves de|por medio de|por|pela|par) (?:the |la |el |a |l.)?(?:national "
                               r"(?:cooperation (?:agency|agencies)|focal points?)|agencia (?:presidencial )?(?:nacional )?de "
                               r"cooperacion(?: internacional)?(?: nacional)?|agence nationale de cooperation|punto focal nacional|"
                               r"point focal national|agencia brasileira de cooperacao)\b")


def staff_nominated_by_their_entity(text: str) -> str | None:
    """'Servidores públicos postulados por su entidad', 'public officials nominated by their government', 'fonctionnaires
    désignés par leur administration': the public body nominates its own staff, and an alcaldía is a public body (not when
    the staff is a national body's only, nor when officials apply individually)."""
    staff, nominated = PUBLIC_STAFF.search(text), STAFF_NOMINATED.search(text)
    if staff and nominated and (not _NATIONAL_LEVEL.search(_NATIONAL_CHANNEL.sub(" ", text)) or _LOCAL_LEVEL_TOO.search(text)) \
            and not INDIVIDUAL_APPLICATION.search(text):
        return f"{staff.group(0)} … {nominated.group(0)}"
    return None
# National capitals only ("ciudades capitales", "capital cities"): of the Colombian cities only Bogotá; department capitals are not meant.
CAPITALS_ONLY = re.compile(
    r"\b(?:ciudades capitales|capitales (?:nacionales|de (?:los )?paises|iberoamericanas|latinoamericanas)|capital cities|"
    r"capitales de (?:america latina|iberoamerica|la region)|capitals of (?:latin america|ibero-?america|the region)|"
    r"capitais (?:ibero-?americanas|latino-?americanas|da america latina)|capitales (?:d.amerique latine|latino-americaines)|"
    r"national capitals|villes capitales|capitales nationales|cidades capitais|capitais nacionais)\b"
    # ("capitales de Estado de los países iberoamericanos": a State is a country there)
    r"(?! (?:de (?:departamento|provincia|estado(?! de (?:los |sus )?(?:paises|estados)\b))|"
    r"departamentales|regionales|provinciales|and (?:other|large|major|intermediate)|"
    r"y (?:otras|grandes|ciudades|municipios)|of (?:departments|provinces|states)|e outras|et autres|"
    # ("Gobiernos de ciudades capitales o distritos de América Latina": districts too, Colombia's among them)
    r"(?:o|or|ou|y|and|e|et) (?:los |las |the |os |les )?(?:distritos|districts|distritos especiales)|"
    # "un equilibrio entre ciudades capitales e intermedias": capitals as one kind beside others
    r"(?:y|e|and|et) (?:intermedias|intermediate|intermediarias|intermediaires|secondary|secundarias|medianas|"
    r"medias|pequenas|small(?:er)?)))")
NATIONAL_CAPITAL = "11001"
# National capitals left out ("except national capitals", "con excepción de las capitales nacionales"): Bogotá is out.
CAPITALS_EXCEPTED = re.compile(
    r"\b(?:except(?:ing)?|excluding|other than|excepto|salvo|con excepcion de|a excepcion de|excepcion hecha de|sauf|hormis|"
    r"a l.exception des|exceto|com excecao d[ae]s?)\s+(?:(?:the|las|los|les|as|os|des)\s+)?(?:ciudades capitales|capitales nacionales|"
    r"capitales|national capitals|capital cities|capitals|villes capitales|capitales nationales|cidades capitais|capitais(?: nacionais)?)\b|"
    # "Quedan excluidas las capitales nacionales", "national capitals are not eligible"
    # ("Quedan excluidas como solicitantes principales las ciudades capitales de país")
    r"\b(?:quedan|estan|seran|son) excluidas (?:como (?:solicitantes|postulantes|entidades)(?: principales| lideres)? )?(?:las )?"
    r"(?:ciudades )?capitales (?:nacionales|de (?:los )?pais(?:es)?)|"
    # "Las ciudades capitales de país quedan fuera de esta edición"
    # (not "las ciudades que no son capitales nacionales no pueden postularse": the capitals are who may)
    r"(?<!no son )(?<!no sean )(?<!not )\b(?:ciudades )?capitales (?:nacionales|de (?:los )?pais(?:es)?)"
    # ("Las capitales nacionales y las áreas metropolitanas de más de un millón de habitantes quedan fuera")
    r"(?: (?:y|e) [^.;]{0,80}?)? (?:quedan (?:fuera|excluidas)|no (?:son|seran) "
    r"elegibles|no (?:pueden|podran) (?:participar|postular\w*)|no participan|no participaran)|"
    # ("Capital cities of partner countries are not eligible as lead applicants or co-applicants")
    r"\b(?:national capitals|capital cities of (?:the )?(?:partner |eligible |beneficiary |participating )?countries) (?:are|will be) "
    r"(?:excluded|not eligible)|"
    r"(?<!no son )(?<!no sean )\bcapitales nacionales (?:no son elegibles|quedan excluidas)|\bles capitales nationales (?:sont exclues|"
    r"ne sont pas eligibles)|"
    # "Quedan excluidas como solicitantes principales las ciudades que sean capital de la república"
    r"\b(?:quedan|estan|seran|son) excluid[oa]s\b[^.;]{0,50}?\b(?:ciudades|municipios) que (?:sean|son) capital(?:es)? de "
    r"(?:la republica|(?:su |los )?pais(?:es)?)")
# What the applicants must have, said as a having: "con", "que tengan", "with a", "that have", "dotées d'une", "com".
_HAVING_ES = r" (?:con|que (?:tengan|cuenten con|posean|dispongan de)) (?:(?:un|una) )?"
_HAVING_EN = r" (?:with|that have|which have|having|that host|which host|hosting) (?:an? )?"
_HAVING_FR = r" (?:avec|ayant|dotees d.|disposant d.|qui ont|qui disposent d.) ?(?:une? )?"
_HAVING_PT = r" (?:com|que (?:tenham|possuam|disponham de)) (?:(?:um|uma) )?"
# Coastal cities only ("coastal cities", "municipios costeros", "villes littorales"); inland ones are out.
COASTAL_ONLY = re.compile(
    # "municípios com frente marítima", "municipios con frente al mar", "cities with a sea front"
    r"\b(?:(?:municipios|municipalities|cidades|ciudades|villes|communes|cities|towns)(?: \w+){0,2} (?:com|con|with|avec) "
    r"(?:an? |una |um |une )?(?:frente (?:maritimo|maritima|al mar|ao mar|costero)|sea ?front|seafront|facade maritime)|"
    # ("Open only to coastal member cities of the Resilient Cities Network")
    # ("Applications must be led by a coastal local government")
    r"coastal (?:(?:or|and) (?:river )?delta )?(?:member )?(?:cities|towns|municipalities|local governments?|city governments?|"
    r"communities|local authorit(?:y|ies)|municipal governments?)\b|"
    # "Cities without a sea coast or a river delta within their jurisdiction are not eligible"
    r"(?:cities|towns|municipalities) without (?:an? )?(?:sea )?coast(?:line)?\b[^.;]{0,60}\bnot eligible|"
    r"(?:ciudades|municipios|gobiernos locales|gobiernos municipales|autoridades locales|alcaldias|municipalidades|distritos|"
    r"entidades territoriales)(?: y (?:ciudades|municipios|distritos))? "
    r"(?:costeros|costeras|del litoral|litorales)|"
    r"con jurisdiccion (?:sobre|en) (?:la |una )?(?:zona|franja|area) (?:costera|litoral)|"
    # "distritos y municipios con jurisdicción sobre el litoral Caribe o el litoral Pacífico"; "No son elegibles los
    # municipios sin jurisdicción sobre zona costera"
    r"(?:con|sin) jurisdiccion (?:sobre|en) (?:el |la )?(?:litoral|costa|zona costera)\b|"
    # "cuyo territorio tenga línea de costa sobre el mar Caribe", "Las ciudades sin frente marítimo no son elegibles"
    r"(?:tenga|tengan) (?:linea de )?(?:litoral|costa|salida al mar|frente maritimo|frente costero) (?:en|sobre|al) (?:el )?"
    r"(?:mar|oceano)|"
    r"sin frente maritimo no (?:son|seran) elegibles|"
    r"(?:cidades|municipios|governos locais|governos municipais|prefeituras)(?: e (?:distritos|cidades|municipios))? "
    r"(?:costeiras|costeiros|litoraneos|litoraneas)|"
    # "desde que o município seja costeiro", "siempre que el municipio sea costero", "Municípios sem litoral … não são
    # elegíveis"
    r"(?:municipio|cidade|ciudad|municipality|city|town) (?:seja|sea|be|is|sera) (?:costeir[oa]|coster[oa]|coastal|litorane[oa])|"
    r"(?:municipios|cidades) sem (?:litoral|costa|saida para o mar|frente maritima)\b[^.;]{0,60}nao (?:sao|serao) elegiveis|"
    # "governos locais … cuja jurisdição inclua litoral marítimo"
    r"(?:inclua|incluam|incluya|incluyan) (?:um |una )?(?:linha de |linea de )?(?:litoral|costa) maritim[oa]|"
    # "com território banhado pelo oceano Atlântico", "cuyo territorio está bañado por el mar Caribe"
    r"(?:territorio|territoire|territory) (?:esta |e )?(?:banhado|banado|baigne|washed) (?:pelo|pela|por el|por la|par l[ae]?|"
    r"by the) ?(?:oceano|ocean|mar|mer|sea)\b|"
    # "Local governments of Caribbean coastal areas in Latin America"
    r"(?:local governments|cities|municipalities|towns|city governments|local authorities) (?:of|in|from) (?:the )?"
    r"(?:[a-z-]+ ){0,2}coastal (?:areas?|zones?|regions?|strips?)|"
    r"(?:villes|communes|collectivites|municipalites|autorites locales|gouvernements locaux)(?: locales| territoriales)? "
    r"(?:et (?:territoires|communes|villes|collectivites|districts) )?(?:cotieres|cotiers|littorales|littoraux)|"
    # "seules les villes et structures de la façade caribéenne sont éligibles"
    r"(?:villes|communes|collectivites|municipalites)\b[^.;]{0,40}?\bde la facade (?:caribeenne|maritime|atlantique|"
    r"pacifique|littorale|cotiere)|"
    # "communes et districts colombiens situés sur le littoral de la mer des Caraïbes"
    r"situee?s sur le littoral\b|ubicad[oa]s (?:sobre|en) el litoral\b|located on the (?:coast|coastline|seaboard)\b|"
    # "municipal and district governments located on Colombia's Caribbean coast"
    r"located (?:on|along) (?:the |[a-z]+.s )?(?:caribbean |pacific |atlantic )(?:coast|coastline|seaboard)\b|"
    # "collectivités locales … situées en zone littorale", "located in coastal areas"
    r"situee?s (?:en|dans (?:la|une)) zones? (?:littorales?|cotieres?)|located in (?:a )?coastal (?:areas?|zones?)|"
    r"ubicad[oa]s en (?:la |una )?zonas? costeras?|"
    # "cities whose municipal territory borders the sea", "local governments whose jurisdiction borders the sea"
    r"(?:whose|cuyo|cuya|dont le|dont la|cujo|cuja) (?:municipal )?(?:territor(?:y|io|oire)|jurisdiction|jurisdiccion|"
    r"jurisdicao|boundaries) (?:borders?|touches|limita con|bordea|donne sur|faz fronteira com|reaches) (?:the |el |la |o )?"
    r"(?:sea|mar|mer|ocean|oceano|coast|costa)\b|"
    # "municipios et districts colombiens disposant d'une façade maritime"
    r"(?:disposant|dotee?s|dotad[oa]s|provided) (?:d.une|de una|with an?|de um) (?:facade maritime|frente maritimo|sea ?front)|"
    # "subnational governments … whose territory lies on the Caribbean coast", "cuyo casco urbano principal se encuentre
    # sobre la línea de costa del mar Caribe"
    r"(?:whose|cuyo|cuya|dont le|dont la|cujo|cuja) (?:territor(?:y|io|oire)|casco urbano|cabecera(?: municipal)?|urban (?:core|area)|"
    r"sede urbana)(?: principal)? (?:lies|is|esta|se encuentra|se encuentre|este|se ubica|se ubique|se situe|fica|fique) (?:on|along|"
    r"en|sobre|sur|no|na) (?:the |la |el |le |o |a )?(?:[a-z]+ )?(?:coast|coastline|costa|cote|litoral|linea de costa|linha de "
    r"costa)\b|"
    r"(?:municipios|ciudades|cities|municipalities) sin frente maritimo\b[^.;]{0,60}?\b(?:quedan (?:expresamente )?excluid[oa]s|"
    r"no (?:son|seran) elegibles)|"
    # "officials of central or local government working in disaster risk management in coastal areas"
    r"(?:working|who work|que trabajen|qui travaillent)\b[^.;]{0,60}\bin coastal (?:areas?|zones?|cities|municipalities)|"
    # "ciudades ubicadas en la franja costera del mar Caribe", "Quedan excluidas las ciudades del interior"
    r"(?:ubicad[oa]s|situad[oa]s|localizad[oa]s) en (?:la |una )?(?:franja|faja|zona) (?:costera|litoral)|"
    r"(?:quedan excluid[oa]s|se excluyen|no (?:son|seran) elegibles) (?:las |los )?(?:ciudades|municipios) del interior|"
    # "de países accionistas de CAF con litoral en el mar Caribe"
    r"con (?:linea de )?(?:litoral|costa|salida al mar) (?:en|sobre|al) (?:el )?(?:mar|oceano)|"
    # "Somente municípios sul-americanos com litoral marítimo"
    r"(?:con|com) (?:linea de |linha de )?(?:litoral|costa) maritim[oa]|"
    # "gobiernos subnacionales … cuyo territorio tenga litoral marino"
    r"(?:tenga|tengan|con|com|tenham) (?:linea de |linha de )?(?:litoral|costa) marin[oa]|"
    # "Los municipios ribereños o sin litoral marítimo no son elegibles"
    r"sin (?:litoral|costa|salida al mar|franja costera)(?: maritim[oa])? no (?:son|seran) elegibles|"
    # "gobiernos municipales … cuyo territorio limite con el mar Caribe o el océano Pacífico"
    r"(?:limite|limiten|limita|limitan|colinde|colinden|colinda|colindan) con el (?:mar|oceano)\b|"
    # "Inland member cities and cities outside the network are not eligible", "located on a sea coast"
    r"inland (?:member )?(?:cities|municipalities|local governments|members)\b[^.;]{0,60}? (?:(?:are|is) not eligible|cannot apply|"
    r"may not apply)|"
    # "whose municipal territory includes a sea coastline"
    r"whose (?:municipal )?territory (?:includes|has|borders) (?:a |the )?(?:sea ?)?(?:coast|coastline|seafront)|"
    r"located (?:on|along) (?:a |the )?(?:[a-z]+ )?(?:sea ?)?(?:coast|coastline|seashore|seafront)|"
    # "member cities that have a coastline or an estuary", "ciudades con frente marítimo", "cuyo territorio tenga litoral
    # marítimo", "No se admiten ciudades del interior"
    r"(?:that|which) (?:have|has) an? (?:sea ?)?(?:coastline|coast|seafront)|having an? (?:sea ?)?(?:coastline|coast)|"
    r"con frente maritimo|(?:tenga|tengan) (?:linea de )?(?:litoral|costa|frente) maritim[oa]|"
    # ("cuyo territorio tenga frente costero marítimo")
    # ("cuya jurisdicción incluya un frente costero marítimo habitado")
    r"(?:tenga|tengan|con|incluya|incluyan) (?:un )?frente costero\b|"
    r"no se admiten (?:ciudades|municipios) del interior|"
    # "cities on the Caribbean or Pacific coasts of Latin America", "destinations on the Caribbean coast"
    # ("… a Colombian public authority of a city on the Caribbean coast")
    r"(?:cities|towns|municipalities|local governments|destinations|communities|an? (?:city|town|municipality)) "
    r"(?:(?:located|situated|lying) )?(?:on|along) (?:the )?(?:[a-z]+ ){0,2}"
    r"(?:(?:or|and) (?:the )?[a-z]+ )?coasts?\b|"
    # "los destinos turísticos costeros e insulares", "coastal and island destinations"
    r"destinos (?:turisticos )?(?:costeros|costeiros|litorales)|coastal (?:and island )?(?:tourism )?destinations|"
    r"destinations (?:touristiques )?(?:cotieres|littorales)|"
    # "Las ciudades del interior no son elegibles", "cuya cabecera urbana se encuentre sobre la costa"
    # (an aside between: "Cidades do interior, ainda que banhadas por rios, não são elegíveis")
    r"(?:ciudades|municipios) del interior(?:,[^.;,]{0,50},)? no (?:son|seran) elegibles|(?:cidades|municipios) do interior"
    r"(?:,[^.;,]{0,50},)? nao sao elegiveis|villes de l.interieur(?:,[^.;,]{0,50},)? ne sont pas eligibles|"
    # "cidades situadas no litoral do Caribe", "ciudades ubicadas en el litoral"
    r"(?:situad[oa]s|localizad[oa]s|ubicad[oa]s) (?:no|en el|sobre el|na|en la|sobre la) (?:litoral|costa)\b|"
    r"(?:se encuentre|este|esten|se encuentren|ubicad[oa]s?|situad[oa]s?) (?:sobre|en) (?:la costa|el litoral)|"
    r"coastal jurisdictions|jurisdicciones costeras|jurisdicoes costeiras|juridictions cotieres|"
    # "dont le territoire borde la mer des Caraïbes", "Les villes sans façade caribéenne ne sont pas éligibles"
    r"(?:dont le territoire|cuyo territorio|whose territory|cujo territorio) (?:borde|bordea|limita con|borders|"
    r"faz fronteira com|toca) (?:la |el |the |o |a )?(?:mer|mar|sea|ocean|oceano)|"
    r"(?:villes|communes|collectivites) sans (?:facade|acces a la mer|littoral)[^.;]{0,40}ne sont pas eligibles|"
    # the coast as what the applicants have: "municipios con litoral", "cities with a coastline", "villes avec façade
    # maritime", "municípios com litoral", "ciudades que tengan costa"
    r"(?:ciudades|municipios|gobiernos locales|distritos|alcaldias)" + _HAVING_ES + r"(?:litoral|costa|salida al mar)|"
    r"(?:cities|towns|municipalities|local governments|city governments)" + _HAVING_EN
    + r"(?:coastline|sea coast|seafront|coast)|"
    r"(?:cities|towns|municipalities|local governments) (?:located )?(?:on|along) the (?:sea ?)?coast|"
    # "cities located in a river delta or a low-lying coastal zone … Cities that are neither coastal nor in a delta are
    # not eligible"
    r"cities (?:located |situated )?(?:in|on|along) (?:a |the )?(?:[\w-]+ ){0,5}?coastal (?:zones?|areas?)|"
    r"(?:cities|towns|municipalities) that are neither coastal nor|"
    # "it must be a municipality or water authority of a coastal or delta city"
    r"(?:municipality|municipalities|authorit(?:y|ies)|government)[^.;]{0,30}? of an? coastal (?:(?:or|"
    r"and) (?:river )?delta )?"
    r"(?:city|town|municipality)|"
    r"(?:villes|communes|collectivites)" + _HAVING_FR + r"(?:facade maritime|littoral)|"
    r"(?:cidades|municipios|governos locais)" + _HAVING_PT + r"(?:litoral|costa|saida para o mar))\b")
# Port cities only ("port cities", "cities with a commercial seaport", "ciudades portuarias", "villes portuaires").
# Only municipalities on a border: "los gobiernos municipales cuyo territorio esté comprendido en una Zona de Integración
# Fronteriza", "border municipalities", "municípios da faixa de fronteira", "communes frontalières"
BORDER_ONLY = re.compile(
    r"\b(?:(?:municipios|gobiernos municipales|gobiernos locales|ciudades|alcaldias|municipalities|cities|local governments|"
    r"municipalites|communes|collectivites|cidades|prefeituras)\b[^.;]{0,70}?\b(?:zonas? de integracion fronteriza|"
    r"zonas? (?:de )?fronter\w*|fronteriz[oa]s|de (?:la )?frontera|border (?:areas?|zones?|regions?|municipalities)|"
    r"(?:on|along) the border|faixa de fronteira|fronteiric[oa]s|frontalier\w*)|"
    r"(?:border|frontier|cross-border) (?:municipalities|cities|towns|local governments)|"
    r"(?:municipios|ciudades) fronteriz[oa]s|(?:cidades|municipios) (?:fronteiric[oa]s|gemeas)|"
    r"(?:villes|communes|collectivites) frontalieres)\b")
PORT_ONLY = re.compile(
    # "the ports of call served by the cruise line's brands": port cities
    r"\bports? of call\b|\bpuertos de escala\b|\bportos de escala\b|\bescales? (?:de croisiere|maritimes?)\b|"
    r"\b(?:(?:sea)?port (?:and [a-z]+ )?cities|cities with an? (?:commercial |sea |maritime )?(?:sea)?port|"
    r"(?:ciudades|municipios|gobiernos locales|distritos) (?:portuari[oa]s|con puertos?(?: maritimos?)?)|"
    r"(?:cidades|municipios) portuari[oa]s|(?:villes|communes|collectivites) portuaires|"
    # the port as what the applicants have: "ciudades que tengan un puerto marítimo", "cities that have a seaport"
    r"(?:ciudades|municipios|gobiernos locales|distritos)" + _HAVING_ES + r"(?:un )?puerto|"
    r"(?:cities|towns|municipalities|local governments|city governments)" + _HAVING_EN
    + r"(?:an? )?(?:commercial |sea |maritime )?(?:sea)?port|"
    r"(?:villes|communes|collectivites)" + _HAVING_FR + r"(?:un )?port|"
    r"(?:cidades|municipios|governos locais)" + _HAVING_PT + r"(?:um )?porto)\b")
# Cities without the coast or port told they are out: "Las ciudades sin puerto marítimo no son elegibles", "No se financian
# proyectos en municipios sin costa", "cities without a seaport are not eligible", "les villes sans port ne sont pas éligibles"
_WITHOUT = (r"(?:ciudades|municipios|gobiernos locales|distritos|cities|towns|municipalities|local governments|villes|communes|"
            r"collectivites|cidades|governos locais) (?:sin|without(?: an?)?|sans|sem)\s+(?:(?:un|una|um|uma|un|une)\s+)?")
# ("proposals from inland cities or from coastal locations outside the listed reef systems will be declined")
_OUT_AFTER = (r"[^.;]{0,70}?\b(?:no (?:son|seran) elegibles|no (?:pueden|podran) (?:postular|participar|aplicar)|"
              r"(?:are|will be) (?:not eligible|ineligible|excluded|declined|rejected)|seran rechazad[oa]s|"
              r"seront rejetee?s|serao recusad[oa]s|cannot apply|may not apply|ne sont pas eligibles|"
              r"ne peuvent pas (?:postuler|participer|candidater)|nao (?:sao|serao) elegiveis|nao podem (?:participar|candidatar)|"
              # "Officials of inland municipalities will not be considered"
              r"(?:will|shall) not be (?:considered|accepted|funded|eligible)|no (?:seran|son) (?:considerad|aceptad|tenid)\w*|"
              r"ne (?:seront|sont) pas (?:considere|retenu|examine|accepte)\w*|nao (?:serao|sao) (?:considerad|aceit)\w*)")
_OUT_BEFORE = (r"\b(?:no se (?:financian|financiaran|aceptan|admiten)|(?:will|do|does) not (?:fund|finance|accept)|"
               # "Quedan fuera las ciudades sin salida al mar ni puerto fluvial"
               r"quedan (?:expresamente )?(?:fuera|excluid[oa]s)|"
               r"no (?:son|seran) elegibles|nao (?:sao|serao) elegiveis|"
               r"no (?:pueden|podran) (?:postularse|postular|participar|aplicar)|cannot apply|may not apply|"
               r"ne peuvent pas (?:postuler|candidater|participer)|nao podem (?:candidatar-se|participar)|"
               r"are not (?:funded|accepted|eligible)|ne (?:sont|seront) pas (?:finances|acceptes|eligibles)|"
               r"nao (?:sao|serao) (?:financiados|aceitos))[^.;]{0,40}?")
# … or inland: "Les collectivités situées à l'intérieur des terres ne peuvent pas candidater", "inland municipalities are
# not eligible", "los municipios del interior no son elegibles"
_INLAND = (r"(?:ciudades|municipios|gobiernos locales|distritos|cities|towns|municipalities|local governments|villes|communes|"
           r"collectivites|cidades|governos locais) (?:(?:situees|situes|situad[oa]s|localizad[oa]s|located) )?"
           r"(?:a l.interieur des terres|de l.interieur(?: du pays)?|inland|del interior|do interior|interiores|interiors?|"
           r"mediterrane[oa]s|sin litoral|sem litoral)\b|"
           # ("Inland destinations, hotel chains and tour operators are not eligible", of destinations' tourism offices)
           r"\binland (?:cities|towns|municipalities|local governments|destinations)\b|"
           r"\b(?:destinos|destinations) (?:del interior|de l.interieur|do interior)\b")
COAST_REQUIRED = re.compile(_OUT_BEFORE + _WITHOUT + r"(?:costa|litt?oral|salida al mar|coast(?:line)?|sea access|"
                            r"facade maritime|acces a la mer|saida para o mar)\b|" + _WITHOUT
                            + r"(?:costa|litt?oral|salida al mar|coast(?:line)?|sea access|facade maritime|acces a la mer|"
                            r"saida para o mar)\b" + _OUT_AFTER + "|(?:" + _INLAND + ")" + _OUT_AFTER)
PORT_REQUIRED = re.compile(_OUT_BEFORE + _WITHOUT + r"(?:(?:sea)?port|puerto|porto)\b|" + _WITHOUT
                           + r"(?:(?:sea)?port|puerto|porto)\b" + _OUT_AFTER)
US_FEDERAL_KEYS = ("cfda", "agency_code", "agencyCode", "cfdaList", "applicantTypes", "applicant_types")
US_APPLICANT_TYPES = re.compile(r"\b(?:city or township governments|county governments|state governments|"
                                r"native american tribal|special district governments|independent school districts)\b")
FOREIGN_ALLOWED = re.compile(r"\b(?:foreign (?:public entities|governments|organizations|entities|applicants)|"
                             r"non-?u\.?s\.? (?:entities|organizations|applicants)|public international organizations|"
                             r"international organizations)\b")
BDNS_SPAIN_REGION = re.compile(r"\bes\d{1,3}\b|\b(?:espana|extrapeninsular)\b")

# (the unit a whole word: "above 100,000 may apply" is no "100,000 m")
_NUMBER = r"(\d{1,3}(?:[.,\s]\d{3})+|\d+(?:[.,]\d+)?)\s*((?:millones|millon|millions?|milhoes|milhao|mil|thousand|k|m)(?![a-z]))?"
# "above"/"below" a figure in the words the other readers lacked ("acima de 2 milhões", "au-dessous de 300 000")
_ABOVE = r"acima de|por encima de|au-dessus de"
_BELOW = r"abaixo de|por debajo de|en dessous de|au-dessous de"
_PEOPLE = r"(?:de |d.)?(?:habitantes|inhabitants|residents|people|personas|habitants|moradores|population)"
MIN_POPULATION = re.compile(
    r"(?:mas de|more than|over|at least|al menos|como minimo|minimo|superior(?:es)? a|plus de|mais de|above|greater than|"
    # ("siempre que la ciudad supere 1,5 millones de habitantes")
    r"mayor(?:es)? (?:a|de)|no menos de|a partir de|" + _ABOVE + r"|exceeding|exceder|"
    r"(?<!not )(?<!no )(?<!nao )(?:exceeds|excede|supera|"
    r"supere|superen|exceda|excedan)(?: (?:los|las|a|os))?|>=?)\s*" + _NUMBER + r"\s*" + _PEOPLE)
MAX_POPULATION = re.compile(
    r"(?:menos de|less than|under|fewer than|below|hasta|up to|moins de|no more than|inferior(?:es)? a|maximo|"
    + _BELOW + r"|"
    r"como maximo|no mas de|menores de|menor(?:es)? a|ate|not exceeding|(?:does|do) not exceed|"
    r"no (?:superen?|supera|excedan?|excede|sobrepasen?|sobrepasa)(?: (?:los|a))?|"
    r"n.excedant pas|nao (?:ultrapasse|ultrapassem|excedam?)|<=?)\s*" + _NUMBER + r"\s*" + _PEOPLE)
# The number first: "500.000 habitantes o más", "100,000 inhabitants or fewer".
NUMBER_FIRST_MIN = re.compile(_NUMBER + r"\s*" + _PEOPLE + r"\s+(?:o mas|or more|ou plus|ou mais|y mas|and above|or above)\b")
NUMBER_FIRST_MAX = re.compile(_NUMBER + r"\s*" + _PEOPLE + r"\s+(?:o menos|or fewer|or less|ou moins|ou menos|and below|or below)\b")
_JOINTLY_AFTER = re.compile(r"[^.;]{0,40}?\b(?:must|deben|deberan|doivent|devront|devem|deverao|should|have to|shall)\s+"
                            # ("Les municipalités de moins de 300 000 habitants devront se présenter en groupement",
                            # "Municípios com menos de 250 mil habitantes deverão apresentar-se em consórcio")
                            r"(?:se\s+)?(?:apply|postular\w*|present\w*|apresentar\w*|candidat\w*|submit|participar|associate|"
                            r"asociarse|s.associer)(?:-se)?\s+(?:\w+\s+){0,2}?"
                            r"(?:jointly|together|en asociacion|en conjunto|conjuntamente|en consorcio|em consorcio|in (?:a )?consortium|"
                            # ("… deberán presentarse en grupo con otros municipios")
                            r"em conjunto|conjointement|with (?:neighbou?ring|other)|en grupo|em grupo|en groupement|"
                            r"in (?:a )?group)\b|"
                            # "Les villes de moins de 300 000 habitants peuvent candidater en groupement avec une ville plus grande"
                            r"[^.;]{0,40}?\b(?:may|can|pueden|podran|peuvent|podem)\s+(?:apply|postular\w*|present\w*|candidat\w*|"
                            r"submit|participar)\s+(?:en groupement|en grupo|em grupo|in (?:a )?group(?:ing)?|en agrupacion|"
                            r"jointly|together|conjuntamente|en consorcio|in (?:a )?consortium)\b|"
                            # "Municipalities with fewer than 100,000 inhabitants may apply only through an association"
                            # ("Cities with fewer than 100,000 inhabitants should apply through a grouping")
                            # ("Les collectivités de moins de 300 000 habitants ne peuvent candidater qu'au travers d'une
                            # association ou d'un groupement de communes")
                            r"[^.;]{0,40}?\bne\s+(?:peuvent|pourront|doivent)\s+(?:candidater|postuler|deposer|se porter "
                            r"candidates?)\s+qu.(?:au travers d|a travers d|par l.intermediaire d|via|en groupement)|"
                            r"[^.;]{0,40}?\b(?:may|can|must|should|shall|pueden|podran|deben|deberan|peuvent|doivent|podem|"
                            r"devem)\s+(?:only\s+)?"
                            r"(?:apply|postular\w*|present\w*|candidat\w*|submit|participar)\s+(?:only\s+|solo\s+|unicamente\s+)?"
                            r"(?:through|via|a traves de|por medio de|por meio de|par l.intermediaire d)\s+(?:an?|una?|uma|une|la|el|"
                            r"the|su|their|sua|leur)?\s*(?:association|asociacion|associacao|mancomunidad|consorcio|consortium|"
                            r"federation|federacion|federacao|grouping|agrupacion)")
# the size of the town the applicant joins: "conjointement avec au moins une ville intermédiaire de moins de 500 000
# habitants", "together with at least one smaller city of under 200,000 inhabitants"
_PARTNER_SIZE_BEFORE = re.compile(r"\b(?:avec|with|con|com|junto (?:con|a)|together with|alongside|aux cotes d.)\s+(?:au moins |"
                                  r"at least |al menos |pelo menos |por lo menos )?(?:une?|one|an?|uno|una|um|uma|deux|two|"
                                  r"dos|duas|other|otr[oa]s?|outr[oa]s?|autres?)\s+(?:[\w-]+\s+){0,2}?(?:villes?|cit(?:y|ies)|towns?|"
                                  r"municipios?|municipalit\w+|municipalidad\w*|ciudad(?:es)?|cidades?|communes?)\s+"
                                  r"(?:[\w-]+\s+)?(?:de |of |with |con |com )?$")
# One figure on both sides, the categories of a prize: "ciudades de más y de menos de 500.000 habitantes"
_BOTH_SIDES = re.compile(r"\b(?:de )?mas y (?:de )?menos de|(?:above|over|more) and (?:below|under|fewer|less) (?:than )?|"
                         r"(?:de )?mais e (?:de )?menos de|(?:de )?plus et (?:de )?moins de|"
                         # "que concorrem em duas categorias: cidades de até 1,5 milhão … e grandes metrópoles com mais de"
                         r"(?:concorrem|compiten|concursan|compete|concourent) (?:em|en|in) (?:duas|dos|tres|two|three|deux|"
                         r"trois|\d) categor")
# A threshold stated as who is left out: "Cities above 500,000 inhabitants are not eligible".
# ("Les collectivités de moins de 300 000 habitants, ainsi que les demandes émanant d'administrations centrales …, ne sont
# pas éligibles": others named between)
_LEFT_OUT_AFTER = re.compile(r"^(?:[^.;]{0,5}\b(?:ainsi que|as well as|asi como|assim como|bem como)\b[^.;]{0,120}?,)?"
                             r"[^.;]{0,60}?\b(?:(?:are|is) not eligible|ineligible|are excluded|no (?:son|seran|es) elegibles?|"
                             # "Applications in which the co-applicant has fewer than 250,000 inhabitants will be
                             # rejected"
                             r"will be rejected|(?:seran|son) rechazad[oa]s|(?:serao|sao) rejeitad[oa]s|"
                             r"seront rejetees|ne sont pas recevables|(?:is|are) not admissible|no (?:son|seran) admisibles|"
                             r"nao (?:sao|serao) admissiveis|"
                             r"quedan (?:expresamente |explicitamente )?(?:excluid\w+|fuera)|no (?:pueden|podran) (?:participar|"
                             r"postular\w*|aplicar)|ne sont pas eligibles|"
                             r"sont exclues?|nao (?:sao|serao) elegiveis|(?:estao|sao|ficam|serao) excluid[oa]s|cannot apply|"
                             r"may not apply|no participan|no participaran|"
                             r"do not (?:participate|take part)|ne participent pas|nao participam|"
                             # a lesser role: "Municipalities below 100,000 inhabitants may only take part as affiliated
                             # entities"
                             r"(?:may|can) only (?:take part|participate|join|be involved) as|(?:may|can) (?:take part|"
                             r"participate|join) only as|(?:solo|unicamente) (?:pueden|podran) (?:participar|actuar) como|"
                             r"(?:so|apenas|somente) (?:podem|poderao) participar como|"
                             r"ne (?:peuvent|pourront) (?:participer|etre associees?) qu.(?:en tant que|comme))")
# ... the number inside "population of": "cities with a population of 2 million or more", "población de 500.000 o menos"
POPULATION_OF_OR_MORE = re.compile(r"\b(?:population|poblacion|populacao) (?:of |de )?" + _NUMBER
                                   + r"\s+(?:or more|o mas|ou plus|ou mais|y mas|and above|or above)\b")
POPULATION_OF_OR_FEWER = re.compile(r"\b(?:population|poblacion|populacao) (?:of |de )?" + _NUMBER
                                    + r"\s+(?:or fewer|or less|o menos|ou moins|ou menos|and below|or below)\b")
POPULATION_FIRST_MIN = re.compile(
    # ("cuya población municipal supere los 1,5 millones de habitantes")
    # ("dont la population est supérieure à 1,5 million d'habitants")
    r"(?:population|poblacion|populacao)\s+(?:(?:municipal|total|urbana|urban)\s+)?(?:of\s+|de\s+|(?:est|es|is|sea|seja|e|"
    r"soit)\s+)?(?:more than|over|above|"
    r"at least|mas de|superior a|mayor a|mayor de|superieure a|superior a|supere (?:los |las )?|exceeds?|exceeding|"
    r"ultrapasse (?:os )?|depasse|" + _ABOVE + r")\s*" + _NUMBER)
POPULATION_FIRST_MAX = re.compile(
    r"(?:population|poblacion|populacao)\s+(?:of\s+|de\s+|(?:est|es|is|sea|seja|e|soit)\s+)?(?:less than|under|below|"
    r"menos de|inferior a|menor a|"
    r"menor de|inferieure a|" + _BELOW + r")\s*" + _NUMBER)
POPULATION_RANGE = re.compile(
    r"(?:(?:de|entre|from|between|de entre|of|with|con|com|avec)\s+" + _NUMBER + r"\s*(?:\s(?:a|y|to|and|e|et|hasta)\s|[-–])\s*" + _NUMBER + r"\s*" + _PEOPLE
    + r"|(?:population|poblacion|populacao)s?\s+(?:of\s+|de\s+)?(?:de |entre |between |from )" + _NUMBER
    + r"\s+(?:a|y|to|and|e|et|hasta)\s+" + _NUMBER
    # (not "población de 6 a 17 años": ages)
    + r"(?![\d.,]\d|\d|\s*(?:anos|years|ans|meses|months|mois|de edad)\b))")
# Colombian municipal categories (Ley 617 de 2000): calls for "municipios de categorías 4, 5 y 6" or "de quinta y
# sexta categoría". The category is read from the population bands of the law (its income bands usually agree).
_CATEGORY_WORDS = {**{f"{n}a": str(n) for n in range(1, 7)}, "especial": "E", "primera": "1", "segunda": "2", "tercera": "3", "cuarta": "4", "quinta": "5",
                   "sexta": "6", **{str(n): str(n) for n in range(1, 7)}, "e": "E", "special": "E"}
_CAT = r"(?:especial|primera|segunda|tercera|cuarta|quinta|sexta|[1-6])"
# ("local authorities of municipalities in categories 4, 5 and 6": English and Portuguese words too)
CATEGORY_AFTER = re.compile(r"\b(?:categorias?|categor(?:y|ies))\s+(" + _CAT + r"(?:\s*(?:,|y|e|o|a|al|hasta|and|or|to)\s*"
                            + _CAT + r")*)\b")
_ORDINAL = r"(?:especial|special|primera|segunda|tercera|cuarta|quinta|sexta|[1-6]a)"
CATEGORY_BEFORE = re.compile(r"\b(" + _ORDINAL + r"(?:\s*(?:,|y|e|o|a|al|hasta)\s*" + _ORDINAL + r")*)\s+(?:categorias?|category)\b")
_MUNICIPAL = re.compile(r"\b(?:municipi\w*|alcaldias?|entidades territoriales|distritos?|ciudades|municipalit\w+)\b")
_CATEGORY_ORDER = "E123456"
# "Solo municipios no certificados en educación": Colombian municipalities of more than 100,000 inhabitants are certified
# in education by law (Ley 715 de 2001, art. 20), so the call is for smaller ones
NOT_CERTIFIED_ONLY = re.compile(r"\b(?:municipios|entidades territoriales|municipalidades|alcaldias)\s+no\s+certificad[oa]s"
                                r"(?:\s+en\s+(?:educacion|salud))?\b")
CERTIFIED_ABOVE = 100_000
_CERTIFIED = re.compile(r"\b(?<!no )certificad[oa]s\b")
_CERTIFIED_REFUSED = re.compile(r"\b(?:excluid\w*|no particip\w*|no (?:son|seran) elegibles|no pueden|excepto|salvo|excepcion|"
                                r"quedan (?:por )?fuera)\b")


def _uncertified_only(text: str) -> re.Match[str] | None:
    """The "municipios no certificados" a (folded) call is limited to, unless certified ones are let in too
    ("Secretarías de educación certificadas … y municipios no certificados", "certificados o no certificados")."""
    if not (m := NOT_CERTIFIED_ONLY.search(text)):
        return None
    for c in _CERTIFIED.finditer(text):
        if not _CERTIFIED_REFUSED.search(re.split(r"[.;]", text[:c.start()])[-1] + text[c.start():].split(".")[0]):
            return None
    return m
# "cada postulación debe incluir al menos una entidad territorial de municipios PDET": one partner of that kind among the
# applicants, not a limit on who applies
_A_PARTNER_REQUIRED_BEFORE = re.compile(r"\b(?:incluir|include|incluya|incluyan|inclure|associer|con|with|avec|com) (?:al menos|at "
                                        r"least|au moins|pelo menos) (?:una?|one|un|une|um|uma)\b[^.;]{0,60}$|\b(?:" + WITH_PARTNER
                                        + r")\b[^.;]{0,60}$")
# Municipalities of the peace-agreement programmes (PDET, ZOMAC): small and rural; none has more than this many people.
CONFLICT_MUNICIPALITIES = re.compile(r"\b(?:municipios? pdet|pdet|zomac|zonas mas afectadas por el conflicto(?: armado)?)\b")
CONFLICT_MAX = 600_000


CATEGORY_LEFT_OUT = re.compile(r"[^.;]{0,40}?\b(?:solo|solamente|unicamente|only|apenas|somente)\s+(?:pueden\s+|podran\s+|may\s+|can\s+)?"
                               r"(?:participar|participate|ser|be)?\s*(?:como|as)\s+(?:co-?solicitantes|cosolicitantes|"
                               r"co-?applicants|socios|aliados|partners|entidades afiliadas|affiliated)|[^.;]{0,40}?\b(?:no|not)\s+"
                               r"(?:pueden\s+|podran\s+|son\s+|are\s+)?(?:ser\s+|como\s+|be\s+)?(?:solicitantes|elegibles|eligible|lead)")


# "Podrán presentar proyectos los municipios de categorías cuarta, quinta y sexta": the sentence that lets them apply
_MAY_APPLY = re.compile(r"\b(?:podran|pueden|podra|puede)\s+(?:presentar|postular|participar|aplicar|solicitar|acceder)\w*")


_RECEIVERS = re.compile(r"\b(?:receptor(?:es|as|a)?|recipients?|receivers?|destinatari[oa]s|beneficiari[oa]s)\b")
# "Podrán postularse como oferentes las alcaldías …, y como receptores los municipios de categorías 4, 5 y 6"
_OFFERERS = re.compile(r"\b(?:como oferentes?|as (?:providers?|offerers?)|como ofertantes?)\b")
_ANY_CATEGORY = re.compile(r"\b(?:de cualquier categoria|of any category|de qualquer categoria|de toute categorie)\b")


# "los distritos y municipios de categoría especial, 1, 2 y 3 tienen otras líneas": served elsewhere, left out here
_OTHER_LINES_AFTER = re.compile(r"[^.;]{0,40}?\b(?:tienen|cuentan con|disponen de|deben acudir a|deberan acudir a|acuden a|"
                                r"have|are served by|use|relevent d|ont|dispoem de|tem|contam com)\s+(?:sus |their |leurs |suas )?"
                                r"(?:otras|other|autres|outras|separate|propias|own|d.autres)\s+(?:lineas|lines|ventanillas|windows|"
                                r"programas|programmes|programs|guichets|linhas|convocatorias|calls)\b|"
                                # "Las solicitudes de municipios de categorías cuarta, quinta y sexta se canalizarán a
                                # través de Findeter": sent another way
                                r"[^.;]{0,40}?\b(?:se canalizar\w*|seran canalizad[oa]s|(?:are|will be) (?:channell?ed|"
                                r"routed)|serao canalizad[oa]s|seront (?:orientee?s|canalisee?s)) (?:a traves de|por|"
                                r"through|via|pel[oa]s?|par|vers)\b")


# "Los distritos y los municipios de categoría especial, primera, segunda y tercera no podrán acceder a la tasa compensada"
# ("los municipios de categoría especial y primera pueden participar únicamente como oferentes invitados por APC-Colombia":
# invited to offer, not applying)
_CATEGORY_REFUSED_AFTER = re.compile(r"[^.;]{0,30}?\b(?:no (?:podran|pueden|podra|puede) (?:acceder|beneficiarse|participar|"
                                     r"postular\w*)|cannot (?:access|benefit|apply)|nao (?:podem|poderao) (?:acessar|"
                                     r"participar)|(?:pueden|podran) participar (?:unicamente|solo|solamente) como "
                                     r"(?:oferentes|ofertantes) invitad[oa]s)\b")


# "Los municipios de categorías 4, 5 y 6 tendrán puntaje adicional como receptores": categories that score, no limit
_BONUS_AFTER = re.compile(r"[^.;]{0,30}?\b(?:tendran|recibiran|obtendran|will (?:receive|get|earn)|receberao|recevront) "
                          r"(?:un |una |an? )?(?:puntaje|puntos|puntuacion|points?|score|pontos|pontuacao|bonus|bonificacion)\b")


_MUST_PARTNER_AFTER = re.compile(r"[^.;]{0,20}?\b(?:must|deben|deberan|doivent|devem|deverao|should|shall)\s+(?:partner|asociarse|"
                                 r"aliarse|associate|s.associer|associar-se)\b")
_EXCLUDED_EARLIER = re.compile(r"\b(?:se excluyen?|quedan excluid[oa]s|are excluded|sont exclus|ficam excluid[oa]s)\b[^.;]{0,160}$")


def categories_named(text: str) -> frozenset[str]:
    """Municipal categories a call is limited to ('categorías 4, 5 y 6' -> {'4','5','6'}); empty when none."""
    found: set[str] = set()
    left_out: set[str] = set()
    elsewhere: set[str] = set()  # named in a sentence that does not let them apply ("deberán acudir a otras líneas")
    for pattern in (CATEGORY_AFTER, CATEGORY_BEFORE):
        for m in pattern.finditer(text):
            # "los municipios de categoría especial y de primera solo pueden participar como cosolicitantes": left out
            sentence = re.split(r"[.;]", text[max(0, m.start() - 200):m.start()])[-1]
            # ("Se excluye expresamente al Distrito … de Medellín y a los municipios de categoría especial y primera")
            denied = NEGATION.search(sentence) or _EXCLUDED_EARLIER.search(sentence)
            # ("… de categoría especial, primera … participan por la línea de crédito del IDEA y no por esta convocatoria")
            denied = denied or NEGATION_AFTER.match(text[m.end():]) or _OTHER_LINES_AFTER.match(text, m.end()) \
                or _CATEGORY_REFUSED_AFTER.match(text, m.end())
            named = left_out if CATEGORY_LEFT_OUT.match(text, m.end()) or denied else found
            if named is found and not _MAY_APPLY.search(sentence) and _MAY_APPLY.search(text):
                named = elsewhere
            before = text[max(0, m.start() - 60):m.start()]
            if not _MUNICIPAL.search(before):
                continue  # "tres categorías de premio" is not a municipal category
            if _RECEIVERS.search(sentence[-60:]) and (_ANY_CATEGORY.search(text) or _OFFERERS.search(text)):
                continue  # "Como oferentes pueden postularse alcaldías … de cualquier categoría; los receptores deben ser
                # municipios de categorías 4, 5 y 6": who receives, not who applies
            if PREFERENCE.search(before) or _preferred(text, m.start()) or _BONUS_AFTER.match(text, m.end()):
                continue  # "se da prioridad a municipios de categorías 4 a 6", "se valoran duplas con…", "… tendrán
                # puntaje adicional como receptores": a preference
            if re.search(r"\d\s*%|\b(?:contrapartida|cofinanciaci\w+|co-?financ\w+|porcentaje|aporte)\b", before):
                continue  # "contrapartida del 20 % (15 % para municipios de categorías 5 y 6)": a rate, not a limit
            if _JOINTLY_AFTER.match(text, m.end()) or _MUST_PARTNER_AFTER.match(text, m.end()):
                continue  # "Municipalities of categories 4, 5 and 6 must partner with a department": how they apply
            tokens = re.findall(r"\b(?:[1-6]a|" + _CAT[3:-1] + r"|special|a|al|hasta|to)\b", m.group(1))
            previous = None
            ranged = False
            for token in tokens:
                if token in ("a", "al", "hasta", "to"):
                    ranged = previous is not None
                    continue
                cat = _CATEGORY_WORDS[token]
                if ranged and previous is not None:
                    lo, hi = sorted((_CATEGORY_ORDER.index(previous), _CATEGORY_ORDER.index(cat)))
                    named.update(_CATEGORY_ORDER[lo:hi + 1])
                named.add(cat)
                previous, ranged = cat, False
    if elsewhere and not found:
        found = elsewhere  # no sentence says who may apply: the categories named are the limit
    if left_out:
        found = (found or set(_CATEGORY_ORDER)) - left_out
    return frozenset(found)


def category_of(population: int | None) -> str | None:
    """A municipality's category by the population bands of Ley 617 de 2000 (None when unknown)."""
    if population is None:
        return None
    for bound, cat in ((500_000, "E"), (100_000, "1"), (50_000, "2"), (30_000, "3"), (20_000, "4"), (10_000, "5")):
        if population > bound:
            return cat
    return "6"


_MULTIPLIERS = {"millones": 1_000_000, "millon": 1_000_000, "million": 1_000_000, "millions": 1_000_000,
                "milhoes": 1_000_000, "milhao": 1_000_000, "mil": 1_000, "thousand": 1_000, "k": 1_000, "m": 1_000_000}
# Population figures written in words, read as digits first ("un millón", "cien mil", "half a million").
_WORD_FIGURES = ((re.compile(r"\b(?:un|one|a|um|uma)\s+(millon|million|milhao)\b"), r"1 \1"),
                 (re.compile(r"\b(?:dos|two|deux|dois)\s+(millones|millions|milhoes)\b"), r"2 \1"),
                 (re.compile(r"\b(?:tres|three|trois)\s+(millones|million|millions|milhoes)\b"), r"3 \1"),
                 (re.compile(r"\b(?:cinco|five|cinq)\s+(millones|million|millions|milhoes)\b"), r"5 \1"),
                 (re.compile(r"\b(?:medio millon|half a million|meio milhao|demi-million)\b"), "500000"),
                 (re.compile(r"\b(?:cien mil|one hundred thousand|a hundred thousand|cent mille|cem mil)\b"), "100000"),
                 (re.compile(r"\b(?:cincuenta mil|fifty thousand|cinquante mille|cinquenta mil)\b"), "50000"))


def _figures_as_digits(text: str) -> str:
    """`text` with the population figures written in words as digits (_WORD_FIGURES), skipped when none can be there."""
    if "mil" not in text and "thousand" not in text:
        return text  # every figure of _WORD_FIGURES has "mil" (millón, million, mille, mil) or "thousand"
    for pattern, figure in _WORD_FIGURES:
        text = pattern.sub(figure, text)
    return text


# Every population pattern needs a digit (_NUMBER) and a word for inhabitants or population (_PEOPLE, or "population"
# before the number): texts without both are not scanned by the seven slow patterns
_DIGIT = re.compile(r"\d")
_POPULATION_WORD = re.compile(r"habitant|residents|people|personas|moradores|population|poblacion|populacao")


def _may_state_population(text: str) -> bool:
    """Whether `text` has what any population pattern needs, a cheap test before the costly scans."""
    return bool(_POPULATION_WORD.search(text) and _DIGIT.search(text))


@dataclass(frozen=True)
class CallEligibility:
    """What a call says about who may apply, independent of the city."""

    applicants: str  # apply | pass_on (who: local governments, or only other actors)
    foreign_only: bool  # restricted to places that do not include Colombia
    min_population: int | None
    max_population: int | None
    facts: tuple[str, ...]
    # DANE department codes a call is limited to inside Colombia (empty: no such limit).
    departments: frozenset[str] = frozenset()
    places: tuple[str, ...] = ()
    # Colombian municipal categories ("E", "1".."6") a call is limited to (empty: no such limit).
    categories: frozenset[str] = frozenset()
    # only national capitals may apply ("ciudades capitales miembros de la UCCI")
    capitals_only: bool = False
    # cities (DANE codes) and departments (codes) left out by name ("excepto Bogotá, Medellín y Cali"), and the names
    excepted_cities: frozenset[str] = frozenset()
    excepted_departments: frozenset[str] = frozenset()
    excepted_names: tuple[str, ...] = ()
    # only coastal cities may apply ("coastal cities in Latin America")
    coastal_only: bool = False
    # the one Colombian coast the coastal limit names ("pacifico", "caribe"), if it names one
    coast: str = ""
    # only municipalities on a land border may apply ("Zona de Integración Fronteriza", "border municipalities")
    border_only: bool = False
    # only cities with a sea port may apply ("port cities", "ciudades portuarias")
    ports_only: bool = False
    # national capitals left out ("except national capitals")
    capitals_excepted: bool = False
    # department capitals among the municipalities a call names one by one (None: it names none)
    listed_capitals: frozenset[str] | None = None
    # only cities with a World Heritage historic centre may apply
    heritage_only: bool = False
    # a territorial government's own call, not opened beyond its territory: the Colombian departments of that territory
    # (empty: a foreign one); None when the funder is no such government or the call opens wider
    funder_territory: frozenset[str] | None = None
    # the funder's name, for the explanations of a territorial or an unknown network's call
    funder_name: str = ""
    # the department capital whose own alcaldía publishes the call for others (DANE code): it cannot apply to itself
    funder_city: str | None = None
    # only members of these city networks (models/networks.py keys; an unknown network's folded name) may apply
    # ("open only to C40 member cities")
    members_of: tuple[str, ...] = ()
    # the networks whose current members may not apply ("cities already members of the Network are not eligible")
    members_refused: tuple[str, ...] = ()
    # the altitude in metres the applying towns must lie at or above / at or below ("por encima de los 2.500 msnm")
    min_altitude: int | None = None
    max_altitude: int | None = None
    # only towns with a warm climate may apply ("ciudades colombianas con clima cálido (temperatura media anual superior a
    # 20 °C)"), read from the altitude: no table of temperatures is held
    warm_climate_only: bool = False
    # only towns with coral reefs in their jurisdiction may apply ("gobiernos locales con jurisdicción sobre zonas costeras
    # adyacentes a ecosistemas coralinos")
    reef_only: bool = False
    # the one creative field whose UNESCO Creative Cities alone may apply ("designadas … en gastronomía"): a plan's network
    # list does not say in which field its city is designated
    creative_field: str = ""


def _number(digits: str, unit: str | None) -> int:
    """'500.000' / '500,000' / '1,5 millones' / '20 mil' -> an integer."""
    raw = digits.replace(" ", "")
    if unit:
        value = float(raw.replace(",", ".")) if re.fullmatch(r"\d+[.,]\d{1,2}", raw) else float(
            re.sub(r"[.,]", "", raw))
        return int(value * _MULTIPLIERS[unit])
    return int(re.sub(r"[.,]", "", raw))


def _range_start(digits: str, unit: str | None, end: int) -> int:
    """The lower end of 'between 1 and 5 million': it borrows the upper end's unit when it has none."""
    value = _number(digits, unit)
    if not unit and value * 100 < end:
        for name, factor in _MULTIPLIERS.items():
            if end % factor == 0 and value * factor <= end and factor >= 1_000:
                return value * factor
    return value


def _flatten(value: Any) -> str:
    """All strings inside an `extra` value, so codes and descriptions can be read as text."""
    if isinstance(value, dict):
        return " ; ".join(_flatten(v) for v in value.values())
    if isinstance(value, (list, tuple)):
        return " ; ".join(_flatten(v) for v in value)
    return "" if value is None else str(value)


# (not the French "but" of "sans but lucratif", "à but non lucratif": a purpose)
BUT_WORDS = r"\b(?:(?<!sans )(?<!a )but(?! lucratif| non lucratif)|pero|mas|mais|while|whereas|mientras|however|sin embargo|" \
       r"en cambio|alors que)\b"


EXPERIENCE_IN = re.compile(r"\b(?:experiencia|experience|experiencia|experiencias|experiences|trayectoria|"
                           r"expérience|experience professionnelle|worked|trabajado|trabalhado)\b[a-z ]{0,25}"
                           r"\b(?:en|in|em|dans|au sein de|with|con|com)\s+(?:las |los |la |el |the |les |as |os |a |o )?$")


# A local-government word that names a territory, not an applicant: "los 59 municipios de su jurisdicción".
TERRITORY_AFTER = re.compile(r"^\s+(?:de|of|in|en|da|do|dans)\s+(?:su|la|the|its|sua|leur|sa)\s+(?:jurisdiccion|jurisdiction|"
                             r"jurisdicao|area de influencia|area of (?:influence|operation))\b")


# "tenderas con una tienda en cualquier municipio de Colombia", "con domicilio en alguno de los 87 municipios", "NGOs based
# in any municipality of…": a municipality as the place where applicants are or work, not as an applicant (shared with
# the page reader, spiders/extract/eligibility.py)
TOWN_WORDS = re.compile(r"(?:municipios?|municipalit(?:y|ies)|municipalites?|communes?|municipalidad(?:es)?|distritos?)$")
# ("hogares comunitarios del ICBF de cualquier municipio del país": "de" before a quantifier too)
# "fuera del municipio", "outside the city": where something happens, before a town
_OUTSIDE_OF = r"(?:fuera del?|outside(?: of)?|hors du|hors de|fora d[eoa])"
IN_TOWNS = re.compile(r"\b(?:en|in|em|dans|nos|nas|no|na|num|numa|within|across|throughout|"
                      # "la acción no podrá ejecutarse fuera del municipio solicitante": where, not who
                      + _OUTSIDE_OF + r"|(?:de|of|from|d[eo]s?)(?=\s+(?:cualquier|any|"
                      r"every|qualquer|n'importe)\b))\s+(?:(?:alguno|alguna|cualquiera|uno|una|cada|one|"
                      r"any|each|some|um|uma|qualquer|l'une|l'un|chacune|chacun)\s+(?:de|of|des|dos|das)\s+)?"
                      # a quantifier: "en cualquier municipio", "in any municipality", "em qualquer município", "dans toute commune"
                      r"(?:(?:cualquier|cualesquiera|any|every|each|cada|qualquer|todo|toda|todos|todas|tout|toute|tous|toutes|"
                      r"n'importe quel(?:le)?)\s+)?"
                      r"(?:(?:los|las|the|os|as|les|des|sus|their|leurs|seus|suas|o|a|el|la|le|un|une|una|an|esos|esas|estos|estas|"
                      r"those|these|ces|esses|essas|estes|otros|otras|other|outros|outras|autres)\s+(?:[a-z-]+\s+)?)?(?:\d+\s+)?$")


# "executadas no território do município", "within the territory of the municipality": the place the work is done
TERRITORY_OF = re.compile(r"\b(?:territorio|territory|territoire|jurisdiccion|jurisdicao|jurisdiction|ambito|limites|"
                          r"limits|perimetre|perimetro|area urbana|urban area)\s+(?:do|da|del|de la|de|of the|of|du|de l')\s*$")


# "asociaciones de padres de familia de municipios del Cauca", "NGOs of municipalities in…": the municipalities say where
# the other applicants named before are from; not a grouping of them ("asociaciones de municipios", "network of
# municipalities"), whose members are the towns
OF_TOWNS = re.compile(r"\b(?P<noun>[a-z]+)\s+(?:de|of|from|des|dos|das|do|da)\s+(?:(?:los|las|the|os|as|les|sus|their)\s+)?"
                      r"(?:\d+\s+)?$")
_GROUPING = re.compile(r"(?:asociaci|federaci|mancomunidad|agrupaci|consorci|alianza|alliance|associa|federat|network|"
                       r"red|redes|rede|reseau|union|liga|league|grupo|group|consejo|council|conselho|conseil|congres|"
                       r"confedera|coalici|coalit|areas?|area|entidades|autoridades|alcald|gobierno|government|governo|"
                       r"gouvernement|prefeit|mayor|maire|secretar)\w*$")


# "mediadores de lectura de Medellín y los municipios del Valle de Aburrá": a capital, then the towns around it
_OF_CAPITAL_AND_TOWNS = re.compile(r"\b(?P<noun>[a-z]+)\s+(?:de|of|from|do|da)\s+(?:" + "|".join(
    sorted({name for names in CAPITALS.values() for name in names}, key=len, reverse=True))
    + r")\s+(?:y|and|e|et)\s+(?:(?:los|las|the|os|as|les|sus|their)\s+)?(?:demas\s+|other\s+|otros\s+)?$")
_GOVERNMENT_ADJECTIVES = frozenset({"locales", "local", "territoriales", "municipales", "publicas", "publicos", "public"})


def _towns_of_other_applicants(text: str, start: int) -> bool:
    """The municipalities at `start` follow "<noun> de", and other kinds of applicant were named just before."""
    around = _OF_CAPITAL_AND_TOWNS.search(text, max(0, start - 60), start)
    if around and not _GROUPING.match(around.group("noun")) and around.group("noun") not in _GOVERNMENT_ADJECTIVES:
        return True  # the towns around a capital are where the people named before it are from, whoever they are
    of = OF_TOWNS.search(text, max(0, start - 40), start)
    if not of or _GROUPING.match(of.group("noun")):
        return False
    before = re.split(r"[.;:]", text[max(0, start - 160):start])[-1]
    return bool(ORGANISATIONS.search(before) or COMPANIES.search(before) or INDIVIDUALS.search(before))


# "Propietarios … con predios en las cuencas … (municipios de Belmira, Entrerríos…)": where the land lies
_LAND_IN = re.compile(r"\b(?:predios|fincas|tierras|terrenos|properties|landholdings|farms|terres|propriedades|imoveis)\s+"
                      r"(?:en|in|em|dans)\b[^.;]{0,160}$")


# "juntas de acción comunal de ciudades colombianas": cities as where other applicants are from
_CITY_WORD = re.compile(r"(?:ciudades|cities|cidades|villes)(?: colombian[oa]s| colombiennes| colombian)?$")


def town_as_place(text: str, start: int, word: str) -> bool:
    """Whether the municipality word at `start` names where applicants are ("en cualquier municipio"), not who applies."""
    return bool(TOWN_WORDS.match(word) and (IN_TOWNS.search(text, max(0, start - 40), start)
                                            or TERRITORY_OF.search(text, max(0, start - 40), start)
                                            or _LAND_IN.search(text, max(0, start - 200), start)
                                            or _towns_of_other_applicants(text, start))
                or _CITY_WORD.match(word) and _towns_of_other_applicants(text, start))


# a local government named as something other than the applicant, just before it
_NOT_THE_APPLICANT_BEFORE = re.compile(
    # a host the applicant names: "a letter of support from a host institution, which may be a municipal culture department"
    r"\b(?:letter|carta|lettre)(?: (?:of support|de apoyo|de respaldo|de soutien|de apoio))? from [^.;]{0,60}?(?:which|que|qui) "
    r"(?:may|can|puede|podra|peut|pode) (?:be|ser|etre) (?:an? |una? |une? |um |uma )?$|"
    # the towns' national association applies: "Only national associations or federations of municipalities … may apply"
    # (not "villes et associations de villes membres de l'AIMF": the towns apply, and their associations too)
    r"(?<!villes et )(?<!ciudades y )(?<!cities and )(?<!cidades e )(?<!villes ou )(?<!cities or )(?<!ciudades o )"
    # (not "las asociaciones de municipios del Valle": the towns' own grouping, which a town may file through)
    r"\b(?:national (?:associations?|federations?)|(?:asociaciones|federaciones) nacionales|(?:associations|federations) "
    r"nationales|(?:associacoes|federacoes) nacionais)(?: (?:or|and|o|y|e|ou|et) (?:associations?|federations?|asociaciones|"
    r"federaciones|associacoes|federacoes))? (?:of|de|des|dos|das) (?:the |los |las |os |as |les )?$|"
    # ("… federations of municipalities that are members of FLACMA": the associations are the members)
    r"\b(?:associations?|federations?|asociaciones|federaciones|associacoes|federacoes)\b[^.;]{0,60}\b(?:that|which|que|qui) "
    r"(?:are|son|sean|sont|sao|sejam) $|"
    # where others file: "las solicitudes se radican en la alcaldía de residencia"
    r"\b(?:(?:se radican|se radicaran|se presentan|se entregan|se tramitan|radicad[oa]s|are filed|are lodged|"
    r"sao protocolad[oa]s|sont deposees?) (?:en|ante|at|with|to|na|no|aupres de) (?:la |el |the |a |o |sus |su |their |l.)?|"
    # a partner the applicant names: "… que deben acreditar como socio local a un gobierno municipal latinoamericano"
    r"(?:como|as|comme|enquanto) (?:socio|socia|aliado|aliada|contraparte|partner|partenaire|parceiro|parceira)(?: local)? "
    r"(?:a )?(?:un |una |um |uma |a |an |the |une )?|"
    # whose people: "Hogares rurales de municipios de Antioquia con puntaje Sisbén A o B"
    r"(?:hogares|familias|households|families|foyers|familles|agricultores|productores|farmers)(?: [a-z]+){0,2} "
    r"(?:de|of|des|dos|das) (?:los |las |the |os |as |les )?|"
    # whose register the others are in: "inscritas en el Registro de Entidades Ciudadanas del Ayuntamiento de Madrid"
    r"(?:registro|register|registry|registre|cadastro|censo|padron)(?: [a-z]+){0,3} (?:del?|of the|of|do|da|du|de la) "
    r"(?:la |the |a |o |l.)?)$")
# people put forward by others: "Pueden ser postuladas por terceros (organizaciones, universidades, gobiernos locales),
# pero el premio se entrega a la persona", "may be nominated by third parties (…, local governments)" (not "pueden
# postularse, o ser postulados por terceros, personas, gobiernos locales…": who applies, after it)
NOMINATED_BY_OTHERS_BEFORE = re.compile(r"\b(?:(?:postulad|nominad|propuest|indicad)[oa]s? (?:por|pel[oa]s?) "
                                        r"(?:terceros|terceiros)|(?:nominated|proposed|put forward) by (?:third parties|"
                                        r"others)|proposee?s par des tiers)\s*\([^.;)]*$")  # who they are, in brackets


_BUT = re.compile(BUT_WORDS)  # the contrast words the module reads everywhere
# a relative clause of someone else, named with an indefinite article after the mention: "… junto con una universidad
# que participe como socia" (shared with the page reader)
# ("… may name up to two private or academic partners who will not receive funds")
OTHERS_RELATIVE = re.compile(r"\b(?:un|una|uno|um|uma|une|a|an|two|three|dos|tres|dois|duas|deux|trois|\d+)\s+[a-z-]+"
                             r"(?:\s+[a-z-]+){0,3}?,?\s+(?:que|that|which|who|qui)\s")  # (", que no podrá ser solicitante")


def _others_relative_before(after: str, at: int) -> bool:
    """A relative clause about another noun opens between the mention (well before) and `at`."""
    return bool(OTHERS_RELATIVE.search(after, 15, at))


def _denied_by_but(after: str) -> bool:
    """Whether a 'but not' clause after a mention denies it ('pueden ser beneficiarios, pero no presentan propuestas'),
    not another's relative clause between ('junto con una universidad que participe como socia pero no como solicitante
    principal')."""
    but = BUT_NOT_AFTER.search(after)
    if not but:
        return False
    cut = ([m.start() for m in _BUT.finditer(after, 0, but.end())] or [but.end()])[-1]
    return not _others_relative_before(after, cut)


def _non_members(text: str, start: int) -> bool:
    """The mention at `start` says "non-member cities" (or "ciudades ajenas a la red"): the network's others, whom the
    members' own rule reads."""
    return text[max(0, start - 4):start] in ("non-", "non ") or bool(_OUTSIDE_THE_NETWORK_AFTER.match(text, start))


# "ciudades ajenas a la red": the network's others (shared with the page reader)
OUTSIDE_THE_NETWORK = r"(?:ajen[oa]s a la red|alhei[oa]s a rede|exterieures? au reseau|outside the network)"
_OUTSIDE_THE_NETWORK_AFTER = re.compile(r"\w+ " + OUTSIDE_THE_NETWORK + r"\b")


# others named as whom the applicants apply with (LOCAL_GOVERNMENT reads its own partners: PARTNER_BEFORE)
_WITH_PARTNER_BEFORE = re.compile(r"\b(?:" + WITH_PARTNER + r"|conjointement avec|"
                                  # "en consorcio con al menos una empresa … de los Países Bajos"
                                  r"en consorcio con|in (?:a )?consortium with|em consorcio com|en consortium avec)\s+"
                                  r"(?:(?:at least|al menos|au moins|pelo menos)\s+)?(?:(?:the|their|its|a|an|una?|su|sus|sua|"
                                  r"seu|leur|leurs|la|el|los|las|o|le|les|one|um|uma|une)\s+)?(?:\w+\s+){0,3}"
                                  r"(?:(?:or|o|ou|and|y|e|et)\s+)?$")


# those refused, then an example among them, however long the refusal: "Se excluyen expresamente las entidades públicas de
# cualquier nivel, incluidas alcaldías, gobernaciones …"
_EXCLUDED_INCLUDING = re.compile(r"\b(?:excluye\w*|excluid[oa]s|excluded|exclue?s|not eligible|ineligible|no (?:son|seran) "
                                 r"elegibles|ne sont pas eligibles|nao (?:sao|serao) elegiveis|no (?:pueden|podran) "
                                 r"(?:participar|postular\w*))[^.;]{0,140}\b(?:incluid[oa]s|incluyendo|including|y compris|"
                                 r"incluindo|inclusive|entre ell[oa]s)\s*:?\s+(?:(?:las|los|the|les|as|os|a|o)\s+)?"
                                 r"(?:[\w-]+,\s+){0,4}(?:(?:y|and|et|e|o|or|ou)\s+)?(?:(?:las|los|the|les|as|os|sus)\s+)?$")


# "Podrán postular las municipalidades del país", "the country's municipalities": the funder's own country's towns
_TOWNS_OF_THE_COUNTRY = re.compile(r"\b(?:municipalidades|municipios|gobiernos locales|comunas|ayuntamientos|prefeituras|"
                                   r"municipalities|local governments|communes|collectivites) (?:del|do|du) (?:pais|pays)\b|"
                                   r"\bthe country.s (?:municipalities|local governments|cities)\b")


# Public lenders that serve their own country's towns alone, whose calls need not name it: BNDES lends to "municípios,
# estados e Distrito Federal" (Brazil's, as every reader of the call knows); the funder's name opens with the lender
_HOME_LENDERS = ((re.compile(r"\bbndes\b|banco nacional de desenvolvimento economico e social|caixa economica federal"),
                  "Brasil"),
                 (re.compile(r"\bbanobras\b|banco nacional de obras y servicios publicos"), "México"))


def _funders_own_country(eligibility: str, funder: str | None) -> str | None:
    """The foreign country a funder serves alone: a home lender's (BNDES) when the call names no other place, or the one
    a funder names in its own name when the call is for "the country's" towns (Chile's SUBDERE "para las municipalidades
    del país"); None for a Colombian funder or another wording."""
    folded = fold(funder or "")
    if not folded or COLOMBIA_INCLUDED.search(folded):
        return None
    # (the funder's head: not "ABC — Agência Brasileira de Cooperação, com a Caixa Econômica Federal", a cooperation
    # agency working abroad with the lender)
    lender = next((country for name, country in _HOME_LENDERS if name.match(folded.strip())), None)
    if lender and not (COLOMBIA_INCLUDED.search(eligibility) or OTHER_PLACES.search(eligibility)):
        return lender
    if not _TOWNS_OF_THE_COUNTRY.search(eligibility):
        return None
    place = OTHER_PLACES.search(folded)
    return place.group(0) if place else None


# ("may take part only jointly with an eligible local organisation, which must be the lead applicant": the relative names
# the other's lead, and so the town's lesser role)
_THE_OTHER_LEADS = re.compile(r"(?:solicitante principal|lead applicant|proponente principal|chef de file|requerente "
                              r"principal)$")


# sent to another body to take part through it: "clubs, schools and local authorities should contact their national
# federation", "los municipios deben dirigirse a su federación nacional"
_REFERRED_ELSEWHERE = re.compile(r"[^.;]{0,40}?\b(?:should|must|are invited to|deben|deberan|doivent|devront|devem|deverao)\s+"
                                 r"(?:contact|approach|get in touch with|reach out to|contactar|dirigirse a|acudir a|comunicarse con|"
                                 r"s.adresser a|contacter|contatar|procurar|entrar em contato com)\s+(?:their|its|su|sus|leur|leurs|"
                                 r"sua|seu|seus|suas)\s+(?:own\s+|propia\s+|propre\s+)?(?:national|nacional|nationale|respective|"
                                 r"respectiva)\b")


def _affirmed(pattern: re.Pattern[str], text: str) -> list[str]:
    """Mentions of `pattern` in text that are not negated just before ('no pueden participar empresas')."""
    found = []
    for m in pattern.finditer(text):
        after = text[m.end():m.end() + 220]
        if pattern is LOCAL_GOVERNMENT and (TERRITORY_AFTER.search(after) or town_as_place(text, m.start(), m.group(0))
                                            or _non_members(text, m.start()) or _REFERRED_ELSEWHERE.match(after)):
            continue
        before = text[max(0, m.start() - 80):m.start()]
        if _EXCLUDED_INCLUDING.search(text, max(0, m.start() - 200), m.start()):
            continue  # "Se excluyen expresamente las entidades públicas de cualquier nivel, incluidas alcaldías"
        negated = NEGATION_AFTER.search(after[:200])
        if negated and re.search(BUT_WORDS + r"(?!\s*(?:(?:they|ellos|ellas|ils|elles|eles|elas|still|aun|todavia|also|tambien)\s+)*$)",
                                 after[:negated.start("neg")]):
            # "Local governments and NGOs, but companies are not eligible": the negation is the companies';
            # "Municipal governments may host pilots but are not eligible" keeps the subject, and its negation
            negated = None
        if EXPERIENCE_IN.search(before):
            continue  # "experiencia profesional en administraciones públicas": where the applicant worked
        if pattern is not LOCAL_GOVERNMENT and _WITH_PARTNER_BEFORE.search(before):
            continue  # "Coastal cities …, submitting jointly with their National Olympic Committee": the applicant's partner
        partner = AS_PARTNER_AFTER.search(after) if pattern is LOCAL_GOVERNMENT else None
        if partner and _others_relative_before(after, partner.end()) and not _THE_OTHER_LEADS.search(partner.group(0)):
            partner = None  # "… junto con una universidad que participe como socia": the university's role
        if not NEGATION.search(before) and not negated and not _denied_by_but(after) \
                and not (pattern is LOCAL_GOVERNMENT and (partner_before(before, m.group(0)) or partner
                                                          or PROPOSED_BY_AFTER.search(after)
                                                          or NOMINATED_BY_OTHERS_BEFORE.search(before)
                                                          or _NOT_THE_APPLICANT_BEFORE.search(before))):
            found.append(m.group(0))
    return found


# where the others named before are seated, then "y" and a body: "Entidades sin ánimo de lucro con domicilio en Colombia y
# entidades públicas del orden municipal" (a second applicant, not a place of the first)
_SEATED_THEN_BODY = re.compile(r"\b(?:domicilio|domiciliad[oa]s|sede|radicad[oa]s|based|located|ubicad[oa]s) (?:en|in|no|na|em) "
                               r"[\w ]{0,30}\b(?:y|and|e|et) $")
_BODY_NOUN = re.compile(r"(?:entidades|administraciones|administrations|instituciones|institutions|organismos|autoridades|"
                        r"authorities|gobiernos|governments|alcaldias)\b")


def partner_before(before: str, mention: str) -> bool:
    """PARTNER_BEFORE said before a local government mention, unless it is a body named after the others' seat (shared
    with the page reader)."""
    return bool(PARTNER_BEFORE.search(before)) and not (_SEATED_THEN_BODY.search(before) and _BODY_NOUN.match(mention))


def _places_restricted(text: str) -> tuple[list[str], bool]:
    """Places named in restrictive phrases ('only entities based in Spain'), and whether Colombia is among them."""
    others: list[str] = []
    includes_colombia = False
    for m in RESTRICTION.finditer(text):
        if re.search(r"\b(?:experienc\w*|instituc\w*|institution\w*|expert\w*|especialistas|tecnicos|know-how|savoir-faire|"
                     r"pares|peers|"
                     r"practicas|praticas|practices|pratiques|modelo|model|"
                     # the works a call is about: "tradução de autores brasileiros", "Spanish literature", "cine francés"
                     r"autor(?:es|as)?|authors?|auteur(?:e|s|es)?|escritor(?:es|as)?|writers?|ecrivain(?:e|s|es)?|obras|"
                     # "public bodies … that invite Japanese artists": the artists a call brings, not who applies
                     r"artists|artistas|artistes|musicians|musicos|musiciens|"
                     r"works|oeuvres|livros|libros|books|livres|literatura|literature|litterature|cine|cinema|filmes|"
                     r"peliculas|films|"
                     # an event or a title named with a demonym: "les Journées européennes des métiers d'art", "la
                     # Capitale européenne de la culture", "la Semana Europea de las Regiones"
                     r"journees|jornadas|semaine|semana|festival|foro|forum|congres|congreso|cumbre|sommet|capitale|"
                     r"capital|premio|prix|ano|annee)\s+$", text[max(0, m.start() - 30):m.start()]) or re.search(
                         r"\b(?:lors d\w*|au cours d\w*|durante|during|pendant)\s+(?:[\w']+\s+){0,3}$",
                         text[max(0, m.start() - 45):m.start()]):
            continue  # "experiências brasileiras", "instituciones españolas ejecutan": who offers, not who applies
        if re.search(r"\b(?:com|con|with|avec)\s+(?:\w+\s+){0,2}$", text[max(0, m.start() - 40):m.start()]):
            continue  # "rodadas de negócios com operadores brasileiros": whom the applicants meet
        span = m.group(0)
        if COLOMBIA_INCLUDED.search(span):
            includes_colombia = True
        others.extend(p.group(0) for p in OTHER_PLACES.finditer(span))
    return others, includes_colombia


# "además de Haití y Honduras en América Latina": the region only says where the countries listed are
_COUNTRIES_IN_REGION_BEFORE = re.compile(r"\b(?:y|and|et|e|o|or|ou)\s+(?P<country>[a-z]+(?: [a-z]+)?)\s+(?:en|in|em|dans)\s+"
                                         r"(?:la |the |l'|a )?$")


# "the Africa–Caribbean trade partnership", "EU-LAC": the second half of a compound naming a tie between two regions
_COMPOUND_BEFORE = re.compile(r"[a-z][-–—]$")
# "CCRIF member countries in the Caribbean and Central America": the region only says where an organisation's members are
_MEMBERS_IN_BEFORE = re.compile(r"\b(?:member (?:countries|states|nations)|(?:paises|estados) (?:miembros|membros)|"
                                r"(?:pays|etats) membres)\s+(?:(?:located|situated|ubicad[oa]s|situad[oa]s|situes|localizad[oa]s)\s+)?"
                                r"(?:in|en|em|dans|de|of|du|da|do|del)\s+(?:the |la |el |l'|a |les |o )?$")


# "Los países prioritarios en América Latina son Bolivia, Ecuador y Perú": the region only locates the countries listed
# after it
_COUNTRIES_IN_REGION_AFTER = re.compile(r"\W{0,3}(?:son|are|sont|sao|:)\s+(?P<countries>[^.;]{3,200})")


# "Na América Latina, apenas cidades do Uruguai, Argentina e Venezuela estão abrangidas": the region narrowed to some of
# its countries (shared with the page reader)
ONLY_SOME_OF_REGION_AFTER = re.compile(
    r"\s*,?\s+(?:apenas|solo|solamente|unicamente|only|seulement|uniquement|somente)\s+(?:(?:as|os|las|los|les|the)\s+)?"
    r"(?:cidades|ciudades|cities|villes|municipios|municipalities|communes|gobiernos locales|governos locais|local "
    r"governments|local authorities)\s+(?:d[eoa]s?|de|of|from|du|des|in|en|em)\s+(?P<countries>[^.;]{3,120})")


def _region_locates_list_after(text: str, end: int) -> bool:
    """Whether a region named at `end` is followed by a list of other countries that leaves Colombia out."""
    listed = _COUNTRIES_IN_REGION_AFTER.match(text, end) or ONLY_SOME_OF_REGION_AFTER.match(text, end)
    return bool(listed) and not COLOMBIA_INCLUDED.search(listed.group("countries")) and len(
        _COUNTRY_NAMES.findall(listed.group("countries"))) >= (2 if listed.re is _COUNTRIES_IN_REGION_AFTER else 1)


def _colombia_opened(text: str) -> bool:
    """Whether text opens the call to a place that includes Colombia (not a region that only locates countries listed
    before it, or an organisation's members, nor half of a compound)."""
    for m in COLOMBIA_INCLUDED.finditer(text):
        listed = _COUNTRIES_IN_REGION_BEFORE.search(text, max(0, m.start() - 60), m.start())
        if listed and OTHER_PLACES.fullmatch(listed.group("country")):
            continue
        if _COMPOUND_BEFORE.search(text, max(0, m.start() - 2), m.start()):
            continue
        if _region_locates_list_after(text, m.end()):
            continue
        if _MEMBERS_IN_BEFORE.search(text, max(0, m.start() - 60), m.start()) and _foreign_membership(text):
            continue
        return True
    return False


# "U.S. agencies" is one sentence ("Director/a de Resiliencia designado/a. Las ciudades …" are two)
_SENTENCES = re.compile(r"(?<![\s.(][a-z])(?<!^[a-z])[.;](?=\s|$)")


# A prize entered only by others' nomination: "As candidaturas são feitas apenas por nomeação, por entidades … convidadas
# pelo júri" (not "Self-nominations are not accepted" alone: officials' programmes say so of the officials)
_NOMINATION_ONLY = re.compile(
    r"\b(?:(?:apenas|solo|solamente|unicamente|only|exclusivamente|exclusively|uniquement|seulement|somente)\s+(?:por|by|par|"
    r"sur|mediante|through)\s+(?:nomeacao|nominacion|nomination|nominations|indicacao)|(?:by|por|sur|par) (?:nomination|"
    r"nominacion|nomeacao) (?:only|unicamente|uniquement|apenas))\b")


def assess_call(opp: OpportunityLike) -> CallEligibility:
    """Read who may apply and from where, once per call; `for_city` then adds the city's population."""
    eligibility = _own_members_unnamed(_coasts_abroad(_island_caribbean(fold(opp.eligibility or ""))))
    body = _island_caribbean(fold(f"{opp.title or ''}. {opp.summary or ''}"))
    extra = opp.extra or {}
    extra_text = fold(_flatten({k: v for k, v in extra.items() if k not in (PAGE_VERDICT, PAGE_VERDICT_RULE)}))
    facts: list[str] = []

    # Where applicants must be.
    foreign_only = False
    associates: str | None = None  # the sentence letting towns of a place with Colombia in as associates only
    places, includes_colombia = _places_restricted(body)
    # a partner's place, or where the projects run, says nothing of who applies (read once, used twice below)
    stated = PROJECT_PLACE.sub(" ", PARTNER_CLAUSE.sub(" ", eligibility))
    co_applicant = _co_applicant_here(eligibility)
    if eligibility:
        # a sentence that only says who may NOT apply ("les collectivités colombiennes ne peuvent pas déposer", "EU
        # nationals are not eligible") neither opens the call nor limits it to the places it names
        # (nor does one that only says who comes first: "Priority is given to cities twinned with a Japanese town")
        # (nor one that lets others in a lesser role only: "Authorities from outside Europe may join only as associated
        # policy stakeholders")
        affirmed = " . ".join(PROJECT_PLACE.sub(" ", PARTNER_CLAUSE.sub(" ", PARTNER_SUBJECT.sub(" ", part)))
                              for part in _SENTENCES.split(eligibility)
                              if not _denies_applying(part) and not _PREFERENCE_SENTENCE.match(part)
                              and not _LESSER_ROLE_ONLY.search(part) and not _ASSOCIATES_ONLY.search(part))
        associates = next((part for part in _SENTENCES.split(eligibility)
                           if _ASSOCIATES_ONLY.search(part) and COLOMBIA_INCLUDED.search(part)), None)
        # (nor do the languages of the application: "Submissions in English, Spanish, French or Portuguese")
        named = [p.group(0) for p in OTHER_PLACES.finditer(NOT_APPLICANTS_PLACE.sub(" ", _LANGUAGE.sub(" ", affirmed)))]
        if (_colombia_opened(COLOMBIA_NOT_ELIGIBLE.sub(" ", affirmed))
                or (_applicants_where_project_runs(stated) and COLOMBIA_INCLUDED.search(body))):
            includes_colombia = True
        elif named and not co_applicant:  # (a co-applicant from a place with Colombia in it: the others are the lead's)
            # The eligibility text names only other places: a restriction ("Ayuntamientos de Madrid"), whatever
            # the title says of the partners ("coopération franco-colombienne").
            places += named
            includes_colombia = False
    unknown_seats: list[str] = []  # seats in places no list knows ("le bassin Rhône-Méditerranée")
    for clause in [*_exclusive_clauses(stated),
                   *(m.group(0) for m in SEAT.finditer(_REGISTRATION_SYSTEM.sub(lambda r: " " * len(r.group(0)), eligibility))
                     # not a partner's seat ("en alianza con una entidad sin ánimo de lucro con sede en Cataluña")
                     if not (_EXCLUSIVE_OTHER_ROLE.search(before := re.split(r"[.;]", eligibility[:m.start()])[-1])
                             or PARTNER_CLAUSE.search(before)))]:
        if co_applicant and (LEAD_RESTRICTION.search(clause) or not LOCAL_GOVERNMENT.search(clause)):
            continue  # the lead's place, beside whom the city applies ("Consortia led by a company registered in …")
        clause = _REGISTRATION_SYSTEM.sub(" ", clause)
        named = [p.group(0) for p in OTHER_PLACES.finditer(NOT_APPLICANTS_PLACE.sub(" ", clause))]
        if not named and SEAT.match(clause) and not COLOMBIA_INCLUDED.search(clause):
            unknown_seats += _seat_place_elsewhere(clause, fold(getattr(opp, "funder", None) or ""))
        # ("registered in the EU or in a partner country": the partner countries the body names, Colombia among them)
        if named and not COLOMBIA_INCLUDED.search(clause) and not _list_reaches_colombia(stated, clause) and not (
                _applicants_where_project_runs(clause) and COLOMBIA_INCLUDED.search(body)):
            places += named
            includes_colombia = False
    if COLOMBIA_NOT_ELIGIBLE.search(eligibility) or colombia_denied(eligibility):
        places.append("Colombia no es elegible")
        includes_colombia = False
    if UPPER_MIDDLE_INCOME_OUT.search(eligibility):
        places.append("países de ingreso medio alto, como Colombia, no elegibles")
        includes_colombia = False
    membership = _foreign_membership(eligibility) if eligibility else None
    if membership and not COLOMBIA_INCLUDED.search(_members_narrowed_unsaid(eligibility, membership)):
        places.append(f"miembros de {membership}")
        includes_colombia = False
    listed = _countries_listed_without_colombia(eligibility or body)
    if listed:
        places += listed
        includes_colombia = False
    home = _funders_own_country(eligibility, getattr(opp, "funder", None))
    if home:
        places.append(home)
        includes_colombia = False
    # (a lead from elsewhere leaves the city in when it applies beside it as co-applicant)
    for m in () if co_applicant else LEAD_RESTRICTION.finditer(eligibility):
        # "… with a UK-based partner": the partner's place is not the lead's, nor is a funder's registry
        # ("… a municipal government in a partner country of German development cooperation": the funder's, not the lead's)
        lead = NOT_APPLICANTS_PLACE.sub(" ", PARTNER_CLAUSE.sub(" ", _REGISTRATION_SYSTEM.sub(" ", m.group(0))))
        named = [p.group(0) for p in (*OTHER_PLACES.finditer(lead), *LEAD_DEMONYM.finditer(lead))]
        # ("… de uno de los siguientes países: Argentina, …, Colombia")
        if named and not COLOMBIA_INCLUDED.search(m.group(0)) and not _list_reaches_colombia(eligibility, m.group(0)):
            places += named
            includes_colombia = False
    if co_applicant and not (places and not includes_colombia):
        facts.append(f"un gobierno local colombiano postula como co-solicitante, junto a un solicitante principal de otro "
                     f"lugar («{co_applicant[:120]}»)")
    associates_only = bool(places and not includes_colombia and associates)
    if associates_only:
        # the applicants are elsewhere, Colombian towns take part beside them: something to pass on, not to apply for
        facts.append("restringida a solicitantes de otros países o regiones (" + ", ".join(dict.fromkeys(places)) + "); "
                     f"los gobiernos locales de la región solo participan como entidades asociadas («{associates.strip()[:120]}»)")
    elif places and not includes_colombia:
        foreign_only = True
        facts.append("restringida a solicitantes de otros países o regiones (" + ", ".join(dict.fromkeys(places)) + ")")
    elif project_places := _project_places_only(eligibility):
        foreign_only = True
        facts.append("financia solo proyectos en otros países (" + ", ".join(dict.fromkeys(project_places)) + ")")
    us_federal = any(k in extra for k in US_FEDERAL_KEYS) or bool(US_APPLICANT_TYPES.search(extra_text))
    if us_federal and not FOREIGN_ALLOWED.search(f"{eligibility} {extra_text}"):
        foreign_only = True
        facts.append("convocatoria federal de Estados Unidos para entidades de ese país")
    regions = " ".join(_flatten(v) for k, v in extra.items() if "region" in k.lower())
    if regions and BDNS_SPAIN_REGION.search(fold(regions)) and not COLOMBIA_INCLUDED.search(fold(regions)):
        foreign_only = True
        facts.append(f"ayuda española limitada a la región «{regions[:80]}»")

    # Who may apply: a page extractor's applicant kinds when there is no eligibility text, else the
    # eligibility text first, then the extra fields, then title and summary.
    applicants = APPLY
    kinds = [] if eligibility else _extracted_kinds(extra)
    if kinds:
        local = "local_governments" in kinds
        applicants = APPLY if local else PASS_ON
        facts.append("pueden aplicar gobiernos locales (según la página de la convocatoria)" if local else
                     "dirigida a otros actores, no al gobierno local (según la página: " + ", ".join(kinds) + ")")
    else:
        applicants, fact = _applicants_in_text((("requisitos", eligibility), ("campos de la fuente", extra_text),
                                                ("título", fold(opp.title or "")),
                                                ("resumen", body)))
        if fact == UNSTATED_APPLICANT and extra.get(PAGE_VERDICT) is True:
            applicants, fact = APPLY, "la página de la convocatoria nombra a los gobiernos locales entre quienes pueden postular"
        elif fact == UNSTATED_APPLICANT and opp.funder_type == CITY_NETWORKS:
            applicants, fact = APPLY, NETWORK_FOR_CITIES  # a city network's silence addresses its cities
        elif applicants == PASS_ON and co_applicant:
            # "Consortia must be led by a Dutch company … Local governments may join as co-applicants receiving up to
            # 20 %": the lead is the only one named alone, the city applies beside it
            applicants, fact = APPLY, "pueden aplicar gobiernos locales como co-solicitantes"
        facts.append(fact)
    if associates_only and applicants == APPLY:
        applicants = PASS_ON  # (the applicants named are the others': "autorités locales établies dans un État membre")
    if extra.get(PAGE_VERDICT) is False:
        rule, _, quoted = str(extra.get(PAGE_VERDICT_RULE) or "").partition(" ")
        quoted = quoted if quoted.strip("«» ") else ""
        # ("The lead applicant must be … of an EU Member State": the city co-applies beside that lead, read above)
        lead_elsewhere = co_applicant is not None and LEAD_RESTRICTION.search(_sentence_quoted(eligibility, fold(quoted))) is not None
        if rule in PAGE_RULES_ELSEWHERE:
            if not lead_elsewhere:
                foreign_only = True
                facts.append(f"{PAGE_RULES_ELSEWHERE[rule]} {quoted}".strip())
        elif applicants == APPLY and not (co_applicant and rule in (RULE_LOCAL_EXCLUDED, RULE_NO_LOCAL_APPLICANT)):
            # (the page reader takes co-applicants, or associations beside them, for partners; a local government of a
            # place with Colombia in it that co-applies beside a lead from elsewhere applies: README)
            applicants = PASS_ON
            facts[-1:] = [f"{PAGE_RULES_OTHERS.get(rule, 'la página de la convocatoria deja por fuera a una alcaldía colombiana')} "
                          f"{quoted}".strip()]
    if applicants == APPLY and eligibility and (nominated := _NOMINATION_ONLY.search(eligibility)) \
            and not staff_nominated_by_their_entity(eligibility):
        applicants = PASS_ON  # "As candidaturas são feitas apenas por nomeação … não são aceites auto-candidaturas"
        facts[-1:] = [f"solo por nominación de terceros: la alcaldía no postula por sí misma («{nominated.group(0)}»)"]
    if unknown_seats and not foreign_only and not includes_colombia:
        # applicants seated somewhere no list knows (neither a country, nor a Colombian department or city) are another
        # country's: "associations ayant leur siège dans le canton de Genève", "headquartered in Tuscany"
        foreign_only = True
        facts.append(f"exige la sede de los solicitantes en otro lugar («{unknown_seats[0]}»)")
    heritage = _heritage_only(eligibility)
    members_of = _members_only_networks(eligibility, opp, heritage) if applicants == APPLY and eligibility else ()
    if not members_of and applicants == APPLY and eligibility and MEMBERS_ONLY.search(eligibility) \
            and _NON_MEMBERS_OUT.search(eligibility) and _members_only_named(eligibility) is None:
        applicants = PASS_ON  # "Only member cities may apply … Cities that are not members are not eligible"
        facts.append("solo los miembros de la red pueden postular y los demás no: verifique si la ciudad es miembro")
    elif (not members_of and applicants == APPLY and eligibility and NETWORK_CITIES.search(eligibility)
          and not _affirmed(LOCAL_GOVERNMENT, eligibility) and not _joining_open(eligibility)):
        applicants = PASS_ON  # "Ciudades asociadas a la Red X" of a network Vigía cannot tell
        facts.append("solo las ciudades de una red pueden postular y Vigía no sabe cuál: verifique si la ciudad es miembro")
    where = (unread_place_condition(eligibility) or unread_demonym(opp.eligibility or "")
             or unread_named_region(opp.eligibility or "")) \
        if applicants == APPLY and eligibility else None
    if where:
        applicants = PASS_ON
        facts.append(f"los requisitos ponen una condición de lugar que Vigía no sabe leer («{where[:160]}»): verifique "
                     "si la ciudad la cumple antes de postular")
    sisters = _sisters_only(eligibility) if applicants == APPLY and eligibility else None
    sisters_named = _sisters_named(eligibility) if sisters else None
    if sisters and sisters_named is None:
        applicants = PASS_ON
        facts.append(f"limitada a las ciudades o regiones hermanas del financiador («{sisters}»): verifique si la "
                     "ciudad lo es antes de postular")
    elif sisters:
        facts.append(f"limitada a las ciudades hermanas del financiador que la convocatoria nombra una a una («{sisters}»)")
    denial = unread_local_denial(eligibility) if applicants == APPLY and eligibility else None
    if denial and co_applicant and co_applicant in denial:
        denial = None  # "… may only be co-applicants or affiliated entities, not lead applicants": the co-applicant role
    if denial:
        applicants = PASS_ON
        facts.append(f"una frase de los requisitos niega algo a los gobiernos locales («{denial[:160]}»): "
                     "verifique antes de postular")
    channel = _national_channel(eligibility or body)
    if channel and not STAFF_NOMINATED.search(eligibility or body) and (
            applicants == APPLY or facts[-1:] == [UNNAMED_APPLICANT]):
        if applicants == PASS_ON:
            facts.pop()  # the national channel is the reason to tell
        applicants = PASS_ON
        facts.append(f"se presenta solo a través de una entidad nacional, no por la ciudad («{channel}»)")

    text = _figures_as_digits(f"{eligibility}. {body}")
    low: list[int] = []
    high: list[int] = []
    limits = (((MIN_POPULATION, POPULATION_FIRST_MIN, NUMBER_FIRST_MIN, POPULATION_OF_OR_MORE), low, high),
              ((MAX_POPULATION, POPULATION_FIRST_MAX, NUMBER_FIRST_MAX, POPULATION_OF_OR_FEWER), high, low))
    population_stated = _may_state_population(text)
    for patterns, side, other in limits if population_stated else ():
        for pattern in patterns:
            for m in pattern.finditer(text):
                if PREFERENCE.search(re.split(r"[.;]", text[max(0, m.start() - 80):m.start()])[-1]):
                    continue  # "priority to cities under 500,000 inhabitants": a preference, not a limit
                if _JOINTLY_AFTER.match(text, m.end()):
                    continue  # "Cities of fewer than 100,000 inhabitants must apply jointly with neighbours": how
                    #           the small ones apply, not who may
                if _PARTNER_SIZE_BEFORE.search(re.split(r"[.;]", text[max(0, m.start() - 80):m.start()])[-1]):
                    continue  # "… conjointement avec au moins une ville intermédiaire de moins de 500 000 habitants": the
                    #           partner's size
                left_out = NEGATION.search(text[max(0, m.start() - 80):m.start()]) or _LEFT_OUT_AFTER.search(text[m.end():])
                (other if left_out else side).append(_number(m.group(1), m.group(2)))
    for m in POPULATION_RANGE.finditer(text) if population_stated else ():
        d1, u1, d2, u2 = (g for g in m.groups()[:4]) if m.group(1) else m.groups()[4:]
        low.append(_range_start(d1, u1, _number(d2, u2)))
        high.append(_number(d2, u2))
    if (low or high) and _BOTH_SIDES.search(text):
        low, high = [], []  # "se distinguen capitales, ciudades de más y de menos de 500.000 habitantes": categories
        facts.append("las cifras de población dan categorías de la convocatoria, no un límite")
    elif low and high and max(low) > min(high):
        # "tres categorías: hasta 50.000 habitantes, de 50.001 a 500.000 y más de 500.000": bands of a prize, one for
        # every size, not a limit (no town is both above the one and below the other)
        low, high = [], []
        facts.append("las cifras de población dan categorías de la convocatoria, no un límite")
    intermediate = INTERMEDIATE_CITIES.search(eligibility or body)
    # (not beside a floor above them: "population above 1.5 million …; smaller cities should contact the partner")
    if intermediate and not high and not (low and max(low) >= INTERMEDIATE_MAX) \
            and not _preferred(eligibility or body, intermediate.start()):
        high.append(INTERMEDIATE_MAX)
        facts.append(f"dirigida a ciudades intermedias («{intermediate.group(0)}»: hasta 1 millón de habitantes)")
    departments, places = limited_to(opp.eligibility or "") if eligibility else limited_to(body)
    capitals = _capitals_only(eligibility or body, opp)
    conflict = CONFLICT_MUNICIPALITIES.search(eligibility or body)
    if conflict and not high and not _preferred(eligibility or body, conflict.start()) and not _A_PARTNER_REQUIRED_BEFORE.search(
            (eligibility or body)[max(0, conflict.start() - 90):conflict.start()]):
        high.append(CONFLICT_MAX)
        facts.append(f"limitada a municipios de los programas de paz («{conflict.group(0)}»), todos de menos de 600.000 habitantes")
    uncertified = _uncertified_only(eligibility or body)
    if uncertified and not _preferred(eligibility or body, uncertified.start()):
        high.append(CERTIFIED_ABOVE)
        facts.append(f"limitada a municipios no certificados («{uncertified.group(0)}»); los de más de 100.000 habitantes "
                     "lo están por ley (Ley 715 de 2001)")
    amazon = AMAZON_ONLY.search(eligibility or body)
    if amazon and not departments and not PREFERENCE.search((eligibility or body)[max(0, amazon.start() - 50):amazon.start()]):
        departments, places = AMAZON_DEPARTMENTS, ["Amazonía"]
    left_cities, left_departments, left_names = excepted(opp.eligibility or "") if eligibility else excepted(body)
    # "salvo las del departamento de Antioquia" is no limit to it (not "se exceptúan … los municipios del Área Metropolitana
    # del Valle de Aburrá": a part of Antioquia, the rest still the limit)
    if departments and departments <= {code for code in left_departments if DEPARTMENTS[code][0] in left_names}:
        departments, places = frozenset(), []
    territory = _funder_territory(opp, f"{eligibility} {body}", eligibility) if not departments else None
    return CallEligibility(applicants, foreign_only, max(low) if low else None, min(high) if high else None,
                           tuple(facts), departments, tuple(places), categories_named(eligibility or body), capitals,
                           left_cities, left_departments, tuple(left_names),
                           coastal_only=_only_these_cities(COASTAL_ONLY, eligibility or body)
                           or bool(COAST_REQUIRED.search(eligibility or body)),
                           border_only=_only_these_cities(BORDER_ONLY, eligibility or body),
                           ports_only=_only_these_cities(PORT_ONLY, eligibility or body)
                           or bool(PORT_REQUIRED.search(eligibility or body)),
                           coast=_coast_named(eligibility or body),
                           capitals_excepted=bool(CAPITALS_EXCEPTED.search(eligibility or body)),
                           listed_capitals=sisters_named if sisters_named is not None
                           else invited if (invited := invited_members_named(eligibility)) is not None
                           else listed_capitals(opp.eligibility or "") if eligibility else None,
                           heritage_only=heritage, funder_territory=territory,
                           funder_name=(getattr(opp, "funder", None) or "")[:80]
                           if territory is not None or members_of else "",
                           members_of=members_of,
                           members_refused=_members_refused_networks(eligibility, opp) if eligibility else (),
                           funder_city=_funder_city(opp), **_altitude_limits(eligibility),
                           warm_climate_only=_warm_climate_only(eligibility), reef_only=_reef_only(eligibility),
                           creative_field=_creative_field(eligibility) if "unesco_creative" in members_of else "")


# "ciudades designadas como Ciudad Creativa de la UNESCO en gastronomía", "Creative Cities of Music", "subred de Gastronomía"
_CREATIVE_FIELD = re.compile(r"\b(?:(?:ciudad|ciudades|cidade|cidades|city|cities|ville|villes) creativ\w* (?:de la unesco |da unesco |"
                             r"de l.unesco |unesco )?(?:en|in|de|of|da|do|du|em|dans)(?: la| el| a| o| the| le| l.)? ?|"
                             r"(?:subred|sub-network|subnetwork|sous-reseau|sub-rede) (?:de|of|da|du) (?:la |el |a |o |the |l.)?)"
                             r"(?P<field>gastronomia|gastronomy|gastronomie|musica|music|musique|diseno|design|cine|film|cinema|"
                             r"literatura|literature|litterature|artesania|artesanias|crafts and folk art|crafts|artesanato|"
                             r"artisanat|artes mediaticas|media arts|arts numeriques|artes digitais)\b")


def _creative_field(eligibility: str) -> str:
    """The creative field a UNESCO Creative Cities call limits its members to, or ""."""
    m = _CREATIVE_FIELD.search(eligibility)
    return m.group("field") if m else ""


# A territorial government funds its own territory unless its call says otherwise: "Gobernación del Huila", "Prefeitura de
# São Luís", "Ayuntamiento de Madrid", "RAP Pacífico". Its calls name their towns in ways no list reads ("residencia
# comprobada en el municipio"), so the funder's own place is the limit unless the call opens beyond it.
TERRITORIAL_FUNDER = re.compile(
    r"\b(?:gobernacion|alcaldia|prefeitura|ayuntamiento|ajuntament|ville de|mairie|municipalidad|municipio de|intendencia|"
    r"diputacion|generalitat|junta de|regione|region|provincia|province|conseil (?:departemental|regional)|departement|"
    r"comunidad de|governo do estado|gobierno del estado|estado de|city of|city council|municipality of|county|rap|"
    r"camara municipal|cabildo|metropolitan municipality|area metropolitana|metropole|comunidade intermunicipal|"
    r"comunidad intermunicipal|mancomunidad|intercommunalite|communaute (?:de communes|d.agglomeration|urbaine)|"
    # another country's own ministry: "Fundo Ambiental — Ministério do Ambiente e Energia de Portugal" funds its towns
    r"(?:ministerio|ministere|ministry|ministerium|ministero)\b[^.;]{0,60}?\b(?:de|of|du|da|do|del|des) (?:la |the |l.)?"
    r"(?:" + _country_names() + r"))\b")
OPENED_BEYOND = re.compile(COLOMBIA_INCLUDED.pattern + r"|\b(?:internacional\w*|international\w*|extranjer\w*|foreign|abroad|"
                           r"etranger\w*|estrangeir\w*|otros paises|other countries|autres pays|outros paises|ibero\w*|"
                           r"latin\w*|mundo|world|monde|caraibe\w*|"
                           # "governos locais de qualquer país", "any city government", "a JICA partner country"
                           r"qualquer pais|n.importe quel pays|any city (?:or regional )?government|"
                           # "Toute ville de plus de 500 000 habitants, quel que soit le pays"
                           r"quel que soit (?:le|leur|son) pays|whatever (?:the|their|its) country|regardless of (?:the |their "
                           r"|its )?country|sin importar el pais|independientemente del pais|seja qual for o pais|"
                           r"partner countr(?:y|ies)|paises socios|pays partenaires|paises parceiros|"
                           # "les collectivités locales des pays figurant sur la liste des bénéficiaires de l'aide publique au
                           # développement du CAD de l'OCDE", "ODA-eligible countries"
                           r"aide publique au developpement|official development assistance|oda[- ]eligible|dac list|"
                           r"lista (?:de )?(?:beneficiarios|receptores) de (?:la )?aod|liste du cad|lista do cad)\b")


# "Overseas organisations and governments cannot apply": a territorial funder's call that says so stays at home, whatever
# its title's "International Engagement Grants" says
FOREIGN_REFUSED = re.compile(r"\b(?:overseas|foreign|extranjer[oa]s|del exterior|etrangere?s|estrangeir[oa]s)\s+"
                             r"(?:[\w-]+\s+){0,3}?(?:cannot|can ?not|may not|are not eligible|no pueden|no son elegibles|"
                             r"ne peuvent pas|ne sont pas eligibles|nao podem|nao sao elegiveis)\b")


# An altitude the applying towns must lie above or below: "cuyo casco urbano se encuentre por encima de los 2.500 metros
# sobre el nivel del mar", "cities located above 2,000 m a.s.l.", "villes situées à plus de 1 500 m d'altitude"
_ALTITUDE = re.compile(
    r"\b(?P<side>por encima de|a mas de|mas de|sobre|superior(?:es)? a|mayor(?:es)? a|above|over|higher than|more than|"
    r"acima de|a mais de|mais de|au-dessus de|a plus de|plus de|por debajo de|a menos de|menos de|inferior(?:es)? a|below|"
    r"under|lower than|less than|abaixo de|au-dessous de|en dessous de|a moins de|moins de)\s+(?:(?:los|las|the|os|as)\s+)?"
    r"(?P<digits>\d{1,3}(?:[., ]\d{3})+|\d{3,4})\s*(?:(?:m|mts|metros|meters|metres)\b\.?\s*)?"
    r"(?:de altitud|de altitude|d.altitude|in altitude|of altitude|(?:above|sobre el|acima do|au-dessus du) "
    r"(?:sea level|nivel del mar|nivel do mar|niveau de la mer)|s\.? ?n\.? ?m\b|msnm\b|a\.? ?s\.? ?l\b)")
_BELOW = re.compile(r"debajo|menos|inferior|below|under|lower|less|abaixo|dessous|moins")
# ... said of where the applying towns are, in the same sentence: "municipios … cuyo casco urbano se encuentre"
_TOWN_SITED = re.compile(r"\b(?:casco urbano|cabecera|ciudad(?:es)?|municipios?|alcaldias|gobiernos (?:locales|municipales)|"
                         r"cit(?:y|ies)|towns?|municipalities|local governments|villes?|communes?|collectivites|cidades?|"
                         r"governos locais|prefeituras)\b")
# ... with a verb or relative that places the town at that altitude ("located", "cuyo casco urbano se encuentre")
_SITED = re.compile(r"\b(?:located|situated|lying|sited|whose|ubicad[oa]s?|situad[oa]s?|localizad[oa]s?|se encuentr\w+|"
                    r"esten|estan|cuy[oa]s?|situee?s?|dont|cuj[oa]s?|(?:se )?encontr\w+)\b")


def _altitude_limits(eligibility: str) -> dict[str, int]:
    """The altitude limits the requirements put on the applying towns: {"min_altitude": 2500} or {} when none."""
    limits: dict[str, int] = {}
    for m in _ALTITUDE.finditer(eligibility):
        sentence_start = _sentence_start(eligibility, m.start())
        towns = list(_TOWN_SITED.finditer(eligibility, sentence_start, m.start()))
        between = eligibility[towns[-1].end():m.start()] if towns else ""
        if not towns or not (len(between.strip()) <= 12 or _SITED.search(between)):
            continue  # "projects protecting páramos above 3,000 m": where the work is, not where the applicant lies
        metres = int(re.sub(r"\D", "", m.group("digits")))
        limits["max_altitude" if _BELOW.search(m.group("side")) else "min_altitude"] = metres
    return limits


# A warm climate asked of the applying towns: "alcaldías de ciudades colombianas con clima cálido", "cities with a hot
# climate", "temperatura media anual superior a 20 °C"
_WARM_CLIMATE = re.compile(r"\b(?:clima (?:calido|caliente|tropical)|climas? calidos|(?:warm|hot|tropical) climates?|"
                           r"climat (?:chaud|tropical)|clima quente|piso termico calido|temperatura media(?: anual)? "
                           r"(?:superior|mayor|por encima)|(?:average|mean)(?: annual)? temperature (?:above|over|higher than|"
                           r"of at least)|temperature moyenne(?: annuelle)? superieure|temperatura media(?: anual)? acima)\b")
# Below this altitude a Colombian town's climate is warm, from this one up it is cold (the thermal floors, "pisos
# térmicos"); in between it is temperate and the city must check.
WARM_BELOW_M, COLD_FROM_M = 1000, 2000


def _warm_climate_only(eligibility: str) -> bool:
    """Whether the requirements limit the applying towns to a warm climate (not a preference for them)."""
    for m in _WARM_CLIMATE.finditer(eligibility):
        before = eligibility[_sentence_start(eligibility, m.start()):m.start()]
        if (LOCAL_GOVERNMENT.search(before) or re.search(r"\b(?:cities|ciudades|cidades|villes)\b", before)) \
                and not _preferred(eligibility, m.start()):
            return True
    return False


# Coral reefs asked of the applying towns: "gobiernos locales con jurisdicción sobre zonas costeras adyacentes a ecosistemas
# coralinos", "municipios sin … ecosistemas coralinos en su jurisdicción no son elegibles", "cities with coral reefs"
# (not the reefs a project protects: "proyectos que reduzcan las amenazas a los arrecifes")
_REEF_OF_TOWNS = re.compile(r"\b(?:con|sin|with|without|near|adyacentes? a|cercan[oa]s? a|adjacent to|com|sem|avec|sans|"
                            r"dotee?s de|que tengan|que posean|that have|bordering)\b"
                            # (not "con proyectos que protejan arrecifes": what the projects do)
                            r"(?:(?!\b(?:proyect|project|projet|projeto|iniciativ|initiativ|acci|action|aca|solucion|"
                            r"solution|solucao)\w*)[^.;]){0,50}?\b(?:ecosistemas coralinos|"
                            r"arrecifes(?: de coral| coralinos)?|coral reefs?|reefs?|recifes(?: de coral| coralinos)?|"
                            r"recifs(?: coralliens)?|ecosystemes coralliens|ecossistemas coralinos)\b")

_REEF_WORD = re.compile(r"coral|arrecif|reef|recif")
# ("… in countries of the Wider Caribbean with coral reefs": the countries have them, whichever town applies)
_REEF_COUNTRIES = re.compile(r"\b(?:countries|country|paises|pais|pays|estados|states|nations|naciones|region|regiones)\b")


def _reef_only(eligibility: str) -> bool:
    """Whether the requirements limit the applying towns to those with coral reefs (not a preference for them)."""
    if not _REEF_WORD.search(eligibility):
        return False  # (most calls: no scan of every "con"/"with" in the hot path)
    for m in _REEF_OF_TOWNS.finditer(eligibility):
        before = eligibility[_sentence_start(eligibility, m.start()):m.start()][-90:]
        towns = [*LOCAL_GOVERNMENT.finditer(before), *re.finditer(r"\b(?:cities|ciudades|cidades|villes|municipios)\b", before)]
        if towns and not _preferred(eligibility, m.start()) and not _REEF_COUNTRIES.search(
                before, max(t.end() for t in towns)):
            return True
    return False


def _funder_territory(opp: OpportunityLike, text: str, eligibility: str = "") -> frozenset[str] | None:
    """The Colombian departments of a territorial government funding its own territory (empty for a foreign one), or
    None when the funder is no territorial government or the (folded) call text opens it beyond its territory."""
    if getattr(opp, "funder_type", None) != "local_governments":
        return None
    funder = fold(getattr(opp, "funder", None) or "")
    text = text.replace("puerto colombia", "puerto")  # a town of the Barranquilla area, not the country
    if not TERRITORIAL_FUNDER.search(funder) or (OPENED_BEYOND.search(text) and not FOREIGN_REFUSED.search(eligibility)):
        return None
    if networks_named(eligibility) or (_NETWORK_MEMBERS_UNNAMED.search(eligibility)
                                       and re.search(r"\b(?:reseau|network|red|rede|rete)\b", eligibility)):
        return None  # "réservé aux villes membres du Réseau des villes créatives": a city calling its network's others
    return departments_named(funder)


# A network one joins by invitation only, its current members named: "Open to C40 member cities (currently Bogotá, Lima,
# …). Membership is by invitation only", "la membresía es solo por invitación", "l'adhésion se fait sur invitation",
# "a adesão é por convite". A city not named cannot become a member in time to apply.
INVITATION_ONLY = re.compile(r"\b(?:(?:by|on|upon) invitation(?: only)?|invitation[- ]only|por invitacion|sur invitation|"
                             r"(?:por|mediante) convite)\b")
_MEMBERSHIP_WORD = re.compile(r"\b(?:members?(?:hip)?|miembros?|membresia|membres?|adhesion|membros?|adesao|afiliacion|"
                              r"afiliacao|join(?:ing)?|unirse|adherer|aderir)\b")
_MEMBERS_NOW = re.compile(r"\b(?:currently|at present|presently|today|actualmente|hoy|a saber|namely|atualmente|hoje|"
                          r"actuellement|aujourd.hui|a savoir)[:,]?\s+(?P<list>[^().;:]{10,400})")


def invited_members_named(text: str) -> frozenset[str] | None:
    """The department capitals (DANE codes) among the current members a by-invitation network names; None when the
    (folded) text names no such list."""
    if not INVITATION_ONLY.search(text):  # most calls: no sentence to split (assess_call runs for every call)
        return _members_only_named(text) if MEMBERS_ONLY.search(text) else None
    if not any(INVITATION_ONLY.search(s) and _MEMBERSHIP_WORD.search(s) for s in _SENTENCES.split(text)):
        return None
    for m in _MEMBERS_NOW.finditer(text):
        names = [n.strip() for n in re.split(r",|\b(?:and|y|e|et|or|o|ou)\b", m.group("list")) if n.strip()]
        if len(names) >= 3:
            return frozenset(code for code, known in CAPITALS.items() if any(k in names for k in known))
    return None


# Only current members lead or apply, non-members take part as partners at most: "Only members of Metropolis with their
# fees paid may lead a pilot project … Non-member governments may participate as associated partners"
MEMBERS_ONLY = re.compile(r"\b(?:only (?:to )?(?:current |full |paid-up |active )?(?:[\w-]+ )?member(?:s| cities| governments|"
                          r" city governments| local governments| municipalities)|"
                          r"(?:[\w-]+ )?member(?:s| cities| governments) only|"
                          r"exclusively to (?:the )?(?:[\w-]+ )?member(?:s| cities| governments)|"
                          r"solo (?:para )?(?:los |las )?(?:miembros|socios|ciudades miembros?)|"
                          r"(?:unicamente|exclusivamente) (?:para )?(?:los |las )?(?:miembros|socios)|apenas (?:os )?membros|"
                          r"seuls les membres|reserv\w+ (?:to|for|a|aux|as|para) (?:los |las |les |os )?(?:members|miembros|membres|membros)|"
                          # "Open only to cities already participating in the URBELAC network"
                          # ("Open only to Latin American cities already participating in the IURC programme")
                          r"(?:only (?:to |for )?|solo (?:para )?|reserv\w+ (?:to|for|a|para) )(?:the |las |los )?"
                          r"(?:(?!(?:that|which|que|not|no|non)\b)[a-z-]+ ){0,4}?(?:cities|ciudades|"
                          r"cidades|villes|local governments|gobiernos locales|municipalities|municipios) "
                          # ("Only cities and regions already participating in the IURC programme", "Reservado a las
                          # ciudades latinoamericanas que ya participan en el programa IURC")
                          r"(?:(?:and|y|e|et|or|o|ou) [a-z-]+ )?(?:(?!(?:that|que|which|qui|already|ya|ja|deja)\b)[a-z-]+ )?"
                          r"(?:that are |que )?"
                          r"(?:already|ya|ja|deja) (?:participating|participan\w*|participam|participent|taking part)|"
                          # "Applications are only accepted from local governments already participating in MCR2030"
                          r"only accepted from (?:[a-z-]+ ){0,3}?(?:cities|local governments|municipalities) (?:that are )?"
                          r"already (?:participating|taking part|registered)|"
                          # "Only local governments that have been in Stage B or Stage C of the MCR2030 resilience roadmap"
                          r"only (?:[a-z-]+ ){0,2}?(?:cities|local governments|municipalities) (?:that|which) (?:have been|are) "
                          r"(?:in|at) stage\b|"
                          # "Only Latin American cities that took part in an IURC city pairing … may apply"
                          r"only (?:to |for )?(?:[a-z-]+ ){0,3}?(?:cities|local governments|municipalities) (?:that|which|who) "
                          r"(?:took part|participated|have participated|have taken part) in|"
                          # "Podem se inscrever somente os governos locais que integrem a Rede …"
                          r"(?:somente|apenas|solo|solamente|unicamente|seulement|uniquement|only) (?:os |las |los |les |the |as )?"
                          r"(?:governos locais|gobiernos locales|cidades|ciudades|villes|cities|municipios|local governments|"
                          r"collectivites) (?:que|that|qui) (?:integr\w+|pertenezcan|pertencam|font partie|form(?:en|an) parte|"
                          r"facam parte|belong))\b")
_NON_MEMBERS_OUT = re.compile(r"\b(?:non-?members?|no miembros?|nao membros|non membres|nao associad[oa]s|no asociad[oa]s|"
                              # "Proposals from non-participating governments will not be reviewed"
                              r"non-?participating|no participantes|nao participantes|non participants?|"
                              r"no adherid[oa]s|nao aderid[oa]s|non adherentes?|"
                              # "Cities not belonging to C40 may not apply"
                              r"(?:not belonging|no pertenecientes|nao pertencentes) (?:to|a|al) [\w-]+|"
                              r"non-?designated|no designad[oa]s|nao designad[oa]s|non designee?s|"
                              r"nao filiad[oa]s|no afiliad[oa]s|non affiliee?s|"
                              # "Applications from cities outside the Network will not be considered"
                              r"(?:cities|ciudades|cidades|villes|municipalities|municipios|governments) (?:from )?(?:outside|"
                              r"fuera de|fora d|hors d)(?:e|a|u)? ?(?:the |la |a |le |l.)?(?:[\w-]+ )?(?:network|red|rede|"
                              r"reseau|membership|membresia|membro|adhesion)|"
                              # "los gobiernos locales que no pertenecen a la red no pueden postular"
                              r"(?:que|that|which|who|qui) (?:no pertenecen|no integran|do not belong|nao pertencem|nao integram|"
                              r"n.appartiennent pas) "
                              r"(?:a la|al|to the|a|au) (?:red|network|rede|reseau)|"
                              # "Las ciudades que no forman parte de la Red no son elegibles"
                              r"(?:que|that|which|who|qui) (?:no forman parte|are not part|do not form part|nao fazem parte|"
                              r"ne font pas partie) (?:de la|of the|da|du) (?:red|network|rede|reseau)|"
                              # "La convocatoria no está abierta a municipios no asociados"
                              r"no (?:esta|es) abiert[oa] a (?:\w+ )?no (?:asociad\w*|miembros?|soci[oa]s)|"
                              r"non associee?s|(?:that|which|who|que|qui) (?:have not|has not|no (?:han|hayan)|nao(?: tenham| tenha)?) "
                              r"(?:signed|firmado|assinado|joined|adherido|aderido)|"
                              r"(?:not|no|nao|pas) (?:yet |aun |ainda |encore )?"
                              r"(?:[\w-]+ )?(?:members?|miembros?|membros?|membres))\b[^.;]{0,80}?\b(?:as (?:associated |associate |"
                              r"knowledge |unfunded |technical )?partners|como (?:socios|aliados|asociados)|comme partenaires|como parceiros|not eligible|cannot|may not|"
                              r"no pueden|ne peuvent|nao podem|no (?:son|seran) elegibles|ne sont pas eligibles|nao sao elegiveis|"
                              # "Innovator and Mega cities alike are eligible; non-member cities are not"
                              r"(?:are|is) not\s*$|no lo son\s*$|ne le sont pas|nao o sao\s*$|"
                              # "New signatories are not eligible for this cohort"
                              r"new (?:signatories|members) (?:are|will) not (?:be )?eligible|"
                              # "Applications from non-member governments will not be considered"
                              r"(?:will|shall) not be (?:considered|accepted|reviewed|evaluated)|no (?:seran|se) (?:consideradas|aceptadas|aceptan)|"
                              r"nao serao (?:consideradas|aceitas)|ne seront pas (?:considerees|acceptees|retenues))")
# ... the refusal first: "no se reciben postulaciones de ciudades no adheridas"
_NON_MEMBERS_OUT = re.compile(_NON_MEMBERS_OUT.pattern + r"|\b(?:no se (?:reciben|aceptan|admiten|consideran)|not accepted from|"
                              r"nao se (?:recebem|aceitam|admitem)|ne sont pas (?:recevables|acceptees))\b[^.;]{0,40}?\b(?:ciudades|"
                              r"cidades|cities|villes|municipios|gobiernos|governments|governos)\b[^.;]{0,20}?\b(?:no (?:adherid|"
                              r"miembr|asociad|afiliad|firmant)\w*|non-?members?|nao (?:membros|associad\w*|aderid\w*)|"
                              r"non (?:membres|adherent\w*))")


_NOT_BEFORE = re.compile(r"\b(?:not|no|nao|pas|non|ne)\s*$")  # "not only members", "no solo para los miembros"
# A city may apply while it joins: "applications from cities whose accession is in process will be accepted" (joining
# that must be completed first, "pueden adherirse, pero …", is no way in for this call)
_JOINING_IN_PROCESS = (r"accession is in process|(?:adhesion|afiliacion|membresia) (?:esta )?en (?:curso|tramite)|"
                       # "membros da rede ou em processo de adesão", "or in the process of joining"
                       r"(?:en|em|in the) (?:proceso|processo|process) (?:de|of) (?:adhesion|adesao|afiliacion|filiacao|"
                       r"accession|joining)|"
                       r"adesao em (?:curso|andamento)|adhesion en cours")
# … or joins with the application: "may apply together with a membership application", "miembros de la Red o que
# soliciten su adhesión junto con la postulación", "or that sign the commitment together with their request"
_JOINING_WITH_APPLICATION = (
    # "members of the alliance or apply for membership", "that have signed the Declaration or sign it when they apply"
    r"\bor (?:apply|applying) for membership\b|\bor sign\w* (?:it|them) (?:when|as) (?:they|it) (?:apply|applies|submit\w*)|"
    # "Local governments that have committed to the Global Covenant of Mayors …, or that commit when applying"
    r"\bor (?:that |who |which )?(?:commit|sign|join)\w* (?:when|while|upon) (?:applying|they apply|submitting)\b|"
    # "local governments that have signed, or sign together with their application, the … commitment"
    r"\bor sign\w* (?:it )?(?:together with|along with|with) (?:their|its|the) application|\bo (?:firmen|suscriban) "
    r"(?:junto con|con) (?:su|la) (?:postulacion|solicitud)|\bou (?:assinem|assinarem) (?:junto com|com) (?:a|sua) "
    r"(?:candidatura|inscricao)|\bou (?:signent|signeront) (?:avec|en meme temps que) (?:leur|la) candidature|"
    # "Cidades não associadas poderão inscrever-se se apresentarem simultaneamente o pedido de adesão à rede"
    r"simultaneamente (?:o|el|la|a|le) (?:pedido|solicitud|demande|request) de (?:adesao|adhesion|ingreso|membresia)|"
    # "cities can sign at the time of application"
    # ("municipalities that are not yet signatories may commit with the mayor's signature at the time of the request")
    r"(?:can|may) (?:sign|join|commit)\b[^.;]{0,60}\bat the time of (?:the |their |its )?(?:application|submission|request)|"
    # "new Latin American cities may join by applying with a letter from the mayor"
    r"(?:can|may) (?:still |also )?join by (?:applying|submitting|sending|attaching|signing|including)|"
    # "may request support together with their letter of commitment to the Covenant"
    r"together with (?:their|its|a|the) (?:signed )?(?:letter|carta|lettre) (?:of|de) (?:commitment|compromiso|adhesion|adesao|"
    r"engagement)|"
    # "pueden sumarse enviando la carta de compromiso del alcalde junto con su manifestación de interés"
    r"(?:sumarse|unirse|adherirse|join)\w*\b[^.;]{0,60}\b(?:junto con|together with|along with) (?:su|la|their|the) "
    r"(?:manifestacion de interes|expression of interest|solicitud|request|postulacion|application)|"
    # "el registro es gratuito y puede hacerse al enviar la solicitud"
    # ("la inscripción es gratuita y puede hacerse al momento de solicitar el intercambio")
    r"(?:registro|inscripcion|adhesion|afiliacion)\b[^.;]{0,40}\b(?:puede hacerse|se hace|se realiza|puede realizarse) "
    r"(?:al|al momento de|en el momento de) (?:(?:enviar|presentar) (?:la )?(?:solicitud|postulacion)|solicitar|postular)|"
    # "las ciudades que firmen el Pacto antes del 31 de enero de 2027 también pueden postular"
    # "las que firmen la Carta de Adhesión a BiodiverCiudades, que se puede adjuntar firmada al formulario de postulación"
    r"(?:que|that|qui) (?:firmen|suscriban|sign|assinem|signent) (?:el|la|the|o|a|le) (?:carta|letter|lettre|acta|charter) "
    r"(?:de|of|d.) (?:adhesion|adesao|accession|membership)\b|"
    r"(?:que|that|qui) (?:firmen|sign|assinem|signent) (?:el|la|the|o|a|le) (?:pacto|pact|carta|charter|declaracion|declaration|"
    # ("cities that sign the Pact by 31 January 2027 may submit in the same round")
    r"compromiso|commitment|pacte) (?:antes del?|before|by|ate|avant le) \d+|"
    # "non-member cities may join by paying the 2027 membership fee before the application deadline"
    r"(?:can|may) (?:still |also )?join by paying\b[^.;]{0,40}\bbefore the (?:application )?(?:deadline|closing)|"
    # "Cities not yet in the Network may join free of charge when registering their application"
    r"(?:can|may) (?:still |also )?join\b[^.;]{0,40}\bwhen (?:registering|submitting|filing) (?:their|its|the) application|"
    # "any city … may register as a member free of charge when applying"
    r"(?:can|may) (?:still |also )?(?:register|sign up|enrol)\w*(?: as (?:a )?members?)?\b[^.;]{0,30}\bwhen applying|"
    # "… that are not yet part of the network may register with the Network when submitting their expression of interest"
    r"(?:can|may) (?:still |also )?(?:register|sign up|enrol|join)\w*\b[^.;]{0,40}\bwhen submitting (?:their|its|the) "
    r"(?:expression of interest|application|request|proposal)|"
    # "pueden sumarse a la red con la firma de la carta de adhesión adjunta a la postulación"
    r"(?:sumarse|unirse|adherirse)\w*\b[^.;]{0,70}\badjunta a la (?:postulacion|solicitud)|"
    # ("la afiliación es gratuita y puede tramitarse en línea junto con la solicitud")
    r"(?:join\w*|membership|adhesion|afiliacion|filiacao|affiliation|adherir\w*|sign\w* the commitment|adesao|aderir\w*|"
    r"regist(?:r|er)\w*|inscrib\w*|"
    # "o que se asocien en el momento de presentar la solicitud"
    r"se asocien|se afilien|se adhieran|se associem|s.associent|"
    # "sign the network's founding statement together with their application", "la inscripción … junto con la
    # postulación", "sign up free of charge and submit their application in the same step"
    r"sign\w* (?:the |its |their )?(?:[\w']+ ){0,3}?(?:statement|declaration|charter|pledge|covenant|pact)|sign\w* up|"
    # "cidades não signatárias podem assinar o Pacto no momento da candidatura"
    r"(?:assinar|firmar|signer|subscrever|suscribir) (?:o |a |el |la |le |l.)?(?:[\w']+ ){0,3}?(?:pacto|pacte|carta|charte|"
    r"declaracao|declaracion|compromisso|compromiso|engagement)|"
    # "las que aún no lo son pueden firmarlo junto con la postulación", "soliciten su ingreso a la red en el mismo
    # formulario"
    r"firmarl[oa]|assina-l[oa]|(?:le|la) signer|sign it|ingres\w* (?:a|en) (?:la |el )?(?:red|asociacion|alianza)|"
    r"endors\w* the (?:[\w'-]+ ){0,4}?(?:declaration|charter|pledge|commitment)|"
    r"inscripcion|inscricao|incorporacion|incorporacao|incorporation)\b[^.;]{0,60}"
    # ("junto a la postulación"; not "feita pelo ponto focal oficial da cidade junto à UNESCO": with whom it is filed)
    r"\b(?:together with|along with|at the same time|junto con|junto a (?:la |su )?(?:postulacion|solicitud|propuesta|"
    r"candidatura)|al mismo tiempo|en el mismo momento|simultane\w+|"
    r"as part of (?:their|its|the) application|como parte de (?:su|la) (?:solicitud|postulacion)|"
    r"en el mismo formulario|in the same (?:application )?form|no mesmo formulario|dans le meme formulaire|"
    # ("cities that are not yet members of the network join it through the same request form")
    r"through the same (?:request |application )?form|"
    r"in the same step|en el mismo paso|no mesmo passo|dans la meme etape|"
    # "Any municipal government may register free of charge at the moment it submits its request"
    r"at the moment (?:it|they) submits?|at the moment of (?:submission|application)|when (?:it|they) submits?|"
    r"al momento de (?:postular|presentar)|en el momento de presentar|"
    # "que solicitem a adesão à Rede no próprio formulário de inscrição"
    r"en el (?:propio|mismo) formulario|no proprio formulario|in the application form itself|dans le formulaire meme|"
    r"dans le cadre de (?:leur|sa) candidature|como parte da (?:sua )?candidatura|"
    r"junto com|juntamente com|conjuntamente com|conjuntamente con|em conjunto com|no mesmo momento|en meme temps|"
    r"au moment de|"
    # "cidades que aderirem à rede no momento da candidatura"
    r"no momento da (?:candidatura|inscricao)|en el momento de (?:la |su )?(?:postulacion|solicitud|inscripcion)|"
    # "se manifestarem adesão à rede no ato da inscrição"
    r"no ato da (?:inscricao|candidatura)|en el acto de (?:inscripcion|postulacion))|"
    # the application first, then the letter: "las que envíen, junto con la postulación, la carta de adhesión a la Red"
    # ("podrán adjuntar a la postulación la carta de compromiso")
    r"(?:junto con|junto a|junto com|together with|along with|adjunt\w* a|anex\w* a|attach(?:ing)? to|joindre a) "
    r"(?:la|su|the|their|its|a|sua|leur|sa) (?:propuesta|"
    r"postulacion|solicitud|application|proposal|candidatura|proposta|candidature),? (?:\w+ ){0,3}?(?:carta|letter|"
    # ("junto con su postulación, la carta de solicitud de adhesión", "junto com a candidatura, o pedido formal de adesão")
    r"lettre|formulario|form|pedido|solicitud|request|demande)(?: formal| formelle)? (?:de |of |for |d.)?"
    r"(?:solicitud de |pedido de )?(?:adhesion|adesao|compromiso|membership|commitment|accession|ingreso|incorporacion|"
    r"afiliacion|filiacao|admission)|"
    # "pueden presentar su postulación junto con la carta de adhesión"
    r"(?:postulacion|solicitud|propuesta|candidatura|application|proposal|proposta) (?:junto con|junto com|together with|"
    r"along with|avec) (?:la|el|su|the|their|a|sua|leur) (?:carta|letter|lettre|formulario|form) (?:de |of )?(?:adhesion|"
    r"adesao|compromiso|membership|commitment|accession)|"
    # "a letter expressing the intention to join the network, signed by the mayor, must accompany the application"
    r"(?:intention|intent|intencion|intencao|voluntad|vontade) (?:to join|de (?:unirse|adherirse|ingresar|sumarse)|"
    r"de aderir|d.adherer)\b[^.;]{0,80}\b(?:accompan\w+|acompan\w+|attached to|adjunt\w+ a|anex\w+ a|joint\w* a) "
    r"(?:the |la |a |su |sua |their |its |leur )?(?:application|postulacion|solicitud|candidatura|candidature|propuesta|"
    r"proposal|proposta)|"
    # "Las ciudades no firmantes pueden firmar el Pacto hasta la fecha de cierre y presentar su candidatura"
    r"(?:pueden|podran|may|can|podem|peuvent) (?:firmar|sign|assinar|signer) (?:el|la|the|o|a|le) (?:pacto|pact|carta|"
    r"charter|declaracion|declaration|compromiso|commitment|pacte|charte)\b[^.;]{0,30}?\b(?:hasta|antes de|before|by|until|"
    r"ate|avant) (?:la fecha de |the )?(?:cierre|closing|deadline|encerramento|cloture)|"
    # "las que aún no lo han firmado pueden hacerlo antes del cierre", "las que se adhieran formalmente antes de la fecha
    # de cierre"
    r"(?:pueden|podran) hacerlo antes del? (?:la fecha de )?cierre|"
    # "ciudades no asociadas que formalicen su adhesión antes del 31 de marzo de 2027"
    # ("las ciudades que formalicen su adhesión a la red antes del 31 de enero de 2027")
    r"que formalicen su (?:adhesion|afiliacion|membresia)(?: a la (?:red|asociacion|organizacion))? antes del? (?:cierre|"
    r"\d{1,2} de [a-z]+|la firma|la suscripcion)|"
    # "non-signatory cities may apply if they commit to join"
    # ("other cities may take part if they endorse the network's platform before applying")
    r"(?:may|can) (?:still |also )?(?:apply|participate|take part) if they (?:commit to |agree to )?(?:join|sign|become|endorse)|"
    r"(?:pueden|podran) postular(?:se)? si se comprometen a (?:adherir|unirse|firmar)|"
    r"se adhieran (?:formalmente )?antes del? (?:la fecha de )?"
    r"cierre|"
    # "cities joining the network during the application window are also accepted"
    r"join\w*\b[^.;]{0,40}\bduring the (?:application|call|submission) (?:window|period)|(?:se unan|se adhieran|ingresen) "
    r"(?:a la red )?durante (?:la convocatoria|el periodo de (?:postulacion|convocatoria))|"
    # "cities that commit, with their application, to the network's pledge"
    r"commit\w*,? with (?:their|its|the) application,? to (?:the )?(?:[\w'-]+ ){0,3}?(?:pledge|commitment|charter|"
    r"covenant|pact|declaration)|"
    # "cities that are not yet members of the Network join as programme partners by signing a letter of commitment"
    # ("any city that joins by completing the membership form with its entry")
    # (not "cities that have joined … by signing its commitment before 1 November": members already)
    r"join(?!ed\b)\w*\b[^.;]{0,40}\bby (?:signing|submitting|sending|completing|filling in|filing) (?:a|an|the|their|its) "
    r"(?:[\w'-]+ ){0,2}?(?:letter|pledge|"
    r"charter|commitment|form)|"
    r"(?:together with|along with|junto con|junto com) (?:a |their |its |su |sua |la |el )?(?:membership|"
    r"solicitud de adhesion|adhesion|pedido de adesao)|"
    # "or that submit a signed commitment letter with their application"
    # ("Registration on CitiesWithNature is free and may be completed with the application")
    r"(?:commitment|compromiso|compromisso|engagement|adhesion|adesao|accession|membership|joins?|joining|pledge|"
    r"se adhiera\w*|"
    r"se une|se unan|adhere\w*|aderir\w*|registration|inscripcion|inscricao)\w*(?: letter)?\b[^.;]{0,60}"
    r"\b(?:with (?:their|its|the) (?:application|proposal|submission)|con (?:su|la) (?:solicitud|postulacion|propuesta)|avec (?:leur|"
    r"sa) candidature|"
    # "the pledge can be completed together with this submission"
    r"together with (?:this|the|their|its) (?:submission|application)|"
    r"with (?:their|its) expression of interest|"
    # "… con una carta del alcalde anexada a la postulación"
    r"anexad[oa] a (?:la|su) (?:postulacion|solicitud)|attached to (?:the|their|its) application|"
    # "by attaching the signed membership form to their application", "formalicen su adhesión al presentar la solicitud"
    r"to (?:the|their|its) (?:application|proposal)|al presentar (?:la|su) (?:solicitud|postulacion|propuesta)|"
    # "join it free of charge by ticking the membership box in the application"
    r"in (?:the|their|its) (?:application|proposal)(?: form)?|en (?:la|su) (?:solicitud|postulacion|propuesta)|"
    r"when (?:submitting|they submit) (?:the|their|its) (?:application|request|proposal)|ao apresentar (?:a|sua) (?:candidatura|proposta)|"
    r"en deposant (?:leur|sa) candidature|"
    # "si formalizan su adhesión gratuita a la red al inscribirse"
    r"al inscribirse|al postularse|when registering|lors de (?:leur |l.)inscription|ao se inscrever|"
    r"jointe? a (?:la|leur|sa) candidature|anexad[oa] a (?:candidatura|proposta)|"
    r"com a (?:sua )?candidatura)|"
    r"(?:not yet|aun no|todavia no|ainda nao|pas encore) (?:son |sean |are |sao |sont )?(?:\w+ )?(?:miembros|members|"
    r"firmantes|signatories|signatari[oa]s|membros|membres|signataires|socios|socias|asociad[oa]s|associad[oa]s|"
    # "Cities that have not yet signed may apply provided they send the Pact signed by the Mayor with their application"
    r"signed|firmado|assinado|signe)\b[^.;]{0,30}\b(?:(?:pueden|"
    r"podran|may|can|podem|peuvent) (?!not\b|no\b)(?:\w+ )?(?:postular\w*|apply|candidat\w*|participar|presentar\w*|"
    r"apresentar\w*|concorrer|concursar|compete|submit)|"
    # ("as cidades ainda não signatárias são elegíveis desde que anexem à candidatura a carta de adesão")
    r"(?:son|sao|are|sont|seran|serao|will be) (?:elegibles|elegiveis|eligible|eligibles))\b[^.;]{0,30}?\b(?:si|if|se|"
    r"when|cuando|s.ils|desde que|siempre que|provided(?: that)?) (?:\w+ ){0,2}"
    r"(?:adjunta\w*|attach\w*|anexa\w*|anexem|joign\w*|firma\w*|sign\w*|present\w*|submit\w*|envi\w*|send\w*|formaliz\w*|"
    r"solicit\w*|request\w*)")
# … or joins on its own request: "Local governments may join the Association before the deadline", "las ciudades
# pueden solicitar su adhesión", "or join it (membership is free)", "or that commit … to join the Network"
_JOINING_ON_REQUEST = (
    # "Latin American cities that are not members may apply as well" (not "… may apply as associates only")
    # ("those not yet signatories can apply")
    r"(?:(?:that|which|who|que|qui) (?:are not|no son|nao sao|ne sont pas)|(?:those|los|las|os|as|ceux|celles) (?:not|no|nao|pas)) "
    r"(?:yet |aun |ainda |encore )?(?:members?|miembros|membros|membres|socias|socios|asociad[oa]s|associad[oa]s|"
    r"signator(?:y|ies)|firmantes|signatari[oa]s|signataires)\b[^.;]{0,40}?\b(?:may|can|pueden|podran|podem|peuvent) "
    r"(?:also |tambien |tambem |aussi )?(?:apply|submit|participate|postular\w*|participar|presentar\w*|candidatar\w*|"
    r"candidater)(?! (?:only )?(?:as|como|comme|en tant que|enquanto) (?!well\b)| only\b)"
    # (not "Los no miembros podrán participar en las actividades de difusión": to attend, not to apply)
    r"(?! (?:en|in|em|nas?|nos?|a|aux?|dans) (?:las |los |the |as |os |les |el |la |o |a |des )?(?:\w+ )?(?:actividades|activities|"
    r"atividades|activites|eventos?|events?|evenements?|webinars?|webinarios?|seminarios?|seminars?|sesiones|sessions|"
    r"talleres|workshops|oficinas|ateliers|difusion|dissemination|divulgacao|diffusion|reuniones|meetings|reunioes|"
    r"reunions|encuentros|encontros|rencontres|foros?|forums?)\b)|"
    # non-members let in beside the members: "Non-member city governments may also submit and will be offered free
    # membership", "las ciudades no miembros también pueden postular"
    r"(?:non-?members?|no miembros?|nao membros|non membres)(?: [\w-]+){0,2} (?:may|can|pueden|podran|podem|peuvent) "
    r"(?:also|tambien|tambem|aussi|igualmente) (?:apply|submit|participate|enter|postular\w*|participar|presentar\w*|"
    r"apresentar\w*|candidater|concorrer|concursar)|"
    # "cidades não associadas podem se candidatar desde que enviem … a carta de adesão", "new signatories are accepted
    # until the submission deadline"
    # ("Les villes non partenaires peuvent candidater si elles proposent un accord de coopération")
    r"(?:nao|no|non) (?:associad[oa]s|asociad[oa]s|membros?|miembros?|socias|socios|membres?|partenaires|partners|"
    r"parceiras|jumelees|hermanadas)\s+(?:podem|pueden|podran|may|can|"
    r"peuvent)\s+(?:se )?(?:candidat\w*|postular\w*|apply|participar|concursar|concorrer|participate|presentar\w*|"
    r"apresentar\w*)[^.;]{0,20}\b(?:desde que|siempre que|provided|si|if|"
    r"se|s.ils)\b|"
    r"new (?:signatories|members) (?:are|will be) (?:accepted|welcome)|se aceptan nuevos (?:firmantes|miembros)|"
    # "También podrán inscribirse funcionarios de gobiernos locales no asociados, abonando la matrícula"
    r"(?:tambien|also|tambem|aussi|igualmente) (?:podran|pueden|may|can|podem|peuvent) (?:inscribirse|postular\w*|participar|"
    r"apply|register|enrol|inscrever-se|s.inscrire|participer)\b[^.;]{0,60}?\b(?:no asociad[oa]s|no miembros?|non-?members?|"
    r"nao associad[oa]s|nao membros|non membres|no socias|no socios|not members)\b|"
    # "may request a diagnostic by registering with the IDB Cities Network, which can be done with the request itself"
    r"\bby (?:registering|joining|signing up) (?:with |to |in |on )?(?:the )?(?:[\w-]+ ){0,4}?(?:network|red|rede|reseau|"
    r"platform|plataforma)\b|"
    # "Las ciudades de la región que aún no integran la Red también pueden presentarse, siempre que adjunten … la adhesión"
    r"(?:que|that|qui) (?:aun |todavia |ainda |not yet |encore )?(?:no|nao|ne|do not) (?:integran|forman parte(?: de)?|pertenecen a|"
    r"integram|fazem parte|belong to|font pas partie)\b[^.;]{0,40}?\b(?:tambien |also |tambem |aussi )?(?:pueden|podran|may|can|"
    r"podem|peuvent) (?:(?:tambien|also|tambem|aussi) )?(?:apply|submit|participate|postular\w*|participar|presentar\w*|"
    r"candidatar\w*|candidater|concursar)|"
    # "Cities that are not yet signatories of the Global Covenant of Mayors must commit to join before the grant agreement"
    r"(?:not yet|aun no|todavia no|ainda nao|pas encore) (?:members?|signator(?:y|ies)|miembros|firmantes|membros|"
    r"signatari[oa]s|membres|signataires)\b[^.;]{0,60}\b(?:must|should|deben|deberan|devem|doivent) (?:commit|undertake|agree|"
    r"pledge|comprometerse|comprometer-se|s.engager) (?:to|a) (?:join|sign|adherir\w*|aderir|adherer|firmar|assinar|signer)\b|"
    # "Os governos locais … que ainda não sejam membros poderão participar desde que apresentem … a solicitação de adesão"
    r"(?:que|that|qui) (?:ainda |aun |todavia |not yet |encore )?(?:nao|no|ne|not) (?:sejam|sean|soient|be|are)(?: ainda| aun| "
    r"encore| yet)? (?:members?|miembros|membros|membres|socias|socios|asociad[oa]s|associad[oa]s|signatari[oa]s|firmantes|"
    r"signataires)\b[^.;]{0,40}?\b(?:may|can|pueden|podran|podem|poderao|peuvent|pourront) (?:also |tambien |tambem |aussi )?"
    r"(?:apply|submit|participate|postular\w*|participar|presentar\w*|candidatar\w*|candidater|concorrer|concursar|"
    # (not "… podem participar apenas como observadoras, sem acesso aos fundos": a lesser role)
    r"apresentar\w*)(?! (?:only |apenas |somente |solo |unicamente |seulement )?(?:as|como|comme|en tant que|enquanto) "
    r"(?!well\b))|"
    # "Cities that are not yet part of the IDB Cities Network may apply and will be enrolled in the Network"
    r"(?:that|which|who) (?:are|is) not (?:yet )?part of\b[^.;]{0,60}?\b(?:may|can) (?:also )?(?:apply|submit|participate)|"
    # "… e também às cidades não associadas que apresentem, junto com a candidatura, o pedido formal de adesão"
    r"(?:nao|no|non) (?:associad[oa]s|asociad[oa]s|membros?|miembros?|socias|socios|membres?)\s+(?:que|qui|that) (?:apresentem|"
    r"presenten|presentent|submit|adjunten|anexem|envien|enviem)\b[^.;]{0,60}?\b(?:adesao|adhesion|membership|afiliacao|"
    r"afiliacion)|"
    # "… membros do ICLEI ou que formalizem sua filiação até a data de seleção"
    r"(?:ou|or|o) (?:that |que |qui )?(?:formalizem|formalicen|formalisent|formali[sz]e) (?:sua|su|leur|their) (?:filiacao|"
    r"afiliacion|adesao|adhesion|membresia|membership)|"
    # "non-signatories are eligible provided they commit to join the Covenant within six months"
    r"(?:non-?signatories|non-?members|no firmantes|no miembros|nao signatarios|nao membros|non signataires|non membres)"
    r"(?: [\w-]+){0,2} (?:are|son|sao|sont) (?:also |tambien |tambem |aussi )?(?:eligible|elegibles|elegiveis|eligibles)\b"
    r"[^.;]{0,20}\b(?:provided|if|siempre que|si|desde que|se|a condition)\b[^.;]{0,30}\b(?:commit|agree|undertake|join|sign|"
    r"comprometan|adhieran|firmen|comprometam|assinem|aderirem|engagent|adherent|signent)\w*|"
    # "Cities that are not yet members can register with the Network through the same online form"
    r"(?:not yet members?|(?:no son|no sean) (?:aun |todavia )?miembros|ainda nao (?:sao )?membros|pas encore membres)\b"
    r"[^.;]{0,30}\b(?:can|may|pueden|podran|podem|peuvent) (?:register|join|sign up|registrarse|inscribirse|adherirse|"
    r"unirse|aderir|cadastrar-se|s.inscrire|adherer)\b|"
    # "Open to member cities and to any city government that signs the Peace in Our Cities commitment"
    r"(?:any|every|toda|cualquier|qualquer|toute) (?:city|city government|local government|ciudad|gobierno local|cidade|"
    r"governo local|ville) (?:that|which|que|qui) (?:signs|endorses|joins|firme|suscriba|se adhiera|assine|signe)\b|"
    # "new signatories may join at any time", "la firma puede formalizarse antes del cierre mediante carta del alcalde"
    r"new (?:signatories|members) (?:may|can) (?:join|sign|apply)|"
    # ("los que soliciten su adhesión antes del cierre de la convocatoria")
    r"(?:soliciten|solicitem|request|demandent) (?:su |sua |a |their |leur )?(?:adhesion|adesao|membership|afiliacion)\b"
    r"[^.;]{0,20}?(?:antes del cierre|before (?:the )?(?:deadline|closing)|antes do encerramento|avant la cloture)|"
    r"(?:que|that|who|qui) (?:firmen|suscriban|se adhieran|sign|join|assinem|aderirem|signent|"
    r"adherent) (?:[\w-]+ ){0,3}?"
    r"(?:antes del cierre|before (?:the )?(?:deadline|closing)|antes do encerramento|avant la cloture)|"
    r"(?:la firma|la adhesion|a assinatura|a adesao|la signature|l.adhesion|the signature|membership) (?:puede|podra|"
    r"pode|"
    r"podera|peut|pourra|may|can) (?:formalizarse|completarse|realizarse|formalizar-se|etre formalisee|"
    r"be (?:completed|formali[sz]ed|signed)) (?:antes del cierre|antes do encerramento|avant la cloture|"
    r"before the (?:deadline|"
    r"closing))|"
    # "Non-member local governments are also welcome, provided they complete ICLEI membership before …"
    r"(?:(?:non-?members?|no miembros?|nao membros|non membres)(?: [\w-]+){0,2}|(?:not yet|aun no|todavia no|ainda nao|"
    r"pas encore) (?:in|en|na|dans) (?:the|la|a|le) (?:network|red|rede|reseau)) (?:are|son|sao|sont) (?:also |tambien |"
    r"tambem |aussi |igualmente )?(?:welcome|bienvenid[oa]s|bem-vind[oa]s|bienvenu(?:e)?s)"
    # (not "Non-member cities are welcome to attend the public closing webinar": to watch, not to apply)
    r"(?! (?:to|a) (?:attend|observe|follow|watch|asistir|assistir|assister))|"
    r"(?:may|can) (?:still |also )?join (?:it\b|the (?:[\w-]+ ){0,3}?(?:network|association|partnership|alliance|league|"
    r"pact|covenant|red))|"
    # "cities that are not yet signatories may sign the Pact through a letter of the mayor before the deadline"
    r"(?:may|can) (?:still |also )?sign (?:it\b|the (?:[\w-]+ ){0,3}?(?:pact|covenant|charter|commitment|declaration))|"
    # "Cities that are not yet members can take part by signing the Cities4Forests commitment letter before the deadline"
    r"(?:may|can) (?:still |also )?(?:take part|participate|apply|join) by signing (?:the |its |a )?(?:[\w-]+ ){0,3}?"
    r"(?:pact|covenant|charter|commitment|declaration|letter)\b[^.;]{0,40}?\bbefore\b|"
    # "Cities not yet registered may sign up online before submitting", "a city may register at any time on the
    # network's website before submitting"
    r"(?:may|can) (?:still |also )?sign up\b|(?:a city|cities|municipalities|local governments) (?:may|can) (?:still |"
    r"also )?"
    r"register (?:at any time|online|free|before)|"
    # "municipalities may register on the network platform before applying, free of charge"
    r"(?:may|can) (?:still |also )?register\b[^.;]{0,40}\bbefore (?:applying|submitting|the (?:deadline|closing))|"
    # "Cities that are not yet members … join it automatically, free of charge, when their first request is accepted",
    # "… that are not yet members may apply and join the network free of charge upon selection"
    r"join\w*\b[^.;]{0,50}\b(?:when (?:their|its) (?:first )?(?:request|application|proposal) is (?:accepted|approved|"
    r"selected)|upon (?:selection|acceptance|approval))|"
    # "y también las que no lo sean, siempre que adjunten a la postulación la solicitud formal de adhesión"
    r"(?:no lo sean|no lo son|nao o sejam|nao o sao|ne le sont pas)\b[^.;]{0,30}\b(?:siempre que|si|desde que|provided(?: "
    r"that)?|if|pourvu que|se)\s+(?:\w+ ){0,2}(?:adjunt\w*|anex\w*|attach\w*|present\w*|envi\w*|submit\w*|firm\w*|sign\w*)|"
    # "pueden participar firmando la carta de adhesión, que se adjunta a la postulación"
    r"(?:firmando|suscribiendo|assinando|signing|signant)\b[^.;]{0,40}\b(?:adhesion|adesao|commitment|compromiso|membership)\b"
    # ("… firmando la carta de adhesión incluida en el formulario de postulación")
    r"[^.;]{0,40}\b(?:adjunt\w*|anex\w*|attach\w*|joint\w*|incluid[oa]|included|incluse?) (?:a|to|en|in|dans|no|na) "
    r"(?:la|su|the|their|sua|a|el|le|o) (?:(?:formulario|formulaire|form) (?:de |d.|of )?)?(?:postulacion|solicitud|"
    r"application|candidatura|proposta)|"
    # "… y aquellas que, al momento de postular, diligencien la carta de adhesión a la red"
    r"al momento de (?:postular|la postulacion|presentar(?:se)?)\b[^.;]{0,30}?\b(?:diligencien|presenten|adjunten|firmen|"
    r"envien|suscriban)\b[^.;]{0,20}?\b(?:adhesion|membresia|afiliacion)|"
    # "… y aquellos que soliciten su ingreso a la Organización en el mismo formulario de inscripción"
    r"solicit\w* su ingreso a la (?:organizacion|red|asociacion|alianza)\b[^.;]{0,30}\ben el mismo formulario|"
    # "cities … that are not members may join before submitting the request"
    r"(?:may|can|pueden|podran|podem|peuvent) (?:still |also )?(?:join|adherirse|unirse|sumarse|aderir|adherer)\b[^.;]{0,60}?"
    # ("cities may join by adopting the network's founding statement before the deadline")
    r"\b(?:before (?:submitting|applying|sending|the (?:deadline|closing date|call closes))|antes de (?:postular|presentar|"
    r"enviar|apresentar)|antes del cierre|"
    r"avant de (?:deposer|soumettre|candidater))|"
    # "two places are reserved for non-member city governments from the Global South"
    r"(?:places?|seats?|spots?|slots?|plazas?|cupos?|vagas?|lugares) (?:are |is |will be |son |seran |sao |serao |"
    r"sont |seront )?(?:reserved|reservad[oa]s|reservee?s) (?:for|para|a|aux?|pour) (?:(?:los|las|the|os|as|les) )?"
    r"(?:non-?members?|no miembros?|nao membros|non-?membres)|"
    # "non-member cities may apply in a consortium led by a member city"
    r"(?:non-?members?|no miembros?|nao membros|non membres)(?: [\w-]+){0,2} (?:may|can|pueden|podran|podem|peuvent) "
    r"(?:apply|submit|participate|postular\w*|participar|candidater) (?:in|within|as part of|en|em|dans) (?:a |an |un |una |"
    r"um |uma )?(?:consortium|consorcio|partnership|alianza|parceria)|"
    # ("Solo pueden inscribirse funcionarios de las ciudades asociadas", "Podrán inscribirse exclusivamente las ciudades
    # socias": who registers, the members)
    r"(?<!solo )(?<!solamente )(?<!unicamente )(?:pueden|puede|podran|podra) (?:solicitar (?:su |la )?(?:adhesion|membresia|afiliacion)|"
    # ("Podrán inscribirse los gobiernos metropolitanos y de ciudades miembros de Metropolis": the members register)
    r"adherirse|afiliarse|unirse|(?:inscribirse|registrarse)(?! (?:exclusivamente|solamente|unicamente|solo)\b)"
    # ("Podrán inscribirse equipos técnicos (máximo cuatro personas) de los gobiernos locales asociados a CIDEU")
    r"(?![^.;]{0,100}\b(?:miembros?|socias|socios|asociad[oa]s|afiliad[oa]s)\b))|"
    r"podem (?:aderir|solicitar (?:a |sua )?(?:adesao|filiacao))|"
    r"peuvent (?:adherer|demander (?:leur |l.)?adhesion)|"
    # ("ou cidades que aderirem à rede durante 2027")
    r"(?:or|o|ou) (?:(?:cities|ciudades|cidades|villes) )?(?:that |que |qui )?(?:join"
    # ("may lead or join a pilot project": a project joined, not the network)
    # ("may lead or join a proposal": a proposal joined)
    r"(?! (?:an? |the )?(?:pilot|project|consortium|cohort|team|programme|program|partnership|initiative|proposal|"
    r"application|bid)\b)|"
    r"commit\w*[^.;]{0,60}\bto "
    r"join|se adhieran|se unan|aderirem)|"
    # "… or sign the commitment before 31 January 2027, when applications close"
    r"(?:or|o|ou) (?:that |que |qui )?(?:sign|firmen|assinem|signent) (?:the |its |el |o |"
    r"le )?(?:[\w-]+ ){0,3}?(?:commitment|pact|"
    r"covenant|charter|"
    r"declaration|compromiso|pacto|compromisso|engagement|charte) (?:before|antes|avant)\b|"
    # "Non-member cities may apply if they commit to join the network"
    # ("non-member cities may be admitted if they commit to appointing a Chief Resilience Officer and joining the network")
    # ("other city governments … that commit, in their application, to join the Network within six months of selection")
    r"(?:si|if|se|s.ils|that|which|who|que|qui) (?:they |se )?(?:commit\w*|comprometen|comprometan|comprometem|s.engagent)"
    r"[^.;]{0,60}?\b(?:to join|joining|to become "
    r"members?|a (?:adherirse|unirse|afiliarse)|a aderir|a adherer)|"
    r"(?:si|if) (?:solicitan|request|apply for|piden) (?:su |their )?(?:adhesion|"
    r"membership)|se adhieran antes del cierre|membership is free|membresia es gratuita|adesao e gratuita|"
    r"adhesion est gratuite")
# joining said of the towns themselves, at the time they apply: "(cities can join online when applying)", "Toute
# municipalité des Amériques peut adhérer au Réseau au moment du dépôt", or a platform anyone registers on for free
# ("registration is free and may be completed at the time of application")
_JOINING_WHEN_APPLYING = (
    r"(?:cities|municipalities|local governments|towns|municipalites?|villes|ciudades|municipios|cidades)\b[^.;]{0,30}?"
    r"\b(?:can|may|peut|peuvent|pueden|podran|podem) (?:join|adherer|unirse|adherirse|aderir|register|s.inscrire|registrarse|"
    r"inscribirse)\b[^.;]{0,40}?\b(?:when (?:applying|they apply)|at the time of (?:application|submission|applying)|au moment "
    r"d[ue] (?:depot|la candidature)|al (?:momento de )?postular|no ato da (?:candidatura|inscricao)|with (?:their|the) "
    r"application)|"
    r"\b(?:registration|registro|inscription|inscripcion|cadastro) (?:is|es|est|e) (?:free|gratuit[oa]?|gratuite)\b|"
    # "Las alcaldías que aún no lo estén pueden participar si firman la carta de adhesión y la adjuntan a su postulación"
    r"\b(?:si|if|se) (?:firman|suscriben|sign|signent|assinam|assinarem)\b[^.;]{0,40}\b(?:adhesion|adhesao|membership|"
    r"compromiso|commitment|engagement)\b[^.;]{0,40}\b(?:postulacion|solicitud|application|candidature|candidatura)")
_JOINING_OPEN = re.compile(r"\b(?:" + "|".join((_JOINING_IN_PROCESS, _JOINING_WITH_APPLICATION, _JOINING_ON_REQUEST,
                                                _JOINING_WHEN_APPLYING)) + r")\b")
# joining that the network must approve or complete first is no way in: "… but joining takes two months and must be
# completed before the deadline", "solo será considerada si la adhesión fue aprobada", "deben hacerlo antes de postular"
# (not "a council-approved letter of commitment": what the letter is)
_JOINING_FIRST = re.compile(r"\b(?:but|pero|mais|mas nao|however|sin embargo|must|deben?|deberan|only if|solo si|"
                            # "Não será admitida a adesão ao ICLEI no ato da candidatura"
                            r"nao (?:sera|serao) admitid[oa]s?|no (?:se admitira|sera admitid[oa])|(?:will|shall) not be "
                            r"(?:admitted|accepted|allowed)|ne sera pas (?:admise|acceptee)|"
                            r"(?<!-)approved(?! before (?:the )?(?:award|selection|decision|jury))|cannot|"
                            # "sendo vedada a inscrição de cidades em processo de adesão"
                            r"vedad[oa]s?|prohibid[oa]s?|proibid[oa]s?|not allowed|interdite?s?|"
                            r"can ?not|no (?:puede|pueden|podra|podran|se puede)|nao (?:pode|podem|podera|poderao)|ne (?:peut|peuvent|"
                            r"pourra|pourront)|may not|will not|ni|"
                            r"nor|no habilita\w*|"
                            # "cidades associadas em processo de adesão não concorrem nesta edição"
                            r"nao concorrem|no concursan|no compiten|ne concourent pas|do not compete|no participan|"
                            # "Las ciudades observadoras o en proceso de adhesión no son elegibles en esta edición"
                            r"no (?:son|seran) elegibles|(?:are|is) not eligible|ne sont pas eligibles|nao (?:sao|serao) elegiveis|"
                            r"nao participam|ne participent pas|"
                            # "Las ciudades en proceso de adhesión no serán evaluadas en esta convocatoria"
                            r"no (?:seran|son) (?:evaluad[oa]s|considerad[oa]s|aceptad[oa]s|admitid[oa]s)|no se (?:evaluaran|"
                            r"consideraran|aceptaran|admitiran)|will not be (?:evaluated|considered|accepted|assessed)|"
                            r"ne seront pas (?:evaluee?s|considerees?|acceptees?)|nao serao avaliad[oa]s|"
                            # joining lets a city into a later edition only: "podrán participar en la edición de 2028",
                            # "may apply to join, but only for the 2028 cohort", "may apply in the next round"
                            r"(?:edicion|edition|edicao|cohort\w*|round|ronda|rodada|convocatoria|chamada|appel|ciclo|cycle)"
                            r" (?:de |of |du |da )?20\d\d|20\d\d (?:edition|cohort|round|cycle|call)|"
                            # ("podrán postularse en la edición siguiente")
                            r"(?:edicion|edition|edicao|convocatoria|ronda|cohorte?|ciclo|cycle|appel|chamada) (?:siguiente|"
                            r"proxima|posterior|suivante|seguinte|ulterior)|"
                            r"(?:next|proxima|siguiente|prochaine|proxima|futura|future|later) "
                            r"(?:edicion|edition|edicao|cohort|round|ronda|rodada|convocatoria|chamada|appel|ciclo|cycle|"
                            r"window|ventanilla|janela|fenetre)|"
                            # ("não há adesão no ato da inscrição": no joining with the application)
                            r"nao ha|no hay|there is no|il n.y a pas|"
                            # ("No se aceptan adhesiones presentadas junto con la postulación")
                            r"no se (?:acept\w*|admit\w*|recib\w*|consider\w*)|(?:will )?not be (?:accepted|considered)|"
                            r"(?:the )?(?:following|next) year|(?:el )?(?:ano siguiente|proximo ano)|l.annee suivante|"
                            r"(?:o )?ano seguinte|"
                            r"nao (?:serao|sao) (?:aceit\w*|considerad\w*)|ne (?:seront|sont) pas|"
                            # (not "la solicitud de adhesión aprobada por su concejo": what the letter is)
                            # ("siempre que sea aprobada antes del fallo": approved before the award, after applying)
                            # ("… junto con la candidatura, aprobada por el pleno o concejo municipal")
                            r"aprobad[oa](?! por (?:su |el |la )?(?:pleno|concejo|consejo|cabildo|alcalde|alcaldesa)| antes del? (?:fallo|la "
                            r"(?:seleccion|resolucion|decision|adjudicacion)))|"
                            # (not "a solicitação de adesão à rede aprovada pelo seu executivo": the city's own approval)
                            r"aprovad[oa](?! antes da (?:selecao|decisao)| pel[oa] (?:seu|sua|o|a) (?:executivo|prefeit[oa]|camara|"
                            r"conselho municipal|legislativo))|"
                            r"approuvee?)\b")
# "las solicitudes se aceptan después de formalizada la adhesión": the call waits for the joining to be done
_JOINED_FIRST = re.compile(r"\b(?:despues de (?:formalizada|aprobada|concluida|completada) la (?:adhesion|membresia)|after "
                           r"(?:the )?(?:membership|accession|joining) (?:is|has been) (?:formali[sz]ed|approved|completed|"
                           r"confirmed)|once (?:their )?membership is (?:approved|confirmed)|apres (?:l.)?adhesion|"
                           # "New cities may join … only during the annual enrolment window, which closed on 30 September"
                           r"(?:window|period|periodo|ventana|periode|janela|convocatoria de adhesion)\b[^.;]{0,30}"
                           r"\b(?:closed|cerro|se cerro|ha cerrado|a ferme|s.est (?:ferme|clos)e?|fechou|encerrou|esta cerrad[oa]|"
                           r"is (?:now )?closed|has closed))\b")


_AGREEMENT_BEFORE = re.compile(r"\b(?:convention|contrat|accord|agreement|contract|convenio|contrato|acuerdo)\b[^.;]*$")
# "Applicants must be ICLEI members or submit a signed membership application together with the proposal": the
# obligation has joining with the application as its alternative
_MUST = re.compile(r"\b(?:must|deben?|deberan|devem|doivent)\b")
# "cities that are not yet signatories must submit a signed commitment letter together with the application": what they
# must do is the joining itself
# (or commit to join: "Cities that are not yet signatories … must commit to join before the grant agreement is signed")
_MUST_SEND = re.compile(r"\s+(?:submit|attach|send|enclose|include|presentar|adjuntar|enviar|anexar|apresentar|joindre|"
                        r"accompany|acompanar|acompanhar|accompagner|"
                        r"(?:commit|undertake|agree|pledge|comprometerse|comprometer-se|s.engager) (?:to|a) (?:join|sign|adherir\w*|"
                        r"aderir|adherer|firmar|assinar|signer))\b")
_OR = re.compile(r"\b(?:or|o|ou)\b")
_SIGNED_AFTER = re.compile(r"\s+(?:be|ser|etre) (?:co-?)?(?:signed|firmad[oa]s?|assinad[oa]s?|signee?s?)\b")


def _joining_first(sentence: str, at: int, end: int | None = None) -> bool:
    """Whether the sentence makes joining a step to finish first (its words from `at` to `end` let a city join with its
    application; "must come from signatories …, or that sign the commitment together with the request": the "or" inside
    them)."""
    return any(not (_MUST.fullmatch(m.group(0)) and (
        (m.end() <= at and _OR.search(sentence, m.end(), end or at))
        or (m.end() <= at and _MUST_SEND.match(sentence, m.end()) and at - m.end() < 80)
        or (end is not None and at < m.start() < end and _MUST_SEND.match(sentence, m.end()))
        # "… together with their application, which must be co-signed by the mayor": the application's form, after
        or (m.start() > at and _SIGNED_AFTER.match(sentence, m.end()))))
               # ("signatories receive additional points, but non-signatory cities may apply if they commit to join": a
               # contrast that leads into the joining)
               and not (m.group(0) in ("but", "pero", "mais", "however", "sin embargo") and m.end() <= at
                        and _MAY_APPLY_IF.match(sentence, at))
               for m in _JOINING_FIRST.finditer(sentence))


# joining open to some non-members only: "coastal non-member cities may join the cohort by applying together with…"
_SOME_NON_MEMBERS = re.compile(r"\b(?:coastal|coster[oa]s|costeir[oa]s|cotieres|small|smaller|intermediate|pequen[oa]s|"
                               r"intermedias|capital)\s+(?:non-?members?|no miembros?|nao membros|non membres)\b")


def _joining_open(eligibility: str) -> bool:
    """Whether a (folded) members-only call takes a city that joins with, or before closing, its application."""
    # ("la convention de financement n'est signée qu'après l'adhésion": the grant agreement waits, not the application)
    joined_first = any(not _AGREEMENT_BEFORE.search(eligibility, max(0, m.start() - 60), m.start())
                       for m in _JOINED_FIRST.finditer(eligibility))
    return not joined_first and any(
        (m := _JOINING_OPEN.search(sentence)) and not _joining_first(sentence, m.start(), m.end())
        and not _SOME_NON_MEMBERS.search(sentence) and not _MEMBERS_SIGN_TOO.search(sentence, 0, m.start())
        for sentence in _SENTENCES.split(eligibility))


# "Only C40 member cities that have signed the … commitment, or sign it together with the application": the commitment is
# signed with the application, the membership is still required
_MEMBERS_SIGN_TOO = re.compile(r"\b(?:member cities|miembros|ciudades miembro|cidades membros?|villes membres|members)\b"
                               r"[^.;]{0,40}\b(?:that|which|que|qui) (?:have |han |hayan |ont )?(?:signed|firmado|firmaron|"
                               r"assinaram|signe)\b")


# Membership of a network in a sentence about who may apply: "open to local governments that are members of the Global
# Network on Safer Cities", "gobiernos locales que formen parte de la Red de BiodiverCiudades", "only designated UNESCO
# Creative Cities", "ciudades y regiones socias de AERYC", "governos locais membros da Rede Mercocidades"
# (words and stems: "que ya integram", "associados ao", "filiados à", "cities that formally joined")
_MEMBERSHIP = re.compile(
    r"\b(?:members?(?:hip)?|miembr\w*|membr\w*|membres?|soci[oa]s|integrantes?|integr[ae]n|integram|asociad[oa]s?|"
    r"associad[oa]s?|afiliad\w*|filiad\w*|adherid\w*|adherent\w*|adhesion|(?:han|hayan) adherido|adhered|aderid[oa]s?|"
    r"signator\w*|signatari[oa]s|signataires?|firmantes?|joined|(?:forman|formen|hacen|hagan) parte|font partie|fazem parte|"
    # "… que hayan firmado el acuerdo de participación en el programa IURC"
    r"(?:hayan|han) firmado (?:el |la )?(?:acuerdo|convenio|carta|compromiso|memorando)(?: de (?:participacion|adhesion|"
    r"entendimiento))?|signed the (?:participation )?(?:agreement|memorandum|charter)|"
    r"(?:already|are) part of|"
    r"designad[oa]s|designated|"
    # "local governments that formally endorsed the Global Network on Safer Cities"
    r"endorsed|respaldaron|(?:hayan|han) respaldado|endossaram|"
    # "cities holding a UNESCO Creative City designation"
    r"(?:holding|que ostenten|titulares de|detentoras de|titulaires d.) (?:an? |la |una |uma |une )?(?:[\w-]+ ){0,4}?"
    r"(?:designation|designacion|designacao)|"
    # "Exclusivamente para governos locais já integrados à Rede de Cidades do BID"
    r"integrad[oa]s (?:a|al|en|na|no|in|into) (?:la |a |el |o |the )?(?:[\w-]+ ){0,3}?(?:red|rede|network|reseau)\b|"
    # "Solo ciudades y áreas metropolitanas que participan en la red AERYC"
    r"(?:participan|participen|participam|participent|participate|take part)(?: actualmente| currently| actuellement| atualmente)?"
    r" (?:en|in|na|no|dans|au) (?:la |the |a |o |le )?"
    r"(?:red|network|rede|reseau)\b|"
    # "Available to cities in the Resilient Cities Network", "las ciudades de la Red"
    r"(?:cities|local governments|municipalities|ciudades|gobiernos locales|municipios|cidades|villes) (?:in|of|de|en|da|"
    r"do|du|within|dentro de|dentro da|au sein du) (?:the |la |el |a |o |le )?(?:[\w-]+ ){0,4}?(?:network|red|rede|reseau)|"
    # "cities that signed the Global Covenant of Mayors commitment"
    r"(?:signed|firmaron|hayan firmado|assinaram|ont signe) (?:the|el|la|o|a|le) (?:[\w-]+ ){0,5}?(?:commitment|covenant|"
    r"pact|charter|compromiso|pacto|carta|compromisso|engagement|charte|declaration|declaracion|declaracao)|"
    # "cities that had formally committed to the Global Covenant of Mayors"
    r"(?:formally |formalmente )?(?:committed to|se comprometieron con|comprometid[oa]s con)|"
    r"designated|"
    # "Solo ciudades con designación vigente en la Red de Ciudades Creativas de la UNESCO"
    r"(?:con|with|com|avec) (?:una |a |uma |une )?(?:designacion|designation|designacao) (?:vigente|active|current|valid|ativa|en cours)|"
    # "las ciudades que se adhirieron a la Red de BiodiverCiudades antes del 30 de septiembre"
    r"se adhirieron|se han adherido|se hayan adherido|aderiram|ont adhere|"
    # "Fellows are nominated by member cities of the Resilient Cities Network", "ciudad capital miembro de la UCCI"
    r"member cities|ciudad(?:es)? (?:capital(?:es)? )?miembros?|cidades? membros?|villes? membres?|"
    # "municipios registrados en la Red de Ciudades del BID", "cities that already belong to the UNESCO Global Network of
    # Learning Cities"
    r"(?:registrad[oa]s|inscrit[oa]s|cadastrad[oa]s|registered|enrolled|inscrites|enregistrees|belong|belongs|belonging|"
    r"pertenecen|pertenezcan|pertenecientes|pertencem|pertencentes|appartiennent|appartenant) (?:en|in|with|na|no|dans|a|al|"
    r"to|au|ao|à) (?:the |la |el |a |o |le |l.)?(?:[\w-]+ ){0,5}?(?:network|red|rede|reseau)|"
    # "ciudades que figuraban como registradas en la plataforma CitiesWithNature": a network's platform, by its name
    r"(?:registrad[oa]s|inscrit[oa]s|cadastrad[oa]s|registered|enrolled|inscrites|enregistrees) (?:en|in|on|with|na|no|"
    r"sur|dans) (?:the |la |a |le )?(?:plataforma|platform|plateforme) (?:" + NETWORK_NAMES + r")|"
    # ("local governments registered on the CitiesWithNature platform": the name before the word)
    r"(?:registrad[oa]s|inscrit[oa]s|cadastrad[oa]s|registered|enrolled|inscrites|enregistrees) (?:on|in|with|sur) "
    r"(?:the |la |le )?(?:" + NETWORK_NAMES + r") (?:platform|plateforme)|"
    # "reserved to cities in good standing in the Resilient Cities Network"
    r"(?:in good standing|al dia|al corriente|em dia|a jour) (?:in|with|of|en|con|de|na|no|com|dans|avec|aupres de) "
    r"(?:the |la |el |a |o |le |l.)?(?:[\w-]+ ){0,5}?(?:network|red|rede|reseau))\b")
_WHO_MAY_APPLY = re.compile(
    r"\b(?:only|exclusive(?:ly)?|reserved|open (?:only )?to|available (?:only )?to|must (?:all |both )?be|may apply|can apply|"
    # "Open on a rolling basis to member cities of …", "Available on a rolling basis to member cities of …",
    # "Las propuestas deben presentarlas gobiernos miembros de …"
    # ("Participating cities must already belong to the IDB Cities Network")
    r"must (?:already )?belong|deben (?:ya )?pertenecer|devem (?:ja )?pertencer|doivent (?:deja )?appartenir|"
    r"(?:open|available) (?:[\w-]+ ){1,4}?to|disponible (?:[\w-]+ ){0,4}?(?:para|pour)|disponivel (?:[\w-]+ ){0,4}?para|"
    r"deben presentarla\w*|deben ser presentad\w* por|must be submitted by|"
    # "Convocatoria abierta de forma continua a los gobiernos locales socios de AERYC"
    # ("Servicio abierto todo el año para las ciudades y áreas metropolitanas socias de AERYC")
    r"abiert[oa] (?:(?:de forma|en forma|de manera) (?:continua|permanente) |permanentemente |(?:durante )?todo el ano )?"
    r"(?:a|para)|"
    # ("Aberta de forma contínua às cidades associadas à Mercocidades")
    r"abert[oa] (?:de forma (?:continua|permanente) |permanentemente )?(?:as|aos|a)|ouverte? (?:en continu |en permanence )?aux?|"
    # "Convocatoria para las ciudades que …", "La participación se limita a los municipios inscritos como miembros",
    # "Fellows are nominated by member cities", "Cada ciudad capital miembro de la UCCI podrá proponer un funcionario"
    # "La convocatoria se dirige a las ciudades miembro plenas", "Requests may be sent at any time by member cities"
    r"se dirige a|se dirigen a|(?:may|can) be (?:sent|submitted|made|filed)\b[^.;]{0,30}\bby|"
    # "Le programme s'adresse aux villes membres de Metropolis"
    r"s.adressen?t? aux?|is addressed to|(?:is|are) (?:only )?accepted from|"
    r"convocatoria (?:para|dirigida a)|call for|se limita a|is limited to|limita-se a|nominated by|nominad[oa]s? por|"
    r"podra proponer|podran proponer|may nominate|can nominate|"
    # "Cada ciudad capital miembro de la UCCI puede designar hasta dos funcionarios"
    r"(?:puede|pueden|podra|podran) (?:designar|proponer|inscribir(?:se)?|registrarse|nominar|postular\w*)|"
    r"pode (?:indicar|designar|inscrever)|"
    r"devem? ser apresentad\w* (?:por|pel[oa]s?)|debe ser presentad\w* por|doivent etre (?:presentee?s|deposee?s|soumise?s) par|"
    # "Les projets sont présentés par les villes membres de l'AIMF"
    r"(?:sont|seront) (?:presentee?s|deposee?s|soumise?s|portee?s) par|(?:are|will be) (?:submitted|presented) by|"
    r"(?:son|seran) presentad[oa]s por|(?:sao|serao) apresentad[oa]s (?:por|pel[oa]s?)|"
    r"restricted to|limited to|restringid[oa]s? a|limitad[oa]s? a|restreint\w* aux|restrit[oa]s? (?:a|as|aos)|"
    # "Cities must have signed the Global Covenant of Mayors commitment on or before 30 September 2026"
    r"must have (?:formally |already )?(?:signed|joined|adhered|endorsed|become)|"
    r"deben haber (?:firmado|suscrito|adherido|ingresado)|devem ter (?:assinado|aderido)|doivent avoir (?:signe|adhere)|"
    r"may request|eligible|that are|who are|that were|solo|solamente|unicamente|exclusiv\w+|reservad\w+|abiert[oa]s? a|"
    r"dirigid[oa]s? (?:al?|as|aos|aux?)|cerrad[oa]s? a|closed to|^\s*(?:para|for|pour)\b|"
    # a track's label: "Línea 2: gobiernos locales integrantes de la Red IberCultura Viva"
    r"(?:linea|line|ligne|linha|lot|modalidad|modalite|modalidade|track)\s*\d+(?=\s*:)|"
    # ("Expressions of interest are received on an ongoing basis from C40 member cities")
    r"(?:accepted|received)\b[^.;]{0,40}\bfrom|pueden (?:postular\w*|participar|presentar\w*|solicitar\w*)|"
    r"podran (?:postular\w*|presentar\w*|participar|inscribir\w*|solicitar\w*)|participan|que sean|"
    r"deben ser|deve ser|debe ser|doit etre|apenas|somente|abert[oa]s? (?:a|as|aos)|podem (?:participar|candidatar\w*|"
    r"se inscrever|inscrever-se|apresentar\w*|pedir|solicitar)|participam|"
    # "podem pedir apoio os governos locais … associados à ICLEI", "pueden pedir apoyo las ciudades socias"
    r"pueden pedir|peuvent (?:demander|solliciter)|"
    # "Podem se candidatar as cidades associadas à Mercocidades"
    r"podem se candidatar|pode se candidatar|"
    r"seul\w*|peuvent (?:presenter|deposer|soumettre)|may submit|can submit|"
    # "Pueden cargar experiencias los gobiernos locales miembros de la Red"
    r"pueden (?:cargar|subir|enviar|inscribir|registrar)|podem (?:enviar|inscrever|cadastrar)|"
    # "Podem concorrer os governos locais membros da Rede", "pueden concursar", "may compete"
    r"podem concorrer|pueden concursar|podran concursar|peuvent concourir|may compete|can compete|"
    r"uniquement|"
    # "Destinado a governos locais membros do ICLEI", "Proposals must come from Metropolis member governments"
    r"destinad[oa]s? (?:a|aos|as|para)|destinee?s? aux?|"
    r"must come from|deben (?:provenir|venir) de|doivent (?:provenir|venir) de|devem (?:vir|provir) de|"
    # "La postulación la hace el gobierno municipal de una ciudad integrante de la Red…": who submits
    r"(?:postulacion|solicitud|candidatura|propuesta) la (?:hace|presenta|realiza|firma|envia)|"
    r"exclusivement|reserve\w*|ouverte?s? aux|peuvent (?:participer|candidater))\b")
# … unless membership is optional or others are let in beside the members
_MEMBERSHIP_OPTIONAL = re.compile(
    r"\b(?:not required|no (?:es )?(?:requerid[oa]|necesari[oa]|obligatori[oa])|no se (?:exige|requiere)|need not|"
    # "aberto também a todas as cidades latino-americanas interessadas, sem necessidade de adesão"
    r"(?:sem|sin|sans) (?:necessidade|necesidad|besoin|obligation|obligacion|obrigacao) d(?:e |.)(?:adesao|adhesion|afiliacion|"
    r"filiacao|ser (?:membro|miembro)|membresia)|without (?:the )?need (?:to join|of membership|to be a member)|"
    r"not necessary|nao e (?:necessari[oa]|obrigatori[oa])|pas (?:necessaire|obligatoire|requise?)|regardless|"
    # (not "com sede na Colômbia, no Equador ou no Peru": Portuguese "no" is "in the")
    r"independientemente|sin importar|independente\w*|independamment|(?:or|o) (?:not|no|non|nao)|ou (?:not|non|nao)|"
    # (not "C40 member cities in good standing, whether Megacity, Innovator or Observer": the members' categories)
    r"whether\b(?=[^.;]{0,40}\b(?:or not|non-?members?|members? or))|"
    r"non-?members?|no miembros?|nao membros|non membres|including|incluid[oa]s|incluyendo|as well as|asi como|"
    r"ainsi que|(?:and|y|e|et) (?:other|otr[oa]s|outr[oa]s|autres|demas)|priority|prioridad|preference|preferencia|"
    # "cidades membro da rede têm prioridade, mas a participação não é restrita a elas"
    r"prioridade|priorite|preferencia|nao e restrit[oa]|no (?:esta|es) (?:restringid[oa]|limitad[oa])|not (?:restricted|"
    r"limited) to (?:them|members|(?:[\w-]+ ){0,2}member)|n.est pas (?:restreinte?|reservee?)|"

    # (not "e não apenas às da gastronomia": not only the members of one field, still members)
    r"(?:not only|no solo|no solamente|nao apenas|pas seulement|non seulement)(?! (?:a |as |aos |a las |a los |to |aux |"
    r"those |las |los |les )?(?:(?:da|de la|del|of|du|de) |(?:in|en|em|dans) (?:the |la |el |a |o |le )?)?"
    r"(?:gastronomia|gastronomy|musica|music|diseno|design|cine|film|literatura|literature|artesania|crafts|artes|arts|"
    r"one field|un campo|um campo|un domaine)))\b")
# "miembros de CIDEU y gobiernos locales iberoamericanos": the members and others, named after the members (not "las
# prefeituras e governos locais que sejam membros": two names of the applicants before it)
# (not a network's name: "Rede IberCultura Viva de Cidades e Governos Locais", "Ciudades y Gobiernos Locales Unidos")
_AND_OTHERS_AFTER = re.compile(r"(?<!\bcities )(?<!\bciudades )(?<!\bcidades )(?<!\bvilles )"
                               # ("… miembro de la red y, de forma excepcional, a ciudades de América Latina")
                               # (not "Eurocities member and partner cities": a second kind of membership)
                               # ("… cidades-membro da rede e, na categoria «cidades convidadas», governos locais de …")
                               r"\b(?:and|y|e|et)(?:, [^,.;]{0,40},)? (?:(?:a|to|aux?|as) )?"
                               r"(?:(?!(?:partner|associate|affiliate|observer)\b)\w+ )?(?:cities|ciudades|cidades|villes|"
                               r"gobiernos locales|"
                               r"governos locais|local governments|municipios|municipalities)\b|"
                               # "las ciudades asociadas y también las no asociadas, que pueden postular sin costo"
                               r"\b(?:y|and|e|et) (?:tambien |also |tambem |aussi )?(?:las |los |the |as |os |les )?"
                               r"(?:no|non|nao)[ -]"
                               r"(?:asociadas|socias|miembros|members|membros|associadas|membres)\b")
# the members of a network, with no network named: "member cities", "los gobiernos locales miembros de la Red"
# ("miembros plenos de la Red", "full members of the network", "las municipalidades socias de la AChM")
_NETWORK_MEMBERS_UNNAMED = re.compile(
    r"\b(?:member (?:cities|local governments|governments|municipalities)|(?:full |active |current )?members of the "
    r"network|(?:ciudades|gobiernos locales|municipios|municipalidades|alcaldias)[ -](?:miembros?|soci[oa]s|asociad[oa]s)|"
    # ("los municipios e instituciones socias de la OICI")
    r"(?:municipios|ciudades|gobiernos locales) (?:e|y) (?:instituciones|entidades|organismos) "
    r"(?:socias|miembros|asociadas)|(?:ciudad|ciudades) integrantes? de la red|"
    # "Solo pueden postularse las ciudades adheridas a la Red"
    r"(?:ciudades|municipios|gobiernos locales|cidades|villes) (?:adherid[oa]s|aderid[oa]s|adherentes) (?:a la|a|al|à|ao) "
    r"(?:red|rede|reseau)\b|"
    # "Somente prefeituras e governos locais integrantes da rede GovTech LATAM"
    r"integrantes? (?:da|de la|du) (?:red|rede|reseau)\b|"
    # "las ciudades firmantes que se adhirieron al Pacto antes del…", "signatory cities"
    # ("las ciudades latinoamericanas designadas en cualquier disciplina"; not "Cities already designated may only apply
    # in the same field if…": those already in, whom a call for new members refuses)
    r"(?:ciudades|cidades|villes|cities) (?!(?:already|ya|ja|deja|not|no|non|aun|pas)\b)(?:[a-z-]+ )?"
    r"(?:designadas|designated|designees)\b|"
    r"signatory (?:cities|local governments|municipalities)|(?:ciudades|gobiernos locales|municipios|cidades|villes|"
    r"collectivites) (?:firmantes|signatarias|signataires)|"
    r"miembros (?:plenos |activos |titulares |de pleno derecho )?de la red|que (?:forman|formen) parte de la red|"
    r"que integran la red|(?:that|which) are part of the network|que fazem parte da rede|qui font partie du reseau|"
    r"(?:cidades|governos locais|municipios|"
    r"prefeituras)[ -](?:membros?|associad[oa]s)|membros (?:plenos |efetivos )?da rede|(?:villes|communes|collectivites)[ -]"
    r"membres|membres (?:de plein droit |actifs )?du reseau)\b")


# requirements that open by naming the members, as a label's answer: "Cidades membro da Rede Mercocidades, em dia com a
# anuidade, por meio de sua secretaria de cultura."
_MEMBERS_FIRST = re.compile(r"^\s*(?:(?:las|los|as|os|les|the) )?(?:cities|ciudades|cidades|villes|local governments|"
                            # ("Administrations municipales d'Amérique latine membres du Réseau des villes créatives")
                            r"administrations municipales|administraciones municipales|municipal administrations|"
                            r"gouvernements locaux|collectivites(?: locales| territoriales)?|"
                            r"gobiernos locales|governos locais|municipios|municipalities|prefeituras|alcaldias|"
                            # "Capitales miembro de la UCCI"
                            r"capitales|capitals|capitais)[ -]"
                            # a few words of who they are between: "Gobiernos locales y regionales miembros de la red
                            # AERYC", "Municipios y distritos colombianos adheridos formalmente a la Red" ("Cidades-membro")
                            # ("Villes et associations nationales de villes membres de l'AIMF")
                            r"(?:(?:y|e|et|and)(?: (?!(?:no|non|nao|not|pas)\b)[a-z]+){1,4} )?(?:colombian[oa]s |ibero-?american[oa]s |latino-?american[oa]s |"
                            r"latin american |sul-?american[oa]s |sudamerican[oa]s |d.amerique latine |de america latina |"
                            r"of latin america |da america latina )?"
                            # "Cidades latino-americanas já designadas membros da Rede de Cidades Criativas"
                            r"(?:(?:ya|ja|already|deja) )?(?:(?:designad[oa]s|designated|designees|nombrad[oa]s) )?"
                            r"(?:members?|miembros?|membros?|membro|membres|asociad[oa]s|associad[oa]s|afiliad[oa]s|"
                            r"adherid[oa]s|socias|socios|integrantes|"
                            # "Elegibles: gobiernos locales signatarios del Pacto Global de Alcaldes"
                            r"signatari[oa]s|signataires|signatories|firmantes)\b|"
                            # "As prefeituras das cidades designadas na Rede de Cidades Criativas": the members' governments
                            r"^\s*(?:(?:las|los|as|os|les|the) )?(?:prefeituras|alcaldias|mairies|city governments|governments|"
                            r"gobiernos|governos|municipal governments) (?:das|de las|de los|of the|of|des|de) (?:cidades|ciudades|"
                            r"cities|villes|municipios|municipalities) (?:(?:ja|ya|already|deja) )?(?:designad[oa]s|designated|"
                            r"designees|miembros?|members?|membros?|membres|asociad[oa]s|associad[oa]s|integrantes)\b|"
                            # "Cities that signed the Global Covenant of Mayors commitment on or before 30 June 2026",
                            # "Gobiernos municipales de América Latina asociados a CIDEU": the towns, where, then whose
                            r"^\s*(?:(?:las|los|as|os|les|the) )?(?:gobiernos (?:municipales|locales)|municipios|ciudades|alcaldias|"
                            r"local governments|municipalities|cities|governos locais|cidades|prefeituras|villes|collectivites) "
                            r"(?:[\w-]+ ){0,4}?(?:asociad[oa]s|afiliad[oa]s|adherid[oa]s|associad[oa]s|affiliated|associated|"
                            r"affiliees|associees) (?:a|al|a la|to|with|com|da|do|au|a l.)\s|"
                            # "Cities that became signatories of the Covenant", "Ciudades que se adhirieron a la Red antes…"
                            r"^\s*(?:(?:las|los|as|os|les|the) )?(?:[a-z-]+ ){0,2}?(?:cities|ciudades|cidades|villes|local governments|"
                            r"gobiernos locales|governos locais|municipios|municipalities|governments|gobiernos|governos)"
                            r"(?: [a-z]+){0,6}? (?:that|which|who|que|qui) "
                            r"(?:have |has |had |hayan |han |habian |hubieran |hubiesen |ont )?(?:already |ya |ja |"
                            r"deja )?"
                            r"(?:formally |formalmente |officially |oficialmente )?(?:signed|"
                            r"became (?:[\w-]+ ){0,3}?(?:signatories|members)|joined|endorsed|adhered|firmaron|firmado|se adhirieron|adherido|"
                            # ("Cities that had formally committed to the Global Covenant of Mayors by 30 June 2026")
                            r"committed to|se comprometieron con|se han comprometido con|"
                            # "Only cities that were already Covenant signatories on 30 June 2026 may apply"
                            r"(?:were|are|was|is|eran|son|eram|sao|etaient|sont) (?:[\w-]+ ){0,3}?(?:signatories|signatarias|"
                            r"firmantes|signataires|members|miembros|membros|membres)|"
                            # "that have been active members of the IDB Cities Network for at least twelve months"
                            r"been (?:[a-z-]+ )?members|"
                            # "que hayan suscrito la carta de adhesión", "que hayan formalizado su adhesión"
                            r"suscrito|suscribieron|subscribed|subscrito|formalizado su adhesion|formalized their membership|"
                            r"se unieron|assinaram|aderiram|ont signe|ont adhere)\b|"
                            # "Metropolis members whose 2026 membership fees are paid"
                            r"^\s*(?:(?:the|los|las|os|as|les) )?(?!(?:staff|team|board|jury|faculty|family|crew|community|"
                            r"public)\b)(?:[a-z0-9-]+ ){1,3}(?:members|miembros|membros|membres) (?:whose|cuy[oa]s?|dont|"
                            r"cujos?|cujas?|that held|who held|que (?:tenian|tinham)|qui etaient)\b|"
                            # "Member cities of the World Energy Cities Partnership in good standing", "Metropolis
                            # members in good standing"
                            r"^\s*(?:the )?(?:[a-z0-9-]+ ){0,3}?member (?:cities|local governments|governments|municipalities|"
                            r"local and regional governments)\b|"
                            # "Current members of the Strong Cities Network in Latin America", "ICLEI Members in Latin
                            # America with a valid membership"
                            r"^\s*(?:(?:the|los|las|os|as|les) )?(?:(?:current|active|full|existing|actuales|atuais) )?"
                            r"(?!(?:staff|team|board|jury|faculty|family|crew|community|public)\b)(?:[a-z0-9-]+ ){0,3}?"
                            r"(?:members|miembros|membros|membres) (?:of|de|da|do|du|des|in|en|em|with|con|com|avec)\b|"
                            # staff of the members: "Servidores indicados pelos governos locais membros da Rede", "Chief
                            # Resilience Officers or designated staff of member cities of the Resilient Cities Network"
                            r"^[^.;]{0,60}?\b(?:servidores|funcionari[oa]s|tecnic[oa]s|personal|officials|officers|staff|"
                            r"civil servants|agents|fonctionnaires)\b[^.;]{0,60}?\b(?:member (?:cities|local governments|"
                            r"governments|municipalities)|(?:gobiernos locales|governos locais|local governments|ciudades|"
                            r"cidades|cities|villes|collectivites|capitales|capitais|capitals) (?:miembros?|membros?|members|"
                            r"membres|asociad[oa]s|associad[oa]s|socias))\b|"
                            # "Ciudades de la red CIDEU; cada gobierno miembro puede inscribir…": the network's cities
                            r"^\s*(?:(?:las|los|as|os|les|the) )?(?:cities|ciudades|cidades|villes|local governments|"
                            r"gobiernos locales|governos locais|municipios|municipalities) (?:of|de|da|do|du|in|en|em) "
                            r"(?:the |la |a |o |le |l')?(?:[\w-]+ ){0,3}?(?:network|red|rede|reseau)\b|"
                            # "Metropolis members; requests are accepted on a rolling basis": the members, and nothing more
                            r"^\s*(?:(?:the|los|las|os|as|les) )?(?!(?:staff|team|board|jury|faculty|family|crew|community|"
                            r"public)\b)(?:[a-z0-9-]+ ){1,3}(?:members|miembros|membros|membres)\s*$|"
                            # "Signatory cities of the Global Covenant of Mayors"
                            r"^\s*(?:the )?signatory (?:cities|local governments|governments|municipalities)\b|"
                            # "Cities already participating in the IURC Latin America programme"
                            r"^\s*(?:(?:the|las|los|as|os|les) )?(?:cities|ciudades|cidades|villes|local governments|"
                            r"gobiernos locales|governos locais|municipios|municipalities) (?:(?:that|que|qui) )?(?:already|ya|ja|deja) "
                            r"(?:participating|participan\w*|participam|participent|taking part)\b|"
                            r"^\s*(?:las |os |les )?(?:ciudades|cidades|villes|municipios) (?:firmantes|signatarias|"
                            r"signataires)\b|"
                            r"\b(?:members?|miembros?|membros?|membres?) (?:\w+ ){0,5}?(?:in good standing|up to date|al dia|al corriente|"
                            r"em dia|a jour|(?:anuidade|cuota|fees?) (?:quitada|pagada|paid))\b")
# who may apply, said before the members: "Eligible applicants are local governments that were Covenant signatories on or
# before 30 June 2026"
_LEAD_IN = re.compile(r"^\s*(?:(?:the )?eligible applicants (?:are|include)|(?:the )?applicants? must be|(?:los )?solicitantes "
                      r"(?:elegibles )?(?:son|deben ser)|(?:pueden|podran) (?:postular(?:se)?|participar|presentar(?:se)?|aplicar|"
                      r"concursar|concurrir)|(?:podem|poderao) (?:concorrer|candidatar-se|participar|se candidatar|se inscrever)|"
                      r"(?:peuvent|pourront) (?:candidater|postuler|participer)|open to|"
                      # "Propostas apresentadas por cidades-membro da Rede": whose proposals are taken
                      r"(?:(?:las|los|as|os|les|the) )?(?:propuestas|propostas|proposals|postulaciones|candidaturas|solicitudes|"
                      r"applications|proyectos|projetos|projets|projects) (?:presentad[oa]s|apresentad[oa]s|submitted|"
                      r"presentee?s|soumise?s|deposee?s) (?:por|pel[oa]s?|by|par)|"
                      # a label: "Elegibles: gobiernos locales signatarios del Pacto"
                      r"(?:elegibles|eligibles?|elegiveis|eligible applicants)\s*:|"
                      # "Pueden inscribirse las ciudades asociadas de pleno derecho", "Plazas reservadas a funcionarios de
                      # los municipios y entidades socios de la OICI"
                      r"(?:pueden|podran) (?:inscribirse|registrarse)|"
                      # "Convocatoria cerrada para las ciudades miembro de la Red de BiodiverCiudades"
                      r"(?:convocatoria |call |chamada |appel )?(?:cerrada|restringida|limitada|reservada|exclusiva|closed|"
                      r"restricted|limited|fechada|fermee|reservee?) (?:para|a|to|aux?|pour)|"
                      r"(?:(?:plazas|cupos|vagas|places|seats) )?(?:reservad[oa]s|reserved|reservees?) (?:a|para|to|for|aux?)\s+"
                      r"(?:(?:los|las|the|les|os|as)\s+)?(?:(?:funcionari[oa]s|servidores|staff|officials|agents|tecnicos) "
                      r"(?:de|of|des|du|da|do)\s*)?|"
                      # "Postulan las áreas de cultura de los gobiernos locales miembro plenos de Mercociudades"
                      r"(?:postulan|presentan|apply|submit|candidatam-se|apresentam)\s+(?:las |los |the |as |os )?(?:areas|"
                      r"secretarias|departamentos|oficinas|departments|offices|units|unidades|secretariats)\s+(?:de |of |da |do )"
                      r"[a-z ]{0,30}?(?:de|of|da|do|dos|das)(?= (?:los|las|the|os|as) ))\s+(?:(?:only|unicamente|solamente|solo|"
                      r"apenas|somente|seulement|uniquement)\s+)?")


def _members_first(sentence: str) -> bool:
    """Whether the requirements' first (folded) sentence opens by naming a network's members, after a lead-in or not."""
    return bool(_MEMBERS_FIRST.search(sentence) or ((lead := _LEAD_IN.match(sentence))
                                                    and _MEMBERS_FIRST.search(sentence[lead.end():])))


# members refused: "Cities that are already members of the Network, in any creative field, are not eligible to apply again"
_MEMBERS_REFUSED = re.compile(# "Cities that took part in the first cohort of Generation Restoration … are not eligible"
                              r"\b(?:that|which|who|que|qui) (?:took part|participated|participaron|participaram|ont participe)"
                              r"\b[^.;]{0,80}?\b(?:not eligible|are excluded|no (?:son|seran) elegibles?|cannot|may not|"
                              r"no (?:pueden|podran)|nao (?:sao|podem)|ne (?:sont|peuvent) pas)|"
                              r"\b(?:que|that|qui) (?:no|not|ne|nao) (?:sean|son|esten|are|soient|sont|sejam|sao) (?:ya|already|"
                              r"deja|pas deja|ja) (?:miembros|members|membres|membros|designad[oa]s|designated|designees)\b|"
                              r"\b(?:already|ya|ja|deja) (?:\w+ ){0,2}(?:members?|miembros?|membros?|membres|designated|"
                              r"designad[oa]s?|designees?|nombrad[oa]s?|named|"
                              # "Cities that already hold a UCCN designation in any field are not eligible"
                              r"(?:[\w-]+ )?(?:designations?|designacion|designacao)|"
                              # "Cities already in the network are not eligible to apply again"
                              r"in the network|en la red|na rede|dans le reseau|"
                              # "cities already in the IURC community", "las ciudades que ya forman parte de la red"
                              r"in the (?:[\w-]+ ){1,3}?(?:community|network|programme|program)|"
                              r"(?:forman|formen|fazem|font) parte (?:de la|da|du|of the) (?:red|rede|reseau|network)|"
                              # "Las ciudades que ya pertenecen a la Red no pueden presentar una nueva candidatura"
                              r"(?:pertenecen|pertencem|belong|appartiennent) (?:a la|a|to the|au) (?:red|rede|reseau|network)|"
                              # "cities already paired in a previous IURC cycle are excluded"
                              r"paired|emparejad[oa]s|pareadas|participated|took part|participad[oa]s|"
                              r"participaron)\b[^.;]{0,80}?"
                              r"\b(?:not eligible|are excluded|quedan excluid[oa]s|sont exclues|sao excluid[oa]s|"
                              r"no (?:es|son|sera|seran) elegibles?|no (?:puede|pueden|podra|podran)|cannot|"
                              r"may not|ne (?:est|sont|peut|peuvent) pas|nao (?:e|sao|pode|podem))|"
                              # the refusal first: "No se aceptan candidaturas de ciudades que ya son miembros"
                              r"\b(?:no se (?:aceptan|admiten|aceptaran|admitiran)|(?:are|will) not (?:be )?accepted from|nao (?:sao|serao) "
                              r"aceitas|ne (?:sont|seront) pas acceptees)\b[^.;]{0,40}?\b(?:que|that|who|which|qui) (?:ya|already|ja|deja) "
                              r"(?:son|sean|are|sao|sejam|sont) (?:miembros?|members?|membros?|membres|designad[oa]s|designated)\b|"
                              # only those not yet members: "Ne peuvent candidater que les villes qui ne sont pas encore
                              # membres du Réseau"
                              # ("Réservé aux villes qui ne sont pas encore membres du Réseau")
                              r"\b(?:only|solo|solamente|unicamente|apenas|somente|que|seule?s?|reservee?s? aux?|"
                              r"reserved (?:to|for)|"
                              r"reservad[oa]s? (?:a|para))\s+(?:les |las |los |as |os |the )?"
                              r"(?:villes|cities|ciudades|cidades|municipios|municipalities|communes|gobiernos locales|"
                              r"local governments)\s+(?:qui|that|which|que)\s+(?:ne\s+)?(?:sont|are|son|sean|sao|sejam)\s+"
                              r"(?:pas|not|no|nao)\s+(?:encore\s+|yet\s+|aun\s+|ainda\s+|todavia\s+)?(?:membres|members|miembros|"
                              r"membros)|"
                              # "Open to cities not yet designated in the Network"
                              r"\b(?:open to|abierta a|abierto a|ouvert aux|aberta a|aberto a|only|solo|apenas|"
                              r"seules)\s+"
                              r"(?:les |las |los |as |os |the )?(?:villes|cities|ciudades|cidades)\s+(?:not yet|aun no|"
                              r"todavia no|"
                              r"pas encore|ainda nao|non encore)\s+(?:designated|designadas|designees|members|miembros|"
                              r"membres|"
                              r"membros)\b|"
                              # "No pueden postular las ciudades que ya integran la Red", "Pueden postular ciudades que aún
                              # no son miembros de la Red"
                              r"\bno (?:pueden|podran) (?:postular\w*|participar|presentarse)\s+(?:las |los )?(?:ciudades|"
                              r"municipios|gobiernos locales)\s+(?:que )?(?:ya|already)\s+(?:integran|forman parte|son miembros|"
                              r"pertenecen)\b|\b(?:nao (?:podem|poderao) (?:se candidatar|concorrer|participar)|ne (?:peuvent|"
                              r"pourront) pas candidater)\s+(?:as |les )?(?:cidades|villes)\s+(?:que |qui )?(?:ja|deja|sont deja)\s+"
                              r"(?:integram|fazem parte|sao membros|membres)\b|"
                              r"\b(?:pueden postular|podran postular|pueden presentar candidatura|pueden presentarse|may apply|"
                              r"podem candidatar-se|peuvent candidater)\s+(?:las |"
                              r"the |as |les )?(?:ciudades|cities|cidades|villes)\s+(?:que|that|qui)\s+(?:aun|todavia|not yet|"
                              r"ainda|ne sont pas encore)\s+(?:no |nao )?(?:(?:son|sean|are|sao|sejam)?\s*(?:miembros|members|membros|"
                              # "Pueden presentar candidatura las ciudades que aún no forman parte de la red"
                              r"membres)|(?:forman|formen|fazem|font) parte|integran|pertenecen)\b|"
                              # "Solo pueden postular ciudades que no sean ya miembros de la red"
                              # ("Pueden presentar candidatura las ciudades que no sean ya miembros de la Red")
                              r"\b(?:pueden postular|podran postular|pueden presentar candidatura|podran presentar candidatura|may apply|"
                              r"podem candidatar-se|peuvent candidater)\s+(?:las |the |"
                              r"as |les )?(?:ciudades|cities|cidades|villes)\s+(?:que|that|qui)\s+(?:no|not|nao|ne)\s+(?:sean|son|are|"
                              r"sejam|sao|soient)\s+(?:ya|already|ja|deja|pas deja)\s+(?:miembros|members|membros|membres)\b|"
                              # "Open to cities of UNESCO Member States that are not yet members"
                              r"\b(?:open to|abiert[oa]s? a|ouverte?s? aux|abert[oa]s? a)\s+(?:the |las |los |les |as |os )?"
                              r"(?:villes|cities|ciudades|cidades|municipios|municipalities|local governments|"
                              r"gobiernos locales)\b[^.;]{0,60}?\b(?:that|which|que|qui)\s+(?:ne\s+)?(?:are|son|sean|sont|sao|"
                              r"sejam)\s+(?:not|no|pas|nao)\s+(?:yet\s+|aun\s+|todavia\s+|encore\s+|ainda\s+)?(?:members|"
                              r"miembros|membres|membros)\b")


_ASIDES = re.compile(r"\([^)]*\)")  # "(capitales iberoamericanas y ciudades asociadas)": who the members are


# ... unless those others must be members too: "Metropolis members only: governments of metropolitan areas and cities
# with more than one million inhabitants that are full members of the association"
_ALSO_MEMBERS_AFTER = re.compile(r"\b(?:that|which|who) are (?:\w+ )?members|que (?:sean|son|esten) (?:\w+ )?(?:miembros|socias)|"
                                 # "… and to cities that were registered on the CitiesWithNature platform on or before …"
                                 r"(?:that|which|who) (?:were|are|have been) registered (?:on|in|with)|"
                                 r"que (?:esten|estuvieran|hayan sido|fueron) (?:registrad|inscrit)[oa]s en|"
                                 r"qui sont (?:\w+ )?membres|que sao (?:\w+ )?membros|"
                                 # "… and partner cities must also belong to the Network"
                                 r"must (?:also )?(?:belong to|be members)|deben (?:tambien )?(?:pertenecer|ser miembros)|"
                                 r"devem (?:tambem )?(?:pertencer|ser membros)|doivent (?:aussi )?(?:appartenir|etre membres)")


# ... or let in only with a past of their own with the network: "y, de manera excepcional, los gobiernos locales no asociados
# que hayan participado en alguno de los programas formativos de la red"
_OTHERS_WITH_A_PAST = re.compile(r"\b(?:que|that|which|who|qui) (?:hayan|han|have|ont|tenham|hajam) (?:participado|participated|"
                                 r"taken part|participe|been (?:part|selected|invited)|sido (?:invitad|seleccionad)|"
                                 r"completado|completed)\b")


def _others_let_in(sentence: str, start: int) -> bool:
    """Other local governments let in beside the members ("miembros de la Red y ciudades de la región")."""
    others = _AND_OTHERS_AFTER.search(sentence, start)
    return bool(others) and not _ALSO_MEMBERS_AFTER.search(sentence, others.end()) \
        and not _OTHERS_WITH_A_PAST.search(sentence, others.end(), others.end() + 120)


# "… miembros de ICLEI con membresía activa al momento del cierre": a membership asked for, whatever the verb
_ACTIVE_MEMBERSHIP = re.compile(r"\b(?:con (?:membresia|afiliacion) (?:activa|vigente)|with (?:an? )?(?:active|current) "
                                r"membership|com (?:filiacao|associacao|adesao) (?:ativa|vigente)|avec (?:une )?adhesion "
                                r"(?:active|en cours))\b")


# "Las ciudades que ya forman parte de la red URBELAC podrán postularse de nuevo siempre que …": the members let in again,
# beside the others
_MEMBERS_AGAIN = re.compile(r"\b(?:podran|pueden|may|can|podem|poderao|peuvent|pourront) (?:postularse|postular|apply|"
                            r"candidatar-se|se candidater|postuler|participar|participate) (?:de nuevo|nuevamente|again|"
                            r"novamente|de novo|a nouveau|de nouveau)\b")


def _membership_required(sentence: str, first: bool = False) -> bool:
    """Whether a (folded) sentence (the requirements' first when `first`) limits applying to a network's members."""
    if _NON_MEMBERS_OUT.search(sentence):
        return True
    if _MEMBERS_AGAIN.search(sentence):
        return False
    only = next((m for m in MEMBERS_ONLY.finditer(sentence)
                 if not _NOT_BEFORE.search(sentence, max(0, m.start() - 12), m.start())), None)
    member = _MEMBERSHIP.search(sentence)
    bare = _ASIDES.sub(" ", sentence)
    # (others are looked for after the whole "only" phrase: "only to Latin American and Caribbean cities already
    # participating" lets no others in)
    return bool(only or (first and _members_first(sentence))
                or (member and (_WHO_MAY_APPLY.search(sentence) or _ACTIVE_MEMBERSHIP.search(sentence)))) \
        and not (_MEMBERSHIP_OPTIONAL.search(bare) and not _BY_INVITATION.search(bare)) \
        and not _others_let_in(bare, member.start() if member else only.end() if only else 0)


# Others let in by invitation only: "así como, por invitación expresa de la Secretaría General, gobiernos locales no
# asociados": the call stays the members'
_BY_INVITATION = re.compile(r"\b(?:por invitacion|by invitation|on invitation|upon invitation|sur invitation|por convite|"
                            r"mediante invitacion|invited by|invitad[oa]s por|convidad[oa]s pel[oa])\b")


# "gobiernos locales de países miembros prestatarios del BID", "the IDB's borrowing member countries"
_COUNTRY_MEMBERS = re.compile(r"\b(?:paises|countries|estados|states|pays|etats|naciones|nations) (?:miembros?|members?|"
                              r"membres|membros)(?: (?:prestatarios|prestatari\w+|emprunteurs))?\b|"
                              r"\b(?:borrowing )?member (?:countries|states|nations)\b")


# "Metropolitan bodies may apply on behalf of their member municipalities": a body's own members, no network's
_THEIR_MEMBERS = re.compile(r"\b(?:their|its|sus|su|seus|suas|leurs|ses) (?:member (?:cities|municipalities|local "
                            r"governments|governments)|(?:municipios|ciudades|cidades|municipalidades|communes|villes) "
                            r"(?:miembros|membros|membres|asociad[oa]s|associad[oa]s|associees))\b")


# "jointly by a city government and its National Olympic Committee, which must be a member of Panam Sports": the partner
# body's membership, not the city's
_ANOTHER_BODY_MEMBER = re.compile(r"\b(?:committee|comite|association|asociacion|associacao|federation|federacion|federacao|"
                                  r"organi[sz]ation|organizacion|organizacao|university|universidad|universidade|ngo|ong)\b"
                                  r"[^.;]{0,30}?,? (?:which|who|that|que|qui) (?:must|should|shall|debe|deve|doit) (?:be|ser|etre) "
                                  r"(?:an? |un |una |um |uma |une )?(?:members?|miembros?|membros?|membres?) (?:of|de|da|do|du) "
                                  r"[^.;,]{0,60}")
# Direct members only: "gobiernos locales que sean miembros directos de CGLU", or members who pay their own fees
# ("membres de CGLU à jour de leur cotisation"), leave out the cities that belong through their national association
# (every Colombian city belongs to CGLU through the Federación Colombiana de Municipios)
# (not "miembros directos o a través de su asociación nacional": both ways in)
# ("UCLG member local governments whose membership is active for 2027")
_DIRECT_MEMBERS = re.compile(r"\b(?:miembros? direct[oa]s|direct members?|membros? diretos|membres? directs|"
                             r"(?:whose|cuya) (?:membership|membresia|afiliacion) (?:is|esta|este) (?:active|activa|vigente)|"
                             r"a jour de (?:leurs?|sa|ses) cotisations?|al (?:dia|corriente) (?:con|de) (?:su|sus) cuotas?|"
                             # "afiliados a FLACMA que se encuentren al día en sus obligaciones estatutarias"
                             r"al (?:dia|corriente) (?:en|con|de) (?:sus|el pago de sus|el cumplimiento de sus) "
                             r"(?:obligaciones|cuotas|aportes|compromisos)|em dia com (?:suas|as) (?:obrigacoes|contribuicoes)|"
                             r"up to date with (?:their|its) (?:dues|fees|obligations|contributions)|"
                             r"a jour de (?:leurs|ses) (?:obligations|contributions)|"
                             r"(?:membership )?fees? (?:are )?paid|paid-up|in good standing|(?:anuidade|quotas?) em dia|"
                             r"em dia com (?:a|as) (?:anuidade|quotas?))\b")
# (not "par l'intermédiaire de leur maire": who signs)
_THROUGH_ASSOCIATION = re.compile(r"\b(?:a traves de|por medio de|por intermedio de|through|via|por meio de|atraves de|"
                                  r"par l.intermediaire de)\b[^.;]{0,40}?\b(?:asociacion\w*|associa\w*|federa\w*|national|"
                                  r"nacional\w*|nationale?s?)\b|\b(?:de sus asociaciones|of (?:their|its) national)\b")


def _direct_members_only(sentence: str) -> bool:
    """Whether a (folded) sentence takes a network's direct members only."""
    return bool(_DIRECT_MEMBERS.search(sentence)) and not _THROUGH_ASSOCIATION.search(sentence)


# A pact named after its signatories: "signatários do Pacto de Políticas Alimentares Urbanas de Milão até 31 de outubro"
_PACT_NAMED = re.compile(r"\b(?:signator\w*|signatari\w*|firmantes?|signataires?|"
                         # "administrations municipales … membres de la Coalition internationale des villes inclusives"
                         r"members?|miembros|membres|membros)\s+(?:del?|do|da|of the|of|du|de la)\s+"
                         r"(?P<name>(?:pacto|pact|pacte|covenant|charter|carta|charte|coalition|coalicion|coalizao|alliance|alianza|"
                         r"alianca) (?:[a-z-]+ ){0,7}?[a-z-]+)"
                         # ("… del Pacto de Política Alimentaria Urbana de Milán a la fecha de publicación")
                         r"(?= (?:ate|hasta|until|by|before|antes|avant|jusqu\w*|on or|a la fecha|as of|as at|a data|"
                         r"a la date|en la fecha)\b|\s*[;.,()]|$)|"
                         # "ciudades que forman parte de la red City Possible": a network no catalogue holds, by its name
                         # right after the word (not "la red de ciudades del programa")
                         r"\b(?:forman|formen|hacen|hagan|form|are|fazem|facam|font) part(?:e|ie)? (?:de|of|d[ao]|du) (?:la |the |a |"
                         r"o |le )?(?P<network>(?:red|network|rede|reseau|alianza|alliance|alianca|coalicion|coalition) "
                         r"(?!(?:de|of|da|do|du|des|del|y|and|e|et)\b)"
                         r"[a-z-]+(?: (?!(?:y|and|e|et|o|or|ou|que|which|that|who|con|with|en|in)\b)[a-z-]+){0,4})(?=\s*[;.,()]|$)|"
                         # "municipal governments that are members of the City Possible network": the name before the word
                         r"\bmembers? of the (?P<network_before>(?!(?:national|regional|global|international|same|local|"
                         r"municipal|this|that|our|their|its|whole|wider|partner)\b)[a-z-]+(?: [a-z-]+){0,3}) "
                         r"(?:network|alliance|coalition)\b")


def _sentence_quoted(text: str, quoted: str) -> str:
    """The sentence of `text` a page reader's quote comes from: its window may start mid-word («ed by an organisation…»)."""
    core = quoted.strip("«» ").split(" | ")[0][:40]
    return next((sentence for sentence in _SENTENCES.split(text) if core and core in sentence), quoted)


# "Los municipios no asociados también pueden postular a sus funcionarios abonando la cuota": others too
# ("Exceptionally, non-member city governments in Latin America … may nominate a candidate, provided that …")
_NON_MEMBERS_TOO = re.compile(r"\b(?:no asociad[oa]s|no miembros?|non-?members?|nao associad[oa]s|nao membros|non membres|"
                              r"no socios|no socias) (?:tambien|also|tambem|aussi|igualmente) (?:pueden|podran|may|can|podem|"
                              r"poderao|peuvent|pourront)\b|"
                              # (not "Staff of non-member cities … are not eligible, and a city may nominate only one",
                              # nor "may submit their membership application in parallel, but it will not be processed")
                              r"\bnon-?member (?:city |local )?(?:governments|cities|municipalities)\b"
                              r"(?:(?!\b(?:not|no|cannot|nao|ne)\b)[^.;]){0,80}?\b(?:may|can) (?:also )?(?:apply|nominate)\b"
                              r"(?! (?:only )?as\b)(?![^.;]*\b(?:but|pero|mais|mas)\b)")


def _members_only_networks(eligibility: str, opp: OpportunityLike, heritage: bool) -> tuple[str, ...]:
    """The networks whose members alone may apply: those named in a sentence limiting applying to members, else the
    funder when it is a network ("C40 Cities Finance Facility": "open only to member cities"); () when the call is not
    members-only, names no network Vigía knows, or takes cities whose joining is in process."""
    if heritage or _joining_open(eligibility) or _NON_MEMBERS_TOO.search(eligibility):
        return ()  # (the World Heritage cities' organisation: models.colombia knows its members)
    funder = fold(getattr(opp, "funder", None) or "")
    for i, sentence in enumerate(_SENTENCES.split(eligibility)):
        sentence = _COUNTRY_MEMBERS.sub(" ", sentence)  # a bank's member countries are no network's members
        sentence = _THEIR_MEMBERS.sub(" ", sentence)  # nor a metropolitan body's member municipalities
        sentence = _ANOTHER_BODY_MEMBER.sub(" ", sentence)  # nor the membership of the city's partner body
        if not _membership_required(sentence, first=i == 0) or _MEMBERS_REFUSED.search(sentence):
            continue  # (members refused are the opposite limit: _members_refused_networks)
        if named := networks_named(sentence):
            return () if EVERY_COLOMBIAN_CITY & set(named) and not _direct_members_only(sentence) else named
        if not (MEMBERS_ONLY.search(sentence) or _NON_MEMBERS_OUT.search(sentence)
                or _NETWORK_MEMBERS_UNNAMED.search(sentence) or (i == 0 and _members_first(sentence))):
            if pact := _PACT_NAMED.search(sentence):
                return (pact.group("name") or pact.group("network") or pact.group("network_before"),)  # a pact or network no catalogue holds
            continue  # "applicants must be members of staff": no network's members
        if named := networks_named(funder):
            return () if EVERY_COLOMBIAN_CITY & set(named) else named
        # "las ciudades firmantes del Pacto de Milán": the pact, whoever publishes; "las postulaciones de ciudades fuera de la
        # red no serán consideradas": the network another sentence names
        if pact := _PACT_NAMED.search(sentence) or _PACT_NAMED.search(eligibility):
            return (pact.group("name") or pact.group("network") or pact.group("network_before"),)
        if funder and getattr(opp, "funder_type", None) == CITY_NETWORKS:
            return (network_key(funder),)  # a network Vigía does not know: its members are named in no plan's list
    return ()


# "Alcaldía de Medellín — Agencia de Cooperación e Inversión de Medellín": a capital's own government publishing a call
# ("Alcaldía de Medellín y ACI Medellín — Agencia de Cooperación e Inversión": with its agency)
# (not "Red de BiodiverCiudades — Alcaldía de Bogotá y socios": a network's call the alcaldía hosts with partners)
_OWN_ALCALDIA = re.compile(r"\balcaldia (?:mayor |distrital |municipal )?de (?P<city>[a-z ]+?)\b(?:\s*[-—,(]|$|\s+(?:y|e|and) "
                           r"(?:la |el )?(?:aci|agencia|instituto|secretaria)\b)")


def _funder_city(opp: OpportunityLike) -> str | None:
    """The department capital whose own alcaldía publishes the call, or None."""
    m = _OWN_ALCALDIA.search(fold(getattr(opp, "funder", None) or ""))
    if not m:
        return None
    return next((code for code, names in CAPITALS.items() if m.group("city").strip() in names), None)


def _of_a_family_of(keys: tuple[str, ...], networks: frozenset[str]) -> bool:
    """Whether a network the catalogue does not know by `keys` is a publisher of several ("UNESCO") one of whose networks the
    city lists ("Ciudades Creativas de la UNESCO"): which one the call means, the plan cannot say."""
    unknown = [key for key in keys if key not in BY_KEY]
    return any(re.search(rf"\b{re.escape(key)}\b", fold(BY_KEY[n].name)) for key in unknown for n in networks if n in BY_KEY)


def _members_refused_networks(eligibility: str, opp: OpportunityLike) -> tuple[str, ...]:
    """The networks whose current members may not apply (a network's call for new members), named in the refusing
    sentence or as the funder."""
    for sentence in _SENTENCES.split(eligibility):
        if (refused := _MEMBERS_REFUSED.search(sentence)) and not _BUT_MAY_APPLY.search(sentence, refused.end()) \
                and not _SAME_FIELD.search(sentence, refused.start(), refused.end() + 45):
            if (named := networks_named(sentence)) or not _TOOK_PART.search(refused.group(0)):
                # (a network no catalogue knows, by its publisher's name: "UNESCO", whose members the plan cannot say)
                funder = fold(getattr(opp, "funder", None) or "").strip()
                # ("Las ciudades ya designadas no pueden volver a postularse", of a call titled "… candidaturas a la Red
                # de Ciudades Creativas de la UNESCO": the network the title names)
                title = fold(getattr(opp, "title", None) or "")
                return named or networks_named(title) or networks_named(funder) or ((funder[:80],) if funder else ())
            # ("cities that already took part in cohorts 1 or 2 are not eligible", of a C40 call: the programme's past
            # participants, a subset the city knows itself in or out of, not the network's members)
    return ()


# "Las ciudades ya designadas no pueden volver a postularse en el mismo campo": the members may apply in another field
_SAME_FIELD = re.compile(r"\b(?:en (?:el|la) mism[oa] (?:campo|ambito|disciplina|categoria)|in the same (?:creative )?(?:field|"
                         r"category|discipline)|no mesmo (?:campo|ambito)|na mesma (?:area|categoria)|dans (?:le meme domaine|"
                         r"la meme discipline))\b")
_MAY_APPLY_IF = re.compile(r"(?:may|can|pueden|podran) (?:still |also )?(?:apply|postular\w*) if\b")
_TOOK_PART = re.compile(r"\b(?:took part|participated|participad[oa]s|participaron|paired|emparejad[oa]s|pareadas)\b")


# "Cities already designated may not reapply in the same field, but may apply in a different field": the members let in
# again, for something else
_BUT_MAY_APPLY = re.compile(r"\b(?:but|pero|mas|mais|though)\s+(?:they\s+)?(?:may|can|pueden|podran|podem|poderao|peuvent|"
                            r"pourront)\s+(?:still\s+|tambien\s+|also\s+)?(?:apply|postular\w*|candidatar\w*|postuler|"
                            r"presentar\w*|concorrer)\b")


def _members_only_named(text: str) -> frozenset[str] | None:
    """The department capitals a members-only call names as members ("Bogotá, Medellín and other Latin American members are
    encouraged to apply"); None when non-members may still apply, or no capital is named as a member."""
    if not _NON_MEMBERS_OUT.search(text):
        return None
    named = frozenset().union(*(capitals_named(sentence) for sentence in _SENTENCES.split(text)
                                if _MEMBERSHIP_WORD.search(sentence)))
    return named or None


# (not "los municipios incluidos en los PDET": those on a list, no example)
_INCLUDING = re.compile(r"\b(?:including|incluid[oa]s(?! en (?:los|las|el|la)\b)|incluyendo)\b")


def _preferred_after(text: str, end: int) -> bool:
    """Whether the clause goes on to make what it named a preference ("les villes jumelées ou partenaires de Lyon sont
    prioritaires mais toutes les villes peuvent candidater"), not a limit."""
    return bool(PREFERENCE.search(re.split(r"[.;:]", text[end:end + 40])[0]))


def _preferred(text: str, start: int) -> bool:
    """Whether the clause before `start` makes what follows a preference or an example ("Entre los territorios receptores
    se dará prioridad a los municipios de categorías 4, 5 y 6 y a los municipios PDET"), not a limit."""
    clause = re.split(r"[.;:]", text[max(0, start - 200):start])[-1]
    return bool(PREFERENCE.search(clause) or _INCLUDING.search(clause))


# Only municipalities of the Amazon region: "municípios localizados na Região Amazônica", "Amazon municipalities".
AMAZON_ONLY = re.compile(r"\b(?:municipios|municipalities|cities|ciudades|cidades|communes|gobiernos locales|local governments)"
                         r"(?: \w+){0,2} (?:amazonic[oa]s|amazonian|amazoniens|(?:de|da|of|in|na|en|dans) (?:la |a |the |l.)?"
                         r"(?:region |regiao |amazon basin|cuenca )?amazon(?:ia|ica|a|ie)?)\b|\bamazon (?:municipalities|cities)\b")
# Only cities with a World Heritage historic centre: "dont le centre historique est inscrit sur la Liste du patrimoine
# mondial", "World Heritage cities", "ciudades Patrimonio de la Humanidad".
HERITAGE_ONLY = re.compile(r"\b(?:inscrit\w* sur la liste du patrimoine mondial|inscrit\w* en la lista del patrimonio mundial|"
                           r"inscribed on the (?:unesco )?world heritage list|inscrit\w* na lista do patrimonio mundial|"
                           r"inscrit\w* (?:sur|en|na) (?:la |a )?lista? (?:del |du |do )?patrimo\w+ mundial de la unesco|"
                           # the Organization of World Heritage Cities: its members are those cities
                           r"member cities of the owhc|(?:ciudades|villes|cidades) miembros? de la ocpm|villes membres de l.ovpm|"
                           r"world heritage cities|ciudades patrimonio (?:de la humanidad|mundial)|villes du patrimoine mondial|"
                           # "site managers of inscribed World Heritage urban properties", "responsible for … a cultural World
                           # Heritage property inscribed on the List"
                           r"(?:inscribed|an? inscribed|of an?|of) (?:cultural |urban )?world heritage (?:urban |cultural )?"
                           r"propert(?:y|ies)|world heritage (?:urban |cultural )?property inscribed|"
                           r"cidades patrimonio mundial|"
                           # "les autorités locales … dont un site figure sur la Liste du patrimoine mondial de l'UNESCO"
                           r"(?:figure|figurent|figura|figuran|consta|constam|appears?|is listed|are listed) (?:sur|en|na|on|in) "
                           r"(?:la |a |the )?(?:liste|lista|list) (?:du |del |do |of (?:the )?)?(?:unesco )?(?:patrimoine mondial|"
                           r"patrimonio mundial|world heritage)|"
                           # "ciudades latinoamericanas con centro histórico declarado Patrimonio Mundial por la UNESCO"
                           r"(?:centros? historicos?|historic (?:centres?|centers?|cores?)|centres? historiques?|centros? "
                           # ("… dont le centre historique est inscrit au patrimoine mondial de l'UNESCO")
                           r"historicos?) (?:(?:est|es|is|e|esta|sont|son|are|sao|fue|was|foi|a ete|ha sido|has been) )?"
                           r"(?:declarad[oa]s?|inscrit\w*|inscribed|listed|classe\w*|tombad[oa]s?|reconocid[oa]s?) "
                           r"(?:como |as |comme |au |al |ao |on the |en el |no )?(?:(?:un |a |une |um )?(?:bien |sitio |site |bem )?"
                           r"(?:del |du |do |of )?)?"
                           r"(?:patrimonio (?:mundial|de la humanidad|cultural de la humanidad)|world heritage|patrimoine mondial|"
                           r"patrimonio mundial|patrimonio da humanidade)|"
                           # "Local authorities that manage a World Heritage property inscribed for its urban values"
                           r"(?:manage|managing|manages|gestionan|gestionen?|administran|gerenciam|gerem) "
                           r"(?:a |an |un |una |um |uma |the |el |la |o |le )?(?:urban |"
                           r"unesco )?(?:world heritage (?:property|site)|"
                           r"(?:bien|sitio) (?:del )?patrimonio mundial|bem (?:do )?patrimonio mundial|bien du patrimoine mondial))\b")
# "monuments protected at national level or inscribed on the World Heritage List": the inscription one way in of others
_ALTERNATIVE_BEFORE = re.compile(r"\b(?:or|o|ou|y/o|and/or|e/ou|et/ou)\s+(?:(?:are|is|es|son|est|sont|e|sao)\s+)?$")


# "qu'une partie de leur territoire soit ou non inscrite sur la Liste", "whether or not … is inscribed", "esté o no
# inscrita": the inscription asked of nobody
_WHETHER_OR_NOT = re.compile(r"\b(?:soit ou non|soient ou non|whether or not|esten? o no|sea o no|seja ou nao|sejam ou nao)\b")


def _heritage_only(text: str) -> bool:
    """Whether only cities with a World Heritage site may apply (not when the inscription is one alternative of several,
    or asked whether or not it holds)."""
    return any(not _ALTERNATIVE_BEFORE.search(text, max(0, m.start() - 20), m.start()) and not _preferred(text, m.start())
               and not _WHETHER_OR_NOT.search(text, max(0, m.start() - 60), m.start())
               and not _ALTERNATIVE_AFTER.match(text, m.end())
               for m in HERITAGE_ONLY.finditer(text))


# "… inscritos na Lista do Patrimônio Mundial ou com políticas de patrimônio afrodescendente": one way in of two
# ("… inscrit sur la Liste du patrimoine mondial de l'UNESCO ou sur une liste indicative nationale": or a tentative list)
_ALTERNATIVE_AFTER = re.compile(r"(?:\s+(?:de la unesco|da unesco|de l.unesco|unesco))?,?\s+(?:or|o|ou)\s+(?:with|con|com|avec|"
                                r"that|que|qui|those|las que|aquellas|aquelas|celles|"
                                r"(?:(?:on|in|sur|en|na|no) )?(?:(?:a|the|une|la|una|uma|its|their|sa|leur|su) )?(?:national )?"
                                r"(?:tentative list|liste indicative|lista (?:indicativa|tentativa))|"
                                # ("… declarado Patrimonio Mundial o bien de interés cultural nacional")
                                r"(?:(?:un |a |an? )?(?:bien|bem|bene|site|sitio) )?(?:de interes cultural|of national|"
                                r"d.interet national|de interesse cultural|del patrimonio nacional|patrimonio nacional|"
                                r"national heritage|patrimoine national))\b")


# "Governments of the 57 IsDB member countries", "países miembros del BCIE": members of an organisation. Colombia belongs
# to these (a prefix of the name is enough); membership of any other organisation leaves it out.
# (the name ends where the sentence goes on: "les États membres du BIE peuvent déposer…")
_NAME_END = (r"(?=[,.;:()]|$| (?:and|or|y|o|e|et|ou|may|can|are|must|shall|pueden|podran|son|deben|podem|poderao|sao|"
             r"devem|peuvent|pourront|sont|doivent)\b)")
# (APEC's members are "economies": "APEC member economies", "economías miembro de APEC", "économies membres de l'APEC")
_MEMBER_OF = re.compile(r"\b(?:(?!(?:the|its|their|all|other|non|of|de)\b)(?P<a>[a-z][a-z-]{1,14})(?: borrowing| shareholder| regional| founding| non-borrowing)? member "
                        r"(?:countries|states|nations|economies)|member (?:countries|states|nations|economies) of "
                        r"(?:the )?(?P<b>[a-z][\w -]{1,40}?)" + _NAME_END + r"|(?:paises|estados)(?: y gobiernos| e governos)?"
                        r"[ -](?:miembros|membros)(?: de pleno derecho| plenos)? "
                        r"(?:de las |de los |de la |del |de |das |dos |da |do )(?P<c>[a-z][\w -]{1,40}?)" + _NAME_END +
                        r"|economias[ -](?:miembros?|membros?) (?:de la |del |de |da |do )(?P<e>[a-z][\w -]{1,40}?)" + _NAME_END +
                        # "Collectivités des États et gouvernements membres de plein droit de l'OIF"
                        # ("des États et gouvernements membres ou observateurs de la Francophonie")
                        r"|(?:pays|etats|economies)(?: et gouvernements)?[ -]membres(?: de plein droit| a part entiere)?"
                        r"(?: (?:ou|et) observateurs)? "
                        r"(?:de l.|de la |du |des )(?P<d>[a-z][\w -]{1,40}?)" + _NAME_END + r")")
COLOMBIA_MEMBERSHIPS = (*COLOMBIA_ORGANISATIONS, "un", "inter-american", "interamerican", "banco interamericano", "can",
                        # the Latin American Centre for Development Administration: Colombia is a member state
                        "clad", "centro latinoamericano de administracion para el desarrollo",
                        "andean", "ibero", "iber",
                        # the call's own programme, network or fund: membership of it is what the call is about
                        "programme", "program", "programa", "network", "red", "fund", "fondo", "partnership",
                        "alliance", "coalition", "organi", "this", "el programa", "la red", "el fondo", "la organi")
# the World Bank Group's institutions, Colombia a member of each: "IBRD and IDA member countries", "países miembros del BIRF"
# (its lenders' acronyms also say where borrowers are: WORLD_BANK_BORROWERS)
_WORLD_BANK_LENDERS = ("ibrd", "ida", "birf", "bird", "aif")
COLOMBIA_MEMBERSHIPS += (*_WORLD_BANK_LENDERS, "ifc", "miga", "international bank for reconstruction",
                         "international development association", "banco internacional de reconstruccion",
                         "asociacion internacional de fomento", "banque internationale pour la reconstruction",
                         "association internationale de developpement", "banco internacional para reconstrucao",
                         "associacao internacional de desenvolvimento", "corporacion financiera internacional",
                         "international finance corporation",
                         # "países miembros del Grupo Banco Mundial"
                         "grupo banco mundial", "banco mundial", "world bank group", "world bank",
                         "groupe de la banque mondiale", "banque mondiale")
_COLOMBIA_MEMBERSHIP_WORDS = tuple(f"{name} " for name in COLOMBIA_MEMBERSHIPS)  # a whole first word: "un tourism"


# "member cities of CityNet", "full members of CityNet", "CityNet members", "villes membres de CityNet": members of one
# of the organisations or networks Colombia is not in (its countries' members are read by _MEMBER_OF)
_OTHER_NAMES = NON_COLOMBIA_ORGANISATION.pattern
# a bare "miembros de la OCI" may be an office's staff (Oficina de Control Interno): three-letter names need a noun
_OTHER_LONG_NAMES = r"\b(?:" + "|".join(re.escape(o).replace("'", "['’]") for o in sorted(
    (o for o in NON_COLOMBIA_ORGANISATIONS if len(o) > 3), key=len, reverse=True)) + r")\b"
_OF = r"(?:of (?:the )?|de la |del |de l.|de |du |des |da |do )"
# ("CDEMA Participating States", "États participants de la CDEMA": an organisation's members by another name)
_NETWORK_MEMBERS = re.compile(r"\b(?:full members?|associate members?|member (?:cities|governments|local governments|"
                              r"municipalities|organi[sz]ations)|(?:ciudades|municipios|gobiernos locales) miembros?|"
                              r"participating (?:states|countries)|(?:estados|paises) participantes|(?:etats|pays) participants|"
                              r"(?:villes|communes|collectivites) membres?|(?:cidades|municipios) membros?) " + _OF
                              + r"(?P<a>" + _OTHER_NAMES + r")|\b(?:members?|miembros?|membres?|membros?) " + _OF
                              + r"(?P<b>" + _OTHER_LONG_NAMES + r")|(?P<c>" + _OTHER_NAMES
                              + r")(?: full)? (?:member (?:cities|governments)|participating (?:states|countries))\b|(?P<d>" + _OTHER_LONG_NAMES + r")(?: full)? members\b")
# "L'ICESCO invite les villes de ses États membres", "the OIC … in its member states": members of the organisation named
# before in the sentence (shared with the page reader)
POSSESSIVE_MEMBERS = re.compile(r"\b(?:its|their|sus|ses|leurs|seus|suas) (?:\d+ )?(?:member (?:states|countries|nations)|"
                                r"(?:estados|paises)[ -](?:miembros|membros)|(?:etats|pays)[ -]membres)\b")
# "Cities need not be members of CityNet", "no es necesario ser miembro de…", "not only CityNet members": membership
# neither required nor the only way in (shared with the page reader)
MEMBERSHIP_NOT_REQUIRED_BEFORE = re.compile(
    r"\b(?:(?:do|does|need) not|don't|doesn't|needn't|not (?:necessary|required|necessarily|only)|whether or not|"
    r"no (?:necesita|necesitan|tiene que|tienen que|es necesario|se requiere|requiere|requieren|solo|solamente)|"
    r"nao (?:precisa|precisam|e necessario|e preciso|apenas|so|somente)|n.(?:ont|a|est) pas (?:besoin|necessaire)|"
    r"pas (?:besoin|seulement|uniquement)|non seulement|non-members?|no miembros|nao membros|non membres)\b[^.;:]{0,40}$")


_AMBIGUOUS_NAMES = {"who", "bid"}  # English words too: "cities who apply", "a bid"


def possessive_owner(before: str) -> tuple[str, bool] | None:
    """The organisation a possessive ("ses États membres", "its member countries") points back to: the last one named
    in the sentence before it, and whether Colombia belongs to it."""
    named = [(m.start(), m.group(0), True) for m in COLOMBIA_ORGANISATION.finditer(before)
             if m.group(0) not in _AMBIGUOUS_NAMES]
    named += [(m.start(), m.group(0), True) for m in LATIN_AMERICAN_NAME.finditer(before)]
    named += [(m.start(), m.group(0), False) for m in NON_COLOMBIA_ORGANISATION.finditer(before)]
    return max(named)[1:] if named else None


def foreign_owner(before: str) -> str | None:
    """The organisation Colombia is not in that a possessive points back to, if it is one."""
    owner = possessive_owner(before)
    return owner[0] if owner and not owner[1] else None


# "ESCAP member States … that are developing countries": a clause that narrows the members, not a place of its own
# (read with .match at the end of the membership: no "^", which would anchor at the text's start)
MEMBERS_NARROWED_AFTER = re.compile(r"[^.;:\n]{0,80}?\b(?:that (?:are|is)|which (?:are|is)|que (?:son|sean|sao|sejam)|"
                                    r"qui sont)\b")


def _own_members_unnamed(text: str) -> str:
    """'La OEA invita a las ciudades de sus Estados miembros': the members of an organisation Colombia belongs to, named
    by a possessive, are no other place (not the European Union's "Estados miembros")."""
    def unnamed(m: re.Match[str]) -> str:
        before = re.split(r"[.;]", text[:m.start()])[-1]
        owner = possessive_owner(before)
        return f"{m.group(0).split()[0]} miembros" if owner and owner[1] else m.group(0)
    return POSSESSIVE_MEMBERS.sub(unnamed, text)


def _members_narrowed_unsaid(text: str, membership: str) -> str:
    """The text without the organisation's name and what narrows its members ("… that are developing countries"): what
    else it says of where applicants may be."""
    at = text.find(membership)
    if at >= 0 and (narrowed := MEMBERS_NARROWED_AFTER.match(text, at + len(membership))):
        text = text[:at] + " " + re.sub(r"^[^.;:\n]*", "", text[narrowed.end():])
    return text.replace(membership, " ")


def only_members_of(text: str, m: re.Match[str]) -> bool:
    """The members at m are who may apply: not the call's supporters or partners ("with the support of ISESCO member
    states"), nor a membership the call does not require ("Cities need not be members of CityNet")."""
    start = max(text.rfind(".", 0, m.start()), text.rfind(";", 0, m.start()), text.rfind("\n", 0, m.start()),
                m.start() - 81) + 1  # the clause before, at most 80 characters
    return not (PARTNER_CLAUSE.search(text, start, m.start())
                or MEMBERSHIP_NOT_REQUIRED_BEFORE.search(text, start, m.start()))


# a kind of member, not an organisation: "borrowing member countries", whose organisation is named before them
_KIND_OF_MEMBER = frozenset({"borrowing", "regional", "developing", "eligible", "participating", "shareholder"})
_OWNER_BEFORE = re.compile(r"\b(?!(?:of|de|the|in|from|del|da|do|des|du|los|las|les|and|y|or|o|e|et|ou|among|entre|para|"
                           r"for|pour|to|a)\b)([a-z][\w-]*)(?:'s| s)?\s+(?:\d+\s+)?$")


# "Cities outside Council of Europe member states pay a fee": those outside are let in, not left out
_OUTSIDE_BEFORE = re.compile(r"\b(?:outside(?: of)?|fuera de|hors d[e']|en dehors d[e']|fora d[eoa]s?)\s*"
                             r"(?:the |la |l.|el |o |a |les |los |las |des |dos |das )?(?:[\w-]+ (?:of |de |du |do )?){0,2}$")


_THE_FUNDER_ITSELF = frozenset({"bank", "banco", "banque", "fund", "fondo", "fonds", "fundo", "agency", "agencia", "agence",
                                "organization", "organisation", "organizacion", "organizacao", "facility"})


def _foreign_membership(text: str) -> str | None:
    """The organisation whose members alone may apply, when Colombia is not among them."""
    for m in _MEMBER_OF.finditer(text):
        if _OUTSIDE_BEFORE.search(text, max(0, m.start() - 25), m.start()):
            continue
        org = (m.group("a") or m.group("b") or m.group("c") or m.group("d") or m.group("e") or "").strip()
        if org in _KIND_OF_MEMBER:
            owner = _OWNER_BEFORE.search(text, 0, m.start())
            if owner is None:
                continue  # "Subnational governments of borrowing member countries": the funder's own, unnamed
            org = owner.group(1)  # "the IDB's 26 borrowing member countries": the IDB's members
            if org in _THE_FUNDER_ITSELF:
                continue  # "of the Bank's borrowing member countries": the funder's own, by a common noun
        at = text.rfind(org, 0, m.end()) if org else -1
        named_before = " ".join(text[max(0, at - 20):at].split()[-1:] + [org])  # "un tourism": the organisation's name
        if (org and not org.startswith(COLOMBIA_MEMBERSHIPS) and not f"{named_before} ".startswith(_COLOMBIA_MEMBERSHIP_WORDS)
                and not LATIN_AMERICAN_NAME.search(org) and only_members_of(text, m)):
            return org
    for m in _NETWORK_MEMBERS.finditer(text):
        if only_members_of(text, m):
            return m.group("a") or m.group("b") or m.group("c") or m.group("d")
    for m in POSSESSIVE_MEMBERS.finditer(text):
        if (owner := foreign_owner(re.split(r"[.;]", text[:m.start()])[-1])) and only_members_of(text, m):
            return owner
    return None


# A sentence that opens on a preference ("Priority is given to…", "Se dará prioridad a…", "La priorité est donnée…",
# "Terão preferência…"): who comes first among those who may apply, not who may
_PREFERENCE_SENTENCE = re.compile(r"\s*(?:[a-z]+\s+){0,3}?(?:priority|preference|prioridad|preferencia|priorite|prioridade|"
                                  r"priorizar\w*|prioriza\w*|privilegi\w*|bonus|puntos adicionales|additional points|"
                                  r"extra points|points supplementaires|pontos adicionais)\b"
                                  r"(?! (?:countries|regions|territories|areas)\b)")  # "Priority countries: …" may list the only ones


# A list of eligible countries that leaves Colombia out ("Eligible countries: Argentina, Brazil, Chile").
ELIGIBLE_COUNTRIES = re.compile(
    r"\b(?:eligible countries|countries eligible|paises elegibles|pays eligibles|paises elegiveis|participating countries|"
    r"paises participantes|pays participants|target countries|paises (?:beneficiarios|destinatarios))\b"
    # (a list follows a colon, a bracket or a verb; not "local governments in eligible countries, nominated … through the
    # Japanese embassy")
    # ("PIDG-eligible countries in Sub-Saharan Africa and South and South-East Asia")
    r"(?:\s*[:(]|\s+(?:are|son|sont|sao|include|incluyen|incluem|comprennent|in|en|em|dans)\b\s*:?)\s*([^.;]{3,200})")
_COUNTRY_NAMES = _rx(r"guatemala", r"honduras", r"el salvador", r"nicaragua", r"costa rica", r"panama", r"bolivia", r"paraguay",
                     r"uruguay", r"venezuela", r"cuba", r"haiti", r"republica dominicana", r"dominican republic", r"jamaica",
                     r"belize", r"guyana", r"suriname", r"argentina", r"brasil", r"brazil", r"bresil", r"chile", r"mexico",
                     r"mexique", r"peru", r"perou", r"ecuador", r"equateur")


def _countries_listed_without_colombia(text: str) -> list[str]:
    """Countries of an eligible-country list that does not name Colombia or a region that includes it."""
    named: list[str] = []
    for m in ELIGIBLE_COUNTRIES.finditer(text):
        listed = m.group(1)
        if not COLOMBIA_INCLUDED.search(listed):
            named += [c.group(0) for c in (*_COUNTRY_NAMES.finditer(listed), *OTHER_PLACES.finditer(listed))]
    return named


# "No se financian proyectos en otros países", "projects in other countries are not funded": the places the projects
# run in are then the only ones, and the applicants' work is there
_OTHER_COUNTRIES_NOT_FUNDED = re.compile(
    r"\b(?:no se financian|no financia\w*|(?:does|do|will) not fund|ne finance pas|nao (?:se )?financia\w*)\s+"
    r"(?:proyectos|projects|projets|projetos)\s+(?:en|in|dans|em|no|nos|na|nas)\s+(?:otros|other|d'autres|outros)\s+"
    r"(?:paises|countries|pays)\b"
    r"|\b(?:projects|proyectos|projets|projetos) (?:en|in|dans|em) (?:otros|other|d'autres|outros) (?:paises|countries|pays) "
    r"(?:are not|no son|ne sont pas|nao sao) (?:eligible|elegibles|eligibles|elegiveis|funded|financiados|finances)\b")


def _project_places_only(text: str) -> list[str]:
    """The project places of a call that funds projects there only, when Colombia is not among them."""
    if not _OTHER_COUNTRIES_NOT_FUNDED.search(text):
        return []
    spans = [m.group(0) for m in PROJECT_PLACE.finditer(text) if not _OTHER_COUNTRIES_NOT_FUNDED.search(m.group(0))]
    if any(COLOMBIA_INCLUDED.search(span) for span in spans):
        return []
    return [p.group(0) for span in spans for p in OTHER_PLACES.finditer(span)]


# "Applicants must register in the PADOR/EU Funding & Tenders system": a funder's system, not where applicants are
_REGISTRATION_SYSTEM = re.compile(r"\b(?:register\w*|registr\w*|inscri\w*|enrol\w*)\s+(?:in|on|en|sur|no|na|dans|with)\s+"
                                  r"(?:the |el |la |le |o |a |l.)?(?:[\w/&' -]{0,40}?\b(?:system|portal|platform|sistema|plataforma|"
                                  r"plateforme|database|registry|registro|registre)\b|[\w-]+\.(?:gov|org|com|eu|int|net)\b)"
                                  # "el Portal de Financiación y Licitaciones de la UE": the system's owner, no applicant's place
                                  r"(?:\s+(?:de|of|du|da|do|del|des)\s+[\w ]{0,40}?\b(?:ue|eu|union europea|european union|"
                                  r"union europeenne|uniao europeia|comision europea|european commission|"
                                  r"commission europeenne)\b)?")


_CO_BEFORE = re.compile(r"\bco-?\s?$")
# "At least one co-applicant must be a local authority of a Latin American country (including Colombia); co-applicants
# sign the mandate and receive part of the grant": the city applies with the lead, as EU grants' co-applicants do
# (not a partner or an associate, who applies for nothing)
_CO_APPLICANT = re.compile(r"\b(?:co-?applicants?|co-?solicitantes?|co-?demandeurs?|co-?demanderesses?|co-?requerentes?|"
                           r"co-?proponentes?)\b"
                           r"[^.;]{0,40}?\b(?:(?:must|shall|may|can|should|will|debe|deben|debera|deberan|pueden|podran|doit|"
                           r"doivent|peut|peuvent|deve|devem|pode|podem) (?:be|ser|etre|incluir|include)|"
                           # "at least one co-applicant that is a local authority of a Latin American country"
                           r"(?:that|which|who) (?:is|are)|que (?:sea|sean|seja|sejam)|qui (?:est|sont))\b[^.;]{0,160}"
                           # "Each consortium must include, as co-applicant, a local or regional government of one of
                           # the eligible countries (Colombia, …)"
                           r"|\b(?:must|shall|should|debe|deben|doit|doivent|deve|devem) (?:include|incluir|inclure),? "
                           r"(?:as|como|comme|en tant que) (?:an? )?(?:co-?applicant|co-?solicitante|co-?demandeur|co-?requerente|"
                           r"co-?proponente),?[^.;]{0,160}"
                           # "Each pair must include one Latin American local authority as co-applicant"
                           r"|\b(?:must|shall|should|debe|deben|doit|doivent|deve|devem) (?:include|incluir|inclure) "
                           r"(?:at least |al menos |au moins |pelo menos )?(?:one|an?|un|una|une|um|uma)\b[^.;]{0,80}?"
                           r"\b(?:as|como|comme) (?:an? )?(?:socio |partner |partenaire )?(?:co-?applicant|co-?solicitante|"
                           r"co-?demandeur|co-?requerente|co-?beneficiari[oa]|co-?beneficiary|co-?beneficiaire)\b"
                           # "must include the local public owner (a municipality, …) as co-applicant, in one of the
                           # eligible countries listed in annex 1, which include Colombia"
                           r"|\b(?:must|shall|should|debe|deben|doit|doivent|deve|devem) (?:include|incluir|inclure) "
                           r"(?:the |el |la |le |l.|o |a )[^.;]{0,120}?\b(?:as|como|comme|en tant que) (?:an? )?"
                           r"(?:co-?applicant|co-?solicitante|co-?demandeur|co-?requerente|co-?proponente)\b[^.;]{0,120}"
                           # "Local authorities of Latin American countries participate as co-applicants"
                           r"|\b(?:local authorit(?:y|ies)|local governments?|municipalit(?:y|ies)|gobiernos locales|governos "
                           r"locais|collectivites (?:locales|territoriales)|(?:local|regional) or (?:local|regional) public "
                           # ("municipalities and public utilities of the target countries (Colombia is one) may be co-applicants")
                           r"authorit(?:y|ies)|autoridades locales)\b[^.;]{0,80}?\b(?:(?:participate|take part|join|act|"
                           r"participan|participar|participam|participer|participent|actuan|atuam) (?:only )?(?:as|como|comme|"
                           r"en tant que)|"
                           # "Colombian local authorities may only be co-applicants or affiliated entities", "… are eligible as
                           # co-applicants"
                           r"(?:may|can) (?:only )?be|(?:are|is) eligible as|son elegibles como|sont eligibles (?:en tant que|comme)|"
                           r"sao elegiveis como) (?:co-?applicants?|"
                           r"co-?solicitantes?|co-?demandeurs?|co-?requerentes?|co-?proponentes?)\b"
                           # "… may join as co-applicants receiving up to 20 % of the budget, provided the project is located
                           # in the departments of Atlántico, Bolívar …": what they receive, and where
                           r"(?:[^.;]{0,40}?\b(?:receiv\w*|recib\w*|recev\w*|receb\w*)\b[^.;]{0,160})?"
                           # Horizon Europe's beneficiaries sign the grant: "Local authorities from CELAC countries may take
                           # part as beneficiaries and receive a share of the budget"
                           # ("… public authorities from Latin American countries, including Colombia, which may take part
                           # as beneficiaries or associated partners": either of Horizon's roles)
                           r"|\b(?:local authorit(?:y|ies)|local governments?|municipalit(?:y|ies)|cities|public authorit(?:y|ies))"
                           # ("… may join as beneficiaries (co-applicants) and receive funding")
                           r"\b[^.;]{0,80}?\b(?:participate|take part|join) as (?:consortium )?beneficiar(?:y|ies)(?: \([^)]{0,30}\))? "
                           r"(?:(?:and|that) "
                           r"receiv\w*|receiving|or associated partners)\b[^.;]{0,60}"
                           # "… e de um governo local de país latino-americano com acordo vigente com o Brasil (coproponente)"
                           r"|\b(?:governo local|gobierno local|local government|local authority|collectivite locale)\b[^.;()]{0,100}"
                           r"\((?:co-?proponente|co-?applicant|co-?solicitante|co-?demandeur|co-?requerente)\)"
                           # "déposé par la collectivité française chef de file, conjointement avec la collectivité
                           # colombienne partenaire qui le cosigne": filed jointly, and signed by both
                           r"|\b(?:conjointement avec|jointly with|conjuntamente con|juntamente com|en conjunto con|em conjunto "
                           # ("conjointement avec une ou plusieurs collectivités territoriales colombiennes (départements, …)
                           # qui cosignent la demande")
                           r"com) (?:(?:une|un|one|una|um|uma)(?: ou plusieurs| or more| o mas| ou mais)? |la |le |l.|the |el |o "
                           r"|a |des |les )?(?:collectivite|local government|local authorit|gobierno local|"
                           r"municipio|alcaldia|governo local|prefeitura|municipalite|ville|city)[^.;]{0,100}?\b(?:qui (?:le |la )?"
                           r"cosign\w*|(?:which|who|that) co-?signs?|que (?:lo |la )?(?:co-?firma|firma|suscribe)|que (?:o |a )?"
                           r"(?:coassina|assina))\b[^.;]{0,60}"
                           # "Le dossier est déposé conjointement par une collectivité territoriale française et par une
                           # collectivité locale étrangère partenaire": both file it
                           r"|\b(?:depose|presentee?|soumise?|presentad[oa]|apresentad[oa]|submitted) (?:conjointement|"
                           r"conjuntamente|jointly) (?:par|por|by)\b[^.;]{0,80}?\b(?:et par|y por|e por|and by) (?:une?|la|le|l.|"
                           r"una|el|a|the)? ?(?:collectivite|autorite locale|ville|municipalite|ciudad|alcaldia|municipio|"
                           r"gobierno local|city|local (?:government|authority)|prefeitura|cidade)\b[^.;]{0,100}"
                           # "Les autorités locales d'Amérique latine (y compris de Colombie) participent obligatoirement en
                           # tant que co-demanderesses"
                           r"|\b(?:autorites? locales?|collectivites?(?: locales| territoriales)?|local (?:authorities|governments)|"
                           r"gobiernos locales|autoridades locales|governos locais)\b[^.;]{0,80}?\b(?:participent|participate|"
                           r"participan|participam|join|take part)(?: obligatoirement| obligatoriamente| obrigatoriamente| "
                           r"necessarily)? (?:en tant que|as|como|comme|enquanto) (?:an? |des |uns )?co-?(?:demandeu|demanderess|"
                           r"applicant|solicitant|requerent|proponent)\w*[^.;]{0,60}"
                           # "le chef de file doit être une autorité locale d'un État membre de l'UE ; le partenaire doit
                           # être une autorité locale d'un pays d'Amérique latine": the pair's second half, a twinning's
                           r"|\b(?:le|the|el|o) (?:partenaire|partner|socio|parceiro) (?:doit|must|debe|deve) (?:etre|be|ser) "
                           r"(?:une?|an?|uma?) (?:autorite locale|local (?:authority|government)|gobierno local|governo local|"
                           r"collectivite(?: locale| territoriale)?|municipalidad|prefeitura|municipio|municipality|ville|city|"
                           r"ciudad|cidade)\b[^.;]{0,100}")


_EXAMPLE_ABBREVIATION = re.compile(r"\b(?:e\.g\.|i\.e\.|p\. ?ej\.|p\. ?ex\.)")
# "The public authority in the target city (municipality or water utility) must join as co-applicant": the city where
# the project runs, whichever it is
_TARGET_CITY = re.compile(r"\b(?:in|of) the (?:target|partner|beneficiary|host) (?:city|cities|municipality|municipalities)\b|"
                          r"\b(?:de la|en la) ciudad (?:beneficiaria|destinataria|socia|receptora)\b|"
                          r"\b(?:de la|dans la) ville (?:cible|partenaire|beneficiaire)\b|"
                          r"\b(?:da|na) cidade (?:beneficiaria|parceira|alvo)\b")


def _co_applicant_here(eligibility: str) -> str | None:
    """The co-applicant clause that names local governments of a place with Colombia in it ("Colombian local
    governments … may join as co-applicants", or a Colombian department named), or None."""
    eligibility = _EXAMPLE_ABBREVIATION.sub("eg", eligibility)  # "(e.g. Colombia, Ecuador)" is no sentence's end
    for m in _CO_APPLICANT.finditer(eligibility):
        clause = _SENTENCES.split(eligibility[:m.start()])[-1] + m.group(0)
        if LOCAL_GOVERNMENT.search(m.group(0)) and (COLOMBIA_INCLUDED.search(clause) or departments_named(clause)
                                                     or _TARGET_CITY.search(clause)):
            return m.group(0)
    return None


def _exclusive_clauses(text: str) -> list[str]:
    """Clauses saying who alone may apply ('solo podrán postular municipios de Brasil'), not partners' or languages'."""
    return [_LANGUAGE.sub(" ", m.group(0)) for m in EXCLUSIVE.finditer(text)
            if _EXCLUSIVE_ABOUT_APPLICANTS.search(m.group(0)) or LOCAL_GOVERNMENT.search(m.group(0))
            if not _EXCLUSIVE_OTHER_ROLE.search(m.group(0))
            if not _CO_BEFORE.search(text, max(0, m.start() - 4), m.start())]  # "co-applicant must be": a partner


# others let in a lesser role only (not as co-applicants or leads): "may join only as associated policy stakeholders"
_LESSER_ROLE_ONLY = re.compile(r"\b(?:may|can|pueden|podran|podem|poderao|peuvent|pourront) (?:join|participate|take part|"
                               r"be involved|act|participar|participer|actuar|atuar) (?:only|solo|solamente|unicamente|apenas|"
                               r"somente|uniquement|seulement) (?:as|como|comme|en tant que)\b"
                               r"(?! (?:an? |the |el |la |le |o )?(?:co-?applicant|co-?solicitante|co-?demandeur|co-?requerente|"
                               r"lead|main|principal|chef))|"
                               # "poderão participar apenas de atividades de intercâmbio e sem receber recursos": in the
                               # exchanges, not the grants
                               r"\b(?:may|can|pueden|podran|podem|poderao|peuvent|pourront) (?:join|participate|take part|"
                               r"participar|participer) (?:only|solo|solamente|unicamente|apenas|somente|uniquement|"
                               r"seulement) (?:in|en|de|em|d[ao]s?|aux?|a las|a los) (?:[\w-]+ ){0,2}?(?:activities|"
                               r"actividades|atividades|activites|exchanges?|intercambios?|echanges?)\b")
# Towns from elsewhere let in as associates: "Les villes d'Amérique latine peuvent rejoindre le projet en qualité d'entités
# associées", "Latin American cities may join as associated partners without EU funding" (they take part, not apply)
_ASSOCIATES_ONLY = re.compile(r"\b(?:may|can|pueden|podran|podem|poderao|peuvent|pourront) (?:join|participate|take part|"
                               r"be involved|rejoindre|participer|participar|unirse a|sumarse a|integrar|aderir a)"
                               r"(?: (?:the|le|el|la|o|a|al) (?:project|projet|proyecto|projeto|consortium|consorcio|partnership))? "
                               r"(?:(?:as|como|comme|en tant que|en calidad de|na qualidade de) |en qualite d.)"
                               r"(?:an? |des |d.|una? |uns |umas |entit(?:y|ies|es) |entidad(?:es)? |entidade?s? )?"
                               r"(?:associat|associe|asociad|associad|observ)\w*")


def _denies_applying(sentence: str) -> bool:
    """Whether a sentence only says who may not apply ("Las contrapartes no pueden presentar solicitudes")."""
    negated = DENIAL.search(sentence)
    if not negated or re.search(r"partner|soci|aliad|contrapart|partenaire|parceir|associ|visit|observ|invit|guest",
                                negated.group("neg")):
        return False  # "may join as partners" keeps them in the call, in another role
    before = sentence[:negated.start("neg")]
    # "associées au projet mais ne peuvent pas déposer" denies; "X are eligible, but companies are not" does not
    return not re.search(r"\b(?:pero|but|mais|mas|while|mientras|however|sin embargo)\b", before) or bool(
        re.search(r"\b(?:pero|but|mais|mas|however|sin embargo)\s+$", before))


def _applicants_where_project_runs(text: str) -> bool:
    """Whether applicants may be registered in the country where the project runs (not only as partners there)."""
    for m in IMPLEMENTATION_COUNTRY.finditer(text):
        rest = re.split(r"[.;]", text[m.end():], maxsplit=1)[0]
        if re.search(r"\b(?:contrapartes?|counterparts?|partners?|partenaires?|parceir[oa]s?|soci[oa]s?)\b[^.;]{0,40}$",
                     text[max(0, m.start() - 60):m.start()]):
            continue  # "junto a una contraparte local del país de ejecución": the partner is there, not the applicant
        if not re.search(r"\b(?:soci[oa]s?|contrapartes?|partners?|partenaires?|parceir[oa]s?|nunca como solicitantes?|"
                         r"never as (?:lead )?applicants?)\b", rest):
            return True
    return False


_EMBASSY = re.compile(r"\b(?:embaixada|embajada|embassy|ambassade)\b")
_PER_COUNTRY = re.compile(r"\b(?:per country|por pais|par pays|one (?:application|proposal|nomination) per|"
                          r"una (?:propuesta|solicitud|postulacion) por|um(?:a)? (?:proposta|candidatura) por)\b")


# A UNESCO network's nominations travel through the country's National Commission for UNESCO, as an embassy forwards a
# course's: the member city prepares and signs its own application (the labels say apply on every such call)
_UNESCO_COMMISSION = re.compile(r"\b(?:national commission|comision nacional|commission nationale|comissao nacional)"
                                r"(?: de cooperacion| de cooperacao)? (?:for|para|pour|ante|de|da|junto a|a) (?:la |l.|a )?unesco\b")


# "requests are submitted by the city with the endorsement of the national government's focal point": the city submits,
# the national body only endorses
_CITY_SUBMITS_ENDORSED = re.compile(r"\b(?:by|por|pela|pelo|par) (?:the |la |el |a |o |la |each |cada )?(?:city|cities|ciudad|"
                                    r"ciudades|cidade|cidades|ville|villes|municipality|municipio|prefeitura)\b[^.;]{0,20}?"
                                    r"\b(?:with|con|com|avec) (?:the |el |la |o |a |l.)?(?:endorsement|aval|approval|"
                                    r"visto bueno|no-?objection|no objecion)\b|"
                                    # "Nominations are submitted by the applying organisation through the national
                                    # cooperation agency": the applicant's own, forwarded
                                    r"\b(?:by|por|pela|pelo|par) (?:the|la|el|a|o|l.) ?(?:applying|nominating) (?:organi[sz]ation|"
                                    r"institution|entity|body)|\bpor la (?:entidad|institucion) (?:postulante|solicitante|"
                                    r"nominadora)|\bpela (?:entidade|instituicao) (?:proponente|solicitante)")


# "pelo ponto focal da cidade", "by the city's focal point": the body named is the city's own
_CITYS_OWN_AFTER = re.compile(r"\s*(?:d[oa]|de la|del|of the|de l.|du)\s+(?:cidade|ciudad|city|ville|municipio|"
                              r"municipality|alcaldia|prefeitura|mairie|municipalidad)\b")


_THROUGH = re.compile(r"\b(?:por meio d[aoe]s?|through|a traves del?|por conducto del?|por intermedio del?|via|"
                      r"par l.intermediaire d[eu]s?)\b")
_PROPOSALS_OF = re.compile(r"\b(?:propuestas|propostas|proposals|applications|solicitudes|solicitacoes|candidaturas|"
                           r"demandes|requests|pedidos) (?:de|dos|das|from|of|des|by)\s+(?:(?:los|las|the|os|as|les)\s+)?")


def _city_proposals_before(text: str, at: int) -> bool:
    """Whether the sentence up to `at` speaks of local governments' own proposals ("las propuestas de las alcaldías")."""
    sentence = _SENTENCES.split(text[:at])[-1]
    return any(LOCAL_GOVERNMENT.match(sentence, p.end()) for p in _PROPOSALS_OF.finditer(sentence))


def _national_channel(text: str) -> str:
    """The phrase saying proposals go through a national body (APC, a ministry, diplomatic channels), or ''."""
    for m in NATIONAL_CHANNEL.finditer(text):
        # (the local government read in the whole text: "… por instituições públicas nacionais ou territoriais")
        if ((local := LOCAL_GOVERNMENT.search(text, m.start())) and local.start() < m.end()) \
                or _CITY_SUBMITS_ENDORSED.search(m.group(0)):
            continue  # "presentadas por las alcaldías en la plataforma nacional", "submitted by the city with the endorsement"
        if _EMBASSY.search(m.group(0)) and not _PER_COUNTRY.search(text):
            continue  # "submitted through the Japanese Embassy": the funder's own office, unless one per country goes
        if _THROUGH.search(m.group(0)) and _city_proposals_before(text, m.start()):
            continue  # "As propostas de governos municipais … devem ser apresentadas por meio da agência nacional": the
            # city's own proposal, forwarded
        if _CITYS_OWN_AFTER.match(text, m.end()):
            continue  # "enviadas pelo ponto focal da cidade junto à rede": the city's own focal point
        if _UNESCO_COMMISSION.search(text[m.start():m.end() + 60]):
            continue  # "nominated through their National Commission for UNESCO": the city applies, the commission forwards
        return m.group(0)
    return ""


# Words around "coastal cities" or "port cities" that make them a preference or one group among others, not a limit.
_NOT_ONLY_THESE = re.compile(r"\b(?:priori\w*|preferen\w*|especialmente|especially|including|incluidas|also|tambien|"
                             r"and inland|y (?:del )?interior|and other|y otras|e outras|et autres)\b")
# "located on a coast, river delta or major river basin": a city of a river basin is in too (not "or river-port
# cities", "or an estuary", "or major river delta": still the coast's)
_OR_BASIN_AFTER = re.compile(r"[^.;]{0,40}?\b(?:or|o|ou)\s+(?:(?:an?|un|una|um|uma|une|el|la|the)\s+)?(?:[a-z]+\s+){0,2}?"
                             r"(?:basins?|cuencas?|bacias?|bassins?)\b")


# After the words, "including" names examples of them ("coastal jurisdictions …, including the Caribbean coast of
# Colombia"), unless what it includes is the other kind ("including inland municipalities").
_INCLUDING_OTHERS = re.compile(r"\b(?:including|incluidas|incluidos|incluyendo)\b(?![^.;]{0,16}\b(?:inland|interior|non-coastal)\b)")


_INLAND_TOO = re.compile(r"\b(?:inland|other|all other|interior|del interior|otras|demas|outras)\b[^.;]{0,30}?\b(?:may|can|pueden|"
                         r"podran|podem|peuvent) (?:also |tambien |tambem |aussi )?(?:apply|postular\w*|participar|candidat\w*)")


def _only_these_cities(pattern: re.Pattern[str], text: str) -> bool:
    """Whether only the cities `pattern` names (coastal, port) may apply; "priority to coastal cities" is no limit."""
    for m in pattern.finditer(text):
        after = _INCLUDING_OTHERS.sub(" ", text[m.end():m.end() + 30])
        before = re.split(r"[.;]", text[max(0, m.start() - 40):m.start()])[-1]  # (this sentence's words only)
        rest = re.split(r"[.;]", text[m.end():m.end() + 120])[0]
        if PREFERENCE.search(rest) and _INLAND_TOO.search(rest):
            continue  # "Coastal and port cities will receive extra points but inland cities may also apply"
        if not _NOT_ONLY_THESE.search(before + " . " + after) and not _OR_BASIN_AFTER.match(text, m.end()) and (
                _affirmed(pattern, m.group(0)) or m.group(0).startswith("inland")):
            return True
    return False


# The sea a coastal limit names right after it: "municipios con litoral sobre el océano Pacífico", "coastal cities of the
# Caribbean"
_COAST_SEA = re.compile(r"[^.;]{0,40}?\b(?:(?P<pacifico>pacific[oa]?|pacifique)|(?P<caribe>caribe|caribbean|caraibes|antillas|"
                        r"caribenh[oa]|caribeñ[oa]|caribena|caribeno|caribeen(?:ne)?|atlantic[oa]?|atlantique))\b")


def _coast_named(text: str) -> str:
    """The one Colombian coast ("pacifico", "caribe") a coastal limit names, or "" if none or both."""
    seas = set()
    for m in COASTAL_ONLY.finditer(text):
        sea = _COAST_SEA.match(text, m.end())
        if sea:  # and the other sea, when the sentence names both: "no litoral do Caribe ou do Pacífico"
            seas.update(other.lastgroup for other in _COAST_SEA.finditer(re.split(r"[.;]", text[m.end():m.end() + 90])[0]))
    return seas.pop() if len(seas) == 1 else ""


_AMONG_OTHER_KINDS = re.compile(r"\b(?:municipios|distritos|municipalities|districts|municipalites|communes|municipalidades|"
                                # ("municipios, distritos y ciudades capitales": the last of three)
                                r"towns|alcaldias)\s*,\s*(?:[a-z ]{0,30}?(?:,\s*|\s+(?:y|and|et|e|o|or|ou)\s+))?"
                                r"(?:(?:y|and|et|e|o|or|ou)\s+)?$")


_OTHER_KINDS_AFTER = re.compile(r"\s*,\s*(?:distritos|municipios|districts|municipalities|municipalidades|communes|"
                                r"areas metropolitanas|metropolitan areas|ciudades intermedias|intermediate cities)\b|"
                                # "ciudades capitales y metrópolis de América Latina con más de un millón de habitantes"
                                r"\s+(?:y|and|e|et|o|or|ou)\s+(?:las |los |the |as |os |les )?(?:metropolis|metropoles|"
                                r"grandes (?:ciudades|cidades|villes)|large cities|major cities|metropolitan areas|areas "
                                r"metropolitanas)\b|"
                                # "Alcaldías de ciudades capitales o de más de 300.000 habitantes": or any city that
                                # size
                                r"\s+(?:o|or|ou)\s+(?:de |con |with |com |avec )?(?:mas|more|mais|plus)\s+(?:de|than|"
                                r"d)\b")


_INCLUDED_BEFORE = re.compile(r"\b(?:including|incluidas|incluyendo|incluidos|incluindo|inclusive|y compris)\s+"
                              r"(?:(?:the|las|los|les|as|os)\s+)?$")


def _capitals_only(text: str, opp: OpportunityLike | None = None) -> bool:
    """Whether only national capitals may apply; a Colombian call's "ciudades capitales" are department capitals (the call,
    or its funder or title, names Colombia)."""
    if "capita" not in text:
        return False  # every CAPITALS_ONLY phrase has capital/capitales/capitais: nothing to read, and no scan
    if CAPITALS_EXCEPTED.search(text):
        return False  # "Las ciudades capitales de país quedan fuera": capitals left out, not capitals only
    national = re.search(r"\bcapital(?:es|s)? (?:de (?:los )?paises|of (?:the )?countries|nacionales|national|"
                         r"de estado de (?:los )?paises|"
                         # "capitales de los Estados iberoamericanos", "capitals of the member States": countries' capitals
                         r"de (?:los )?estados (?:ibero-?americanos|latino-?americanos|miembros)|"
                         r"of (?:the )?(?:ibero-?american |latin american |member )states|"
                         r"d(?:os|as) estados (?:ibero-?americanos|latino-?americanos|membros)|"
                         r"des etats (?:ibero-?americains|latino-?americains|membres))", text)
    # the Union of Ibero-American Capital Cities: the capitals of its countries
    national = national or re.search(r"\bucci\b|union de ciudades capitales iberoamericanas", text)
    source = fold(f"{getattr(opp, 'funder', None) or ''} {getattr(opp, 'title', None) or ''}") if opp else ""
    if not national and re.search(r"\b(?:(?:pro)?colombi\w*|departament\w*|gobernacion\w*)\b", f"{text} {source}"):
        return False
    # capitals as one kind in a list of kinds ("gobiernos locales (municipios, distritos, ciudades capitales y áreas
    # metropolitanas)") are no limit
    # (or before them: "Gobiernos de ciudades capitales, distritos y municipios de más de 500.000 habitantes")
    # (or included among the cities the call opens to: "city governments …, including national capitals")
    text = CAPITALS_ONLY.sub(lambda m: " " * len(m.group(0)) if _AMONG_OTHER_KINDS.search(text, max(0, m.start() - 60),
                                                                                           m.start())
                             or _OTHER_KINDS_AFTER.match(text, m.end())
                             or _INCLUDED_BEFORE.search(text, max(0, m.start() - 25), m.start())
                             # ("se priorizan ciudades capitales y de más de 500.000 habitantes": a preference)
                             or _preferred(text, m.start())
                             # ("Capital cities … are covered by a separate window": sent elsewhere, not the only ones)
                             or _SEPARATE_WINDOW.match(text, m.end()) else m.group(0), text)
    return bool(_affirmed(CAPITALS_ONLY, text))


_SEPARATE_WINDOW = re.compile(r"[^.;]{0,80}?\b(?:(?:are|is) covered by|(?:go|apply) (?:to|through))\b[^.;]{0,20}?\b"
                              r"(?:separate|another|different) (?:window|call|track|facility|programme|program)|"
                              r"[^.;]{0,80}?\b(?:ventanilla|convocatoria|linea) (?:separada|aparte|distinta|propia)")


# "las ciudades ya designadas como Ciudades Creativas no pueden": the designation those refused hold, not the kind refused
# (shared with the page reader)
DESIGNATED_AS = (r"(?:designad|designated|designee|nombrad|named|declarad|reconocid|recogni[sz]ed|certificad|certified|"
                 r"inscrit)\w* (?:como|as|comme|enquanto)")
# those already in or designated before a refusal: "Cities already designated as Creative Cities are not eligible"
_ALREADY_BEFORE = re.compile(r"\b(?:already|ya|deja|ja)\b|\b" + DESIGNATED_AS)
# Local governments told plainly they cannot apply, whatever else the requirements let them do
# (not "other municipalities may not apply": the others are out; nor "non-member cities cannot apply": the network's
# others are out)
LOCAL_DENIED = re.compile(r"(?<!other )(?<!otras )(?<!otros )(?<!autres )(?<!outras )(?<!outros )(?<!non-member )"
                          r"(?<!non member )(?<!nonmember )"
                          r"\b(?:los gobiernos locales|las alcaldias|los municipios|local governments|municipalities|"
                          r"cities|os governos locais|as prefeituras|os municipios|les collectivites(?: territoriales)?|"
                          r"les villes|les communes)\s+(?:no pueden|no podran|cannot|can ?not|may not|are not (?:eligible|"
                          r"allowed) to|nao podem|nao poderao|ne peuvent pas)\s+(?:postular|aplicar|presentar|solicitar|apply|"
                          r"submit|candidatar|se candidater|deposer|inscrever)"
                          # ("Consortia of cities may not apply jointly": how they apply, not whether)
                          r"(?! (?:jointly|together|conjuntamente|en consorcio|as a consortium|conjointement|em conjunto)\b)")
CITY_NETWORKS = "city_networks"  # the funder type of city networks (spiders/catalogue.yaml)
NETWORK_FOR_CITIES = "convocatoria de una red de ciudades que no dice quién puede postular: dirigida a sus ciudades; verifique los requisitos"
UNSTATED_APPLICANT = "la convocatoria no dice quién puede postular: verifique los requisitos antes de postular"
UNNAMED_APPLICANT = "los requisitos no nombran al gobierno local como solicitante: verifique antes de postular"
# Cities named as applicants in the requirements themselves, in general words (read there only: in a summary,
# "cities of Latin America" are often who benefits)
# a network's cities: "las ciudades asociadas al CIDEU", "cidades sócias da Rede Mercocidades", "villes membres", "GCoM
# signatory cities" (a network no rule names leaves such a call to verify: assess_call)
NETWORK_CITIES = _rx(r"(?:ciudades|cidades) (?:asociadas|associadas|socias|miembros?|membros?|afiliadas|filiadas|integrantes)",
                     r"villes (?:membres|adherentes|associees)", r"signator(?:y|ies) (?:cities|local governments|municipalities)")
CITY_APPLICANT = _rx(
    r"(?:any|every|all) cit(?:y|ies)\b", r"cities (?:that|which|signator(?:y|ies)|of|in|from|with|members?)\b",
    # "Only cities already designated as members of the Network may apply"
    r"only cities\b", r"cities (?:already )?designated\b", r"cities already (?:participating|taking part)\b",
    # "Somente cidades já designadas membros da Rede"
    r"somente (?:as )?cidades\b", r"cidades (?:ja )?designadas\b", r"solo (?:las )?ciudades\b", r"apenas (?:as )?cidades\b",
    # "Exclusivamente ciudades ya designadas como miembros", "Cities not yet designated, applying through…"
    r"ciudades (?:ya )?designadas\b", r"cities not yet designated\b", r"ciudades (?:aun )?no designadas\b",
    r"seules les villes\b",
    r"(?:toda|cualquier) ciudad\b", r"ciudades (?:que|firmantes|signatarias|de|del|con|adheridas)\b",
    r"tout(?:e|es)? (?:les )?villes?\b", r"villes (?:de|des|d'|signataires|qui|ayant)", r"reservee?s? aux villes\b", 
    # "Cities and their public utilities", "Each member city of the Network"
    r"cities (?:and|or) (?:their|its) (?:public )?(?:utilities|companies|agencies)", r"(?:each |every )?member cit(?:y|ies)\b",
    r"(?:toda|qualquer) cidade\b",
    r"villes et (?:districts|communes|metropoles)\b",
    r"cidades (?:que|de|da|do|das|dos|signatarias|sul-?americanas|latino-?americanas|ibero-?americanas)\b",
    # "Cities must submit through their National Commission" (not "cities already part of …": members, read as such)
    r"cities (?:must|shall)\b", r"capitales (?:ibero-?americanas|latino-?americanas)\b",
    # "Concursan únicamente las capitales que forman parte de la UCCI"
    r"capitales (?:que|miembros|socias|asociadas)\b",
    r"colombian cities\b",  # "Colombian cities above 1 million inhabitants may submit a project concept"
    r"designated (?:[\w-]+ ){0,2}cities\b",  # "Reserved for designated UNESCO Creative Cities"
    NETWORK_CITIES.pattern[5:-3],
    r"city (?:economic development |planning |international )?(?:departments?|agencies)",
    r"(?:city|municipal)(?: and regional| or regional| and metropolitan)? (?:[a-z]+ ){0,3}agencies",
    r"(?:secretarias?|secretariats?|secretarias|departments?|departamentos?) (?:de |d'|of )[a-z]+ "
    r"(?:de (?:las|los) |des |das |dos |of (?:the )?)?(?:ciudades|villes|cidades|cities|municipios|alcaldias)",
    r"(?:instituciones|instituicoes|institutions|agencias|agencies) (?:publicas |public )?(?:\(?[a-z ,]{0,30}\)? )?"
    r"(?:municipales|municipais|municipal)", r"(?:nacionales|nacionais|national),? (?:regionales|regionais|regional)? ?"
    r"(?:o|ou|or|e|y) (?:municipales|municipais|municipal)")


# "Applications are individual and submitted by the candidate": people apply, whoever employs them
INDIVIDUAL_APPLICATION = re.compile(
    r"\b(?:applications? (?:are|is) (?:individual|personal)|(?:las )?(?:solicitudes|postulaciones|candidaturas) son "
    r"(?:individuales|personales)|(?:les )?candidatures sont (?:individuelles|personnelles)|(?:as )?candidaturas sao "
    r"individuais|submitted by the candidate(?!.s)|presentad[oa]s? por (?:el|la) (?:candidat[oa]|postulante)|"
    r"apply (?:individually|in (?:their|a) personal capacity)|(?:se )?postulan (?:individualmente|a titulo personal)|"
    r"candidatent (?:individuellement|a titre personnel)|candidatam-se individualmente|"
    # "Candidaturas individuais de professores …; a inscrição é pessoal"
    r"candidaturas individua(?:is|les) de|(?:a )?inscricao e pessoal|"
    # "Candidature individuelle réservée aux professeurs de français", "Postulación individual"
    r"candidature individuelle|postulacion individual|individual application|candidatura individual|"
    r"(?:la )?inscripcion es personal|l.inscription est personnelle|registration is (?:individual|personal)|"
    # "Jovens … indicados pela prefeitura; as bolsas são individuais": the city puts forward young people, who apply
    r"(?:las |as |les |the )?(?:becas|bolsas|bourses|scholarships|grants|awards) (?:son|sao|sont|are) "
    r"(?:individuales|individuais|individuelles|individual|personales|pessoais|personnelles|personal))\b")
# "Professeurs … dans des établissements publics …, à titre individuel": the teacher applies, not the school's owner (not
# "a título individual o agrupados", of towns applying alone or together)
AS_A_PERSON = re.compile(r"\b(?:a titre (?:individuel|personnel)|a titulo (?:individual|personal)|in (?:their|an?|his or her) "
                         r"(?:individual|personal) capacity|em carater (?:individual|pessoal))\b(?!\s*(?:o|or|ou|y|and|et|e)\s)")
# what makes the person's application one option or a refused one: "También pueden inscribirse a título individual
# profesionales…", "Les artistes ne peuvent pas déposer de demande à titre individuel"
_ALSO_OR_REFUSED = re.compile(r"\b(?:tambien|also|aussi|tambem|igualmente|ademas|no|not|nao|ne|ni|nem|nor|sin|without)\b")


# "Não são aceites candidaturas individuais de artistas": individual applications refused, not the only way in
# ("Aucune candidature individuelle n'est recevable", "No se aceptan postulaciones individuales")
_REFUSED_BEFORE = re.compile(r"\b(?:no|not|nao|ne|ni|nem|nor|sin|without|aucune?|ningun[oa]?|nenhuma?)\b[^.;]{0,30}$")


def _person_applies(text: str) -> re.Match[str] | None:
    """The words saying a person applies, not the body employing them ("applications are individual", "à titre
    individuel"), unless refused there or offered as one more option ("También pueden inscribirse a título individual")."""
    return next((m for m in INDIVIDUAL_APPLICATION.finditer(text)
                 if not _REFUSED_BEFORE.search(text, max(0, m.start() - 40), m.start())), None) or next(
        (m for m in AS_A_PERSON.finditer(text)
         if not _ALSO_OR_REFUSED.search(text, _sentence_start(text, m.start()), m.start())), None)


# "Only members of the UNESCO Global Network of Learning Cities may be nominated", "Solo los miembros de la Red CIDEU"
# (or opening the requirements: "Designated members of the UNESCO Creative Cities Network only")
_NETWORK_MEMBERS_ONLY = re.compile(r"(?:^\s*|\b(?:only|solo|solamente|unicamente|exclusivamente|somente|apenas|seuls|"
                                   # "Nominations are restricted to members of the UNESCO Global Network of Learning
                                   # Cities"
                                   r"restricted to|reserved for|limited to|reservad[oa]s? a|restringid[oa]s? a|"
                                   r"limitad[oa]s? a|reservee?s? aux) )"
                                   r"(?:the |los |las |os |as |les )?(?:designated |designad[oa]s |current |actuales )?"
                                   r"(?:members|miembros|membros|membres) (?:of|de|da|do|du|des) [^.;]{3,80}")


# partners, by their role: "… or partners from Colombia" (not "un pays tiers associé au programme", a kind of country)
_PARTNERS_NAMED = re.compile(r"\b(?:partners?|soci[oa]s|partenaires?|parceir[oa]s|aliad[oa]s|co-?operating|"
                             r"entidades asociadas|entites associees|associated (?:partners?|entities)|"
                             # ("… based in the Netherlands with a confirmed invitation from a Colombian host", "… en
                             # Barcelona, que ejecutarán con una contraparte colombiana"): who the applicants work with
                             r"hosts?|anfitrion\w*|hotes?|contrapartes?|counterparts?|contrepartie|invit\w*|convite|"
                             r"with an?|con una?|avec une?|com uma?|junto a)\b")


def _to_sentence_end(text: str, clause: str) -> str:
    """A clause of `text` read on to its sentence's end (EXCLUSIVE cuts clauses short: "… must be a civil society
    organisation or a local au")."""
    at = text.find(clause)
    return clause if at < 0 else re.split(r"[.;]", text[at:], maxsplit=1)[0]


def _list_reaches_colombia(text: str, clause: str) -> bool:
    """Whether a clause cut short goes on, to its sentence's end, to a list that names Colombia ("… établis dans un État
    membre de l'UE, un pays tiers associé ou un pays d'Amérique latine éligible, dont la Colombie"), naming no partners."""
    whole = _to_sentence_end(text, clause)
    return bool(COLOMBIA_INCLUDED.search(whole)) and not _PARTNERS_NAMED.search(whole)


# the letters an application comes with, to its sentence's end: "… acompañadas de cartas de garantía del gobierno de la
# ciudad propuesta como sede" (who backs it, not who applies)
_LETTERS_ON = re.compile(r"\b(?:cartas?|letters?|lettres?)\b[^.;]*")


def _without_partners(sentence: str, length: int) -> str:
    """The first `length` characters of a sentence without the partners it names ("a letter of commitment from the civil
    society partner" may follow the clause EXCLUSIVE cut short)."""
    return PARTNER_CLAUSE.sub(lambda m: " " * len(m.group(0)), sentence)[:length]


def _applicants_in_text(sources: tuple[tuple[str, str], ...]) -> tuple[str, str]:
    """apply or pass_on, and the fact behind it, from the first text that names who may apply."""
    stated = any(label == "requisitos" and text.strip() for label, text in sources)
    for label, text in sources:
        # stated requirements say who applies; a summary's local governments are then often who benefits
        local = _affirmed(LOCAL_GOVERNMENT, text) if not (stated and label in ("título", "resumen")) else []
        if local and label == "requisitos":
            for clause in [*_exclusive_clauses(text), *(m.group(0) for m in LEAD_RESTRICTION.finditer(text))]:
                # (not those the applicants apply beside: "must submit the application together with at least one civil
                # society organisation")
                sentence = _to_sentence_end(text, clause)
                own = _without_partners(sentence, len(clause))
                others = _affirmed(COMPANIES, own) + _affirmed(ORGANISATIONS, own) + _affirmed(INDIVIDUALS, own)
                # ("Los postulantes deben ser servidores públicos de planta o contratistas" of a call for officials
                # nominated by their alcaldía: its staff)
                if others and not LOCAL_GOVERNMENT.search(_LETTERS_ON.sub(" ", sentence)) and not (
                        PUBLIC_STAFF.search(clause) and staff_nominated_by_their_entity(text)):
                    return PASS_ON, f"dirigida a otros actores, no al gobierno local ({label}: solo «{others[0]}»)"
        # ("Cities already designated as Creative Cities are not eligible to apply again": those already in, not all)
        denial = next((d for d in LOCAL_DENIED.finditer(text) if not _ALREADY_BEFORE.search(
            re.split(r"[.;]", text[max(0, d.start() - 60):d.start()])[-1]) and not _OTHER_TOWNS_BEFORE.search(
            text[max(0, d.start() - 40):d.start()])), None) \
            if local and label == "requisitos" else None
        if denial:  # "… instituciones públicas subnacionales como participantes. Los gobiernos locales no pueden postular"
            return PASS_ON, f"los requisitos excluyen al gobierno local como solicitante («{denial.group(0)}»)"
        individual = _person_applies(text) if local and label == "requisitos" else None
        if individual and not STAFF_NOMINATED.search(text):  # "staff of municipal governments … apply individually"
            return PASS_ON, f"postulación individual de personas, no del gobierno local («{individual.group(0)}»)"
        if local:
            return APPLY, f"pueden aplicar gobiernos locales ({label}: «{local[0]}»)"
        if label == "título":  # only a title that names its audience ("Becas para estudiantes", "for SMEs")
            audience = TITLE_AUDIENCE.search(text)
            if audience and not _affirmed(LOCAL_GOVERNMENT, text):
                return PASS_ON, f"dirigida a otros actores, no al gobierno local (título: «{audience.group(0)}»)"
            continue
        others = _affirmed(COMPANIES, text) + _affirmed(ORGANISATIONS, text) + _affirmed(INDIVIDUALS, text)
        # ("professionals from municipalities or universities … with their employer's endorsement": the city's staff
        # among others, when the text names the local level)
        # ("profesionales de instituciones culturales públicas …, postulados por su entidad": the individuals named are the
        # public bodies' staff)
        staff = staff_nominated_by_their_entity(text) if others and label == "requisitos" and (
            _LOCAL_LEVEL_TOO.search(text) or LOCAL_GOVERNMENT.search(text) or all(
                any(o in m.group(0) for m in PUBLIC_STAFF.finditer(text)) for o in others)) else None
        if staff:
            return APPLY, f"funcionarios públicos postulados por su propia entidad, la alcaldía entre ellas ({label}: «{staff}»)"
        if others and label != "resumen":
            return PASS_ON, (f"dirigida a otros actores, no al gobierno local ({label}: "
                             + ", ".join(f"«{o}»" for o in list(dict.fromkeys(others))[:3]) + ")")
        # named only to be left out ("las alcaldías no pueden participar"), not "no pueden participar otros municipios"
        denied = [m for m in LOCAL_GOVERNMENT.finditer(text) if not re.search(
            r"\b(?:otr[oa]s?|other|demas|autres?|outr[oa]s?|restantes)\s+$", text[max(0, m.start() - 12):m.start()])
            and not town_as_place(text, m.start(), m.group(0)) and not _non_members(text, m.start())
            # ("Inland cities are not eligible, as the programme focuses on municipalities bordering the sea": the reason's)
            and not _REASON_BEFORE.search(text, max(0, m.start() - 120), m.start())] \
            if label == "requisitos" else []  # (no scan for nothing)
        staff = staff_nominated_by_their_entity(text) if denied else None
        if staff:  # "técnicos que trabajen en administraciones públicas … propuestos por su institución": the city nominates
            return APPLY, f"funcionarios públicos postulados por su propia entidad, la alcaldía entre ellas ({label}: «{staff}»)"
        if denied:
            return PASS_ON, f"los requisitos excluyen al gobierno local («{denied[0].group(0)}»)"
    for label, text in sources:  # requirements that open the call to cities in general words ("Toute ville d'un État")
        city = CITY_APPLICANT.search(text) if label == "requisitos" else None
        if city:
            return APPLY, f"pueden aplicar ciudades ({label}: «{city.group(0)}»)"
        # "Only members of the UNESCO Global Network of Learning Cities": the members of a city network are cities
        members = _NETWORK_MEMBERS_ONLY.search(text) if label == "requisitos" else None
        if members and networks_named(members.group(0)):
            return APPLY, f"pueden aplicar las ciudades miembros de una red ({label}: «{members.group(0)[:80]}»)"
    for label, text in sources:  # public officials nominated by their own entity: the city nominates its own
        staff = staff_nominated_by_their_entity(text) if label == "requisitos" else None
        if staff:
            return APPLY, f"funcionarios públicos postulados por su propia entidad, la alcaldía entre ellas ({label}: «{staff}»)"
    if stated:
        # stated requirements that name no kind Vigía recognises ("consortia of legal entities established in EU
        # Member States"): not alerted as one to apply for; listed to verify, with the requirements to read
        return PASS_ON, UNNAMED_APPLICANT
    for label, text in sources:  # no requirements: a title or summary addressed to cities ("Subvención para ciudades")
        addressed = CITIES_ADDRESSED.search(text) if label in ("título", "resumen") else None
        if addressed:
            return APPLY, f"dirigida a ciudades ({label}: «{addressed.group(0)}»): verifique los requisitos"
    # Silence is no licence: a call that never says who applies is listed to verify, not alerted to apply for
    return PASS_ON, UNSTATED_APPLICANT


# A last check over requirements that let a city apply: a sentence that refuses something to local governments in
# words no rule above knows ("Los gobiernos locales no son contraparte elegible", "Não se recebem propostas diretas de
# governos locais", "City governments contribute datasets but cannot compete"). Such a call is listed to verify, not
# alerted: a wrong alert to apply costs an ORI more than a call it reads in the list.
_TOWN_OR_CITY = re.compile(LOCAL_GOVERNMENT.pattern + r"|\b(?:ciudad(?:es)?|cit(?:y|ies)|villes?|cidades?|prefeituras?|"
                           r"collectivites|municipal (?:administrations?|authorit(?:y|ies)|councils?)|"
                           r"(?:instituicoes|instituciones|institutions|entidades|entities) (?:subnaciona(?:is|les)|subnational))\b")
_ANY_NEGATION = re.compile(r"\b(?:no|not|cannot|nao|nem|ni|ne|pas|never|nunca|jamais|ineligible|inelegibles?|vedad[oa]s?|"
                           r"proibid[oa]s?|prohibid[oa]s?|interdite?s?|forbidden|prohibited|barred|"
                           # "Pedidos diretos de prefeituras … serão devolvidos": refused by being sent back
                           r"devolvid[oa]s|devuelt[oa]s|returned|renvoye(?:e|s|es)?|rejected|rechazad[oa]s|rejeitad[oa]s|rejetee?s?)\b")
# a negation refuses applying only when it is about applying: "no son contraparte elegible", "cannot compete", "não se
# recebem propostas" (not "does not provide grants to cities", "but not for city staff salaries"); the words that refuse
# by themselves ("vedada", "ineligible", "serão devolvidos") need no such word
_ABOUT_APPLYING = re.compile(r"elegib|eligib|elegiv|apply|aplica|postul|present|submit|solicit|particip|candidat|concur|compet|"
                             r"lead|lider|receiv|recib|recev|receb|benefici|contrapart|counterpart|proponent|accept|admit|acept|"
                             r"admis|aceit|consider|deposer|soumettre|porter|inscri|enrol|nominat|nomina|"
                             # "may only join as part of their department's application, not on their own"
                             r"on their own|alone|by themselves|independently|por su cuenta|por si mism|solos|solas|"
                             r"seul(?:e|s|es)?\b|sozinh|por conta propria|direct|diret|"
                             # "prefeituras … não tramitam pedidos diretamente", "Municipalities do not contract debt
                             # under this operation" (the nation borrows)
                             r"tramit|contract debt|contraen deuda|contraer deuda|endeud|borrow|emprunt")
_REFUSES_BY_ITSELF = re.compile(r"vedad|proibid|prohibid|interdit|forbidden|prohibited|barred|ineligible|inelegib|devolvid|"
                                r"devuelt|returned|renvoy|rejected|rechazad|rejeitad|rejete")
# applying without a lead beside: "apply alone", "postular por sí solas", "candidater seules" (shared with the page reader)
APPLY_ALONE = (r"(?:apply|submit|be submitted|postular\w*|presentarse|aplicar|candidater|postuler|deposer|se candidatar|"
               r"candidatar-se|concorrer|apresentar\w*) (?:alone|on (?:its|their) own|separately|sol[oa]s|por si sol[oa]s|"
               r"de forma aislada|seule?s?|sozinh[oa]s|isoladamente)")
# negation words that refuse nothing: membership either way, non-profit bodies, "not yet", "no objection", "ne … que"
_NOTHING_REFUSED = re.compile(
    # "The municipality itself is not the borrower, but must endorse the utility's application": its utility borrows
    r"\b(?:the municipality|el municipio|la alcaldia|o municipio|la municipalite) (?:itself |mismo |misma )?(?:is not|no es|"
    r"nao e|n.est pas) (?:the |el |la |o |le )?(?:borrower|prestatario|mutuario|emprunteur)\b|"
    # "… may join an application led by a member municipality but may not apply alone": how they apply, with a lead
    r"\b(?:(?:may|can|could) not|cannot|no (?:pueden|podran|puede|podra)|ne (?:peuvent|pourront|peut|pourra) pas|"
    r"nao (?:podem|poderao|pode)) " + APPLY_ALONE + r"\b|"
    # "no se exige membresía directa de la ciudad", "membership is not required": a condition waived
    r"\b(?:no se (?:exige|requiere|necesita)|nao se exige|(?:is|are) not required|n.est pas (?:exigee?|requise?))\b|"
    # "… o afiliarse antes de la firma, requisito que no aplica a la ciudad latinoamericana": a condition on others
    r"\b(?:requisito|condicion|exigencia|requirement|condition|exigence) (?:que|which|that|qui) (?:no|does not|ne|nao) "
    r"(?:aplica|se aplica|apply|s.applique pas)\b|"
    r"\b(?:(?:miembros?|members?|membres|membros?|socias?|socios?|afiliad[oa]s|certificad[oa]s|signatories|partners?)\s+"
    r"(?:o|or|ou)\s+(?:no|not|non|nao)(?:\s+(?:miembros?|members?|membres|membros|socias?|socios?))?|"
    r"(?:whether|tengan|sean|esten|hayan|have|are)\s+(?:o|or)\s+(?:no|not)|or not|o no|ou non|ou nao|"
    r"non-?(?:members?|profits?|governmental|commercial|voting)|"
    r"no (?:miembros?|socias?|socios?|asociad[oa]s?|gubernamental\w*|comerciales?|lucrativ\w*|objecion)|"
    r"nao (?:membros?|governamenta\w*|lucrativ\w*|objecao)|non (?:membres?|gouvernementa\w*|lucrati\w*)|"
    r"not yet|aun no|todavia no|ainda nao|pas encore|sin (?:animo|fines|necesidad|costo|ser requisito)|sans (?:but|frais)|"
    # a condition on who applies, not a refusal: "que no hayan participado en rondas anteriores"
    r"que no (?:hayan|han) (?:participado|sido (?:seleccionad|beneficiad|premiad)\w*)|that have not (?:yet )?"
    r"(?:participated|been selected|received)|qui n.ont pas (?:encore )?(?:participe|beneficie)|"
    r"que nao tenham (?:participado|sido)|"
    r"sem fins|no (?:es|sera) necesario|(?:do|does|need) not (?:need|have to|require)|not (?:need|required)|"
    r"nao (?:e|precisa|precisam) necessari\w*|nao (?:precisa|precisam|necessitam)|n.ont pas besoin|ne sont pas tenues|"
    r"no (?:necesitan?|requieren?|se requiere|tienen que|hace falta)|not only|no solo|no solamente|no unicamente|"
    r"no hay|there is no|il n.y a (?:pas|aucun)|nao ha|"
    r"non seulement|nao so|nao apenas|nao somente|not the only|no (?:son|es) (?:los|las|el|la) unic[oa]s?|"
    r"ne sont pas (?:les )?seul\w*|nao (?:sao|e) (?:os|as|o|a) unic[oa]s?|no cost|not-for-profit|no tienen? costo|no obstante|"
    r"(?:que )?no (?:son|sean|es|sea|esten) (?:aun |todavia )?(?:miembros?|socias?|socios?|asociadas?|signatari\w+)|"
    r"(?:que )?nao (?:sao|sejam|forem|estejam) (?:ainda )?(?:membros?|associad[oa]s|filiad[oa]s)|nao (?:associad|filiad|afiliad)\w*|"
    r"(?:is|are) not (?:an? |yet )?(?:\w+ )?members?|non-?objection|no-objection|"
    r"ne (?:\w+ ){1,3}que|on behalf of|en nombre de|en representacion de|au nom de|em nome de|"
    # "las ciudades latinoamericanas no deben presentar socio europeo": a partner they need not find
    r"no (?:deben|tienen que|necesitan) (?:presentar|incluir|buscar|proponer) (?:un |una |su )?(?:socio|socia|aliado|partner)|"
    r"(?:do|does|need) not (?:need to )?(?:submit|present|include|propose|find) an? (?:\w+ )?partner|"
    r"ne doivent pas (?:presenter|proposer|trouver) de partenaire|nao (?:devem|precisam) (?:apresentar|indicar) (?:um )?parceiro)\b")
# Portuguese, where "no" is "in the" ("cidades que aderirem à rede no momento da candidatura")
_PORTUGUESE = re.compile(r"\b(?:dos|das|nas|em|governos|sao|com|pela|pelo|uma|prefeituras|podem|cidades|membros|rede|ou|"
                         r"sejam|tenham)\b|coes\b|cao\b")
# the town that leads someone else's application: "an application led by a member municipality" (shared with the page
# reader)
LED_BY = r"(?:led by|lead by|liderad[oa] por|encabezad[oa] por|conduit par|porte par|liderad[oa] pel[oa])"
# a network's others by its name: "Non-C40 cities are not eligible in this cohort" (shared with the page reader)
NON_OF_A_NETWORK = r"(?:c40|iclei|cideu|metropolis|ucci|signatory|signatories)"
# towns the call does not mean the city by: "other municipalities", "inland cities", "cities without a port", "already"
# Towns joining late or still joining, the others of a members-only call: "Cities signing after that date", "Cidades em
# processo de adesão" (shared with the page reader)
# Towns in fiscal trouble, a subset a refusal leaves the rest untouched by: "Cities currently under a fiscal adjustment
# programme … are ineligible", "ni los municipios con procesos de ajuste fiscal vigentes" (shared with the page reader)
FISCAL_TROUBLE = (r"(?:currently\s+|actualmente\s+|atualmente\s+|actuellement\s+)?(?:under|in|bajo|en|sous|sob|em|with|con|"
                  # ("Municipalities undergoing a debt-restructuring agreement under Law 550")
                  r"com|avec|undergoing|subject to|sujet[oa]s a|sometid[oa]s a)\s+(?:(?:an?|un|una|um|uma|los|las|their|sus|seus|"
                  r"leurs)\s+)?(?:[\w-]+\s+){0,2}?(?:(?:procesos?|"
                  r"process(?:es)?|processos?|procedures?|programas?|programmes?)\s+de\s+)?(?:fiscal\s+|debt[- ])?(?:adjustment|"
                  r"restructuring|ajuste|reestructuracion|reestruturacao|restructuration|saneamiento|ajustamento|"
                  # ("cities under fiscal intervention are not eligible")
                  r"redressement|intervention|intervencion|intervencao)\b")
# "Cities currently receiving other Bloomberg-funded support are not eligible": those now in another programme (shared
# with the page reader)
NOW_ELSEWHERE = (r"(?:currently|actualmente|atualmente|actuellement|receiving|recibiendo|recebendo|"
                 # "cities participating in a current C40 finance programme cohort are not eligible"
                 r"(?:participating|participantes?|que participan|participant|participantes) (?:in|en|em|a|au|dans) "
                 r"(?:a |an |the |un |una |el |la |um |uma |o |le |l.)?(?:current|ongoing|vigente|actual|en curso|em curso|"
                 r"en cours|previous|past|anterior|precedent))\b")
# "Cities preparing a candidature cannot apply", "cities applying for designation in the 2027 cycle are not eligible":
# the candidates for a title or a network, not its holders (shared with the page reader)
CANDIDATES = (r"(?:(?:preparing|que preparan|que preparam|qui preparent) (?:a |an |their |its |su |una |sua |uma |leur |une )?"
              r"(?:candidature|candidacy|application|candidatura|postulacion|bid)|"
              r"(?:applying|que (?:se )?postulan|qui postulent|que se candidatam) (?:for|a|para|pour|au|ao) (?:the |la |el |a |o |"
              r"le |l.)?(?:designation|designacion|designacao|membership|membresia|adhesion))\b")
# "cities under review of their membership status", "municipios suspendidos": those whose standing is in question
STANDING_IN_QUESTION = (r"(?:under (?:active |ongoing )?(?:[\w-]+ ){0,3}?(?:review|investigation|suspension|sanctions?)|"
                        # "Cities in the C40 inactive or suspended status cannot join the cohort"
                        r"in (?:the |an? )?(?:[\w-]+ ){0,2}inactive(?: or suspended)? status|inactiv[oa]s|inactives?|"
                        # "les collectivités faisant l'objet d'une procédure judiciaire", "sujetos a un proceso de
                        # responsabilidad fiscal", "subject to ongoing judicial proceedings"
                        r"faisant l.objet d.une (?:procedure|enquete|sanction|mesure)|(?:que )?(?:sean|esten) objeto de|"
                        r"sujet[oa]s a (?:un |una )?(?:proceso|investigacion|sancion|intervencion)|subject to (?:an? )?(?:ongoing )?"
                        r"(?:investigation|(?:judicial |legal )?proceedings|sanctions)|"
                        r"in arrears|bajo (?:revision|investigacion)|en revision|sous examen|"
                        r"em revisao|suspended|suspendid[oa]s|suspendues|suspens[oa]s)\b")
JOINING_LATE = (r"(?:signing|joining|registering|(?:that|which|who) (?:join|sign|register)s?|que firm\w*|que se adhier\w*|"
                r"que assin\w*|que ader\w*)\b[^.;]{0,20}?"
                r"\b(?:after|despues|apos|depois|apres)\b|"
                # "cities in the accession process", "cidades associadas em processo de adesão"
                r"(?:[a-z]+ )?(?:en|em|in the|in) (?:[a-z]+ )?(?:proceso|processo|process)\b")
_OTHER_TOWNS_BEFORE = re.compile(r"(?:^|\s)eu\s+$|"  # "EU local authorities may join only as associates"
                                 r"\b(?:otr[oa]s|other|demas|autres|outr[oa]s|restantes|inland|interior|non-?members?|observer|"
                                 r"non-participating|associate|affiliate|"
                                 # "smaller cities are not eligible in this round" (beside a population floor)
                                 r"smaller|larger|mas pequenas|menores|plus petites|menores|"
                                 r"national capital|capital|"
                                 # ("Cities already designated as UNESCO Creative Cities are not eligible": the title's name)
                                 r"designated as (?:\w+ ){0,3}|designadas como (?:\w+ ){0,3}|"
                                 # ("Winning cities of the 2022-2023 regional edition are not eligible")
                                 r"winning|awarded|laureate|ganadoras|premiadas|"
                                 r"former|antiguos|anciens|antigos|candidate|candidatas?|nuev[oa]s|new|nouvea\w*|nouvelles|"
                                 r"nov[oa]s)\s+(?:\w+\s+){0,2}$|\bnon-$|"
                                 # ("Non-C40 cities are not eligible in this cohort": a network's others)
                                 r"\bnon-" + NON_OF_A_NETWORK + r"\s+$|"
                                 r"\b(?:sin|without|sans|sem|que no (?:sean|son|tengan)|that are not|qui ne sont pas|"
                                 r"que nao sao)\s+(?:\w+\s+){0,5}$")
# towns that won before or were sanctioned: "Cities selected as winners in the 2023 edition", "Local governments previously
# expelled from OGP Local" (shared with the page reader)
PAST_OR_PUNISHED = (r"(?:previously|anteriormente|precedemment) (?:expelled|suspended|selected|funded|sanctioned|expulsad[oa]s|"
                    r"suspendid[oa]s|seleccionad[oa]s|financiad[oa]s|sancionad[oa]s|exclue?s|suspendue?s)\b|"
                    r"(?:selected|chosen|named|seleccionad[oa]s|elegid[oa]s|retenues?|designee?s) (?:as|como|comme) "
                    r"(?:winners?|finalists?|ganador\w*|finalistas?|laureat\w*)\b")
# ... or only some of them: "los municipios certificados en educación (Medellín, Bello…) no podrán participar"
_OTHER_TOWNS_AFTER = re.compile(r"^\s*(?:ajen[oa]s a|alhei[oa]s a|exterieures? au|outside)\b|"  # "ciudades ajenas a la red"
                                # "ni de municipios de departamentos no listados": those of the places not named
                                r"^\s*(?:de|of|dos|das|des) (?:los |the )?(?:departamentos|departments|departements|paises|"
                                r"countries|pays) (?:no listados|not listed|no incluidos|no mencionados|nao listados|non listes)\b|"
                                # "Cidades associadas a outras redes ou observadoras não são elegíveis"
                                r"^\s*(?:(?:associad|asociad|associee|afiliad)\w*\s+)?(?:a|al|aux?|of|de)\s+(?:outras|otras|other|"
                                r"autres)\s+"
                                r"(?:redes|networks|reseaux)\b|"
                                r"^\s*(?:" + PAST_OR_PUNISHED + r")|"
                                # "Cities preparing a candidature cannot apply": the candidates, not the members
                                r"^\s*" + CANDIDATES + r"|"
                                # "cities in countries under international sanctions are not eligible"
                                r"^\s*(?:(?:located|situated|based|ubicad[oa]s|situad[oa]s|localizad[oa]s|situee?s) )?"
                                r"(?:in|en|em|dans les) (?:countries|paises|pays) (?:under|subject to|sujetos a|sob|sous|where|"
                                r"donde|onde|ou)\b|"
                                # "cities selected in the 2025 or 2026 cohorts are not eligible": past winners
                                r"^\s*(?:already )?(?:selected|seleccionad[oa]s|selecionad[oa]s|retenues?|supported|funded|"
                                r"apoyad[oa]s|financiad[oa]s) (?:in|en|em|dans|during|durante) (?:the |las? |los |les |as |os )?"
                                r"(?:previous |past |earlier |last |anteriores |pasadas |precedentes )?(?:\d{4}|cohorts?|"
                                r"rounds?|editions?|ediciones|convocatorias|cycles?|ciclos)\b|"
                                # ("Las ciudades de mayor tamaño … no son elegibles")
                                r"^\s*(?:de (?:mayor|menor) tamano|mas grandes|mas pequen[oa]s|plus grandes|plus petites)\b|"
                                # "les villes de taille inférieure", "cities in the Innovator or Observer categories", "los
                                # municipios de la región andina": those of a size, a tier or a part of the country
                                r"^\s*(?:de (?:taille|tamano|porte) (?:inferieure|menor|plus petite)|de menor (?:tamano|porte|"
                                r"poblacion)|of (?:a )?smaller size)\b|"
                                r"^\s*(?:in|of|en|de|dans|na|no) (?:the |la |las |les |as |os )?(?:[\w-]+ (?:or |and |o |y |ou |et |e )?)"
                                r"{1,3}categor(?:y|ies|ia|ias|ie)\b|"
                                r"^\s*(?:de|del|of|from|in|en) (?:la |el |los |las |the )?(?:region|regiones|litoral|costa|zona)\b|"
                                r"^\s*(?:\w+\s+){0,3}(?:de|of|d.|dos|das|from|in|en|em|dans) (?:otros|otras|other|autres|outros|"
                                r"outras)\b|"
                                # ("no se aceptan sedes en municipios donde ya exista una escuela": towns where …)
                                # ("Les collectivités ayant bénéficié d'une assistance … ne sont pas éligibles")
                                r"^\s*(?:que|that|which|qui|with|con|avec|com|sin|without|sans|sem|already|ya|deja|whose|ayant|having|"
                                r"donde|where|onde|"
                                # "applications from cities not yet registered will not be considered"
                                r"not yet|aun no|todavia no|ainda nao|pas encore|"
                                # "Las ciudades capitales de provincia, estado o departamento no son elegibles"
                                r"(?:capitales )?de (?:provincia|estado|departamento)|capitals of (?:provinces|states|departments)|"
                                # "Cities currently receiving other Bloomberg-funded support are not eligible"
                                + NOW_ELSEWHERE + r"|"
                                r"capitais (?:de|dos) (?:estados|provincias)|"
                                # ("Los municipios receptores … no presentan propuesta": those the applicants serve)
                                r"cuy[oa]s?|dont|cuj[oa]s?|beneficiari\w*|beneficiad\w*|ganador\w*|premiad\w*|"
                                r"receptor(?:es|as)?|recetor(?:es|as)?|recipients?|"
                                # ("Las ciudades fluviales o de interior no son elegibles", "las ciudades interiores")
                                r"del interior|do interior|de l.interieur|fluviales|fluviais|riverine|candidat[oa]s|candidates|"
                                r"interiores|inland|"
                                # ("Capitais nacionais e cidades acima desse limite não são elegíveis": those above the band)
                                r"(?:acima|abaixo) (?:desse|deste|do|dessa|desta) (?:limite|teto|limiar|faixa)|(?:por encima|"
                                r"por debajo) de (?:ese|este|dicho|el) (?:limite|umbral|tope|rango)|(?:above|below|over|under) "
                                r"(?:this|that|the) (?:limit|threshold|ceiling|band)|(?:au-dessus|en dessous) de (?:ce|cette) "
                                r"(?:seuil|plafond|limite)|"
                                # "Metropolitan cities above 1.5 million are not eligible": those of a size
                                r"(?:above|over|below|under|with (?:more|fewer|less) than|de mas de|de menos de|"
                                r"con mas de|con menos de|com mais de|de plus de|de moins de) \d+|"
                                # "capital cities above the band are not eligible"
                                r"(?:above|over|below|under|outside|fuera del?|por encima del?|por debajo del?) "
                                r"(?:the |this |that |el |la |ese |esa )?(?:band|range|threshold|limit|ceiling|rango|umbral|"
                                r"limite|techo|tope)|"
                                + JOINING_LATE + r"|" + FISCAL_TROUBLE + r"|" + STANDING_IN_QUESTION + r"|"
                                # ("Municipalities outside the Colombian Caribbean region are not eligible")
                                r"(?:outside|fuera de|hors du|fora da) (?:the |la |le |a |el )?(?:[\w-]+ ){0,3}?"
                                r"(?:network|red|reseau|rede|region|country|area|zone|pais|regiao|pays)\b|"
                                r"certificad\w*|listed|named|nombrad\w*|mencionad\w*)\b|^\s*(?:[\w-]+\s+){0,3}\(|"
                                # "cidades não associadas não são elegíveis": the network's others
                                r"^\s*(?:no|nao|non|not) (?:miembros?|membros?|membres|members?|asociad\w*|associad\w*|"
                                r"affiliated|afiliad\w*|soci[oa]s|capitales|capitais|capitals)\b|"
                                # "ciudades observadoras", "municipios ribereños": a kind of member, a kind of town
                                r"^\s*(?:observador(?:as|es)|observers?|observatrices|riberen[oa]s|ribeirinh[oa]s)\b|"
                                # "cities in high-income countries", "municipios de España": those of somewhere else
                                r"^\s*(?:in|of|from|de|del|en|dans|em|dos|das|des|da|do)\s+(?:(?:the|los|las|les|os|as|la|el)\s+)?"
                                r"(?:high-income|higher-income|developed|wealthy|oecd|paises (?:de (?:ingreso|renta) alt|desarrollados)|"
                                r"pays developpes|paises (?:de renda alta|desenvolvidos))")
# a negation that only limits how often or in how many categories ("cannot compete in more than one category")
_ONLY_HOW_OFTEN = re.compile(r"\b(?:more than (?:one|once)|mas de (?:una?|una vez)|plus d.une?|mais de uma?|twice|dos veces|"
                             r"deux fois|duas vezes|again|de nuevo|a nouveau|novamente|reapply|"
                             # "Une même collectivité ne peut déposer qu'une demande par an"
                             # ("… ne peut être chef de file que d'une seule proposition")
                             r"qu.une (?:seule )?(?:demande|candidature|proposition)|que d.une (?:seule )?(?:demande|"
                             r"candidature|proposition)|only one (?:application|proposal|"
                             r"project)|"
                             # "une ville ne peut diriger qu'un seul projet"
                             r"qu.un (?:seul )?(?:projet|dossier)|un solo proyecto|um unico projeto|"
                             r"una sola (?:solicitud|postulacion|propuesta)|uma (?:unica )?(?:proposta|candidatura)|"
                             # "Une même ville ne peut pas bénéficier du programme deux cycles consécutifs"
                             r"(?:two|deux|dos|dois|2) (?:consecutive |consecutivos |consecutivas )?(?:cycles|ciclos|"
                             r"editions|ediciones|edicoes|rounds|years|anos|ans|annees|convocatorias)"
                             r"(?: consecutifs| consecutives| consecutivos| consecutivas| in a row| seguidos| seguidas)|"
                             r"(?:two|dos|dois|deux) (?:consecutive|consecutivos|consecutivas|consecutifs|consecutives) "
                             r"(?:cycles|ciclos|editions|ediciones|edicoes|rounds|years|anos|ans|annees|convocatorias))\b")
_NOT_AN_APPLICANT_BEFORE = re.compile(r"(?:on behalf of(?: their| its)?|en nombre de(?: sus)?|a nombre de(?: sus)?|"
                                      # "municipal utilities … may join an application led by a member municipality but
                                      # may not apply alone": the leader of the others' application
                                      r"\b" + LED_BY + r" (?:an? |the |una? |la |el |um |uma |une? |le )?(?:[\w-]+ )?(?=\s*$)|"
                                      # "… que solo podrán participar como aliados técnicos de la ciudad seleccionada":
                                      # the partners' principal
                                      r"(?:aliad|soci|partner|parceir|partenaire)\w*(?: \w+)? (?:de|of|da|do|du) (?:la |el |the |"
                                      r"a |o |le |l.)?(?=\s*$)|"
                                      r"au nom de(?: leurs)?|au nom d'(?:une?|la|le)?|em nome de(?: seus| suas)?|categor\w+ (?:de|of|des|da)|"
                                      # "… no son elegibles, aun cuando uno de sus municipios cumpla el umbral": a part
                                      r"(?:uno|una|alguno|one|any|um|uma|l.une?) (?:de|of|d[eo]s?) "
                                      r"(?:sus|their|its|seus|suas|leurs)|"
                                      # "se suman como entidades de apoyo, no como ciudades participantes": others' role
                                      r"(?:no|not|nao|pas|non) (?:como|as|comme)|"
                                      # "no se aceptan consorcios en que la municipalidad sea solo entidad asociada": the
                                      # consortia refused, for the city's role in them
                                      r"(?:consortia|consortiums?|consorcios?) (?:en (?:los )?que|in which|where|donde|"
                                      r"dans lesquels|em que)|"
                                      # "experiências … que não sejam apresentadas pelo governo local": who presents
                                      r"(?:apresentad|presentad|submitted|presented|soumis)\w* (?:pel[oa]s?|por (?:el|la|los|las)|"
                                      r"by (?:the|their|a)|par (?:le|la|les))|"
                                      + DESIGNATED_AS + r")\s+(?:(?:la|las|el|los|the|a|une?|una|uma?)\s+)?$")
_OBJECT_BEFORE = re.compile(r"(?:\b(?:de la|del|of the|of a|of|d.|da|do|de|with|con|avec|com)\s+(?:\w+\s+)?$)|\b(?:a|an)\s+(?:\w+\s+)?$")
# (or part of a name: "a previous Bloomberg Mayors Challenge")
_CITY_AS_ADJECTIVE = re.compile(r"^(?:'s|s')|^\s*(?:presentations?|profiles?|teams?|delegations?|representatives?|"
                                r"council(?:lors?| members?)|councillors?|officials?|staff|employees|residents|dwellers|"
                                r"challenge|prize|award|summit)\b")
# the city as whom others apply with, after a negation: "cannot apply jointly with a member city"
# (or whose partners the refused would be: "ne peuvent pas candidater, même en tant que partenaires de la ville")
# ("ne sont éligibles qu'en tant que prestataires des collectivités retenues": those they serve)
_PARTNER_OBJECT_BEFORE = re.compile(r"\b(?:with|con|avec|com|(?:partners?|partenaires?|soci[oa]s|aliad[oa]s|parceir[oa]s|"
                                    r"prestataires?|proveedor(?:es|as)?|fornecedor(?:es|as)?|suppliers?|contractors?) "
                                    # ("qu'en tant que partenaires d'une collectivité")
                                    r"(?:of|de|du|da|do|del|des|dos|das|for|para|pour|d'))\s*(?:(?:a|an|the|un|una|une|el|la|le|les|"
                                    r"o|os|as|l'|los|las)\s*)?(?:[\w-]+\s+)?$")
_OF_OTHER_PLACE = re.compile(r"\s*(?:in|of|from|de|del|en|dans|em|dos|das|des|da|do)\s+(?:(?:the|los|las|les|os|as|la|el)\s+)?"
                             + OTHER_PLACES.pattern)
# "Os municípios brasileiros … não podem ser beneficiários": another country's towns, by their demonym
_OTHER_DEMONYM_AFTER = re.compile(r"\s*" + OTHER_PLACES.pattern)
# a new clause starts before a refusal: ", e não são aceitas …", ", and no applications from …", "; pero no se aceptan"
_OTHERS_REFUSED_NEXT = re.compile(r",\s*(?:and|y|e|et)\s*$|" + BUT_WORDS + r"\s*$")
# "… will not be considered unless the city itself signs": the city is the condition that lifts the refusal
_UNLESS = r"\b(?:unless|except (?:if|when|where)|salvo (?:que|si|cuando)|a menos que|a no ser que|excepto (?:si|cuando|que)|" \
          r"sauf si|sauf s.ils|sauf s.elles|a moins que|exceto se|a nao ser que|salvo se)\b"


# sentences, and the clauses a colon or an "although" starts ("no hay premio en dinero: las ciudades ganadoras reciben…")
_CLAUSES = re.compile(_SENTENCES.pattern + r"|:\s|,?\s\b(?:although|aunque|bien que|embora|whereas|si bien)\b")


# Where the applying local governments must be, in words that name a place: "cuyo territorio esté comprendido en una
# Zona de Integración Fronteriza", "ubicados en la cuenca del Gran Caribe", "located in a mountain region"
_PLACE_CONDITION = re.compile(r"\b(?:cuyo territorio|cuya jurisdiccion|cuya cabecera|whose (?:territory|jurisdiction)|"
                              r"ubicad[oa]s (?:en|sobre|dentro)|situad[oa]s (?:en|sobre|dentro)|localizad[oa]s (?:en|n[oa]s?)|"
                              r"located (?:in|on|along|within)|situated (?:in|on|along|within)|situee?s (?:dans|en|sur)|"
                              r"(?:que )?se (?:encuentren|ubiquen|situen|ubique|encuentre|situe) (?:en|sobre|dentro)|"
                              r"que (?:esten|se hallen) (?:en|sobre)|"
                              # "Major cities that are the gateway to an internationally renowned wine region"
                              r"(?:that are|que sean|que son|qui sont|que sejam) (?:the |la |el |a |o )?(?:gateway|puerta de entrada|"
                              r"porta de entrada|porte d.entree) (?:to|a|de|para|du|da)|"
                              # "Alcaldías de ciudades cuyo carnaval haya sido inscrito por la UNESCO como Patrimonio
                              # Inmaterial": a list Vigía does not hold
                              r"(?:cuyo|cuya|whose|dont|cujo|cuja) (?:carnaval|carnival|festival|fiesta|festa|fete|tradicion|"
                              r"tradition|tradicao)|"
                              # "governos municipais de cidades com um carnaval reconhecido como patrimônio cultural"
                              r"(?:con|com|with|avec) (?:un |um |a |an |une )?(?:carnaval|carnival|festival|fiesta|"
                              r"festa|fete) "
                              r"(?:reconocid|reconhecid|recogni[sz]ed|reconnu|inscrit|declarad|listed)\w*)"
                              r"\b(?P<where>[^.;]{0,90})")


# The funder's sister cities or regions: "Public officials nominated by the governments of Kanagawa's sister states"
_SISTERS = re.compile(r"\b(?:sister|twin(?:ned)?|friendship)(?: and (?:friendship|sister|partner))?[ -](?:states?|provinces?|cities|"
                      r"city|regions?|prefectures?|municipalities|towns)\b"
                      # ("a sister city relationship with a U.S. city": one to make, not the funder's sisters)
                      r"(?! international| (?:relationships?|partnerships?|agreements?|programs?|programmes?|exchanges?|ties|"
                      r"links?|matchmaking))|"
                      # "les collectivités avec lesquelles la Ville de Lyon a signé un accord de coopération"
                      r"\b(?:collectivites|villes|ciudades|cidades|cities|municipalities|municipios) (?:avec lesquelles|con las que|"
                      r"com as quais|with which|with whom) (?:la |the |a |el )?(?:ville|ciudad|cidade|city|municipality|mairie|"
                      r"alcaldia|prefeitura|ayuntamiento) (?:de |of |do |da )?[a-z -]{2,30}? (?:a signe|ha firmado|ha suscrito|"
                      r"assinou|has signed|signed|tiene|has) (?:un |una |um |uma |an? )?(?:accord|acuerdo|acordo|agreement|"
                      r"convenio|convention|memorando|memorandum)\b|"
                      # ("las ciudades iberoamericanas hermanadas con Cádiz")
                      r"\b(?:ciudades|regiones|provincias|municipios) (?:[a-z-]+ )?(?:hermanas|hermanad[oa]s)(?: (?:y|o) amigas)?\b|"
                      r"\bcidades[- ]irmas\b|"
                      # "cidades latino-americanas geminadas com Lisboa", "cities twinned with Lyon"
                      r"\b(?:cidades|municipios|regioes) (?:[a-z-]+ )?(?:geminadas|irmanadas)\b|"
                      r"\b(?:cities|towns|municipalities|regions) (?:[a-z-]+ )?twinned with\b|"
                      # (not "Ciudades Amigas de la Infancia", "villes amies des aînés": a programme for children or elders)
                      r"\b(?:ciudades|cidades) amigas\b(?! d)|\bvilles amies\b(?! d)|"
                      r"\b(?:villes|regions|collectivites) (?:jumelles|jumelees|soeurs|partenaires jumelees)\b|"
                      # "Solo ciudades con convenio de hermanamiento vigente con Barcelona"
                      r"\b(?:con|with|com|avec) (?:un |an? |um |une )?(?:convenio|acuerdo|acordo|accord|agreement) de "
                      r"(?:hermanamiento|geminacao|jumelage)\b|\bwith an? (?:existing|valid|"
                      r"current) twinning agreement\b|"
                      # "réservé aux collectivités ayant signé un pacte d'amitié ou un accord de coopération … avec la Ville
                      # de Paris"
                      r"\b(?:ayant signe|que hayan firmado|that have signed) (?:un |une |an? )?(?:pacte d.amitie|pacto de amistad|"
                      r"friendship pact|accord de cooperation|acuerdo de cooperacion|cooperation agreement)\b[^.;]{0,40}"
                      r"\b(?:avec|con|with) (?:la ville de|the city of|la ciudad de|el ayuntamiento de)\b|"
                      r"\b(?:ayant signe|que hayan firmado|that have signed|com) (?:un |an? |um )?(?:accord|acuerdo|"
                      r"agreement|acordo) "
                      r"de (?:cooperation|cooperacion|cooperacao) decentralis\w*|"
                      r"\bdecentralised cooperation agreement\b")


def _sisters_only(eligibility: str) -> str | None:
    """The words limiting applicants to the funder's sister cities or regions, or None when there are none, or they are
    a preference or not required ("con prioridad a las ciudades hermanas", "sin ser requisito")."""
    for sentence in _SENTENCES.split(eligibility):
        m = _SISTERS.search(sentence)
        if m and not _preferred(sentence, m.start()) and not _PREFERENCE_SENTENCE.match(sentence) \
                and not _MEMBERSHIP_OPTIONAL.search(sentence) and not _denies_applying(sentence) \
                and not _BECOMING_SISTERS.search(sentence[max(0, m.start() - 60):m.start()]) \
                and not _OR_WILLING_AFTER.search(sentence, m.end()) and not _preferred_after(sentence, m.end()):
            # (other cities let in by a sentence of their own: not the sisters only)
            return None if _OTHER_CITIES_MAY_APPLY.search(eligibility) else m.group(0)
    return None


# "Solo … los gobiernos locales con un acuerdo de hermanamiento vigente con Sevilla: Cartagena de Indias, Santo Domingo,
# La Habana, Cusco y Valparaíso": the sisters named one by one after a colon (not "such as …", a few of them)
_SISTERS_LISTED = re.compile(r"[^.;:]{0,60}?:\s*(?P<list>[^.;:]{3,200})")
_EXAMPLES = re.compile(r"\b(?:such as|like|como|por ejemplo|e\.g|among others|entre otr[oa]s|par exemple|entre autres|"
                       r"por exemplo|etc)\b")


def _sisters_named(eligibility: str) -> frozenset[str] | None:
    """The department capitals among the sisters a call lists one by one, or None when it lists none."""
    for sentence in _SENTENCES.split(eligibility):
        if (m := _SISTERS.search(sentence)) and (listed := _SISTERS_LISTED.match(sentence, m.end())) \
                and "," in listed.group("list") and not _EXAMPLES.search(listed.group(0)):
            return capitals_named(listed.group("list"))
    return None


# "que já sejam cidades-irmãs de Curitiba ou que manifestem interesse em assinar um acordo": the sisters, or any other
_OR_WILLING_AFTER = re.compile(r"\b(?:ou|o|or) (?:que |that |who |qui )?(?:manifest\w*|express\w*|show\w*|tenham|tengan|"
                               r"have|demonstr\w*)(?: (?:an?|su|seu|sua|their|leur|un|una|um|uma))? (?:interes\w*|"
                               r"interest)|"
                               # "or that sign one before 31 March 2027", "y ciudades latinoamericanas interesadas en
                               # firmar un memorando"
                               # ("o que propongan firmarlo", "o que lo suscriban antes del inicio")
                               r"\b(?:ou|o|or) (?:[\w-]+ ){0,2}?(?:que |that |who |qui )?(?:(?:sign|firmen|suscriban|"
                               r"assinem|signent) "
                               r"(?:one|uno|una|um|uma|an?|un)\b|(?:lo|la|le) (?:firmen|suscriban|assinem|signent)\b|"
                               r"propongan (?:firmar|suscribir)(?:lo|la)?(?: (?:uno|una))?\b|proponham assina\w*|"
                               r"propose to sign)|"

                               # "Aberto às cidades-irmãs do Rio e a outras cidades latino-americanas com festivais"
                               r"\b(?:ou|o|or|y|and|e|et) (?:(?:a|to|aux?|as|a las) )?(?:outras|otras|other|autres) "
                               r"(?:cidades|ciudades|cities|villes|municipios|municipalities|gobiernos locales|local governments)\b|"
                               r"\b(?:ou|o|or|y|and|e|et) (?:[\w-]+ ){0,3}?(?:interesad[oa]s en|interested in|"
                               r"interessad[oa]s em|"
                               r"interessees par) (?:firmar|suscribir|signing|assinar|signer|establecer|"
                               r"establishing)\b")
# other cities let in beside the sisters, in a sentence of their own: "…; outras cidades latino-americanas podem se
# inscrever manifestando interesse em firmar um memorando"
_OTHER_CITIES_MAY_APPLY = re.compile(r"\b(?:outras|otras|other|autres) (?:[\w-]+ ){0,2}?(?:cidades|ciudades|cities|villes|"
                                     r"municipios|municipalities|gobiernos locales|governos locais|local governments)\b"
                                     r"[^.;]{0,30}?\b(?:podem|pueden|podran|may|can|peuvent) (?:tambem |tambien |also |aussi )?"
                                     r"(?:se inscrever|inscrever-se|inscribirse|postular\w*|participar|apply|participate|register|"
                                     r"candidat\w*|s.inscrire)\b"
                                     # (not "other cities may take part as observers": a lesser role)
                                     r"(?!\s+(?:only\s+|solo\s+|apenas\s+)?(?:as|como|comme|en tant que|enquanto)\b)")
# Cities that want to become sisters: "interessados em formalizar um acordo de cidades-irmãs", "interested in
# establishing a sister-city agreement" (open to any, not only those already twinned)
_BECOMING_SISTERS = re.compile(r"\b(?:formaliz\w*|establec\w*|establish\w*|estabelec\w*|firmar|assinar|sign(?:ing)?|"
                               r"crear|criar|create|become|convertirse en|tornar-se|devenir|conclure|nouer)\b"
                               r"(?: (?:\w+ ){0,3})?$")


# "located in IBRD- or IDA-eligible countries": the World Bank's borrowers, Colombia among them (shared with the page
# reader)
WORLD_BANK_BORROWERS = re.compile(r"(?:the )?(?:" + "|".join(_WORLD_BANK_LENDERS) + r")\b")


_CASE_BY_CASE = re.compile(r"\b(?:caso por caso|caso a caso|case by case|case-by-case|au cas par cas)\b")


# "provided the project site lies within one of the reef systems listed in Annex 1": sites on a list Vigía does not hold
_SITES_LISTED = re.compile(r"\b(?:sites?|sitios?|emplacements?)\b[^.;]{0,40}?\b(?:one of the|uno de los|una de las|"
                           r"l.une? des|um dos|uma das)\b[^.;]{0,60}?\b(?:listed in|listad[oa]s en|enumerad[oa]s en|"
                           r"listee?s (?:a|en|dans)|relacionad[oa]s n[oa]|listad[oa]s n[oa]) (?:the |el |la |l.|o )?(?:annex|"
                           r"appendix|anexo|annexe|apendice)")


# "situés dans un pays d'intervention de l'AFD": the AFD works in Colombia
_AFD_COUNTRIES = re.compile(r"(?:un |les |a |one of the )?(?:pays d.intervention de l.afd|paises de intervencion de la afd|"
                            r"afd.s countries of (?:operation|intervention))")


def unread_place_condition(eligibility: str) -> str | None:
    """A (folded) requirement that puts the applying local governments somewhere no rule reads (no country, region,
    Colombian department, coast, border or heritage list named there): sent to verify rather than alerted."""
    if (sites := _SITES_LISTED.search(eligibility)) and LOCAL_GOVERNMENT.search(eligibility, 0, sites.start()):
        return eligibility[_sentence_start(eligibility, sites.start()):sites.end()].strip()
    for m in _PLACE_CONDITION.finditer(eligibility):
        sentence_start = _sentence_start(eligibility, m.start())
        if _CASE_BY_CASE.search(eligibility, m.start(), m.end() + 140):
            continue  # "Las ciudades ubicadas en zonas de conflicto armado activo se evaluarán caso por caso": no limit
        if not (LOCAL_GOVERNMENT.search(eligibility, sentence_start, m.start())
                or re.search(r"\b(?:cities|ciudades|cidades|villes)\s*$", eligibility[sentence_start:m.start()])):
            continue  # not where the applicants are: "projects located in …", "partners based in …"
        # ("an internationally renowned wine region": how famous the place is, not that it is anywhere)
        where = re.sub(r"\b(?:internationally|internacionalmente|internationalement|mundialmente|world-?famous)\s+\w+",
                       " ", m.group("where"))
        if _NOT_A_PLACE.match(where):
            continue  # "que se encuentren en proceso de formulación", "located in an OGP participating country"
        if (COLOMBIA_INCLUDED.search(where) or OTHER_PLACES.search(where) or LATIN_AMERICAN_NAME.search(where)
                or COLOMBIA_ORGANISATION.match(where.lstrip())
                or WORLD_BANK_BORROWERS.match(re.sub(r"^(?:an?|the)\s+", "", where.lstrip()))
                or _AFD_COUNTRIES.match(where.lstrip())
                or limited_to(where)[0] or departments_named(where) or COASTAL_ONLY.search(m.group(0))
                or BORDER_ONLY.search(eligibility)
                or _COASTAL_WORDS.search(where) or HERITAGE_ONLY.search(where)):
            continue
        return eligibility[sentence_start:m.end()].strip()
    return None


# A demonym no list holds, next to the applying local governments: "municipalidades costarricenses", "Nordic
# municipalities". Spanish, Portuguese and French put it after the noun, folded; English before it, capitalised.
_TOWN_NOUNS = (r"(?:municipios|municipalidades|municipalities|ciudades|cities|cidades|villes|communes|alcaldias|prefeituras|"
               r"ayuntamientos|gobiernos locales|governos locais|local governments|local authorities|collectivites(?: "
               r"territoriales| locales)?|autoridades locales|autarquias locais|counties|towns|councils)")
_DEMONYM_AFTER = re.compile(r"\b" + _TOWN_NOUNS + r" (?P<demonym>[a-z]+(?:enses|anos|anas|enos|enas|eses|esas|oises|iens|"
                            r"iennes|aises|ecos|ecas|eiros|eiras|aios|aias|ianos|ianas|ains|aines))\b")
_DEMONYM_BEFORE = re.compile(r"\b(?P<demonym>[A-Z][a-z]+(?:ian|ean|ese|ish|an)|Nordic|Baltic|Arctic|Arab|Swiss|Dutch|"
                             r"Thai|Czech|Greek|French) " + _TOWN_NOUNS.replace("(?:", "(?i:", 1) + r"\b")
# adjectives of the kind or size of a town, and Colombia's own demonyms, are no place abroad
_NOT_A_DEMONYM = re.compile(r"(?:urban|human|metropolit|median|pequen|cercan|vecin|herman|american|latin|andin|caribe|"
                            r"amazon|pacific|atlantic|hispan|ibero|colombian|south|intermedi|anfitrion|ribere|coste|parceir|pionei|hospedei|"
                            r"companheir|inteir|estrangeir|aledan|lejan|serran|soberan|riverain|"
                            r"antioquen|vallecaucan|caucan|atlanticens|bolivarens|santanderean|boyacens|cundinamarques|"
                            r"caldens|risaraldens|quindian|tolimens|huilens|narinens|cordobes|sucren|cesarens|magdalenens|"
                            r"chocoan|caqueten|putumayens|amazonens|casanaren|metens|araucan|vichadens|guainian|guaviarens|"
                            r"vaupens|sanandresan|bogotan|medellinens|calen|cartagener|barranquiller|costen|paisan)\w*$",
                            re.IGNORECASE)
_SAYS_WHO_ELSE = re.compile(r"\b(?:partner\w*|soci[oa]s?|parceir\w*|partenaires?|together|junto|"
                            r"alongside|exchange|intercambio|twin\w*|herman\w*|jumel\w*|not|no|nao|ne|non|except|excepto|"
                            r"salvo|outside|fuera|hors)\b", re.IGNORECASE)


def unread_demonym(requirements: str) -> str | None:
    """A requirement (as written) that names the applying local governments by a nationality no list holds
    ("municipalidades costarricenses", "Nordic municipalities"): sent to verify rather than alerted."""
    for sentence in _SENTENCES.split(requirements):
        folded = fold(sentence)
        if COLOMBIA_INCLUDED.search(folded) or LATIN_AMERICAN_NAME.search(folded):
            continue  # Colombia among them: "ciudades colombianas y ecuatorianas"
        found = [(m.start(), m.group("demonym")) for m in _DEMONYM_AFTER.finditer(folded)] + [
            (m.start(), m.group("demonym")) for m in _DEMONYM_BEFORE.finditer(sentence)]
        for start, demonym in found:
            before = re.split(r"[,:]", folded[max(0, start - 60):start])[-1]
            if not _NOT_A_DEMONYM.match(demonym) and not _SAYS_WHO_ELSE.search(before) \
                    and not _preferred(folded, start) and not OTHER_PLACES.search(fold(demonym)):
                return sentence.strip()
    return None


# A named region no list holds, where the applying local governments are: "in the State of Hesse", "en la Provincia de
# Salta", "in CARPHA Member States" is not this (an organisation), "Counties in New York State" (as written)
_REGION_WORD = (r"(?:State|Province|Region|Canton|County|Prefecture|Land|Oblast|Governorate|Estado|Provincia|Región|"
                r"Cantón|Comunidad Autónoma|Comunitat|Prefectura|Província|Região|Région|Département|Préfecture|Landkreis|"
                # ("de la región Cajamarca": lowercase in Spanish, Portuguese and French)
                r"región|provincia|região|província|région|département|canton)")
_NAMED_REGION = re.compile(r"\b" + _REGION_WORD + r"\s+(?:of\s+|de\s+la\s+|de\s+|do\s+|da\s+|du\s+|des\s+|del\s+|d['’])?"
                           r"(?P<name>[A-ZÀ-Ý][\w'’-]+(?:\s+[A-ZÀ-Ý][\w'’-]+){0,3})|"
                           # ("any UN Member State", "ITU Member State": an organisation's members, read elsewhere)
                           r"\b(?P<before>[A-ZÀ-Ý][\w'’-]+(?:\s+[A-ZÀ-Ý][\w'’-]+){0,2})(?<!Member)(?<!Members)(?<!Partner)"
                           r"(?<!Participating)\s+(?:State|Province|Region|County|Prefecture)\b")


def unread_named_region(requirements: str) -> str | None:
    """A requirement (as written) placing the applying local governments in a named state, province or region abroad
    that no list holds ("in the State of Hesse"): sent to verify rather than alerted."""
    for sentence in _SENTENCES.split(requirements):
        folded = fold(sentence)
        if not LOCAL_GOVERNMENT.search(folded) or COLOMBIA_INCLUDED.search(folded) or LATIN_AMERICAN_NAME.search(folded):
            continue
        for m in _NAMED_REGION.finditer(sentence):
            name = fold(m.group("name") or m.group("before"))
            before = fold(sentence[max(0, m.start() - 60):m.start()])
            if limited_to(name)[0] or OTHER_PLACES.search(name) or _SAYS_WHO_ELSE.search(re.split(r"[,:]", before)[-1]) \
                    or COLOMBIA_ORGANISATION.fullmatch(name):
                continue  # a Colombian department, a place the lists know, a partner's region
            return sentence.strip()
    return None


# ("que se encuentren en incumplimiento de sus obligaciones con el Banco": a standing, not a place)
_NOT_A_PLACE = re.compile(r"\s*(?:(?:el|la|los|las|the|a|an|un|una|o|um|uma)\s+)?(?:incumplimiento|mora|default|arrears|"
                          r"situacion de|estado de|proceso|process|fase|phase|etapa|"
                          r"stage|processo|processus|(?:[\w-]+\s+){0,2}(?:participating|member|eligible|partner|"
                          r"participantes?|miembros?|elegibles?|socios?)\s+(?:countr|pais|pays|estados?|states?)|"
                          # "cities located in countries subject to comprehensive U.S. sanctions are not eligible"
                          # (the place group may stop at the "." of "u.s.")
                          r"(?:countries|paises|pays)\s+(?:subject to|sujetos a|sob|soumis a)\b|"
                          # "whose jurisdiction exceeds 500,000 inhabitants": a population, which the floors read
                          r"(?:[\w-]+\s+){0,3}?\d[\d.,]*\s*(?:millones|millions?|mil)?\s*(?:de\s+)?(?:inhabitants|habitantes|"
                          r"residents|people|personas|habitants)|"
                          # ("cuyo territorio supere los 500.000 habitantes": the group stops at the thousands point)
                          r"(?:supere|superen|exceda|excedan|exceeds?|ultrapasse|depasse)\s+(?:[\w-]+\s+){0,2}?\d+\s*$)")
_COASTAL_WORDS = re.compile(r"\b(?:costa|coast|litoral|littorale?s?|cote|mar|sea|mer|caribe|caribbean|pacifico|pacific|coster[oa]s|"
                            r"costeir[oa]s|cotier\w*|coastal)\b")


# "national ministries may not apply on cities' behalf", "en nombre de los municipios": others refused to act for the
# city, which applies itself
_ON_BEHALF_BEFORE = re.compile(r"\b(?:on behalf of|en nombre de|a nombre de|au nom de|em nome de|pour le compte de|in place of|"
                               r"instead of|en lugar de|a la place de|em lugar de)\s+"
                               r"(?:the |their |las |los |la |el |sus |des |les |leurs |das |dos |das suas |seus )?$")
_ON_BEHALF_AFTER = re.compile(r"'?s?'? behalf\b")
# "les villes ayant déjà bénéficié de l'initiative … ne sont pas éligibles": past beneficiaries, a subset the city knows
# itself to be in or not
_PAST_BENEFICIARIES_AFTER = re.compile(r"[^.;,]{0,25}?\b(?:ya|already|deja|ja)\s+(?:\w+\s+)?(?:benefici\w*|recibid\w*|"
                                       r"received|participad\w*|participated|seleccionad\w*|selected|selectionne\w*|"
                                       r"selecionad\w*|funded|financiad\w*|finance(?:e|s|es)?)\b|"
                                       # "une ville lauréate d'une édition précédente ne peut pas se représenter"
                                       r"[^.;,]{0,10}?\b(?:laureat\w*|ganador\w*|premiad\w*|winn\w*|vencedor\w*)\b[^.;,]{0,30}?"
                                       r"\b(?:precedent\w*|anterior\w*|previous|past|prior)\b|"
                                       # "Cities from previous editions that received funding are not eligible"
                                       r"\s*(?:from|of|de|das|dos|des) (?:the )?(?:previous|past|earlier|prior|anteriores|pasadas|"
                                       r"precedentes|passadas) (?:editions?|rounds?|cohorts?|ediciones|convocatorias|edicoes|"
                                       r"rodadas)\b")


# a network's lesser tiers refused: "cidades associadas ou observadoras não podem apresentar propostas" (the members' own
# rule says who is in)
_LESSER_TIERS = re.compile(r"\b(?:cidades|ciudades|cities|villes|membros|miembros|members|membres) (?:associad[oa]s|asociad[oa]s|"
                           r"associate|associees|observador\w*|observers?|observatrices)(?: (?:ou|o|or) (?:observador\w*|observers?|"
                           r"associad\w*|asociad\w*|associate))?\b(?! (?:a|al|a la|to|with|com|da|do|au|de la|del) )")


_PRIORITY_BEFORE = re.compile(r"\b(?:prioridad|priority|preferencia|preference|prioridade|priorite|se priorizar\w*|"
                              r"will be prioriti[sz]ed)\b[^.;]{0,30}$")
# a reason after a refusal: ", as the programme focuses on municipalities …", ", ya que …" (shared with the page reader)
BECAUSE = (r",\s*(?:as|since|because|ya que|pues|puesto que|porque|dado que|car|puisque|parce que|pois|ja que|"
           r"uma vez que)\b")
_REASON_BEFORE = re.compile(BECAUSE + r"[^.;]*$")  # ... in the sentence before a mention


def _some_towns(sentence: str, m: re.Match[str]) -> bool:
    """The towns named at `m` are some towns only: others, of another place, past winners ("cities that won before")."""
    before, after = sentence[max(0, m.start() - 40):m.start()], sentence[m.end():m.end() + 40]
    return bool(_OTHER_TOWNS_BEFORE.search(before) or _OTHER_TOWNS_AFTER.search(after) or _OF_OTHER_PLACE.match(after)
                or _OTHER_DEMONYM_AFTER.match(after) or _PAST_BENEFICIARIES_AFTER.match(after))


_OUTSIDE_TOWN_BEFORE = re.compile(r"\b" + _OUTSIDE_OF + r"\s+(?:(?:la|el|the|le|o|a)\s+)?$")


def unread_local_denial(eligibility: str) -> str | None:
    """The first (folded) requirement sentence that refuses something to local governments: a local government named,
    then a negation with no other actor between (its subject), or a negation just before it (what it refuses)."""
    if not _ANY_NEGATION.search(eligibility):
        return None
    for sentence in _CLAUSES.split(eligibility):
        if _NON_MEMBERS_OUT.search(sentence) or COAST_REQUIRED.search(sentence) or _JOINING_OPEN.search(sentence) \
                or _LESSER_TIERS.search(sentence) or _PREFERENCE_SENTENCE.match(sentence):
            # non-members or towns away from the coast refused: the members' and the coast's own rules; non-members let in
            # by joining ("las ciudades no adheridas pueden presentar su carta de adhesión junto con la propuesta"); a
            # preference ("Se priorizarán … aquellas que no hayan presentado antes un informe")
            continue
        cleaned = _NOTHING_REFUSED.sub(lambda m: " " * len(m.group(0)), sentence)
        negations = [n for n in _ANY_NEGATION.finditer(cleaned) if not (n.group(0) == "no" and _PORTUGUESE.search(sentence))
                     and (_REFUSES_BY_ITSELF.match(n.group(0)) or _ABOUT_APPLYING.search(cleaned, n.end(), n.end() + 45))
                     # ("una plaza por ciudad, con prioridad para quienes no hayan participado antes": who comes first)
                     and not _PRIORITY_BEFORE.search(cleaned, max(0, n.start() - 40), n.start())]
        if not negations or _ONLY_HOW_OFTEN.search(sentence):
            continue
        for m in _TOWN_OR_CITY.finditer(sentence):
            before, after = sentence[max(0, m.start() - 40):m.start()], sentence[m.end():m.end() + 40]
            if (_some_towns(sentence, m) or _NOT_AN_APPLICANT_BEFORE.search(before) or _CITY_AS_ADJECTIVE.search(after)
                    or in_quoted_name(sentence, m.start(), m.end())  # el programa «Ciudades Seguras»: a name
                    # ("la acción no podrá ejecutarse fuera del municipio solicitante": where, not who)
                    or _OUTSIDE_TOWN_BEFORE.search(before)):
                continue
            for n in negations:
                if n.start() > m.end():
                    between = sentence[m.end():n.start()]
                    if any(_some_towns(sentence, t) for t in _TOWN_OR_CITY.finditer(sentence, m.end(), n.start())):
                        continue  # "each city may submit one idea, …, and cities that won in a prior edition may not":
                        # some towns nearer the refusal are its subject
                    contrast = re.search(BUT_WORDS, between)
                    if contrast and _TOWN_OR_CITY.search(between, contrast.end()):
                        continue  # "Innovator and Active cities may apply, while Observer cities are not eligible":
                        # the towns after the contrast are the refusal's subject
                    if _others_relative_before(sentence[m.end():], n.start() - m.end()):
                        continue  # "… junto con una universidad que participe como socia pero no como solicitante"
                    if _OTHERS_REFUSED_NEXT.search(between) and OTHER_ACTORS.search(sentence, n.end(), n.end() + 60):
                        continue  # "Cada município pode inscrever até duas práticas, e não são aceitas inscrições de
                        # empresas": a new clause whose refusal is others'
                    if len(between) < 120 and not OTHER_ACTORS.search(between) and not _OBJECT_BEFORE.search(before[-30:]) \
                            and not OTHER_ACTORS.search(sentence[:m.start()]):  # "NGOs may apply with the city but not alone"
                        return sentence.strip()
                elif m.start() - n.end() < 70 and not _PARTNER_OBJECT_BEFORE.search(before) \
                        and not re.search(r",\s*(?:and|y|e|et|while|mientras|whereas)\s", sentence[n.end():m.start()]) \
                        and not _ON_BEHALF_BEFORE.search(before) and not _ON_BEHALF_AFTER.match(after) \
                        and not re.search(BUT_WORDS + "|" + _UNLESS + r"|\bsino\b|\bbut rather\b|\bmas sim\b",
                                          sentence[n.end():m.start()]):
                    # (not "cannot apply jointly with a member city": the city as partner; nor "ne peuvent pas présenter
                    # de candidature mais peuvent être associées à celle d'une ville": the city after a "but"; nor "no
                    # postulan en esta fase sino en la etapa de retos que abre cada ciudad": after a "sino")
                    return sentence.strip()
    return None


def _extracted_kinds(extra: dict[str, Any]) -> list[str]:
    """Applicant kinds a page extractor stored in extra["applicants"] (a list, or {"value": [...]})."""
    value = extra.get("applicants")
    if isinstance(value, dict):
        value = value.get("value")
    return [str(v) for v in value] if isinstance(value, list) and all(isinstance(v, str) for v in value) else []


def population_of(city_code: str, settings: dict[str, Any] | None) -> int | None:
    """The city's population: plan.settings.population when valid, else the built-in figure, else unknown."""
    value = (settings or {}).get("population") if isinstance(settings, dict) else None
    try:
        if value is not None and int(value) > 0:
            return int(value)
    except (TypeError, ValueError):
        pass
    return KNOWN_POPULATIONS.get(city_code)


def for_city(call: CallEligibility, population: int | None, city_code: str | None = None,
             networks: frozenset[str] | None = None) -> tuple[str, list[str]]:
    """The kind of match for one city (apply | pass_on | excluded) and the facts behind it, in Spanish; `networks` are
    the city's memberships (models.settings.networks_of), None when its plan does not list them."""
    from models.locale_co import numero

    facts = list(call.facts)
    if call.foreign_only:
        return EXCLUDED, facts
    if call.departments and city_code:
        places = ", ".join(call.places)
        if city_code[:2] not in call.departments:
            facts.append(f"limitada a territorios de Colombia ({places}) que no incluyen a la ciudad")
            return EXCLUDED, facts
        facts.append(f"limitada a territorios de Colombia ({places}) que incluyen a la ciudad")
    if city_code and (city_code in call.excepted_cities or city_code[:2] in call.excepted_departments):
        facts.append(f"deja por fuera, por su nombre, a la ciudad o su departamento ({', '.join(call.excepted_names)})")
        return EXCLUDED, facts
    if call.listed_capitals is not None and city_code in CAPITALS and city_code not in call.listed_capitals:
        facts.append("limitada a los municipios que la convocatoria nombra uno a uno; la ciudad no está entre ellos")
        return EXCLUDED, facts
    if call.capitals_only and city_code and city_code != NATIONAL_CAPITAL:
        facts.append("limitada a ciudades capitales de país; la ciudad no es la capital de Colombia")
        return EXCLUDED, facts
    if call.capitals_excepted and city_code == NATIONAL_CAPITAL:
        facts.append("deja por fuera a las capitales de país; la ciudad es la capital de Colombia")
        return EXCLUDED, facts
    if call.funder_territory is not None and city_code and city_code[:2] not in call.funder_territory:
        facts.append(f"convocatoria de un gobierno territorial ({call.funder_name}) para su propio territorio, que no "
                     "incluye a la ciudad; no la abre a otras ciudades")
        return EXCLUDED, facts
    if call.members_of and not (call.listed_capitals and city_code in call.listed_capitals):
        names = network_names(call.members_of, call.funder_name)
        if networks is None:
            facts.append(f"solo los miembros de {names} pueden postular: verifique si la ciudad es miembro y "
                         "anótelo en settings.redes del plan")
            return (PASS_ON if call.applicants == APPLY else call.applicants), facts
        if not is_member(networks, call.members_of):
            facts.append(f"solo los miembros de {names} pueden postular; la ciudad no es miembro según settings.redes "
                         "del plan")
            return EXCLUDED, facts
        facts.append(f"solo los miembros de {names} pueden postular; la ciudad es miembro (settings.redes del plan)")
        if call.creative_field:
            facts.append(f"solo las designadas en el campo «{call.creative_field}»: settings.redes no dice en qué campo está "
                         "designada la ciudad; verifique antes de postular")
            return (PASS_ON if call.applicants == APPLY else call.applicants), facts
    if call.members_refused and city_code:
        names = network_names(call.members_refused)
        if networks is None:
            facts.append(f"los miembros actuales de {names} no pueden postular: verifique si la ciudad ya es miembro y "
                         "anótelo en settings.redes del plan")
            return (PASS_ON if call.applicants == APPLY else call.applicants), facts
        if is_member(networks, call.members_refused):
            facts.append(f"los miembros actuales de {names} no pueden postular y la ciudad ya es miembro (settings.redes "
                         "del plan)")
            return EXCLUDED, facts
        if networks and not is_member(networks, call.members_refused) and _of_a_family_of(call.members_refused, networks):
            facts.append(f"los miembros actuales de una red de {names} no pueden postular y Vigía no sabe de cuál: "
                         "verifique si la ciudad ya es miembro")
            return (PASS_ON if call.applicants == APPLY else call.applicants), facts
    if call.funder_city and city_code == call.funder_city and call.applicants == APPLY:
        facts.append("la convocatoria es de la propia alcaldía de la ciudad, abierta a otras: no puede postularse a ella")
        return EXCLUDED, facts
    if call.heritage_only and city_code and city_code not in WORLD_HERITAGE_CITIES:
        facts.append("limitada a ciudades con un centro histórico Patrimonio Mundial; la ciudad no tiene uno inscrito")
        return EXCLUDED, facts
    for bound, below in ((call.min_altitude, False), (call.max_altitude, True)):
        if bound is None or not city_code:
            continue
        side = "por debajo de" if below else "por encima de"
        altitude = ALTITUDES_M.get(city_code)
        if altitude is None:
            facts.append(f"limitada a municipios {side} {numero(bound)} m de altitud: verifique la altitud de la ciudad")
            return (PASS_ON if call.applicants == APPLY else call.applicants), facts
        if (altitude > bound) if below else (altitude < bound):
            facts.append(f"limitada a municipios {side} {numero(bound)} m de altitud; la ciudad está a {numero(altitude)} m")
            return EXCLUDED, facts
        facts.append(f"limitada a municipios {side} {numero(bound)} m de altitud, como la ciudad ({numero(altitude)} m)")
    if call.warm_climate_only and city_code:
        altitude = ALTITUDES_M.get(city_code)
        if altitude is not None and altitude >= COLD_FROM_M:
            facts.append(f"limitada a ciudades de clima cálido; la ciudad está a {numero(altitude)} m de altitud (clima frío)")
            return EXCLUDED, facts
        if altitude is None or altitude > WARM_BELOW_M:
            facts.append("limitada a ciudades de clima cálido: verifique el clima de la ciudad")
            return (PASS_ON if call.applicants == APPLY else call.applicants), facts
        facts.append(f"limitada a ciudades de clima cálido, como la ciudad ({numero(altitude)} m de altitud)")
    if call.reef_only and city_code:
        # (a coastal town without known reefs is left to verify: a reef list is less certain than a coastline)
        if city_code in CAPITALS and city_code not in COASTAL:
            facts.append("limitada a municipios costeros con arrecifes de coral en su jurisdicción; la ciudad no está en la costa")
            return EXCLUDED, facts
        if city_code not in CORAL_REEF_CAPITALS:
            facts.append("limitada a municipios con arrecifes de coral en su jurisdicción: verifique si la ciudad los tiene")
            return (PASS_ON if call.applicants == APPLY else call.applicants), facts
        facts.append("limitada a municipios con arrecifes de coral en su jurisdicción, como la ciudad")
    if call.coastal_only and city_code and city_code not in COASTAL:
        facts.append("limitada a ciudades costeras; la ciudad no está en la costa")
        return EXCLUDED, facts
    if call.coastal_only and call.coast and city_code and city_code not in COASTS[call.coast]:
        facts.append(f"limitada a ciudades de la costa {'del Pacífico' if call.coast == 'pacifico' else 'Caribe'}; "
                     "la ciudad está en la otra costa")
        return EXCLUDED, facts
    if call.border_only and city_code in CAPITALS and city_code not in BORDER_CAPITALS:
        facts.append("limitada a municipios de frontera; la ciudad no está en una frontera terrestre")
        return EXCLUDED, facts
    if call.ports_only and city_code and city_code not in SEAPORTS:
        facts.append("limitada a ciudades portuarias; la ciudad no tiene puerto marítimo")
        return EXCLUDED, facts
    if call.categories:
        named = ", ".join("especial" if c == "E" else c for c in sorted(call.categories, key=_CATEGORY_ORDER.index))
        own = category_of(population)
        if own is None:
            facts.append(f"limitada a municipios de categoría {named} y la población de la ciudad no se conoce "
                         "(settings.population del plan)")
            return EXCLUDED, facts
        label = "especial" if own == "E" else own
        if own not in call.categories:
            facts.append(f"limitada a municipios de categoría {named}; la ciudad es de categoría {label}")
            return EXCLUDED, facts
        facts.append(f"limitada a municipios de categoría {named}, como la ciudad (categoría {label})")
    for bound, ok, side in ((call.min_population, lambda p, b: p >= b, "al menos"),
                            (call.max_population, lambda p, b: p <= b, "como máximo")):
        if bound is None:
            continue
        if population is None:
            facts.append(f"exige {side} {numero(bound)} habitantes y la población de la ciudad no se conoce "
                         "(settings.population del plan)")
            return EXCLUDED, facts
        verdict = "cumple" if ok(population, bound) else "no cumple"
        facts.append(f"exige {side} {numero(bound)} habitantes; la ciudad tiene {numero(population)} ({verdict})")
        if not ok(population, bound):
            return EXCLUDED, facts
    return call.applicants, facts
