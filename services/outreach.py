"""The bot speaks first: reminders from the roster and the claims, an RT head's death report reaching the
family, and area broadcasts — within the platforms' rules.

Every message is planned as an `outreach` row with a unique key before it enters the outbox, in the same
transaction: planning again (a restart, a second worker, the next pass) sends nothing twice, and one
reminder of a kind per person and local day. Quiet hours (21:00–07:00 in the recipient's city) only delay a
message; someone who said BERHENTI gets none (and a message planned before is dropped when its time comes).
On WhatsApp a message the bot sends first goes as the template configured for its kind outside the
24-hour window; to a number that never wrote, a kind without a template is not planned at all, and the
row says why."""

from __future__ import annotations

import datetime as dt
import logging
import secrets
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from zoneinfo import ZoneInfo

from conversations.domain.benefits import jkm_benefit
from conversations.domain.claims import ClaimKind, ClaimStatus, missing
from conversations.domain.masking import mask_name
from conversations.domain.nominations import Area, Refusal, Role
from conversations.domain.regions import zone_of_city, zone_of_nik
from conversations.domain.rules import PP_82_2019, rules_on
from conversations.flows import accident, death, nominate
from conversations.flows.documents import doc_short
from conversations.i18n import _, format_date, format_money, format_number, use_locale
from conversations.model import (
    Choice,
    DeathReportAnswer,
    DeathReportLink,
    Event,
    EventKind,
    KeptForm,
    OpenDeathReport,
    Reach,
    ReachAbout,
    Reply,
    ReportDeath,
    SetOutreach,
)
from conversations.paused import KEPT_FOR
from services.claims import happened_at
from services.context import Catalogs, EffectContext
from storage.base import InboundRecord, NewMessage, Repository, StoredOfficer, Tx, UserKey
from storage.sqlite_outreach import PlannedRow, RosterEntry, StoredBroadcast, StoredKeptForm

log = logging.getLogger(__name__)

WHATSAPP = "whatsapp"
QUIET_FROM, QUIET_UNTIL = dt.time(21), dt.time(7)
COVER_STAGES = (30, 7)
"""Days before the cover ends when the worker and their RT head are reminded."""
DRAFT_STAGES = (1, 3, 7)
"""Days after a claim draft was saved with documents missing."""
DRAFT_GIVE_UP = dt.timedelta(days=14)
REPORT_REMINDER = dt.timedelta(days=7)
KEPT_STAGES = (1, 6)
"""Days after a form was left unfinished (conversations.paused) when its user is reminded: the next day, and the
last day it is kept. An accident report within its 2×24 hours is reminded in the last 24 of them instead."""
PAGE = 500
"""Participants planned per transaction: a broadcast to a province is streamed, never held in memory."""
DEATH_LINK = "duka"
"""The command a family's one-tap button sends: `/duka TOKEN`."""


class Kind:
    COVER_ENDING = "cover_ending"
    COVER_ENDING_RT = "cover_ending_rt"
    COVER_SUBJECT = "cover_subject"
    CLAIM_DRAFT = "claim_draft"
    ACCIDENT_DEADLINE = "accident_deadline"
    ACCIDENT_KEPT = "accident_kept"
    FORM_KEPT = "form_kept"
    DEATH_REPORT = "death_report"
    DEATH_REPORT_RT = "death_report_rt"
    BROADCAST = "broadcast"
    OFFICER_DIGEST = "officer_digest"


@dataclass(frozen=True, slots=True)
class OutreachConfig:
    catalogs: Catalogs
    default_locale: str = "id"
    timezone: ZoneInfo = field(default_factory=lambda: ZoneInfo("Asia/Jakarta"))
    templates: Mapping[str, str] = field(default_factory=dict)
    """WHATSAPP_TEMPLATES: the approved template of each kind of message the bot sends first."""
    whatsapp: bool = False
    """Whether WhatsApp is configured: a roster phone can then be written to as a WhatsApp account."""
    quiet_hours: tuple[dt.time, dt.time] | None = (QUIET_FROM, QUIET_UNTIL)
    """KAWAN_QUIET_HOURS: no reminder or broadcast from the first time to the second, in the recipient's city."""
    holidays: frozenset[dt.date] = frozenset()
    """KAWAN_HOLIDAYS: no officers' morning note on these days (nor at weekends)."""


@dataclass
class Tally:
    queued: int = 0
    duplicate: int = 0
    opted_out: int = 0
    no_template: int = 0
    unreachable: int = 0

    def add(self, outcome: str) -> None:
        setattr(self, outcome, getattr(self, outcome) + 1)


def allowed_at(now: dt.datetime, zone: ZoneInfo,
               quiet: tuple[dt.time, dt.time] | None = (QUIET_FROM, QUIET_UNTIL)) -> dt.datetime:
    """Now, or the end of the recipient's quiet hours (21:00–07:00 in their own city)."""
    if quiet is None:
        return now
    start, end = quiet
    local = now.astimezone(zone)
    quiet_now = (start <= local.time() or local.time() < end) if start > end else start <= local.time() < end
    if not quiet_now:
        return now
    day = local.date() + dt.timedelta(days=1) if start > end and local.time() >= start else local.date()
    return dt.datetime.combine(day, end, tzinfo=zone).astimezone(dt.UTC)


