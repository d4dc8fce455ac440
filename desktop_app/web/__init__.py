"""Anonymous phone voting: a small web page served from the laptop to the room's phones.

``port`` is the interface to the workshop session; ``app`` the Starlette app; ``server``
runs it in a background thread; ``qr`` draws the address. Nothing here imports Qt.
"""
