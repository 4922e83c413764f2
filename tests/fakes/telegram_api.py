"""A fake Telegram Bot API over real HTTP: enough of it, answering as Telegram does (status codes and
error envelopes included), for python-telegram-bot to poll it and send to it."""

from __future__ import annotations

import asyncio
import itertools
import json
import time
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qsl

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

BOT_ID = 7000001
TOKEN = f"{BOT_ID}:FAKE-token_for_tests"


def _error(code: int, description: str, **parameters: Any) -> JSONResponse:
    body: dict[str, Any] = {"ok": False, "error_code": code, "description": description}
    if parameters:
        body["parameters"] = parameters
    return JSONResponse(body, status_code=code)


def _ok(result: Any) -> JSONResponse:
    return JSONResponse({"ok": True, "result": result})


@dataclass
class Call:
    method: str
    params: dict[str, Any]


@dataclass
class FakeBotApi:
    token: str = TOKEN
    updates: list[dict[str, Any]] = field(default_factory=list)
    calls: list[Call] = field(default_factory=list)
    files: dict[str, bytes] = field(default_factory=dict)
    fail_sends: int = 0
    """Answer this many sendMessage calls with 429 retry_after=1, as Telegram does when flooded."""

    def __post_init__(self) -> None:
        self._update_ids = itertools.count(100)
        self._message_ids = itertools.count(1)
        self._arrived = asyncio.Condition()
        self._by_chat: dict[int, list[dict[str, Any]]] = {}
        self._chat_changed: dict[int, asyncio.Event] = {}

    # -- what a user does ------------------------------------------------------------------------

    def _user(self, chat_id: int, language: str = "id") -> dict[str, Any]:
        return {"id": chat_id, "is_bot": False, "first_name": "Pengguna", "language_code": language}

    def _message(self, chat_id: int, language: str, **content: Any) -> dict[str, Any]:
        return {"message_id": next(self._message_ids), "date": int(time.time()),
                "chat": {"id": chat_id, "type": "private", "first_name": "Pengguna"},
                "from": self._user(chat_id, language), **content}

    async def push(self, update: dict[str, Any]) -> int:
        update_id = next(self._update_ids)
        self.updates.append({"update_id": update_id, **update})
        async with self._arrived:
            self._arrived.notify_all()
        return update_id

    async def user_sends(self, chat_id: int, text: str, language: str = "id") -> int:
        content: dict[str, Any] = {"text": text}
        if text.startswith("/"):
            content["entities"] = [{"type": "bot_command", "offset": 0, "length": len(text.split()[0])}]
        return await self.push({"message": self._message(chat_id, language, **content)})

    async def user_taps(self, chat_id: int, data: str, message_id: int = 1) -> int:
        return await self.push({"callback_query": {
            "id": f"cq{next(self._message_ids)}", "from": self._user(chat_id), "chat_instance": "1", "data": data,
            "message": {"message_id": message_id, "date": int(time.time()),
                        "chat": {"id": chat_id, "type": "private"}, "text": "…"}}})

    async def user_sends_photo(self, chat_id: int, content: bytes, caption: str | None = None) -> int:
        file_id = f"photo-{len(self.files) + 1}"
        self.files[file_id] = content
        photo = [{"file_id": f"{file_id}-small", "file_unique_id": "s", "width": 90, "height": 90, "file_size": 10},
                 {"file_id": file_id, "file_unique_id": "u", "width": 800, "height": 600, "file_size": len(content)}]
        extra = {"caption": caption} if caption else {}
        return await self.push({"message": self._message(chat_id, "id", photo=photo, **extra)})

    async def user_sends_voice(self, chat_id: int, content: bytes, seconds: int = 4) -> int:
        file_id = f"voice-{len(self.files) + 1}"
        self.files[file_id] = content
        voice = {"file_id": file_id, "file_unique_id": "v", "duration": seconds, "mime_type": "audio/ogg",
                 "file_size": len(content)}
        return await self.push({"message": self._message(chat_id, "id", voice=voice)})

    async def user_sends_sticker(self, chat_id: int, emoji: str = "👍") -> int:
        file_id = f"sticker-{len(self.files) + 1}"
        self.files[file_id] = b"RIFF fake sticker WEBP"
        sticker = {"file_id": file_id, "file_unique_id": "s", "type": "regular", "width": 512, "height": 512,
                   "is_animated": False, "is_video": False, "emoji": emoji, "file_size": 22}
        return await self.push({"message": self._message(chat_id, "id", sticker=sticker)})

    async def user_shares_location(self, chat_id: int, latitude: float, longitude: float) -> int:
        location = {"latitude": latitude, "longitude": longitude}
        return await self.push({"message": self._message(chat_id, "id", location=location)})

    async def user_rolls_dice(self, chat_id: int) -> int:
        """A message of a kind the bot cannot read."""
        return await self.push({"message": self._message(chat_id, "id", dice={"emoji": "🎲", "value": 3})})

    async def user_shares_contact(self, chat_id: int, phone: str, own: bool = True) -> int:
        contact = {"phone_number": phone, "first_name": "Pengguna", "user_id": chat_id if own else chat_id + 1}
        return await self.push({"message": self._message(chat_id, "id", contact=contact)})

    # -- what the test checks ------------------------------------------------------------------------

    def sent(self, chat_id: int | None = None) -> list[dict[str, Any]]:
        if chat_id is not None:
            return list(self._by_chat.get(chat_id, []))
        return [c.params for c in self.calls if c.method == "sendMessage"]

    def texts(self, chat_id: int) -> list[str]:
        return [m["text"] for m in self.sent(chat_id)]

    def methods(self) -> list[str]:
        return [c.method for c in self.calls]

    async def wait_sent(self, chat_id: int, count: int, timeout: float = 10.0) -> list[dict[str, Any]]:
        """Wait until `chat_id` has received at least `count` messages in all."""
        async def enough() -> None:
            while len(self._by_chat.get(chat_id, ())) < count:
                changed = self._chat_changed.setdefault(chat_id, asyncio.Event())
                await changed.wait()
                changed.clear()
        await asyncio.wait_for(enough(), timeout)
        return self.sent(chat_id)

    async def wait_call(self, method: str, timeout: float = 5.0) -> dict[str, Any]:
        for _ in range(int(timeout / 0.02)):
            for call in self.calls:
                if call.method == method:
                    return call.params
            await asyncio.sleep(0.02)
        raise AssertionError(f"{method} was never called")

    # -- the HTTP side -----------------------------------------------------------------------------

    def app(self) -> Starlette:
        return Starlette(routes=[
            Route("/bot{token}/{method}", self._method, methods=["POST", "GET"]),
            Route("/file/bot{token}/{path:path}", self._file, methods=["GET"]),
        ])

    async def _params(self, request: Request) -> dict[str, Any]:
        body = await request.body()
        kind = request.headers.get("content-type", "")
        if "json" in kind:
            return dict(json.loads(body or b"{}"))
        params: dict[str, Any] = dict(parse_qsl(body.decode()))
        for key, value in params.items():
            if isinstance(value, str) and value[:1] in "[{":
                params[key] = json.loads(value)
        return params

    async def _method(self, request: Request) -> Response:
        if request.path_params["token"] != self.token:
            return _error(401, "Unauthorized")
        method = request.path_params["method"]
        params = await self._params(request)
        handler = getattr(self, f"_m_{method}", None)
        if handler is None:
            return _error(400, f"Bad Request: method {method} not found")  # never 404: PTB reads that as a bad token
        if method != "getUpdates":
            self.calls.append(Call(method, params))
        result = await handler(params)
        if isinstance(result, Response):
            return result
        if method == "sendMessage":
            chat_id = int(params["chat_id"])
            self._by_chat.setdefault(chat_id, []).append(params)
            self._chat_changed.setdefault(chat_id, asyncio.Event()).set()
        return _ok(result)

    async def _file(self, request: Request) -> Response:
        if request.path_params["token"] != self.token:
            return _error(401, "Unauthorized")
        content = self.files.get(request.path_params["path"].removeprefix("files/"))
        return Response(content, media_type="application/octet-stream") if content is not None else _error(
            404, "Not Found")

    async def _m_getMe(self, _p: dict[str, Any]) -> Any:
        return {"id": BOT_ID, "is_bot": True, "first_name": "Kawan Kerja", "username": "KawanKerjaBot",
                "can_join_groups": False, "can_read_all_group_messages": False, "supports_inline_queries": False}

    async def _m_getUpdates(self, p: dict[str, Any]) -> Any:
        offset = int(p.get("offset", 0) or 0)
        if offset:
            self.updates = [u for u in self.updates if u["update_id"] >= offset]
        timeout = float(p.get("timeout", 0) or 0)
        if not self.updates and timeout:
            async def arrived() -> None:
                async with self._arrived:
                    await self._arrived.wait_for(lambda: bool(self.updates))
            try:
                await asyncio.wait_for(arrived(), timeout)
            except TimeoutError:
                pass
        return self.updates[: int(p.get("limit", 100) or 100)]

    async def _m_sendMessage(self, p: dict[str, Any]) -> Any:
        if self.fail_sends > 0:
            self.fail_sends -= 1
            self.calls.pop()
            return _error(429, "Too Many Requests: retry after 1", retry_after=1)
        if not str(p.get("text", "")).strip():
            return _error(400, "Bad Request: message text is empty")
        if len(str(p["text"])) > 4096:
            return _error(400, "Bad Request: message is too long")
        chat_id = int(p["chat_id"])
        return {"message_id": next(self._message_ids), "date": int(time.time()),
                "chat": {"id": chat_id, "type": "private"}, "text": p["text"]}

    async def _m_answerCallbackQuery(self, _p: dict[str, Any]) -> Any:
        return True

    async def _m_editMessageReplyMarkup(self, p: dict[str, Any]) -> Any:
        return {"message_id": int(p["message_id"]), "date": int(time.time()),
                "chat": {"id": int(p["chat_id"]), "type": "private"}, "text": "…"}

    async def _m_setMyCommands(self, _p: dict[str, Any]) -> Any:
        return True

    async def _m_deleteWebhook(self, _p: dict[str, Any]) -> Any:
        return True

    async def _m_setWebhook(self, _p: dict[str, Any]) -> Any:
        return True

    async def _m_getFile(self, p: dict[str, Any]) -> Any:
        file_id = str(p["file_id"])
        if file_id not in self.files:
            return _error(400, "Bad Request: invalid file_id")
        return {"file_id": file_id, "file_unique_id": file_id, "file_size": len(self.files[file_id]),
                "file_path": f"files/{file_id}"}
