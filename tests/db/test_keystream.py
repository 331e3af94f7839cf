"""The one keystream of the typing journal and of attached files (``db/keystream``):
files sealed before the two shared it still open, byte for byte, and a flipped byte in
them is still caught.

The fixtures in ``tests/db/fixtures/sealed/`` were written by the code before
``keystream_xor`` existed (commit 55217df), with the data key ``bytes(range(32))``:
a journal of a ``K``, a ``T`` and a ``D`` record, and an attached file of three chunks.
"""

from __future__ import annotations

from collections.abc import Iterator
from io import BytesIO
from pathlib import Path

import pytest

from mentordesk.db import cipher, sealed_files
from mentordesk.services import typing_journal

FIXTURES = Path(__file__).parent / "fixtures" / "sealed"
DATA_KEY = bytes(range(32))
ATTACHED = (
    b"Her advice: ask for the stretch project.\n"
    + "Zweite Stücke — second chunk ✓\n".encode()
    + b"Third and last chunk.\n"
)


@pytest.fixture
def unlocked() -> Iterator[None]:
    cipher.unlock(DATA_KEY)
    yield
    cipher.lock()


def test_a_typing_journal_sealed_before_still_replays_to_what_was_typed(unlocked: None) -> None:
    blob = (FIXTURES / "journal-written-before-one-keystream.journal").read_bytes()
    assert blob.startswith(typing_journal.SEALED)
    assert b"reorg" not in blob  # sealed: the text is not readable in the file
    records, damaged = typing_journal.decode(blob)
    assert not damaged
    assert [r.kind for r in records] == ["K", "T", "D"]
    replayed = typing_journal.play(records)
    assert replayed.texts == {"notes": "Ask about the reorg next week", "takeaways": "Ça va ✓"}
    assert replayed.seq == 3


def test_a_journal_record_changed_by_one_byte_is_read_as_the_end(unlocked: None) -> None:
    blob = bytearray((FIXTURES / "journal-written-before-one-keystream.journal").read_bytes())
    second = blob.index(b"MDJS T")
    blob[second + 40] ^= 0x01  # inside the T record's sealed payload
    records, damaged = typing_journal.decode(bytes(blob))
    assert damaged and [r.kind for r in records] == ["K"]


def test_new_journal_records_open_with_the_old_ones(unlocked: None) -> None:
    blob = (FIXTURES / "journal-written-before-one-keystream.journal").read_bytes()
    blob += typing_journal.encode("D", 4, {"f": "takeaways", "p": 0, "r": 2, "a": "Es"})
    records, damaged = typing_journal.decode(blob)
    assert not damaged
    assert typing_journal.play(records).texts == {
        "notes": "Ask about the reorg next week",
        "takeaways": "Es va ✓",
    }


def test_an_attached_file_sealed_before_still_opens_to_its_bytes(unlocked: None) -> None:
    path = FIXTURES / "attachment-written-before-one-keystream.sealed"
    assert b"stretch" not in path.read_bytes()
    keys = sealed_files.current()
    assert keys is not None
    assert sealed_files.first_chunk_verifies(path, keys)
    with sealed_files.open_plain(path, True, keys) as reader:
        assert reader.read() == ATTACHED


def test_an_attached_file_sealed_before_with_a_flipped_byte_is_reported(unlocked: None) -> None:
    data = bytearray((FIXTURES / "attachment-written-before-one-keystream.sealed").read_bytes())
    data[-40] ^= 0x01  # inside the last chunk
    keys = sealed_files.current()
    assert keys is not None
    reader = sealed_files.Unsealer(BytesIO(bytes(data)), keys)
    with pytest.raises(sealed_files.SealBrokenError):
        reader.read()


def test_a_file_sealed_now_opens_and_is_not_the_plain_bytes(unlocked: None) -> None:
    keys = sealed_files.current()
    assert keys is not None
    out = BytesIO()
    sealer = sealed_files.Sealer(keys, out.write)
    sealer.add(ATTACHED[:10])
    sealer.add(ATTACHED[10:])
    sealer.close()
    assert ATTACHED[:10] not in out.getvalue()
    assert sealed_files.Unsealer(BytesIO(out.getvalue()), keys).read() == ATTACHED