@dataclass(frozen=True, slots=True)
class Planned:
    """One message to one account, before its language is known."""

    kind: str
    dedup_key: str
    recipient: UserKey
    zone: ZoneInfo
    render: object
    """() -> (text, template params, choices), called in the recipient's language."""
    template: str | None = None
    broadcast_id: int | None = None
    about: ReachAbout | None = None
    """What a reply to it may ask about (flows.reached); None when a reply cannot be answered about it (a broadcast)."""
    ref: str | None = None
    until: dt.date | None = None


async def queue(tx: Tx, cfg: OutreachConfig, item: Planned, now: dt.datetime) -> str:
    """Plan one message: `queued`, or why not (`duplicate`, `opted_out`, `no_template`)."""
    return (await queue_page(tx, cfg, [item], now))[0]


async def queue_page(tx: Tx, cfg: OutreachConfig, items: Sequence[Planned], now: dt.datetime) -> list[str]:
    """Plan many messages in a few statements (a page of a broadcast): the outcome of each, in order."""
    keys = [item.recipient for item in items]
    opted = await tx.opted_out(keys)
    locales = await tx.conversation_locales(keys)
    rows: list[PlannedRow] = []
    why: dict[str, str] = {}
    for item in items:
        day = now.astimezone(item.zone).date()
        template_kind = item.template or item.kind
        if item.recipient in opted:
            why[item.dedup_key] = "opted_out"
            rows.append(PlannedRow(item.kind, item.dedup_key, item.recipient, day, item.broadcast_id, "skipped",
                                   OPTED_OUT))
        elif (item.recipient.channel == WHATSAPP and item.recipient not in locales
              and not _template_known(cfg, template_kind)):
            why[item.dedup_key] = "no_template"
            rows.append(PlannedRow(item.kind, item.dedup_key, item.recipient, day, item.broadcast_id, "skipped",
                                   f"no WhatsApp template for {template_kind}"))
        else:
            rows.append(PlannedRow(item.kind, item.dedup_key, item.recipient, day, item.broadcast_id, "queued"))
    added = await tx.add_outreach(rows, now)
    rendered: dict[tuple[int, str], tuple[str, list[str], list[Choice]]] = {}
    messages: list[tuple[NewMessage, int, dt.datetime]] = []
    reached: list[InboundRecord] = []
    outcomes: list[str] = []
    for item in items:
        outreach_id = added.pop(item.dedup_key, None)  # popped: a key twice in one page counts once
        if outreach_id is None:
            outcomes.append("duplicate")
            continue
        if item.dedup_key in why:
            outcomes.append(why[item.dedup_key])
            continue
        locale = locales.get(item.recipient) or cfg.default_locale
        if (id(item.render), locale) not in rendered:  # a broadcast's text is rendered once per language
            with use_locale(cfg.catalogs, locale):
                rendered[id(item.render), locale] = item.render()  # type: ignore[operator]
        text, params, choices = rendered[id(item.render), locale]
        first_contact = item.recipient.channel == WHATSAPP and item.recipient not in locales
        reply = Reply(text=text, params=tuple(params), choices=tuple(choices), template=item.template or item.kind,
                      locale=locale, first_contact=first_contact)
        leaves = allowed_at(now, item.zone, cfg.quiet_hours)
        messages.append((NewMessage(item.recipient.channel, item.recipient.user, reply,
                                    caused_by=f"outreach:{item.kind}"), outreach_id, leaves))
        if item.about is not None:
            reached.append(InboundRecord(
                channel=item.recipient.channel, event_id=f"reached:{outreach_id}", user=item.recipient.user,
                event=Event(kind=EventKind.REACHED, reach=Reach(about=item.about, at=leaves, ref=item.ref,
                                                                until=item.until)),
                received_at=now))
        outcomes.append("queued")
    await tx.enqueue_outreach(messages, now)
    if reached:  # noted in the recipient's conversation by the drain, before any reply to it can come
        await tx.record_inbound_many(reached)
    return outcomes


def _template_known(cfg: OutreachConfig, kind: str) -> bool:
    return kind.startswith("@") or bool(cfg.templates.get(kind))


def footer() -> str:
    return _("Ketik BERHENTI jika tidak ingin menerima pesan seperti ini.")


async def reach(tx: Tx, cfg: OutreachConfig, entries: Sequence[RosterEntry]) -> dict[int, list[UserKey]]:
    """The accounts each participant can be written to on: those that proved the roster phone, and the phone
    itself on WhatsApp (one query for the page)."""
    proven = await tx.accounts_of_phone_hashes([e.phone_hash for e in entries if e.phone_hash is not None])
    found: dict[int, list[UserKey]] = {}
    for entry in entries:
        accounts = list(proven.get(entry.phone_hash, [])) if entry.phone_hash is not None else []
        if cfg.whatsapp and entry.participant.phone:
            accounts.append(UserKey(WHATSAPP, entry.participant.phone))
        found[entry.id] = list(dict.fromkeys(accounts))
    return found


