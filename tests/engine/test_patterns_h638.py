"""Rules from the four-hundred-seventy-fourth held-out set (the Government of Sierra Leone: State House, the Ministry of
Foreign Affairs and International Cooperation, their releases as APO Group and allAfrica carry them): invented
readouts, invented people and countries."""

from __future__ import annotations

import pytest

from .test_patterns import assert_statements


def test_a_toast_proposed_is_no_statement():
    """"President X later proposed a toast to the health and beautiful relationship between …" (State House): a glass
    raised at a ceremony, no words given, as "offered a luncheon". Before, "proposed" made it the President's
    statement."""
    body = ("President Arno Tellis has received letters of credence from three envoys at a ceremony at the presidency.\n\n"
            "President Tellis congratulated the new heads of mission on their appointments.\n\n"
            "President Arno Tellis later proposed a toast to the health and beautiful relationship between Norland "
            "and the three countries.")
    assert_statements(body, [
        ("Arno Tellis", "indirect", "President Tellis congratulated the new heads of mission on their appointments."),
    ])


def test_a_toast_proposed_with_its_words_quoted_still_speaks():
    """The same verb with the toast's words after a colon: those words are his, the lead-in none (the rule above
    leaves the verb alone there)."""
    body = ("President Arno Tellis hosted the envoys at the presidency.\n\n"
            "President Tellis proposed a toast: “To the friendship of our peoples!”")
    result = assert_statements(body, [
        ("Arno Tellis", "direct", "To the friendship of our peoples!"),
    ])
    assert len(result.statements) == 1


def test_provided_the_listener_with_a_briefing_is_a_report():
    """"The Deputy Minister …, Madam X, introduced the Special Envoy and his team and provided President Bio with a
    briefing on their visit." (State House): a briefing given, its listener and "with" before it, as "gave Ms X a
    rundown of …". Before, only "provided a briefing" was one."""
    body = ("President Arno Tellis received the Special Envoy of Osland, Ivo Marr, at State House.\n\n"
            "The Deputy Minister of Foreign Affairs, Madam Lena Varga, introduced the Special Envoy and his team and "
            "provided President Tellis with a briefing on their visit.")
    assert_statements(body, [
        ("Lena Varga", "indirect", ("The Deputy Minister of Foreign Affairs, Madam Lena Varga, introduced the Special "
                                   "Envoy and his team and provided President Tellis with a briefing on their visit.")),
    ])


def test_provided_the_farmers_with_a_thing_is_no_report():
    """Not a thing supplied ("provided the farmers with seedlings"): only the nouns of a report given."""
    body = ("Minister Lena Varga visited the district on Monday.\n\n"
            "Minister Varga provided the farmers with seedlings and fertiliser.")
    result = assert_statements(body, [])
    assert not result.statements


def test_a_bare_office_no_one_holds_is_the_untitled_subject_before_it():
    """"… bid farewell to the Minister of Foreign Affairs … Dr. X welcomed the diplomats to the Ministry and told them
    … The minister reminded the diplomats that …" (the Ministry's release), an ambassador and a director general
    named later: the bare office no one named holds is the last subject, named with no office at all. Before, the
    sentence was no one's once anyone else was named in the readout."""
    body = ("Ten ambassadors bid farewell to the Minister of Foreign Affairs at his office in Osk.\n\n"
            "Dr. Arno Tellis welcomed the diplomats to the Ministry and told them that they are the face of the "
            "country. The minister reminded the diplomats that they were well trained.\n\n"
            "The Ambassador to Varna, Dr. Ivo Marr, thanked the Minister for his words of guidance.")
    assert_statements(body, [
        ("Arno Tellis", "indirect", ("Dr. Arno Tellis welcomed the diplomats to the Ministry and told them that they "
                                    "are the face of the country.")),
        ("Arno Tellis", "indirect", "The minister reminded the diplomats that they were well trained."),
        ("Ivo Marr", "indirect", "The Ambassador to Varna, Dr. Ivo Marr, thanked the Minister for his words of guidance."),
    ])


@pytest.mark.parametrize("behalf", ["on behalf of his colleague Diplomats", "on behalf of his colleagues",
                                    "on behalf of the envoys"])
def test_on_behalf_of_without_commas_before_the_verb(behalf):
    """"Sierra Leone’s Ambassador to Germany, Dr. X on behalf of his colleague Diplomats thanked the Minister …" (the
    Ministry's release): for whom the subject speaks, with no commas, as "X, on behalf of his colleagues, thanked".
    Before, the words before the verb were no person and the sentence no one's."""
    body = ("Ten ambassadors bid farewell to Foreign Minister Arno Tellis in Osk.\n\n"
            f"Norland’s Ambassador to Varna, Dr. Ivo Marr {behalf} thanked the Minister for his words of guidance.")
    assert_statements(body, [
        ("Ivo Marr", "indirect", (f"Norland’s Ambassador to Varna, Dr. Ivo Marr {behalf} thanked the Minister for his "
                                 "words of guidance.")),
    ])


