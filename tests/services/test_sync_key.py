"""The sync folder's key file and sealed batches (services/sync_key.py, sync_folder.pack):
real files in a temporary folder, real threads racing to create the key file."""

from __future__ import annotations

import hashlib
import os
import secrets
import threading
from pathlib import Path

import pytest

from mentordesk.db import key_file
from mentordesk.db.database import Database
from mentordesk.services import sync_folder, sync_key
from mentordesk.services.sync_folder import Found
from mentordesk.services.sync_key import FolderKey

DOCUMENT = {
    "format": sync_folder.FORMAT,
    "version": sync_folder.FORMAT_VERSION,
    "schema": "0010",
    "device": "0123456789abcdef",
    "device_id": "0123456789abcdef" * 2,
    "device_name": "Work laptop",
    "seq": 3,
    "changes": [{"t": "mentor", "k": '["m1"]', "op": "put", "d": {"notes": "Secret plan 🎉"}}],
}


def a_key(secret: str = "one passphrase") -> tuple[FolderKey, bytes]:
    salt = secrets.token_bytes(16)
    root = sync_key._derive(secret, salt, 2**10, 8, 1)  # a cheap cost for the test
    return FolderKey(salt, 2**10, 8, 1, sync_key._check_of(root)), root


def found_for(folder: Path, body: bytes, seq: int = 3) -> Found:
    device = str(DOCUMENT["device"])
    path = sync_folder.write_batch(folder, device, seq, body)
    return Found(device, seq, sync_folder.digest(body), path)


def race(folder: Path, keys: list[FolderKey]) -> list[FolderKey]:
    """Every key's laptop creates the key file at the same moment; what each ends with."""
    start = threading.Barrier(len(keys))
    results: list[FolderKey] = []

    def create(wanted: FolderKey) -> None:
        start.wait()
        results.append(sync_key.create_folder_key(folder, wanted))

    threads = [threading.Thread(target=create, args=(k,)) for k in keys]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return results


def test_the_laptop_that_loses_the_race_adopts_the_file_that_won(tmp_path: Path) -> None:
    for attempt in range(5):
        folder = tmp_path / f"Dropbox-{attempt}"
        folder.mkdir()
        keys = [a_key()[0] for _ in range(4)]
        results = race(folder, keys)
        on_disk = sync_key.read_folder_key(folder)
        assert on_disk in keys, "one of the laptops' files, whole"
        assert results == [on_disk] * len(keys), "every laptop uses the one that won"
        left = [p.name for p in sync_folder.versions_folder(folder).iterdir()]
        assert left == [sync_key.FOLDER_FILE], "no temporary file is left behind"


def test_a_second_laptop_never_replaces_the_key_file(tmp_path: Path) -> None:
    first, second = a_key()[0], a_key()[0]
    assert sync_key.create_folder_key(tmp_path, first) == first
    before = sync_key.folder_file(tmp_path).read_bytes()
    assert sync_key.create_folder_key(tmp_path, second) == first
    assert sync_key.folder_file(tmp_path).read_bytes() == before


def test_a_damaged_key_file_pauses_sync(tmp_path: Path) -> None:
    path = sync_key.folder_file(tmp_path)
    path.parent.mkdir(parents=True)
    path.write_text('{"format": "mentordesk-sync-key", "vers', "utf-8")  # cut short
    with pytest.raises(sync_folder.FolderPausedError, match="cannot be read"):
        sync_key.read_folder_key(tmp_path)


def test_a_sealed_batch_reads_back_and_has_the_same_bytes_every_time(tmp_path: Path) -> None:
    keys = sync_key.batch_keys(a_key()[1])
    body = sync_folder.pack(DOCUMENT, keys)
    assert body == sync_folder.pack(DOCUMENT, keys), "a resend keeps its name"
    assert b"Secret plan" not in body and b"Work laptop" not in body
    assert sync_folder.read_batch(found_for(tmp_path, body), keys) == DOCUMENT


def test_a_batch_that_fails_its_tag_is_never_applied(tmp_path: Path) -> None:
    keys = sync_key.batch_keys(a_key()[1])
    body = bytearray(sync_folder.pack(DOCUMENT, keys))
    body[-40] ^= 0x01  # one bit of the ciphertext
    damaged = found_for(tmp_path, bytes(body))  # named by its own hash: not "arriving"
    with pytest.raises(ValueError, match="does not open with this sync folder's key"):
        sync_folder.read_batch(damaged, keys)
    other = sync_key.batch_keys(a_key("another passphrase")[1])
    sealed = found_for(tmp_path / "b", sync_folder.pack(DOCUMENT, keys))
    with pytest.raises(ValueError, match="does not open"):
        sync_folder.read_batch(sealed, other)


