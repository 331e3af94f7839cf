"""The Dashboard: what to do today, in sections."""
