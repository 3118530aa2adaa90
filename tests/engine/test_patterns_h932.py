"""Helper h932 (sevenhundredfourth, the Mayor of Chișinău's English news): an invitation "addressed" to its addressee is
one extended ("The mayor of the capital also addressed an invitation to the County President to visit …", lexicon's
"address" complements)."""

from .test_patterns import assert_statements


def test_an_invitation_addressed_to_a_guest_is_an_invitation_extended():
    assert_statements(
        "The General Mayor, Tomas Verlan, met the President of Orsk County, Dan Mirea.\n\n"
        "The mayor of the capital also addressed an invitation to the County President to visit Velmar, and in the "
        "next period a team of specialists will undertake a working visit to Orsk.",
        [("Tomas Verlan", "indirect", "The mayor of the capital also addressed an invitation to the County President "
          "to visit Velmar, and in the next period a team of specialists will undertake a working visit to Orsk.")],
    )


def test_an_invitation_addressed_to_the_mayor_in_a_passive_is_no_one_s_words():
    """Guard: the invitation's passive with no agent says nothing of anyone's."""
    assert_statements(
        "The General Mayor, Tomas Verlan, met the President of Orsk County, Dan Mirea.\n\n"
        "An invitation to the autumn fair was addressed to the delegation.",
        [],
    )
