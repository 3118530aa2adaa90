"""Rules from the nine-hundred-twenty-third held-out set (the Governors of Helmand and Kandahar, Afghanistan, and those
at their meetings, 2014-2024): invented readouts, invented people and countries."""

from __future__ import annotations

from .test_patterns import assert_statements

_MET = "Governor Tamsin Orr of Lirna province met Envoy Ardo Velk of Kestria in Lirna on Monday. "
_ENVOY_MET = "Lirna’s governor, Tamsin Orr, met with Kestria’s envoy, Ardo Velk.\n\n"


def test_not_disclosed_after_a_report_is_the_writers_note():
    """"In a recent meeting with X, as reported by the … national television, Akhund extended congratulations on … /
    The specifics of X's visit to Kandahar, including whether he met with the Taliban leader, have not been disclosed."
    (Amu TV 2024-03-12): what is not known, a negated passive with no one who speaks, the writer's note. Before, the
    governor's report carried on."""
    body = (_ENVOY_MET + "In a recent meeting with Velk, as reported by the state television, Orr extended congratulations "
            "on the outcome of the Kestrian elections.\n\n"
            "The specifics of Velk’s visit to Lirna, including whether he met with the Lirnan leader, have not been "
            "disclosed.")
    assert_statements(body, [
        ("Tamsin Orr", "indirect", "In a recent meeting with Velk, as reported by the state television, Orr extended "
         "congratulations on the outcome of the Kestrian elections."),
    ])


def test_terms_not_made_public_and_date_yet_to_be_announced():
    """"… were not made public", "… is yet to be announced" after a report: the same note, no one's."""
    body = (_ENVOY_MET + "In a recent meeting with Velk, as reported by the state television, Orr extended congratulations "
            "on the outcome of the Kestrian elections.\n\n"
            "The terms of the deal were not made public. The date of the next visit is yet to be announced.")
    assert_statements(body, [
        ("Tamsin Orr", "indirect", "In a recent meeting with Velk, as reported by the state television, Orr extended "
         "congratulations on the outcome of the Kestrian elections."),
    ])


def test_not_disclosed_in_a_speakers_own_clause_still_speaks():
    """The guard: "Orr said the details had not been disclosed to her." is her report (a cue of its own), and a
    carried sentence with no negation ("The details of the plan will be shared with the elders.") goes on as before."""
    body = (_MET + "Orr said the details of the deal had not been disclosed to her.")
    assert_statements(body, [
        ("Tamsin Orr", "indirect", "Orr said the details of the deal had not been disclosed to her."),
    ])


def test_quotation_then_an_indefinite_description_and_the_name():
    """"“We don’t want small projects …,” a tribal elder from the district, Bakht Meer, said." (Pajhwok): who the
    speaker is with "a", set off by a comma, then his name and the verb; the name speaks, the quoted words only.
    Before, the words and the description were read as one unquoted statement, or the quotation fell to the speaker
    before."""
    body = (_MET + "“We will build the roads,” Orr said.\n\n"
            "“We want schools, not promises,” a tribal elder from the district, Bram Sollen, said.")
    assert_statements(body, [
        ("Tamsin Orr", "direct", "We will build the roads"),
        ("Bram Sollen", "direct", "We want schools, not promises"),
    ])


def test_quotation_then_said_an_indefinite_description_and_the_name():
    """The inverted tag: "“…,” said a teacher from the village, X." ends on the name: the name speaks. Before, no
    one's."""
    body = (_MET + "“We will build the roads,” Orr said.\n\n"
            "“We want schools, not promises,” said a teacher from the village, Bram Sollen.")
    assert_statements(body, [
        ("Tamsin Orr", "direct", "We will build the roads"),
        ("Bram Sollen", "direct", "We want schools, not promises"),
    ])


def test_quotation_then_a_statement_signed_by_someone_is_no_tag():
    """The guard: "“…,” a statement from the office, signed by X, said." is no person described then named: the
    description's comma is followed by no name, so the new tag does not read it (as before, no one's)."""
    body = (_MET + "“We want schools, not promises,” a statement from the office, signed by Bram Sollen, said.")
    assert_statements(body, [])


def test_claimed_with_a_clause_that_drops_its_that():
    """"The governor of southern Helmand province on Saturday claimed some people in the Garamser district had grabbed
    government land …" (Pajhwok): "claimed" and a content clause with no "that" (a quantifier's people, a named or
    pronoun subject, "the" and a noun, then an auxiliary), as "disclosed" takes it. Before, "claimed" spoke only
    before "that" or "to have/be"."""
    body = (_MET + "Orr claimed some people in the Marsen district had grabbed government land. "
            "Velk claimed the attack was planned abroad.")
    assert_statements(body, [
        ("Tamsin Orr", "indirect", "Orr claimed some people in the Marsen district had grabbed government land."),
        ("Ardo Velk", "indirect", "Velk claimed the attack was planned abroad."),
    ])


def test_claimed_the_lives_or_victory_is_no_claim_voiced():
    """The guard: "claimed the lives of …", "claimed victory in …", "claimed the first prize" take a thing, not a
    clause: no statement."""
    body = (_MET + "The flood claimed the lives of ten people who were asleep. "
            "Velk claimed victory in the vote and claimed the first prize.")
    assert_statements(body, [])


def test_people_in_the_plural_led_by_one_are_a_group():
    """"Speaking on Monday at Lanet …,the leaders led by Nakuru Senator X claimed Kinyanjui was running the county …"
    (the 898th's famousnakuru, read by the "claimed" rule): the leaders led by one are the subject, a group, as "a
    delegation led by X"; no one's statement. Before, the senator's ("said" too)."""
    body = (_MET + "Speaking at the airport,the leaders led by Marsen Senator Bram Sollen said Orr was running the "
            "province alone.\n\nThe members led by Bram Sollen claimed the province was poor.")
    assert_statements(body, [])


def test_received_the_leaders_led_by_one_still_speaks():
    """The guard: "Velk received the leaders led by X and said …": the leaders an object, Velk the subject: his."""
    body = _MET + "Velk received the leaders led by Bram Sollen and said the province was poor."
    assert_statements(body, [
        ("Ardo Velk", "indirect", "Velk received the leaders led by Bram Sollen and said the province was poor."),
    ])
