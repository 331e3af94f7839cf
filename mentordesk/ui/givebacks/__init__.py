"""Give-back: the area, its list, a mentor's Give-back tab, the idea dialog and the nudge."""
