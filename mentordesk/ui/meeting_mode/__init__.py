"""Meeting mode: the window a person keeps open while talking to a mentor.
``window.MeetingModeWindow`` is the entry point; ``window.open_meeting_window`` reuses
an open window for the same meeting. Quitting closes every meeting window through its
own close, which saves first (``shell/main_window.closeEvent``, ``open_windows.py``).
"""
