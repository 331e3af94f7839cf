"""Start at login, minimized (mentordesk/autostart.py): written where the system looks,
runs this MentorDesk with --minimized on the same data folder, and goes again. Qt-free:
the Windows Python runs it under wine against a real registry (windows_wine.CORE_TESTS).
"""

from __future__ import annotations

import os
import plistlib
import subprocess
import sys
from pathlib import Path

import pytest

from mentordesk import __version__, autostart
from tests.autostart_entry import exec_arguments

ROOT = Path(__file__).resolve().parents[1]


def test_the_command_starts_this_mentordesk_minimized_on_the_folder(tmp_path: Path) -> None:
    folder = tmp_path / 'my data $HOME "quoted" 100%'
    command = autostart.launch_command(folder)
    assert command[:3] == [sys.executable, "-m", "mentordesk"]
    assert command[3:] == ["--minimized", "--data-dir", str(folder)]
    assert autostart.launch_command(None)[3:] == ["--minimized"]


@pytest.mark.skipif(os.name == "nt" or sys.platform == "darwin", reason="freedesktop only")
def test_linux_a_desktop_file_in_the_autostart_folder_runs_the_command(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    config = tmp_path / "config"
    monkeypatch.setenv("XDG_CONFIG_HOME", str(config))
    folder = tmp_path / 'my data $HOME "quoted" `x` back\\slash 100%'
    assert not autostart.is_enabled()

    autostart.enable(autostart.launch_command(folder))
    entry = config / "autostart" / "io.github.mentordesk.MentorDesk.desktop"
    assert entry.is_file()
    lines = entry.read_text(encoding="utf-8").splitlines()
    assert lines[0] == "[Desktop Entry]" and "Type=Application" in lines
    exec_line = autostart.registered()
    assert exec_line is not None
    arguments = exec_arguments(exec_line)
    assert arguments == autostart.launch_command(folder)
    # What the session starts at login is MentorDesk (asked only for its version here).
    ran = subprocess.run(
        [*arguments, "--version"], cwd=ROOT, capture_output=True, text=True, timeout=60
    )
    assert ran.returncode == 0 and ran.stdout.strip() == f"MentorDesk {__version__}"

    autostart.enable(autostart.launch_command(None))  # replaces, never adds a second
    assert list((config / "autostart").iterdir()) == [entry]
    autostart.disable()
    assert not entry.exists() and not autostart.is_enabled()
    autostart.disable()  # nothing there: nothing to do


def test_windows_the_run_key_holds_the_command_line() -> None:
    if sys.platform != "win32":
        pytest.skip("Windows only (runs under wine here)")
    else:
        import winreg

        folder = Path("C:/Users/me/My Mentoring")
        command = autostart.launch_command(folder)
        try:
            autostart.enable(command)
            with winreg.OpenKey(winreg.HKEY_CURRENT_USER, autostart.RUN_KEY) as key:
                value, kind = winreg.QueryValueEx(key, "MentorDesk")
            assert kind == winreg.REG_SZ
            assert value == subprocess.list2cmdline(command)
            assert f'"{folder}"' in value  # a folder with spaces stays one argument
            assert autostart.is_enabled()
        finally:
            autostart.disable()
        assert not autostart.is_enabled()


def test_macos_launch_agent_runs_at_load(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    if os.name == "nt":
        pytest.skip("the Run key is Windows' way")
    monkeypatch.setattr(autostart, "_system", lambda: "macos")
    monkeypatch.setenv("HOME", str(tmp_path))
    command = autostart.launch_command(tmp_path / "data")
    autostart.enable(command)
    agent = tmp_path / "Library/LaunchAgents/io.github.mentordesk.MentorDesk.plist"
    plist = plistlib.loads(agent.read_bytes())
    assert plist == {
        "Label": "io.github.mentordesk.MentorDesk",
        "ProgramArguments": command,
        "RunAtLoad": True,
        "ProcessType": "Interactive",
    }
    assert autostart.is_enabled()
    autostart.disable()
    assert not autostart.is_enabled()
