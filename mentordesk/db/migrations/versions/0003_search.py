"""full-text search: an FTS5 index kept in step by triggers

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-26 09:00:00.000000

Frozen like every migration: the SQL lives here and imports nothing from the
package. ``search_index`` is the FTS5 table (it keeps its own rowid);
``search_key`` maps (kind, item UUID) to that rowid, so a trigger reaches the
entry of one row by rowid instead of scanning the index on an UNINDEXED column
(the note save path runs every few hundred milliseconds).
"""

from __future__ import annotations

from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | None = None
depends_on: str | None = None

NL = "char(10)"


def _key(kind: str, item_id: str) -> str:
    return f"(SELECT id FROM search_key WHERE kind = '{kind}' AND item_id = {item_id})"


def _tag_names(mentor_id: str) -> str:
    return (
        "coalesce((SELECT group_concat(t.name, ', ') FROM mentor_tag AS mt "
        f"JOIN tag AS t ON t.id = mt.tag_id WHERE mt.mentor_id = {mentor_id}), '')"
    )


def _mentor_body(m: str) -> str:
    """Role, organisation, tags, where found, fit notes and notes, one per line."""
    parts = [
        f"{m}.role",
        f"{m}.organisation",
        _tag_names(f"{m}.id"),
        f"{m}.where_found_detail",
        f"{m}.fit_notes",
        f"{m}.notes",
    ]
    return f" || {NL} || ".join(f"coalesce({part}, '')" for part in parts)


def _mentor_body_of(mentor_id: str) -> str:
    return f"(SELECT {_mentor_body('m')} FROM mentor AS m WHERE m.id = {mentor_id})"


def _meeting_title(mentor_id: str, scheduled_start: str) -> str:
    # Mentor name and the (UTC) date; the UI shows the local date itself.
    return (
        f"coalesce((SELECT name FROM mentor WHERE id = {mentor_id}), '') "
        f"|| ' ' || substr({scheduled_start}, 1, 10)"
    )


def _meeting_body(g: str) -> str:
    return f"coalesce({g}.notes, '') || {NL} || coalesce({g}.takeaways, '')"


def _meeting_mentor(meeting_id: str) -> str:
    return f"(SELECT mentor_id FROM meeting WHERE id = {meeting_id})"


COLUMNS = "kind, item_id, mentor_id, meeting_id, title, body"


# kind -> (table, mentor_id, meeting_id, title, body), for a row called NEW (or a table alias)
def _sources(r: str) -> dict[str, tuple[str, str, str, str, str]]:
    return {
        "mentor": ("mentor", f"{r}.id", "NULL", f"{r}.name", _mentor_body(r)),
        "meeting": (
            "meeting",
            f"{r}.mentor_id",
            f"{r}.id",
            _meeting_title(f"{r}.mentor_id", f"{r}.scheduled_start"),
            _meeting_body(r),
        ),
        "agenda_item": (
            "agenda_item",
            _meeting_mentor(f"{r}.meeting_id"),
            f"{r}.meeting_id",
            f"coalesce({r}.text, '')",
            "''",
        ),
        "action_item": (
            "action_item",
            f"{r}.mentor_id",
            f"{r}.meeting_id",
            f"coalesce({r}.text, '')",
            f"coalesce({r}.outcome, '')",
        ),
    }


# Columns whose change alters what is indexed (other updates leave the index alone).
WATCHED = {
    "mentor": "name, role, organisation, where_found_detail, fit_notes, notes",
    "meeting": "mentor_id, scheduled_start, notes, takeaways",
    "agenda_item": "meeting_id, text",
    "action_item": "mentor_id, meeting_id, text, outcome",
}


def _row_triggers(kind: str) -> list[str]:
    table, mentor_id, meeting_id, title, body = _sources("NEW")[kind]
    return [
        f"""
        CREATE TRIGGER search_{kind}_insert AFTER INSERT ON {table} BEGIN
            INSERT INTO search_key (kind, item_id) VALUES ('{kind}', NEW.id);
            INSERT INTO search_index (rowid, {COLUMNS})
            VALUES ({_key(kind, "NEW.id")}, '{kind}', NEW.id, {mentor_id}, {meeting_id},
                    {title}, {body});
        END
        """,
        f"""
        CREATE TRIGGER search_{kind}_update AFTER UPDATE OF {WATCHED[kind]} ON {table} BEGIN
            UPDATE search_index
            SET mentor_id = {mentor_id}, meeting_id = {meeting_id}, title = {title}, body = {body}
            WHERE rowid = {_key(kind, "NEW.id")};
        END
        """,
        f"""
        CREATE TRIGGER search_{kind}_delete AFTER DELETE ON {table} BEGIN
            DELETE FROM search_index WHERE rowid = {_key(kind, "OLD.id")};
            DELETE FROM search_key WHERE kind = '{kind}' AND item_id = OLD.id;
        END
        """,
    ]


