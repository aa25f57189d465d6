"""`vigia bench match`: national-scale matching on synthetic data, beside a per-pair baseline."""
from __future__ import annotations

import argparse
import json
from dataclasses import asdict

from flows.cli import subcommand_group


def register(sub: argparse._SubParsersAction) -> None:
    group = subcommand_group(sub, "bench", "Mide el rendimiento con datos sintéticos")
    p = group.add_parser("match", help="cruce de convocatorias con ejes: 1.103 municipios × 5 ejes y 10.000 convocatorias")
    p.add_argument("--cities", type=int, default=1103, help="municipios (por defecto 1103)")
    p.add_argument("--axes", type=int, default=5, help="ejes por municipio (por defecto 5)")
    p.add_argument("--opportunities", type=int, default=10_000, help="convocatorias (por defecto 10000)")
    p.add_argument("--baseline-sample", type=int, default=100,
                   help="convocatorias con que se mide la línea base par a par (se extrapola al total)")
    p.add_argument("--new", type=int, default=100, help="convocatorias nuevas del cruce incremental")
    p.add_argument("--seed", type=int, default=7)
    p.set_defaults(func=run)

    d = group.add_parser("match-db", help="`vigia match` real sobre una base SQLite generada: cruce completo y "
                                          "plan editado de una ciudad (por defecto 50 municipios × 5 ejes, 10.000 "
                                          "convocatorias)")
    d.add_argument("--cities", type=int, default=50, help="municipios (por defecto 50)")
    d.add_argument("--axes", type=int, default=5, help="ejes por municipio (por defecto 5)")
    d.add_argument("--opportunities", type=int, default=10_000, help="convocatorias (por defecto 10000)")
    d.add_argument("--folder", help="carpeta de la base generada (por defecto, una carpeta temporal)")
    d.add_argument("--seed", type=int, default=7)
    d.set_defaults(func=run_db)


def run(args: argparse.Namespace) -> int:
    from models.errors import InputError
    from models.match_bench import THEMES, run_bench

    for name in ("cities", "opportunities", "baseline_sample", "new"):
        if getattr(args, name) < 1:
            raise InputError("debe ser un entero positivo", f"--{name.replace('_', '-')}")
    if not 1 <= args.axes <= len(THEMES):
        raise InputError(f"debe estar entre 1 y {len(THEMES)}", "--axes")
    result = run_bench(args.cities, args.axes, args.opportunities, args.baseline_sample, args.new, args.seed)
    speedup = result.baseline_seconds / result.seconds if result.seconds else 0
    print(f"Resumen: cruce completo {result.seconds:.2f} s frente a {result.baseline_seconds:.1f} s par a par "
          f"(×{speedup:.0f}); {result.pairs:,} pares; pico {result.peak_rss_mb:.0f} MB".replace(",", "."))
    print(json.dumps(asdict(result)))
    return 0


def run_db(args: argparse.Namespace) -> int:
    import tempfile
    from pathlib import Path

    from models.errors import InputError
    from models.match_bench import THEMES
    from models.match_db_bench import run_db_bench

    for name in ("cities", "opportunities"):
        if getattr(args, name) < 1:
            raise InputError("debe ser un entero positivo", f"--{name}")
    if not 1 <= args.axes <= len(THEMES):
        raise InputError(f"debe estar entre 1 y {len(THEMES)}", "--axes")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(args.folder) if args.folder else Path(tmp)
        folder.mkdir(parents=True, exist_ok=True)
        result = run_db_bench(folder, args.cities, args.axes, args.opportunities, args.seed)
    print(f"Base SQLite: {result.cities} municipios × {args.axes} ejes = {result.axes} ejes; "
          f"{result.opportunities} convocatorias")
    print(f"Primer cruce completo: {result.first_match_seconds:.2f} s")
    print(f"Plan editado de una ciudad: {result.plan_edit_seconds:.2f} s para {result.plan_edit_calls} convocatorias "
          f"candidatas ({result.plan_edit_matches} coincidencias)")
    print(json.dumps(asdict(result)))
    return 0
