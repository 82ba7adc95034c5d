"""Paraf koordinasi per revision: the {paraf} directive, the model and JSON,
the HTML and PDF paraf boxes, the DRAF banner and watermark, and the seed's
recorded (illegible) paraf."""

from __future__ import annotations

from pathlib import Path

import jsonschema
import pdfplumber
import pytest

from sopap.model import jsonformat
from dataclasses import replace

from sopap.lint import RULES, Severity, lint_sop
from sopap.model.paraf import sidik_isi, status_paraf
from sopap.model.sop import JenisCatatan
from sopap.parsing.assemble import assemble
from sopap.sphinxext.project import Project
from support import BENIH, SEED_OCR, TESTS
from support.raw_blocks import block, raw, step

ROOTS = TESTS / "roots"


# -- reading {paraf} -------------------------------------------------------------------
def paraf(jabatan: str, line: int = 50, **opts: str):
    return block(jabatan, opts, line=line)


def assembled(*records, notes=(), waktu2: str = "1 hari", **ident):
    source = raw(step(1, "kadis"), step(2, waktu=waktu2), notes=notes, **ident)
    source.paraf = list(records)
    return assemble(source)


def content(**ident) -> str:
    """The digest a paraf of this content records (what `sopap paraf` writes)."""
    sop, problems = assembled(**ident)
    assert problems == []
    return sidik_isi(sop)


def test_paraf_of_the_current_revision_makes_the_sop_final():
    ident = {"revisi": "1", "paraf-koordinasi": "Kabag. Organisasi"}
    sop, problems = assembled(
        paraf("Kabag Organisasi", revisi="0", nama="Drs. A", tanggal="1 Mei 2025"),
        paraf("kabag organisasi.", line=60, revisi="1", nama="Drs. A", tanggal="2 Juni 2026",
              **{"sidik-isi": content(**ident)}),
        **ident,
    )
    assert problems == []
    assert sop.revisi == 1
    assert [(p.jabatan, p.revisi) for p in sop.paraf] == [("Kabag. Organisasi", 0), ("Kabag. Organisasi", 1)]
    assert not status_paraf(sop).draf


# -- a paraf binds the content it approved ----------------------------------------------------
def test_a_change_after_the_paraf_makes_the_sop_a_draft_again():
    approved = content()  # step 2 takes "1 hari"
    record = paraf("Kabag Organisasi", nama="Drs. A", tanggal="1 Mei 2025", **{"sidik-isi": approved})
    sop, _ = assembled(record)
    assert not status_paraf(sop).draf
    changed, problems = assembled(record, waktu2="2 hari")
    assert problems == []
    status = status_paraf(changed)
    assert status.draf and status.kurang == () and [j for j, _ in status.berubah] == ["Kabag Organisasi"]
    assert status.berlaku("Kabag Organisasi") is None
    assert status.keterangan() == "isi berubah sesudah diparaf Kabag Organisasi (1 Mei 2025)"


def test_a_paraf_without_its_digest_binds_nothing():
    sop, problems = assembled(paraf("Kabag Organisasi", nama="Drs. A", tanggal="1 Mei 2025"))
    assert problems == []
    status = status_paraf(sop)
    assert status.draf and [j for j, _ in status.tanpa_sidik] == ["Kabag Organisasi"]
    assert status.keterangan() == "paraf Kabag Organisasi tidak mencatat isi yang diparaf"


def test_what_the_digest_covers():
    sop, _ = assembled()
    base = sidik_isi(sop)
    # not the revision, the paraf, the notes or where blocks stand
    assert sidik_isi(replace(sop, revisi=3, paraf=(), catatan=())) == base
    assert content(waktu2="1 Hari") == base  # a time is compared as read
    # everything printed on the lampiran
    assert content(waktu2="2 hari") != base
    assert content(nama="SOP Lain") != base
    assert content(**{"penandatangan-nama": "NAMA LAIN"}) != base
    assert content(**{"dasar-hukum": "Peraturan 1\nPeraturan 2"}) != base
    step2 = sop.langkah[1]
    assert sidik_isi(replace(sop, langkah=(sop.langkah[0], replace(step2, uraian="Lain")))) != base


