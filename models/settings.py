"""Per-city settings a plan file may carry, their defaults, and the semáforo they drive.

Semáforo thresholds are a choice, not a national norm (TolaData counts ±15 % of target as on
track, ProjectLibre uses indices ≥ 1.0 / ≥ 0.9, a Colombian municipal dashboard uses 90 % / 70 %
of the goal). Vigía's defaults follow that last, Colombian example: a milestone is verde when its
reported progress is at least 90 % of the progress planned at the cut-off date, amarillo from 70 %,
rojo below. A city overrides them in its plan file (or, one row per key, in the Configuración sheet
of its plan workbook: models/settings_sheet.py):

    settings:
      semaforo: {verde: 0.95, amarillo: 0.8}
      match_threshold: 0.6
      indicator_tolerance: 0.15      # an indicator within 15 % of its target is verde (TolaData)
      budget_overrun_tolerance: 0.15 # executing over 115 % of the budget planned to date is amarillo
      reporting_window_days: 15      # reports are due within 15 days after the quarter ends (on time)
      escalate_after_days: 30        # a milestone overdue by more than 30 days is escalated
      digest: true                   # one deviation message per city and run instead of one per deviation
      reminder_sender: "mailtos://ori:${VIGIA_SMTP_PASSWORD}@smtp.ciudad.gov.co?from=ori@ciudad.gov.co"
      max_per_alert: 10              # at most 10 calls per city in one opportunity alert run
      min_days_left: 10              # a call closing in fewer days is not alerted as something to apply for
      population: 7900000            # inhabitants, for calls with population thresholds
      redes: [C40, Metropolis, ICLEI] # the city networks the city belongs to, for members-only calls

Every key is optional; the defaults are in TRACKING_DEFAULTS. `reminder_sender` is the apprise
mailto URL reminders leave from: Vigía adds `to=<milestone.responsible_email>` per person. Without
it, no reminders are sent for that city. `redes` is the whole list of the city's memberships (see
models/networks.py for the names Vigía recognises): a call open only to members of a network is
alerted to members and left out for the others; without `redes`, such calls go to "verify".
"""
from __future__ import annotations

from typing import Any

from models.errors import InputError

DEFAULT_THRESHOLDS: dict[str, float] = {"verde": 0.9, "amarillo": 0.7}
TRACKING_DEFAULTS: dict[str, Any] = {
    "indicator_tolerance": 0.15,
    "budget_overrun_tolerance": 0.15,
    "reporting_window_days": 15,
    "escalate_after_days": 30,
    "digest": False,
    "reminder_sender": None,
}
# Matching rules read by models/matching.py: (lowest, highest) accepted whole number.
MATCHING_INTEGER_KEYS: dict[str, tuple[int, int]] = {
    "max_per_alert": (1, 1000),
    "min_days_left": (0, 365),
    "population": (1, 100_000_000),
}
# Tracking rules that are whole numbers of days: (lowest, highest) accepted.
TRACKING_INTEGER_KEYS: dict[str, tuple[int, int]] = {
    "reporting_window_days": (1, 90),
    "escalate_after_days": (1, 366),
}
RATIO_KEYS = ("match_threshold", "indicator_tolerance", "budget_overrun_tolerance")  # numbers in (0, 1]
SETTINGS_KEYS = ("semaforo", "match_threshold", *TRACKING_DEFAULTS, *MATCHING_INTEGER_KEYS, "redes")


