"""Helper h1157 (KE68, narrative read as speech): "X gave a presentation on <topic>" is a presentation given, an act the
golds narrate (0 for, 7 against on every gold at stop 68: sixhundredninth, hard83, styles39, styles57, styles63, and a
pair's and a delegation's); it used to be read as X's statement, as "gave an account of". "X made a presentation on …"
stays X's statement (fourteenth styles and fourhundredthirtyseventh's golds), and "gave an overview of" / "gave a
briefing on" stay statements. "X took to social media to share details of the interaction" (or "… to share about his
meeting") is a post about the meeting, narrative in both golds that hold the shape (eighthundredfourteenth,
sevenhundredseventyseventh); "took to X to thank …" and "took the opportunity to share …" stay statements."""

from __future__ import annotations

import pytest

from .test_patterns import assert_statements

OPENING = (
    "The Governor of Dorvan, Mr. Aran Dusk, received the Consul General of Veltoria, Mr. Tomas Brenn, at the Palace "
    "on Monday.\n\n"
    "The Governor said that Dorvan valued its ties with Veltoria.\n\n"
)
SAID = ("Aran Dusk", "indirect", "The Governor said that Dorvan valued its ties with Veltoria.")


@pytest.mark.parametrize("sentence", [
    "The Harbour Director, Ms. Ilsa Varkonen, gave a presentation on the port's new container terminal.",
    "Ms. Varkonen gave a detailed presentation about the harbour's dredging programme.",
    "Ilsa Varkonen gave a presentation to the visitors on the port's new container terminal.",
])
def test_a_presentation_given_on_a_topic_is_no_statement(sentence):
    """"The Harbour Director, Ms. X, gave a presentation on …" (hard83, styles57, sixhundredninth): narrative, as the
    golds read it; before, the sentence was the director's indirect statement."""
    assert_statements(OPENING + sentence, [SAID], title="Governor receives Veltorian Consul General")


def test_a_presentation_made_on_a_topic_is_still_a_statement():
    """Guard: "Ms. X made a presentation on …" (fourteenth styles oecara_commission) stays hers."""
    sentence = "The Harbour Director, Ms. Ilsa Varkonen, made a presentation on the port's new container terminal."
    assert_statements(OPENING + sentence, [SAID, ("Ilsa Varkonen", "indirect", sentence)],
                      title="Governor receives Veltorian Consul General")


def test_an_overview_given_is_still_a_statement():
    """Guard: "gave an overview of …" / "gave a briefing on …" (hard21, hard23) tell of it: still statements."""
    first = "The Harbour Director, Ms. Ilsa Varkonen, gave an overview of the port's new container terminal."
    second = "Mr. Brenn gave a briefing on the Veltorian fleet's plans."
    assert_statements(OPENING + first + "\n\n" + second,
                      [SAID, ("Ilsa Varkonen", "indirect", first), ("Tomas Brenn", "indirect", second)],
                      title="Governor receives Veltorian Consul General")


SOCIAL = (
    "The Governor of Dorvan, Mr. Aran Dusk, met the Veltorian Minister of Ports, Mr. Tomas Brenn, in Velmar on "
    "Monday.\n\n"
    "The Governor said that Dorvan valued its ties with Veltoria.\n\n"
)


@pytest.mark.parametrize("sentence", [
    "Later in the day, the Governor took to social media to share details of the interaction.",
    "He took to his X handle to share about his meeting with Mr. Brenn.",
])
def test_a_post_about_the_meeting_shared_on_social_media_is_no_statement(sentence):
    """"… took to social media to share details of the interaction." (eighthundredfourteenth theshillongtimes), "He took to
    his X handle to share about his meeting with …" (sevenhundredseventyseventh sentinelassam): narrative, as their golds
    read it; before, each was the Governor's indirect statement."""
    assert_statements(SOCIAL + sentence,
                      [("Aran Dusk", "indirect", "The Governor said that Dorvan valued its ties with Veltoria.")],
                      title="Dorvan Governor meets Veltorian Minister")


def test_words_posted_on_social_media_and_an_opportunity_to_share_are_still_statements():
    """Guard: "Mr. X took to X to thank the Governor …" (styles49, sixhundredsixtythird's "to extend warm
    congratulations") and "took the opportunity to share his plans …" still say something."""
    thank = "Mr. Brenn took to X to thank the Governor for his hospitality."
    share = "The Governor also took the opportunity to share his plans for the harbour."
    assert_statements(SOCIAL + thank + "\n\n" + share, [
        ("Aran Dusk", "indirect", "The Governor said that Dorvan valued its ties with Veltoria."),
        ("Tomas Brenn", "indirect", thank),
        ("Aran Dusk", "indirect", share),
    ], title="Dorvan Governor meets Veltorian Minister")
