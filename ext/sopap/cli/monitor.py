"""``sopap monitor LOG [LOG...] -o DIR``: pemantauan from event logs.

Checks every case of the logs (CSV, XES, Parquet) against its SOP and
writes the monitoring form of Permenpan RB 35/2012 (Tabel 7) with the
analytics: ``pemantauan.json``, ``pemantauan.html``, ``pemantauan.pdf``.
Exit codes: 0 every case conforms, 1 a case deviates or a row is bad, 2 an
unreadable log or wrong usage.
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path

from sopap.cli.common import add_project_option, project_from
from sopap.errors import SopapError
from sopap.util import atomic
from sopap.util.progress import Progress


def register(sub) -> None:
    parser = sub.add_parser(
        "monitor",
        help="pantau pelaksanaan SOP dari log peristiwa: formulir Monitoring Pelaksanaan SOP AP dan analitik",
        description="Memeriksa setiap kasus di log peristiwa (CSV, XES atau Parquet) terhadap alur SOP-nya "
        "dan menulis pemantauan.json, formulir Monitoring Pelaksanaan SOP AP (Tabel 7 Permenpan RB 35/2012) "
        "dalam HTML dan PDF, beserta analitik waktu dan beban kerja. Keluar 0 bila semua kasus sesuai, 1 bila "
        "ada penyimpangan atau baris rusak, 2 bila log tidak dapat dibaca.",
    )
    parser.add_argument("logs", metavar="LOG", nargs="+", help="log peristiwa: .csv, .xes (.xes.gz) atau .parquet")
    parser.add_argument("-o", "--output", dest="output", metavar="FOLDER", required=True, help="folder keluaran")
    parser.add_argument("--sop", metavar="ID", default=None, help="hanya kasus SOP ini")
    parser.add_argument("--dari", metavar="TANGGAL", default=None, help="hanya kasus yang berakhir pada atau sesudah tanggal ini (2025-01-01)")
    parser.add_argument("--sampai", metavar="TANGGAL", default=None, help="hanya kasus yang berakhir pada atau sebelum tanggal ini (2025-06-30)")
    parser.add_argument("--json", metavar="BERKAS", default=None, help="ambil SOP dari ekspor sopap/1 ini, bukan dari proyek")
    parser.add_argument(
        "--threshold",
        metavar="BAGIAN",
        default=None,
        help="bagian kasus sesuai untuk 'Berjalan dengan baik' (bawaan: sopap_monitor_threshold di conf.py, 0.9)",
    )
    parser.add_argument("--paper", choices=("f4", "a4"), default=None, help="kertas PDF (bawaan: sopap_lampiran_paper, f4)")
    add_project_option(parser)
    parser.set_defaults(func=run)


def _tanggal(text: str | None, flag: str) -> date | None:
    if text is None:
        return None
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise SopapError(f"{flag} '{text}' bukan tanggal; tulis TAHUN-BULAN-TANGGAL, misalnya 2025-01-31") from None


def _sources(args: argparse.Namespace):
    """(corpus, calendar settings, share, kop, paper) from --json or the project."""
    if args.json:
        from sopap.model import jsonformat

        path = Path(args.json)
        try:
            corpus = jsonformat.corpus_from_dict(json.loads(path.read_text(encoding="utf-8")))
        except OSError as exc:
            raise SopapError(f"{path}: tidak dapat dibaca ({exc.strerror})") from exc
        except (ValueError, KeyError, TypeError) as exc:
            raise SopapError(f"{path}: bukan berkas sopap/1 yang sah ({exc})") from exc
        kop = {"pemerintah": corpus.keputusan.pemerintah, "instansi": corpus.keputusan.instansi}
        return corpus, {}, 0.9, kop, "f4"
    project = project_from(args)
    result = project.run("sopap-model", project.build_dir / "sopap-model", strict=True)
    if not result.ok:
        raise SopapError(f"sumber SOP bermasalah ({len(result.warnings)} peringatan); perbaiki dulu")
    config = result.app.config
    corpus = result.app.env.domains["sop"].corpus()
    instansi = config.sopap_instansi if isinstance(config.sopap_instansi, str) else ""  # several: none for all
    kop = {"pemerintah": config.sopap_pemerintah, "instansi": instansi}
    return corpus, config.sopap_calendar, config.sopap_monitor_threshold, kop, config.sopap_lampiran_paper


def run(args: argparse.Namespace) -> int:
    from sopap.monitor import formulir_html, formulir_pdf, report, run, settings

    periode = run.Period(_tanggal(args.dari, "--dari"), _tanggal(args.sampai, "--sampai"))
    if periode.dari and periode.sampai and periode.dari > periode.sampai:
        raise SopapError(f"--dari {periode.dari} sesudah --sampai {periode.sampai}")
    corpus, kalender_conf, ambang_conf, kop, kertas = _sources(args)
    calendar = settings.kalender(kalender_conf)
    ambang = settings.ambang(args.threshold if args.threshold is not None else ambang_conf)
    if args.sop is not None and args.sop not in {s.id for s in corpus.sops}:
        raise SopapError(f"SOP '{args.sop}' tidak ada; yang ada: {', '.join(s.id for s in corpus.sops)}")
    paths = [Path(p) for p in args.logs]
    bar: list[Progress] = []

    def kemajuan(done: int, total: int) -> None:
        if not bar:
            bar.append(Progress("memeriksa log", total))
        bar[0].maju(done - bar[0].selesai_)

    try:
        hasil = run.periksa(paths, corpus, calendar, sop=args.sop, periode=periode, kemajuan=kemajuan)
    finally:
        if bar:
            bar[0].selesai()
    doc = report.laporan(
        hasil, corpus, ambang=ambang, zone=calendar.zone, logs=[str(p) for p in paths], periode=periode,
        kalender=settings.uraian(calendar),
    )
    text = settings.uraian_teks(calendar)
    out = Path(args.output)
    atomic.write_text(out / "pemantauan.json", json.dumps(doc, ensure_ascii=False, indent=1) + "\n")
    atomic.write_text(out / "pemantauan.html", formulir_html.render(doc, hasil.agregat, corpus, kop=kop, kalender=text))
    pdf = formulir_pdf.render(doc, hasil.agregat, corpus, kop=kop, kalender=text, kertas=args.paper or kertas)
    atomic.write_bytes(out / "pemantauan.pdf", pdf)
    return _report(doc, hasil, out)


def _report(doc: dict, hasil, out: Path) -> int:
    for r in hasil.rusak[:50]:
        print(f"sopap: {r}", file=sys.stderr)
    if len(hasil.rusak) > 50:
        print(f"sopap: ... dan {len(hasil.rusak) - 50} baris rusak lain (lihat pemantauan.json)", file=sys.stderr)
    from sopap.monitor.report import ringkasan

    for line in ringkasan(doc):
        print(line)
    cases = len(doc["kasus"])
    deviating = sum(1 for k in doc["kasus"] if k["temuan"])
    print(
        f"{cases} kasus diperiksa dari {doc['peristiwa']} peristiwa: {cases - deviating} sesuai, {deviating} menyimpang"
        + (f", {len(hasil.rusak)} baris rusak" if hasil.rusak else "")
        + f". Formulir di {out / 'pemantauan.html'} dan {out / 'pemantauan.pdf'}"
    )
    return 1 if deviating or hasil.rusak else 0