async def reach_officer(tx: Tx, cfg: OutreachConfig, officer: StoredOfficer) -> list[UserKey]:
    found = await tx.accounts_of_officer(officer.id)
    if cfg.whatsapp and officer.phone:
        found.append(UserKey(WHATSAPP, officer.phone))
    return list(dict.fromkeys(found))


# -- reminders ----------------------------------------------------------------------------------

async def plan_reminders(repo: Repository, cfg: OutreachConfig, now: dt.datetime) -> Tally:
    tally = Tally()
    await _plan_cover(repo, cfg, now, tally)
    async with repo.transaction() as tx:
        await _plan_drafts(tx, cfg, now, tally)
        await _plan_kept_forms(tx, cfg, now, tally)
        await _plan_report_reminders(tx, cfg, now, tally)
    return tally


def _cover_end(entry: RosterEntry) -> dt.date:
    p = entry.participant
    return p.paid_until if p.paid_until is not None and p.paid_until < p.coverage_end else p.coverage_end


def _stage(days_left: int) -> int | None:
    if 0 <= days_left <= COVER_STAGES[1]:
        return COVER_STAGES[1]
    if COVER_STAGES[1] < days_left <= COVER_STAGES[0]:
        return COVER_STAGES[0]
    return None


async def _plan_cover(repo: Repository, cfg: OutreachConfig, now: dt.datetime, tally: Tally) -> None:
    """Workers whose cover ends in 30 or 7 days, and their RT heads (one message per RT head with every
    worker of that day), page by page."""
    today = now.astimezone(cfg.timezone).date()
    after = 0
    while True:
        by_rt: dict[Area, list[tuple[RosterEntry, int, dt.date]]] = {}
        async with repo.transaction() as tx:
            page = await tx.cover_ending(today - dt.timedelta(days=1), today + dt.timedelta(days=COVER_STAGES[0] + 1),
                                         after, PAGE)
            accounts = await reach(tx, cfg, page)
            for entry in page:
                zone = zone_of_city(entry.area.city, default=cfg.timezone) or cfg.timezone
                end = _cover_end(entry)
                days_left = (end - now.astimezone(zone).date()).days
                stage = _stage(days_left)
                if stage is None:
                    continue
                subject = f"cover:{stage}:{entry.id}:{end}"
                if not await tx.add_outreach([PlannedRow(Kind.COVER_SUBJECT, subject, UserKey("subject", str(entry.id)),
                                                         today, None, "planned")], now):
                    continue  # this worker's reminder of this stage was planned on an earlier pass
                about = ReachAbout.CONTRIBUTION_DUE if _self_paid(entry) else ReachAbout.COVER_ENDING
                for outcome in await queue_page(tx, cfg, [
                        Planned(Kind.COVER_ENDING, f"{subject}:{account.channel}:{account.user}", account, zone,
                                _cover_text(entry, end, days_left), about=about, until=end)
                        for account in accounts[entry.id]], now):
                    tally.add(outcome)
                if entry.area.rt:
                    by_rt.setdefault(entry.area, []).append((entry, days_left, end))
            for area, entries in by_rt.items():
                await _tell_rt_heads(tx, cfg, area, entries, now, tally)
        if len(page) < PAGE:
            return
        after = page[-1].id


def _self_paid(entry: RosterEntry) -> bool:
    return entry.participant.funded_by.strip().lower().startswith(("mandiri", "sendiri", "peserta"))


def _cover_text(entry: RosterEntry, end: dt.date, days_left: int) -> object:
    def render() -> tuple[str, list[str], list[Choice]]:
        p = entry.participant
        if _self_paid(entry):
            rules = rules_on(end) or PP_82_2019
            todo = _("Bayar iurannya, {amount} sebulan, sebelum tanggal itu di kantor cabang, bank mitra, atau "
                     "aplikasi JMO.").format(amount=format_money(rules.minimum_contribution))
        else:
            todo = _("Minta ketua RT mengusulkan Anda lagi, atau tanyakan perpanjangannya ke {payer}.").format(
                payer=p.funded_by)
        when = format_date(end)
        text = _("Pengingat dari Kawan Kerja: perlindungan JKK dan JKM Anda berakhir {date}, {days} hari lagi. "
                 "Sesudah itu kecelakaan kerja dan kematian tidak ditanggung.").format(date=when, days=days_left)
        return f"{text} {todo}\n{footer()}", [when, str(days_left)], []
    return render


