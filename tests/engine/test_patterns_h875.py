"""Helper h875 (sixhundredfiftyninth, Panama's Ministry of Foreign Affairs as English outlets print it): a stance's
headline in title case, "<Office> Condemns <Thing> in <Place>", whose verb parts the office from its object
(titles._HEADLINE_VERBS), so the object is no person who takes the body's descriptions."""

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
