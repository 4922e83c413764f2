"""The lists of the verification chain: an RT head's own proposals, the kelurahan's pending ones (opened
one by one, full NIK shown to check against the KTP, approved or rejected with a reason), and the
kecamatan's approved ones (selected within the quota). Pages of five, oldest first."""

from __future__ import annotations

import re
from enum import StrEnum
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict

from conversations.commands import is_question, opens_with_a_change_of_mind
from conversations.domain.nominations import Decision, NominationStatus, Refusal, RejectReason, Scope
from conversations.flow import Ctx, Flow, Goto, Option, Options, Outcome, Retry, Step, Timeout
from conversations.flows.common import HOME, NO_WORDS, OFFICER_HOME, YES_WORDS, officer_of, to_officer_menu
from conversations.flows.nomination_text import (
    REJECT_LABELS,
    answer_refused,
    area_text,
    job_named,
    nomination_line,
    occupation_text,
    phone_text,
    reason_text,
    refusal_text,
    since,
    status_text,
)
from conversations.i18n import _, format_date, lazy_format, lazy_gettext
from conversations.model import (
    DecideNomination,
    Expect,
    ListNominations,
    NominationAnswer,
    NominationView,
    OpenNomination,
    Result,
    WithdrawNomination,
)
from conversations.nlu.normalise import normalise_message

PAGE = 5


class ListState(StrEnum):
    LOADING = "review.loading"
    LIST = "review.list"
    OPENING = "review.opening"
    DETAIL = "review.detail"
    REASON = "review.reason"
    CONFIRM_REASON = "review.confirm_reason"
    DECIDING = "review.deciding"
    WITHDRAW_WHICH = "review.withdraw_which"
    CONFIRM_WITHDRAW = "review.confirm_withdraw"
    WITHDRAWING = "review.withdrawing"


class ListDraft(BaseModel):
    model_config = ConfigDict(extra="forbid")
    schema_version: Literal[1] = 1
    scope: Scope = Scope.MINE
    offset: int = 0
    total: int = 0
    items: tuple[NominationView, ...] = ()
    quota: int | None = None
    used: int = 0
    opened: NominationView | None = None
    typed_reason: str | None = None
    """A reason typed on the proposal's page, to be confirmed before it rejects the proposal."""


def _load(scope: Scope, offset: int = 0, say: tuple[str, ...] = ()) -> Goto:
    return Goto(ListState.LOADING, draft=ListDraft(scope=scope, offset=offset), say=say,
                effects=(ListNominations(scope=scope, offset=offset, limit=PAGE),))


def mine(ctx: Ctx[Any]) -> Outcome:
    return _load(Scope.MINE)


def review(ctx: Ctx[Any]) -> Outcome:
    return _load(Scope.REVIEW)


def select(ctx: Ctx[Any]) -> Outcome:
    return _load(Scope.SELECT)


def _reload(ctx: Ctx[ListDraft], *say: str) -> Goto:
    return _load(ctx.draft.scope, ctx.draft.offset, say)


def _on_list(ctx: Ctx[ListDraft], result: Result) -> Outcome:
    if not isinstance(result, NominationAnswer) or result.problem:
        return answer_refused(ctx, result)
    if not result.items:
        empty = {
            Scope.MINE: _("Anda belum mengusulkan warga. Pilih \"Usulkan warga\" untuk memulai."),
            Scope.REVIEW: _("Tidak ada usulan yang menunggu verifikasi di wilayah Anda."),
            Scope.SELECT: _("Tidak ada usulan yang sudah disetujui kelurahan dan menunggu dipilih."),
        }[ctx.draft.scope]
        if ctx.draft.scope is Scope.SELECT:  # the quota too: it was not said at all while none waited
            empty = f"{empty}\n{_quota_text(result.quota, result.used)}"
        return Goto(OFFICER_HOME, say=(empty,))
    draft = ctx.draft.model_copy(update={"items": result.items, "total": result.total, "quota": result.quota,
                                         "used": result.used, "opened": None})
    return Goto(ListState.LIST, draft=draft)


