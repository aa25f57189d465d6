"""The amount on offer and its currency, from prose in four languages ('US$ 6,12 millones', '€50,000', 'R$ 1,5 milhão').

Among several amounts, the one nearest after a funding cue ("monto", "hasta", "up to", "montant",
"valor"…) wins, and amounts beside co-financing or fee words are skipped; a range gives its upper
end (the most one application can receive).
"""
from __future__ import annotations

import re

from models.alternation import alternation
from spiders.extract.dates import other_listings
from spiders.extract.provenance import Found, around, folded_same_length
from spiders.pipeline.amounts import parse_number

_AMERICAS_CODES = {
    "gourdes": "HTG", "gourde": "HTG", "gdes": "HTG", "htg": "HTG", "quetzales": "GTQ", "gtq": "GTQ",
    "lempiras": "HNL", "hnl": "HNL", "cordobas": "NIO", "nio": "NIO", "colones": "CRC", "crc": "CRC", "₡": "CRC",
    "bolivianos": "BOB", "bob": "BOB", "soles": "PEN", "guaranies": "PYG", "pyg": "PYG", "₲": "PYG",
    "bolivares": "VES", "ves": "VES", "pesos cubanos": "CUP", "rd$": "DOP", "dop": "DOP",
    # the Caribbean's dollars: "J$ 2 million", "TT$ 500,000", "EC$ 50,000", "Bds$ 25,000", "BZ$ 10,000"
    "jamaican dollars": "JMD", "jmd": "JMD", "j$": "JMD", "trinidad and tobago dollars": "TTD", "ttd": "TTD",
    "tt$": "TTD", "eastern caribbean dollars": "XCD", "ec dollars": "XCD", "dolares del caribe oriental": "XCD",
    "dollars des caraibes orientales": "XCD", "xcd": "XCD", "ec$": "XCD", "barbados dollars": "BBD", "bbd": "BBD",
    "bds$": "BBD", "belize dollars": "BZD", "bzd": "BZD", "bz$": "BZD", "guyana dollars": "GYD", "gyd": "GYD",
    "bahamian dollars": "BSD", "bsd": "BSD", "surinamese dollars": "SRD", "srd": "SRD"}
_CODES = {"dollars canadiens": "CAD", "canadian dollars": "CAD", "dolares canadienses": "CAD",
          "dolares australianos": "AUD", "australian dollars": "AUD", "us$": "USD", "u$s": "USD", "usd": "USD", "us dollars": "USD", "dolares": "USD", "dollars": "USD",
          "dollar": "USD", "dolar": "USD", "eur": "EUR", "€": "EUR", "euros": "EUR", "euro": "EUR", "cop": "COP",
          "col$": "COP", "pesos colombianos": "COP", "pesos": "COP", "brl": "BRL", "r$": "BRL", "reais": "BRL",
          "real": "BRL", "gbp": "GBP", "£": "GBP", "libras": "GBP", "pounds": "GBP", "mxn": "MXN", "chf": "CHF",
          "francs suisses": "CHF", "cad": "CAD", "clp": "CLP", "pen": "PEN", "ars": "ARS", "jpy": "JPY",
          "yenes": "JPY", "yen": "JPY", "¥": "JPY", "sek": "SEK", "nok": "NOK", "dkk": "DKK", "aud": "AUD",
          # the West African CFA franc: FCFA is written for it far more often than for the Central African XAF
          "fcfa": "XOF", "f cfa": "XOF", "francs cfa": "XOF", "franc cfa": "XOF", "xof": "XOF", "xaf": "XAF",
          # the Pacific franc of New Caledonia and French Polynesia, and Mozambique's metical
          "francs cfp": "XPF", "franc cfp": "XPF", "f cfp": "XPF", "xpf": "XPF", "meticais": "MZN", "meticales": "MZN",
          "mzn": "MZN",
          # currencies written out in full
          "swiss francs": "CHF", "francos suizos": "CHF", "francos suicos": "CHF", "pounds sterling": "GBP",
          "libras esterlinas": "GBP", "livres sterling": "GBP", "pesos mexicanos": "MXN", "pesos chilenos": "CLP",
          "reales": "BRL", "dolares canadenses": "CAD", "yuan": "CNY", "rmb": "CNY",
          "cny": "CNY", "krw": "KRW", "inr": "INR", "zar": "ZAR",
          # a dollar sign with its country before it: "CA$6 million", "AU$ 50,000", "MX$ 200 000"
          "ca$": "CAD", "c$": "CAD", "can$": "CAD", "au$": "AUD", "mx$": "MXN", "nz$": "NZD",
          # a code and a dollar sign together ("COP$ 500.000.000"), the Peruvian sol ("S/ 500 000")
          "cop$": "COP", "usd$": "USD", "mxn$": "MXN", "clp$": "CLP", "ars$": "ARS", "cad$": "CAD", "aud$": "AUD",
          "s/": "PEN", "s/.": "PEN",
          # Singapore and Hong Kong dollars: "a cash prize of S$300,000", "HK$ 2 million"
          "s$": "SGD", "sgd": "SGD", "singapore dollars": "SGD", "hk$": "HKD", "hkd": "HKD",
          "hong kong dollars": "HKD", "dollars de singapour": "SGD", "dolares de singapur": "SGD",
          "dolares de singapura": "SGD", "dollars de hong kong": "HKD", "dolares de hong kong": "HKD",
          # the Panamanian balboa ("B/. 20,000.00"), the Moroccan dirham, the Angolan kwanza ("50.000.000 Kz"),
          # and pesos that name their country ("$ 2.500.000 (pesos uruguayos)")
          "b/.": "PAB", "b/": "PAB", "pab": "PAB", "balboas": "PAB", "dirhams": "MAD", "dirham": "MAD", "mad": "MAD",
          "kz": "AOA", "kwanzas": "AOA", "kwanza": "AOA", "aoa": "AOA", "pesos uruguayos": "UYU", "uyu": "UYU",
          "pesos argentinos": "ARS", "pesos dominicanos": "DOP",
          # the Cape Verdean escudo, the one escudo still in use ("30.000.000 ECV", "CVE 5 000 000")
          "escudos cabo-verdianos": "CVE", "escudos caboverdianos": "CVE", "escudos": "CVE", "ecv": "CVE", "cve": "CVE",
          # the European Union's currencies outside the euro that embassies and funds still write: "1.000.000 CZK",
          # "coronas checas", "PLN 200 000", "zlotys", "HUF 5 millió", "forints"
          "czk": "CZK", "coronas checas": "CZK", "czech korunas": "CZK", "czech koruna": "CZK",
          "couronnes tcheques": "CZK", "coroas checas": "CZK", "pln": "PLN", "zlotys": "PLN", "zloty": "PLN",
          "zlotych": "PLN", "huf": "HUF", "forints": "HUF", "forint": "HUF", "forintos": "HUF",
          # the other currencies of the Americas, by name and code: Haiti's gourde ("15 000 000 gourdes", "Gdes"),
          # Central America's quetzal, lempira, córdoba and colón, the Andes' boliviano and sol, Paraguay's guaraní
          **_AMERICAS_CODES}
