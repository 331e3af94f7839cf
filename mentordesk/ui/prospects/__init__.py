"""Prospects: the area, its list, a prospect's page and promotion to mentor."""