def _list_text(ctx: Ctx[ListDraft]) -> str:
    d = ctx.draft
    officer = officer_of(ctx.conversation)
    area = area_text(officer) if officer is not None else ""
    first, last = d.offset + 1, d.offset + len(d.items)
    if d.scope is Scope.MINE:
        head = _("Usulan Anda: {total} ({first}–{last}).").format(total=d.total, first=first, last=last)
    elif d.scope is Scope.REVIEW:
        head = _("Usulan menunggu verifikasi di {area}: {total}, yang terlama dulu ({first}–{last}). "
                 "Buka satu untuk memeriksa datanya.").format(area=area, total=d.total, first=first, last=last)
    else:
        head = _("Usulan disetujui di {area}: {total} ({first}–{last}). Pilih (✓) yang masuk kuota.").format(
            area=area, total=d.total, first=first, last=last)
        head += "\n" + _quota_text(d.quota, d.used)
    return "\n\n".join([head, *(nomination_line(item) for item in d.items)])


def _quota_text(quota: int | None, used: int) -> str:
    if quota is None:
        return _("Kuota kecamatan belum ditetapkan oleh kota.")
    return _("Kuota {quota}, sudah dipilih {used}, sisa {left}.").format(quota=quota, used=used,
                                                                        left=max(quota - used, 0))


def _list_options(ctx: Ctx[ListDraft]) -> Options:
    d = ctx.draft
    options: list[Option] = []
    for item in d.items:
        if d.scope is Scope.REVIEW:
            options.append(Option(f"o:{item.reference}", lazy_format("Buka {reference}", reference=item.reference),
                                  then=_open(item.reference)))
        elif d.scope is Scope.SELECT:
            options.append(Option(f"s:{item.reference}", lazy_format("✓ {reference}", reference=item.reference),
                                  then=_decide(item.reference, Decision.SELECT)))
    if d.scope is Scope.MINE and _withdrawable(d.items):
        options.append(Option("withdraw", lazy_gettext("Tarik usulan"), then=_withdraw_which,
                              aliases=("tarik", "tarik usulan", "batalkan usulan")))
    if d.offset + len(d.items) < d.total:
        options.append(Option("next", lazy_gettext("Berikutnya"), then=_page(PAGE), aliases=("lanjut", "next")))
    if d.offset > 0:
        options.append(Option("prev", lazy_gettext("Sebelumnya"), then=_page(-PAGE), aliases=("prev",)))
    options.append(to_officer_menu())
    return tuple(options)


ORDINALS = {"pertama": 0, "satu": 0, "first": 0, "kedua": 1, "dua": 1, "second": 1, "ketiga": 2, "tiga": 2,
            "third": 2, "keempat": 3, "empat": 3, "fourth": 3, "kelima": 4, "lima": 4, "fifth": 4}
LAST = frozenset({"terakhir", "last"})
ACTING = frozenset({"setujui", "setuju", "tolak", "buka", "lihat", "periksa", "cek", "pilih", "approve", "reject",
                    "open", "select", "check"})
SELECTING = frozenset({"pilih", "select", "setujui", "setuju", "approve", "centang", "ambil", "masukkan", "masukan", "acc"})
REJECTING = frozenset({"tolak", "reject", "coret", "hapus", "jangan"})
OPENING = frozenset({"buka", "lihat", "periksa", "cek", "open", "check", "detail", "detailnya", "datanya"})


def _not_selecting(words: set[str]) -> str | None:
    """Where the kecamatan ticks proposals into its quota, a verb that does not select (a rejection, a look at the
    data): what can be done there, instead of the tick every verb gave."""
    if REJECTING & words:
        return _("Di kecamatan, usulan tidak ditolak: pilih (✓) yang masuk kuota, yang tidak dipilih tetap menunggu di "
                 "daftar.")
    if OPENING & words and not SELECTING & words:
        return _("Datanya sudah diperiksa kelurahan. Di sini pilih (✓) usulan yang masuk kuota.")
    return None


_REFERENCE = re.compile(r"usl\W*(?:\d{4}\W*)?0*(\d{1,6})\b", re.IGNORECASE)
_NUMBER = re.compile(r"\b(\d{1,6})\b")


