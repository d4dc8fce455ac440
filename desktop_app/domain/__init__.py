"""Pure domain: content model, scale, scoring and recommendation rules.

Nothing in this package imports Qt, SQLAlchemy, matplotlib or reportlab; it works on plain
dataclasses so every rule can be tested in microseconds and reused by GUI, CLI and PDF alike.
"""
