"""Every key of ``settings.ini`` in one place (the file sits in the data folder)."""

from __future__ import annotations

THEME = "appearance/theme"  # "system", "light" or "dark"
GEOMETRY = "window/geometry"  # the main window's size and place
AREA = "window/area"  # the area shown at the last quit
MEETING_GEOMETRY = "meeting_mode/geometry"  # meeting mode's size and place
MY_NAME = "profile/my_name"  # the user's own name, on exported agreements
REMINDERS = "reminders/enabled"  # meeting and overdue reminders while the app runs
REMINDED = "reminders/sent"  # keys of the reminders already shown (never twice)
GIVE_BACK_MEETINGS = "give_back/nudge_meetings"  # nudge after this many meetings...
GIVE_BACK_DAYS = "give_back/nudge_days"  # ...and this many days without giving back