async def _tell_rt_heads(tx: Tx, cfg: OutreachConfig, area: Area, entries: list[tuple[RosterEntry, int, dt.date]],
                         now: dt.datetime, tally: Tally) -> None:
    zone = zone_of_city(area.city, default=cfg.timezone) or cfg.timezone
    day = now.astimezone(zone).date()

    def render() -> tuple[str, list[str], list[Choice]]:
        names = "; ".join(_("{name}, berakhir {date}").format(name=mask_name(e.participant.full_name),
                                                              date=format_date(end)) for e, _d, end in entries[:10])
        more = len(entries) - 10
        text = _("Pengingat untuk Ketua RT {rt}: perlindungan {count} warga Anda akan berakhir: {names}.").format(
            rt=area.rt, count=format_number(len(entries)), names=names)
        if more > 0:
            text += " " + _("Dan {count} warga lainnya.").format(count=format_number(more))
        text += " " + _("Usulkan mereka lagi lewat menu petugas \"Usulkan warga\" agar tetap terlindungi.")
        return f"{text}\n{footer()}", [area.rt, str(len(entries))], []

    for officer in await tx.officers_of(Role.RT_HEAD, area):
        for account in await reach_officer(tx, cfg, officer):
            tally.add(await queue(tx, cfg, Planned(
                Kind.COVER_ENDING_RT, f"cover_rt:{officer.id}:{day}:{account.channel}:{account.user}",
                account, zone, render, about=ReachAbout.PROPOSE_AGAIN), now))


async def _plan_drafts(tx: Tx, cfg: OutreachConfig, now: dt.datetime, tally: Tally) -> None:
    """Claim drafts with documents missing (after 1, 3 and 7 days), and an accident report not submitted
    before the 2×24-hour mark."""
    for claim in await tx.claims(status=ClaimStatus.DRAFT):
        zone = zone_of_city(claim.area.city, default=zone_of_nik(claim.nik, default=cfg.timezone)) or cfg.timezone
        account = UserKey(claim.channel, claim.user)
        if claim.kind == ClaimKind.JKK:
            deadline = happened_at(claim, zone) + dt.timedelta(hours=48)
            if deadline - dt.timedelta(hours=24) <= now < deadline:
                tally.add(await queue(tx, cfg, Planned(
                    Kind.ACCIDENT_DEADLINE, f"accident:{claim.reference}", account, zone,
                    _accident_text(claim.reference, deadline.astimezone(zone)), about=ReachAbout.CLAIM_DRAFT,
                    ref=claim.reference), now))
        lacking = missing(claim.checklist, tuple(d.item for d in claim.documents))
        age = now - claim.created_at
        stages = [n for n in DRAFT_STAGES if age >= dt.timedelta(days=n)]
        if lacking and stages and age < DRAFT_GIVE_UP:
            tally.add(await queue(tx, cfg, Planned(
                Kind.CLAIM_DRAFT, f"draft:{stages[-1]}:{claim.reference}", account, zone,
                _draft_text(claim.reference, lacking), about=ReachAbout.CLAIM_DRAFT, ref=claim.reference), now))


async def _plan_kept_forms(tx: Tx, cfg: OutreachConfig, now: dt.datetime, tally: Tally) -> None:
    """Forms kept unfinished in a conversation (conversations.paused): an accident report in the last 24 of its 2×24
    hours, once; any other (a death claim, a proposal, a report with no deadline running, or past it: reporting late
    does not by itself void the right) the day after it was left and on the last day it is kept. Left again later,
    it is reminded afresh."""
    for kept in await tx.kept_forms_due(now, dt.timedelta(hours=24), dt.timedelta(days=KEPT_STAGES[0]), KEPT_FOR):
        zone = _zone_named(kept.zone) or cfg.timezone
        account = kept.account
        if kept.deadline is not None and kept.deadline > now:
            tally.add(await queue(tx, cfg, Planned(
                Kind.ACCIDENT_KEPT, f"accident_kept:{account.channel}:{account.user}:{kept.deadline:%Y%m%d%H%M}",
                account, zone, _kept_text(kept.deadline.astimezone(zone)), about=ReachAbout.FORM_KEPT,
                ref=kept.flow), now))
            continue
        stage = max(n for n in KEPT_STAGES if now - kept.left_at >= dt.timedelta(days=n))
        render = _form_kept_text(kept, zone, late=kept.deadline is not None)
        if render is None:
            log.warning("a kept form of an unknown flow (%s) is not reminded", kept.flow)
            continue
        tally.add(await queue(tx, cfg, Planned(
            Kind.FORM_KEPT, f"form_kept:{stage}:{kept.flow}:{account.channel}:{account.user}:"
                            f"{kept.left_at:%Y%m%d%H%M}", account, zone, render, about=ReachAbout.FORM_KEPT,
            ref=kept.flow), now))


def _zone_named(name: str) -> ZoneInfo | None:
    try:
        return ZoneInfo(name) if name else None
    except (ValueError, OSError):  # not a zone this machine knows: the bot's own
        return None


