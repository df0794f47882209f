"""Dialogue notes: the list, the detail, the editor with drafts, her list of contexts."""
