"""Patterns found by helper h645's set fourhundredseventyninth (the Government of the Federated States of Micronesia's
releases: fsmgov.org, the FSM UN Mission, the Congress of the FSM): an information service's dateline "PALIKIR, Pohnpei
(FSM Information Service): April 25, 1997 - " is no one's words; "concluded with his warm personal regards" conveys
greetings; "reciprocated in stating that …" is speech in return; "went to mention …" is "went on to mention" with its
"on" lost; a headline's "New Japan Ambassador" names no Mr New; "X Chairman, A, and Y President, Mr. B, gave …" are two
people together.

Each test is a small invented readout (invented people and countries); the rule's tests fail without it, and guard
tests keep what it must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements

ANNOUNCE = (
    "TARVIK, Norland (Norland Information Service): April 25, 1997 - Acting President Pel Varro informed all "
    "department heads that he has designated Attorney General Iso Lant to handle routine matters.\n\n"
    "Varro left for the islands on Friday."
)


def test_an_information_service_dateline_is_no_ones_words():
    """"TARVIK, Norland (Norland Information Service): April 25, 1997 - " opens the paragraph: the place, the issuing
    office in brackets, a colon, the date and a dash are in no statement (before, the first statement began with them)."""
    assert_statements(ANNOUNCE, [
        ("Pel Varro", "indirect", "Acting President Pel Varro informed all department heads that he has designated "
                                  "Attorney General Iso Lant to handle routine matters."),
    ])


def test_an_information_service_dateline_in_mixed_case():
    """The same dateline with a place in mixed case and a long office name ("Vostra (Norland Mission to the United
    Nations): September 22, 2011 - ")."""
    body = ("Vostra (Norland Mission to the United Nations): September 22, 2011 - President Pel Varro thanked the "
            "families of the two diplomats for their support.")
    assert_statements(body, [
        ("Pel Varro", "indirect", "President Pel Varro thanked the families of the two diplomats for their support."),
    ])


def test_a_bracketed_office_without_a_date_stays_in_the_sentence():
    """Guard: "Minister Iso Lant (Norland Party) stressed: …" is no dateline (no date after the colon): the sentence
    keeps its opening words."""
    body = "Minister Iso Lant (Norland Party) stressed: the talks were useful. He thanked the hosts."
    assert_statements(body, [
        ("Iso Lant", "indirect", "Minister Iso Lant (Norland Party) stressed: the talks were useful."),
        ("Iso Lant", "indirect", "He thanked the hosts."),
    ])


LETTER = (
    "Acting President Pel Varro on January 22 congratulated the new President of Vostria, Iso Lant. He stated, "
    "\"I send my sincere congratulations and best wishes to you.\" Varro concluded with his warm personal regards."
)


def test_concluded_with_his_warm_regards_conveys_greetings():
    """"Varro concluded with his warm personal regards.": a letter closed on its sender's greetings, as "sent his best
    regards" (before, the sentence was no one's)."""
    assert_statements(LETTER, [
        ("Pel Varro", "indirect", "Acting President Pel Varro on January 22 congratulated the new President of "
                                  "Vostria, Iso Lant."),
        ("Pel Varro", "direct", "I send my sincere congratulations and best wishes to you."),
        ("Pel Varro", "indirect", "Varro concluded with his warm personal regards."),
    ])


def test_a_meeting_concluded_with_gifts_is_no_speech():
    """Guard: "The meeting concluded with the exchange of gifts." has no greetings: narrative."""
    body = ("President Pel Varro welcomed the Vostrian delegation. The meeting concluded with the exchange of gifts.")
    assert_statements(body, [
        ("Pel Varro", "indirect", "President Pel Varro welcomed the Vostrian delegation."),
    ])


CONGRESS = (
    "Ambassador Tenno Kagami, the new Ambassador of Vostria to Norland, paid a courtesy call on Vice Speaker Pol Moses.\n\n"
    "Vice Speaker Moses reciprocated in stating that he has had extensive engagements with the Embassy of Vostria. "
    "Vice Speaker Moses informed the ambassador that two volunteers are due to arrive."
)


def test_reciprocated_in_stating_is_speech_in_return():
    """"Vice Speaker Moses reciprocated in stating that …": words said in return, a speech verb's gerund after "in"
    (before, the sentence was no one's)."""
    assert_statements(CONGRESS, [
        ("Pol Moses", "indirect", "Vice Speaker Moses reciprocated in stating that he has had extensive engagements "
                                  "with the Embassy of Vostria."),
        ("Pol Moses", "indirect", "Vice Speaker Moses informed the ambassador that two volunteers are due to arrive."),
    ])


