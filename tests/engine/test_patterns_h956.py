"""Helper h956 (sevenhundredtwentyfirst, the Presidency of Gabon as English outlets print it): "since" of a time from
then on between a perfect's "has" and a speech verb, "He has since promised to hold free elections …", stepped over
back from the verb to its subject as "just" is (speech_subjects `_BACK_ONLY_FILLERS`)."""

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