def test_an_edited_digest_is_refused_with_its_line():
    record = paraf("Kabag Organisasi", nama="Drs. A", tanggal="1 Mei 2025", **{"sidik-isi": "abc"})
    _, problems = assembled(record)
    assert [(p.jenis, p.baris) for p in problems] == [("paraf", record.line_of("sidik-isi"))]
    assert "sidik-isi 'abc' paraf Kabag Organisasi tidak sah" in problems[0].pesan
    assert "catat paraf lagi dengan `sopap paraf`" in problems[0].pesan


def test_lint_names_the_paraf_whose_content_changed():
    record = paraf("Kabag Organisasi", line=57, nama="Drs. A", tanggal="1 Mei 2025", **{"sidik-isi": content()})
    sop, _ = assembled(record, waktu2="2 hari")
    found = [t for t in lint_sop(sop) if t.aturan.startswith("PR")]
    assert [(t.aturan, t.tingkat, t.baris) for t in found] == [("PR05", Severity.GALAT, 57)]
    assert found[0].pesan.startswith("isi SOP berubah sesudah diparaf Kabag Organisasi (1 Mei 2025) pada revisi 0")
    assert not RULES["PR05"].fails_build  # the handbook shows it as a DRAF page instead


def test_a_missing_paraf_of_the_current_revision_is_a_draft():
    sop, problems = assembled(
        paraf("Kabag Organisasi", revisi="0", nama="Drs. A", tanggal="1 Mei 2025"),
        revisi="1",
        **{"paraf-koordinasi": "Kabag Organisasi\nKabid Uji"},
    )
    assert problems == []
    status = status_paraf(sop)
    assert status.draf and status.kurang == ("Kabag Organisasi", "Kabid Uji")


@pytest.mark.parametrize(
    ("record", "revisi", "message"),
    [
        (paraf("Kasubag Umum", nama="A", tanggal="B"), "0",
         "jabatan 'Kasubag Umum' tidak ada di kotak Paraf Koordinasi SOP ini; jabatan yang ada: Kabag Organisasi"),
        (paraf("Kabag Organisasi", revisi="2", nama="A", tanggal="B"), "1",
         "paraf Kabag Organisasi untuk revisi 2, padahal naskah ini revisi 1"),
        (paraf("Kabag Organisasi", revisi="satu", nama="A", tanggal="B"), "0", "revisi paraf 'satu' harus bilangan bulat"),
        (paraf("Kabag Organisasi", nama="", tanggal="1 Mei 2025"), "0",
         "nama paraf Kabag Organisasi kosong; isi 'nama:' atau, bila tidak terbaca pada naskah, tulis "
         "{catatan} tidak-terbaca dengan 'medan: paraf-koordinasi'"),
        (paraf("", nama="A", tanggal="B"), "0", "direktif {paraf} harus menyebut jabatan pemaraf"),
    ],
)
def test_paraf_problems_name_the_line(record, revisi, message):
    _, problems = assembled(record, revisi=revisi)
    assert [(p.jenis, p.baris) for p in problems][:1] and problems[0].jenis == "paraf"
    assert message in problems[0].pesan
    assert problems[0].baris in (record.line, record.line_of("revisi"))


def test_the_same_paraf_twice_is_refused():
    _, problems = assembled(
        paraf("Kabag Organisasi", nama="A", tanggal="B"), paraf("Kabag Organisasi", line=70, nama="A", tanggal="B")
    )
    assert [p.pesan for p in problems] == ["paraf Kabag Organisasi untuk revisi 0 sudah dicatat (baris 50)"]


