"""Readings of errors of the heldout sets from the three-hundredth on (stop 42, helper h575).

Each test is a small invented readout (invented people and countries) and the statements
GOLD-FORMAT.md asks for; each rule's test fails without it, and a guard test keeps what it
must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements

HOST_FIRST_TITLE = ("Ilsa Marrow President of the Velchian Council Press Statement following the meeting with "
                    "Prime Minister Arno Vell")


def test_a_title_naming_its_host_before_press_statement_makes_the_first_person_body_hers():
    """"Herman Van Rompuy President of the European Council Press Statement following the meeting with Prime Minister
    Mark Rutte" / "Prime Minister Rutte and I have had a fruitful and cordial discussion …" (three-hundred-thirty-second
    eu_council rutte): the host named first, then "Press Statement following …", says what "Statement by X following …"
    says: the body, in the first person and naming no one else's speech, is her statement, a paragraph each."""
    first = "Prime Minister Vell and I have had a fruitful discussion about the tasks facing us this year."
    second = "We talked at length about the economic situation. How are we to boost growth?"
    assert_statements(first + "\n\n" + second + "\n", [("Ilsa Marrow", "direct", first),
                                                       ("Ilsa Marrow", "direct", second)], title=HOST_FIRST_TITLE)


def test_a_title_naming_its_host_before_statement_leaves_a_third_person_account_alone():
    """The guard of the same rule: a body that tells of the host in the third person is the office's account, not
    her words (as under "Statement by X …"); and a title whose first words are a body, not a person, names no host."""
    body = ("President Marrow met Prime Minister Vell today to discuss the tasks facing the Union this year.\n\n"
            "They talked at length about the economic situation.\n")
    assert_statements(body, [], title="Ilsa Marrow Statement following the meeting with Prime Minister Arno Vell")
    first_person = "Prime Minister Vell and the Council have had a fruitful discussion. We talked about the economy.\n"
    assert_statements(first_person, [],
                      title="Velchian Council Press Statement following the meeting with Prime Minister Arno Vell")


COUNCIL = "President Ilsa Marrow convened the Security Council of Norland on Wednesday.\n\n"


def test_a_possible_passive_with_an_agent_tells_no_speech():
    """"It includes selected officials of the Cabinet and Congress as members, as well as other government executives
    and private citizens who may be invited by the President." (four-hundred-seventh ph_pnd 2016-07-27 nsc): "may be
    invited by X" says what may happen, as "will be invited by X" says what will; the agent has said nothing."""
    sentence = ("The Council includes selected officials of the Cabinet as members, as well as private citizens who "
                "may be invited by the President.")
    assert_statements(COUNCIL + sentence + "\n", [])


def test_a_past_passive_with_an_agent_still_tells_the_agents_invitation():
    """The guard of the same rule: "was invited by the President to visit …" happened, the agent's invitation."""
    sentence = "The delegation was invited by the President to visit the capital."
    assert_statements(COUNCIL + sentence + "\n", [("Ilsa Marrow", "indirect", sentence)])


TALKS = "President Ilsa Marrow spoke with Arno Vell, the President-elect of Norland, today.\n\n"


def test_a_sentence_telling_of_the_speaker_by_office_does_not_carry_on_her_report():
    """"The President invited the President-elect to meet with him … . Ensuring a smooth transition of power is one of
    the top priorities the President identified at the beginning of the year …" (three-hundred-eighty-fifth
    whitehouse 2016-11-09): the office-holder as the subject of a verb in the past, inside the next sentence, is the
    readout telling of her in the third person, not more of her words, as her name there would be."""
    invited = "The President invited the President-elect to meet with her on Thursday."
    body = TALKS + invited + (" Ensuring a smooth transition of power is one of the top priorities the President "
                              "identified at the beginning of the year.\n")
    assert_statements(body, [("Ilsa Marrow", "indirect", invited)])


def test_a_body_acting_inside_the_next_sentence_still_carries_on_the_report():
    """The guard of the same rule: a body, not a person, as the subject of the verb in the past ("the reforms the
    National Assembly approved") leaves the argued sentence her report carried on, as before."""
    stressed = "The President stressed the need for reform."
    carried = "It is important that the reforms the National Assembly approved are carried out in full."
    assert_statements(TALKS + stressed + " " + carried + "\n",
                      [("Ilsa Marrow", "indirect", stressed), ("Ilsa Marrow", "indirect", carried)])


