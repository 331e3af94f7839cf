"""Closing a mentorship well: the closure review and its thank-you draft."""
