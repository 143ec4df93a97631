"""Claims and claim groups (GUIDELINES G110-G111), derived from the layers: the gold's
death-toll group, attribution chains through nested records, the interval logic
(hypothesis) and the ``claims`` command."""

from __future__ import annotations

import json
import math

import pytest
from hypothesis import given
from hypothesis import strategies as st
from typer.testing import CliRunner

from conftest import DATASET
from ghouta_corpus.cli import app
from ghouta_corpus.derive import (
    Claim,
    claim_groups,
    claims,
    consistent,
    document_claims,
    intersection,
    interval,
)
from ghouta_corpus.io import iter_documents, load_corpus
from ghouta_corpus.model.records import Attribution, Document, EventArg, Relation, Span

runner = CliRunner()
CORPUS = load_corpus(DATASET)


def test_the_offensive_death_toll_group_of_the_gold():
    groups = {g.group_id: g for g in claim_groups(claims(CORPUS.documents))}
    g = groups["ghouta-offensive-deaths:killed:count"]
    assert g.verdict == "consistent" and g.common == (1500, 1500)
    by_outlet = {c.outlet: c for c in g.claims}
    assert set(by_outlet) == {"TRT World", "Al Jazeera"}
    trt, aj = by_outlet["TRT World"], by_outlet["Al Jazeera"]
    assert (trt.text, trt.interval) == ("more than 1,500", (1500, math.inf))
    assert (aj.text, aj.interval) == ("1,500", (1500, 1500))
    # TRT World cites a monitor (an unlinked source), Al Jazeera states it itself
    assert [link.source for link in trt.chain] == ["a monitor", "TRT World"] and trt.chain_length == 1
    assert trt.chain[0].cue == "according to" and trt.source_entity is None
    assert [link.source for link in aj.chain] == ["Al Jazeera"] and aj.chain_length == 0 and aj.chain[0].is_outlet
    assert trt.event_type == aj.event_type == "casualty" and trt.event_text == "killed"
    assert [c.text for c in trt.counted] == ["people"]


def test_every_count_is_one_claim_with_a_stable_id_and_streaming_gives_the_same_rows():
    rows = claims(CORPUS.documents)
    n_counts = sum(len(d.spans_with("COUNT")) for d in CORPUS.documents)
    assert len(rows) == n_counts == len({c.claim_id for c in rows})
    assert rows == claims(iter_documents(DATASET))
    first = rows[0]
    assert first.claim_id == f"{first.doc_id}:{first.start}-{first.end}"
    grouped = [c for c in rows if c.group_id]
    assert {c.group_id for c in grouped} == {g.group_id for g in claim_groups(rows)}


def test_a_linked_source_is_the_claims_source_entity():
    rows = {c.text: c for c in claims(CORPUS.documents) if c.doc_id == "trtworld-harasta-evacuation"}
    assert rows["22"].source_entity == "syrian-observatory-for-human-rights" and rows["22"].chain_length == 1


def _span(text: str, sid: str, label: str, needle: str, **attrs: object) -> Span:
    start = text.index(needle)
    return Span(sid, label, start, start + len(needle), needle, **attrs)  # type: ignore[arg-type]


NESTED = "Officials said a monitor reported that 12 people were killed. Some 40 fled."


def nested_doc(doc_id: str = "nested", text: str = NESTED, toll: str = "12") -> Document:
    """An outer record (Officials said ...) whose CONTENT holds an inner record (a
    monitor reported ...) whose CONTENT holds the COUNT; a second COUNT outside both."""
    t = text
    spans = [
        _span(t, "T1", "SOURCE", "Officials"), _span(t, "T2", "CUE", "said"),
        _span(t, "T3", "CONTENT", t[t.index("a monitor"):t.index(".") ]),
        _span(t, "T4", "SOURCE", "a monitor"), _span(t, "T5", "CUE", "reported"),
        _span(t, "T6", "CONTENT", t[t.index(toll):t.index(".")]),
        _span(t, "T7", "COUNT", toll, value=int(toll), modifier="exact", min=int(toll), max=int(toll), unit="count",
              category="killed"),
        _span(t, "T8", "ACTOR", "people", mention_type="NOM", actor_type="civilians"),
        _span(t, "T9", "EVENT", "killed", event_type="casualty", polarity="positive", modality="asserted",
              event_id="the-killing"),
        _span(t, "T10", "COUNT", "Some 40", value=40, modifier="approximately", unit="count", category="displaced"),
        _span(t, "T11", "EVENT", "fled", event_type="displacement", polarity="positive", modality="asserted",
              event_id="the-flight"),
    ]
    return Document(doc_id, t, "gold", (), tuple(spans), (Relation("R1", "COUNT_OF", "T7", "T8"),),
                    (Attribution("A1", ("T1",), ("T2",), ("T3",), "indirect", "officials"),
                     Attribution("A2", ("T4",), ("T5",), ("T6",), "indirect", None)),
                    None, (EventArg("E1", "T9", "count", "T7"), EventArg("E2", "T11", "count", "T10")))


