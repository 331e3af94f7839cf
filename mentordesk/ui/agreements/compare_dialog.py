"""Two versions of an agreement side by side, the changes marked word by word.

Marks are not colour alone: removed words are struck through, added ones
underlined, a changed term is flagged in its first column, and a summary line
names the changed terms (what a screen reader says first).
"""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from mentordesk.db.choices import AgreementStatus
from mentordesk.services.agreements import AgreementState, AgreementTerms, VersionState
from mentordesk.services.cadence import Interval
from mentordesk.services.text_diff import Piece, compare
from mentordesk.ui import formats, labels
from mentordesk.ui.agreements.fields import CHOICE, DAY, FIELDS, FREQUENCY, MINUTES
from mentordesk.ui.mentors import cadence_text
from mentordesk.ui.theme import error_colour, is_dark, muted_colour
from mentordesk.ui.widgets.toned import follow_palette


def value_text(terms: AgreementTerms, name: str) -> str:
    """A term as the comparison shows it."""
    field = next(f for f in FIELDS if f.name == name)
    value = getattr(terms, name)
    if field.kind == CHOICE:
        assert field.choices is not None
        return labels.label(field.choices, str(value))
    if field.kind == DAY:
        return formats.short_date(value) if value is not None else ""
    if field.kind == FREQUENCY:
        return cadence_text.interval_text(Interval.of(value, terms.frequency_unit))
    if field.kind == MINUTES:
        return (
            QCoreApplication.translate("AgreementCompare", "{n} min").format(n=value)
            if value
            else ""
        )
    return str(value).strip()


def version_title(version: VersionState) -> str:
    """ "Version 2 · agreed 3 Mar 2026", "Version 3 · Draft"."""
    status = labels.label(AgreementStatus, version.terms.status)
    if version.terms.status == AgreementStatus.AGREED and version.terms.agreed_on is not None:
        return QCoreApplication.translate("AgreementCompare", "Version {n} · agreed {day}").format(
            n=version.number, day=formats.short_date(version.terms.agreed_on)
        )
    if version.terms.agreed_on is not None:
        return QCoreApplication.translate(
            "AgreementCompare", "Version {n} · {status} · agreed {day}"
        ).format(n=version.number, status=status, day=formats.short_date(version.terms.agreed_on))
    return QCoreApplication.translate("AgreementCompare", "Version {n} · {status}").format(
        n=version.number, status=status
    )


class AgreementCompareDialog(QDialog):
    """Pick any two versions; the terms show side by side with what changed marked."""

    def __init__(self, agreement: AgreementState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("agreementCompareDialog")
        self.setWindowTitle(
            self.tr("Compare versions of the agreement with {name}").format(
                name=agreement.mentor_name
            )
        )
        self.agreement = agreement
        self.left = self._picker("compareLeft", self.tr("Earlier version"))
        self.right = self._picker("compareRight", self.tr("Later version"))
        numbers = [v.number for v in agreement.versions]
        self.left.setCurrentIndex(max(0, len(numbers) - 2))
        self.right.setCurrentIndex(len(numbers) - 1)
        self.only_changes = QCheckBox(self.tr("Show only what changed"))
        self.only_changes.setObjectName("compareOnlyChanges")
        self.only_changes.setAccessibleName(self.tr("Show only what changed"))
        self.summary = QLabel()
        self.summary.setObjectName("compareSummary")
        self.summary.setWordWrap(True)
        self.view = QTextBrowser()
        self.view.setObjectName("compareView")
        self.view.setAccessibleName(self.tr("The two versions side by side"))
        self.view.setOpenLinks(False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        assert close is not None
        close.setObjectName("compareClose")
        close.setAccessibleName(self.tr("Close"))
        buttons.rejected.connect(self.reject)

        pickers = QHBoxLayout()
        pickers.addWidget(self.left, 1)
        arrow = QLabel("→")
        arrow.setAlignment(Qt.AlignmentFlag.AlignCenter)
        pickers.addWidget(arrow)
        pickers.addWidget(self.right, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(pickers)
        layout.addWidget(self.only_changes)
        layout.addWidget(self.summary)
        layout.addWidget(self.view, 1)
        layout.addWidget(buttons)
        for combo in (self.left, self.right):
            combo.currentIndexChanged.connect(self.refresh)
        self.only_changes.toggled.connect(self.refresh)
        self.resize(980, 640)
        follow_palette(self.view, lambda _view: self.refresh())  # colours of the theme

    def _picker(self, name: str, accessible: str) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName(name)
        combo.setAccessibleName(accessible)
        for version in self.agreement.versions:
            combo.addItem(version_title(version), version.number)
        return combo

    def _version(self, combo: QComboBox) -> VersionState:
        found = self.agreement.version(int(combo.currentData()))
        assert found is not None
        return found

    def changed_terms(self) -> list[str]:
        """The labels of the terms that differ between the two versions shown."""
        a, b = self._version(self.left).terms, self._version(self.right).terms
        return [f.label_text() for f in FIELDS if value_text(a, f.name) != value_text(b, f.name)]

    def refresh(self) -> None:
        older, newer = self._version(self.left), self._version(self.right)
        changed = self.changed_terms()
        if not changed:
            self.summary.setText(self.tr("These two versions say the same."))
        else:
            self.summary.setText(
                self.tr("{count} of {total} terms changed: {names}.").format(
                    count=len(changed), total=len(FIELDS), names=", ".join(changed)
                )
            )
        self.view.setHtml(self._html(older, newer))

    def _html(self, older: VersionState, newer: VersionState) -> str:
        palette = QApplication.palette()
        dark = is_dark(palette)
        removed = "#5c2b29" if dark else "#fbe0de"
        added = "#1f4d2b" if dark else "#d6f3dc"
        flag = error_colour(palette).name()
        none = muted_colour(palette).name()
        changed_word = html.escape(self.tr("changed"))
        marker = f"<br><span style='color:{flag}'>● {changed_word}</span>"
        rows = [
            "<table width='100%' cellspacing='0' cellpadding='6' border='1' "
            "style='border-collapse:collapse'>",
            "<tr><th width='18%' align='left'>"
            + html.escape(self.tr("Term"))
            + f"</th><th width='41%' align='left'>{html.escape(version_title(older))}</th>"
            + f"<th width='41%' align='left'>{html.escape(version_title(newer))}</th></tr>",
        ]
        for field in FIELDS:
            old, new = value_text(older.terms, field.name), value_text(newer.terms, field.name)
            if old == new and self.only_changes.isChecked():
                continue
            left, right = compare(old, new)
            name = html.escape(field.label_text())
            if old != new:
                name = f"<b>{name}</b>{marker}"
            rows.append(
                f"<tr><td valign='top'>{name}</td>"
                f"<td valign='top'>{_pieces(left, removed, 'line-through', none)}</td>"
                f"<td valign='top'>{_pieces(right, added, 'underline', none)}</td></tr>"
            )
        rows.append("</table>")
        return "".join(rows)


def _pieces(pieces: tuple[Piece, ...], background: str, decoration: str, none: str) -> str:
    out = []
    for piece in pieces:
        text = html.escape(piece.text).replace("\n", "<br>")
        if piece.changed:
            text = (
                f"<span style='background-color:{background};"
                f"text-decoration:{decoration}'>{text}</span>"
            )
        out.append(text)
    return "".join(out) or f"<span style='color:{none}'>—</span>"
