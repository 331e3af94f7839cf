"""The ask to a prospect, in the user's language and the article's spirit: specific (why
they fit, the goals they fit), respectful of their time (a proposed rhythm and a
length, an agenda each time) and an easy yes or no. Built from
``services/asking.AskFacts``; the person edits it before sending."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from mentordesk.db.choices import IntervalUnit
from mentordesk.services.asking import AskFacts

FIRST_CHAT_MINUTES = 30


def first_name(name: str) -> str:
    return name.split()[0] if name.split() else name


def rhythm(facts: AskFacts) -> str:
    """ "once a month", "every 2 weeks" ... ("" when no rhythm is set)."""
    every = facts.every
    if not every:
        return ""
    if every == 1:
        return {
            IntervalUnit.DAYS.value: QCoreApplication.translate("ask", "once a day"),
            IntervalUnit.WEEKS.value: QCoreApplication.translate("ask", "once a week"),
            IntervalUnit.MONTHS.value: QCoreApplication.translate("ask", "once a month"),
        }.get(facts.unit or "", "")
    if facts.unit == IntervalUnit.DAYS.value:
        return QCoreApplication.translate("ask", "every %n day(s)", "", every)
    if facts.unit == IntervalUnit.MONTHS.value:
        return QCoreApplication.translate("ask", "every %n month(s)", "", every)
    return QCoreApplication.translate("ask", "every %n week(s)", "", every)


def subject(facts: AskFacts) -> str:
    if facts.asked_before:
        return QCoreApplication.translate("ask", "Following up: would you be open to mentoring me?")
    return QCoreApplication.translate("ask", "Would you be open to mentoring me?")


def ask_body(facts: AskFacts, my_name: str) -> str:
    lines = [QCoreApplication.translate("ask", "Hi {name},").format(name=first_name(facts.name))]
    lines.append("")
    if facts.asked_before:
        lines += [
            QCoreApplication.translate(
                "ask", "I am following up on my earlier message, in case it got buried."
            ),
            "",
        ]
    fit = " ".join(facts.fit_notes.split())
    if fit:
        why = fit[:1].lower() + fit[1:] if not fit[:2].isupper() else fit
        lines.append(
            QCoreApplication.translate(
                "ask", "I am reaching out to you in particular because of your experience: {why}"
            ).format(why=why)
            + ("" if fit.endswith((".", "!", "?")) else ".")
        )
    elif facts.role or facts.organisation:
        where = " · ".join(p for p in (facts.role, facts.organisation) if p)
        lines.append(
            QCoreApplication.translate(
                "ask", "I am reaching out to you because of your work ({where})."
            ).format(where=where)
        )
    if facts.goal_titles:
        goals = "; ".join(facts.goal_titles)
        lines.append(
            QCoreApplication.translate(
                "ask", "Right now I am working on: {goals}. Your experience is close to that."
            ).format(goals=goals)
        )
    lines.append("")
    how_often = rhythm(facts)
    minutes = facts.minutes or FIRST_CHAT_MINUTES
    if how_often:
        lines.append(
            QCoreApplication.translate(
                "ask",
                "Would you be open to mentoring me? I would suggest we meet {rhythm} for "
                "{minutes} minutes; I will send an agenda ahead each time and keep to the time.",
            ).format(rhythm=how_often, minutes=minutes)
        )
    else:
        lines.append(
            QCoreApplication.translate(
                "ask",
                "Would you be open to a first {minutes}-minute conversation about mentoring "
                "me? I will send an agenda ahead and keep to the time.",
            ).format(minutes=minutes)
        )
    lines += [
        "",
        QCoreApplication.translate(
            "ask",
            "A simple yes or no is all I need. If now is not a good time, I completely understand.",
        ),
        "",
        QCoreApplication.translate("ask", "Thank you for considering it,"),
        my_name or QCoreApplication.translate("ask", "(your name)"),
    ]
    return "\n".join(lines) + "\n"
