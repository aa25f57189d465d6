"""`vigia progress import FILE` and `vigia track`: report a quarter's progress, then judge it."""
from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

from models.db import session_scope
from models.errors import InputError
from models.locale_co import fecha, numero, porcentaje
from models.progress import read_progress_file, save_progress
from models.tracking import PlanStatus, TrackSummary, track
from models.tracking_alerts import KIND_LABELS


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("progress", help="Reportes de avance trimestral de los hitos")
    progress_sub = p.add_subparsers(dest="progress_command", required=True, metavar="ACCIÓN")
    imp = progress_sub.add_parser("import", help="Valida e importa un CSV de avance (todo o nada)")
    imp.add_argument("file", type=Path, metavar="ARCHIVO", help="CSV de avance (formato en models/progress.py)")
    imp.set_defaults(func=run_progress_import)

    t = sub.add_parser("track", help="Compara avance planeado y reportado: semáforo, desvíos y alertas")
    t.add_argument("--quarter", metavar="AAAA-TN", help="trimestre, p. ej. 2026-T3 (por omisión: el último terminado)")
    t.add_argument("--today", type=_day, metavar="AAAA-MM-DD", help="fecha de hoy para el corte (por omisión: hoy)")
    t.set_defaults(func=run_track)


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"fecha inválida '{text}'; use AAAA-MM-DD") from None


def run_progress_import(args: argparse.Namespace) -> int:
    with session_scope() as session:
        rows = read_progress_file(session, args.file)  # InputErrors -> exit status 2, nothing saved
        result = save_progress(session, rows)
    cities = sorted({r.city_code for r in rows})
    quarters = sorted({r.quarter for r in rows})
    print(f"Reportes de avance importados: {numero(result.rows)} "
          f"({numero(result.inserted)} nuevos, {numero(result.updated)} actualizados, "
          f"{numero(result.unchanged)} sin cambios)")
    print(f"  Ciudades: {', '.join(cities)} · Trimestres: {', '.join(quarters)}")
    return 0


def run_track(args: argparse.Namespace) -> int:
    with session_scope() as session:
        summary = track(session, quarter=args.quarter, today=args.today)
    if not summary.plans:
        raise InputError("no hay planes cargados; importe uno con `vigia plan import ARCHIVO.yaml`")
    print(f"Seguimiento del trimestre {summary.quarter} (corte: {fecha(summary.cutoff)})")
    for status in summary.statuses:
        print()
        print("\n".join(city_lines(status)))
    print()
    print("\n".join(summary_lines(summary)))
    return 0


def city_lines(status: PlanStatus) -> list[str]:
    """One city's semáforo, counts and deviations, as ORI staff read them."""
    counts = status.semaforo_counts()
    lines = [
        f"{status.city_name} (DANE {status.city_code}) · plan versión {status.plan_version} · "
        f"semáforo {status.semaforo.upper()}",
        f"  Avance: {porcentaje(status.reported, 1)} reportado frente a {porcentaje(status.planned, 1)} planeado "
        f"({porcentaje(status.ratio * 100)} de lo previsto)",
        f"  Hitos: {numero(sum(counts.values()))} — verde {numero(counts['verde'])}, amarillo "
        f"{numero(counts['amarillo'])}, rojo {numero(counts['rojo'])} · reportes recibidos: "
        f"{numero(status.reports_received)} de {numero(status.reports_expected)}",
    ]
    for axis in status.axes:
        lines.append(f"    {axis.code} {axis.name}: {axis.semaforo} ({porcentaje(axis.reported, 1)} de "
                     f"{porcentaje(axis.planned, 1)} planeado)")
    if status.deviations:
        lines.append("  Desvíos:")
        for d in status.deviations:
            lines.append(f"    [{d.semaforo}] {d.milestone_code} {d.milestone_name} — {KIND_LABELS[d.kind]}: {d.message}")
    else:
        lines.append("  Sin desvíos.")
    return lines


def summary_lines(summary: TrackSummary) -> list[str]:
    by = summary.by_semaforo
    return [
        f"Total: {numero(summary.plans)} planes, {numero(summary.milestones)} hitos — verde {numero(by['verde'])}, "
        f"amarillo {numero(by['amarillo'])}, rojo {numero(by['rojo'])}",
        f"Desvíos abiertos: {numero(summary.deviations_open)} (nuevos {numero(summary.deviations_opened)}, "
        f"con cambio de semáforo {numero(summary.deviations_changed)}, resueltos {numero(summary.deviations_resolved)})",
        f"Alertas de desvío en cola: {numero(summary.notifications_queued)}",
    ]
