"""The flows of Kawan Kerja, and the registry that ties them to the main menu."""

from __future__ import annotations

from conversations.flows import (
    accident,
    benefits,
    calculator,
    death,
    death_report,
    desk,
    documents,
    handoff,
    menu,
    nominate,
    officer,
    reached,
    resume,
    review,
    settings,
    status,
    tracking,
    understanding,
)
from conversations.nlu.language import guess_language
from conversations.registry import Registry


def build_registry() -> Registry:
    return Registry(
        flows=(menu.FLOW, status.FLOW, benefits.FLOW, calculator.FLOW, accident.FLOW, death.FLOW, documents.FLOW,
               tracking.FLOW, officer.FLOW, nominate.FLOW, review.FLOW, desk.FLOW, death_report.FLOW, handoff.FLOW,
               settings.FLOW, resume.FLOW,
               understanding.FLOW),
        home=menu.MenuState.MAIN,
        commands={"daftar": officer.register_command, "login": officer.register_command,
                  "duka": death.from_report, "nilai": handoff.rate_command},
        command_entries=frozenset({death.DeathState.FROM_REPORT}),
        menus=frozenset({menu.MenuState.NEXT, menu.MenuState.DONE}),
        resume=resume.ResumeState.ASK,
        understand=understanding.understand,
        leave=understanding.leave,
        stray_file=tracking.file_for_claim,
        follow_up=reached.follow_up,
        guess_language=guess_language,
    )
