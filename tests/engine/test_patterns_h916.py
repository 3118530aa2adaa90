"""Helper h916 (sixhundredninetysecond, the City of Sarajevo's mayors as sarajevo.ba, Sarajevo Times, EUFOR and IFIMES
print them): an all-capitals post written before its holder's name in apposition ("COMKAFOR, Major General Anton Bell
visited …") and later standing alone as a verb's subject ("COMKAFOR thanked the Mayor …"): the holder named after it
(`name_registry.NameRegistry._named_after_his_initialled_title`)."""

from .test_patterns import assert_statements


def test_initialled_post_before_its_holder_is_the_holder():
    assert_statements(
        "On Monday COMKAFOR, Major General Anton Bell visited the Mayor of Lindholm, Mr Per Vasko at the City Hall.\n\n"
        "Mayor Vasko talked about the projects of the city. COMKAFOR thanked the Mayor for the information before "
        "talking about the exercise.",
        [("Per Vasko", "indirect", "Mayor Vasko talked about the projects of the city."),
         ("Anton Bell", "indirect", "COMKAFOR thanked the Mayor for the information before talking about the "
          "exercise.")],
    )


def test_initialled_post_with_the_name_at_once_after_the_comma():
    assert_statements(
        "DIRKAFOR, Anton Bell met the Mayor of Lindholm, Per Vasko. DIRKAFOR assured the Mayor that the exercise "
        "would be short.",
        [("Anton Bell", "indirect", "DIRKAFOR assured the Mayor that the exercise would be short.")],
    )


def test_a_bodys_initials_with_no_holder_named_after_stay_no_ones():
    """Guard: "KAFOR, the force in Lindholm, …" sets no one's name after the comma: "KAFOR said" is the body's."""
    assert_statements(
        "The Mayor of Lindholm, Per Vasko met officers of KAFOR, the force stationed in Lindholm. KAFOR said that the "
        "exercise would be short. Mayor Vasko thanked the officers.",
        [("Per Vasko", "indirect", "Mayor Vasko thanked the officers.")],
    )
