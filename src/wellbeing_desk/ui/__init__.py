"""The Qt user interface: feature folders over the database worker."""
