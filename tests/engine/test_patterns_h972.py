"""Helper h972 (sevenhundredthirtyfifth, the Assembly of North Macedonia, Sobranie, as its own pages and outlets print
it): a confirming back-reference, "X will remain Speaker …" / "This was confirmed by Y at a press conference …", the
sentence before Y's (statements `_SAID_BY`)."""

from .test_patterns import assert_statements


def test_this_was_confirmed_by_gives_the_sentence_before_to_the_agent():
    assert_statements(
        "Mira Tollen will remain Speaker of the Ostravian Parliament in the new composition.\n\n"
        "This was confirmed by the Prime Minister-designate and party leader Dorin Valek at a press conference "
        "following Tuesday’s meeting with Anton Brell.\n\n"
        "“We agreed that Mira Tollen remains Speaker,” Valek said.",
        [("Dorin Valek", "indirect", "Mira Tollen will remain Speaker of the Ostravian Parliament in the new "
          "composition."),
         ("Dorin Valek", "direct", "We agreed that Mira Tollen remains Speaker")])


def test_a_fact_confirmed_by_a_person_in_the_sentence_itself_is_no_back_reference():
    # guard: "The date was confirmed by X …" names no words before (its subject a thing, not "This"): the sentence
    # before stays the page's, the passive with its agent his own
    assert_statements(
        "Vellora and Ostravia signed a fisheries treaty in 2019.\n\n"
        "The date was confirmed by Prime Minister Dorin Valek at the summit.",
        [("Dorin Valek", "indirect", "The date was confirmed by Prime Minister Dorin Valek at the summit.")])


HANDOVER = ("At a ceremony in Parliament on Friday, Jovan Rell took over the post of Speaker from Anton "
            "Brell.\n\n")


def test_office_of_the_caretaker_government_then_a_surname_is_that_person():
    assert_statements(
        HANDOVER + "After the handover, the outgoing Speaker and current Prime Minister of the caretaker government "
        "Brell, in a statement to the media, wished Rell health and successful work. He emphasizes that he has no doubt "
        "that Rell will respond to the duty.",
        [("Anton Brell", "indirect", "After the handover, the outgoing Speaker and current Prime Minister of the "
          "caretaker government Brell, in a statement to the media, wished Rell health and successful work."),
         ("Anton Brell", "indirect", "He emphasizes that he has no doubt that Rell will respond to the duty.")])


def test_a_caretaker_government_as_a_thing_names_no_one():
    # guard: "the caretaker government" with no office before "of the" is no person's phrase; the Speaker's own
    # sentence stays his
    assert_statements(
        HANDOVER + "Rell said the caretaker government Brell had led would hand over in May.",
        [("Jovan Rell", "indirect", "Rell said the caretaker government Brell had led would hand over in May.")])


def test_head_of_the_transitional_government_with_no_name_after_stays_the_office():
    # guard: "the head of the transitional government underlined …" (no name after "government"): the office, the
    # readout's head of government, as before
    assert_statements(
        "The Prime Minister, Head of Government, Major General Anton Brell, received on Thursday 5 March 2026, at the "
        "Primature, a delegation of the Ostravian Bank led by its President, Mr. Ivo Rask.\n\n"
        "Welcoming his guests, the head of the transitional government underlined that the Transition had made food "
        "its priority.",
        [("Anton Brell", "indirect", "Welcoming his guests, the head of the transitional government underlined that "
          "the Transition had made food its priority.")])


def test_a_days_opener_then_ones_own_meeting_where_he_welcomed_is_all_his():
    assert_statements(
        "On Monday, Parliament Speaker Anton Brell held a meeting with Ambassador Ivo Rask, where he welcomed the "
        "strong relations between the two countries.",
        [("Anton Brell", "indirect", "On Monday, Parliament Speaker Anton Brell held a meeting with Ambassador Ivo "
          "Rask, where he welcomed the strong relations between the two countries.")])


def test_a_days_pairs_meeting_where_one_stressed_is_cut_at_where():
    # guard: the pair's own clause before ", where the President …" stays narrative
    assert_statements(
        "On Monday, both dignitaries held a joint press conference, where President Ivo Rask highlighted that the "
        "agreement opens a channel of communication.",
        [("Ivo Rask", "indirect", "President Ivo Rask highlighted that the agreement opens a channel of "
          "communication.")])
