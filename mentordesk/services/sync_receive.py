"""Receiving in a sync round: every other laptop's batches that are next in line, each
in order, once, in its own transaction with the note that it was applied
(``sync_applied``); and what a round reports (``RoundReport``).

Split from ``services/sync.py`` (the round, sending, settings), which re-exports both.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, insert, select, update
from sqlalchemy.orm import Session

from mentordesk.db import sync_store as store
from mentordesk.db.database import Database
from mentordesk.db.revisions import known_revisions
from mentordesk.services import sync_bulk, sync_folder, sync_text
from mentordesk.services.sync_apply import Applier, changes_of
from mentordesk.services.sync_folder import BatchKeys, NotSealedError


@dataclass(frozen=True)
class Held:
    """A batch a round did not apply yet, and why: ``reason`` is ``missing`` (a later
    one arrived first), ``arriving`` (not whole yet), ``unreadable`` (not a batch, or
    a sealed one that does not open: ``detail`` says why; left alone), ``newer``
    (written by a newer MentorDesk), ``plain`` (not encrypted, where the sync folder's
    batches are: the laptop that wrote it has no encryption on), or ``notes``: the
    batch was applied but ``detail`` of its note edits wait for an earlier edit of the
    same note (services/sync_text.py).
    ``laptop`` is its name when known, else ""; ``device`` the folder's token."""

    reason: str
    seq: int
    device: str
    laptop: str = ""
    file: str = ""
    detail: str = ""

    def english(self) -> str:
        """The command line's words."""
        who = self.laptop or self.device
        if self.reason == "missing":
            return (
                f"Waiting for batch {self.seq} from {who}: later ones have arrived, this "
                "one has not yet."
            )
        if self.reason == "unreadable":
            return f"{self.file} cannot be read ({self.detail}); left alone."
        if self.reason == "notes":
            return (
                f"{self.detail} note edit(s) in batch {self.seq} from {who} wait for an "
                "earlier edit of the same note that has not arrived yet; those notes keep "
                "their text until it does."
            )
        if self.reason == "newer":
            return (
                f"Batch {self.seq} from {who} was written by a newer MentorDesk: update "
                "MentorDesk on this laptop to receive it."
            )
        if self.reason == "plain":
            return (
                f"Batch {self.seq} from “{who}” is not encrypted: that laptop's data folder is "
                "not encrypted, and this sync folder's are. Turn encryption on there with the "
                "passphrase this sync folder was set up with; it then sends its batches "
                "encrypted. Nothing from it is applied until then."
            )
        return f"Batch {self.seq} from {who} is still arriving; it will be read next time."


@dataclass
class RoundReport:
    """What one round did, and what waits and why (in the person's words)."""

    sent: int = 0
    sent_file: str = ""
    rewritten: int = 0
    new_identity: bool = False
    batches_in: dict[str, int] = field(default_factory=dict)
    changes_in: int = 0
    conflicts: int = 0
    revived: int = 0
    held: list[Held] = field(default_factory=list)
    # Batches that are cloud placeholders, asked for and read in a later round: how
    # many per laptop (its name; "" for a laptop not heard from yet).
    downloading: dict[str, int] = field(default_factory=dict)
    paused: str = ""
    # No round could run (a mixed folder, a passphrase that differs or is needed):
    # the words, and ``sync_key``'s reason (MIXED, PASSPHRASE, NEEDED).
    refused: str = ""
    refused_reason: str = ""
    resealed: int = 0  # this laptop's batches sealed again (sent plain, or a lost key)
    started_from: str = ""  # a new laptop's start: the laptop whose snapshot it copied
    snapshot_file: str = ""  # the snapshot this round wrote (services/sync_snapshot)
    # The rows the applied batches touched (table, key) with what they carried: the
    # window's change news (``sync_status.news``).
    touched: dict[tuple[str, str], dict[str, Any]] = field(default_factory=dict)

    @property
    def waiting(self) -> list[str]:
        """What waits, in the command line's English (the window words ``held``)."""
        return [held.english() for held in self.held]


def _next_expected(connection: Connection, device: str) -> tuple[int, str]:
    """The number of the device's next batch, and its name as last heard ("" if never)."""
    a = store.applied
    row = connection.execute(
        select(a.c.last_seq, a.c.device_name).where(a.c.device == device)
    ).first()
    return (1, "") if row is None else (int(row[0]) + 1, str(row[1] or ""))


def downloading_words(report: RoundReport) -> list[str]:
    """The command line's lines for batches still in the cloud."""
    return downloading_english(report.downloading)


