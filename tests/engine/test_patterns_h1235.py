"""Rules from the ninety-first hard set (stop 71): "Ma." (Maria) shortened inside a Philippine name beside a surname "Ma"
ending a sentence; a mayor called by his own country's word ("The Sindaco said …", "The Alcalde told …"); a plural
noun of people before "who" ("Farmers who met Governor X … said …": a group, never X); "The programme also featured …"
after one person's words (the event told, no one's). Invented readouts, invented people and places."""

from __future__ import annotations

from .test_patterns import assert_statements

_FARMS = ("MATINDOG — The Secretary of Agriculture of Sambria, Ma. Corazon Tambelo, on Friday visited the farms of "
          "Matindog with the Governor of Ilvar, Mr. Rodolfo Banaket.\n\n")


def test_ma_inside_a_name_is_part_of_it():
    """"Secretary Ma. Corazon Tambelo said …": "Ma." is Maria shortened, no sentence's end; the whole sentence is hers.
    Before, the sentence was cut at "Ma." and "Secretary Ma." lost."""
    body = _FARMS + "Secretary Ma. Corazon Tambelo said the department would give each farmer two sacks of seed."
    assert_statements(body, [
        ("Ma. Corazon Tambelo", "indirect", "Secretary Ma. Corazon Tambelo said the department would give each farmer "
                                            "two sacks of seed."),
    ])


def test_a_surname_ma_ending_a_sentence_is_not_the_next_speaker():
    """Guard and rule: "…, Mr. Wei Ma. The Secretary said …": the sentence ends at "Ma." ("The" opens the next one), and
    "The Secretary" is Ma. Corazon Tambelo, named with that office; before, the office went to Mr. Ma."""
    body = _FARMS + ("The Secretary later met the grain buyers, with the chairman of their association, Mr. Wei Ma. "
                     "The Secretary said the government would buy wet grain at a floor price.")
    assert_statements(body, [
        ("Ma. Corazon Tambelo", "indirect", "The Secretary said the government would buy wet grain at a floor price."),
    ])


_SISTER = ("PORTO — The Governor of Ilvar, Mr. Rodolfo Banaket, on Tuesday received the Mayor of Castelvetra, "
           "Mr. Giancarlo Pessoni, at the Capitol.\n\n")


def test_the_sindaco_is_the_mayor_named_before():
    """"The Sindaco said …" for "the Mayor of Castelvetra, Mr. X" (hard91): the Italian word for a mayor, kept in
    English, is the one mayor named; before, no one spoke."""
    body = _SISTER + "The Sindaco said the town's fishermen wanted to learn how the cooperatives dried their catch."
    assert_statements(body, [
        ("Giancarlo Pessoni", "indirect", "The Sindaco said the town's fishermen wanted to learn how the cooperatives "
                                          "dried their catch."),
    ])


def test_the_alcalde_is_the_mayor_named_before():
    """"The Alcalde told reporters …": the Spanish word for a mayor, the one mayor named."""
    body = _SISTER + "The Alcalde told reporters that the port would open a line for dried mangoes."
    assert_statements(body, [
        ("Giancarlo Pessoni", "indirect", "The Alcalde told reporters that the port would open a line for dried "
                                          "mangoes."),
    ])


def test_the_sindacos_office_is_a_body():
    """Guard: "The Sindaco's office said in a statement …": a body's words, not the mayor's."""
    body = _SISTER + "The Sindaco's office said in a statement that the two cities would sign a plan in May."
    assert_statements(body, [])


def test_farmers_who_met_a_named_governor_are_a_group():
    """"Farmers who met Governor Banaket on Friday evening said …" (hard91): a group (GOLD-FORMAT), never the Governor
    named as the object of "met"; before, the words went to him."""
    body = _FARMS + ("Farmers who met Governor Banaket on Friday evening said the price of fertiliser had doubled "
                     "since June.")
    assert_statements(body, [])


def test_a_surname_like_a_plural_before_who_still_speaks():
    """Guard: "Sanders who met Governor Banaket at the villa said …" after "Senator Ruth Sanders" is named: a surname
    known in the readout, not a plural noun of people, so she speaks."""
    body = _FARMS + ("Senator Ruth Sanders also attended.\n\nSanders who met Governor Banaket at the villa said the "
                     "price of fertiliser had doubled.")
    assert_statements(body, [
        ("Ruth Sanders", "indirect", "Sanders who met Governor Banaket at the villa said the price of fertiliser had "
                                     "doubled."),
    ])


_PLAZA = ("PORTO — The Mayor of Porto Sagra, Mrs. Teresa Dalumpan, on Saturday opened the city's heritage week.\n\n"
          "Mayor Dalumpan discussed the city's plan to restore the customs house as a museum.\n\n")


def test_the_programme_also_featured_is_no_ones():
    """"The programme also featured a cultural display …" right after the Mayor's "discussed …" (hard91): what the
    event held, told by the readout; before, it was the Mayor's report carried on."""
    body = _PLAZA + ("The programme also featured a cultural display by the dancers of Matindog.\n\n"
                     "She said the museum would open in 2028.")
    assert_statements(body, [
        ("Teresa Dalumpan", "indirect", "Mayor Dalumpan discussed the city's plan to restore the customs house as a "
                                        "museum."),
        ("Teresa Dalumpan", "indirect", "She said the museum would open in 2028."),
    ])


def test_a_particle_after_a_first_name_keeps_the_first_name():
    """"Governor of Lorsa Ana de Brito said …": the particle opens no name after the place; her first name before it
    is the name's start ("Ana de Brito"), not "de Brito"."""
    body = ("LORSA — The province opened its new schools office on Monday.\n\n"
            "Governor of Lorsa Ana de Brito said the province would build two schools.")
    assert_statements(body, [
        ("Ana de Brito", "indirect", "Governor of Lorsa Ana de Brito said the province would build two schools."),
    ])


def test_a_holder_named_after_his_country_keeps_his_name():
    """Guard: "Minister of Energy of Osterra Paulo Renz said …": the place, then his two names, as before."""
    body = "OSTERRA — Minister of Energy of Osterra Paulo Renz said the grid would reach every village."
    assert_statements(body, [
        ("Paulo Renz", "indirect", "Minister of Energy of Osterra Paulo Renz said the grid would reach every village."),
    ])
