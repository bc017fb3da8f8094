"""`python -m sketchproc` runs the command-line interface."""

from sketchproc.cli import app

app()
