"""Rules from the nine-hundred-fourth held-out set (Baguio City's Mayor and, widened, neighbouring Luzon mayors,
2022-2025): invented readouts, invented people and countries."""

from __future__ import annotations

from .test_patterns import assert_statements

_GUEST = "Ambassador Tomas Verrin of Zarnia, the guest of honor, said the town of Velmar had grown. "


def test_subject_before_an_audience_and_a_venue_then_said_a_quotation():
    """"Baguio City Mayor X before locals and guests at the Baguio City Convention and Cultural Center said, “…”"
    (amianan 2023-09-01): before whom and where the subject spoke, no commas, stepped over as "during the meeting" is.
    Before, the quotation went to the last speaker."""
    body = _GUEST + ("Mayor Aldo Brenn before locals and guests at the Velmar Convention and Cultural Center said, "
                     "“We are not here just because we live here but as champions of the future.”")
    assert_statements(body, [
        ("Tomas Verrin", "indirect", "Ambassador Tomas Verrin of Zarnia, the guest of honor, said the town of Velmar "
         "had grown."),
        ("Aldo Brenn", "direct", "We are not here just because we live here but as champions of the future."),
    ])


def test_subject_at_an_event_then_said_that_speaks():
    """"X at the signing ceremony said that …": the event's aside (one word before its noun), "at" before it. Before,
    no one's, and the sentence after it carried onto the last speaker."""
    body = _GUEST + ("Mayor Aldo Brenn at the signing ceremony said that the two towns would share their parks. "
                     "He also thanked the council.")
    assert_statements(body, [
        ("Tomas Verrin", "indirect", "Ambassador Tomas Verrin of Zarnia, the guest of honor, said the town of Velmar "
         "had grown."),
        ("Aldo Brenn", "indirect", "Mayor Aldo Brenn at the signing ceremony said that the two towns would share their "
         "parks."),
        ("Aldo Brenn", "indirect", "He also thanked the council."),
    ])


def test_subject_at_a_named_building_then_said_that_speaks():
    """"X at City Hall said that …": a building's capitalised name ending in "Hall", "at" before it."""
    body = _GUEST + "Mayor Aldo Brenn at Velmar City Hall said that the town would open a new market."
    assert_statements(body, [
        ("Tomas Verrin", "indirect", "Ambassador Tomas Verrin of Zarnia, the guest of honor, said the town of Velmar "
         "had grown."),
        ("Aldo Brenn", "indirect", "Mayor Aldo Brenn at Velmar City Hall said that the town would open a new market."),
    ])


def test_object_of_a_relative_clause_before_an_event_aside_does_not_speak():
    """The guard: "X, who represented Y at the farewell reception said …": Y the relative clause's object, X the
    speaker (a "who" before the aside leaves it unread)."""
    body = ("Deputy Minister Marta Sell, who represented Governor Aldo Brenn at the farewell reception said the two "
            "provinces would keep working together.")
    assert_statements(body, [
        ("Marta Sell", "indirect", "Deputy Minister Marta Sell, who represented Governor Aldo Brenn at the farewell "
         "reception said the two provinces would keep working together."),
    ])


def test_met_someone_at_a_reception_and_said_keeps_its_subject():
    """The guard: "X met Y at the reception and said …": "and" before the verb, the sentence subject's second verb."""
    body = "Minister Marta Sell met Governor Aldo Brenn at the reception and said the two provinces would keep talking."
    assert_statements(body, [
        ("Marta Sell", "indirect", "Minister Marta Sell met Governor Aldo Brenn at the reception and said the two "
         "provinces would keep talking."),
    ])


def test_quoted_name_after_a_naming_participle_is_no_statement():
    """"… part of Benguet Province, then called “Kafagway” or pasture land." (amianan 2023-09-01): a comma, a time word
    and a naming participle, no subject of its own: the quotation is a name. Before, the last speaker's direct words,
    and the sentence after it carried on as his (a paragraph after his quotation)."""
    body = _GUEST + ("“I am truly honored to be here,” Verrin further remarked.\n\n"
                     "Velmar was historically part of Ostria Province, then called “Kafagway” or pasture land. "
                     "Its name was derived from the word “Bag-iw” which means moss.")
    assert_statements(body, [
        ("Tomas Verrin", "indirect", "Ambassador Tomas Verrin of Zarnia, the guest of honor, said the town of Velmar "
         "had grown."),
        ("Tomas Verrin", "direct", "I am truly honored to be here,"),
    ])


def test_subject_calling_a_quotation_keeps_its_words():
    """The guard: "X called “…” the agreement" (no comma before "called"): X's words, the sentence read whole."""
    body = "Mayor Aldo Brenn of Velmar called “a new chapter for both towns” the agreement signed on Monday."
    assert_statements(body, [
        ("Aldo Brenn", "indirect", "Mayor Aldo Brenn of Velmar called “a new chapter for both towns” the agreement "
         "signed on Monday."),
    ])


def test_naming_participle_after_an_apposition_is_left_to_its_subject():
    """The guard: "what X, President of …, then called “…”" and the bare ", called" close a person's apposition (tenth
    whitehouse 2021-09-03: "what Fatima Goss Graves, President and CEO of the National Women’s Law Center, called “a
    legal and public health emergency”"): not read as a thing's name; a lone comma and "then called" after a place is."""
    from readout_tui.engine.sentence_reading import _named_by_a_participle

    assert not _named_by_a_participle("the ruling—what Aldo Brenn, President of the Velmar Council, then called")
    assert not _named_by_a_participle("the ruling—what Aldo Brenn, President of the Velmar Council, called")
    assert not _named_by_a_participle("Velmar was historically part of Ostria Province, called")
    assert _named_by_a_participle("Velmar was historically part of Ostria Province, then called")
