"""A handbook of several perangkat daerah: conf.py's ``sopap_instansi`` as a
dict, checked with clear messages; a city built into one handbook grouped by
instansi then bidang, with each instansi's lampiran, Keputusan and kop, and
references across instansi resolved."""

from __future__ import annotations

import sys
from types import SimpleNamespace

import pytest
from sphinx.errors import ConfigError

from sopap.sphinxext import instansi
from sopap.sphinxext.project import Project
from support import PROJECT

sys.path.insert(0, str(PROJECT))

from benchmarks.generator import generate  # noqa: E402


def _config(value, keputusan=None):
    return SimpleNamespace(sopap_instansi=value, sopap_keputusan=keputusan or {}, sopap_pemerintah="Pemerintah Kota Uji", sopap_bidang={})


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ({}, "sopap_instansi di conf.py kosong"),
        ({"DIN A": {"nama": "Dinas A"}}, "kode 'DIN A' hanya boleh memuat huruf, angka"),
        ({"DINA": "Dinas A"}, "harus berupa dict dengan 'nama'"),
        ({"DINA": {"nama": ""}}, "'nama' (nama lengkap instansi) wajib diisi"),
        ({"DINA": {"nama": "Dinas A", "kop": "x"}}, "kunci 'kop' tidak dikenal"),
        ({"DINA": {"nama": "Dinas A"}, "DINB": {"nama": "Dinas A"}}, "nama 'Dinas A' sudah dipakai instansi 'DINA'"),
        ({"DINA": {"nama": "Dinas A"}, "dina": {"nama": "Dinas B"}}, "hanya berbeda huruf besar-kecil"),
        ({"DINA": {"nama": "Dinas A", "keputusan": {"nomer": "1"}}}, "kunci 'nomer' tidak dikenal"),
        ({"DINA": {"nama": "Dinas A", "penandatangan": {"jabatan": 1}}}, "kunci dan nilai harus teks"),
    ],
)
def test_a_wrong_instansi_setting_stops_with_a_message_naming_it(value, message):
    with pytest.raises(ConfigError) as caught:
        instansi.check(_config(value))
    assert message in str(caught.value) and "conf.py" in str(caught.value)


def test_the_instansi_are_read_in_the_order_of_conf_py():
    value = {
        "DINB": {"nama": "Dinas B", "keputusan": {"nomor": "2", "tanggal": "2 Mei 2024"}},
        "DINA": {"nama": "Dinas A", "penandatangan": {"jabatan": "Kepala", "nama": "X"}, "bidang": {"U": "Umum"}},
    }
    instansi.check(_config(value))
    found = instansi.all_instansi(_config(value))
    assert [i.kode for i in found] == ["DINB", "DINA"]
    assert found[0].keputusan.nomor == "2" and found[0].keputusan.tanggal == "2 Mei 2024"
    assert found[0].keputusan.instansi == "Dinas B" and found[0].keputusan.pemerintah == "Pemerintah Kota Uji"
    assert found[1].penandatangan.nama == "X" and found[1].bidang == (("U", "Umum"),)
    assert instansi.all_instansi(_config("Dinas Satu")) == ()


@pytest.fixture(scope="module")
def city(tmp_path_factory):
    root = tmp_path_factory.mktemp("kota")
    korpus = generate(root, 9, seed=5, opd=3)
    html = Project(root, build_dir=root / "_build").run("html", root / "_build" / "html", quiet=True)
    assert html.ok, html.warnings
    pdf = Project(root, build_dir=root / "_build").run("lampiran", root / "_build" / "pdf", quiet=True)
    assert pdf.ok, pdf.warnings
    return korpus, html.app, pdf.app


