"""A recording freedesktop notification server, for tests: run it on a test's own session bus.

    python -m tests.e2e.notification_server BUS_ADDRESS LOG_FILE

It owns org.freedesktop.Notifications and writes one JSON line to LOG_FILE for every
call it gets: ``Notify`` (what a desktop would show) and ``Mark`` (a test's note of its
simulated clock, so each notification is placed between two moments). ``Click(id)``
emits ``ActionInvoked(id, "open")`` as a person clicking the notification's action
(``Click(0)``: the newest). Lines are flushed as written; the test stops the server.
"""

from __future__ import annotations

import json
import sys
from typing import Any

from PySide6.QtCore import ClassInfo, QCoreApplication, QObject, Signal, Slot
from PySide6.QtDBus import QDBusConnection

NAME = "org.freedesktop.Notifications"
PATH = "/org/freedesktop/Notifications"


@ClassInfo({"D-Bus Interface": NAME})  # type: ignore[call-arg]
class NotificationServer(QObject):  # type: ignore[operator]
    """org.freedesktop.Notifications (the calls MentorDesk makes, and its signals)."""

    ActionInvoked = Signal("uint", str)  # type: ignore[arg-type]  # D-Bus 'u', as named
    NotificationClosed = Signal("uint", "uint")  # type: ignore[arg-type]

    def __init__(self, log: Any) -> None:
        super().__init__()
        self.log = log
        self.count = 0

    def write(self, record: dict[str, object]) -> None:
        self.log.write(json.dumps(record) + "\n")
        self.log.flush()

    @Slot(str, "uint", str, str, str, "QStringList", "QVariantMap", int, result="uint")
    def Notify(
        self,
        app_name: str,
        replaces_id: int,
        app_icon: str,
        summary: str,
        body: str,
        actions: list[str],
        hints: dict[str, object],
        expire_timeout: int,
    ) -> int:
        self.count += 1
        self.write(
            {
                "call": "Notify",
                "id": self.count,
                "app_name": app_name,
                "replaces_id": replaces_id,
                "app_icon": app_icon,
                "summary": summary,
                "body": body,
                "actions": list(actions),
                "hints": {key: str(value) for key, value in hints.items()},
                "expire_timeout": expire_timeout,
            }
        )
        return self.count

    @Slot(result="QStringList")
    def GetCapabilities(self) -> list[str]:
        return ["actions", "body"]

    @Slot(result=str)
    def GetServerInformation(self) -> str:
        return "recording"

    @Slot(str)
    def Mark(self, text: str) -> None:
        self.write({"call": "Mark", "text": text})

    @Slot(int)
    def Click(self, number: int) -> None:
        number = number or self.count
        self.write({"call": "Click", "id": number})
        self.ActionInvoked.emit(number, "open")


def main() -> int:
    address, log_file = sys.argv[1], sys.argv[2]
    app = QCoreApplication(sys.argv[:1])
    bus = QDBusConnection.connectToBus(address, "recorder")
    if not bus.isConnected():
        sys.stderr.write(f"cannot connect to {address}\n")
        return 1
    with open(log_file, "a", encoding="utf-8") as log:
        server = NotificationServer(log)
        options = (
            QDBusConnection.RegisterOption.ExportAllSlots
            | QDBusConnection.RegisterOption.ExportAllSignals
        )
        if not bus.registerObject(PATH, server, options) or not bus.registerService(NAME):
            sys.stderr.write("cannot register the notification service\n")
            return 1
        print("ready", flush=True)
        return app.exec()


if __name__ == "__main__":
    sys.exit(main())