def _kept_text(deadline: dt.datetime) -> object:
    def render() -> tuple[str, list[str], list[Choice]]:
        when = _("{date} pukul {time}").format(date=format_date(deadline.date()), time=deadline.strftime("%H.%M"))
        text = _("Laporan kecelakaan kerja Anda belum selesai. Batas melaporkan ke kantor cabang BPJS "
                 "Ketenagakerjaan: {when}. Ketik \"lapor kecelakaan\" untuk melanjutkannya, dan laporkan juga ke "
                 "kantor cabang.").format(when=when)
        return f"{text}\n{footer()}", [when], []
    return render


def _form_kept_text(kept: StoredKeptForm, zone: ZoneInfo, *, late: bool) -> object | None:
    """`late`: an accident report past its 2×24 hours (FACTS.md §6: report now anyway, the branch decides)."""
    if kept.flow not in (accident.FLOW.name, death.FLOW.name, nominate.FLOW.name):
        return None

    def render() -> tuple[str, list[str], list[Choice]]:
        until = format_date((kept.left_at + KEPT_FOR).astimezone(zone).date())
        if kept.flow == death.FLOW.name:
            form = str(death.FLOW.resumable)
            text = _("Klaim santunan kematian yang Anda mulai belum selesai. Jawaban Anda tersimpan sampai {date}: "
                     "ketik \"klaim kematian\" untuk melanjutkannya dari pertanyaan terakhir.").format(date=until)
        elif kept.flow == nominate.FLOW.name:
            form = str(nominate.FLOW.resumable)
            text = _("Usulan warga yang Anda mulai belum selesai. Jawaban Anda tersimpan sampai {date}: ketik "
                     "\"usulkan warga\" untuk melanjutkannya dari pertanyaan terakhir.").format(date=until)
        elif late:
            form = str(accident.FLOW.resumable)
            text = _("Laporan kecelakaan kerja yang Anda mulai belum selesai. Batas 2×24 jam sudah lewat, tetapi laporan "
                     "yang terlambat tidak dengan sendirinya menghapus hak Anda: ketik \"lapor kecelakaan\" untuk "
                     "melanjutkannya (jawaban Anda tersimpan sampai {date}), dan laporkan juga ke kantor cabang."
                     ).format(date=until)
        else:
            form = str(accident.FLOW.resumable)
            text = _("Laporan kecelakaan kerja yang Anda mulai belum selesai. Jawaban Anda tersimpan sampai {date}: "
                     "ketik \"lapor kecelakaan\" untuk melanjutkannya dari pertanyaan terakhir.").format(date=until)
        return f"{text}\n{footer()}", [form, until], []
    return render


def _draft_text(reference: str, lacking: Iterable[str]) -> object:
    def render() -> tuple[str, list[str], list[Choice]]:
        names = "; ".join(doc_short(item) for item in lacking)
        text = _("Klaim {reference} belum diajukan. Masih kurang: {missing}. Kirim fotonya di sini kapan saja: "
                 "ketik \"cek klaim\" lalu pilih klaim ini.").format(reference=reference, missing=names)
        return f"{text}\n{footer()}", [reference, names], []
    return render


def _accident_text(reference: str, deadline: dt.datetime) -> object:
    def render() -> tuple[str, list[str], list[Choice]]:
        when = _("{date} pukul {time}").format(date=format_date(deadline.date()), time=deadline.strftime("%H.%M"))
        text = _("Batas melaporkan kecelakaan kerja ke kantor cabang BPJS Ketenagakerjaan: {when}. Laporan "
                 "{reference} belum diajukan: ketik \"cek klaim\" untuk melanjutkannya, dan laporkan juga ke "
                 "kantor cabang.").format(when=when, reference=reference)
        return f"{text}\n{footer()}", [reference, when], []
    return render


# -- death reports --------------------------------------------------------------------------------

async def report_death(ctx: EffectContext, officer: StoredOfficer, effect: ReportDeath,
                       cfg: OutreachConfig) -> DeathReportAnswer:
    """An RT head's report: the roster is read within their RT; if the resident was covered, the family is
    told (without a name or a NIK: the number was typed by someone else) and can start the claim in one tap."""
    if officer.role != Role.RT_HEAD:
        return DeathReportAnswer(problem=Refusal.WRONG_ROLE)
    tx = ctx.tx
    nik = effect.nik
    if nik is None and effect.full_name and effect.birth_date:
        nik = await tx.find_nik_by_name(effect.full_name, effect.birth_date, officer.area)
    found = await tx.find_participant(nik) if nik else None
    if nik is None or found is None:
        await tx.append_audit(f"officer:{officer.id}", "death.reported", "unknown", {"found": False}, ctx.now)
        return DeathReportAnswer(outcome="not_found")
    if (found.city, found.kecamatan, found.kelurahan) != (officer.area.city, officer.area.kecamatan,
                                                           officer.area.kelurahan):
        await tx.append_audit(f"officer:{officer.id}", "death.refused", "outside_area", {}, ctx.now)
        return DeathReportAnswer(outcome="outside_area")
    covered = found.status == "aktif" and found.coverage_end >= effect.died_on
    token = secrets.token_urlsafe(12)
    area = Area(found.city, found.kecamatan, found.kelurahan)
    report_id = await tx.add_death_report(token, officer.id, nik, effect.family_phone, effect.died_on, area,
                                          covered, ctx.now, died_on_rough=effect.died_on_rough)
    await tx.append_audit(f"officer:{officer.id}", "death.reported", f"death_report:{report_id}",
                          {"covered": covered}, ctx.now)
    amount = jkm_benefit(rules_on(effect.died_on) or PP_82_2019, None).cash_total
    if not covered:
        return DeathReportAnswer(outcome="not_covered")
    family = await _tell_family(tx, cfg, report_id, token, effect.family_phone, area, amount, ctx.now)
    return DeathReportAnswer(outcome="covered", family=family, amount=amount)


