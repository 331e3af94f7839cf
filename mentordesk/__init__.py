"""MentorDesk: run all of your mentor relationships on your own laptop, offline."""

__version__ = "0.1.0"
APP_NAME = "MentorDesk"