def _keys_of_meetings_of(mentor_id: str) -> str:
    return (
        "(SELECT k.id FROM search_key AS k JOIN meeting AS g "
        f"ON k.kind = 'meeting' AND k.item_id = g.id WHERE g.mentor_id = {mentor_id})"
    )


# Entries that show something of another row: a mentor's tags, a meeting's mentor name,
# an agenda item's mentor (through its meeting).
RELATED_TRIGGERS = [
    f"""
    CREATE TRIGGER search_mentor_tag_insert AFTER INSERT ON mentor_tag BEGIN
        UPDATE search_index SET body = {_mentor_body_of("NEW.mentor_id")}
        WHERE rowid = {_key("mentor", "NEW.mentor_id")};
    END
    """,
    f"""
    CREATE TRIGGER search_mentor_tag_delete AFTER DELETE ON mentor_tag BEGIN
        UPDATE search_index SET body = {_mentor_body_of("OLD.mentor_id")}
        WHERE rowid = {_key("mentor", "OLD.mentor_id")};
    END
    """,
    f"""
    CREATE TRIGGER search_tag_rename AFTER UPDATE OF name ON tag BEGIN
        UPDATE search_index SET body = {_mentor_body_of("search_index.mentor_id")}
        WHERE rowid IN (
            SELECT k.id FROM search_key AS k JOIN mentor_tag AS mt
            ON k.kind = 'mentor' AND k.item_id = mt.mentor_id WHERE mt.tag_id = NEW.id
        );
    END
    """,
    f"""
    CREATE TRIGGER search_mentor_rename AFTER UPDATE OF name ON mentor
    WHEN OLD.name IS NOT NEW.name BEGIN
        UPDATE search_index
        SET title = NEW.name || ' ' || substr(
            (SELECT scheduled_start FROM meeting WHERE id = search_index.item_id), 1, 10)
        WHERE rowid IN {_keys_of_meetings_of("NEW.id")};
    END
    """,
    """
    CREATE TRIGGER search_meeting_new_mentor AFTER UPDATE OF mentor_id ON meeting
    WHEN OLD.mentor_id IS NOT NEW.mentor_id BEGIN
        UPDATE search_index SET mentor_id = NEW.mentor_id
        WHERE rowid IN (
            SELECT k.id FROM search_key AS k JOIN agenda_item AS a
            ON k.kind = 'agenda_item' AND k.item_id = a.id WHERE a.meeting_id = NEW.id
        );
    END
    """,
]

KINDS = ("mentor", "meeting", "agenda_item", "action_item")
TRIGGERS = [
    *(f"search_{kind}_{event}" for kind in KINDS for event in ("insert", "update", "delete")),
    "search_mentor_tag_insert",
    "search_mentor_tag_delete",
    "search_tag_rename",
    "search_mentor_rename",
    "search_meeting_new_mentor",
]


def upgrade() -> None:
    op.execute(
        """
        CREATE TABLE search_key (
            id INTEGER PRIMARY KEY,
            kind TEXT NOT NULL,
            item_id TEXT NOT NULL,
            UNIQUE (kind, item_id)
        )
        """
    )
    op.execute(
        """
        CREATE VIRTUAL TABLE search_index USING fts5(
            kind UNINDEXED,
            item_id UNINDEXED,
            mentor_id UNINDEXED,
            meeting_id UNINDEXED,
            title,
            body,
            tokenize = "unicode61 remove_diacritics 2"
        )
        """
    )
    for kind in KINDS:
        table, mentor_id, meeting_id, title, body = _sources("r")[kind]
        op.execute(f"INSERT INTO search_key (kind, item_id) SELECT '{kind}', id FROM {table}")
        op.execute(
            f"""
            INSERT INTO search_index (rowid, {COLUMNS})
            SELECT k.id, '{kind}', r.id, {mentor_id}, {meeting_id}, {title}, {body}
            FROM {table} AS r JOIN search_key AS k ON k.kind = '{kind}' AND k.item_id = r.id
            """
        )
    for kind in KINDS:
        for statement in _row_triggers(kind):
            op.execute(statement)
    for statement in RELATED_TRIGGERS:
        op.execute(statement)


def downgrade() -> None:
    for name in TRIGGERS:
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    op.execute("DROP TABLE IF EXISTS search_index")
    op.execute("DROP TABLE IF EXISTS search_key")
