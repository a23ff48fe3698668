"""Lesson materials for schools: the words teachers filter on, the filter form,
permanent short links and the one-zip download. The page models live in
pages/models/lessons.py."""
