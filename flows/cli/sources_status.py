"""`vigia sources status`: each source's last harvest and its problems, so a coordinator sees which one broke.

Exit status 1 when a source is flagged (error, empty where items were expected, key fields gone empty),
so a cron job or CI can fail on it; 2 for an unknown source id.
"""
from __future__ import annotations

import argparse
from typing import Any

from flows.cli import subcommand_group
from models.errors import InputError
from models.locale_co import fecha_hora, numero, porcentaje

HEADERS = ("Fuente", "Última cosecha", "Estado", "Peticiones", "Respuestas", "Ítems", "Nuevas", "Actualizadas",
           "Sin cambios", "Rechazadas", "Duración", "Problemas")
RUN_HEADERS = ("Cosecha", "Estado", "Peticiones", "Respuestas", "Ítems", "Nuevas", "Actualizadas", "Sin cambios",
               "Rechazadas", "Duración", "Problemas")


def register(sub: argparse._SubParsersAction) -> None:
    p = subcommand_group(sub, "sources", "Fuentes de convocatorias").add_parser(
        "status", help="Estado de cada fuente en su última cosecha y las fuentes con problemas")
    p.add_argument("--source", metavar="ID", help="solo esta fuente, con sus últimas cosechas y motivos de rechazo")
    p.add_argument("--runs", type=int, default=10, metavar="N", help="cosechas a mostrar con --source (por defecto 10)")
    p.set_defaults(func=run_status)


def run_status(args: argparse.Namespace) -> int:
    from models.db import session_scope

    with session_scope() as session:
        if args.source:
            text, flagged = source_detail(session, args.source.strip(), max(1, args.runs))
        else:
            text, flagged = overview(session)
    print(text)
    return 1 if flagged else 0


def overview(session: Any) -> tuple[str, bool]:
    """One line per source with its last run, then what is wrong with each flagged one."""
    from sqlalchemy import select

    from models.schema import Source
    from spiders.health import latest_runs

    runs = latest_runs(session)
    if not runs:
        return "Aún no hay cosechas registradas; ejecute `vigia harvest`.", False
    names = {s.id: s for s in session.scalars(select(Source))}
    rows, problems = [], []
    for sid in sorted(runs):
        run = runs[sid]
        rows.append([sid, fecha_hora(run.started_at), *_run_cells(run)])
        problems += [f"Problema en {sid} ({names[sid].name if sid in names else sid}): {_flag_text(f)}"
                     for f in run.flags or []]
    lines = [table(HEADERS, rows)]
    flagged = sum(1 for run in runs.values() if run.flags)
    lines.append("")
    total = f"{numero(len(runs))} fuente{'s' if len(runs) != 1 else ''}"
    lines.append(f"Fuentes con problemas: {numero(flagged)} de {total}." if flagged
                 else f"Fuentes con problemas: ninguna ({total} revisada{'s' if len(runs) != 1 else ''}).")
    lines += problems
    return "\n".join(lines), bool(flagged)


def source_detail(session: Any, source_id: str, limit: int) -> tuple[str, bool]:
    """A source's recent runs, the fill rate of its key fields and the reasons of its last rejects."""
    from sqlalchemy import select

    from models.schema import HarvestRun, Source, utcnow
    from spiders.health import KEY_FIELDS
    from spiders.status import STATUS_LABELS, STATUS_PLURALS, status_counts

    source = session.get(Source, source_id)
    if source is None:
        known = ", ".join(sorted(session.scalars(select(Source.id)))) or "ninguna (ejecute `vigia harvest`)"
        raise InputError(f"fuente desconocida {source_id!r}; las fuentes registradas son: {known}", "--source")
    runs = list(session.scalars(select(HarvestRun).where(HarvestRun.source_id == source_id)
                                .order_by(HarvestRun.id.desc()).limit(limit)))
    lines = [f"{source.name} ({source.id}) — {source.url}", ""]
    if not runs:
        return "\n".join(lines + ["Aún no se ha cosechado esta fuente."]), False
    counts = status_counts(session, source_id, utcnow())
    if counts:
        lines += ["Convocatorias publicadas aquí: " + ", ".join(
            f"{numero(n)} {(STATUS_LABELS if n == 1 else STATUS_PLURALS)[status]}" for status, n in counts.items()), ""]
    lines.append(table(RUN_HEADERS, [[fecha_hora(r.started_at), *_run_cells(r)] for r in runs]))
    last = runs[0]
    fill = (last.details or {}).get("fill") or {}
    if fill:
        lines += ["", "Campos llenos en la última cosecha: " + ", ".join(
            f"{label} {porcentaje(fill[name] * 100)}" for name, label in KEY_FIELDS.items() if name in fill)]
    cache = cache_line((last.details or {}).get("crawl") or {})
    if cache:
        lines += ["", cache]
    for flag in last.flags or []:
        lines.append(f"Problema: {_flag_text(flag)}")
    if last.error and not last.flags:
        lines.append(f"Error: {last.error}")
    rejects = (last.details or {}).get("rejects") or []
    for reason in rejects[:10]:
        lines.append(f"Rechazada: {reason}")
    if last.rejected > len(rejects[:10]):
        lines.append(f"  … y {numero(last.rejected - len(rejects[:10]))} rechazos más")
    return "\n".join(lines), bool(last.flags)


def cache_line(stats: dict[str, Any]) -> str | None:
    """How much of the last harvest the HTTP cache and the replay memo spared, from its crawl stats."""
    asked = stats.get("httpcache/revalidate", 0) + stats.get("httpcache/hit", 0)
    replayed, unasked = stats.get("vigia/replayed", 0), stats.get("vigia/replayed_unasked", 0)
    if not (asked or replayed):
        return None
    return (f"Sin cambios en la última cosecha: {numero(asked)} páginas respondidas con 304 o desde la caché; "
            f"{numero(replayed)} repetidas sin volver a leerlas, {numero(unasked)} de ellas sin pedirlas al sitio")


def _run_cells(run: Any) -> list[str]:
    from spiders.health import CACHED, FLAG_LABELS
    from spiders.vocabulary import STATUS_LABELS

    # by HTTP status as it came over the wire (304: unchanged since the last harvest), then pages the cache
    # served without asking the site ("caché": still fresh by the site's own max-age or Expires)
    responses = " ".join(f"{'caché' if code == CACHED else code}×{numero(n)}"
                         for code, n in (run.responses or {}).items()) or "—"
    duration = f"{numero(run.duration_s, 1)} s" if run.duration_s is not None else "—"
    flags = ", ".join(FLAG_LABELS.get(f["code"], f["code"]) for f in run.flags or []) or "—"
    return [STATUS_LABELS.get(run.status, run.status), numero(run.requests), responses, numero(run.items),
            numero(run.inserted), numero(run.updated), numero(run.unchanged), numero(run.rejected), duration, flags]


def _flag_text(flag: dict[str, str]) -> str:
    from spiders.health import FLAG_LABELS

    return " ".join(f"{FLAG_LABELS.get(flag['code'], flag['code'])}: {flag['message']}".split())  # one line each


def table(headers: tuple[str, ...], rows: list[list[Any]]) -> str:
    """A plain-text table: first column left-aligned, the rest right-aligned; cells on one line."""
    cells = [[" ".join(str(c).split()) for c in row] for row in [list(headers), *rows]]
    widths = [max(len(row[i]) for row in cells) for i in range(len(headers))]
    lines = ["  ".join(c.ljust(w) if i == 0 else c.rjust(w) for i, (c, w) in enumerate(zip(row, widths, strict=True)))
             for row in cells]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines)
