"""What a database at each schema revision holds: its tables, indexes and triggers.

Read at every start (before anything is opened read-write) to tell a complete
file from one missing a table, and by ``mentordesk check``. Plain data, so no
Alembic import is needed to read it; ``tests/db/test_revisions.py`` builds a
database at every revision with the real migrations and keeps this true.

Adding a migration: add its revision to ``CHANGES`` with what it adds and
removes, and set ``HEAD_REVISION``.
"""

from __future__ import annotations

from dataclasses import dataclass, field

HEAD_REVISION = "0011_sync_text"

# The full-text search index (migration 0003) is raw SQL, not a model: the FTS5
# table, the shadow tables FTS5 keeps beside it, and the key table that maps item
# UUIDs to its rowids (docs/ARCHITECTURE.md).
SEARCH_INDEX_TABLE = "search_index"
_FTS_SHADOW_SUFFIXES = ("_data", "_idx", "_config", "_docsize", "_content")
SEARCH_TABLES = frozenset(
    {
        SEARCH_INDEX_TABLE,
        "search_key",
        *(SEARCH_INDEX_TABLE + suffix for suffix in _FTS_SHADOW_SUFFIXES),
    }
)

_SEARCH_KINDS = ("mentor", "meeting", "agenda_item", "action_item")


@dataclass(frozen=True)
class Change:
    """What one migration adds to (and removes from) the schema."""

    tables: frozenset[str] = frozenset()
    indexes: frozenset[str] = frozenset()
    triggers: frozenset[str] = frozenset()
    removed: frozenset[str] = field(default_factory=frozenset)


CHANGES: dict[str, Change] = {
    "0001": Change(
        tables=frozenset(
            {"alembic_version", "mentor", "mentor_status_change", "mentor_tag", "tag"}
        ),
        indexes=frozenset(
            {"ix_mentor_status", "ix_mentor_status_change_mentor_id", "ix_mentor_tag_tag_id"}
        ),
    ),
    "0002": Change(
        tables=frozenset({"meeting", "action_item", "agenda_item", "note_snapshot"}),
        indexes=frozenset(
            {
                "ix_action_item_meeting_id",
                "ix_action_item_mentor_id",
                "ix_action_item_status",
                "ix_agenda_item_meeting_id",
                "ix_meeting_mentor_id",
                "ix_meeting_scheduled_start",
                "ix_note_snapshot_meeting_id",
            }
        ),
    ),
    "0003": Change(
        tables=SEARCH_TABLES,
        triggers=frozenset(
            {
                *(
                    f"search_{kind}_{ev}"
                    for kind in _SEARCH_KINDS
                    for ev in ("insert", "update", "delete")
                ),
                "search_mentor_tag_insert",
                "search_mentor_tag_delete",
                "search_tag_rename",
                "search_mentor_rename",
                "search_meeting_new_mentor",
            }
        ),
    ),
    "0004": Change(
        tables=frozenset({"agreement", "agreement_version"}),
        indexes=frozenset({"ix_agreement_version_agreement_id", "ix_meeting_status_mentor_start"}),
        triggers=frozenset(
            {
                "search_agreement_version_insert",
                "search_agreement_version_update",
                "search_agreement_version_delete",
            }
        ),
    ),
    "0005": Change(
        tables=frozenset(
            {
                "goal",
                "goal_progress",
                "goal_mentor",
                "goal_action_item",
                "give_back",
                "outreach_step",
                "closure",
                "closure_goal",
            }
        ),
        indexes=frozenset(
            {
                "ix_goal_status",
                "ix_goal_progress_goal_id",
                "ix_goal_mentor_mentor_id",
                "ix_goal_action_item_action_item_id",
                "ix_give_back_mentor_id",
                "ix_give_back_meeting_id",
                "ix_outreach_step_mentor_id",
                "ix_closure_goal_goal_id",
            }
        ),
        triggers=frozenset(
            f"search_{kind}_{event}"
            for kind in ("goal", "give_back")
            for event in ("insert", "update", "delete")
        ),
    ),
    "0006_between_meetings": Change(
        tables=frozenset({"topic", "touch"}),
        indexes=frozenset({"ix_topic_mentor_id", "ix_topic_meeting_id", "ix_touch_mentor_id"}),
        triggers=frozenset(
            f"search_{kind}_{event}"
            for kind in ("topic", "touch")
            for event in ("insert", "update", "delete")
        ),
    ),
    "0007_templates_recap": Change(
        tables=frozenset({"meeting_template", "meeting_recap", "calendar_event"}),
    ),
    "0008_attachments": Change(
        tables=frozenset({"attachment"}),
        indexes=frozenset(
            f"ix_attachment_{column}"
            for column in ("mentor_id", "meeting_id", "agreement_id", "goal_id", "sha256")
        ),
        triggers=frozenset(
            f"search_attachment_{event}" for event in ("insert", "update", "delete")
        ),
    ),
    # columns only (private flags): no table, index or trigger added or removed
    "0009_private_items": Change(),
}


