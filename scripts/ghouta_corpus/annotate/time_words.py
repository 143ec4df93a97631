"""The words every TIME matcher reads (G88, G93): the shape of a match, the ``times.json``
data, and weekday, month, year and day-of-month numbers at a word.

Why a module of its own: the matchers of :mod:`.times` and of :mod:`.time_durations`
both read these, and neither may import the other.
"""

from __future__ import annotations

import re
from typing import Any

from .context import Ctx
from .lexicons import load

Match = tuple[int, str, str, "str | None", "str | None", "tuple[int, str] | None"]
# (end, timex_type, value_text, mod, anchor_kind, shift)


def data() -> dict[str, Any]:
    """``times.json``: weekday and month names, parts of the day, units, deictic phrases."""
    return load("times")


def weekday_at(ctx: Ctx, k: int) -> int | None:
    """The ISO weekday (Monday = 1) named by word k, or None."""
    return data()["weekdays"].get(ctx.lows[k]) if k < ctx.n else None


def month_at(ctx: Ctx, k: int) -> int | None:
    """The month (1-12) named by word k, full or abbreviated ('Aug.'), or None."""
    return data()["months"].get(ctx.lows[k].rstrip(".")) if k < ctx.n else None


def after_dot(ctx: Ctx, k: int) -> int:
    """Past an abbreviation's full stop (Aug. 25, Sept. 3); the stop after a whole month
    name ('on 19 September.') ends the sentence and stays out of the span."""
    whole = month_at(ctx, k - 1) is not None and len(ctx.lows[k - 1]) > 4 or ctx.lows[k - 1] in ("may", "june", "july")
    return k + 1 if k < ctx.n and ctx.ws[k].text == "." and ctx.ws[k].start == ctx.ws[k - 1].end and not whole else k


def year_at(ctx: Ctx, k: int) -> int | None:
    """The year written by word k (1800-2099), or None."""
    t = ctx.ws[k].text if k < ctx.n else ""
    return int(t) if re.fullmatch(r"1[89]\d\d|20\d\d", t) else None


def day_at(ctx: Ctx, k: int) -> int | None:
    """The day of the month (1-31) written by word k, or None."""
    t = ctx.ws[k].text if k < ctx.n else ""
    return int(t) if re.fullmatch(r"[0-3]?\d", t) and 1 <= int(t) <= 31 else None

