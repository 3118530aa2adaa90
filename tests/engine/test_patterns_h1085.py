"""Helper h1085 (eighthundredtwentyfifth, the President of the Generalitat of Catalonia as papers print him): a law's
name ("the Ostravan Statute of Autonomy", "the Belmont Constitution") is no person whom the nationality alone later
names and "she" means; a lead-in whose subject is an unnamed spokesperson, official or aide brought in by "A"/"An"
("A spokeswoman for the Ostravan government said: “…”") is no one's, not the last subject's; a spokeswoman named
after her office ("A spokeswoman for the government, Mira Holt, said:") still speaks."""

from __future__ import annotations

from .test_patterns import assert_statements


def test_a_statute_is_no_person():
    body = (
        "Minister Lena Varro said, in a press conference after the meeting, that the talks went well.\n\n"
        "She said that the government will act within the framework of the Ostravan Statute of Autonomy.\n\n"
        "As for the topic of Ostravan calls for a vote, she said that it was not raised."
    )
    assert_statements(body, [
        ("Lena Varro", "indirect",
         "Minister Lena Varro said, in a press conference after the meeting, that the talks went well."),
        ("Lena Varro", "indirect",
         "She said that the government will act within the framework of the Ostravan Statute of Autonomy."),
        ("Lena Varro", "indirect", "As for the topic of Ostravan calls for a vote, she said that it was not raised."),
    ])


def test_a_charter_stays_no_person():
    # guard: a law word already known ("Charter") reads as before
    body = (
        "Minister Lena Varro said, in a press conference after the meeting, that the talks went well.\n\n"
        "She said that the government will act within the framework of the Ostravan Charter of Autonomy.\n\n"
        "As for the topic of Ostravan calls for a vote, she said that it was not raised."
    )
    assert_statements(body, [
        ("Lena Varro", "indirect",
         "Minister Lena Varro said, in a press conference after the meeting, that the talks went well."),
        ("Lena Varro", "indirect",
         "She said that the government will act within the framework of the Ostravan Charter of Autonomy."),
        ("Lena Varro", "indirect", "As for the topic of Ostravan calls for a vote, she said that it was not raised."),
    ])


BELMONT = (
    "First Minister Lena Varro is set to visit Ostrava, after meeting President Paul Dresner.\n\n"
    "The two governments also agreed to strengthen trading links.\n\n"
)


def test_an_unnamed_spokeswoman_leading_in_is_no_one():
    body = BELMONT + (
        "A spokeswoman for the Ostravan government said: “It was a warm meeting. The aim is to strengthen that.”\n\n"
        "A Belmont Government spokesperson added: “We will look towards opportunities to work together.”"
    )
    assert_statements(body, [])


def test_an_unnamed_official_telling_reporters_is_no_one():
    body = BELMONT + "A senior official told reporters: “It was a warm meeting.”"
    assert_statements(body, [])


def test_a_named_spokeswoman_still_speaks():
    # guard: a spokeswoman named after her office keeps her words
    body = BELMONT + "A spokeswoman for the government, Mira Holt, said: “It was a warm meeting.”"
    assert_statements(body, [("Mira Holt", "direct", "It was a warm meeting.")])


GENERALITAT = "The President of the Generalitat, Paul Varro, traveled to Brussels this Thursday.\n\n"


def test_the_head_of_an_unlisted_peoples_executive_is_its_president():
    # "Ostravan" is no country the word lists know: "the head of the Ostravan executive" is still a head of the
    # executive, the President named before, neither a person "Ostravan Executive" nor a head of nothing
    body = GENERALITAT + (
        "The head of the Ostravan executive has indicated that one of his aims was to recover ties, and he has "
        "congratulated himself on having achieved it."
    )
    assert_statements(body, [
        ("Paul Varro", "indirect",
         "The head of the Ostravan executive has indicated that one of his aims was to recover ties, and he has "
         "congratulated himself on having achieved it."),
    ])


def test_the_head_of_the_ostravan_executive_capitalised_is_no_person():
    body = GENERALITAT + "The head of the Ostravan Executive said that the ties were recovered."
    assert_statements(body, [
        ("Paul Varro", "indirect", "The head of the Ostravan Executive said that the ties were recovered."),
    ])


def test_the_head_of_a_listed_countrys_government_stays():
    # guard: a country the lists know keeps its reading ("the head of the Spanish government": Spain's)
    body = (
        "The President of the Generalitat, Paul Varro, met Spanish Prime Minister Lena Holt this Thursday.\n\n"
        "The head of the Spanish government said that the ties were recovered."
    )
    assert_statements(body, [
        ("Lena Holt", "indirect", "The head of the Spanish government said that the ties were recovered."),
    ])
