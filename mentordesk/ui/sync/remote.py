"""``mentordesk sync`` while MentorDesk is open (issue 21, item 5: "with the app open or
closed"). The open window owns the data folder, so the command asks it, over the
single-instance socket (``instance.py``), to run a round now; the window's own
``SyncJob`` runs it off the UI thread, and the answer goes back once that round has
finished, as one JSON line the command prints in its own words (``cli_sync.py``)."""

from __future__ import annotations

import json
from collections.abc import Callable

from mentordesk.instance_name import REFUSED, SYNCED
from mentordesk.ui.sync.job import Outcome, SyncJob


def outcome_json(outcome: Outcome) -> dict[str, object]:
    """What the command needs of a round (plain data: it has no Qt), in its English."""
    from mentordesk.services.sync_receive import downloading_english

    failed = outcome.failed
    return {
        "refused": outcome.refused,
        "refused_reason": outcome.refused_reason,
        "paused": outcome.paused,
        "failed": f"{type(failed).__name__}: {failed}" if failed is not None else "",
        "sent": outcome.sent,
        "changes_in": outcome.changes_in,
        "conflicts": outcome.conflicts,
        "batches_in": dict(outcome.batches_in),
        "waiting": [held.english() for held in outcome.held]
        + downloading_english(outcome.downloading),
    }


def take_sync(job: SyncJob | None, answer: Callable[[bytes], None]) -> None:
    """Run a round for the command and ``answer`` when it has finished: a round that
    was already running when the command asked is followed by a new one, so what the
    command reports includes everything up to the moment it asked."""
    from mentordesk.services import sync_status

    context = job.context if job is not None else None
    if job is None or context is None:
        answer(REFUSED + b"MentorDesk is open but still starting; try again in a moment.\n")
        return
    if not context.read(sync_status.overview).enabled:
        answer(
            REFUSED + b"Sync is not set up in the open MentorDesk: choose a sync folder in "
            b"Edit > Preferences > Sync there (or close it and give --folder and --device).\n"
        )
        return
    rounds = [2 if job.running else 1]  # a running round began before the question

    def finished(outcome: object) -> None:
        rounds[0] -= 1
        if rounds[0] > 0 or not isinstance(outcome, Outcome):
            return
        job.finished.disconnect(finished)
        answer(SYNCED + json.dumps(outcome_json(outcome), ensure_ascii=False).encode() + b"\n")

    job.finished.connect(finished)
    job.run_soon()
