"""TIME matchers of measured time (G88, G90, G92, G93, G95): durations ('two weeks',
'more than a year', 'seven-year', 'years of war', 'the days after the strike') and sets
('every day', 'week by week').

Why a module of its own: a duration is read from its amount and unit words, not from
calendar names; someone changing how durations or sets are found opens this file.
:mod:`.times` lists these matchers with the calendar ones in its ``MATCHERS``.
"""

from __future__ import annotations

import re

from .context import Ctx
from .numbers import number_at
from .time_words import Match, data, month_at, weekday_at
from .wordclass import word_classes


def _unit(ctx: Ctx, k: int) -> tuple[str, str, bool] | None:
    """(number part of a TIMEX3 duration, unit letter, whether a time unit) of a unit word."""
    u = data()["units"].get(ctx.lows[k]) if k < ctx.n else None
    return (str(u[0]), str(u[1]), bool(u[2])) if u else None


def _may_start_duration(ctx: Ctx, w: str) -> bool:
    """A quick test: most words start no duration."""
    T = data()
    return (w[0].isdigit() or w in T["units"] or w in T["duration_mods"] or w in ctx.T.units or w in ctx.T.tens
            or w in ("up", "most", "at", "no")
            or w in ("the", "a", "an", "another", "several", "few", "some", "many", "between") or "-" in w)


def _duration_lead(ctx: Ctx, i: int) -> tuple[int, str | None, str | None] | None:
    """Past the words that open a duration: (where its amount starts, mod, anchor);
    None where 'over' is a preposition (negotiated over several months)."""
    lows, T = ctx.lows, data()
    if lows[i:i + 2] in (["the", "past"], ["the", "last"], ["the", "next"], ["the", "coming"]):
        return i + 2, None, "DCT"
    if lows[i:i + 2] in (["the", "previous"], ["the", "following"]) and i + 2 < ctx.n and (
            _unit(ctx, i + 2) is not None or _amount(ctx, i + 2)[0] is not None):
        return i + 2, None, "near"                    # the previous three days: counted from the day told (G125)
    if lows[i:i + 2] in (["the", "final"], ["the", "first"]) and i + 2 < ctx.n and (
            _unit(ctx, i + 2) is not None or _amount(ctx, i + 2)[0] is not None):
        return i + 2, None, None                      # the final fortnight, the first (three) days of an event
    if lows[i] == "between":
        return i + 1, None, None                      # between four and six hours: a range (PTXH)
    if lows[i] == "the" and i + 2 < ctx.n and lows[i + 1] in T["bare_need_prep"] and _measure_before(ctx, i + 2):
        return i + 1, None, None                      # in the days after the strike (G90: 'the' stays)
    if lows[i] == "no" and lows[i + 1:i + 3] in (["more", "than"], ["less", "than"]):
        return i + 3, "LESS_THAN" if lows[i + 1] == "more" else "MORE_THAN", None   # no more than two weeks
    two = " ".join(lows[i:i + 2])
    if two in T["duration_mod_phrases"]:
        return i + 2, T["duration_mod_phrases"][two], None     # up to four days, most of a day
    if lows[i] in T["duration_mods"]:
        if lows[i] == "over" and not (i > 0 and lows[i - 1] in T["dur_preps"]):
            return None
        k = i + 1
        return (k + 1 if k < ctx.n and lows[k] == "than" else k), T["duration_mods"][lows[i]], None
    return (i + 1 if lows[i] == "another" else i), None, None


def _adjective_duration(ctx: Ctx, k: int) -> Match | None:
    """seven-year, 48-hour: a duration as an adjective (the digits, the hyphen and the
    unit may be three words)."""
    ws = ctx.ws
    if k + 2 < ctx.n and ws[k].text.isdigit() and ws[k + 1].text == "-" and ws[k].end == ws[k + 1].start \
            and ws[k + 1].end == ws[k + 2].start:
        u = data()["units"].get(ctx.lows[k + 2] + "s")
        if u and ctx.lows[k + 2] + "s" != ctx.lows[k + 2]:
            return k + 3, "DURATION", f"P{'T' if u[2] else ''}{ws[k].text}{u[1]}", None, None, None
    adj = re.fullmatch(r"([a-z]+|\d+)-(year|month|week|day|hour|minute)", ctx.lows[k])
    if not adj:
        return None
    n = number_at(ctx.ws, ctx.lows, k, ctx.T) if not adj.group(1).isdigit() else None
    count = adj.group(1) if adj.group(1).isdigit() else _word_number(ctx, adj.group(1))
    au = data()["units"].get(adj.group(2) + "s")
    if count and au and n is None:
        return k + 1, "DURATION", f"P{'T' if au[2] else ''}{count}{au[1]}", None, None, None
    return None


