"""ICU's data library trimmed for the Linux build gives Qt the same answers in the
languages MentorDesk speaks (packaging/icu_data.py).

The trimmed library is made from the real one in PySide6's wheel and loaded into a
real Qt in a subprocess with LD_PRELOAD (the dynamic linker then serves it for
Qt's ``libicudata.so.NN``), beside a run with the wheel's own library.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import icu_data
import pytest

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux wheels only")


def _wheel_library() -> Path:
    import PySide6

    found = sorted((Path(PySide6.__file__).parent / "Qt" / "lib").glob("libicudata.so.*"))
    assert found, "PySide6's wheel has no ICU data library"
    return found[0]


# What Qt asks of ICU: collation, case mapping, time zone names, charset converters.
PROBE = r"""
import functools, sys
from PySide6.QtCore import QCollator, QLocale, QStringDecoder, QTimeZone

words = ["Zebra", "Äpfel", "apfel", "Ötzi", "ozean", "Éclair", "eclair", "ñandú", "nube",
         "llama", "luz", "Ångström", "çava", "cz", "file10", "file2", "File1"]
for code in sys.argv[1:]:
    locale = QLocale(code)
    collator = QCollator(locale)
    print(code, sorted(words, key=functools.cmp_to_key(collator.compare)))
    collator.setNumericMode(True)
    print(code, sorted(words, key=functools.cmp_to_key(collator.compare)))
    print(code, locale.toUpper("straße ijssel ı"), locale.toLower("İSTANBUL ÀÉ"))
    for zone in (b"Europe/Berlin", b"America/New_York", b"Asia/Tokyo", b"America/Mexico_City"):
        tz = QTimeZone(zone)
        print(code, zone, [
            tz.displayName(kind, name, locale)
            for kind in (QTimeZone.TimeType.StandardTime, QTimeZone.TimeType.DaylightTime)
            for name in (QTimeZone.NameType.LongName, QTimeZone.NameType.ShortName)
        ])
for charset in ("Shift_JIS", "GB18030", "Big5", "EUC-KR", "windows-1250", "ISO-8859-2", "KOI8-R"):
    print(charset, QStringDecoder(charset).isValid())
print("icudata", [line.split()[-1] for line in open("/proc/self/maps") if "libicudata" in line][0])
"""

SHIPPED = ["en_US", "en_GB", "en_IN", "de_DE", "de_CH", "de_AT", "fr_FR", "fr_CA", "es_ES", "es_MX"]


def _probe(locales: list[str], preload: Path | None = None) -> list[str]:
    env = {k: v for k, v in os.environ.items() if k != "LD_PRELOAD"}
    if preload is not None:
        env["LD_PRELOAD"] = str(preload)
    result = subprocess.run(
        [sys.executable, "-c", PROBE, *locales],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=True,
    )
    return result.stdout.splitlines()


@pytest.fixture(scope="module")
def trimmed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return icu_data.trimmed_library(_wheel_library(), tmp_path_factory.mktemp("icu"))


def test_reading_and_writing_the_wheels_package_gives_back_the_same_bytes() -> None:
    _symbol, data = icu_data.data_symbol(_wheel_library())
    assert icu_data.Package.parse(data).to_bytes() == data


def test_the_trimmed_library_is_a_third_of_the_original_and_answers_in_its_place(
    trimmed: Path,
) -> None:
    assert trimmed.name == _wheel_library().name
    assert trimmed.stat().st_size < _wheel_library().stat().st_size / 3
    answers = _probe(["de_DE"], trimmed)
    assert answers[-1] == f"icudata {trimmed}"  # Qt really used the trimmed one


def test_qt_gives_the_same_answers_in_english_german_french_and_spanish(trimmed: Path) -> None:
    original = _probe(SHIPPED)
    answers = _probe(SHIPPED, trimmed)
    assert answers[:-1] == original[:-1]
    assert "de_DE b'Europe/Berlin' ['Mitteleuropäische Normalzeit', 'MEZ'," in "\n".join(answers)
    assert "GB18030 True" in answers


def test_another_language_falls_back_to_the_root_order_and_english_names(trimmed: Path) -> None:
    answers = "\n".join(_probe(["sv_SE"], trimmed))
    assert "sv_SE ['Ångström', 'apfel', 'Äpfel'" in answers  # Å beside A, not after Z
    assert "'Central European Standard Time'" in answers


def test_every_tree_qt_reads_keeps_root_and_the_shipped_languages_only() -> None:
    kept = icu_data.kept
    for item in ("coll/de.res", "coll/root.res", "coll/ucadata.icu", "coll/res_index.res"):
        assert kept(item), item
    for item in ("zone/fr_CA.res", "zone/tzdbNames.res", "region/es_419.res", "en_US_POSIX.res"):
        assert kept(item), item
    for item in ("coll/sv.res", "zone/ja.res", "region/it.res", "it.res", "zh_Hant_HK.res"):
        assert not kept(item), item
    for item in ("zoneinfo64.res", "metaZones.res", "likelySubtags.res", "pool.res", "root.res"):
        assert kept(item), item
    for item in ("ibm-943_P15A-2003.cnv", "cnvalias.icu", "nfkc.nrm", "uemoji.icu"):
        assert kept(item), item
    for item in ("unit/de.res", "curr/root.res", "lang/en.res", "brkitr/cjdict.dict"):
        assert not kept(item), item


def test_icu_keeps_every_language_mentordesk_speaks() -> None:
    from mentordesk.ui.i18n import LANGUAGES

    assert set(icu_data.KEPT_LANGUAGES) == set(LANGUAGES)
