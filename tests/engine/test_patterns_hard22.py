"""Patterns found by the twenty-second hard set (benchmarks/hard22/: twelve dev situations rewritten in
the voice of a European institution's press office, with wording no set had used): each test an
invented readout and the statements GOLD-FORMAT.md gives it."""
from __future__ import annotations

from .test_patterns import assert_statements

_TALKS = "President Anton Maric met with Foreign Minister of Ostlund Greta Lind.\n\n"


def test_nouns_of_speech_after_a_possessive():
    """A person's words named by a noun after a possessive, the content after a colon or the topic
    after a verb of topic: "The President's message: …", "His message to the Minister: …", "Ms Lind's
    first words were words of thanks.", "The President's concern centred on …", "Ms Lind's
    contribution concerned …" (hard22 missed them); not "The President's message was read out by an
    aide." (a text carried), nor "The President's concern for the victims is well known." (no words
    reported)."""
    body = (_TALKS + "Ms Lind's first words were words of thanks for the invitation. The President's message: "
            "the border must stay open. Ms Lind's contribution concerned the railway: in her opinion, it must be "
            "finished by May. The President's concern centred on the harvest, which he called poor. His message "
            "to the Minister: Ostlund can count on its neighbours.\n\nThe President's message was read out by an "
            "aide. The President's concern for the victims is well known.")
    assert_statements(body, [
        ("Greta Lind", "indirect", "Ms Lind's first words were words of thanks for the invitation."),
        ("Anton Maric", "indirect", "The President's message: the border must stay open."),
        ("Greta Lind", "indirect", "Ms Lind's contribution concerned the railway: in her opinion, it must be "
                                   "finished by May."),
        ("Anton Maric", "indirect", "The President's concern centred on the harvest, which he called poor."),
        ("Anton Maric", "indirect", "His message to the Minister: Ostlund can count on its neighbours."),
    ])


def test_light_verbs_made_known_testified_seized_ruled_it_out_sent_a_letter():
    """"made known that", "made a point of repeating", "testified to", "seized the occasion to call
    for", "did not rule it out", "sent … a letter of congratulation" (hard22 missed them); not "seized
    the occasion to sign", "made a point of visiting", "the court ruled on", "sent a letter to the
    archive"."""
    body = (_TALKS + "Ms Lind made known that the embassy would reopen. The President testified to his "
            "country's support for the treaty. Ms Lind seized the occasion to call for a ceasefire. The President "
            "did not rule it out, subject to a vote. Ms Lind made a point of repeating that the border was open. "
            "Earlier, the President had sent Ms Lind a letter of congratulation.\n\nThe President seized the "
            "occasion to sign a decree. Ms Lind made a point of visiting the port. The court ruled on the case. "
            "The office sent a letter to the archive.")
    assert_statements(body, [
        ("Greta Lind", "indirect", "Ms Lind made known that the embassy would reopen."),
        ("Anton Maric", "indirect", "The President testified to his country's support for the treaty."),
        ("Greta Lind", "indirect", "Ms Lind seized the occasion to call for a ceasefire."),
        ("Anton Maric", "indirect", "The President did not rule it out, subject to a vote."),
        ("Greta Lind", "indirect", "Ms Lind made a point of repeating that the border was open."),
        ("Anton Maric", "indirect", "Earlier, the President had sent Ms Lind a letter of congratulation."),
    ])


def test_a_passive_with_its_agent_whose_complement_is_its_subject():
    """A passive with one person as its agent, the light verb's complement its subject: "Particular
    emphasis was placed by the President on …", "Heartfelt thanks were returned by Ms Lind", "A
    proposal … was supported by the President" (hard22 missed them); not "The bridge was supported by
    steel cables", "The books were returned by the library", "No emphasis was placed on it" (no agent)."""
    body = (_TALKS + "Particular emphasis was placed by the President on the railway. Heartfelt thanks were "
            "returned by Ms Lind, who recalled the last visit. A proposal by the mayor for a joint fair was "
            "supported by the President.\n\nThe bridge was supported by steel cables. The books were returned by "
            "the library. No emphasis was placed on it.")
    assert_statements(body, [
        ("Anton Maric", "indirect", "Particular emphasis was placed by the President on the railway."),
        ("Greta Lind", "indirect", "Heartfelt thanks were returned by Ms Lind, who recalled the last visit."),
        ("Anton Maric", "indirect", "A proposal by the mayor for a joint fair was supported by the President."),
    ])


def test_an_inserted_or_closing_attribution_of_a_that_verb():
    """A verb that speaks only with a that-clause ("observed that", "reported that") inserted into
    the clause it reports or closing it: "This year's harvest, the President observed, will be poor.",
    "More than 300 firms, she reported, have applied." (hard22 missed them); not "The figures, it was
    reported, were high." (no person), nor "The President observed the parade." (no speech)."""
    body = (_TALKS + "This year's harvest, the President observed, will be a poor one. More than 300 firms, Ms Lind "
            "reported, have already applied.\n\nThe figures, it was reported, were high. The President observed "
            "the parade.")
    assert_statements(body, [
        ("Anton Maric", "indirect", "This year's harvest, the President observed, will be a poor one."),
        ("Greta Lind", "indirect", "More than 300 firms, Ms Lind reported, have already applied."),
    ])


def test_a_quotation_attributed_by_thus_and_a_person():
    """A quotation closed by "– thus X" with no verb ("‘…’ – thus the Chancellor at the joint press
    conference."), the German press office's "so die Kanzlerin" (hard22 gave it no one); not "– thus the
    border" (no person)."""
    body = ("Federal Chancellor Ida Brenk met with President Anton Maric in Lirov.\n\n‘Our countries stand side by "
            "side’ – thus the Chancellor at the joint press conference that followed.\n\n‘The bridge will be rebuilt’ "
            "– thus the plan of the two governments.")
    assert_statements(body, [
        ("Ida Brenk", "direct", "Our countries stand side by side"),
    ])


def test_he_after_an_opening_source_is_that_source():
    """"In the assessment of X, …, and he encouraged …": the source a sentence opens with is the "he"
    after it, not the subject of the sentence before (hard22 gave the clause to the other man)."""
    body = ("President Anton Maric spoke by phone with Prime Minister Oskar Delavan.\n\nPrime Minister Delavan gave "
            "an account of his talks in Valmont. In the assessment of President Maric, these talks marked a real "
            "step forward, and he encouraged both sides to build on them.")
    assert_statements(body, [
        ("Oskar Delavan", "indirect", "Prime Minister Delavan gave an account of his talks in Valmont."),
        ("Anton Maric", "indirect", "In the assessment of President Maric, these talks marked a real step forward, "
                                    "and he encouraged both sides to build on them."),
    ])


def test_gave_an_addressee_and_two_words_before_backing():
    """"The President gave the sector his full backing": an addressee and two words before the noun of
    speech, four words in all (hard22 gave it no one, then gave "in his words" to the Minister); not
    "gave the sector two new buildings" (no noun of speech)."""
    body = ("President Anton Maric met representatives of the digital sector.\n\nThe President gave the sector his "
            "full backing. The President gave the sector two new buildings.")
    assert_statements(body, [
        ("Anton Maric", "indirect", "The President gave the sector his full backing."),
    ])
