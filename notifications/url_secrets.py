"""Secrets in apprise URLs: `${ENV_VAR}` placeholders expanded only at send time, and masking.

A subscription URL is stored as the person wrote it, so a password written as
`${VIGIA_SMTP_PASSWORD}` never reaches the database. Whatever is shown or logged goes through
`display_url` (the fields apprise declares private, masked) or `redact` (each secret value
replaced by `****`).
"""
from __future__ import annotations

import os
import re
from collections.abc import Iterable, Mapping
from urllib.parse import parse_qsl, quote, unquote, urlsplit

import apprise
from apprise.plugins.base import NotifyBase

from notifications.apprise_logs import captured_apprise_logs

PLACEHOLDER = re.compile(r"\$\{([A-Za-z_][A-Za-z0-9_]*)\}")
MASK = "****"

# Validation cannot know what a placeholder stands for, so it tries values that fit the usual
# places: a port or password first, then a Telegram-style bot token, then a plain word.
_DUMMY_STYLES = ("{n}", "{n}:vigiaPlaceholderToken{i}", "vigiaplaceholder{i}")
_DUMMY_BASE = 61000

# Query keys whose values are secrets even when apprise cannot parse the URL.
_SECRET_KEYS = re.compile(r"(pass|pwd|token|secret|key|auth|sig)", re.IGNORECASE)


class MissingVariable(Exception):
    """A `${NAME}` placeholder whose environment variable is not set at send time."""

    def __init__(self, name: str):
        self.name = name
        super().__init__(f"la variable de entorno {name} no está definida")


def placeholders(url: str) -> list[str]:
    """Names of the `${NAME}` placeholders in a URL, in order, without repeats."""
    return list(dict.fromkeys(PLACEHOLDER.findall(url)))


def expand(url: str, environ: Mapping[str, str] | None = None) -> str:
    """The URL with every placeholder replaced by its environment value (raises MissingVariable)."""
    env = os.environ if environ is None else environ

    def value(match: re.Match[str]) -> str:
        name = match.group(1)
        if name not in env:
            raise MissingVariable(name)
        return env[name]

    return PLACEHOLDER.sub(value, url)


def instantiate(url: str) -> NotifyBase | None:
    """The apprise plugin for a real URL (placeholders already expanded), or None if invalid.

    apprise's complaints go to `captured_apprise_logs`, not to the console: a rejected dummy
    value during validation is not an error, and a real rejection is reported by the caller.
    """
    with captured_apprise_logs():
        return apprise.Apprise.instantiate(url)


def instantiate_with_dummies(url: str) -> tuple[NotifyBase | None, dict[str, str]]:
    """Validate a URL that may hold placeholders by expanding them with dummy values.

    Returns the plugin (None when no dummy style makes the URL valid) and the dummies used.
    """
    names = placeholders(url)
    if not names:
        return instantiate(url), {}
    for style in _DUMMY_STYLES:
        dummies = {name: style.format(n=_DUMMY_BASE + i, i=i) for i, name in enumerate(names)}
        plugin = instantiate(expand(url, dummies))
        if plugin is not None:
            return plugin, dummies
    return None, {}


def display_url(url: str) -> str:
    """The URL as the person wrote it, safe to print: placeholders kept, every secret masked.

    Secrets are the fields apprise declares private for the service (password, token, key), found
    by parsing the URL, plus `mask_raw`'s rules as a safety net for what apprise cannot parse.
    """
    plugin, dummies = instantiate_with_dummies(url)
    literal = set()
    if plugin is not None:
        literal = {v for v in _private_values(plugin) if not any(d in v for d in dummies.values())}
    return mask_raw(redact(url, _variants(literal)))


def mask_raw(url: str) -> str:
    """Rule-based mask (password, secret options, long tokens) that keeps `${NAME}` placeholders."""
    text = re.sub(r"(//[^/:@?#]*:)(?!\$\{\w+\}@)[^@/?#]+@", r"\1" + MASK + "@", url)
    text = re.sub(
        r"([?&])([^=&#]+)=([^&#]*)",
        lambda m: f"{m.group(1)}{m.group(2)}={MASK if _is_secret_option(m.group(2), m.group(3)) else m.group(3)}",
        text,
    )
    return re.sub(r"(?<=/)([A-Za-z0-9:_\-]{16,})", lambda m: f"{m.group(1)[0]}...{m.group(1)[-1]}", text)


def _is_secret_option(key: str, value: str) -> bool:
    return bool(_SECRET_KEYS.search(key)) and not PLACEHOLDER.fullmatch(value)


def secrets_of(expanded_url: str, plugin: NotifyBase | None, environ_values: Iterable[str] = ()) -> set[str]:
    """Every value that must never be shown: apprise's private fields, the URL password, env values.

    An environment value that apprise itself shows in the privacy form (a port, a host) is not
    treated as secret, so error messages stay readable.
    """
    found: set[str] = set()
    password = urlsplit(expanded_url).password
    if password:
        found.add(unquote(password))
    for key, value in parse_qsl(urlsplit(expanded_url).query, keep_blank_values=False):
        if _SECRET_KEYS.search(key):
            found.add(value)
    if plugin is not None:
        found |= _private_values(plugin)
        public = unquote(plugin.url(privacy=True))
    else:
        public = ""
    for value in environ_values:
        if value and value not in public:
            found.add(value)
    return _variants(found)


def _variants(values: Iterable[str]) -> set[str]:
    """Each secret as written, percent-encoded, and the secret half of 'id:secret' tokens (Telegram)."""
    out: set[str] = set()
    for value in values:
        out |= {value, quote(value, safe=""), quote(value)}
        out |= {part for part in value.split(":") if len(part) >= 6 and not part.isdigit()}
    return {v for v in out if len(v) >= 3}


def _private_values(plugin: NotifyBase) -> set[str]:
    """Values of the fields apprise declares private for this service (passwords, tokens, keys)."""
    values: set[str] = set()
    for spec in (plugin.template_tokens, plugin.template_args):
        for name, meta in spec.items():
            if not meta.get("private"):
                continue
            value = getattr(plugin, meta.get("map_to", name), None)
            if isinstance(value, str) and value:
                values.add(value)
            elif isinstance(value, (list, tuple, set)):
                values |= {v for v in value if isinstance(v, str) and v}
    return values


def redact(text: str, secrets: Iterable[str]) -> str:
    """The text with every secret replaced by ****, longest first so no fragment leaks."""
    for secret in sorted(set(secrets), key=len, reverse=True):
        text = text.replace(secret, MASK)
    return text
