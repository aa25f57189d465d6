"""A realistic bench site generated from templates: HTML list+detail sources, RSS feeds and JSON APIs.

Every page is built at bench start (seeded, so two runs serve the same site) and written to a folder the
bench server serves; the sources file points at it with relative URLs, like the demo's.
"""
from __future__ import annotations

import json
import random
from dataclasses import dataclass, field
from datetime import date, timedelta
from html import escape
from pathlib import Path

import yaml

PER_LIST_PAGE = 20
FUNDERS = [
    ("Agencia Española de Cooperación Internacional para el Desarrollo (AECID)", "cooperation_agencies", "EUR"),
    ("Banco Interamericano de Desarrollo (BID)", "banks", "USD"),
    ("CAF — Banco de Desarrollo de América Latina y el Caribe", "banks", "USD"),
    ("Fons Català de Cooperació al Desenvolupament", "local_governments", "EUR"),
    ("Unión de Ciudades Capitales Iberoamericanas (UCCI)", "city_networks", "EUR"),
    ("Metropolis — Asociación Mundial de las Grandes Metrópolis", "city_networks", "EUR"),
    ("ONU-Hábitat", "multilateral", "USD"),
    ("Bloomberg Philanthropies", "philanthropic", "USD"),
    ("APC-Colombia", "cooperation_agencies", "COP"),
    ("Deutsche Gesellschaft für Internationale Zusammenarbeit (GIZ)", "cooperation_agencies", "EUR"),
]
TOPICS = ["movilidad urbana sostenible", "adaptación al cambio climático", "gestión migratoria",
          "innovación pública", "seguridad alimentaria", "economía circular", "gobierno abierto",
          "turismo sostenible", "construcción de paz territorial", "educación bilingüe", "agua y saneamiento",
          "ciudades creativas", "transición energética", "igualdad de género", "datos abiertos"]
KINDS = ["Convocatoria", "Subvención", "Premio", "Beca", "Fondo"]
MONTHS = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
          "noviembre", "diciembre"]
FILLER = ("La iniciativa busca fortalecer las capacidades de los gobiernos locales para planear, ejecutar y "
          "evaluar proyectos de cooperación descentralizada con resultados medibles. ")


@dataclass
class BenchSite:
    """The generated folder, its sources file, and every URL path a harvest requests (for the bare download)."""

    root: Path
    sources_file: Path
    paths: list[str] = field(default_factory=list)
    sources: int = 0


