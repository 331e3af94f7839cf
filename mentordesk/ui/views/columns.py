"""Which columns of each list matter most: they keep their full width as the window
narrows, while the least wanted ones end in "…" or give way (``widgets/tables``).
Each plan is the columns, most wanted first, and the column that takes spare room."""

from __future__ import annotations

from mentordesk.ui.models.action_table import ActionTableModel as A
from mentordesk.ui.models.meeting_table import MeetingTableModel as G
from mentordesk.ui.models.mentor_table import MentorTableModel as M
from mentordesk.ui.widgets.tables import Column

# Who to meet next is what the list is for; organisation, role and tags shorten
# before they go, then the rest (the mentor's page shows all of it).
MENTORS = (
    (
        Column(M.COL_NAME, keep=True),
        Column(M.COL_STATUS, keep=True),
        Column(M.COL_NEXT_DUE, keep=True),
        Column(M.COL_LAST_MET, keep=True),
        Column(M.COL_CADENCE, keep=True),
        Column(M.COL_ORGANISATION, shrink_to=90),
        Column(M.COL_ROLE, shrink_to=90),
        Column(M.COL_TAGS, shrink_to=90),
        Column(M.COL_AFFILIATION),
        Column(M.COL_UPDATED),
    ),
    M.COL_NAME,
)

# The format is the one a person can do without (the brief beside says it).
MEETINGS = (
    (
        Column(G.COL_WHEN, keep=True),
        Column(G.COL_MENTOR, keep=True),
        Column(G.COL_STATUS, keep=True),
        Column(G.COL_DURATION, keep=True),
        Column(G.COL_RATING, keep=True),
        Column(G.COL_AGENDA, keep=True),
        Column(G.COL_FORMAT),
    ),
    G.COL_MENTOR,
)

# The advice itself takes the room; it ends in "…" (the whole text is its tooltip)
# only once what is done and reported has given way.
ACTION_ITEMS = (
    (
        Column(A.COL_TEXT, keep=True, shrink_to=200),
        Column(A.COL_DUE, keep=True),
        Column(A.COL_MENTOR, keep=True),
        Column(A.COL_STATUS, keep=True),
        Column(A.COL_REPORT),
        Column(A.COL_DONE_ON),
        Column(A.COL_OUTCOME, shrink_to=100),
    ),
    A.COL_TEXT,
)
