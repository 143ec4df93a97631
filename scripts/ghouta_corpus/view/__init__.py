"""The static offline HTML viewer: one page per document and an index, templates and assets as package files.

:func:`render_view` writes ``index.html`` (every document with its outlet, split and
span counts per label; the claim groups across documents, each claim with a link to its
COUNT; the event table with links to every mention; the entity table) and one
``<doc_id>.html`` per document showing

* the text, paragraph by paragraph, every span coloured by its label: the labels of the
  entity, count, time and event layers as background highlights, the attribution layer
  as underlines (nested or overlapping attribution spans get separate underline levels);
* COUNT attributes in a superscript badge and tooltip, and COUNT_OF: hovering a count
  outlines what it counts;
* TIME spans with their resolved value in the badge; the tooltip gives ``timex_type``,
  ``value_text``, the resolved ``value`` with the calendar days it covers, ``mod`` and
  the ``anchor`` (a link to the TIME span, or the DCT with its date and basis);
* EVENT triggers with their type (and polarity, modality where not the default) in the
  badge; the tooltip gives the event (a link to its row in the index) and every
  argument as ``role → “text”``, each a link to the argument span, which is outlined
  while the trigger or the link is hovered;
* a timeline of the document's event mentions, ordered by the calendar days of the
  date each has (its ``time`` arguments, else its event's time in the event table),
  the undated ones last;
* attribution records: each SOURCE/CUE/CONTENT span carries the badge of its record
  ids (``A1``...); a table lists the records, and hovering a span or a row outlines all
  spans of the record;
* entity links in each mention's tooltip, and a table of the document's entities with
  their GeoNames id and coordinates; hovering a mention outlines the other mentions of
  the same entity;
* tables of the counts, time expressions and event mentions;
* heading and boilerplate segments marked as such;
* a legend of the labels and their colours.

Tooltips (``tips``) are shown on hover and on keyboard focus: every span is a Tab stop,
Enter moves into the tooltip's links and Escape leaves it; each span also keeps a plain
``title`` with the same lines for a browser without scripts.

Pages use no external resource at all: CSS and a few lines of JavaScript are inline
(read from ``assets/``), and a Content-Security-Policy (with hashes of exactly that CSS
and script) forbids loading anything else. Every piece of corpus text is HTML-escaped.
Output is deterministic: the same corpus gives the same bytes. Colours are generated
from the order of the ``label`` vocabulary, never from a hard-coded label list.

Modules: ``page`` (shared parts, templates, assets, colours), ``nesting`` (overlapping
spans as nested HTML), ``tips`` (tooltips as titles and HTML blocks), ``context`` (what
a document page looks up once), ``dates`` (the time layer and the timeline), ``events``
(the event layer and the event table), ``claims`` (the index's claim groups),
``document`` and ``index`` (the two kinds of page), ``render`` (writing the folder).
"""

from .dates import DatedMention, dated_mentions
from .document import render_document
from .events import load_events
from .index import render_index
from .page import LabelColour, ViewError, label_colours, page_name
from .render import render_view

__all__ = ["DatedMention", "LabelColour", "ViewError", "dated_mentions", "label_colours", "load_events", "page_name",
           "render_document", "render_index", "render_view"]
