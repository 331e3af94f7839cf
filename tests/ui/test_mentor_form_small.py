"""Issue 8, point 8, on the mentor form: a short phone number is told the real rule,
the time zone's suggestions do not hide the message about it, the email, phone and
profile open with a click, and clear buttons appear only on fields with text."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QToolButton
from pytestqt.qtbot import QtBot

from mentordesk.services.mentors import MentorData
from mentordesk.ui.shell.main_window import MainWindow
from tests.ui.conftest import LinkCatcher
from tests.ui.helpers import add_mentor, click, click_row, mentors_view, type_keys


def test_a_two_digit_phone_number_is_told_it_needs_five_digits(window: MainWindow) -> None:
    view = mentors_view(window)
    click(view.add_first_button)
    type_keys(view.form.line("name"), "Ada Lovelace")
    type_keys(view.form.line("phone"), "12")
    click(view.form.save_button)
    error = view.form.findChild(type(view.form.heading), "phoneError")
    assert error is not None and error.isVisible()
    assert error.text() == "⚠ A phone number has at least 5 digits, like +44 20 7946 0018."
    assert view.form.line("phone").text() == "12"  # what was typed stays


def test_time_zone_suggestions_close_when_the_error_under_them_shows(
    qtbot: QtBot, window: MainWindow
) -> None:
    view = mentors_view(window)
    click(view.add_first_button)
    type_keys(view.form.line("name"), "Ada Lovelace")
    zone = view.form.field("time_zone")
    assert isinstance(zone, QComboBox)
    type_keys(view.form.line("time_zone"), "Lond")
    completer = zone.completer()
    assert completer is not None
    popup = completer.popup()
    assert popup is not None
    qtbot.waitUntil(popup.isVisible)  # "Europe/London" is offered
    view.form.save_requested.emit()  # Ctrl+S while the list is open
    error = view.form.findChild(type(view.form.heading), "time_zoneError")
    assert error is not None and error.isVisible()
    assert not popup.isVisible()


def test_email_phone_and_profile_open_with_a_click(window: MainWindow, links: LinkCatcher) -> None:
    add_mentor(
        window,
        MentorData(
            name="Ada Lovelace",
            email="ada@example.com",
            phone="+44 20 7946 0018",
            profile_url="example.com/ada",
        ),
    )
    view = mentors_view(window)
    click_row(view, "Ada Lovelace")
    buttons = view.form.link_buttons
    for name in ("email", "phone", "profile_url"):
        assert isinstance(buttons[name], QToolButton) and buttons[name].isEnabled()
        click(buttons[name])
    assert links.opened == [
        "mailto:ada@example.com",
        "tel:+442079460018",
        "https://example.com/ada",
    ]
    view.form.line("email").clear()
    assert not buttons["email"].isEnabled()  # nothing to write to


def test_clear_buttons_show_only_on_fields_with_text(window: MainWindow) -> None:
    view = mentors_view(window)
    click(view.add_first_button)
    role = view.form.line("role")
    clear = role.findChildren(QToolButton)
    assert clear, "the role field has a clear button"
    assert not any(button.isVisible() for button in clear)
    type_keys(role, "CTO")
    assert any(button.isVisible() for button in clear)
