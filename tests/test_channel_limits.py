"""Nothing a user reads is cut or refused by a platform, and nothing is longer than a phone screen: every
catalog message and every transcript reply is at most 700 characters, and every choice label fits the
channel that shows it (WhatsApp: 1–3 choices are buttons of ≤ 20 characters, 4–10 a list of rows of ≤ 24;
Meta refuses a longer title with error 131009 and the message never arrives)."""

from __future__ import annotations

import pytest
from babel.messages.pofile import read_po

from bot.channels import whatsapp
from bot.channels.whatsapp import BODY_LIMIT, BUTTON_TITLE, MAX_BUTTONS, MAX_ROWS, ROW_TITLE, TEXT_LIMIT
from bot.config import PROJECT_ROOT
from conversations.flows import build_registry
from conversations.i18n import _, use_locale
from conversations.model import Reply
from tests.chat import CATALOGS

PHONE_SCREEN = 700
CALLBACK_DATA = 64
"""Telegram's limit on an inline button's callback data, in bytes."""


def problems_of(reply: Reply) -> list[str]:
    """What would not fit: a reply over a phone screen, a label over its channel's limit, repeated labels, and
    what the real renderers would send over a limit (WhatsApp bodies, the list button; Telegram's callback data)."""
    found = []
    if len(reply.text) > PHONE_SCREEN:
        found.append(f"{len(reply.text)} characters: {reply.text[:60]!r}…")
    labels = [choice.label for choice in reply.choices]
    limit = BUTTON_TITLE if len(labels) <= MAX_BUTTONS else ROW_TITLE if len(labels) <= MAX_ROWS else None
    if limit is not None:
        found += [f"label {label!r} over {limit}" for label in labels if len(label) > limit]
    if len(set(labels)) != len(labels):
        found.append(f"repeated labels {labels}")
    found += [f"callback data {reply.callback_data(c)!r} over {CALLBACK_DATA} bytes" for c in reply.choices
              if len(reply.callback_data(c).encode()) > CALLBACK_DATA]
    for message in whatsapp.render(reply, str(_("Pilih"))):
        if message["type"] == "text":
            body, body_limit = message["text"]["body"], TEXT_LIMIT
        else:
            interactive = message["interactive"]
            body, body_limit = interactive["body"]["text"], BODY_LIMIT
            button = interactive["action"].get("button", "")
            if len(button) > BUTTON_TITLE:
                found.append(f"list button {button!r} over {BUTTON_TITLE}")
        if len(body) > body_limit:
            found.append(f"WhatsApp body of {len(body)} over {body_limit}")
    return found


@pytest.mark.parametrize("locale", ["id", "en"])
def test_every_catalog_message_fits_a_phone_screen(locale: str) -> None:
    with (PROJECT_ROOT / "locales" / locale / "LC_MESSAGES" / "messages.po").open("rb") as handle:
        catalog = read_po(handle)
    too_long = [(len(m.string), m.id[:60]) for m in catalog if m.id and len(str(m.string)) > PHONE_SCREEN]
    assert too_long == []


@pytest.mark.parametrize("locale", ["id", "en"])
def test_every_fixed_choice_fits_whatsapp(locale: str) -> None:
    problems = []
    with use_locale(CATALOGS, locale):
        for flow in build_registry().flows:
            for step in flow.steps:
                if callable(step.options) or not step.options:
                    continue
                reply = Reply(text="x", choices=tuple(_choice(o.id, str(o.label)) for o in step.options), version=1)
                problems += [f"{step.state}: {p}" for p in problems_of(reply)]
    assert problems == []


def _choice(id_: str, label: str):  # type: ignore[no-untyped-def]
    from conversations.model import Choice

    return Choice(id=id_, label=label)
