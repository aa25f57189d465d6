"""The city networks Vigía recognises by name, so a members-only call can be matched to a plan's `settings.redes`.

A call "open only to C40 member cities" is an opportunity for Bogotá and Medellín (members, by the guide's lists) and
for no other city. Only the plan knows which networks its city belongs to; this catalogue lets the network a call names
("C40 Cities Finance Facility", "Metrópolis", "CGLU"/"UCLG") and the names an ORI writes in its plan meet on one key.
The guide's lists of networks each sample city takes part in are the source of these names.

The Organization of World Heritage Cities is left out on purpose: its members are the cities with a World Heritage
centre, which models/colombia.WORLD_HERITAGE_CITIES already knows without any plan saying so.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from models.text import fold


@dataclass(frozen=True)
class Network:
    key: str
    name: str  # as an ORI reads it in an explanation
    names: tuple[str, ...]  # its names and acronyms as folded text writes them (models.text.fold)
    # every Colombian municipality is a member, through the Federación Colombiana de Municipios (a member of CGLU and
    # of FLACMA): "Host cities must be members of UCLG, directly or through their national association"
    every_colombian_city: bool = False


NETWORKS: tuple[Network, ...] = (
    Network("c40", "C40", ("c40",)),
    Network("metropolis", "Metropolis", ("metropolis",)),
    Network("ucci", "UCCI", ("ucci", "union de ciudades capitales iberoamericanas")),
    Network("iclei", "ICLEI", ("iclei",)),
    Network("cglu", "CGLU", ("cglu", "uclg", "ciudades y gobiernos locales unidos", "united cities and local governments",
                             "cites et gouvernements locaux unis", "cidades e governos locais unidos"),
            every_colombian_city=True),
    Network("cideu", "CIDEU", ("cideu", "cdeu", "centro iberoamericano de desarrollo estrategico urbano")),
    Network("mercociudades", "Mercociudades", ("mercociudades", "mercocidades")),
    Network("aice", "Ciudades Educadoras (AICE)", ("aice", "iaec", "ciudades educadoras", "educating cities",
                                                   "villes educatrices", "cidades educadoras")),
    Network("rcn", "Resilient Cities Network", ("resilient cities network", "r-cities", "red de ciudades resilientes",
                                                "100 resilient cities", "100rc")),
    Network("unesco_learning", "Ciudades del Aprendizaje de la UNESCO",
            ("learning cities", "ciudades del aprendizaje", "villes apprenantes", "cidades de aprendizagem",
             "cidades da aprendizagem", "gnlc")),
    Network("unesco_creative", "Ciudades Creativas de la UNESCO",
            ("creative cities", "ciudades creativas", "villes creatives", "cidades criativas", "uccn",
             # one city's designation: "ciudades ya designadas Ciudad Creativa de la UNESCO"
             "ciudad creativa de la unesco", "unesco creative city", "cidade criativa da unesco",
             "ville creative de l'unesco")),
    Network("gcom", "Pacto Global de Alcaldes", ("global covenant of mayors", "covenant of mayors", "pacto global de alcaldes",
                                                 "pacto de alcaldes", "convention mondiale des maires", "gcom",
                                                 "pacto global de prefeitos", "pacto de prefeitos",
                                                 # "Only Covenant signatories that submitted an inventory … may apply"
                                                 "covenant signatories", "covenant signatory")),
    Network("urbelac", "URBELAC", ("urbelac",)),
    Network("idb_cities", "Red de Ciudades del BID", ("idb cities network", "idb cities", "red de ciudades del bid",
                                                      "red de ciudades bid", "rede de cidades do bid", "rede de cidades bid",
                                                      "rede bid cidades", "reseau de villes de la bid")),
    Network("strong_cities", "Strong Cities Network", ("strong cities network", "strong cities")),
    Network("peace_cities", "Peace in Our Cities", ("peace in our cities",)),
    Network("mayors_peace", "Mayors for Peace", ("mayors for peace", "alcaldes por la paz")),
    Network("mayors_migration", "Mayors Migration Council", ("mayors migration council",)),
    Network("cities4forests", "Cities4Forests", ("cities4forests", "cities 4 forests")),
    Network("race_to_zero", "Race to Zero", ("race to zero",)),
    Network("cities_nature", "Cities With Nature", ("citieswithnature", "cities with nature")),
    Network("mcr2030", "MCR2030", ("mcr2030", "mcr 2030", "making cities resilient 2030", "desarrollando ciudades resilientes 2030",
                                   "construyendo ciudades resilientes 2030")),
    Network("wecp", "World Energy Cities Partnership", ("world energy cities partnership", "wecp")),
    Network("iurc", "IURC", ("iurc", "international urban and regional cooperation")),
    Network("biodiverciudades", "BiodiverCiudades", ("biodiverciudades", "biodivercidades", "biodivercities")),
    Network("interhabitat", "InterHabitat", ("interhabitat",)),
    Network("aeryc", "AERYC", ("aeryc", "america-europa de regiones y ciudades", "america europa de regiones y ciudades")),
    Network("gnsc", "Global Network on Safer Cities", ("global network on safer cities", "gnsc",
                                                       "red mundial de ciudades mas seguras",
                                                       "red global de ciudades mas seguras",
                                                       "rede global de cidades mais seguras",
                                                       "reseau mondial des villes plus sures")),
    Network("flacma", "FLACMA", ("flacma", "federacion latinoamericana de ciudades, municipios y asociaciones de "
                                          "gobiernos locales"), every_colombian_city=True),
    Network("al_las", "AL-LAs", ("al-las", "alianza euro-latinoamericana de cooperacion entre ciudades")),
    Network("eurocities", "Eurocities", ("eurocities",)),
    Network("aimf", "AIMF", ("aimf", "association internationale des maires francophones")),
    Network("red_dti", "Red de Destinos Turísticos Inteligentes", ("red dti", "destinos turisticos inteligentes")),
    Network("ibercultura", "IberCultura Viva", ("ibercultura viva",)),
    Network("change", "City Hub and Network for Gender Equity (CHANGE)", ("city hub and network for gender equity",
                                                                          "red change")),
    Network("rainbow_cities", "Red de Ciudades Arcoíris", ("ciudades arcoiris", "rainbow cities", "cidades arco-iris",
                                                            "cidades arco iris", "villes arc-en-ciel")),
    # Bloomberg Philanthropies' and Vital Strategies' network of cities for public health, by invitation
    Network("healthy_cities", "Partnership for Healthy Cities", ("partnership for healthy cities",
                                                                 "alianza de ciudades saludables")),
    # the Portuguese-speaking capitals (no Colombian city can be a member)
    Network("uccla", "UCCLA", ("uccla", "uniao das cidades capitais de lingua portuguesa")),
    # UNEP's cohorts of cities restoring ecosystems (the guide names Barranquilla a pilot city in 2024)
    Network("generation_restoration", "Generation Restoration Cities", ("generation restoration",)),
    # CAF's network of cities buying innovation from startups (Cali's plan lists it)
    Network("govtech_latam", "GovTech LATAM Innovación Abierta", ("govtech latam", "red govtech", "rede govtech")),
)
BY_KEY = {network.key: network for network in NETWORKS}
EVERY_COLOMBIAN_CITY = frozenset(n.key for n in NETWORKS if n.every_colombian_city)
NETWORK_NAMES = "|".join(re.escape(name) for n in NETWORKS for name in n.names)  # one alternation, for other patterns
_ANY = re.compile("|".join(rf"(?P<{n.key}>\b(?:{'|'.join(re.escape(name) for name in n.names)})\b)" for n in NETWORKS))


# A reporting platform named after a network is not the network: "reported through the CDP-ICLEI Track"
_PLATFORMS = re.compile(r"\bcdp[- ]?iclei\b")


def networks_named(text: str) -> tuple[str, ...]:
    """Keys of the networks a (folded) text names, in the order it first names them."""
    return tuple(dict.fromkeys(m.lastgroup for m in _ANY.finditer(_PLATFORMS.sub(" ", text))))


def network_key(name: str) -> str:
    """The catalogue key of a network as a plan writes it ("C40 Cities", "Metrópolis"); an unknown name, folded."""
    folded = fold(name).strip()
    named = networks_named(folded)
    return named[0] if len(named) == 1 else folded


def is_member(networks: frozenset[str], members_of: tuple[str, ...]) -> bool:
    """Whether a city listing `networks` belongs to one of `members_of`: the same key, or, for a network the catalogue
    does not know, the name the plan writes inside the name the call gives ("Red Andina de Ciudades" in "Red Andina de
    Ciudades — Secretaría Técnica")."""
    if networks & set(members_of):
        return True
    unknown = [n for n in networks if n not in BY_KEY]
    return any(re.search(rf"\b{re.escape(name)}\b", key) for key in members_of if key not in BY_KEY for name in unknown)


def network_names(keys: tuple[str, ...], funder: str | None = None) -> str:
    """The networks as an explanation names them ("C40 o Metropolis"); an unknown one by the funder's own name when it
    is the funder, else by the name the call gives it (a pact's)."""
    def name(key: str) -> str:
        if key in BY_KEY:
            return BY_KEY[key].name
        return (funder if funder and key.startswith(fold(funder).strip()) else key).strip()[:80]
    return " o ".join(name(k) for k in keys)
