"""The ``sopap/1`` JSON exchange format: model <-> plain data.

Other implementations (adapters, the process harness, the HTTP protocol)
consume this format, so it is versioned and described by the JSON Schema in
``sopap/schema/sopap-1.schema.json``. Source positions are not exported.
"""

from __future__ import annotations

import json
from importlib import resources
from typing import Any

from sopap.model.sop import (
    Arah,
    Cabang,
    Catatan,
    Corpus,
    Identitas,
    Instansi,
    JenisCatatan,
    Keputusan,
    Langkah,
    Paraf,
    Pelaksana,
    Penandatangan,
    Simbol,
    Sop,
)
from sopap.model.waktu import Waktu

FORMAT = "sopap/1"

_IDENTITAS_FIELDS = (
    "nomor",
    "tanggal_pembuatan",
    "tanggal_revisi",
    "tanggal_pengesahan",
    "disahkan_oleh",
    "dasar_hukum",
    "kualifikasi_pelaksana",
    "keterkaitan",
    "peralatan_perlengkapan",
    "peringatan",
    "pencatatan_pendataan",
)


def schema() -> dict[str, Any]:
    """The JSON Schema of the format, shipped inside the package."""
    text = resources.files("sopap.schema").joinpath("sopap-1.schema.json").read_text("utf-8")
    return json.loads(text)


def _waktu(w: Waktu | None) -> dict[str, Any] | None:
    return None if w is None else {"jumlah": w.jumlah, "satuan": w.satuan}


def langkah_to_dict(step: Langkah) -> dict[str, Any]:
    data = {
        "nomor": step.nomor,
        "uraian": step.uraian,
        "rincian": list(step.rincian),
        "pelaksana": step.pelaksana,
        "simbol": step.simbol.value,
        "kelengkapan": list(step.kelengkapan),
        "waktu": _waktu(step.waktu),
        "output": list(step.output),
        "keterangan": step.keterangan,
        "berikutnya": list(step.berikutnya),
        "cabang": None
        if step.cabang is None
        else {
            "ya": {"ke": step.cabang.ya.ke, "label": step.cabang.ya.label},
            "tidak": {"ke": step.cabang.tidak.ke, "label": step.cabang.tidak.label},
        },
    }
    # optional (added after sopap/1 was published): written only when used
    if step.kelengkapan_luar:
        data["kelengkapan_luar"] = list(step.kelengkapan_luar)
    return data


def sop_to_dict(sop: Sop) -> dict[str, Any]:
    ident = sop.identitas
    return {
        "id": sop.id,
        "nama": sop.nama,
        "lampiran": sop.lampiran,
        "instansi": sop.instansi,
        "bidang": sop.bidang,
        "identitas": {
            name: list(value) if isinstance(value, tuple) else value
            for name in _IDENTITAS_FIELDS
            for value in [getattr(ident, name)]
        },
        "pelaksana": [{"id": p.id, "nama": p.nama} for p in sop.pelaksana],
        "langkah": [langkah_to_dict(step) for step in sop.langkah],
        "paraf_koordinasi": list(sop.paraf_koordinasi),
        "revisi": sop.revisi,
        "paraf": [
            {
                "jabatan": p.jabatan,
                "revisi": p.revisi,
                "nama": p.nama,
                "tanggal": p.tanggal,
                **({"sidik_isi": p.sidik_isi} if p.sidik_isi else {}),
            }
            for p in sop.paraf
        ],
        "penandatangan": None
        if sop.penandatangan is None
        else {"jabatan": sop.penandatangan.jabatan, "nama": sop.penandatangan.nama},
        "catatan": [
            {
                "jenis": c.jenis.value,
                "langkah": c.langkah,
                "medan": c.medan,
                "asli": c.asli,
                "penjelasan": c.penjelasan,
            }
            for c in sop.catatan
        ],
    }


def keputusan_to_dict(k: Keputusan) -> dict[str, Any]:
    data = {
        "pemerintah": k.pemerintah,
        "instansi": k.instansi,
        "pejabat": k.pejabat,
        "nomor": k.nomor,
        "tentang": k.tentang,
    }
    # optional (added after sopap/1 was published): written only when used
    if k.tanggal:
        data["tanggal"] = k.tanggal
    return data


def instansi_to_dict(item: Instansi) -> dict[str, Any]:
    signer = item.penandatangan
    return {
        "kode": item.kode,
        "nama": item.nama,
        "keputusan": keputusan_to_dict(item.keputusan),
        "penandatangan": None if signer is None else {"jabatan": signer.jabatan, "nama": signer.nama},
        "bidang": [{"kode": kode, "nama": nama} for kode, nama in item.bidang],
    }


def head_to_dict(corpus: Corpus) -> dict[str, Any]:
    """Everything but the SOPs: the format, the Keputusan and (a handbook of
    several instansi only) the instansi."""
    data: dict[str, Any] = {"format": FORMAT, "keputusan": keputusan_to_dict(corpus.keputusan)}
    if corpus.instansi:
        data["instansi"] = [instansi_to_dict(item) for item in corpus.instansi]
    return data


