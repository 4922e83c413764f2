"""A bare WhatsApp echo, the WhatsApp path's floor for `make bench`: starlette + uvicorn receive the same signed
webhooks as `kawan run`, check the signature, and answer each text through httpx to the same Graph API. No
store, no engine, no pacing."""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import json
import os

import httpx
import uvicorn
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

SECRET = os.environ.get("WHATSAPP_APP_SECRET", "")
BASE = os.environ.get("WHATSAPP_API_BASE_URL", "")
PHONE = os.environ.get("WHATSAPP_PHONE_NUMBER_ID", "")
HEADERS = {"authorization": f"Bearer {os.environ.get('WHATSAPP_ACCESS_TOKEN', '')}"}
AT_ONCE = 16
"""Sends in flight, each on its own one-connection client, the same layout as the bot's sender (one shared pool
of 16 costs httpcore bookkeeping that grows with the square of its connections): the floor is the best a bare
echo does, not a handicapped one."""
lanes: asyncio.Queue[httpx.AsyncClient] = asyncio.Queue()
for _lane in range(AT_ONCE):
    lanes.put_nowait(httpx.AsyncClient(timeout=30, headers=HEADERS, limits=httpx.Limits(max_connections=1)))


async def webhook(request: Request) -> Response:
    body = await request.body()
    expected = hmac.new(SECRET.encode(), body, hashlib.sha256).hexdigest()
    if not hmac.compare_digest(expected, request.headers.get("x-hub-signature-256", "").removeprefix("sha256=")):
        return Response(status_code=401)
    for entry in json.loads(body).get("entry", []):
        for change in entry.get("changes", []):
            for message in change.get("value", {}).get("messages", []):
                reply = {"messaging_product": "whatsapp", "to": message["from"], "type": "text",
                         "text": {"body": message.get("text", {}).get("body", "")}}
                lane = await lanes.get()
                try:
                    await lane.post(f"{BASE}/{PHONE}/messages", json=reply)
                finally:
                    lanes.put_nowait(lane)
    return Response(status_code=200)


async def healthz(_request: Request) -> Response:
    return Response("ok")


app = Starlette(routes=[Route("/webhook/whatsapp", webhook, methods=["POST"]), Route("/healthz", healthz)])

if __name__ == "__main__":
    uvicorn.run(app, host="127.0.0.1", port=int(os.environ["WEBHOOK_PORT"]), log_config=None, access_log=False,
                lifespan="off")