def test_the_chain_runs_from_the_innermost_record_through_the_one_that_holds_it_to_the_outlet():
    toll, flight = document_claims(nested_doc(), outlet="Wire")
    assert [(link.record, link.source) for link in toll.chain] == [("A2", "a monitor"), ("A1", "Officials"),
                                                                   (None, "Wire")]
    assert toll.chain_length == 2 and toll.source_entity is None and toll.source == "a monitor"
    assert (toll.event_id, toll.event_type, toll.event_span) == ("the-killing", "casualty", "T9")
    assert [(link.record, link.source) for link in flight.chain] == [(None, "Wire")] and flight.chain_length == 0
    assert flight.interval == (40, 40)  # approximately N is the point N


def test_groups_need_two_documents_and_conflict_when_the_intervals_are_disjoint():
    one = document_claims(nested_doc("a"), outlet="A")
    assert claim_groups(one) == []  # one document: no group
    other = NESTED.replace("12 people", "30 people")
    two = document_claims(nested_doc("b", other, "30"), outlet="B")
    flight, g = claim_groups(one + two)
    assert (flight.group_id, flight.verdict, flight.common) == ("the-flight:displaced:count", "consistent", (40, 40))
    assert (g.group_id, g.verdict, g.common) == ("the-killing:killed:count", "conflicting", None)
    assert [c.outlet for c in g.claims] == ["A", "B"] and g.documents == ["a", "b"]
    assert g.to_json()["claims"][0]["interval"] == [12, 12]
    same = document_claims(nested_doc("c"), outlet="C")
    assert [g.verdict for g in claim_groups(one + same)] == ["consistent", "consistent"]


@pytest.mark.parametrize("value,modifier,lo,hi,expected", [
    (1500, "more_than", 1500, None, (1500, math.inf)),
    (1500, "exact", 1500, 1500, (1500, 1500)),
    (5200, "approximately", None, None, (5200, 5200)),
    (None, "vague", 2000, None, (2000, math.inf)),
    (None, "range", 30, 50, (30, 50)),
    (400000, "at_most", None, 400000, (-math.inf, 400000)),
    (7, "at_least", None, None, (7, math.inf)),  # a prediction that left min out: the convention fills it
    (None, None, 3, None, (3, math.inf)),
])
def test_interval_of_each_modifier(value, modifier, lo, hi, expected):
    assert interval(value, modifier, lo, hi) == expected


bound = st.one_of(st.integers(-50, 50).map(float), st.just(math.inf), st.just(-math.inf))
intervals = st.tuples(bound, bound).filter(lambda iv: iv[0] <= iv[1] and iv[0] != math.inf and iv[1] != -math.inf)


@given(st.lists(intervals, max_size=6))
def test_consistent_exactly_when_some_value_lies_in_every_interval(ivs):
    common = intersection(ivs)
    if common is None:
        # Helly in one dimension: no common value means two intervals that are disjoint
        assert not consistent(ivs)
        assert any(a[1] < b[0] for a in ivs for b in ivs)
    else:
        point = common[0] if not math.isinf(common[0]) else common[1] if not math.isinf(common[1]) else 0.0
        assert all(a <= point <= b for a, b in ivs) and consistent(ivs)


@given(st.lists(intervals, min_size=1, max_size=6), st.randoms())
def test_the_verdict_does_not_depend_on_order(ivs, rnd):
    shuffled = list(ivs)
    rnd.shuffle(shuffled)
    assert intersection(ivs) == intersection(shuffled)


