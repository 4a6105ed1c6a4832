"""Rapport's application layer: the command line, the web app, persistence."""
