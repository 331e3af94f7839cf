"""What the trimmed build keeps, on every system's file layout."""

from __future__ import annotations

import bundle_rules


def test_the_plugins_a_user_needs_stay_and_the_rest_go() -> None:
    kept = bundle_rules.plugin_kept
    assert kept("PySide6/Qt/plugins/platforms/libqxcb.so")
    assert kept("PySide6/Qt/plugins/platforms/libqwayland.so")
    assert kept("PySide6/Qt/plugins/wayland-shell-integration/libxdg-shell.so")
    assert kept("PySide6\\plugins\\platforms\\qwindows.dll")  # the Windows wheel's layout
    assert kept("PySide6\\plugins\\styles\\qmodernwindowsstyle.dll")
    assert kept("PySide6/Qt/plugins/platforms/libqcocoa.dylib")
    assert kept("PySide6/Qt/plugins/imageformats/libqsvg.dylib")
    assert kept("PySide6/Qt/plugins/platformthemes/libqgtk3.so") is False
    assert kept("PySide6/Qt/plugins/tls/libqopensslbackend.so") is False
    assert kept("PySide6/Qt/plugins/imageformats/libqjpeg.so") is False
    assert kept("PySide6/Qt/lib/libQt6Core.so.6") is None  # not a plugin


def test_on_linux_what_only_a_dropped_plugin_or_the_system_needs_goes_too() -> None:
    binaries = [
        ("libpython3.11.so.1.0", "/src/libpython", "BINARY"),
        ("PySide6/QtGui.abi3.so", "/src/QtGui", "EXTENSION"),
        ("PySide6/Qt/lib/libQt6Gui.so.6", "/src/Qt6Gui", "BINARY"),
        ("PySide6/Qt/plugins/platformthemes/libqgtk3.so", "/src/gtk3", "BINARY"),
        ("libgtk-3.so.0", "/src/gtk", "BINARY"),
        ("libstdc++.so.6", "/src/stdc++", "BINARY"),
        ("opengl32sw.dll", "/src/opengl32sw", "BINARY"),
    ]
    needs = {
        "/src/QtGui": ["libQt6Gui.so.6", "libstdc++.so.6"],
        "/src/Qt6Gui": ["libstdc++.so.6"],
        "/src/gtk3": ["libgtk-3.so.0", "libQt6Gui.so.6"],
    }
    kept = bundle_rules.trim_binaries(binaries, linux=True, needed=lambda s: needs.get(s, []))
    assert [name for name, _source, _kind in kept] == [
        "libpython3.11.so.1.0",
        "PySide6/QtGui.abi3.so",
        "PySide6/Qt/lib/libQt6Gui.so.6",
    ]


def test_links_to_dropped_libraries_and_build_caches_go_with_them() -> None:
    kept = [("PySide6/Qt/lib/libQt6Core.so.6", "/src", "BINARY")]
    datas = [
        ("libQt6Core.so.6", "PySide6/Qt/lib/libQt6Core.so.6", "SYMLINK"),
        ("libgtk-3.so.0", "PySide6/Qt/lib/libgtk-3.so.0", "SYMLINK"),
        ("mentordesk/db/migrations/__pycache__/env.cpython-311.pyc", "/src", "DATA"),
        ("PySide6/Qt/translations/qt_de.qm", "/src", "DATA"),
        ("PySide6/Qt/translations/qtbase_de.qm", "/src", "DATA"),
        ("PySide6/Qt/translations/qtbase_ja.qm", "/src", "DATA"),
        ("PySide6/Qt/translations/qtdeclarative_de.qm", "/src", "DATA"),
        ("mentordesk/db/migrations/env.py", "/src", "DATA"),
        ("mentordesk/resources/translations/mentordesk_en.qm", "/src", "DATA"),
        ("mentordesk/resources/translations/mentordesk_de.qm", "/src", "DATA"),
        ("mentordesk/resources/translations/mentordesk_de.ts", "/src", "DATA"),
        ("mentordesk/resources/translations/mentordesk_en_XA.qm", "/src", "DATA"),
        ("mentordesk/resources/translations/words/de.json", "/src", "DATA"),
    ]
    assert [name for name, _s, _k in bundle_rules.trim_datas(datas, kept)] == [
        "libQt6Core.so.6",
        # Qt's own words for the languages MentorDesk ships (buttons, file dialogs)
        "PySide6/Qt/translations/qtbase_de.qm",
        "mentordesk/db/migrations/env.py",
        # the app's own plural forms stay: without them a count reads "1 meeting(s)"
        "mentordesk/resources/translations/mentordesk_en.qm",
        "mentordesk/resources/translations/mentordesk_de.qm",
    ]


def test_printing_keeps_the_cups_plugin_and_takes_cups_and_what_it_needs_from_the_system() -> None:
    binaries = [
        ("PySide6/QtPrintSupport.abi3.so", "/src/QtPrintSupport", "EXTENSION"),
        ("PySide6/Qt/lib/libQt6PrintSupport.so.6", "/src/Qt6PrintSupport", "BINARY"),
        ("PySide6/Qt/plugins/printsupport/libcupsprintersupport.so", "/src/cups-plugin", "BINARY"),
        ("libcups.so.2", "/src/cups", "BINARY"),
        ("libgnutls.so.30", "/src/gnutls", "BINARY"),
    ]
    needs = {
        "/src/QtPrintSupport": ["libQt6PrintSupport.so.6"],
        "/src/cups-plugin": ["libQt6PrintSupport.so.6", "libcups.so.2"],
        "/src/cups": ["libgnutls.so.30"],
    }
    kept = bundle_rules.trim_binaries(binaries, linux=True, needed=lambda s: needs.get(s, []))
    assert [name for name, _source, _kind in kept] == [
        "PySide6/QtPrintSupport.abi3.so",
        "PySide6/Qt/lib/libQt6PrintSupport.so.6",
        "PySide6/Qt/plugins/printsupport/libcupsprintersupport.so",
    ]


def test_linux_keeps_the_secret_service_keyring_and_leaves_out_the_second_openssl() -> None:
    linux = bundle_rules.excluded_modules(linux=True)
    elsewhere = bundle_rules.excluded_modules(linux=False)
    for module in ("secretstorage", "jeepney", "cryptography", "_cffi_backend"):
        assert module not in linux and module in elsewhere, module
    assert "_hashlib" in linux and "_hashlib" not in elsewhere  # scrypt: cryptography's there
    assert "_ssl" in linux and "_ssl" in elsewhere  # no network anywhere
