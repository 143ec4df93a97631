"""The open-class word lists (actor and place heads, names, category verbs): :class:`Lexicon`.

Why a class of its own: these are the lists that grow with new text, and the ones a
gold-derived baseline adds to, so they are passed to the annotator per call
(``Lexicon.default()``, or extended leave-one-document-out) rather than read globally
like the closed-class :mod:`~ghouta_corpus.annotate.tables`.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from ..model.records import Document
from .lexicons import frozen, load


@dataclass(frozen=True)
class Lexicon:
    """The open-class word lists the annotator reads.

    Kept apart from the closed-class tables (determiners, prepositions, ...) because
    these are the ones that grow with new text and the ones a gold-derived baseline
    adds to. Mappings are read-only views; build a new lexicon with :meth:`extended`.

    - ``actor_heads``: common-noun head (one or two lower-case words) -> actor_type;
    - ``neutral_heads``: heads whose side comes from their modifiers;
    - ``modifier_types``: modifier word -> the actor_type it gives a neutral head;
    - ``premodifiers``: lower-case words kept before a head;
    - ``place_heads``: common-noun LOCATION heads;
    - ``names``: proper name -> ((label, actor_type, entity_id), ...);
    - ``actor_phrases``: a whole lower-case NOM ACTOR phrase -> actor_type;
    - ``category_verbs``: verb form -> COUNT category, or ``lodging`` (a verb of
      lodging people, sheltering, hosting: not a category; the story decides it,
      see ``categories._lodged``).
    """

    actor_heads: Mapping[str, str] = field(hash=False)
    neutral_heads: frozenset[str] = field(hash=False)
    modifier_types: Mapping[str, str] = field(hash=False)
    premodifiers: frozenset[str] = field(hash=False)
    place_heads: frozenset[str] = field(hash=False)
    names: Mapping[str, tuple[tuple[str, str | None, str | None], ...]] = field(hash=False)
    actor_phrases: Mapping[str, str] = field(hash=False)
    category_verbs: Mapping[str, str] = field(hash=False)

    @classmethod
    def default(cls) -> Lexicon:
        """The lexicon files' terms (``actors.json``, ``places.json``, ``categories.json``)."""
        return _default_lexicon()

    @classmethod
    def from_gold(cls, docs: Iterable[Document]) -> Lexicon:
        """Terms read off gold annotation documents: each NOM ACTOR head and whole phrase
        with its (most frequent) actor_type, each NOM LOCATION head, the lower-case
        pre-modifiers of NOM mentions, and each NAM name with its label, actor_type and
        entity id. Only what the documents given contain: pass the *other* documents
        when the result is scored on one of them."""
        heads: dict[str, Counter[str]] = defaultdict(Counter)
        phrases: dict[str, Counter[str]] = defaultdict(Counter)
        places: set[str] = set()
        mods: set[str] = set()
        names: dict[str, Counter[tuple[str, str | None, str | None]]] = defaultdict(Counter)
        for d in docs:
            for s in d.spans:
                if s.label not in ("ACTOR", "LOCATION"):
                    continue
                if s.mention_type == "NAM":
                    names[s.text][(s.label, s.actor_type, s.entity_id)] += 1
                    continue
                ws = re.findall(r"[^\W\d_]+(?:-[^\W\d_]+)*", s.text)
                if not ws:
                    continue
                head = ws[-1].lower()
                nominal = not re.search(r"(ed|ing)$", head)
                if s.label == "ACTOR":
                    phrases[s.text.lower()][s.actor_type or "other"] += 1
                    if nominal:
                        heads[head][s.actor_type or "other"] += 1
                elif nominal:
                    places.add(head)
                mods.update(w.lower() for w in ws[:-1] if w[0].islower())
        return cls(
            actor_heads=frozen({h: c.most_common(1)[0][0] for h, c in heads.items()}),
            neutral_heads=frozenset(),
            modifier_types=frozen({}),
            premodifiers=frozenset(mods),
            place_heads=frozenset(places),
            names=frozen({n: tuple(e for e, _ in c.most_common()) for n, c in names.items()}),
            actor_phrases=frozen({p: c.most_common(1)[0][0] for p, c in phrases.items()}),
            category_verbs=frozen({}),
        )

    def extended(self, other: Lexicon) -> Lexicon:
        """This lexicon with ``other``'s terms added. A head already here keeps its
        type (a gold head type comes from a few mentions and would overrule the
        curated default: 'groups' of people vs 'rebel groups'); whole phrases, names
        and category verbs of ``other`` win, being the more specific."""
        names: dict[str, tuple[Any, ...]] = dict(self.names)
        for n, entries in other.names.items():
            names[n] = tuple(dict.fromkeys((*entries, *names.get(n, ()))))
        return Lexicon(
            actor_heads=frozen({**other.actor_heads, **self.actor_heads}),
            neutral_heads=self.neutral_heads | other.neutral_heads,
            modifier_types=frozen({**self.modifier_types, **other.modifier_types}),
            premodifiers=self.premodifiers | other.premodifiers,
            place_heads=self.place_heads | other.place_heads,
            names=frozen(names),
            actor_phrases=frozen({**self.actor_phrases, **other.actor_phrases}),
            category_verbs=frozen({**self.category_verbs, **other.category_verbs}),
        )


def noun_heads() -> tuple[dict[str, str], set[str], set[str]]:
    """The broad noun lists of ``nouns.json``: actor head -> type, the neutral ones,
    and the place heads."""
    nouns = load("nouns")
    heads: dict[str, str] = {}
    neutral: set[str] = set()
    for entry in nouns["actor_lists"].values():
        for w in entry["words"]:
            heads[w] = entry["type"]
            if entry.get("neutral"):
                neutral.add(w)
    places = {w for ws in nouns["place_lists"].values() for w in ws} | set(nouns["place_needs_the"])
    return heads, neutral, places


@lru_cache(maxsize=1)
def _default_lexicon() -> Lexicon:
    """Read once: the files do not change while the process runs. ``actors.json`` and
    ``places.json`` keep their entries where ``nouns.json`` lists the same word."""
    a, p, c = load("actors"), load("places"), load("categories")
    heads, neutral, places = noun_heads()
    return Lexicon(
        actor_heads=frozen({**heads, **a["heads"]}),
        neutral_heads=frozenset(a["neutral_heads"]) | {h for h in neutral if h not in a["heads"]},
        modifier_types=frozen(a["modifier_types"]),
        premodifiers=frozenset(w.lower() for w in a["premodifiers"]),
        place_heads=frozenset((*p["heads"], *p["heads_needing_the"], *places)),
        names=frozen({n: ((v[0], v[1], None),) for n, v in a["names"].items()}),
        actor_phrases=frozen({}),
        category_verbs=frozen(c["verbs"]),
    )
