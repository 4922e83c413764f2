"""Signing in to the desk without passwords: a single-use link (15 minutes; only a keyed digest of its token
is stored), then a server-side session whose token the browser keeps in a signed cookie.

Links come from `kawan desk-login PHONE` or from the chat of an officer already bound there ("Masuk meja
petugas"). Five failed sign-ins in an hour from one client lock it for the rest of the hour, as wrong
officer codes do in the chat."""

from __future__ import annotations

import datetime as dt
import secrets
from dataclasses import dataclass

from services.identity import wait_minutes
from services.nominations import actor_of
from storage.base import DeskSession, StoredOfficer, Tx

LINK_LIFETIME = dt.timedelta(minutes=15)
SESSION_LIFETIME = dt.timedelta(hours=12)
"""However active, a session ends after a working day: the officer signs in again with a new link."""
SIGNIN_PATH = "/desk/masuk"


@dataclass(frozen=True, slots=True)
class SignedIn:
    officer: StoredOfficer
    session_token: str
    csrf: str


@dataclass(frozen=True, slots=True)
class Current:
    officer: StoredOfficer
    session: DeskSession


def client_subject(tx: Tx, client: str) -> bytes:
    return tx.protector.digest(f"desk-client:{client}")


async def issue_link(tx: Tx, officer: StoredOfficer, base_url: str, actor: str, now: dt.datetime) -> str:
    token = secrets.token_urlsafe(32)
    await tx.add_signin(officer.id, token, now + LINK_LIFETIME, now)
    await tx.append_audit(actor, "desk.link_issued", actor_of(officer), {"minutes": 15}, now)
    return f"{base_url.rstrip('/')}{SIGNIN_PATH}?t={token}"


async def redeem_link(tx: Tx, token: str, client: str, locale: str, now: dt.datetime) -> SignedIn | str:
    """A session for the link's officer, or why not: `locked` (with too many failures), or the link's
    problem (`bad_link`, `expired_link`, `used_link`)."""
    subject = client_subject(tx, client)
    if await wait_minutes(tx, [subject], now) is not None:
        return "locked"
    found = await tx.use_signin(token, now) if token else "bad_link"
    officer = await tx.officer(found) if isinstance(found, int) else None
    if officer is None:
        await tx.record_failures([subject], now)
        await tx.append_audit("desk:client", "desk.signin_refused", "desk", {"why": str(found)}, now)
        return str(found) if isinstance(found, str) else "bad_link"
    session_token, csrf = secrets.token_urlsafe(32), secrets.token_urlsafe(24)
    await tx.add_session(session_token, officer.id, csrf, locale, now)
    await tx.append_audit(actor_of(officer), "desk.signed_in", actor_of(officer), {}, now)
    return SignedIn(officer, session_token, csrf)


async def current(tx: Tx, session_token: str, idle: dt.timedelta, now: dt.datetime) -> Current | None:
    """The officer of a live session (touched), or None when it ended, idled out or never existed."""
    session = await tx.desk_session(session_token)
    if session is None or session.ended_at is not None:
        return None
    if now - session.seen_at > idle or now - session.created_at > SESSION_LIFETIME:
        await tx.end_session(session_token, now)
        return None
    officer = await tx.officer(session.officer_id)
    if officer is None:
        return None
    await tx.touch_session(session_token, now)
    return Current(officer, session)


async def sign_out(tx: Tx, session_token: str, officer: StoredOfficer, now: dt.datetime) -> None:
    await tx.end_session(session_token, now)
    await tx.append_audit(actor_of(officer), "desk.signed_out", actor_of(officer), {}, now)

