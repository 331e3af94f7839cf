"""kill -9, a full disk and a failing disk at the writes of an update (issue 15, done-when).

From each fixture in tests/db/fixtures/ (copied in as the database, in rollback mode
as older versions and every backup left it) and from the same fixture put in place
by ``mentordesk restore``: a start with the fault injected at the N-th ``pwrite64``
(tests/e2e/fault_server.py, strace attached to a forked, warm process), then a normal
start, which must reach the current revision with every record of the fixture, one
sound backup of the step and nothing else in backups/.

The normal run tries every moment an update changes step (the first write to each
file: the backup's copy, the journal, the database, the -wal, the -shm; and the last
write), the three faults taking turns: about 70 starts, under 3 minutes here.
``pytest -m every_write tests/e2e/test_update_faults.py`` tries all three faults at
every write of every fixture (about 3,700 starts; scripts/update_fault_sweep.py
prints the same as figures).
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.e2e.update_faults import FAULTS, STARTS, Outcome, Start, Sweep, changes_of_step

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(shutil.which("strace") is None, reason="needs strace"),
]


@pytest.fixture(scope="module")
def sweep(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Sweep]:
    running = Sweep(tmp_path_factory.mktemp("update-faults"))
    yield running
    running.close()


@pytest.mark.parametrize("start", STARTS, ids=lambda s: s.name)
def test_every_change_of_step_of_an_update_survives_a_kill_or_a_failing_disk(
    sweep: Sweep, start: Start
) -> None:
    _, _, writes = sweep.prepare(start)
    outcome = Outcome()
    faults = list(FAULTS)
    for turn, number in enumerate(changes_of_step(writes)):
        sweep.case(start, faults[turn % len(faults)], number, outcome)
    assert outcome.failures == []
    assert outcome.cases >= 10


@pytest.mark.every_write
@pytest.mark.parametrize("fault", list(FAULTS))
@pytest.mark.parametrize("start", STARTS, ids=lambda s: s.name)
def test_every_write_of_an_update_survives_a_kill_or_a_failing_disk(
    sweep: Sweep, start: Start, fault: str
) -> None:
    _, _, writes = sweep.prepare(start)
    outcome = Outcome()
    for number in range(1, len(writes) + 1):
        sweep.case(start, fault, number, outcome)
    assert outcome.failures == []


def test_a_kill_at_the_switch_to_wal_mode_leaves_a_folder_that_opens(
    sweep: Sweep, tmp_path: Path
) -> None:
    """R1, as measured: killed at the first write to the database file of a fixture (the
    switch to WAL, after its -journal was written), the next start opened nothing, ever."""
    start = Start("0001", restored=False)
    _, _, writes = sweep.prepare(start)
    number = writes.index("mentordesk.sqlite3") + 1
    assert writes[number - 2] == "mentordesk.sqlite3-journal"
    outcome = Outcome()
    sweep.case(start, "kill", number, outcome)
    assert outcome.ended == {"kill: killed": 1}
    assert outcome.failures == []