_MULTIPLIERS = {"mil millones": 1e9, "billion": 1e9, "billions": 1e9, "bn": 1e9, "milliards": 1e9,
                "milliard": 1e9, "bilhoes": 1e9, "bilhao": 1e9, "millones": 1e6, "millon": 1e6, "million": 1e6,
                "millions": 1e6, "milhoes": 1e6, "milhao": 1e6, "m": 1e6, "mm": 1e6, "mil": 1e3, "k": 1e3,
                # "R$ 10 bi", "R$ 2,5 mi", "1 Md€", "2 Mds€": abbreviations written after a currency
                "bi": 1e9, "mi": 1e6, "md": 1e9, "mds": 1e9, "mrd": 1e9,
                "mille": 1e3, "thousand": 1e3}
_PRE = r"(?P<pre>(?:cop|usd|mxn|clp|ars|cad|aud)\$|rd\$|j\$|tt\$|ec\$|bds\$|bz\$|htg|gtq|hnl|nio|crc|bob|pyg|" \
       r"ves|dop|jmd|ttd|xcd|bbd|bzd|gyd|srd|₡|₲|s/\.?|b/\.?|pab|aoa|uyu|ecv|cve|us\$|s\$|hk\$|sgd|hkd|u\$s|col\$|r\$|can\$|ca\$|c\$|au\$|mx\$|nz\$|usd|eur|fcfa|xof|xaf|cop|brl|gbp|mxn|chf|cad|clp|pen|ars|jpy|sek|nok|dkk|aud|cny|rmb|krw|inr|zar|czk|pln|huf|€|£|¥|\$)"
_NUM = r"(?P<num>\d{1,3}(?:[.,  '’]\d{3})+(?:[.,]\d{1,2})?|\d+(?:[.,]\d+)?)"
_MULT = r"(?P<mult>mil millones|milliards?|bilhoes|bilhao|billions?|millones|millon|millions?|milhoes|milhao|" \
        r"mille|thousand|mil|bn|mds|mrd|md|mm|mi|bi|m|k)"
# Currency names and codes written after the figure: every name of _CODES but the signs and prefixes ("US$", "S/."),
# plus "mt" (the metical, read only where Mozambique is named), "franc(s)"/"francos" and a trailing "$"
_POST = rf"""(?P<post>{alternation([*(k for k in _CODES if not k.endswith(("$", "/", "/.")) and k not in ("₡", "₲")),
                                    "mt", "franc", "francs", "francos", "$"])})"""
# "$3,000,000.00 M.N.": moneda nacional, the country's own currency, not millions
_NOT_MN = r"(?!\.\s?n\b)"
# "doté pour 2027 de CHF 600 000": a code followed by a figure leads that figure; it does not close the one before
_MONEY = re.compile(
    rf"(?<![\w$]){_PRE}?\s?{_NUM}(?:\s?{_MULT}\b{_NOT_MN})?(?:\s?(?:de\s+|d'|of\s+)?{_POST}(?![ \t]?\d))?(?![\w])")
# "US$ 20,000–80,000": the upper end written without its currency
_BARE_UPPER = re.compile(rf"\s?(?:–|-|to|a|al|à|y|and|et|e|hasta)\s?{_NUM}(?:\s?{_MULT}\b)?(?![\w%])")
_RANGE_TO = re.compile(r"\s?(?:–|-|to|a|al|à|hasta)\s?\d")
# "$500K–$2M" too, and "entre 15 000 $ CA et 50 000 $ CA": the country written after the first end's sign
_RANGE_JOIN = re.compile(r"^\s*(?:(?:us|usd|ca|can|cad|au|aud)\b\s*)?(?:(?:a|al|y|to|and|e|et|à|hasta)\s+|[-–]\s*)$")

FUNDING = ("fondo total", "fondo disponible", "fondos disponibles", "total fund", "fonds total", "fundo total",
           "program funding", "programme funding", "monto", "financiamiento", "financiacion", "subvencion", "subvenciones", "aporte de hasta",
           "premio", "premios de", "dotado", "dotacion", "hasta", "recibiran", "recibira", "presupuesto total",
           "presupuesto", "fondo de", "bolsa", "valor", "amount", "up to", "funding", "grant of", "grants of",
           "award", "awards", "prize", "budget", "worth", "receive", "montant", "importe", "montante", "jusqu'a", "dotation",
           "subvention", "financement", "enveloppe", "prix", "ate", "valor de", "financiamento", "premio de",
           "recursos", "apoio", "bolsa de", "dotacao", "envelope", "maximum", "maximo", "maxima", "plafond", "plafonne",
           "tope", "teto", "ceiling", "cap of", "exceed", "superar", "exceder", "depasser", "ultrapassar", "stipend", "estipendio", "beca de", "loan", "prestamo", "credito",
           "orcamento", "pool", "dote", "dotee", "dotado de", "dotada de", "ofrece", "oferece", "offre", "offers",
           "recebera", "receberao", "recevra", "recevront",
           # "un cofinancement pouvant atteindre 250 000 USD", "que puede alcanzar", "podendo chegar a": 'up to'
           "pouvant atteindre", "peut atteindre", "pourra atteindre", "pouvant aller jusqu'a", "puede alcanzar",
           "podra alcanzar", "pueden alcanzar", "que alcanza", "podendo chegar a", "pode chegar a", "podera chegar a",
           "podendo atingir", "pode atingir",
           # "La cuantía total … asciende a 2.350.000 euros": the Spanish word of official bulletins
           "cuantia", "cuantia total", "asciende a", "ascendera a",
           # the budget frame a funder sets aside: "Total frame: NOK 120 million", "marco presupuestal de"
           "total frame", "financial frame", "budget frame", "marco presupuestal", "marco presupuestario",
           "marco financiero", "cadre financier", "cadre budgetaire", "quadro financeiro",
           # what the funder has, sets aside or spends for the call: "El Fondo dispone para esta convocatoria de
           # US$ 350.000", "vai destinar R$ 2,4 milhões", "tiene un gasto total de 3.150.000 euros"
           "dispone", "dispondra", "dispoe", "dispora", "dispose", "disposera", "has available", "makes available",
           "pone a disposicion", "met a disposition", "disponibiliza", "disponibilizara", "destinar", "destina",
           "destinara", "destinarao", "allocate", "allocates", "will allocate", "asigna", "asignara", "alloue",
           "allouera", "consacre", "consacrera", "gasto total", "despesa total", "depense totale", "total expenditure",
           # what the programme has for the call: "O programa conta com R$ 45 milhões", "el fondo cuenta con US$ 2 millones"
           "cuenta con", "contara con", "conta com", "contara com",
           # a cap the aid stays within, after a share of the costs: "70 % du coût du projet, dans la limite de 150 000 €"
           "dans la limite de", "dans la limite d'un montant de", "limite de", "limit of", "limited to", "capped at",
           "limitado a", "limitada a", "no limite de")