def _on_list_text(ctx: Ctx[ListDraft], text: str) -> Outcome | None:
    """A proposal named in words ("setujui yang pertama", "buka yang kedua", "buka 2", "usl 137", "yang terakhir"), or
    the only one on the list with a verb ("setujui"): opened to be checked (a decision is made on its page, after the
    data), or ticked where the list is for selecting. Was "not understood" (still, for anything else)."""
    d = ctx.draft
    words = re.findall(r"[a-z]+", text.lower())
    if d.scope is Scope.MINE:  # "tarik usl 137", "batalkan yang pertama": the RT head's own, taken back
        if not WITHDRAWING_WORDS & set(words):
            return None
        index = _named(d.items, text, words)
        return _withdraw_which(ctx) if index is None else _confirm_withdrawal(ctx, d.items[index])
    if d.scope is Scope.SELECT and (not_selecting := _not_selecting(set(words))) is not None:
        return Retry(not_selecting)  # "tolak yang pertama", "buka": each ticked the proposal into the quota
    index = _named(d.items, text, words)
    if index is None and len(d.items) == 1 and ACTING & set(words):
        index = 0
    reason = _typed_reason(text, listed=True) if _REJECTING_FIRST.match(text) else None
    if index is None and d.scope is Scope.REVIEW and (elsewhere := _reference_off_the_page(d.items, text, words)):
        return _open(elsewhere, reason)(ctx)  # the store says whether it is this officer's to open
    if index is None:
        return None
    reference = d.items[index].reference
    if d.scope is Scope.SELECT:
        return _decide(reference, Decision.SELECT)(ctx)
    # "tolak yang pertama, bukan warga sini": opened with the reason kept, asked about under the data (the reason typed
    # was lost: the officer had to choose "Tolak" and type it again)
    return _open(reference, reason)(ctx)


_FULL_REFERENCE = re.compile(r"\busl\W*(\d{4})\W*(\d{1,6})\b", re.IGNORECASE)


def _reference_off_the_page(items: tuple[NominationView, ...], text: str, words: list[str]) -> str | None:
    """A proposal named that this page does not list ("USL-2026-000037" from its notice, "buka yang 37" when the page
    shows 23–27): was "not understood", the officer left to page through. Its number alone is read in the year of the
    proposals listed."""
    if (full := _FULL_REFERENCE.search(text)) is not None:
        return f"USL-{full[1]}-{int(full[2]):06d}"
    years = {item.reference.split("-")[1] for item in items}
    named = _REFERENCE.search(text) or (_NUMBER.search(text) if ACTING & set(words) else None)  # alone: an option's
    if named is None or len(years) != 1 or (named.re is _NUMBER and int(named[1]) <= len(items)):
        return None
    return f"USL-{years.pop()}-{int(named[1]):06d}"


def _named(items: tuple[NominationView, ...], text: str, words: list[str]) -> int | None:
    """Which of the listed proposals a message names: by its order ("yang pertama", "2", "yang terakhir") or by its
    reference's number ("usl 137", "000137")."""
    index = next((ORDINALS[word] for word in words if word in ORDINALS), None)
    if index is None and LAST & set(words):
        index = len(items) - 1
    named = _REFERENCE.search(text) or _NUMBER.search(text)
    if index is None and named is not None:
        number = named.group(1)
        if named.re is _NUMBER and not number.startswith("0") and 1 <= int(number) <= len(items):
            index = int(number) - 1  # "buka 2": the second on the list
        else:  # "usl 137", "000137": its reference number
            index = next((n for n, item in enumerate(items)
                          if int(item.reference.rsplit("-", 1)[-1]) == int(number)), None)
    if index is None and len(words) <= JOB_NAMING_WORDS and "?" not in text:  # "yg ojol": the only one listed with
        # that job (the names are masked); not a question that names a job ("kalau nelayan bisa masuk kuota?")
        job = job_named(text)
        by_job = [n for n, item in enumerate(items) if item.occupation == job] if job is not None else []
        index = by_job[0] if len(by_job) == 1 else None
    return index if index is not None and 0 <= index < len(items) else None


JOB_NAMING_WORDS = 4


# -- an RT head takes back a proposal -------------------------------------------------------------

WITHDRAWING_WORDS = frozenset({"tarik", "batal", "batalkan", "batalin", "hapus", "withdraw", "cancel"})


def _withdrawable(items: tuple[NominationView, ...]) -> tuple[NominationView, ...]:
    """Only what the kelurahan has not checked yet can be taken back."""
    return tuple(item for item in items if item.status == NominationStatus.PENDING)