def duration(ctx: Ctx, i: int) -> Match | None:
    """two weeks, 18 months, several days, a year, more than a year, the past week, the
    next three months, another night, seven-year, 2:34, for years (G88, G93, G95, G96)."""
    lows, ws, T = ctx.lows, ctx.ws, data()
    if not _may_start_duration(ctx, lows[i]):
        return None
    rt = re.fullmatch(r"(\d{1,2}):(\d\d)", ctx.text[ws[i].start:ws[min(i + 2, ctx.n - 1)].end])
    if rt and i > 0 and ws[i - 1].text == "(":
        return i + 3, "DURATION", f"PT{int(rt.group(1))}M{int(rt.group(2))}S", None, None, None
    lead = _duration_lead(ctx, i)
    if lead is None or lead[0] >= ctx.n:
        return None
    k, mod, anchor = lead
    if k == i and (adj := _adjective_duration(ctx, k)) is not None:
        return adj
    num, k2, det = _measure(ctx, i, k)
    u = _unit(ctx, k2)
    if u is None or (lows[i] == "between" and num != "X"):
        return None
    if num is None and (k2 == i or lows[k2] in T["bare_need_prep"]) and not (i > 0 and lows[i - 1] in T["dur_preps"]) \
            and not _measure_before(ctx, k2 + 1) and lows[k2 + 1:k2 + 2] not in (["ago"], ["later"], ["earlier"]) \
            and not (anchor == "near" or lows[i:i + 2] in (["the", "first"], ["the", "final"])):
        return None                                   # 'years' alone only after for/within/after, or before
                                                      # 'of' + a noun, before/after or 'ago' (years of war,
                                                      # hours before, weeks ago)
    if num is None and lows[k2] == "second" and _ordinal_second(ctx, k2):
        return None                                   # a second convoy, a second or third time: an ordinal
    amount = num or (u[0] if k2 > i and (det in ("a", "an", "another", "past", "last", "next", "final") or (
        det in ("first", "previous", "following") and not lows[k2].endswith("s"))) else "X")
    end = k2 + 1
    if lows[end:end + 2] in (["or", "so"], ["or", "more"]):
        mod, end = ("APPROX" if lows[end + 1] == "so" else "MORE_THAN"), end + 2
    elif amount == "1" and lows[end:end + 3] == ["and", "a", "half"]:
        amount, end = "1.5", end + 3                  # a day and a half
    elif amount == "1" and end + 1 < ctx.n and lows[end] == "or" and _amount(ctx, end + 1)[1] == end + 2 \
            and _unit(ctx, end + 2) is None:
        amount, mod, end = "X", "APPROX", end + 2     # a night or two, a day or two (G156)
    if amount == "1" and lows[k2] == "day" and k2 > i and lows[k2 - 1] == "one" and \
            any(w in T["future_words"] for w in lows[end:end + 4]):
        return end, "DATE", "FUTURE_REF", None, "DCT", None     # one day we will return
    if amount == "1" and k2 == i + 1 and lows[i] in ("a", "an") and end == k2 + 1 and _rate(ctx, i, end):
        night = lows[k2] == "night"                   # five hours a night: a recurring night (G212)
        return end, "SET", "XXXX-XX-XXTNI" if night else f"P{'T' if u[2] else ''}1{u[1]}", None, None, None
    return end, "DURATION", f"P{'T' if u[2] else ''}{amount}{u[1]}", mod, anchor, None


def _measure(ctx: Ctx, i: int, k: int) -> tuple[str | None, int, str]:
    """(the number, where the unit word is, the word before the number's end) of a
    duration whose amount starts at word k: a range of two numbers is unstated ('four or
    five days', 'two to three weeks': X); 'more', 'full', 'whole' between the amount
    and the unit are bound words of the duration (G88, G90: 'two more days')."""
    lows = ctx.lows
    num, k2 = _amount(ctx, k)
    if num is not None and k2 + 1 < ctx.n and (lows[k2] in ("or", "to") or lows[i] == "between" and lows[k2] == "and"):
        num2, k3 = _amount(ctx, k2 + 1)
        if num2 is not None and _unit(ctx, k3) is not None:
            num, k2 = "X", k3
    det = lows[k2 - 1] if k2 > i else ""
    if _unit(ctx, k2) is None and k2 < ctx.n and lows[k2] in ("more", "full", "whole") and _unit(ctx, k2 + 1) \
            and (num is not None or det in ("a", "an")):
        k2 += 1
    return num, k2, det


_RATE_ADVERBS = ("once", "twice", "thrice")
_NOT_RATE_AFTER = ("after", "before", "later", "earlier", "ago", "of", "or", "'s", "\u2019s")


