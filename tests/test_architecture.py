"""The engine stays pure, every flow passes the validator, and every sentence is in both catalogs."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
from babel.messages.extract import extract_from_dir
from babel.messages.pofile import read_po

from bot.config import PROJECT_ROOT
from conversations.flow import Flow, Option, Step, Timeout
from conversations.flows import build_registry
from conversations.i18n import lazy_gettext
from conversations.model import Expect
from conversations.registry import FlowError, Registry, validate_flows
from tests.chat import CATALOGS

FORBIDDEN = {"telegram", "httpx", "starlette", "uvicorn", "aiosqlite", "asyncpg", "storage", "bot", "sqlite3",
             "socket", "requests", "asyncio"}


def test_the_engine_imports_no_io() -> None:
    offenders = []
    for path in (PROJECT_ROOT / "conversations").rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            names = []
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            offenders += [f"{path.name}: {n}" for n in names if n.split(".")[0] in FORBIDDEN]
    assert offenders == []


def test_every_flow_is_valid_and_translated() -> None:
    validate_flows(build_registry(), CATALOGS)


# -- one broken flow per rule ----------------------------------------------------------------

L = lazy_gettext("Menu utama")


def _registry(*steps: Step, home: str = "t.home", **flow: object) -> Registry:
    return Registry(flows=(Flow(name="t", entry="t.home", steps=steps, **flow),), home=home)  # type: ignore[arg-type]


def _home(*options: Option, **kw: object) -> Step:
    return Step("t.home", timeout=Timeout.NONE, ask=L, options=options or (Option("a", L, goto="t.home"),), **kw)  # type: ignore[arg-type]


BROKEN = {
    "target t.nowhere does not exist": _registry(_home(Option("a", L, goto="t.nowhere"))),
    "cannot be reached": _registry(_home(), Step("t.island", timeout=Timeout.QUIET, ask=L, options=(Option("a", L, goto="t.home"),))),
    "duplicate state": _registry(_home(), _home()),
    "expects typed input but has no on_text": _registry(_home(Option("a", L, goto="t.nik")), Step("t.nik", timeout=Timeout.NOTICE, ask=L, expects=Expect.NIK)),
    "expects a choice but offers none": _registry(_home(Option("a", L, goto="t.x")), Step("t.x", timeout=Timeout.NOTICE, ask=L)),
    "too long for a 64-byte button": _registry(_home(Option("x" * 60, L, goto="t.home"))),
    "duplicate choice ids": _registry(_home(Option("a", L, goto="t.home"), Option("a", L, goto="t.home"))),
    "needs exactly one of goto or then": _registry(_home(Option("a", L))),
    "computes its target but goes_to is empty": _registry(_home(Option("a", L, then=lambda ctx: None))),  # type: ignore[arg-type,return-value]
    "asks nothing": _registry(_home(Option("a", L, goto="t.mute")), Step("t.mute", timeout=Timeout.QUIET, options=(Option("b", L, goto="t.home"),))),
    "waits for a result but has no on_result": _registry(_home(Option("a", L, goto="t.wait")), Step("t.wait", timeout=Timeout.QUIET, expects=Expect.NOTHING, goes_to=frozenset({"t.home"}))),
    "must start with": _registry(_home(Option("a", L, goto="other.x")), Step("other.x", timeout=Timeout.QUIET, ask=L, options=(Option("b", L, goto="t.home"),))),
    "home state": _registry(_home(), home="t.missing"),
    "cancel_to t.gone does not exist": _registry(_home(), cancel_to="t.gone"),
    "missing from the": _registry(_home(Option("a", lazy_gettext("Kalimat yang tidak ada di katalog"), goto="t.home"))),
}


@pytest.mark.parametrize("rule", BROKEN, ids=list(BROKEN))
def test_each_broken_flow_is_refused(rule: str) -> None:
    with pytest.raises(FlowError, match=rule):
        validate_flows(BROKEN[rule], CATALOGS)


# -- catalogs --------------------------------------------------------------------------------


def _catalog(locale: str):  # type: ignore[no-untyped-def]
    with (PROJECT_ROOT / "locales" / locale / "LC_MESSAGES" / "messages.po").open("rb") as handle:
        return read_po(handle)


def _msgids_in_code() -> set[str]:
    """Every msgid in the Python of the engine, the process and the services, and in the desk's templates."""
    found: set[str] = set()
    methods = [("**/templates/**.html", "jinja2"), ("**.py", "python")]
    options = {"**/templates/**.html": {"extensions": "jinja2.ext.i18n"}}
    for folder in ("conversations", "bot", "services"):
        for _file, _line, message, _comments, _context in extract_from_dir(
            PROJECT_ROOT / folder, method_map=methods, options_map=options,
            keywords={"_": None, "lazy_gettext": None, "ngettext": (1, 2)}
        ):
            found.add(message if isinstance(message, str) else message[0])
    return found


