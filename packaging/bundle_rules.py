"""What the frozen build keeps and leaves out, each rule with its reason.

The spec applies these to PyInstaller's table of contents; the tests check the
built folder against them. Measured steps are in issue 11 and the README.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from pathlib import PurePosixPath

# PyInstaller's table-of-contents entry: (name in the bundle, source, type code).
Entry = tuple[str, str, str]

# Python modules an offline desktop app never needs.
EXCLUDED_MODULES = [
    # Development tools that happen to sit in the build environment.
    "tkinter",
    "pytest",
    "mypy",
    "ruff",
    "PyInstaller",
    "PIL",  # only scripts/make_icons.py uses Pillow
    # No network: MentorDesk never opens a TLS connection, so the TLS module goes.
    "ssl",
    "_ssl",
    # PySide6.QtDBus stays: reminders go to the desktop's notification service over
    # D-Bus where there is no tray (ui/shell/notifications.py); QtGui links
    # libQt6DBus anyway, so on Linux only the binding's own module is added.
]

# Left out of the Linux build only. _hashlib is OpenSSL's libcrypto (4.5 MiB), a second
# copy of what cryptography's module (kept for the keyring, below) carries inside it;
# scrypt, which turns a passphrase into the key of an encrypted data folder, is then
# cryptography's (db/key_file.py), and hashlib's other functions are Python's own.
LINUX_EXCLUDED_MODULES = ["_hashlib"]

# Left out of the Windows and macOS builds only: keyring's Secret Service backend
# (secretstorage over D-Bus with jeepney, sealing with cryptography's AES; cffi's
# _cffi_backend is imported by cryptography's Rust module). On Linux they stay (12 MiB;
# the self-test runs that cipher); Windows' Credential Locker (pywin32-ctypes) and the
# macOS Keychain need none of them, though pip installs them on every system. There
# _hashlib stays for hashlib.scrypt.
ELSEWHERE_EXCLUDED_MODULES = ["secretstorage", "jeepney", "cryptography", "_cffi_backend", "cffi"]


def excluded_modules(linux: bool) -> list[str]:
    """The Python modules the build leaves out on Linux, or on Windows and macOS."""
    return EXCLUDED_MODULES + (LINUX_EXCLUDED_MODULES if linux else ELSEWHERE_EXCLUDED_MODULES)


# Qt plugins kept, as (plugin folder, file stem without "lib" and extension).
# Everything else under plugins/ is left out: eglfs, linuxfb, vnc, evdev, tls,
# network information, the GTK3 theme (and the GTK/cairo/pango libraries it
# pulls in), image formats the app never reads (gif, jpeg, tiff, webp, ...).
KEPT_PLUGINS = {
    # Where windows appear: X11, Wayland, headless (CI's smoke test), Windows, macOS.
    ("platforms", "qxcb"),
    ("platforms", "qwayland"),
    ("platforms", "qoffscreen"),
    ("platforms", "qwindows"),
    ("platforms", "qcocoa"),
    # Typing accents and CJK through the desktop's input method.
    ("platforminputcontexts", "composeplatforminputcontextplugin"),
    ("platforminputcontexts", "ibusplatforminputcontextplugin"),
    # The icon and the dark theme's check mark are SVG; .ico for Windows icons.
    ("iconengines", "qsvgicon"),
    ("imageformats", "qsvg"),
    ("imageformats", "qico"),
    # File dialogs and the colour scheme through the desktop portal (Flatpak-era desktops).
    ("platformthemes", "qxdgdesktopportal"),
    # OpenGL integration for X11 and Wayland windows (Qt picks one at start-up).
    ("xcbglintegrations", "qxcb-egl-integration"),
    ("xcbglintegrations", "qxcb-glx-integration"),
    ("wayland-graphics-integration-client", "qt-plugin-wayland-egl"),
    # Without a shell integration no window can appear on Wayland at all, and
    # without a decoration plugin windows on GNOME have no title bar.
    ("wayland-shell-integration", "xdg-shell"),
    ("wayland-decoration-client", "adwaita"),
    ("wayland-decoration-client", "bradient"),
    # Printing the recovery key (File ▸ Encryption…): the printers CUPS knows, on
    # Linux (Qt6PrintSupport prints through Windows' and macOS's own spoolers itself).
    ("printsupport", "cupsprintersupport"),
}
# Native look on Windows and macOS (there the style is a plugin).
KEPT_PLUGIN_FOLDERS = {"styles"}

# Left out on every system: Qt's software OpenGL rasteriser for Windows (20 MiB);
# MentorDesk draws with widgets and never asks for OpenGL.
DROPPED_FILES = {"opengl32sw.dll"}

# Linux libraries taken from the user's system instead of the bundle.
SYSTEM_LIBRARIES = [
    # A bundled C++ runtime older than the system's breaks Mesa's drivers, which
    # load the system one into the same process; every desktop has libstdc++.
    re.compile(r"libstdc\+\+\.so\..*"),
    re.compile(r"libgcc_s\.so\..*"),
    # Fonts must be read with the system's own fontconfig (its config format
    # changes) and freetype; bundling them also dragged in expat, png, brotli.
    re.compile(r"libfontconfig\.so\..*"),
    re.compile(r"libfreetype\.so\..*"),
    # The X11 client libraries belong to the display; libxcb itself is never bundled.
    re.compile(r"libX(11|11-xcb|au|dmcp|ext|render)\.so\..*"),
    re.compile(r"libxcb(-render|-shm)?\.so\..*"),
    # GLib and D-Bus come with every desktop; a bundled GLib older than the
    # system's fails to load the system's GIO modules (gvfs) and prints errors.
    re.compile(r"lib(glib|gio|gobject|gmodule|gthread)-2\.0\.so\..*"),
    re.compile(r"libdbus-1\.so\..*"),
    # CUPS is the system's printing service: its client library goes with it (and a
    # bundled one would bring GnuTLS and Kerberos). Without it, Qt still prints to PDF.
    re.compile(r"libcups\.so\..*"),
]


def plugin_kept(name: str) -> bool | None:
    """Whether a bundle entry under Qt's plugins/ folder is kept; None if not a plugin."""
    parts = PurePosixPath(name.replace("\\", "/")).parts
    if "plugins" not in parts or parts.index("plugins") > len(parts) - 3:
        return None
    index = parts.index("plugins")
    folder, filename = parts[index + 1], parts[-1]
    if folder in KEPT_PLUGIN_FOLDERS:
        return True
    stem = filename.split(".")[0]
    stem = stem.removeprefix("lib")
    return (folder, stem) in KEPT_PLUGINS


