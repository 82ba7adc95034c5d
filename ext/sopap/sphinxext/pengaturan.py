"""Checking sopap's own settings in ``conf.py`` before anything uses them.

Sphinx only warns (in English) when a setting has the wrong type and then
carries on, so a ``sopap_bidang`` written as a list stopped the build later
with a Python traceback. A wrong sopap setting now stops the build at once
with an Indonesian :class:`~sphinx.errors.ConfigError` naming the setting.
"""

from __future__ import annotations

from typing import Any

from sphinx.application import Sphinx
from sphinx.config import Config
from sphinx.errors import ConfigError

_JENIS = {
    dict: "dict, misalnya {\"KODE\": \"Nama\"}",
    str: "teks dalam tanda petik",
    bool: "True atau False",
    int: "bilangan bulat",
}
#: Settings whose dict maps text to text (codes to names, fields to values).
_TEKS_KE_TEKS = ("sopap_bidang", "sopap_keputusan")


def _kind(types: Any) -> str:
    return " atau ".join(_JENIS.get(t, t.__name__) for t in sorted(types, key=lambda t: t.__name__))


def periksa(app: Sphinx, config: Config) -> None:
    for name, opt in sorted(config._options.items()):
        if not name.startswith("sopap_"):
            continue
        value = getattr(config, name)
        types = set(opt.valid_types) if opt.valid_types else {type(opt.default)}
        if type(value) not in types:
            raise ConfigError(
                f"pengaturan {name} di conf.py harus berupa {_kind(types)}, bukan {type(value).__name__} ({value!r})"
            )
        if name in _TEKS_KE_TEKS:
            for key, item in value.items():
                if not isinstance(key, str) or not isinstance(item, str):
                    raise ConfigError(
                        f"pengaturan {name} di conf.py: kunci dan nilai harus teks dalam tanda petik; "
                        f"periksa {key!r}: {item!r}"
                    )


def register(app: Sphinx) -> None:
    # before Sphinx's own type check (priority 800), which only warns in English
    app.connect("config-inited", periksa, priority=790)