async def _tell_family(tx: Tx, cfg: OutreachConfig, report_id: int, token: str, phone: str, area: Area,
                       amount: int, now: dt.datetime) -> str:
    zone = zone_of_city(area.city, default=cfg.timezone) or cfg.timezone
    accounts = await tx.accounts_of_phone(phone)
    if cfg.whatsapp:
        accounts.append(UserKey(WHATSAPP, phone))
    outcomes: list[str] = []

    def render() -> tuple[str, list[str], list[Choice]]:
        text = _("Turut berduka cita. Ketua RT setempat memberi tahu kami tentang kepergian anggota keluarga Anda. "
                 "Beliau terdaftar sebagai peserta BPJS Ketenagakerjaan: ahli warisnya dapat menerima santunan "
                 "sampai {amount}. Yang berhak lebih dulu suami atau istri dan anak; jika tidak ada, orang tua, "
                 "kakek-nenek atau cucu, lalu saudara kandung. Ketuk \"Mulai klaim\" dan saya bantu langkah demi langkah. Klaim tidak "
                 "dipungut biaya.").format(amount=format_money(amount))
        return (f"{text}\n{footer()}", [format_money(amount)],
                [Choice(id=f"/{DEATH_LINK} {token}", label=_("Mulai klaim"))])

    for account in dict.fromkeys(accounts):
        outcomes.append(await queue(tx, cfg, Planned(Kind.DEATH_REPORT, f"death:{report_id}:{account.channel}:"
                                                     f"{account.user}", account, zone, render,
                                                     about=ReachAbout.DEATH_REPORT), now))
    told = "queued" in outcomes
    await tx.set_death_report(report_id, family_told=told)
    if told:
        return "chat" if any(a.channel != WHATSAPP for a in accounts) else WHATSAPP
    return "opted_out" if "opted_out" in outcomes else "unreachable"


async def open_death_report(ctx: EffectContext, effect: OpenDeathReport) -> DeathReportLink:
    report = await ctx.tx.death_report_by_token(effect.token.strip())
    if report is None:
        return DeathReportLink(problem="unknown")
    if report.claim_reference is not None:
        return DeathReportLink(problem="claimed")
    await ctx.tx.append_audit(ctx.actor, "death.link_opened", f"death_report:{report.id}", {}, ctx.now)
    return DeathReportLink(report_id=report.id, nik=report.nik, died_on=report.died_on,
                           died_on_rough=report.died_on_rough)


async def link_claim_to_report(tx: Tx, report_id: int, reference: str, now: dt.datetime) -> None:
    await tx.set_death_report(report_id, claim_reference=reference, at=now)


async def _plan_report_reminders(tx: Tx, cfg: OutreachConfig, now: dt.datetime, tally: Tally) -> None:
    """A covered resident's family that has not started the claim within 7 days: the RT head is reminded once."""
    for report in await tx.death_reports_unclaimed(now - REPORT_REMINDER):
        officer = await tx.officer(report.officer_id)
        if officer is None:
            continue
        zone = zone_of_city(report.area.city, default=cfg.timezone) or cfg.timezone
        reported = report.created_at.astimezone(zone).date()

        def render(reported: dt.date = reported, nik: str = report.nik) -> tuple[str, list[str], list[Choice]]:
            text = _("Keluarga warga yang Anda laporkan meninggal pada {date} (NIK berakhiran {tail}) belum memulai "
                     "klaim santunan kematian. Mohon bantu mereka: buka \"Klaim santunan kematian\" di chat ini "
                     "bersama keluarga, atau antar ke kantor cabang BPJS Ketenagakerjaan.").format(
                date=format_date(reported), tail=nik[-4:])
            return text, [format_date(reported), nik[-4:]], []

        for account in await reach_officer(tx, cfg, officer):
            tally.add(await queue(tx, cfg, Planned(Kind.DEATH_REPORT_RT, f"death_rt:{report.id}:{account.channel}:"
                                                   f"{account.user}", account, zone, render,
                                                   about=ReachAbout.FAMILY_NOT_STARTED), now))
        await tx.set_death_report(report.id, reminded_at=now)


# -- opt-out -------------------------------------------------------------------------------------

async def keep_form(ctx: EffectContext, effect: KeptForm) -> None:
    await ctx.tx.keep_form(ctx.channel, ctx.user, effect.flow, effect.left_at, effect.deadline, effect.zone)


