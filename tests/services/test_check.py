"""``check`` on a folder holding records of every kind finds nothing wrong."""

from __future__ import annotations

from mentordesk.config import Paths
from mentordesk.db.database import Database
from mentordesk.db.types import utc_now
from mentordesk.services.check import check
from tests.services.test_exchange import fill


def test_a_sound_folder_with_every_kind_of_record_has_no_problem(paths: Paths) -> None:
    database = Database(paths)
    fill(database)  # agreements, goals and give-back ideas are in the search index too
    database.close()
    report = check(paths, live=False, now=utc_now())
    search = next(f for f in report.findings if f.name == "Search index")
    assert search.ok, search.summary
    assert report.problems == []
