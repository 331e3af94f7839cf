"""The one stream cipher of MentorDesk's own seals, from the standard library.

``data XOR SHAKE-256(key ‖ nonce)``: the typing journal's sealed records (and through
them the sync batches, ``services/typing_journal.seal``) and each chunk of a sealed
attached file (``db/sealed_files``, whose nonce is the file's nonce and the chunk's
index) are made with it, each under its own key and with its own tag. Changing it
would make every sealed file on people's disks unreadable:
``tests/db/test_keystream.py`` opens files written before it was shared.
"""

from __future__ import annotations

import hashlib


def keystream_xor(data: bytes, key: bytes, nonce: bytes) -> bytes:
    """``data`` XOR the SHAKE-256 keystream of ``key ‖ nonce`` (its own inverse)."""
    if not data:
        return b""
    stream = hashlib.shake_256(key + nonce).digest(len(data))
    # One big integer XOR: about 100 MB/s, against a few MB/s byte by byte.
    mixed = int.from_bytes(data, "little") ^ int.from_bytes(stream, "little")
    return mixed.to_bytes(len(data), "little")