EXCLUDED = ("cofinanciacion", "co-financiacion", "cofinanciamiento", "cofinanciamento", "co-financiamento",
            "contrapartida", "co-financing",
            "cofinancing", "matching", "contribucion minima", "aporte minimo", "inscripcion", "registration fee",
            "fee", "cuota", "tarifa", "frais", "taxa", "propina", "poblacion", "habitantes", "inhabitants", "population",
            "ingresos", "revenue", "presupuesto anual de", "annual budget of", "ya ha financiado", "has funded",
            "since", "desde", "contrapartie", "coute", "cuesta", "costo", "cost", "costs", "custa", "precio",
            "price", "tarif", "valor de la inscripcion", "participation", "cotisation", "membership fee",
            "cuota de membresia", "anuidade", "dues", "custo", "coste", "cout", "custos", "contrapartida", "cofinancement", "co-financement",
            # money a page says was already received or won: past editions, news
            "recibio", "recibieron", "received", "were awarded", "was awarded", "won ", "gano ", "ganaron",
            "obtuvo", "obtuvieron", "se repartieron", "recebeu", "receberam", "ganhou", "ganharam", "ont recu",
            "a recu", "ont obtenu", "a obtenu", "se sont partage",
            # money a report says a programme has already mobilised or invested
            "movilizo", "movilizaron", "ha movilizado", "han movilizado", "mobilized", "mobilised", "mobilizou",
            "mobilizaram", "a mobilise", "ont mobilise", "invirtio", "invirtieron", "invested", "investiu",
            "a investi", "ont investi", "ha invertido", "han invertido", "habia invertido", "has invested",
            "have invested", "tem investido", "garantiu", "garantiram", "consiguio", "consiguieron", "secured",
            "seraient dotes", "seront dotes",
            # "El convenio suma una inversión conjunta de $4.500 millones": what the parties to an agreement put in
            "inversion conjunta", "investimento conjunto", "investissement conjoint", "joint investment",
            # "¥5 million (about US$ 34,000)": a conversion in brackets, not a second amount
            "(about", "(approximately", "(approx", "(aprox", "(aproximadamente", "(environ", "(soit", "(cerca de",
            "(equivalente a", "(equivalent to", "(around", "(approximativement",
            # a floor, not what is offered: "valor mínimo de R$ 10 milhões por operação"
            "minimo", "minima", "minimum", "minimal")
# a cue with its plural or French feminine ending: "plafonnée à 300 000 €", "enveloppe allouée", "dotée de"
_FUNDING_RE = re.compile(r"(?<![a-z])(" + alternation(FUNDING)
                         + r")(?:s|es|e)?(?![a-z])")
_EXCLUDED_RE = re.compile(r"(?<![a-z])(?:" + alternation(EXCLUDED) + ")")
# "$200 million since 1990", "US$ 3 millones hasta la fecha": money already given, not on offer
_PAST_AFTER = re.compile(r"[^.;\n]{0,25}?\b(?:since|to date|so far|desde (?:19|20)\d\d|hasta la fecha|depuis|"
                         r"a ce jour|ate hoje|ate agora|desde entao|"
                         # "US$ 150 millones históricos": a running total, not an offer
                         r"historic[oa]s|historical|historiques?|acumulad[oa]s|cumulative|cumules?)\b")
