"""Matching quality on the labelled development set: precision, recall and ineligible alerts.

The set (models/data/devset/calls.yaml) labels invented but realistic calls against the axes of the
sample plans. Evaluation runs the production scorer and decision (models.matching.decide) on the
plan files themselves, with no database, each call as if it arrived alone (so `max_per_alert` does
not cut anything). Precision counts alerted (call, city, axis) pairs labelled relevant (grade 1 or
2); recall counts the clearly relevant pairs (grade 2) of calls the city can apply to with enough
days left that were alerted.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time
from functools import lru_cache
from pathlib import Path
from types import SimpleNamespace
from typing import Any, Callable

import yaml

from models.eligibility import KINDS, assess_call, for_city, population_of
from models.settings import networks_of
from models.errors import InputError
from models.locale_co import BOGOTA
from models.matching import AxisIndex, decide, opportunity_text, profile_for, rules_of

DATA = Path(__file__).parent / "data"
DEVSET = DATA / "devset" / "calls.yaml"
PLANS = DATA / "plans"


@dataclass
class Quality:
    """Figures of one evaluation, with the pairs behind them for inspection."""

    calls: int = 0
    alerted: int = 0
    alerted_relevant: int = 0
    clearly_relevant: int = 0
    clearly_relevant_alerted: int = 0
    ineligible_alerts: int = 0
    eligibility_right: int = 0
    eligibility_total: int = 0
    false_alerts: list[str] = field(default_factory=list)
    missed: list[str] = field(default_factory=list)
    eligibility_wrong: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.alerted_relevant / self.alerted if self.alerted else 1.0

    @property
    def recall(self) -> float:
        return self.clearly_relevant_alerted / self.clearly_relevant if self.clearly_relevant else 1.0

    def add(self, other: "Quality", name: str) -> None:
        """Pool another set's counts into these, naming its rows by the set."""
        for count in ("calls", "alerted", "alerted_relevant", "clearly_relevant", "clearly_relevant_alerted",
                      "ineligible_alerts", "eligibility_right", "eligibility_total"):
            setattr(self, count, getattr(self, count) + getattr(other, count))
        for rows in ("false_alerts", "missed", "eligibility_wrong"):
            getattr(self, rows).extend(f"{name}: {row}" for row in getattr(other, rows))


# libyaml's parser when PyYAML was built with it (its wheels are): the pooled gate reads about a thousand sets
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def _read_yaml(path: Path) -> Any:
    """A YAML file's document, parsed by libyaml where available (ten times faster than the pure-Python parser)."""
    return yaml.load(path.read_text(encoding="utf-8"), Loader=_LOADER)


@lru_cache(maxsize=8)
def _plan_documents(plans_dir: Path, stamp: tuple[tuple[str, int, int], ...]) -> dict[str, dict[str, Any]]:
    """The sample plans by DANE code, parsed once per folder state (`stamp`: names, mtimes and sizes) for all sets."""
    found: dict[str, dict[str, Any]] = {}
    for name, _, _ in stamp:
        doc = _read_yaml(plans_dir / name) or {}
        code = str((doc.get("city") or {}).get("dane_code", ""))
        found[code] = doc
    return found


def labelled_sets(folder: Path = DEVSET.parent) -> list[Path]:
    """Every labelled set: the development set first, then the held-out sets in their numeric order."""
    def order(path: Path) -> tuple[int, int]:
        digits = path.stem.removeprefix("heldout")
        return (0, 0) if path == DEVSET else (1, int(digits) if digits.isdigit() else 1)
    return sorted((p for p in folder.glob("*.yaml") if p == DEVSET or p.stem.startswith("heldout")), key=order)


def plan_profiles(cities: list[str], plans_dir: Path = PLANS, source: Path = DEVSET) -> list[Any]:
    """Axis profiles of the sample plans of these cities, read straight from their YAML files."""
    stamp = tuple((path.name, stat.st_mtime_ns, stat.st_size)
                  for path in sorted(plans_dir.glob("*.yaml")) for stat in (path.stat(),))
    found = _plan_documents(plans_dir, stamp)
    profiles = []
    for code in cities:
        if code not in found:
            raise InputError(f"no hay un plan de ejemplo con código DANE {code} en {plans_dir}", f"{source.name}: cities")
        doc = found[code]
        settings = doc.get("settings") or {}
        rules, population, networks = rules_of(settings), population_of(code, settings), networks_of(settings)
        for i, axis in enumerate(doc.get("axes") or []):
            like = SimpleNamespace(id=f"{code}:{axis['code']}", plan_id=code, code=str(axis["code"]),
                                   name=axis.get("name", ""), description=axis.get("description", ""),
                                   keywords=axis.get("keywords") or [], ods=axis.get("ods") or [])
            profiles.append(profile_for(like, code, rules=rules, population=population, networks=networks))
    return profiles