def _withdraw_which(ctx: Ctx[ListDraft]) -> Outcome:
    pending = _withdrawable(ctx.draft.items)
    if not pending:
        return Retry(_("Hanya usulan yang belum diperiksa kelurahan yang bisa ditarik."))
    if len(pending) == 1:
        return _confirm_withdrawal(ctx, pending[0])
    return Goto(ListState.WITHDRAW_WHICH)


def _confirm_withdrawal(ctx: Ctx[ListDraft], item: NominationView) -> Outcome:
    if item.status != NominationStatus.PENDING:
        return Retry(_("Usulan {reference} sudah diperiksa kelurahan ({status}), jadi tidak bisa ditarik lagi.").format(
            reference=item.reference, status=status_text(item)))
    return Goto(ListState.CONFIRM_WITHDRAW, draft=ctx.draft.model_copy(update={"opened": item}))


def _withdrawing(item: NominationView):  # type: ignore[no-untyped-def]
    def go(ctx: Ctx[ListDraft]) -> Outcome:
        return _confirm_withdrawal(ctx, item)
    return go


def _which_options(ctx: Ctx[ListDraft]) -> Options:
    return (*(Option(f"w:{item.reference}", lazy_format("✗ {reference}", reference=item.reference),
                     then=_withdrawing(item)) for item in _withdrawable(ctx.draft.items)),
            Option("list", lazy_gettext("Kembali ke daftar"), then=lambda c: _reload(c)))


def _on_which_text(ctx: Ctx[ListDraft], text: str) -> Outcome | None:
    """Counted among the choices shown ("yang kedua": the second button), which are the pending ones only."""
    pending = _withdrawable(ctx.draft.items)
    index = _named(pending, text, re.findall(r"[a-z]+", text.lower()))
    return None if index is None else _confirm_withdrawal(ctx, pending[index])


def _confirm_withdrawal_text(ctx: Ctx[ListDraft]) -> str:
    item = ctx.draft.opened
    assert item is not None
    return _("Tarik usulan {reference} ({name})? Usulan ini ditutup tanpa diperiksa kelurahan; warga ini bisa "
             "diusulkan lagi nanti.").format(reference=item.reference, name=item.masked_name)


def _withdraw(ctx: Ctx[ListDraft]) -> Outcome:
    assert ctx.draft.opened is not None
    return Goto(ListState.WITHDRAWING, effects=(WithdrawNomination(ctx.draft.opened.reference),))


def _on_withdrawn(ctx: Ctx[ListDraft], result: Result) -> Outcome:
    if isinstance(result, NominationAnswer) and result.problem == Refusal.NOT_OFFICER:
        return answer_refused(ctx, result)
    if not isinstance(result, NominationAnswer) or result.problem or not result.items:
        return _reload(ctx, _refused(result))
    return _reload(ctx, _("Usulan {reference} ditarik. Warga ini bisa diusulkan lagi kapan saja.").format(
        reference=result.items[0].reference))


def _page(delta: int):  # type: ignore[no-untyped-def]
    def go(ctx: Ctx[ListDraft]) -> Outcome:
        return _load(ctx.draft.scope, max(ctx.draft.offset + delta, 0))
    return go


def _open(reference: str, reason: str | None = None):  # type: ignore[no-untyped-def]
    """`reason`: typed with it at the list ("tolak yang pertama, bukan warga sini"), asked about under its data. Any
    reason typed before is dropped (one left by a rejection not confirmed was asked about for the next proposal)."""
    def go(ctx: Ctx[ListDraft]) -> Outcome:
        return Goto(ListState.OPENING, draft=ctx.draft.model_copy(update={"typed_reason": reason}),
                    effects=(OpenNomination(reference),))
    return go


def _decide(reference: str, decision: Decision, reason: str | None = None):  # type: ignore[no-untyped-def]
    def go(ctx: Ctx[ListDraft]) -> Outcome:
        return Goto(ListState.DECIDING, effects=(DecideNomination(reference, decision, reason),))
    return go


def _on_opened(ctx: Ctx[ListDraft], result: Result) -> Outcome:
    if not isinstance(result, NominationAnswer) or result.problem or not result.items:
        if isinstance(result, NominationAnswer) and result.problem == Refusal.NOT_OFFICER:
            return answer_refused(ctx, result)
        return _reload(ctx, _refused(result))
    opened = result.items[0]
    draft = ctx.draft.model_copy(update={"opened": opened})
    if draft.typed_reason is not None:  # a reason typed with the proposal named at the list: the data, then asked
        return Goto(ListState.CONFIRM_REASON, draft=draft, say=(_detail_lines(opened),))
    return Goto(ListState.DETAIL, draft=draft)


