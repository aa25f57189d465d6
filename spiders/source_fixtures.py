"""A catalogue source's recorded responses, replayed over real HTTP on 127.0.0.1, and its expected items.

One name per source: the catalogue entry `id`, the folder tests/fixtures/sources/<id>/ and the test id.
The folder holds `fixture.yaml` (where each response came from, and which URL it answers), the response
files themselves, and `expected.json` (the items the adapter must produce from them).

    origin: recorded            # recorded | reconstructed | placeholder
    note: "Respuesta real de …" # how the files were obtained; a reconstructed fixture says so here
    responses:
      - url: https://api.grants.gov/v1/api/search2
        file: grantsgov-search.json
        content_type: application/json   # optional; guessed from the file name

The replay server answers each URL from its file whatever the host, and rewrites the recorded site's
absolute links in the bodies it serves so that they lead back to itself; the files stay unchanged.
"""
from __future__ import annotations

import json
import mimetypes
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlsplit

from models.plan_file import load_yaml
from spiders.sources import SourceConfig

REPO_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_FIXTURES_DIR = REPO_ROOT / "tests" / "fixtures" / "sources"
MANIFEST = "fixture.yaml"
EXPECTED = "expected.json"
ORIGINS = ("recorded", "reconstructed", "placeholder")
CONTENT_TYPES = {
    ".json": "application/json; charset=utf-8", ".xml": "application/xml; charset=utf-8",
    ".rss": "application/rss+xml; charset=utf-8", ".atom": "application/atom+xml; charset=utf-8",
    ".html": "text/html; charset=utf-8", ".txt": "text/plain; charset=utf-8",
}
HOST_PREFIX = "/~"  # /~https/www.example.org/path: an absolute link of the recorded site, served here


class FixtureNotReady(Exception):
    """The source's fixture is still the scaffold's placeholder, or its expected values are missing."""


@dataclass
class Fixture:
    """A source's fixture folder, read and checked."""

    source_id: str
    folder: Path
    origin: str
    note: str
    responses: dict[tuple[str, tuple[tuple[str, str], ...]], tuple[Path, str]] = field(default_factory=dict)
    origins: list[str] = field(default_factory=list)  # scheme://host of every recorded URL


def request_key(url: str) -> tuple[str, tuple[tuple[str, str], ...]]:
    """What identifies a recorded response: the path and the sorted query, whatever the host."""
    parts = urlsplit(url)
    return parts.path or "/", tuple(sorted(parse_qsl(parts.query, keep_blank_values=True)))


def fixture_folder(source_id: str, root: Path | None = None) -> Path:
    return (root or DEFAULT_FIXTURES_DIR) / source_id


def load_fixture(source_id: str, root: Path | None = None) -> Fixture:
    """Read <root>/<id>/fixture.yaml; FixtureNotReady says in Spanish what is missing and what to do."""
    folder = fixture_folder(source_id, root)
    manifest = folder / MANIFEST
    if not manifest.exists():
        raise FixtureNotReady(f"falta {manifest}: cree la carpeta con `vigia sources new {source_id} …` "
                              "o escriba el manifiesto (ver spiders/source_fixtures.py)")
    data, errors = load_yaml(manifest.read_text(encoding="utf-8"))
    if errors or not isinstance(data, dict):
        raise FixtureNotReady(f"{manifest}: no es un YAML válido ({'; '.join(e.message for e in errors)})")
    origin = data.get("origin")
    if origin not in ORIGINS:
        raise FixtureNotReady(f"{manifest}: origin debe ser uno de {', '.join(ORIGINS)}")
    fixture = Fixture(source_id, folder, origin, str(data.get("note") or ""))
    if origin == "placeholder":
        first = (data.get("responses") or [{}])[0]
        url, path = first.get("url", "URL"), folder / str(first.get("file", "respuesta"))
        raise FixtureNotReady(
            f"la fuente '{source_id}' aún no tiene su respuesta grabada: guarde la respuesta real de {url} en "
            f"{path} (p. ej. curl -sSL '{url}' -o {path}), agregue a responses de {manifest} cada otra URL que "
            f"la fuente pida (páginas de detalle) con su archivo, y cambie origin a 'recorded' (o 'reconstructed', "
            f"explicando en note por qué); luego escriba {folder / EXPECTED} con "
            f"`vigia sources expected {source_id}` y revise cada valor")
    for i, response in enumerate(data.get("responses") or []):
        path = folder / str(response.get("file", ""))
        if not response.get("url") or not path.is_file():
            raise FixtureNotReady(f"{manifest}: responses[{i}] necesita url y un file que exista en {folder}")
        content_type = response.get("content_type") or CONTENT_TYPES.get(path.suffix.lower()) \
            or mimetypes.guess_type(path.name)[0] or "application/octet-stream"
        fixture.responses[request_key(response["url"])] = (path, content_type)
        parts = urlsplit(response["url"])
        origin_url = f"{parts.scheme}://{parts.netloc}"
        if origin_url not in fixture.origins:
            fixture.origins.append(origin_url)
    if not fixture.responses:
        raise FixtureNotReady(f"{manifest}: la lista responses está vacía")
    return fixture


