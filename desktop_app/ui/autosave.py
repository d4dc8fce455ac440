"""When typed text is stored: after a pause in typing, and again after a failed write.

One pause for every text field of the app, so that the walk-through and the plan behave the
same: a transaction per pause instead of per key, and nothing typed waits longer than this.
"""

TEXT_SAVE_DELAY_MS = 600
TEXT_RETRY_MS = 3000  # typed text that could not be stored is tried again this often