async def set_outreach(ctx: EffectContext, effect: SetOutreach) -> None:
    await ctx.tx.set_opt_out(ctx.channel, ctx.user, effect.opted_out, ctx.now)
    await ctx.tx.append_audit(ctx.actor, "outreach.stopped" if effect.opted_out else "outreach.resumed", ctx.actor,
                              {}, ctx.now)


# -- broadcasts ----------------------------------------------------------------------------------

NO_ACCOUNT = "no chat account"
OPTED_OUT = "opted out"


def reason_text(reason: str) -> str:
    """Why a message was not sent, in the officer's words (the stored reason is a code or Meta's error)."""
    if reason == OPTED_OUT:
        return _("mengetik BERHENTI")
    if reason == NO_ACCOUNT:
        return _("belum pernah chat dengan bot, dan WhatsApp tidak aktif")
    if reason.startswith("no WhatsApp template"):
        return _("di luar jendela 24 jam WhatsApp, tanpa template")
    if reason == "broadcast cancelled":
        return _("siaran dibatalkan")
    return reason


class BroadcastError(ValueError):
    """The broadcast cannot be made as asked: the operator is told why."""


MAX_BROADCAST = 1000
"""Characters of a broadcast's text: one phone screen with the footer."""


def check_broadcast_text(text: str) -> str:
    text = text.strip()
    if not text:
        raise BroadcastError(_("teks siaran kosong"))
    if len(text) > MAX_BROADCAST - 80:
        raise BroadcastError(_("teks siaran lebih dari {limit} karakter").format(limit=MAX_BROADCAST - 80))
    return text


async def add_broadcast(tx: Tx, created_by: str, area: Area, text: str, template: str | None, send_at: dt.datetime,
                        now: dt.datetime) -> tuple[int, int]:
    """A scheduled broadcast and how many participants of the area have a phone on record."""
    text = check_broadcast_text(text)
    if not area.city:
        raise BroadcastError(_("wilayah siaran belum dipilih"))
    recipients = await tx.count_roster_phones(area)
    broadcast_id = await tx.add_broadcast(created_by, area, text, template or None, max(send_at, now), recipients,
                                          now)
    await tx.append_audit(created_by, "broadcast.created", f"broadcast:{broadcast_id}",
                          {"area": area.city + "/" + area.kecamatan + "/" + area.kelurahan,
                           "recipients": recipients, "send_at": send_at.isoformat()}, now)
    return broadcast_id, recipients


async def create_broadcast(repo: Repository, created_by: str, area: Area, text: str, template: str | None,
                           send_at: dt.datetime, now: dt.datetime) -> tuple[int, int]:
    async with repo.transaction() as tx:
        return await add_broadcast(tx, created_by, area, text, template, send_at, now)


async def stop_broadcast(tx: Tx, broadcast_id: int, actor: str, now: dt.datetime) -> StoredBroadcast:
    """Cancel: what has not left yet is not sent (messages already handed to a platform are not called back)."""
    found = await tx.broadcast(broadcast_id)
    if found is None:
        raise BroadcastError(_("siaran {id} tidak ada").format(id=broadcast_id))
    if found.status == "cancelled":
        return found
    if found.status == "done":
        raise BroadcastError(_("siaran {id} sudah selesai dikirim").format(id=broadcast_id))
    await tx.set_broadcast(broadcast_id, status="cancelled", finished_at=now)
    dropped = await tx.cancel_broadcast_messages(broadcast_id)
    await tx.append_audit(actor, "broadcast.cancelled", f"broadcast:{broadcast_id}", {"dropped": dropped}, now)
    cancelled = await tx.broadcast(broadcast_id)
    assert cancelled is not None
    return cancelled


async def cancel_broadcast(repo: Repository, broadcast_id: int, actor: str, now: dt.datetime) -> StoredBroadcast:
    async with repo.transaction() as tx:
        return await stop_broadcast(tx, broadcast_id, actor, now)


async def plan_broadcasts(repo: Repository, cfg: OutreachConfig, now: dt.datetime) -> Tally:
    """Due broadcasts, one page of participants per transaction: a killed worker resumes at the page it
    stopped in (the rows of that page are recognised by their keys), memory stays flat at any size."""
    tally = Tally()
    async with repo.transaction() as tx:
        due = await tx.due_broadcasts(now)
    for broadcast in due:
        await _plan_broadcast(repo, cfg, broadcast, now, tally)
    return tally


