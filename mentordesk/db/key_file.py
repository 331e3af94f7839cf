"""``mentordesk.key``: the data key, wrapped by the passphrase and by the recovery key.

The file is a small JSON text (0600)::

    {"format": "mentordesk-key", "version": 1, "removing": false,
     "passphrase": {"salt": …, "wrapped": …, "mac": …},
     "recovery":   {"salt": …, "wrapped": …, "mac": …},
     "digest": sha256 of everything above}

Each wrap: ``scrypt(secret, salt)`` gives 64 bytes, a pad and a MAC key; ``wrapped`` is
the data key XOR the pad, ``mac`` an HMAC-SHA256 of ``wrapped``. A fresh salt per wrap
makes every pad used once. The MAC tells a wrong passphrase (the MAC does not match)
from a damaged file (the digest does not match, or the JSON is broken): a wrong
passphrase never looks like damage. Stdlib only (``hashlib.scrypt``, ``hmac``), but
where Python has no OpenSSL (the Linux build leaves libcrypto out) scrypt is
cryptography's, which carries OpenSSL: the same function, the same bytes.

The file is always replaced whole (``files.write_text_file``: a new temporary, fsync,
rename), so a change of passphrase is the old file or the new one, never neither.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import secrets
import unicodedata
from dataclasses import dataclass, replace
from pathlib import Path

from mentordesk.db.errors import DatabaseError, Problem
from mentordesk.db.files import sync_folder, write_text_file

KEY_FILE_NAME = "mentordesk.key"
FORMAT = "mentordesk-key"
VERSION = 1
# scrypt's cost: 2**15 × 8 × 128 bytes = 32 MB of memory, about 0.1 s on a laptop.
SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**15, 8, 1
_RECOVERY_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I


class KeyFileDamagedError(DatabaseError):
    """The key file cannot be read: it is not what MentorDesk wrote."""

    def __init__(self, path: Path, detail: str) -> None:
        super().__init__(
            f"The key file {path} is damaged ({detail}). Without it the encrypted data "
            "cannot be opened: put back a copy of mentordesk.key if you kept one.",
            Problem.CORRUPT,
        )


class WrongPassphraseError(DatabaseError):
    """Neither the passphrase nor the recovery key given opens the data key."""

    def __init__(self) -> None:
        super().__init__(
            "Wrong passphrase. Your data is fine; type the passphrase again, or the recovery key."
        )


@dataclass(frozen=True)
class Wrap:
    salt: bytes
    wrapped: bytes
    mac: bytes


@dataclass(frozen=True)
class KeyFile:
    passphrase: Wrap
    recovery: Wrap
    removing: bool = False  # encryption is being turned off (see ARCHITECTURE.md)


def path_in(folder: Path) -> Path:
    return folder / KEY_FILE_NAME


def _normal(secret: str) -> bytes:
    return unicodedata.normalize("NFC", secret).encode("utf-8")


def _scrypt(
    secret: bytes,
    salt: bytes,
    *,
    n: int = SCRYPT_N,
    r: int = SCRYPT_R,
    p: int = SCRYPT_P,
    length: int = 64,
) -> bytes:
    scrypt = getattr(hashlib, "scrypt", None)  # only with OpenSSL's libcrypto (_hashlib)
    if scrypt is None:
        from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

        return Scrypt(salt=salt, length=length, n=n, r=r, p=p).derive(secret)
    out: bytes = scrypt(secret, salt=salt, n=n, r=r, p=p, maxmem=64 << 20, dklen=length)
    return out


def passphrase_key(secret: str, salt: bytes, *, n: int, r: int, p: int) -> bytes:
    """32 bytes from ``secret`` (normalised as the key file's) by scrypt with this cost,
    through OpenSSL where Python has it, else cryptography (the sync key's)."""
    return _scrypt(_normal(secret), salt, n=n, r=r, p=p, length=32)


def _derive(secret: str, salt: bytes) -> tuple[bytes, bytes]:
    out = _scrypt(_normal(secret), salt)
    return out[:32], out[32:]


def wrap(secret: str, data_key: bytes) -> Wrap:
    salt = secrets.token_bytes(16)
    pad, mac_key = _derive(secret, salt)
    wrapped = bytes(a ^ b for a, b in zip(data_key, pad, strict=True))
    return Wrap(salt, wrapped, hmac.new(mac_key, wrapped, hashlib.sha256).digest())


def unwrap(secret: str, found: Wrap) -> bytes | None:
    """The data key, or None when ``secret`` is not the one that wrapped it."""
    pad, mac_key = _derive(secret, found.salt)
    expected = hmac.new(mac_key, found.wrapped, hashlib.sha256).digest()
    if not hmac.compare_digest(expected, found.mac):
        return None
    return bytes(a ^ b for a, b in zip(found.wrapped, pad, strict=True))


# -- the recovery key ---------------------------------------------------------------------
def new_recovery_key() -> str:
    """128 random bits as 26 letters and digits in groups: ``ABCD-EFGH-…``."""
    number = secrets.randbits(130)
    letters = []
    for _ in range(26):
        number, digit = divmod(number, 32)
        letters.append(_RECOVERY_ALPHABET[digit])
    text = "".join(letters)
    return "-".join(text[i : i + 4] for i in range(0, 26, 4))


def recovery_form(text: str) -> str | None:
    """``text`` as a recovery key is written (case, spaces and dashes forgiven), or None."""
    letters = "".join(c for c in text.upper() if c not in " -\t")
    letters = letters.replace("0", "O").replace("1", "I")
    if len(letters) != 26 or any(c not in _RECOVERY_ALPHABET for c in letters):
        return None
    return "-".join(letters[i : i + 4] for i in range(0, 26, 4))


# -- the file -------------------------------------------------------------------------------
def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _body(found: KeyFile) -> dict[str, object]:
    def side(w: Wrap) -> dict[str, str]:
        return {"salt": _b64(w.salt), "wrapped": _b64(w.wrapped), "mac": _b64(w.mac)}

    return {
        "format": FORMAT,
        "version": VERSION,
        "removing": found.removing,
        "passphrase": side(found.passphrase),
        "recovery": side(found.recovery),
    }


def _digest(body: dict[str, object]) -> str:
    return hashlib.sha256(json.dumps(body, sort_keys=True).encode("utf-8")).hexdigest()


def write(folder: Path, found: KeyFile) -> None:
    """Replace the key file whole (a temporary, fsync, rename)."""
    body = _body(found)
    text = json.dumps({**body, "digest": _digest(body)}, indent=1, sort_keys=True) + "\n"
    write_text_file(path_in(folder), text, encoding="ascii")


def remove(folder: Path) -> None:
    path_in(folder).unlink(missing_ok=True)
    sync_folder(folder)


def read(folder: Path) -> KeyFile | None:
    """The key file of ``folder`` (None: encryption is off). Raises KeyFileDamagedError."""
    path = path_in(folder)
    try:
        text = path.read_bytes().decode("ascii")
    except FileNotFoundError:
        return None
    except UnicodeDecodeError:
        raise KeyFileDamagedError(path, "it is not text") from None
    try:
        data = json.loads(text)
        if not isinstance(data, dict) or data.get("format") != FORMAT:
            raise KeyFileDamagedError(path, "it is not a MentorDesk key file")
        if data.get("version") != VERSION:
            raise KeyFileDamagedError(path, "a newer version of MentorDesk wrote it")
        digest = data.pop("digest", None)
        if digest != _digest(data):
            raise KeyFileDamagedError(path, "its contents were changed")

        def side(name: str) -> Wrap:
            part = data[name]
            fields = ("salt", "wrapped", "mac")
            return Wrap(*(base64.b64decode(part[k], validate=True) for k in fields))

        return KeyFile(side("passphrase"), side("recovery"), bool(data["removing"]))
    except (ValueError, KeyError, TypeError) as error:
        raise KeyFileDamagedError(path, "it cannot be read") from error


def open_with(found: KeyFile, secret: str) -> bytes:
    """The data key from the passphrase, or from the recovery key given in its place."""
    key = unwrap(secret, found.passphrase)
    if key is None:
        recovery = recovery_form(secret)
        if recovery is not None:
            key = unwrap(recovery, found.recovery)
    if key is None:
        raise WrongPassphraseError()
    return key


def new(data_key: bytes, passphrase: str, recovery: str) -> KeyFile:
    return KeyFile(wrap(passphrase, data_key), wrap(recovery, data_key))


def with_passphrase(found: KeyFile, data_key: bytes, passphrase: str) -> KeyFile:
    return replace(found, passphrase=wrap(passphrase, data_key))
