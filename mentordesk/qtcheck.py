"""Before Qt loads on Linux: name the missing system libraries, not a traceback.

Qt aborts the whole process when its platform plugin cannot load, so the
libraries the plugin needs are looked for here first, with ctypes.
"""

from __future__ import annotations

import ctypes
import os
import re
import sys

# Library file -> the Debian/Ubuntu package that ships it.
QT_LIBRARIES = {
    "libglib-2.0.so.0": "libglib2.0-0",
    "libGL.so.1": "libgl1",
    "libEGL.so.1": "libegl1",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libfontconfig.so.1": "libfontconfig1",
    "libdbus-1.so.3": "libdbus-1-3",
}
XCB_LIBRARIES = {
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libX11-xcb.so.1": "libx11-xcb1",
}
_MISSING = re.compile(r"(lib[\w.+-]+\.so(?:\.\d+)*): cannot open shared object file")


def wants_xcb(environ: dict[str, str] | os._Environ[str]) -> bool:
    """Whether Qt will use the X11 (xcb) platform plugin."""
    platform = environ.get("QT_QPA_PLATFORM", "")
    if platform:
        return platform.split(":")[0] == "xcb"
    return bool(environ.get("DISPLAY")) and not environ.get("WAYLAND_DISPLAY")


def missing_libraries(names: dict[str, str]) -> list[str]:
    """The library files among ``names`` that the dynamic loader cannot find."""
    missing = []
    for library in names:
        try:
            ctypes.CDLL(library)
        except OSError:
            missing.append(library)
    return missing


def install_hint(libraries: list[str]) -> str:
    """The apt-get line that installs ``libraries``."""
    table = {**QT_LIBRARIES, **XCB_LIBRARIES}
    packages = sorted({table.get(lib, lib) for lib in libraries})
    return apt_get_install(packages)


def apt_get_install(packages: list[str]) -> str:
    """The command that installs ``packages``: with sudo, unless this is already root.

    A bare Debian root has no sudo, and root needs none.
    """
    as_root = hasattr(os, "geteuid") and os.geteuid() == 0
    return ("" if as_root else "sudo ") + "apt-get install " + " ".join(packages)


def library_in_error(message: str) -> str | None:
    """The library named in a loader error such as "libEGL.so.1: cannot open ..."."""
    match = _MISSING.search(message)
    return match.group(1) if match else None


def check_qt_can_load() -> str | None:
    """None when Qt can start here, else a message for the user (Linux only)."""
    if not sys.platform.startswith("linux"):
        return None
    wanted = dict(QT_LIBRARIES)
    if wants_xcb(os.environ):
        wanted.update(XCB_LIBRARIES)
    missing = missing_libraries(wanted)
    if not missing:
        return None
    return explain_missing(missing)


def explain_missing(libraries: list[str]) -> str:
    return (
        "MentorDesk cannot start: the system lacks libraries that Qt needs ("
        + ", ".join(libraries)
        + ").\nInstall them with:\n\n    "
        + install_hint(libraries)
        + "\n"
    )