def test_sincerest_condolences_are_sympathy_the_account_of_the_loss_after_them_the_readouts():
    """"President Barroso conveyed his sincerest condolences to the family of Tommaso Padoa-Schioppa, following the
    latter's death on December 18. Mr. Padoa-Schioppa was a member of the European Central Bank Executive Board …"
    (three-hundred-sixth eu_commission padoa_schioppa): the superlative "sincerest" is sympathy offered as "sincere"
    is; what the next sentence tells of the dead is the readout's own account, not more of his words."""
    conveyed = ("President Ivo Varn conveyed his sincerest condolences to the family of Tomas Belko, following the "
                "latter's death on December 18.")
    body = conveyed + (" Mr. Belko was a member of the Central Bank Executive Board and one of the founders of the "
                       "currency union.\n")
    assert_statements(body, [("Ivo Varn", "indirect", conveyed)], title="Message from Varn on the death of Tomas Belko")


def test_a_report_before_the_next_sentence_still_carries_on():
    """The guard of the same rule: a report that is no sympathy ("noted the deepest crisis …") goes on in the sentence
    after it that names no one, as before."""
    noted = "President Ivo Varn noted the deepest recession of the decade in the region."
    carried = "Industrial production fell by 5.7% over the year."
    assert_statements(noted + " " + carried + "\n", [("Ivo Varn", "indirect", noted), ("Ivo Varn", "indirect", carried)])


MET = "President Ivo Varn met with Chairperson of the Senate of Norland Piet Harven."
GRATEFUL = "I am grateful to the leadership of Norland for the strong support."


def test_a_speech_participle_giving_a_thing_weight_before_a_quotation_is_the_speakers_report():
    """"Stressing the importance of visiting Kyiv at this crucial time for us, the Head of State said: "…""
    (four-hundred-third ua 75209): "stressing the importance of …" reports as "stressed the importance of …" does; the
    participle's clause is his indirect statement, the quotation his direct one, the lead-in between no one's words."""
    stressing = "Stressing the importance of visiting the capital at this crucial time for us"
    body = MET + " " + stressing + ', the Head of State said: "' + GRATEFUL + '"\n'
    assert_statements(body, [("Ivo Varn", "indirect", stressing), ("Ivo Varn", "direct", GRATEFUL)])


def test_a_feeling_participle_before_a_quotation_stays_a_lead_in():
    """The guard of the same rule: "Expressing optimism about …, X stated:" (two-hundred-seventy-third) is a lead-in,
    no statement of its own; only the quotation is his."""
    body = MET + ' Expressing optimism about the partnership, the Head of State said: "' + GRATEFUL + '"\n'
    assert_statements(body, [("Ivo Varn", "direct", GRATEFUL)])


REPORT = "President Ivo Varn heard a report from Defence Minister Piet Harven.\n\n"
URGED = "Ivo Varn urged to concentrate on raising the salaries of soldiers of the Armed Forces."


def test_a_one_sentence_paragraph_adding_an_argument_carries_on_the_paragraph_before():
    """"Aleksandr Lukashenko urged to concentrate on raising salaries of soldiers …" / "Moreover, it is necessary to
    provide military men with houses." (four-hundred-fourteenth belarus_president_2012-02-06_maltsev_zhadobin): a
    paragraph of one sentence that adds what must be done, right after one that ended with his statement, is his, as
    the same sentence would be in his paragraph."""
    moreover = "Moreover, it is necessary to provide military men with houses."
    assert_statements(REPORT + URGED + "\n\n" + moreover + "\n",
                      [("Ivo Varn", "indirect", URGED), ("Ivo Varn", "indirect", moreover)])


def test_an_adding_paragraph_that_tells_of_events_or_argues_nothing_stays_the_readouts():
    """The guard of the same rule: a paragraph after the connective that argues nothing ("Moreover, the ministry
    opened two new barracks in May.") is the readout's account, as before."""
    moreover = "Moreover, the ministry opened two new barracks in May."
    assert_statements(REPORT + URGED + "\n\n" + moreover + "\n", [("Ivo Varn", "indirect", URGED)])


COURTESY = "Foreign Minister Arno Vell of Velchia paid a courtesy call on President Ivo Varn in Brenn"


def test_a_with_clause_after_the_day_with_no_comma_is_the_speakers_statement():
    """"Japanese Foreign Minister Motegi … paid a courtesy on President Rodrigo Roa Duterte in Malacañang on Thursday
    with the Philippine leader expressing his gratitude to Japan …" (three-hundred-ninety-ninth ph_pnd 2019-11 motegi):
    the day ends the visit's clause, as a comma would; the "with" clause after it is the leader's statement, from his
    phrase to the end, as "…, with Mr Putin expressing …" is."""
    clause = "the Norlander leader expressing his gratitude to Velchia for its support."
    assert_statements(COURTESY + " on Thursday with " + clause + "\n", [("Ivo Varn", "indirect", clause)])


