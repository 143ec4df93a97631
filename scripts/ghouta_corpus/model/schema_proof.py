"""A fast proof that a parsed file conforms to its JSON Schema, compiled from ``schema/``.

``jsonschema-rs`` first converts every Python object of a parsed file into its own
values, then validates them one by one: on an annotation file of 300 spans that costs
about two ``json`` parses, a sixth of ``validate``'s CPU time (issue 15). Most files
are valid, and most of a file's values repeat a few key sets, types and vocabulary
words, so this module proves validity a column at a time instead: per array of
objects the set of key sets, per field the set of value types, enums by set
inclusion, numeric bounds by the column's min and max, lengths by their extremes, and
each pattern once per distinct string.

:func:`proof` compiles a schema of ``schema/`` (``$ref`` followed into the other files:
the schema files stay the one source of truth) into a :class:`Node` tree whose
:meth:`Node.col` says *valid* (True) or *not sure* (False). It understands the
keywords the project's schemas use; a keyword it does not know, a pattern outside the
syntax on which Python's ``re`` and ECMA 262 agree, a float where an integer is due,
an ``if`` that is not a test of one field against an enum: each makes the node *not
sure*, never *valid*. On *not sure* ``jsonschema-rs`` runs as before and words the
findings (:func:`ghouta_corpus.model.vocab.is_valid`). A hypothesis test mutates
valid files and holds the proof to ``jsonschema-rs``: it may never say valid where
``jsonschema-rs`` says invalid.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from itertools import compress, repeat
from operator import contains, itemgetter
from typing import Any

_ANNOTATIONS = {"description", "title", "$comment", "$schema", "$id", "$defs", "examples", "default"}
_PY_TYPES: dict[str, tuple[type, ...]] = {
    "string": (str,), "integer": (int,), "number": (int, float), "null": (type(None),),
    "boolean": (bool,), "array": (list,), "object": (dict,),
}
"""Exact Python types per JSON type: ``bool`` is not an integer here (as in JSON), and
``3.0`` is not proven an integer (JSON Schema admits it; the proof leaves it to
``jsonschema-rs``)."""
_PRIMITIVE = (str, int, float, bool, type(None))
_PRIMITIVE_SET = frozenset(_PRIMITIVE)
_TEXTUAL = frozenset((str, type(None)))
_NUMBERS = frozenset((int, float))
_SAFE_PATTERN = re.compile(r"\^?(?:\\[.\-]|\[[A-Za-z0-9._\-]*\]|[A-Za-z0-9]|[(){}?*+|,-])*\$?")
"""Patterns made of literals, bracketed ranges of letters and digits, groups,
alternation and quantifiers, anchored by ``^`` and a final ``$``: Python's ``re`` and
ECMA 262 read these alike once ``$`` becomes ``\\Z`` (Python's ``$`` also matches
before a final newline)."""


class Unsupported(Exception):
    """A schema construct the proof does not understand (its node is never proven)."""


def _pattern(p: str) -> Callable[[str], Any]:
    if not _SAFE_PATTERN.fullmatch(p):
        raise Unsupported(p)
    return re.compile(p[:-1] + r"\Z" if p.endswith("$") else p).search


def _batch(p: str) -> Callable[[str], Any] | None:
    """For a safe pattern ``^...$`` without a top-level ``|``: a full match of strings
    each followed by a newline (which the pattern cannot match), so that a column of
    distinct ids is matched in one call rather than one call per id."""
    inner, depth = p[1:-1], 0
    for c in inner:
        depth += (c == "(") - (c == ")")
        if c == "|" and depth == 0:
            return None
    if not (p.startswith("^") and p.endswith("$")) or "^" in inner or "$" in inner:
        return None
    return re.compile(f"(?:{inner}\n)*").fullmatch


class Tap:
    """The columns that one run of a proof gathered for the objects of one ``$defs``
    schema (property name -> its values, in object order; an optional property's
    values only for the objects that hold it), and how many times that run reached
    the schema (:meth:`Proof.columns` hands them on only when it was once)."""

    __slots__ = ("columns", "runs")

    def __init__(self) -> None:
        self.runs = 0
        self.columns: dict[str, list[Any]] = {}

    def reset(self) -> None:
        self.runs, self.columns = 0, {}


def _key(v: Any) -> tuple[type, Any]:
    """A value as a set member that keeps ``1``, ``1.0`` and ``True`` apart."""
    return (type(v), v)


class Node:
    """One compiled (sub)schema. :meth:`col` proves a column of values valid;
    :meth:`one` is the exact verdict on one primitive value (None: not sure)."""

    def __init__(self, schema: Any, resolve: Callable[[str], Node], base: str) -> None:
        self.never = False
        self.tap: Tap | None = None  # set by Proof on the $defs objects whose columns it hands on
        try:
            self._compile(schema, resolve, base)
        except Unsupported:
            self.never = True

    def _compile(self, s: Any, resolve: Callable[[str], Node], base: str) -> None:
        if not isinstance(s, dict):
            raise Unsupported(repr(s))
        known = {"$ref", "type", "enum", "const", "pattern", "minLength", "maxLength", "minimum", "maximum",
                 "items", "minItems", "maxItems", "properties", "required", "additionalProperties",
                 "unevaluatedProperties", "allOf", "oneOf", "anyOf"}
        unknown = [k for k in s if k not in known and k not in _ANNOTATIONS and not k.startswith("x-")]
        if unknown or s.get("additionalProperties", False) is not False or \
                s.get("unevaluatedProperties", False) is not False:
            raise Unsupported(str(unknown))
        self.also = [resolve(f"{base}{s['$ref']}" if s["$ref"].startswith("#") else s["$ref"])] if "$ref" in s else []
        if "type" in s and not all(t in _PY_TYPES for t in ([s["type"]] if isinstance(s["type"], str) else s["type"])):
            raise Unsupported(str(s["type"]))
        self.types = None if "type" not in s else frozenset(
            t for name in ([s["type"]] if isinstance(s["type"], str) else s["type"]) for t in _PY_TYPES[name])
        self.enum = None if "enum" not in s else {_key(v) for v in s["enum"] if isinstance(v, _PRIMITIVE)}
        if "const" in s:
            self.enum = {_key(s["const"])} if isinstance(s["const"], _PRIMITIVE) else set()
        self.search = _pattern(s["pattern"]) if "pattern" in s else None
        self.batch = _batch(s["pattern"]) if "pattern" in s else None
        self.lengths = (s.get("minLength", 0), s.get("maxLength"))
        self.bounds = (s.get("minimum"), s.get("maximum"))
        self.items = Node(s["items"], resolve, base) if "items" in s else None
        self.sizes = (s.get("minItems", 0), s.get("maxItems"))
        self.props = {k: Node(v, resolve, base) for k, v in s.get("properties", {}).items()}
        self.names = frozenset(self.props)
        self.required = frozenset(s.get("required", ()))
        self.closed = "additionalProperties" in s
        self.unevaluated = "unevaluatedProperties" in s
        self.one_of = [Node(b, resolve, base) for b in s.get("oneOf", ())]
        self.any_of = [Node(b, resolve, base) for b in s.get("anyOf", ())]
        self.cases = _cases(s.get("allOf", []), resolve, base)
        self.bare = not (set(s) - _ANNOTATIONS - {"$ref"}) and not any(k.startswith("x-") for k in s)
        """Nothing but a ``$ref`` (and annotations): its column is its target's."""

    def col(self, vals: list[Any]) -> bool:
        """True when every value of ``vals`` is valid for sure; False: not sure."""
        if self.never:
            return False
        for n in self.also:
            if not n.col(vals):
                return False
        if self.bare:
            return True
        present = set(map(type, vals))
        if self.types is not None and not present <= self.types:
            return False
        if self.enum is not None or self.one_of or self.any_of:
            if not present <= _PRIMITIVE_SET:
                return False
            # str and None values are their own keys; 1, 1.0 and True must be kept apart
            distinct = {(type(v), v) for v in set(vals)} if present <= _TEXTUAL else {(type(v), v) for v in vals}
            if self.enum is not None and not distinct <= self.enum:
                return False
            if (self.one_of or self.any_of) and not all(self._choice(v) for _, v in distinct):
                return False
        return (self._strings(vals, present) and self._numbers(vals, present) and self._arrays(vals, present)
                and self._objects(vals, present))

    def _choice(self, v: Any) -> bool:
        for branches, want in ((self.one_of, lambda n: n == 1), (self.any_of, lambda n: n >= 1)):
            if branches:
                verdicts = [b.one(v) for b in branches]
                if None in verdicts or not want(sum(bool(x) for x in verdicts)):
                    return False
        return True

    def one(self, v: Any) -> bool | None:
        """Whether the primitive ``v`` is valid (None: not sure), for ``oneOf``/``anyOf``
        branches, which need a definite no as well as a definite yes."""
        if self.never or self.items is not None or self.props or self.cases or self.required or \
                self.one_of or self.any_of or not isinstance(v, _PRIMITIVE):
            return None
        verdicts = [n.one(v) for n in self.also]
        if None in verdicts:
            return None
        if not all(verdicts):
            return False
        if self.types is not None and type(v) not in self.types:
            return None if type(v) is float and int in self.types and v == int(v) else False
        if self.enum is not None and _key(v) not in self.enum:
            return None if isinstance(v, (int, float)) and not isinstance(v, bool) else False  # 1 == 1.0 in JSON
        return self._strings([v], {type(v)}) and self._numbers([v], {type(v)})

    def _strings(self, vals: list[Any], present: set[type]) -> bool:
        if (self.search is None and self.lengths == (0, None)) or str not in present:
            return True
        strs = vals if present == {str} else [v for v in vals if type(v) is str]
        lo, hi = self.lengths
        if (lo and min(map(len, strs)) < lo) or (hi is not None and max(map(len, strs)) > hi):
            return False
        if self.search is None:
            return True
        if self.batch is not None:  # one match over the strings joined by newlines, which no safe pattern matches
            joined = "\n".join(strs)
            if joined.count("\n") == len(strs) - 1:
                return self.batch(joined + "\n") is not None
        return all(self.search(s) for s in set(strs))

    def _numbers(self, vals: list[Any], present: set[type]) -> bool:
        lo, hi = self.bounds
        if (lo is None and hi is None) or not present & _NUMBERS:
            return True
        nums = vals if present <= _NUMBERS else [v for v in vals if type(v) in _NUMBERS]
        if float in present and any(v != v or v in (math.inf, -math.inf) for v in nums if type(v) is float):
            return False  # NaN and infinities compare as no JSON number does
        return (lo is None or min(nums) >= lo) and (hi is None or max(nums) <= hi)

    def _arrays(self, vals: list[Any], present: set[type]) -> bool:
        if (self.items is None and self.sizes == (0, None)) or list not in present:
            return True
        arrays = vals if present == {list} else [v for v in vals if type(v) is list]
        lo, hi = self.sizes
        if (lo and min(map(len, arrays)) < lo) or (hi is not None and max(map(len, arrays)) > hi):
            return False
        return self.items is None or self.items.col([x for a in arrays for x in a])

    def _objects(self, vals: list[Any], present: set[type]) -> bool:
        if not (self.props or self.required or self.closed or self.unevaluated or self.cases) or dict not in present:
            return True
        objs = vals if present == {dict} else [v for v in vals if type(v) is dict]
        columns: dict[str, list[Any]] = {}
        counts = self.objects(objs, columns)
        if counts is None:
            return False
        if self.closed or (self.unevaluated and self.cases is None):  # no key but the named ones
            return sum(map(len, objs)) == sum(counts.values())
        return self.cases is None or self.cases.col(objs, self if self.unevaluated else None, counts, columns)

    def objects(self, objs: list[dict[str, Any]], columns: dict[str, list[Any]] | None = None) -> dict[str, int] | None:
        """Check every property's column and the required keys of ``objs`` (dicts);
        return how many objects hold each property (None: not sure). Counting keys
        stands for comparing key sets: the objects hold no other key exactly when
        their sizes add up to these counts. ``columns`` receives each property's
        column (and so does the node's :class:`Tap`, when it has one)."""
        if self.tap is not None:
            self.tap.runs += 1
            self.tap.columns = columns = {} if columns is None else columns
        counts: dict[str, int] = {}
        n = len(objs)
        for k, node in self.props.items():
            try:
                column = list(map(itemgetter(k), objs))
            except KeyError:  # an optional key: counted in C first, gathered only if some object holds it
                column = [o[k] for o in objs if k in o] if any(map(contains, objs, repeat(k))) else []
            if (column and not node.col(column)) or (k in self.required and len(column) != n):
                return None
            counts[k] = len(column)
            if columns is not None:
                columns[k] = column
        if not self.required <= counts.keys():  # a required key the properties do not name
            if not all(k in o for k in self.required - counts.keys() for o in objs):
                return None
        return counts


