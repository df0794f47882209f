"""Importers: vCard and CSV into directory entries."""
