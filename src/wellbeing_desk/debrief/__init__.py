"""The guided debrief, without Qt: templates, the flow, what is stored, the summary."""