# A sentence that tells the past up to the amount: "Desde 2013 … ha apoyado … con US$150 millones", "En 2026, 61 projets
# ont été aidés pour un montant de 4,1 M€", "na edição anterior": what a programme gave, not what this call offers.
_HISTORIC = re.compile(
    r"\b(?:desde|since|depuis|desde o ano de) (?:19|20)\d\d\b|"
    r"\b(?:last year|el ano pasado|l'an dernier|l'annee derniere|l'an passe|no ano passado|o ano passado)\b|"
    r"\b(?:edicion|edicao|edition|convocatoria|ronda|round|call|appel|chamada|ciclo|cycle)s? (?:anterior|anteriores|"
    r"precedente|precedentes|passada|pasada|previa)\b|\b(?:previous|past|last|former|prior) (?:editions?|rounds?|calls?|"
    r"cycles?)\b|\b(?:ciclos|editions|ediciones|edicoes|rounds) (?:19|20)\d\d (?:a|y|e|et|and|to|-|–) (?:19|20)\d\d\b|"
    r"\b(?:ha|han|has|have|had|habia|habian|tem|tinha|tinham|ja|a|ont|avait|avaient) (?:ya |already |deja |ja )?(?:apoyado|financiado|otorgado|entregado|"
    r"beneficiado|concedido|supported|funded|awarded|granted|disbursed|apoiado|soutenu|finance|accorde|attribue|"
    r"octroye|accompagne)\b|"
    r"\b(?:fueron|were|foram|ont ete|a ete|was) (?:[a-z]+ )?(?:apoyad|financiad|otorgad|entregad|adjudicad|beneficiad|"
    r"aprobad|funded|supported|awarded|granted|financed|approved|apoiad|aprovad|concedid|aides\b|finances\b|soutenu|"
    r"accompagn|retenu|attribu|octroy|distribu|investid|invertid|investis?\b|invested|repartid|desembolsad|disbursed|"
    r"executad|ejecutad)|"
    # "la convocatoria apoyó 14 proyectos": a past verb with a count of what it backed
    # "MISEREOR approved 1,470 new projects with a total volume of €241 million": the same with a thousands count
    r"\b(?:apoyo|financio|beneficio|aprobo|supported|funded|financed|approved|apoiou|financiou|aprovou|a soutenu|"
    r"a finance|a approuve) \d{1,3}(?:[.,  ]\d{3})* (?=[a-z])|"
    r"\bse (?:financiaron|apoyaron|otorgaron|entregaron|adjudicaron|concedieron|aprobaron)\b|"
    r"\b(?:aprobo|aprobaron|financio|financiaron|otorgaron|entregaron|apoyaron|apoiou|apoiaram|financiou|financiaram|"
    r"aprovou|aprovaram|concedeu|concederam|destinou|destinaram|destinaron|a destine|ont destine|"
    # "destinó en 2026 un total de 2,1 millones": the past verb, not the noun "destino" ("con destino a")
    r"destino(?= (?:en (?:19|20)\d\d|un total|mas de|cerca de)\b)|desembolsou|a finance|ont finance|a soutenu|ont soutenu|"
    r"distributed|distribuyo|distribuyeron|distribuiu|distribuiram|a distribue|ont distribue|repartio|repartieron|"
    # "repassou R$ 46 milhões a 18 municípios": money transferred to someone already
    r"repassou|repassaram|transferiu|transferiram|transfirio|transfirieron|transferred|a transfere|ont transfere|"
    r"a verse|ont verse|desembolsou|desembolsaram|desembolsaron|liberou|liberaram)\b|"
    # "ADFD today signed a concessional loan agreement worth …": money agreed with a named borrower, not on offer
    r"\b(?:signed|signs|firmo|firmaron|(?<!la )(?<!de )(?<!a )(?<!su )firman?|ha firmado|han firmado|assinou|assinaram|"
    r"assina|assinam|a signe|ont signe|signe|signent)\b(?:\s+[\w'-]+){0,5}?\s+(?:loan|credit|agreement|contract|"
    r"convenio|acuerdo|contrato|prestamo|credito|emprestimo|acordo|convention|accord|pret|financing|financiamiento|"
    r"financiamento|financement)s?\b|"
    # a news headline tells a past decision in the present: "FIDA aprova US$ 40 milhões para…", "Board approves a
    # USD 40 million loan to…", "La CAF aprueba un préstamo de US$ 40 millones": money granted to someone, not on offer
    # "ADFD signs AED 367 million loan": the same with a signature
    r"\b(?:aprova|aprovam|aprueba|aprueban|approves|approve|approuve|approuvent|signs|firma|assina|signe)\s+"
    r"(?:(?:um|uma|un|una|a|an|une|new|nuevo|nueva|novo|nova|nouveau|nouvelle)\s+)?"
    r"(?:(?:emprestimo|prestamo|loan|pret|financiamento|financiamiento|financing|financement|credito|credit|"
    r"subvencion|subvencao|subvention|grant|donacion|doacao|don)\s+(?:de|of|d')\s*)?$")
# "Defesa Civil repassa R$ 46 milhões a municípios atingidos": a headline's transfer already made (not "transfiere
# 50.000 euros a cada ciudad seleccionada", a rate on offer)
_TRANSFERS_NOW = re.compile(r"\b(?:repassa|repassam|transfiere|transfieren|transfers|transfere|transferem|libera|"
                            r"liberam|disburses|desembolsa|desembolsam)\s+$")
# "El fondo, que desde 2015 ha apoyado a 200 municipios, ofrece hasta US$ 50.000": an offer after the past clause
_OFFER = re.compile(r"\b(?:hasta|up to|jusqu'a|maximo|maxima|maximum|plafon\w*|tope|teto|ceiling|ofrece\w*|offers?|"
                    r"offering|oferece\w*|offre\w*|will|podra\w*|poderao|pourr\w*|recibira\w*|recevr\w*|receber\w*|"
                    r"ofrecera\w*|otorgara\w*|financiara\w*|apoiara\w*|financera\w*|now|ahora|agora|desormais)\b")
# "Les villes membres versent une contribution annuelle, dont le montant varie de 5 000 € à 12 000 €": what the
# applicants or members pay (a network's dues, a course's fee), not money on offer
_APPLICANT_PAYS = re.compile(
    r"\b(?:pay|pagan|pagaran|pagam|pagarao|versent|verseront|paient|payent|paieront|abonan|s'acquittent|"
    r"(?:must|have to|are required to|will) pay|(?:deben|tienen que|deberan) (?:pagar|abonar)|(?:devem|deverao|tem que) "
    r"pagar|doivent (?:payer|verser|s'acquitter)|(?:each|every|cada|chaque) (?:member|miembro|membro|membre|city|"
    r"ciudad|cidade|ville|participant|participante)s? (?:[a-z]+ )?(?:pays|paga|verse|paie|abona))\b"
    r"[^.;:]{0,40}?\b(?:contributions?|contribucion|contribuicao|cuotas?|quotas?|fees?|dues|cotisations?|frais|"
    r"tarifas?|taxas?|anuidades?|membership|adhesion|adesao|subscriptions?|suscripcion|inscriptions?|inscripcion|"
    r"inscricao|matricula)\b")
