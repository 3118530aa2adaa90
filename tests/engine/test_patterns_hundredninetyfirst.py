"""Rules from the hundred-ninety-first held-out set (en.kremlin.ru, May-June and August-September 2001): invented
readouts, invented people and countries."""

from __future__ import annotations

from .test_patterns import assert_statements


def test_made_a_point_of_a_clause_is_a_statement():
    """"The Russian President made a point of the state policy’s backbone being education free of charge." (41879):
    stressed that it is so. Before, nothing (only "made a point of stressing …", a speech verb's gerund, was read)."""
    body = ("President Arvel Dunmore chaired a council session on schools.\n\n"
            "The President made a point of the state’s first duty being free schooling for every child.")
    assert_statements(body, [
        ("Arvel Dunmore", "indirect",
         "The President made a point of the state’s first duty being free schooling for every child."),
    ])


def test_made_a_point_of_a_visit_is_no_statement():
    """The guard: "made a point of visiting …" and "made a point of the visit" are an effort, no words said."""
    body = ("President Arvel Dunmore toured the northern provinces.\n\n"
            "Mr Dunmore made a point of the visit to the old harbour.")
    assert_statements(body, [])


def test_entrusted_someone_with_a_gerund_is_an_order():
    """"Vladimir Putin entrusted the Government with introducing … amendments into the concept …" (41879): an order, as
    "instructed the Government to introduce". Before, nothing."""
    body = ("President Arvel Dunmore chaired a council session on schools.\n\n"
            "Arvel Dunmore entrusted the Cabinet with drafting the amendments to the schools law by the end of the year.")
    assert_statements(body, [
        ("Arvel Dunmore", "indirect",
         "Arvel Dunmore entrusted the Cabinet with drafting the amendments to the schools law by the end of the year."),
    ])


def test_delivered_the_message_on_a_date_is_narrative():
    """"Vladimir Rushailo, …, who was visiting Bishkek, delivered the message on August 29." (41892): the carrier and the
    day, no words of his ("delivered a message on the crisis" is still read). Before, a statement of the carrier."""
    body = ("President Arvel Dunmore sent a message to President Oren Falk.\n\n"
            "Foreign Minister Lina Moss, who was visiting Borlandia, delivered the message on March 12.")
    assert_statements(body, [])


def test_a_title_that_forwarded_a_message_names_the_sender():
    """"President Vladimir Putin forwarded a message of greeting to Kyrgyz President Askar Akayev …" over "The message
    said, in part: / “I am convinced …”" (41892): the body names no one, the title's host wrote the message, as "sent
    a message". Before, the quoted paragraphs were given to no one."""
    body = ("The message said, in part:\n\n"
            "“I am convinced that the friendship of our nations will grow.\n\n"
            "“We highly appreciate the Borlandian contribution to the regional union.”")
    assert_statements(body, [
        ("Arvel Dunmore", "direct", "I am convinced that the friendship of our nations will grow."),
        ("Arvel Dunmore", "direct", "We highly appreciate the Borlandian contribution to the regional union."),
    ], title="President Arvel Dunmore forwarded a message of greeting to Borlandian President Oren Falk on Independence Day")


def test_an_attribution_inside_the_quote_marks_is_left_out():
    """"“In all circumstances, Putin said, it is necessary to preserve the continuity of the peace process …”" (41618):
    the clause "Putin said" printed inside the quote marks is no one's words; the two halves are the speaker's. Before,
    the clause was kept inside the direct statement."""
    body = ("The message stressed the need to end the fighting.\n\n"
            "“In any case, Dunmore said, it is necessary to keep the peace talks going.”")
    assert_statements(body, [
        ("Arvel Dunmore", "indirect", "The message stressed the need to end the fighting."),
        ("Arvel Dunmore", "direct", "In any case,"),
        ("Arvel Dunmore", "direct", "it is necessary to keep the peace talks going."),
    ], title="President Arvel Dunmore sent a message to President Oren Falk")