def _refused(result: Result) -> str:
    problem = result.problem if isinstance(result, NominationAnswer) and result.problem else Refusal.NOT_FOUND
    return refusal_text(problem)


def _detail_text(ctx: Ctx[ListDraft]) -> str:
    assert ctx.draft.opened is not None
    return "\n".join([_detail_lines(ctx.draft.opened), "", _("Cocokkan dengan KTP dan KK warga sebelum memutuskan.")])


def _detail_lines(view: NominationView) -> str:
    assert view.detail is not None
    d = view.detail
    gender = _("laki-laki") if d.gender == "L" else _("perempuan")
    return "\n".join([
        _("Usulan {reference}, dari Ketua RT {rt}/RW {rw}, {date}.").format(
            reference=view.reference, rt=view.rt, rw=view.rw, date=since(view)),
        _("NIK: {nik}").format(nik=d.nik),
        _("Nama: {name}").format(name=d.full_name),
        _("Tanggal lahir: {date} ({gender})").format(date=format_date(d.birth_date), gender=gender),
        _("Pekerjaan: {occupation}").format(occupation=occupation_text(view)),
        _("Alamat: {address}, RT {rt}/RW {rw}, Kel. {kelurahan}").format(
            address=d.address, rt=view.rt, rw=view.rw, kelurahan=view.kelurahan),
        _("No. HP: {phone}").format(phone=phone_text(d.phone)),
    ])


def _detail_options(ctx: Ctx[ListDraft]) -> Options:
    view = ctx.draft.opened
    assert view is not None
    return (
        # Approving is said in so many words: "ya" or "ok" here may answer something else (a reason just asked about).
        Option("approve", lazy_gettext("Setujui"), then=_decide(view.reference, Decision.APPROVE),
               aliases=("setuju", "disetujui")),
        Option("reject", lazy_gettext("Tolak"), goto=ListState.REASON),
        Option("list", lazy_gettext("Kembali ke daftar"), then=lambda c: _reload(c)),
    )


def _reason_chosen(reason: RejectReason):  # type: ignore[no-untyped-def]
    def go(ctx: Ctx[ListDraft]) -> Outcome:
        assert ctx.draft.opened is not None
        return _decide(ctx.draft.opened.reference, Decision.REJECT, reason.value)(ctx)
    return go


_BECAUSE = r"(?:(?:karena|krn|karna|soalnya|alasannya|alasan|because)\b\s*:?\s*)?"
_REJECTING_FIRST = re.compile(r"^\s*(?:saya\s+)?(?:(?:di)?tolak|reject)(?:\s+(?:saja|aja|ya|dulu))?\s*(?:[,.:;!\-]+\s*|\s+)"
                              + _BECAUSE, re.IGNORECASE)
""""tolak, orangnya sudah pindah": the reason is what follows (it went to the RT head as "tolak, orangnya …")."""
_NAMED = (r"(?:(?:(?:the|yang|yg|usulan)\s+)*(?:pertama|kedua|ketiga|keempat|kelima|terakhir|first|second|third|last|"
          r"ini|itu|usl\W*(?:\d{4}\W*)?\d{1,6})|(?:no|nomor|nomer|yang|yg|number)\.?\s*\d{1,6}{number})\b(?:\s+one)?"
          r"\s*(?:[,.:;!\-]+\s*|\s+|$)")
_NAMED_FIRST = re.compile("^" + _NAMED.replace("{number}", "") + _BECAUSE, re.IGNORECASE)
_NAMED_FIRST_IN_A_LIST = re.compile("^" + _NAMED.replace("{number}", r"|\d{1,6}") + _BECAUSE, re.IGNORECASE)
"""After the verb, the proposal named ("tolak yang pertama, bukan warga sini"): not part of the reason. A number alone
names one only where a list is shown (on a proposal's page, "tolak, 2 kali diusulkan" is a reason)."""


