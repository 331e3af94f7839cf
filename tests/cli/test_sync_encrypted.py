"""``mentordesk sync`` between two real encrypted data folders, through the command line
as a person runs it (the passphrase one line on standard input, as for every command):
the batches in the sync folder are sealed, both laptops end equal with both edits, a
laptop with another passphrase is told so and applies nothing, a plain laptop is
refused with words that say what to do."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from mentordesk.config import resolve_paths
from mentordesk.db import cipher, encryption
from mentordesk.db.models import Mentor
from mentordesk.services import sync_folder, sync_key
from tests.cli.test_passphrase import mentordesk
from tests.cli.test_sync_command import edit, new_folder

pytestmark = pytest.mark.slow

PASS = "same on both laptops"
MARKER = "Zanzibar-quokka"  # typed on one laptop: never readable in the sync folder
WRONG_PASSPHRASE, USAGE = 7, 2


def encrypted_folder(data: Path, passphrase: str, *, with_sample: bool) -> None:
    new_folder(data, with_sample=with_sample)
    done = mentordesk("passphrase", "set", data=data, stdin=f"{passphrase}\n")
    assert done.returncode == 0, done.stderr
    cipher.lock()


def sync(data: Path, *args: str, stdin: str = f"{PASS}\n") -> subprocess.CompletedProcess[str]:
    return mentordesk("sync", *args, data=data, stdin=stdin)


def synced(data: Path, *args: str, stdin: str = f"{PASS}\n") -> str:
    result = sync(data, *args, stdin=stdin)
    assert result.returncode == 0, result.stderr
    return result.stdout


def exported(
    data: Path, target: Path, passphrase: str = PASS
) -> dict[str, list[dict[str, object]]]:
    result = mentordesk("export", "-o", str(target), data=data, stdin=f"{passphrase}\n")
    assert result.returncode == 0, result.stderr
    records: dict[str, list[dict[str, object]]] = json.loads(target.read_text("utf-8"))["records"]
    target.unlink()
    return records


def edit_unlocked(data: Path, passphrase: str, change: object) -> None:
    paths = resolve_paths(data)
    encryption.unlock(paths, passphrase)
    try:
        edit(data, change)
    finally:
        cipher.lock()


def readable_anywhere(folder: Path, text: str) -> list[Path]:
    needle = text.encode("utf-8")
    return [p for p in folder.rglob("*") if p.is_file() and needle in p.read_bytes()]


def test_two_encrypted_laptops_sync_and_nothing_is_readable_in_the_folder(
    tmp_path: Path,
) -> None:
    work, home, shared = tmp_path / "work", tmp_path / "home", tmp_path / "Dropbox"
    shared.mkdir()
    encrypted_folder(work, PASS, with_sample=True)
    encrypted_folder(home, PASS, with_sample=False)

    said = synced(work, "--folder", str(shared), "--device", "Work laptop")
    assert "Sent" in said
    assert sync_key.folder_file(shared).exists()
    said = synced(home, "--folder", str(shared), "--device", "Home laptop")
    assert "Received 1 batch from “Work laptop”" in said
    first = exported(work, tmp_path / "w.json")
    assert first == exported(home, tmp_path / "h.json")
    assert len(first["mentor"]) == 5

    mentor_id = str(first["mentor"][0]["id"])
    edit_unlocked(
        work, PASS, lambda s: setattr(s.get(Mentor, mentor_id), "notes", f"Met at {MARKER} 👍🏽")
    )
    edit_unlocked(home, PASS, lambda s: setattr(s.get(Mentor, mentor_id), "organisation", "Acme"))
    for laptop in (work, home, work, home):
        synced(laptop)

    after = exported(work, tmp_path / "w.json")
    assert after == exported(home, tmp_path / "h.json")
    mentor = next(m for m in after["mentor"] if m["id"] == mentor_id)
    assert (mentor["notes"], mentor["organisation"]) == (f"Met at {MARKER} 👍🏽", "Acme")
    batches = sorted(shared.rglob("*.mdsync"))
    assert len(batches) >= 3 and all(p.read_bytes().startswith(b"MDSS ") for p in batches)
    assert readable_anywhere(shared, MARKER) == []
    sample_name = str(first["mentor"][0]["name"])
    assert readable_anywhere(shared, sample_name) == [], "the sample's names are sealed too"
    # the sync key is kept with each laptop: a round needs no second passphrase
    for laptop in (work, home):
        assert (laptop / sync_key.LOCAL_FILE).exists()
        assert b"salt" in (laptop / sync_key.LOCAL_FILE).read_bytes()


def test_another_passphrase_is_told_and_nothing_is_applied(tmp_path: Path) -> None:
    work, home, shared = tmp_path / "work", tmp_path / "home", tmp_path / "Dropbox"
    shared.mkdir()
    encrypted_folder(work, PASS, with_sample=True)
    encrypted_folder(home, "home's own passphrase", with_sample=False)
    synced(work, "--folder", str(shared), "--device", "Work laptop")
    before = sorted(p.name for p in shared.rglob("*"))

    other = sync(home, "--folder", str(shared), "--device", "Home", stdin="home's own passphrase\n")
    assert other.returncode == WRONG_PASSPHRASE, other.stderr
    assert "The other laptop's passphrase is different" in other.stderr
    assert "Nothing was sent or applied" in other.stderr
    assert "--sync-passphrase" in other.stderr
    assert exported(home, tmp_path / "h.json", "home's own passphrase")["mentor"] == []
    assert sorted(p.name for p in shared.rglob("*")) == before, "nothing written there"

    wrong = sync(home, "--sync-passphrase", stdin="home's own passphrase\nnot it either\n")
    assert wrong.returncode == WRONG_PASSPHRASE and "is different" in wrong.stderr
    right = sync(home, "--sync-passphrase", stdin=f"home's own passphrase\n{PASS}\n")
    assert right.returncode == 0, right.stderr
    assert "Received 1 batch from “Work laptop”" in right.stdout
    # kept from now on: the next round needs only home's own passphrase
    synced(home, stdin="home's own passphrase\n")
    assert len(exported(home, tmp_path / "h.json", "home's own passphrase")["mentor"]) == 5


def test_a_changed_passphrase_keeps_the_sync_key(tmp_path: Path) -> None:
    work, home, shared = tmp_path / "work", tmp_path / "home", tmp_path / "Dropbox"
    shared.mkdir()
    encrypted_folder(work, PASS, with_sample=True)
    encrypted_folder(home, PASS, with_sample=False)
    synced(work, "--folder", str(shared), "--device", "Work laptop")
    key_before = sync_key.folder_file(shared).read_bytes()
    changed = mentordesk("passphrase", "change", data=work, stdin=f"{PASS}\nnew one\n")
    assert changed.returncode == 0, changed.stderr
    edit_unlocked(work, "new one", lambda s: s.add(Mentor(name="After the change")))
    assert "Sent" in synced(work, stdin="new one\n")
    assert sync_key.folder_file(shared).read_bytes() == key_before
    # a laptop joining now types the passphrase sync was set up with
    said = synced(home, "--folder", str(shared), "--device", "Home laptop")
    assert "Received 2 batches from “Work laptop”" in said


def test_a_plain_laptop_is_refused_and_a_plain_batch_is_never_applied(tmp_path: Path) -> None:
    work, home, shared = tmp_path / "work", tmp_path / "home", tmp_path / "Dropbox"
    shared.mkdir()
    new_folder(work, with_sample=True)  # plain: syncs first, in the clear
    encrypted_folder(home, PASS, with_sample=False)
    synced(work, "--folder", str(shared), "--device", "Work laptop", stdin="")

    said = synced(home, "--folder", str(shared), "--device", "Home laptop")
    assert "Batch 1 from “Work laptop” is not encrypted" in said
    assert "Turn encryption on there" in said
    assert exported(home, tmp_path / "h.json")["mentor"] == []

    refused = sync(work, stdin="")
    assert refused.returncode == USAGE, refused.stderr
    assert "holds encrypted batches" in refused.stderr
    assert "this laptop's data folder is not encrypted" in refused.stderr
    assert "Turn encryption on here" in refused.stderr

    # the work laptop turns encryption on with the same passphrase: its earlier batch is
    # sealed again (the plain one leaves the folder) and the home laptop receives it
    encrypted_folder(work, PASS, with_sample=False)
    said = synced(work)
    assert "Encrypted 1 of this laptop's earlier batches" in said
    work_name = str(exported(work, tmp_path / "w.json")["mentor"][0]["name"])
    assert readable_anywhere(shared, work_name) == []
    said = synced(home)
    assert "Received 1 batch from “Work laptop”" in said
    assert exported(home, tmp_path / "h.json") == exported(work, tmp_path / "w.json")


def test_a_damaged_batch_is_never_applied_and_a_good_copy_is(tmp_path: Path) -> None:
    work, home, shared = tmp_path / "work", tmp_path / "home", tmp_path / "Dropbox"
    shared.mkdir()
    encrypted_folder(work, PASS, with_sample=True)
    encrypted_folder(home, PASS, with_sample=False)
    synced(work, "--folder", str(shared), "--device", "Work laptop")
    (good,) = shared.rglob("*.mdsync")
    whole = good.read_bytes()
    damaged = bytearray(whole)
    damaged[len(damaged) // 2] ^= 0x20  # one bit, in the middle of the ciphertext
    # named by the hash of its own bytes, as a sync service would deliver a bad copy
    token, seq = good.name.split("-")[:2]
    bad = good.with_name(sync_folder.batch_name(token, int(seq), bytes(damaged)))
    good.unlink()
    bad.write_bytes(bytes(damaged))

    for _ in range(2):  # read again every round, never applied
        said = synced(home, "--folder", str(shared), "--device", "Home laptop")
        assert "does not open with this sync folder's key" in said
        assert "Nothing new from the other laptops." in said
        assert exported(home, tmp_path / "h.json")["mentor"] == []
    good.write_bytes(whole)  # the good copy arrives
    said = synced(home)
    assert "Received 1 batch from “Work laptop”" in said
    assert exported(home, tmp_path / "h.json") == exported(work, tmp_path / "w.json")


def test_the_recovery_key_never_makes_the_sync_key(tmp_path: Path) -> None:
    work, shared = tmp_path / "work", tmp_path / "Dropbox"
    shared.mkdir()
    new_folder(work, with_sample=True)
    done = mentordesk("passphrase", "set", data=work, stdin=f"{PASS}\n")
    assert done.returncode == 0, done.stderr
    cipher.lock()
    recovery = next(li.strip() for li in done.stdout.splitlines() if li.startswith("  "))

    by_recovery = sync(work, "--folder", str(shared), "--device", "Work", stdin=f"{recovery}\n")
    assert by_recovery.returncode == WRONG_PASSPHRASE, by_recovery.stderr
    assert "not the recovery key" in by_recovery.stderr
    assert not sync_key.folder_file(shared).exists()
    assert list(shared.rglob("*.mdsync")) == []
    assert "Sent" in synced(work)  # the passphrase makes it
    assert sync_key.folder_file(shared).exists()
