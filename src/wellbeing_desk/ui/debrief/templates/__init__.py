"""Her debrief templates: the manager (list, duplicate, import, export) and the editor.

Loaded when she first opens the manager, not with the Debrief section.
"""
