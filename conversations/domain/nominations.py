"""RT nominations and the verification chain (PRODUCT.md): officer roles and their areas, the status of a
proposal, who may move it where, and the cost the city carries. No public text describes this workflow
(FACTS.md, open questions): it is ours, so it lives here, in one place."""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

from conversations.domain.rules import RuleSet


class Role(StrEnum):
    RT_HEAD = "rt_head"
    KELURAHAN = "kelurahan_officer"
    KECAMATAN = "kecamatan_officer"
    CITY = "city_admin"


class NominationStatus(StrEnum):
    PENDING = "pending"
    """Proposed by an RT head, waiting for the kelurahan."""
    APPROVED = "approved"
    """Checked by the kelurahan, waiting to be selected by the kecamatan within its quota."""
    REJECTED = "rejected"
    SELECTED = "selected"
    """Selected by the kecamatan: on the city's list for BPJS."""
    ENROLLED = "enrolled"
    """On the roster BPJS sent back."""


OPEN = frozenset({NominationStatus.PENDING, NominationStatus.APPROVED, NominationStatus.SELECTED})
"""A NIK may have only one proposal in these (or enrolled); a rejected one may be proposed again."""
TAKES_QUOTA = frozenset({NominationStatus.SELECTED, NominationStatus.ENROLLED})


class Decision(StrEnum):
    APPROVE = "approve"
    REJECT = "reject"
    SELECT = "select"


DECISIONS: dict[Decision, tuple[Role, NominationStatus, NominationStatus]] = {
    Decision.APPROVE: (Role.KELURAHAN, NominationStatus.PENDING, NominationStatus.APPROVED),
    Decision.REJECT: (Role.KELURAHAN, NominationStatus.PENDING, NominationStatus.REJECTED),
    Decision.SELECT: (Role.KECAMATAN, NominationStatus.APPROVED, NominationStatus.SELECTED),
}
"""Who decides, from which status, to which."""


class Refusal(StrEnum):
    """Why a nomination request was not carried out; each has its own sentence in the flows."""

    NOT_OFFICER = "not_officer"
    WRONG_ROLE = "wrong_role"
    OUTSIDE_AREA = "outside_area"
    NOT_FOUND = "not_found"
    WRONG_STATUS = "wrong_status"
    QUOTA_FULL = "quota_full"
    NO_QUOTA = "no_quota"
    ENROLLED = "enrolled"
    PROPOSED = "proposed"
    REJECTED_BEFORE = "rejected_before"
    """Not a refusal to propose again: the earlier rejection and its reason are shown first."""


class Scope(StrEnum):
    MINE = "mine"
    REVIEW = "review"
    SELECT = "select"


SCOPE_ROLE: dict[Scope, tuple[Role, tuple[NominationStatus, ...] | None]] = {
    Scope.MINE: (Role.RT_HEAD, None),
    Scope.REVIEW: (Role.KELURAHAN, (NominationStatus.PENDING,)),
    Scope.SELECT: (Role.KECAMATAN, (NominationStatus.APPROVED,)),
}
"""Which role may list which proposals (None: all statuses)."""


class Occupation(StrEnum):
    OJEK_ONLINE = "ojek_online"
    OJEK_PANGKALAN = "ojek_pangkalan"
    BURUH_HARIAN = "buruh_harian_lepas"
    PEDAGANG = "pedagang"
    NELAYAN = "nelayan"
    PETANI = "petani"
    SOPIR_ANGKOT = "sopir_angkot"
    PENARIK_BECAK = "penarik_becak"
    PEMANDI_JENAZAH = "pemandi_jenazah"
    GURU_NGAJI = "guru_ngaji"
    MARBOT = "marbot"
    PEMULUNG = "pemulung"
    OTHER = "lainnya"


class RejectReason(StrEnum):
    NOT_RESIDENT = "not_resident"
    DATA_MISMATCH = "data_mismatch"
    ALREADY_COVERED = "already_covered"
    NOT_ELIGIBLE = "not_eligible"


WITHDRAWN = "withdrawn"
"""The reason of a proposal its RT head took back before the kelurahan checked it (a wrong person, someone who moved
away). Closed as a rejection, so the NIK may be proposed again; not one of the kelurahan's reasons to choose from."""


