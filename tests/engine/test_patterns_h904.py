"""Helper h904 (hard71, speech carried in relative and participial clauses, and speech echoed or described rather than
cued): "put it" with where or to whom before its comma ("As the President put it at the opening of the talks, …",
lexicon `_PUT_IT_OCCASIONS`); a relative "who" with a past speech verb after a quotation's tag ("“…,” said the
President, who also urged …", sentence_reading `_WHO_ALSO_URGED`); a possessive's message read out by another ("the
President’s message to …, which was read … by the Vice-President, Mr. X, stressed …", sentence_reading
`_writing_before_carrier_aside`); "in what he called “…”" his words, the quoted phrase part of the sentence (lexicon
`_IN_WHAT_ONE_CALLED`, sentence_reading `_a_phrase_someone_called`)."""

from .test_patterns import assert_statements


def test_as_the_president_put_it_at_an_occasion_is_his():
    assert_statements(
        "President Orwen Taskell received Prime Minister Mirela Vantrop in Quessary.\n\n"
        "As the President put it at the opening of the talks, a bridge that nobody crosses is only a monument.",
        [("Orwen Taskell", "indirect", "As the President put it at the opening of the talks, a bridge that nobody "
          "crosses is only a monument.")],
    )


def test_as_he_put_it_to_reporters_afterwards_is_his():
    assert_statements(
        "Transport Minister Orwen Taskell signed the agreement in Quessary.\n\n"
        "Taskell, as he put it to reporters afterwards, sees the canal as \"a business, not a monument.\"",
        [("Orwen Taskell", "indirect", "Taskell, as he put it to reporters afterwards, sees the canal as \"a business, "
          "not a monument.\"")],
    )


def test_put_it_on_the_agenda_is_no_speech():
    """Guard: "put it on the agenda," an act, not "put it at the opening of …"."""
    assert_statements(
        "Transport Minister Orwen Taskell received the delegation in Quessary.\n\n"
        "Taskell put it on the agenda, and the delegation left for the port.",
        [],
    )


def test_who_also_urged_after_a_quotations_tag_goes_on():
    assert_statements(
        "President Orwen Taskell received the Ambassadors in Quessary.\n\n"
        "“Our gates are open to every honest partner,” said the President, who also urged the Varlish envoy, "
        "Mr. Tamsin Oake, to press for an early meeting of the river commission.",
        [("Orwen Taskell", "direct", "Our gates are open to every honest partner"),
         ("Orwen Taskell", "indirect", "who also urged the Varlish envoy, Mr. Tamsin Oake, to press for an early "
          "meeting of the river commission.")],
    )


def test_who_arrived_after_a_quotations_tag_is_no_speech():
    """Guard: a relative clause with no speech verb after the tag stays part of the attribution."""
    assert_statements(
        "President Orwen Taskell received the Ambassadors in Quessary.\n\n"
        "“Our gates are open,” said the President, who arrived from the coast on Tuesday.",
        [("Orwen Taskell", "direct", "Our gates are open")],
    )


def test_a_message_read_by_another_is_its_senders():
    assert_statements(
        "President Mirela Vantrop spoke by telephone with Prime Minister Orwen Taskell.\n\n"
        "On the same day the President’s message to the Conference of Lowland States, which was read in Quessary by "
        "the Vice-President, Mr. Tamsin Oake, stressed that no state of the basin could face the floods alone.",
        [("Mirela Vantrop", "indirect", "On the same day the President’s message to the Conference of Lowland States, "
          "which was read in Quessary by the Vice-President, Mr. Tamsin Oake, stressed that no state of the basin "
          "could face the floods alone.")],
    )


def test_in_what_he_called_is_his_the_phrase_part_of_it():
    assert_statements(
        "President Orwen Taskell on Tuesday welcomed Prime Minister Mirela Vantrop to Quessary for talks.\n\n"
        "In what he called “the most important visit of the year,” the President received the Prime Minister on "
        "the steps of the Palace with a guard of honour.",
        [("Orwen Taskell", "indirect", "In what he called “the most important visit of the year,” the President "
          "received the Prime Minister on the steps of the Palace with a guard of honour.")],
    )


def test_in_what_both_delegations_called_is_no_ones():
    """Guard: a group's naming ("in what both delegations called …") gives no one a statement."""
    assert_statements(
        "President Orwen Taskell received Prime Minister Mirela Vantrop in Quessary.\n\n"
        "In what both delegations called a practical session, they reviewed the progress of the railway.",
        [],
    )


