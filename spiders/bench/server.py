"""The bench's web server: aiohttp in its own process, every page held in memory with its ETag, 304 when unchanged.

    python -m spiders.bench.server SITE_FOLDER [LATENCY_S]  # prints "PORT <n>" once it listens on 127.0.0.1

LATENCY_S delays every answer, as a site across the Internet would (default 0: loopback speed).

A separate process keeps the server from sharing an interpreter lock with the harvest it serves.
"""
from __future__ import annotations

import asyncio
import contextlib
import email.utils
import hashlib
import sys
import time
from pathlib import Path

from aiohttp import web

from spiders.fixture_server import CONTENT_TYPES


def load(root: Path) -> dict[str, tuple[bytes, dict[str, str]]]:
    """Every file under root by URL path, with the validators and Content-Type a real site would send."""
    served = time.time()
    pages = {}
    for path in root.rglob("*"):
        if path.is_file():
            body = path.read_bytes()
            headers = {"ETag": '"' + hashlib.sha1(body).hexdigest()[:20] + '"',
                       "Last-Modified": email.utils.formatdate(min(path.stat().st_mtime, served), usegmt=True),
                       "Content-Type": CONTENT_TYPES.get(path.suffix.lower(), "application/octet-stream")}
            pages["/" + path.relative_to(root).as_posix()] = (body, headers)
    return pages


def make_app(pages: dict[str, tuple[bytes, dict[str, str]]], latency: float = 0.0) -> web.Application:
    async def serve(request: web.Request) -> web.Response:
        if latency:
            await asyncio.sleep(latency)
        if request.method == "POST":
            await request.read()
        found = pages.get(request.path)
        if found is None:
            return web.Response(status=404, text="no existe\n")
        body, headers = found
        if request.headers.get("If-None-Match") == headers["ETag"]:
            return web.Response(status=304, headers={k: headers[k] for k in ("ETag", "Last-Modified")})
        return web.Response(body=body, headers=headers)

    app = web.Application()
    app.router.add_route("*", "/{tail:.*}", serve)
    return app


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    latency = float(argv[1]) if len(argv) > 1 else 0.0
    runner = web.AppRunner(make_app(load(Path(argv[0])), latency), access_log=None)

    async def run() -> None:
        await runner.setup()
        site = web.TCPSite(runner, "127.0.0.1", 0, backlog=1024)
        await site.start()
        port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
        print(f"PORT {port}", flush=True)
        await asyncio.Event().wait()  # until the bench terminates this process

    with contextlib.suppress(KeyboardInterrupt):
        asyncio.run(run())
    return 0


if __name__ == "__main__":
    sys.exit(main())
