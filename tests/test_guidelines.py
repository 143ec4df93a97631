"""A sample of the guidelines' decisions, checked against the data. Each test names
the rule of dataset/GUIDELINES.md it pins."""

from __future__ import annotations

import re

from conftest import DATASET
from ghouta_corpus.io.corpus import load_corpus

CORPUS = load_corpus(DATASET)
SPANS = [(d, s) for d in CORPUS.documents for s in d.spans]
MENTIONS = [(d, s) for d, s in SPANS if s.label in ("ACTOR", "LOCATION")]
PRONOUNS = {"they", "he", "she", "it", "we", "us", "them", "some", "others", "those", "there", "who", "which"}


def _find(doc_id: str, context: str, inner: str) -> tuple[int, int]:
    d = CORPUS.document(doc_id)
    k = d.text.index(context)
    a = k + context.index(inner)
    return a, a + len(inner)


def _labels_at(doc_id: str, start: int, end: int) -> set[str]:
    return {s.label for s in CORPUS.document(doc_id).spans if (s.start, s.end) == (start, end)}


def test_g13_no_mention_starts_with_a_determiner_or_number():
    bad = re.compile(r"^(the|a|an|their|its|his|her|our|some|other|such|both|these|those|this|that|\d|one|two|three|first|third|last)\b", re.I)
    offenders = [(d.doc_id, s.id, s.text) for d, s in MENTIONS if bad.match(s.text)]
    assert not offenders


def test_g10_pronouns_are_never_mentions():
    assert not [(d.doc_id, s.text) for d, s in MENTIONS if s.text.lower() in PRONOUNS]


def test_g12_g19_mentions_hold_no_quotes_and_no_possessive():
    assert not [s.text for _, s in MENTIONS if re.search(r"[\"\u201c\u201d]|'s$", s.text)]


def test_g16_generic_words_around_names_are_left_out():
    for ctx, name in [("the town of Harasta", "Harasta"), ("Idlib province", "Idlib"), ("Douma city", "Douma"),
                      ("Al Wafideen crossing point", "Al Wafideen"), ("Anadolu news agency", "Anadolu")]:
        doc = "aljazeera-ghouta-evacuations" if "Anadolu" in ctx else "trtworld-harasta-evacuation"
        a, b = _find(doc, ctx, name)
        assert _labels_at(doc, a, b) & {"ACTOR", "LOCATION"}, ctx
    a, b = _find("aljazeera-ghouta-evacuations", "the Ahrar al-Sham rebel group", "Ahrar al-Sham")
    assert "ACTOR" in _labels_at("aljazeera-ghouta-evacuations", a, b)


def test_g19_genitives_split():
    a, b = _find("trtworld-harasta-evacuation", "Russia's Defence Ministry", "Russia")
    c, d = _find("trtworld-harasta-evacuation", "Russia's Defence Ministry", "Defence Ministry")
    assert "ACTOR" in _labels_at("trtworld-harasta-evacuation", a, b) and "ACTOR" in _labels_at("trtworld-harasta-evacuation", c, d)


def test_g28_g29_every_nam_links_and_metonymic_damascus_is_the_government():
    assert all(s.entity_id for _, s in MENTIONS if s.mention_type == "NAM")
    a, b = _find("trtworld-harasta-evacuation", "which Damascus and Moscow deny", "Damascus")
    s = next(s for s in CORPUS.document("trtworld-harasta-evacuation").spans if (s.start, s.end) == (a, b) and s.label == "ACTOR")
    assert s.entity_id == "syrian-government" and s.actor_type == "government"


def test_g31_idlib_city_is_the_city_and_bare_idlib_the_province():
    doc = CORPUS.document("aljazeera-ghouta-evacuations")
    a, _ = _find(doc.doc_id, "Idlib city", "Idlib")
    for s in doc.spans_with("LOCATION"):
        if s.text == "Idlib":
            assert s.entity_id == ("idlib" if s.start == a else "idlib-province"), s.start


def test_g35_no_count_is_a_date_time_or_one_meaning_a():
    for _, s in SPANS:
        if s.label == "COUNT":
            assert not re.search(r"\d+:\d+|\b(19|20)\d\d\b", s.text), s.text
            assert s.text.lower() != "one", s.text


def test_g37_modifier_conventions():
    for _, s in SPANS:
        if s.label != "COUNT":
            continue
        if s.modifier in ("more_than", "at_least"):
            assert s.min == s.value and s.max is None, s.text
        if s.modifier in ("at_most", "less_than"):
            assert s.max == s.value and s.min is None, s.text
        if s.modifier == "exact":
            assert s.min == s.max == s.value, s.text
        if s.modifier == "vague":
            assert s.value is None and s.max is None and s.min in (24, 200, 2000, 200000), s.text
        if re.match(r"(?i)(more than|over)\b", s.text):
            assert s.modifier == "more_than", s.text
        if re.match(r"(?i)(nearly|almost)\b", s.text):
            assert s.modifier == "at_most", s.text
        if re.match(r"(?i)(some|around|about)\b", s.text):
            assert s.modifier == "approximately", s.text


def test_g38_percent_unit():
    for _, s in SPANS:
        if s.label == "COUNT":
            assert (s.unit == "percent") == s.text.endswith("percent"), s.text


def test_g50_cues_have_no_auxiliary_or_negation():
    for _, s in SPANS:
        if s.label == "CUE":
            assert not re.search(r"\b(not|did|does|was|has|had|is|have)\b", s.text), s.text


def test_g53_content_has_no_complementiser_enclosing_quotes_or_final_punctuation():
    for _, s in SPANS:
        if s.label == "CONTENT":
            assert not s.text.startswith("that "), s.text
            assert s.text[-1] not in ".,;:!?\"\u201d", s.text
            assert not (s.text[0] in "\"\u201c" and s.text.count('"') == 1), s.text


def test_g58_type_follows_quotation_marks():
    for d in CORPUS.documents:
        for a in d.attributions:
            quoted = []
            for cid in a.content:
                c = d.span(cid)
                before = d.text[max(0, c.start - 1):c.start]
                quoted.append(before in "\"\u201c" and before != "" or c.text.startswith('"'))
            if a.type == "direct":
                assert all(quoted), a.id
            if a.type == "indirect":
                assert not any(d.span(cid).text.startswith('"') for cid in a.content), a.id


def test_g48_pronoun_sources_are_sources_not_mentions():
    doc = CORPUS.document("aljazeera-ghouta-evacuations")
    a, b = _find(doc.doc_id, "she added", "she")
    assert _labels_at(doc.doc_id, a, b) == {"SOURCE"}


def test_g52_accuse_has_two_cues_and_two_contents():
    doc = CORPUS.document("trtworld-harasta-evacuation")
    rec = [a for a in doc.attributions if any(doc.span(c).text.startswith("accuse") for c in a.cue)]
    assert len(rec) == 2
    for a in rec:
        assert [doc.span(c).text for c in a.cue][1] == "of" and len(a.content) == 2


def test_g55_continued_quotations_are_one_record():
    doc = CORPUS.document("aljazeera-ghouta-evacuations")
    hazem = [a for a in doc.attributions if any("Hazem" in doc.span(s).text for s in a.source)]
    assert len(hazem) == 1 and len(hazem[0].content) == 3 and hazem[0].type == "direct"
