"""Sync between her own devices: end-to-end encrypted, write-once, through a folder or WebDAV."""
