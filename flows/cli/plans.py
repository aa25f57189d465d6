"""`vigia plan import|template|list|catalogue`: load a city's PAI from YAML or Excel and see what is loaded."""
from __future__ import annotations

import argparse
from pathlib import Path

from sqlalchemy import select

from models.catalogue import load_catalogue
from models.db import session_scope
from models.errors import InputError
from models.locale_co import dinero, fecha, numero
from models.plan_file import read_plan_file
from models.plan_xlsx import write_plan_template
from models.plans import import_plan, plan_milestones
from models.schema import Plan


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("plan", help="Planes de Acción Internacional (PAI) de las ciudades")
    plan_sub = p.add_subparsers(dest="plan_command", required=True, metavar="ACCIÓN")
    imp = plan_sub.add_parser("import", help="Valida e importa un plan en YAML o Excel .xlsx (todo o nada)")
    imp.add_argument("file", type=Path, metavar="ARCHIVO",
                     help="plan en YAML (formato en models/plans.py) o libro .xlsx (de `vigia plan template`)")
    imp.set_defaults(func=run_import)
    tpl = plan_sub.add_parser("template", help="Escribe un libro de Excel vacío para llenar el plan")
    tpl.add_argument("file", type=Path, metavar="ARCHIVO.xlsx", help="dónde guardar la plantilla")
    tpl.set_defaults(func=run_template)
    cat = plan_sub.add_parser("catalogue", help="Lista el catálogo de indicadores del Anexo I de la guía")
    cat.set_defaults(func=run_catalogue)
    lst = plan_sub.add_parser("list", help="Lista los planes vigentes")
    lst.set_defaults(func=run_list)


def run_import(args: argparse.Namespace) -> int:
    spec = read_plan_file(args.file)  # InputErrors -> exit status 2 with the list, nothing written
    with session_scope() as session:
        result = import_plan(session, spec, source_file=str(args.file))
        plan = result.plan
        milestones = plan_milestones(plan)
        budget = sum(a.budget or 0 for a in plan.axes)
        if result.created:
            head = "Plan importado" if result.previous_version is None else (
                f"Plan actualizado (la versión {result.previous_version} queda en el historial)")
        else:
            head = "Sin cambios (el archivo coincide con la versión vigente)"
        lines = [f"{head}: {plan.name}",
                 f"  Ciudad: {spec.city.name} (DANE {plan.city_code})",
                 f"  Versión: {plan.version}",
                 f"  Periodo: {fecha(plan.period_start)} – {fecha(plan.period_end)}",
                 f"  Ejes: {numero(len(plan.axes))} · Hitos: {numero(len(milestones))} · "
                 f"Indicadores: {numero(len(spec.indicators))} · Presupuesto de los ejes: {dinero(budget)}"]
        examples = sum(1 for _, m in milestones if m.example)
        if examples:
            lines.append(f"  Atención: {numero(examples)} hitos están marcados como datos de ejemplo (example: true)")
    # Printed once committed: a reader that goes away (`| head -1`) must not undo what it was told.
    print("\n".join(lines))
    return 0


def run_template(args: argparse.Namespace) -> int:
    if args.file.suffix.lower() != ".xlsx":
        raise InputError("la plantilla es un libro de Excel; use un nombre terminado en .xlsx", str(args.file))
    if args.file.exists():  # it may be the plan the ORI already filled
        raise InputError("el archivo ya existe; use otro nombre o bórrelo primero", str(args.file))
    path = write_plan_template(args.file)
    print(f"Plantilla del plan escrita en {path}")
    print("  Llénela (vea la hoja Instrucciones) e impórtela con: vigia plan import " + str(path))
    return 0


def run_catalogue(args: argparse.Namespace) -> int:
    cat = load_catalogue()
    print(f"Criterios cualitativos ({numero(len(cat.criteria))}), cada uno con tres preguntas de sí o no:")
    for c in cat.criteria:
        print(f"  {c.code}  {c.name}")
    print(f"Indicadores cuantitativos ({numero(len(cat.indicators))}) en {numero(len(cat.groups()))} grupos:")
    group = None
    for i in cat.indicators:
        if i.group != group:
            group = i.group
            print(f"  {group}")
        print(f"    {i.code}  {i.name}")
    return 0


def run_list(args: argparse.Namespace) -> int:
    with session_scope() as session:
        plans = session.scalars(select(Plan).where(Plan.is_current.is_(True)).order_by(Plan.city_code)).all()
        if not plans:
            print("No hay planes cargados. Importe uno con: vigia plan import ARCHIVO.yaml")
            return 0
        for plan in plans:
            print(f"{plan.city.name} (DANE {plan.city_code}) · versión {plan.version} · {plan.name} · "
                  f"{numero(len(plan.axes))} ejes, {numero(len(plan_milestones(plan)))} hitos · "
                  f"importado el {fecha(plan.imported_at)}")
            earlier = session.scalars(select(Plan).where(Plan.city_code == plan.city_code, Plan.is_current.is_(False))
                                      .order_by(Plan.version.desc())).all()
            if earlier:  # past versions keep the progress reported against them
                print("  versiones anteriores: " + "; ".join(
                    f"{p.version} (importada el {fecha(p.imported_at)})" for p in earlier))
    return 0
