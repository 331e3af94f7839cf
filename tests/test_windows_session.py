"""The app lock hears Windows (mentordesk/ui/shell/windows_session.py): the session lock
and suspend, as native messages to the main window. What a message means is a pure
function, tested everywhere; the real filter runs with the Windows Python under wine
(windows_wine.CORE_TESTS) and on the Windows runner, in a real window of Qt's
``windows`` platform that Windows (or wine) sends the messages to.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from mentordesk.ui.shell import windows_session as ws

ROOT = Path(__file__).resolve().parents[1]
WTS_SESSION_UNLOCK = 0x8
WTS_CONSOLE_CONNECT = 0x1
PBT_APMRESUMEAUTOMATIC = 0x12
PBT_APMPOWERSTATUSCHANGE = 0xA
WM_KEYDOWN = 0x0100

windows_only = pytest.mark.skipif(os.name != "nt", reason="Windows' own messages and wtsapi32")


def test_the_session_lock_and_suspend_are_what_locks() -> None:
    assert ws.away_reason(ws.WM_WTSSESSION_CHANGE, ws.WTS_SESSION_LOCK) == ws.LOCK
    assert ws.away_reason(ws.WM_POWERBROADCAST, ws.PBT_APMSUSPEND) == ws.SUSPEND
    # The same messages saying something else, and other messages, lock nothing.
    assert ws.away_reason(ws.WM_WTSSESSION_CHANGE, WTS_SESSION_UNLOCK) is None
    assert ws.away_reason(ws.WM_WTSSESSION_CHANGE, WTS_CONSOLE_CONNECT) is None
    assert ws.away_reason(ws.WM_POWERBROADCAST, PBT_APMRESUMEAUTOMATIC) is None
    assert ws.away_reason(ws.WM_POWERBROADCAST, PBT_APMPOWERSTATUSCHANGE) is None
    assert ws.away_reason(WM_KEYDOWN, ws.WTS_SESSION_LOCK) is None
    assert ws.away_reason(WM_KEYDOWN, ws.PBT_APMSUSPEND) is None


@pytest.mark.skipif(os.name == "nt", reason="the other systems")
def test_elsewhere_nothing_is_watched() -> None:
    assert ws.watch_windows(None, lambda: None) is None  # type: ignore[arg-type]
    assert ws.register_session(1) is False


@windows_only
def test_wtsapi32_registers_a_real_window() -> None:
    import ctypes
    from ctypes import wintypes

    user32 = ctypes.WinDLL("user32")  # type: ignore[attr-defined,unused-ignore]
    user32.CreateWindowExW.restype = wintypes.HWND
    user32.CreateWindowExW.argtypes = (
        wintypes.DWORD,
        wintypes.LPCWSTR,
        wintypes.LPCWSTR,
        wintypes.DWORD,
        ctypes.c_int,
        ctypes.c_int,
        ctypes.c_int,
        ctypes.c_int,
        wintypes.HWND,
        wintypes.HMENU,
        wintypes.HINSTANCE,
        wintypes.LPVOID,
    )
    user32.DestroyWindow.argtypes = (wintypes.HWND,)
    hwnd = user32.CreateWindowExW(0, "STATIC", "session", 0, 0, 0, 10, 10, None, None, None, None)
    assert hwnd
    try:
        assert ws.register_session(hwnd)
        ws.unregister_session(hwnd)  # callable; Wine 8's stub says False, Windows True
    finally:
        user32.DestroyWindow(hwnd)


# Run by the Windows Python on Qt's windows platform: a window, the filter, and the
# messages Windows sends it, sent here by SendMessageW (through the window procedure,
# as Windows sends them). Prints what was heard after each, as JSON.
SENDS = """
import ctypes, json, sys
from ctypes import wintypes
from PySide6.QtWidgets import QApplication, QWidget
from mentordesk.ui.shell import windows_session as ws

app = QApplication(["session"])
window = QWidget()
window.setWindowTitle("MentorDesk session test")
calls = []
session = ws.watch_windows(window, lambda: calls.append(1))
before_shown = session.filter.registered
window.show()
app.processEvents()
hwnd = int(window.winId())
send = ctypes.WinDLL("user32").SendMessageW
send.argtypes = (wintypes.HWND, wintypes.UINT, wintypes.WPARAM, wintypes.LPARAM)
send.restype = ctypes.c_ssize_t
seen = {"before_shown": before_shown, "registered": session.filter.registered == hwnd}
for name, message, wparam in json.loads(sys.argv[1]):
    send(hwnd, message, wparam, 1)
    seen[name] = [list(session.filter.heard), len(calls)]
window.close()
app.processEvents()
seen["closed"] = session.filter.registered
print(json.dumps(seen))
"""


@windows_only
def test_the_filter_locks_on_the_session_lock_and_suspend_only() -> None:
    sends = [
        ("unlock", ws.WM_WTSSESSION_CHANGE, WTS_SESSION_UNLOCK),
        ("lock", ws.WM_WTSSESSION_CHANGE, ws.WTS_SESSION_LOCK),
        ("resume", ws.WM_POWERBROADCAST, PBT_APMRESUMEAUTOMATIC),
        ("suspend", ws.WM_POWERBROADCAST, ws.PBT_APMSUSPEND),
    ]
    env = {**os.environ, "QT_QPA_PLATFORM": "windows", "PYTHONPATH": str(ROOT)}
    run = subprocess.run(
        [sys.executable, "-c", SENDS, json.dumps(sends)],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=300,
    )
    assert run.returncode == 0, run.stdout + run.stderr
    seen = json.loads(run.stdout.strip().splitlines()[-1])
    assert seen["before_shown"] is None  # no window handle made before the window shows
    assert seen["registered"] is True
    assert seen["unlock"] == [[], 0]
    assert seen["lock"] == [["lock"], 1]
    assert seen["resume"] == [["lock"], 1]
    assert seen["suspend"] == [["lock", "suspend"], 2]
    assert seen["closed"] is None  # unregistered when the window closed
