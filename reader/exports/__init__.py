"""The exports of an analysis: JSON (the machine interface) and Markdown."""
