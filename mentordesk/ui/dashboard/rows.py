"""What each dashboard row says, and the one-click buttons on it."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from mentordesk.db.choices import MeetingFormat, MentorStatus, OutreachKind
from mentordesk.services.cadence import Cadence, CadenceStatus
from mentordesk.services.dashboard import (
    DueAction,
    PastPlanned,
    ReportBack,
    ReviewDue,
    UpcomingMeeting,
)
from mentordesk.services.givebacks import Balance
from mentordesk.services.prospects import FollowUp
from mentordesk.ui import formats, labels
from mentordesk.ui.dashboard.section import Button, row
from mentordesk.ui.formats import isolated
from mentordesk.ui.givebacks.balance import balance_text
from mentordesk.ui.mentors import cadence_text

if TYPE_CHECKING:
    from mentordesk.ui.dashboard.area import DashboardView


def _log_touch(view: DashboardView, mentor_id: str, mentor_name: str) -> None:
    # The dialog's module (a record editor) is imported when first used, not when the
    # Dashboard first shows.
    from mentordesk.ui.between.dialogs import log_touch

    log_touch(view.context, mentor_id, mentor_name, view)


def due_row(view: DashboardView, item: Cadence, n: int) -> Callable[[], QWidget]:
    def make() -> QWidget:
        standing = cadence_text.standing_text(item)
        if item.mentor_status == MentorStatus.ALUMNI:
            standing = QCoreApplication.translate(
                "DashboardView", "time to keep in touch ({standing})"
            ).format(standing=standing)
        main = (
            f"{isolated(item.mentor_name)} — {standing}" if standing else isolated(item.mentor_name)
        )
        details = [cadence_text.interval_text(item.interval)] if item.interval else []
        details.append(cadence_text.last_met_text(item, view.context.today()))
        details.append(cadence_text.touch_text(item))  # how touches counted, and why
        return row(
            f"dueRow{n}",
            main,
            " · ".join(d for d in details if d),
            [
                Button(
                    f"duePlan{n}",
                    QCoreApplication.translate("DashboardView", "Plan meeting…"),
                    QCoreApplication.translate(
                        "DashboardView", "Plan a meeting with {name}"
                    ).format(name=item.mentor_name),
                    lambda: view.plan_for(item),
                ),
                Button(
                    f"dueTouch{n}",
                    QCoreApplication.translate("DashboardView", "Log touch…"),
                    QCoreApplication.translate(
                        "DashboardView", "Log an email, message, call or chat with {name}"
                    ).format(name=item.mentor_name),
                    lambda: _log_touch(view, item.mentor_id, item.mentor_name),
                ),
                Button(
                    f"dueOpen{n}",
                    QCoreApplication.translate("DashboardView", "Open"),
                    QCoreApplication.translate("DashboardView", "Open {name}").format(
                        name=item.mentor_name
                    ),
                    lambda: view.open_mentor(item.mentor_id),
                ),
            ],
            warn=item.status == CadenceStatus.OVERDUE,
        )

    return make


def upcoming_row(view: DashboardView, item: UpcomingMeeting, n: int) -> Callable[[], QWidget]:
    def make() -> QWidget:
        main = QCoreApplication.translate("DashboardView", "{when} · {name} · {format}").format(
            when=formats.meeting_time(item.start),
            name=isolated(item.mentor_name),
            format=labels.label(MeetingFormat, item.format),
        )
        details = []
        if item.agenda:
            details.append(
                QCoreApplication.translate("DashboardView", "Agenda: {points}").format(
                    points=", ".join(item.agenda[:4]) + ("…" if len(item.agenda) > 4 else "")
                )
            )
        else:
            details.append(QCoreApplication.translate("DashboardView", "No agenda yet"))
        if item.open_actions:
            count = item.open_actions
            details.append(
                QCoreApplication.translate("DashboardView", "%n open action item(s)", "", count)
            )
        if item.to_report:
            details.append(
                QCoreApplication.translate("DashboardView", "{n} to report back").format(
                    n=item.to_report
                )
            )
        buttons = []
        if item.join_url:
            buttons.append(
                Button(
                    f"upcomingJoin{n}",
                    QCoreApplication.translate("DashboardView", "Join"),
                    QCoreApplication.translate("DashboardView", "Join the call with {name}").format(
                        name=item.mentor_name
                    ),
                    lambda: view.join(item.join_url),
                    tooltip=item.join_url,
                )
            )
        buttons.append(
            Button(
                f"upcomingBrief{n}",
                QCoreApplication.translate("DashboardView", "Brief"),
                QCoreApplication.translate("DashboardView", "The brief for {name}").format(
                    name=item.mentor_name
                ),
                lambda: view.open_meeting(item.id),
            )
        )
        return row(f"upcomingRow{n}", main, " · ".join(details), buttons)

    return make


def past_planned_row(view: DashboardView, item: PastPlanned, n: int) -> Callable[[], QWidget]:
    def make() -> QWidget:
        return row(
            f"pastPlannedRow{n}",
            QCoreApplication.translate("DashboardView", "{when} · {name}").format(
                when=formats.meeting_time(item.start), name=isolated(item.mentor_name)
            ),
            QCoreApplication.translate(
                "DashboardView", "Its time has passed: mark it held, or cancel it."
            ),
            [
                Button(
                    f"pastPlannedOpen{n}",
                    QCoreApplication.translate("DashboardView", "Open"),
                    QCoreApplication.translate(
                        "DashboardView", "Open the past meeting with {name}"
                    ).format(name=item.mentor_name),
                    lambda: view.open_meeting(item.id),
                )
            ],
            warn=True,
        )

    return make


def action_row(view: DashboardView, item: DueAction, n: int) -> Callable[[], QWidget]:
    def make() -> QWidget:
        day = formats.short_date(item.due_date)
        if item.days_late > 0:
            when = QCoreApplication.translate("DashboardView", "overdue since {day}").format(
                day=day
            )
        elif item.days_late == 0:
            when = QCoreApplication.translate("DashboardView", "due today")
        else:
            when = QCoreApplication.translate("DashboardView", "due {day}").format(day=day)
        return row(
            f"actionRow{n}",
            item.text,
            f"{isolated(item.mentor_name)} · {when}",
            [
                Button(
                    f"actionOpen{n}",
                    QCoreApplication.translate("DashboardView", "Open"),
                    QCoreApplication.translate(
                        "DashboardView", "Open the action item {text}"
                    ).format(text=item.text),
                    lambda: view.open_action(item.id),
                )
            ],
            warn=item.days_late > 0,
        )

    return make


def report_row(view: DashboardView, item: ReportBack, n: int) -> Callable[[], QWidget]:
    def make() -> QWidget:
        main = f"{item.text}: {item.outcome}" if item.outcome else item.text
        done = (
            QCoreApplication.translate("DashboardView", "done {day}").format(
                day=formats.short_date(item.done_on)
            )
            if item.done_on
            else ""
        )
        return row(
            f"reportRow{n}",
            main,
            " · ".join(p for p in (isolated(item.mentor_name), done) if p),
            [
                Button(
                    f"reportDone{n}",
                    QCoreApplication.translate("DashboardView", "Reported"),
                    QCoreApplication.translate("DashboardView", "Mark reported: {text}").format(
                        text=item.text
                    ),
                    lambda: view.mark_reported(item),
                    tooltip=QCoreApplication.translate(
                        "DashboardView", "I told {name} how it went"
                    ).format(name=item.mentor_name),
                )
            ],
        )

    return make


def review_row(view: DashboardView, item: ReviewDue, n: int) -> Callable[[], QWidget]:
    def make() -> QWidget:
        day = formats.short_date(item.review_date)
        if item.days_left < 0:
            when = QCoreApplication.translate("DashboardView", "was due {day}").format(day=day)
        elif item.days_left == 0:
            when = QCoreApplication.translate("DashboardView", "due today")
        else:
            when = QCoreApplication.translate("DashboardView", "due {day} (in {days})").format(
                day=day, days=cadence_text.days_text(item.days_left)
            )
        return row(
            f"reviewRow{n}",
            QCoreApplication.translate(
                "DashboardView", "Review the agreement with {name} (version {version})"
            ).format(name=isolated(item.mentor_name), version=item.version),
            when,
            [
                Button(
                    f"reviewOpen{n}",
                    QCoreApplication.translate("DashboardView", "Open agreement"),
                    QCoreApplication.translate(
                        "DashboardView", "Open the agreement with {name}"
                    ).format(name=item.mentor_name),
                    lambda: view.open_agreement(item.mentor_id),
                )
            ],
            warn=item.days_left < 0,
        )

    return make


def drift_row(view: DashboardView, item: Cadence, n: int) -> Callable[[], QWidget]:
    def make() -> QWidget:
        assert item.drift is not None
        if item.drift.is_early:
            advice = QCoreApplication.translate(
                "DashboardView", "More often than agreed: is that still right for them?"
            )
        else:
            advice = QCoreApplication.translate(
                "DashboardView", "Less often than agreed: plan ahead, or agree a new rhythm."
            )
        return row(
            f"driftRow{n}",
            f"{isolated(item.mentor_name)} — {advice}",
            cadence_text.drift_text(item.drift),
            [
                Button(
                    f"driftOpen{n}",
                    QCoreApplication.translate("DashboardView", "Open agreement"),
                    QCoreApplication.translate(
                        "DashboardView", "Open the agreement with {name}"
                    ).format(name=item.mentor_name),
                    lambda: view.open_agreement(item.mentor_id),
                )
            ],
        )

    return make


def give_back_row(view: DashboardView, item: Balance, n: int) -> Callable[[], QWidget]:
    def make() -> QWidget:
        return row(
            f"giveBackRow{n}",
            QCoreApplication.translate(
                "DashboardView", "{name} — time to give something back"
            ).format(name=isolated(item.mentor_name)),
            balance_text(item)[:1].upper() + balance_text(item)[1:],
            [
                Button(
                    f"giveBackAdd{n}",
                    QCoreApplication.translate("DashboardView", "Add idea…"),
                    QCoreApplication.translate(
                        "DashboardView", "Add a give-back idea for {name}"
                    ).format(name=item.mentor_name),
                    lambda: view.add_give_back(item.mentor_id),
                ),
                Button(
                    f"giveBackOpen{n}",
                    QCoreApplication.translate("DashboardView", "Open"),
                    QCoreApplication.translate("DashboardView", "Open {name}").format(
                        name=item.mentor_name
                    ),
                    lambda: view.open_mentor(item.mentor_id),
                ),
            ],
        )

    return make


def follow_up_row(view: DashboardView, item: FollowUp, n: int) -> Callable[[], QWidget]:
    def make() -> QWidget:
        step = labels.label(OutreachKind, item.last_kind).lower()
        if item.days_late > 0:
            when = QCoreApplication.translate(
                "DashboardView", "{step} {day}; follow-up was due {due}"
            )
        else:
            when = QCoreApplication.translate("DashboardView", "{step} {day}; follow up today")
        return row(
            f"followUpRow{n}",
            QCoreApplication.translate("DashboardView", "Follow up with {name}").format(
                name=isolated(item.mentor_name)
            ),
            when.format(
                step=step,
                day=formats.short_date(item.last_day),
                due=formats.short_date(item.follow_up_on),
            ),
            [
                Button(
                    f"followUpOpen{n}",
                    QCoreApplication.translate("DashboardView", "Open"),
                    QCoreApplication.translate("DashboardView", "Open the prospect {name}").format(
                        name=item.mentor_name
                    ),
                    lambda: view.open_prospect(item.mentor_id),
                )
            ],
            warn=item.days_late > 0,
        )

    return make
