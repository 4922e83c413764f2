"""The container is complete: every setting the README documents reaches the workers of the compose file,
and every setting the program reads is documented. (No Docker engine here: the files are checked.)"""

from __future__ import annotations

import re

from bot.config import PROJECT_ROOT, Settings

INTERNAL = {"KAWAN_LOCALES_DIR"}
"""Set by the Dockerfile to where the image keeps its compiled catalogs; not an operator's choice."""


def _readme_settings() -> set[str]:
    text = (PROJECT_ROOT / "README.md").read_text(encoding="utf-8")
    table = text.split("## Configuration", 1)[1].split("\n## ", 1)[0]
    return {name for line in table.splitlines() if line.startswith("| `")
            for name in re.findall(r"`([A-Z][A-Z0-9_]+)`", line.split("|")[1])}


def _compose_worker_environment() -> set[str]:
    text = (PROJECT_ROOT / "docker-compose.yml").read_text(encoding="utf-8")
    worker = text.split("x-worker:", 1)[1].split("\nservices:", 1)[0]
    environment = worker.split("environment:", 1)[1].split("\n  volumes:", 1)[0]
    return set(re.findall(r"^\s{4}([A-Z][A-Z0-9_]+):", environment, flags=re.MULTILINE))


def test_every_setting_is_documented_and_passed_to_the_workers() -> None:
    settings = {name.upper() for name in Settings.model_fields} - INTERNAL
    documented = _readme_settings()
    assert settings - documented == set(), "settings the README does not explain"
    assert documented - settings == set(), "README rows for settings that do not exist"
    assert documented - _compose_worker_environment() == set(), "settings the compose file does not pass"


def test_the_image_runs_as_a_user_with_its_own_data_folder() -> None:
    dockerfile = (PROJECT_ROOT / "Dockerfile").read_text(encoding="utf-8")
    assert "\nUSER kawan\n" in dockerfile
    assert "chown kawan:kawan /data" in dockerfile
    for folder in ("bot", "conversations", "services", "storage", "locales"):
        assert f"COPY {folder} ./{folder}" in dockerfile, folder