def _forms(value: str | tuple[str, ...]) -> tuple[str, ...]:
    """A message's singular and plural forms (an ngettext entry has several)."""
    return (value,) if isinstance(value, str) else tuple(value)


@pytest.mark.parametrize("locale", ["id", "en"])
def test_catalog_is_complete(locale: str) -> None:
    catalog = _catalog(locale)
    untranslated = [m.id for m in catalog if m.id and not all(_forms(m.string))]
    fuzzy = [m.id for m in catalog if m.id and m.fuzzy]
    missing = sorted(_msgids_in_code() - {_forms(m.id)[0] for m in catalog if m.id})
    assert (untranslated, fuzzy, missing) == ([], [], [])


@pytest.mark.parametrize("locale", ["id", "en"])
def test_translations_keep_their_placeholders(locale: str) -> None:
    import re

    field = re.compile(r"\{(\w*)\}")
    broken = [m.id for m in _catalog(locale) if m.id for form in _forms(m.string)
              if sorted(field.findall(_forms(m.id)[0])) != sorted(field.findall(form))]
    assert broken == []


def test_compiled_catalogs_are_current() -> None:
    for locale in ("id", "en"):
        folder = Path(PROJECT_ROOT / "locales" / locale / "LC_MESSAGES")
        assert (folder / "messages.mo").stat().st_mtime + 1 >= (folder / "messages.po").stat().st_mtime


def test_services_never_call_the_process() -> None:
    """`bot/` calls `services/`; `services/` calls `storage/` and the domain; nothing calls `bot/`."""
    offenders = []
    for folder in ("services", "storage", "conversations"):
        for path in (PROJECT_ROOT / folder).rglob("*.py"):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if isinstance(node, ast.ImportFrom) and node.module and node.module.split(".")[0] == "bot":
                    offenders.append(f"{folder}/{path.name}: {node.module}")
                elif isinstance(node, ast.Import):
                    offenders += [f"{folder}/{path.name}: {a.name}" for a in node.names if a.name.split(".")[0] == "bot"]
    assert offenders == []


def test_every_effect_has_one_handler() -> None:
    import typing

    from conversations.model import Effect
    from services.effects import HANDLERS

    assert set(typing.get_args(Effect)) == set(HANDLERS)


def test_every_desk_template_compiles() -> None:
    """A template that does not compile also hides its sentences from the catalog extraction."""
    from bot.desk.core import template_environment

    environment = template_environment(str)
    names = environment.list_templates(extensions=["html"])
    assert len(names) >= 9
    for name in names:
        environment.get_template(name)


def _bound_at_top(node: ast.stmt) -> list[str]:
    if isinstance(node, ast.Assign):
        return [target.id for target in node.targets if isinstance(target, ast.Name)]
    if isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
        return [node.target.id]
    if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
        return [node.name]
    if isinstance(node, ast.Import | ast.ImportFrom):
        return [alias.asname or alias.name.split(".")[0] for alias in node.names]
    return []


def test_no_module_binds_a_top_level_name_twice() -> None:
    """A second `PAPERS = …` further down understanding.py silently replaced the first for every function that read it
    ("sudah kirim foto, sudah masuk belum?" lost its answer); neither ruff nor mypy says so."""
    twice = []
    for package in ("bot", "conversations", "services", "storage", "bench"):
        for path in (PROJECT_ROOT / package).rglob("*.py"):
            seen: set[str] = set()
            for node in ast.parse(path.read_text(encoding="utf-8")).body:
                for name in _bound_at_top(node):
                    if name in seen:
                        twice.append(f"{path.relative_to(PROJECT_ROOT)}: {name}")
                    seen.add(name)
    assert twice == []


def test_no_source_file_holds_a_control_character() -> None:
    """A pattern's "\\b" written through a non-raw string became a backspace: the regex compiled and never matched (an RT
    head's "mau ganti data warga" was "not understood"), and nothing else said so."""
    found = []
    for package in ("bot", "conversations", "services", "storage", "bench", "tests"):
        for path in (PROJECT_ROOT / package).rglob("*.py"):
            for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
                if any(ord(ch) < 32 and ch != "\t" for ch in line):
                    found.append(f"{path.relative_to(PROJECT_ROOT)}:{number}")
    assert found == []


def test_no_sentence_is_translated_inside_an_f_string() -> None:
    """`f"{_('Cederanya sudah saya catat.')} …"` ran, but babel reads no call inside an f-string: the sentence never
    reached the catalogs, and English users got it in Indonesian."""
    hidden = []
    for package in ("bot", "conversations", "services"):
        for path in (PROJECT_ROOT / package).rglob("*.py"):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if isinstance(node, ast.JoinedStr):
                    hidden += [f"{path.relative_to(PROJECT_ROOT)}:{call.lineno}" for call in ast.walk(node)
                               if isinstance(call, ast.Call) and isinstance(call.func, ast.Name)
                               and call.func.id in {"_", "ngettext", "lazy_gettext"}]
    assert hidden == []
