"""Rules from the nine-hundred-eighty-fifth held-out set (Ghana's Savannah Regional Minister, Damongo, and those who
speak at the region's meetings, 2019-2022): invented readouts, invented people and countries."""

from __future__ import annotations

from .test_patterns import assert_statements

_DONATION = "Kelo Maradi, the MP for Dorvan, has donated two pickups to the police in Velmora. "


def test_name_set_off_after_office_before_an_uncommaed_participle_speaks():
    """"The Savannah Regional minister, X, addressing the 30 schools and four security agencies in the West Gonja
    Municipality urged all to …" (Adom Online 2022-03-07): the name set off after the office, then a participle phrase
    with no comma of its own before the verb. Before, no one's (and the next "He, therefore, urged …" went to the MP)."""
    body = _DONATION + ("The regional minister, Tavi Oroko, addressing the 30 schools and four security agencies in the "
                        "municipality urged all to adopt the spirit of the first citizens. "
                        "He, therefore, urged residents and students to work hard.")
    assert_statements(body, [
        ("Tavi Oroko", "indirect", "The regional minister, Tavi Oroko, addressing the 30 schools and four security "
                                   "agencies in the municipality urged all to adopt the spirit of the first citizens."),
        ("Tavi Oroko", "indirect", "He, therefore, urged residents and students to work hard."),
    ])


def test_name_set_off_as_an_object_before_a_participle_is_no_subject():
    """The guard: the name set off after a verb's object ("thanked the envoy, Y, addressing …") is no subject; the
    office must open the clause, so the sentence stays the one who thanked."""
    body = _DONATION + ("Mr Maradi thanked the envoy, Pell Arun, addressing the crowd in the square before the parade "
                        "began.")
    assert_statements(body, [
        ("Kelo Maradi", "indirect", "Mr Maradi thanked the envoy, Pell Arun, addressing the crowd in the square "
                                    "before the parade began."),
    ])


def test_opener_name_and_address_aside_speaks():
    """"Also, Mr Jinapor, in his address, promised the Savannah Regional education directory of his support …" (Adom
    Online 2022-03-07): after an opener, the aside "in his address" (or "in his remarks") set off by commas, its noun
    also a verb's form, read its owner "his" as the subject. Before, no one's."""
    body = _DONATION + ("Also, Mr Maradi, in his address, promised the regional education directorate his support. "
                        "However, Mr Maradi, in his remarks, said the roads would be built.")
    assert_statements(body, [
        ("Kelo Maradi", "indirect", "Also, Mr Maradi, in his address, promised the regional education directorate "
                                    "his support."),
        ("Kelo Maradi", "indirect", "However, Mr Maradi, in his remarks, said the roads would be built."),
    ])


def test_his_address_as_a_subject_is_still_a_thing():
    """The guard: "His address touched on …" opens the sentence with the talk itself, no one's words told."""
    body = _DONATION + "Also, his address touched on the roads of the region."
    assert_statements(body, [])


def test_the_mp_means_the_member_of_parliament():
    """"Member of Parliament (MP) for Damongo constituency, X, has donated … The MP, who doubles as Minister of …, also
    promised to donate a boat …" (Adom Online 2022-03-07): "the MP" is the Member of Parliament written out. Before, no
    one's."""
    body = ("Member of Parliament for Dorvan, Kelo Maradi, has donated two pickups to the police. "
            "The MP, who doubles as Minister of Mines, also promised to donate a boat for the lake patrols.")
    assert_statements(body, [
        ("Kelo Maradi", "indirect", "The MP, who doubles as Minister of Mines, also promised to donate a boat for the "
                                    "lake patrols."),
    ])


def test_the_mp_is_not_a_minister():
    """The guard: "the MP" does not take a Minister who sits in no parliament the readout names."""
    body = ("Minister of Mines, Kelo Maradi, has donated two pickups to the police. "
            "The MP also promised to donate a boat for the lake patrols.")
    assert_statements(body, [])


def test_made_these_comments_at_a_themed_occasion_is_narrative():
    """"The Savannah regional Minister made these comments at the Djokuulbina festival … under the Theme; “Unity and
    Peace: The Bedrock for development- the role of the Lobi Youth”." (Nkilgi FM 2021-05-17): where and when the words
    before were said, the quotation only the occasion's theme. Before, the whole sentence was his."""
    body = ("Regional Minister Kelo Maradi said the farms of Dorvan would grow. "
            "The Minister made these comments at the harvest festival at Kori on 16th May, 2021 under the Theme; "
            "“Unity and Peace: The Bedrock for development”.")
    assert_statements(body, [
        ("Kelo Maradi", "indirect", "Regional Minister Kelo Maradi said the farms of Dorvan would grow."),
    ])


def test_made_these_comments_with_a_quotation_of_his_own_speaks():
    """The guard: a quotation after the occasion that is no theme gives the comments ("…, saying “…”")."""
    body = ("Regional Minister Kelo Maradi said the farms of Dorvan would grow. "
            "The Minister made these comments at the harvest festival, saying “we are one people”.")
    assert_statements(body, [
        ("Kelo Maradi", "indirect", "Regional Minister Kelo Maradi said the farms of Dorvan would grow."),
        ("Kelo Maradi", "indirect", "The Minister made these comments at the harvest festival, saying “we are one "
                                    "people”."),
    ])