class Cases:
    """An ``allOf`` of ``if``/``then`` pairs whose ``if`` tests one field against an
    enum (and requires it), the enums disjoint: each pair's objects are picked out of
    the field's column in one pass in C (``itertools.compress``) and checked against
    its ``then``. With ``unevaluatedProperties: false`` an object may hold only the keys
    of the outer schema and of the ``then`` it meets: since it meets at most one, the
    objects hold no other key exactly when their sizes add up to the outer schema's key
    counts plus each ``then``'s counts of its own further keys."""

    def __init__(self, field: str, pairs: list[tuple[frozenset[str], Node]]) -> None:
        self.field, self.pairs = field, pairs

    def col(self, objs: list[dict[str, Any]], outer: Node | None, counts: dict[str, int],
            columns: dict[str, list[Any]] | None = None) -> bool:
        """Each pair's objects against its ``then``; with ``outer`` (the schema that says
        ``unevaluatedProperties: false``, whose ``counts`` are given), no other key.
        ``columns``: the outer schema's columns of ``objs``; the tested field's is read
        from them when every object holds it."""
        f = self.field
        if outer is not None and f not in outer.names:
            return False  # the tested field would be evaluated only where an if holds: not handled
        values = (columns or {}).get(f)
        if values is None or len(values) != len(objs):
            try:
                values = list(map(itemgetter(f), objs))
            except KeyError:
                values = [o.get(f) for o in objs]
        expected = sum(counts.values())
        present = set(values)  # a pair whose values do not occur has no members: its pass is skipped
        for enum, then in self.pairs:
            if enum.isdisjoint(present):
                continue
            members = list(compress(objs, map(enum.__contains__, values)))
            if not members:
                continue
            got = then.objects(members)
            if got is None:
                return False
            if outer is not None:
                expected += sum(c for k, c in got.items() if k not in outer.names)
        return outer is None or sum(map(len, objs)) == expected


