"""`vigia bench match`: synthetic national-scale matching, timed beside a per-pair baseline.

Synthetic but realistic: cities with 5 axes drawn from themes of real plans (name, description,
keywords in es/en, ODS; one axis in five has no keywords), calls in es/en/pt/fr mixing theme phrases
with boilerplate, eligibility texts of every kind, deadlines past and future. Full matching = reading
every call (features and eligibility, models.call_reading, over the machine's cores as `vigia match`
does), the production scorer (models.match_engine.BulkMatcher) over every call × every axis, batch by batch as
the readers deliver them, and the alert decision per (call, city), vectorised.
The baseline scores the same pairs one by one with score_against on a sample of calls and is
extrapolated to all of them. Incremental runs: new calls against every axis, and one city's edited
plan against every call through an index of the calls' features.
"""
from __future__ import annotations

import random
import time
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from itertools import islice
from types import SimpleNamespace
from typing import Any

import numpy as np

from models.call_reading import CallReading, iter_readings, peak_rss_mb, processes_for
from models.eligibility import PASS_ON
from models.match_engine import BulkMatcher, OpportunityFeatures, extract
from models.matching import MIN_SCORE, AlertRules, decide, idf_table, opportunity_text, profile_for, score_against

# (name, description, keywords, ods, call phrases in es/en/pt/fr)
THEMES: list[tuple[str, str, list[str], list[int], list[str]]] = [
    ("Ciudad resiliente al clima", "Adaptación al cambio climático, gestión del riesgo y reducción de emisiones",
     ["cambio climático", "adaptación", "resiliencia", "climate change", "climate resilience"], [13, 11],
     ["adaptación al cambio climático", "climate change adaptation", "resiliência climática", "risque climatique",
      "reducción de emisiones", "low-carbon transition"]),
    ("Movilidad sostenible", "Transporte público, movilidad activa y electromovilidad",
     ["movilidad sostenible", "transporte público", "sustainable mobility", "public transport"], [11],
     ["movilidad urbana sostenible", "sustainable urban mobility", "mobilidade urbana", "transport public",
      "electric buses"]),
    ("Cultura y patrimonio", "Patrimonio material e inmaterial y proyección cultural",
     ["patrimonio cultural", "cultura", "cultural heritage", "culture"], [11, 4],
     ["patrimonio cultural", "cultural heritage", "patrimônio cultural", "patrimoine culturel", "museos"]),
    ("Turismo internacional", "Promoción turística, eventos y destino",
     ["turismo", "destino turístico", "tourism", "events"], [8],
     ["turismo sostenible", "sustainable tourism", "turismo", "tourisme durable", "international events"]),
    ("Educación y bilingüismo", "Aprendizaje de idiomas, becas e intercambio académico",
     ["bilingüismo", "educación", "becas", "language learning", "scholarships"], [4],
     ["aprendizaje de idiomas", "language learning", "educação bilíngue", "bourses d'études", "docentes"]),
    ("Inclusión y diversidad", "Migrantes, comunidades étnicas y equidad de género",
     ["inclusión social", "migrantes", "equidad de género", "social inclusion", "migrants"], [10, 5],
     ["inclusión de migrantes", "migrant inclusion", "igualdade de gênero", "inclusion sociale", "refugiados"]),
    ("Gobernanza y transparencia", "Gobierno abierto, participación ciudadana y sistemas de información",
     ["gobernanza", "transparencia", "participación ciudadana", "governance", "open government"], [16],
     ["gobierno abierto", "open government", "participação cidadã", "transparence", "datos abiertos"]),
    ("Innovación y ciudad inteligente", "Transformación digital, datos y tecnología",
     ["innovación", "transformación digital", "innovation", "smart city"], [9],
     ["transformación digital", "digital transformation", "inovação urbana", "ville intelligente", "startups"]),
    ("Agua y saneamiento", "Acueducto, saneamiento y gestión del agua",
     ["agua potable", "saneamiento", "water", "sanitation"], [6],
     ["agua potable", "water and sanitation", "saneamento básico", "eau potable", "acueductos"]),
    ("Seguridad y convivencia", "Prevención de la violencia y construcción de paz",
     ["convivencia", "prevención de la violencia", "paz", "peacebuilding", "violence prevention"], [16],
     ["prevención de la violencia", "violence prevention", "construção da paz", "paix", "reconciliación"]),
    ("Desarrollo económico e inversión", "Atracción de inversión, empleo y emprendimiento",
     ["inversión extranjera", "empleo", "emprendimiento", "foreign investment", "entrepreneurship"], [8],
     ["inversión extranjera directa", "foreign direct investment", "empreendedorismo", "emploi des jeunes",
      "pymes"]),
    ("Economía circular", "Residuos, reciclaje y consumo responsable",
     ["economía circular", "residuos", "reciclaje", "circular economy", "waste"], [12],
     ["economía circular", "circular economy", "reciclagem", "déchets", "plásticos"]),
    ("Cooperación y redes de ciudades", "Cooperación descentralizada, hermanamientos y redes",
     ["cooperación descentralizada", "hermanamiento", "red de ciudades", "city networks", "twinning"], [17],
     ["cooperación descentralizada", "decentralised cooperation", "cooperação descentralizada",
      "jumelage", "sister cities"]),
    ("Salud pública", "Salud, nutrición y bienestar", ["salud pública", "nutrición", "public health"], [3, 2],
     ["salud pública", "public health", "saúde pública", "santé publique", "nutrición infantil"]),
    ("Biodiversidad y ecosistemas", "Bosques, humedales y estructura ecológica",
     ["biodiversidad", "ecosistemas", "biodiversity", "ecosystems"], [15],
     ["biodiversidad urbana", "urban biodiversity", "ecossistemas", "forêts", "humedales"]),
    ("Vivienda y hábitat", "Vivienda social, barrios y espacio público",
     ["vivienda", "espacio público", "housing", "public space"], [11, 1],
     ["vivienda social", "affordable housing", "habitação", "logement social", "mejoramiento de barrios"]),
]
BOILERPLATE = [
    "La convocatoria busca propuestas con impacto medible y enfoque territorial.",
    "Applications must include a budget, a work plan and letters of support.",
    "As propostas devem ser apresentadas em espanhol, inglês ou português.",
    "Les dossiers seront évalués par un comité international.",
    "Se valorará la articulación con actores locales y la sostenibilidad.",
    "Selected projects receive funding for up to 24 months.",
]
ELIGIBILITY = [
    "Gobiernos locales de América Latina y el Caribe.",
    "City governments in low- and middle-income countries.",
    "Governos locais e regionais da América Latina.",
    "Collectivités locales d'Amérique latine.",
    "Empresas legalmente constituidas en Colombia.",
    "Organizaciones de la sociedad civil y universidades.",
    "Only entities based in EU member states.",
    "Solo entidades con sede en España.",
    "Municipios con menos de 100.000 habitantes.",
    "City governments of cities with more than 1 million inhabitants.",
    None,
]


