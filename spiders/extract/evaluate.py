"""Accuracy of the extractor on labelled pages: each `NAME.html` beside `NAME.expected.json` (web-poet style)."""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from models.errors import InputError
from spiders.extract.fill import call_as_page
from spiders.extract.page import city_may_apply_in_text, extract_page

TARGETS = {"deadline_exact": 0.90, "no_invented_deadline": 0.95, "amount_currency": 0.85, "city_may_apply": 0.90}
LABELS = {
    "deadline_exact": "Fecha de cierre exacta (páginas que la indican)",
    "no_invented_deadline": "Sin fecha inventada (páginas que no la indican)",
    "amount_currency": "Monto y moneda correctos",
    "city_may_apply": "«Una alcaldía colombiana puede postular» correcto",
    "language": "Idioma correcto",
    "category": "Categoría GLOBO correcta",
}
REQUIRED = ("deadline", "amount", "currency", "colombian_city_may_apply")


@dataclass
class Evaluation:
    """Hits and totals per measure, and every miss with what was expected and what came out."""

    hits: dict[str, int] = field(default_factory=lambda: dict.fromkeys(LABELS, 0))
    totals: dict[str, int] = field(default_factory=lambda: dict.fromkeys(LABELS, 0))
    misses: list[dict[str, Any]] = field(default_factory=list)
    pages: int = 0

    def share(self, name: str) -> float | None:
        return self.hits[name] / self.totals[name] if self.totals[name] else None

    def passed(self) -> bool:
        return all((self.share(n) or 0) >= t for n, t in TARGETS.items() if self.totals[n])

    def as_dict(self) -> dict[str, Any]:
        return {"pages": self.pages, **{n: self.share(n) for n in LABELS},
                "counts": {n: [self.hits[n], self.totals[n]] for n in LABELS}}

    def count(self, name: str, ok: bool, page: str, expected: Any, got: Any) -> None:
        self.totals[name] += 1
        if ok:
            self.hits[name] += 1
        else:
            self.misses.append({"page": page, "measure": name, "expected": expected, "got": got})


def labelled_pages(folder: Path) -> list[tuple[Path, dict[str, Any]]]:
    """Each page with its expected values; a label file that is missing or malformed is named in the error."""
    if not folder.is_dir():
        raise InputError(f"{folder}: no existe la carpeta de páginas etiquetadas")
    pairs = []
    for page in sorted(folder.glob("*.html")) + sorted(folder.glob("*.txt")):
        label = page.with_name(page.stem + ".expected.json")
        if not label.is_file():
            raise InputError(f"{page}: falta su archivo de valores esperados {label.name}")
        try:
            expected = json.loads(label.read_text(encoding="utf-8"))
        except json.JSONDecodeError as exc:
            raise InputError(f"{label}: JSON no válido (línea {exc.lineno}): {exc.msg}") from None
        missing = [k for k in REQUIRED if k not in expected]
        if missing:
            raise InputError(f"{label}: faltan los campos {', '.join(missing)}; use null cuando la página no lo indica")
        pairs.append((page, expected))
    if not pairs:
        raise InputError(f"{folder}: no hay páginas .html o .txt con su .expected.json")
    return pairs


def deadline_matches(expected: str, got: str | None) -> bool:
    """Same day; same local time and offset too when the label states them ('17:00' and '17:00:00' alike)."""
    if not got:
        return False
    if len(expected) == 10:
        return got[:10] == expected
    try:
        want, have = datetime.fromisoformat(expected), datetime.fromisoformat(got)
    except ValueError:
        return got == expected
    return want.replace(tzinfo=None) == have.replace(tzinfo=None) and want.utcoffset() == have.utcoffset()


def amount_matches(expected: dict[str, Any], amount: Any, currency: Any) -> bool:
    if expected["amount"] is None:
        return amount is None
    return (amount is not None and abs(float(amount) - float(expected["amount"])) <= 0.005 * float(expected["amount"])
            and currency == expected["currency"])


def evaluate_calls(path: Path) -> Evaluation:
    """"May a Colombian city apply" on the eligibility paragraphs of a labelled matching set (models/data/devset).

    Those paragraphs were written by other hands than the pages', so they test the extractor's reading of who
    may apply on wordings it was not built on. A call counts as open to a Colombian city when any labelled
    city may apply (population and department limits are the matcher's business, not the page's).
    """
    from models.match_quality import load_devset

    result = Evaluation()
    for call in load_devset(path)[2]:
        expected = call["expect"] == "apply" or "apply" in (call.get("expect_by_city") or {}).values()
        got = city_may_apply_in_text(call_as_page(call["title"], call.get("summary"), call.get("eligibility"),
                                                  call.get("language"))).value
        result.pages += 1
        result.count("city_may_apply", got == expected, f"{path.name}:{call['id']}", expected, got)
    return result


def evaluate(folder: Path) -> Evaluation:
    """Run the extractor on every labelled page and count what it got right."""
    if folder.is_file() and folder.suffix in (".yaml", ".yml"):
        return evaluate_calls(folder)
    result = Evaluation()
    for page, expected in labelled_pages(folder):
        got = extract_page(page.read_bytes(), url=f"file://{page.name}")
        name = page.name
        result.pages += 1
        if expected["deadline"]:
            result.count("deadline_exact", deadline_matches(expected["deadline"], got.value("deadline")), name,
                         expected["deadline"], got.value("deadline"))
        else:
            result.count("no_invented_deadline", got.value("deadline") is None, name, None, got.value("deadline"))
        result.count("amount_currency", amount_matches(expected, got.value("amount"), got.value("currency")), name,
                     [expected["amount"], expected["currency"]], [got.value("amount"), got.value("currency")])
        result.count("city_may_apply", got.value("colombian_city_may_apply") == expected["colombian_city_may_apply"],
                     name, expected["colombian_city_may_apply"], got.value("colombian_city_may_apply"))
        for key in ("language", "category"):
            if expected.get(key):
                result.count(key, got.value(key) == expected[key], name, expected[key], got.value(key))
    return result
