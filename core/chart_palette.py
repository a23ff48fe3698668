"""The lines of every chart on the site (A/B results in messaging/charts.py, reach in reach/dashboard/):
colours from the Okabe–Ito colour-blind safe palette, and a dash pattern per line so lines can be
told apart without colour. Shared here so both charts draw the n-th line alike without one app
importing the other."""

COLOURS = ["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000"]
DASHES = [None, "8 4", "2 3", "10 3 2 3", "4 4", "12 3 2 3 2 3", "1 2"]
