"""Per-city settings a plan file may carry, their defaults, and the semáforo they drive.

Semáforo thresholds are a choice, not a national norm (TolaData counts ±15 % of target as on
track, ProjectLibre uses indices ≥ 1.0 / ≥ 0.9, a Colombian municipal dashboard uses 90 % / 70 %
of the goal). Vigía's defaults follow that last, Colombian example: a milestone is verde when its
reported progress is at least 90 % of the progress planned at the cut-off date, amarillo from 70 %,
rojo below. A city overrides them in its plan file:

    settings:
      semaforo: {verde: 0.95, amarillo: 0.8}
      match_threshold: 0.6
"""
from __future__ import annotations

from typing import Any

from models.errors import InputError

DEFAULT_THRESHOLDS: dict[str, float] = {"verde": 0.9, "amarillo": 0.7}
SETTINGS_KEYS = ("semaforo", "match_threshold")


def thresholds(settings: dict[str, Any] | None) -> dict[str, float]:
    """The semáforo thresholds of a plan: its own where given, the defaults elsewhere."""
    own = (settings or {}).get("semaforo") or {}
    return {color: float(own.get(color, default)) for color, default in DEFAULT_THRESHOLDS.items()}


def semaforo(ratio: float, limits: dict[str, float]) -> str:
    """Colour of a ratio reported/planned: verde ≥ limits['verde'], amarillo ≥ limits['amarillo'], else rojo."""
    if ratio >= limits["verde"]:
        return "verde"
    if ratio >= limits["amarillo"]:
        return "amarillo"
    return "rojo"


def _ratio(value: Any, where: str, errors: list[InputError]) -> float | None:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        errors.append(InputError(f"se esperaba un número entre 0 y 1, p. ej. 0.9; se encontró {value!r}", where))
        return None
    if not 0 < value <= 1:
        errors.append(InputError(f"valor fuera de rango {value}; debe ser mayor que 0 y como máximo 1", where))
        return None
    return float(value)


def validate_settings(raw: Any, where: str) -> tuple[dict[str, Any], list[InputError]]:
    """Check a plan's `settings` block; returns the clean settings and every problem found."""
    errors: list[InputError] = []
    if raw is None:
        return {}, errors
    if not isinstance(raw, dict):
        return {}, [InputError("se esperaba un mapa con semaforo y/o match_threshold", where)]
    clean: dict[str, Any] = {}
    for key in raw:
        if key not in SETTINGS_KEYS:
            errors.append(InputError(f"clave desconocida; claves válidas: {', '.join(SETTINGS_KEYS)}", f"{where}.{key}"))
    if "match_threshold" in raw:
        value = _ratio(raw["match_threshold"], f"{where}.match_threshold", errors)
        if value is not None:
            clean["match_threshold"] = value
    if "semaforo" in raw:
        clean_semaforo = _validate_semaforo(raw["semaforo"], f"{where}.semaforo", errors)
        if clean_semaforo:
            clean["semaforo"] = clean_semaforo
    return clean, errors


def _validate_semaforo(raw: Any, where: str, errors: list[InputError]) -> dict[str, float]:
    if not isinstance(raw, dict):
        errors.append(InputError("se esperaba un mapa como {verde: 0.9, amarillo: 0.7}", where))
        return {}
    clean: dict[str, float] = {}
    for key, value in raw.items():
        if key not in DEFAULT_THRESHOLDS:
            errors.append(InputError("clave desconocida; claves válidas: verde, amarillo", f"{where}.{key}"))
            continue
        ratio = _ratio(value, f"{where}.{key}", errors)
        if ratio is not None:
            clean[key] = ratio
    merged = {**DEFAULT_THRESHOLDS, **clean}
    if len(clean) == len(raw) and merged["amarillo"] >= merged["verde"]:
        errors.append(InputError(
            f"el umbral amarillo ({merged['amarillo']}) debe ser menor que el verde ({merged['verde']})",
            f"{where}.amarillo",
        ))
    return clean
