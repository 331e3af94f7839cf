"""Windows, here: the build, its installer and the core tests under wine (``pytest -m windows``).

Deselected by default (about ten minutes, wine). CI runs it from ``.ci/run``;
there a missing tool or a failed download fails the run, it never skips.
What each step does and why is in packaging/windows_wine.py.
"""

from __future__ import annotations

import re
import sqlite3
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import identity
import pytest
import smoke
import windows_installer
import windows_wine
from windows_wine import Prefix

pytestmark = [pytest.mark.windows, pytest.mark.slow]

ROOT = Path(__file__).resolve().parents[2]
SCREENSHOT = ROOT / "docs" / "windows-first-run.png"
UNINSTALL_KEY = "HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Uninstall\\" + identity.APP_ID


@pytest.fixture(scope="module")
def python() -> Path:
    missing = windows_wine.missing_tools()
    assert not missing, (
        f"the Windows run needs {', '.join(sorted(missing))}: "
        f"apt-get install {' '.join(sorted(set(missing.values())))}"
    )
    started = time.monotonic()
    folder = windows_wine.windows_python()
    print(f"\nWindows Python ready in {time.monotonic() - started:.0f} s: {folder}")
    return folder


@pytest.fixture(scope="module")
def display() -> Iterator[str]:
    with smoke.x_server() as number:
        yield number


@pytest.fixture(scope="module")
def prefix(python: Path, display: str) -> Iterator[Prefix]:
    started = time.monotonic()
    with windows_wine.new_prefix(display) as made:
        print(f"\nwine prefix made in {time.monotonic() - started:.0f} s")
        yield made


@pytest.fixture(scope="module")
def folder(prefix: Prefix, python: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    started = time.monotonic()
    built = windows_wine.build_folder(prefix, python, tmp_path_factory.mktemp("dist"))
    size = sum(p.stat().st_size for p in built.rglob("*") if p.is_file()) / 2**20
    print(f"\nWindows folder built in {time.monotonic() - started:.0f} s: {size:.1f} MiB")
    return built


def test_the_stand_in_dlls_export_all_that_the_pinned_packages_import(python: Path) -> None:
    assert windows_wine.standin_gaps(python) == {}


def test_the_windows_python_is_python_org_s_with_the_pinned_packages(
    prefix: Prefix, python: Path
) -> None:
    code = "import sys, PySide6.QtCore as q, rpds; print(sys.platform, sys.version, q.qVersion())"
    result = prefix.run([windows_wine.python_exe(python), "-c", code])
    assert result.returncode == 0, result.stdout + result.stderr
    pins = windows_wine.REQUIREMENTS.read_text(encoding="utf-8")
    qt = re.search(r"^pyside6-essentials==(\S+)$", pins, re.MULTILINE)
    assert qt is not None
    words = result.stdout.split()
    assert words[:2] == ["win32", windows_wine.PYTHON_VERSION] and words[-1] == qt[1], words


def test_the_core_tests_pass_under_the_windows_python(prefix: Prefix, python: Path) -> None:
    started = time.monotonic()
    run = windows_wine.run_core_tests(prefix, python)
    print(
        f"\nCore tests under wine in {time.monotonic() - started:.0f} s: "
        + ", ".join(f"{n} {word}" for word, n in run.counts.items())
    )
    assert run.returncode == 0, run.output[-6000:]
    assert run.counts.get("passed", 0) > 500, run.counts
    assert "failed" not in run.counts and "error" not in run.counts, run.counts


def test_the_windows_build_passes_its_self_test(prefix: Prefix, folder: Path) -> None:
    names = {p.name.lower() for p in folder.rglob("*")}
    # Stand-ins belong to the test prefix only: the app must rely on Windows' own.
    assert not names & {"icuuc.dll", "bcryptprimitives.dll"}
    assert "qwindows.dll" in names and "qsvg.dll" in names
    result = prefix.run([folder / "mentordesk.exe", "--self-test"])
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]