def test_two_offices_of_one_holder_before_the_name():
    """"The Director General and Ambassador-At-Large, Mr. X wished the diplomats well and asked them …" (the Ministry's
    release): two offices joined by "and" with no article, then the holder's name after a comma, no comma closing
    it: one person, not a pair as "The HR/VP Federica Mogherini and Iranian Foreign Minister, Javad Zarif" is."""
    body = ("Ten ambassadors bid farewell to Foreign Minister Arno Tellis in Osk.\n\n"
            "The Director General and Ambassador-At-Large, Mr. Ivo A.S Marr wished the diplomats well and asked them "
            "to represent the country.")
    assert_statements(body, [
        ("Ivo A.S Marr", "indirect", ("The Director General and Ambassador-At-Large, Mr. Ivo A.S Marr wished the "
                                     "diplomats well and asked them to represent the country.")),
    ])


def test_a_name_and_an_office_before_a_name_stay_a_pair():
    """The pair the rule above leaves: a named person, "and", another office and name: both, a group."""
    body = ("The Foreign Minister Arno Tellis and Osland Foreign Minister, Ivo Marr also discussed the border.")
    result = assert_statements(body, [])
    assert not [s for s in result.statements if s.speaker]


def test_a_farewell_headline_names_no_person_bid_farewell():
    """"Ambassadors and High Commissioners Bid Farewell to the Minister of Foreign Affairs and International Cooperation"
    (the Ministry's release): the plural "Bid" after " and " is the headline's verb, as "Meet" is; the run had made one
    person "High Commissioners Bid Farewell", named before the body's speaker, who then was not the only one named with
    no office, and the bare "The minister" after him was no one's."""
    body = ("After their induction, 12 Ambassadors and High commissioners bids farewell to the Minister of Foreign "
            "Affairs at his office.\n\n"
            "Dr. Arno Tellis welcomed the diplomats to the Ministry. The minister reminded the diplomats that they "
            "were well trained.\n\n"
            "Norland’s Ambassador to Varna, Dr. Ivo Marr thanked the Minister for his words of guidance.")
    result = assert_statements(body, [
        ("Arno Tellis", "indirect", "Dr. Arno Tellis welcomed the diplomats to the Ministry."),
        ("Arno Tellis", "indirect", "The minister reminded the diplomats that they were well trained."),
        ("Ivo Marr", "indirect", "Norland’s Ambassador to Varna, Dr. Ivo Marr thanked the Minister for his words of guidance."),
    ], title="Ambassadors and High Commissioners Bid Farewell to the Minister of Foreign Affairs")
    assert not any("Farewell" in sp.name for sp in result.speakers)


def test_two_untitled_people_named_before_a_bare_office_stay_undecided():
    """The guard the rule above keeps (twohundredninetythird's "Mme Selin received Mr Olek Tarnas today"): two named
    before "The minister", neither with an office: either may be meant, no one is read."""
    body = ("Dr. Arno Tellis received Dr. Ivo Marr at the Ministry. Dr. Arno Tellis welcomed the guest to the Ministry.\n\n"
            "The minister reminded the guest that the two countries were old friends.")
    assert_statements(body, [
        ("Arno Tellis", "indirect", "Dr. Arno Tellis welcomed the guest to the Ministry."),
    ])


@pytest.mark.parametrize("dateline", ["State House, Osk, Tuesday 17 December 2024 – ",
                                      "Presidential Lodge, Osk, Sunday 4 July 2021 - ",
                                      "Osk, Republic of Norland, Monday, 15 February 2021 – "])
def test_a_dateline_with_its_weekday_is_in_no_sentence(dateline):
    """"State House, Freetown, Tuesday 17 December 2024 – The Head of State of the Republic of Guinea, President X, sent a
    special envoy … to … and reaffirmed their commitment …" (State House): places set off by commas, the weekday, the
    date and a dash open the paragraph and are no one's words; the sentence opens with its subject, whose second verb
    after "and" then finds it. Before, the dateline opened the sentence and the joined verb had no person."""
    body = (dateline + "The Head of State of the Republic of Osland, President Ivo Marr, sent a special envoy to "
            "President Arno Tellis and reaffirmed their commitment to deepen the bilateral relationship.")
    assert_statements(body, [
        ("Ivo Marr", "indirect", ("The Head of State of the Republic of Osland, President Ivo Marr, sent a special envoy "
                                 "to President Arno Tellis and reaffirmed their commitment to deepen the bilateral "
                                 "relationship.")),
    ])
