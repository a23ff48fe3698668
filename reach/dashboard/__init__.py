"""The reach dashboard in the Wagtail admin: figures per campaign and period, the chart, CSV and the report.

figures.py asks the database (a few GROUP BY queries, whatever the period);
forms.py checks what was asked for; spikes.py finds days far above their usual level;
chart.py draws the day-by-day SVG;
views.py shows it, exports it and prints it (docs/reach.md, "How to read the dashboard").
"""
