"""The guide's indicator catalogue (Anexo I) as data, so a plan's indicator can point to an entry.

Data file: models/data/catalogue/anexo_i.yaml — 16 qualitative criteria with three yes/no questions
each (codes CUAL-01 … CUAL-16) and 64 quantitative indicators in 7 groups (codes GROUP-NN, e.g.
AE-05 is the fifth indicator of "Actividad económica"). Codes are Vigía's; the guide has none.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml

CATALOGUE_FILE = Path(__file__).parent / "data" / "catalogue" / "anexo_i.yaml"


@dataclass(frozen=True)
class Criterion:
    code: str
    name: str
    definition: str
    questions: tuple[str, ...]


@dataclass(frozen=True)
class QuantitativeIndicator:
    code: str
    name: str
    group_code: str
    group: str


@dataclass(frozen=True)
class Catalogue:
    criteria: tuple[Criterion, ...]
    indicators: tuple[QuantitativeIndicator, ...]

    def groups(self) -> dict[str, str]:
        """Group code -> group name, in the guide's order."""
        return {i.group_code: i.group for i in self.indicators}

    def name_of(self, code: str) -> str | None:
        return next((e.name for e in (*self.criteria, *self.indicators) if e.code == code), None)


@lru_cache(maxsize=1)
def load_catalogue(path: Path = CATALOGUE_FILE) -> Catalogue:
    """Read the shipped catalogue once; quantitative codes are numbered within their group."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    criteria = tuple(Criterion(code=c["code"], name=c["name"], definition=c["definition"],
                               questions=tuple(c["questions"])) for c in data["qualitative"])
    indicators = tuple(QuantitativeIndicator(code=f"{g['code']}-{i:02d}", name=name, group_code=g["code"], group=g["name"])
                       for g in data["quantitative"] for i, name in enumerate(g["indicators"], start=1))
    return Catalogue(criteria=criteria, indicators=indicators)


def catalogue_codes() -> frozenset[str]:
    """Every code a plan's indicator may use in `catalogue:`."""
    cat = load_catalogue()
    return frozenset(e.code for e in (*cat.criteria, *cat.indicators))
