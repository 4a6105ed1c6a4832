"""Rapport's pure engine: scenarios, the conversation machine, the coder, the summary."""
