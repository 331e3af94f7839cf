"""Nothing on the network (issue 20, item 5): MentorDesk opens no socket but its own.

``mentordesk --self-test`` and a UI tour (tests/e2e/network_tour.py: every area,
meeting mode, search, Preferences, Presenting, the single-instance channel asked
once as a second copy would) run under ``strace -f -e trace=connect,sendto,bind``.
The trace is parsed and any internet address fails the test (AF_INET, AF_INET6: a
DNS lookup, an update check, a font or crash service would all show up here).

Allowed, by name: Unix sockets (AF_UNIX) at the single-instance channel's address
(``lock.server_address``) and the temporary name Qt's ``QLocalServer`` binds before
renaming it there (``<tmp>/.XXXXXX/s``), and the D-Bus session bus (reminders reach
the desktop's notification service through QtDBus, ``ui/shell/notifications.py``).
Any other Unix socket fails too, so a new local service is a decision, not an
accident.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from mentordesk import lock
from tests.e2e.helpers import app_env

ROOT = Path(__file__).resolve().parents[2]

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        shutil.which("strace") is None,
        reason="strace is not installed: the network audit needs it "
        "(python3 dev.py missing-packages lists it)",
    ),
    pytest.mark.skipif(sys.platform != "linux", reason="strace is Linux's"),
]

ADDRESS = re.compile(r"\{sa_family=(AF_[A-Z0-9]+)(?:, ([^}]*))?\}")
UNIX_PATH = re.compile(r'sun_path=(@?)"([^"]*)"')
QT_TEMPORARY = re.compile(r"/\.[A-Za-z0-9]{6}/s$")


def _bus_paths(environ: dict[str, str]) -> set[str]:
    """The D-Bus session bus's socket, from its address (path= or abstract=)."""
    address = environ.get("DBUS_SESSION_BUS_ADDRESS", "")
    found = set(re.findall(r"(?:path|abstract)=([^,;]+)", address))
    found.add(f"/run/user/{os.getuid()}/bus")
    return found


def forbidden(trace: str, data: Path, environ: dict[str, str]) -> list[str]:
    """The trace's lines that reach an address MentorDesk must not use."""
    allowed = {lock.server_address(data)} | _bus_paths(environ)
    temporary = (environ.get("TMPDIR") or "/tmp").rstrip("/")
    bad = []
    for line in trace.splitlines():
        for family, rest in ADDRESS.findall(line):
            if family in ("AF_INET", "AF_INET6"):
                bad.append(line)
            elif family == "AF_UNIX":
                path = UNIX_PATH.search(rest or "")
                where = path.group(2) if path else ""
                if where in allowed or (where.startswith(temporary) and QT_TEMPORARY.search(where)):
                    continue
                bad.append(line)
    return bad


def _under_strace(tmp_path: Path, data: Path, *command: str) -> tuple[str, str]:
    trace = tmp_path / "trace.txt"
    environ = app_env(data)
    done = subprocess.run(
        ["strace", "-f", "-e", "trace=connect,sendto,bind", "-o", str(trace), *command],
        cwd=ROOT,
        env={**environ, "PYTHONPATH": str(ROOT)},
        capture_output=True,
        text=True,
        timeout=900,
        check=False,
    )
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-2000:]
    return done.stdout, trace.read_text("utf-8", errors="replace")


def test_the_audit_sees_an_internet_address() -> None:
    """The parser is not blind: a line as strace writes it for a DNS query fails."""
    line = (
        '812 connect(7, {sa_family=AF_INET, sin_port=htons(53), sin_addr=inet_addr("127.0.0.53")}'
        ", 16) = 0"
    )
    six = '9 sendto(3, "x", 1, 0, {sa_family=AF_INET6, sin6_port=htons(443)}, 28) = 1'
    stray = '9 connect(3, {sa_family=AF_UNIX, sun_path="/run/nscd/socket"}, 110) = -1'
    assert forbidden("\n".join((line, six, stray)), Path("/nowhere"), {}) == [line, six, stray]


def test_the_self_test_opens_no_network_socket(tmp_path: Path) -> None:
    data = tmp_path / "data"
    _out, trace = _under_strace(tmp_path, data, sys.executable, "-m", "mentordesk", "--self-test")
    assert "+++ exited with 0 +++" in trace  # strace followed the self-test to its end
    assert forbidden(trace, data, app_env(data)) == []


def test_a_tour_of_the_window_opens_no_network_socket(tmp_path: Path) -> None:
    data = tmp_path / "data"
    out, trace = _under_strace(
        tmp_path, data, sys.executable, str(ROOT / "tests" / "e2e" / "network_tour.py"), str(data)
    )
    assert "tour done" in out
    # the audit saw the app's own channel (so it was watching the right process tree)
    assert lock.server_address(data) in trace
    assert forbidden(trace, data, app_env(data)) == []
