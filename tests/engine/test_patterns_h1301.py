"""Rules from the thousand-second held-out set (the Menteri Besar of Perlis, Malaysia, and those at or of his meetings,
2018-2026): invented readouts, invented people and countries."""

from __future__ import annotations

from .test_patterns import assert_statements


def test_a_capitalised_label_in_a_describing_opener_stays_in_the_report():
    """"Describing them as ‘Little Napoleons’, Tuanku X warned that their poor conduct could tarnish …" (The Sun, the
    ruler's rebuke of a council's officers): the label the speaker gave is a term of the reported sentence (GOLD-FORMAT:
    a quotation of a term), so the whole sentence is his, as a lower-case label already was. Before, the label alone
    was read as his direct words and the report was lost."""
    body = ("The Emir of Varlo, Rashid Omaran, visited the Tessin council on Monday.\n\n"
            "Describing them as ‘Little Tyrants’, Omaran warned that their poor conduct could tarnish the council’s "
            "reputation.\n\n"
            "Calling the clerks “Petty Kings”, the Emir urged them to serve the people.")
    assert_statements(body, [
        ("Rashid Omaran", "indirect", "Describing them as ‘Little Tyrants’, Omaran warned that their poor conduct "
                                      "could tarnish the council’s reputation."),
        ("Rashid Omaran", "indirect", "Calling the clerks “Petty Kings”, the Emir urged them to serve the people."),
    ])


def test_a_sentence_quoted_after_a_describing_opener_stays_a_quotation():
    """The guard: words with a stop inside after "Describing …" are a quotation of their own, not a label, and stay
    direct."""
    body = ("The Emir of Varlo, Rashid Omaran, visited the Tessin council on Monday.\n\n"
            "Describing the visit, Omaran said: “We Came to listen. We will return.”")
    assert_statements(body, [
        ("Rashid Omaran", "direct", "We Came to listen. We will return."),
    ])


def test_ordered_a_review_of_is_an_order():
    """"Last Dec 6, Anwar ordered a review of RM7 billion worth of approvals …" (The Sun, the Prime Minister's meeting
    with the Menteri Besar): an inquiry ordered, "a"/"an" and a noun of inquiry then "of"/"into", as "ordered the
    closure of" (GOLD-FORMAT: orders are indirect statements). Before, the article before the noun left it narrative."""
    body = ("The Premier of Nanbar, Dorin Kessel, met the Governor of Varlo on Monday.\n\n"
            "Last week, Kessel ordered a review of approvals granted under the flood project.\n\n"
            "Kessel also ordered an independent investigation into the tender.")
    assert_statements(body, [
        ("Dorin Kessel", "indirect", "Last week, Kessel ordered a review of approvals granted under the flood "
                                     "project."),
        ("Dorin Kessel", "indirect", "Kessel also ordered an independent investigation into the tender."),
    ])


def test_ordered_a_total_of_stays_narrative():
    """The guard: "ordered a total of …" and "ordered a copy of …" order goods, no inquiry, and stay narrative."""
    body = ("The Premier of Nanbar, Dorin Kessel, met the Governor of Varlo on Monday.\n\n"
            "Kessel ordered a total of ten buses for the city.\n\n"
            "Kessel said the buses would arrive in May.")
    assert_statements(body, [
        ("Dorin Kessel", "indirect", "Kessel said the buses would arrive in May."),
    ])
