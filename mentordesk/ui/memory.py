"""Memory the app has no need to keep."""

from __future__ import annotations

import gc
import linecache
import sys
from types import ModuleType

_settled = False  # gc.freeze() done (settle)
FULL_AFTER = 100  # collections of the middle generation before a full one


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


def settle() -> bool:
    """Leave what lives as long as the app out of every later garbage collection.

    Python's cyclic collector walks every container object it tracks, and a full
    collection came every few seconds of a sync round on the heavy user's data: with
    the ~100,000 objects of Qt, SQLAlchemy, the models and the window among them it
    held the UI thread 50-120 ms each time (from whichever thread it ran on, as it
    holds the interpreter lock). ``gc.freeze`` moves every object alive now into a
    generation the collector never walks; they are still freed when nothing refers to
    them. Called once per process, when the window is built and its data opens (the
    modules are imported by then): later windows (in tests, hundreds) must not freeze
    the garbage of earlier ones. False when it had already been done."""
    global _settled
    if _settled:
        return False
    _settled = True
    gc.freeze()
    # Python starts a full collection when the objects that survived into the oldest
    # generation grew by a quarter since the last one: with start-up's frozen, that
    # quarter is of far fewer, and full collections came often enough to land in a
    # capture (48-61 ms with every list filled, against 18-23 ms unfrozen). A full
    # collection is now looked at after 100 younger ones instead of 10.
    young, middle, _old = gc.get_threshold()
    gc.set_threshold(young, middle, FULL_AFTER)
    return True
