"""The directory of support contacts: search, detail, the form, copy with care."""
