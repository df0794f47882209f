"""The guided debrief's pages: the start page, the wizard, the summary (``page.py``)."""
