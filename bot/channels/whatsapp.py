"""WhatsApp Cloud API: a small httpx client of our own, the webhook's payload parsing and signature check,
and the renderer that fits a reply into Meta's buttons and lists (DESIGN.md §3.2)."""

from __future__ import annotations

import datetime as dt
import gettext
import hashlib
import hmac
import json
import logging
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

import httpx

from bot.channels.base import GiveUp, Limits, Outcome, Park, RetryLater, Sent, shared_place
from bot.channels.json_lane import JsonLane
from bot.channels.lanes import SHARED_TLS, Lanes
from bot.media import TooLarge, stream_capped
from conversations.domain.claims import MAX_DOCUMENT_BYTES
from conversations.domain.phone import normalise_phone
from conversations.i18n import _, use_locale
from conversations.model import Contact, Event, EventKind, Media, Reply
from conversations.text import split_text
from storage.base import InboundRecord, OutboundMessage

log = logging.getLogger(__name__)

CHANNEL = "whatsapp"
LIMITS = Limits(per_second=80, per_chat_per_second=1, per_chat_burst=5)
SENDING_AT_ONCE = 16
"""Sends in flight at once: 80 messages/s at ~200 ms each, each on its own one-connection lane (see
bot/channels/lanes.py and json_lane.py)."""
TIMEOUT, CONNECT_TIMEOUT = 15.0, 5.0
TEXT_LIMIT = 4096
BODY_LIMIT = 1024
BUTTON_TITLE = 20
ROW_TITLE = 24
ROW_DESCRIPTION = 72
MAX_BUTTONS = 3
MAX_ROWS = 10

RATE_LIMITED = {4, 80007, 130429, 131056}
OUTSIDE_WINDOW = 131047
UNDELIVERABLE = 131026
TOKEN_EXPIRED = 190


def signature_ok(app_secret: str, body: bytes, header: str | None) -> bool:
    """`X-Hub-Signature-256: sha256=<hex>` over the raw body, compared in constant time."""
    if not header or not header.startswith("sha256="):
        return False
    expected = hmac.new(app_secret.encode(), body, hashlib.sha256).hexdigest()
    return hmac.compare_digest(expected, header.removeprefix("sha256="))


# -- inbound ---------------------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class StatusUpdate:
    message_id: str
    status: str
    error_code: int | None = None
    error_title: str | None = None
    outbox_id: int | None = None
    """Ours, returned by Meta (biz_opaque_callback_data) for a message the bot sent first."""


@dataclass
class Delivery:
    """What one webhook POST carried: user events to record, status callbacks to note."""

    records: list[InboundRecord] = field(default_factory=list)
    statuses: list[StatusUpdate] = field(default_factory=list)


