"""Wandelkompass: change-management self-assessment for municipal digital projects."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("wandelkompass")
except PackageNotFoundError:  # running from a source tree or a bundle without metadata
    __version__ = "0.1.0"
