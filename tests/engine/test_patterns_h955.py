"""Helper h955 (hard75, several speakers in one sentence or one list): a gapped verb after a semicolon, the verb of the
clause before it left out ("Minister X spoke of the dam treaty; Minister Y, of the ferry; and Minister Z, of the
railway", "The Minister said that …; the Ambassador, that …"): each name's clause is that person's statement
(reported_speech `_gapped_cues`, `_GAPPED_VERB_AFTER`). And a sentence that only lists who spoke ("Among those who took
the floor were X, who said …, and Y, who urged …", "Speakers also included …", "Three chairs then took the floor: A,
who …; B, who said …", "Also speaking, on behalf of …, was X, who asked …"): each person's ", who …" clause of speech
is that person's, from "who" (speech_subjects `_LIST_OF_SPEAKERS`, `_items_of_a_list_of_speakers`). And another
person's assent after a speaker's clause: "X said …, as did the Governor …, Ms. W.", "X said …, and so did her deputy,
Y." (reported_speech `_assent_after_a_clause`), "X said …, a view Minister Y shared." (`_ASSENT_IN_APPOSITION`). And a list after "… in turn:" ("The Ambassadors
then spoke in turn: Ambassador X on …, Ambassador Y on …, and Ambassador Z on …"): each item that opens with a person
and "on" is that person's statement, the group's words before the colon no one's (reported_speech `_speakers_in_turn`). And "X thanked Y, who in turn
conveyed … and invited …": Y answers, his words from "who" (speech_subjects `_cue_at`). And "A and B said, respectively, that … and that …": a
pair's one verb, no one's statement (reported_speech `_cues`)."""

from .test_patterns import assert_statements

MEETING = ("On 3 May, the Foreign Minister of Ulvany, Mr. Petran Oskeby, hosted his counterparts from Brisk and Talloway,"
           " Ms. Odile Kranvik and Mr. Sefu Marrowen, in Pelthorn.")


def test_three_speakers_with_the_verb_left_out_after_semicolons():
    assert_statements(
        MEETING + "\n\nOpening the talks, Minister Oskeby spoke of the dam treaty; Minister Kranvik, of the ferry"
        " between the two ports; and Minister Marrowen, of the new railway.",
        [("Petran Oskeby", "indirect", "Opening the talks, Minister Oskeby spoke of the dam treaty"),
         ("Odile Kranvik", "indirect", "Minister Kranvik, of the ferry between the two ports"),
         ("Sefu Marrowen", "indirect", "Minister Marrowen, of the new railway.")])


def test_a_that_clause_with_the_verb_left_out():
    assert_statements(
        "On 9 June, the Minister of Foreign Affairs of Brisk, Ms. Odile Kranvik, received the new Ambassador of"
        " Talloway, Mr. Sefu Marrowen.\n\nThe Minister said that relations had never been closer; the Ambassador,"
        " that his country counted on Brisk's support in the council.",
        [("Odile Kranvik", "indirect", "The Minister said that relations had never been closer"),
         ("Sefu Marrowen", "indirect", "the Ambassador, that his country counted on Brisk's support in the council.")])


def test_a_semicolon_with_no_speaker_after_it_changes_nothing():
    # guard: a list of things after the semicolon, no person's name and comma before "of"
    assert_statements(
        MEETING + "\n\nMinister Oskeby spoke of the dam treaty; the ferry, of course, came up as well.",
        [("Petran Oskeby", "indirect", "Minister Oskeby spoke of the dam treaty; the ferry, of course, came up as well.")])


SESSION = "The Council of the Pelthorn Basin Commission closed its session in Brisk on Friday."


def test_among_those_who_took_the_floor_each_who_clause():
    assert_statements(
        SESSION + "\n\nAmong those who took the floor were the Minister of Agriculture of Ulvany, Mr. Petran Oskeby,"
        " who said that the floods had destroyed the maize harvest, and the Deputy Minister of Energy of Talloway,"
        " Ms. Odile Kranvik, who urged the Council to publish the dam schedules.",
        [("Petran Oskeby", "indirect", "who said that the floods had destroyed the maize harvest"),
         ("Odile Kranvik", "indirect", "who urged the Council to publish the dam schedules.")])


def test_a_list_after_took_the_floor_and_a_colon():
    assert_statements(
        SESSION + "\n\nThree chairs then took the floor: the chair of the Budget Committee, Mr. Sefu Marrowen, who sat"
        " on the drafting committee; the chair of the Foreign Affairs Committee, Ms. Odile Kranvik, who said the treaty"
        " had kept the peace; and the chair of the Defence Committee, Mr. Petran Oskeby, who called for a joint patrol.",
        [("Odile Kranvik", "indirect", "who said the treaty had kept the peace"),
         ("Petran Oskeby", "indirect", "who called for a joint patrol.")])


def test_a_who_clause_with_no_speech_in_a_list_of_speakers():
    # guard: "who is stepping down" reports nothing; the one after him speaks
    assert_statements(
        SESSION + "\n\nSpeakers also included the Executive Secretary, Dr. Sefu Marrowen, who is stepping down after"
        " eight years, and the chief pilot of Ulvany, Captain Petran Oskeby, who warned that the channel had silted up.",
        [("Captain Petran Oskeby", "indirect", "who warned that the channel had silted up.")])


def test_a_who_clause_after_the_object_of_a_narrative_verb_stays_as_it_was():
    # guard: no list opener; the Minister met Y, whose relative clause is read as before (no one's here)
    assert_statements(
        SESSION + "\n\nThe Minister of Agriculture of Ulvany, Mr. Petran Oskeby, visited the dam with the chief pilot,"
        " Captain Sefu Marrowen, who has worked on the river since 1990.",
        [])