_SENTENCE_START = re.compile(r".*(?:[.!?;]\s|\n)", re.S)
# "R$ 10 bilhões disponíveis", "R$ 1,2 milhão em prêmios", "US$1 millón para cada ciudad": a cue after the amount
_POST_CUE = re.compile(
    r"\s?(?:\([^)\n]{0,40}\)\s?)?(?:(?:estan |sont |are |estao |seront |will be |seran |serao |is |esta |est )?"
    r"(?:disponibles?|available|disponiveis|disponivel)\b|(?:en|em|in) (?:total )?(?:premios|prizes?|prize money|funding|"
    r"financiamiento|financiacion|financiamento|financement|subvenciones|subvencoes|subventions|grants|ayudas|"
    r"apoios?|bolsas|becas|prix|dotations?)\b|(?:para|por|a) cada\b(?! (?:ano|mes))|(?:for|to) each\b|"
    r"each\b(?! (?:year|month))|chacun|"
    # "6 M€ d'enveloppe globale", "USD 3 million of funding"
    r"(?:d'|de |of )(?:enveloppe|dotation|presupuesto|fondos?|funding|financement|financiamento|financiamiento|"
    r"recursos)\b|"
    # "£300,000 to distribute", "150 000 € à répartir": a budget to share out
    r"(?:to (?:distribute|share|allocate)|a (?:distribuir|repartir|asignar)|a (?:repartir|distribuer|allouer)|"
    r"para (?:distribuir|repartir|asignar))\b|"
    r"per (?:winning |selected )?(?:city|project|winner|municipality|proposal|grantee|award)\b|"
    r"por (?:proyecto|projeto|ciudad|cidade|municipio|propuesta|proposta|ganador|vencedor)\b|"
    r"par (?:projet|ville|laureat|commune|collectivite)\b)")
# "… que somam mais de R$ 42 bilhões", "more than $200 million": a figure about the funder, unless a cue calls it funding
_MORE_THAN = re.compile(r"\b(?:mais de|mas de|more than|over|plus de|superior a|superieure? a|in excess of|"
                        r"upwards of|acima de|por encima de|au-dela de)\s*$")
# "DOCE MIL MILLONES DE PESOS M/CTE ($12.000.000.000)": the amount in words before its figures; cues come before both
_IN_WORDS = re.compile(r"(?:\b[a-z]+[ -]+){1,10}(?:de |d')?(?:pesos|dolares|dollars|euros|reais|reales|francos|francs|"
                       r"libras|pounds|livres)(?: [a-z/.]+){0,3}\s*\($")
# "un millón de dólares", "one million dollars", "um milhão de reais": the word for one, kept the same length
_ONE = re.compile(r"\b(?:un|one|um|une|a)(\s+)(?=(?:millon|million|milhao|milliard|billion|bilhao)\b)")
_CUE_WINDOW = 70
_LEADER = re.compile(r"(?:\.\s?){2,}|…")
_SHORT_MULT = {"m", "k", "mm", "bi", "mi", "md", "mds", "mrd"}
# "Each country can access up to USD 1 million per year": a yearly amount for one applicant, not the scheme's envelope
_EACH_BEFORE = re.compile(r"\b(?:each|every|cada|chaque)\s+[a-z]+[^.;\n]*$")
# "… per project", "par collectivité", "por proyecto", "each": what one application gets, not the programme's money
_PER_UNIT = re.compile(r"\s?(?:\([^)\n]{0,40}\)\s?)?(?:(?:per|por|par|pour) (?:winning |selected |chaque )?(?:project|city|"
                       r"winner|municipality|proposal|grantee|award|application|applicant|proyecto|projeto|ciudad|cidade|"
                       r"municipio|propuesta|proposta|ganador|vencedor|solicitud|projet|ville|laureat|commune|"
                       r"collectivite|candidature|beneficiaire)|(?:para|por|a|for|to|pour) (?:cada|each|chaque)|each|chacun)\b")
# "The call has a total budget of", "L'enveloppe globale est de", "Le fonds est doté de": the programme's whole money
_TOTAL_BEFORE = re.compile(r"\b(?:total budget|overall budget|total funding|budget (?:total|global)|enveloppe (?:globale|totale)|"
                           r"presupuesto total|orcamento total|montant total|monto total|valor total|dotation (?:globale|totale)|"
                           r"(?:inversion|investimento|investissement)(?: social)? total|total (?:social )?investment|"
                           r"(?:fonds|fund|fondo|fundo|programme|program|programa|call|appel|convocatoria|chamada|edital) "
                           r"(?:est |is |esta |e )?(?:dote|dotee|dotado|dotada|endowed with)|"
                           # "anuncia la primera asignación … por un total de USD 6 millones", "for a total of"
                           r"(?:por|para|con|for|with|pour|avec|com|de|of) (?:un|a|um|une) total (?:de|of|d'))\b[^.;\n]*$")
_PER_YEAR = re.compile(r"\s*(?:par an|per year|a year|per annum|annually|por ano|al ano|anuales|ao ano|por ejercicio)\b")


def _cue_near(folded: str, start: int) -> tuple[str | None, bool]:
    """The last funding cue and whether an exclusion word is closer, in the stretch before the amount."""
    words = _IN_WORDS.search(folded, max(0, start - 160), start)
    window = folded[max(0, (words.start() if words else start) - _CUE_WINDOW):start]
    window = _LEADER.sub(lambda m: " " * len(m.group(0)), window)  # "Monto máximo ........ CHF 50'000": no sentence end
    lines = window.split("\n")
    if len(lines) > 1 and not re.search(r"[a-z]", lines[-1]):  # "- Importe indicativo global\n- 3.000.000 EUR"
        window = lines[-2] + " " + lines[-1]
    window = re.split(r"[.;\n](?:\s|$)", window)[-1]
    # whole words only ("até", not the "ate" of "approximately"); the later cue wins
    best_funding = max(((m.end(), m.group(1)) for m in _FUNDING_RE.finditer(window)), default=(-1, None))
    best_excluded = max((m.end() for m in _EXCLUDED_RE.finditer(window)), default=-1)
    return best_funding[1], best_excluded >= best_funding[0] and best_excluded >= 0


_DOLLAR_COUNTRIES = (("CAD", re.compile(r"\b(?:canada|canadian|canadense|canadenses|canadiense|canadienses)\b")),
                     ("AUD", re.compile(r"\b(?:australia|australian|australiano|australianos|australianas)\b")),
                     ("NZD", re.compile(r"\b(?:new zealand|nova zelandia|nueva zelanda)\b")))


