"""Help's dialogs: the keyboard shortcuts, listed from the window's own actions (so
the list cannot go stale), and a short built-in guide, "How MentorDesk follows the
article", that needs no browser and no network (F1). Imported when first shown."""

from __future__ import annotations

import html
from collections.abc import Mapping

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from mentordesk.ui.shortcuts import shown_keys
from mentordesk.ui.widgets.toned import tone

# Keys that belong to a text field or meeting mode, not to an action of the main window.
MORE_KEYS = (
    ("Ctrl+Shift+A", QT_TRANSLATE_NOOP("help", "Meeting mode: capture an action item")),
    ("Ctrl+Shift+G", QT_TRANSLATE_NOOP("help", "Meeting mode: capture a give-back idea")),
    ("Ctrl+Shift+E", QT_TRANSLATE_NOOP("help", "Meeting mode: end the meeting")),
    ("Ctrl+Shift+H", QT_TRANSLATE_NOOP("help", "Meeting mode: earlier versions of the notes")),
    ("Ctrl+B", QT_TRANSLATE_NOOP("help", "Notes: bold (Goals: the selected goal's board)")),
    ("Ctrl+I", QT_TRANSLATE_NOOP("help", "Notes: italic")),
    ("Ctrl+Tab", QT_TRANSLATE_NOOP("help", "Notes: move on to the next field")),
    ("Ctrl+W", QT_TRANSLATE_NOOP("help", "Meeting mode: close (saving first)")),
    ("Ctrl+Return", QT_TRANSLATE_NOOP("help", "A dialog's multi-line field: save or confirm")),
)

# What the article advises, and where MentorDesk does it (docs: PRODUCT.md).
GUIDE = (
    (
        QT_TRANSLATE_NOOP("help", "Find someone who shares your goals and values"),
        QT_TRANSLATE_NOOP(
            "help",
            "Prospects (Ctrl+7): where you found them, why they fit your goals, each step of "
            "asking them and the day to follow up. Promote to active… makes them a mentor.",
        ),
    ),
    (
        QT_TRANSLATE_NOOP("help", "More than one mentor, inside or outside your organisation"),
        QT_TRANSLATE_NOOP(
            "help",
            "Mentors (Ctrl+2): as many as you like, internal or external, from prospect to "
            "active, paused, ended or alumni.",
        ),
    ),
    (
        QT_TRANSLATE_NOOP("help", "Set clear expectations"),
        QT_TRANSLATE_NOOP(
            "help",
            "A mentor's Agreement tab: goals, how often to meet, format and link, topics, what "
            "each of you commits to. Agreed terms are kept as versions; export one as a PDF to "
            "sign. Plan meeting starts from them.",
        ),
    ),
    (
        QT_TRANSLATE_NOOP("help", "Respect the mentor's time"),
        QT_TRANSLATE_NOOP(
            "help",
            "Plan meeting (Ctrl+Shift+N) with an agenda; the brief beside Meetings says what to "
            "report back; meeting mode keeps the clock against the planned length. The "
            "Dashboard says who is due, never sooner than agreed.",
        ),
    ),
    (
        QT_TRANSLATE_NOOP("help", "Listen, and keep what was said"),
        QT_TRANSLATE_NOOP(
            "help",
            "Meeting mode: the agenda as a checklist and notes saved as you type. Ctrl+Z undoes "
            "a word at a time; Restore in the status line brings back what an undo removed.",
        ),
    ),
    (
        QT_TRANSLATE_NOOP("help", "Be proactive: act on the advice"),
        QT_TRANSLATE_NOOP(
            "help",
            'Ctrl+Shift+A in the notes turns a line into an action item ("…by Friday" becomes '
            "its due date); Action items (Ctrl+4) and Goals (Ctrl+5) follow them to done.",
        ),
    ),
    (
        QT_TRANSLATE_NOOP("help", "A two-way street: give back"),
        QT_TRANSLATE_NOOP(
            "help",
            "Give-back (Ctrl+6): ideas for each mentor, planned and done, and a nudge on the "
            "Dashboard when it has been a while.",
        ),
    ),
    (
        QT_TRANSLATE_NOOP("help", "Success depends on your initiative"),
        QT_TRANSLATE_NOOP(
            "help",
            "The Dashboard (Ctrl+1) says what to do today: who to meet, what you promised, "
            "what is overdue.",
        ),
    ),
    (
        QT_TRANSLATE_NOOP("help", "End a mentorship well"),
        QT_TRANSLATE_NOOP(
            "help",
            "Archive on a mentor's profile runs a closure review: what you learned and a "
            "thank-you note drafted from your notes.",
        ),
    ),
)


