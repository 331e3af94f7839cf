"""Which columns of each list matter most: they keep their full width as the window
narrows, while the least wanted ones end in "…" or give way (``widgets/tables``).
Each plan is the columns, most wanted first, and the column that takes spare room."""

from __future__ import annotations

from mentordesk.ui.models.action_table import ActionTableModel as A
from mentordesk.ui.models.giveback_table import GiveBackTableModel as B
from mentordesk.ui.models.goal_table import GoalTableModel as O
from mentordesk.ui.models.meeting_table import MeetingTableModel as G
from mentordesk.ui.models.mentor_table import MentorTableModel as M
from mentordesk.ui.models.prospect_table import ProspectTableModel as P
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

# The goal and how far it has come; its mentors shorten ("Amara Okafor, Joaq…", all
# of them in the tooltip) after the count of action items has given way. The status
# is left out while the filter shows one status.
GOALS = (
    (
        Column(O.COL_TITLE, keep=True, shrink_to=160),
        Column(O.COL_PROGRESS, keep=True),
        Column(O.COL_TARGET, keep=True),
        Column(O.COL_STATUS, keep=True),
        Column(O.COL_MENTORS, shrink_to=100),
        Column(O.COL_ACTIONS),
    ),
    O.COL_TITLE,
)

# The idea, for whom, and where it stands; the kind is the one to do without. The
# note is in the idea's tooltip.
GIVE_BACKS = (
    (
        Column(B.COL_IDEA, keep=True, shrink_to=160),
        Column(B.COL_MENTOR, keep=True),
        Column(B.COL_STATUS, keep=True),
        Column(B.COL_WHEN, keep=True),
        Column(B.COL_KIND),
    ),
    B.COL_IDEA,
)

# Whom to follow up with, and when; the page beside says where they were found.
PROSPECTS = (
    (
        Column(P.COL_NAME, keep=True),
        Column(P.COL_STATUS, keep=True),
        Column(P.COL_FOLLOW, keep=True),
        Column(P.COL_LAST, shrink_to=100),
        Column(P.COL_GOALS),
    ),
    P.COL_NAME,
)