@given(st.integers(0, 10**7), st.sampled_from(["exact", "more_than", "at_least", "at_most", "less_than",
                                               "approximately"]))
def test_a_counts_own_value_lies_in_its_interval(value, modifier):
    from ghouta_corpus.model.conventions import bounds
    v, lo, hi = bounds(value, modifier)
    a, b = interval(v, modifier, lo, hi)
    assert a <= value <= b
    assert (a == b == value) == (modifier in ("exact", "approximately"))


def test_claims_command_table_and_json():
    r = runner.invoke(app, ["claims"])
    assert r.exit_code == 0, r.output
    assert "ghouta-offensive-deaths: killed (count), consistent" in r.output
    assert "more than 1,500" in r.output and "a monitor < TRT World" in r.output
    j = runner.invoke(app, ["claims", "--format", "json"])
    data = json.loads(j.output)
    assert data["groups"][0]["verdict"] == "consistent" and len(data["claims"]) == len(claims(CORPUS.documents))
    assert set(data["claims"][0]) >= set(Claim.__dataclass_fields__) - {"counted", "chain"}


def test_the_card_lists_every_claim_group_with_the_documents_side_by_side():
    from ghouta_corpus.build.card import claim_groups_block
    from ghouta_corpus.build.core import scan
    groups = scan(DATASET)[0].claim_groups
    assert [g.group_id for g in groups] == [g.group_id for g in claim_groups(claims(CORPUS.documents))]
    block = claim_groups_block(groups)
    assert block.splitlines()[0] == "| event | category (unit) | verdict | TRT World | Al Jazeera |"
    assert ("| `ghouta-offensive-deaths` (casualty) | killed (count) | consistent | more than 1,500 (a monitor < "
            "TRT World) | 1,500 (Al Jazeera) |") in block
    assert (DATASET / "README.md").read_text(encoding="utf-8").count(block) == 1
    assert claim_groups_block([]).startswith("No claim groups")


@given(st.lists(st.tuples(st.integers(0, 30), st.integers(1, 30), st.integers(0, 3)), min_size=1, max_size=12),
       st.integers(0, 30), st.integers(1, 30))
def test_contents_index_equals_asking_every_content_span(contents, a, length):
    """The bisection index of CONTENT spans (derive.claims._Contents) answers what
    asking every record's every CONTENT span answers: for each record, the length of
    its shortest CONTENT span that contains ``a..b``."""
    from ghouta_corpus.derive.claims import _Contents
    text = "x" * 64
    b = a + length
    spans: list[Span] = []
    records: dict[int, list[str]] = {}
    for k, (s, n, r) in enumerate(contents):
        spans.append(Span(f"T{k}", "CONTENT", s, s + n, text[s:s + n]))
        records.setdefault(r, []).append(f"T{k}")
    attributions = []
    for r, ids in sorted(records.items()):
        spans.append(Span(f"Q{r}", "CUE", 60 + r % 3, 61 + r % 3, "x"))
        attributions.append(Attribution(f"A{r}", (), (f"Q{r}",), tuple(ids), "indirect", None))
    doc = Document("d", text, "gold", (), tuple(spans), (), tuple(attributions), None, ())
    naive: dict[str, int] = {}
    for r, ids in records.items():
        sizes = [sp.end - sp.start for sp in spans if sp.id in ids and sp.start <= a and sp.end >= b]
        if sizes:
            naive[f"A{r}"] = min(sizes)
    assert _Contents(doc).containing(a, b) == naive


def _claims_rows_by_definition() -> list[tuple[str, dict]]:
    """Every claim's row as ``claim_row`` makes it, with its group merged in: what the
    ``claims`` collector must hand on, however it holds the rows until the end."""
    from ghouta_corpus.build.claims_config import claim_row
    from ghouta_corpus.build.features import _idx
    docs = list(CORPUS.documents)
    by_id = {c.claim_id: g for g in claim_groups([c for d in docs for c in document_claims(d)]) for c in g.claims}
    out = []
    for d in docs:
        for c in document_claims(d):
            row, g = claim_row(d, c), by_id.get(c.claim_id)
            if g is not None:
                row = {**row, "group_id": g.group_id, "verdict": _idx("claim_verdict", g.verdict)}
            out.append((d.meta.split if d.meta else "train", row))
    return out


