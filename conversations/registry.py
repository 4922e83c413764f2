"""The table of flows, and the checks every flow must pass before the bot starts."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from conversations.flow import Ctx, Flow, Option, Outcome, Step
from conversations.i18n import LazyText
from conversations.model import Expect, Media

MAX_CALLBACK_BYTES = 64
VERSION_ROOM = 11
"""Bytes kept for `<version>:` in a callback: versions up to ten digits."""


class FlowError(Exception):
    """A flow definition breaks a rule; raised at start-up, never while serving users."""


@dataclass(frozen=True)
class Registry:
    flows: tuple[Flow, ...]
    home: str
    commands: Mapping[str, Callable[[Ctx[Any], str], Outcome]] = field(default_factory=dict)
    """Slash commands with an argument that start a flow from any step (`/daftar KODE`)."""
    command_entries: frozenset[str] = frozenset()
    """States only a command enters (the family's `/duka TOKEN`): reachable, though no step leads there."""
    menus: frozenset[str] = frozenset()
    """Besides home, states whose choices are menu entries ("what else?"): a message there is read whole, as
    at home, never picked by a word inside it ("berita ojol meninggal" is not the death claim)."""
    understand: Callable[[Ctx[Any], str], Outcome | None] | None = None
    """Free text that is not an answer to the question (or is typed at the menu): what the user wants
    instead, or None. Its outcome may go to any state, like an entry command."""
    leave: Callable[[Ctx[Any], str], Outcome | None] | None = None
    """A message that leaves whatever is asked, read before the question reads it ("menu petugas" typed by an
    officer, which a free-text question would keep as an address or a reason); None reads it as usual. Its outcome
    may go to any state."""
    stray_file: Callable[[Ctx[Any], Media], Outcome | None] | None = None
    """A photo or PDF sent at a step that takes none (after the checklist was left): where it goes instead (the
    unfinished claim it is most likely for), or None to refuse it."""
    follow_up: Callable[[Ctx[Any], str], Outcome | None] | None = None
    """A reply to what the bot sent first (a reminder), read even when the session had ended meanwhile (the user
    was idle, and a reminder is most often answered hours later); None reads it as usual."""
    resume: str | None = None
    """The question whether to continue a form left unfinished, asked by the engine when its flow is chosen again
    (Flow.resumable)."""
    guess_language: Callable[..., str | None] | None = None
    """The language a first message is clearly written in (a user who opens in English is answered in
    English), or None."""
    _steps: dict[str, Step] = field(default_factory=dict, repr=False)
    _flow_of: dict[str, Flow] = field(default_factory=dict, repr=False)
    _targets: dict[str, frozenset[str]] = field(default_factory=dict, repr=False)

    def __post_init__(self) -> None:
        for flow in self.flows:
            for step in flow.steps:
                self._steps.setdefault(step.state, step)
                self._flow_of.setdefault(step.state, flow)
        self._targets.update((state, _targets_of(step)) for state, step in self._steps.items())

    def step(self, state: str) -> Step | None:
        return self._steps.get(state)

    def flow_of(self, state: str) -> Flow | None:
        return self._flow_of.get(state)

    def static_targets(self, step: Step) -> frozenset[str]:
        """Worked out once: the engine checks every outcome against them."""
        return self._targets[step.state] if self._steps.get(step.state) is step else _targets_of(step)


def _lazy_texts(step: Step) -> Iterable[LazyText]:
    if isinstance(step.ask, LazyText):
        yield step.ask
    if step.help is not None:
        yield step.help
    if isinstance(step.options, tuple):
        yield from (option.label for option in step.options)


def validate_flows(registry: Registry, catalogs: Mapping[str, object] | None = None) -> None:
    """Every state unique and handled, every target real, every step reachable, every wait timed,
    every choice id short enough for a Telegram button, every label a catalog entry."""
    problems: list[str] = []
    seen: set[str] = set()
    for flow in registry.flows:
        if not any(step.state == flow.entry for step in flow.steps):
            problems.append(f"flow {flow.name}: entry {flow.entry} is not one of its steps")
        if flow.cancel_to is not None and registry.step(flow.cancel_to) is None:
            problems.append(f"flow {flow.name}: cancel_to {flow.cancel_to} does not exist")
        for step in flow.steps:
            if step.state in seen:
                problems.append(f"duplicate state {step.state}")
            seen.add(step.state)
            if not step.state.startswith(flow.name + "."):
                problems.append(f"state {step.state} must start with '{flow.name}.'")
            if step.timeout is None:
                problems.append(f"{step.state}: no timeout policy")
            problems.extend(_check_handlers(step))
            if isinstance(step.options, tuple):
                problems.extend(_check_options(step, step.options))
            for target in registry.static_targets(step):
                if registry.step(target) is None:
                    problems.append(f"{step.state}: target {target} does not exist")
    if registry.step(registry.home) is None:
        problems.append(f"home state {registry.home} does not exist")
    else:
        reachable = _reachable(registry)
        for flow in registry.flows:
            for step in flow.steps:
                if step.state not in reachable:
                    problems.append(f"{step.state} cannot be reached from {registry.home}")
    if catalogs is not None:
        for flow in registry.flows:
            for step in flow.steps:
                for text in _lazy_texts(step):
                    for locale, catalog in catalogs.items():
                        if not _translated(catalog, text.msgid):
                            problems.append(f"{step.state}: {text.msgid!r} missing from the {locale} catalog")
    if problems:
        raise FlowError("; ".join(problems))


def _translated(catalog: object, msgid: str) -> bool:
    messages = getattr(catalog, "_catalog", None)
    return isinstance(messages, dict) and bool(messages.get(msgid))


def _check_handlers(step: Step) -> list[str]:
    problems = []
    has_options = bool(step.options)
    if step.expects is Expect.CHOICE and not has_options:
        problems.append(f"{step.state}: expects a choice but offers none")
    if step.expects in (Expect.TEXT, Expect.NIK, Expect.DATE, Expect.NUMBER) and step.on_text is None:
        problems.append(f"{step.state}: expects typed input but has no on_text")
    if step.expects is Expect.MEDIA and step.on_media is None:
        problems.append(f"{step.state}: expects media but has no on_media")
    if step.expects is Expect.CONTACT and step.on_contact is None:
        problems.append(f"{step.state}: expects a contact but has no on_contact")
    if step.transient and step.on_result is None:
        problems.append(f"{step.state}: waits for a result but has no on_result")
    if not step.transient and step.ask is None:
        problems.append(f"{step.state}: asks nothing")
    return problems


def _check_options(step: Step, options: tuple[Option, ...]) -> list[str]:
    problems = []
    ids = [option.id for option in options]
    if len(ids) != len(set(ids)):
        problems.append(f"{step.state}: duplicate choice ids")
    for option in options:
        if len(option.id.encode()) + VERSION_ROOM > MAX_CALLBACK_BYTES:
            problems.append(f"{step.state}: choice id {option.id!r} too long for a 64-byte button")
        if (option.goto is None) == (option.then is None):
            problems.append(f"{step.state}: choice {option.id!r} needs exactly one of goto or then")
        if option.then is not None and not step.goes_to:
            problems.append(f"{step.state}: choice {option.id!r} computes its target but goes_to is empty")
    return problems


def _reachable(registry: Registry) -> set[str]:
    seen = {registry.home, *registry.command_entries, *([registry.resume] if registry.resume else [])}
    frontier = list(seen)
    while frontier:
        step = registry.step(frontier.pop())
        if step is None:
            continue
        for target in registry.static_targets(step):
            if target not in seen:
                seen.add(target)
                frontier.append(target)
    return seen


def _targets_of(step: Step) -> frozenset[str]:
    targets = set(step.goes_to)
    if isinstance(step.options, tuple):
        targets.update(option.goto for option in step.options if option.goto)
    return frozenset(targets)
