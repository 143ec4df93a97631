"""A learned COUNT category (issue 11, round ten): features of a figure's clause and a linear model over them.

Why a model beside the rules: five sealed parts scored the rules' category at 0.62-0.76
while the dev set they were written against read 0.93; every round of rules fitted the
text it was written for. A linear model over the words around a figure, the counted
noun, the nearest verbs, the story and the rules' own category learns from every
annotated COUNT at once (where to trust the rules, which words overrule them), and its
estimate is cross-validated by document (``python -m ghouta_corpus.dev.train_category
--cv``) before it is switched on.

One file for both sides: :func:`count_features` is what the training command computes
for each gold COUNT and what the annotator computes at draft time, so the two never
see different features. The weights live in ``data/category_model.json``, written only
by the training command; :func:`relabel` applies them where the file says the model is
switched on (``switched_on``), else changes nothing. No names, ids or numbers are
features: only lower-case alphabetic words, lemmatised by LemmInflect
(:mod:`.wordclass`), and the category names of the rules.
"""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Any

from .context import Ctx, Mention
from .counts import Count, CountLinks
from .lexicons import load
from .movement import movement_kind
from .wordclass import can_be_verb, lemma

MODEL_FILE = "category_model.json"
# Words each side of the figure whose lemmas are features of their own (nearer is stronger).
WINDOW = 3
# Function words: no evidence of what happened to the counted, and too common to weigh.
_STOP = frozenset("the a an of and or to in on at for by with from as that this these those is are was were be "
                  "been being has have had it its their his her they he she we our which who whom than but not "
                  "into about some more".split())


def _lemma(low: str) -> str:
    """The word's verb lemma, else its noun lemma, else the word (lower-case)."""
    return lemma(low) or lemma(low, "NOUN") or low


def _word(ctx: Ctx, k: int) -> str | None:
    """The feature form of word k: a lemma of a lower-case alphabetic word (or one that
    opens its sentence), or None for names, numbers, punctuation and function words."""
    w = ctx.ws[k].text
    if not w.isalpha() or not w.isascii() or (not w.islower() and not ctx.initial[k]):
        return None
    low = w.lower()
    return None if low in _STOP else _lemma(low)


def _verb_near(ctx: Ctx, ks: range) -> str | None:
    """The first word of ``ks`` (in its order) that can be a verb, as a lemma."""
    for k in ks:
        w = _word(ctx, k)
        if w is not None and can_be_verb(ctx.lows[k]):
            return w
    return None


def _head(ctx: Ctx, targets: list[Mention]) -> list[str]:
    """The counted noun's head (the last word of each target), or the label of a name."""
    out = []
    for m in targets:
        w = _word(ctx, m.j - 1)
        out.append(f"head={w}" if w is not None and m.mtype != "NAM" else f"head={m.label}:{m.mtype}")
    return out or ["head=none"]


def story_features(ctx: Ctx) -> list[str]:
    """What the whole document tells of: the rules' kind of movement of the story and
    which of ``data/learned.json``'s story lemmas occur in it (one pass over its words)."""
    wanted = frozenset(load("learned")["story_lemmas"])
    seen = {w for k in range(ctx.n) if (w := _word(ctx, k)) is not None and w in wanted}
    return [f"story={movement_kind(ctx)}"] + [f"doc={w}" for w in sorted(seen)]


def count_features(ctx: Ctx, count: Count, rule: str, targets: list[Mention], story: list[str]) -> list[str]:
    """The features of one COUNT (words [s, e)): the rules' category, the lemmas of its
    sentence, of a window each side (by distance), the counted noun's head, the nearest
    verb before the figure and after it and its counted noun in the sentence, whether
    it is quoted or in a heading, and the document's ``story`` features
    (:func:`story_features`). Sorted, without repeats."""
    s, e, _ = count
    lo, hi = ctx.seg_range(s)
    out = {f"rule={rule}", f"role={ctx.role(s)}", f"quoted={ctx.quote_around(s) is not None}"}
    out.update(f"sent={w}" for k in range(lo, hi) if not s <= k < e and (w := _word(ctx, k)) is not None)
    for d in range(1, WINDOW + 1):
        if s - d >= lo and (w := _word(ctx, s - d)) is not None:
            out.add(f"L{d}={w}")
        if e + d - 1 < hi and (w := _word(ctx, e + d - 1)) is not None:
            out.add(f"R{d}={w}")
    out.add(f"vb={_verb_near(ctx, range(s - 1, lo - 1, -1))}")
    past = max([e] + [m.j for m in targets if e <= m.i < hi])   # past the counted noun ('300 people fled')
    out.add(f"va={_verb_near(ctx, range(past, hi))}")
    out.update(_head(ctx, targets))
    out.update(story)
    return sorted(out)


def document_features(ctx: Ctx, counts: list[Count], links: CountLinks) -> dict[int, list[str]]:
    """The features of every COUNT of a draft, by the count's first word."""
    story = story_features(ctx) if counts else []
    targets: dict[int, list[Mention]] = {}
    for cnt, t in links.links:
        targets.setdefault(cnt[0], []).append(t)
    return {c[0]: count_features(ctx, c, links.categories.get(c[0], "other"), targets.get(c[0], []), story)
            for c in counts}


@cache
def load_model() -> dict[str, Any]:
    """The committed model (``data/category_model.json``), or an empty one switched off
    where none was trained yet."""
    path = resources.files("ghouta_corpus.annotate") / "data" / MODEL_FILE
    if not path.is_file():
        return {"switched_on": False, "classes": [], "bias": [], "weights": {}}
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


def predict(model: dict[str, Any], feats: list[str]) -> str:
    """The class of highest score (bias plus the weights of the features the model
    knows; ties go to the first class in the model's order)."""
    classes, weights = model["classes"], model["weights"]
    scores = list(model["bias"])
    for f in feats:
        for i, w in enumerate(weights.get(f, ())):
            scores[i] += w
    best: str = classes[max(range(len(classes)), key=lambda i: (scores[i], -i))]
    return best


def relabel(ctx: Ctx, counts: list[Count], links: CountLinks, model: dict[str, Any] | None = None,
            on: bool | None = None) -> None:
    """Replace each COUNT's rule category by the model's, in place, where the model is
    switched on (``on``, default: the model file's ``switched_on``); otherwise nothing
    changes. The rules' category is one of the features, read before any is replaced."""
    model = load_model() if model is None else model
    if not (model.get("switched_on") if on is None else on) or not model.get("classes"):
        return
    feats = document_features(ctx, counts, links)
    for s, f in feats.items():
        links.categories[s] = predict(model, f)
