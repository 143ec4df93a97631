"""Entity linking: draft entity rows and ids for the NAM mentions, and each attribution's source entity (G60).

Why last: an entity's id, canonical name and actor type are read off all its
mentions at once, and a record's source entity off the linked mentions (and, for
'we', off the speaker's own record), so this runs after every mention and record
exists. Ids come from :func:`ghouta_corpus.model.ids.slug`, the one slug rule.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from typing import Any

from ..model.ids import slug
from . import gazetteer
from .attribution import Rec
from .context import Ctx, Mention
from .places import place_for

Row = dict[str, Any]


_PROVINCE = ("province", "governorate", "region", "oblast", "prefecture")
_CITY = ("city", "town")


def _sense_word(ctx: Ctx, m: Mention) -> str | None:
    """'province' or 'city' where the text calls this mention so (Idlib province, the
    city of Douma), else None."""
    lows = ctx.lows
    after = lows[m.j] if m.j < ctx.n else ""
    before = lows[m.i - 2] if m.i >= 2 and lows[m.i - 1] == "of" else ""
    for word in (after, before):
        if word in _PROVINCE:
            return "province"
        if word in _CITY:
            return "city"
    return None


def _senses(ctx: Ctx, mentions: list[Mention]) -> None:
    """A name that is both a province and its capital (G71): the province where the
    text says province of it, the city where it says city or town; a bare mention takes
    the province only where the text never calls the name a city. Province mentions are
    regions with an entity of their own (``<name>-province``)."""
    by_name: dict[str, list[tuple[Mention, str | None]]] = {}
    for m in mentions:
        if m.label == "LOCATION" and m.mtype == "NAM" and not m.region and not m.eid:
            by_name.setdefault(gazetteer.fold(ctx.mention_text(m)), []).append((m, _sense_word(ctx, m)))
    for name, ms in by_name.items():
        said = {w for _, w in ms if w}
        if "province" not in said:
            continue
        for m, w in ms:
            if w == "province" or (w is None and "city" not in said):
                m.region, m.place = True, None
                m.eid = slug(ctx.mention_text(m), fallback="place") + "-province"
                m.key = f"LOCATION:{name}:province"


def _groups(ctx: Ctx, mentions: list[Mention]) -> dict[tuple[str, str], list[Mention]]:
    """The NAM mentions grouped by entity: (label, lexicon id or grouping key)."""
    _senses(ctx, mentions)
    groups: dict[tuple[str, str], list[Mention]] = {}
    for m in mentions:
        if m.mtype != "NAM" or m.counted:
            continue
        key = (m.label, m.eid or m.key or f"{m.label}:{gazetteer.fold(ctx.mention_text(m))}")
        groups.setdefault(key, []).append(m)
    return groups


# An apostrophe inside a name word (Sana'a, N'Gaouré) joins its letters in the id.
_INNER_APOS = re.compile(r"(?<=[^\W\d_])['\u2019](?=[^\W\d_])")


def _entity_id(ctx: Ctx, label: str, canonical: str, known: str | None, used: set[str]) -> str:
    """The lexicon's id, else one made from the canonical name, unique in the document."""
    eid = known
    if not eid:
        # a place name used for its government (Damascus deny, regime ally Russia) is
        # another entity than the place (G29); naming it so keeps ids of drafts of
        # different documents from clashing when their rows are merged
        eid = slug(_INNER_APOS.sub("", canonical), fallback="entity")   # Hay'at: hayat, not hay-at
        if label == "ACTOR" and place_for(canonical, ctx.T, ctx.countries) is not None:
            eid += "-government"
    if not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", eid):
        eid = slug(eid, fallback="entity")
    base, k = eid, 2
    if eid in used:
        eid = f"{base}-{label.lower()}"
    while eid in used:
        eid, k = f"{base}-{k}", k + 1
    used.add(eid)
    return eid


def _geo(ctx: Ctx, canonical: str, aliases: list[str], ms: list[Mention]) -> dict[str, object]:
    """GeoNames fields of a LOCATION entity: a region has none; a gazetteer match is
    looked up in its country; else in the region's countries, then wherever a name
    matches exactly."""
    others = tuple(aliases[1:])
    place = next((m.place for m in ms if m.place is not None), None)
    if any(m.region for m in ms):
        return gazetteer.geo_fields(canonical, others, kind_hint="region")
    if place is not None and place.kind == "town":
        return gazetteer.town_fields(place, canonical)
    if place is not None:
        return gazetteer.geo_fields(canonical, others, countries=(place.country_code,))
    geo = gazetteer.geo_fields(canonical, others, countries=tuple(sorted(ctx.countries or ctx.T.nearby)))
    if geo["geonames_id"] is None:
        exact = [h for a in aliases for h in gazetteer.lookup(a) if gazetteer.fold(h.name) == gazetteer.fold(a)]
        if exact:
            geo = gazetteer.geo_fields(canonical, others, countries=(exact[0].country_code,))
    return geo