# The languages MentorDesk ships besides English (mentordesk/ui/i18n.py): Qt's own
# words for them (qtbase_<code>.qm: standard buttons, file dialogs) stay.
LANGUAGES = ("de", "fr", "es")


def is_translation(name: str) -> bool:
    """Qt's own translations except the base ones of the languages MentorDesk ships;
    of MentorDesk's own, the sources (``.ts``, word lists) and the pseudo-locale."""
    path = PurePosixPath(name.replace("\\", "/"))
    if path.parts[:1] == ("PySide6",) and "translations" in path.parts:
        return path.suffix == ".qm" and path.name not in {f"qtbase_{c}.qm" for c in LANGUAGES}
    if path.parts[:3] == ("mentordesk", "resources", "translations"):
        return path.suffix != ".qm" or path.name == "mentordesk_en_XA.qm" or "words" in path.parts
    return False


def is_system_library(name: str) -> bool:
    """Linux libraries that the user's system supplies (see SYSTEM_LIBRARIES)."""
    filename = PurePosixPath(name).name
    return any(pattern.fullmatch(filename) for pattern in SYSTEM_LIBRARIES)


def is_bytecode_cache(name: str) -> bool:
    """__pycache__ folders of the build machine, copied with data folders."""
    parts = PurePosixPath(name.replace("\\", "/")).parts
    return "__pycache__" in parts or name.endswith(".pyc")


def trim_binaries(
    binaries: Iterable[Entry], linux: bool, needed: Callable[[str], list[str]]
) -> list[Entry]:
    """Binaries without dropped plugins, system libraries, and what only they needed.

    On Linux a library stays only if a kept plugin, a Python extension module or
    libpython still needs it (``needed(source)`` gives an ELF file's DT_NEEDED):
    what the dropped GTK3 theme or the system's fontconfig pulled in goes too.
    """
    entries = [
        entry
        for entry in binaries
        if plugin_kept(entry[0]) is not False
        and PurePosixPath(entry[0].replace("\\", "/")).name not in DROPPED_FILES
    ]
    if not linux:
        return entries
    entries = [entry for entry in entries if not is_system_library(entry[0])]
    by_soname = {PurePosixPath(entry[0]).name: entry for entry in entries}
    roots = [
        entry
        for entry in entries
        if entry[2] == "EXTENSION"
        or plugin_kept(entry[0])
        or PurePosixPath(entry[0]).name.startswith("libpython")
    ]
    kept: dict[str, Entry] = {}
    todo = list(roots)
    while todo:
        entry = todo.pop()
        if entry[0] in kept:
            continue
        kept[entry[0]] = entry
        for soname in needed(entry[1]):
            dependency = by_soname.get(soname)
            if dependency is not None and dependency[0] not in kept:
                todo.append(dependency)
    return [entry for entry in entries if entry[0] in kept]


def trim_datas(datas: Iterable[Entry], kept_binaries: Iterable[Entry]) -> list[Entry]:
    """Data without Qt translations, bytecode caches, or links to dropped libraries."""
    kept_names = {PurePosixPath(entry[0]).as_posix() for entry in kept_binaries}
    result = []
    for entry in datas:
        name, source, kind = entry
        if is_translation(name) or is_bytecode_cache(name):
            continue
        # PyInstaller links e.g. _internal/libQt6Core.so.6 -> PySide6/Qt/lib/...;
        # the link goes when its target does.
        if kind == "SYMLINK" and PurePosixPath(source).as_posix() not in kept_names:
            continue
        result.append(entry)
    return result
