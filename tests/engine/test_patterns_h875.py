"""Helper h875 (sixhundredfiftyninth, Panama's Ministry of Foreign Affairs as English outlets print it): a stance's
headline in title case, "<Office> Condemns <Thing> in <Place>", whose verb parts the office from its object
(titles._HEADLINE_VERBS), so the object is no person who takes the body's descriptions; and a two-word surname that
opens with a saint's style ("Isabel Saint Malo … Saint Malo explained …", "“…,” told Saint Malo"), read as a place
("St Helena") on its own, is the one named in full before it (name_registry._named_in_full_by_a_saints_surname); and
a relative "who added that …" after an inverted tag ("“…”, said X, who added that …"), the report going on from "who"
(sentence_reading._ADDING)."""

from .test_patterns import assert_statements

_BODY = (
    "Tessaly’s Foreign Affairs Minister, Ilona Varek, today rejected the violence in Dravik.\n\n"
    "In a statement to a television channel, the Foreign Minister recalled that the alliance issued a communiqué.\n\n"
    "She also pointed out that the regional parliament must be reformed."
)


def test_a_stance_headline_names_no_person_of_its_object():
    assert_statements(_BODY, [
        ("Ilona Varek", "indirect", "Tessaly’s Foreign Affairs Minister, Ilona Varek, today rejected the violence in Dravik."),
        ("Ilona Varek", "indirect", "In a statement to a television channel, the Foreign Minister recalled that the "
                                    "alliance issued a communiqué."),
        ("Ilona Varek", "indirect", "She also pointed out that the regional parliament must be reformed."),
    ], title="Tessalian Foreign Affairs Minister Condemns Violence in Dravik")


def test_a_rejecting_headline_names_no_person_of_its_object():
    assert_statements(_BODY, [
        ("Ilona Varek", "indirect", "Tessaly’s Foreign Affairs Minister, Ilona Varek, today rejected the violence in Dravik."),
        ("Ilona Varek", "indirect", "In a statement to a television channel, the Foreign Minister recalled that the "
                                    "alliance issued a communiqué."),
        ("Ilona Varek", "indirect", "She also pointed out that the regional parliament must be reformed."),
    ], title="Foreign Minister Rejects Interference in Dravik")


def test_a_stance_headline_keeps_its_named_subject():
    """Guard: the headline's subject named before the verb is still the host the body's description means."""
    assert_statements(
        "The Minister said that the attack was an attack on all of us.",
        [("Ilona Varek", "indirect", "The Minister said that the attack was an attack on all of us.")],
        title="Minister Ilona Varek Condemns Attack in Dravik",
    )


def test_a_saints_surname_after_the_full_name_is_hers():
    assert_statements(
        "Tessalian Vice President and Foreign Minister, Ilona Saint Varo, shared details about her visit to Dravik.\n\n"
        "Saint Varo explained that the invitations must still be issued.\n\n"
        "\"We are planning to discuss prosperity in equity\", told Saint Varo about the agenda of the summit.",
        [
            ("Ilona Saint Varo", "indirect", "Tessalian Vice President and Foreign Minister, Ilona Saint Varo, shared "
                                             "details about her visit to Dravik."),
            ("Ilona Saint Varo", "indirect", "Saint Varo explained that the invitations must still be issued."),
            ("Ilona Saint Varo", "direct", "We are planning to discuss prosperity in equity"),
        ],
    )


def test_a_saints_place_stays_no_one():
    """Guard: "St Varo" with no one so named is a place, and its community's report no one's."""
    assert_statements(
        "Governor Ilona Brenn visited the island.\n\n"
        "St Varo recalls with gratitude the visit of the Governor.",
        [],
    )


def test_a_relative_who_added_after_an_inverted_tag_goes_on_with_the_report():
    assert_statements(
        "Foreign Minister Olen Marsk returned to Tessaly on Sunday.\n\n"
        "\"At no time have we lacked respect for any authority in Dravik\", said Olen Marsk, who added that Tessalian "
        "authorities have received \"only disrespect\" from Dravik.",
        [
            ("Olen Marsk", "direct", "At no time have we lacked respect for any authority in Dravik"),
            ("Olen Marsk", "indirect", "who added that Tessalian authorities have received \"only disrespect\" from Dravik."),
        ],
    )


def test_a_relative_clause_after_a_tag_with_no_speech_verb_stays_no_report():
    """Guard: "who arrived on Sunday" after the tag is narrative, no second statement."""
    assert_statements(
        "\"We are ready for dialogue\", said Olen Marsk, who arrived in Dravik on Sunday.",
        [("Olen Marsk", "direct", "We are ready for dialogue")],
    )