def _cases(parts: list[Any], resolve: Callable[[str], Node], base: str) -> Cases | None:
    """The :class:`Cases` of an ``allOf`` (None when empty); anything else is :class:`Unsupported`."""
    if not parts:
        return None
    field: str | None = None
    pairs: list[tuple[frozenset[str], Node]] = []
    for part in parts:
        cond = part.get("if") if isinstance(part, dict) else None
        if not isinstance(cond, dict) or set(part) != {"if", "then"} or set(cond) != {"properties", "required"}:
            raise Unsupported("allOf")
        tests = cond["properties"]
        if not isinstance(tests, dict) or len(tests) != 1:
            raise Unsupported("if")
        name, test = next(iter(tests.items()))
        if cond["required"] != [name] or (field is not None and name != field) or not isinstance(test, dict) or \
                set(test) != {"enum"} or not isinstance(test["enum"], list) or \
                not all(isinstance(v, str) for v in test["enum"]):
            raise Unsupported("if")
        if not isinstance(part["then"], dict) or set(part["then"]) - _ANNOTATIONS - {"properties", "required"}:
            raise Unsupported("then")
        then = Node(part["then"], resolve, base)
        if then.never:
            raise Unsupported("then")
        if any(set(test["enum"]) & values for values, _ in pairs):
            raise Unsupported("overlapping ifs")  # an object would meet two then branches
        field = name
        pairs.append((frozenset(test["enum"]), then))
    return Cases(str(field), pairs)