def corpus_to_dict(corpus: Corpus) -> dict[str, Any]:
    return {**head_to_dict(corpus), "sops": [sop_to_dict(sop) for sop in corpus.sops]}


def dumps(data: dict[str, Any]) -> str:
    """Deterministic text: sorted nowhere (order is meaningful), UTF-8, LF."""
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def sop_text(sop: Sop) -> str:
    """One SOP's part of :func:`dumps` of a corpus, as it stands in the list of SOPs."""
    text = json.dumps(sop_to_dict(sop), ensure_ascii=False, indent=2)
    return "    " + text.replace("\n", "\n    ")


def corpus_text(head: dict[str, Any], sops: list[str]) -> str:
    """:func:`dumps` of a corpus from its head (:func:`head_to_dict`) and the
    :func:`sop_text` of each SOP: an export where one SOP changed is made
    without converting the others again."""
    text = json.dumps(head, ensure_ascii=False, indent=2)
    assert text.endswith("\n}")
    listed = "[\n" + ",\n".join(sops) + "\n  ]" if sops else "[]"
    return text[:-2] + ',\n  "sops": ' + listed + "\n}\n"


def langkah_from_dict(data: dict[str, Any]) -> Langkah:
    cabang = data.get("cabang")
    waktu = data.get("waktu")
    return Langkah(
        nomor=data["nomor"],
        uraian=data["uraian"],
        pelaksana=data["pelaksana"],
        rincian=tuple(data.get("rincian", ())),
        kelengkapan=tuple(data.get("kelengkapan", ())),
        kelengkapan_luar=tuple(data.get("kelengkapan_luar", ())),
        waktu=None if waktu is None else Waktu(waktu["jumlah"], waktu["satuan"]),
        output=tuple(data.get("output", ())),
        keterangan=data.get("keterangan", ""),
        berikutnya=tuple(data.get("berikutnya", ())),
        cabang=None
        if cabang is None
        else Cabang(
            ya=Arah(cabang["ya"]["ke"], cabang["ya"]["label"]),
            tidak=Arah(cabang["tidak"]["ke"], cabang["tidak"]["label"]),
        ),
        simbol=Simbol(data["simbol"]),
    )


def sop_from_dict(data: dict[str, Any]) -> Sop:
    ident = data.get("identitas", {})
    values = {
        name: tuple(ident[name]) if isinstance(ident.get(name), list) else ident.get(name, "")
        for name in _IDENTITAS_FIELDS
    }
    for name in _IDENTITAS_FIELDS:
        default = getattr(Identitas(), name)
        if isinstance(default, tuple) and not isinstance(values[name], tuple):
            values[name] = tuple(values[name] or ())
    signer = data.get("penandatangan")
    return Sop(
        id=data["id"],
        nama=data["nama"],
        lampiran=data.get("lampiran", ""),
        instansi=data.get("instansi", ""),
        bidang=data.get("bidang", ""),
        identitas=Identitas(**values),
        pelaksana=tuple(Pelaksana(p["id"], p["nama"]) for p in data["pelaksana"]),
        langkah=tuple(langkah_from_dict(s) for s in data["langkah"]),
        paraf_koordinasi=tuple(data.get("paraf_koordinasi", ())),
        penandatangan=None if signer is None else Penandatangan(signer["jabatan"], signer["nama"]),
        catatan=tuple(
            Catatan(
                jenis=JenisCatatan(c["jenis"]),
                medan=c["medan"],
                penjelasan=c["penjelasan"],
                langkah=c.get("langkah"),
                asli=c.get("asli", ""),
            )
            for c in data.get("catatan", ())
        ),
        revisi=data.get("revisi", 0),
        paraf=tuple(
            Paraf(
                p["jabatan"], p.get("revisi", 0), p.get("nama", ""), p.get("tanggal", ""), sidik_isi=p.get("sidik_isi", "")
            )
            for p in data.get("paraf", ())
        ),
    )


def _keputusan_from_dict(k: dict[str, Any] | None) -> Keputusan:
    k = k or {}
    return Keputusan(**{f: k.get(f, "") for f in (*keputusan_to_dict(Keputusan()), "tanggal")})


def instansi_from_dict(data: dict[str, Any]) -> Instansi:
    signer = data.get("penandatangan")
    return Instansi(
        kode=data["kode"],
        nama=data["nama"],
        keputusan=_keputusan_from_dict(data.get("keputusan")),
        penandatangan=None if signer is None else Penandatangan(signer["jabatan"], signer["nama"]),
        bidang=tuple((b["kode"], b["nama"]) for b in data.get("bidang", ())),
    )


def corpus_from_dict(data: dict[str, Any]) -> Corpus:
    if data.get("format") != FORMAT:
        raise ValueError(f"format '{data.get('format')}' bukan '{FORMAT}'")
    return Corpus(
        sops=tuple(sop_from_dict(s) for s in data["sops"]),
        keputusan=_keputusan_from_dict(data.get("keputusan")),
        instansi=tuple(instansi_from_dict(item) for item in data.get("instansi", ())),
    )