def test_reciprocated_the_visit_is_no_speech():
    """Guard: "The Vice Speaker reciprocated the visit." returns a visit, not words."""
    body = CONGRESS + " Vice Speaker Moses reciprocated the visit in May."
    assert_statements(body, [
        ("Pol Moses", "indirect", "Vice Speaker Moses reciprocated in stating that he has had extensive engagements "
                                  "with the Embassy of Vostria."),
        ("Pol Moses", "indirect", "Vice Speaker Moses informed the ambassador that two volunteers are due to arrive."),
    ])


SHIP = (
    "President Pel Varro welcomed the hospital ship to Tarvik. "
    "President Varro went to mention the young men and women serving in the Norland Navy."
)


def test_went_to_mention_is_went_on_to_mention():
    """"President Varro went to mention the young men and women …": "went on to mention" with its "on" lost (before,
    the sentence was no one's)."""
    assert_statements(SHIP, [
        ("Pel Varro", "indirect", "President Pel Varro welcomed the hospital ship to Tarvik."),
        ("Pel Varro", "indirect", "President Varro went to mention the young men and women serving in the Norland Navy."),
    ])


def test_went_to_call_on_is_a_visit():
    """Guard: "He went to call on the Governor." is a visit, not speech."""
    body = SHIP + " He went to call on the Governor of the island."
    assert_statements(body, [
        ("Pel Varro", "indirect", "President Pel Varro welcomed the hospital ship to Tarvik."),
        ("Pel Varro", "indirect", "President Varro went to mention the young men and women serving in the Norland Navy."),
    ])


ENVOY = (
    "On January 24, 2022, H.E. Tenno Kagami, the new Ambassador of Japan to Norland, paid a courtesy call on Vice "
    "Speaker Pol Moses.\n\n"
    "The discussion began with Ambassador Kagami stating that he was honored to be serving in Norland as an ambassador. "
    "Vice Speaker Moses informed the ambassador that two volunteers are due to arrive. "
    "The ambassador thanked Vice Speaker Moses and noted the beauty of the islands."
)


def test_a_headline_new_before_an_office_is_no_name():
    """Title "New Japan Ambassador visits Vice Speaker Moses": "New" is the office newly taken, read as "Outgoing";
    before, a Mr New, the Japan Ambassador of the title, took "The ambassador thanked …" from Tenno Kagami. ("The
    discussion began with Ambassador X stating that …" is his too, as the gold of fourhundredseventyninth's real readout
    has it: h741's rule on what an event began with.)"""
    assert_statements(ENVOY, [
        ("Tenno Kagami", "indirect", "The discussion began with Ambassador Kagami stating that he was honored to be "
                                     "serving in Norland as an ambassador."),
        ("Pol Moses", "indirect", "Vice Speaker Moses informed the ambassador that two volunteers are due to arrive."),
        ("Tenno Kagami", "indirect", "The ambassador thanked Vice Speaker Moses and noted the beauty of the islands."),
    ], title="New Japan Ambassador visits Vice Speaker Moses")


def test_new_zealand_stays_a_nation():
    """Guard: "New Zealand" before an office is the nation still, no office modifier."""
    from readout_tui.engine.phrases import phrase_starting_at
    text = "New Zealand Ambassador visits the island"
    phrase = phrase_starting_at(text, 0, len(text))
    assert phrase is not None and phrase.country == "new zealand" and phrase.name == ()


GUESTS = (
    "President Pel Varro met with citizens and guests in Vostra.\n\n"
    "Bank Chairman, Iso Lant, and Fund President, Mr. Aren Palik, made a presentation on the proposed lending "
    "scheme. Tax Director, Mr. Tomas Nimer, gave an overview of the economy."
)


def test_two_offices_each_with_its_holder_set_off_are_a_group():
    """"Bank Chairman, Iso Lant, and Fund President, Mr. Aren Palik, made a presentation …": two people listed as one
    subject, each with an office before the name (before, the sentence went to Aren Palik alone)."""
    assert_statements(GUESTS, [
        ("Tomas Nimer", "indirect", "Tax Director, Mr. Tomas Nimer, gave an overview of the economy."),
    ])


def test_one_office_and_its_holder_set_off_still_speaks():
    """Guard: "Fund President, Mr. Aren Palik, made a presentation on …" alone is his."""
    body = GUESTS.replace("Bank Chairman, Iso Lant, and ", "")
    assert_statements(body, [
        ("Aren Palik", "indirect", "Fund President, Mr. Aren Palik, made a presentation on the proposed lending scheme."),
        ("Tomas Nimer", "indirect", "Tax Director, Mr. Tomas Nimer, gave an overview of the economy."),
    ])
