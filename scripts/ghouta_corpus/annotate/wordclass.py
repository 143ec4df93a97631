"""English word classes from a broad lexicon: which words can be verbs, nouns, plurals.

Why a library and not more word lists: the rules kept growing hand lists of verbs
(which -ing words open a clause, which words stop a noun phrase); LemmInflect ships
the inflections of the SPECIALIST lexicon (about 100,000 English lemmas, MIT
licence, read offline from the package), so "can this word be a verb?" is answered
for English, not for the words one article used. One home: every rule that asks what
part of speech a word may be asks here.
"""

from __future__ import annotations

import importlib.util
import sys
from collections.abc import Mapping
from functools import cache, lru_cache
from types import MappingProxyType
from typing import Any


@cache
def _lexicon() -> tuple[Any, Any]:
    """LemmInflect's lemmatizer and inflector (singletons: the tables load on first use),
    loaded on the first question asked, without running ``lemminflect/__init__.py``.

    Why: that ``__init__`` imports spaCy whenever it is installed (the test extra
    installs it) to register token extensions the annotator never uses, about 0.9 s of
    CPU in every process that imports the annotator (each CLI ``annotate``, ``add``,
    ``baseline``). The package object is made from its spec without executing it, only
    while its ``core`` modules load (they import their siblings relatively), then taken
    out of ``sys.modules``, so a later ``import lemminflect`` runs the real ``__init__``,
    which finds the same core modules loaded and shares their singletons. Where
    LemmInflect is already imported it is used as it is.
    """
    if "lemminflect" in sys.modules:
        from lemminflect.core.Inflections import Inflections
        from lemminflect.core.Lemmatizer import Lemmatizer
        return Lemmatizer(), Inflections()
    spec = importlib.util.find_spec("lemminflect")
    if spec is None:
        raise ImportError("lemminflect is not installed")
    sys.modules["lemminflect"] = importlib.util.module_from_spec(spec)
    try:
        from lemminflect.core.Inflections import Inflections
        from lemminflect.core.Lemmatizer import Lemmatizer
    finally:
        del sys.modules["lemminflect"]
    return Lemmatizer(), Inflections()


@lru_cache(maxsize=65536)
def _all_lemmas(low: str) -> Mapping[str, tuple[str, ...]]:
    """``lemminflect.getAllLemmas(low)``: each part of speech and its lemmas, read-only.
    Cached: lemminflect deep-copies its table entry on every call, and the category
    rules ask :func:`lemma` of the same word once per figure that looks past it (a
    long sentence of many figures asked it millions of times)."""
    return MappingProxyType(dict(_lexicon()[0].getAllLemmas(low, None)))


@lru_cache(maxsize=65536)
def _classes(low: str) -> frozenset[str]:
    """The parts of speech the lexicon gives ``low`` (lower-cased): VERB, NOUN, ADJ, ..."""
    return frozenset(_all_lemmas(low))


def word_classes(low: str) -> frozenset[str]:
    """Every part of speech the lexicon gives the lower-cased word (empty if it knows none)."""
    return _classes(low)


def can_be_verb(low: str) -> bool:
    """Whether the lower-cased word is a form of some English verb (pulled, sees, sleeping)."""
    return "VERB" in _classes(low)


def only_verb(low: str) -> bool:
    """Whether the word is a verb form and nothing else the lexicon knows (pulled, argue;
    not crater, floor, dead), or a past form in -ed that is also an adjective (armed,
    forced): a word that ends a noun phrase and opens its predicate."""
    cl = _classes(low)
    return "VERB" in cl and ("NOUN" not in cl and ("ADJ" not in cl or low.endswith("ed")))


def lemma(low: str, pos: str = "VERB") -> str | None:
    """The lemma of the lower-cased word as a ``pos`` (VERB, NOUN), if the lexicon knows one."""
    forms = _all_lemmas(low).get(pos)
    return forms[0] if forms else None


@lru_cache(maxsize=16384)
def is_plural_noun(low: str) -> bool:
    """Whether the lower-cased word can be the plural of an English noun, regular or not
    (children, nationalities). A word that is its own noun lemma is a plural only where
    the lexicon's first plural form of it is itself (sheep; not crossing, whose first
    plural is crossings); any other word is one where it is among its lemma's plural
    forms."""
    base = lemma(low, "NOUN")
    if base is None:
        return False
    plurals = _lexicon()[1].getInflection(base, "NNS", True)   # lemminflect.getInflection(base, tag="NNS")
    return bool(plurals) and (plurals[0] == low if low == base else low in plurals)


@lru_cache(maxsize=16384)
def is_past_form(low: str) -> bool:
    """Whether the lower-cased word is the simple past or the past participle of an English
    verb, also one written like its base (cut, hit, put, run): lemminflect.getInflection(lemma,
    tag="VBD") and tag="VBN"."""
    base = lemma(low)
    inflect = _lexicon()[1].getInflection
    return base is not None and low in (*(inflect(base, "VBD", True) or ()), *(inflect(base, "VBN", True) or ()))
