"""Labels the desk's templates show, from the same catalogs as the chat (no sentence lives in a template
that is not a msgid)."""

from __future__ import annotations

from typing import Any

from conversations.domain.claims import Benefit, Relation
from conversations.domain.nominations import Decision, NominationStatus, Occupation
from conversations.flows.accident import TREATMENT_LABELS
from conversations.flows.death import RELATION_LABELS
from conversations.flows.documents import DOC_LABELS
from conversations.flows.nomination_text import (
    OCCUPATION_LABELS,
    ROLE_LABELS,
    SHORT_STATUS,
    area_text,
    phone_text,
    reason_text,
)
from conversations.i18n import _, lazy_gettext
from storage.base import StoredNomination, StoredOfficer

DECISION_LABELS = {
    Decision.APPROVE: lazy_gettext("Setujui"),
    Decision.REJECT: lazy_gettext("Tolak"),
    Decision.SELECT: lazy_gettext("Pilih (masuk kuota)"),
}
BENEFIT_LABELS = {
    Benefit.JKK_ACCIDENT: lazy_gettext("JKK: kecelakaan kerja"),
    Benefit.JKK_DEATH: lazy_gettext("JKK: meninggal karena kecelakaan kerja"),
    Benefit.JKM: lazy_gettext("JKM: santunan kematian"),
}
COVER_LABELS = {
    "active": lazy_gettext("aktif pada tanggal kejadian"),
    "nonaktif": lazy_gettext("nonaktif (iuran tertunggak)"),
    "outside": lazy_gettext("di luar masa perlindungan"),
    "unknown": lazy_gettext("tidak ada di roster"),
}
BROADCAST_STATUS = {
    "scheduled": lazy_gettext("terjadwal"),
    "sending": lazy_gettext("sedang dikirim"),
    "done": lazy_gettext("selesai"),
    "cancelled": lazy_gettext("dibatalkan"),
}
TICKET_TOPICS = {
    "status": lazy_gettext("Kepesertaan/data"),
    "claim": lazy_gettext("Klaim"),
    "nomination": lazy_gettext("Usulan RT"),
    "other": lazy_gettext("Lainnya"),
}
CAUSE_LABELS = {
    "illness": lazy_gettext("sakit atau sebab biasa"),
    "work": lazy_gettext("kecelakaan kerja"),
    "unknown": lazy_gettext("tidak diketahui"),
}


def _label(table: dict[Any, Any], key: object) -> str:
    found = table.get(key)
    return str(found) if found is not None else str(key or "—")


def status_options(role: str) -> list[tuple[str, str]]:
    return [("all", _("Semua status")), *((s.value, str(SHORT_STATUS[s])) for s in NominationStatus)]


def occupation_label(nomination: StoredNomination) -> str:
    if nomination.occupation == Occupation.OTHER and nomination.occupation_other:
        return nomination.occupation_other
    return _label(OCCUPATION_LABELS, nomination.occupation)


def officer_label(officer: StoredOfficer) -> str:
    """Who did it, as the desk names an officer in a record's history: by name and role."""
    return f"{officer.full_name} ({_label(ROLE_LABELS, officer.role)})"


def actor_label(actor: str) -> str:
    kind, _sep, who = actor.partition(":")
    if kind == "officer":
        return _("Petugas #{id}").format(id=who)
    if kind == "roster":
        return _("Impor roster")
    if kind == "cli":
        return _("Perintah di server")
    return _("Pengguna chat")


def mask_nik(nik: str) -> str:
    return "•" * 12 + nik[-4:]


def officer_area(officer: StoredOfficer) -> str:
    return area_text(officer.view())


GLOBALS: dict[str, Any] = {
    "role_label": lambda role: _label(ROLE_LABELS, role),
    "area_label": officer_area,
    "short_status": lambda status: _label(SHORT_STATUS, status),
    "reject_reason": reason_text,  # a reason chosen in the chat is stored as its id ("not_resident")
    "decision_label": lambda decision: _label(DECISION_LABELS, decision),
    "benefit_label": lambda benefit: _label(BENEFIT_LABELS, benefit),
    "cover_label": lambda cover: _label(COVER_LABELS, cover),
    "cause_label": lambda cause: _label(CAUSE_LABELS, cause),
    "treatment_label": lambda treatment: _label(TREATMENT_LABELS, treatment),
    "broadcast_status": lambda status: _label(BROADCAST_STATUS, status),
    "ticket_topic": lambda topic: _label(TICKET_TOPICS, topic),
    "relation_label": lambda relation: _label(RELATION_LABELS, Relation(relation)) if relation in set(Relation)
    else str(relation),
    "status_options": status_options,
    "occupation_label": occupation_label,
    "actor_label": actor_label,
    "mask_nik": mask_nik,
    "channel_label": lambda channel: {"telegram": "Telegram", "whatsapp": "WhatsApp"}.get(channel, _("terminal")),
}
FILTERS: dict[str, Any] = {"doc_label": lambda item: _label(DOC_LABELS, item), "phone": phone_text}
