"""A desktop for tests, made of real parts: an X server (Xvfb), a session bus
(dbus-daemon) with a recording notification server on it, and a tray (trayer)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]


def x_server() -> AbstractContextManager[str]:
    """Xvfb at a laptop's 1366×768 for as long as the block runs; yields DISPLAY."""
    sys.path.insert(0, str(ROOT / "packaging"))
    try:
        import smoke
    finally:
        sys.path.remove(str(ROOT / "packaging"))
    return smoke.x_server("1366x768x24")


@dataclass(frozen=True)
class SessionBus:
    """A session bus and the log of its recording notification server."""

    address: str
    log: Path

    def calls(self) -> list[dict[str, Any]]:
        text = self.log.read_text(encoding="utf-8") if self.log.exists() else ""
        return [json.loads(line) for line in text.splitlines() if line.strip()]


@contextmanager
def session_bus(folder: Path, notifications: bool = True) -> Iterator[SessionBus]:
    """dbus-daemon --session, with the recording server (tests/e2e/notification_server.py)
    owning org.freedesktop.Notifications unless ``notifications`` is False."""
    daemon = subprocess.Popen(
        ["dbus-daemon", "--session", "--nofork", "--print-address=1"],
        stdout=subprocess.PIPE,
        text=True,
    )
    server: subprocess.Popen[str] | None = None
    try:
        assert daemon.stdout is not None
        address = daemon.stdout.readline().strip()
        assert address, "dbus-daemon did not start"
        log = folder / "notifications.jsonl"
        if notifications:
            server = subprocess.Popen(
                [sys.executable, "-m", "tests.e2e.notification_server", address, str(log)],
                cwd=ROOT,
                stdout=subprocess.PIPE,
                text=True,
            )
            assert server.stdout is not None
            assert server.stdout.readline().strip() == "ready"
        yield SessionBus(address, log)
    finally:
        for process in (server, daemon):
            if process is not None:
                process.terminate()
                process.wait(10)
                if process.stdout is not None:
                    process.stdout.close()


@contextmanager
def tray(display: str) -> Iterator[None]:
    """A system tray (trayer) on ``display``: Qt then reports one and shows tray messages."""
    trayer = subprocess.Popen(
        ["trayer", "--edge", "top", "--align", "right", "--widthtype", "pixel", "--width", "120"],
        env=dict(os.environ, DISPLAY=display),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        probe = (
            "import sys\nfrom PySide6.QtWidgets import QApplication, QSystemTrayIcon\n"
            "app = QApplication(sys.argv)\nprint(QSystemTrayIcon.isSystemTrayAvailable())\n"
        )
        env = dict(os.environ, DISPLAY=display, QT_QPA_PLATFORM="xcb")
        for _ in range(50):  # until trayer owns the tray selection
            found = subprocess.run(
                [sys.executable, "-c", probe], env=env, capture_output=True, text=True
            )
            if found.stdout.strip() == "True":
                break
            time.sleep(0.1)
        else:
            raise AssertionError("trayer did not take the system tray")
        yield
    finally:
        trayer.terminate()
        trayer.wait(10)


def desktop_missing() -> str:
    """What of Xvfb, dbus-daemon, trayer and xdotool is not installed ("" if none)."""
    return ", ".join(p for p in ("Xvfb", "dbus-daemon", "trayer", "xdotool") if not shutil.which(p))
