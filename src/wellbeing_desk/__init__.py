"""Wellbeing Desk: an encrypted, offline-first wellbeing app for human rights defenders."""

__version__ = "0.1.0"
APP_NAME = "Wellbeing Desk"
APP_ID = "WellbeingDesk"
