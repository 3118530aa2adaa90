"""Helper h1019 (sevenhundredseventyfourth, the Government of the Federation of Bosnia and Herzegovina as outlets print
it): a paragraph that glosses what a named country is made of ("Varnia consists of three provinces …") between two of
one speaker's paragraphs is the release's, not carried on as the speaker's words."""

from __future__ import annotations

from .test_patterns import assert_statements


def test_what_a_named_country_consists_of_is_no_ones():
    body = (
        "Ambassador Tomas Elver met Prime Minister Ilsa Dorn in Ostrava on Tuesday.\n\n"
        "Ambassador Elver also asked about the census, stressing it is important that the institutions be stable.\n\n"
        "Varnia consists of three provinces and a capital district: Ost, Mid and the District of Lenn.\n\n"
        "The Ambassador also noted the importance of solving the youth issue."
    )
    assert_statements(body, [
        ("Tomas Elver", "indirect",
         "Ambassador Elver also asked about the census, stressing it is important that the institutions be stable."),
        ("Tomas Elver", "indirect", "The Ambassador also noted the importance of solving the youth issue."),
    ])


def test_a_paragraph_of_the_speakers_own_between_is_still_carried_on():
    body = (
        "Ambassador Tomas Elver met Prime Minister Ilsa Dorn in Ostrava on Tuesday.\n\n"
        "Ambassador Elver also asked about the census, stressing it is important that the institutions be stable.\n\n"
        "Only a stable government can complete the reforms this year.\n\n"
        "The Ambassador also noted the importance of solving the youth issue."
    )
    assert_statements(body, [
        ("Tomas Elver", "indirect",
         "Ambassador Elver also asked about the census, stressing it is important that the institutions be stable."),
        ("Tomas Elver", "indirect", "Only a stable government can complete the reforms this year."),
        ("Tomas Elver", "indirect", "The Ambassador also noted the importance of solving the youth issue."),
    ])


_MESSAGE_OPENING = (
    "Mayor Lena Varo of Dornia extended congratulations, on behalf of the City Council and herself, to all citizens "
    "of Dornia on the occasion of May 12, Founding Day.\n\n"
)
_MESSAGE_CLOSE = (
    "\n\nTherefore, it is our duty to build Dornia as a city of equal citizens, regardless of origin.\n\n"
    "We are also obliged to leave a strong city to the generations to come. This is our debt to our only city, the "
    "Mayor states in her congratulatory message, announced the Mayor's Office."
)


def test_a_speech_verb_in_a_which_clause_on_a_thing_lets_the_message_go_on():
    """A message's unquoted paragraphs between her congratulations and the paragraph that names her message: the
    speech verb of a ", which …" clause ("which restored … and clearly and loudly expressed the will of …") is what
    a thing did, so the paragraph says nothing new and carries on her words."""
    middle = ("For our city, its people and their common future, the importance of the First Assembly is immeasurable, "
              "which restored the charter of our city and clearly and loudly expressed the will of its people to live "
              "together.")
    assert_statements(_MESSAGE_OPENING + middle + _MESSAGE_CLOSE, [
        ("Lena Varo", "indirect", _MESSAGE_OPENING.strip()),
        ("Lena Varo", "indirect", middle),
        ("Lena Varo", "indirect", "Therefore, it is our duty to build Dornia as a city of equal citizens, regardless of "
                                  "origin."),
        ("Lena Varo", "indirect", "We are also obliged to leave a strong city to the generations to come."),
        ("Lena Varo", "direct", "This is our debt to our only city"),
    ])


def test_a_speech_verb_after_a_closed_which_clause_is_still_a_cue():
    """Guard: "…, which met in 1901, expressed …": the clause is closed by its comma, the verb is the sentence's own
    (a body's), so the paragraph says something new and nothing is carried on."""
    middle = ("For our city, its people and their common future, the First Assembly, which met in 1901, expressed the "
              "will of its people to live together.")
    assert_statements(_MESSAGE_OPENING + middle + _MESSAGE_CLOSE, [
        ("Lena Varo", "indirect", _MESSAGE_OPENING.strip()),
        ("Lena Varo", "indirect", "We are also obliged to leave a strong city to the generations to come."),
        ("Lena Varo", "direct", "This is our debt to our only city"),
    ])
