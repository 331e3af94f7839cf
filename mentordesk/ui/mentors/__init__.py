"""Mentors: the area, its list, a mentor's page and form, and how a rhythm is put in words."""
