"""`vigia sources list`: the shipped catalogue, each source with its way in, so a coordinator sees what is watched
before any harvest has run."""
from __future__ import annotations

import argparse
from collections import Counter

from flows.cli import subcommand_group
from models.locale_co import numero

HEADERS = ("Fuente", "Tipo de financiador", "Vía de acceso", "Idioma", "Dirección")
# Short Spanish names of each way in (spiders/vocabulary.py KINDS has the long ones).
KIND_NAMES = {"feed": "RSS/Atom", "html": "lista HTML", "json": "API JSON", "wordpress": "API WordPress",
              "sitemap": "sitemap"}


def register(sub: argparse._SubParsersAction) -> None:
    p = subcommand_group(sub, "sources", "Fuentes de convocatorias").add_parser(
        "list", help="Catálogo de fuentes: financiador, vía de acceso y dirección de cada una")
    p.add_argument("--sources", metavar="ARCHIVO", help="catálogo YAML (por defecto, el que trae Vigía)")
    p.set_defaults(func=run_list)


def run_list(args: argparse.Namespace) -> int:
    from spiders.sources import load_sources
    from spiders.vocabulary import FUNDER_TYPES, LANGUAGES

    sources = load_sources(args.sources)
    rows = [[s.id, FUNDER_TYPES.get(s.funder_type, s.funder_type), KIND_NAMES.get(s.kind, s.kind),
             LANGUAGES.get(s.language or "", "varios"), s.url] for s in sorted(sources, key=lambda s: s.id)]
    widths = [max(len(str(row[i])) for row in [HEADERS, *rows]) for i in range(len(HEADERS) - 1)]
    for row in [HEADERS, ["-" * w for w in widths] + ["-" * 9], *rows]:  # text columns left-aligned, the URL last
        print("  ".join(str(c).ljust(w) for c, w in zip(row, widths)) + "  " + str(row[-1]))
    by_kind = Counter(KIND_NAMES.get(s.kind, s.kind) for s in sources)
    print(f"\n{numero(len(sources))} fuentes: " + ", ".join(f"{numero(n)} por {k}" for k, n in by_kind.most_common()) + ".")
    return 0