def test_an_illegible_paraf_needs_its_note():
    note = block("tidak-terbaca", {"medan": "paraf-koordinasi"}, "Paraf ada, nama tidak terbaca.", line=80)
    sop, problems = assembled(
        paraf("Kabag Organisasi", nama="", tanggal="", **{"sidik-isi": content()}), notes=(note,)
    )
    assert problems == []
    assert sop.paraf[0].nama == "" and not status_paraf(sop).draf


def test_kelengkapan_luar_must_be_a_kelengkapan_of_the_step():
    source = raw(
        step(1, "kadis"),
        step(2, kelengkapan="Dokumen 1\nSurat edaran", **{"kelengkapan-luar": "Surat edaran"}),
        step(3, kelengkapan="Dokumen 2", **{"kelengkapan-luar": "Surat masuk"}),
    )
    sop, problems = assemble(source)
    assert sop.langkah[1].kelengkapan_luar == ("Surat edaran",)
    assert [(p.jenis, p.pesan) for p in problems] == [
        ("kelengkapan", "'Surat masuk' pada 'kelengkapan-luar:' langkah 3 tidak ada di 'kelengkapan:' langkah itu; "
         "tulis nama yang sama persis")
    ]


# -- JSON ----------------------------------------------------------------------------------
def test_json_round_trip_and_schema_of_the_new_fields():
    sop, _ = assembled(
        paraf("Kabag Organisasi", revisi="0", nama="Drs. A", tanggal="1 Mei 2025"),
        revisi="1",
    )
    data = jsonformat.corpus_to_dict(jsonformat.Corpus(sops=(sop,)))
    jsonschema.validate(data, jsonformat.schema())
    back = jsonformat.sop_from_dict(data["sops"][0])
    assert back.revisi == 1 and back.paraf == sop.paraf
    assert "kelengkapan_luar" not in data["sops"][0]["langkah"][0]  # written only when used
    # an export written before these fields existed still reads: revision 0, no paraf
    old = dict(data["sops"][0])
    del old["revisi"], old["paraf"]
    assert jsonformat.sop_from_dict(old).revisi == 0 and jsonformat.sop_from_dict(old).paraf == ()


# -- the seed -------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def seed(tmp_path_factory):
    """The frozen transcription of the seed (tests/data/benih), not the living sources."""
    return Project(BENIH, build_dir=tmp_path_factory.mktemp("seed-paraf") / "_build").load_corpus()


def test_seed_paraf_recorded_for_revision_0_without_invented_names(seed):
    assert len(seed) == 11
    for sop in seed:
        assert sop.revisi == 0, sop.id
        assert not status_paraf(sop).draf, sop.id  # bound to the transcription (sidik-isi)
        assert [p.jabatan for p in sop.paraf] == list(sop.paraf_koordinasi), sop.id
        assert all(p.nama == "" and p.tanggal == "" for p in sop.paraf), sop.id
        notes = [c for c in sop.catatan if c.medan == "paraf-koordinasi" and c.jenis is JenisCatatan.TIDAK_TERBACA]
        assert len(notes) == len(sop.paraf_koordinasi), sop.id
        for note, jabatan in zip(notes, sop.paraf_koordinasi):
            assert jabatan in note.penjelasan and note.asli, sop.id


def test_seed_readings_are_those_of_the_ocr(seed):
    """The OCR marks kept in ``asli`` are found in the seed's paraf boxes."""
    text = " ".join(SEED_OCR.read_text(encoding="utf-8").split())
    for sop in seed:
        for note in sop.catatan:
            if note.medan == "paraf-koordinasi" and note.jenis is JenisCatatan.TIDAK_TERBACA:
                marks = note.asli.replace(" | ", " ")
                assert marks in text, (sop.id, note.asli)


