"""Everything a built output could make a reader's program do, found by parsing it.

The handbook is read offline and its sources are written by staff: a page
may link to the web (http, https, mailto) and to its own pages, and load
only its own files. This module reads the outputs with real parsers (lxml's
HTML and XML parsers, pypdf) and lists what breaks that rule: every
``href``, ``src``, ``action``, ``formaction``, ``srcset``, ``style`` and
``<style>`` ``url()``, ``meta`` element, event handler attribute, and every
PDF action. It is deliberately independent of :mod:`sopap.util.urls`: the
scheme is read here the way the WHATWG URL standard reads it.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import lxml.etree
import lxml.html

#: Schemes a link may use.
LINK_SCHEMES = {"http", "https", "mailto"}
#: Attributes holding one address.
URL_ATTRIBUTES = {
    "href", "src", "action", "formaction", "xlink:href", "background", "poster", "data", "cite",
    "codebase", "longdesc", "manifest", "ping", "icon", "archive", "lowsrc", "dynsrc",
}
#: Elements whose address is loaded by the page itself (not followed by a click).
LOADED = {"script", "img", "iframe", "frame", "embed", "object", "source", "track", "video", "audio", "input",
          "link", "image", "use", "feimage"}
_CSS_URL = re.compile(r"url\(\s*(['\"]?)(.*?)\1\s*\)", re.I | re.S)
_CSS_IMPORT = re.compile(r"@import\s+(['\"])(.*?)\1", re.I)


def scheme_of(address: str) -> str | None:
    """The scheme a browser finds (WHATWG: C0 controls and spaces trimmed, tabs
    and line breaks removed), lower case; None for a relative address."""
    text = re.sub(r"[\t\n\r]", "", address.strip("".join(map(chr, range(0x21)))))
    match = re.match(r"([A-Za-z][A-Za-z0-9+.\-]*):", text)
    if match:
        return match.group(1).lower()
    return "//" if re.match(r"[/\\]{2}", text) else None


def _link_ok(address: str) -> bool:
    return scheme_of(address) in LINK_SCHEMES | {None}


def _local(address: str) -> bool:
    return scheme_of(address) is None


def html_problems(path: Path) -> list[str]:
    """What in one HTML file points at, loads or runs something it may not."""
    tree = lxml.html.fromstring(path.read_bytes())
    found: list[str] = []

    def bad(what: str) -> None:
        found.append(f"{path.name}: {what}")

    for element in tree.iter():
        if not isinstance(element.tag, str):
            continue  # comments, processing instructions
        tag = element.tag.rsplit("}", 1)[-1].lower()
        for name, value in element.attrib.items():
            name = name.lower()
            if name.startswith("on"):
                bad(f"<{tag} {name}=...>: event handler")
            elif name in URL_ATTRIBUTES:
                # what the page loads by itself, and where a form sends what is typed, stay local
                loaded = tag in LOADED or name in ("action", "formaction")
                if loaded and not _local(value):
                    bad(f"<{tag} {name}={value!r}>: loads something from outside the handbook")
                elif not _link_ok(value):
                    bad(f"<{tag} {name}={value!r}>: scheme not allowed")
            elif name in ("srcset", "imagesrcset"):
                for candidate in value.split(","):
                    address = candidate.strip().split(" ")[0]
                    if address and not _local(address):
                        bad(f"<{tag} {name}={value!r}>: loads something from outside the handbook")
            elif name == "style":
                found.extend(f"{path.name}: <{tag} style>: {p}" for p in _css_problems(value))
        if tag == "meta":
            extra = set(element.attrib) - {"name", "content", "charset", "lang", "dir", "property"}
            if extra or (element.get("charset") and element.get("charset").lower() != "utf-8"):
                bad(f"<meta {dict(element.attrib)}>: only name/content metas")
        if tag == "style":
            found.extend(f"{path.name}: <style>: {p}" for p in _css_problems(element.text or ""))
        if tag == "base":
            bad("<base>: changes where every relative link goes")
        for text in (element.text, element.tail):
            hidden = CONTROL.findall(text or "")
            if hidden:
                bad(f"<{tag}>: control or bidirectional characters {sorted({f'U+{ord(c):04X}' for c in hidden})}")
    return found


#: Characters no page shows: C0 and C1 controls (not tab or line breaks) and
#: the bidirectional embedding, override and isolate controls.
CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def _css_problems(css: str) -> list[str]:
    addresses = [m.group(2) for m in _CSS_URL.finditer(css)] + [m.group(2) for m in _CSS_IMPORT.finditer(css)]
    return [f"url({a!r}) from outside the handbook" for a in addresses if not _local(a) and scheme_of(a) != "data"]


def pdf_problems(path: Path) -> list[str]:
    """PDF actions: links only to http, https or mailto; no script, launch, form or remote document."""
    from pypdf import PdfReader
    from pypdf.generic import IndirectObject

    reader = PdfReader(str(path))
    found: list[str] = []
    root = reader.trailer["/Root"].get_object()
    for key in ("/OpenAction", "/AA"):
        if key in root:
            found.append(f"{path.name}: document {key}")
    names = root.get("/Names")
    if names is not None and "/JavaScript" in names.get_object():
        found.append(f"{path.name}: document JavaScript")
    for number, page in enumerate(reader.pages, 1):
        if "/AA" in page:
            found.append(f"{path.name} page {number}: page /AA")
        for annotation in page.get("/Annots") or []:
            annotation = annotation.get_object() if isinstance(annotation, IndirectObject) else annotation
            action = annotation.get("/A")
            if action is None:
                continue
            action = action.get_object()
            kind = action.get("/S")
            if kind == "/URI":
                if not _link_ok(str(action.get("/URI"))):
                    found.append(f"{path.name} page {number}: link {action.get('/URI')!r}")
            elif kind not in ("/GoTo",):
                found.append(f"{path.name} page {number}: action {kind}")
    return found


def xml_problems(path: Path) -> list[str]:
    """An XML export (BPMN): well-formed, no DTD or entity, no processing
    instruction, no attribute pointing at a script or another host's file."""
    parser = lxml.etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)
    tree = lxml.etree.parse(str(path), parser)
    found = []
    if tree.docinfo.doctype:
        found.append(f"{path.name}: DOCTYPE")
    for element in tree.iter():
        if isinstance(element, lxml.etree._ProcessingInstruction):
            found.append(f"{path.name}: processing instruction")
            continue
        if not isinstance(element.tag, str):
            continue
        for name, value in element.attrib.items():
            local = name.rsplit("}", 1)[-1].lower()
            if local in URL_ATTRIBUTES and not _local(value):
                found.append(f"{path.name}: <{element.tag} {local}={value!r}>")
    return found


def output_problems(folder: Path) -> list[str]:
    """Every problem of every HTML, PDF and BPMN file under ``folder`` (the JSON export must parse)."""
    found: list[str] = []
    if not folder.exists():
        return found
    for path in sorted(folder.rglob("*")):
        if path.suffix == ".html":
            found += html_problems(path)
        elif path.suffix == ".pdf":
            found += pdf_problems(path)
        elif path.suffix == ".bpmn":
            found += xml_problems(path)
        elif path.suffix == ".json" and path.parent.name == "json":
            json.loads(path.read_text(encoding="utf-8"))  # text stays text: it parses, whatever it holds
    return found