def downloading_english(downloading: Mapping[str, int]) -> list[str]:
    """The command line's lines for batches still in the cloud, per laptop."""
    lines = []
    for name, count in sorted(downloading.items()):
        files = "1 file" if count == 1 else f"{count} files"
        laptop = f"“{name}”" if name else "another laptop"
        lines.append(
            f"Waiting for {files} to download from the cloud ({laptop}): they are read at "
            "the next sync, once downloaded."
        )
    return lines


def _apply_batch(
    session: Session, document: dict[str, Any], digest: str, now: datetime, report: RoundReport
) -> None:
    connection = session.connection()
    s = store.state
    changes = changes_of(document)
    if any(change.texts for change in changes):
        sync_text.fold(connection)  # this laptop's unsent note edits first: merged, not lost
    connection.execute(update(s).where(s.c.id == 1).values(applying=1))
    applier = Applier(connection, now)
    sync_bulk.apply_all(applier, changes)
    applier.finish()
    if changes:
        store.witness(connection, max(c.clock for c in changes))
    a = store.applied
    device = str(document["device"])
    values = {
        "device_name": str(document.get("device_name", "")),
        "last_seq": int(document["seq"]),
        "last_hash": digest,
        "applied_at": now.isoformat(timespec="seconds"),
    }
    if connection.execute(select(a.c.device).where(a.c.device == device)).first() is None:
        connection.execute(insert(a).values(device=device, **values))
    else:
        connection.execute(update(a).where(a.c.device == device).values(**values))
    connection.execute(update(s).where(s.c.id == 1).values(applying=0))
    report.changes_in += len(changes)
    for change in changes:
        report.touched.setdefault((change.table, change.key), {}).update(change.data)
    report.conflicts += applier.conflicts
    report.revived += applier.revived
    if applier.notes_waiting:  # applied, but some note edits wait for an earlier one
        sender = str(document.get("device_name") or "")
        report.held.append(
            Held("notes", int(document["seq"]), device, sender, detail=str(applier.notes_waiting))
        )


def _ask_the_cloud(
    cloud: sync_folder.Cloud,
    batches: dict[int, list[sync_folder.Found]],
    expected: int,
    name: str,
    report: RoundReport,
) -> None:
    """Ask for every batch not applied yet that is still a cloud placeholder, and count
    them for the report: they download together while the round goes on."""
    waiting = set()
    for seq, found in batches.items():
        if seq < expected:
            continue
        for candidate in found:
            if cloud.is_placeholder(candidate.path):
                cloud.download(candidate.path)
                waiting.add(seq)
    if waiting:
        report.downloading[name] = report.downloading.get(name, 0) + len(waiting)


def receive(
    database: Database,
    folder: Path,
    own: str,
    now: datetime,
    report: RoundReport,
    cloud: sync_folder.Cloud = sync_folder.CLOUD,
    keys: BatchKeys | None = None,
) -> None:
    """Apply every other laptop's batches that are next in line, each in order, once.
    A batch that is a cloud placeholder is not read (reading waits for the download):
    it is asked for, and it and the device's later batches wait for a later round.
    With ``keys`` (encryption on) only sealed batches that open with them are applied."""
    listing = sync_folder.scan(folder, own=own)
    known = set(known_revisions())
    for device, batches in sorted(listing.devices.items()):
        with database.session() as session:
            expected, heard = _next_expected(session.connection(), device)
        while True:
            candidates = [
                found for found in batches.get(expected, []) if not cloud.is_placeholder(found.path)
            ]
            if not candidates and batches.get(expected):
                break  # only placeholders of it so far: asked for below
            if not candidates:
                if any(seq > expected for seq in batches):
                    report.held.append(Held("missing", expected, device, heard))
                break
            document = None
            chosen = None
            problems: list[Held] = []  # said only when no copy of the batch opens
            for found in sorted(candidates, key=lambda f: f.hash):
                try:
                    document = sync_folder.read_batch(found, keys)
                except NotSealedError as error:
                    problems.append(Held("plain", expected, device, error.laptop or heard))
                    continue
                except (ValueError, UnicodeDecodeError) as error:
                    problems.append(
                        Held("unreadable", expected, device, heard, found.path.name, str(error))
                    )
                    continue
                if document is not None:
                    chosen = found
                    break
            if document is None or chosen is None:
                report.held.extend(problems)
                if not any(held.reason == "plain" for held in problems):
                    report.held.append(Held("arriving", expected, device, heard))
                break
            if (
                document.get("schema") not in known
                or document.get("version") != sync_folder.FORMAT_VERSION
            ):
                sender = str(document.get("device_name") or heard)
                report.held.append(Held("newer", expected, device, sender))
                break
            with database.session() as session:
                _apply_batch(session, document, chosen.hash, now, report)
            name = str(document.get("device_name") or device)
            report.batches_in[name] = report.batches_in.get(name, 0) + 1
            heard = name
            expected += 1
        _ask_the_cloud(cloud, batches, expected, heard, report)
