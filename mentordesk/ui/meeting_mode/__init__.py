"""Meeting mode: the window a person keeps open while talking to a mentor.
``window.MeetingModeWindow`` is the entry point; ``window.open_meeting_window`` reuses
an open window for the same meeting, and ``window.flush_all_meeting_windows`` saves
every open window at once (the main window calls it when the app quits).
"""