@dataclass
class BenchResult:
    """Figures of one bench run."""

    cities: int
    axes: int
    opportunities: int
    pairs: int
    kept: int
    alerts: int
    pass_on: int
    seconds: float
    index_seconds: float
    peak_rss_mb: float
    processes: int
    baseline_seconds: float
    baseline_sample: int
    incremental_opportunities: int
    incremental_seconds: float
    plan_edit_seconds: float
    plan_edit_candidates: int


def synthetic_cities(n_cities: int, axes_per_city: int, rng: random.Random) -> tuple[list[Any], list[int]]:
    """Axis profiles for n cities (contiguous per city) and each city's population."""
    profiles, populations = [], []
    places = ["del norte", "del río", "de la costa", "de la montaña", "del valle", "de la sabana", "del centro"]
    for c in range(n_cities):
        code = f"{c + 1:05d}"
        population = int(rng.lognormvariate(10.5, 1.3))
        populations.append(population)
        rules = AlertRules(threshold=rng.choice([0.45, 0.5, 0.55]), max_per_alert=10, min_days_left=10)
        for a, theme in enumerate(rng.sample(THEMES, axes_per_city)):
            name, description, keywords, ods, _ = theme
            bare = rng.random() < 0.2
            axis = SimpleNamespace(
                id=c * axes_per_city + a, plan_id=c, code=f"E{a + 1}",
                name=f"{name} {rng.choice(places)}",
                description=f"{description} en el municipio {code} {rng.choice(places)}",
                keywords=[] if bare else rng.sample(keywords, rng.randint(2, len(keywords))),
                ods=[] if bare else ods)
            profiles.append(profile_for(axis, code, rules=rules, population=population))
    return profiles, populations


