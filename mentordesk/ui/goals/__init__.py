"""Goals: the area, its list, a goal's page and board, and the goal dialogs."""
