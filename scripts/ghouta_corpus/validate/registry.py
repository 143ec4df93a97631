"""The registry of validation rules: every rule's name and statement, declared next to its code.

A rule family is one function that checks one concern and may report several rules;
it is registered with :func:`rule_family`, which records each rule's name and its
one-line statement in :data:`RULES` and the function in :data:`FAMILIES`::

    @rule_family("span", {"count-percent": "a percent COUNT is at most 100"})
    def check_counts(a: Annotation, i: int, span: dict) -> Iterator[Finding]:
        ...

Adding a rule is adding it to a family's table and yielding its findings; a new
family is a new function in a module of :mod:`ghouta_corpus.validate.rules` (listed
in its ``__init__``). No ``if`` chain anywhere names the rules. The scope says who
calls the family:

- ``document``: the runner calls it once per schema-valid annotation file, with the
  :class:`~ghouta_corpus.validate.context.Annotation` under check;
- ``span``: the runner calls it for every span of such a file, in one pass over the
  spans (the findings of one span stay together);
- ``manifest``, ``entities``, ``events``: the runner calls it for the manifest, the
  entity table and the event table;
- ``shared``: called by other families and by the reader's error reporting (offsets,
  references, the file and schema problems), so that each rule still has one home.

The test suite holds one failing fixture per registered rule.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar

SCOPES = ("document", "span", "manifest", "entities", "events", "shared")

RULES: dict[str, str] = {}
"""Every rule the validator can report: name -> one-line statement."""


@dataclass(frozen=True)
class Family:
    """One registered rule family: its function, scope and the rules it reports."""
    name: str
    scope: str
    rules: tuple[str, ...]
    check: Callable[..., Any]


FAMILIES: list[Family] = []
"""Every rule family in registration order (the order the runner applies them)."""

F = TypeVar("F", bound=Callable[..., Any])


def rule_family(scope: str, rules: dict[str, str]) -> Callable[[F], F]:
    """Register the decorated function as the family that reports ``rules``
    (name -> statement); each rule name is declared once in the whole package."""
    if scope not in SCOPES:
        raise ValueError(f"unknown scope {scope!r}; expected one of {SCOPES}")

    def register(fn: F) -> F:
        for name, statement in rules.items():
            if name in RULES:
                raise ValueError(f"rule {name!r} is declared twice")
            RULES[name] = statement
        FAMILIES.append(Family(fn.__name__, scope, tuple(rules), fn))
        return fn
    return register


def families(scope: str) -> list[Family]:
    """The registered families of one scope, in registration order."""
    return [f for f in FAMILIES if f.scope == scope]