def synthetic_calls(n: int, rng: random.Random, now: datetime) -> list[Any]:
    """Calls mixing one or two themes with boilerplate, in four languages, with every kind of eligibility."""
    calls = []
    for i in range(n):
        themes = rng.sample(THEMES, rng.choice([1, 1, 2]))
        phrases = [p for t in themes for p in rng.sample(t[4], 2)]
        ods = f" (ODS {themes[0][3][0]})" if rng.random() < 0.3 else ""
        calls.append(SimpleNamespace(
            id=i, title=f"Convocatoria {i}: {phrases[0]}{ods}",
            summary=" ".join(phrases[1:] + rng.sample(BOILERPLATE, 2)),
            eligibility=rng.choice(ELIGIBILITY), funder_type="multilateral", extra={},
            deadline=now + timedelta(days=rng.randint(-30, 180))))
    return calls


def full_match(matcher: BulkMatcher, calls: list[Any], readings: Iterable[CallReading], city_starts: np.ndarray,
               populations: np.ndarray, thresholds: np.ndarray, min_days: np.ndarray, now: datetime,
               chunk: int = 256) -> tuple[int, int, int, list[CallReading]]:
    """Score every call against every axis as its reading arrives and decide per (call, city): kept pairs, alerts,
    pass-on calls, and the readings themselves (for the index of calls)."""
    kept = alerts = pass_on = 0
    read: list[CallReading] = []
    arriving = iter(readings)
    for start in range(0, len(calls), chunk):
        batch = calls[start:start + chunk]
        read.extend(islice(arriving, len(batch)))
        scores = matcher.scores([r.features for r in read[start:start + chunk]])
        kept += int(np.count_nonzero(scores >= MIN_SCORE))
        best = np.maximum.reduceat(scores, city_starts, axis=1)  # (batch, cities)
        for row, call in enumerate(batch):
            e = read[start + row].eligibility
            if e.foreign_only:
                continue
            fits = np.ones(len(populations), dtype=bool)
            if e.min_population is not None:
                fits &= populations >= e.min_population
            if e.max_population is not None:
                fits &= populations <= e.max_population
            scored = best[row] >= thresholds
            if e.applicants == PASS_ON:
                pass_on += int(np.count_nonzero(scored & fits))
                continue
            days_left = (call.deadline - now) / timedelta(days=1)
            alerts += int(np.count_nonzero(scored & fits & (days_left >= min_days)))
    return kept, alerts, pass_on, read


def baseline(profiles: list[Any], calls: list[Any], now: datetime) -> float:
    """The straightforward way: every call against every axis, one pair at a time, then decide."""
    df: dict[str, int] = defaultdict(int)
    for p in profiles:
        for t in p.terms:
            df[t] += 1
    idf = idf_table(df, len(profiles))
    started = time.perf_counter()
    for call in calls:
        f = extract(opportunity_text(call))
        stems, cited, themed, runs = set(f.stems), set(f.cited), set(f.themed), set(f.runs)
        results = [s for s in (score_against(p, stems, cited, themed, idf, runs) for p in profiles)
                   if s.score >= MIN_SCORE]
        decide(call, results, now)
    return time.perf_counter() - started


