"""The words of a closure review, in the user's language: the thank-you note drafted from
what was recorded (takeaways, advice acted on, what I gave back, the goals it served),
and the review as Markdown to keep or share."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication

from mentordesk.services.closure import ClosureDraft
from mentordesk.ui import formats

NOTE_ITEMS = 3  # takeaways and pieces of advice named in the note


def first_name(name: str) -> str:
    return name.split()[0] if name.split() else name


def thank_you_note(draft: ClosureDraft, learned: str, goal_titles: list[str], my_name: str) -> str:
    """A warm, specific draft the user edits before sending."""
    lines = [
        QCoreApplication.translate("closure", "Dear {name},").format(
            name=first_name(draft.mentor_name)
        ),
        "",
    ]
    if draft.first_met is not None and draft.meetings_held > 1:
        held = draft.meetings_held  # a plain name: pyside6-lupdate reads the plural then
        lines.append(
            QCoreApplication.translate(
                "closure",
                "As our mentorship comes to a close, I want to thank you for the %n "
                "conversation(s) we have had since {when}.",
                "",
                held,
            ).format(when=formats.long_date(draft.first_met))
        )
    else:
        lines.append(
            QCoreApplication.translate(
                "closure", "As our mentorship comes to a close, I want to thank you for your time."
            )
        )
    lessons = [line.lstrip("-*• ").strip() for line in learned.splitlines() if line.strip()]
    lessons = lessons or [t.text for t in draft.takeaways]
    if lessons:
        lines += ["", QCoreApplication.translate("closure", "What I keep coming back to:")]
        lines += [f"- {text}" for text in lessons[:NOTE_ITEMS]]
    if draft.done_actions:
        lines += ["", QCoreApplication.translate("closure", "Advice I acted on:")]
        for action in draft.done_actions[:NOTE_ITEMS]:
            lines.append(f"- {action.text}" + (f" — {action.outcome}" if action.outcome else ""))
    if goal_titles:
        lines += [
            "",
            QCoreApplication.translate("closure", "You helped me most with {goals}.").format(
                goals=_joined([f"“{title}”" for title in goal_titles])
            ),
        ]
    if draft.gave_back:
        lines += [
            "",
            QCoreApplication.translate(
                "closure", "I hope I gave a little back too: {what}."
            ).format(what=_joined([g.idea[:1].lower() + g.idea[1:] for g in draft.gave_back[:2]])),
        ]
    lines += [
        "",
        QCoreApplication.translate(
            "closure", "Thank you for your generosity. I would love to stay in touch."
        ),
        "",
        QCoreApplication.translate("closure", "Warm regards,"),
        my_name or QCoreApplication.translate("closure", "(your name)"),
    ]
    return "\n".join(lines)


def _joined(items: list[str]) -> str:
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + QCoreApplication.translate("closure", " and ") + items[-1]


def review_markdown(
    draft: ClosureDraft,
    *,
    ended_on: date,
    learned: str,
    goal_titles: list[str],
    thank_you: str,
) -> str:
    """The whole review as a Markdown document."""
    held = draft.meetings_held  # a plain name: pyside6-lupdate reads the plural then
    parts = [
        "# "
        + QCoreApplication.translate("closure", "Closing the mentorship with {name}").format(
            name=draft.mentor_name
        ),
        "",
        QCoreApplication.translate(
            "closure", "Ended on {day}; %n meeting(s) held.", "", held
        ).format(day=formats.long_date(ended_on)),
        "",
        "## " + QCoreApplication.translate("closure", "What I learned"),
        "",
        learned.strip() or QCoreApplication.translate("closure", "(not written)"),
        "",
        "## " + QCoreApplication.translate("closure", "Goals it served"),
        "",
    ]
    parts += [f"- {title}" for title in goal_titles] or [
        QCoreApplication.translate("closure", "(none chosen)")
    ]
    parts += ["", "## " + QCoreApplication.translate("closure", "Thank-you note"), ""]
    parts += [thank_you.strip(), ""]
    return "\n".join(parts)