CABINET = ("President of the Republic Ilse Varnholm received today the Prime Minister of Brisk, Mr. Sefu Marrowen,"
           " and the Minister of Finance, Mr. Petran Oskeby.")


def test_as_did_another_person_after_a_speakers_clause():
    assert_statements(
        CABINET + "\n\nThe Minister of Finance, Mr. Petran Oskeby, said that the loan would be signed before the"
        " summer, as did the Governor of the Central Bank, Ms. Odile Kranvik.",
        [("Petran Oskeby", "indirect", "The Minister of Finance, Mr. Petran Oskeby, said that the loan would be signed"
                                       " before the summer"),
         ("Odile Kranvik", "indirect", "as did the Governor of the Central Bank, Ms. Odile Kranvik.")])


def test_and_so_did_her_deputy():
    assert_statements(
        "BRISK, May 2 (Wire) - Fisheries Minister Odile Kranvik said the quota cut would stand for the coming year,"
        " and so did her deputy, Petran Oskeby.",
        [("Odile Kranvik", "indirect", "Fisheries Minister Odile Kranvik said the quota cut would stand for the coming"
                                       " year"),
         ("Petran Oskeby", "indirect", "so did her deputy, Petran Oskeby.")])


def test_a_view_another_minister_shared():
    assert_statements(
        MEETING + "\n\nMinister Oskeby then said the three countries would ask for a study of the port,"
        " a view Minister Kranvik shared.",
        [("Petran Oskeby", "indirect", "Minister Oskeby then said the three countries would ask for a study of the port"),
         ("Odile Kranvik", "indirect", "a view Minister Kranvik shared.")])


def test_an_invitation_accepted_stays_the_inviters():
    # guard: "accepted" is no assent to words; the sentence stays the first speaker's
    assert_statements(
        MEETING + "\n\nMinister Oskeby invited his guests to the port, an invitation Minister Kranvik accepted.",
        [("Petran Oskeby", "indirect", "Minister Oskeby invited his guests to the port, an invitation Minister Kranvik"
                                       " accepted.")])


AMBASSADORS = ("On 8 July, the Deputy Minister of Foreign Affairs of Brisk, Ms. Ilse Varnholm, met the Ambassadors of"
               " Ulvany, Talloway and Pelthorn, Mr. Petran Oskeby, Ms. Odile Kranvik and Mr. Sefu Marrowen.")


def test_speakers_in_turn_after_a_colon():
    assert_statements(
        AMBASSADORS + "\n\nThe Ambassadors then spoke in turn: Ambassador Oskeby on the students from Ulvany,"
        " Ambassador Kranvik on the seasonal workers, and Ambassador Marrowen on the new consulate in Brisk.",
        [("Petran Oskeby", "indirect", "Ambassador Oskeby on the students from Ulvany"),
         ("Odile Kranvik", "indirect", "Ambassador Kranvik on the seasonal workers"),
         ("Sefu Marrowen", "indirect", "Ambassador Marrowen on the new consulate in Brisk.")])


def test_things_in_turn_after_a_colon_are_no_ones():
    # guard: the items are things, not people; the sentence stays no one's
    assert_statements(
        AMBASSADORS + "\n\nThe agenda then took each item in turn: the students from Ulvany, the seasonal workers, and"
        " the new consulate in Brisk.",
        [])


SITTING = ("The Senate of Ulvany held a solemn sitting on 11 June in the presence of the President of the Senate of"
           " Brisk, Mr. Sefu Marrowen.")


def test_who_in_turn_after_the_one_thanked():
    assert_statements(
        SITTING + "\n\nThe President of the Senate, Ms. Odile Kranvik, thanked Mr. Marrowen, who in turn conveyed the"
        " greetings of the Senate of Brisk and invited the senators to Brisk in October.",
        [("Odile Kranvik", "indirect", "The President of the Senate, Ms. Odile Kranvik, thanked Mr. Marrowen"),
         ("Sefu Marrowen", "indirect", "who in turn conveyed the greetings of the Senate of Brisk and invited the"
                                       " senators to Brisk in October.")])


def test_who_with_no_in_turn_after_the_one_thanked_stays_as_it_was():
    # guard: "who has served …" is no answer; the sentence stays the thanker's
    assert_statements(
        SITTING + "\n\nThe President of the Senate, Ms. Odile Kranvik, thanked Mr. Marrowen, who has served in the"
        " Senate of Brisk since 2010.",
        [("Odile Kranvik", "indirect", "The President of the Senate, Ms. Odile Kranvik, thanked Mr. Marrowen, who has"
                                       " served in the Senate of Brisk since 2010.")])


def test_a_pair_said_respectively_is_no_ones():
    assert_statements(
        "BRISK, May 20 (Wire) - The ferry operator's chief executive, Odile Kranvik, and its finance director, Sefu"
        " Marrowen, said, respectively, that the company had ordered two ships and that prices would be set in August.",
        [])


def test_one_speaker_naming_two_things_respectively_stays_hers():
    # guard: "respectively" inside her words, not after her verb
    assert_statements(
        "BRISK, May 20 (Wire) - The ferry operator's chief executive, Odile Kranvik, said the two ships would sail in"
        " May and June respectively.",
        [("Odile Kranvik", "indirect", "The ferry operator's chief executive, Odile Kranvik, said the two ships would"
                                       " sail in May and June respectively.")])
