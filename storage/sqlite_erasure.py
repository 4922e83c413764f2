"""Personal data has an end (UU PDP 27/2022): one person's rows found by the keyed digest of their NIK, and
claim documents past their retention. The same SQL serves SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from conversations.domain.claims import ClaimStatus
from storage.base import UserKey
from storage.timestamps import ts

if TYPE_CHECKING:
    from storage.crypto import Protector
    from storage.parsed import ParsedConversations
    from storage.sql import Sql

CLOSED = (ClaimStatus.PAID.value, ClaimStatus.REJECTED.value)
"""Claims whose documents are kept for the retention after they closed; a withdrawn draft's are not kept at all."""
ACCOUNT_TABLES = ("conversation", "conversation_set_aside", "timer", "outbox", "inbound_event", "contact_point",
                  "outreach", "opt_out", "ticket", "kept_form")
"""Everything kept about a chat account: its conversation, its messages either way, its proven numbers."""


@dataclass
class ErasedRows:
    participants: int = 0
    nominations: int = 0
    claims: int = 0
    documents: int = 0
    accounts: int = 0
    digests: set[str] = field(default_factory=set)
    """Stored files the erased claims and tickets referred to; the caller deletes those nothing still uses."""

    def counts(self) -> dict[str, object]:
        return {"participants": self.participants, "nominations": self.nominations, "claims": self.claims,
                "documents": self.documents, "accounts": self.accounts}


class ErasureStore:
    __slots__ = ()
    _db: Sql
    _p: Protector
    _parsed: ParsedConversations | None

    async def erase_subject(self, nik: str) -> ErasedRows:
        """Delete what identifies this person: roster row, proposals, claims about them with their documents,
        proofs, and the chat accounts that filed those claims or hold the NIK in a draft."""
        erased = ErasedRows()
        subject = self._p.digest(nik)
        accounts: set[tuple[str, str]] = set()
        claims = await self._db.execute_fetchall("SELECT id, channel, user_key FROM claim WHERE subject_hash = ?",
                                                 (subject,))
        for claim_id, channel, user in claims:
            accounts.add((str(channel), str(user)))
            documents = await self._db.execute_fetchall("SELECT digest FROM claim_document WHERE claim_id = ?",
                                                        (claim_id,))
            erased.digests.update(str(d) for (d,) in documents)
            erased.documents += len(documents)
            await self._db.execute("DELETE FROM claim_document WHERE claim_id = ?", (claim_id,))
            await self._db.execute("DELETE FROM claim WHERE id = ?", (claim_id,))
        erased.claims = len(claims)
        nominations = await self._db.execute_fetchall("SELECT id FROM nomination WHERE nik_hash = ?", (subject,))
        for (nomination_id,) in nominations:
            await self._db.execute("DELETE FROM nomination_token WHERE nomination_id = ?", (nomination_id,))
            await self._db.execute("DELETE FROM nomination WHERE id = ?", (nomination_id,))
        erased.nominations = len(nominations)
        phones = await self._db.execute_fetchall(
            "SELECT phone_hash FROM participant WHERE nik_hash = ? AND phone_hash IS NOT NULL", (subject,))
        for (phone_hash,) in phones:
            await self._db.execute("DELETE FROM contact_point WHERE phone_hash = ?", (phone_hash,))
        cursor = await self._db.execute("DELETE FROM participant WHERE nik_hash = ?", (subject,))
        erased.participants = max(cursor.rowcount, 0)
        await self._db.execute("DELETE FROM proof_code WHERE nik_hash = ?", (subject,))
        await self._db.execute("DELETE FROM death_report WHERE nik_hash = ?", (subject,))
        await self._db.execute("DELETE FROM proof_failure WHERE subject = ?", (self._p.digest(f"nik:{nik}"),))
        accounts |= await self._accounts_holding(nik)
        for channel, user in sorted(accounts):
            files = await self._db.execute_fetchall(
                "SELECT media_digest FROM ticket_message WHERE media_digest IS NOT NULL AND ticket_id IN "
                "(SELECT id FROM ticket WHERE channel = ? AND user_key = ?)", (channel, user))
            erased.digests.update(str(d) for (d,) in files)
            await self._db.execute(
                "DELETE FROM ticket_message WHERE ticket_id IN (SELECT id FROM ticket WHERE channel = ? AND user_key = ?)",
                (channel, user))
            for table in ACCOUNT_TABLES:
                await self._db.execute(f"DELETE FROM {table} WHERE channel = ? AND user_key = ?", (channel, user))
            if self._parsed is not None:  # nor kept in this process's memory
                self._parsed.forget(UserKey(channel, user))
        erased.accounts = len(accounts)
        return erased

    async def _accounts_holding(self, nik: str) -> set[tuple[str, str]]:
        """Conversations with this NIK in their sealed draft or memo (a status check, a claim in progress)."""
        found: set[tuple[str, str]] = set()
        rows = await self._db.execute_fetchall(
            "SELECT channel, user_key, draft, memo FROM conversation WHERE draft IS NOT NULL OR memo IS NOT NULL")
        for channel, user, *sealed in rows:
            for blob in sealed:
                try:
                    if blob is not None and nik in json.dumps(json.loads(self._p.decrypt(bytes(blob)))):
                        found.add((str(channel), str(user)))
                except Exception:  # noqa: BLE001, S112 - an unreadable row holds nothing we can find
                    continue
        return found

    async def documents_closed_before(self, before: dt.datetime) -> list[tuple[int, str]]:
        rows = await self._db.execute_fetchall(
            "SELECT d.claim_id, d.digest FROM claim_document AS d JOIN claim AS c ON c.id = d.claim_id "
            "WHERE c.status IN (?, ?) AND c.updated_at < ? OR c.status = ?",
            (*CLOSED, ts(before), ClaimStatus.WITHDRAWN.value))
        return [(int(claim_id), str(digest)) for claim_id, digest in rows]

    async def forget_documents(self, documents: list[tuple[int, str]]) -> None:
        for claim_id, digest in documents:
            await self._db.execute("DELETE FROM claim_document WHERE claim_id = ? AND digest = ?", (claim_id, digest))

    async def digests_in_use(self, digests: set[str]) -> set[str]:
        used: set[str] = set()
        for digest in sorted(digests):
            rows = await self._db.execute_fetchall(
                "SELECT 1 FROM claim_document WHERE digest = ? UNION ALL "
                "SELECT 1 FROM ticket_message WHERE media_digest = ? LIMIT 1", (digest, digest))
            if rows:
                used.add(digest)
        return used