def _typed_reason(text: str, *, listed: bool = False) -> str | None:
    """A reason an RT head can read: a few words, not a stray letter or two."""
    verb = _REJECTING_FIRST.match(text)
    if verb is not None:
        text = (_NAMED_FIRST_IN_A_LIST if listed else _NAMED_FIRST).sub("", text[verb.end():], count=1)
    reason = " ".join(text.split())
    return reason[:200] if len(reason) >= 8 and len(reason.split()) >= 2 else None


_HOLDING_ON = re.compile(r"^\W*(?:(?:sebentar|bentar|tunggu|tunggu\s+dulu|nanti|ntar|entar|wait)\b"
                         r"|.*\b(?:cek|periksa|tanya|tanyakan|konfirmasi)\w*\s+(?:dulu|lagi)\b)", re.IGNORECASE)
"""Putting the decision off ("bentar sy cek dulu", "nanti dulu"): was sent to the RT head as the reason of a rejection.
Not an interjection before a reason ("eh datanya ga sesuai ktp")."""
NOT_A_REASON = lazy_gettext("Itu sepertinya pertanyaan, bukan alasan menolak. Jika ragu, tanyakan dulu ke Ketua RT yang "
                            "mengusulkan: usulan ini tetap menunggu di daftar. Atau pilih Setujui atau Tolak.")


def _on_reason_text(ctx: Ctx[ListDraft], text: str) -> Outcome:
    """A reason typed is asked about before the rejection, as one typed on the proposal's page is: it goes to the RT
    head ("emang harus pake alasan?" and "bentar sy cek dulu" rejected the proposal with themselves as the reason)."""
    if _approval_said(text):  # "eh datanya sudah sesuai" after "Tolak": the proposal again, nothing decided
        return Goto(ListState.DETAIL, say=(APPROVE_BY_NAME,))
    if opens_with_a_change_of_mind(text):
        return Goto(ListState.DETAIL)  # "gak jadi tolak": it rejected the proposal with that as the reason
    if _HOLDING_ON.match(text) and not _REJECTING_FIRST.match(text):
        return Goto(ListState.DETAIL, say=(_("Baik, belum diputuskan: usulan ini tetap menunggu di daftar."),))
    if is_question(text) and not _REJECTING_FIRST.match(text):
        return Retry(str(NOT_A_REASON))
    reason = _typed_reason(text)
    if reason is None:
        return Retry(_("Tulis alasannya dengan beberapa kata yang jelas bagi Ketua RT, atau pilih dari daftar."))
    return Goto(ListState.CONFIRM_REASON, draft=ctx.draft.model_copy(update={"typed_reason": reason}))


_APPROVING = frozenset({"benar", "bener", "betul", "sesuai", "cocok", "valid", "lengkap", "sah", "ok", "oke", "okay",
                        "acc", "lanjut", "lanjutkan", "layak", "lolos", "correct", "verified", "approve", "approved"})
_NOT_APPROVING = frozenset({"tidak", "bukan", "belum", "salah", "beda", "berbeda", "keliru", "kurang", "tapi", "tetapi",
                            "namun", "not", "no", "pindah", "meninggal", "ganda", "dobel", "palsu", "tolak", "ragu"})
_RESIDENT_HERE = frozenset({"sini", "saya", "kami", "kita"})
APPROVE_BY_NAME = lazy_gettext("Jika datanya sudah cocok, pilih \"Setujui\" atau ketik \"setuju\". Untuk menolak, pilih "
                               "\"Tolak\".")


def _approval_said(text: str) -> bool:
    """The data found right, in a sentence ("sudah sesuai ktp", "bener warga sini"): never a reason to reject. Approving
    is still chosen by name (a stray "ok" may answer something else): the officer is told how."""
    words = set(normalise_message(text).tokens)
    resident = "warga" in words and bool(_RESIDENT_HERE & words)
    return bool(_APPROVING & words or resident) and not _NOT_APPROVING & words


def how_to_check_asked(text: str) -> bool:
    """Read on a proposal's page before the understanding: "cara verifikasinya bagaimana" got the JMO app's account
    answer."""
    return _HOW_TO_CHECK.search(text) is not None


_HOW_TO_CHECK = re.compile(r"\b(?:cara|caranya|gimana|gmn|gmana|bagaimana|how)\b.*\b(?:cek|ngecek|mengecek|periksa|"
                           r"memeriksa|verifikasi|memverifikasi|cocokkan|mencocokkan|check|verify)\w*", re.IGNORECASE)
