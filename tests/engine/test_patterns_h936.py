"""Helper h936 (sevenhundredseventh, the Governor of Michigan's releases): a governor's office as the sayer is the
office's notice, not the governor's: "…, according to her office." reads "her" as the possessive before its noun, as
"according to his office" (reported_speech `_her_possessive` in `Attributor._according`), while "according to her, …"
stays hers; and "The Ruritania Executive Office of the Governor says …", an office named with its place or kind
before it, is the institution, as "The Office of the President called on …" is (speech_subjects
`_INSTITUTION_OF_AN_OFFICE`)."""

from .test_patterns import assert_statements

OPENING = "Governor Maren Holloway met Prime Minister Tobiah Kresk of Vandria in Lansford on Monday."


def test_according_to_her_office_is_not_hers():
    assert_statements(
        OPENING + "\n\n"
        "Holloway, a Democrat, plans to visit the port of Ostrava next week, according to her office.\n\n"
        "“We are proud of this partnership,” Holloway said.",
        [("Maren Holloway", "direct", "We are proud of this partnership,")],
    )


def test_according_to_her_stays_hers():
    assert_statements(
        OPENING + "\n\n"
        "According to her, the port of Ostrava will double its trade with Vandria by 2030.",
        [("Maren Holloway", "indirect",
          "According to her, the port of Ostrava will double its trade with Vandria by 2030.")],
    )


def test_an_executive_office_of_the_governor_is_the_institution():
    assert_statements(
        OPENING + "\n\n"
        "The Lansford Executive Office of the Governor says the goal of the trip is to gain key investments.\n\n"
        "“We are proud of this partnership,” Holloway said.",
        [("Maren Holloway", "direct", "We are proud of this partnership,")],
    )


def test_the_governor_herself_still_speaks():
    assert_statements(
        OPENING + "\n\n"
        "The Governor says the goal of the trip is to gain key investments.",
        [("Maren Holloway", "indirect", "The Governor says the goal of the trip is to gain key investments.")],
    )
