"""Recorded responses over real HTTP: a threaded server on 127.0.0.1 and an ephemeral port, for the demo and tests.

GET and POST both answer with the file at the path (an API that is POSTed to returns its recorded
response), with the Content-Type a real site would send.
"""
from __future__ import annotations

import mimetypes
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

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


@contextmanager
def serve_directory(folder: Path | str) -> Iterator[str]:
    """Serve `folder` on 127.0.0.1 (ephemeral port) while the block runs; yields the base URL, no trailing slash."""
    handler = partial(FixtureHandler, directory=str(Path(folder).resolve()))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
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
