"""Round twenty-four of the mention rules (issue 11), on invented sentences only, never
dev ones. Each test reads the whole ACTOR and LOCATION layers back."""

from __future__ import annotations

from sentences import mention_layers


def test_an_office_that_has_said_or_is_cited_is_the_body():
    # an office is the body housed in it where it speaks (G7, G70, G147), also past an
    # auxiliary or adverb before the cue, and after 'according to'
    assert mention_layers("The UN aid office has said that 3,000 people fled.") == (["UN aid office", "people"], [])
    assert mention_layers("The regional aid office has repeatedly said the road was shut.") == \
        (["regional aid office"], ["road"])
    assert mention_layers("More than 500 people arrived, according to the relief office.") == \
        (["people", "relief office"], [])
    assert mention_layers("The office, which is run by the rebels, put the toll at 30.") == \
        (["office", "rebels"], [])
    # the building: no cue of its own, a form of 'be', another subject's cue
    assert mention_layers("The aid office was said to be empty.") == ([], ["aid office"])
    assert mention_layers("The aid office has been shelled, residents said.") == (["residents"], ["aid office"])
    assert mention_layers("The aid office will reopen on Monday, officials said.") == \
        (["officials"], ["aid office"])
    assert mention_layers("According to a nurse at the aid office, 20 people died.") == \
        (["nurse", "people"], ["aid office"])
    assert mention_layers("The office, which staff said was empty, burned down.") == (["staff"], ["office"])
