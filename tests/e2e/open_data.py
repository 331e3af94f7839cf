"""Open a data folder the way the app does at start-up, and say how it went (for tests).

    python -m tests.e2e.open_data DATA_DIR

Prints one JSON line: ``{"ok": true}`` or ``{"ok": false, "problem": ..., "message": ...}``.
"""

from __future__ import annotations

import json
import sys

from mentordesk.config import resolve_paths
from mentordesk.db.database import Database
from mentordesk.db.errors import DatabaseError


def main() -> int:
    try:
        Database(resolve_paths(sys.argv[1])).close()
    except DatabaseError as error:
        problem = error.problem.value if error.problem else None
        print(json.dumps({"ok": False, "problem": problem, "message": str(error)}))
        return 1
    print(json.dumps({"ok": True}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