# Countries whose currency is written "$" in Spanish (pesos), by the names and adjectives their pages use
_PESO_COUNTRIES = (("COP", re.compile(r"\bcolombi(?:a|an[oa]s?)\b")),
                   ("MXN", re.compile(r"\bmexic(?:o|an[oa]s?)\b")),
                   ("CLP", re.compile(r"\bchile(?:n[oa]s?)?\b")),
                   ("ARS", re.compile(r"\bargentin(?:a|[oa]s)\b")),
                   ("UYU", re.compile(r"\buruguay(?:[oa]s?)?\b")),
                   ("DOP", re.compile(r"\b(?:republica dominicana|dominican[oa]s?)\b")))


def _peso_country(folded: str) -> str | None:
    """The pesos of the one country other than Colombia a Spanish page names (twice or more) when it never names
    Colombia: a Mexican funder's "$3,000,000.00 M.N." is Mexican pesos. None when Colombia or several are named."""
    named = {code: len(pattern.findall(folded)) for code, pattern in _PESO_COUNTRIES}
    others = [code for code, count in named.items() if count and code != "COP"]
    if named["COP"] or len(others) != 1 or named[others[0]] < 2:
        return None
    return others[0]


def _bare_dollar(language: str, folded: str) -> str:
    """A '$' with no country: pesos on Spanish pages that name no dollars, Canadian dollars on French pages
    (Québec, Canada: France and Africa write € or FCFA), elsewhere the dollar of the one dollar country the page
    names (Canada, Australia, New Zealand), else US dollars."""
    if language == "es":
        # a Mexican, Chilean, Argentine… page that never names Colombia: that country's pesos
        country = _peso_country(folded)
        if country:
            return country
        # "cuatro mil ochocientos millones de pesos ($4.800.000.000)": pesos the page names win over a USD aside
        pesos = re.search(r"\bpesos\b(?! (?:mexicanos|chilenos|argentinos|uruguayos|dominicanos|cubanos|filipinos))",
                          folded)
        if pesos and ("dolar" not in folded or re.search(r"\bpesos(?: colombianos)?(?: m/?cte\.?)?\s?\(\$", folded)):
            return "COP"
        return "USD" if "usd" in folded or "dolar" in folded else "COP"
    if language == "fr":
        return "USD" if re.search(r"\b(?:usd|us\$|dollars? (?:us|americains?))\b", folded) else "CAD"
    # "Grants of up to $5,000,000" from the Federation of Canadian Municipalities: the dollar of the one dollar
    # country the page names, unless it names US dollars or the United States
    if re.search(r"(?<![\w$])(?:usd|us\$|u\.s\. dollars?|us dollars?)(?!\w)|\b(?:united states|u\.s\.|usa|(?<!latin )(?<!south )(?<!central )american|"
                 r"estados unidos|norte-?americanos?)\b", folded):
        return "USD"
    named = {code for code, country in _DOLLAR_COUNTRIES if country.search(folded)}
    return named.pop() if len(named) == 1 else "USD"


_FRANCS = {"franc", "francs", "francos"}
_CFA = re.compile(r"\b(?:f ?cfa|francs? cfa|xof|xaf)\b")
_SWISS = re.compile(r"\b(?:chf|francs? suisses?|swiss francs?|francos suizos|francos suicos|suisse|switzerland|suiza|suica)\b")


# "5.000.000,00 MT (cinco milhões de meticais)": Mozambique's metical abbreviated, read only on a page that names
# the country or its currency ("MT" is also tonnes)
_MOZAMBIQUE = re.compile(r"\b(?:mocambique|mozambique|mozambican[oa]?s?|mocambican[oa]s?|meticais|meticales|metical)\b")


# The countries of the two CFA francs: FCFA on a page that names only Central African ones is XAF, else XOF
_CENTRAL_AFRICA = re.compile(r"\b(?:cameroun|cameroon|camerun|camaroes|gabon|gabao|tchad|chad|chade|"
                             r"republique centrafricaine|central african republic|republica centroafricana|"
                             r"republica centro-africana|guinee equatoriale|equatorial guinea|guinea ecuatorial|"
                             r"guine equatorial|congo-brazzaville|republique du congo|cemac)\b")
_WEST_AFRICA = re.compile(r"\b(?:senegal|mali|burkina faso|niger|cote d'ivoire|ivory coast|costa de marfil|"
                          r"costa do marfim|benin|togo|guinee-bissau|guinea-bissau|guinea bissau|guine-bissau|uemoa|"
                          r"waemu)\b")


def _page_franc(folded: str) -> str | None:
    """'3,2 millions de francs': the franc the page names elsewhere (CHF, FCFA); None when it names neither."""
    if _CFA.search(folded):
        return "XOF"
    return "CHF" if _SWISS.search(folded) else None


def _listings(folded: str) -> list[tuple[int, int]]:
    """Stretches that list other calls (their money is theirs); a heading in a table row takes the rows after it."""
    spans = []
    for start, end in other_listings(folded):
        row = folded[folded.rfind("\n", 0, start) + 1:end]
        # a newsletter's row "| Autres opportunités du mois |" that holds the heading alone
        if row.lstrip().startswith("|") and len(row.replace("|", "").strip()) <= 60:
            for _ in range(15):
                nxt = folded.find("\n", end + 1)
                nxt = len(folded) if nxt < 0 else nxt
                if end >= len(folded) or not folded[end + 1:nxt].lstrip().startswith("|"):
                    break
                end = nxt
        spans.append((start, end))
    return spans


# "Estado: Cerrada · Cierre: 15/09/2026", "Status: Closed", "Statut : clôturé", "Situação: encerrada": a listed call's status
_STATUS_LINE = re.compile(r"^\s*(?:[-•*·]\s*)?(?:estado|status|statut|etat|situacao|situacion)\s*:\s*(?P<value>[^\n]*)$",
                          re.M)
_CLOSED = re.compile(r"^(?:(?:convocatoria|call|appel|chamada|edital)\s+)?(?:cerrad[oa]s?|finalizad[oa]s?|vencid[oa]s?|"
                     r"closed|clos|closes?|cloturee?s?|fermee?s?|terminee?s?|encerrad[oa]s?|fechad[oa]s?)\b")


