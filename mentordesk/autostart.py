"""Start at login, minimized: so reminders reach the person on a day MentorDesk was not
opened. Off until the person says yes (asked once, after the first meeting is planned;
Preferences switch it). Qt-free, so the Windows Python tests it against a real registry.

- Linux (and other freedesktop systems): a ``.desktop`` file in the autostart folder
  (``$XDG_CONFIG_HOME/autostart``, ``~/.config/autostart`` by default), named after the
  app id so it replaces itself.
- Windows: a value named MentorDesk under the user's Run key
  (``HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Run``), no administrator needed.
- macOS: a LaunchAgent (``~/Library/LaunchAgents/<app id>.plist``, RunAtLoad). A signed
  app bundle would use ``SMAppService.mainApp`` instead (shown in System Settings ▸
  Login Items); that needs Objective-C calls the bundle does not carry yet.

The command started is this MentorDesk (the frozen executable, or this Python running
the package) with ``--minimized`` and, when it is not the default one, the data folder.
"""

from __future__ import annotations

import os
import plistlib
import subprocess
import sys
from pathlib import Path

from mentordesk import APP_ID, APP_NAME
from mentordesk.db.files import write_text_file

MINIMIZED = "--minimized"
RUN_KEY = r"Software\Microsoft\Windows\CurrentVersion\Run"


def launch_command(data_dir: Path | None = None) -> list[str]:
    """The command that starts this MentorDesk minimized (on ``data_dir`` if given)."""
    if getattr(sys, "frozen", False):
        command = [sys.executable]
    else:
        command = [sys.executable, "-m", "mentordesk"]
    command.append(MINIMIZED)
    if data_dir is not None:
        command += ["--data-dir", str(data_dir)]
    return command


def _system() -> str:
    if os.name == "nt":
        return "windows"
    return "macos" if sys.platform == "darwin" else "freedesktop"


def desktop_file() -> Path:
    config = os.environ.get("XDG_CONFIG_HOME", "")
    base = Path(config) if config and Path(config).is_absolute() else Path.home() / ".config"
    return base / "autostart" / f"{APP_ID}.desktop"


def launch_agent() -> Path:
    return Path.home() / "Library" / "LaunchAgents" / f"{APP_ID}.plist"


def _exec_argument(argument: str) -> str:
    """One argument of a desktop entry's Exec line (quoted as the specification asks)."""
    escaped = argument.replace("%", "%%")
    if not any(c in escaped for c in " \t\n\"'\\><~|&;$*?#()`="):
        return escaped
    for special in ("\\", '"', "`", "$"):
        escaped = escaped.replace(special, "\\" + special)
    # A desktop file's string values unescape backslashes once more before quoting applies.
    return '"' + escaped.replace("\\", "\\\\") + '"'


def desktop_entry(command: list[str]) -> str:
    return (
        "[Desktop Entry]\n"
        "Type=Application\n"
        f"Name={APP_NAME}\n"
        "Comment=Reminders of your mentor meetings (started minimized)\n"
        f"Exec={' '.join(_exec_argument(a) for a in command)}\n"
        f"Icon={APP_ID}\n"
        "Terminal=false\n"
        "X-GNOME-Autostart-enabled=true\n"
    )


READ, DELETE = "read", "delete"


def _run_key(change: str) -> str | None:
    """The Run key's MentorDesk value before ``change``: READ it, DELETE it, or set it
    to the command line ``change``."""
    if sys.platform != "win32":
        raise OSError("the Run key is Windows' own")
    import winreg

    with winreg.CreateKey(winreg.HKEY_CURRENT_USER, RUN_KEY) as key:
        try:
            before: str | None = str(winreg.QueryValueEx(key, APP_NAME)[0])
        except FileNotFoundError:
            before = None
        if change == DELETE and before is not None:
            winreg.DeleteValue(key, APP_NAME)
        elif change not in (READ, DELETE):
            winreg.SetValueEx(key, APP_NAME, 0, winreg.REG_SZ, change)
    return before


def enable(command: list[str]) -> None:
    """Start ``command`` at every login from now on (replacing an earlier entry)."""
    system = _system()
    if system == "windows":
        _run_key(subprocess.list2cmdline(command))
        return
    path = launch_agent() if system == "macos" else desktop_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    if system == "macos":
        plist = {
            "Label": APP_ID,
            "ProgramArguments": command,
            "RunAtLoad": True,
            "ProcessType": "Interactive",
        }
        write_text_file(path, plistlib.dumps(plist).decode("utf-8"))
    else:
        write_text_file(path, desktop_entry(command))


def disable() -> None:
    """No start at login (nothing to do if there was none)."""
    if _system() == "windows":
        _run_key(DELETE)
        return
    (launch_agent() if _system() == "macos" else desktop_file()).unlink(missing_ok=True)


def registered() -> str | None:
    """The command that starts at login now (as the system keeps it), or None."""
    system = _system()
    if system == "windows":
        return _run_key(READ)
    path = launch_agent() if system == "macos" else desktop_file()
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        return None
    if system == "macos":
        return subprocess.list2cmdline(plistlib.loads(data).get("ProgramArguments", []))
    for line in data.decode("utf-8", "replace").splitlines():
        if line.startswith("Exec="):
            return line.removeprefix("Exec=")
    return None


def is_enabled() -> bool:
    return registered() is not None
