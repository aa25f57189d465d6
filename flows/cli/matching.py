"""`vigia match`: score new calls against every city's axes, list and mark matches, measure quality.

`vigia match` with no sub-command still runs matching (same as `vigia match run`).
"""
from __future__ import annotations

import argparse

from models.db import session_scope
from models.locale_co import fecha, numero, porcentaje
from models.matching import match


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("match", help="Cruza las convocatorias con los ejes de cada ciudad; lista y marca coincidencias")
    p.add_argument("--all", action="store_true", help="volver a puntuar todas las convocatorias, no solo las nuevas")
    p.set_defaults(func=run)
    what = p.add_subparsers(dest="match_what", metavar="QUÉ")

    r = what.add_parser("run", help="cruza las convocatorias nuevas o cambiadas y avisa de los cambios (lo mismo que `vigia match`)")
    r.add_argument("--all", action="store_true", help="volver a puntuar todas las convocatorias, no solo las nuevas")
    r.set_defaults(func=run)

    ls = what.add_parser("list", help="lista las convocatorias que coinciden con el plan de una ciudad, con su número")
    ls.add_argument("--city", required=True, metavar="DANE", help="código DANE de la ciudad, p. ej. 11001")
    ls.add_argument("--tipo", choices=["apply", "pass_on", "excluded"],
                    help="apply: para postular; pass_on: para difundir a actores locales; excluded: no elegible")
    ls.add_argument("--estado", help="solo las marcadas con este estado (p. ej. interesante)")
    ls.add_argument("--todas", action="store_true", help="incluir las que no llegan al umbral de alerta de la ciudad")
    ls.set_defaults(func=list_command)

    mk = what.add_parser("mark", help="marca una convocatoria: interesante, descartada, en preparación, postulada, "
                                      "ganada, no ganada")
    mk.add_argument("match_id", type=int, metavar="MATCH_ID", help="número que muestra `vigia match list`")
    mk.add_argument("estado", nargs="+", metavar="ESTADO")
    mk.set_defaults(func=mark_command)

    ev = what.add_parser("evaluate", help="precisión y exhaustividad sobre un conjunto etiquetado (por defecto, el de desarrollo)")
    ev.add_argument("--file", "--archivo", dest="file", metavar="RUTA",
                    help="archivo YAML etiquetado con el formato de models/data/devset/calls.yaml "
                         "(por defecto, ese mismo conjunto de desarrollo)")
    ev.add_argument("--todos", action="store_true",
                    help="todos los conjuntos etiquetados de models/data/devset (desarrollo y reservados), sumados")
    ev.add_argument("--detalle", action="store_true", help="listar alertas falsas, omisiones y errores de elegibilidad")
    ev.add_argument("--sin-palabras-clave", action="store_true",
                    help="evaluar como si los ejes solo tuvieran nombre y descripción")
    ev.set_defaults(func=evaluate_command)


def run(args: argparse.Namespace) -> int:
    from models.change_alerts import queue_change_alerts

    with session_scope() as session:
        summary = match(session, rescore_all=args.all)
        changes = queue_change_alerts(session)
    print(f"Convocatorias evaluadas: {numero(summary.opportunities)} contra {numero(summary.axes)} ejes")
    print(f"Coincidencias guardadas: {numero(summary.matches)}; alertas en cola: {numero(summary.alerts_queued)}")
    print(f"Sin alerta: {numero(summary.pass_on)} para difundir a actores locales, "
          f"{numero(summary.not_eligible)} no elegibles, {numero(summary.too_late)} con muy poco plazo, "
          f"{numero(summary.dismissed)} descartadas por la ORI, {numero(summary.over_limit)} sobre el máximo por alerta")
    for city, count in sorted(summary.by_city.items()):
        print(f"  {city}: {numero(count)} coincidencias")
    print(f"Avisos de cambios (cierre, monto, retiro) en cola: {numero(changes.queued)}")
    return 0


