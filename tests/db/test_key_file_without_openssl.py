"""A key file written where Python has no OpenSSL (the Linux build leaves ``_hashlib``
out: cryptography's scrypt serves) opens with the passphrase anywhere else, and back.

The Python without OpenSSL is a real subprocess whose ``_hashlib`` cannot be imported,
as in the frozen build, so ``hashlib.scrypt`` does not exist there.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from mentordesk.db import key_file

WITHOUT_OPENSSL = """
import sys
sys.modules["_hashlib"] = None  # import _hashlib fails, as in the Linux build
import hashlib
from pathlib import Path
from mentordesk.db import key_file

assert not hasattr(hashlib, "scrypt")
folder, action = Path(sys.argv[1]), sys.argv[2]
if action == "write":
    key_file.write(folder, key_file.new(b"k" * 32, "grüße passphrase", "ABCD-EFGH"))
else:
    print(key_file.open_with(key_file.read(folder), "grüße passphrase").hex())
"""


def _without_openssl(folder: Path, action: str) -> str:
    result = subprocess.run(
        [sys.executable, "-c", WITHOUT_OPENSSL, str(folder), action],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout.strip()


def test_a_key_file_written_without_openssl_opens_with_it(tmp_path: Path) -> None:
    _without_openssl(tmp_path, "write")
    found = key_file.read(tmp_path)
    assert found is not None
    assert key_file.open_with(found, "grüße passphrase") == b"k" * 32
    with pytest.raises(key_file.WrongPassphraseError):
        key_file.open_with(found, "another passphrase")


def test_a_key_file_written_with_openssl_opens_without_it(tmp_path: Path) -> None:
    key_file.write(tmp_path, key_file.new(b"\x07" * 32, "grüße passphrase", "ABCD-EFGH"))
    assert _without_openssl(tmp_path, "open") == (b"\x07" * 32).hex()
