"""Helper h956 (sevenhundredtwentyfirst, the Presidency of Gabon as English outlets print it): "since" of a time from
then on between a perfect's "has" and a speech verb, "He has since promised to hold free elections …", stepped over
back from the verb to its subject as "just" is (speech_subjects `_BACK_ONLY_FILLERS`); a participle's aside of up to
120 characters between a subject and its present-tense opinion verb, "General X, designated by the organizers of the
coup in Y as head of state for a transitional period, believes that …" (speech_subjects `_SUBJECTS_ASIDE`); "claims to want to …", an aim professed, the present form
only before "to want" (lexicon, the "claims" object pattern)."""

from .test_patterns import assert_statements

OPENING = "President Ida Morn received General Olaf Brenn, the interim leader of Varnia, with whom she held talks."


def test_since_between_has_and_the_speech_verb_is_stepped_over():
    assert_statements(
        OPENING + "\n\n"
        "Gen Brenn was seen as a liberator after the change of government. He has since promised to hold free "
        "elections.",
        [("Olaf Brenn", "indirect", "He has since promised to hold free elections.")])


def test_since_opening_a_clause_of_time_gives_no_subject():
    """"since" that opens a clause is not stepped over: the sentence is still the named speaker's, not "years"'s."""
    assert_statements(
        OPENING + "\n\n"
        "Brenn said much had changed in the years since Varnia joined the union.",
        [("Olaf Brenn", "indirect", "Brenn said much had changed in the years since Varnia joined the union.")])


def test_a_long_participles_aside_before_believes():
    assert_statements(
        "General Olaf Brenn, designated by the organizers of the coup in Varnia as head of state for a transitional "
        "period, believes that there is no need to rush to organize new elections in the country.",
        [("Olaf Brenn", "indirect",
          "General Olaf Brenn, designated by the organizers of the coup in Varnia as head of state for a transitional "
          "period, believes that there is no need to rush to organize new elections in the country.")])


def test_a_list_before_a_present_noun_is_still_no_subject():
    """A list's comma before "hopes" is no aside: "… roads, bridges, hopes …" gives no one words."""
    assert_statements(
        OPENING + "\n\n"
        "The plan, built around the roads of the northern provinces and the bridges of the river valley, hopes for "
        "better trade.",
        [])


def test_claims_to_want_is_speech():
    assert_statements(
        OPENING + "\n\n"
        "The same day he took power, General Olaf Brenn was keen to make his strategy clear. He claims to want to "
        "strengthen relations with Ostland.",
        [("Olaf Brenn", "indirect", "He claims to want to strengthen relations with Ostland.")])


def test_claims_as_a_noun_is_still_no_speech():
    assert_statements(
        OPENING + "\n\n"
        "Brenn's claims to the northern islands were not discussed.",
        [])
