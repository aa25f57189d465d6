"""The quarterly report and site index rendered from constructed tracking data: self-contained, es-CO, escaped."""
from __future__ import annotations

import re
from datetime import date, datetime, timezone

from models.tracking import AxisStatus, DeviationInfo, MilestoneStatus, PlanStatus
from notifications.messages import MatchedAxis
from notifications.report_html import IndexEntry, ReportOpportunity, render_index, render_report

HOSTILE = "<script>alert(1)</script>"


def milestone(code, semaforo, planned, reported, **extra) -> MilestoneStatus:
    values = dict(code=code, name=f"Hito {code}", responsible="Dirección de Relaciones Internacionales",
                  start=date(2026, 1, 1), due=date(2026, 9, 30), weight=1.0, budget=120_000_000.0,
                  planned=planned, reported=reported, budget_executed=45_500_000.0 if reported else None,
                  ratio=(reported / planned) if reported is not None and planned else None, semaforo=semaforo,
                  overdue_days=0, missing_report=reported is None)
    values.update(extra)
    return MilestoneStatus(**values)


def status() -> PlanStatus:
    axes = [
        AxisStatus("E1", "Bogotá conectada con el mundo", 60.0, 57.5, "verde", [
            milestone("H1", "verde", 60.0, 57.5, comment=f"Informe entregado {HOSTILE}"),
        ]),
        AxisStatus("E2", "Cooperación para la acción climática", 80.0, 30.0, "rojo", [
            milestone("H2", "amarillo", 50.0, 40.0, example=True),
            milestone("H3", "rojo", 100.0, None, due=date(2026, 8, 31), overdue_days=30),
        ]),
    ]
    deviations = [
        DeviationInfo("H2", "Hito H2", "E2", "behind_schedule", "amarillo", "Avance de 40 % frente a 50 % planeado."),
        DeviationInfo("H3", "Hito H3", "E2", "missing_report", "rojo", f"No llegó el reporte {HOSTILE}."),
    ]
    return PlanStatus("11001", "Bogotá D.C.", "PAI Bogotá 2024-2027", 2, "2026-T3", date(2026, 9, 30),
                      {"verde": 0.9, "amarillo": 0.7}, axes, deviations, "amarillo",
                      ratio=0.77, planned=70.0, reported=43.75, reports_expected=3, reports_received=2)


def opportunities() -> list[ReportOpportunity]:
    published = datetime(2026, 8, 3, 15, tzinfo=timezone.utc)
    return [
        ReportOpportunity(f"{HOSTILE} Fondo de ciudades", "javascript:alert(2)", "Fondo <i>X</i>", "premios",
                          datetime(2026, 9, 15, 5, tzinfo=timezone.utc), published, 0.61,
                          [MatchedAxis("E1", "Bogotá conectada", 0.61, ["palabras clave del eje: «redes»"])],
                          deadline_passed=True),
        ReportOpportunity("Programa de acción climática", "https://example.org/clima", "C40", "convocatorias",
                          None, published, 0.9,
                          [MatchedAxis("E2", "Clima", 0.9, ["ODS en común: ODS 13 (Acción por el clima)"])]),
    ]


def test_report_is_self_contained_spanish_html():
    html = render_report(status(), opportunities(), period=(date(2024, 1, 1), date(2027, 12, 31)))
    assert html.startswith("<!DOCTYPE html>") and '<html lang="es-CO">' in html
    assert "<style>" in html and "<link" not in html and "<script" not in html
    assert not re.search(r'(src|href)="(https?:)?//(?!example\.org)', html)  # no external assets
    assert "Informe trimestral de seguimiento — Bogotá D.C." in html
    assert "PAI Bogotá 2024-2027 (versión 2)" in html and "1 de enero de 2024 a 31 de diciembre de 2027" in html
    assert "2026-T3 (del 1 de julio de 2026 al 30 de septiembre de 2026)" in html
    assert "Fecha de corte:</strong> 30 de septiembre de 2026" in html


def test_semaforo_badges_say_the_word_and_carry_the_colour():
    html = render_report(status(), [])
    for word, colour in (("verde", "#1e7b34"), ("amarillo", "#f2c200"), ("rojo", "#b42318")):
        assert re.search(rf'class="semaforo semaforo-{word}" style="[^"]*background:{colour}[^"]*">'
                         rf'<span aria-hidden="true">.</span> {word}</span>', html)
    overall = re.search(r"Estado general del plan:</strong> (.*?)</p>", html).group(1)
    assert "semaforo-amarillo" in overall and "43,8 % frente a 70,0 % planeado" in overall