@dataclass(frozen=True, slots=True)
class Area:
    """Where an officer works, or where a proposed worker lives. Empty parts are not set."""

    city: str
    kecamatan: str = ""
    kelurahan: str = ""
    rw: str = ""
    rt: str = ""


SCOPE: dict[Role, tuple[str, ...]] = {
    Role.CITY: ("city",),
    Role.KECAMATAN: ("city", "kecamatan"),
    Role.KELURAHAN: ("city", "kecamatan", "kelurahan"),
    Role.RT_HEAD: ("city", "kecamatan", "kelurahan", "rw", "rt"),
}
"""The parts of an area an officer of each role must share with a proposal to see it."""


def within(role: Role, officer: Area, place: Area) -> bool:
    """The wall between areas: every read and write of a proposal by an officer goes through this."""
    return all(getattr(officer, part) == getattr(place, part) for part in SCOPE[role])


_SPACES = re.compile(r"\s+")


def area_name(text: str | None) -> str:
    """One spelling for a place, whichever way a CSV or an admin typed it: "paal  MERAH" → "Paal Merah"."""
    return _SPACES.sub(" ", (text or "").strip()).title()


def rt_rw(text: str | None) -> str:
    """RT and RW numbers as three digits ("3" → "003"); "" when not a number of 1–3 digits."""
    value = (text or "").strip()
    return value.zfill(3) if value.isdigit() and 1 <= len(value) <= 3 and int(value) > 0 else ""


def reference(year: int, number: int) -> str:
    return f"USL-{year}-{number:06d}"


def yearly_cost(workers: int, rules: RuleSet) -> int:
    """What the city pays for these workers for a year: the JKK + JKM contribution × 12 (FACTS.md §1, §10)."""
    return workers * rules.minimum_contribution * 12


_NAME = re.compile(r"^[^\W\d_]+(?:[ .'\-][^\W\d_]*)*(?:, ?[^\W\d_]{1,4}\.(?:[^\W\d_]{1,4}\.?)*)*$")
"""Letters, with spaces, dots, apostrophes and hyphens, and academic titles after a comma as a KTP prints them ("Siti
Aminah, S.Pd" was refused as "not letters only"); a comma before anything else is no part of a name ("siti aminah,
rumahnya di gang mawar")."""


HONORIFICS = frozenset({"pak", "bapak", "bpk", "bp", "bu", "ibu", "ibuk", "buk", "mas", "mbak", "mba", "bang",
                        "abang", "kak", "sdr", "sdri", "saudara", "saudari", "tuan", "tn", "nyonya", "ny"})
"""How a neighbour is called ("pak Budi", "bu Siti"), never part of the name on the KTP. Titles that are
("H. Ahmad", "Hj.") stay."""


def clean_name(text: str) -> str | None:
    """A full name as on the KTP: letters, spaces, dots, apostrophes and hyphens; at least three letters; "pak" or
    "bu" before it left out."""
    words = _SPACES.sub(" ", text.strip()).split(" ")
    while len(words) > 1 and words[0].lower().rstrip(".") in HONORIFICS:
        words.pop(0)
    name = " ".join(words).rstrip(" ,;")  # "Budi Santoso," as typed
    if sum(ch.isalpha() for ch in name) < 3 or len(name) > 80 or not _NAME.match(name):
        return None
    return name.upper() if name.isupper() else name.title() if name.islower() else name


CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
"""No 0/O, 1/I: a code is read out over the phone."""
CODE_LENGTH = 8


def _cleaned_code(text: str) -> str:
    return re.sub(r"[\s\-]", "", text.strip().upper())


def normalise_code(text: str) -> str | None:
    code = _cleaned_code(text)
    if len(code) != CODE_LENGTH or any(ch not in CODE_ALPHABET for ch in code):
        return None
    return code


def code_misread(text: str) -> bool:
    """Eight letters and digits, some of which no code has (I, O, 0, 1): misread, not mistyped in length. A word of
    eight letters ("kirimkan") is no code at all."""
    code = _cleaned_code(text)
    return (len(code) == CODE_LENGTH and code.isascii() and code.isalnum() and any(ch.isdigit() for ch in code)
            and normalise_code(code) is None)