def tracking_settings(settings: dict[str, Any] | None) -> dict[str, Any]:
    """A plan's tracking settings (tolerances, reporting window, escalation, digest, sender) over the defaults."""
    own = settings or {}
    return {key: own.get(key, default) if own.get(key) is not None else default
            for key, default in TRACKING_DEFAULTS.items()}


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
        return {}, [InputError(f"se esperaba un mapa con algunas de estas claves: {', '.join(SETTINGS_KEYS)}", where)]
    clean: dict[str, Any] = {}
    for key in raw:
        if key not in SETTINGS_KEYS:
            errors.append(InputError(f"clave desconocida; claves válidas: {', '.join(SETTINGS_KEYS)}", f"{where}.{key}"))
    for key in RATIO_KEYS:
        if key in raw:
            value = _ratio(raw[key], f"{where}.{key}", errors)
            if value is not None:
                clean[key] = value
    integer_keys = {**TRACKING_INTEGER_KEYS, **MATCHING_INTEGER_KEYS}
    for key, (lower, upper) in integer_keys.items():
        if key in raw:
            value = raw[key]
            what = "número entero de días" if key.endswith("_days") else "número entero"
            if isinstance(value, bool) or not isinstance(value, int) or not lower <= value <= upper:
                errors.append(InputError(f"se esperaba un {what} entre {lower} y {upper}; "
                                         f"se encontró {value!r}", f"{where}.{key}"))
            else:
                clean[key] = value
    if "digest" in raw:
        if not isinstance(raw["digest"], bool):
            errors.append(InputError(f"se esperaba true o false; se encontró {raw['digest']!r}", f"{where}.digest"))
        else:
            clean["digest"] = raw["digest"]
    if "reminder_sender" in raw:
        sender = _sender(raw["reminder_sender"], f"{where}.reminder_sender", errors)
        if sender:
            clean["reminder_sender"] = sender
    if "redes" in raw:
        networks = _networks(raw["redes"], f"{where}.redes", errors)
        if networks is not None:
            clean["redes"] = networks
    if "semaforo" in raw:
        clean_semaforo = _validate_semaforo(raw["semaforo"], f"{where}.semaforo", errors)
        if clean_semaforo:
            clean["semaforo"] = clean_semaforo
    return clean, errors


def _sender(value: Any, where: str, errors: list[InputError]) -> str | None:
    """An apprise mailto URL without `to=`: Vigía adds each responsible person's address."""
    from notifications.url_secrets import instantiate_with_dummies

    example = "mailtos://ori:${VIGIA_SMTP_PASSWORD}@smtp.ciudad.gov.co?from=ori@ciudad.gov.co"
    if not isinstance(value, str) or not value.strip().lower().startswith(("mailto://", "mailtos://")):
        errors.append(InputError(f"se esperaba una URL de correo de apprise como {example}", where))
        return None
    url = value.strip()
    if "to=" in url.split("?", 1)[-1].lower():
        errors.append(InputError("quite el parámetro to=: Vigía agrega el correo de cada responsable", where))
        return None
    if instantiate_with_dummies(url)[0] is None:
        errors.append(InputError(f"apprise no acepta esta URL; ejemplo válido: {example} "
                                 "(escriba las contraseñas como ${VARIABLE})", where))
        return None
    return url


def _networks(value: Any, where: str, errors: list[InputError]) -> list[str] | None:
    """A list of network names, each once ("C40" and "C40 Cities" are the same network)."""
    from models.networks import network_key

    if value is None:
        return None  # left blank: memberships unknown
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        errors.append(InputError(f"se esperaba una lista de nombres de redes, p. ej. [C40, Metropolis, ICLEI]; "
                                 f"se encontró {value!r}", where))
        return None
    seen: dict[str, str] = {}
    for name in value:
        key = network_key(name)
        if key in seen:
            errors.append(InputError(f"la red {name!r} está repetida (ya aparece como {seen[key]!r}); déjela una vez",
                                     where))
            return None
        seen[key] = name
    return [v.strip() for v in value]


def networks_of(settings: dict[str, Any] | None) -> frozenset[str] | None:
    """The keys of the networks a plan says its city belongs to; None when the plan does not say (unknown)."""
    from models.networks import network_key

    value = (settings or {}).get("redes") if isinstance(settings, dict) else None
    if not isinstance(value, list):
        return None
    return frozenset(network_key(v) for v in value if isinstance(v, str) and v.strip())


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