def _closed_entries(folded: str) -> list[tuple[int, int]]:
    """In a list of calls each with its status, the entries of closed ones: their money is no longer on offer."""
    statuses = [m for m in _STATUS_LINE.finditer(folded) if m.group("value").strip()]
    if len(statuses) < 2:
        return []  # one call's own status line is no listing
    starts = {m.start() for m in statuses}
    spans = []
    for m in statuses:
        if not _CLOSED.match(m.group("value").strip()):
            continue
        end = m.end()
        for _ in range(4):  # the entry's lines up to a blank line or the next entry's title over its status line
            nxt = folded.find("\n", end + 1)
            nxt = len(folded) if nxt < 0 else nxt
            if end >= len(folded) or not folded[end + 1:nxt].strip() or nxt + 1 in starts:
                break
            end = nxt
        spans.append((m.start(), end))
    return spans


_SOFT_BREAK = re.compile(r"(?<=[^\s.:;!?|])[ \t]*\n[ \t]*(?=[a-z\u00df-\u00ff(])")


def _unwrapped(text: str, folded: str) -> str:
    """The folded text with the line breaks of hard-wrapped prose (a PDF in <pre>) made spaces, the same length, so a
    cue on one line reaches the amount on the next ("El monto máximo que puede solicitar\n    cada propuesta es…")."""
    spans = [m.span() for m in _SOFT_BREAK.finditer(text)]  # the case of the next word is read in the original
    for start, end in spans:
        folded = folded[:start] + " " * (end - start) + folded[end:]
    return folded


def opens_with_cued_money(folded_line: str) -> bool:
    """A figure card's line: money first, then what it is for ("us$1 millon para cada ciudad", "r$ 2 milhoes em premios")."""
    lead = len(folded_line) - len(folded_line.lstrip(" •*·-|"))
    m = _MONEY.match(folded_line, lead)
    return bool(m and (m.group("pre") or m.group("post")) and _POST_CUE.match(folded_line, m.end()))


_CURRENCY_NAMES = alternation(_CODES)
# "| Topic | Budget (EUR) – Year 2027 |", "| Presupuesto en USD |": a table column whose header names the currency
_HEADER_CURRENCY = re.compile(rf"\((?:en |in |em )?(?P<cur>{_CURRENCY_NAMES})\)|\b(?:in|en|em) (?P<cur2>{_CURRENCY_NAMES})(?![\w$])")
_TABLE_RULE = re.compile(r"^\s*\|(?:\s*:?-{3,}:?\s*\|)+\s*$")
_BARE_FIGURE = re.compile(rf"\s*(?:(?:up to|hasta|ate|jusqu'a)\s+)?{_NUM}(?:\s?{_MULT})?\s*$")


def _cells(line: str) -> list[tuple[int, str]]:
    """(offset, text) of each cell of a markdown table row."""
    out, at = [], line.find("|")
    while at >= 0:
        nxt = line.find("|", at + 1)
        if nxt < 0:
            break
        out.append((at + 1, line[at + 1:nxt]))
        at = nxt
    return out


def _column_money(folded: str) -> list[tuple[int, int, float, str, str]]:
    """(start, end, amount, currency, header) of bare figures under a table header that names their currency."""
    found = []
    lines = folded.split("\n")
    starts = [0]
    for line in lines:
        starts.append(starts[-1] + len(line) + 1)
    for i in range(len(lines) - 2):
        if not lines[i].lstrip().startswith("|") or not _TABLE_RULE.match(lines[i + 1]):
            continue
        header = _cells(lines[i])
        columns = {}
        for col, (_, cell) in enumerate(header):
            m = _HEADER_CURRENCY.search(cell)
            if m and not _EXCLUDED_RE.search(cell):
                columns[col] = (_CODES[m.group("cur") or m.group("cur2")], cell.strip())
        if not columns:
            continue
        for j in range(i + 2, len(lines)):
            if not lines[j].lstrip().startswith("|"):
                break
            for col, (offset, cell) in enumerate(_cells(lines[j])):
                figure = _BARE_FIGURE.match(cell) if col in columns else None
                if not figure:
                    continue
                try:
                    amount = parse_number(figure.group("num").replace("\u202f", " ")) * _MULTIPLIERS.get(
                        figure.group("mult") or "", 1)
                except ValueError:
                    continue
                start = starts[j] + offset + figure.start("num")
                found.append((start, starts[j] + offset + figure.end("num"), amount, *columns[col]))
    return found


# "| Catégorie | Frais d'inscription |", "| Category | Fee |": a table column of what participants pay
_FEE_HEADER = re.compile(r"\b(?:frais|fees?|tuition|cuotas?|tarifas?|taxas?|propinas?|matriculas?|cotisations?|"
                         r"precios?|precos?|prices?|costos?|costes?|costs?|custos?|couts?)\b")


def _fee_columns(folded: str) -> list[tuple[int, int]]:
    """(start, end) of the cells under a table header that names a fee: money paid, not on offer."""
    spans = []
    lines = folded.split("\n")
    starts = [0]
    for line in lines:
        starts.append(starts[-1] + len(line) + 1)
    for i in range(len(lines) - 2):
        if not lines[i].lstrip().startswith("|") or not _TABLE_RULE.match(lines[i + 1]):
            continue
        fee_columns = {col for col, (_, cell) in enumerate(_cells(lines[i])) if _FEE_HEADER.search(cell)}
        if not fee_columns:
            continue
        for j in range(i + 2, len(lines)):
            if not lines[j].lstrip().startswith("|"):
                break
            spans += [(starts[j] + offset, starts[j] + offset + len(cell))
                      for col, (offset, cell) in enumerate(_cells(lines[j])) if col in fee_columns]
    return spans


