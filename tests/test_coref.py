"""The coreference metrics against the worked examples of the CoNLL-2011/2012 reference
scorer (conll/reference-coreference-scorers, test/TestCases.README and
test/CorefMetricTestConfig.pm), to 1e-9, plus properties every clustering meets.

Notation as there: ``{a} {bc} {def}`` is three clusters of one-character mentions
(a capital letter is another mention than its lower-case one). The expected values
are the published fractions, written as they are published."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ghouta_corpus.evaluate.coref import b_cubed, ceaf_alignment, ceaf_e, clusters, coreference_scores, muc


def parse(text: str) -> list[frozenset[str]]:
    return [frozenset(part.strip("{}")) for part in text.split()]


KEY_A = "{a} {bc} {def}"

# (case, key, response, metric, recall, precision); f1 is checked as their harmonic mean
CASES = [
    ("A-1", KEY_A, "{a} {bc} {def}", "muc", 1, 1),
    ("A-1", KEY_A, "{a} {bc} {def}", "bcub", 6 / 6, 6 / 6),
    ("A-1", KEY_A, "{a} {bc} {def}", "ceafe", 1, 1),
    ("A-2", KEY_A, "{a} {de}", "muc", 1 / 3, 1 / 1),
    ("A-2", KEY_A, "{a} {de}", "bcub", (7 / 3) / 6, 3 / 3),
    ("A-2", KEY_A, "{a} {de}", "ceafe", 1.8 / 3, 1.8 / 2),
    ("A-3", KEY_A, "{a} {bcx} {defy} {z}", "muc", 3 / 3, 3 / 5),
    ("A-3", KEY_A, "{a} {bcx} {defy} {z}", "bcub", 6 / 6, (4 + 7 / 12) / 9),
    ("A-3", KEY_A, "{a} {bcx} {defy} {z}", "ceafe", (1 + 4 / 5 + 6 / 7) / 3, (1 + 4 / 5 + 6 / 7) / 4),
    ("A-4", KEY_A, "{a} {bcx} {dy} {z}", "muc", 1 / 3, 1 / 3),
    ("A-4", KEY_A, "{a} {bcx} {dy} {z}", "bcub", (3 + 1 / 3) / 6, (1 + 4 / 3 + 1 / 2) / 7),
    ("A-4", KEY_A, "{a} {bcx} {dy} {z}", "ceafe", 2.2 / 3, 2.2 / 4),
    ("A-5", KEY_A, "{a} {bcxB} {dy} {z}", "muc", 1 / 3, 1 / 4),
    ("A-5", KEY_A, "{a} {bcxB} {dy} {z}", "bcub", (3 + 1 / 3) / 6, 2.5 / 8),
    ("A-5", KEY_A, "{a} {bcxB} {dy} {z}", "ceafe", (1 + 4 / 6 + 2 / 5) / 3, (1 + 4 / 6 + 2 / 5) / 4),
    ("A-6", KEY_A, "{a} {bcx} {dy} {Bz}", "muc", 1 / 3, 1 / 4),
    ("A-6", KEY_A, "{a} {bcx} {dy} {Bz}", "bcub", (10 / 3) / 6, (1 + 4 / 3 + 1 / 2) / 8),
    ("A-6", KEY_A, "{a} {bcx} {dy} {Bz}", "ceafe", 2.2 / 3, 2.2 / 4),
    ("A-10", KEY_A, "{a} {b} {c} {d} {e} {f}", "muc", 0, 0),
    ("A-10", KEY_A, "{a} {b} {c} {d} {e} {f}", "bcub", 3 / 6, 6 / 6),
    ("A-11", KEY_A, "{abcdef}", "muc", 3 / 3, 3 / 5),
    ("A-11", KEY_A, "{abcdef}", "bcub", 6 / 6, (1 / 6 + 2 * 2 / 6 + 3 * 3 / 6) / 6),
    ("A-12", KEY_A, "{a} {x} {y} {c} {d} {e} {z}", "muc", 0, 0),
    ("A-12", KEY_A, "{a} {x} {y} {c} {d} {e} {z}", "bcub", (1 + 1 / 2 + 2 / 3) / 6, 4 / 7),
    ("A-13", KEY_A, "{axycdez}", "muc", 1 / 3, 1 / 6),
    ("A-13", KEY_A, "{axycdez}", "bcub", (1 + 1 / 2 + 2 * 2 / 3) / 6, (1 / 7 + 1 / 7 + 2 * 2 / 7) / 7),
    ("D-1", "{12345} {67} {89ABC}", "{12345} {6789ABC}", "muc", 9 / 9, 9 / 10),
    ("D-1", "{12345} {67} {89ABC}", "{12345} {6789ABC}", "bcub", 12 / 12, 16 / 21),
    ("E-1", "{12345} {67} {89ABC}", "{1234589ABC} {67}", "muc", 9 / 9, 9 / 10),
    ("E-1", "{12345} {67} {89ABC}", "{1234589ABC} {67}", "bcub", 1, 7 / 12),
    ("F-1", "{ABCD}", "{AB} {CD}", "muc", 2 / 3, 2 / 2),
    ("G-1", "{AB} {CD}", "{ABCD}", "muc", 2 / 2, 2 / 3),
    ("H-1", "{ABCD}", "{ABCD}", "muc", 1, 1),
    ("I-1", "{ABCD}", "{AB} {CD}", "muc", 2 / 3, 2 / 2),
    ("J-1", "{ABC}", "{AC}", "muc", 1 / 2, 1 / 1),
    ("K-1", "{BCDEGHJ}", "{ABC} {DEF} {GHI}", "muc", 3 / 6, 3 / 6),
    ("L-1", "{ABC} {DEFG}", "{AB} {CD} {FGH}", "muc", 2 / 5, 2 / 4),
    ("M-1", "{abcdef}", "{abcdef}", "muc", 1, 1),
    ("M-1", "{abcdef}", "{abcdef}", "bcub", 1, 1),
    ("M-1", "{abcdef}", "{abcdef}", "ceafe", 1, 1),
    ("M-2", "{abcdef}", "{a} {b} {c} {d} {e} {f}", "muc", 0, 0),
    ("M-5", "{abcdef}", "{a} {b} {c} {x} {y} {z}", "muc", 0, 0),
    ("N-1", "{a} {b} {c} {d} {e} {f}", "{a} {b} {c} {d} {e} {f}", "bcub", 1, 1),
    ("N-1", "{a} {b} {c} {d} {e} {f}", "{a} {b} {c} {d} {e} {f}", "muc", 0, 0),
    ("N-1", "{a} {b} {c} {d} {e} {f}", "{a} {b} {c} {d} {e} {f}", "ceafe", 1, 1),
    ("N-4", "{a} {b} {c} {d} {e} {f}", "{a} {b} {c} {x} {y} {z}", "muc", 0, 0),
]
METRICS = {"muc": muc, "bcub": b_cubed, "ceafe": ceaf_e}
# the published F1 of the cases whose F1 the config states as a number or a fraction
PUBLISHED_F1 = {("A-2", "bcub"): 14 / 25, ("A-2", "ceafe"): 0.72, ("A-2", "muc"): 0.5, ("A-3", "bcub"): 110 / 163,
                ("A-3", "muc"): 0.75, ("A-4", "muc"): 1 / 3, ("A-5", "muc"): 2 / 7, ("A-11", "bcub"): 14 / 25,
                ("A-11", "muc"): 6 / 8, ("K-1", "muc"): 3 / 6}


@pytest.mark.parametrize("case,key,response,metric,recall,precision", CASES,
                         ids=[f"{c[0]}-{c[3]}" for c in CASES])
def test_reference_scorer_cases(case, key, response, metric, recall, precision):
    s = METRICS[metric](parse(key), parse(response))
    assert s.recall == pytest.approx(recall, abs=1e-9)
    assert s.precision == pytest.approx(precision, abs=1e-9)
    f1 = 2 * recall * precision / (recall + precision) if recall + precision else 0.0
    assert s.f1 == pytest.approx(f1, abs=1e-9)
    if (case, metric) in PUBLISHED_F1:
        assert s.f1 == pytest.approx(PUBLISHED_F1[(case, metric)], abs=1e-9)


def test_ceaf_e_published_rounded_values():
    """The config's five-digit CEAF-e figures for A-3 and A-5 (recall, precision, F1)."""
    for resp, expected in (("{a} {bcx} {defy} {z}", (0.88571, 0.66429, 0.75918)),
                           ("{a} {bcxB} {dy} {z}", (0.68889, 0.51667, 0.59048))):
        s = ceaf_e(parse(KEY_A), parse(resp))
        assert (round(s.recall, 5), round(s.precision, 5), round(s.f1, 5)) == expected


