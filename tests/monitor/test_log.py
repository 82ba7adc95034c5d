"""Reading event logs: bad rows, separators, XES and Parquet, and the CLI."""

from __future__ import annotations

import io
import json
import random

import jsonschema
import pdfplumber
import polars as pl
import pytest

from sopap.cli import main
from sopap.model import beban as beban_model
from sopap.monitor import log, run, synthetic, xes
from sopap.render.html import beban as beban_html_module
from support.monitor import KALENDER, SCHEMAS, SEED_JSON, codes, run_csv, seed

GOOD = "A,pendampingan-kasus-anak,1,kadis,2025-01-06T08:00:00+07:00,2025-01-06T08:20:00+07:00\n"


def test_bad_rows_are_named_with_file_and_row_and_the_rest_is_checked(tmp_path):
    text = (
        "kasus,sop,langkah,pelaksana,mulai,selesai,keputusan\n"
        + GOOD.strip() + ",\n"
        + "B,pendampingan-kasus-anak,satu,kadis,,2025-01-06T08:20:00+07:00,\n"
        + "C,pendampingan-kasus-anak,1,kadis,,2025-01-06 08:20,\n"
        + "D,pendampingan-kasus-anak,1,kadis,,,\n"
        + ",pendampingan-kasus-anak,1,kadis,,2025-01-06T08:20:00+07:00,\n"
        + "E,pendampingan-kasus-anak,1,kadis,2025-01-06T09:00:00+07:00,2025-01-06T08:20:00+07:00,\n"
        + "F,pendampingan-kasus-anak,1,kadis,,2025-01-06T08:20:00Z,mungkin\n"
        + "G,pendampingan-kasus-anak,1.0,kadis,,2025-01-06T01:20:00.5Z,\n"
    )
    hasil = run_csv(tmp_path, text)
    messages = [(r.baris, r.pesan) for r in hasil.rusak]
    assert messages == [
        (3, "langkah 'satu' bukan nomor langkah"),
        (4, "selesai '2025-01-06 08:20' bukan waktu ISO 8601 dengan zona waktu (misalnya 2025-01-06T08:00:00+07:00)"),
        (5, "kolom 'selesai' kosong (wajib diisi)"),
        (6, "kolom 'kasus' kosong"),
        (7, "mulai sesudah selesai"),
        (8, "keputusan 'mungkin' tidak dikenal; isi 'ya', 'tidak' atau kosongkan"),
    ]
    assert str(hasil.rusak[0]).startswith(str(tmp_path / "log.csv") + " baris 3: ")
    assert set(codes(hasil)) == {"A", "G"}  # the good rows were still checked


def test_a_spreadsheet_export_with_semicolons_and_a_bom_reads(tmp_path):
    text = "\ufeffKasus;SOP;Langkah;Pelaksana;Mulai;Selesai\n" + GOOD.replace(",", ";")
    hasil = run_csv(tmp_path, text)
    assert codes(hasil) == {"A": {"UNFINISHED"}} and not hasil.rusak


@pytest.mark.parametrize(
    "content, expected",
    [
        ("kasus,sop,langkah,pelaksana,selesai\nA,x,1,kadis,2025-01-06T08:00:00+07:00\n", "kolom 'mulai' tidak ada"),
        ("", "berkas kosong"),
        (b"\xff\xfe\x00k", "bukan teks UTF-8"),
    ],
)
def test_an_unreadable_log_is_exit_2_with_its_name(tmp_path, capsys, content, expected):
    path = tmp_path / "rusak.csv"
    path.write_bytes(content if isinstance(content, bytes) else content.encode())
    assert main(["monitor", str(path), "-o", str(tmp_path / "out"), "--json", str(SEED_JSON)]) == 2
    err = capsys.readouterr().err
    assert "rusak.csv" in err and expected in err
    assert not (tmp_path / "out").exists()  # nothing half-written
    assert main(["monitor", str(tmp_path / "tidak-ada.csv"), "-o", str(tmp_path / "out"), "--json", str(SEED_JSON)]) == 2


def _frame(cases) -> pl.DataFrame:
    text = synthetic.csv_text(cases)
    good, bad = log.validate(pl.read_csv(io.StringIO(text), infer_schema=False).with_row_index("baris", offset=2).with_columns(pl.col("baris").cast(pl.Int64)), "x")
    assert not bad
    return good


