"""Your data as a whole: backups, import and export, and the sample data."""
