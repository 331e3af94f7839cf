"""How long attaching takes, and whether the window keeps answering meanwhile. Figures only.

    .venv/bin/python scripts/bench_attachments.py [--megabytes 100]

In a temporary folder: the copy of a file of --megabytes into the store (streamed,
hashed, flushed, renamed: ``attachment_files.store_file``), the same file again (the
store has it: hashed, then dropped), a backup that keeps it (a hard link), and the
longest gap between turns of a 1 ms Qt timer while the window's copier copies it in
its thread (offscreen unless QT_QPA_PLATFORM says otherwise). Then, with a data key
active (encryption on): the copy sealed into a store, unsealing it (``verify``: read,
check every chunk, hash), the plain store sealed in place as turning encryption on
does (``seal_folder.convert_folder``), and the most memory Python held while unsealing.
"""

from __future__ import annotations

import argparse
import os
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--megabytes", type=int, default=100)
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QCoreApplication, QElapsedTimer, QEventLoop, QTimer

    from mentordesk.config import resolve_paths
    from mentordesk.db.database import Database
    from mentordesk.services import attachment_files, attachments, backup
    from mentordesk.services.kinds import Kind, Ref
    from mentordesk.services.mentors import MentorData, create_mentor
    from mentordesk.ui.attachments.copying import FileCopier

    size = args.megabytes * 1024 * 1024
    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / "big.bin"
        with open(source, "wb") as out:
            block = os.urandom(1024 * 1024)
            for _ in range(args.megabytes):
                out.write(block)
        paths = resolve_paths(Path(folder) / "data")
        database = Database(paths)
        now = datetime.now(UTC)

        started = time.perf_counter()
        stored = attachment_files.store_file(paths.attachments_dir, source, size)
        first = time.perf_counter() - started
        started = time.perf_counter()
        attachment_files.store_file(paths.attachments_dir, source, size)
        again = time.perf_counter() - started
        with database.session() as session:
            ada = Ref(Kind.MENTOR, create_mentor(session, MentorData(name="Ada"), now=now).id)
            attachments.add_file(session, ada, source.name, stored, now=now)
        started = time.perf_counter()
        backup.make_backup(paths, backup.Reason.MANUAL, now)
        backed = time.perf_counter() - started

        app = QCoreApplication.instance() or QCoreApplication([])
        (paths.attachments_dir / stored.sha256).unlink()
        copier = FileCopier(paths.attachments_dir)
        loop = QEventLoop()
        copier.finished.connect(loop.quit)
        clock = QElapsedTimer()
        gaps: list[int] = []
        last = [0]

        def beat() -> None:
            now_ms = clock.elapsed()
            gaps.append(now_ms - last[0])
            last[0] = now_ms

        heartbeat = QTimer()
        heartbeat.setInterval(1)
        heartbeat.timeout.connect(beat)
        clock.start()
        heartbeat.start()
        started = time.perf_counter()
        copier.copy([source], size, None)
        loop.exec()
        threaded = time.perf_counter() - started
        heartbeat.stop()
        database.close()
        del app
        sealed = sealed_figures(source, Path(folder), size)

    rate = args.megabytes / first
    print(f"file size                         {args.megabytes} MB")
    print(f"first copy into the store         {first:.2f} s ({rate:.0f} MB/s)")
    print(f"the same file again (hash, drop)  {again:.2f} s")
    print(f"a backup keeping it               {backed:.2f} s")
    print(f"copy in the window's thread       {threaded:.2f} s")
    print(f"longest UI-thread gap meanwhile   {max(gaps, default=0)} ms ({len(gaps)} beats)")
    seal, unseal, convert, peak = sealed
    mb = args.megabytes
    print(f"sealed copy into the store        {seal:.2f} s ({mb / seal:.0f} MB/s)")
    print(f"unseal and verify it              {unseal:.2f} s ({mb / unseal:.0f} MB/s)")
    print(f"seal the plain store in place     {convert:.2f} s ({mb / convert:.0f} MB/s)")
    print(f"most memory held while unsealing  {peak / 1024 / 1024:.1f} MB")


def sealed_figures(source: Path, folder: Path, size: int) -> tuple[float, float, float, int]:
    """(sealed copy, unseal, seal in place) in seconds, and the peak of traced memory."""
    import hashlib
    import tracemalloc

    from mentordesk.db import cipher, sealed_files
    from mentordesk.db.seal_folder import convert_folder
    from mentordesk.services import attachment_files, attachment_reads

    plain_store = folder / "plain-store"
    stored = attachment_files.store_file(plain_store, source, size)
    cipher.unlock(os.urandom(32))
    try:
        store = folder / "sealed-store"
        started = time.perf_counter()
        attachment_files.store_file(store, source, size)
        seal = time.perf_counter() - started
        started = time.perf_counter()
        assert attachment_reads.verify(store, stored.sha256)
        unseal = time.perf_counter() - started
        keys = sealed_files.current()
        assert keys is not None
        started = time.perf_counter()
        convert_folder(plain_store, keys, seal=True)
        convert = time.perf_counter() - started
        tracemalloc.start()
        with sealed_files.open_plain(
            store / sealed_files.sealed_name(keys, stored.sha256), True, keys
        ) as reader:
            digest = hashlib.sha256()
            while chunk := reader.read(sealed_files.CHUNK):
                digest.update(chunk)
        peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
    finally:
        cipher.lock()
    return seal, unseal, convert, peak


if __name__ == "__main__":
    main()
