"""Memory the app has no need to keep."""

from __future__ import annotations

import linecache


def forget_module_sources() -> None:
    """Drop the source lines cached for modules imported so far.

    PySide6 checks every module imported after it for use of PySide by reading the
    module's source (shibokensupport's import hook, through ``inspect`` and
    ``linecache``), and ``linecache`` keeps every line: about 20 MiB once the data
    layer and the areas are loaded, a seventh of the window's memory on a heavy
    user's data. Nothing needs them kept; a traceback reads its lines again.
    """
    linecache.clearcache()
