"""The quarterly SKM report an office publishes, as an A4 PDF in Indonesian."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from kiosk.reports.charts import category_chart, nrr_chart
from kiosk.reports.ikm_figures import GROUP_BYS, SOURCE_LABELS_ID, SOURCES, IkmReport
from kiosk.reports.pdf_layout import (
    BAND_COLOURS,
    CONTENT_WIDTH,
    FONT,
    FONT_BOLD,
    ReportHead,
    decimal_id,
    escape,
    figure_box,
    grid_table,
    integer_id,
    paragraph,
    styles,
    write_report_pdf,
)
from kiosk.survey.elements import ELEMENTS, element
from kiosk.survey.ikm import QUALITY_BANDS, IkmResult
from kiosk.survey.profile import PROFILE_FIELDS

MAX_SUGGESTIONS_IN_PDF = 300
GROUP_TITLES = {"agency": "instansi", "service": "layanan", "queue": "antrean", "counter": "loket",
                "officer": "petugas"}


def write_ikm_pdf(report: IkmReport, path: Path) -> None:
    head = ReportHead(
        office=report.office,
        hall=report.hall,
        name="Laporan SKM",
        heading="Laporan Survei Kepuasan Masyarakat (SKM)",
        subject=f"Indeks Kepuasan Masyarakat {report.office}",
        period_label=report.period.label_id,
        period_line=f"{report.period.label_id} · {report.period.span_id}",
        scope_label=report.scope_label,
        made_at=report.local(report.generated_at),
    )
    write_report_pdf(path, head, _story(report))


def _story(report: IkmReport) -> list[Flowable]:
    st = styles()
    story: list[Flowable] = [
        _summary_box(report),
        Spacer(1, 2 * mm),
        paragraph("Metode", st["h2"]),
        Paragraph(_method_text(report), st["body"]),
    ]
    result = report.result
    if result is None:
        story += [
            paragraph("Nilai per unsur pelayanan", st["h2"]),
            paragraph(
                "Belum ada jawaban survei dalam periode dan cakupan ini, sehingga IKM belum dapat dihitung.",
                st["body"],
            ),
        ]
    else:
        story += [
            paragraph("Nilai per unsur pelayanan", st["h2"]),
            _element_table(result),
            Spacer(1, 3 * mm),
            KeepTogether(
                [
                    paragraph("Grafik NRR per unsur", st["h3"]),
                    nrr_chart(
                        [e.key.upper() for e in ELEMENTS],
                        [None if v is None else float(v) for v in result.nrr.values()],
                        width=CONTENT_WIDTH,
                    ),
                    paragraph(
                        "; ".join(f"{e.key.upper()} {e.name_id}" for e in ELEMENTS)
                        + ". Warna batang: mutu unsur itu bila dinilai sendiri (NRR × 25).",
                        st["small"],
                    ),
                ]
            ),
            paragraph("Unsur dengan nilai terendah (prioritas tindak lanjut)", st["h2"]),
            *_weakest(result),
        ]
    story += [CondPageBreak(60 * mm), paragraph("Kecukupan sampel", st["h2"]), *_sample(report)]
    if report.responses:
        story += [CondPageBreak(90 * mm), paragraph("Profil responden", st["h2"]), _profile_grid(report)]
    else:
        story += [paragraph("Profil responden", st["h2"]), paragraph("Belum ada data responden.", st["body"])]
    if report.by is not None:
        story += [
            CondPageBreak(50 * mm),
            paragraph(f"IKM per {GROUP_TITLES[report.by]}", st["h2"]),
            _groups_table(report),
        ]
    story += [CondPageBreak(40 * mm), paragraph("Saran dan masukan responden", st["h2"]), *_suggestions(report)]
    return story


def _summary_box(report: IkmReport) -> Table:
    st = styles()
    result = report.result
    figure = "–" if result is None else decimal_id(result.ikm)
    mutu = "–" if result is None else result.mutu
    kinerja = "belum ada data" if result is None else result.kinerja
    respondents = 0 if result is None else result.respondents
    colour = BAND_COLOURS.get(mutu)
    return figure_box(
        ["Nilai IKM", "Mutu pelayanan", "Kinerja unit pelayanan", "Responden"],
        [
            Paragraph(figure, st["big"]),
            Paragraph(mutu, st["big"]),
            Paragraph(escape(kinerja), st["big"] if len(kinerja) < 8 else st["big_words"]),
            Paragraph(integer_id(respondents), st["big"]),
        ],
        height=14 * mm,
        extra=[("TEXTCOLOR", (1, 1), (1, 1), colour)] if colour is not None else [],
    )


def _method_text(report: IkmReport) -> str:
    weight = "1/9 (tepat)" if report.weight == "exact" else "0,111 (pembulatan yang lazim di lembar kerja)"
    bands = ", ".join(f"{b.mutu} {decimal_id(b.low)}–{decimal_id(b.high)}" for b in QUALITY_BANDS)
    text = (
        "Survei mengikuti Peraturan Menteri PANRB Nomor 14 Tahun 2017 dengan sembilan unsur pelayanan, "
        "masing-masing dinilai 1 sampai 4. Nilai rata-rata (NRR) tiap unsur adalah jumlah nilai dibagi "
        "jumlah responden yang menjawab unsur itu. IKM adalah jumlah NRR dikali bobot "
        f"{weight}, lalu dikonversi dengan dikali 25. Pembulatan hanya dilakukan pada angka akhir "
        f"(dua desimal). Mutu pelayanan menurut nilai konversi: {bands}. Setiap jawaban dari terminal "
        "survei terikat pada satu tiket antrean yang telah dilayani, sehingga satu kunjungan hanya "
        "dapat dinilai satu kali."
    )
    result = report.result
    if result is not None and result.unanswered:
        names = ", ".join(f"{k.upper()} {element(k).name_id}" for k in result.unanswered)
        text += (
            f" Unsur yang tidak dijawab satu responden pun ({names}) tidak ikut dihitung; bobot dibagi "
            "rata di antara unsur yang dijawab."
        )
    return escape(text)


def _element_table(result: IkmResult) -> Table:
    st = styles()
    rows: list[list[object]] = [["No", "Unsur pelayanan", "Menjawab", "Jumlah nilai", "NRR", "NRR × bobot"]]
    for item in ELEMENTS:
        nrr = result.nrr[item.key]
        count = result.answered_per_element[item.key]
        weight = result.weights.get(item.key)
        rows.append(
            [
                f"{item.key.upper()}",
                Paragraph(escape(item.name_id), st["cell"]),
                integer_id(count),
                "–" if nrr is None else integer_id(int(nrr * count)),
                decimal_id(nrr, 3),
                "–" if nrr is None or weight is None else decimal_id(nrr * weight, 3),
            ]
        )
    rows.append(["", "IKM (skala 1–4)", "", "", "", decimal_id(result.ikm_unit_rounded, 3)])
    rows.append(["", "IKM konversi (IKM × 25)", "", "", "", decimal_id(result.ikm, 2)])
    widths = [11 * mm, CONTENT_WIDTH - 11 * mm - 4 * 25 * mm, 25 * mm, 25 * mm, 25 * mm, 25 * mm]
    return grid_table(
        rows,
        widths,
        align_right_from=2,
        extra=[
            ("FONT", (0, -2), (-1, -1), FONT_BOLD, 8.5),
            ("SPAN", (1, -2), (4, -2)),
            ("SPAN", (1, -1), (4, -1)),
        ],
    )


def _weakest(result: IkmResult) -> list[Flowable]:
    st = styles()
    values = {v for v in result.nrr.values() if v is not None}
    if len(values) == 1:
        # Naming "the weakest" among equals would send a follow-up meeting after nothing.
        return [
            paragraph(
                f"Semua unsur yang dijawab bernilai sama (NRR {decimal_id(values.pop(), 3)}); tidak ada unsur "
                "yang lebih rendah dari yang lain.",
                st["body"],
            )
        ]
    lines = []
    for rank, key in enumerate(result.weakest[:3], start=1):
        item = element(key)
        nrr = result.nrr[key]
        assert nrr is not None
        lines.append(
            Paragraph(
                f"<b>{rank}. {key.upper()} {escape(item.name_id)}</b> – NRR {decimal_id(nrr, 3)} "
                f"(nilai konversi {decimal_id(nrr * 25, 2)}). {escape(item.question_id)}",
                st["body"],
            )
        )
    lines.append(
        paragraph(
            "Unsur-unsur ini perlu dibahas dalam rapat evaluasi dan dituangkan dalam rencana tindak lanjut "
            "perbaikan pelayanan.",
            st["small"],
        )
    )
    return lines


def _sample(report: IkmReport) -> list[Flowable]:
    st = styles()
    sample = report.sample
    minimum = sample.minimum
    if minimum is None:
        status = "tidak dapat dinilai (belum ada tiket yang dilayani tercatat dalam periode ini)"
    elif sample.responses >= minimum:
        status = "memenuhi"
    else:
        status = f"belum memenuhi (kurang {integer_id(minimum - sample.responses)} responden)"
    rows: list[list[str]] = [
        ["Uraian", "Jumlah"],
        ["Pengguna layanan yang dilayani dalam periode (populasi, N)", integer_id(sample.population)],
        ["Sampel minimum menurut Krejcie–Morgan (tingkat kepercayaan 95 %, galat 5 %)",
         "–" if minimum is None else integer_id(minimum)],
        ["Responden yang mengisi survei", integer_id(sample.responses)],
    ]
    table = grid_table(
        [rows[0], *([Paragraph(escape(a), st["cell"]), b] for a, b in rows[1:])],
        [CONTENT_WIDTH - 35 * mm, 35 * mm],
        align_right_from=1,
    )
    sources = ", ".join(
        f"{SOURCE_LABELS_ID[s].lower()} {integer_id(report.sources.get(s, 0))}" for s in SOURCES
    )
    return [
        table,
        Spacer(1, 2 * mm),
        Paragraph(f"Status kecukupan sampel: <b>{escape(status)}</b>.", st["body"]),
        paragraph(f"Asal jawaban: {sources}.", st["small"]),
    ]


def _profile_grid(report: IkmReport) -> Table:
    half = CONTENT_WIDTH / 2 - 4 * mm
    charts = []
    for field in PROFILE_FIELDS:
        counts = report.profile.get(field.key, {})
        labels = [c.label_id for c in field.choices] + ["Tidak diisi"]
        values = [counts.get(c.code, 0) for c in field.choices] + [counts.get("", 0)]
        charts.append(category_chart(field.name_id, labels, values, width=half))
    table = Table([charts[0:2], charts[2:4]], colWidths=[CONTENT_WIDTH / 2] * 2)
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("BOTTOMPADDING", (0, 0), (-1, -1), 8)]))
    return table


def _groups_table(report: IkmReport) -> Table:
    st = styles()
    assert report.by in GROUP_BYS
    rows: list[list[object]] = [
        [GROUP_TITLES[report.by].capitalize(), "Responden", *[e.key.upper() for e in ELEMENTS], "IKM", "Mutu"]
    ]
    for group in report.groups:
        result = group.result
        rows.append(
            [
                Paragraph(escape(group.label), st["cell"]),
                integer_id(0 if result is None else result.respondents),
                *[decimal_id(None if result is None else result.nrr_rounded[e.key], 2) for e in ELEMENTS],
                "–" if result is None else decimal_id(result.ikm),
                "–" if result is None else result.mutu,
            ]
        )
    number = 9.5 * mm
    widths = [CONTENT_WIDTH - 18 * mm - 9 * number - 13 * mm - 11 * mm, 18 * mm, *[number] * 9, 13 * mm, 11 * mm]
    return grid_table(
        rows,
        widths,
        align_right_from=1,
        extra=[
            ("FONT", (1, 0), (-1, -1), FONT, 7.5),
            ("FONT", (0, 0), (-1, 0), FONT_BOLD, 7.5),
            ("LEFTPADDING", (1, 0), (-1, -1), 2),
            ("RIGHTPADDING", (1, 0), (-1, -1), 2),
            ("ALIGN", (1, 0), (-1, 0), "RIGHT"),
        ],
    )


def _suggestions(report: IkmReport) -> list[Flowable]:
    st = styles()
    if not report.suggestions:
        return [paragraph("Tidak ada saran tertulis yang diterima dalam periode ini.", st["body"])]
    rows: list[list[object]] = [["Tanggal", "Layanan", "Saran"]]
    for item in report.suggestions[:MAX_SUGGESTIONS_IN_PDF]:
        local = report.local(item.submitted_at)
        rows.append(
            [
                f"{local:%d-%m-%Y}",
                "–" if item.service is None else str(item.service),
                Paragraph(escape(item.text), st["cell"]),
            ]
        )
    flow: list[Flowable] = [
        paragraph(
            f"{integer_id(report.suggestions_total)} saran tertulis diterima, ditampilkan apa adanya "
            "(urut waktu).",
            st["small"],
        ),
        Spacer(1, 1.5 * mm),
        grid_table(rows, [22 * mm, 18 * mm, CONTENT_WIDTH - 40 * mm]),
    ]
    hidden = report.suggestions_total - min(len(report.suggestions), MAX_SUGGESTIONS_IN_PDF)
    if hidden > 0:
        flow.append(
            paragraph(
                f"Dan {integer_id(hidden)} saran lainnya; semuanya ada di berkas ekspor "
                "(mpp-kiosk survey export).",
                st["small"],
            )
        )
    return flow