# -- HTML and PDF of the draft fixture ------------------------------------------------------
@pytest.mark.sphinx("html", testroot="draf")
def test_html_banner_and_paraf_box(app):
    app.build()
    out = Path(app.outdir)
    draf = (out / "sop-draf.html").read_text(encoding="utf-8")
    lengkap = (out / "sop-lengkap.html").read_text(encoding="utf-8")
    assert 'class="sopap-draf"' in draf and "Revisi 1 SOP ini: belum diparaf Kabag Organisasi. Belum siap ditandatangani" in draf
    assert 'class="sopap-draf"' not in lengkap
    # the box shows the current revision's paraf (not revision 0's for Kabag Organisasi)
    assert draf.count('<span class="sopap-paraf-belum">belum diparaf</span>') == 2  # identity page and closing
    assert draf.count('<span class="sopap-paraf-nama">Siti Rahma, S.Sos.</span>') == 2
    assert '<span class="sopap-paraf-tanggal">2 Maret 2026</span>' in draf
    assert "Drs. Ahmad Fauzi" not in draf  # his paraf is on revision 0 only
    assert "Drs. Ahmad Fauzi" in lengkap and "diparaf (nama tidak terbaca)" in lengkap


@pytest.fixture(scope="module")
def lampiran_draf(tmp_path_factory):
    out = tmp_path_factory.mktemp("draf")
    result = Project(ROOTS / "test-draf", build_dir=out).run("lampiran", out / "pdf", warning_stream=None)
    assert result.ok, result.warnings
    return out / "pdf"


def _pages(path: Path) -> list[str]:
    with pdfplumber.open(path) as pdf:
        return [" ".join((p.extract_text() or "").split()) for p in pdf.pages]


def _watermarks(path: Path) -> list[tuple[str, str]]:
    """Per page: the rotated text, large (the mark) and small (who is missing), in drawing order."""
    result = []
    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            rotated = [c for c in page.chars if abs(c["matrix"][1]) > 0.1]
            big = "".join(c["text"] for c in rotated if c["size"] > 100)
            small = "".join(c["text"] for c in rotated if c["size"] <= 100)
            result.append((big, small))
    return result


def test_pdf_draft_watermark_on_every_page_of_the_draft_only(lampiran_draf):
    draf = _watermarks(lampiran_draf / "040-sop-draf.pdf")
    lengkap = _watermarks(lampiran_draf / "041-sop-lengkap.pdf")
    assert len(draf) == 3 and all(mark == ("DRAF", "belum diparaf Kabag Organisasi") for mark in draf)
    assert all(mark == ("", "") for mark in lengkap)
    combined = _watermarks(lampiran_draf / "keputusan-lengkap.pdf")
    assert [big for big, _ in combined] == ["DRAF"] * len(draf) + [""] * len(lengkap)


def test_pdf_paraf_cells_are_left_empty_the_record_is_in_the_keywords(lampiran_draf):
    """A lampiran is printed to be initialled by hand: its paraf cells stay
    empty; who has initialled is in the PDF's keywords (and the review pages)."""
    from pypdf import PdfReader

    for name in ("040-sop-draf.pdf", "041-sop-lengkap.pdf"):
        with pdfplumber.open(lampiran_draf / name) as pdf:
            for page in pdf.pages:
                words = page.extract_words()
                title = next(w for w in words if w["text"] == "Koordinasi")
                box = [w["text"] for w in words if w["top"] > title["bottom"] and w["x0"] > title["x0"] - 80]
                assert box and not {"diparaf", "Drs.", "Ahmad", "Siti", "Januari", "Maret"} & set(box), (name, box)
    keywords = PdfReader(lampiran_draf / "041-sop-lengkap.pdf").metadata["/Keywords"]
    assert "Paraf koordinasi revisi" in keywords and "diparaf (Drs. Ahmad Fauzi, 3 Januari 2024)" in keywords
    keywords = PdfReader(lampiran_draf / "040-sop-draf.pdf").metadata["/Keywords"]
    assert "Kabag Organisasi: belum diparaf" in keywords and "Siti Rahma, S.Sos., 2 Maret 2026" in keywords