def test_with_right_after_a_verb_keeps_its_object_out_of_speech():
    """The guard of the same rule: "met with X expressing …" has "with" after the verb, X its object; no "with"
    clause opens there, and no one is given the words (as before)."""
    body = "Foreign Minister Arno Vell of Velchia met with President Ivo Varn expressing gratitude for the support.\n"
    assert_statements(body, [])


SIGNED_TITLE = "Statement by President Ilsa Marrow after her meeting with Presidents Vell and Brant"
SIGNED_LEAD = ("Today the President of the Velchian Council, Ilsa Marrow, held a working session with the President of "
               "the Bank and the President of the Court.\n\n")


def test_paragraphs_signed_by_the_titles_host_are_her_statement():
    """"Statement by President Charles Michel after his meeting with …" / "Today the President of the European Council,
    Charles Michel, invited …" / "The four Presidents share their assessment … ." / "This is good news, yet …" /
    "Charles Michel, President of the European Council" (three-hundred-twenty-sixth eu_council four_presidents): the
    paragraphs between the lead that tells of her and her signature are her statement, one direct statement a
    paragraph; the signature and the narrative after it are no one's words."""
    first = "The three Presidents share their assessment of economic developments. Growth is at record levels."
    second = "This is good news, yet there are risks to the outlook. Deepening the union is essential."
    body = (SIGNED_LEAD + first + "\n\n" + second + "\n\nIlsa Marrow, President of the Velchian Council\n\n"
            "The President of the Velchian Council will call similar meetings before every summit.\n")
    assert_statements(body, [("Ilsa Marrow", "direct", first), ("Ilsa Marrow", "direct", second)], title=SIGNED_TITLE)


def test_a_signature_of_someone_the_title_does_not_name_signs_nothing():
    """The guard of the same rule: a line "Name, office" of another person (a list of those present, a contact) under
    the paragraphs makes them no one's statement."""
    first = "The three Presidents share their assessment of economic developments. Growth is at record levels."
    body = SIGNED_LEAD + first + "\n\nArno Vell, President of the Bank\n"
    assert_statements(body, [], title=SIGNED_TITLE)


HEARS = "President Ivo Varn heard a report from Interior Minister Piet Harven.\n\n"
ORDERED = ("Ivo Varn gave instructions to continue optimizing the Interior Ministry, including the personnel component "
           "and the functions.")


def test_what_will_be_submitted_to_the_head_of_state_does_not_carry_on_his_order():
    """"Aleksandr Lukashenko gave instructions to continue optimizing the Interior Ministry … . Relevant concrete
    proposals will be submitted to the head of state soon." (four-hundred-fourteenth belarus_president
    shunevich_report_17-july): what is done for an office-holder, named in the third person, is the readout's account
    of what follows the order, not more of it; with "the head of state" as with "the President"."""
    for office in ("the head of state", "the President"):
        body = HEARS + ORDERED + f" Relevant concrete proposals will be submitted to {office} soon.\n"
        assert_statements(body, [("Ivo Varn", "indirect", ORDERED)])


def test_a_plan_with_no_office_for_its_receiver_still_carries_on_the_order():
    """The guard of the same rule: a sentence that argues what must be done, no office receiving anything ("The
    personnel component must be cut by a tenth."), goes on with the order, as before."""
    carried = "The personnel component must be cut by a tenth."
    assert_statements(HEARS + ORDERED + " " + carried + "\n",
                      [("Ivo Varn", "indirect", ORDERED), ("Ivo Varn", "indirect", carried)])


VISIT = "The Prime Minister will travel to Brenn today to meet with Chancellor Ilsa Marrow.\n\n"


def test_a_with_clause_inside_a_plan_says_nothing_yet():
    """"The two leaders will discuss the future direction of Europe, with the Taoiseach indicating that progress should
    now be made …" (three-hundred-twenty-second ireland_taoiseach 2016-07-12 merkel): the "with" clause belongs to
    what will be done; no one has spoken yet, as under "will be welcomed by X"."""
    plan = ("The two leaders will discuss the future of the Union, with the Prime Minister indicating that progress "
            "should now be made on the single market.")
    assert_statements(VISIT + plan + "\n", [])


def test_a_with_clause_after_what_was_done_is_still_the_speakers():
    """The guard of the same rule: after a main clause in the past ("The two leaders discussed …"), the "with" clause
    is the speaker's statement, from his phrase on, as before."""
    clause = "the Prime Minister indicating that progress should now be made on the single market."
    assert_statements(VISIT + "The two leaders discussed the future of the Union, with " + clause + "\n",
                      [("The Prime Minister", "indirect", clause)])
