"""The fast paths of issue 15 held to the definitions they replace: the one-pass
word finder of the audit to one regular expression per word, and the ``orjson``
parse of the strict reader to the ``json`` module's duplicate-refusing parse."""

from __future__ import annotations

import copy
import json
from functools import lru_cache
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ghouta_corpus.text.occurrences import WordFinder, word_matches

ALPHABET = "ab -_\n.é1\u2014"  # é joins a word (\\w); the dash does not
SETTINGS = settings(max_examples=400, deadline=None)


@SETTINGS
@given(text=st.text(ALPHABET, max_size=60), words=st.lists(st.text(ALPHABET, min_size=1, max_size=5), max_size=6))
def test_word_finder_equals_one_regex_per_word(text, words):
    found = WordFinder(words).find(text)
    for w in dict.fromkeys(words):
        assert found.get(w, []) == list(word_matches(text, w)), (text, w)
    assert set(found) == {w for w in words if list(word_matches(text, w))}  # a key only for a word that occurs


class _Spans:
    """A document as the audit's coverage index reads it: its spans' labels and offsets."""

    def __init__(self, spans):
        from types import SimpleNamespace
        self.spans = [SimpleNamespace(label=label, start=a, end=b) for label, a, b in spans]


@SETTINGS
@given(text=st.text(ALPHABET, max_size=60), words=st.lists(st.text(ALPHABET, min_size=1, max_size=5), max_size=6),
       spans=st.lists(st.tuples(st.sampled_from(["ACTOR", "CUE", "COUNT"]), st.integers(0, 60), st.integers(0, 60))
                      .map(lambda t: (t[0], min(t[1:]), max(t[1:]) + 1)), max_size=8),
       labels=st.sampled_from([("ACTOR",), ("ACTOR", "COUNT"), ("CUE",)]))
def test_uncovered_words_equal_one_lookup_per_word(text, words, spans, labels):
    # the gold gate's one coverage lookup per search, held to the per-word definition
    from ghouta_corpus.validate.audit import _COVER, _uncovered, _uncovered_words
    doc = _Spans(spans)
    where = WordFinder(words).find(text)
    try:
        want = {w: _uncovered(doc, m, labels) for w, m in where.items()}  # type: ignore[arg-type]
        # the index's answer (numpy) held to asking every span of the labels for every match
        assert want == {w: sorted({(a, b) for a, b in m if not any(
            x <= a and b <= y for label, x, y in spans if label in labels)}) for w, m in where.items()}
        assert _uncovered_words(doc, where, labels) == {w: m for w, m in want.items() if m}  # type: ignore[arg-type]
    finally:
        _COVER.clear()


def test_word_finder_keeps_regex_order_for_overlapping_occurrences():
    # "a a" occurs at 0 and 2 of "a a a"; re.finditer takes the first and goes on after it
    assert WordFinder(["a a", "a"]).find("a a a") == {"a a": [(0, 3)], "a": [(0, 1), (2, 3), (4, 5)]}
    assert WordFinder(["UN"]).find("UNHCR, the UN and UN-run camps") == {"UN": [(11, 13)]}


def _same(a, b) -> bool:
    """Equal values of the same types (1 is not 1.0, -0.0 is not 0.0, key order counts)."""
    if type(a) is not type(b):
        return False
    if isinstance(a, dict):
        return list(a) == list(b) and all(_same(a[k], b[k]) for k in a)
    if isinstance(a, list):
        return len(a) == len(b) and all(_same(x, y) for x, y in zip(a, b, strict=True))
    return repr(a) == repr(b)


def _outcome(parse, text):
    try:
        return "value", parse(text)
    except (ValueError, RecursionError) as e:
        return "error", type(e).__name__


KEYS = st.sampled_from(["a", "b", "a:b", "id", "é", ":"])
scalars = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False, allow_infinity=False),
                    st.text(max_size=6), st.sampled_from(["x:y", "::", "\\u003a"]))
values = st.recursive(scalars, lambda inner: st.one_of(
    st.lists(inner, max_size=4), st.lists(st.tuples(KEYS, inner), max_size=4)), max_leaves=20)


