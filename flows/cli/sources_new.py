"""`vigia sources new` (scaffold a source: entry, fixture, test) and `vigia sources expected` (draft its items)."""
from __future__ import annotations

import argparse
import json
from pathlib import Path

from flows.cli import subcommand_group
from models.errors import InputError
from models.locale_co import numero


def register(sub: argparse._SubParsersAction) -> None:
    from spiders.vocabulary import FUNDER_TYPES, KINDS

    group = subcommand_group(sub, "sources", "Fuentes de convocatorias: catálogo, estado y nuevas fuentes")
    p = group.add_parser("new", help="Agrega una fuente: entrada del catálogo, carpeta de fixture y su prueba")
    p.add_argument("id", metavar="ID", help="nombre único de la fuente (minúsculas, dígitos, '-', '_')")
    p.add_argument("--kind", required=True, choices=list(KINDS), help="cómo se lee la fuente")
    p.add_argument("--url", required=True, metavar="URL", help="dirección del feed, API, sitemap o página de lista")
    p.add_argument("--funder-type", default="city_networks", choices=list(FUNDER_TYPES),
                   help="tipo de financiador (por defecto: city_networks)")
    p.add_argument("--name", metavar="TEXTO", help="nombre que ven las ORI (por defecto, el ID)")
    p.add_argument("--funder", metavar="TEXTO", help="financiador (por defecto, el ID)")
    _paths(p)
    p.set_defaults(func=run_new)

    p = group.add_parser("expected", help="Escribe el expected.json de una fuente a partir de su fixture (para revisar)")
    p.add_argument("ids", nargs="+", metavar="ID")
    p.add_argument("--force", action="store_true", help="reemplaza un expected.json ya completado")
    _paths(p)
    p.set_defaults(func=run_expected)


def _paths(p: argparse.ArgumentParser) -> None:
    p.add_argument("--catalogue", type=Path, metavar="ARCHIVO", help="catálogo (por defecto spiders/catalogue.yaml)")
    p.add_argument("--fixtures", type=Path, metavar="CARPETA",
                   help="carpeta de fixtures (por defecto tests/fixtures/sources)")


def run_new(args: argparse.Namespace) -> int:
    from spiders.scaffold import scaffold_source

    done = scaffold_source(args.id, args.kind, args.url, args.funder_type, args.name, args.funder,
                           args.catalogue, args.fixtures)
    print(f"Fuente '{done.source_id}' creada:\n"
          f"  1. entrada del catálogo: {done.catalogue} (complete los TODO)\n"
          f"  2. fixture: {done.folder}/ — reemplace {done.placeholder.name} por la respuesta grabada del sitio\n"
          f"     y ponga origin: recorded en fixture.yaml\n"
          f"  3. prueba: .venv/bin/python -m pytest tests/test_catalogue_sources.py -k '{done.source_id}'\n"
          f"     falla hasta que el fixture y expected.json estén completos; escriba expected.json con\n"
          f"     `vigia sources expected {done.source_id}` y revise cada valor.")
    return 0


def run_expected(args: argparse.Namespace) -> int:
    from spiders.source_fixtures import EXPECTED, crawl_fixtures, expected_document, fixture_folder
    from spiders.sources import load_sources, select_sources

    sources = select_sources(load_sources(args.catalogue), args.ids)
    for source in sources:
        path = fixture_folder(source.id, args.fixtures) / EXPECTED
        if path.exists() and not args.force and not json.loads(path.read_text(encoding="utf-8")).get("todo"):
            raise InputError(f"{path} ya está completo; use --force para reemplazarlo", source.id)
    failed = 0
    for source_id, run in crawl_fixtures(sources, args.fixtures).items():
        path = fixture_folder(source_id, args.fixtures) / EXPECTED
        problem = run.not_ready or "; ".join(run.errors)
        if problem:
            print(f"{source_id}: no se escribió {EXPECTED}: {problem}")
            failed += 1
            continue
        path.write_text(json.dumps(expected_document(run), ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        rejects = f", {numero(len(run.rejects))} rechazados" if run.rejects else ""
        print(f"{source_id}: {numero(len(run.items))} ítems{rejects} → {path} (revise cada valor)")
    return 1 if failed else 0