def find_amount(text: str, language: str = "es", page: str | None = None) -> tuple[Found | None, Found | None]:
    """(amount, currency): the best-cued amount with a currency; None when the page names no money.

    `page`, when `text` is one line of it (a key fact), is the whole page a bare '$' or 'francs' is read against."""
    folded = folded_same_length(text).replace("\u00a0", " ").replace("’", "'")
    whole = folded_same_length(page).replace("’", "'") if page is not None else folded
    folded = _ONE.sub(lambda m: " " * (len(m.group(0)) - 2) + "1 ", folded)
    candidates = []
    listings = _listings(folded) + _closed_entries(folded) + _fee_columns(folded)
    flow = _unwrapped(text, folded)
    for m in _MONEY.finditer(folded):
        pre, post, num = m.group("pre"), m.group("post"), m.group("num")
        if not (pre or post):
            continue
        bare = pre == "$" and post in (None, "$") or post == "$" and not pre
        if bare and not m.group("mult") and len(re.sub(r"\D", "", num)) < 3:
            continue  # "$5" in a menu, not a call's amount
        if pre and pre.isalpha() and m.start("num") == m.end("pre") and not m.group("mult") and len(num) < 3:
            continue  # "COP32", "COP 30" glued: a numbered conference, not 32 pesos
        try:
            digits = re.sub("['’]", "", num)  # Swiss "CHF 100'000"
            amount = parse_number(digits.replace(" ", " ")) * _MULTIPLIERS.get(m.group("mult") or "", 1)
        except ValueError:
            continue
        if m.group("mult") in _SHORT_MULT and not pre and not post:
            continue  # "50 m" is a distance, not money; "1,5 M€", "500 k EUR" and "R$ 10 bi" are money
        currency = _CODES.get(pre or "") or _CODES.get(post or "")
        if post in _FRANCS and not pre:
            currency = _page_franc(whole)
            if currency is None:
                continue  # francs of no country the page names
        if currency == "XOF" and not {pre, post} & {"xof"} and _CENTRAL_AFRICA.search(whole) \
                and not _WEST_AFRICA.search(whole):
            currency = "XAF"  # "150 millions de FCFA" in Cameroon: the Central African CFA franc
        if post == "mt" and not pre:
            if not _MOZAMBIQUE.search(whole):
                continue  # "50 000 MT" of grain: tonnes, unless the page is Mozambican
            currency = "MZN"
        if bare or pre == "$":
            after = folded[m.end():m.end() + 25]
            named_pesos = re.search(r"pesos(?: (?:colombianos|uruguayos|argentinos|mexicanos|chilenos|dominicanos))?", after)
            currency = _CODES.get(post or "") or (_CODES[named_pesos.group(0)] if named_pesos else None)
            # "100 000 $ US", "25 000 $ CA": the country written after the sign
            country = re.match(r"\s?(us|usd|u\.s\.|ca|can|cad|au|aud)\b", after) if post == "$" else None
            if country:
                currency = {"ca": "CAD", "can": "CAD", "cad": "CAD", "au": "AUD", "aud": "AUD"}.get(country.group(1), "USD")
            currency = currency or _bare_dollar(language, whole)
        upper = _BARE_UPPER.match(folded, m.end()) if pre and not post else None
        if upper:
            try:
                top = parse_number(upper.group("num")) * _MULTIPLIERS.get(upper.group("mult") or m.group("mult") or "", 1)
                # "NOK 8–25 million", "R$ 1 a 3 milhões": the word after a range is both ends'
                if upper.group("mult") and not m.group("mult") and _RANGE_TO.match(upper.group(0)):
                    amount *= _MULTIPLIERS[upper.group("mult")] if amount < parse_number(upper.group("num")) else 1
            except ValueError:
                top = 0
            amount = top if amount < top < 100 * amount else amount
        cue, excluded = _cue_near(flow, m.start())
        if excluded or _PAST_AFTER.match(folded, m.end()) or any(a <= m.start() < b for a, b in listings):
            continue
        sentence = folded[max(0, m.start() - 300):m.start()]
        opening = _SENTENCE_START.match(sentence)
        past = _HISTORIC.search(sentence, opening.end() if opening else 0)
        if past and not _OFFER.search(sentence, past.end()):
            continue
        if _TRANSFERS_NOW.search(folded, max(0, m.start() - 20), m.start()) and not _POST_CUE.match(folded, m.end()):
            continue
        pays = _APPLICANT_PAYS.search(sentence, opening.end() if opening else 0)
        if pays and not _OFFER.search(sentence, pays.end()):
            continue
        cue_after = None if cue else _POST_CUE.match(folded, m.end())
        if cue_after:
            cue = cue_after.group(0).strip()
        elif not cue and _MORE_THAN.search(folded, max(0, m.start() - 20), m.start()):
            continue
        candidates.append((m, amount, currency, cue))
    for start, end, amount, currency, header in _column_money(folded):
        if any(a <= start < b for a, b in listings):
            continue
        cue = _FUNDING_RE.search(header)
        candidates.append((re.compile(re.escape(folded[start:end])).search(folded, start), amount, currency,
                           cue.group(1) if cue else None))
    candidates.sort(key=lambda c: c[0].start())
    if not candidates:
        return None, None
    merged = []
    for m, amount, currency, cue in candidates:  # a range "de US$ 10.000 a US$ 50.000": the upper end
        if merged and _RANGE_JOIN.match(folded[merged[-1][0].end():m.start()]):
            first = merged.pop()
            m, amount, currency, cue = first[0], max(first[1], amount), first[2] or currency, first[3] or cue
        merged.append((m, amount, currency, cue))
    # a yearly envelope of the whole scheme ("2,5 M€ par an") gives way to what one application gets
    per_call = [c for c in merged if not _PER_YEAR.match(folded, c[0].end()) or _EACH_BEFORE.search(
        folded, max(0, c[0].start() - 80), c[0].start())]
    candidates = per_call or merged
    cued = [c for c in candidates if c[3]]
    m, amount, currency, cue = (cued or candidates)[0]
    # "Up to US$ 750,000 per project … The call has a total budget of USD 4.5 million": when the first cued amount
    # is one project's cap, a programme total named later is the money on offer (labels take the total first)
    # "Cada projeto poderá receber até R$ 500 mil" after "investimento total de R$ 15 milhões": the same, the unit before
    if _PER_UNIT.match(folded, m.end()) or _EACH_BEFORE.search(folded, max(0, m.start() - 80), m.start()):
        total = next((c for c in candidates if c[1] > amount and not _PER_UNIT.match(folded, c[0].end())
                      and _TOTAL_BEFORE.search(folded, max(0, c[0].start() - 80), c[0].start())), None)
        if total:
            m, amount, currency, cue = total
    how = f"regla:pista-de-monto «{cue}»" if cue else "regla:primer-monto-con-moneda"
    confidence = 0.85 if cue else 0.55
    evidence = around(text, m.start(), m.end(), 50, 20)
    amount_found = Found(round(amount, 2), how, evidence, confidence)
    currency_found = Found(currency, "regla:símbolo-o-código-de-moneda", text[m.start():m.end()], confidence) \
        if currency else None
    return amount_found, currency_found
