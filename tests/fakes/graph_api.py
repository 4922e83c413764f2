"""A fake WhatsApp Cloud API (Graph API) over real HTTP, and webhook payloads in Meta's exact shape."""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import itertools
import json
import time
from dataclasses import dataclass, field
from typing import Any

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

PHONE_NUMBER_ID = "106540352242922"
ACCESS_TOKEN = "EAAG-fake-access-token"
APP_SECRET = "fake-app-secret"
VERIFY_TOKEN = "fake-verify-token"


def graph_error(status: int, code: int, message: str) -> JSONResponse:
    return JSONResponse({"error": {"message": message, "type": "OAuthException", "code": code,
                                   "error_data": {"messaging_product": "whatsapp", "details": message},
                                   "fbtrace_id": "AbCdEf"}}, status_code=status)


@dataclass
class FakeGraphApi:
    sent: list[dict[str, Any]] = field(default_factory=list)
    media: dict[str, bytes] = field(default_factory=dict)
    errors: list[tuple[int, int, str]] = field(default_factory=list)
    """Answer the next sends with these (HTTP status, Meta error code, message), one each."""
    base_url: str = ""
    declared_sizes: dict[str, int] = field(default_factory=dict)
    """A file_size to announce instead of the real one (a sender may lie, or the file may be huge)."""
    downloads: list[str] = field(default_factory=list)
    webhook_url: str | None = None
    """Where to post a signed "sent" status for each accepted message, as Meta does (retried while the bot is
    down, as Meta retries); None: statuses are posted by the test."""
    outside_window: set[str] = field(default_factory=set)
    """Numbers that have not written in 24 hours: Meta refuses anything but a template to them (131047)."""

    def __post_init__(self) -> None:
        self._reporting: set[asyncio.Task[None]] = set()
        self._ids = itertools.count(1)
        self._by_user: dict[str, list[dict[str, Any]]] = {}
        self._user_changed: dict[str, asyncio.Event] = {}

    def app(self) -> Starlette:
        return Starlette(routes=[
            Route("/{phone_id}/messages", self._messages, methods=["POST"]),
            Route("/download/{media_id}", self._download, methods=["GET"]),
            Route("/{media_id}", self._media_url, methods=["GET"]),
        ])

    def _authorised(self, request: Request) -> bool:
        return request.headers.get("authorization") == f"Bearer {ACCESS_TOKEN}"

    async def _messages(self, request: Request) -> Response:
        if not self._authorised(request):
            return graph_error(401, 190, "Invalid OAuth access token.")
        if request.path_params["phone_id"] != PHONE_NUMBER_ID:
            return graph_error(400, 100, "Unsupported post request.")
        body = json.loads(await request.body())
        if self.errors:
            status, code, message = self.errors.pop(0)
            return graph_error(status, code, message)
        if body.get("to") in self.outside_window and body.get("type") != "template":
            return graph_error(400, 131047, "Re-engagement message")
        wamid = f"wamid.OUT{next(self._ids)}"
        message = {**body, "_id": wamid}
        self.sent.append(message)
        recipient = body.get("to") or body.get("recipient")
        self._by_user.setdefault(recipient, []).append(message)
        self._user_changed.setdefault(recipient, asyncio.Event()).set()
        if self.webhook_url is not None:
            task = asyncio.create_task(self._report_sent(wamid, str(recipient), body.get("biz_opaque_callback_data")))
            self._reporting.add(task)
            task.add_done_callback(self._reporting.discard)
        return JSONResponse({"messaging_product": "whatsapp",
                             "contacts": [{"input": body.get("to") or body.get("recipient"), "wa_id": body.get("to")}],
                             "messages": [{"id": wamid}]})

    async def _report_sent(self, wamid: str, recipient: str, callback: str | None) -> None:
        import httpx

        raw, headers = signed(status(wamid, "sent", recipient, callback=callback))
        async with httpx.AsyncClient() as client:
            for _ in range(240):
                try:
                    if (await client.post(str(self.webhook_url), content=raw, headers=headers)).status_code == 200:
                        return
                except httpx.HTTPError:
                    pass
                await asyncio.sleep(0.25)

    async def _media_url(self, request: Request) -> Response:
        media_id = request.path_params["media_id"]
        if not self._authorised(request) or media_id not in self.media:
            return graph_error(404, 100, "Unsupported get request.")
        data = self.media[media_id]
        return JSONResponse({"url": f"{self.base_url}/download/{media_id}", "mime_type": "image/jpeg",
                             "sha256": hashlib.sha256(data).hexdigest(),
                             "file_size": self.declared_sizes.get(media_id, len(data)), "id": media_id,
                             "messaging_product": "whatsapp"})

    async def _download(self, request: Request) -> Response:
        if not self._authorised(request):
            return Response(status_code=401)
        self.downloads.append(request.path_params["media_id"])
        return Response(self.media[request.path_params["media_id"]], media_type="image/jpeg")

    def to(self, user: str) -> list[dict[str, Any]]:
        return list(self._by_user.get(user, ()))

    async def wait_sent(self, user: str, count: int, timeout: float = 10.0) -> list[dict[str, Any]]:
        """Woken only by this user's messages: hundreds of waiting users cost nothing per send."""
        async def enough() -> None:
            while len(self._by_user.get(user, ())) < count:
                changed = self._user_changed.setdefault(user, asyncio.Event())
                await changed.wait()
                changed.clear()
        await asyncio.wait_for(enough(), timeout)
        return self.to(user)