def load_expected(source_id: str, root: Path | None = None) -> dict[str, Any]:
    """expected.json: {"count": N, "items": [{"url": …, field: value}]}; FixtureNotReady when not filled in."""
    path = fixture_folder(source_id, root) / EXPECTED
    if not path.exists():
        raise FixtureNotReady(f"falta {path}: escríbalo con `vigia sources expected {source_id}` y revíselo")
    expected = json.loads(path.read_text(encoding="utf-8"))
    if expected.get("todo") or not isinstance(expected.get("count"), int) or not expected.get("items") \
            and expected.get("count"):
        raise FixtureNotReady(f"{path} aún no tiene los valores esperados: escríbalo con "
                              f"`vigia sources expected {source_id}`, revise cada valor contra la página y "
                              "quite la clave 'todo'")
    return expected


class _Replay(BaseHTTPRequestHandler):
    server_version = "VigiaReplay/0.1"
    protocol_version = "HTTP/1.1"

    def do_GET(self) -> None:
        self.answer(with_body=True)

    def do_HEAD(self) -> None:
        self.answer(with_body=False)

    def do_POST(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        if length:
            self.rfile.read(length)
        self.answer(with_body=True)

    def answer(self, with_body: bool) -> None:
        replay: ReplayServer = self.server  # type: ignore[assignment]
        path = self.path
        if path.startswith(HOST_PREFIX):  # /~https/host/rest → /rest
            path = "/" + path[len(HOST_PREFIX):].split("/", 2)[2] if path.count("/") >= 3 else "/"
        found = replay.fixture.responses.get(request_key(path))
        if found is None:
            body, content_type, status = b"no recorded response", "text/plain; charset=utf-8", 404
        else:
            body, content_type, status = replay.body(found[0]), found[1], 200
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if with_body:
            self.wfile.write(body)

    def log_message(self, format: str, *args: Any) -> None:
        return


class ReplayServer(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, fixture: Fixture):
        super().__init__(("127.0.0.1", 0), _Replay)
        self.fixture = fixture
        host, port = self.server_address[:2]
        self.base_url = f"http://{host}:{port}"

    def local(self, origin: str) -> str:
        scheme, _, host = origin.partition("://")
        return f"{self.base_url}{HOST_PREFIX}{scheme}/{host}"

    def body(self, path: Path) -> bytes:
        """The file's bytes, with the recorded site's absolute links (plain or JSON-escaped) pointing here."""
        data = path.read_bytes()
        for origin in self.fixture.origins:
            local = self.local(origin)
            data = data.replace(origin.encode(), local.encode())
            data = data.replace(origin.replace("/", "\\/").encode(), local.replace("/", "\\/").encode())
        return data

    def localise(self, source: SourceConfig) -> SourceConfig:
        """The source as it would be crawled against this server: every recorded origin replaced, no delay."""
        def swap(value: Any) -> Any:
            if isinstance(value, str):
                for origin in self.fixture.origins:
                    value = value.replace(origin, self.local(origin))
                return value
            if isinstance(value, dict):
                return {k: swap(v) for k, v in value.items()}
            if isinstance(value, list):
                return [swap(v) for v in value]
            return value

        return replace(source, url=swap(source.url), settings=swap(source.settings), download_delay=0.0,
                       timeout=min(source.timeout, 20.0))

    def unlocalise(self, raw: Any, source_url: str) -> Any:
        """Raw items as the real site would have given them: local addresses back to the recorded origins."""
        text = json.dumps(raw, ensure_ascii=False)
        for origin in self.fixture.origins:
            text = text.replace(self.local(origin), origin)
        parts = urlsplit(source_url)
        text = text.replace(self.base_url, f"{parts.scheme}://{parts.netloc}")  # root-relative links followed
        return json.loads(text)


@contextmanager
def replay(fixture: Fixture) -> Iterator[ReplayServer]:
    """Serve a fixture on 127.0.0.1 (ephemeral port) while the block runs."""
    server = ReplayServer(fixture)
    thread = threading.Thread(target=server.serve_forever, name=f"vigia-replay-{fixture.source_id}", daemon=True)
    thread.start()
    try:
        yield server
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


# What an adapter answers for; language, category and summary are the pipeline's inference, tested with it.
# `extra` is compared key by key (the pipeline adds its trace) and a null eligibility is not held.
ADAPTER_FIELDS = ("url", "title", "funder", "funder_type", "published_at", "opens_at", "deadline", "amount",
                  "currency", "eligibility", "extra")


def item_values(item: Any) -> dict[str, Any]:
    """A normalised item as expected.json writes it: url plus its content (dates as ISO text)."""
    return {"url": item.url, **item.content()}


def compare(expected: dict[str, Any], items: list[Any]) -> list[str]:
    """Every difference between expected.json and the items produced, one line each (empty when they agree)."""
    produced = {item.url: item_values(item) for item in items}
    problems = []
    if expected["count"] != len(produced):
        problems.append(f"se esperaban {expected['count']} ítems y salieron {len(produced)}")
    for want in expected["items"]:
        got = produced.get(want["url"])
        if got is None:
            problems.append(f"falta el ítem {want['url']}")
            continue
        for name, value in want.items():
            have = got.get(name)
            if name == "extra" and isinstance(have, dict) and isinstance(value, dict):
                have = {key: have.get(key) for key in value}  # the pipeline may add its own keys (its trace)
            if have != value:
                problems.append(f"{want['url']}: {name} es {have!r}, se esperaba {value!r}")
    return problems


@dataclass
class FixtureRun:
    """One source crawled against its fixture: the normalised items, the rejects and the source's errors."""

    source: SourceConfig
    fixture: Fixture | None = None
    items: list[Any] = field(default_factory=list)
    rejects: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    not_ready: str | None = None


# No HTTP cache (each replay has a fresh port) and no retries (a 404 in a fixture is final).
REPLAY_SETTINGS = {"HTTPCACHE_ENABLED": False, "RETRY_ENABLED": False, "ROBOTSTXT_OBEY": False}


def crawl_fixtures(sources: list[SourceConfig], root: Path | None = None, processes: int = 2) -> dict[str, FixtureRun]:
    """Crawl each source against its own replay server, all at once, and prepare the items as a harvest would."""
    from contextlib import ExitStack

    from spiders.pipeline.prepare import from_records
    from spiders.runner import crawl_sources

    runs = {s.id: FixtureRun(s) for s in sources}
    with ExitStack() as stack:
        servers: dict[str, ReplayServer] = {}
        for source in sources:
            try:
                runs[source.id].fixture = load_fixture(source.id, root)
            except FixtureNotReady as exc:
                runs[source.id].not_ready = str(exc)
                continue
            servers[source.id] = stack.enter_context(replay(runs[source.id].fixture))
        local = [servers[s.id].localise(s) for s in sources if s.id in servers]
        outputs = crawl_sources(local, budget=60.0, polite=False, settings=REPLAY_SETTINGS, processes=processes)
        for source in sources:
            if source.id not in servers:
                continue
            output, run = outputs[source.id], runs[source.id]
            prepared = from_records(servers[source.id].unlocalise(item, source.url) for item in output.items)
            run.items = prepared.items
            lost = [servers[source.id].unlocalise(r, source.url) for r in output.rejects + output.invalid]
            run.rejects = lost + prepared.rejects
            run.errors = [servers[source.id].unlocalise(e, source.url) for e in output.errors]
            if not output.finished and not run.errors:
                run.errors.append("el rastreo no terminó")
    return runs


def expected_document(run: FixtureRun, limit: int = 5) -> dict[str, Any]:
    """A draft expected.json from what the adapter produced now: the count and the first items in full."""
    items = [{k: v for k, v in item_values(item).items()
              if k in ADAPTER_FIELDS and not (k == "eligibility" and v is None)} for item in run.items[:limit]]
    return {"_review": "TODO: check every value against the recorded page; drop a field the pipeline gets wrong "
                       "and say so here", "count": len(run.items), "items": items}
