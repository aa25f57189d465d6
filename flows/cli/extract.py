"""`vigia extract URL_OR_FILE`: what the generic extractor reads from one page, as JSON, for people writing sources.

`vigia extract --evaluate DIR` measures it on labelled pages (NAME.html + NAME.expected.json) and exits 1
when a target is missed; `vigia extract --evaluate models/data/devset/calls.yaml` measures "may a Colombian city
apply" on the eligibility paragraphs of a labelled matching set.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from models.errors import InputError
from models.locale_co import porcentaje

TIMEOUT_S = 30
MAX_BYTES = 5_000_000


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("extract", help="Extraer los campos de una página de convocatoria (JSON) o medir la exactitud")
    p.add_argument("page", nargs="?", metavar="URL_O_ARCHIVO", help="URL http(s) o archivo .html/.txt")
    p.add_argument("--evaluate", metavar="CARPETA", type=Path,
                   help="medir la exactitud en páginas etiquetadas (NOMBRE.html + NOMBRE.expected.json), "
                        "o en los requisitos de un conjunto etiquetado de convocatorias (.yaml)")
    p.add_argument("--text", action="store_true", help="incluir el texto principal extraído")
    p.add_argument("--misses", action="store_true", help="con --evaluate: listar cada error")
    p.set_defaults(func=run_extract)


def fetch(url: str) -> bytes:
    """A plain HTTP GET, as a person writing a source would open the page."""
    import urllib.error
    import urllib.request

    request = urllib.request.Request(url, headers={"User-Agent": "Vigia-extract/0.1 (+https://github.com/vigia)"})
    try:
        with urllib.request.urlopen(request, timeout=TIMEOUT_S) as response:
            return response.read(MAX_BYTES)
    except urllib.error.HTTPError as exc:
        raise InputError(f"{url}: el servidor respondió HTTP {exc.code}; revise la dirección") from None
    except (urllib.error.URLError, TimeoutError, OSError) as exc:
        reason = getattr(exc, "reason", exc)
        raise InputError(f"{url}: no se pudo descargar la página ({reason}); revise la dirección y la red") from None


def read_page(where: str) -> tuple[bytes, str]:
    if where.startswith(("http://", "https://")):
        return fetch(where), where
    path = Path(where)
    if not path.is_file():
        raise InputError(f"{where}: no existe el archivo; indique una URL http(s) o un archivo .html/.txt")
    return path.read_bytes(), path.resolve().as_uri()


def run_extract(args: argparse.Namespace) -> int:
    if args.evaluate:
        return run_evaluate(args.evaluate, args.misses)
    if not args.page:
        raise InputError("indique una URL o un archivo (vigia extract URL_O_ARCHIVO) o use --evaluate CARPETA")
    from spiders.extract import extract_page

    body, url = read_page(args.page)
    result = extract_page(body, url=url)
    json.dump(result.as_dict(with_text=args.text), sys.stdout, ensure_ascii=False, indent=2)
    print()
    return 0


def run_evaluate(folder: Path, show_misses: bool) -> int:
    """Print each measure against its target, then one JSON line with all figures."""
    from spiders.extract.evaluate import LABELS, TARGETS, evaluate

    result = evaluate(folder)
    print(f"{'Convocatorias' if folder.suffix in ('.yaml', '.yml') else 'Páginas'} etiquetadas: {result.pages}")
    for name, label in LABELS.items():
        share = result.share(name)
        if share is None:
            continue
        target = TARGETS.get(name)
        mark = "" if target is None else (" ✔" if share >= target else " ✘") + f" (meta ≥ {porcentaje(target * 100, 0)})"
        print(f"  {label}: {porcentaje(share * 100, 1)} ({result.hits[name]} de {result.totals[name]}){mark}")
    if show_misses:
        for miss in result.misses:
            print(f"  ✘ {miss['page']} · {miss['measure']}: esperado {miss['expected']!r}, obtenido {miss['got']!r}")
    print(json.dumps(result.as_dict(), ensure_ascii=False))
    return 0 if result.passed() else 1
