"""The static offline HTML viewer: one page per document and an index, templates and assets as package files.

:func:`render_view` writes ``index.html`` (every document with its outlet, split and
span counts per label) and one ``<doc_id>.html`` per document showing

* the text, paragraph by paragraph, every span coloured by its label: the labels of the
  entity and count layers as background highlights, the attribution layer as underlines
  (nested or overlapping attribution spans get separate underline levels);
* COUNT attributes in a superscript badge and tooltip, and COUNT_OF: hovering a count
  outlines what it counts;
* attribution records: each SOURCE/CUE/CONTENT span carries the badge of its record
  ids (``A1``...); a table lists the records, and hovering a span or a row outlines all
  spans of the record;
* entity links in each mention's tooltip, and a table of the document's entities with
  their GeoNames id and coordinates; hovering a mention outlines the other mentions of
  the same entity;
* heading and boilerplate segments marked as such;
* a legend of the labels and their colours.

Pages use no external resource at all: CSS and a few lines of JavaScript are inline
(read from ``assets/``), and a Content-Security-Policy (with hashes of exactly that CSS
and script) forbids loading anything else. Every piece of corpus text is HTML-escaped.
Output is deterministic: the same corpus gives the same bytes. Colours are generated
from the order of the ``label`` vocabulary, never from a hard-coded label list.

Modules: ``page`` (shared parts, templates, assets, colours), ``nesting`` (overlapping
spans as nested HTML), ``document`` and ``index`` (the two kinds of page), ``render``
(writing the folder).
"""

from .document import render_document
from .index import render_index
from .page import LabelColour, ViewError, label_colours, page_name
from .render import render_view

__all__ = ["LabelColour", "ViewError", "label_colours", "page_name", "render_document", "render_index", "render_view"]
