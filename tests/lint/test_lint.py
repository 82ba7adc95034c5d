"""Lint: the rules registry, each rule on a fixture with known violations,
lint during the Sphinx build (only galat becomes a warning) and `sopap lint`."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from sopap.cli import main
from sopap.lint import RULES, Severity, lint_sop
from sopap.lint.rank import rank_of
from sopap.lint.verbs import nilai
from sopap.model import jsonformat
from sopap.sphinxext.state import sop_data
from support import BENIH, KORPUS, PROJECT, TESTS
from support.helpers import line_of, warnings_of

ROOTS = TESTS / "roots"
DOCS = PROJECT / "docs"


# -- the registry and its documentation ------------------------------------------------
def test_every_rule_is_in_the_docs_table_with_its_severity_and_title():
    text = (DOCS / "tinjauan.md").read_text(encoding="utf-8")
    rows = re.findall(r"^\| `([A-Z]{2}\d\d)` \| (\w+) \| (.+?) \| (.+?) \| (.+?) \|$", text, re.M)
    documented = {rid: (tingkat, judul, dasar, oleh) for rid, tingkat, judul, dasar, oleh in rows}
    assert list(documented) == list(RULES), "docs/tinjauan.md must list every rule, in registry order"

    def plain(s: str) -> str:
        return s.replace("`", "").replace("'", "")

    for rid, rule in RULES.items():
        tingkat, judul, dasar, oleh = documented[rid]
        assert tingkat == rule.tingkat.value, rid
        assert plain(judul) == plain(rule.judul), rid
        assert dasar == rule.dasar, rid
        assert oleh == ("pembaca sumber" if rule.pembaca else "lint"), rid


def test_rules_without_a_check_are_the_readers():
    for rule in RULES.values():
        assert rule.periksa is not None or rule.pembaca, rule.id
        if rule.invarian:
            assert rule.pembaca and rule.periksa is not None, rule.id


# -- heuristics ------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "aktif"),
    [
        ("Menerima, memeriksa dan memaraf draf", True),
        ("Mengintruksikan kepada Jafung", True),
        ("Berkoordinasi dengan OPD", True),
        ("Hadir dalam rapat", True),
        ("Diparaf oleh Kabid", False),
        ("Pelaksanaan rapat koordinasi", False),
        ("Menteri menerima laporan", False),
        ("Terima surat masuk", False),
        ("Dinas menerima surat", False),
        ("", False),
    ],
)
def test_active_verb_heuristics(text, aktif):
    assert nilai(text).aktif is aktif


# -- decisions ask their question ----------------------------------------------------------
def _decision_findings(body2: str, decision: bool = True) -> list[tuple[str, str]]:
    from sopap.parsing.assemble import assemble
    from support.raw_blocks import raw, step

    branches = {"ya": "3", "tidak": "1"} if decision else {}
    sop, problems = assemble(
        raw(step(1, "kadis", "Menerima berkas"), step(2, body=body2, **branches), step(3, body="Mengarsipkan berkas"))
    )
    assert problems == []
    return [(t.aturan, t.pesan) for t in lint_sop(sop) if t.aturan in ("UR02", "UR03")]


@pytest.mark.parametrize(
    "question", ["Apakah berkas pengaduan sudah lengkap?", "Lengkapkah berkas pengaduan?", "Berkas sudah lengkap?"]
)
def test_a_decision_may_ask_its_question(question):
    assert _decision_findings(question) == []


def test_a_decision_question_ends_with_a_question_mark():
    assert _decision_findings("Apakah berkas lengkap") == [
        ("UR03", "uraian keputusan langkah 2 adalah pertanyaan; akhiri dengan '?' (misalnya 'Apakah berkas lengkap?')")
    ]


def test_a_question_outside_a_decision_is_named_once():
    found = _decision_findings("Apakah berkas lengkap?", decision=False)
    assert [rule for rule, _ in found] == ["UR03"]  # not also UR02: one message for one cause
    assert "bukan keputusan; tulis tujuan kedua jawabannya dengan 'ya:' dan 'tidak:'" in found[0][1]


def test_a_decision_written_as_an_activity_is_still_accepted():
    assert _decision_findings("Memeriksa kelengkapan berkas") == []


@pytest.mark.parametrize(
    ("text", "question"),
    [("Apakah lengkap?", True), ("Sudahkah diparaf", True), ("Berapa peserta", True), ("Langkah 3 diulang", False),
     ("Menerima berkas", False), ("Berkas lengkap?", True)],
)
def test_question_heuristics(text, question):
    from sopap.lint.verbs import is_question

    assert is_question(text) is question


@pytest.mark.parametrize(
    ("nama", "rank"),
    [
        ("Wali Kota", 100),
        ("Kepala DPPPA", 80),
        ("KADIS", 80),
        ("Sekretaris DPPPA", 70),
        ("Sekdis DPPPA", 70),
        ("Kabid PUGPPKK", 60),
        ("Kepala Bidang Uji", 60),
        ("Kasubag Umum dan Kepegawaian", 50),
        ("JABATAN FUNGSIONAL/ PELAKSANA", 40),
        ("Jafung / Pelaksana", 40),
    ],
)
def test_ranks_from_column_names(nama, rank):
    assert rank_of(nama)[0] == rank


def test_unknown_titles_have_no_rank():
    assert rank_of("Tim Penilai") is None and rank_of("Tim Pengelola P2WKSS") is None


# -- the fixture with known violations ---------------------------------------------------
@pytest.mark.sphinx("html", testroot="lint")
def test_known_violations_each_at_its_line(app):
    app.build()
    domain = app.env.domains["sop"]
    found = [(t.aturan, t.baris, t.langkah) for t in domain.state.temuan["sop-langgar"]]
    src = Path(app.srcdir) / "sop-langgar.md"

    def at(needle: str, n: int = 1) -> int:
        return line_of(src, needle, n)

    expected = [
        ("ID03", at("lampiran: \"\""), None),
        ("ID02", at("nomor: \"\""), None),
        ("ID02", at("tanggal-pembuatan:"), None),
        ("ID04", at("tanggal-revisi:"), None),
        ("ID02", at("tanggal-pengesahan:"), None),
        ("PR03", at("paraf-koordinasi:"), None),
        ("UR02", at("{langkah} 2"), 2),
        ("KL01", at("kelengkapan: |", 1), 2),
        ("WK03", at("waktu: 2 bulan"), 2),
        ("KL01", at("kelengkapan: Draf laporn"), 3),
        ("UR02", at("{langkah} 4"), 4),
        ("WK02", at("{langkah} 4"), 4),
        ("PR01", at("pelaksana: kabid"), 4),
        ("KL02", at("kelengkapan-luar: Draf laporan diparaf Sekdis"), 4),
        ("PR02", at("{langkah} 6"), 6),
    ]
    assert sorted(found, key=str) == sorted(expected, key=str)
    messages = {t.aturan + str(t.langkah): t.pesan for t in domain.state.temuan["sop-langgar"]}
    assert "mirip output langkah 1 'Draf laporan', salah tulis?" in messages["KL013"]
    assert "mirip" not in messages["KL012"]
    assert "diawali kata benda 'Pembuatan'" in messages["UR022"]
    assert messages["UR024"].startswith("rincian b. langkah 4 diawali kata kerja pasif 'Dikembalikan'")
    assert "langkah 3 (Sekretaris Dinas)" in messages["PR014"] and "(Kabid Uji)" in messages["PR014"]
    assert "Kabag Organisasi, Kabid Uji" in messages["PR03None"]
    # a kelengkapan marked external, and the first step's inputs, are not findings
    assert not any("Surat edaran" in m or "Surat permohonan" in m for m in messages.values())


@pytest.mark.sphinx("html", testroot="lint")
def test_only_galat_becomes_a_sphinx_warning(app, status):
    app.build()
    warnings = warnings_of(app)
    assert len(warnings) == 1, warnings
    src = Path(app.srcdir) / "sop-kolom.md"
    assert f"sop-kolom.md:{line_of(src, 'sekdis: Sekretaris Dinas')}" in warnings[0]
    assert "PL02: kolom pelaksana 'Sekretaris Dinas' (sekdis) tidak dipakai" in warnings[0]
    assert "[sopap.lint]" in warnings[0]
    assert sop_data(app.env).temuan["sop-kolom"][0].tingkat is Severity.GALAT
    assert "sopap lint: 1 galat, 12 peringatan, 3 saran pada 2 SOP" in status.getvalue()


@pytest.mark.sphinx("html", testroot="lint")
def test_galat_is_reported_again_on_an_unchanged_rebuild(make_app, app_params):
    args, kwargs = app_params
    first = make_app(*args, **kwargs)
    first.build()
    assert len(warnings_of(first)) == 1
    second = make_app(*args, **kwargs)
    second.build()
    assert [w for w in warnings_of(second) if "PL02" in w], "a -W build must fail every time"


# -- the command line --------------------------------------------------------------------
def test_cli_lint_reports_file_line_rule_severity(capsys):
    code = main(["lint", "--project", str(ROOTS / "test-lint"), "--color", "never"])
    out = capsys.readouterr().out.splitlines()
    assert code == 1  # PL02 is a galat
    src = ROOTS / "test-lint" / "sop-langgar.md"
    line = line_of(src, "kelengkapan: Draf laporn")
    assert (
        f"sop-langgar.md:{line}: KL01 peringatan: kelengkapan 'Draf laporn' langkah 3 tidak dibuat oleh "
        "langkah sebelumnya; bila datang dari luar prosedur, tulis juga di 'kelengkapan-luar:' langkah ini; mirip output "
        "langkah 1 'Draf laporan', salah tulis?"
    ) in out
    assert out[-1] == "sopap lint: 2 berkas diperiksa: 1 galat, 12 peringatan, 3 saran"
    # sorted by file and line
    places = [(l.split(":")[0], int(l.split(":")[1])) for l in out[:-1]]
    assert places == sorted(places)


def test_cli_lint_one_file_and_strictness(capsys):
    root = ROOTS / "test-lint"
    assert main(["lint", str(root / "sop-langgar.md"), "--project", str(root)]) == 0  # no galat there
    out = capsys.readouterr().out
    assert "sop-kolom" not in out and out.strip().endswith("1 berkas diperiksa: 0 galat, 12 peringatan, 3 saran")
    assert main(["lint", str(root / "sop-langgar.md"), "--strict", "--project", str(root)]) == 1
    capsys.readouterr()
    assert main(["lint", str(root / "tidak-ada.md"), "--project", str(root)]) == 2
    assert "tidak-ada.md: tidak ada" in capsys.readouterr().err


def test_cli_lint_json_and_html(tmp_path, capsys):
    root = ROOTS / "test-lint"
    page = tmp_path / "temuan.html"
    main(["lint", "--format", "json", "--html", str(page), "--project", str(root)])
    data = json.loads(capsys.readouterr().out.split("\nsopap: halaman HTML")[0])
    assert data["jumlah"] == {"galat": 1, "peringatan": 12, "saran": 3}
    pl02 = [t for t in data["temuan"] if t["aturan"] == "PL02"]
    assert pl02 and pl02[0]["tingkat"] == "galat" and pl02[0]["berkas"] == "sop-kolom.md"
    html = page.read_text(encoding="utf-8")
    assert "<h1>Temuan lint SOP</h1>" in html and "Draf laporn" in html and "<script" not in html


def test_cli_lint_reports_reader_and_myst_problems_with_their_rule(capsys):
    code = main(["lint", "--project", str(ROOTS / "test-yaml-rusak"), "--color", "never"])
    out = capsys.readouterr().out
    assert code == 1
    assert re.search(r"^sop\.md:\d+: SM01 galat: isian direktif 'langkah' tidak dapat dibaca", out, re.M)
    main(["lint", "--project", str(ROOTS / "test-pelaksana-tidak-dikenal"), "--color", "never"])
    out = capsys.readouterr().out
    line = line_of(ROOTS / "test-pelaksana-tidak-dikenal" / "sop.md", "pelaksana: kasubag")
    assert f"sop.md:{line}: PL01 galat: pelaksana 'kasubag' pada langkah 2 tidak dikenal" in out


def test_cli_lint_json_export_checks_the_invariants(tmp_path, capsys):
    """A sopap/1 file from elsewhere: symbols and flow are checked by lint."""
    from support.conformance import seed_project

    data = json.loads((seed_project() / "features" / "sopap.json").read_text(encoding="utf-8"))
    sop = data["sops"][0]
    sop["langkah"][0]["simbol"] = "kotak"  # the first step must be a terminator
    sop["langkah"][1]["pelaksana"] = "bupati"
    path = tmp_path / "lain.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    assert main(["lint", str(path), "--color", "never", "--project", str(ROOTS / "test-lint")]) == 1
    out = capsys.readouterr().out
    assert f"{path} (sops[0] {sop['id']}): SB02 galat: langkah pertama (1) harus bersimbol kapsul, bukan kotak" in out
    assert "PL01 galat: pelaksana 'bupati' langkah 2 bukan kolom pelaksana SOP ini" in out


# -- the seed and the living corpus -----------------------------------------------------------
@pytest.mark.slow
def test_seed_has_no_galat_and_every_finding_is_explained(tmp_path):
    """On the frozen transcription of the seed (tests/data/benih): what a
    reviewer of the signed originals accepted."""
    from sopap.sphinxext.project import Project

    corpus = Project(BENIH, build_dir=tmp_path / "_build").load_corpus()
    for sop in corpus:
        found = lint_sop(sop)
        assert not [t for t in found if t.tingkat is Severity.GALAT], sop.id
        assert not [t for t in found if t.aturan in ("PR01", "PR03", "PR05", "UR02", "UR03", "PL02")], (sop.id, found)


@pytest.mark.korpus
def test_model_rules_run_on_a_json_round_trip():
    """The committed kit's sopap.json of any valid corpus: the invariants hold."""
    src = jsonformat.corpus_from_dict(
        json.loads((KORPUS / "features" / "sopap.json").read_text(encoding="utf-8"))
    )
    for sop in src:
        found = lint_sop(sop, dari_sumber=False)
        assert not [t for t in found if t.tingkat is Severity.GALAT and RULES[t.aturan].fails_build], sop.id


def test_the_example_in_the_docs_is_what_lint_prints(capsys):
    """docs/tinjauan.md shows a real finding of the seed, in the real format
    (read off the frozen seed, tests/data/benih).

    Only the finding itself is compared, not its line or the totals.
    """
    text = (DOCS / "tinjauan.md").read_text(encoding="utf-8")
    example = re.search(r"```text\n(sop_source/\S+?\.md):(\d+): (.+)\n(sopap lint: .+)\n```", text)
    path, _, rest, summary = example.groups()
    main(["lint", "--color", "never", "--project", str(BENIH)])
    out = capsys.readouterr().out.splitlines()
    assert any(re.fullmatch(rf"{re.escape(path)}:\d+: {re.escape(rest)}", line) for line in out)
    shape = r"sopap lint: \d+ berkas diperiksa: \d+ galat, \d+ peringatan, \d+ saran"
    assert re.fullmatch(shape, summary) and re.fullmatch(shape, out[-1])
