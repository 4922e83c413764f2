"""Claim documents on disk, outside the database: content-addressed (the same file sent twice is stored
once) and encrypted (a copied folder hands over no KTP)."""

from __future__ import annotations

import asyncio
import dataclasses
import logging
import os
from collections.abc import Awaitable, Callable, Sequence
from pathlib import Path

import httpx

from conversations.domain.claims import MAX_DOCUMENT_BYTES, file_problem
from conversations.model import EventKind, Media
from storage.base import InboundRecord
from storage.crypto import Protector

log = logging.getLogger(__name__)

Download = Callable[[str], Awaitable[bytes]]
MAGIC = ((b"%PDF-", "application/pdf"), (b"\xff\xd8\xff", "image/jpeg"), (b"\x89PNG\r\n\x1a\n", "image/png"))
"""The first bytes of the only files a claim takes: what a file is, whatever its name or sender says."""


UNKNOWN_TYPE = "application/octet-stream"


def sniff_type(content: bytes) -> str | None:
    return next((mime for magic, mime in MAGIC if content.startswith(magic)), None)


class TooLarge(Exception):
    """A download stopped at the cap: the platform's metadata or the bytes read so far said it is bigger."""

    def __init__(self, size: int) -> None:
        super().__init__(f"larger than allowed ({size} bytes)")
        self.size = size


async def stream_capped(client: httpx.AsyncClient, url: str, cap: int = MAX_DOCUMENT_BYTES,
                        headers: dict[str, str] | None = None) -> bytes:
    """Read a file without ever holding more than `cap` bytes of it: the declared length is checked before
    the body, and the count again while reading (a server may not say, or may lie)."""
    async with client.stream("GET", url, headers=headers) as response:
        response.raise_for_status()
        declared = response.headers.get("content-length", "")
        if declared.isdigit() and int(declared) > cap:
            raise TooLarge(int(declared))
        chunks: list[bytes] = []
        total = 0
        async for chunk in response.aiter_bytes():
            total += len(chunk)
            if total > cap:
                raise TooLarge(total)
            chunks.append(chunk)
    return b"".join(chunks)


class MediaStore:
    def __init__(self, folder: Path, protector: Protector) -> None:
        self.folder = folder
        self.protector = protector

    def path_of(self, digest: str) -> Path:
        return self.folder / digest[:2] / digest

    def put(self, data: bytes) -> str:
        digest = self.protector.content_address(data)
        path = self.path_of(digest)
        if path.exists():
            return digest
        path.parent.mkdir(parents=True, exist_ok=True)
        partial = path.with_name(f"{digest}.{os.getpid()}.partial")
        with partial.open("wb") as handle:
            handle.write(self.protector.encrypt(data))
            handle.flush()
            os.fsync(handle.fileno())
        partial.replace(path)
        return digest

    def delete(self, digest: str) -> None:
        self.path_of(digest).unlink()

    def get(self, digest: str) -> bytes:
        return self.protector.decrypt(self.path_of(digest).read_bytes())

    async def fetch(self, media: Media, download: Download) -> Media:
        """Download and store a file a user sent, unless it would be refused anyway (type, size).

        A failed download leaves `digest` empty; the flow then asks the user to send it again.
        """
        if file_problem(media.mime_type, media.size) is not None:
            return media
        try:
            data = await download(media.file_id)
        except TooLarge as error:
            return media.model_copy(update={"size": error.size})
        except Exception as error:  # noqa: BLE001 - the platform or the network: the user is asked to resend
            log.warning("could not download a document (%s)", type(error).__name__)
            return media
        if len(data) > MAX_DOCUMENT_BYTES or not data:
            return media.model_copy(update={"size": len(data)})
        content_type = sniff_type(data)  # what the bytes are, whatever the name or the sender says
        if content_type is None:
            return media.model_copy(update={"size": len(data), "mime_type": UNKNOWN_TYPE})
        digest = await asyncio.to_thread(self.put, data)
        return media.model_copy(update={"size": len(data), "digest": digest, "mime_type": content_type})


async def fetch_documents(records: Sequence[InboundRecord], store: MediaStore | None,
                          download: Download) -> list[InboundRecord]:
    """Fetch the files in a batch of platform events before they are recorded.

    A crash while fetching loses nothing: the platform has not been told the events arrived (Telegram's
    offset is not advanced, a webhook is not answered), so they come again.
    """
    if store is None:
        return list(records)
    fetched = []
    for record in records:
        media = record.event.media
        if record.event.kind is EventKind.MEDIA and media is not None and media.digest is None:
            media = await store.fetch(media, download)
            record = dataclasses.replace(record, event=record.event.model_copy(update={"media": media}))
        fetched.append(record)
    return fetched
