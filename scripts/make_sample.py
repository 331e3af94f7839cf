"""Write resources/sample/sample-data.json (the sample data the app ships) from its
source, resources/sample/mentors.json, after changing that source:

    .venv/bin/python scripts/make_sample.py

The source's days are relative; they are written for today and the file says so
(``dates_relative_to``), so loading it later moves them to that day.
tests/services/test_sample.py fails while the file and its source disagree.
"""

from __future__ import annotations

import sys
import tempfile
from datetime import UTC, date, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from mentordesk.db.files import write_text_file  # noqa: E402
from mentordesk.services.exchange import dumps  # noqa: E402
from mentordesk.services.sample_build import written_sample  # noqa: E402


def main() -> int:
    target = ROOT / "resources" / "sample" / "sample-data.json"
    with tempfile.TemporaryDirectory() as folder:
        document = written_sample(Path(folder), date.today(), now=datetime.now(UTC))
    write_text_file(target, dumps(document))
    counts = ", ".join(f"{len(rows)} {kind}" for kind, rows in document["records"].items() if rows)
    print(f"wrote {target.relative_to(ROOT)}: {counts}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
