"""Readings of known errors of this stop's new sets (stop 38): "the guest" of a host whose own minister is named
beside the visitor (forty-second hard sarnetia_president_ulmeria_prime_minister); "X made the statement as he met
with …" after the words it places (three-hundred-ninety-fifth belarus_president_2016-07-18_vakulchik).

Each test is a small invented readout (invented people and countries) and the statements
GOLD-FORMAT.md asks for; each rule's test fails without it, and a guard test keeps what it
must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements

VISIT = ("President of Dorvia Alma Kestrel met with Prime Minister of Velora Nina Halström, who is in Dorvia on an "
         "official visit. Dorvian Foreign Minister Lena Varga took part in the talks.\n\n")
THANKED = "The guest thanked the President for the invitation."
GATEWAY = "She said that Velora saw Dorvia as a gateway to the south."


def test_the_guest_is_not_of_the_hosts_country():
    """"President of Sarnetia X met with Prime Minister of Ulmeria Y … Sarnetian Foreign Minister Z … took part …
    The guest thanked for the invitation. She said …" (forty-second hard sarnetia_president_ulmeria_prime_minister):
    the guest is the visitor of another country, not the host's own minister named last."""
    assert_statements(VISIT + THANKED + " " + GATEWAY, [
        ("Nina Halström", "indirect", THANKED),
        ("Nina Halström", "indirect", GATEWAY),
    ])


def test_the_hosts_own_minister_still_speaks_guard():
    """Guard: the host's own minister, named as the subject, keeps her words and the "She said" after them."""
    briefed = "Lena Varga briefed the participants on the visa agreement."
    agreed = "She said the text had been agreed at expert level."
    assert_statements(VISIT + briefed + " " + agreed, [
        ("Lena Varga", "indirect", briefed),
        ("Lena Varga", "indirect", agreed),
    ])


PEACE = "Against the background of the crisis Dorvia should preserve peace inside the country."
MET = "Dorvian President Ivan Petrov made the statement as he met with Chairman of the Security Committee Karl Mann."


def test_made_the_statement_as_he_met_gives_the_sentence_before():
    """"Against the background … Belarus should preserve peace and tranquility inside the country. Belarus President X
    made the statement as he met with …" (three-hundred-ninety-fifth belarus_president_2016-07-18_vakulchik): the
    sentence after says only where the words before were said, as "said this during …" does; they are his."""
    assert_statements("Meeting with Karl Mann\n\n" + PEACE + " " + MET, [
        ("Ivan Petrov", "indirect", PEACE),
    ])


def test_made_the_statement_after_another_speakers_sentence_guard():
    """Guard: the sentence before has a speaker of its own; it stays his, and the "made the statement" sentence
    gives no one else's words."""
    report = "Karl Mann reported on the situation at the border."
    assert_statements("Meeting with Karl Mann\n\n" + report + " " + MET, [
        ("Karl Mann", "indirect", report),
    ])


def test_made_this_statement_after_a_presentation_stays_narrative_guard():
    """Guard (fiftieth kremlin_33865): "The President made this statement after a more detailed presentation by the
    Minister, X, who talked about …": it says when he spoke; with a speech word after it, still no words of its own."""
    cited = "At the meeting, Ivan Petrov cited growth as his priority."
    after = ("The President made this statement after a detailed presentation by the Trade Minister, Karl Mann, who "
             "talked about the plans for next year.")
    assert_statements("Meeting with the Government\n\nPresident Ivan Petrov met the Government. " + cited + "\n\n" + after, [
        ("Ivan Petrov", "indirect", cited),
    ])
