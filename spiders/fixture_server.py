"""Recorded responses over real HTTP: a threaded server on 127.0.0.1 and an ephemeral port, for the demo and tests.

GET and POST both answer with the file at the path (an API that is POSTed to returns its recorded
response), with the Content-Type a real site would send, an ETag (from the content) and Last-Modified,
and 304 Not Modified to a conditional request whose validator still holds — as a well-kept site does.

For tests of a misbehaving site, a few paths and one query parameter misbehave on purpose:
- `?delay=S` on any path: answer after S seconds (a slow site);
- `/_status/CODE`: answer that HTTP status (e.g. 503) with a short body;
- `/_flaky/N/PATH`: answer 503 to the first N requests for PATH, then serve PATH (retries);
- `/_loop/a` ↔ `/_loop/b`: redirect to each other forever;
- a file `NAME.headers.json` next to NAME replaces or adds response headers (e.g. a Content-Type with no
  charset, as some sites send).
"""
from __future__ import annotations

import email.utils
import hashlib
import io
import json
import mimetypes
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

CONTENT_TYPES = {
    ".rss": "application/rss+xml; charset=utf-8",
    ".atom": "application/atom+xml; charset=utf-8",
    ".xml": "application/xml; charset=utf-8",
    ".json": "application/json; charset=utf-8",
    ".html": "text/html; charset=utf-8",
    ".txt": "text/plain; charset=utf-8",
}


class FixtureHandler(SimpleHTTPRequestHandler):
    """Serves one folder; POST reads and ignores its body, then answers like GET."""

    server_version = "VigiaFixtures/0.1"
    protocol_version = "HTTP/1.1"

    def guess_type(self, path: str) -> str:  # type: ignore[override]
        suffix = Path(str(path)).suffix.lower()
        return CONTENT_TYPES.get(suffix) or mimetypes.guess_type(str(path))[0] or "application/octet-stream"

    def send_head(self):  # type: ignore[override]
        """Misbehave where asked, else serve the file with validators and answer 304 when they match."""
        parts = urlsplit(self.path)
        delay = parse_qs(parts.query).get("delay")
        if delay:
            time.sleep(min(float(delay[0]), 120.0))
        segments = parts.path.strip("/").split("/")
        if segments[0] == "_status" and len(segments) == 2 and segments[1].isdigit():
            return self._answer(int(segments[1]), b"estado de prueba\n")
        if segments[0] == "_loop":
            return self._answer(302, b"", {"Location": "/_loop/b" if segments[-1] == "a" else "/_loop/a"})
        if segments[0] == "_flaky" and len(segments) > 2 and segments[1].isdigit():
            real = "/" + "/".join(segments[2:])
            if self.server.count_hit(real) <= int(segments[1]):  # type: ignore[attr-defined]
                return self._answer(503, b"servicio no disponible por ahora\n")
            self.path = real
        path = Path(self.translate_path(self.path))
        if not path.is_file():
            return super().send_head()
        body = path.read_bytes()
        etag = '"' + hashlib.sha1(body).hexdigest()[:20] + '"'
        last_modified = email.utils.formatdate(path.stat().st_mtime, usegmt=True)
        headers = {"ETag": etag, "Last-Modified": last_modified, "Content-Type": self.guess_type(str(path))}
        sidecar = path.with_name(path.name + ".headers.json")  # headers as recorded, e.g. a missing charset
        if sidecar.is_file():
            headers.update(json.loads(sidecar.read_text(encoding="utf-8")))
        if self._not_modified(etag, path.stat().st_mtime):
            return self._answer(304, None, {"ETag": etag, "Last-Modified": last_modified})
        return self._answer(200, body, headers)

    def _not_modified(self, etag: str, mtime: float) -> bool:
        """RFC 7232: If-None-Match decides when present; otherwise If-Modified-Since (second precision)."""
        if_none_match = self.headers.get("If-None-Match")
        if if_none_match is not None:
            return etag in [tag.strip() for tag in if_none_match.split(",")] or if_none_match.strip() == "*"
        since = self.headers.get("If-Modified-Since")
        if since:
            try:
                return int(mtime) <= email.utils.parsedate_to_datetime(since).timestamp()
            except (TypeError, ValueError):
                return False
        return False

    def _answer(self, status: int, body: bytes | None, headers: dict[str, str] | None = None):
        """Send status and headers; return the body as a file for copyfile (None when there is none)."""
        self.send_response(status)
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        if body is not None:
            if "Content-Type" not in (headers or {}):
                self.send_header("Content-Type", "text/plain; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
        else:
            self.send_header("Content-Length", "0")
        self.end_headers()
        return io.BytesIO(body) if body else None

    def do_POST(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        if length:
            self.rfile.read(length)
        self.do_GET()

    def list_directory(self, path):  # type: ignore[override]
        self.send_error(404, "No hay índice de carpetas")
        return None

    def log_message(self, format: str, *args) -> None:  # quiet: tests and the demo print their own summaries
        return


class FixtureServer(ThreadingHTTPServer):
    """A threaded HTTP server that counts requests per path (for `/_flaky/`)."""

    daemon_threads = True
    request_queue_size = 128

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._hits: dict[str, int] = {}
        self._lock = threading.Lock()

    def handle_error(self, request, client_address) -> None:  # type: ignore[override]
        """A client that hangs up (a cancelled download, a killed crawl) is not the server's failure: stay quiet."""
        if not isinstance(sys.exc_info()[1], ConnectionError):
            super().handle_error(request, client_address)

    def count_hit(self, path: str) -> int:
        with self._lock:
            self._hits[path] = self._hits.get(path, 0) + 1
            return self._hits[path]


@contextmanager
def serve_directory(folder: Path | str) -> Iterator[str]:
    """Serve `folder` on 127.0.0.1 (ephemeral port) while the block runs; yields the base URL, no trailing slash."""
    handler = partial(FixtureHandler, directory=str(Path(folder).resolve()))
    server = FixtureServer(("127.0.0.1", 0), handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, name="vigia-fixture-server", daemon=True)
    thread.start()
    try:
        host, port = server.server_address[:2]
        yield f"http://{host}:{port}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)
