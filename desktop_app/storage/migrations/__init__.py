"""Alembic migrations of the Wandelkompass database.

``SCHEMA_HEAD`` names the newest revision so that opening an up-to-date database does not
have to import Alembic at all (a test keeps it equal to the scripts' head).
"""

SCHEMA_HEAD = "0007"
# Every revision a released version may have left in a database, oldest first.
KNOWN_REVISIONS = ("0001", "0002", "0003", "0004", "0005", "0006", "0007")
