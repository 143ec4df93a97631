"""The annotator's pipeline: the stages in order (:data:`STAGES`) and :func:`annotate_text`, which runs them.

Why a list of stages: each stage reads what the ones before it found in the shared
:class:`~ghouta_corpus.annotate.assemble.Draft` and adds its own layer, so the order
is the whole design, and adding a stage (time, events) is one function and one
entry here; the layer's rules live in its own module.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from ..model.records import Document
from .assemble import Draft, Row, assemble
from .attribution import find_records
from .context import Ctx, Mention
from .coreference import link_noms
from .counts import count_spans, link_counts
from .events import find_triggers, link_arguments
from .learned import relabel
from .lexicon import Lexicon
from .linking import link_entities, source_entities
from .mentions import find_mentions
from .states import set_state_label, state_code
from .time_values import resolve
from .times import find_times
from .words import is_cap


def _counts(d: Draft) -> None:
    ctx = d.ctx
    d.counts = count_spans(ctx.text, ctx.ws, ctx.lows, ctx.T)
    d.blocked = {k for s, e, _ in d.counts for k in range(s, e)}


def _times(d: Draft) -> None:
    d.times = resolve(d.ctx, find_times(d.ctx, d.blocked), d.dct)
    d.blocked |= {k for t in d.times for k in range(t.i, t.j)}


def _mentions(d: Draft) -> None:
    d.mentions = find_mentions(d.ctx, d.blocked)


def _count_of(d: Draft) -> None:
    d.count_links = link_counts(d.ctx, d.counts, d.mentions, d.blocked)


def _learned_category(d: Draft) -> None:
    """The learned COUNT category (:mod:`.learned`) where its model is switched on."""
    relabel(d.ctx, d.counts, d.count_links)


def _attributions(d: Draft) -> None:
    d.records = find_records(d.ctx)


def _speaking_places(d: Draft) -> None:
    """A country or capital that heads an attribution's source speaks: an ACTOR (G8)."""
    ctx = d.ctx
    source_ends = {s: e for r in d.records for s, e in r.source}
    actors = [a for a in d.mentions if a.label == "ACTOR"]

    def titled_person_after(m: Mention, end: int) -> bool:
        """Kyiv in 'Kyiv Mayor X said': the place of a title before the speaker's name (G17)."""
        return any(a.i > m.j and ctx.ws[a.i].start < end and all(is_cap(ctx.ws[x].text) for x in range(m.j, a.i))
                   for a in actors)

    for m in d.mentions:
        end = source_ends.get(ctx.ws[m.i].start)
        if m.label == "LOCATION" and m.mtype == "NAM" and end is not None and state_code(ctx, m) is not None \
                and not titled_person_after(m, end):
            set_state_label(ctx, m, True)


def _entities(d: Draft) -> None:
    d.entity_ids, d.entity_rows = link_entities(d.ctx, d.mentions)


def _nom_links(d: Draft) -> None:
    d.nom_links = link_noms(d.ctx, d.mentions, d.entity_ids, d.entity_rows)


def _events(d: Draft) -> None:
    d.events = find_triggers(d.ctx)
    link_arguments(d.ctx, d.events, d.mentions, d.counts, d.times)


def _source_entities(d: Draft) -> None:
    d.source_entities = source_entities(d.ctx, d.records, d.mentions, d.entity_ids)


# (layer, stage) in the order they run: each may use what the ones before it found.
STAGES: tuple[tuple[str, Callable[[Draft], None]], ...] = (
    ("COUNT", _counts),
    ("TIME spans and values (G88-G98)", _times),
    ("ACTOR and LOCATION mentions", _mentions),
    ("COUNT_OF, COUNTED and count categories", _count_of),
    ("learned count categories (off unless its model is switched on)", _learned_category),
    ("attribution records", _attributions),
    ("countries and capitals that speak (G8)", _speaking_places),
    ("entities", _entities),
    ("NOM links (G30, G113)", _nom_links),
    ("source entities (G60)", _source_entities),
    ("EVENT triggers and arguments (G99-G107)", _events),
)


def annotate_text(text: str, doc_id: str, lexicon: Lexicon | None = None,
                  dct: date | None = None) -> tuple[Document, list[Row]]:
    """A draft annotation of ``text`` and draft entity rows for its NAM mentions.

    The Document has status ``draft``, every span ``origin: auto``, span ids in
    canonical order (T1..), relations R1.. and attributions A1.. in text order. Every
    NAM mention links to one of the returned rows (label and actor_type agree), NOM
    mentions link to nothing. Merge the rows into ``entities.json`` (by entity_id)
    before validating the draft against a dataset.

    ``lexicon`` defaults to ``Lexicon.default()``; pass one extended with gold terms
    of *other* documents only when scoring (see :class:`Lexicon`). ``dct``, the document
    creation time, resolves TIME values (G94); without it ``value`` is ``value_text``.

    >>> doc, rows = annotate_text("Some 1,500 fighters left Harasta, the army said.", "d")
    >>> [(s.label, s.text) for s in doc.spans if s.label in ("COUNT", "LOCATION")]
    [('COUNT', 'Some 1,500'), ('LOCATION', 'Harasta')]
    """
    return assemble(draft(text, lexicon, dct), doc_id)


RULE_CATEGORIES = "COUNT_OF, COUNTED and count categories"
"""The stage after which every COUNT has the rules' category (what the learned model reads)."""


def draft(text: str, lexicon: Lexicon | None = None, dct: date | None = None, until: str | None = None) -> Draft:
    """The :class:`Draft` of ``text`` after every stage, or after the stage named
    ``until`` (a layer of :data:`STAGES`, e.g. :data:`RULE_CATEGORIES`, which the
    training of the learned category stops at)."""
    d = Draft(Ctx(text, lexicon or Lexicon.default()), dct=dct)
    for layer, stage in STAGES:
        stage(d)
        if layer == until:
            break
    return d