def test_installed_per_user_it_starts_with_sample_data_and_uninstalls_keeping_the_data(
    prefix: Prefix, python: Path, folder: Path, display: str, tmp_path: Path
) -> None:
    version = windows_wine.app_version()
    installer = windows_installer.compile_installer(folder, version, tmp_path)
    assert prefix.run([installer, "/S"]).returncode == 0

    local = prefix.local_app_data()
    program = local / "Programs" / "MentorDesk"
    assert (program / "mentordesk.exe").is_file()
    start_menu = prefix.user_folder() / "AppData/Roaming/Microsoft/Windows/Start Menu/Programs"
    assert (start_menu / "MentorDesk.lnk").is_file()
    key = prefix.reg_query(UNINSTALL_KEY)
    assert "DisplayVersion" in key and version in key, key
    assert "uninstall.exe" in key and "InstallLocation" in key, key

    installed = prefix.run([program / "mentordesk.exe", "--self-test"])
    assert installed.returncode == 0, installed.stdout[-3000:] + installed.stderr[-3000:]

    windows_wine.load_sample_data(prefix, python)
    data = local / "MentorDesk"
    mentors_before = mentor_count(data)
    assert mentors_before > 0
    shot_of_the_real_window(prefix, program, display, tmp_path)
    light, dark = selected_row_text(SCREENSHOT)
    assert light > 0 and dark == 0, f"selected row: {light} light, {dark} dark text pixels"

    uninstaller = program / "uninstall.exe"
    # _?= makes the uninstaller run in place and wait (else it copies itself and returns).
    result = prefix.run([uninstaller, "/S", f"_?={windows_wine.windows_path(program)}"])
    assert result.returncode == 0
    assert not (program / "mentordesk.exe").exists()
    assert not (program / "_internal").exists()
    assert not (start_menu / "MentorDesk.lnk").exists()
    assert prefix.reg_query(UNINSTALL_KEY) == ""
    assert mentor_count(data) == mentors_before, "the data folder must stay"


def mentor_count(data: Path) -> int:
    connection = sqlite3.connect(f"file:{data / 'mentordesk.sqlite3'}?mode=ro", uri=True)
    try:
        return int(connection.execute("SELECT count(*) FROM mentor").fetchone()[0])
    finally:
        connection.close()


def shot_of_the_real_window(prefix: Prefix, program: Path, display: str, scratch: Path) -> None:
    """Start the installed app as a user would, picture its Dashboard and its Mentors
    area with a mentor selected, and close it."""
    with subprocess.Popen(
        [windows_wine.wine_program(), str(program / "mentordesk.exe")],
        env=prefix.env(),
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    ) as app:
        window = wait_for_window(display, app)
        # As a user would: the Dashboard first, then View ▸ Mentors (Ctrl+2).
        settled_picture(display, window, scratch / "dashboard.png")  # it has painted
        windows_wine.press(display, window, "ctrl+2")
        settled_picture(display, window, SCREENSHOT, unlike=scratch / "dashboard.png")
        # Without /F, taskkill asks the window to close (WM_CLOSE), as Windows does at
        # log-off: the app saves and quits on its own.
        assert prefix.run(["taskkill", "/im", "mentordesk.exe"]).returncode == 0
        try:
            out, err = app.communicate(timeout=120)
        except subprocess.TimeoutExpired:
            app.kill()
            raise
    assert app.returncode == 0, out[-2000:] + err[-2000:]


def selected_row_text(picture: Path) -> tuple[int, int]:
    """Pixels lighter and darker than the selection in the rows painted in Windows'
    classic selection colour (navy): the selected row's text must be the light kind."""
    from PySide6.QtGui import QColor, QImage

    image = QImage(str(picture))
    navy = QColor("#000080")
    light = dark = 0
    for y in range(image.height()):
        row = [image.pixelColor(x, y) for x in range(image.width())]
        selected = [x for x, colour in enumerate(row) if colour == navy]
        if len(selected) < 200:
            continue
        row = row[selected[0] : selected[-1] + 1]  # the selected row alone
        light += sum(colour.lightness() > 180 for colour in row)
        dark += sum(colour.lightness() < 40 for colour in row)
    assert light + dark > 0, "no selected row in the picture"
    return light, dark


def wait_for_window(display: str, app: subprocess.Popen[str], limit: float = 300) -> str:
    deadline = time.monotonic() + limit
    while time.monotonic() < deadline:
        found = windows_wine.windows_named(display, "MentorDesk")
        if found:
            return found[0]
        assert app.poll() is None, "the app ended before its window appeared"
        time.sleep(1)
    raise AssertionError(f"no MentorDesk window after {limit:.0f} s")


def settled_picture(
    display: str, window: str, path: Path, unlike: Path | None = None, limit: float = 120
) -> None:
    """A picture of ``window`` once two taken a second apart are the same (it has
    painted), and differ from the picture ``unlike`` (it has changed since)."""
    deadline = time.monotonic() + limit
    before = unlike.read_bytes() if unlike else b""
    previous = b""
    path.parent.mkdir(parents=True, exist_ok=True)
    while time.monotonic() < deadline:
        time.sleep(1)
        windows_wine.grab_window(display, window, path)
        current = path.read_bytes()
        if current == previous and current != before:
            return
        previous = current
    raise AssertionError(f"the window kept changing for {limit:.0f} s")