def test_name_then_as_he_put_it_is_the_names_not_the_last_speakers():
    """"Aldemaro, as he put it …, sees …": "he" is the name the sentence opens with, not the woman who spoke before
    (speech_subjects `_AS_ONE_PUT_IT`)."""
    assert_statements(
        "Transport Minister Orwen Taskell signed the agreement with his counterpart, Mirela Vantrop.\n\n"
        "Vantrop thanked the lenders who have offered to finance the work.\n\n"
        "Taskell, as he put it to reporters afterwards, sees the canal as \"a business, not a monument.\"",
        [("Mirela Vantrop", "indirect", "Vantrop thanked the lenders who have offered to finance the work."),
         ("Orwen Taskell", "indirect", "Taskell, as he put it to reporters afterwards, sees the canal as \"a business, "
          "not a monument.\"")],
    )


def test_with_an_office_and_a_name_saying_after_a_pair_is_the_names():
    """"…, with Saluvian Transport Minister X saying …" after a pair's clause: X's, from the office on (speech_subjects
    `_WITH_CLAUSE_OFFICE`)."""
    assert_statements(
        "Varlen and Ostrady agreed on Tuesday to revive a stalled canal link, with Varlish Transport Minister Orwen "
        "Taskell saying the first barges could sail by 2029.",
        [("Orwen Taskell", "indirect", "Varlish Transport Minister Orwen Taskell saying the first barges could sail by "
          "2029.")],
    )


def test_with_a_place_named_in_capitals_is_no_speaker():
    """Guard: "with Lake Ostry" a place after "with", then a participle of no person: nothing."""
    assert_statements(
        "The canal links Varlen with Lake Ostry, bringing grain to the coast.",
        [],
    )


def test_a_view_with_a_relative_of_her_telling_is_that_is_hers():
    """"X's view, which she set out at length …, is that …": her view stated (reported_speech `_POSSESSED_STATEMENT`)."""
    assert_statements(
        "Foreign Secretary Mirela Vantrop held talks with Minister Orwen Taskell in Quessary.\n\n"
        "The Foreign Secretary’s view, which she set out at length during the working lunch, is that the treaty can "
        "be amended by a protocol.",
        [("Mirela Vantrop", "indirect", "The Foreign Secretary’s view, which she set out at length during the working "
          "lunch, is that the treaty can be amended by a protocol.")],
    )


def test_a_view_shared_by_others_is_no_telling():
    """Guard: "X's view, which was shared by the press, is that …": the relative clause tells no words of hers; nothing
    is read into it (as before)."""
    assert_statements(
        "Foreign Secretary Mirela Vantrop held talks with Minister Orwen Taskell in Quessary.\n\n"
        "The Foreign Secretary’s view, which was shared by the press, is that the treaty is old.",
        [],
    )


def test_her_remarks_in_which_she_urged_are_hers():
    """"X's remarks, in which she urged …, were followed by …" and "Her remarks, in which she also thanked …, opened …"
    (reported_speech `_REMARKS_IN_WHICH`)."""
    assert_statements(
        "President Orwen Taskell met Prime Minister Mirela Vantrop in Quessary.\n\n"
        "The Prime Minister’s remarks, in which she urged both governments to publish the canal tariffs, were "
        "followed by a working lunch.\n\n"
        "Her remarks, in which she also thanked Varlen for its help during the floods, opened a reception.",
        [("Mirela Vantrop", "indirect", "The Prime Minister’s remarks, in which she urged both governments to publish "
          "the canal tariffs, were followed by a working lunch."),
         ("Mirela Vantrop", "indirect", "Her remarks, in which she also thanked Varlen for its help during the floods, "
          "opened a reception.")],
    )


def test_remarks_in_which_a_word_appeared_are_no_ones():
    """Guard: "remarks, in which the word … appeared" tell no speech verb of hers: nothing."""
    assert_statements(
        "President Orwen Taskell met Prime Minister Mirela Vantrop in Quessary.\n\n"
        "The Prime Minister’s remarks, in which the word canal appeared twice, were short.",
        [],
    )


def test_a_place_after_off_then_and_a_second_speaker_splits():
    """"… asked about the fishermen detained off Cap Varrow, and the Prime Minister promised …": "Cap Varrow" the object
    of "off", no half of a pair with the Prime Minister; two statements (speech_subjects `_OBJECT_PREPOSITIONS`)."""
    assert_statements(
        "President Orwen Taskell met Prime Minister Mirela Vantrop in Quessary.\n\n"
        "Over lunch the President asked about the fishermen detained off Cap Varrow, and the Prime Minister promised "
        "to look into each case herself.",
        [("Orwen Taskell", "indirect", "Over lunch the President asked about the fishermen detained off Cap Varrow"),
         ("Mirela Vantrop", "indirect", "the Prime Minister promised to look into each case herself.")],
    )


def test_two_named_leaders_joined_by_and_still_speak_together():
    """Guard: "President X and Prime Minister Y agreed …" stays a pair."""
    assert_statements(
        "President Orwen Taskell and Prime Minister Mirela Vantrop reiterated their commitment to the canal treaty.",
        [],
    )
