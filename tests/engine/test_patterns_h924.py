"""Helper h924 (styles48, environment and climate ministries' international meetings): the constructions its readouts
showed the engine missing, each with a guard for what it must not change."""

from .test_patterns import assert_statements


def test_group_clause_after_a_noting_that_opening_carries_on_no_one():
    # "Noting that …, both sides commended …": the sentence's subject is a group, not the last speaker's words going on
    assert_statements(
        "Mr. Odric Velstane, Minister of Rivers of Pashkoria, led the delegation.\n\n"
        "Mr. Velstane thanked Ambrelle for the flood forecasts.\n\n"
        "Noting that the two countries share nine rivers, both sides commended the cooperation of their agencies.",
        [("Odric Velstane", "indirect", "Mr. Velstane thanked Ambrelle for the flood forecasts.")],
    )


def test_noting_that_fragment_still_carries_on_the_speaker():
    # guard: a fragment with no subject of its own after his words still goes on as his
    assert_statements(
        "“We will share the data every hour,” Minister Odric Velstane said.\n\n"
        "Noting that the rivers of the two countries flood in the same weeks, and that the warnings must come early.",
        [("Odric Velstane", "direct", "We will share the data every hour"),
         ("Odric Velstane", "indirect",
          "Noting that the rivers of the two countries flood in the same weeks, and that the warnings must come early.")],
    )


def test_warm_welcome_with_its_words_after_saying_that_is_a_statement():
    # "X extended her warm welcome on behalf of NMA saying that …": the welcome's words told, hers
    assert_statements(
        "Dr Ysolbeth Quarnel, Administrator of the Weather Office, chaired the meeting.\n\n"
        "Dr Quarnel extended her warm welcome on behalf of the Office saying that it valued the partnership with Osterhelm.",
        [("Ysolbeth Quarnel", "indirect",
          "Dr Quarnel extended her warm welcome on behalf of the Office saying that it valued the partnership with "
          "Osterhelm.")],
    )


def test_warm_welcome_to_a_delegation_stays_narrative():
    # guard: a host's greeting with no words told is narrative
    assert_statements(
        "Dr Ysolbeth Quarnel, Administrator of the Weather Office, chaired the meeting.\n\n"
        "Dr Quarnel extended a warm welcome to the delegation from Osterhelm and showed them the radar hall.",
        [],
    )
