"""A real SMTP server on loopback that files every message it receives as an .eml file.

The demo and the tests send through apprise's ordinary e-mail plugin to this server, so what
lands in the folder is exactly what a mail server would have received. It listens on 127.0.0.1
only, on a port the operating system picks, with no TLS and no authentication.
"""
from __future__ import annotations

import os
import re
import uuid
from datetime import datetime, timezone
from pathlib import Path
from types import TracebackType
from urllib.parse import quote

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import SMTP, Envelope
from aiosmtpd.smtp import Session as SmtpSession

LOOPBACK = "127.0.0.1"
DEFAULT_SENDER = "vigia@localhost"


def smtp_url(host: str, port: int | str, to: str, sender: str = DEFAULT_SENDER) -> str:
    """The apprise URL that mails `to` through a plain SMTP server (no TLS, no login).

    `mailto://` (not `mailtos://`) plus `mode=insecure` keeps apprise from trying STARTTLS; with no
    user in the URL apprise does not log in; `from=` gives the envelope and header sender. `port`
    may be a `${VARIABLE}` placeholder expanded at send time.
    """
    return f"mailto://{host}:{port}?from={quote(sender, safe='@')}&to={quote(to, safe='@')}&mode=insecure"


class _EmlWriter:
    """aiosmtpd handler: writes each message, as received, to its own .eml file."""

    def __init__(self, folder: Path):
        self.folder = folder

    async def handle_DATA(self, server: SMTP, session: SmtpSession, envelope: Envelope) -> str:
        raw = envelope.original_content or b""
        delivered_to = "".join(f"Delivered-To: {rcpt}\r\n" for rcpt in envelope.rcpt_tos)
        data = f"Return-Path: <{envelope.mail_from}>\r\n{delivered_to}".encode() + raw
        stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%S%fZ")
        name = f"{stamp}-{_slug(envelope.rcpt_tos[0] if envelope.rcpt_tos else 'sin-destinatario')}-{uuid.uuid4().hex[:8]}.eml"
        tmp = self.folder / f".{name}.tmp"
        tmp.write_bytes(data)
        os.replace(tmp, self.folder / name)  # readers never see half a message
        return "250 OK: guardado"


def _slug(text: str) -> str:
    return re.sub(r"[^A-Za-z0-9@._-]+", "_", text)[:60]


class _EphemeralPortController(Controller):
    """aiosmtpd's Controller, bound to port 0 and then told which port the system chose."""

    def _trigger_server(self) -> None:
        assert self.server is not None
        self.port = self.server.sockets[0].getsockname()[1]
        super()._trigger_server()


class SmtpSink:
    """Context manager: a loopback SMTP server saving messages under `folder`; exposes host and port."""

    def __init__(self, folder: Path | str, host: str = LOOPBACK, port: int = 0):
        self.folder = Path(folder)
        self.host = host
        self._requested_port = port
        self._controller: _EphemeralPortController | None = None

    @property
    def port(self) -> int:
        """The port the operating system chose (known only while running)."""
        if self._controller is None:
            raise RuntimeError("el servidor SMTP de prueba no está en marcha")
        return int(self._controller.port)

    def sink_url(self, to: str) -> str:
        """The apprise URL that delivers to `to` through this server."""
        return smtp_url(self.host, self.port, to)

    def messages(self) -> list[Path]:
        """The .eml files received so far, oldest first."""
        return sorted(self.folder.glob("*.eml"))

    def start(self) -> SmtpSink:
        """Listen now; returns once the server answers."""
        self.folder.mkdir(parents=True, exist_ok=True)
        controller = _EphemeralPortController(_EmlWriter(self.folder), hostname=self.host, port=self._requested_port)
        controller.start()
        self._controller = controller
        return self

    def stop(self) -> None:
        """Stop listening and release the port."""
        if self._controller is not None:
            self._controller.stop()
            self._controller = None

    def __enter__(self) -> SmtpSink:
        return self.start()

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.stop()
