"""Rules from the thousand-tenth held-out set (the Regional Commissioners of Singida's zone, Tanzania, widened to Rukwa
and Mara, 2017-2021): invented readouts, invented people and countries."""

from __future__ import annotations

from .test_patterns import assert_statements


def test_directed_district_councils_to_act_is_an_order():
    """"Mara Regional Commissioner Dr X has directed district councils in the region to help local investors …"
    (Daily News 2017-05-03): the councils under him, bodies in the plural as "ministries" and "institutions" are, so
    the sentence is his order, an indirect statement. Before, only his quotation after it was given."""
    body = ("Workers marked May Day in Torba.\n\n"
            "Vesk Regional Commissioner Dr Aldo Marun has directed district councils in the region to help local "
            "investors to invest in industries.\n\n"
            "\"Councils must help,\" he said in Torba on Monday.")
    assert_statements(body, [
        ("Aldo Marun", "indirect", "Vesk Regional Commissioner Dr Aldo Marun has directed district councils in the "
         "region to help local investors to invest in industries."),
        ("Aldo Marun", "direct", "Councils must help"),
    ])


def test_funds_directed_to_district_councils_are_no_order():
    """The guard: the councils after a preposition ("directed funds to district councils"), money sent their way, no
    order to them: no statement, as before."""
    body = ("Workers marked May Day in Torba.\n\n"
            "Vesk Regional Commissioner Dr Aldo Marun directed funds to district councils in the region last year.")
    assert_statements(body, [])


def test_part_of_their_statement_said_is_a_groups_text():
    """"“As his aides …, we will keep implementing … . We will also ensure …,” part of their statement said." after
    "eleven regional commissioners … made the statement" (Daily News 2017-06-27): a group's own text, as a joint
    statement is, so its words are no one's. Before, the tag was not read and the quotation fell to the meeting's
    chair, the one person the paragraph before named."""
    body = ("Regional commissioners met in Torba on Friday.\n\n"
            "The meeting, chaired by Vesk Regional Commissioner Aldo Marun, took place in Torba.\n\n"
            "\"We will keep implementing the directives. We will also ensure that the interests of the people come "
            "first,\" part of their statement said.")
    assert_statements(body, [])


def test_his_statement_said_stays_his():
    """The guard: "his statement said", one person's text, still gives the quotation to him, as before."""
    body = ("Regional commissioners met in Torba on Friday.\n\n"
            "The meeting, chaired by Vesk Regional Commissioner Aldo Marun, took place in Torba.\n\n"
            "\"We will keep implementing the directives. We will also ensure that the interests of the people come "
            "first,\" his statement said.")
    assert_statements(body, [
        ("Aldo Marun", "direct", "We will keep implementing the directives. We will also ensure that the interests "
         "of the people come first"),
    ])