def test_the_header_is_authenticated(tmp_path: Path) -> None:
    keys = sync_key.batch_keys(a_key()[1])
    body = sync_folder.pack(DOCUMENT, keys)
    moved = body.replace(b" 0010 ", b" 9999 ", 1)  # another schema, the rest as it was
    assert moved != body
    with pytest.raises(ValueError, match="does not open"):
        sync_folder.read_batch(found_for(tmp_path, moved), keys)


def test_a_plain_batch_is_refused_where_batches_are_sealed(tmp_path: Path) -> None:
    keys = sync_key.batch_keys(a_key()[1])
    plain = found_for(tmp_path, sync_folder.pack(DOCUMENT, None))
    with pytest.raises(sync_folder.NotSealedError, match="“Work laptop” is not encrypted"):
        sync_folder.read_batch(plain, keys)
    sealed = found_for(tmp_path / "b", sync_folder.pack(DOCUMENT, keys))
    with pytest.raises(ValueError, match="is encrypted, and this data folder is not"):
        sync_folder.read_batch(sealed, None)


def test_the_seal_is_the_typing_journals() -> None:
    """One construction in the code base: the batch is the journal's seal of its JSON."""
    from mentordesk.services import typing_journal

    keys = sync_key.batch_keys(a_key()[1])
    body = sync_folder.pack(DOCUMENT, keys)
    header, _, sealed = body[len(sync_folder.SEALED) :].partition(b"\n")
    opened = typing_journal.unseal((keys.stream, keys.tag), header, 3, sealed)
    assert opened == sync_folder.encode(DOCUMENT)
    assert hashlib.sha256(body).hexdigest()[:16] == sync_folder.digest(body)