class Proof:
    """A compiled proof: called on ``data``, True when it surely conforms (False: not
    sure). After a True, :meth:`columns` hands on the columns that run gathered for the
    objects of one of the schema's own ``$defs`` (what the semantic rules' proofs read
    instead of walking the records again)."""

    def __init__(self, root: Node, taps: dict[str, Tap]) -> None:
        self.root, self.taps = root, taps

    def __call__(self, data: Any) -> bool:
        for tap in self.taps.values():
            tap.reset()
        try:
            return self.root.col([data])
        except (TypeError, ValueError, RecursionError):  # values no schema column holds: not sure
            return False

    def columns(self, name: str) -> dict[str, list[Any]] | None:
        """The last run's columns of the objects of ``$defs/name`` (None: that run did not
        reach them exactly once, e.g. an empty array). Read them right after a True:
        the next run replaces them."""
        tap = self.taps.get(name)
        return tap.columns if tap is not None and tap.runs == 1 else None


def proof(schemas: dict[str, dict[str, Any]], kind: str) -> Proof:
    """The :class:`Proof` of the ``kind`` schema of ``schemas`` (the loaded ``schema/``
    files): ``data -> True`` when ``data`` surely conforms, False when not sure."""
    by_id = {s["$id"]: s for s in schemas.values()}
    by_name = {s["$id"].rsplit("/", 1)[1]: s["$id"] for s in schemas.values()}

    nodes: dict[str, Node | None] = {}  # None: being compiled (a cycle is not followed)

    def resolve(ref: str) -> Node:
        doc, _, frag = ref.partition("#")
        uri = doc if doc in by_id else by_name.get(doc.rsplit("/", 1)[-1], "")
        key = f"{uri}#{frag}"
        if key in nodes:
            done = nodes[key]
            if done is None:
                raise Unsupported(ref)
            return done
        target: Any = by_id.get(uri)
        for part in filter(None, frag.split("/")):
            target = target.get(part) if isinstance(target, dict) else None
        if target is None:
            raise Unsupported(ref)
        nodes[key] = None
        nodes[key] = node = Node(target, resolve, uri)
        return node

    uri = schemas[kind]["$id"]
    root = Node(schemas[kind], resolve, uri)
    taps: dict[str, Tap] = {}
    for key, node in nodes.items():  # the kind's own $defs of objects
        name = key.removeprefix(f"{uri}#/$defs/")
        if node is not None and name != key and "/" not in name and (node.props or node.required):
            node.tap = taps[name] = Tap()
    return Proof(root, taps)
