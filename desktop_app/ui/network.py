"""The laptop's addresses phones in the room can reach, for the moderator to pick from."""

from __future__ import annotations

import ipaddress
from dataclasses import dataclass

from PySide6.QtNetwork import QAbstractSocket, QNetworkInterface


@dataclass(frozen=True, slots=True)
class Address:
    ip: str
    interface: str  # the name the system shows for the network adapter
    private: bool  # a home/office network address (10.x, 172.16–31.x, 192.168.x, 169.254.x)


def room_addresses() -> list[Address]:
    """IPv4 addresses of the adapters that are up, the private ones (a room's Wi-Fi) first."""
    found: list[Address] = []
    flags = QNetworkInterface.InterfaceFlag
    for iface in QNetworkInterface.allInterfaces():
        if not iface.flags() & flags.IsUp or iface.flags() & flags.IsLoopBack:
            continue
        for entry in iface.addressEntries():
            ip = entry.ip()
            if ip.protocol() != QAbstractSocket.NetworkLayerProtocol.IPv4Protocol:
                continue
            address = ipaddress.IPv4Address(ip.toString())
            if address.is_loopback:
                continue
            found.append(Address(str(address), iface.humanReadableName(), address.is_private))
    return sorted(found, key=lambda a: (not a.private, a.interface, a.ip))