def test_without_hard_links_the_race_still_has_one_winner(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A FAT USB stick or a network drive has no hard links: a create-if-new instead."""

    def no_links(*_: object) -> None:
        raise PermissionError(1, "Operation not permitted")

    monkeypatch.setattr(os, "link", no_links)
    for attempt in range(5):
        folder = tmp_path / f"stick-{attempt}"
        folder.mkdir()
        keys = [a_key()[0] for _ in range(4)]
        results = race(folder, keys)
        on_disk = sync_key.read_folder_key(folder)
        assert on_disk in keys and results == [on_disk] * len(keys)


def service_brings(source_view: Path, target_view: Path) -> None:
    """The sync service copies one laptop's device folders into another's view."""
    import shutil

    for device in sync_folder.versions_folder(source_view).iterdir():
        if device.is_dir():
            shutil.copytree(device, sync_folder.versions_folder(target_view) / device.name)


def mentor_names(database: Database) -> list[str]:
    from mentordesk.db.models import Mentor

    with database.session() as session:
        return sorted(m.name for m in session.query(Mentor))


def killed_in_a_round(
    monkeypatch: pytest.MonkeyPatch, database: Database, write: object
) -> Database:
    """A round whose batch write is ``write`` (which raises KeyboardInterrupt: the
    process dies there); the data folder is then opened again, as after kill -9."""
    from datetime import UTC, datetime

    from mentordesk.config import resolve_paths
    from mentordesk.services import sync

    monkeypatch.setattr(sync_folder, "write_batch", write)
    with pytest.raises(KeyboardInterrupt):
        sync.run_round(database, datetime(2026, 12, 7, 9, tzinfo=UTC), passphrase="same")
    monkeypatch.undo()
    data = database.paths.data_dir
    database.close()
    return Database(resolve_paths(data))


def test_a_laptop_whose_key_file_lost_seals_its_batches_again_even_after_a_crash(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Two laptops make their own key file before the service copies either; the
    service keeps the work laptop's. The home laptop adopts it and seals its batch
    again; killed half way (its database reopened), the next round finishes the job."""
    import shutil
    from datetime import UTC, datetime

    from mentordesk.config import resolve_paths
    from mentordesk.db import cipher, key_file
    from mentordesk.db.database import Database
    from mentordesk.db.models import Mentor
    from mentordesk.services import sync

    now = datetime(2026, 12, 7, 9, tzinfo=UTC)
    data_key = secrets.token_bytes(32)
    cipher.unlock(data_key)  # one process: one data key for both laptops
    made = key_file.new(data_key, "same", key_file.new_recovery_key())
    laptops: dict[str, tuple[Database, Path]] = {}
    try:
        for name in ("work", "home"):
            (tmp_path / name).mkdir()
            key_file.write(tmp_path / name, made)
            database = Database(resolve_paths(tmp_path / name))
            view = tmp_path / f"{name}-view"
            view.mkdir()
            with database.session() as session:
                sync.configure(session, view, name)
                session.add(Mentor(name=f"Met at {name}"))
            report = sync.run_round(database, now, passphrase="same")
            assert report.sent and not report.refused
            laptops[name] = (database, view)
        (work, work_view), (home, home_view) = laptops["work"], laptops["home"]
        assert sync_key.read_folder_key(work_view) != sync_key.read_folder_key(home_view)
        shutil.copyfile(sync_key.folder_file(work_view), sync_key.folder_file(home_view))

        def killed(*_: object) -> Path:
            raise KeyboardInterrupt  # the process dies at the write

        home = killed_in_a_round(monkeypatch, home, killed)
        laptops["home"] = (home, home_view)

        report = sync.run_round(home, now)  # no passphrase: the adopted key is kept
        assert report.resealed == 1 and not report.refused
        again = sync.run_round(home, now)
        assert again.resealed == 0, "done once"
        service_brings(home_view, work_view)
        report = sync.run_round(work, now)
        assert report.batches_in == {"home": 1}, report.waiting
        assert mentor_names(work) == ["Met at home", "Met at work"]
    finally:
        for database, _ in laptops.values():
            database.close()
        cipher.lock()


@pytest.mark.parametrize("sent_again_before", [True, False])
def test_a_batch_a_crash_left_unrecorded_never_holds_the_others_once_the_key_changes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, sent_again_before: bool
) -> None:
    """Home's first round dies after its batch 1 is in the folder but before its
    database says so; its next round sends those changes again as batch 2 (before the
    key changes, or with it). The service keeps the work laptop's key file: batch 1,
    sealed with home's own key, opens nowhere. Home writes it again, empty (its changes
    are in batch 2), and the work laptop receives everything instead of waiting for
    batch 1 for ever (simulation seeds 102 and 114, encrypted)."""
    import shutil
    from datetime import UTC, datetime

    from mentordesk.config import resolve_paths
    from mentordesk.db import cipher, key_file
    from mentordesk.db.database import Database
    from mentordesk.db.models import Mentor
    from mentordesk.services import sync

    now = datetime(2026, 12, 7, 9, tzinfo=UTC)
    data_key = secrets.token_bytes(32)
    cipher.unlock(data_key)
    made = key_file.new(data_key, "same", key_file.new_recovery_key())
    write_batch = sync_folder.write_batch
    opened: list[Database] = []

    def laptop(name: str) -> tuple[Database, Path]:
        (tmp_path / name).mkdir()
        key_file.write(tmp_path / name, made)
        database = Database(resolve_paths(tmp_path / name))
        opened.append(database)
        view = tmp_path / f"{name}-view"
        view.mkdir()
        with database.session() as session:
            sync.configure(session, view, name)
            session.add(Mentor(name=f"Met at {name}"))
        return database, view

    def written_then_killed(folder: Path, device: str, seq: int, body: bytes) -> Path:
        write_batch(folder, device, seq, body)
        raise KeyboardInterrupt  # in the folder; the database never hears of it

    try:
        work, work_view = laptop("work")
        assert sync.run_round(work, now, passphrase="same").sent
        home, home_view = laptop("home")
        home = killed_in_a_round(monkeypatch, home, written_then_killed)
        opened.append(home)
        with home.session() as session:
            session.add(Mentor(name="Later at home"))
        if sent_again_before:
            report = sync.run_round(home, now)
            assert report.sent_file.split("-")[1] == "000000000002"  # 1 is taken
        shutil.copyfile(sync_key.folder_file(work_view), sync_key.folder_file(home_view))
        report = sync.run_round(home, now, passphrase="same")  # adopts the work key
        assert not report.refused
        service_brings(home_view, work_view)
        report = sync.run_round(work, now)
        assert report.batches_in == {"home": 2}, report.waiting
        assert mentor_names(work) == ["Later at home", "Met at home", "Met at work"]
    finally:
        for database in opened:
            database.close()
        cipher.lock()


