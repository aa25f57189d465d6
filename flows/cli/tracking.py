"""`vigia progress import FILE`, `vigia track` and `vigia remind`: report a quarter's progress, judge it, chase it."""
from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

from models.db import session_scope
from models.errors import InputError
from models.locale_co import dinero, fecha, numero, porcentaje
from models.progress import read_progress_file, save_progress
from models.tracking import PlanStatus, TrackSummary, track
from models.tracking_alerts import KIND_LABELS


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("progress", help="Reportes de avance trimestral de los hitos")
    progress_sub = p.add_subparsers(dest="progress_command", required=True, metavar="ACCIÓN")
    imp = progress_sub.add_parser("import", help="Valida e importa el avance del trimestre, libro de Excel o CSV "
                                                 "(todo o nada)")
    imp.add_argument("file", type=Path, metavar="ARCHIVO",
                     help="libro .xlsx (de `vigia progress template`) o CSV de avance (formato en models/progress.py)")
    imp.set_defaults(func=run_progress_import)

    t = sub.add_parser("track", help="Compara avance planeado y reportado: semáforo, desvíos y alertas")
    t.add_argument("--quarter", metavar="AAAA-TN", help="trimestre, p. ej. 2026-T3 (por omisión: el último terminado)")
    t.add_argument("--today", type=_day, metavar="AAAA-MM-DD", help="fecha de hoy para el corte (por omisión: hoy)")
    t.set_defaults(func=run_track)

    r = sub.add_parser("remind", help="Recuerda a los responsables que no han reportado el trimestre (por correo)")
    r.add_argument("--today", type=_day, metavar="AAAA-MM-DD", help="fecha de hoy (por omisión: hoy en Bogotá)")
    r.set_defaults(func=run_remind)


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
    if result.warnings:
        print(f"Avisos ({numero(len(result.warnings))}): cifras que bajan frente a un trimestre anterior")
        for warning in result.warnings:
            print(f"  Aviso: {warning}")
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


def run_remind(args: argparse.Namespace) -> int:
    from models.reminders import STAGE_TITLES, queue_reminders
    from models.tracking import bogota_today

    today = args.today or bogota_today()
    with session_scope() as session:
        summary = queue_reminders(session, today)
    if not summary.cities:
        print(f"Hoy ({fecha(today)}) no hay un plazo de reporte abierto para {summary.quarter}: no se envían "
              "recordatorios.")
        return 0
    stages = sorted(set(summary.stage_by_city.values()))
    print(f"Recordatorios del reporte {summary.quarter} ({fecha(today)}): "
          + ", ".join(STAGE_TITLES[s] for s in stages))
    print(f"  Ciudades con plazo abierto: {numero(summary.cities)} · hitos sin reporte: {numero(summary.milestones)}"
          f" · responsables por recordar: {numero(summary.people)}")
    print(f"  Recordatorios en cola: {numero(summary.queued)} (ya enviados antes: {numero(summary.already_sent)}); "
          "envíelos con `vigia deliver`")
    if summary.without_email:
        print(f"  Hitos sin correo del responsable en el plan: {numero(summary.without_email)}")
    if summary.without_sender:
        print(f"  Ciudades sin remitente de recordatorios (settings.reminder_sender en el plan): "
              f"{', '.join(summary.without_sender)}")
    return 0


def city_lines(status: PlanStatus) -> list[str]:
    """One city's semáforo, counts and deviations, as ORI staff read them."""
    counts = status.semaforo_counts()
    lines = [
        f"{status.city_name} (DANE {status.city_code}) · plan versión {status.plan_version}"
        + (f" (la vigente al cierre de {status.quarter}; hoy rige la versión {status.current_version})"
           if status.current_version > status.plan_version else "")
        + f" · semáforo {status.semaforo.upper()}",
        f"  Avance: {porcentaje(status.reported, 1)} reportado frente a {porcentaje(status.planned, 1)} planeado "
        f"(cumplimiento ponderado de los hitos: {porcentaje(status.ratio * 100)})",
        f"  Hitos: {numero(sum(counts.values()))} — verde {numero(counts['verde'])}, amarillo "
        f"{numero(counts['amarillo'])}, rojo {numero(counts['rojo'])} · reportes recibidos: "
        f"{numero(status.reports_received)} de {numero(status.reports_expected)}",
    ]
    on_time = (f" ({numero(status.reports_on_time)} a tiempo, plazo hasta el {fecha(status.reporting_deadline)}"
               f"{'' if status.window_closed else ', aún abierto'})")
    lines[-1] += on_time
    lines.append(f"  Índice de cronograma: {numero(status.spi, 2)} · índice de costo: "
                 + (f"{numero(status.cost_index, 2)} ({dinero(status.budget_executed)} ejecutado de "
                    f"{dinero(status.budget_planned)} previsto a la fecha, semáforo {status.budget_semaforo})"
                    if status.cost_index is not None else "sin datos de presupuesto"))
    if status.indicators_expected:
        ic = status.indicator_counts()
        lines.append(f"  Indicadores con meta en el trimestre: {numero(status.indicators_expected)} — verde "
                     f"{numero(ic['verde'])}, amarillo {numero(ic['amarillo'])}, rojo {numero(ic['rojo'])} · "
                     f"valores recibidos: {numero(status.indicators_received)}")
    for axis in status.axes:
        lines.append(f"    {axis.code} {axis.name}: {axis.semaforo} ({porcentaje(axis.reported, 1)} de "
                     f"{porcentaje(axis.planned, 1)} planeado; cumplimiento ponderado de los hitos: "
                     f"{porcentaje(axis.ratio * 100)})")
        for objective in axis.objectives:
            lines.append(f"      {objective.code} {objective.name}: {objective.semaforo}")
    if status.deviations:
        lines.append("  Desvíos:")
        for d in status.deviations:
            subject = "indicador " if d.subject == "indicator" else ""
            lines.append(f"    [{d.semaforo}] {subject}{d.milestone_code} {d.milestone_name} — "
                         f"{KIND_LABELS[d.kind]}: {d.message}")
    else:
        lines.append("  Sin desvíos.")
    notes = status.notes()
    if notes:
        lines.append("  Notas (cifras que bajan frente a un trimestre anterior; se aceptan como correcciones):")
        lines += [f"    {kind} {code} {name} — {note}" for kind, code, name, note in notes]
    return lines


def summary_lines(summary: TrackSummary) -> list[str]:
    by = summary.by_semaforo
    return [
        f"Total: {numero(summary.plans)} planes, {numero(summary.milestones)} hitos — verde {numero(by['verde'])}, "
        f"amarillo {numero(by['amarillo'])}, rojo {numero(by['rojo'])}",
        f"Desvíos abiertos: {numero(summary.deviations_open)} (nuevos {numero(summary.deviations_opened)}, "
        f"con cambio de semáforo {numero(summary.deviations_changed)}, escalados "
        f"{numero(summary.deviations_escalated)}, resueltos {numero(summary.deviations_resolved)})",
        f"Alertas de desvío en cola: {numero(summary.notifications_queued)}",
    ]