def test_every_instansi_has_its_own_lampiran_and_keputusan(city):
    korpus, _, app = city
    out = app.builder.outdir
    for code in ("SETDA", "BKPSDM", "BKAD"):
        own = sorted(s.id for s in korpus.sops if s.instansi == code)
        files = sorted(p.name for p in (out / code).iterdir())
        assert files == [*(f"{n:03d}-{i}.pdf" for n, i in sorted((_numeral(korpus, i), i) for i in own)), "keputusan-lengkap.pdf"]
    assert not list(out.glob("*.pdf"))  # nothing outside the folders of the instansi


def _numeral(korpus, sop_id: str) -> int:
    order = [s.id for s in korpus.sops if s.instansi == korpus.get(sop_id).instansi]
    return order.index(sop_id) + 1


def test_the_sops_take_the_kop_keputusan_and_signatory_of_their_instansi(city):
    korpus, app, _ = city
    domain = app.env.domains["sop"]
    corpus = domain.corpus()
    for item in korpus.sops:
        sop = corpus.get(item.id)
        own = next(i for i in corpus.instansi if i.kode == item.instansi)
        assert sop.instansi == own.nama
        assert corpus.keputusan_of(sop) == own.keputusan
        assert sop.penandatangan == own.penandatangan
        page = (app.builder.outdir / f"{item.docname}.html").read_text(encoding="utf-8")
        assert own.nama.upper() in page and own.keputusan.nomor in page
        assert own.keputusan.tanggal.upper() in page


def test_the_handbook_lists_by_instansi_then_bidang_and_links_across_instansi(city):
    korpus, app, _ = city
    index = (app.builder.outdir / "index.html").read_text(encoding="utf-8")
    headings = [index.index(f"({code})</p>") for code in ("SETDA", "BKPSDM", "BKAD")]
    assert headings == sorted(headings)
    for item in korpus.sops:  # each SOP listed under its own instansi
        at = index.index(f'href="{item.docname}.html', headings[0])  # in the list, not the page's <head>
        code_before = max((h, c) for h, c in zip(headings, ("SETDA", "BKPSDM", "BKAD")) if h < at)[1]
        assert code_before == item.instansi
    linked = [s for s in korpus.sops if any(korpus.get(o).instansi != s.instansi for o in s.peran)]
    assert linked, "the generator links SOPs of different instansi"
    for item in linked:
        page = (app.builder.outdir / f"{item.docname}.html").read_text(encoding="utf-8")
        for other in (o for o in item.peran if korpus.get(o).instansi != item.instansi):
            assert f"{korpus.get(other).docname.split('/', 1)[1]}.html#" in page


def test_the_json_export_carries_the_instansi_and_round_trips(city):
    import jsonschema

    from sopap.model import jsonformat

    _, app, _ = city
    corpus = app.env.domains["sop"].corpus()
    data = jsonformat.corpus_to_dict(corpus)
    jsonschema.validate(data, jsonformat.schema())
    assert [i["kode"] for i in data["instansi"]] == ["SETDA", "BKPSDM", "BKAD"]
    assert data["instansi"][0]["keputusan"]["tanggal"]
    assert jsonformat.corpus_from_dict(data) == corpus
    # the text put together from each SOP's part is the text of the whole
    parts = [jsonformat.sop_text(sop) for sop in corpus.sops]
    assert jsonformat.corpus_text(jsonformat.head_to_dict(corpus), parts) == jsonformat.dumps(data)


def test_the_review_summary_counts_per_instansi(city):
    korpus, app, _ = city
    page = (app.builder.outdir / "tinjauan" / "index.html").read_text(encoding="utf-8")
    summary = page[page.index("Ringkasan per instansi") : page.index("</table>", page.index("Ringkasan per instansi"))]
    for code in ("SETDA", "BKPSDM", "BKAD"):
        own = sum(1 for s in korpus.sops if s.instansi == code)
        row = summary[summary.index(f"({code})</th>") :]
        assert row.split('<td class="sopap-angka">', 2)[1].startswith(f"{own}</td>")
    assert page.count('class="sopap-tinjau-instansi"') == 3  # the SOP table grouped by instansi
