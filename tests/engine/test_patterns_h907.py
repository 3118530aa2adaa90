"""Helper h907 (sixhundredeightyfifth, Lebanon's National News Agency): an ambassador's office after a state's one-word
possessive and before his name set off by commas ("… welcomed Narvia’s Ambassador to Solvia, Tomas Hurlig, …") is that
state's, the country after "to" only where he serves, so "the Narvian diplomat" later is he (name_offices
`_of_the_owning_state`); not a titled person's possessive ("President Orlan’s Ambassador")."""

from .test_patterns import assert_statements


def test_a_states_ambassador_to_a_country_is_its_diplomat():
    assert_statements(
        "Prime Minister Dorran Velk on Monday received Narvia’s Ambassador to Solvia, Tomas Hurlig.\n\n"
        "During the visit, the Narvian diplomat also briefed Velk on the situation in Narvia, which is slowly "
        "emerging from its crisis.\n\n"
        "Touching on trade, the Narvian Ambassador said that tariffs must fall.",
        [("Tomas Hurlig", "indirect", "During the visit, the Narvian diplomat also briefed Velk on the situation in "
          "Narvia, which is slowly emerging from its crisis."),
         ("Tomas Hurlig", "indirect", "Touching on trade, the Narvian Ambassador said that tariffs must fall.")],
    )


def test_a_titled_persons_ambassador_is_not_of_a_country_of_that_name():
    # ("President Orlan’s": a person's possessive, so "the Orlanian diplomat" is no one named here)
    assert_statements(
        "Prime Minister Dorran Velk on Monday received President Orlan’s Ambassador to Solvia, Tomas Hurlig.\n\n"
        "Hurlig said that the talks had gone well.\n\n"
        "The Orlanian diplomat briefed Velk on the harbour.",
        [("Tomas Hurlig", "indirect", "Hurlig said that the talks had gone well.")],
    )
