"""A warm process that opens data folders under strace, fast enough to try every write.

    python -m tests.e2e.fault_server

Each request is one JSON line on stdin, each answer one JSON line on stdout:

- ``{"op": "count", "data": DIR}``: the file each ``pwrite64`` of opening DIR writes to.
- ``{"op": "attempt", "data": DIR, "inject": "pwrite64:error=ENOSPC:when=7+"}``: open
  DIR (``Database(paths)``, what the app does at start) with that fault injected.
- ``{"op": "verify", "data": DIR, "like": FIXTURE, "before": RECORDS_FILE}``: a normal
  start afterwards; the answer lists what is wrong (empty when all is well).

Each opening runs in a child forked from this process (the libraries already loaded)
and held until ``strace -p`` is attached, so the faults hit the real system calls of
a real process: kill -9 ends it where it is, ENOSPC and EIO are the kernel's answers.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from mentordesk.config import resolve_paths
from mentordesk.db import migrate
from mentordesk.db.backup import list_backups
from mentordesk.db.database import Database
from mentordesk.db.errors import DatabaseError
from mentordesk.db.health import State, examine
from tests.db.older import kept_records

WRITE = re.compile(r"^pwrite64\(\d+<([^>]*)>")


def _open(data: str) -> dict[str, Any]:
    try:
        Database(resolve_paths(data)).close()
    except DatabaseError as error:
        problem = error.problem.value if error.problem else None
        return {"ok": False, "problem": problem, "message": str(error)}
    return {"ok": True}


def verify(data: str, like: str, before_file: str) -> list[str]:
    """A normal start reaches the current revision with every record of ``like`` intact."""
    paths = resolve_paths(data)
    try:
        Database(paths).close()
    except Exception as error:  # the point of the check: report it, do not stop the sweep
        return [f"the next start failed: {type(error).__name__}: {error}"]
    problems: list[str] = []
    if migrate.stored_revision(paths.database) != migrate.HEAD_REVISION:
        problems.append("not at the current revision")
    before = json.loads(Path(before_file).read_text(encoding="utf-8"))
    after = json.loads(json.dumps(kept_records(paths.database, Path(like)), default=repr))
    if after != before:
        problems.append("records differ")
    finished = list_backups(paths.backups_dir)
    if len(finished) != 1:
        problems.append(f"{len(finished)} backups of one update step")
    for backup in finished:
        if examine(backup.path).state is not State.OLDER:
            problems.append(f"backup {backup.path.name} is not a sound copy of the old file")
    strays = [p.name for p in paths.backups_dir.iterdir() if not p.name.startswith("mentordesk-")]
    if strays:
        problems.append(f"left in backups/: {strays}")
    return problems


def _traced(work: Any, strace: list[str]) -> dict[str, Any] | None:
    """Run ``work()`` in a forked child under ``strace -p``; its answer, None if killed."""
    go_read, go_write = os.pipe()
    out_read, out_write = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: wait for the tracer, work, answer, end without clean-up
        os.close(go_write)
        os.close(out_read)
        os.read(go_read, 1)
        try:
            answer = work()
        except BaseException as error:  # report it: the parent decides
            answer = {"ok": False, "problem": "crash", "message": repr(error)}
        os.write(out_write, json.dumps(answer).encode())
        os._exit(0)
    os.close(go_read)
    os.close(out_write)
    tracer = subprocess.Popen(["strace", "-qq", *strace, "-p", str(pid)])
    status = Path(f"/proc/{pid}/status")
    deadline = time.monotonic() + 30
    while "TracerPid:\t0\n" in status.read_text() and time.monotonic() < deadline:
        time.sleep(0.002)
    os.write(go_write, b"x")
    os.close(go_write)
    chunks = []
    while chunk := os.read(out_read, 65536):
        chunks.append(chunk)
    os.close(out_read)
    os.waitpid(pid, 0)
    tracer.wait(timeout=60)
    return json.loads(b"".join(chunks)) if chunks else None


def _forked(work: Any) -> Any:
    out_read, out_write = os.pipe()
    pid = os.fork()
    if pid == 0:
        os.close(out_read)
        try:
            answer = work()
        except BaseException as error:  # report it: the parent decides
            answer = [f"verify crashed: {error!r}"]
        os.write(out_write, json.dumps(answer).encode())
        os._exit(0)
    os.close(out_write)
    chunks = []
    while chunk := os.read(out_read, 65536):
        chunks.append(chunk)
    os.close(out_read)
    os.waitpid(pid, 0)
    return json.loads(b"".join(chunks))


def handle(request: dict[str, Any]) -> Any:
    data = request["data"]
    if request["op"] == "count":
        log = Path(data + ".strace")
        _traced(lambda: _open(data), ["-y", "-o", str(log), "-e", "trace=pwrite64"])
        found = (WRITE.match(line) for line in log.read_text().splitlines())
        return [Path(match[1]).name for match in found if match]
    if request["op"] == "attempt":
        strace = ["-o", "/dev/null", "-e", "signal=none", "-e", "trace=pwrite64"]
        answer = _traced(lambda: _open(data), [*strace, "-e", f"inject={request['inject']}"])
        return answer or {"ok": False, "problem": "killed", "message": ""}
    return _forked(lambda: verify(data, request["like"], request["before"]))


def main() -> int:
    for line in sys.stdin:
        sys.stdout.write(json.dumps(handle(json.loads(line))) + "\n")
        sys.stdout.flush()
    return 0


if __name__ == "__main__":
    sys.exit(main())
