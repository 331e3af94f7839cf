"""MentorDesk: run all of your mentor relationships on your own laptop, offline."""

__version__ = "0.1.0"
APP_NAME = "MentorDesk"
# The id systems know the app by, kept forever (they key menus, permissions and
# notarization on it): the AppStream id and .desktop file name on Linux, the
# Wayland app id, the macOS bundle id. Reverse-DNS on the project's home,
# github.com/mentordesk, as Flathub asks of projects without a domain of their
# own: a domain can lapse or never have been bought (the .org of the name is not ours).
# Every other place reads it from here or is checked against it by a test.
APP_ID = "io.github.mentordesk.MentorDesk"
HOMEPAGE = "https://github.com/mentordesk/mentordesk"
