"""Rules from the nine-hundred-sixty-sixth held-out set (the Governor of Nyeri County, Kenya, and those who speak at or
of his meetings, 2014-2025): invented readouts, invented people and countries."""

from __future__ import annotations

from .test_patterns import assert_statements

_OPENING = "Governor Aron Velk of Dorvan County met the county leaders at the headquarters on Monday. "


def test_reckons_with_a_dropped_that_is_an_opinion():
    """"Nyeri governor Mutahi Kahiga reckons he made a mistake appointing Caroline Karugu as his deputy." (Kahawa Tungu
    2021-01-14): an opinion voiced, "that" dropped before a subject pronoun, as "believes he …". Before, "reckons"
    was read only with "that"."""
    body = (_OPENING + "Velk reckons he made a mistake appointing Dara Quell as his deputy. Minister Tavi Rusk "
            "reckoned they would finish the road by June.")
    assert_statements(body, [
        ("Aron Velk", "indirect", "Velk reckons he made a mistake appointing Dara Quell as his deputy."),
        ("Tavi Rusk", "indirect", "Minister Tavi Rusk reckoned they would finish the road by June."),
    ])


def test_reckoned_with_a_thing_or_an_object_is_no_statement():
    """The guard: "reckoned with the costs" and "reckoned him a loyal friend" have no subject pronoun after the verb:
    no opinion reported, unchanged."""
    body = _OPENING + "Velk reckoned with the costs of the flood. Velk reckoned him a loyal friend of the county."
    assert_statements(body, [])


def test_defended_someone_from_allegations_is_a_defence_voiced():
    """"Nyeri Governor Mutahi Kahiga has defended former Prime Minister Raila Odinga from allegations that he ferried
    Luos …" (the Kenyan DAILY POST 2021-11-29): someone spoken for against what is said of him, as "defended X over
    claims that"; "from" before the claims' noun. Before, only "over" and "against" were read."""
    body = _OPENING + "Velk has defended Senator Idra Pell from allegations that he ferried voters to the rally."
    assert_statements(body, [
        ("Aron Velk", "indirect",
         "Velk has defended Senator Idra Pell from allegations that he ferried voters to the rally."),
    ])


def test_defended_a_town_from_attacks_is_no_statement():
    """The guard: "defended the town from attacks" has no claims' noun after "from": a fight, unchanged."""
    body = _OPENING + "Velk defended the town from attacks by the raiders in May."
    assert_statements(body, [])


def test_a_sourcing_sentence_is_not_carried_between_two_statements():
    """"President Uhuru Kenyatta has promised to complete all stalled projects …" / "This was revealed by leaders who
    attended the private State Lodge meeting on Tuesday." / "According to some leaders, Uhuru assured …" (the Kenyan
    DAILY POST 2018-08-24): the middle paragraph names who made the news known, the writer's sourcing, narrative by the
    format's "This was stated by X in …" rule; before, carried on as the President's words between his two."""
    body = ("Tuesday, May 4, 2021 - President Aru Belka has promised to complete all stalled roads in Sorla Province "
            "after meeting the provincial leaders at the lodge.\n\n"
            "This was revealed by leaders who attended the meeting on Tuesday.\n\n"
            "According to some leaders, Aru Belka assured the province of his support for the new roads.")
    assert_statements(body, [
        ("Aru Belka", "indirect", "President Aru Belka has promised to complete all stalled roads in Sorla Province "
         "after meeting the provincial leaders at the lodge."),
        ("Aru Belka", "indirect",
         "According to some leaders, Aru Belka assured the province of his support for the new roads."),
    ])


def test_a_paragraph_going_on_between_two_statements_is_still_carried():
    """The guard: a paragraph between two of one person's statements that goes on with his words and names no source
    is still carried on, his."""
    body = ("President Aru Belka said the roads of Sorla Province would be finished this year, at a meeting with the "
            "provincial leaders.\n\n"
            "The roads are playing an increasingly important part in the province's trade.\n\n"
            "The President also noted that the bridges would be repaired.")
    assert_statements(body, [
        ("Aru Belka", "indirect", "President Aru Belka said the roads of Sorla Province would be finished this year, "
         "at a meeting with the provincial leaders."),
        ("Aru Belka", "indirect", "The roads are playing an increasingly important part in the province's trade."),
        ("Aru Belka", "indirect", "The President also noted that the bridges would be repaired."),
    ])


def test_an_untagged_quotation_after_narrative_is_the_next_tags_speaker():
    """""We discussed universal healthcare, which is one of the Big Four agenda items.”" / "“As one of the four Counties
    to pilot it, we briefed the President on our preparedness to roll out the programme," said Nyeri Governor Kahiga
    Mutahi." after a paragraph of narrative (the Kenyan DAILY POST 2018-08-24): one quotation over two paragraphs, its
    tag at the end, both the Governor's. Before, the first was the President's, the lede's speaker, carried on."""
    body = ("President Aru Belka has promised to complete all stalled roads in Sorla Province after meeting the "
            "provincial leaders.\n\n"
            "Besides, the meeting focused on how to foster a good working relationship.\n\n"
            "\"We discussed the new clinics, which are one of our priorities.”\n\n"
            "“As one of the four provinces to pilot it, we briefed the President on our readiness,\" said Sorla "
            "Governor Tam Orsk.")
    assert_statements(body, [
        ("Aru Belka", "indirect", "President Aru Belka has promised to complete all stalled roads in Sorla Province "
         "after meeting the provincial leaders."),
        ("Tam Orsk", "direct", "We discussed the new clinics, which are one of our priorities."),
        ("Tam Orsk", "direct", "As one of the four provinces to pilot it, we briefed the President on our readiness"),
    ])


def test_an_untagged_quotation_after_a_statement_goes_on_with_it():
    """The guard: an untagged quotation right after a paragraph with one person's statement goes on with that person's
    words (GOLD-FORMAT's quotation that continues), even when another's tagged quotation follows: unchanged."""
    body = (_OPENING + "Velk said the new clinics would open in June.\n\n"
            "“We have hired forty nurses.”\n\n"
            "“The wards will be ready by May,” said Senator Ilo Brant.")
    assert_statements(body, [
        ("Aron Velk", "indirect", "Velk said the new clinics would open in June."),
        ("Aron Velk", "direct", "We have hired forty nurses."),
        ("Ilo Brant", "direct", "The wards will be ready by May"),
    ])
