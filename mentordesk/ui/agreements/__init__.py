"""Agreements: the panel on a mentor's page, its form, versions compared and exported."""