"""How a proposal is checked, asked by an officer new to it ("gmn cara cek nya", "cara verifikasinya bagaimana")."""


def _on_detail_text(ctx: Ctx[ListDraft], text: str) -> Outcome:
    """A reason typed where the proposal is shown ("nik nya beda sama ktp"), without choosing "Tolak" first: most
    likely a rejection. Asked before it is one, as the reason goes to the RT head."""
    if how_to_check_asked(text):  # "gmn cara cek nya": was told it is a question, not a reason to reject
        return Goto(ListState.DETAIL, say=(_(
            "Cocokkan NIK, nama, tanggal lahir dan alamat di bawah ini dengan KTP dan KK warga: minta fotonya ke Ketua RT "
            "yang mengusulkan, atau lihat aslinya. Jika cocok, pilih Setujui; jika tidak, pilih Tolak dan tulis "
            "alasannya."),))
    # "orangnya ada di rumah? sudah dicek?": was asked as the reason to reject it
    if is_question(text) and not _REJECTING_FIRST.match(text):
        return Retry(str(NOT_A_REASON))
    if _approval_said(text):  # "datanya udah sy cek, bener warga sini" was asked as the reason to reject it
        return Retry(APPROVE_BY_NAME)
    reason = _typed_reason(text)
    if reason is None and (verb := _REJECTING_FIRST.match(text + " ")) and not _NAMED_FIRST.sub("", text[verb.end():]):
        return Goto(ListState.REASON)  # "tolak yang ini", "tolak itu": "Tolak" chosen in words, the reason asked
    if reason is None:
        return Retry(_("Pilih Setujui atau Tolak. Untuk menolak, Anda juga bisa langsung mengetik alasannya."))
    return Goto(ListState.CONFIRM_REASON, draft=ctx.draft.model_copy(update={"typed_reason": reason}))


def _confirm_reason_text(ctx: Ctx[ListDraft]) -> str:
    assert ctx.draft.opened is not None
    return _("Tolak usulan {reference} dengan alasan ini?\n\"{reason}\"\nAlasan ini dikirim ke Ketua RT.").format(
        reference=ctx.draft.opened.reference, reason=ctx.draft.typed_reason)


def _reject_as_typed(ctx: Ctx[ListDraft]) -> Outcome:
    assert ctx.draft.opened is not None and ctx.draft.typed_reason is not None
    return _decide(ctx.draft.opened.reference, Decision.REJECT, ctx.draft.typed_reason)(ctx)


def _back_to_detail(ctx: Ctx[ListDraft]) -> Outcome:
    return Goto(ListState.DETAIL, draft=ctx.draft.model_copy(update={"typed_reason": None}))


def _on_confirm_reason_text(ctx: Ctx[ListDraft], text: str) -> Outcome:
    """Another reason typed instead of yes or no: that one is asked about. The verb alone ("tolak aja", "ya tolak") is
    the yes (was told to answer "ya")."""
    reason = _typed_reason(text)
    bare = re.sub(r"^\W*(?:ya|iya|yes|ok|oke)\b\W*", "", text, flags=re.IGNORECASE)
    if reason is None and (verb := _REJECTING_FIRST.match(bare + " ")) is not None and not bare[verb.end():].strip(
            " .,!"):
        return _reject_as_typed(ctx)
    if reason is None:
        return Retry(_("Jawab \"ya\" untuk menolak dengan alasan ini, atau \"tidak\" untuk kembali ke usulan."))
    return Goto(ListState.CONFIRM_REASON, draft=ctx.draft.model_copy(update={"typed_reason": reason}))


def _on_decided(ctx: Ctx[ListDraft], result: Result) -> Outcome:
    if not isinstance(result, NominationAnswer):
        return _reload(ctx, _refused(result))
    if result.problem == Refusal.NOT_OFFICER:
        return answer_refused(ctx, result)
    if result.problem == Refusal.QUOTA_FULL:
        return _reload(ctx, _("Kuota kecamatan sudah penuh: {used} dari {quota} tempat terpakai. Tidak bisa memilih "
                              "usulan lagi; minta tambahan kuota ke admin kota.").format(
            used=result.used, quota=result.quota))
    if result.problem == Refusal.NO_QUOTA:  # nothing can be ticked: the list again said the same a second time
        return Goto(OFFICER_HOME, say=(_refused(result),))
    if result.problem or not result.items:
        return _reload(ctx, _refused(result))
    view = result.items[0]
    said = _("{reference}: {status}. Ketua RT diberi kabar.").format(reference=view.reference,
                                                                      status=status_text(view))
    if view.reason:
        said += " " + _("Alasan: {reason}").format(reason=reason_text(view.reason))
    return _reload(ctx, said)  # the list shown again says the quota left, empty or not (it was said twice)


