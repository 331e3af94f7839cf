"""How long sealing and opening a sync batch takes (encrypted sync), by batch size.

    .venv/bin/python scripts/bench_sync_seal.py [--sizes 1,10,47]

A batch is canonical JSON; the heavy user's first sync is one of 47 MB
(scripts/bench_sync.py). Sealing is ``sync_folder.pack`` (the typing journal's
SHAKE-256 keystream and HMAC-SHA256 tag, and an HMAC for the nonce); opening is
``sync_folder.read_batch`` from a real file. Also the one-time cost of making the sync
key from a passphrase (scrypt, as the key file's). Prints MB/s; the median of 3 runs.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from mentordesk.db.key_file import SCRYPT_N, SCRYPT_P, SCRYPT_R  # noqa: E402
from mentordesk.services import sync_folder, sync_key  # noqa: E402


def document(megabytes: float) -> dict[str, object]:
    note = "Met for coffee; talked about the roadmap, 日本語 and 👍🏽. " * 16
    change = {"t": "meeting", "k": '["x"]', "op": "put", "d": {"notes": note}, "f": ["notes"]}
    count = max(1, int(megabytes * 1_000_000 / (len(note) + 80)))
    return {
        "format": sync_folder.FORMAT,
        "version": sync_folder.FORMAT_VERSION,
        "schema": "0010",
        "device": "0123456789abcdef",
        "device_id": "0123456789abcdef" * 2,
        "device_name": "Work laptop",
        "seq": 1,
        "changes": [change] * count,
    }


def timed(action: object, runs: int = 3) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        action()  # type: ignore[operator]
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1,10,47", help="batch sizes in MB")
    args = parser.parse_args()
    started = time.perf_counter()
    root = sync_key._derive("a passphrase", b"0" * 16, SCRYPT_N, SCRYPT_R, SCRYPT_P)
    print(f"making the sync key (scrypt, once per laptop): {time.perf_counter() - started:.2f} s")
    keys = sync_key.batch_keys(root)
    with tempfile.TemporaryDirectory() as folder:
        for size in (float(s) for s in args.sizes.split(",")):
            doc = document(size)
            plain = sync_folder.encode(doc)
            mb = len(plain) / 1_000_000
            body = sync_folder.pack(doc, keys)
            seal_s = timed(lambda doc=doc: sync_folder.pack(doc, keys)) - timed(
                lambda doc=doc: sync_folder.encode(doc)
            )
            path = sync_folder.write_batch(Path(folder), "0123456789abcdef", 1, body)
            found = sync_folder.Found("0123456789abcdef", 1, sync_folder.digest(body), path)
            open_s = timed(lambda found=found: sync_folder.read_batch(found, keys))
            path.unlink()  # the plain batch under the same number
            plain_path = sync_folder.write_batch(Path(folder), "0123456789abcdef", 1, plain)
            plain_found = sync_folder.Found(
                "0123456789abcdef", 1, sync_folder.digest(plain), plain_path
            )
            read_s = timed(lambda f=plain_found: sync_folder.read_batch(f, None))
            print(
                f"{mb:6.1f} MB batch: seal {seal_s:6.3f} s ({mb / max(seal_s, 1e-9):6.0f} MB/s "
                f"beyond the JSON), open and parse {open_s:6.3f} s (plain read and parse "
                f"{read_s:6.3f} s), {len(body) - len(plain)} bytes more"
            )
            plain_path.unlink()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
