"""Rules from the nine-hundred-fifty-fifth held-out set (the Menteri Besar of Pahang, Malaysia, and those who speak at
or of his meetings, 2014-2024): invented readouts, invented people and countries."""

from __future__ import annotations

from .test_patterns import assert_statements


def test_office_with_no_article_then_its_holder_inverted_after_said():
    """"The Pahang government is planning …, said Pahang Menteri Besar, Datuk Seri X." (Malay Mail 2024-04-27): the
    office with no article, a comma, then the holder's name closing the sentence; the name speaks, and "he" after him.
    Before, the office alone was read as the speaker, matched no one, and the readout lost every statement."""
    body = ("The Zembran government is planning to build new ports in all districts, said Zembran Chief Minister, "
            "Datuk Arlo Venn.\n\n“We met investors last week,” he said.")
    assert_statements(body, [
        ("Arlo Venn", "indirect", "The Zembran government is planning to build new ports in all districts, said "
                                  "Zembran Chief Minister, Datuk Arlo Venn."),
        ("Arlo Venn", "direct", "We met investors last week"),
    ])


def test_office_then_a_name_that_does_not_close_the_sentence_is_left():
    """The guard: "…, said Chief Minister, Arlo Venn and Dana Orr." does not close at the name (a list follows): the
    office is not swapped for the first name, so no statement is given to Venn alone."""
    body = ("The Zembran government is planning to build new ports in all districts, said Chief Minister, "
            "Arlo Venn and Dana Orr.\n\nThe ports will open in May.")
    result = assert_statements(body, [])
    assert all(s.speaker is None or "Venn" not in s.speaker for s in result.statements)


def test_plantation_is_a_portfolio_in_a_committees_list():
    """"State Tourism, Environment, Plantation and Bio-technology Committee chairman X … said …" (Malay Mail 2018-07-27):
    "Plantation" and "Bio-technology" are portfolios, as "Agriculture" is, not a Mr Plantation beside the chairman, a
    pair that said nothing; the chairman speaks, and "he added" next is his. Before, the sentence went to no one and
    "he added" to the Chief Minister named before."""
    body = ("Chief Minister Ivo Marsh said the state would grow.\n\n"
            "Meanwhile, State Tourism, Environment, Plantation and Bio-technology Committee chairman Datuk Kel Varo "
            "said various programmes were being planned to promote the river.\n\n"
            "They included fishing and river cruises, he added.")
    assert_statements(body, [
        ("Ivo Marsh", "indirect", "Chief Minister Ivo Marsh said the state would grow."),
        ("Kel Varo", "indirect", "Meanwhile, State Tourism, Environment, Plantation and Bio-technology Committee "
                                 "chairman Datuk Kel Varo said various programmes were being planned to promote the "
                                 "river."),
        ("Kel Varo", "indirect", "They included fishing and river cruises, he added."),
    ])


def test_two_people_joined_by_and_are_still_a_pair():
    """The guard: two named people joined by "and" before the verb stay a pair ("Ivo Marsh and Kel Varo discussed
    …"), no one's statement."""
    body = ("Chief Minister Ivo Marsh and Committee chairman Kel Varo discussed the plantation sector's plans.")
    assert_statements(body, [])