def _short(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


IGNORED = frozenset({"reaction"})
"""Not a message: a 👍 or 🙏 put on one of ours was answered "Pesan Anda kosong." (and counted as not understood).
Nor is it read as a yes: a reaction on "Kirim usulan ini?" must not send anything."""


def _event(message: Mapping[str, Any]) -> Event:
    kind = message.get("type")
    if kind == "text":
        return Event(kind=EventKind.TEXT, text=str(message.get("text", {}).get("body", "")))
    if kind == "interactive":
        interactive = message.get("interactive", {})
        reply = interactive.get("button_reply") or interactive.get("list_reply") or {}
        return Event(kind=EventKind.CHOICE, choice=str(reply.get("id", "")))
    if kind == "button":  # a quick-reply button of a template: our command in its payload, else its text
        button = message.get("button", {})
        payload = str(button.get("payload") or "")
        if payload.startswith("/"):
            return Event(kind=EventKind.CHOICE, choice=payload)
        return Event(kind=EventKind.TEXT, text=str(button.get("text") or payload))
    if kind in ("image", "document", "audio", "video", "sticker"):
        item = message.get(kind, {})
        return Event(kind=EventKind.MEDIA, media=Media(
            file_id=str(item.get("id", "")), mime_type=item.get("mime_type"), file_name=item.get("filename"),
            caption=item.get("caption"), sticker=kind == "sticker"))
    if kind == "contacts":
        phones = [p for c in message.get("contacts", []) for p in c.get("phones", [])]
        if phones:
            raw = str(phones[0].get("wa_id") or phones[0].get("phone") or "")
            return Event(kind=EventKind.CONTACT, contact=Contact(phone=normalise_phone(raw) or raw, own=False))
    if kind == "location":
        place = message.get("location", {})
        try:
            return Event(kind=EventKind.TEXT, text=shared_place(
                float(place["latitude"]), float(place["longitude"]), place.get("name"), place.get("address")))
        except (KeyError, TypeError, ValueError):
            pass  # a location without its coordinates: as an unsupported message
    return Event(kind=EventKind.UNSUPPORTED)  # a poll, a message WhatsApp itself calls unsupported: the engine says so


CALLBACK = "outbox:"


def _tagged(message: OutboundMessage) -> dict[str, str]:
    """A message the bot sends first carries its outbox id, so the status webhooks confirm that it left."""
    return {"biz_opaque_callback_data": f"{CALLBACK}{message.id}"} if message.outreach_id is not None else {}


def parse_webhook(payload: Mapping[str, Any], received_at: dt.datetime) -> Delivery:
    """Every entry and change of a (possibly batched) payload; users keyed by BSUID when present."""
    delivery = Delivery()
    for entry in payload.get("entry", []) or []:
        for change in entry.get("changes", []) or []:
            value = change.get("value") or {}
            contacts = value.get("contacts", []) or []
            for message in value.get("messages", []) or []:
                sender = message.get("from")
                contact = next((c for c in contacts if c.get("wa_id") == sender or
                                (message.get("from_user_id") and c.get("user_id") == message.get("from_user_id"))),
                               contacts[0] if len(contacts) == 1 else {})
                user = contact.get("user_id") or message.get("from_user_id") or sender
                if not user or not message.get("id") or message.get("type") in IGNORED:
                    continue
                try:
                    seq = int(message.get("timestamp", 0))
                except (TypeError, ValueError):
                    seq = None
                delivery.records.append(InboundRecord(
                    channel=CHANNEL, event_id=str(message["id"]), user=str(user), event=_event(message),
                    received_at=received_at, platform_seq=seq))
            for status in value.get("statuses", []) or []:
                errors = status.get("errors") or [{}]
                code = errors[0].get("code")
                callback = str(status.get("biz_opaque_callback_data") or "")
                delivery.statuses.append(StatusUpdate(
                    message_id=str(status.get("id", "")), status=str(status.get("status", "")),
                    error_code=int(code) if isinstance(code, int | str) and str(code).isdigit() else None,
                    error_title=errors[0].get("title"),
                    outbox_id=int(callback[len(CALLBACK):]) if callback.startswith(CALLBACK) and
                    callback[len(CALLBACK):].isdigit() and len(callback) < 40 else None))
    return delivery


# -- outbound --------------------------------------------------------------------------------------

def recipient(user: str) -> dict[str, str]:
    """A phone number goes in `to`; a business-scoped user id in `recipient`."""
    return {"to": user} if user.isdigit() else {"recipient": user}


def render(reply: Reply, choose_label: str) -> list[dict[str, Any]]:
    """Meta's message objects for one reply: 1–3 choices as buttons, 4–10 as a list, more as numbered text.

    Labels too long for a button or a row are shortened there and given in full in the body or the row's
    description, so no meaning is lost.
    """
    choices = reply.choices
    if not choices or len(choices) > MAX_ROWS:
        text = reply.text
        if choices:
            text += "\n\n" + "\n".join(f"{n}. {c.label}" for n, c in enumerate(choices, start=1))
        return [{"type": "text", "text": {"body": part, "preview_url": False}}
                for part in split_text(text, TEXT_LIMIT)]
    body = reply.text
    if len(choices) <= MAX_BUTTONS:
        titles = _unique([_short(c.label, BUTTON_TITLE) for c in choices], BUTTON_TITLE)
        shortened = [c.label for c, t in zip(choices, titles, strict=True) if t != c.label]
        if shortened:
            body += "\n\n" + "\n".join(f"{n}. {c.label}" for n, c in enumerate(choices, start=1))
    parts = split_text(body, BODY_LIMIT)
    messages: list[dict[str, Any]] = [{"type": "text", "text": {"body": p, "preview_url": False}} for p in parts[:-1]]
    if len(choices) <= MAX_BUTTONS:
        action: dict[str, Any] = {"buttons": [
            {"type": "reply", "reply": {"id": reply.callback_data(c), "title": t}}
            for c, t in zip(choices, titles, strict=True)]}
        interactive: dict[str, Any] = {"type": "button", "body": {"text": parts[-1]}, "action": action}
    else:
        rows = []
        for c, title in zip(choices, _unique([_short(c.label, ROW_TITLE) for c in choices], ROW_TITLE), strict=True):
            row = {"id": reply.callback_data(c), "title": title}
            if title != c.label:
                row["description"] = _short(c.label, ROW_DESCRIPTION)
            rows.append(row)
        interactive = {"type": "list", "body": {"text": parts[-1]},
                       "action": {"button": _short(choose_label, BUTTON_TITLE), "sections": [{"rows": rows}]}}
    messages.append({"type": "interactive", "interactive": interactive})
    return messages


def _unique(titles: list[str], limit: int) -> list[str]:
    """Meta refuses two buttons with the same title: number the repeats."""
    seen: dict[str, int] = {}
    out = []
    for title in titles:
        count = seen.get(title, 0)
        seen[title] = count + 1
        out.append(title if count == 0 else _short(title, limit - 3) + f" {count + 1}")
    return out


class WhatsAppError(Exception):
    def __init__(self, status: int, code: int | None, message: str) -> None:
        super().__init__(f"{status} {code}: {message}")
        self.status = status
        self.code = code


class WhatsAppChannel:
    channel = CHANNEL
    limits = LIMITS

    def __init__(self, *, access_token: str, phone_number_id: str, base_url: str,
                 catalogs: Mapping[str, gettext.NullTranslations], default_locale: str,
                 template_name: str | None = None, template_language: str = "id",
                 templates: Mapping[str, str] | None = None, client: httpx.AsyncClient | None = None) -> None:
        self._phone_number_id = phone_number_id
        self._base_url = base_url.rstrip("/")
        self._catalogs = catalogs
        self._default_locale = default_locale
        self._template = template_name
        self._template_language = template_language
        self._templates = dict(templates or {})
        auth = {"Authorization": f"Bearer {access_token}"}
        timeout = httpx.Timeout(TIMEOUT, connect=CONNECT_TIMEOUT)
        self._client = client or httpx.AsyncClient(timeout=timeout, verify=SHARED_TLS)  # media downloads
        self._client.headers.update(auth)
        self._lanes = Lanes(JsonLane(auth, connect_timeout=CONNECT_TIMEOUT, timeout=TIMEOUT)
                            for _lane in range(SENDING_AT_ONCE))

    async def close(self) -> None:
        await self._client.aclose()
        for lane in self._lanes.all:
            await lane.aclose()

    async def _post_message(self, user: str, content: Mapping[str, Any]) -> str | None:
        async with self._lanes.take() as lane:
            status, body = await lane.post(
                f"{self._base_url}/{self._phone_number_id}/messages",
                {"messaging_product": "whatsapp", "recipient_type": "individual", **recipient(user), **content},
            )
        data = _json(body)
        if status >= 400 or "error" in data:
            error = data.get("error") or {}
            message = error.get("message", body.decode("utf-8", "replace"))
            raise WhatsAppError(status, error.get("code"), str(message)[:200])
        messages = data.get("messages") or [{}]
        return messages[0].get("id")

    async def deliver(self, message: OutboundMessage) -> Outcome:
        with use_locale(self._catalogs, message.reply.locale or self._default_locale):
            choose = _("Pilih")
        last_id: str | None = None
        template = self.template_of(message.reply) if message.reply.first_contact else None
        try:
            for content in [template] if template is not None else render(message.reply, choose):
                last_id = await self._post_message(message.user, {**content, **_tagged(message)})
        except WhatsAppError as error:
            return await self._outcome_of(error, message)
        except (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout) as error:
            return RetryLater(_backoff(message.attempts), f"network: {type(error).__name__}")
        except httpx.HTTPError as error:
            # The request may have reached Meta (no idempotency key): resending could duplicate it.
            return GiveUp(f"ambiguous: {type(error).__name__}; not repeated")
        return Sent(last_id)

    def template_of(self, reply: Reply) -> dict[str, Any] | None:
        """The approved template for a message the bot sends first, with its parameters; None if none is set."""
        kind = reply.template or ""
        # "@name:language": a template an officer named for a broadcast; else the one configured for the kind.
        configured = kind[1:] if kind.startswith("@") else self._templates.get(kind)
        if not configured:
            return None
        name, _sep, language = configured.partition(":")
        template: dict[str, Any] = {"name": name, "language": {"code": language or self._template_language}}
        components: list[dict[str, Any]] = []
        if reply.params and not kind.startswith("@"):
            components.append({"type": "body", "parameters": [{"type": "text", "text": p} for p in reply.params]})
        for index, choice in enumerate(reply.choices[:MAX_BUTTONS]):  # quick-reply buttons carry our data back
            components.append({"type": "button", "sub_type": "quick_reply", "index": str(index),
                               "parameters": [{"type": "payload", "payload": reply.callback_data(choice)}]})
        if components:
            template["components"] = components
        return {"type": "template", "template": template}

    async def _outcome_of(self, error: WhatsAppError, message: OutboundMessage) -> Outcome:
        if error.code in RATE_LIMITED or error.status == 429:
            return RetryLater(_backoff(message.attempts, base=2.0), f"rate limited ({error.code})")
        if error.code == OUTSIDE_WINDOW and message.reply.template is not None:
            template = self.template_of(message.reply)
            if template is None:
                return GiveUp(f"outside the 24-hour window (131047); no template configured for "
                              f"{message.reply.template}")
            try:
                return Sent(await self._post_message(message.user, {**template, **_tagged(message)}))
            except WhatsAppError as template_error:
                return GiveUp(f"template {message.reply.template} refused: {template_error}")
        if error.code == OUTSIDE_WINDOW:
            if self._template and message.attempts == 0:
                try:
                    await self._post_message(message.user, {"type": "template", "template": {
                        "name": self._template, "language": {"code": self._template_language}}})
                except (WhatsAppError, httpx.HTTPError) as template_error:
                    log.warning("template for message %d failed: %s", message.id, template_error)
            return Park("outside the 24-hour window (131047); waits for the user's next message")
        if error.code == UNDELIVERABLE:
            return GiveUp("undeliverable (131026)")
        if error.code == TOKEN_EXPIRED:
            log.error("WhatsApp access token expired or invalid (190): renew WHATSAPP_ACCESS_TOKEN")
            return RetryLater(60.0, "token expired (190)")
        if error.status >= 500 or error.code == 131000:
            return RetryLater(_backoff(message.attempts), f"server error ({error.code})")
        return GiveUp(f"refused: {error}")

    async def fetch_media(self, media_id: str) -> bytes:
        """Graph API: the media id gives a short-lived URL, fetched with the same token; sha256 checked. The
        size Meta declares is checked first and the bytes are counted while read: never more than the cap."""
        meta = await self._client.get(f"{self._base_url}/{media_id}")
        meta.raise_for_status()
        info = meta.json()
        declared = info.get("file_size")
        if isinstance(declared, int) and declared > MAX_DOCUMENT_BYTES:
            raise TooLarge(declared)
        data = await stream_capped(self._client, info["url"])
        if info.get("sha256") and hashlib.sha256(data).hexdigest() != info["sha256"]:
            raise ValueError("media checksum mismatch")
        return data


def _json(body: bytes) -> dict[str, Any]:
    try:
        data = json.loads(body)
    except ValueError:
        return {}
    return data if isinstance(data, dict) else {}


def _backoff(attempts: int, base: float = 1.0) -> float:
    return min(300.0, base * 2.0 ** min(attempts, 8))
