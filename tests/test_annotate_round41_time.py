"""Round 41, TIME layer: the 'a day' of a rate is a SET (G138, G212). Invented
sentences; each assertion fails on the code before the change, and the must-not-fire
checks pin the exact output."""

from __future__ import annotations

from datetime import date

from ghouta_corpus.annotate import annotate_text


def spans(text: str, dct: date | None = None) -> list[tuple[str, str, str, str | None]]:
    doc, _ = annotate_text(text, "t", dct=dct)
    return [(s.text, s.timex_type or "", s.value_text or "", s.mod) for s in doc.spans if s.label == "TIME"]


def test_the_a_day_of_a_rate_is_a_set():
    # G138: after a counted amount or how often, 'a day' says per what the amount holds
    assert spans("The clinic sees about 250 patients a day.") == [("a day", "SET", "P1D", None)]
    assert spans("The convoy brings flour twice a week.") == [("a week", "SET", "P1W", None)]
    assert spans("Volunteers hand out dozens of blankets an hour.") == [("an hour", "SET", "PT1H", None)]
    assert spans("The pumps run for a few hours a day.") == [("a few hours", "DURATION", "PTXH", None),
                                                             ("a day", "SET", "P1D", None)]
    # G212: a night in a rate is a recurring night
    assert spans("The guards sleep four hours a night.") == [("four hours", "DURATION", "PT4H", None),
                                                             ("a night", "SET", "XXXX-XX-XXTNI", None)]


def test_a_day_after_a_verb_or_before_after_stays_a_duration():
    assert spans("Families spent a night in the mosque.") == [("a night", "DURATION", "P1D", None)]
    assert spans("The road reopened within a day.") == [("a day", "DURATION", "P1D", None)]
    assert spans("The trip takes a day over the hills.") == [("a day", "DURATION", "P1D", None)]
    got = spans("The town fell on Monday. Forty families left, a day after the shelling began.", date(2020, 3, 5))
    assert got[1] == ("a day", "DURATION", "P1D", None)
