"""The whole Keputusan, assembled from the finished lampiran files.

Every lampiran is already a finished PDF, and in the Keputusan its pages are
the same: numbered within the lampiran, with the same flowchart. So the
Keputusan takes those pages as they are (pypdf) instead of drawing them
again, adds one outline entry per lampiran at its first page and its own
title. Objects that the files share byte for byte (the embedded font
subsets, usually) are kept once.

Deterministic: the pages, the metadata (dates included) come from the
lampiran files, and the file identifier is a digest of theirs.
"""

from __future__ import annotations

import hashlib
import io
from collections.abc import Callable, Sequence

from pypdf import PdfReader, PdfWriter
from pypdf.generic import Fit, NameObject, TextStringObject

from sopap.compat import set_file_identifier, set_info_literals
from sopap.model.sop import Sop
from sopap.render.pdf.lampiran import Metadata, lampiran_title

#: Info entries taken over from the first lampiran (the same in every one).
_INFO = ("/Creator", "/Producer", "/CreationDate", "/ModDate", "/Keywords")


def keputusan(
    bagian: Sequence[tuple[Sop, bytes]], meta: Metadata, mulai: Callable[[str], object] | None = None
) -> bytes:
    """One PDF of every lampiran in ``bagian`` (in that order) with their pages as they are.

    ``mulai(sop_id)`` is called as each lampiran is taken in (progress).
    """
    writer = PdfWriter()
    readers: list[PdfReader] = []  # kept open: pages are copied from them until written
    digest = hashlib.md5(usedforsecurity=False)
    for sop, data in bagian:
        if mulai is not None:
            mulai(sop.id)
        reader = PdfReader(io.BytesIO(data))
        readers.append(reader)
        first = len(writer.pages)
        for page in reader.pages:
            writer.add_page(page)
        writer.add_outline_item(title=lampiran_title(sop), page_number=first, fit=Fit.fit())
        digest.update(_identifier(reader))
    info = (readers[0].metadata if readers else None) or {}
    fields = {key: str(info[key]) for key in _INFO if key in info}
    fields |= {"/Title": meta.title, "/Author": meta.author, "/Subject": meta.subject}
    writer.add_metadata(fields)
    # written as plain literals, as reportlab writes them (pypdf would escape
    # every punctuation mark: the dates would not read as dates to grep)
    set_info_literals(writer, {key: _Literal(value) for key, value in fields.items()}, NameObject("/False"))
    writer.page_mode = "/UseNone"
    writer.root_object[NameObject("/Lang")] = TextStringObject("id")
    writer.compress_identical_objects()
    set_file_identifier(writer, digest.digest())
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


class _Literal(TextStringObject):
    """A text string written as a PDF literal with only what must be escaped."""

    def write_to_stream(self, stream, *args, **kwargs) -> None:
        data = self.get_encoded_bytes()
        stream.write(b"(")
        for byte in data:
            if byte in b"()\\" or byte < 32 or byte == 127:
                stream.write(b"\\%03o" % byte)
            else:
                stream.write(bytes((byte,)))
        stream.write(b")")


def _identifier(reader: PdfReader) -> bytes:
    """The first file identifier of a lampiran (reportlab's digest of its content)."""
    ids = reader.trailer.get("/ID")
    return bytes(ids[0].original_bytes) if ids else b""
