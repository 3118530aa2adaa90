"""Review rf17 (h1281, h1282, h1278's rules): near shapes where a new rule did worse than base, each mended in the
rule's module. Invented readouts, invented people and places."""

from __future__ import annotations

from .test_patterns import assert_statements

_LEAD = ("The Member of Parliament for Dwenase, Hon. Kelo Maradi, has donated 20 desks to schools and pledged more, "
         "according to his political secretary.\n")


def test_on_behalf_after_a_participle_opener_leaves_the_name_the_subject():
    """`_ON_BEHALF_OF_A_NAMED_PRINCIPAL` steps back to the one before ", on behalf of"; after a participle's opener
    ("Receiving the items, on behalf of the Assembly, Mr Y, said …") no one stands there, and Y speaks (h1278 made the
    sentence no one's)."""
    body = ("The Velmora Municipal Assembly received two pickups on Monday. Receiving the items, on behalf of the "
            "Velmora Municipal Assembly, Mr Tavi Oroko, said they would be used well.")
    assert_statements(body, [
        ("Tavi Oroko", "indirect", "Receiving the items, on behalf of the Velmora Municipal Assembly, Mr Tavi Oroko, "
                                   "said they would be used well."),
    ])


def test_on_behalf_of_a_named_principal_still_the_agents():
    """The rule's own shape kept: "X, on behalf of the Regional Minister, Hon. Y, hinted …" is X's."""
    body = ("The Obenta Regional Coordinating Director, Mr. Kelo Maradi, on behalf of the Regional Minister, Hon. Tavi "
            "Oroko, hinted that the roads would be built.")
    assert_statements(body, [
        ("Kelo Maradi", "indirect", body),
    ])


def test_one_named_next_with_an_apposition_is_not_the_aide():
    """`aide_closing_the_lead_named_next`: "…, according to his political secretary. / Mr. Y, a headmaster, told …"
    sets Y off with an identity of his own, no aide; the lead stays as at base, the principal's, and Y has only his
    own sentence (h1278 gave the lead to the headmaster)."""
    body = _LEAD + "Mr. Tavi Oroko, a headmaster, told journalists that the desks had not arrived."
    assert_statements(body, [
        ("Kelo Maradi", "indirect", _LEAD.strip()),
        ("Tavi Oroko", "indirect", "Mr. Tavi Oroko, a headmaster, told journalists that the desks had not arrived."),
    ])


def test_aide_named_bare_next_still_tells_the_lead():
    """The rule's own shape kept: "Mr. Y told journalists …" bare after the lead's closing source is the aide."""
    body = _LEAD + "Mr. Tavi Oroko told journalists that the desks would arrive soon."
    assert_statements(body, [
        ("Tavi Oroko", "indirect", _LEAD.strip()),
        ("Tavi Oroko", "indirect", "Mr. Tavi Oroko told journalists that the desks would arrive soon."),
    ])


def test_one_named_next_with_an_of_phrase_is_not_the_aide():
    """`aide_closing_the_lead_named_next`: "Mr. Y of Dwenase School said …" after the lead's closing "according to his
    aide" names Y by a place of his own, no aide; the lead stays as at base, its unnamed aide's, no one's (h1278 gave
    it to Y)."""
    lead = ("The Member of Parliament for Dwenase, Hon. Kelo Maradi, has donated 20 desks to schools, according to his "
            "aide.\n")
    body = lead + "Mr. Tavi Oroko of Dwenase School said the desks were late."
    assert_statements(body, [
        ("Tavi Oroko", "indirect", "Mr. Tavi Oroko of Dwenase School said the desks were late."),
    ])
