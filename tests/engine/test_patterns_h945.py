"""Helper h945 (sevenhundredsixteenth, the Parliament of Montenegro's English news): a dash quotation closed by the
speaker's name with a capitalised office set off by commas ("- … – Mr X, President of the Parliament of Y,
emphasised during …") or by "pointed out" before the name ("- … - pointed out Ambassador X, adding that …")
(quotes `_DASH_ATTRIBUTION`, sentence_reading `_office_opens_an_aside` and `_past_the_particle`)."""

from .test_patterns import assert_statements

OPENING = "President of the Assembly of Kastravia Mr Ivo Brennar received the Ambassador of Vellmark, Ms Alda Korrin."


def test_a_dash_quotation_closed_by_a_name_and_its_capitalised_office():
    assert_statements(
        OPENING + "\n\n"
        "- It is of great importance for Kastravia to have many friends, and Vellmark is one of them – Mr Ivo "
        "Brennar, President of the Assembly of Kastravia, emphasised during the visit.",
        [("Ivo Brennar", "direct", "It is of great importance for Kastravia to have many friends, and Vellmark is one of them")])


def test_a_quotation_closed_by_a_name_and_its_capitalised_office():
    """The same attribution after a closing mark, "“…,” X, Ambassador of Y, said": the name speaks, not the host."""
    assert_statements(
        OPENING + "\n\n"
        "“We are proud of our cooperation with Kastravia,” Ms Alda Korrin, Ambassador of Vellmark, said after the talks.",
        [("Alda Korrin", "direct", "We are proud of our cooperation with Kastravia,")])


def test_pointed_out_before_the_name_closes_a_dash_quotation():
    assert_statements(
        OPENING + "\n\n"
        "- I am honoured to serve in a friendly country - pointed out Ambassador Korrin, adding that Vellmark "
        "valued the partnership.",
        [("Alda Korrin", "direct", "I am honoured to serve in a friendly country"),
         ("Alda Korrin", "indirect", "adding that Vellmark valued the partnership.")])


def test_a_dash_item_with_a_name_and_office_but_no_speech_verb_is_no_quotation():
    """Guard: a dash paragraph whose dash is followed by a name and its office but no speech verb (a programme's
    item) holds no quotation."""
    assert_statements(
        OPENING + "\n\n"
        "- Cooperation in energy and tourism – Ms Alda Korrin, Ambassador of Vellmark, attended the session.",
        [])


def test_the_lower_case_office_aside_still_reads():
    """Guard: "“…,” X, the Ambassador of Y, said" reads as before."""
    assert_statements(
        OPENING + "\n\n"
        "“We are proud of our cooperation with Kastravia,” Ms Alda Korrin, the Ambassador of Vellmark, said.",
        [("Alda Korrin", "direct", "We are proud of our cooperation with Kastravia,")])


# "X and newly-appointed <office> Y <verb>": a pair (phrases._NEWLY_IN_OFFICE in the backward reading's "and")

def test_a_pair_whose_second_office_is_newly_appointed():
    assert_statements(
        OPENING + "\n\n"
        "At today’s meeting, President of the Assembly of Kastravia Mr Ivo Brennar and newly-appointed Ambassador of "
        "Vellmark to Kastravia Ms Alda Korrin expressed pleasure with the level of relations.\n\n"
        "President Brennar thanked for the support of Vellmark.",
        [("Ivo Brennar", "indirect", "President Brennar thanked for the support of Vellmark.")])


def test_the_newly_appointed_office_of_one_person_still_speaks():
    """Guard: "the newly-appointed Ambassador X expressed …" with no "and" before it is one person."""
    assert_statements(
        OPENING + "\n\n"
        "The newly-appointed Ambassador of Vellmark Ms Alda Korrin expressed pleasure with the level of relations.",
        [("Alda Korrin", "indirect", "The newly-appointed Ambassador of Vellmark Ms Alda Korrin expressed pleasure "
          "with the level of relations.")])


# "assessed as valuable the …": a judgement voiced before its long object (lexicon._COMPLEMENTS["…|assessed|…"])

def test_assessed_as_a_word_of_value_before_its_object():
    assert_statements(
        OPENING + "\n\n"
        "President Brennar assessed as valuable the exchange of parliamentary experiences with Vellmark.",
        [("Ivo Brennar", "indirect", "President Brennar assessed as valuable the exchange of parliamentary experiences "
          "with Vellmark.")])


def test_assessed_as_a_thing_is_no_judgement_voiced():
    """Guard: "was assessed as part of …" and "assessed as soon as …" stay no statement."""
    assert_statements(
        OPENING + "\n\n"
        "The damage was assessed as part of the review. The experts assessed as soon as possible the state of the roads.",
        [])


# "Ambassador Del Monaco": a capitalised surname particle before a state's name (phrases._SURNAME_PARTICLES_CAPITALISED)

def test_a_state_after_a_capitalised_surname_particle_is_the_surname():
    assert_statements(
        "Liria Vant received the Ambassador of Vellmark, Mr Vincenzo Del Monaco.\n\n"
        "Ambassador Del Monaco praised the reforms. He stressed the importance of dialogue.",
        [("Vincenzo Del Monaco", "indirect", "Ambassador Del Monaco praised the reforms."),
         ("Vincenzo Del Monaco", "indirect", "He stressed the importance of dialogue.")])


def test_the_ambassador_of_the_state_still_reads_the_state():
    """Guard: "the Ambassador of Monaco" keeps Monaco his country."""
    assert_statements(
        "Liria Vant received the Ambassador of Monaco, Mr Vincenzo Ravo.\n\n"
        "The Ambassador of Monaco praised the reforms.",
        [("Vincenzo Ravo", "indirect", "The Ambassador of Monaco praised the reforms.")])
