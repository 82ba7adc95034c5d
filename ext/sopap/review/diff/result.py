"""What a comparison found: changed fields, and steps added, removed, moved."""

from __future__ import annotations

from dataclasses import dataclass, field

from sopap.model.sop import Langkah, Sop
from sopap.review.diff.words import DELETED, INSERTED, Piece

UBAH, TETAP = "ubah", "tetap"


@dataclass(frozen=True, slots=True)
class FieldChange:
    """One field whose text differs between the two versions."""

    medan: str  # key, e.g. "waktu", "tanggal_revisi"
    label: str  # Indonesian label, e.g. "Waktu"
    lama: str
    baru: str
    potongan: tuple[Piece, ...]


@dataclass(frozen=True, slots=True)
class CommitInfo:
    """A git commit that made a change shown: who, when and why (its message)."""

    commit: str
    tanggal: str  # ISO 8601
    penulis: str
    pesan: str

    def teks(self) -> str:
        """'abc1234567 2026-03-12, Siti Rahma: Waktu langkah 3 menjadi 4 jam'."""
        who = f", {self.penulis}" if self.penulis else ""
        return f"{self.commit[:10]} {self.tanggal[:10]}{who}: {self.pesan}"


@dataclass(frozen=True, slots=True)
class LangkahChange:
    """One step of either version and what happened to it.

    ``jenis`` is ``tambah`` (only in the new version), ``hapus`` (only in
    the old), ``ubah`` (a field changed) or ``tetap``; ``dipindah`` says the
    step changed its place relative to the others (not merely its number).
    """

    jenis: str
    lama: Langkah | None
    baru: Langkah | None
    medan: tuple[FieldChange, ...] = ()
    dipindah: bool = False

    @property
    def berubah(self) -> bool:
        return self.jenis != TETAP or self.dipindah

    @property
    def nomor_baru(self) -> int | None:
        return self.baru.nomor if self.baru else None

    @property
    def nomor_lama(self) -> int | None:
        return self.lama.nomor if self.lama else None

    @property
    def konteks(self) -> str:
        """The step's text, shown beside a changed field so a reader knows which
        step it is; empty when the text itself changed (it is shown as changed)."""
        if any(change.medan in ("uraian", "rincian") for change in self.medan) or self.jenis != UBAH:
            return ""
        step = self.baru or self.lama
        return step.ringkasan if step is not None else ""

    def judul(self) -> str:
        """'Langkah 4 (dahulu 3)', 'Langkah 5 (baru)', 'Langkah 7 lama'."""
        if self.baru is None:
            return f"Langkah {self.nomor_lama} lama"
        if self.lama is None:
            return f"Langkah {self.nomor_baru} (baru)"
        if self.nomor_lama != self.nomor_baru:
            return f"Langkah {self.nomor_baru} (dahulu {self.nomor_lama})"
        return f"Langkah {self.nomor_baru}"

    def keadaan(self) -> str:
        """Indonesian status: ditambahkan, dihapus, diubah, dipindah, ..."""
        if self.jenis == INSERTED:
            return "ditambahkan"
        if self.jenis == DELETED:
            return "dihapus"
        parts = []
        if self.dipindah:
            parts.append("dipindah")
        if self.jenis == UBAH:
            parts.append("diubah")
        return " dan ".join(parts) or "tetap"


@dataclass(frozen=True, slots=True)
class SopDiff:
    """Two versions of one SOP (either may be missing: added or removed SOP)."""

    lama: Sop | None
    baru: Sop | None
    identitas: tuple[FieldChange, ...] = ()
    langkah: tuple[LangkahChange, ...] = ()

    @property
    def sop(self) -> Sop:
        return self.baru or self.lama  # type: ignore[return-value]

    @property
    def berubah(self) -> bool:
        return self.lama is None or self.baru is None or bool(self.identitas) or any(
            s.berubah for s in self.langkah
        )

    def revisi(self) -> str:
        """The SOP's own revision number (not a git revision): '0 -> 1' or '1 (tetap)'."""
        if self.lama is None or self.baru is None:
            return str((self.baru or self.lama).revisi)  # type: ignore[union-attr]
        if self.lama.revisi == self.baru.revisi:
            return f"{self.baru.revisi} (tetap)"
        return f"{self.lama.revisi} \u2192 {self.baru.revisi}"

    def hitung(self) -> dict[str, int]:
        """Counts: identitas, ubah, tambah, hapus, pindah, tetap."""
        counts = {"identitas": len(self.identitas), "ubah": 0, "tambah": 0, "hapus": 0, "pindah": 0, "tetap": 0}
        for step in self.langkah:
            if step.jenis in (UBAH, INSERTED, DELETED):
                counts[step.jenis] += 1
            if step.dipindah:
                counts["pindah"] += 1
            if not step.berubah:
                counts["tetap"] += 1
        return counts

    def ringkasan(self) -> str:
        """One Indonesian line: what changed."""
        if self.lama is None:
            return f"SOP baru ({len(self.baru.langkah)} langkah)"  # type: ignore[union-attr]
        if self.baru is None:
            return "SOP dihapus"
        if not self.berubah:
            return "tidak ada perubahan isi"
        c = self.hitung()
        parts = []
        if c["identitas"]:
            parts.append(f"{c['identitas']} isian identitas berubah")
        steps = [
            f"{c[key]} {label}"
            for key, label in (("ubah", "diubah"), ("tambah", "ditambahkan"), ("hapus", "dihapus"), ("pindah", "dipindah"))
            if c[key]
        ]
        if steps:
            parts.append("langkah: " + ", ".join(steps))
        parts.append(f"{c['tetap']} langkah tetap")
        return "; ".join(parts)


@dataclass(frozen=True, slots=True)
class CorpusDiff:
    """A whole comparison A -> B, one entry per SOP present on either side."""

    label_lama: str
    label_baru: str
    sop: tuple[SopDiff, ...] = field(default_factory=tuple)
    #: Sources that could not be read on either side: (side label, message).
    masalah: tuple[tuple[str, str], ...] = ()
    #: SOP id -> the git commits between both sides that changed its source (newest first).
    commits: dict[str, tuple[CommitInfo, ...]] = field(default_factory=dict)

    def tetap(self) -> tuple[SopDiff, ...]:
        """The SOPs compared that did not change."""
        return tuple(s for s in self.sop if not s.berubah)

    @property
    def berubah(self) -> tuple[SopDiff, ...]:
        return tuple(s for s in self.sop if s.berubah)
