"""Rules from the thirty-second styles set (parliaments' speakers' offices and inter-parliamentary bodies): invented
readouts, invented people and countries."""

from __future__ import annotations

import pytest

from .test_patterns import assert_statements


@pytest.mark.parametrize("lead_in", ["posted on social media", "posted on X", "posted on her official account"])
def test_a_quotation_led_in_by_a_posting_verb_is_the_posters(lead_in):
    """"The Speaker also posted on social media: “…”": a verb of posting with its place before the colon leads the
    quotation in, as "wrote on X:" does; the quotation is the poster's, not the one it names. Before, it went to the
    person named inside it."""
    quote = "The delegation led by Speaker Odran Pelleby watched Question Hour. Every exchange brings us closer."
    body = (f"Speaker Marit Hovlandsen received Speaker Odran Pelleby. Mr. Pelleby thanked her for the invitation.\n\n"
            f"The Speaker also {lead_in}: “{quote}”")
    assert_statements(body, [
        ("Odran Pelleby", "indirect", "Mr. Pelleby thanked her for the invitation."),
        ("Marit Hovlandsen", "direct", quote),
    ])


def test_troops_posted_lead_no_quotation_in():
    """The guard: "posted" with no person for its subject ("Troops were posted on the border:") gives the quotation
    after it to its own attribution."""
    body = "Troops were posted on the border: “We will stay,” said Ivan Petrovsky, their commander."
    assert_statements(body, [("Ivan Petrovsky", "direct", "We will stay")])


def test_an_office_on_a_subject_before_a_name_is_his():
    """"Chairman of the Committee on Defence Ivan Petrovsky met …": the capitalised run stops at "on", which left
    "Defence Ivan Petrovsky" and him no office; read with the office before "on", he is whom "The Chairman said …"
    means after. Before, that sentence was no one's."""
    said = "The Chairman said that the Committee fully supported the register."
    body = ("Chairman of the Committee on Defence Ivan Petrovsky met Ambassador Jean Morvilliers on 5 May.\n\n" + said)
    assert_statements(body, [("Ivan Petrovsky", "indirect", said)])


def test_the_head_of_a_visiting_delegation_is_no_principal():
    """"A parliamentary delegation … led by the Speaker of the Thuvarellan Majlis, X, witnessed the proceedings …
    Speaker Y welcomed …": the delegation's head named first is the guest; the bare "the Speaker" of the office that
    publishes is Y. Before, X, named first, was the principal, and "The Speaker said …" his."""
    said = "The Speaker later said that the House would share its rules on committee hearings."
    body = ("A parliamentary delegation from Thuvarella led by the Speaker of the Thuvarellan Majlis, Idris Rashdan, "
            "witnessed the proceedings of the House on Tuesday.\n\n"
            "Speaker Anand Velumani received the delegation in his office.\n\n" + said)
    assert_statements(body, [("Anand Velumani", "indirect", said)])


@pytest.mark.parametrize("house", ["Sejm", "Storting", "National Assembly"])
def test_a_house_of_parliament_of_a_country_then_an_unknown_first_name(house):
    """"Speaker of the Sejm of Polvania Wieslawa Krosnowiecka met …": after a country's house of parliament by its
    own name ("Sejm", "Storting", "Assembly"), "of" and the country, the two words left are the holder's name, whose
    first name the tables do not know, as after "of the Parliament of Lusovia"; "The Speaker said …" is hers. Before,
    the run was read as a body's name (as "Office of Gun Violence Prevention") and the sentence was no one's."""
    said = "The Speaker said that the House fully supported the register."
    body = (f"Speaker of the {house} of Polvania Wieslawa Krosnowiecka met Ambassador Jean Morvilliers on 5 May.\n\n"
            + said)
    assert_statements(body, [("Wieslawa Krosnowiecka", "indirect", said)])
