"""Action items: the area, its list, a mentor's Action items tab and the item dialogs."""
