"""The loopback SMTP sink: an ephemeral port on 127.0.0.1, one .eml file per message received."""
from __future__ import annotations

import smtplib
from email import message_from_bytes, policy

from notifications.smtp_sink import SmtpSink, smtp_url


def test_sink_listens_on_loopback_and_files_each_message(tmp_path):
    folder = tmp_path / "outbox"
    with SmtpSink(folder) as sink:
        assert sink.host == "127.0.0.1" and sink.port > 0 and sink.folder == folder
        with smtplib.SMTP(sink.host, sink.port, timeout=5) as client:
            client.sendmail("vigia@localhost", ["ori@bogota.gov.co"],
                            "Subject: Prueba\r\nFrom: vigia@localhost\r\nTo: ori@bogota.gov.co\r\n\r\nHola ORI\r\n")
        files = sink.messages()
    assert len(files) == 1 and files[0].suffix == ".eml"
    message = message_from_bytes(files[0].read_bytes(), policy=policy.default)
    assert message["Subject"] == "Prueba" and message["Delivered-To"] == "ori@bogota.gov.co"
    assert "Hola ORI" in message.get_content()
    assert not list(folder.glob(".*.tmp"))


def test_two_sinks_get_different_ports_and_stop_cleanly(tmp_path):
    with SmtpSink(tmp_path / "a") as a, SmtpSink(tmp_path / "b") as b:
        assert a.port != b.port
        port = a.port
    try:
        smtplib.SMTP("127.0.0.1", port, timeout=1)
        listening = True
    except OSError:
        listening = False
    assert not listening


def test_sink_url_is_plain_smtp_without_login():
    url = smtp_url("127.0.0.1", 2525, "ori@bogota.gov.co")
    assert url == "mailto://127.0.0.1:2525?from=vigia@localhost&to=ori@bogota.gov.co&mode=insecure"
