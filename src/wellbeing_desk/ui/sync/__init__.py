"""The Sync section: whether this vault syncs, where it stands, and "Sync now"."""