def test_milestones_table_in_es_co_with_missing_report_and_overdue_days():
    html = render_report(status(), [])
    assert "Dirección de Relaciones Internacionales" in html
    assert "31 de agosto de 2026" in html and "57,5 %" in html and "sin reporte" in html
    assert "$\xa045.500.000" in html and "de $\xa0120.000.000" in html
    h3_row = html[html.index("<strong>H3</strong>"):]
    assert re.search(r'<td class="num">30</td>', h3_row[: h3_row.index("</tr>")])
    assert "(ejemplo)" in html and "son un <strong>ejemplo</strong>" in html
    assert "2 de 3" in html and "reportes de avance recibidos (67 %)" in html


def test_deviations_worst_first_and_everything_scraped_escaped():
    html = render_report(status(), opportunities())
    assert HOSTILE not in html and "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "Fondo &lt;i&gt;X&lt;/i&gt;" in html and "javascript:" not in html
    section = html[html.index('id="desvios"'):html.index('id="convocatorias"')]
    assert section.index("H3") < section.index("H2") and "sin reporte de avance" in section
    table = html[html.index('id="convocatorias"'):]
    assert table.index("Programa de acción climática") < table.index("Fondo de ciudades")  # best score first
    assert "15 de septiembre de 2026" in table and "cerrada al corte" in table and "sin fecha publicada" in table
    assert "Premios" in table and "ODS 13 (Acción por el clima)" in table and "90 %" in table


def test_same_data_gives_the_same_bytes():
    assert render_report(status(), opportunities()) == render_report(status(), opportunities())


def test_index_lists_reports_by_city_newest_quarter_first():
    when = datetime(2026, 10, 10, 12, tzinfo=timezone.utc)
    html = render_index([
        IndexEntry("11001", "Bogotá D.C.", "2026-T2", "11001/2026-T2.html", when),
        IndexEntry("13001", "Cartagena <de Indias>", "2026-T3", "13001/2026-T3.html", when),
        IndexEntry("11001", "Bogotá D.C.", "2026-T3", "11001/2026-T3.html", when),
    ])
    assert '<html lang="es-CO">' in html and "Cartagena &lt;de Indias&gt;" in html
    links = re.findall(r'href="([^"]+)"', html)
    assert links == ["11001/2026-T3.html", "11001/2026-T2.html", "13001/2026-T3.html"]
    assert "10 de octubre de 2026" in html and "3 informe(s) publicado(s)" in html
    assert "Aún no hay informes publicados" in render_index([])


def test_funnel_section_comes_before_the_closing_note():
    # The published report ended «Informe generado por Vigía … Trimestre 2026-T3.» and then, below that
    # footer, the «Embudo de oportunidades» table: the ORI read a closing note in the middle of the page.
    from notifications.report import with_funnel

    html = with_funnel(render_report(status(), opportunities()), {
        "para_postular": 3, "para_difundir": 1, "interesante": 0, "en_preparacion": 2, "postulada": 0,
        "ganada": 0, "no_ganada": 1, "descartada": 1})
    assert html.index("Embudo de oportunidades") < html.index("<footer>") < html.index("</main>")


def test_indicator_targets_and_values_read_in_their_own_measure():
    # The report and the deviation alert showed every indicator as «90,00» / «1,00»: a percentage without
    # its sign, money without «$», a sí/no indicator as 1,00 and 12 convenios as 12,00.
    from models.indicator_tracking import IndicatorStatus
    from models.tracking_alerts import deviation_alert

    def indicator(code, measure, target, actual, unit=None):
        return IndicatorStatus(code, f"Indicador {code}", "E1", unit, measure, "up", "stock", None, target, actual,
                               actual / target, "amarillo", False)

    s = status()
    s.indicators = [indicator("I1", "percentage", 90.0, 80.0), indicator("I2", "money", 500_000_000.0, 400_000_000.0),
                    indicator("I3", "yes_no", 1.0, 1.0), indicator("I4", "number", 12.0, 9.0, "convenios")]
    html = render_report(s, [])
    for shown in ("90 %", "80 %", "$\xa0500.000.000", "$\xa0400.000.000", "sí", "12 convenios", "9 convenios"):
        assert f'<td class="num">{shown}</td>' in html, shown
    assert "90,00" not in html and "1,00" not in html
    info = DeviationInfo("I1", "Indicador I1", "E1", "indicator_off_target", "amarillo", "Valor 80 % frente a 90 %.",
                         subject="indicator", target=90.0, actual=80.0)
    _, body = deviation_alert(s, info)
    assert "<strong>Meta del periodo:</strong> 90 %" in body and "<strong>Valor reportado:</strong> 80 %" in body
