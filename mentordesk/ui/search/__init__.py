"""Search: the area and its results list."""