def body_of(message: dict[str, Any]) -> str:
    if message["type"] == "template":
        return " ".join(p["text"] for c in message["template"].get("components", ()) if c["type"] == "body"
                        for p in c["parameters"])
    if message["type"] == "text":
        return str(message["text"]["body"])
    return str(message["interactive"]["body"]["text"])


def choice_ids(message: dict[str, Any]) -> list[str]:
    interactive = message.get("interactive", {})
    if interactive.get("type") == "button":
        return [b["reply"]["id"] for b in interactive["action"]["buttons"]]
    if interactive.get("type") == "list":
        return [r["id"] for s in interactive["action"]["sections"] for r in s["rows"]]
    return []


# -- webhook payloads --------------------------------------------------------------------------------

_wamids = itertools.count(1)


def envelope(value: dict[str, Any]) -> dict[str, Any]:
    return {"object": "whatsapp_business_account", "entry": [{"id": "102290129340398", "changes": [
        {"field": "messages", "value": {"messaging_product": "whatsapp",
                                        "metadata": {"display_phone_number": "15550783881",
                                                     "phone_number_id": PHONE_NUMBER_ID}, **value}}]}]}


def inbound(wa_id: str, content: dict[str, Any], *, user_id: str | None = None, wamid: str | None = None
            ) -> dict[str, Any]:
    contact: dict[str, Any] = {"profile": {"name": "Pengguna"}, "wa_id": wa_id}
    if user_id:
        contact["user_id"] = user_id
    message = {"from": wa_id, "id": wamid or f"wamid.IN{next(_wamids)}", "timestamp": str(int(time.time())),
               **content}
    return envelope({"contacts": [contact], "messages": [message]})


def text(wa_id: str, body: str, **kw: Any) -> dict[str, Any]:
    return inbound(wa_id, {"type": "text", "text": {"body": body}}, **kw)


def button_reply(wa_id: str, reply_id: str, title: str = "…", **kw: Any) -> dict[str, Any]:
    return inbound(wa_id, {"type": "interactive", "context": {"from": "15550783881", "id": "wamid.OUT1"},
                           "interactive": {"type": "button_reply", "button_reply": {"id": reply_id, "title": title}}},
                   **kw)


def list_reply(wa_id: str, row_id: str, title: str = "…", **kw: Any) -> dict[str, Any]:
    """A row picked from a list message, as Meta sends it."""
    return inbound(wa_id, {"type": "interactive", "context": {"from": "15550783881", "id": "wamid.OUT1"},
                           "interactive": {"type": "list_reply", "list_reply": {"id": row_id, "title": title}}},
                   **kw)


def template_button(wa_id: str, payload: str, text: str = "Mulai klaim", **kw: Any) -> dict[str, Any]:
    """A quick-reply button of a template tapped: Meta sends its payload and its text."""
    return inbound(wa_id, {"type": "button", "context": {"from": "15550783881", "id": "wamid.OUT1"},
                           "button": {"payload": payload, "text": text}}, **kw)


def status(wamid: str, state: str, wa_id: str, error_code: int | None = None, callback: str | None = None
           ) -> dict[str, Any]:
    item: dict[str, Any] = {"id": wamid, "status": state, "timestamp": str(int(time.time())), "recipient_id": wa_id}
    if callback is not None:
        item["biz_opaque_callback_data"] = callback
    if error_code is not None:
        item["errors"] = [{"code": error_code, "title": "Message failed to send", "message": "…"}]
    return envelope({"statuses": [item]})


def signed(payload: dict[str, Any], secret: str = APP_SECRET) -> tuple[bytes, dict[str, str]]:
    raw = json.dumps(payload).encode()
    signature = "sha256=" + hmac.new(secret.encode(), raw, hashlib.sha256).hexdigest()
    return raw, {"content-type": "application/json", "x-hub-signature-256": signature}


def image(wa_id: str, media_id: str, data: bytes, caption: str | None = None, **kw: Any) -> dict[str, Any]:
    content: dict[str, Any] = {"id": media_id, "mime_type": "image/jpeg", "sha256": hashlib.sha256(data).hexdigest()}
    if caption:
        content["caption"] = caption
    return inbound(wa_id, {"type": "image", "image": content}, **kw)
