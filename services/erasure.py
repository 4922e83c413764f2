"""Erasure and retention (UU PDP 27/2022): a person's data removed on request, claim documents removed when
their claim has been closed long enough. The audit log keeps that it happened, never what was removed."""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
from collections.abc import Callable
from dataclasses import dataclass

from conversations.domain.nik import NikError, parse_nik
from services.roster_rows import NIK_PROBLEMS
from storage.base import Repository

log = logging.getLogger(__name__)

DeleteFile = Callable[[str], None]


class ErasureError(ValueError):
    """Nothing was erased: the operator is told why."""


@dataclass(frozen=True, slots=True)
class Erasure:
    counts: dict[str, object]
    files: int


async def erase_person(repo: Repository, nik_text: str, actor: str, now: dt.datetime,
                       delete_file: DeleteFile) -> Erasure:
    nik = parse_nik(nik_text)
    if isinstance(nik, NikError):
        raise ErasureError(str(NIK_PROBLEMS[nik.problem]))
    async with repo.transaction() as tx:
        erased = await tx.erase_subject(nik.value)
        orphans = erased.digests - await tx.digests_in_use(erased.digests)
        # The subject is a sequence number, not a digest of the NIK: nothing in the log leads back to them.
        await tx.append_audit(actor, "person.erased", "person", dict(erased.counts()), now)
    return Erasure(erased.counts(), _delete_all(orphans, delete_file))


async def purge_documents(repo: Repository, retention: dt.timedelta, now: dt.datetime, actor: str,
                          delete_file: DeleteFile) -> int:
    """Documents of claims paid or refused more than `retention` ago, and of drafts their claimant withdrew; the
    claim itself stays for the record."""
    async with repo.transaction() as tx:
        old = await tx.documents_closed_before(now - retention)
        if not old:
            return 0
        await tx.forget_documents(old)
        digests = {digest for _claim, digest in old}
        orphans = digests - await tx.digests_in_use(digests)
        await tx.append_audit(actor, "documents.purged", "claims", {"documents": len(old),
                                                                   "claims": len({c for c, _d in old})}, now)
    return _delete_all(orphans, delete_file)


def _delete_all(digests: set[str], delete_file: DeleteFile) -> int:
    deleted = 0
    for digest in sorted(digests):
        with contextlib.suppress(FileNotFoundError):
            delete_file(digest)
            deleted += 1
    return deleted
