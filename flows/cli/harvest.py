"""`vigia harvest` (crawl the sources and store their calls) and `vigia import opportunities` (JSON lines)."""
from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from flows.cli import subcommand_group
from models.locale_co import numero

if TYPE_CHECKING:
    from spiders.harvest import SourceResult

HEADERS = ("Fuente", "Ítems", "Nuevas", "Actualizadas", "Sin cambios", "Rechazadas", "Estado")


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("harvest", help="Rastrea las fuentes de convocatorias y guarda las nuevas o actualizadas")
    p.add_argument("--sources", type=Path, metavar="ARCHIVO",
                   help="archivo YAML de fuentes (por defecto, el catálogo spiders/catalogue.yaml)")
    p.add_argument("--only", nargs="+", metavar="ID", help="rastrea solo estas fuentes")
    p.add_argument("--base-url", metavar="URL", help="URL base para las direcciones relativas del archivo de fuentes")
    p.set_defaults(func=run_harvest)

    p = subcommand_group(sub, "import", "Importa datos ya preparados").add_parser(
        "opportunities", help="Carga convocatorias ya normalizadas desde un archivo JSON lines (todo o nada)")
    p.add_argument("file", type=Path, metavar="ARCHIVO.jsonl")
    p.add_argument("--source", default="import", metavar="ID",
                   help="fuente con la que se registran (por defecto: import)")
    p.set_defaults(func=run_import)


def run_harvest(args: argparse.Namespace) -> int:
    from spiders.harvest import harvest

    results = harvest(args.sources, only=args.only, base_url=args.base_url)
    print(format_results(results))
    return 1 if any(r.status == "error" for r in results) else 0


def run_import(args: argparse.Namespace) -> int:
    from spiders.importer import import_opportunities

    result = import_opportunities(args.file, source_id=args.source)
    print(f"Importadas desde {args.file}: {numero(result.inserted)} nuevas, {numero(result.updated)} actualizadas, "
          f"{numero(result.unchanged)} sin cambios (fuente '{result.source_id}').")
    return 0


def format_results(results: list[SourceResult]) -> str:
    """The per-source table in Spanish, then each error and a few rejection reasons."""
    from spiders.vocabulary import STATUS_LABELS

    rows = [[r.source_id, numero(r.items), numero(r.inserted), numero(r.updated), numero(r.unchanged),
             numero(r.rejected), STATUS_LABELS.get(r.status, r.status)] for r in results]
    widths = [max(len(str(row[i])) for row in [list(HEADERS), *rows]) for i in range(len(HEADERS))]
    lines = ["  ".join(str(cell).ljust(width) if i == 0 else str(cell).rjust(width)
                       for i, (cell, width) in enumerate(zip(row, widths, strict=True)))
             for row in [list(HEADERS), *rows]]
    lines.insert(1, "  ".join("-" * width for width in widths))
    for r in results:
        if r.error:
            lines.append(f"Error en {r.source_id}: {r.error}")
        for reason in r.rejects[:5]:
            lines.append(f"Rechazada en {r.source_id}: {reason}")
        if len(r.rejects) > 5:
            lines.append(f"  … y {numero(r.rejected - 5)} rechazos más en {r.source_id} (ver harvest_run.details)")
    return "\n".join(lines)
