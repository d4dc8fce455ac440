"""Wandelkompass: change-management self-assessment for municipal digital projects."""

# Kept in step with pyproject.toml by a test; importlib.metadata would cost 35 ms at start-up
# and is not available for a PyInstaller bundle anyway.
__version__ = "0.1.0"
