"""Fewer garbage collections during a pass over many documents.

A pass makes hundreds of container objects per document (the parsed file's dicts and
lists, a :class:`~ghouta_corpus.model.records.Document` and its spans, the rows'
tokens) and keeps almost none of them. With CPython's default threshold (a young
collection every 700 new containers) the collector ran many times per document and
each young collection walked the survivors; on the synthetic benchmark corpus
``build`` spent about an eighth of its CPU time there (500 documents: 9.0 s of CPU
with the default, 7.9 s with a young collection every 10,000 containers; issue 15).
At 10,000 the collector still took about 6% of ``build``'s CPU (1.5 s of 23 on 2,000
synthetic documents, timed by ``gc.callbacks``): the documents of the pending
batches (about 70,000 live containers: their spans, tokens and records) are walked
again by every young collection that finds them alive, and by every collection of
the middle generation. At 200,000 a young collection comes every few dozen
documents and the collector took 0.26 s (most of it while the libraries are
imported, before the pass), with the same peak RSS (520-570 MiB either way).

The pass makes little cyclic garbage (a document's objects refer down, not back),
and reference counting frees the rest at once, so collecting less often costs no
memory worth measuring (the benchmark's peak RSS says so). The older generations
keep their thresholds: a full collection still runs as often, counted in young
collections.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager

YOUNG = 200_000
"""Containers allocated between two young collections during a pass (CPython: 700)."""


@contextmanager
def fewer_collections() -> Iterator[None]:
    """Raise the young generation's threshold to :data:`YOUNG` (never lower it) for
    the ``with`` block, then put the previous thresholds back; nested uses keep the
    outer one's."""
    before = gc.get_threshold()
    if before[0] < YOUNG:
        gc.set_threshold(YOUNG, *before[1:])
    try:
        yield
    finally:
        gc.set_threshold(*before)


@contextmanager
def long_lived() -> Iterator[None]:
    """Build a table that lives as long as the process (the annotator's gazetteers:
    400,000 names) with the collector off, then move every object alive into the
    collector's permanent generation (``gc.freeze``) and put the collector back as it
    was.

    Every young collection would walk the table built so far only to find it alive
    (building the two GeoNames indexes took 3.9 s of CPU with the collector on, 2.2 s
    without), and every full collection afterwards would walk it again: a first
    ``annotate_text`` after the tables were built took 1.9 s, 0.7 s once they were
    frozen. Frozen objects are still freed by reference counting; only cyclic garbage
    among them would stay, and tables and imported modules make none."""
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
        gc.freeze()
    finally:
        if was_on:
            gc.enable()
