"""sopap's settings in ``conf.py``: every one declared here, checked before use.

Defaults are neutral (no client's name is built in): a project names its
pemerintah, instansi, Keputusan and bidang in its own ``conf.py``.

Sphinx only warns (in English) when a setting has the wrong type and then
carries on, so a ``sopap_bidang`` written as a list stopped the build later
with a Python traceback. A wrong sopap setting stops the build at once with
an Indonesian :class:`~sphinx.errors.ConfigError` naming the setting.

Names follow the project's naming rule (``docs/pengembangan.md``): official
Permenpan terms in Indonesian (pemerintah, instansi, keputusan, bidang,
lampiran), mechanics in English (paper, workers, download, history). Settings
renamed by that rule keep working under their old name, with a message.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from typing import Any

from sphinx.application import Sphinx
from sphinx.config import Config
from sphinx.errors import ConfigError

from sopap.render.pdf.paper import DEFAULT_PAPER as PAPER_DEFAULT
from sopap.sphinxext import instansi


@dataclass(frozen=True)
class Setting:
    name: str
    default: Any
    #: Sphinx's rebuild flag: "env" (sources are read again), "html" (pages
    #: are written again), "" (nothing is rebuilt).
    rebuild: str
    types: tuple[type, ...]
    #: Why it exists, for the docs and for readers of this table.
    doc: str


SETTINGS: tuple[Setting, ...] = (
    Setting("sopap_pemerintah", "", "env", (str,), "pemerintah daerah on the kop, e.g. 'Pemerintah Kota Bekasi'"),
    Setting(
        "sopap_instansi",
        "",
        "env",
        (str, dict),
        "the instansi (OPD) of the SOPs, on the kop and the lampiran; for several, code -> "
        "{nama, keputusan, penandatangan, bidang} (sopap.sphinxext.instansi)",
    ),
    Setting(
        "sopap_keputusan", {}, "env", (dict,), "the Keputusan whose lampiran the SOPs are: pejabat, nomor, tanggal, tentang"
    ),
    Setting("sopap_bidang", {}, "env", (dict,), "bidang code used in the sources -> its full name"),
    Setting("sopap_source_dir", "sop_source", "env", (str,), "folder of the SOP sources (raw HTML, includes refused)"),
    Setting("sopap_logo", "", "html", (str,), "logo of the handbook's kop (path relative to conf.py)"),
    Setting("sopap_lampiran_paper", PAPER_DEFAULT, "", (str,), "paper of the lampiran: f4 or a4, landscape"),
    Setting("sopap_lampiran_logo", "", "", (str,), "logo on the lampiran's kop (path relative to conf.py)"),
    Setting(
        "sopap_workers", 0, "", (int,), "processes making lampiran, BPMN files and features; 0: one per processor"
    ),
    Setting(
        "sopap_lampiran_download",
        False,
        "html",
        (bool,),
        "link each SOP page to its lampiran PDF (copied into the handbook by `sopap build`)",
    ),
    Setting("sopap_history", True, "html", (bool,), "revision history pages from git"),
    Setting("sopap_preview", False, "html", (bool,), "live preview (`sopap serve`): every page lists the problems"),
    Setting("sopap_history_max", 20, "html", (int,), "versions shown per SOP in its history (the newest)"),
    Setting(
        "sopap_calendar",
        {},
        "",
        (dict,),
        "the office calendar of `sopap monitor` (jam_kerja, istirahat, hari_kerja, zona_waktu, libur_nasional, "
        "cuti_bersama_nasional, cuti_bersama); {}: Mon-Fri 07:30-16:00 WIB less 12:00-13:00, national holidays",
    ),
    Setting(
        "sopap_monitor_threshold",
        0.9,
        "",
        (float, int),
        "share of conforming cases at which `sopap monitor` rates an SOP 'Berjalan dengan baik'",
    ),
)

#: Old name -> new name of settings renamed by the naming rule.
RENAMED: dict[str, str] = {
    "sopap_lampiran_kertas": "sopap_lampiran_paper",
    "sopap_lampiran_proses": "sopap_workers",
    "sopap_lampiran_workers": "sopap_workers",
    "sopap_lampiran_unduh": "sopap_lampiran_download",
    "sopap_riwayat": "sopap_history",
    "sopap_riwayat_maks": "sopap_history_max",
}

_JENIS = {
    dict: "dict, misalnya {\"KODE\": \"Nama\"}",
    str: "teks dalam tanda petik",
    bool: "True atau False",
    int: "bilangan bulat",
}
#: Settings whose dict maps text to text (codes to names, fields to values).
_TEKS_KE_TEKS = ("sopap_bidang",)
_UNSET = None


def _kind(types: Any) -> str:
    return " atau ".join(_JENIS.get(t, t.__name__) for t in sorted(types, key=lambda t: t.__name__))


def declare(app: Sphinx) -> None:
    """Every sopap setting, and the old names of renamed ones."""
    for setting in SETTINGS:
        app.add_config_value(setting.name, setting.default, setting.rebuild, types=list(setting.types))
    for old, new in RENAMED.items():
        rebuild = next(s.rebuild for s in SETTINGS if s.name == new)
        app.add_config_value(old, _UNSET, rebuild, types=Any)


#: Old names already announced in this process (``sopap build`` runs five builds).
_ANNOUNCED: set[str] = set()


def take_renamed(app: Sphinx, config: Config) -> None:
    """An old name set in conf.py (or with -D) still works, and says so once."""
    for old, new in RENAMED.items():
        value = getattr(config, old, _UNSET)
        if value is _UNSET:
            continue
        if old not in _ANNOUNCED:
            _ANNOUNCED.add(old)
            print(
                f"sopap: PERHATIAN: pengaturan {old} di conf.py sudah usang; ganti namanya menjadi {new} "
                "(nilainya tetap dipakai)",
                file=sys.stderr,
            )
        setattr(config, new, value)
        setattr(config, old, _UNSET)


def check(app: Sphinx, config: Config) -> None:
    for setting in SETTINGS:
        value = getattr(config, setting.name)
        if type(value) not in setting.types:
            raise ConfigError(
                f"pengaturan {setting.name} di conf.py harus berupa {_kind(setting.types)}, "
                f"bukan {type(value).__name__} ({value!r})"
            )
        if setting.name in _TEKS_KE_TEKS:
            for key, item in value.items():
                if not isinstance(key, str) or not isinstance(item, str):
                    raise ConfigError(
                        f"pengaturan {setting.name} di conf.py: kunci dan nilai harus teks dalam tanda petik; "
                        f"periksa {key!r}: {item!r}"
                    )


def on_config_inited(app: Sphinx, config: Config) -> None:
    take_renamed(app, config)
    check(app, config)
    instansi.check(config)  # sopap_keputusan and sopap_instansi


def register(app: Sphinx) -> None:
    declare(app)
    # before Sphinx's own type check (priority 800), which only warns in English
    app.connect("config-inited", on_config_inited, priority=790)
