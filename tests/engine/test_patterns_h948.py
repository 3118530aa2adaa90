"""Helper h948 (stop 57, errors of older sets mended by construction across sets): "The letter emphasised …" /
"The letter states that …" right after its writer's own statement put in that letter ("In a letter sent today, the
Chief Minister expressed …", "In the letter, the President wrote: “…”") goes on with the writer's words
(sentence_reading `_said_in_a_writing`, read by `_sender_just_before`); a delegation's head named after "led by" with a
rank and no title ("The visiting delegation is led by Colonel Inspector X") is someone, so "The … delegation head" finds
him (name_registry, the `_led_by_before` branch); "met with his colleague X" is "his counterpart X", who holds the
speaker's office (name_offices `_COUNTERPART_BEFORE`)."""

from .test_patterns import assert_statements


def test_the_letter_goes_on_after_in_a_letter_she_expressed():
    assert_statements(
        "Chief Minister Ella Brand has written to the new Minister for the Islands, Doran Vask.\n\n"
        "In a letter sent today, the Chief Minister expressed enthusiasm for Minister Vask's appointment.\n\n"
        "The letter emphasised the importance of a strong partnership between the Islands and Ostmark.",
        [("Ella Brand", "indirect", "In a letter sent today, the Chief Minister expressed enthusiasm for Minister "
          "Vask's appointment."),
         ("Ella Brand", "indirect", "The letter emphasised the importance of a strong partnership between the Islands "
          "and Ostmark.")])


def test_the_letter_states_after_in_the_letter_he_wrote_a_quotation():
    assert_statements(
        "President Doran Vask today sent a letter to President Li Varn of Ostmark after the floods.\n\n"
        "In the letter, the President wrote: “The people of Tarvia grieve with the people of Ostmark.”\n\n"
        "The letter states that a team of engineers is already on its way to the islands.",
        [("Doran Vask", "direct", "The people of Tarvia grieve with the people of Ostmark."),
         ("Doran Vask", "indirect", "The letter states that a team of engineers is already on its way to the "
          "islands.")])


def test_the_letter_after_a_statement_put_in_no_writing_stays_no_ones():
    assert_statements(
        "President Doran Vask received Ambassador Li Varn of Ostmark on Monday.\n\n"
        "The President stressed the importance of the new ferry line.\n\n"
        "The letter states that a team of engineers is already on its way to the islands.",
        [("Doran Vask", "indirect", "The President stressed the importance of the new ferry line.")])


def test_the_letter_after_one_carrying_a_letter_from_another_stays_no_ones():
    assert_statements(
        "President Doran Vask received Ambassador Li Varn of Ostmark on Monday.\n\n"
        "In a letter from his Premier, the Ambassador thanked Tarvia for its help after the floods.\n\n"
        "The letter states that a team of engineers is already on its way to the islands.",
        [("Li Varn", "indirect", "In a letter from his Premier, the Ambassador thanked Tarvia for its help after the "
          "floods.")])


def test_a_delegation_led_by_a_ranked_name_in_a_sentence_of_its_own_has_that_head():
    # (styles40 brennovan_police_delegation_meets_igp_kherran: a rank is no title, so the name stayed "weak" and no
    # description reached it; the engine keeps the ranks in the display name, which the gold's aliases hold)
    assert_statements(
        "Inspector General of Police Tomas Rell met a three-member Ostmark police delegation on Thursday.\n\n"
        "The visiting delegation is led by Colonel Inspector Li Varn, and consisted of Major Tom Weir and Major Ana "
        "Sorn.\n\n"
        "The Ostmark delegation head thanked the Inspector General for the cooperation on training.",
        [("Colonel Inspector Li Varn", "indirect", "The Ostmark delegation head thanked the Inspector General for the cooperation on "
          "training.")])


def test_the_host_is_still_the_host_beside_a_delegation_led_by_a_ranked_name():
    assert_statements(
        "Inspector General of Police Tomas Rell met a three-member Ostmark police delegation on Thursday.\n\n"
        "The delegation was led by Colonel Li Varn.\n\n"
        "The Inspector General stressed the need for joint training.",
        [("Tomas Rell", "indirect", "The Inspector General stressed the need for joint training.")])


def test_his_colleague_met_with_holds_the_same_office():
    # (sixhundredthirtieth yerevan tehran: "Yerevan Mayor X met with his colleague Mostafa Chamran in Tehran")
    assert_statements(
        "Tarvia Mayor Doran Vask met with his colleague Li Varn in Ostburg, the press service of the mayor's office "
        "said.\n\n"
        "The mayor of Ostburg, in his turn, noted that the sides have a great potential for exchanges.",
        [("Li Varn", "indirect", "The mayor of Ostburg, in his turn, noted that the sides have a great potential for "
          "exchanges.")])


def test_her_colleague_who_came_with_her_takes_no_office_of_hers():
    assert_statements(
        "The Consul General of Tarvia in Ostburg, Ana Sorn, and her colleague Jan Kreel visited the Pilsen Region on "
        "Monday.\n\n"
        "The Consul General stressed the importance of the new rail link.",
        [("Ana Sorn", "indirect", "The Consul General stressed the importance of the new rail link.")])