def _write(v) -> str:
    """JSON text of ``v``, with lists of pairs written as objects (so keys may repeat)."""
    import json
    if isinstance(v, list) and v and all(isinstance(p, tuple) for p in v):
        return "{" + ", ".join(f"{json.dumps(k)} : {_write(x)}" for k, x in v) + "}"
    if isinstance(v, list):
        return "[" + ",".join(_write(x) for x in v) + "]"
    if isinstance(v, str) and v.startswith("\\u"):
        return f'"{v}"'  # an escaped colon, written as the escape
    return json.dumps(v, ensure_ascii=bool(isinstance(v, str) and "é" in v))


JSONISH = st.text("{}[]\":,.-+eE0123456789 \\u003anulltrfs\t\n\x00é", max_size=40)


@settings(max_examples=600, deadline=None)
@given(text=st.one_of(values.map(_write), JSONISH, st.integers().map(lambda n: f'{{"n": {n}, "n2": {n}}}')))
def test_fast_parse_equals_the_strict_parse(text):
    from ghouta_corpus.io.read import parse_json, strict_parse
    raw = text.encode("utf-8")
    for t, parse in ((text, parse_json), (raw, parse_json), (text, lambda t: parse_json(t, raw))):  # raw: read_json's
        fast, slow = _outcome(parse, t), _outcome(strict_parse, t)
        assert fast[0] == slow[0], (text, fast, slow)
        assert _same(fast[1], slow[1]) if fast[0] == "value" else fast == slow, (text, fast, slow)


def test_fast_parse_refuses_what_orjson_would_let_through():
    import pytest

    from ghouta_corpus.io.read import parse_json
    with pytest.raises(ValueError, match="duplicate key 'a'"):
        parse_json('{"a": "x:y", "b": 1, "a": 2}')
    with pytest.raises(ValueError, match="duplicate key 'a'"):
        parse_json('{"a": 1, "a": "\\u003a\\u003a"}')  # escaped colons cannot make the counts agree
    assert parse_json("123456789012345678901234567890") == 123456789012345678901234567890  # an int, not a float


def _manifest_text(entries, tail) -> str:
    return '{"documents": [' + ", ".join(_write(e) for e in entries) + "]" + tail + "}"


TAILS = st.sampled_from(["", ', "x": 1', ', "documents": []', " ", ', "documents": [{"a": 1}]'])


@settings(max_examples=300, deadline=None)
@given(text=st.one_of(st.builds(_manifest_text, st.lists(values, max_size=4), TAILS), JSONISH,
                      st.sampled_from(['{"documents": {}}', '[{"documents": []}]', '{"documents": []} {}'])))
def test_streamed_manifest_is_what_the_strict_reader_parses(text):
    import tempfile
    from pathlib import Path

    from ghouta_corpus.io.manifest import ManifestDoubt, stream_entries
    from ghouta_corpus.io.read import strict_parse
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "manifest.json"
        path.write_text(text, encoding="utf-8")
        try:
            streamed = list(stream_entries(path, Path(tmp)))
        except ManifestDoubt:
            return  # the strict reader reads it whole and says what it finds
    whole = strict_parse(text)  # vouched for: the strict parse must succeed ...
    assert isinstance(whole, dict) and list(whole) == ["documents"], text  # ... with nothing but the documents
    assert _same(whole["documents"], streamed), text


@pytest.mark.parametrize("chunk", [3, 256])
def test_streamed_context_equals_the_whole_read(tmp_path, monkeypatch, chunk):
    """The streamed manifest's context answers as the one read whole: the same
    findings, ids in the same order, entries, positions and readable texts (entries
    checked by the schema in chunks that split the manifest, or in one)."""
    from ghouta_corpus.dev.synth import generate
    from ghouta_corpus.io.manifest import StreamedManifest
    from ghouta_corpus.validate.rules import manifest as rules
    monkeypatch.setattr(rules, "_CHUNK", chunk)
    root = generate(tmp_path / "ds", 7)
    (root / "raw" / "orphan.txt").write_text("x", encoding="utf-8")
    streamed = rules.check_manifest(root)
    monkeypatch.setattr(rules, "_streamed", lambda root, defer_raw: None)
    whole = rules.check_manifest(root)
    assert isinstance(streamed[1].manifest, StreamedManifest) and not isinstance(whole[1].manifest, StreamedManifest)
    assert [f.line() for f in streamed[0]] == [f.line() for f in whole[0]] and streamed[0]  # the orphan
    s, w = streamed[1], whole[1]
    assert list(s.manifest) == list(w.manifest) and len(s.manifest) == 7
    for doc_id in reversed(list(w.manifest)):  # backwards: each entry asked before the last one read
        assert s.manifest[doc_id] == w.manifest[doc_id] and s.position(doc_id) == w.position(doc_id)
        assert (doc_id in s.readable) == (doc_id in w.readable)
    assert "nowhere" not in s.manifest and s.manifest.get("nowhere") is None and sorted(s.readable) == sorted(w.readable)


