"""Golden transcripts: each file in tests/transcripts is a conversation, as a user lives it.

Lines: `> text` the user sends; `@tap LABEL` taps the newest button so labelled; `@advance MINUTES`
moves the clock and fires due timers; `@restart` kills and restarts the process (only the database
file survives); `@lang xx` sets the phone's language hint; `@photo NAME` sends a JPEG
(the same NAME is the same file); `@file MIME BYTES` sends a file of that type and size; `@user NAME` becomes
another user and shows what reached them meanwhile; `@contact PHONE` shares the user's own number;
`@quota KECAMATAN… N` is the city setting a quota; `#` comments; `<` lines are the bot's
replies (a `< ----` line separates two messages). Rewrite with `pytest --update-transcripts` and
review the diff.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.channels.console import render
from conversations.model import Reply
from tests.chat import ChatSimulator
from tests.factories import OFFICERS, ROSTER
from tests.test_channel_limits import problems_of

FOLDER = Path(__file__).parent / "transcripts"
TRANSCRIPTS = sorted(FOLDER.glob("*.txt"))


def _format(replies: list[Reply]) -> list[str]:
    lines: list[str] = []
    for index, reply in enumerate(replies):
        if index:
            lines.append("< ----")
        lines.extend(f"< {line}".rstrip() for line in render(reply).split("\n"))
    return lines


@pytest.mark.parametrize("path", TRANSCRIPTS, ids=lambda p: p.stem)
async def test_transcript(path: Path, tmp_path: Path, request: pytest.FixtureRequest, backend_url: str) -> None:
    script = [line for line in path.read_text(encoding="utf-8").splitlines() if not line.startswith("<")]
    chat = await ChatSimulator(tmp_path / "kawan.db", db_url=backend_url).start()
    await chat.seed(ROSTER, OFFICERS)
    output: list[str] = []
    try:
        for line in script:
            output.append(line)
            if line.startswith("> ") or line == ">":
                replies = await chat.send(line[2:])
            elif line.startswith("@tap "):
                replies = await chat.tap(line[5:])
            elif line.startswith("@advance "):
                replies = await chat.advance(minutes=float(line.split()[1]))
            elif line == "@restart":
                await chat.restart()
                replies = []
            elif line.startswith("@photo "):
                replies = await chat.media("image/jpeg", f"photo of {line[7:]}".encode())
            elif line.startswith("@file "):
                _cmd, mime, size = line.split()
                replies = await chat.media(mime, b"x" * min(int(size), 64), size=int(size))
            elif line.startswith("@user "):
                replies = chat.switch(line.split()[1])
            elif line.startswith("@contact "):
                replies = await chat.contact(line.split()[1])
            elif line.startswith("@quota "):
                *words, places = line.split()[1:]
                assert chat.repo is not None
                async with chat.repo.transaction() as tx:
                    await tx.set_quota("Kota Jambi", " ".join(words), int(places), chat.clock())
                replies = []
            elif line.startswith("@lang "):
                chat.language = line.split()[1]
                replies = []
            elif line.startswith("#") or not line.strip():
                replies = []
            else:
                raise AssertionError(f"{path.name}: unknown line {line!r}")
            output.extend(_format(replies))
    finally:
        await chat.close()
    unfit = [f"{reply.text[:40]!r}: {problem}" for reply in chat.transcript for problem in problems_of(reply)]
    assert unfit == [], f"{path.name}: replies that do not fit a phone or a channel"
    actual = "\n".join(output) + "\n"
    if request.config.getoption("--update-transcripts"):
        path.write_text(actual, encoding="utf-8")
        return
    expected = path.read_text(encoding="utf-8")
    assert actual == expected, f"transcript {path.name} changed; run pytest --update-transcripts and review"
