"""A stand-in for one of macOS's tools (codesign, ditto, hdiutil, security, spctl, xcrun).

    python macos_standin.py TOOL ARGS...

Appends {"tool": TOOL, "args": ARGS, ...} as one JSON line to $STANDIN_RECORD
and does just enough of the real tool's work for the next step to go on: ditto
copies, hdiutil writes an image, stapler leaves a ticket in a bundle, notarytool
answers in JSON with the status in $STANDIN_NOTARY_STATUS (default Accepted).
"""

from __future__ import annotations

import json
import os
import shutil
import sys
from pathlib import Path

SUBMISSION = "2efe2717-52ef-43a5-96dc-0797e4ca1041"
LOGIN_KEYCHAIN = "/Users/runner/Library/Keychains/login.keychain-db"


def ticket(bundle: Path) -> Path:
    # Where stapler puts a bundle's ticket.
    return bundle / "Contents" / "CodeResources"


def main(tool: str, args: list[str]) -> int:
    record: dict[str, object] = {"tool": tool, "args": args}
    code = 0
    if tool == "codesign" and "--verify" not in args:
        code = 0 if Path(args[-1]).exists() else 1
    elif tool == "ditto":
        if args[0] == "-c":
            source, archive = Path(args[-2]), Path(args[-1])
            shutil.make_archive(str(archive.with_suffix("")), "zip", source.parent, source.name)
        else:
            shutil.copytree(args[0], args[1], symlinks=True)
    elif tool == "hdiutil" and args[0] == "create":
        source = Path(args[args.index("-srcfolder") + 1])
        record["app_in_image_stapled"] = ticket(source / "MentorDesk.app").is_file()
        Path(args[-1]).write_bytes(b"a disk image")
    elif tool == "hdiutil" and args[0] == "attach":
        print("/dev/disk9s1          \tApple_HFS                      \t/Volumes/MentorDesk")
    elif tool == "xcrun" and args[:2] == ["notarytool", "submit"]:
        status = os.environ.get("STANDIN_NOTARY_STATUS", "Accepted")
        print(json.dumps({"id": SUBMISSION, "status": status, "message": f"Processing {status}"}))
    elif tool == "xcrun" and args[:2] == ["notarytool", "log"]:
        print(json.dumps({"status": "Invalid", "issues": [{"message": "not signed"}]}))
    elif tool == "xcrun" and args[:2] == ["stapler", "staple"]:
        target = Path(args[2])
        if target.is_dir():
            ticket(target).write_text("ticket")
    elif tool == "xcrun" and args[:2] == ["stapler", "validate"]:
        target = Path(args[2])
        code = 0 if not target.is_dir() or ticket(target).is_file() else 65
    elif tool == "security" and args[0] == "list-keychains" and "-s" not in args:
        print(f'    "{LOGIN_KEYCHAIN}"')
    elif tool == "security" and args[0] == "create-keychain":
        Path(args[-1]).write_bytes(b"keychain")
    elif tool == "security" and args[0] == "import":
        record["certificate"] = Path(args[1]).read_bytes().decode()
    elif tool == "security" and args[0] == "delete-keychain":
        Path(args[-1]).unlink()
    with open(os.environ["STANDIN_RECORD"], "a", encoding="utf-8") as file:
        file.write(json.dumps(record) + "\n")
    return code


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2:]))