@lru_cache(maxsize=1)
def _manifest_entries() -> list[dict[str, Any]]:
    import tempfile
    from pathlib import Path

    from ghouta_corpus.dev.synth import generate
    with tempfile.TemporaryDirectory() as tmp:
        return list(json.loads((generate(Path(tmp) / "ds", 3) / "manifest.json").read_text("utf-8"))["documents"])


_ENTRY_VALUES = st.one_of(st.none(), st.booleans(), st.integers(-2, 3), st.floats(allow_nan=False),
                          st.sampled_from(["", "x", "train", "test", "gold", "2018-03-20", "a.txt", "0" * 64]),
                          st.lists(st.integers(0, 2), max_size=2))


@settings(max_examples=200, deadline=None)
@given(edits=st.lists(st.tuples(st.integers(0, 5), st.integers(0, 30), st.one_of(st.just(None), _ENTRY_VALUES)),
                      max_size=6), size=st.integers(1, 6))
def test_a_chunk_of_manifest_entries_is_valid_exactly_when_each_entry_is(edits, size):
    """validate.rules.manifest checks streamed entries against the schema a chunk at a
    time (_CHUNK): the schema's verdict on a manifest of the chunk is its verdict on
    every entry alone (the proof's and jsonschema-rs's alike)."""
    from ghouta_corpus.model.vocab import is_valid, validator
    base = _manifest_entries()
    chunk = [copy.deepcopy(base[k % len(base)]) for k in range(size)]
    for k, field, value in edits:
        entry = chunk[k % size]
        key = sorted(entry)[field % len(entry)] if field < 20 else f"extra{field}"
        if value is None and key in entry:
            del entry[key]
        else:
            entry[key] = value
    each = all(is_valid("manifest", {"documents": [e]}) for e in chunk)
    assert is_valid("manifest", {"documents": chunk}) == each
    assert validator("manifest").is_valid({"documents": chunk}) == each


def _number_texts() -> st.SearchStrategy[str]:
    """Texts made of the lexicons' number words (in any case, glued or apart), digits,
    the separators the patterns look at, and the characters that fold to ASCII."""
    from ghouta_corpus.validate.numbers import FOLDS_TO_ASCII, _words
    pieces = st.one_of(st.sampled_from(_words()), st.sampled_from(["a", "of", "s", "one", "ten", "k"]),
                       st.text("0123456789,.:", min_size=1, max_size=6), st.sampled_from(list(" -_\n\u00e9\u201cxX")),
                       st.sampled_from(sorted(FOLDS_TO_ASCII)))
    cased = st.tuples(pieces, st.sampled_from([str, str.upper, str.title])).map(lambda t: t[1](t[0]))
    return st.lists(cased, max_size=12).map("".join)


@settings(max_examples=600, deadline=None)
@given(text=_number_texts())
def test_number_spans_equal_the_number_pattern(text):
    from ghouta_corpus.validate.numbers import number_pattern, number_spans
    assert number_spans(text) == {m.span() for m in number_pattern().finditer(text)}, text


def test_folds_to_ascii_is_every_such_character_of_unicode():
    """Lowercasing stands for re.IGNORECASE only away from these characters; the set is derived here."""
    import re

    from ghouta_corpus.validate.numbers import FOLDS_TO_ASCII
    chars = "".join(chr(i) for i in range(128, 0x110000) if not 0xD800 <= i < 0xE000)
    derived = set(re.findall("[a-z]", chars, re.I)) | {c for c in chars if any(x.isascii() for x in c.lower())}
    assert derived == set(FOLDS_TO_ASCII)
    assert all(len(c.lower()) == 1 for c in chars if c not in FOLDS_TO_ASCII)


