"""Readings of the thirty-second hard set (hard32): invented readouts in the voices of a presidency's news and
transcripts, a president's office joined by a scraper, and a White House in Markdown.

Each test is a small invented readout (invented people and countries) and the statements
GOLD-FORMAT.md asks for; a guard test keeps what it must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements


def test_cut_in_to_ask_is_a_question_put():
    """"The President cut in to ask how many of the rescue boats … had actually been delivered." (thirty-second hard
    velsk_security_council_sarn_floods): broke in to speak, as "chimed in"."""
    body = (
        "President Arvo Lind held a meeting with members of the Security Council.\n\n"
        "Minister of Transport Edda Holm reported on the repair of the river bridges.\n\n"
        "Arvo Lind cut in to ask when the bridge at Vellen would reopen to lorries."
    )
    assert_statements(body, [
        ("Edda Holm", "indirect", "Minister of Transport Edda Holm reported on the repair of the river bridges."),
        ("Arvo Lind", "indirect", "Arvo Lind cut in to ask when the bridge at Vellen would reopen to lorries."),
    ], title="Meeting with members of the Security Council")


def test_a_cut_in_a_rate_stays_narrative():
    """Guard: "cut in half" and "a cut in the tariff" are no one breaking in to speak: no statement."""
    body = (
        "President Arvo Lind visited the port of Vellen.\n\n"
        "Arvo Lind cut in half the ribbon stretched across the new pier."
    )
    assert_statements(body, [], title="President Lind visited Vellen")


def test_cut_before_a_colon_without_its_particle_introduces_no_quotation():
    """Guard: "(cut at the excerpt limit): “…”" in a note: a thing shortened, no one breaking in to speak; the
    quotation after the colon is no one's (the form the dump check of the rule above found in a set's notes)."""
    body = (
        "Minister of Transport Edda Holm visited the port of Vellen and spoke about the new pier.\n"
        "- Left out: not whole in the stored excerpt (cut at the excerpt limit): \"Vellen – Visit by Edda Holm (8 May)\""
    )
    assert_statements(body, [
        ("Edda Holm", "indirect", "Minister of Transport Edda Holm visited the port of Vellen and spoke about the new pier."),
    ], title="Minister Holm visited Vellen")


def test_items_of_speech_verbs_after_a_verbless_lead_in_keep_their_objects():
    """"During the meeting, the Vice President:" / "Reaffirmed the United States' support …;" / "Welcomed President
    X's commitment to …;" (thirty-second hard, a Vice President's meeting with President Benn of Sarune, its Markdown
    list read as a paragraph per item): a name or a country after the speech verb that opens each item is its
    object, not a subject that ends the list; every item is the Vice President's."""
    body = (
        "Vice President Dana Pell met today with President Ivo Marr of the Republic of Kestra.\n\n"
        "During the meeting, the Vice President:\n\n"
        "Reaffirmed the United States' support for Kestra's independent judiciary;\n\n"
        "Welcomed President Marr's commitment to hold local elections in the spring;\n\n"
        "Announced new assistance for rural clinics.\n\n"
        "President Marr thanked the Vice President for the assistance."
    )
    assert_statements(body, [
        ("Dana Pell", "indirect", "Reaffirmed the United States' support for Kestra's independent judiciary;"),
        ("Dana Pell", "indirect", "Welcomed President Marr's commitment to hold local elections in the spring;"),
        ("Dana Pell", "indirect", "Announced new assistance for rural clinics."),
        ("Ivo Marr", "indirect", "President Marr thanked the Vice President for the assistance."),
    ])


def test_an_item_opened_by_a_passive_participle_ends_the_list():
    """Guard: "Welcomed by President X at the palace, the delegation toured …" opens with a participle whose agent
    follows, a narrative of the group: the list is over, no statement of the lead-in's person."""
    body = (
        "Vice President Dana Pell met today with President Ivo Marr of the Republic of Kestra.\n\n"
        "During the meeting, the Vice President:\n\n"
        "Reaffirmed support for Kestra's independent judiciary;\n\n"
        "Welcomed by President Marr at the palace, the delegation toured the new court building."
    )
    assert_statements(body, [
        ("Dana Pell", "indirect", "Reaffirmed support for Kestra's independent judiciary;"),
    ])


def test_a_who_clause_after_the_one_heard_from_or_a_passives_agent_is_theirs():
    """"The convening was opened by White House Domestic Policy Advisor X, who told participants that …" and
    "Participants heard from Administrator Y of …, who announced …" (thirty-second hard, a White House convening on
    wildfire smoke): the person heard from, or the passive's agent, speaks in the clause set off after them."""
    body = (
        "Today, the White House convened fire chiefs and school leaders from nine states.\n\n"
        "The convening was opened by White House Domestic Policy Advisor Mara Quint, who told participants that smoke "
        "is now a year-round threat.\n\n"
        "Participants heard from Administrator Tobias Renn of the Forest Service, who announced new grants for "
        "firebreaks."
    )
    assert_statements(body, [
        ("Mara Quint", "indirect", "The convening was opened by White House Domestic Policy Advisor Mara Quint, who told "
         "participants that smoke is now a year-round threat."),
        ("Tobias Renn", "indirect", "Participants heard from Administrator Tobias Renn of the Forest Service, who "
         "announced new grants for firebreaks."),
    ], title="Readout of the White House Convening on Wildfire Smoke")


def test_a_which_clause_after_a_body_as_agent_stays_unattributed():
    """Guard: "The visit was planned by the Governor's office, which announced …": the passive's agent is an office,
    no person, and its clause a "which": no statement."""
    body = (
        "Today, President Ada Voss travelled to Kellen.\n\n"
        "The visit was planned by the Governor's office, which announced the route a week ago."
    )
    assert_statements(body, [], title="President Voss travelled to Kellen")


def test_the_conversation_continued_over_lunch_ends_the_last_turn():
    """"The conversation continued over lunch." after the last label (thirty-second hard velsk_president_princess_altmark):
    what the meeting did, narrative, as "The talks continued in an expanded format"; the turn before is over."""
    body = (
        "Arvo Lind met with Sovereign Prince of Merse Konrad.\n\n"
        "Arvo Lind: Your Serene Highness, welcome to Velsk.\n\n"
        "Prince Konrad of Merse: Thank you, Mr President.\n\n"
        "Arvo Lind: We will gladly support the fencing school.\n\n"
        "The conversation continued over lunch."
    )
    assert_statements(body, [
        ("Arvo Lind", "direct", "Your Serene Highness, welcome to Velsk."),
        ("Konrad", "direct", "Thank you, Mr President."),
        ("Arvo Lind", "direct", "We will gladly support the fencing school."),
    ], title="Meeting with Sovereign Prince of Merse Konrad")


def test_a_turn_that_tells_of_talks_over_a_matter_stays_in_the_turn():
    """Guard: a turn's own paragraph "The ties continued over the centuries, …" is no narrative of the meeting (the pattern
    needs "The talks / meeting / conversation" before "continued"): still the speaker's."""
    body = (
        "Arvo Lind met with Sovereign Prince of Merse Konrad.\n\n"
        "Arvo Lind: Your Serene Highness, welcome to Velsk.\n\n"
        "The ties continued over the centuries, and we are proud of them."
    )
    assert_statements(body, [
        ("Arvo Lind", "direct", "Your Serene Highness, welcome to Velsk."),
        ("Arvo Lind", "direct", "The ties continued over the centuries, and we are proud of them."),
    ], title="Meeting with Sovereign Prince of Merse Konrad")
