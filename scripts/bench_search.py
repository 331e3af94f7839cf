"""How fast is full-text search? Figures only, no pass or fail.

    .venv/bin/python scripts/bench_search.py [--mentors 200] [--meetings 2000] [--note-kb 5]

Builds a temporary database at revision 0002 with the given data, then prints:
the time migration 0003 takes to build the index from it; the latency of a
search per keystroke while typing a few queries (median and p95); and what the
triggers add to saving a 100 KB note (the note-taking path).
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from functools import partial
from pathlib import Path

from alembic import command
from sqlalchemy import Engine, text
from sqlalchemy.orm import Session

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from mentordesk.db import migrate  # noqa: E402
from mentordesk.db.engine import make_engine, make_session_factory  # noqa: E402
from mentordesk.db.models import AgendaItem, Meeting, Mentor  # noqa: E402
from mentordesk.db.types import new_id, utc_now  # noqa: E402
from mentordesk.services import meetings  # noqa: E402
from mentordesk.services.search import search  # noqa: E402


def _words(text: str) -> list[str]:
    return text.split()


COMMON = _words(
    "the a to of and in we about for with that this on is it be as next her his my team "
    "plan review ask feedback project goal role manager career growth skills week month"
)
RARE = _words(
    "leadership promotion delegation roadmap mentoring negotiation architecture budget "
    "hiring onboarding conference stakeholder prioritisation storytelling résumé café "
    "José Zoë Ångström"
)
TYPED = ("leadership", "promotion budget", "jose", "stakeholder review", "zzyzx")


def sentence(rng: random.Random, words: int) -> str:
    return " ".join(
        rng.choice(RARE) if rng.random() < 0.03 else rng.choice(COMMON) for _ in range(words)
    )


def text_of_size(rng: random.Random, size: int) -> str:
    lines = []
    total = 0
    while total < size:
        line = ("- " if rng.random() < 0.5 else "") + sentence(rng, rng.randint(6, 18)) + "."
        lines.append(line)
        total += len(line) + 1
    return "\n".join(lines)[:size]


def alembic_to(engine: Engine, revision: str) -> None:
    with engine.begin() as connection:
        config = migrate.alembic_config(engine)
        config.attributes["connection"] = connection
        command.upgrade(config, revision)


def fill(session: Session, rng: random.Random, mentors: int, meetings_: int, note: int) -> None:
    now = utc_now()
    people = [
        Mentor(
            id=new_id(),
            name=f"{rng.choice(['Ada', 'Grace', 'José', 'Zoë', 'Amara', 'Wei'])} Person{n}",
            role=sentence(rng, 3),
            organisation=sentence(rng, 2),
            notes=sentence(rng, 40),
            fit_notes=sentence(rng, 15),
            created_at=now,
            updated_at=now,
            status_changed_at=now,
        )
        for n in range(mentors)
    ]
    session.add_all(people)
    start = datetime(2024, 1, 1, 9, tzinfo=UTC)
    for n in range(meetings_):
        meeting = Meeting(
            id=new_id(),
            mentor_id=people[n % mentors].id,
            scheduled_start=start + timedelta(days=n // 3, hours=n % 3),
            notes=text_of_size(rng, note),
            takeaways=sentence(rng, 12),
            created_at=now,
            updated_at=now,
        )
        meeting.agenda = [
            AgendaItem(id=new_id(), position=p, text=sentence(rng, 6)) for p in range(3)
        ]
        session.add(meeting)


def timings(action: Callable[[], object], repeat: int) -> list[float]:
    """Milliseconds per run of ``action``."""
    result = []
    for _ in range(repeat):
        started = time.perf_counter()
        action()
        result.append((time.perf_counter() - started) * 1000)
    return result


def summary(values: list[float]) -> str:
    ordered = sorted(values)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    median = statistics.median(ordered)
    return f"median {median:7.2f} ms   p95 {p95:7.2f} ms   max {ordered[-1]:7.2f} ms"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mentors", type=int, default=200)
    parser.add_argument("--meetings", type=int, default=2000)
    parser.add_argument("--note-kb", type=float, default=5)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    rng = random.Random(args.seed)

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "bench.sqlite3"
        engine = make_engine(path)
        alembic_to(engine, "0002")
        sessions = make_session_factory(engine)
        started = time.perf_counter()
        with sessions.begin() as session:
            fill(session, rng, args.mentors, args.meetings, int(args.note_kb * 1024))
        print(
            f"data: {args.mentors} mentors, {args.meetings} meetings with "
            f"{args.note_kb:g} KB notes and 3 agenda items each "
            f"(written in {time.perf_counter() - started:.2f} s)"
        )
        with engine.connect() as connection:
            connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        before = path.stat().st_size

        started = time.perf_counter()
        alembic_to(engine, "head")
        print(f"index build (migration 0003):  {time.perf_counter() - started:7.2f} s")
        with engine.connect() as connection:
            connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
            entries = connection.execute(text("SELECT count(*) FROM search_index")).scalar()
        after = path.stat().st_size
        print(
            f"database: {before / 2**20:.1f} MB before, {after / 2**20:.1f} MB after "
            f"({entries} index entries)"
        )

        print("\nsearch per keystroke (services.search, limit 50, 20 runs per prefix):")
        every: list[float] = []
        with sessions() as session:
            for query in TYPED:
                per_query: list[float] = []
                for end in range(1, len(query) + 1):
                    prefix = query[:end]
                    per_query += timings(partial(search, session, prefix), 20)
                hits = len(search(session, query))
                print(f"  {query!r:22} {summary(per_query)}   ({hits} hits at the end)")
                every += per_query
        print(f"  {'all keystrokes':22} {summary(every)}")

        meeting_id = str(engine.connect().execute(text("SELECT id FROM meeting LIMIT 1")).scalar())
        big = text_of_size(rng, 100 * 1024)

        def save(variant: int) -> None:
            with sessions.begin() as session:
                meetings.save_notes(
                    session, meeting_id, f"{big}\nedit {variant}", now=datetime.now(UTC)
                )

        def flush_only(variant: int) -> None:
            with sessions() as session:
                meetings.save_notes(
                    session, meeting_id, f"{big}\nedit {variant}", now=datetime.now(UTC)
                )
                session.rollback()

        counter = iter(range(10**9))
        save(next(counter))  # the first save takes a note-history snapshot
        print("\nsaving a 100 KB note (services.meetings.save_notes), 30 saves each:")
        with_triggers = timings(lambda: save(next(counter)), 30)
        with_triggers_flush = timings(lambda: flush_only(next(counter)), 30)
        with engine.begin() as connection:
            connection.exec_driver_sql("DROP TRIGGER search_meeting_update")
        without = timings(lambda: save(next(counter)), 30)
        without_flush = timings(lambda: flush_only(next(counter)), 30)
        print(f"  commit, with index triggers   {summary(with_triggers)}")
        print(f"  commit, without               {summary(without)}")
        print(f"  flush only, with triggers     {summary(with_triggers_flush)}")
        print(f"  flush only, without           {summary(without_flush)}")
        extra = statistics.median(with_triggers_flush) - statistics.median(without_flush)
        print(f"  extra cost of the index: ~{extra:.1f} ms per save (medians, flush only)")
        engine.dispose()


if __name__ == "__main__":
    main()
