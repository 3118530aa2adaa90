"""Rules from the hundred-eighty-sixth held-out set (White House statements and First Lady releases of 2025):
invented readouts, invented people and countries."""

from __future__ import annotations

from .test_patterns import assert_statements


def test_full_remarks_by_heading_with_a_place_and_date_after_the_speaker():
    """"The full remarks of X from the Y Luncheon are provided below. / Full Remarks by X at the Y Luncheon, Z
    Gallery – May 21, 2025 / Good afternoon …": the heading names a place (no comma before "at") and a date.
    Each paragraph after it is X's direct statement. Before, nothing was given."""
    body = ("First Lady Mara Velt spoke at the Senate Spouses Luncheon today.\n\n"
            "The full remarks of First Lady Mara Velt from the Senate Spouses Luncheon are provided below.\n\n"
            "Full Remarks by First Lady Mara Velt at the Senate Spouses Luncheon, Tesland Gallery – May 21, 2025\n\n"
            "Good afternoon, everyone.\n\n"
            "Let us harness our collective power to uplift others.")
    assert_statements(body, [
        ("Mara Velt", "direct", "Good afternoon, everyone."),
        ("Mara Velt", "direct", "Let us harness our collective power to uplift others."),
    ])


def test_a_possessive_full_remarks_lead_in_names_the_speaker():
    """"First Lady X’s full remarks, as prepared for delivery: / Thank you, General Y. …": the lead-in opens with
    the speaker's name. Before, nothing was given (and "Santa told me …" in the remarks was given to Santa)."""
    body = ("First Lady Mara Velt visited the Orrin air base today.\n\n"
            "First Lady Mara Velt’s full remarks, as prepared for delivery:\n\n"
            "Thank you, General Dorn. It is wonderful to join everyone here.\n\n"
            "Santa told me that the plane floated through the sky like a snowflake.")
    assert_statements(body, [
        ("Mara Velt", "direct", "Thank you, General Dorn. It is wonderful to join everyone here."),
        ("Mara Velt", "direct", "Santa told me that the plane floated through the sky like a snowflake."),
    ])


def test_full_text_of_a_named_persons_message_heading():
    """"Full Text of First Lady X’s Message: / I send my greetings …": a written message printed whole under a
    heading that names its author. Before, nothing was given."""
    body = ("First Lady Mara Velt sent a written message to a workshop of the Tesland Trade Commission.\n\n"
            "Full Text of First Lady Mara Velt’s Message:\n\n"
            "I send my greetings to those gathered at the workshop.\n\n"
            "Our work is not complete.")
    assert_statements(body, [
        ("Mara Velt", "direct", "I send my greetings to those gathered at the workshop."),
        ("Mara Velt", "direct", "Our work is not complete."),
    ])


def test_a_quotation_signed_with_a_hyphen_and_an_office_is_the_signers():
    """"“…” / -X, White House Press Secretary" (2025-06-07): the dash is a hyphen glued to the name and the
    signer's office follows a comma. Before, the quotation was given to no one."""
    body = ("“In recent days, violent mobs have attacked officers in Orrin. "
            "These criminals will be brought to justice.”\n\n"
            "-Hana Brill, White House Press Secretary")
    assert_statements(body, [
        ("Hana Brill", "direct",
         "In recent days, violent mobs have attacked officers in Orrin. These criminals will be brought to justice."),
    ])


def test_the_following_is_a_statement_from_x_gives_the_quotation_to_x():
    """"The following is a statement from the First Lady of Tesland, X, regarding …. / “My dedication … / “I commend
    …”": the quotation after the lead-in, with no attribution of its own, is X's. Before, nothing was given."""
    body = ("Seven children have been reunited with their families. The following is a statement from the First "
            "Lady of Tesland, Mara Velt, regarding the efforts of all parties.\n\n"
            "“My dedication to the safe return of children is unwavering.\n\n"
            "“I commend the persistent diplomacy of Varnia and Orrin.”")
    assert_statements(body, [
        ("Mara Velt", "direct", "My dedication to the safe return of children is unwavering."),
        ("Mara Velt", "direct", "I commend the persistent diplomacy of Varnia and Orrin."),
    ])


def test_a_one_paragraph_release_in_quote_marks_is_read_as_a_readout():
    """"“Special Envoy X … conducted talks today in Y with Z. … Special Envoy X underscored to Z that … The sides
    agreed to meet again.”" (2025-04-13, "our two nations" inside): the marks wrap the White House's statement, so
    the reported speech in it is found. Before, the whole paragraph was one quotation of no one."""
    body = ("“Special Envoy Piet Arlo conducted talks today in Orrin with Foreign Minister Dan Kell. "
            "The discussions were very positive. "
            "Special Envoy Arlo underscored to Mr. Kell that he had instructions to resolve our two nations’ "
            "differences through dialogue. The sides agreed to meet again next Saturday.”")
    assert_statements(body, [
        ("Piet Arlo", "indirect",
         "Special Envoy Arlo underscored to Mr. Kell that he had instructions to resolve our two nations’ "
         "differences through dialogue."),
    ])


def test_a_one_paragraph_quotation_in_the_first_person_stays_a_quotation():
    """The guard: "“I am proud of … We will …”" as the whole body is a person's words (a first person other than
    "our"), not read as a readout: no reported speech is found inside it."""
    body = ("“I am proud of our teachers. Minister Dan Kell said that schools will reopen. "
            "We will support every family.”")
    assert_statements(body, [])


def test_a_headline_verb_speaks_ends_the_name_before_it():
    """"First Lady Melania Trump Speaks at Senate Spouses Luncheon …" (2025-05-21): "Speaks" is the headline's verb,
    not the last word of the name. Before, the speaker was "Mara Velt Speaks"."""
    result = assert_statements("In her address, Mrs. Velt emphasized the importance of empathy.", [
        ("Mara Velt", "indirect", "In her address, Mrs. Velt emphasized the importance of empathy."),
    ], title="First Lady Mara Velt Speaks at Senate Spouses Luncheon on Supporting Children")
    assert [s.speaker for s in result.statements] == ["Mara Velt"]


def test_welcomed_children_to_a_place_is_a_hosts_act():
    """"Today, First Lady X welcomed children to the White House with a patriotic arts and crafts activity."
    (2025-05-20): people named by a plural common noun, welcomed to a place, are guests received, not a thing
    welcomed in words. Before, the sentence was X's indirect statement."""
    body = ("Today, First Lady Mara Velt welcomed children to the Tesland Palace with a patriotic arts and crafts "
            "activity.\n\n"
            "“It is always special to see children’s creativity,” said First Lady Mara Velt.")
    assert_statements(body, [
        ("Mara Velt", "direct", "It is always special to see children’s creativity,"),
    ])


def test_welcomed_a_decision_stays_a_statement():
    """The guard: "welcomed the decision of the parents to return to the talks" is a thing welcomed in words."""
    body = "First Lady Mara Velt welcomed the decision of the parents to return to the Orrin talks."
    assert_statements(body, [
        ("Mara Velt", "indirect", "First Lady Mara Velt welcomed the decision of the parents to return to the Orrin talks."),
    ])