def _row(ctx: Ctx, label: str, ms: list[Mention], used: set[str]) -> Row:
    """The draft entity row of one group of mentions; its ACTOR mentions all get the
    entity's actor_type (validate's entity-actor-type), the first strong one's."""
    texts = list(dict.fromkeys(ctx.mention_text(m) for m in ms))
    canonical = max(texts, key=len) if label == "ACTOR" else texts[0]
    aliases = [canonical] + [t for t in texts if t != canonical]
    eid = _entity_id(ctx, label, canonical, ms[0].eid, used)
    atype = None
    if label == "ACTOR":
        strong = [m.atype for m in ms if m.strong and m.atype]
        atype = (strong or [m.atype for m in ms if m.atype] or ["other"])[0]
        for m in ms:
            m.atype = atype
    row: Row = {"entity_id": eid, "canonical_name": canonical, "label": label, "actor_type": atype, "aliases": aliases}
    if label == "LOCATION":
        row.update(_geo(ctx, canonical, aliases, ms))
    else:
        row.update({"geonames_id": None, "latitude": None, "longitude": None, "geonames_note": None})
    return row


def link_entities(ctx: Ctx, mentions: list[Mention]) -> tuple[dict[int, str], list[Row]]:
    """Draft entity rows for the NAM mentions, and each mention's entity id (keyed by
    ``id()`` of the mention)."""
    rows: list[Row] = []
    ids: dict[int, str] = {}
    used: set[str] = set()
    for (label, _), ms in _groups(ctx, mentions).items():
        row = _row(ctx, label, ms, used)
        rows.append(row)
        for m in ms:
            ids[id(m)] = row["entity_id"]
    return ids, rows


class _Named:
    """The named ACTOR mentions of a document, by end and by start, for look-ups by
    position (the linker runs once per record; a scan of all names each time would make
    a long text quadratic)."""

    def __init__(self, ctx: Ctx, mentions: list[Mention], ids: dict[int, str]):
        self.all = [m for m in mentions if m.label == "ACTOR" and m.mtype == "NAM" and id(m) in ids]
        self.starts = [ctx.ws[m.i].start for m in self.all]
        self.ends = [ctx.ws[m.j - 1].end for m in self.all]   # mentions do not overlap: sorted too
        self.pos: dict[int, int] = {}                           # id(record) -> its index among the records

    def inside(self, s: int, e: int) -> list[Mention]:
        """The names within characters [s, e)."""
        a, b = bisect_left(self.starts, s), bisect_right(self.ends, e)
        return self.all[a:b]

    def before(self, s: int, person: bool) -> Mention | None:
        """The last person (or non-person) name ending at or before character s."""
        k = bisect_right(self.ends, s) - 1
        while k >= 0 and self.all[k].person != person:
            k -= 1
        return self.all[k] if k >= 0 else None


def _pronoun_source(r: Rec, low: str, named: _Named, ids: dict[int, str], recs: list[Rec],
                    ents: dict[int, str | None]) -> str | None:
    """he/she: the nearest named person before; it: the nearest named organisation
    before, else the entity of the record before; we/I: the speaker of the quotation."""
    s, e = r.source[0]
    if low in ("he", "she", "it"):
        person = low != "it"
        before = named.before(s, person)
        if before is not None:
            return ids[id(before)]
        if person:
            return None
        k = named.pos.get(id(r), 0)
        earlier = next((o for o in reversed(recs[max(0, k - 50):k]) if ents.get(id(o))), None)
        return ents[id(earlier)] if earlier is not None else None
    k = named.pos.get(id(r), 0)
    near = recs[max(0, k - 50):k + 50]                  # the quotation a 'we' is in is a record nearby
    outer = [o for o in near if o is not r and any(cs <= s and e <= ce for cs, ce, _ in o.content)]
    return ents.get(id(outer[0])) if outer else None


def source_entity(ctx: Ctx, r: Rec, mentions: list[Mention], ids: dict[int, str], recs: list[Rec],
                  ents: dict[int, str | None], named: _Named | None = None) -> str | None:
    """The named entity a record's source is or speaks for (G60): the last name in the
    source's head noun phrase (Al Jazeera's [Zeina Khodr]; A spokesman for [Ahrar al
    Sham]), else a name in its appositive; for he/she/it the nearest named person or
    organisation before it; for we/I the speaker of the quotation it is in. None for
    coordinated sources of different entities and for 'they'."""
    if not r.source:
        return None
    s, e = r.source[0]
    stext = ctx.text[s:e]
    low = stext.lower()
    named = named or _Named(ctx, mentions, ids)
    if low in ("he", "she", "it", "we", "i", "us"):
        return _pronoun_source(r, low, named, ids, recs, ents)
    if low in ("they", "them"):
        return None
    head_end = s + (stext.index(",") if "," in stext else len(stext))
    inside = named.inside(s, e)
    in_head = [m for m in inside if ctx.ws[m.j - 1].end <= head_end]
    if re.search(r"\band\b", ctx.text[s:head_end]):
        return None                           # coordinated sources (G60)
    pick = in_head[-1] if in_head else (inside[0] if inside else None)
    return ids[id(pick)] if pick is not None else None


def source_entities(ctx: Ctx, recs: list[Rec], mentions: list[Mention], ids: dict[int, str]) -> dict[int, str | None]:
    """Each record's source entity (keyed by ``id()`` of the record). A speaker's own
    'we' needs the speaker's record first, so the records with a we/I source come last."""
    ents: dict[int, str | None] = {}
    named = _Named(ctx, mentions, ids)
    named.pos = {id(r): k for k, r in enumerate(recs)}
    for first_pass in (True, False):
        for r in recs:
            is_we = bool(r.source) and ctx.text[r.source[0][0]:r.source[0][1]].lower() in ("we", "i", "us")
            if is_we != first_pass:
                ents[id(r)] = source_entity(ctx, r, mentions, ids, recs, ents, named)
    return ents
