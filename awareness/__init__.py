"""Awareness, measured (issue 26): what people know and think, per audience and language."""
