"""Rules from the eight-hundred-seventy-sixth held-out set (the Governor of Oyo State, Nigeria, and those who speak at
or of the governor's meetings, 2019-2025): invented readouts, invented people and countries."""

from __future__ import annotations

from .test_patterns import assert_statements

_VISIT = "The Alake of Zerland, Oba Tunde Akinlo, paid a courtesy visit to Governor Femi Adaro on Monday. "


def test_the_royal_father_is_the_monarch_named_before():
    """"The royal father equally urged other leaders to emulate …" (News Diary 2023-10-16, after "the Osemawe …, Oba
    Dr X"): the Nigerian press's word for a traditional ruler, "the monarch" by another name. Before, the sentence
    was given to no one (or to an unnamed "Monarch")."""
    body = (_VISIT + "Adaro thanked the visitors for the honour. "
            "The royal father equally urged other leaders to emulate the governor.")
    assert_statements(body, [
        ("Femi Adaro", "indirect", "Adaro thanked the visitors for the honour."),
        ("Oba Tunde Akinlo", "indirect", "The royal father equally urged other leaders to emulate the governor."),
    ])


def test_the_royal_father_after_the_monarch():
    """The same after "The monarch" was read: both the Oba's."""
    body = (_VISIT + "The monarch praised the governor for his work. "
            "The royal father also urged the youths to be calm.")
    assert_statements(body, [
        ("Oba Tunde Akinlo", "indirect", "The monarch praised the governor for his work."),
        ("Oba Tunde Akinlo", "indirect", "The royal father also urged the youths to be calm."),
    ])


def test_the_royal_father_of_someone_is_no_monarch_named_before():
    """The guard: "the royal father of the bride" is someone's father, not the Prince named before."""
    body = ("Prince Alwin of Zerland met President Tomas Varga on Monday. "
            "The royal father of the bride thanked the President. "
            "Varga said the wedding was a joy.")
    assert_statements(body, [
        ("Tomas Varga", "indirect", "Varga said the wedding was a joy."),
    ])


def test_homage_paid_at_a_seat_is_a_visit():
    """"Tinubu had earlier paid homage to President Buhari at the Presidential Villa after which they jointly observed
    Juma’at prayers …" (Naija News 2023-04-29): homage paid to someone at his seat or home is a visit of respect, as
    "paid a courtesy visit", no speech. Before, the sentence was the visitor's statement."""
    body = ("Governor Femi Adaro of Zerland met President-elect Tomas Varga in Corbel on Friday. "
            "Varga had earlier paid homage to President Ilse Moran at the Presidential Villa after which they jointly "
            "observed prayers. "
            "Adaro said the elections were over.")
    assert_statements(body, [
        ("Femi Adaro", "indirect", "Adaro said the elections were over."),
    ])


def test_homage_to_a_quality_or_with_words_stays_a_statement():
    """The guard: homage paid to a quality ("to the courage of …") or at a seat with words of his after it ("…,
    saying …") is still speech."""
    body = ("Governor Femi Adaro of Zerland met President Tomas Varga in Corbel on Friday. "
            "Adaro paid homage to the courage of the Zerland police. "
            "Adaro also paid homage to the Emir at his palace, saying the royal house was a pillar of peace.")
    assert_statements(body, [
        ("Femi Adaro", "indirect", "Adaro paid homage to the courage of the Zerland police."),
        ("Femi Adaro", "indirect",
         "Adaro also paid homage to the Emir at his palace, saying the royal house was a pillar of peace."),
    ])
