"""Memory the app has no need to keep."""

from __future__ import annotations

import linecache
import sys
from types import ModuleType


def forget_module_sources() -> None:
    """Drop the source lines cached for modules imported so far.

    PySide6 checks every module imported after it for use of PySide by reading the
    module's source (shibokensupport's import hook, through ``inspect`` and
    ``linecache``), and ``linecache`` keeps every line: about 20 MiB once the data
    layer and the areas are loaded, a seventh of the window's memory on a heavy
    user's data. Nothing needs them kept; a traceback reads its lines again.
    """
    linecache.clearcache()


def _uses_pyside(module: ModuleType) -> bool:
    """shibokensupport's answer (whether the module's source names PySide6), read
    from the file without keeping its lines."""
    path = getattr(module, "__file__", None)
    if not isinstance(path, str) or not path.endswith(".py"):
        return False  # no source to read (built in, compiled, frozen): as inspect says
    try:
        with open(path, "rb") as source:
            return b"PySide6" in source.read()
    except OSError:
        return False


def keep_no_module_sources() -> None:
    """Have PySide6's import hook read each module's source without caching its lines
    (issue 17): the cache filled while SQLAlchemy and the models were imported, and
    clearing it afterwards (``forget_module_sources``) did not lower the peak, which
    was reached by then (20+ MiB of the 62 MiB that opening the data added at 1x)."""
    feature = sys.modules.get("shibokensupport.feature")
    if feature is not None and hasattr(feature, "_mod_uses_pyside"):
        feature.__dict__["_mod_uses_pyside"] = _uses_pyside
