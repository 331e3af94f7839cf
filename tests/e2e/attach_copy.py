"""Copy one file into an attachments folder in a process of its own, as the app's copy
does (``services/attachment_files.store_file``), for the kill and full-disk tests.

    python -m tests.e2e.attach_copy FOLDER SOURCE [--pause]

Exit status 0 when stored; 10 + the FileProblem's place in its enum when refused (the
result is said by the status alone: under an injected full disk no write can be trusted).
``--pause``: after each chunk, print "copied N" and wait for a line on stdin, so a test
can kill the process at a known point of the copy without racing a timer.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from mentordesk.services.attachment_files import AttachmentFileError, FileProblem, store_file

PROBLEM_BASE = 10


def main() -> None:
    folder, source = Path(sys.argv[1]), Path(sys.argv[2])
    pause = "--pause" in sys.argv[3:]

    def progress(done: int, total: int) -> None:
        if pause:
            sys.stdout.write(f"copied {done}\n")
            sys.stdout.flush()
            sys.stdin.readline()

    try:
        store_file(folder, source, 1 << 40, progress=progress)
    except AttachmentFileError as error:
        os._exit(PROBLEM_BASE + list(FileProblem).index(error.problem))
    os._exit(0)


if __name__ == "__main__":
    main()