@pytest.mark.parametrize("spool_rows", [1, 3, 4096])
def test_the_claims_collector_spools_arrow_and_hands_on_the_defined_rows(monkeypatch, spool_rows):
    """The collector keeps its rows on disk as Arrow record batches (a batch per split
    every ``SPOOL_ROWS`` rows) and fills the groups in at the end: its tables, read as
    rows, and its sample are the definition's, whatever the batches (one row each,
    a few, all), and the gold's death-toll group is filled in."""
    import pyarrow as pa

    from ghouta_corpus.build import claims_config
    monkeypatch.setattr(claims_config, "SPOOL_ROWS", spool_rows)
    want = _claims_rows_by_definition()
    col = claims_config.Claims(DATASET)
    for d in CORPUS.documents:
        assert list(col.add(d)) == []
    tables = list(col.finish_tables())
    schema = claims_config.claims_features().arrow_schema
    assert all(t.schema == schema for _, t in tables)
    got = [(sp, r) for sp, t in tables for r in t.to_pylist()]
    key = lambda pair: (pair[0], pair[1]["claim_id"])  # noqa: E731  # a split's rows keep their order
    assert sorted(got, key=key) == sorted(want, key=key)
    for split in {sp for sp, _ in want}:
        assert [r for sp, r in got if sp == split] == [r for sp, r in want if sp == split]
    assert col.sample() == want[0][1] and any(r["group_id"] for _, r in got)
    assert pa.concat_tables([t for _, t in tables]).num_rows == len(want)
    again = claims_config.Claims(DATASET)
    for d in CORPUS.documents:
        again.add(d)
    assert list(again.finish()) == [(sp, r) for sp, t in tables for r in t.to_pylist()]


@given(st.lists(st.tuples(st.integers(0, 30), st.integers(0, 12), st.sampled_from("abcd")), max_size=12),
       st.integers(0, 40), st.integers(0, 8), st.sets(st.sampled_from("abcd")))
def test_the_tightest_record_is_the_least_of_each_records_shortest_containing_span(contents, a, n, skip):
    """``_Contents.tightest`` (one walk, no dict) picks the record that the sizes of
    ``containing`` pick: the least (shortest containing CONTENT span, record id) of the
    records not skipped."""
    from ghouta_corpus.derive.claims import _Contents
    index = _Contents.__new__(_Contents)
    spans = sorted((s, s + w, rid) for s, w, rid in contents)
    index.spans, index.starts = spans, [s for s, _, _ in spans]
    index.reach = [max(e for _, e, _ in spans[:k + 1]) for k in range(len(spans))]
    sizes = {rid: size for rid, size in index.containing(a, a + n).items() if rid not in skip}
    want = min(sizes, key=lambda rid: (sizes[rid], rid)) if sizes else None
    assert index.tightest(a, a + n, skip) == want


def test_a_documents_claims_are_made_once_per_pass(monkeypatch):
    """``build``'s statistics and its ``claims`` config both ask for a document's
    claims: the second asks gets the first one's, in a list of its own; another
    document, another outlet or split, or another object with the same content makes
    them anew."""
    import importlib

    from ghouta_corpus.build.core import RowPass
    derive_claims = importlib.import_module("ghouta_corpus.derive.claims")  # the module (derive.claims: a function)
    made: list[str] = []
    real = derive_claims._claims_of
    monkeypatch.setattr(derive_claims, "_claims_of", lambda d, o, s: made.append(d.doc_id) or real(d, o, s))
    docs = list(CORPUS.documents)
    assert all(any(a.role == "count" for a in d.event_args) for d in docs)  # the statistics ask too
    rows = RowPass(DATASET, None)
    for d in docs:
        rows.add(d)
    assert made == [d.doc_id for d in docs]
    d = docs[0]  # not the last one asked about: made anew, once
    first = document_claims(d)
    again = document_claims(d)
    assert again == first and again is not first and made == [*[x.doc_id for x in docs], d.doc_id]
    assert document_claims(d, outlet="elsewhere") != first and len(made) == len(docs) + 2
    copy = Document.trusted(json.loads(json.dumps(d.to_json())), d.text, d.meta)
    assert document_claims(copy) == first and len(made) == len(docs) + 3
