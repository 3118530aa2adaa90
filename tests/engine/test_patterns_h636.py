"""Rules mended by helper h636 from the four-hundred-seventy-second set's errors (the Government of Turkmenistan's
English releases): invented readouts, invented people."""

from __future__ import annotations

from .test_patterns import assert_statements


def test_two_known_countries_alike_in_their_first_letters_stay_apart():
    """"President of Turkmenistan X and President of the Republic of Turkey Y … the Turkish leader expressed …"
    (fourhundredseventysecond airport133): two countries of the word lists are never one because their first four
    letters agree, so "the Slovak leader" is the President of Slovakia, not the President of Slovenia named first.
    Before, the first letters made them one country and the sentence went to the wrong president."""
    body = ("Today, a telephone conversation took place between President of Slovenia Marek Travnik and President of "
            "Slovakia Jozef Kralovic.\n\n"
            "The Slovenian leader noted that he was glad to hear from his colleague.\n\n"
            "Sincerely thanking his colleague for the words of support, the Slovak leader expressed his firm confidence "
            "in the friendship between the two peoples.")
    assert_statements(body, [
        ("Marek Travnik", "indirect", "The Slovenian leader noted that he was glad to hear from his colleague."),
        ("Jozef Kralovic", "indirect",
         ("Sincerely thanking his colleague for the words of support, the Slovak leader expressed his firm confidence "
          "in the friendship between the two peoples.")),
    ])


def test_a_hyphenated_adjective_before_the_second_office_keeps_the_pair():
    """"In conclusion, the Chairman of the Halk Maslahaty of Turkmenistan and the re-elected President of the Republic
    of Türkiye wished each other …" (fourhundredseventysecond 2023-05-29): a hyphenated adjective ("re-elected",
    "newly-appointed") is read as any lower-case adjective of a description, so the "and" before it joins two people:
    a pair, nobody's statement. Before, the phrase stopped at the hyphen and the second president spoke alone."""
    body = ("Today, a telephone conversation was held between the Chairman of the Assembly of Estonia Ilmar Vesk and "
            "the re-elected President of Latvia Tomas Arvo.\n\n"
            "The re-elected President of Latvia confirmed that the cooperation will continue.\n\n"
            "In conclusion, the Chairman of the Assembly of Estonia and the re-elected President of Latvia wished "
            "each other good health.")
    assert_statements(body, [
        ("Tomas Arvo", "indirect",
         "The re-elected President of Latvia confirmed that the cooperation will continue."),
    ])


def test_an_adjective_before_a_president_of_the_republic_keeps_the_pair():
    """The same pair with an adjective of plain letters before "President of the Republic of …": "Republic", a word
    of a state's name, no longer ends the description at the adjective."""
    body = ("Today, a telephone conversation was held between the Chairman of the Assembly of Estonia Ilmar Vesk and "
            "the President of the Republic of Latvia Tomas Arvo.\n\n"
            "In conclusion, the Chairman of the Assembly of Estonia and the newly elected President of the Republic of "
            "Latvia wished each other good health.")
    assert_statements(body, [])


def test_the_head_of_a_body_named_only_in_full_by_its_initials():
    """"… Secretary General of the Organization for Security and Cooperation in Europe Ms. Helga Schmid … the head of
    OSCE pointed out …" (fourhundredseventysecond 2023-06-03): the initials after "head of" spell the body named in
    full before, and the head is the one named right after it. Before, the initials never given in brackets found no
    one, and the description went to the first person of the readout."""
    body = ("Prospects for partnership were the main topic of the meeting between Chairman of the Assembly Ilmar Vesk "
            "and Secretary General of the Council for Trade and Development in Asia Ms. Rena Holt, who arrived on a "
            "visit.\n\n"
            "Expressing gratitude for the meeting, the head of CTDA pointed out the high interest of the organization "
            "in the dialogue.")
    assert_statements(body, [
        ("Rena Holt", "indirect",
         ("Expressing gratitude for the meeting, the head of CTDA pointed out the high interest of the organization "
          "in the dialogue.")),
    ])


def test_an_office_held_over_a_nations_people_is_a_description():
    """"In this regard, the National Leader of the Turkmen people emphasized that he warmly recalls …"
    (fourhundredseventysecond mincom546): an office "of the <nationality> people" is the holder's, the nationality
    his country. Before, the phrase was read back only to "the Turkmen people", a thing, and the sentence went to
    no one."""
    body = ("The National Leader of the Latvian people, Chairman of the Assembly of Latvia Tomas Arvo had a "
            "telephone conversation with President of Estonia Ilmar Vesk.\n\n"
            "In this regard, the National Leader of the Latvian people emphasized that he warmly recalls the meetings "
            "during his recent visit.")
    assert_statements(body, [
        ("Tomas Arvo", "indirect",
         ("In this regard, the National Leader of the Latvian people emphasized that he warmly recalls the meetings "
          "during his recent visit.")),
    ])


def test_a_capitalised_chairperson_of_a_body_in_lower_case_is_a_description():
    """"On behalf of the President, the Chairperson of the national parliament congratulated the guest …"
    (fourhundredseventysecond 13665): a capitalised head's office ("Chairperson", "Chairman") of a body written in
    lower case is the head's description, as "the head of the border service" is, and means the one whose office
    heads such a body. Before, only a lower-case office word was looked at ("chairperson" not among them), the phrase
    read back only to "the national parliament", a thing, and the sentence went to no one."""
    body = ("On the instruction of President Tomas Arvo, Chairperson of the Assembly of Latvia Rena Holt receives "
            "credentials from the Ambassador of Estonia.\n\n"
            "On behalf of the President, the Chairperson of the national parliament congratulated the guest on the "
            "appointment to the high diplomatic post.")
    assert_statements(body, [
        ("Rena Holt", "indirect",
         ("On behalf of the President, the Chairperson of the national parliament congratulated the guest on the "
          "appointment to the high diplomatic post.")),
    ])


def test_a_wish_after_a_quotations_attribution_and_a_time_aside_is_a_report():
    """"“I will pray …,” President X said at the end of the conversation, wishing Y and his family good health …"
    (fourhundredseventysecond airport133): "wishing", a participle of a speech verb of GOLD-FORMAT's list ("wished"),
    goes on reporting after the attribution clause, as "adding that" does, also past a short aside opened by "at"
    (the time or the place). The quotation's words are direct, the participle's clause its own indirect statement."""
    body = ("Today, a telephone conversation took place between President of Latvia Tomas Arvo and President of Estonia "
            "Ilmar Vesk.\n\n"
            "“I will pray for your speedy recovery,” President Tomas Arvo said at the end of the conversation, wishing "
            "Ilmar Vesk and his family good health for many years to come.")
    assert_statements(body, [
        ("Tomas Arvo", "direct", "I will pray for your speedy recovery"),
        ("Tomas Arvo", "indirect", "wishing Ilmar Vesk and his family good health for many years to come."),
    ])