def list_command(args: argparse.Namespace) -> int:
    from models.match_marks import KIND_LABELS, STATES, list_calls

    with session_scope() as session:
        calls = list_calls(session, args.city.strip(), kind=args.tipo, state=args.estado, everything=args.todas)
        if not calls:
            print("No hay convocatorias que coincidan con ese filtro.")
            return 0
        print(f"{'N.º':>7}  {'afinidad':>8}  {'tipo':<32} {'estado':<15} {'cierre':<26} convocatoria")
        for c in calls:
            title = " ".join(c.opportunity.title.split())[:90]
            closing = fecha(c.opportunity.deadline) + (" · retirada" if c.opportunity.withdrawn_at else "")
            print(f"{c.match_id:>7}  {porcentaje(c.score * 100):>8}  {KIND_LABELS.get(c.kind, c.kind):<32} "
                  f"{STATES.get(c.status or '', '—'):<15} {closing:<26} {title} "
                  f"[ejes {', '.join(c.axes)}]")
    print("Marque una con `vigia match mark N.º ESTADO` (interesante, descartada, en preparación, postulada, "
          "ganada, no ganada).")
    return 0


def mark_command(args: argparse.Namespace) -> int:
    from models.match_marks import STATES, mark

    with session_scope() as session:
        rows = mark(session, args.match_id, " ".join(args.estado))
        title = " ".join(rows[0].opportunity.title.split())[:90]
        state, city = STATES[rows[0].status], rows[0].city_code
    print(f"Convocatoria «{title}» marcada como «{state}» para {city}.")
    if state == "descartada":
        print("No volverá a llegar como alerta a esta ciudad.")
    return 0


def evaluate_command(args: argparse.Namespace) -> int:
    import json
    from pathlib import Path

    from models.errors import InputError

    from models import match_quality

    if args.sin_palabras_clave:
        original = match_quality.profile_for

        def bare(axis, city_code, **kwargs):  # noqa: ANN001, ANN202 — same signature as profile_for
            axis.keywords, axis.ods = [], []
            return original(axis, city_code, **kwargs)

        match_quality.profile_for = bare
    from spiders.extract.fill import second_reading

    if args.todos:  # every labelled set pooled: the development set and the held-out sets written blind
        q, sets = match_quality.Quality(), match_quality.labelled_sets()
        for path in sets:
            one = match_quality.evaluate(path, second_reader=second_reading)
            print(f"  {path.stem}: precisión {one.precision:.3f}, exhaustividad {one.recall:.3f}, "
                  f"{one.ineligible_alerts} alertas no elegibles")
            q.add(one, path.stem)
        where = f"{numero(len(sets))} conjuntos en {match_quality.DEVSET.parent}"
    else:
        path = Path(args.file) if args.file else match_quality.DEVSET
        if not path.is_file():
            raise InputError("el archivo no existe; indique la ruta de un YAML etiquetado como "
                             "models/data/devset/calls.yaml", str(path))
        q = match_quality.evaluate(path, second_reader=second_reading)  # as harvest stores calls: with the page's reading
        where = str(path)
    print(f"Conjunto etiquetado: {numero(q.calls)} convocatorias ({where})")
    print(f"Precisión (alertas relevantes / alertas): {q.precision:.3f} ({q.alerted_relevant}/{q.alerted})")
    print(f"Exhaustividad (claramente relevantes alertadas): {q.recall:.3f} "
          f"({q.clearly_relevant_alerted}/{q.clearly_relevant})")
    print(f"Alertas a convocatorias a las que la ciudad no puede postular: {q.ineligible_alerts}")
    print(f"Elegibilidad acertada (convocatoria, ciudad): {q.eligibility_right}/{q.eligibility_total}")
    if args.detalle:
        for title, rows in (("Alertas no relevantes", q.false_alerts), ("Omisiones", q.missed),
                            ("Elegibilidad equivocada", q.eligibility_wrong)):
            print(f"{title}: {len(rows)}")
            for row in rows:
                print(f"  {row}")
    print(json.dumps({"precision": round(q.precision, 3), "recall": round(q.recall, 3),
                      "ineligible_alerts": q.ineligible_alerts, "alerted": q.alerted, "calls": q.calls}))
    return 0 if q.ineligible_alerts == 0 else 1