def test_fewer_collections_raises_the_young_threshold_and_puts_it_back():
    import gc

    from ghouta_corpus.io.gcpolicy import YOUNG, fewer_collections
    before = gc.get_threshold()
    with fewer_collections():
        assert gc.get_threshold() == (max(YOUNG, before[0]), *before[1:])
        with fewer_collections():  # nested: the same
            assert gc.get_threshold()[0] == max(YOUNG, before[0])
    assert gc.get_threshold() == before
    try:
        with fewer_collections():
            raise KeyError("x")
    except KeyError:
        pass
    assert gc.get_threshold() == before


def test_validation_reads_the_annotators_word_lists_without_loading_the_annotator():
    # validating a dataset (its gold gate included) loads annotate/lexicons.py alone, not
    # the annotator's pipeline and what it imports (lemminflect, spaCy); an annotator
    # loaded afterwards in the same process shares that one module and its tables
    import subprocess
    import sys

    from conftest import ROOT
    code = """
import sys
from pathlib import Path
from ghouta_corpus.validate import validate_dataset
from ghouta_corpus.validate.lexicon_words import NAME, lexicons
assert validate_dataset(Path(sys.argv[1])).ok
assert "ghouta_corpus.annotate" not in sys.modules and "lemminflect" not in sys.modules, "annotator loaded"
words = lexicons()
import ghouta_corpus.annotate
from ghouta_corpus.annotate import lexicons as own
from ghouta_corpus.annotate.attribution import finder
assert own is words and sys.modules[NAME] is words
assert ghouta_corpus.annotate.annotate_text("Shelling hit Douma, residents said.", "x")[0].spans
print(len(words.cue_forms()))
"""
    r = subprocess.run([sys.executable, "-c", code, str(ROOT / "dataset")], capture_output=True, text=True,
                       check=False)
    assert r.returncode == 0, r.stderr[-2000:]
    from ghouta_corpus.annotate.lexicons import cue_forms
    assert int(r.stdout) == len(cue_forms()) > 0


class _Attributed:
    """A document as the attribution scores read it: records naming spans by id."""

    def __init__(self, bounds):
        self.attributions = [self]  # one record whose CUE spans are ``bounds``
        self._bounds = bounds

    def span_ids(self):
        return {"CUE": list(range(len(self._bounds)))}

    def span(self, i):
        from types import SimpleNamespace
        return SimpleNamespace(start=self._bounds[i][0], end=self._bounds[i][1])


@SETTINGS
@given(text=st.text(ALPHABET, max_size=60),
       bounds=st.lists(st.tuples(st.integers(0, 60), st.integers(0, 60)).map(lambda t: (min(t), max(t) + 1)),
                       max_size=8))
def test_covered_tokens_equal_the_test_of_every_span(text, bounds):
    # the agreement tables' token coverage (one bisection per token) held to its definition
    from ghouta_corpus.evaluate.scores import _covered
    from ghouta_corpus.text.tokens import tokenize
    toks = tokenize(text)
    want = {k for k, t in enumerate(toks) if any(a <= t.start and t.end <= b for a, b in bounds)}
    assert _covered(_Attributed(bounds), "CUE", toks) == want  # type: ignore[arg-type]
    assert _covered(None, "CUE", toks) == set()


@settings(max_examples=300, deadline=None)
@given(content=st.binary(max_size=40), limit=st.integers(0, 48), grown=st.binary(max_size=20),
       told=st.integers(0, 60))
