"""Write mentordesk/services/export.schema.json from the models (after adding a kind or column).

    .venv/bin/python scripts/export_schema.py

tests/services/test_exchange.py fails while the shipped file and the models disagree.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from mentordesk.services.exchange import SCHEMA_FILE, json_schema  # noqa: E402


def main() -> int:
    target = ROOT / "mentordesk" / "services" / SCHEMA_FILE
    target.write_text(json.dumps(json_schema(), indent=2, ensure_ascii=False) + "\n", "utf-8")
    print(f"wrote {target.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