WITHOUT_OPENSSL = """
import sys
sys.modules["_hashlib"] = None  # import _hashlib fails, as in the Linux build
import hashlib
from pathlib import Path
from mentordesk.services import sync_key

assert not hasattr(hashlib, "scrypt")
found = sync_key.read_folder_key(Path(sys.argv[1]))
root = sync_key._derive("grüße", found.salt, found.n, found.r, found.p)
from mentordesk.services import sync_folder
keys = sync_key.batch_keys(root)
document = {"format": "mentordesk-sync", "version": 1, "schema": "x", "device": "d", "seq": 1}
body = sync_folder.pack(document, keys)
assert body.startswith(sync_folder.SEALED) and b'"schema"' not in body
print(sync_key._check_of(root) == found.check)
"""


def test_the_sync_key_is_the_same_where_python_has_no_openssl(tmp_path: Path) -> None:
    """The Linux build has no ``hashlib.scrypt``: a laptop running it makes the same key
    from the passphrase as one that has it, and seals (SHAKE-256 and SHA-256 are
    Python's own there) — a real subprocess without ``_hashlib``."""
    import subprocess
    import sys

    salt = secrets.token_bytes(16)
    n, r, p = key_file.SCRYPT_N, key_file.SCRYPT_R, key_file.SCRYPT_P
    root = sync_key._derive("grüße", salt, n, r, p)
    sync_key.create_folder_key(tmp_path, FolderKey(salt, n, r, p, sync_key._check_of(root)))
    result = subprocess.run(
        [sys.executable, "-c", WITHOUT_OPENSSL, str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "True"


def test_a_key_file_still_in_the_cloud_is_asked_for_and_the_round_waits(tmp_path: Path) -> None:
    """iCloud or OneDrive may leave the key file a placeholder: reading it would wait for
    the download, so the round asks for it, pauses and sends nothing."""
    from datetime import UTC, datetime

    from mentordesk.config import resolve_paths
    from mentordesk.db import cipher
    from mentordesk.db.database import Database
    from mentordesk.db.models import Mentor
    from mentordesk.services import sync

    now = datetime(2026, 12, 7, 9, tzinfo=UTC)
    data_key = secrets.token_bytes(32)
    cipher.unlock(data_key)
    (tmp_path / "data").mkdir()
    key_file.write(tmp_path / "data", key_file.new(data_key, "same", "ABCD-EFGH"))
    database = Database(resolve_paths(tmp_path / "data"))
    view = tmp_path / "view"
    view.mkdir()
    try:
        with database.session() as session:
            sync.configure(session, view, "home")
        assert not sync.run_round(database, now, passphrase="same").refused
        assert sync_key.folder_file(view).exists()  # made, and the key kept here
        with database.session() as session:
            session.add(Mentor(name="Typed while the key file is in the cloud"))
        before = sorted(p.name for p in view.rglob("*"))
        asked: list[Path] = []
        in_cloud = {sync_key.folder_file(view)}
        cloud = sync_folder.Cloud(is_placeholder=in_cloud.__contains__, download=asked.append)

        report = sync.run_round(database, now, cloud=cloud)
        assert "key file is still in the cloud" in report.paused
        assert asked == [sync_key.folder_file(view)]
        assert report.sent == 0 and sorted(p.name for p in view.rglob("*")) == before
        in_cloud.clear()  # downloaded
        assert sync.run_round(database, now, cloud=cloud).sent == 1
    finally:
        database.close()
        cipher.lock()


def test_a_key_file_temporary_left_by_a_kill_is_removed_and_a_fresh_one_kept(
    tmp_path: Path,
) -> None:
    """A laptop killed while making the key file leaves `.sync-key.json.<pid>.<x>.tmp`
    in everyone's sync folder; a round removes it once it is old, never while another
    laptop may still be writing it."""
    import time
    from datetime import UTC, datetime

    from mentordesk.config import resolve_paths
    from mentordesk.db.database import Database
    from mentordesk.services import sync

    shared = tmp_path / "Dropbox"
    shared.mkdir()
    database = Database(resolve_paths(tmp_path / "work"))
    try:
        with database.session() as session:
            sync.configure(session, shared, "work")
        root = sync_folder.versions_folder(shared)
        old = root / ".sync-key.json.4242.deadbeef.tmp"
        fresh = root / ".sync-key.json.4343.cafebabe.tmp"
        for path in (old, fresh):
            path.write_text("{", encoding="ascii")
        an_hour_ago = time.time() - 3600
        os.utime(old, (an_hour_ago, an_hour_ago))
        sync.run_round(database, datetime.now(UTC))
        assert not old.exists()
        assert fresh.exists()
        assert sync_key.folder_file(shared).exists() is False  # a plain folder: no key file
    finally:
        database.close()