def test_capped_read_is_one_read_of_limit_plus_one(tmp_path_factory, content, limit, grown, told):
    # the reader asks for the file's size before reading; whatever fstat said (a file
    # that grew after it, a size of 0 as /proc reports), it returns what
    # f.read(limit + 1) would: that is the definition it replaces (read from the
    # descriptor, in reads that may come back short)
    import os
    from unittest import mock

    from ghouta_corpus.io import read as reader

    path = tmp_path_factory.mktemp("capped") / "f"
    path.write_bytes(content + grown)
    want = (content + grown)[:limit + 1]
    with open(path, "rb") as f:
        assert f.read(limit + 1) == want
    for size in (min(told, len(content)), len(content + grown)):
        fd = os.open(path, os.O_RDONLY)
        try:
            assert reader._read_capped(fd, size, limit) == want
        finally:
            os.close(fd)
    real_read = os.read
    fd = os.open(path, os.O_RDONLY)
    try:  # a read that returns at most 3 bytes at a time reads on to the same bytes
        with mock.patch.object(reader.os, "read", side_effect=lambda d, n: real_read(d, min(n, 3))):
            assert reader._read_capped(fd, min(told, len(content)), limit) == want
    finally:
        os.close(fd)


class _QuoteDoc(_Spans):
    """A document as check_quotes reads it: its text, id and CONTENT offsets."""

    def __init__(self, text, spans):
        super().__init__([("CONTENT", a, b) for a, b in spans])
        self.text, self.doc_id = text, "d"


@SETTINGS
@given(text=st.text('ab "\u201c\u201d', max_size=40),
       spans=st.lists(st.tuples(st.integers(0, 40), st.integers(0, 40)).map(lambda t: (min(t), max(t) + 1)),
                      max_size=5))
def test_quote_check_equals_asking_every_content_span(text, spans):
    # the quote check's bisection into the coverage index, held to its definition
    import re
    from types import SimpleNamespace

    from ghouta_corpus.validate.audit import _COVER, QUOTES, check_quotes

    want = [(m.start(), m.group()) for m in re.finditer(f"[{QUOTES}]", text)
            if not any(a - 2 <= m.start() < b + 3 for a, b in spans)]
    try:
        got = [(s.start, s.text) for s in check_quotes(SimpleNamespace(documents=[_QuoteDoc(text, spans)]))]
    finally:
        _COVER.clear()
    assert got == want


_SPAN_VALUES = st.one_of(st.none(), st.integers(), st.sampled_from(["EVENT", "ACTOR", "e1"]), st.lists(st.just("EVENT"),
                                                                                                       max_size=1))
_SPANS = st.lists(st.one_of(st.dictionaries(st.sampled_from(["label", "event_id", "id"]), _SPAN_VALUES, max_size=3),
                            st.just("EVENT"), st.lists(st.just("label"), max_size=1), st.none()), max_size=5)


@SETTINGS
@given(data=st.one_of(st.fixed_dictionaries({"spans": _SPANS}), st.just({"spans": "x"}), st.just([])))
def test_event_ids_mentioned_equal_the_walk_over_every_span(data):
    # the runner's search for an EVENT label in C, held to the walk it skips
    from ghouta_corpus.validate.runner import _mentioned

    want = [sp["event_id"] for sp in (data.get("spans") if isinstance(data, dict) else None) or ()
            if isinstance(sp, dict) and sp.get("label") == "EVENT" and isinstance(sp.get("event_id"), str)]
    if isinstance(data, dict) and not isinstance(data["spans"], list):
        want = []
    assert list(_mentioned(data)) == want


@settings(max_examples=600, deadline=None)
@given(text=st.text("0123456789,.:; a\u0663\u00e9", max_size=30))
def test_digit_groups_equal_the_digit_pattern(text):
    # the numpy runs on ASCII texts (and the pattern on others), held to the pattern
    import re

    from ghouta_corpus.validate.numbers import digit_groups
    assert digit_groups(text) == {m.span() for m in re.finditer(r"\d+(?:[,.:]\d+)*", text)}, text


@settings(max_examples=300, deadline=None)
@given(text=st.text('ab "\u201c\u201d\n', max_size=40), chars=st.sampled_from(['"\u201c\u201d', '"', 'a"a', '']))
def test_char_occurrences_equal_the_character_class(text, chars):
    import re

    from ghouta_corpus.text.occurrences import char_occurrences
    want = [(m.start(), m.group()) for m in re.finditer(f"[{re.escape(chars)}]", text)] if chars else []
    assert char_occurrences(text, chars) == want