# Sync's own tables (migration 0010): local bookkeeping, never synced themselves.
SYNC_TABLES = frozenset(
    {"sync_state", "sync_outbox", "sync_field", "sync_shadow", "sync_applied", "sync_conflict"}
)
# Tables whose names start so are never synced (SQLite's, Alembic's, the search
# index's, sync's own); every other table gets three sync triggers.
LOCAL_PREFIXES = ("sqlite_", "alembic_", "search_", "sync_")


def _sync_change() -> Change:
    """Migration 0010: sync's tables, and a trigger per event on every table the
    revisions before it hold (the migration reads them from the file itself)."""
    tables: set[str] = set()
    for change in CHANGES.values():
        tables |= change.tables
        tables -= change.removed
    synced = sorted(t for t in tables if not t.startswith(LOCAL_PREFIXES))
    return Change(
        tables=SYNC_TABLES,
        indexes=frozenset({"ix_sync_outbox_batch"}),
        triggers=frozenset(
            f"sync_{table}_{event}" for table in synced for event in ("insert", "update", "delete")
        ),
    )


CHANGES["0010_sync"] = _sync_change()
# Migration 0011: note bodies' Yjs updates (and a column of the outbox).
CHANGES["0011_sync_text"] = Change(
    tables=frozenset({"sync_text"}), indexes=frozenset({"ix_sync_text_field"})
)


@dataclass(frozen=True)
class Schema:
    """The tables, indexes and triggers a database at one revision has."""

    tables: frozenset[str]
    indexes: frozenset[str]
    triggers: frozenset[str]

    def objects(self) -> frozenset[tuple[str, str]]:
        """(type, name) pairs as ``sqlite_master`` lists them."""
        return frozenset(
            {("table", n) for n in self.tables}
            | {("index", n) for n in self.indexes}
            | {("trigger", n) for n in self.triggers}
        )


def known_revisions() -> tuple[str, ...]:
    """Every revision this version knows, oldest first."""
    return tuple(CHANGES)


def schema_at(revision: str) -> Schema:
    """The schema of a database at ``revision`` (KeyError for one this version does not know)."""
    if revision not in CHANGES:
        raise KeyError(revision)
    tables: set[str] = set()
    indexes: set[str] = set()
    triggers: set[str] = set()
    for name, change in CHANGES.items():
        tables |= change.tables
        indexes |= change.indexes
        triggers |= change.triggers
        tables -= change.removed
        indexes -= change.removed
        triggers -= change.removed
        if name == revision:
            break
    return Schema(frozenset(tables), frozenset(indexes), frozenset(triggers))


def later_objects(revision: str) -> frozenset[tuple[str, str]]:
    """Objects that only revisions after ``revision`` create.

    Found in a file at ``revision`` they are what an interrupted update by an
    older MentorDesk (whose updates were not atomic) left behind.
    """
    order = known_revisions()
    now = schema_at(revision).objects()
    later: set[tuple[str, str]] = set()
    for name in order[order.index(revision) + 1 :]:
        later |= schema_at(name).objects()
    return frozenset(later - now)
