"""The parts every page shares: names, escaping, label colours and CSS, the legend, the page template.

The page skeleton, the stylesheet and the script are package files
(``templates/page.html``, ``assets/viewer.css``, ``assets/viewer.js``); only the CSS
of the label colours, which the vocabulary decides, is generated here. Pages load
nothing: the Content-Security-Policy carries the hashes of exactly the inline style
and script of the page.
"""

from __future__ import annotations

import base64
import colorsys
import hashlib
import html
from functools import cache
from pathlib import Path
from string import Template
from typing import Any, NamedTuple
from urllib.parse import quote

from ..errors import DataError
from ..io import load_text
from ..model.records import LABEL_ATTRIBUTES, Document, Entity, Span, label_layers
from ..model.vocab import vocab

_HERE = Path(__file__).resolve().parent

# Layers drawn as underlines (they nest and overlap); every other layer is drawn as a
# background highlight (those layers do not overlap within themselves).
UNDERLINED_LAYERS = frozenset({"attribution"})
# Symbols for COUNT modifiers in the badge; an unknown modifier is shown by name.
MODIFIER_SYMBOL = {"exact": "", "approximately": "≈", "at_least": "≥", "more_than": ">",
                   "at_most": "≤", "less_than": "<", "vague": "~"}
DEFAULT_ROLE = "body"


class ViewError(DataError):
    """The view cannot be written (unusable document id, output path in the way)."""


class LabelColour(NamedTuple):
    light: str  # background highlight, "#rrggbb"
    strong: str  # underline, badge and swatch border, "#rrggbb"


def _hex(h: float, lightness: float, saturation: float) -> str:
    r, g, b = colorsys.hls_to_rgb(h, lightness, saturation)
    return "#" + "".join(f"{round(c * 255):02x}" for c in (r, g, b))


def label_colours() -> dict[str, LabelColour]:
    """One colour pair per label, hues spread evenly in the order of ``vocab("label")``."""
    labels = vocab("label")
    n = max(len(labels), 1)
    return {lab: LabelColour(_hex(i / n, 0.84, 0.85), _hex(i / n, 0.38, 0.75)) for i, lab in enumerate(labels)}


def page_name(doc_id: str) -> str:
    """The file name of a document's page (``<doc_id>.html``)."""
    if (not doc_id or doc_id in (".", "..") or doc_id.startswith(".") or "/" in doc_id or "\\" in doc_id
            or "\x00" in doc_id or doc_id.lower() == "index"):
        raise ViewError(f"document id {doc_id!r} cannot name a page file")
    return f"{doc_id}.html"


# --------------------------------------------------------------------------- helpers

def esc(value: Any) -> str:
    return html.escape("" if value is None else str(value), quote=True)


def hl_key(kind: str, ident: str) -> str:
    """A highlight key without spaces (keys are space-separated in data-k/data-hl)."""
    return kind + ":" + quote(ident, safe="")


def anchor(kind: str, ident: str) -> str:
    return f"{kind}-{quote(ident, safe='')}"


def num(v: Any) -> str:
    if v is None:
        return "–"
    if isinstance(v, bool):
        return str(v)
    if isinstance(v, int):
        return f"{v:,}"
    if isinstance(v, float) and v.is_integer():
        return f"{int(v):,}"
    return repr(v)


def quote_text(text: str, limit: int = 60) -> str:
    t = " ".join(text.split())
    return "“" + (t if len(t) <= limit else t[: limit - 1] + "…") + "”"


def label_class() -> dict[str, str]:
    return {lab: f"l{i}" for i, lab in enumerate(vocab("label"))}


def layer_of() -> dict[str, str]:
    return {lab: layer for layer, labs in label_layers().items() for lab in labs}


def underlined(label: str) -> bool:
    return layer_of().get(label) in UNDERLINED_LAYERS


def is_count(label: str) -> bool:
    """Labels whose spans carry a normalised number (COUNT)."""
    return "value" in LABEL_ATTRIBUTES.get(label, ())


def count_badge(s: Span) -> str:
    unit = "%" if s.unit == "percent" else ""
    if s.value is not None:
        sym = MODIFIER_SYMBOL.get(s.modifier or "", f"{s.modifier} ")
        number = f"{sym}{num(s.value)}{unit}"
    else:
        if s.min is not None and s.max is not None:
            rng = f"{num(s.min)}–{num(s.max)}{unit}"
        elif s.min is not None:
            rng = f"≥{num(s.min)}{unit}"
        elif s.max is not None:
            rng = f"≤{num(s.max)}{unit}"
        else:
            rng = "?"
        number = f"{MODIFIER_SYMBOL.get(s.modifier or '', '')}{rng}"
    return f"{number} {s.category}" if s.category else number


