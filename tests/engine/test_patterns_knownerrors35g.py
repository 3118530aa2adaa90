"""Readings of known errors of the invented sets of stop 35 (thirty-third and thirty-second hard sets, fifteenth and
sixteenth styles sets): the guest's quotation of several paragraphs after a lead-in that names him only as "His guest"
(thirty-third hard set morvia_valdaria_press_statements), and "His guest said:" read a second time for its quotation.

Each test is a small invented readout (invented people and countries) and the statements
GOLD-FORMAT.md asks for; each rule's test fails without it, and a guard test keeps what it
must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements, run

_PRESS_LEAD = ("Following the talks, Ilmar Vesk and President of the Republic of Soltavia Teodor Brana made statements "
               "for the press.\n\n"
               "The President of Norvania opened the statements:\n\n"
               "\"Our talks today were held in a friendly atmosphere.\n\n"
               "I would like to thank Mr Brana for accepting our invitation.\"\n\n")


def test_the_guests_quotation_after_a_lead_in_naming_him_his_guest():
    """"His guest took the floor next:" and a quotation of several paragraphs (thirty-third hard set
    morvia_valdaria_press_statements): the lead-in's subject, the guest, speaks them, not the host before."""
    body = _PRESS_LEAD + ("His guest took the floor next:\n\n"
                          "\"Thank you, Mr Vesk.\n\n"
                          "I invite the President of Norvania to pay a return visit.\"")
    assert_statements(body, [
        ("Ilmar Vesk", "direct", "Our talks today were held in a friendly atmosphere."),
        ("Ilmar Vesk", "direct", "I would like to thank Mr Brana for accepting our invitation."),
        ("Teodor Brana", "direct", "Thank you, Mr Vesk."),
        ("Teodor Brana", "direct", "I invite the President of Norvania to pay a return visit."),
    ])


def test_his_guest_said_before_a_quotation_is_the_guest():
    """"His guest said:" before the quotation: the sentence read again for its quotation finds its own subject
    noted as the last one; "His" is still the host's, the guest the other party."""
    body = _PRESS_LEAD + ("His guest said:\n\n"
                          "\"Thank you, Mr Vesk.\"")
    assert_statements(body, [
        ("Ilmar Vesk", "direct", "Our talks today were held in a friendly atmosphere."),
        ("Ilmar Vesk", "direct", "I would like to thank Mr Brana for accepting our invitation."),
        ("Teodor Brana", "direct", "Thank you, Mr Vesk."),
    ])


def test_a_lead_in_of_the_host_himself_keeps_the_host():
    """Guard: "The President of Norvania went on:" after his own quotation: the host's again."""
    body = _PRESS_LEAD + ("The President of Norvania went on:\n\n"
                          "\"We will meet again next year.\"")
    assert_statements(body, [
        ("Ilmar Vesk", "direct", "Our talks today were held in a friendly atmosphere."),
        ("Ilmar Vesk", "direct", "I would like to thank Mr Brana for accepting our invitation."),
        ("Ilmar Vesk", "direct", "We will meet again next year."),
    ])


def test_his_beatitude_as_a_sentence_subject_is_the_metropolitan():
    """"His Beatitude thanked the President for the high award. He told …" (thirty-third hard set
    morvia_metropolitan_iosif): a cleric's style of address, as "His Holiness", the Metropolitan named with it, and
    "He" after it his too."""
    body = ("Ilmar Vesk met with His Beatitude Metropolitan Serafim of Varna and All Norvania on the anniversary of "
            "his enthronement.\n\n"
            "His Beatitude thanked the President for the high award. He told Ilmar Vesk about the restoration of the "
            "Trinity Monastery.")
    assert_statements(body, [
        ("Serafim", "indirect", "His Beatitude thanked the President for the high award."),
        ("Serafim", "indirect", "He told Ilmar Vesk about the restoration of the Trinity Monastery."),
    ])


def test_his_eminence_as_a_sentence_subject_is_the_cardinal():
    """"His Eminence" after a Cardinal named with it: his, as "His Beatitude" is the Metropolitan's."""
    body = ("President Ilmar Vesk received His Eminence Cardinal Paolo Renzi, Archbishop of Castra.\n\n"
            "His Eminence said that the Church would keep supporting the refugees.")
    assert_statements(body, [
        ("Paolo Renzi", "indirect", "His Eminence said that the Church would keep supporting the refugees."),
    ])


