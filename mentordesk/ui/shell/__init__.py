"""The shell: the main window, its areas, menus, reminders and the app-level dialogs."""
