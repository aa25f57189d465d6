"""`vigia bench harvest`: serve a generated site of many sources on localhost, harvest it twice and print figures."""
from __future__ import annotations

import argparse
import json

from flows.cli import subcommand_group
from models.locale_co import numero, porcentaje

TARGETS = {"harvest_over_bare": 2.0, "incremental_share": 0.25, "cached_share": 0.90, "peak_rss_mb": 500.0}


def register(sub: argparse._SubParsersAction) -> None:
    p = subcommand_group(sub, "bench", "Mide el rendimiento de Vigía").add_parser(
        "harvest", help="Cosecha un sitio generado en localhost dos veces (completa e incremental) y mide")
    p.add_argument("--pages", type=int, default=2000, metavar="N",
                   help="páginas del sitio generado (por defecto 2000)")
    p.add_argument("--sources", type=int, default=40, metavar="N", help="fuentes del sitio generado (por defecto 40)")
    p.add_argument("--latency-ms", type=int, default=0, metavar="MS",
                   help="demora de cada respuesta del servidor, como la de un sitio lejano (por defecto 0: "
                        "velocidad de localhost, el caso más exigente para la razón cosecha/descarga)")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from models.errors import InputError
    from spiders.bench.run import run_bench

    if args.sources < 3 or args.pages < args.sources:
        raise InputError("use al menos 3 fuentes y al menos una página por fuente", "--sources/--pages")
    if not 0 <= args.latency_ms <= 5000:
        raise InputError("use una demora entre 0 y 5000 ms", "--latency-ms")
    print(f"Generando {numero(args.pages)} páginas de {numero(args.sources)} fuentes y cosechando dos veces…",
          flush=True)
    result = run_bench(pages=args.pages, sources=args.sources, latency_ms=args.latency_ms)
    figures = result.figures()
    print(format_figures(figures))
    for error in result.errors[:5]:
        print(f"Error: {error}")
    print(json.dumps(figures, ensure_ascii=False))
    return 1 if result.errors else 0


def format_figures(f: dict) -> str:
    """The figures in Spanish (Colombia), each with its target where the issue sets one."""
    def mark(ok: bool) -> str:
        return " — meta cumplida" if ok else " — meta NO cumplida"

    return "\n".join([
        f"Páginas servidas: {numero(f['pages'])} de {numero(f['sources'])} fuentes; "
        f"convocatorias: {numero(f['items'])}; demora de cada respuesta: {numero(f['latency_ms'])} ms",
        f"Descarga directa concurrente: {numero(f['bare_s'], 2)} s; la misma descarga con Scrapy, sin leer las "
        f"páginas: {numero(f['scrapy_s'], 2)} s",
        f"Cosecha completa: {numero(f['harvest_s'], 2)} s — {numero(f['pages_per_s'], 1)} páginas/s, "
        f"{numero(f['items_per_s'], 1)} convocatorias/s",
        f"Cosecha / descarga directa: {numero(f['harvest_over_bare'], 2)} (meta ≤ 2,0)"
        + mark(f["harvest_over_bare"] <= TARGETS["harvest_over_bare"])
        + f"; frente a la descarga con Scrapy: {numero(f['harvest_over_scrapy'], 2)}",
        f"Cosecha incremental: {numero(f['incremental_s'], 2)} s = {porcentaje(f['incremental_share'] * 100, 1)} de la "
        f"primera (meta ≤ 25 %)" + mark(f["incremental_share"] <= TARGETS["incremental_share"]),
        f"Solicitudes de la segunda cosecha respondidas con 304 o desde la caché: "
        f"{porcentaje(f['cached_share'] * 100, 1)} (meta ≥ 90 %)"
        + mark(f["cached_share"] >= TARGETS["cached_share"])
        + f"; páginas de detalle sin cambios repetidas sin volver a extraerlas: {numero(f['replayed_pages'])}",
        f"Memoria máxima (con los procesos de rastreo): {numero(f['peak_rss_mb'], 1)} MB (meta ≤ 500 MB)"
        + mark(f["peak_rss_mb"] <= TARGETS["peak_rss_mb"]),
    ])