def test_ceaf_alignment_pairs_the_best_matching_clusters():
    pairs, total = ceaf_alignment(parse(KEY_A), parse("{a} {bcx} {defy} {z}"))
    assert sorted(pairs) == [(0, 0), (1, 1), (2, 2)] and total == pytest.approx(1 + 4 / 5 + 6 / 7, abs=1e-12)


def test_conll_f1_is_the_mean_of_the_three_f1s():
    key, rsp = parse(KEY_A), parse("{a} {bcx} {dy} {z}")
    r = coreference_scores(key, rsp)
    mean = (muc(key, rsp).f1 + b_cubed(key, rsp).f1 + ceaf_e(key, rsp).f1) / 3
    assert r["conll_f1"] == round(mean, 6)
    # hand-computed: MUC 1/3, B3 2*(5/9)*(17/42)/((5/9)+(17/42)) = 170/363, CEAF-e 2*(2.2/3)(2.2/4)/(2.2/3+2.2/4) = 22/35
    assert mean == pytest.approx((1 / 3 + 170 / 363 + 22 / 35) / 3, abs=1e-12)


def test_clusters_from_labels_put_unlabelled_mentions_alone():
    assert clusters([("m1", "e1"), ("m2", None), ("m3", "e1"), ("m4", "e2")]) == [
        frozenset({"m1", "m3"}), frozenset({"m2"}), frozenset({"m4"})]


partition = st.lists(st.sampled_from(["e1", "e2", "e3", None]), min_size=1, max_size=12)


@given(partition, partition)
def test_identical_clusterings_are_perfect_and_scores_lie_in_0_1(a, b):
    n = min(len(a), len(b))
    key = clusters(enumerate(a[:n]))
    rsp = clusters(enumerate(b[:n]))
    for metric in (b_cubed, ceaf_e):
        assert metric(key, key).f1 == pytest.approx(1.0)
    for metric in (muc, b_cubed, ceaf_e):
        s = metric(key, rsp)
        assert 0 <= s.recall <= 1 + 1e-12 and 0 <= s.precision <= 1 + 1e-12
        swapped = metric(rsp, key)  # recall and precision trade places
        assert swapped.recall == pytest.approx(s.precision) and swapped.precision == pytest.approx(s.recall)
