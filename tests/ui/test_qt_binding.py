"""The Qt binding itself must survive a long session: signals and timers by the ten thousand.

PySide6 6.12.0 dropped a reference to True on every Python-side Signal.emit()
and to None on QTimer start/stop, so after an hour of autosaves the
interpreter aborted ("deallocating True"). It runs in a child process,
because the failure is an abort, not an exception.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap

CHILD = textwrap.dedent(
    """
    import sys
    from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

    app = QCoreApplication([])

    class Emitter(QObject):
        changed = Signal(str)

    emitter = Emitter()
    received = []
    emitter.changed.connect(received.append)
    timer = QTimer()
    true_refs, none_refs = sys.getrefcount(True), sys.getrefcount(None)
    for n in range(30_000):
        emitter.changed.emit("x")
        timer.start(1000)
        timer.stop()
        if n % 100 == 0:
            app.processEvents()
    drift_true = sys.getrefcount(True) - true_refs
    drift_none = sys.getrefcount(None) - none_refs
    print(len(received), drift_true, drift_none)
    """
)


def test_thirty_thousand_signals_and_timer_restarts_do_not_crash() -> None:
    result = subprocess.run(
        [sys.executable, "-c", CHILD],
        capture_output=True,
        text=True,
        timeout=120,
        env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"},
        check=False,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    received, drift_true, drift_none = (int(x) for x in result.stdout.split())
    assert received == 30_000
    # A healthy binding gives back what it takes (allow a little for caches).
    assert abs(drift_true) < 100 and abs(drift_none) < 100