def _deadline(value: Any, where: str) -> datetime | None:
    """A devset deadline (a date) as the end of that day in Bogotá."""
    if value is None:
        return None
    day = value
    if isinstance(value, str):  # a quoted date ("2027-02-26") is still an ISO date
        try:
            day = date.fromisoformat(value.strip())
        except ValueError:
            day = None
    if not isinstance(day, date):
        raise InputError(f"se esperaba una fecha AAAA-MM-DD; se encontró {value!r}", where)
    return datetime.combine(day, time(23, 59), tzinfo=BOGOTA)


def load_devset(path: Path = DEVSET) -> tuple[date, list[str], list[dict[str, Any]]]:
    """The evaluation date, the labelled cities and the calls, with their labels checked."""
    try:
        doc = _read_yaml(path) or {}
    except yaml.YAMLError as exc:
        raise InputError(f"el archivo no es YAML válido ({exc}); corríjalo y vuelva a evaluar", path.name) from exc
    today, cities, calls = doc.get("today"), [str(c) for c in doc.get("cities") or []], doc.get("calls") or []
    if not isinstance(today, date):
        raise InputError("falta `today` (AAAA-MM-DD)", f"{path.name}: today")
    for i, call in enumerate(calls):
        where = f"{path.name}: calls[{i}]"
        for key in ("id", "title", "expect"):
            if not call.get(key):
                raise InputError(f"falta `{key}`", where)
        kinds = [call["expect"], *(call.get("expect_by_city") or {}).values()]
        if any(k not in KINDS for k in kinds):
            raise InputError(f"`expect` debe ser uno de {', '.join(KINDS)}", where)
        for city in (call.get("relevant") or {}):
            if str(city) not in cities:
                raise InputError(f"la ciudad {city} no está en `cities`", f"{where}.relevant")
    return today, cities, calls


def evaluate(path: Path = DEVSET, plans_dir: Path = PLANS,
             second_reader: Callable[[str, str | None, str | None, str | None], dict[str, Any]] | None = None) -> Quality:
    """Run the scorer and the alert decision over the devset and compare with its labels.

    `second_reader` adds to each call what harvest would store beside it (the page extractor's verdict on its
    eligibility paragraph, spiders.extract.fill.second_reading), so the figures are those of calls that came in.
    """
    today, cities, calls = load_devset(path)
    profiles = plan_profiles(cities, plans_dir, path)
    axis_codes = {(p.city_code, p.code) for p in profiles}
    index = AxisIndex(profiles)
    populations = {p.city_code: p.population for p in profiles}
    networks = {p.city_code: p.networks for p in profiles}
    now = datetime.combine(today, time(12, 0), tzinfo=BOGOTA)
    q = Quality(calls=len(calls))
    for i, raw in enumerate(calls):
        where = f"{path.name}: calls[{i}] ({raw['id']})"
        opp = SimpleNamespace(title=raw["title"], funder=raw.get("funder"), summary=raw.get("summary") or "", eligibility=raw.get("eligibility"),
                              funder_type=raw.get("funder_type"),
                              extra={**(raw.get("extra") or {}), **(second_reader(
                                  raw["title"], raw.get("summary"), raw.get("eligibility"), raw.get("language"))
                                  if second_reader else {})},
                              deadline=_deadline(raw.get("deadline"), f"{where}.deadline"))
        labels: dict[tuple[str, str], int] = {}
        for city, axes in (raw.get("relevant") or {}).items():
            for code, grade in (axes or {}).items():
                if (str(city), str(code)) not in axis_codes:
                    raise InputError(f"el eje {code} no existe en el plan de {city}", f"{where}.relevant")
                labels[(str(city), str(code))] = int(grade)
        expected = {c: (raw.get("expect_by_city") or {}).get(c, raw["expect"]) for c in cities}
        call = assess_call(opp)
        decisions = {d.city_code: d for d in decide(opp, index.score(opportunity_text(opp)), now, call)}
        feasible = opp.deadline is None or (opp.deadline - now).days >= profiles[0].rules.min_days_left
        for city in cities:
            d = decisions.get(city)
            kind, facts = for_city(call, populations[city], city, networks[city])
            q.eligibility_total += 1
            if kind == expected[city]:
                q.eligibility_right += 1
            else:
                q.eligibility_wrong.append(f"{raw['id']} {city}: esperado {expected[city]}, obtenido {kind} "
                                           f"({'; '.join(facts)})")
            alerted = {s.profile.code: s.score for s in (d.scored if d and d.verdict == "alert" else [])
                       if s.score >= s.profile.rules.threshold}
            scores = {s.profile.code: s.score for s in (d.scored if d else [])}
            for code, score in alerted.items():
                q.alerted += 1
                if labels.get((city, code), 0) >= 1:
                    q.alerted_relevant += 1
                else:
                    q.false_alerts.append(f"{raw['id']} {city}/{code} ({score:.2f}): {raw['title'][:70]}")
                if expected[city] != "apply":
                    q.ineligible_alerts += 1
            if expected[city] == "apply" and feasible:
                for (lc, code), grade in labels.items():
                    if lc == city and grade == 2:
                        q.clearly_relevant += 1
                        if code in alerted:
                            q.clearly_relevant_alerted += 1
                        else:
                            q.missed.append(f"{raw['id']} {city}/{code} ({scores.get(code, 0):.2f}): {raw['title'][:70]}")
    return q