# -- a reviewer's day: paraf, a change, the DRAF again, a new paraf ----------------------------
def test_paraf_binds_content_through_a_change_and_a_new_paraf(tmp_path, capsys):
    """As Bagian Organisasi meets it: the step changed after both paraf, committed;
    the page is DRAF again with a link to what changed, lint names the paraf
    with its line, the build still publishes the page; a new paraf ends it."""
    import re as regex
    import shutil

    from sopap.cli import main
    from support.helpers import line_of
    from support.revisions import git

    root = tmp_path / "proyek"
    shutil.copytree(ROOTS / "test-draf", root)
    source = root / "sop-lengkap.md"
    git(root, "init", "-q", "-b", "main")
    git(root, "add", ".")
    git(root, "commit", "-qm", "SOP lengkap diparaf")
    text = source.read_text(encoding="utf-8")
    assert "waktu: 1 hari" in text
    source.write_text(text.replace("waktu: 1 hari", "waktu: 2 hari", 1), encoding="utf-8")
    git(root, "commit", "-qam", "Waktu langkah 1 menjadi 2 hari")

    assert main(["paraf", "--project", str(root), "sop-lengkap"]) == 1
    out = capsys.readouterr().out
    assert "sop-lengkap.md: SOP Lengkap, revisi 0: DRAF" in out
    assert "  Kabag Organisasi: diparaf Drs. Ahmad Fauzi, 3 Januari 2024, tetapi isi berubah sesudahnya" in out

    assert main(["lint", "--project", str(root), "--color", "never", str(source)]) == 1
    out = capsys.readouterr().out
    paraf_line = line_of(source, "{paraf} Kabag Organisasi")
    assert f"sop-lengkap.md:{paraf_line}: PR05 galat: isi SOP berubah sesudah diparaf Kabag Organisasi (3 Januari 2024)" in out

    html = tmp_path / "_build" / "html"
    result = Project(root, build_dir=tmp_path / "_build").run("html", html, warning_stream=None)
    assert result.ok, result.warnings  # a DRAF page is published, not a failed build
    page = (html / "sop-lengkap.html").read_text(encoding="utf-8")
    assert "Revisi 0 SOP ini: isi berubah sesudah diparaf Kabag Organisasi (3 Januari 2024), Kabid Uji." in page
    assert '<a href="riwayat/sop-lengkap/sejak-paraf.html">Lihat yang berubah sejak paraf</a>' in page
    assert page.count("isi berubah sesudah paraf</span>") == 4  # both rows, identity page and closing
    assert "Drs. Ahmad Fauzi" not in page.split('class="sopap-sop"')[1]  # his paraf is not shown as one of this content
    overview = (html / "tinjauan" / "index.html").read_text(encoding="utf-8")
    row = regex.search(r"<tr><td>XLI</td>(.*?)</tr>", overview).group(1)
    assert '<span class="sopap-status-berubah">berubah sesudah paraf</span> Kabag Organisasi, Kabid Uji' in row
    assert '(<a href="../riwayat/sop-lengkap/sejak-paraf.html">lihat yang berubah</a>)' in row
    redline = (html / "riwayat" / "sop-lengkap" / "sejak-paraf.html").read_text(encoding="utf-8")
    assert "isi yang diparaf (" in redline and "SOP lengkap diparaf" not in redline.split("Naskah lama")[0][-10:]
    assert "<del>1</del>" in redline and "<ins>2</ins>" in redline
    # who changed it since the paraf, when and why; the SOP's own revisi kept apart from git's
    commits = redline.split('class="sopap-redline-commit"')[1].split("</ul>")[0]
    assert commits.count("<li>") == 1 and ", Uji: <em>Waktu langkah 1 menjadi 2 hari</em>" in commits
    assert "Revisi SOP: <strong>0 (tetap)</strong>" in redline

    for role, name in (("Kabag Organisasi", "Drs. Ahmad Fauzi"), ("kabid uji", "Siti Rahma")):
        assert main(["paraf", "--project", str(root), str(source), "--role", role, "--name", name,
                     "--date", "4 Januari 2024"]) == 0
    out = capsys.readouterr().out
    assert "sop-lengkap.md: paraf koordinasi revisi 0 lengkap" in out
    changed = git(root, "diff", "--stat").strip().splitlines()
    assert len(changed) == 2 and "sop-lengkap.md" in changed[0]  # only that file, only its paraf blocks
    diff = git(root, "diff", "-U0")
    assert {line[0] for line in diff.splitlines() if line[:1] in "+-" and not line.startswith(("+++", "---"))} == {"+", "-"}
    assert all(regex.match(r"^[+-](revisi|nama|tanggal|sidik-isi): ", line) for line in diff.splitlines()
               if line[:1] in "+-" and not line.startswith(("+++", "---")))
    assert main(["lint", "--project", str(root), "--color", "never", str(source)]) == 0
    capsys.readouterr()
    result = Project(root, build_dir=tmp_path / "_build").run("html", html, warning_stream=None)
    page = (html / "sop-lengkap.html").read_text(encoding="utf-8")
    assert 'class="sopap-draf"' not in page and "Siti Rahma" in page


