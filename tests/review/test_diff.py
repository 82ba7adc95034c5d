"""Revision redline: word pieces, step matching, the fixture with known
changes (tests/roots/test-revisi/versi), and `sopap diff` on files and on
git revisions, in the terminal, as HTML and as PDF."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pdfplumber
import pytest
from hypothesis import given
from hypothesis import strategies as st

from sopap.cli import main
from sopap.model.sop import Arah, Cabang, Langkah
from sopap.review.diff.compare import compare_sop
from sopap.review.diff.words import DELETED, INSERTED, SAME, Piece, baris, new_text, old_text, split_pieces
from sopap.sphinxext.read import read_texts
from support.revisions import BARU, LAMA, ROOT, buat_repo, git


# -- word pieces ---------------------------------------------------------------------
def test_a_time_standard_changes_one_word():
    assert split_pieces("6 Hari", "9 Hari") == (Piece(DELETED, "6"), Piece(INSERTED, "9"), Piece(SAME, " Hari"))


def test_a_space_between_two_changes_joins_them():
    pieces = split_pieces("6 hari kerja", "9 minggu kerja")
    assert pieces == (Piece(DELETED, "6 hari"), Piece(INSERTED, "9 minggu"), Piece(SAME, " kerja"))


@given(st.text(alphabet="ab ,.\nxyz", max_size=40), st.text(alphabet="ab ,.\nxyz", max_size=40))
def test_pieces_give_back_both_texts(lama, baru):
    pieces = split_pieces(lama, baru)
    assert old_text(pieces) == lama and new_text(pieces) == baru
    kinds = [p.jenis for p in pieces]
    assert all(not (a == b == SAME) for a, b in zip(kinds, kinds[1:]))  # no split equal runs


def test_long_lists_show_only_the_lines_that_changed():
    old = "\n".join(f"Peraturan {n}" for n in range(1, 11))
    new = old.replace("Peraturan 5", "Peraturan 5 Tahun 2024")
    lines = baris(split_pieces(old, new))
    assert lines == [4, (Piece(SAME, "Peraturan 5"), Piece(INSERTED, " Tahun 2024")), 5]
    short = baris(split_pieces("a\nb", "a\nc"))
    assert short == [(Piece(SAME, "a"),), (Piece(DELETED, "b"), Piece(INSERTED, "c"))]


# -- the fixture with known changes ---------------------------------------------------------
@pytest.fixture(scope="module")
def versi():
    bacaan = read_texts({"lama": LAMA.read_bytes(), "baru": BARU.read_bytes()}, ROOT)
    assert not bacaan.masalah
    return bacaan.sops["lama"], bacaan.sops["baru"]


def test_known_changes_of_the_fixture(versi):
    lama, baru = versi
    result = compare_sop(lama, baru)
    identity = {c.medan: (c.lama, c.baru) for c in result.identitas}
    assert identity["tanggal_revisi"] == ("", "2 Maret 2026")
    assert identity["revisi"] == ("0", "1")
    assert set(identity) == {"tanggal_revisi", "revisi", "paraf"}
    changed = {(s.nomor_lama, s.nomor_baru): s for s in result.langkah if s.berubah}
    assert set(changed) == {(2, 2), (None, 3), (7, None), (3, 7)}
    waktu = changed[(2, 2)].medan
    assert [(c.label, c.potongan) for c in waktu] == [
        ("Waktu", (Piece(DELETED, "6"), Piece(INSERTED, "9"), Piece(SAME, " Hari")))
    ]
    assert changed[(None, 3)].keadaan() == "ditambahkan"
    assert changed[(7, None)].keadaan() == "dihapus"
    moved = changed[(3, 7)]
    assert moved.keadaan() == "dipindah"
    assert [(c.label, c.lama, c.baru) for c in moved.medan] == [("Letak", "sesudah langkah 2", "sesudah langkah 6")]
    assert result.hitung() == {"identitas": 3, "ubah": 1, "tambah": 1, "hapus": 1, "pindah": 1, "tetap": 5}
    # the removed step is shown after the step that its predecessor became
    order = [(s.nomor_lama, s.nomor_baru) for s in result.langkah]
    assert order.index((7, None)) == order.index((6, 6)) + 1


def test_renumbering_alone_is_no_change(versi):
    lama, _ = versi
    first = dataclasses.replace(lama.langkah[0], uraian="Menyiapkan formulir permohonan", nomor=1)
    steps = [first] + [dataclasses.replace(s, nomor=s.nomor + 1) for s in lama.langkah]
    steps = [
        dataclasses.replace(s, berikutnya=(steps[i + 1].nomor,) if i + 1 < len(steps) else ())
        for i, s in enumerate(steps)
    ]
    baru = dataclasses.replace(lama, langkah=tuple(steps))
    result = compare_sop(lama, baru)
    assert [(s.nomor_lama, s.nomor_baru, s.keadaan()) for s in result.langkah if s.berubah] == [(None, 1, "ditambahkan")]
    assert all(not s.dipindah for s in result.langkah)


def _with_decision(sop, offset: int, tidak: int = 1):
    """Step 2 (+offset) decides: ya to the next step, tidak back to ``tidak`` (+offset)."""
    steps: list[Langkah] = []
    for s in sop.langkah:
        n = s.nomor + offset
        if s.nomor == 2:
            cabang = Cabang(Arah(3 + offset, "Lengkap"), Arah(tidak + offset, "Tidak lengkap"))
            steps.append(dataclasses.replace(s, nomor=n, cabang=cabang, berikutnya=(3 + offset, tidak + offset)))
        else:
            steps.append(dataclasses.replace(s, nomor=n, berikutnya=tuple(b + offset for b in s.berikutnya)))
    if offset:
        first = dataclasses.replace(sop.langkah[0], nomor=1, uraian="Menyiapkan formulir", berikutnya=(2,))
        steps.insert(0, first)
    return dataclasses.replace(sop, langkah=tuple(steps))


def test_decision_targets_are_compared_after_renumbering(versi):
    lama, _ = versi
    result = compare_sop(_with_decision(lama, 0), _with_decision(lama, 1))
    # only the inserted first step; the decision (now step 3, back to step 2) has the same flow
    assert [(s.nomor_lama, s.nomor_baru) for s in result.langkah if s.berubah] == [(None, 1)]
    changed_target = compare_sop(_with_decision(lama, 0), _with_decision(lama, 1, tidak=2))
    alur = [c for s in changed_target.langkah for c in s.medan if c.medan == "alur" and s.lama is not None]
    assert [(c.lama, c.baru) for c in alur] == [
        ("Lengkap → langkah 4\nTidak lengkap → langkah 2", "Lengkap → langkah 4\nTidak lengkap → langkah 3")
    ]


# -- sopap diff on two files -----------------------------------------------------------------
def test_cli_diff_two_files_terminal(capsys):
    code = main(["diff", str(LAMA), str(BARU), "--color", "never", "--project", str(ROOT)])
    out = capsys.readouterr().out
    assert code == 1
    assert out.startswith("Perbandingan: versi/lama.md -> versi/baru.md\n")  # relative to the project
    # the step's text, unchanged, says which step the changed field belongs to
    assert "  Langkah 2: diubah\n    Uraian: Memeriksa kelengkapan berkas permohonan\n    Waktu: [-6-]{+9+} Hari\n" in out
    assert "  Revisi SOP: 0 \u2192 1\n" in out  # the SOP's revisi, not a git revision
    assert "  Langkah 3 (baru): ditambahkan\n    Uraian: {+Mencatat permohonan dalam buku agenda+}\n" in out
    assert "  Langkah 7 lama: dihapus\n    Uraian: [-Mengirim surat balasan kepada pemohon-]\n" in out
    assert "  Langkah 7 (dahulu 3): dipindah\n    Letak: sesudah langkah [-2-]{+6+}\n" in out
    assert "    Tanggal Revisi: {+2 Maret 2026+}\n" in out
    assert out.rstrip().endswith("Ringkasan: 1 SOP dibandingkan, 1 berubah, 0 sama.")


def test_cli_diff_colours_on_request(capsys):
    main(["diff", str(LAMA), str(BARU), "--color", "always", "--project", str(ROOT)])
    out = capsys.readouterr().out
    assert "Waktu: \x1b[9;31m6\x1b[0m\x1b[4;32m9\x1b[0m Hari" in out


def test_cli_diff_same_file_is_exit_0(capsys):
    assert main(["diff", str(BARU), str(BARU), "--project", str(ROOT)]) == 0
    assert "tidak ada perubahan" in capsys.readouterr().out


def test_cli_diff_writes_html_and_pdf_redline(tmp_path, capsys):
    out = tmp_path / "redline"
    assert main(["diff", str(LAMA), str(BARU), "-o", str(out), "--project", str(ROOT)]) == 1
    assert sorted(p.name for p in out.iterdir()) == ["sop-revisi.html", "sop-revisi.pdf"]
    html = (out / "sop-revisi.html").read_text(encoding="utf-8")
    assert "<del>6</del>\u2009<ins>9</ins> Hari" in html
    assert "<ins>Mencatat permohonan dalam buku agenda</ins>" in html
    assert "<del>Mengirim surat balasan kepada pemohon</del>" in html
    assert 'Revisi SOP: <strong>0 \u2192 1</strong>' in html
    assert '<th scope="row">Uraian</th><td>Memeriksa kelengkapan berkas permohonan</td>' in html
    assert "<link" not in html and "<script" not in html  # standalone, nothing loaded
    with pdfplumber.open(out / "sop-revisi.pdf") as pdf:
        page = pdf.pages[0]
        fonts = {c["fontname"].split("+")[-1] for p in pdf.pages for c in p.chars}
        assert fonts <= {"LiberationSans", "LiberationSans-Bold", "LiberationSans-Italic"}
        words = page.extract_words(extra_attrs=["non_stroking_color"])
        text = page.extract_text()
        assert "Revisi SOP: 0 \u2192 1" in text and "Memeriksa kelengkapan berkas permohonan" in text

        def colour(text):
            return [tuple(round(v, 2) for v in w["non_stroking_color"]) for w in words if w["text"] == text]

        red, green = (0.65, 0.05, 0.05), (0.04, 0.42, 0.17)
        assert red in colour("Mengirim") and green in colour("Mencatat")
        # struck through: a line across the deleted word; underlined: a line under the inserted one
        deleted = next(w for w in words if w["text"] == "Mengirim" and tuple(round(v, 2) for v in w["non_stroking_color"]) == red)
        inserted = next(w for w in words if w["text"] == "Mencatat")
        strokes = page.lines + [r for r in page.rects if r["height"] < 1.5]
        assert any(s["x0"] <= deleted["x0"] + 1 and deleted["top"] < s["top"] < deleted["bottom"] for s in strokes)
        assert any(s["x0"] <= inserted["x0"] + 1 and inserted["bottom"] - 2 < s["top"] < inserted["bottom"] + 3 for s in strokes)


def test_cli_diff_unknown_side_is_exit_2(capsys):
    assert main(["diff", "bukan-revisi-apa-pun", str(BARU), "--project", str(ROOT)]) == 2
    assert "'bukan-revisi-apa-pun' bukan berkas yang ada, bukan revisi git" in capsys.readouterr().err


# -- sopap diff on git revisions ------------------------------------------------------------
@pytest.fixture()
def repo(tmp_path) -> Path:
    """A project with two commits: revision 0, then revision 1 of the fixture."""
    return buat_repo(tmp_path)


def test_cli_diff_two_revisions(repo, capsys):
    assert main(["diff", "HEAD~1", "HEAD", "--color", "never", "--project", str(repo)]) == 1
    out = capsys.readouterr().out
    # git revisions are named as git's, apart from the SOP's own revisi
    assert out.startswith("Perbandingan: git HEAD~1 (commit ")
    assert "  Revisi SOP: 0 \u2192 1\n" in out
    assert "Waktu: [-6-]{+9+} Hari" in out and "Langkah 7 (dahulu 3): dipindah" in out
    # who made the change, when and why
    sha = git(repo, "rev-parse", "HEAD").strip()
    day = git(repo, "log", "-1", "--format=%as").strip()
    assert f"  Commit {sha[:10]} {day}, Uji: Revisi 1: waktu pemeriksaan 9 hari\n" in out
    assert "SOP revisi 0" not in out  # the commit before A is not one of the changes


def _second_sop(repo: Path) -> Path:
    """A second SOP in the project, committed, that the next commits leave alone."""
    other = repo / "sop_source" / "sop-lain.md"
    text = BARU.read_text(encoding="utf-8")
    other.write_text(
        text.replace("{sop} sop-revisi", "{sop} sop-lain").replace("lampiran: XL", "lampiran: XLI")
        .replace("Pelayanan Surat Permohonan", "Pelayanan Surat Lain"),
        encoding="utf-8",
    )
    git(repo, "add", ".")
    git(repo, "commit", "-qm", "SOP lain")
    return other


def test_cli_diff_corpus_lists_changed_sops_first_with_their_commits(repo, tmp_path, capsys):
    _second_sop(repo)
    source = repo / "sop_source" / "sop-revisi.md"
    source.write_text(source.read_text(encoding="utf-8").replace("waktu: 9 hari", "waktu: 12 hari"), encoding="utf-8")
    git(repo, "commit", "-qam", "Waktu pemeriksaan 12 hari")
    assert main(["diff", "HEAD~1", "HEAD", "--color", "never", "--project", str(repo), "-o", str(tmp_path / "r")]) == 1
    out = capsys.readouterr().out
    lines = out.splitlines()
    assert lines[1:3] == ["SOP yang berubah (1):", "  sop-revisi: langkah: 1 diubah; 7 langkah tetap"]
    assert "SOP yang tidak berubah: sop-lain." in lines
    assert "Ringkasan: 2 SOP dibandingkan, 1 berubah, 1 sama." in lines
    commits = [line for line in lines if line.startswith("  Commit ")]
    assert len(commits) == 1 and commits[0].endswith(", Uji: Waktu pemeriksaan 12 hari")
    index = (tmp_path / "r" / "index.html").read_text(encoding="utf-8")
    listing = index.split('class="sopap-redline-daftar"')[1].split("</div>")[0]
    assert "<strong>1 SOP berubah</strong>; tidak berubah: Pelayanan Surat Lain." in listing
    assert '<a href="#banding-sop-revisi">Pelayanan Surat Permohonan</a>' in listing
    assert index.index("sopap-redline-daftar") < index.index('id="banding-sop-revisi"')
    assert ", Uji: <em>Waktu pemeriksaan 12 hari</em></li>" in index
    # the step's own text beside its changed field
    assert '<tr class="sopap-redline-konteks"><th scope="row">Uraian</th><td>Memeriksa kelengkapan berkas permohonan</td></tr>' in index


def test_cli_diff_file_at_a_revision_against_the_working_copy(repo, capsys):
    source = repo / "sop_source" / "sop-revisi.md"
    source.write_text(source.read_text(encoding="utf-8").replace("waktu: 9 hari", "waktu: 12 hari"), encoding="utf-8")
    assert main(["diff", "main:sop_source/sop-revisi.md", str(source), "--color", "never", "--project", str(repo)]) == 1
    out = capsys.readouterr().out
    assert "Waktu: [-9-]{+12+} Hari" in out and "ditambahkan" not in out
    # without B: HEAD against the current sources
    assert main(["diff", "HEAD", "--color", "never", "--project", str(repo)]) == 1
    assert "Waktu: [-9-]{+12+} Hari" in capsys.readouterr().out
