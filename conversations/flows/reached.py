"""A reply to what the bot sent first: "trus saya harus gimana" after a reminder that the cover ends was "not
understood" (the reminder never touched the conversation), "maksudnya apa ya" the JKK page. Outreach notes what each
reminder was about (EventKind.REACHED, kept in the memo); a short follow-up asking what to do, within a few days of
it, is answered about it."""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any

from pydantic import ValidationError

from conversations.domain.rules import PP_82_2019, rules_on
from conversations.flow import Ctx, Goto, Outcome
from conversations.flows import officer, resume
from conversations.flows.common import WHAT_NEXT, WHAT_NEXT_FILLER, next_steps
from conversations.flows.documents import track_claims
from conversations.i18n import _, format_date, format_money
from conversations.model import MEMO_REACHED, Reach, ReachAbout
from conversations.nlu.normalise import normalise

FRESH_FOR = dt.timedelta(days=3)
"""How long after a reminder a bare "trus gimana" is taken to be about it."""

ABOUT_WORDS: dict[ReachAbout, frozenset[str]] = {
    ReachAbout.COVER_ENDING: frozenset({"rt", "ketua", "minta", "usul", "usulkan", "diusulkan", "mengusulkan",
                                        "perpanjang", "perpanjangan", "diperpanjang", "memperpanjang", "lagi",
                                        "daftar", "renew", "extend"}),
    ReachAbout.CONTRIBUTION_DUE: frozenset({"bayar", "bayarnya", "membayar", "dibayar", "iuran", "iurannya", "pay",
                                            "perpanjang", "perpanjangan", "lewat"}),
    ReachAbout.CLAIM_DRAFT: frozenset({"foto", "fotonya", "kirim", "dikirim", "dokumen", "dokumennya", "berkas",
                                       "klaim", "kurang", "lengkapi", "melengkapi", "upload", "send"}),
    ReachAbout.FORM_KEPT: frozenset({"lanjut", "isi", "isian", "laporan", "klaim", "usulan", "continue"}),
    ReachAbout.DEATH_REPORT: frozenset({"klaim", "santunan", "mulai", "tombol", "rt", "ketua", "claim"}),
    ReachAbout.PROPOSE_AGAIN: frozenset({"usul", "usulkan", "mengusulkan", "usulan", "warga", "lagi", "daftar",
                                         "daftarkan", "perpanjang"}),
    ReachAbout.FAMILY_NOT_STARTED: frozenset({"keluarga", "klaim", "bantu", "bantuin", "membantu", "antar", "santunan"}),
}
"""Words of the reminder's own subject, which a follow-up may name ("cara minta ke rt nya gimana")."""
AT_MOST = 8
"""Words in a follow-up: a longer message says something of its own and is read as any other."""


def recent_reach(ctx: Ctx[Any]) -> Reach | None:
    """What the last message the bot sent first was about, when it reached the user in the last few days and is still
    the last thing said: once the user has written about something else since, "maksudnya apa" asks about that."""
    stored = ctx.conversation.memo.get(MEMO_REACHED)
    if not isinstance(stored, dict):
        return None
    try:
        reach = Reach.model_validate(stored)
    except ValidationError:  # a damaged memo entry: as if nothing had been sent
        return None
    if (written := ctx.conversation.updated_at) is not None and written > reach.at:
        return None
    return reach if reach.at <= ctx.now < reach.at + FRESH_FOR else None


def followed_up(ctx: Ctx[Any], words: tuple[str, ...]) -> Outcome | None:
    """The answer to a short follow-up of a recent reminder (the next follow-up is about it too); None for anything
    else."""
    reach = recent_reach(ctx) if words and len(words) <= AT_MOST else None
    if reach is None or not WHAT_NEXT & set(words) \
            or not set(words) <= WHAT_NEXT | WHAT_NEXT_FILLER | ABOUT_WORDS[reach.about]:
        return None
    answer = _answer(ctx, reach)
    if not isinstance(answer, Goto):
        return answer
    conversation = answer.conversation or ctx.conversation
    kept = reach.model_copy(update={"at": ctx.now}).model_dump(mode="json")
    return dataclasses.replace(answer, conversation=conversation.but(memo={**conversation.memo, MEMO_REACHED: kept}))