def geo_cells(ent: Entity | None) -> str:
    if ent is None:
        return '<td class="muted">–</td><td class="muted">–</td><td class="muted">not in the entity table</td>'
    gid = esc(ent.geonames_id) if ent.geonames_id is not None else '<span class="muted">–</span>'
    coords = (f"{esc(ent.latitude)}, {esc(ent.longitude)}" if ent.latitude is not None and ent.longitude is not None
              else '<span class="muted">–</span>')
    return f'<td class="n">{gid}</td><td class="n">{coords}</td><td>{esc(ent.geonames_note or "")}</td>'


def label_counts(doc: Document) -> dict[str, int]:
    counts = {lab: 0 for lab in vocab("label")}
    for s in doc.spans:
        counts[s.label] = counts.get(s.label, 0) + 1
    return counts


# --------------------------------------------------------------------------- templates and assets

@cache
def template(name: str) -> Template:
    """``templates/<name>`` as a :class:`string.Template` (``$name`` placeholders)."""
    return Template(load_text(_HERE / "templates" / name))


@cache
def asset(name: str) -> str:
    """The text of ``assets/<name>``."""
    return load_text(_HERE / "assets" / name)


def stylesheet(max_level: int) -> str:
    """The text of a page's style element: the stylesheet, then the label colours."""
    return "\n" + asset("viewer.css") + label_css(max_level)


def label_css(max_level: int) -> str:
    cls = label_class()
    rules = []
    for lab, col in label_colours().items():
        c = cls[lab]
        rules.append(f".m.{c}{{background-color:{col.light};box-shadow:inset 0 0 0 1px {col.strong}}}")
        rules.append(f".a.{c}{{border-bottom-color:{col.strong}}}")
        rules.append(f".b.{c}::after,.r.{c}::before{{background:{col.strong}}}")
        rules.append(f".sw.{c}{{background:{col.light};border-color:{col.strong}}}")
    for lv in range(max_level + 1):
        rules.append(f".a.v{lv}{{padding-bottom:{1 + 5 * lv}px}}")
    return "\n".join(rules) + "\n"


def _csp_hash(text: str) -> str:
    return "sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii")


def page(title: str, style: str, body: str) -> str:
    """A whole HTML page: ``body`` (ending with a newline) in ``templates/page.html``,
    with the inline ``style`` and the viewer script allowed by hash and nothing else."""
    script = asset("viewer.js").rstrip("\n")
    csp = (f"default-src 'none'; style-src '{_csp_hash(style)}'; script-src '{_csp_hash(script)}'; "
           "img-src 'none'; base-uri 'none'; form-action 'none'")
    return template("page.html").substitute(csp=esc(csp), title=esc(title), style=style, body=body, script=script)


def legend() -> str:
    cls = label_class()
    layers = layer_of()
    items = []
    for lab, col in label_colours().items():
        how = "underline" if underlined(lab) else "highlight"
        layer = layers.get(lab, "?")
        tip = f"{lab}: {layer} layer, {how}, {col.light} / {col.strong}"
        items.append(f'<span class="lg" title="{esc(tip)}">'
                     f'<span class="sw {cls[lab]}"></span>{esc(lab)} <span class="muted">({esc(layer)})</span></span>')
    roles = [r for r in vocab("segment_role") if r != DEFAULT_ROLE]
    for role in roles:
        items.append(f'<span class="lg"><span class="seg f role-nonbody role-{esc(role)}" data-role="{esc(role)}">'
                     f'{esc(role)} segment</span></span>')
    underl = ", ".join(lab for lab in vocab("label") if underlined(lab))
    hl = ", ".join(lab for lab in vocab("label") if not underlined(lab))
    items.append(f'<span class="how">Background highlight: {esc(hl)}. Underline: {esc(underl)} '
                 "(nested spans get separate underline levels; the badge names the attribution record). "
                 "Badges: a COUNT's normalised number and category, a TIME span's resolved value (and mod), an EVENT "
                 "trigger's type (and polarity and modality where not positive, asserted). Hover a count to outline "
                 "what it counts, an attribution span or record row to outline the whole record, a mention or entity "
                 "row to outline the mentions of the entity, an EVENT trigger to outline its arguments and the other "
                 "mentions of its event. Tooltips give all attributes, with links to the spans they name; every span "
                 "is a keyboard stop (Tab), showing its tooltip on focus: Enter moves into the tooltip's links, Escape "
                 "leaves it.</span>")
    return '<div class="legend" id="legend">' + "".join(items) + "</div>"
