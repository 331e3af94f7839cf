"""Meetings: the area, its list, a mentor's Meetings tab, plan/edit/read dialogs and the brief."""
