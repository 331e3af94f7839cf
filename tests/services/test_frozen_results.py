"""Services hand out frozen data, never mapped objects that need an open session."""

from __future__ import annotations

import importlib
import inspect
import pkgutil
import typing

import pytest

import mentordesk.services
from mentordesk.db.models import Base

MODULES = sorted(
    info.name
    for info in pkgutil.iter_modules(mentordesk.services.__path__, "mentordesk.services.")
    if not info.name.rsplit(".", 1)[-1].startswith("_")  # private loaders for services
)
MAPPED = {mapper.class_ for mapper in Base.registry.mappers}


def _mentions_mapped(hint: object) -> bool:
    if hint in MAPPED:
        return True
    return any(_mentions_mapped(arg) for arg in typing.get_args(hint))


@pytest.mark.parametrize("name", MODULES)
def test_no_public_service_returns_a_mapped_object(name: str) -> None:
    module = importlib.import_module(name)
    leaking = []
    for attribute, function in vars(module).items():
        if attribute.startswith("_") or not inspect.isfunction(function):
            continue
        if function.__module__ != name:
            continue
        hints = typing.get_type_hints(function)
        if _mentions_mapped(hints.get("return")):
            leaking.append(attribute)
    assert leaking == [], f"{name} returns mapped objects from {leaking}"