def test_his_counterpart_is_still_the_other_party():
    """Guard: "His counterpart" (a possessive description that is no style) is still the one the last subject met."""
    body = ("President Ilmar Vesk received President Teodor Brana of Soltavia.\n\n"
            "His counterpart said that Soltavia would keep supporting the refugees.")
    assert_statements(body, [
        ("Teodor Brana", "indirect", "His counterpart said that Soltavia would keep supporting the refugees."),
    ])


def test_who_said_after_the_first_to_report_was():
    """"The first to report was Governor of the Zelt Region X, who said that …" (thirty-third hard set
    morvia_governors_heating_season): the one who reports first speaks in the "who" clause after him (and "report
    was" is no cleft "It was X who …")."""
    body = ("Ilmar Vesk held a meeting with the heads of three regions. The first to report was Governor of the Varna "
            "Region Pavel Dorn, who said that 94 percent of the boiler houses were ready.")
    assert_statements(body, [
        ("Pavel Dorn", "indirect", "The first to report was Governor of the Varna Region Pavel Dorn, who said that 94 "
                                   "percent of the boiler houses were ready."),
    ])


def test_who_informed_after_a_report_delivered_by():
    """"The second report was delivered by Foreign Minister X, who informed the meeting of …" (thirty-third hard set
    morvia_security_council_border): the passive's agent, as "was opened by X, who …"."""
    body = ("Ilmar Vesk held a meeting of the Security Council. The second report was delivered by Foreign Minister "
            "Marta Halvik, who informed the meeting of her contacts with her Soltavian colleague.")
    assert_statements(body, [
        ("Marta Halvik", "indirect", "The second report was delivered by Foreign Minister Marta Halvik, who informed "
                                     "the meeting of her contacts with her Soltavian colleague."),
    ])


def test_a_cleft_still_names_its_speaker():
    """Guard: "It was Mr Dorn who suggested that …": the cleft reading stays."""
    body = ("Ilmar Vesk held a meeting with the heads of three regions. It was Governor Pavel Dorn who suggested that "
            "the boiler houses be checked again.")
    assert_statements(body, [
        ("Pavel Dorn", "indirect", "It was Governor Pavel Dorn who suggested that the boiler houses be checked again."),
    ])


_CALL_LEAD = ("Ilmar Vesk had a telephone conversation with Prime Minister of the Kingdom of Dovria Erik Halvorsen. "
              "The Prime Minister of Dovria, for his part, informed Ilmar Vesk about the steps taken to restore the "
              "ferry link. ")


def test_the_head_of_a_countrys_government_by_its_name_as_an_adjective():
    """"The head of the Ketland Government thanked …" (thirty-third hard set morvia_call_ketland_prime_minister):
    the country of the Prime Minister named before, its name an adjective, as "the head of the Government of
    Ketland"; the sentence between, his report carried on, is his too."""
    body = _CALL_LEAD + ("Dovria is also ready to increase the supply of seed potatoes. The head of the Dovria "
                         "Government thanked the Norvanian side for the assistance of its rescue teams.")
    assert_statements(body, [
        ("Erik Halvorsen", "indirect", "The Prime Minister of Dovria, for his part, informed Ilmar Vesk about the "
                                       "steps taken to restore the ferry link."),
        ("Erik Halvorsen", "indirect", "Dovria is also ready to increase the supply of seed potatoes."),
        ("Erik Halvorsen", "indirect", "The head of the Dovria Government thanked the Norvanian side for the "
                                       "assistance of its rescue teams."),
    ])


def test_the_head_of_a_government_named_by_no_country_of_the_readout():
    """Guard: "The head of the Regional Government thanked …": no country of the readout's people, not the Prime
    Minister."""
    body = _CALL_LEAD + "The head of the Regional Government thanked the Norvanian side for the assistance of its teams."
    assert_statements(body, [
        ("Erik Halvorsen", "indirect", "The Prime Minister of Dovria, for his part, informed Ilmar Vesk about the "
                                       "steps taken to restore the ferry link."),
    ])


def test_made_the_observation_that():
    """"Finance Minister X made the observation that the budget … had already been approved; he came out in favour
    of …" (thirty-third hard set morvia_government_small_farms): observed, as "made the point that"."""
    body = ("Ilmar Vesk held a meeting with members of the Government. Finance Minister Anton Pravec made the "
            "observation that the budget for this year had already been approved.")
    assert_statements(body, [
        ("Anton Pravec", "indirect", "Finance Minister Anton Pravec made the observation that the budget for this "
                                     "year had already been approved."),
    ])