def _rate(ctx: Ctx, i: int, end: int) -> bool:
    """Whether 'a day', 'an hour' at word i is the 'a' of a rate (G138, G212): it follows
    how often ('once', 'twice', 'several times') or a counted amount ('300 patients',
    'dozens of people', 'a few hours', 'between 2,000 and 3,000'), so it says per what
    the amount holds; after a verb or a preposition ('spent a night', 'within a day')
    or before 'after', 'of' ('a day after the raid', 'a week of departures') it is a
    length of time."""
    lows, T = ctx.lows, ctx.T
    if i == 0 or (end < ctx.n and lows[end] in _NOT_RATE_AFTER) or ctx.gap(i - 1, i) != " ":
        return False
    prev = lows[i - 1]
    if prev in _RATE_ADVERBS or number_at(ctx.ws, lows, i - 1, T) is not None:
        return True
    if not ctx.ws[i - 1].text.isalpha() or "NOUN" not in word_classes(prev) or prev in T.prepositions \
            or prev in T.determiners or prev in T.pronouns or prev in T.conjunctions:
        return False
    for k in range(i - 2, max(-1, i - 8), -1):        # the amount the noun's phrase opens with
        if not ctx.ws[k].text[:1].isalnum():
            return False
        nat = number_at(ctx.ws, lows, k, T)
        if (nat is not None and nat.end <= i - 1) or lows[k] in ("several", "few", "many"):
            return True
    return False


def _measure_before(ctx: Ctx, k: int) -> bool:
    """Whether word k, right after a bare plural unit, makes it a measure: 'of' and a
    noun (years of war, days of walking; not 'of age', 'of the week', 'of July', 'of
    them', nor 'minutes of' a meeting) or 'before'/'after' (hours before the convoy left: G90, only the measure is
    TIME)."""
    lows, T = ctx.lows, ctx.T
    if k + 1 >= ctx.n or ctx.gap(k - 1, k) != " ":
        return False
    if lows[k] in ("before", "after"):
        return True
    nxt = lows[k + 1]
    return lows[k] == "of" and lows[k - 1] != "minutes" and nxt.isalpha() and nxt != "age" \
        and nxt not in T.determiners and nxt not in T.pronouns and month_at(ctx, k + 1) is None \
        and weekday_at(ctx, k + 1) is None


def _ordinal_second(ctx: Ctx, k: int) -> bool:
    """Whether 'second' at word k (after 'a', no number) is the ordinal: a noun follows
    ('a second convoy') or 'or' and another ordinal ('a second or third time'); not 'a
    second or two', 'for a second and then', 'within a second of the blast'."""
    if k + 1 >= ctx.n:
        return False
    nxt, T = ctx.lows[k + 1], ctx.T
    if nxt == "or":
        return k + 2 < ctx.n and ctx.lows[k + 2].endswith(("rd", "th"))
    return ctx.ws[k + 1].text.isalpha() and "NOUN" in word_classes(nxt) and nxt not in T.prepositions \
        and nxt not in T.conjunctions and nxt not in T.determiners and nxt not in ("later", "ago", "earlier")


def _word_number(ctx: Ctx, w: str) -> str | None:
    v = ctx.T.units.get(w) or ctx.T.tens.get(w)
    return str(v) if v else None


def _amount(ctx: Ctx, k: int) -> tuple[str | None, int]:
    """The number of a duration at word k ('two', '18', 'several', 'a few') and where its unit starts."""
    lows = ctx.lows
    if k >= ctx.n:
        return None, k
    if lows[k] in ("several", "few", "some", "many"):
        return "X", k + 1
    if lows[k:k + 2] == ["a", "few"]:
        return "X", k + 2
    if lows[k] in ("a", "an"):
        return None, k + 1
    nat = number_at(ctx.ws, lows, k, ctx.T)
    if nat is not None and nat.value is not None and isinstance(nat.value, int):
        return str(nat.value), nat.end
    return None, k


def time_set(ctx: Ctx, i: int) -> Match | None:
    """every day, each day, every morning, every hour or so, week by week (G92)."""
    lows, T = ctx.lows, data()
    if lows[i] in ("every", "each") and i + 1 < ctx.n:
        w = lows[i + 1]
        if w in T["parts"]:
            return i + 2, "SET", f"XXXX-XX-XXT{T['parts'][w]}", None, None, None
        u = T["units"].get(w + "s")
        if u:
            end, mod = i + 2, None
            if lows[end:end + 2] == ["or", "so"]:
                end, mod = end + 2, "APPROX"
            return end, "SET", f"P{'T' if u[2] else ''}1{u[1]}", mod, None, None
        num, k = _amount(ctx, i + 1)
        if num is not None and lows[i] == "every":
            unit = _unit(ctx, k)                      # every ten minutes; then every five (the unit of the
            before = next((x for x in range(k - 2, max(-1, i - 12), -1) if _unit(ctx, x) is not None
                           and lows[x - 2 if x >= 2 else 0] == "every"), None)   # set just before, G92)
            if unit is None and before is not None and (k >= ctx.n or not ctx.ws[k].text.isalpha()):
                unit, k = _unit(ctx, before), k - 1
            if unit is not None:
                return k + 1, "SET", f"P{'T' if unit[2] else ''}{num}{unit[1]}", None, None, None
    if i + 2 < ctx.n and lows[i + 1] == "by" and lows[i] == lows[i + 2] and lows[i] + "s" in T["units"]:
        u = T["units"][lows[i] + "s"]
        return i + 3, "SET", f"P{'T' if u[2] else ''}1{u[1]}", None, None, None
    return None