def run_bench(n_cities: int = 1103, axes_per_city: int = 5, n_calls: int = 10_000, baseline_sample: int = 100,
              new_calls: int = 100, seed: int = 7, report: Any = print) -> BenchResult:
    """Generate, match fully, measure the baseline and the incremental runs; `report` prints progress."""
    rng = random.Random(seed)
    now = datetime(2026, 11, 23, 12, tzinfo=timezone.utc)
    profiles, pops = synthetic_cities(n_cities, axes_per_city, rng)
    calls = synthetic_calls(n_calls + new_calls, rng, now)
    calls, fresh = calls[:n_calls], calls[n_calls:]
    report(f"Datos sintéticos: {n_cities} municipios × {axes_per_city} ejes = {len(profiles)} ejes; "
           f"{n_calls} convocatorias")
    city_starts = np.arange(0, len(profiles), axes_per_city)
    populations = np.asarray(pops)
    thresholds = np.asarray([profiles[i].rules.threshold for i in city_starts])
    min_days = np.asarray([profiles[i].rules.min_days_left for i in city_starts])

    started = time.perf_counter()
    matcher = BulkMatcher(profiles)
    index_seconds = time.perf_counter() - started
    kept, alerts, pass_on, readings = full_match(matcher, calls, iter_readings(calls), city_starts, populations,
                                                 thresholds, min_days, now)
    feats = [r.features for r in readings]
    calls_index = OpportunityIndex(feats)  # kept for later plan edits
    seconds = time.perf_counter() - started
    peak = peak_rss_mb()
    report(f"Cruce completo: {seconds:.2f} s (índice {index_seconds:.2f} s; lectura de las convocatorias en "
           f"{processes_for(n_calls)} procesos); {kept} pares sobre {MIN_SCORE}; "
           f"{alerts} alertas (convocatoria, ciudad); {pass_on} para difundir; pico de memoria {peak:.0f} MB")

    sample = calls[:max(1, min(baseline_sample, n_calls))]
    base = baseline(profiles, sample, now) * n_calls / len(sample)
    report(f"Línea base par a par: {base:.1f} s (medida en {len(sample)} convocatorias × {len(profiles)} ejes, "
           f"extrapolada a {n_calls})")

    started = time.perf_counter()
    full_match(matcher, fresh, iter_readings(fresh), city_starts, populations, thresholds, min_days, now)
    incremental = time.perf_counter() - started
    report(f"Incremental, {len(fresh)} convocatorias nuevas × todos los ejes: {incremental:.3f} s")

    started = time.perf_counter()
    edited = profiles[:axes_per_city]
    one_city = BulkMatcher(edited, matcher.idf)
    candidates = sorted(calls_index.candidates(one_city))
    block = one_city.scores([feats[i] for i in candidates]) if candidates else np.zeros((0, len(edited)))
    int(np.count_nonzero(block >= MIN_SCORE))
    plan_edit = time.perf_counter() - started
    report(f"Incremental, plan editado de una ciudad ({len(edited)} ejes) × {n_calls} convocatorias: "
           f"{plan_edit:.3f} s ({len(candidates)} candidatas por el índice de convocatorias)")
    return BenchResult(n_cities, len(profiles), n_calls, n_calls * len(profiles), kept, alerts, pass_on,
                       round(seconds, 3), round(index_seconds, 3), round(peak, 1), processes_for(n_calls), round(base, 3),
                       len(sample), len(fresh), round(incremental, 4), round(plan_edit, 4), len(candidates))


class OpportunityIndex:
    """Feature -> calls that have it, so an edited plan meets only the calls sharing something with it."""

    def __init__(self, feats: list[OpportunityFeatures]):
        self.by_stem: dict[str, list[int]] = defaultdict(list)
        self.by_ods: dict[int, list[int]] = defaultdict(list)
        for i, f in enumerate(feats):
            for s in f.stems:
                self.by_stem[s].append(i)
            for o in f.cited | f.themed:
                self.by_ods[o].append(i)

    def candidates(self, matcher: BulkMatcher) -> set[int]:
        found: set[int] = set()
        for key in matcher.postings:
            kind, value = key
            if kind == "t":
                found.update(self.by_stem.get(value, ()))
            elif kind in ("k", "p"):
                found.update(self.by_stem.get(value[0], ()))
            else:
                found.update(self.by_ods.get(value, ()))
        return found