def test_made_an_observation_visit_is_no_statement():
    """Guard: "made an observation visit to the border posts": a trip, no words."""
    body = ("Ilmar Vesk held a meeting with members of the Government. Finance Minister Anton Pravec made an "
            "observation visit to the border posts.")
    assert not run(body).statements


def test_a_description_and_its_who_aside_before_the_verb():
    """"His colleague, who oversees regional policy, spoke about …" (thirty-third hard set
    ostrenia_deputy_heads_humanitarian): the aside ends in no person; the verb is the subject's it describes."""
    body = ("Deputy Heads of the Office Ilmar Vesk and Marta Halvik met with representatives of humanitarian "
            "organizations. Ilmar Vesk informed the participants about the evacuation. His colleague, who oversees "
            "regional policy, spoke about the preparation of heating points.")
    assert_statements(body, [
        ("Ilmar Vesk", "indirect", "Ilmar Vesk informed the participants about the evacuation."),
        ("Marta Halvik", "indirect", "His colleague, who oversees regional policy, spoke about the preparation of "
                                     "heating points."),
    ])


def test_a_name_inside_the_who_aside_is_still_its_object():
    """Guard: "The Deputy Head, who met Governor Pavel Dorn on Monday, spoke about …": the aside's name is its
    object; the verb is the subject's still (as before the rule)."""
    body = ("Deputy Head of the Office Ilmar Vesk met with representatives of humanitarian organizations. The Deputy "
            "Head, who met Governor Pavel Dorn on Monday, spoke about the preparation of heating points.")
    assert_statements(body, [
        ("Ilmar Vesk", "indirect", "The Deputy Head, who met Governor Pavel Dorn on Monday, spoke about the "
                                   "preparation of heating points."),
    ])


def test_an_aside_in_parentheses_before_the_appositions_closing_comma():
    """"The head of the regional military administration, Mykola X (he took up the post only in May), informed that
    …" (thirty-third hard set ostrenia_president_fortifications): the aside skipped, the name before it speaks."""
    body = ("President Ilmar Vesk held a meeting with the regional leadership. The head of the regional military "
            "administration, Pavel Dorn (he took up the post only in May), informed that 2,000 workers were employed "
            "on the construction.")
    assert_statements(body, [
        ("Pavel Dorn", "indirect", "The head of the regional military administration, Pavel Dorn (he took up the post "
                                   "only in May), informed that 2,000 workers were employed on the construction."),
    ])


def test_an_aside_in_parentheses_with_no_comma_after_it():
    """Guard: "Governor Marta Halvik (she took up the post only in May) informed that …": read as before."""
    body = ("President Ilmar Vesk held a meeting with the regional leadership. Governor Marta Halvik (she took up the "
            "post only in May) informed that 2,000 workers were employed on the construction.")
    assert_statements(body, [
        ("Marta Halvik", "indirect", "Governor Marta Halvik (she took up the post only in May) informed that 2,000 "
                                     "workers were employed on the construction."),
    ])


def test_a_dash_dialogues_cue_between_two_quotations():
    """"«This is a fair request», – the President agreed, – «and I have already instructed …»" (thirty-third hard set
    ostrenia_president_missing_defenders): the cue closed by a comma and a dash; the second quotation his too."""
    body = ("President Ilmar Vesk met with relatives of missing soldiers. «This is a fair request», – the President "
            "agreed, – «and I have already instructed the Ministry to open two more laboratories».")
    assert_statements(body, [
        ("Ilmar Vesk", "direct", "This is a fair request"),
        ("Ilmar Vesk", "direct", "and I have already instructed the Ministry to open two more laboratories"),
    ])


def test_a_cue_between_two_quotations_with_no_dash():
    """Guard: "«…», the President agreed, «…»": both his, as before."""
    body = ("President Ilmar Vesk met with relatives of missing soldiers. «This is a fair request», the President "
            "agreed, «and I have already instructed the Ministry to open two more laboratories».")
    assert_statements(body, [
        ("Ilmar Vesk", "direct", "This is a fair request"),
        ("Ilmar Vesk", "direct", "and I have already instructed the Ministry to open two more laboratories"),
    ])