def _tr(text: object) -> str:
    """A text of the tables above (marked there with QT_TRANSLATE_NOOP), translated."""
    return QCoreApplication.translate("help", str(text))


def _plain(text: str) -> str:
    return text.replace("&", "").rstrip("…").strip()


def _where(action: QAction, areas: Mapping[int, str]) -> str:
    """ "Action items: " for an action of an area (its keys work there), else ""."""
    owner = action.parent()
    while owner is not None and id(owner) not in areas:
        owner = owner.parent()
    if owner is None:
        return ""
    return QCoreApplication.translate("help", "{area}: ").format(area=areas[id(owner)])


def shortcut_rows(actions: list[QAction], areas: Mapping[int, str]) -> list[tuple[str, str]]:
    """(keys, what they do) for every action with a shortcut, then the keys of text
    fields and meeting mode; each once, in the order given."""
    rows: list[tuple[str, str]] = []
    seen: set[tuple[str, str]] = set()
    for action in actions:
        keys = [k for k in action.shortcuts() if not k.isEmpty()]
        if not keys or not _plain(action.text()):
            continue
        shown = shown_keys(keys, " / ")
        row = (shown, _where(action, areas) + _plain(action.text()))
        if row not in seen:  # the same action in a menu and a list's context menu
            seen.add(row)
            rows.append(row)
    for sequence, what in MORE_KEYS:
        native = QKeySequence(str(sequence)).toString(QKeySequence.SequenceFormat.NativeText)
        rows.append((native, _tr(what)))
    return rows


class ShortcutsDialog(QDialog):
    """Help ▸ Keyboard Shortcuts: a table made from the window's actions; ``areas`` names
    the area (by the id of its widget) whose actions work only there."""

    def __init__(
        self, actions: list[QAction], areas: Mapping[int, str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("shortcutsDialog")
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        rows = shortcut_rows(actions, areas)
        self.table = QTableWidget(len(rows), 2)
        self.table.setObjectName("shortcutsTable")
        self.table.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.table.setHorizontalHeaderLabels([self.tr("Keys"), self.tr("Does")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for row, (keys, what) in enumerate(rows):
            self.table.setItem(row, 0, QTableWidgetItem(keys))
            self.table.setItem(row, 1, QTableWidgetItem(what))
        note = tone(QLabel(self.tr("On macOS, Ctrl means ⌘.")), "muted")
        buttons = _close_buttons(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(note)
        layout.addWidget(buttons)
        self.resize(560, 520)


class GuideDialog(QDialog):
    """Help ▸ How MentorDesk Follows the Article (F1): offline, in the app's own words."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("guideDialog")
        self.setWindowTitle(self.tr("How MentorDesk follows the article"))
        self.text = QTextBrowser()
        self.text.setObjectName("guideText")
        self.text.setAccessibleName(self.tr("How MentorDesk follows the article"))
        self.text.setOpenLinks(False)
        parts = [
            "<h2>" + html.escape(self.tr("How MentorDesk follows the article")) + "</h2>",
            "<p>"
            + html.escape(
                self.tr(
                    "Each tip of the mentorship article, and where MentorDesk helps you with it."
                )
            )
            + "</p>",
        ]
        for tip, where in GUIDE:
            parts.append(f"<h3>{html.escape(_tr(tip))}</h3>")
            parts.append(f"<p>{html.escape(_tr(where))}</p>")
        self.text.setHtml("".join(parts))
        layout = QVBoxLayout(self)
        layout.addWidget(self.text, 1)
        layout.addWidget(_close_buttons(self))
        self.resize(620, 560)


def _close_buttons(dialog: QDialog) -> QDialogButtonBox:
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
    buttons.rejected.connect(dialog.reject)
    close = buttons.button(QDialogButtonBox.StandardButton.Close)
    if close is not None:
        close.setObjectName("closeHelpButton")
        close.setAccessibleName(QCoreApplication.translate("help", "Close"))
    return buttons
