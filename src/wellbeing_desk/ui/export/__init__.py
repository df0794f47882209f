"""Plaintext exports from the GUI: the counsellor export dialog and saving chart images."""
