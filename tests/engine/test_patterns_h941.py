"""Helper h941 (sevenhundredtwelfth, the Presidency of South Sudan as its press prints it): a comma typed after "that"
("X admitted that, they have briefed …") keeps the clause the speaker's (reported_speech `Attributor._after_that`); a
lower-case office whose holder's name is left unclosed before the verb, after "and the" or after a fronted phrase of
speaking ("… and the Eritrean special envoy to South Sudan, Osman Salih held a meeting"), is the holder's office
(name_offices `_subject_office_left_unclosed`); "partly" before the verb of a text that tells a quotation ("“…,” partly
reads the statement.") and a country's presidency in lower case as a text's source ("a statement released by South
Africa’s presidency") leave the quotation no one's (sentence_reading `_SAYS_THE_TEXT`, `_A_BODY_AS_SOURCE`); "the President of UNGA" is the one
whose office "of" a body those initials end with ("President of the UN General Assembly"), not the readout's principal
(people `_heads_of_a_body_by_its_initials`)."""

from .test_patterns import assert_statements

OPENING = "President Alan Brook of Lorin met the Ostrevian envoy Tom Reed in Tarvik on Tuesday."


def test_a_comma_after_that_keeps_the_clause_the_speakers():
    assert_statements(
        OPENING + "\n\n"
        "Speaking to the Tarvik Post Mr. Reed admitted that, they have briefed the President on the two items.",
        [("Tom Reed", "indirect",
          "Speaking to the Tarvik Post Mr. Reed admitted that, they have briefed the President on the two items.")])


def test_a_group_after_that_with_no_comma_is_unchanged():
    assert_statements(
        OPENING + "\n\n"
        "Mr. Reed said that the two delegations have briefed the President. Besides, the ministers agreed to meet again.",
        [("Tom Reed", "indirect", "Mr. Reed said that the two delegations have briefed the President.")])


def test_an_office_after_and_the_with_its_name_left_unclosed():
    assert_statements(
        "Lorin’s President Alan Brook and the Ostrevian special envoy to Lorin, Tom Reed held a meeting in Tarvik on "
        "Tuesday.\n\n"
        "On his part, however, the Ostrevian special envoy, said a wide range of issues were discussed.",
        [("Tom Reed", "indirect",
          "On his part, however, the Ostrevian special envoy, said a wide range of issues were discussed.")])


RECEIVED = "President Alan Brook received a delegation in Tarvik on Tuesday."


def test_an_office_after_a_speaking_phrase_with_its_name_left_unclosed():
    assert_statements(
        RECEIVED + "\n\n"
        "Speaking to reporters after the meeting, the Ostrevian special envoy, Sam Dale said the talks went well.\n\n"
        "The Ostrevian special envoy also praised the role Brook played.",
        [("Sam Dale", "indirect",
          "Speaking to reporters after the meeting, the Ostrevian special envoy, Sam Dale said the talks went well."),
         ("Sam Dale", "indirect", "The Ostrevian special envoy also praised the role Brook played.")])


def test_an_office_in_a_fronted_phrase_that_is_not_speaking_stays_anothers():
    assert_statements(
        RECEIVED + "\n\n"
        "After talks with the Ostrevian special envoy, Sam Dale said the visit was useful.\n\n"
        "The Ostrevian special envoy also praised the role Brook played.",
        [("Sam Dale", "indirect", "After talks with the Ostrevian special envoy, Sam Dale said the visit was useful.")])


def test_partly_reads_the_statement_of_a_countrys_presidency_is_no_ones():
    assert_statements(
        "President Alan Brook met President Tom Reed in Tarvik, according to a statement released by Ostrevia’s "
        "presidency.\n\n"
        "According to the statement, Brook briefed Reed on the situation. “The two also discussed relations between "
        "the two countries,” partly reads the statement.",
        [("Alan Brook", "indirect", "According to the statement, Brook briefed Reed on the situation.")])


def test_a_quotation_told_by_its_speaker_after_a_statement_is_still_his():
    assert_statements(
        "President Alan Brook met President Tom Reed in Tarvik, according to a statement released by Ostrevia’s "
        "presidency.\n\n"
        "According to the statement, Brook briefed Reed on the situation. “The two countries are close,” Brook said.",
        [("Alan Brook", "indirect", "According to the statement, Brook briefed Reed on the situation."),
         ("Alan Brook", "direct", "The two countries are close,")])


TRADE_COUNCIL = ("President Alan Brook of Lorin met Ida Morn, President of the Regional Trade Council, in Tarvik on "
                 "Tuesday.\n\nMorn thanked Lorin for its support.\n\n")


def test_the_office_of_a_body_named_by_its_initials_is_its_holders():
    assert_statements(
        TRADE_COUNCIL + "The President of RTC stressed the importance of open markets.",
        [("Ida Morn", "indirect", "Morn thanked Lorin for its support."),
         ("Ida Morn", "indirect", "The President of RTC stressed the importance of open markets.")])


def test_initials_no_body_of_the_readout_gives_leave_the_president_the_principal():
    assert_statements(
        TRADE_COUNCIL + "The President of LDP stressed the importance of open markets.",
        [("Ida Morn", "indirect", "Morn thanked Lorin for its support."),
         ("Alan Brook", "indirect", "The President of LDP stressed the importance of open markets.")])
