"""Rules from the thousand-eighth held-out set (the Governor of Bayelsa State, Nigeria, and those at his meetings,
2017-2023): invented readouts, invented people and places."""

from __future__ import annotations

from .test_patterns import assert_statements

_VISIT = "Governor Tomas Berel of Vandor State has met with former President Ilan Osk to greet him. "


def test_quoted_to_have_said_makes_the_quotation_the_subjects():
    """"The governor was quoted to have said, “…”" (concise 2020-03-03): "quoted to have", Nigerian papers' form of
    "quoted as saying", puts its subject before the speech verb as "is reported to have said" does, so the quotation
    is the governor's. Before, the lead-in had no speaker and the words went to the last one to speak (the host)."""
    body = (_VISIT + "\n\nThe former leader also appreciated Berel for his visit.\n\n"
            "The governor was quoted to have said, “I have come to greet my father. I have come to felicitate with him.”"
            "\n\nThe governor was also quoted to have said that the people should expect good governance.")
    assert_statements(body, [
        ("Ilan Osk", "indirect", "The former leader also appreciated Berel for his visit."),
        ("Tomas Berel", "direct", "I have come to greet my father. I have come to felicitate with him."),
        ("Tomas Berel", "indirect", "The governor was also quoted to have said that the people should expect good "
                                    "governance."),
    ])


def test_quoted_as_saying_and_an_active_quoted_to_have_said_unchanged():
    """The guard: "was quoted as saying" (read before) and an active "A statement by X quoted Y to have said: “…”" (the
    person quoted, Y, speaks; `reported_speech`) stay as they were."""
    body = (_VISIT + "\n\nThe former leader also appreciated Berel for his visit.\n\n"
            "The governor was quoted as saying, “I have come to greet my father.”\n\n"
            "A statement by his aide, Dan Wello, quoted Osk to have said: “I am happy with the visit.”")
    assert_statements(body, [
        ("Ilan Osk", "indirect", "The former leader also appreciated Berel for his visit."),
        ("Tomas Berel", "direct", "I have come to greet my father."),
        ("Ilan Osk", "direct", "I am happy with the visit."),
    ])


_YULETIDE = ("Vandor State former governor Senator Arvo Kessel has expressed satisfaction about the performance of his "
             "successor, Senator Brin Ostor.\n\nKessel, who represents Vandor West, spoke yesterday when Governor Ostor "
             "paid him a visit at his country home.\n\nKessel said he was pleased with the governor’s commitment to the "
             "roads.\n\n")


def test_a_lower_case_former_after_a_place_keeps_the_subject_a_former_holder():
    """"Bayelsa State former governor Senator X has expressed satisfaction … / Dickson said he was pleased with the
    governor’s commitment … / He thanked the governor for the visit, …" (The Nation 2022-12-28): the lower-case
    "former" between the place and the office, which the subject's backward reading left out, keeps X a former
    governor, as "Former governor Senator X" does, so "the governor" is the one who holds it now (Ostor) and "He" the
    former one. Before, X became a governor too, "the governor" him, and "He thanked the governor" the successor's."""
    body = _YULETIDE + "He thanked the governor for the visit, as he made a similar visit last year."
    assert_statements(body, [
        ("Arvo Kessel", "indirect", "Vandor State former governor Senator Arvo Kessel has expressed satisfaction about "
                                    "the performance of his successor, Senator Brin Ostor."),
        ("Arvo Kessel", "indirect", "Kessel said he was pleased with the governor’s commitment to the roads."),
        ("Arvo Kessel", "indirect", "He thanked the governor for the visit, as he made a similar visit last year."),
    ])


def test_a_place_governor_with_no_former_is_the_present_holder():
    """The guard: "Vandor State Governor Senator Brin Ostor has received …" (no "former" before the office) keeps him
    the governor, so "The governor said …" after his guest's words is his, not the guest's."""
    body = ("Vandor State Governor Senator Brin Ostor has received Senator Arvo Kessel at Government House.\n\n"
            "Kessel thanked him for the reception.\n\nThe governor said the roads would be done soon.")
    assert_statements(body, [
        ("Arvo Kessel", "indirect", "Kessel thanked him for the reception."),
        ("Brin Ostor", "indirect", "The governor said the roads would be done soon."),
    ])
