"""Scripts that build, train and check Rapport; run each as a file (tools/NAME.py)."""