async def _plan_broadcast(repo: Repository, cfg: OutreachConfig, broadcast: StoredBroadcast, now: dt.datetime,
                          tally: Tally) -> None:
    after = broadcast.planned_until
    text = broadcast.text
    template = f"@{broadcast.template}" if broadcast.template else Kind.BROADCAST

    def render() -> tuple[str, list[str], list[Choice]]:
        return f"{text}\n{footer()}", [], []

    while True:
        async with repo.transaction() as tx:
            current = await tx.broadcast(broadcast.id)
            if current is None or current.status == "cancelled":
                return
            page = await tx.roster_page(broadcast.area, after, PAGE)
            accounts = await reach(tx, cfg, page)
            items: list[Planned] = []
            unreachable: list[PlannedRow] = []
            for entry in page:
                zone = zone_of_city(entry.area.city, default=cfg.timezone) or cfg.timezone
                if not accounts[entry.id]:  # counted, so the report says how many could not be reached at all
                    unreachable.append(PlannedRow(Kind.BROADCAST, f"broadcast:{broadcast.id}:none:{entry.id}",
                                                  UserKey("none", str(entry.id)), now.date(), broadcast.id,
                                                  "skipped", NO_ACCOUNT))
                items += [Planned(Kind.BROADCAST, f"broadcast:{broadcast.id}:{account.channel}:{account.user}",
                                  account, zone, render, template=template, broadcast_id=broadcast.id)
                          for account in accounts[entry.id]]
            added = await tx.add_outreach(unreachable, now)
            tally.unreachable += len(added)
            tally.duplicate += len(unreachable) - len(added)
            for outcome in await queue_page(tx, cfg, items, now):
                tally.add(outcome)
            if page:
                after = page[-1].id
                await tx.set_broadcast(broadcast.id, status="sending", planned_until=after)
            else:
                await tx.set_broadcast(broadcast.id, status="done", finished_at=now)
                return


@dataclass(frozen=True, slots=True)
class BroadcastReport:
    broadcast: StoredBroadcast
    sent: int
    delivered: int
    read: int
    waiting: int
    interrupted: int
    """In a platform call right now, or cut by a killed worker before its answer was stored: on WhatsApp
    confirmed by Meta's status webhook or sent again when never confirmed; on Telegram never repeated (a
    second copy is worse than a missing one)."""
    skipped: dict[str, int]
    failed: dict[str, int]
    """Failures by reason (Meta's error code in it where there is one)."""


async def report_of(tx: Tx, broadcast: StoredBroadcast) -> BroadcastReport:
    sent = delivered = read = waiting = interrupted = 0
    skipped: dict[str, int] = {}
    failed: dict[str, int] = {}
    for status, delivery, error, count in await tx.broadcast_outcomes(broadcast.id):
        if status == "sent":
            sent += count
            if delivery in ("delivered", "read"):
                delivered += count
            if delivery == "read":
                read += count
            if delivery == "failed":
                failed[error or "failed"] = failed.get(error or "failed", 0) + count
        elif status in ("pending", "parked", "queued"):
            waiting += count
        elif status == "sending":
            interrupted += count
        elif status == "skipped":
            skipped[error or "skipped"] = skipped.get(error or "skipped", 0) + count
        else:
            failed[error or status] = failed.get(error or status, 0) + count
    return BroadcastReport(broadcast, sent, delivered, read, waiting, interrupted, skipped, failed)


async def broadcast_report(repo: Repository, broadcast_id: int) -> BroadcastReport:
    async with repo.transaction() as tx:
        found = await tx.broadcast(broadcast_id)
        if found is None:
            raise BroadcastError(_("siaran {id} tidak ada").format(id=broadcast_id))
        return await report_of(tx, found)


def broadcast_summary(report: BroadcastReport) -> list[str]:
    b = report.broadcast
    lines = [_("Siaran {id}: {status}, wilayah {area}, kirim {at}.").format(
        id=b.id, status=b.status, area=" / ".join(p for p in (b.area.city, b.area.kecamatan, b.area.kelurahan) if p),
        at=b.send_at.isoformat(timespec="minutes")),
        _("Peserta dengan nomor HP: {count}.").format(count=format_number(b.recipients)),
        _("Terkirim {sent}, diterima {delivered}, dibaca {read}, menunggu {waiting}.").format(
            sent=format_number(report.sent), delivered=format_number(report.delivered),
            read=format_number(report.read), waiting=format_number(report.waiting))]
    if report.interrupted:
        lines.append(_("Sedang dikirim atau terputus, belum pasti: {count}").format(
            count=format_number(report.interrupted)))
    for reason, count in sorted(report.skipped.items()):
        lines.append(_("Tidak dikirim ({reason}): {count}").format(reason=reason_text(reason),
                                                                   count=format_number(count)))
    for reason, count in sorted(report.failed.items()):
        lines.append(_("Gagal ({reason}): {count}").format(reason=reason, count=format_number(count)))
    return lines


async def run_once(repo: Repository, cfg: OutreachConfig, now: dt.datetime) -> Tally:
    """One pass of the planner: what `kawan run` does every few minutes (and `kawan outreach run` once)."""
    from services.officer_digest import plan_officer_digests  # it builds on this module's planning

    tally = await plan_reminders(repo, cfg, now)
    for planned in (await plan_officer_digests(repo, cfg, now), await plan_broadcasts(repo, cfg, now)):
        for name in ("queued", "duplicate", "opted_out", "no_template", "unreachable"):
            setattr(tally, name, getattr(tally, name) + getattr(planned, name))
    return tally