def test_bind_gives_recorded_paraf_the_digest_of_the_content_as_it_is(tmp_path, capsys):
    """For paraf written before digests existed (the seed's transcription): only
    the paraf of the current revision that have none, one line each."""
    import shutil

    from sopap.cli import main

    root = tmp_path / "proyek"
    shutil.copytree(ROOTS / "test-draf", root)
    source = root / "sop-lengkap.md"
    text = source.read_text(encoding="utf-8")
    unbound = "\n".join(line for line in text.splitlines() if not line.startswith("sidik-isi:")) + "\n"
    source.write_text(unbound, encoding="utf-8")
    assert main(["paraf", "--project", str(root), "sop-lengkap"]) == 1
    assert "tanpa sidik isi (tidak mengikat isi; lihat --bind)" in capsys.readouterr().out
    assert main(["paraf", "--project", str(root), "--bind"]) == 0
    out = capsys.readouterr().out
    assert "sop-lengkap.md: paraf Kabag Organisasi, Kabid Uji revisi 0 diikat ke isi saat ini" in out
    assert source.read_text(encoding="utf-8") == text  # exactly the lines sopap paraf wrote before
    assert "sop-draf.md: paraf" not in out  # its paraf is for revision 1's Kabid Uji, already bound


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["sop-lengkap", "--role", "Kabag Organisas", "--name", "A"],
         "jabatan 'Kabag Organisas' tidak ada di kotak Paraf Koordinasi sop-lengkap (maksudnya 'Kabag Organisasi'?)"),
        (["sop-lengkap", "--role", "Kabid Uji"], "sebut nama pemaraf dengan --name NAMA"),
        (["sop-lengkp", "--role", "Kabid Uji", "--name", "A"], "SOP 'sop-lengkp' tidak ada (maksudnya 'sop-lengkap'?)"),
        (["--role", "Kabid Uji", "--name", "A"], "--role mencatat paraf satu SOP"),
        (["sop-lengkap", "--name", "A"], "--name dan --date hanya berlaku bersama --role JABATAN"),
    ],
)
def test_paraf_usage_errors_say_what_to_write(argv, message, capsys):
    from sopap.cli import main

    assert main(["paraf", "--project", str(ROOTS / "test-draf"), *argv]) == 2
    assert message in capsys.readouterr().err


def test_a_source_with_problems_is_not_initialled(tmp_path, capsys):
    import shutil

    from sopap.cli import main

    root = tmp_path / "proyek"
    shutil.copytree(ROOTS / "test-draf", root)
    source = root / "sop-lengkap.md"
    source.write_text(source.read_text(encoding="utf-8").replace("pelaksana: kabid", "pelaksana: kabdi", 1),
                      encoding="utf-8")
    before = source.read_bytes()
    assert main(["paraf", "--project", str(root), "sop-lengkap", "--role", "Kabid Uji", "--name", "A"]) == 2
    err = capsys.readouterr().err
    assert "pelaksana 'kabdi'" in err and "SOP yang sumbernya bermasalah tidak dapat diparaf" in err
    assert source.read_bytes() == before
