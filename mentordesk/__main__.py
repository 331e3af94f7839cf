"""Entry point: ``mentordesk`` and ``python -m mentordesk``."""

from __future__ import annotations

import argparse
import sys

from mentordesk import __version__


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="mentordesk",
        description="MentorDesk: run all of your mentor relationships on your own laptop.",
    )
    parser.add_argument("--version", action="version", version=f"MentorDesk {__version__}")
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        help="keep the database, backups and settings in DIR "
        "(default: the system's user data folder; also MENTORDESK_DATA_DIR)",
    )
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="open every area and create, edit and delete a mentor in a temporary "
        "database, then exit 0 on success",
    )
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    from mentordesk.qtcheck import check_qt_can_load, explain_missing, library_in_error

    problem = check_qt_can_load()
    if problem:
        sys.stderr.write(problem)
        return 3
    try:
        from mentordesk import app
    except ImportError as error:
        library = library_in_error(str(error))
        if library is None:
            raise
        sys.stderr.write(explain_missing([library]))
        return 3
    if args.self_test:
        return app.run_self_test()
    return app.run(args.data_dir)


if __name__ == "__main__":
    sys.exit(main())