def test_xes_round_trip_gives_the_same_events_and_findings(tmp_path):
    cases = synthetic.log(seed(), 600, KALENDER, share_deviating=0.5, seed=3)
    events = _frame(cases)
    with (tmp_path / "log.xes").open("wb") as out:
        xes.write(events.iter_rows(named=True), out)
    back, bad = log.validate(xes.raw(tmp_path / "log.xes").collect(), "log.xes")
    assert not bad
    key = ["kasus", "langkah", "selesai"]
    columns = ["kasus", "sop", "langkah", "pelaksana", "mulai", "selesai", "keputusan"]
    assert back.select(columns).sort(key).equals(events.select(columns).sort(key))
    (tmp_path / "log.csv").write_text(synthetic.csv_text(cases))
    from_xes = run.periksa([tmp_path / "log.xes"], seed(), KALENDER)
    from_csv = run.periksa([tmp_path / "log.csv"], seed(), KALENDER)
    assert codes(from_xes) == codes(from_csv)
    assert any(codes(from_csv).values())


def test_parquet_reads_like_the_csv(tmp_path):
    cases = synthetic.log(seed(), 400, KALENDER, share_deviating=0.5, seed=4)
    text = synthetic.csv_text(cases, random.Random(2))
    (tmp_path / "log.csv").write_text(text)
    frame = pl.read_csv(io.StringIO(text), infer_schema=False).with_columns(
        pl.col("selesai").str.to_datetime(time_zone="UTC"), pl.col("langkah").cast(pl.Int64)
    )
    frame.write_parquet(tmp_path / "log.parquet")
    assert codes(run.periksa([tmp_path / "log.parquet"], seed(), KALENDER)) == codes(
        run.periksa([tmp_path / "log.csv"], seed(), KALENDER)
    )


def test_the_command_writes_the_form_json_html_and_pdf(tmp_path, capsys):
    cases = synthetic.log(seed(), 800, KALENDER, share_deviating=0.3, seed=5)
    path = tmp_path / "log.csv"
    path.write_text(synthetic.csv_text(cases))
    out = tmp_path / "hasil"
    assert main(["monitor", str(path), "-o", str(out), "--json", str(SEED_JSON), "--paper", "a4"]) == 1
    printed = capsys.readouterr().out
    assert "kasus diperiksa" in printed and "menyimpang" in printed
    doc = json.loads((out / "pemantauan.json").read_text())
    schema = json.loads((SCHEMAS / "sopap-pemantauan-1.schema.json").read_text())
    jsonschema.validate(doc, schema)
    assert doc["format"] == "sopap-pemantauan/1" and len(doc["kasus"]) == len(cases)
    html = (out / "pemantauan.html").read_text()
    assert "Monitoring Pelaksanaan SOP AP" in html and "Tindakan yang harus diambil" in html
    assert "<svg" in html and "<script" not in html and "http://" not in html.replace("http://www.w3.org", "")
    assert "https://" not in html
    with pdfplumber.open(out / "pemantauan.pdf") as pdf:
        first = pdf.pages[0]
        assert round(first.width) == 842  # A4 landscape
        text = first.extract_text()
    assert "MONITORING PELAKSANAAN SOP AP" in text and "Paraf penilai" in text and "PEMERINTAH" in text
    # one SOP, conforming cases only: exit 0
    clean = [c for c in cases if c.kode is None and c.sop == "diklat-pprg"]
    path.write_text(synthetic.csv_text(clean))
    assert main(["monitor", str(path), "-o", str(out), "--json", str(SEED_JSON), "--sop", "diklat-pprg"]) == 0
    assert main(["monitor", str(path), "-o", str(out), "--json", str(SEED_JSON), "--dari", "31-01-2025"]) == 2


def test_the_workload_an_sop_implies():
    sop = seed().get("diklat-pprg")
    b = beban_model.beban(sop)
    # 1 jam + 1 jam + 1 hari + 1 hari + 3 hari + 1 hari + 4 x 30 menit
    assert b.menit == 60 + 60 + 450 + 450 + 1350 + 450 + 4 * 30
    kadis = next(p for p in b.pelaksana if p.pelaksana == "kadis")
    assert kadis.langkah == (1, 9) and kadis.menit == 90
    html = beban_html_module.beban_html(sop)
    assert "6 hari 4 jam" in html and "<script" not in html
