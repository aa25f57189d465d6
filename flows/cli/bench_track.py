"""`vigia bench track`: track one quarter for 1,103 synthetic municipal plans and print the figures."""
from __future__ import annotations

import argparse
import json

from flows.cli import subcommand_group
from models.locale_co import numero

TARGET_SECONDS = 30.0


def register(sub: argparse._SubParsersAction) -> None:
    p = subcommand_group(sub, "bench", "Mide el rendimiento de Vigía").add_parser(
        "track", help="Seguimiento de un trimestre para planes municipales sintéticos en una base temporal")
    p.add_argument("--plans", type=int, default=1103, metavar="N", help="planes (municipios), por defecto 1103")
    p.add_argument("--axes", type=int, default=5, metavar="N", help="ejes por plan, por defecto 5")
    p.add_argument("--milestones", type=int, default=20, metavar="N", help="hitos por plan, por defecto 20")
    p.add_argument("--quarter", default="2026-T3", metavar="AAAA-TN", help="trimestre evaluado, por defecto 2026-T3")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from models.bench_track import run_bench
    from models.errors import InputError
    from models.quarters import Quarter

    if args.plans < 1 or args.axes < 1 or args.milestones < args.axes:
        raise InputError("use al menos 1 plan, 1 eje y tantos hitos como ejes", "--plans/--axes/--milestones")
    try:
        Quarter.parse(args.quarter)
    except ValueError as exc:
        raise InputError(str(exc), "--quarter") from None
    print(f"Generando {numero(args.plans)} planes con {numero(args.axes)} ejes y {numero(args.milestones)} hitos "
          f"cada uno, y haciendo el seguimiento de {args.quarter}…", flush=True)
    result = run_bench(plans=args.plans, axes=args.axes, milestones=args.milestones, quarter=args.quarter)
    figures = result.figures()
    print(format_figures(figures))
    print(json.dumps(figures, ensure_ascii=False))
    return 0 if result.rerun_notifications == 0 else 1


def format_figures(f: dict) -> str:
    """The figures in Spanish (Colombia), with the issue's target for the tracking time."""
    ok = " — meta cumplida" if f["seconds"] <= TARGET_SECONDS else " — meta NO cumplida"
    by = f["by_semaforo"]
    return "\n".join([
        f"Datos: {numero(f['plans'])} planes, {numero(f['milestones'])} hitos, {numero(f['indicators'])} indicadores, "
        f"{numero(f['reports'])} reportes de avance (generados en {numero(f['build_seconds'], 2)} s)",
        f"Seguimiento del trimestre: {numero(f['seconds'], 2)} s (meta ≤ 30 s){ok}",
        f"Segunda pasada sin cambios: {numero(f['rerun_seconds'], 2)} s, "
        f"{numero(f['rerun_notifications'])} alertas nuevas (deben ser 0)",
        f"Hitos: verde {numero(by['verde'])}, amarillo {numero(by['amarillo'])}, rojo {numero(by['rojo'])} · "
        f"desvíos: {numero(f['deviations'])} (escalados {numero(f['escalated'])}) · "
        f"alertas en la bandeja de salida: {numero(f['notifications'])}",
        f"Memoria máxima: {numero(f['peak_rss_mb'], 1)} MB",
    ])
