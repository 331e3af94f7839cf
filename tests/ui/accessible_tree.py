"""Qt's accessibility tree, as the platform bridge (AT-SPI on Linux, UI Automation on
Windows, NSAccessibility on macOS) exports it to screen readers: walked from a
window's ``QAccessibleInterface`` through its children, Qt's own compound parts
included (a line edit's clear button, a combo box's popup list, table cells)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from PySide6.QtGui import QAccessible, QAccessibleInterface
from PySide6.QtWidgets import QWidget

Role = QAccessible.Role
Text = QAccessible.Text

# Nodes a person acts on: each must say what it is.
CONTROL_ROLES = frozenset(
    {
        Role.PushButton,
        Role.CheckBox,
        Role.RadioButton,
        Role.ComboBox,
        Role.EditableText,
        Role.SpinBox,
        Role.Slider,
        Role.Dial,
        Role.List,
        Role.ListItem,
        Role.Table,
        Role.Tree,
        Role.TreeItem,
        Role.Cell,
        Role.ColumnHeader,
        Role.PageTab,
        Role.PageTabList,
        Role.ButtonMenu,
        Role.ButtonDropDown,
        Role.MenuItem,
        Role.Link,
        Role.HotkeyField,
    }
)
# Not checked: scroll bars and splitter handles (their role says what they are, and
# toolkits leave them unnamed), and the row headers of tables whose row header is
# hidden (rows are read through their cells).


@dataclass(frozen=True)
class Node:
    """One node of the tree, with what a screen reader would announce."""

    role: QAccessible.Role
    name: str
    value: str
    labelled: bool  # another node labels it (a QLabel with it as buddy)
    path: str


def _describe(interface: QAccessibleInterface) -> str:
    target = interface.object()
    if target is None:
        return interface.role().name
    kind = type(target).__name__
    name = target.objectName()
    return f"{kind} {name!r}" if name else kind


def walk(root: QWidget) -> Iterator[Node]:
    """Every node under ``root`` (itself included), depth first."""
    interface = QAccessible.queryAccessibleInterface(root)
    assert interface is not None and interface.isValid()
    yield from _walk(interface, _describe(interface), set())


def _walk(interface: QAccessibleInterface, path: str, seen: set[int]) -> Iterator[Node]:
    key = QAccessible.uniqueId(interface)
    if key in seen:  # a node reachable twice (Qt links some parts from two places)
        return
    seen.add(key)
    relations = interface.relations(QAccessible.RelationFlag.Label)
    yield Node(
        role=interface.role(),
        name=interface.text(Text.Name).strip(),
        value=interface.text(Text.Value).strip(),
        labelled=any(other is not None and other.text(Text.Name).strip() for other, _ in relations),
        path=path,
    )
    for index in range(interface.childCount()):
        child = interface.child(index)
        if child is not None and child.isValid():
            yield from _walk(child, f"{path} > {_describe(child)}", seen)


def unnamed(root: QWidget) -> list[str]:
    """Controls under ``root`` that a screen reader could not name, or could name only
    by their current value (a combo box reading out "External", not what it is for)."""
    problems = []
    for node in walk(root):
        if node.role not in CONTROL_ROLES:
            continue
        if not node.name:
            problems.append(f"unnamed {node.role.name}: {node.path}")
        elif node.role == Role.ComboBox and node.name == node.value and not node.labelled:
            problems.append(f"combo box named only by its value {node.value!r}: {node.path}")
    return problems