def build_site(root: Path, pages: int = 2000, sources: int = 40, seed: int = 2027) -> BenchSite:
    """Write `pages` pages (about) spread over `sources` sources: 60 % HTML, 20 % feeds, 20 % JSON APIs."""
    rng = random.Random(seed)
    root.mkdir(parents=True, exist_ok=True)
    (root / "robots.txt").write_text("User-agent: *\nDisallow: /privado/\n", encoding="utf-8")
    n_html = max(1, round(sources * 0.6))
    n_feed = max(0, round(sources * 0.2))
    n_json = max(0, sources - n_html - n_feed)
    per_html = max(2, -(-(pages - n_feed - n_json) // n_html))  # list pages + detail pages per HTML source
    details = max(1, per_html - -(-per_html // (PER_LIST_PAGE + 1)))
    per_api = max(5, min(60, details // 2))
    site = BenchSite(root=root, sources_file=root.parent / "bench-sources.yaml", sources=sources)
    entries = []
    for index in range(sources):
        funder, funder_type, currency = FUNDERS[index % len(FUNDERS)]
        sid = f"bench-{index:03d}"
        base = {"id": sid, "name": f"Fuente de prueba {index + 1}", "funder": funder, "funder_type": funder_type,
                "download_delay": 1.0, "timeout": 30, "language": "es", "timezone": "America/Bogota",
                "currency": currency}
        if index < n_html:
            entries.append({**base, **_html_source(root, sid, details, funder, currency, rng, site.paths)})
        elif index < n_html + n_feed:
            entries.append({**base, **_feed_source(root, sid, per_api, funder, currency, rng, site.paths)})
        else:
            entries.append({**base, **_json_source(root, sid, per_api, funder, currency, rng, site.paths)})
    site.sources_file.write_text(yaml.safe_dump({"sources": entries}, allow_unicode=True, sort_keys=False),
                                 encoding="utf-8")
    return site


def _call(rng: random.Random, sid: str, k: int, currency: str) -> dict[str, str]:
    """One made-up call: title, dates, amount and text."""
    topic, kind = rng.choice(TOPICS), rng.choice(KINDS)
    deadline = date(2027, 1, 1) + timedelta(days=rng.randrange(0, 330))
    published = deadline - timedelta(days=rng.randrange(30, 120))
    amount = rng.choice([25_000, 50_000, 120_000, 300_000, 1_500_000])
    money = f"{currency} {amount:,}".replace(",", ".")
    return {
        "title": f"{kind} {k + 1} de {sid} para gobiernos locales: {topic} {deadline.year}",
        "topic": topic, "deadline": deadline.isoformat(), "published": published.isoformat(),
        "deadline_text": f"{deadline.day} de {MONTHS[deadline.month - 1]} de {deadline.year}",
        "amount": f"Hasta {money} por proyecto",
        "summary": f"Apoyo a municipios y distritos en {topic}. " + FILLER * rng.randrange(3, 8),
    }


def _html_source(root: Path, sid: str, details: int, funder: str, currency: str, rng: random.Random,
                 paths: list[str]) -> dict:
    folder = root / sid
    folder.mkdir()
    lists = -(-details // PER_LIST_PAGE)
    for page in range(lists):
        links = "\n".join(f'      <li class="convocatoria"><a href="conv-{k}.html">Convocatoria {k + 1}</a></li>'
                          for k in range(page * PER_LIST_PAGE, min(details, (page + 1) * PER_LIST_PAGE)))
        nxt = f'<a class="siguiente" href="lista-{page + 2}.html">Siguiente</a>' if page + 1 < lists else ""
        _write(folder / f"lista-{page + 1}.html", _page(f"Convocatorias — {escape(funder)}",
               f'<ul class="listado">\n{links}\n    </ul>\n    <nav class="paginas">{nxt}</nav>'))
        paths.append(f"/{sid}/lista-{page + 1}.html")
    for k in range(details):
        call = _call(rng, sid, k, currency)
        body = f"""<article class="convocatoria">
      <h1 class="titulo">{escape(call['title'])}</h1>
      <dl class="ficha">
        <dt>Cooperante</dt><dd class="cooperante">{escape(funder)}</dd>
        <dt>Publicada</dt><dd><time class="publicacion" datetime="{call['published']}">{call['published']}</time></dd>
        <dt>Cierre</dt><dd><time class="cierre" datetime="{call['deadline']}T23:59:00-05:00">
          {call['deadline_text']}</time></dd>
        <dt>Monto</dt><dd class="monto">{escape(call['amount'])}</dd>
        <dt>Dirigida a</dt><dd class="dirigida-a">Gobiernos locales, distritos y departamentos de América Latina.</dd>
      </dl>
      <div class="descripcion"><p>{escape(call['summary'])}</p><p>{FILLER * 4}</p></div>
    </article>"""
        _write(folder / f"conv-{k}.html", _page(call["title"], body))
        paths.append(f"/{sid}/conv-{k}.html")
    return {"kind": "html", "url": f"{sid}/lista-1.html", "max_pages": lists,
            "links": "css:ul.listado li.convocatoria a::attr(href)",
            "next_page": "css:nav.paginas a.siguiente::attr(href)",
            "fields": {"title": "css:article.convocatoria h1.titulo", "summary": "css:div.descripcion",
                       "funder": "css:dd.cooperante::text", "published_at": "css:time.publicacion::attr(datetime)",
                       "deadline": "css:time.cierre::attr(datetime)", "amount": "css:dd.monto::text",
                       "eligibility": "css:dd.dirigida-a"}}


def _feed_source(root: Path, sid: str, count: int, funder: str, currency: str, rng: random.Random,
                 paths: list[str]) -> dict:
    items = []
    for k in range(count):
        call = _call(rng, sid, k, currency)
        text = (f"<p>{escape(call['summary'])}</p><p>{escape(call['amount'])}.</p>"
                f"<p>Fecha límite: {call['deadline_text']}</p>")
        items.append(f"""  <item>
    <title>{escape(call['title'])}</title>
    <link>https://{sid}.example.org/convocatorias/{k}/</link>
    <guid>https://{sid}.example.org/?p={k}</guid>
    <pubDate>Mon, 05 Oct 2026 10:00:00 +0000</pubDate>
    <category>Convocatorias</category>
    <description><![CDATA[{text}]]></description>
  </item>""")
    feed = f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel>
  <title>{escape(funder)}</title><link>https://{sid}.example.org/</link><description>Convocatorias</description>
{chr(10).join(items)}
</channel></rss>
"""
    _write(root / sid / "feed.xml", feed)
    paths.append(f"/{sid}/feed.xml")
    return {"kind": "feed", "url": f"{sid}/feed.xml"}


def _json_source(root: Path, sid: str, count: int, funder: str, currency: str, rng: random.Random,
                 paths: list[str]) -> dict:
    hits = []
    for k in range(count):
        call = _call(rng, sid, k, currency)
        hits.append({"id": f"{sid}-{k}", "title": call["title"], "description": call["summary"],
                     "openDate": call["published"], "closeDate": call["deadline"], "agency": funder})
    _write(root / sid / "api.json", json.dumps({"total": count, "data": {"hits": hits}}, ensure_ascii=False))
    paths.append(f"/{sid}/api.json")
    return {"kind": "json", "url": f"{sid}/api.json", "items_path": "data.hits",
            "fields": {"title": "title", "url": f"https://{sid}.example.org/oportunidad/{{id}}",
                       "summary": "description", "funder": "agency", "published_at": "openDate",
                       "deadline": "closeDate"}}


def _page(title: str, main: str) -> str:
    nav = "".join(f'<li><a href="/">Sección {i}</a></li>' for i in range(1, 13))
    return f"""<!DOCTYPE html>
<html lang="es">
<head><meta charset="utf-8"><title>{escape(title)}</title>
<link rel="stylesheet" href="/estilos.css"><script>window.dataLayer = window.dataLayer || [];</script></head>
<body>
  <header><nav><ul>{nav}</ul></nav></header>
  <main>
    {main}
  </main>
  <footer><p>Sitio generado para el banco de pruebas de Vigía; las convocatorias son ficticias.</p></footer>
</body>
</html>
"""


def _write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