FLOW = Flow(
    name="review",
    cancel_to=OFFICER_HOME,
    entry=ListState.LOADING,
    draft_model=ListDraft,
    steps=(
        Step(ListState.LOADING, timeout=Timeout.QUIET, expects=Expect.NOTHING, on_result=_on_list,
             goes_to=frozenset({ListState.LIST, OFFICER_HOME, HOME})),
        Step(ListState.LIST, timeout=Timeout.QUIET, ask=_list_text, options=_list_options, on_text=_on_list_text,
             goes_to=frozenset({ListState.LOADING, ListState.OPENING, ListState.DECIDING, ListState.WITHDRAW_WHICH,
                                ListState.CONFIRM_WITHDRAW, OFFICER_HOME})),
        Step(ListState.OPENING, timeout=Timeout.QUIET, expects=Expect.NOTHING, on_result=_on_opened,
             goes_to=frozenset({ListState.DETAIL, ListState.CONFIRM_REASON, ListState.LOADING, OFFICER_HOME, HOME})),
        Step(ListState.DETAIL, timeout=Timeout.QUIET, ask=_detail_text, options=_detail_options,
             on_text=_on_detail_text,
             goes_to=frozenset({ListState.DECIDING, ListState.DETAIL, ListState.REASON, ListState.CONFIRM_REASON,
                                ListState.LOADING})),
        Step(ListState.CONFIRM_REASON, timeout=Timeout.NOTICE, ask=_confirm_reason_text,
             # "tidak" alone goes back; "bukan warga sini" is another reason.
             options=(Option("yes", lazy_gettext("Ya, tolak"), then=_reject_as_typed, aliases=YES_WORDS),
                      Option("no", lazy_gettext("Tidak, kembali"), then=_back_to_detail, aliases=NO_WORDS,
                             alone=True)),
             on_text=_on_confirm_reason_text,
             goes_to=frozenset({ListState.DECIDING, ListState.DETAIL, ListState.CONFIRM_REASON})),
        Step(
            ListState.REASON,
            timeout=Timeout.NOTICE,
            ask=lazy_gettext("Apa alasan penolakannya? Pilih, atau ketik alasan lain. Alasan ini dikirim ke Ketua "
                             "RT."),
            options=tuple(Option(r, label, then=_reason_chosen(RejectReason(r))) for r, label in
                          REJECT_LABELS.items()),
            on_text=_on_reason_text,
            goes_to=frozenset({ListState.DECIDING, ListState.DETAIL, ListState.CONFIRM_REASON}),
        ),
        Step(ListState.DECIDING, timeout=Timeout.QUIET, expects=Expect.NOTHING, on_result=_on_decided,
             goes_to=frozenset({ListState.LOADING, OFFICER_HOME, HOME})),
        Step(ListState.WITHDRAW_WHICH, timeout=Timeout.NOTICE,
             ask=lazy_gettext("Usulan mana yang ditarik? Pilih nomornya, atau ketik misalnya \"yang pertama\"."),
             options=_which_options, on_text=_on_which_text,
             goes_to=frozenset({ListState.CONFIRM_WITHDRAW, ListState.LOADING})),
        Step(ListState.CONFIRM_WITHDRAW, timeout=Timeout.NOTICE, ask=_confirm_withdrawal_text,
             options=(Option("yes", lazy_gettext("Ya, tarik"), then=_withdraw, aliases=(*YES_WORDS, "tarik")),
                      Option("no", lazy_gettext("Tidak"), then=lambda c: _reload(c), aliases=NO_WORDS, alone=True)),
             goes_to=frozenset({ListState.WITHDRAWING, ListState.LOADING})),
        Step(ListState.WITHDRAWING, timeout=Timeout.QUIET, expects=Expect.NOTHING, on_result=_on_withdrawn,
             goes_to=frozenset({ListState.LOADING, OFFICER_HOME, HOME})),
    ),
)
