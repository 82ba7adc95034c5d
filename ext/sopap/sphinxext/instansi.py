"""The instansi (perangkat daerah) of a handbook, from ``conf.py``.

A handbook of one instansi names it with text::

    sopap_instansi = "Dinas Pemberdayaan Perempuan dan Perlindungan Anak Kota Bekasi"
    sopap_keputusan = {"pejabat": ..., "nomor": ..., "tanggal": ..., "tentang": ...}

A handbook of several (the Bagian Organisasi's, for every OPD of the city)
gives a dict, code -> the instansi's name, Keputusan, signatory and bidang::

    sopap_instansi = {
        "DPPPA": {
            "nama": "Dinas Pemberdayaan Perempuan dan Perlindungan Anak Kota Bekasi",
            "keputusan": {"pejabat": ..., "nomor": ..., "tanggal": ..., "tentang": ...},
            "penandatangan": {"jabatan": ..., "nama": ...},
            "bidang": {"PUGPPKK": "Bidang ..."},
        },
        ...
    }

Each SOP names its instansi by code (``instansi: DPPPA``) or lies in a
folder of that name (``sop_source/DPPPA/``). Mistakes stop the build with an
Indonesian message naming the setting.
"""

from __future__ import annotations

import re
from typing import Any

from sphinx.config import Config
from sphinx.errors import ConfigError

from sopap.model.sop import Instansi, Keputusan, Penandatangan
from sopap.parsing.assemble import Defaults

#: The fields of a Keputusan in conf.py.
KEPUTUSAN_FIELDS = ("pejabat", "nomor", "tanggal", "tentang")
ENTRY_FIELDS = ("nama", "keputusan", "penandatangan", "bidang")
SIGNER_FIELDS = ("jabatan", "nama")
_CODE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_-]*$")


def several(config: Config) -> bool:
    """Whether the handbook has several instansi (``sopap_instansi`` is a dict)."""
    return isinstance(config.sopap_instansi, dict)


def _texts(where: str, value: Any, known: tuple[str, ...] | None = None) -> dict[str, str]:
    if not isinstance(value, dict):
        raise ConfigError(f"{where} di conf.py harus berupa dict, bukan {type(value).__name__} ({value!r})")
    for key, item in value.items():
        if not isinstance(key, str) or not isinstance(item, str):
            raise ConfigError(
                f"{where} di conf.py: kunci dan nilai harus teks dalam tanda petik; periksa {key!r}: {item!r}"
            )
        if known is not None and key not in known:
            raise ConfigError(f"{where} di conf.py: kunci '{key}' tidak dikenal; yang dikenal: {', '.join(known)}")
    return value


def check(config: Config) -> None:
    """Raise :class:`ConfigError` for a wrong ``sopap_keputusan`` or ``sopap_instansi``."""
    _texts("pengaturan sopap_keputusan", config.sopap_keputusan, KEPUTUSAN_FIELDS)
    value = config.sopap_instansi
    if not isinstance(value, dict):
        return
    if not value:
        raise ConfigError("pengaturan sopap_instansi di conf.py kosong; tulis nama instansi, atau kode -> {...} tiap instansi")
    names: dict[str, str] = {}
    for code, entry in value.items():
        where = f"pengaturan sopap_instansi[{code!r}]"
        if not isinstance(code, str) or not _CODE.match(code):
            raise ConfigError(
                f"pengaturan sopap_instansi di conf.py: kode {code!r} hanya boleh memuat huruf, angka, '-' dan '_', "
                "misalnya 'DPPPA'"
            )
        if not isinstance(entry, dict):
            raise ConfigError(f"{where} di conf.py harus berupa dict dengan 'nama', bukan {type(entry).__name__}")
        unknown = sorted(set(entry) - set(ENTRY_FIELDS), key=str)
        if unknown:
            raise ConfigError(f"{where} di conf.py: kunci {unknown[0]!r} tidak dikenal; yang dikenal: {', '.join(ENTRY_FIELDS)}")
        nama = entry.get("nama")
        if not isinstance(nama, str) or not nama.strip():
            raise ConfigError(f"{where} di conf.py: 'nama' (nama lengkap instansi) wajib diisi dengan teks")
        if nama.strip() in names:
            raise ConfigError(f"{where} di conf.py: nama '{nama}' sudah dipakai instansi '{names[nama.strip()]}'")
        names[nama.strip()] = code
        _texts(f"{where}['keputusan']", entry.get("keputusan", {}), KEPUTUSAN_FIELDS)
        _texts(f"{where}['penandatangan']", entry.get("penandatangan", {}), SIGNER_FIELDS)
        _texts(f"{where}['bidang']", entry.get("bidang", {}))
    lower = {}
    for code in value:
        if code.lower() in lower:
            raise ConfigError(f"pengaturan sopap_instansi di conf.py: kode '{code}' dan '{lower[code.lower()]}' hanya berbeda huruf besar-kecil")
        lower[code.lower()] = code


def keputusan_of(config: Config, pemerintah_instansi: str, fields: dict[str, str]) -> Keputusan:
    return Keputusan(
        pemerintah=config.sopap_pemerintah,
        instansi=pemerintah_instansi,
        pejabat=fields.get("pejabat", ""),
        nomor=fields.get("nomor", ""),
        tentang=fields.get("tentang", ""),
        tanggal=fields.get("tanggal", ""),
    )


def project_keputusan(config: Config) -> Keputusan:
    """The Keputusan of a handbook of one instansi (``sopap_keputusan``)."""
    instansi = config.sopap_instansi if isinstance(config.sopap_instansi, str) else ""
    return keputusan_of(config, instansi, dict(config.sopap_keputusan or {}))


def all_instansi(config: Config) -> tuple[Instansi, ...]:
    """The instansi of a handbook of several, in the order of conf.py; () for one."""
    if not several(config):
        return ()
    found = []
    for code, entry in config.sopap_instansi.items():
        nama = entry["nama"].strip()
        signer = entry.get("penandatangan") or {}
        bidang = entry.get("bidang") or config.sopap_bidang or {}
        found.append(
            Instansi(
                kode=code,
                nama=nama,
                keputusan=keputusan_of(config, nama, entry.get("keputusan") or {}),
                penandatangan=Penandatangan(signer.get("jabatan", ""), signer.get("nama", "")) if signer else None,
                bidang=tuple(bidang.items()),
            )
        )
    return tuple(found)


def defaults(app) -> Defaults:
    """What the parser takes from conf.py: the instansi, or all of them with their signatories."""
    config = app.config
    if not several(config):
        return Defaults(instansi=config.sopap_instansi)
    return Defaults(semua_instansi=tuple((i.kode, i.nama, i.penandatangan) for i in all_instansi(config)))