def follow_up(ctx: Ctx[Any], text: str) -> Outcome | None:
    """The registry's hook, for a session that ended while the reminder was on its way."""
    return followed_up(ctx, normalise(text).tokens)


def _answer(ctx: Ctx[Any], reach: Reach) -> Outcome | None:
    if reach.about is ReachAbout.COVER_ENDING:
        return next_steps("status", "benefits", say=(_cover_ending(reach),))
    if reach.about is ReachAbout.CONTRIBUTION_DUE:
        return next_steps("status", "benefits", say=(_contribution_due(ctx, reach),))
    if reach.about is ReachAbout.CLAIM_DRAFT:
        opened = track_claims(ctx)
        said = _("Klaim {reference} belum diajukan karena dokumennya belum lengkap. Pilih klaimnya di bawah, lalu "
                 "kirim foto dokumen yang kurang di sini.").format(reference=reach.ref)
        return dataclasses.replace(opened, say=(said,)) if isinstance(opened, Goto) else opened
    if reach.about is ReachAbout.FORM_KEPT:
        entry = resume.kept_entry(ctx, lambda flow: flow.name == reach.ref)
        return Goto(entry) if entry is not None else None  # continued or dropped since: nothing to say about it
    if reach.about is ReachAbout.PROPOSE_AGAIN:
        return officer.start(ctx, "nominate")
    if reach.about is ReachAbout.FAMILY_NOT_STARTED:
        return next_steps("death", say=(_(
            "Bantu keluarga memulai klaimnya: dari HP mereka, ketik \"klaim kematian\" di chat ini, atau pilih \"Klaim "
            "santunan kematian\" di sini bersama mereka: daftar dokumennya saya tunjukkan saat klaimnya dicatat. Kantor "
            "cabang BPJS Ketenagakerjaan juga bisa membantu mereka."),))
    return next_steps("person", say=(_("Ketua RT melaporkan kepergian anggota keluarga Anda kepada kami. Untuk "
                                      "mengajukan santunan kematian, ketuk \"Mulai klaim\" di pesan tadi: data dari "
                                      "laporan ketua RT sudah terisi. Turut berduka cita."),))


def _cover_ending(reach: Reach) -> str:
    when = format_date(reach.until) if reach.until is not None else _("tanggal di pesan tadi")
    return _("Perlindungan JKK dan JKM Anda dari pemerintah kota berakhir {date}. Agar tetap terlindungi, temui ketua RT "
             "Anda dan minta diusulkan lagi: ketua RT mengusulkan lewat Kawan Kerja, lalu kelurahan dan kecamatan "
             "memeriksanya. Anda juga bisa menanyakan perpanjangannya ke kelurahan. Sesudah diusulkan, cek statusnya "
             "lewat \"Cek kepesertaan\".").format(date=when)


def _contribution_due(ctx: Ctx[Any], reach: Reach) -> str:
    when = format_date(reach.until) if reach.until is not None else _("tanggal di pesan tadi")
    rules = rules_on(ctx.today) or PP_82_2019
    return _("Iuran Anda dibayar sendiri, dan perlindungan JKK dan JKM berakhir {date} kalau iurannya belum dibayar. "
             "Bayar {amount} sebulan, dengan NIK Anda, di kantor cabang BPJS Ketenagakerjaan, bank mitra, atau "
             "aplikasi JMO. Bayar hanya lewat saluran resmi itu, jangan lewat orang yang memintanya di chat.").format(
        date=when, amount=format_money(rules.minimum_contribution))
