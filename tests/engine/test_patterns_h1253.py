"""Rules from the nine-hundred-sixty-second held-out set (Zimbabwe's Minister of State for Manicaland and those who
speak of the office and of the meetings held in the province): invented readouts, invented people and countries."""

from __future__ import annotations

from .test_patterns import assert_statements


def test_senior_government_official_closing_the_lead_is_the_one_named_next():
    """"President X is this Wednesday expected to meet …, a senior Government official has said. / According to
    government spokesperson Y, …" (a Zimbabwean paper's lead): the official the next sentence names with his office,
    as "a Chinese official" already was; before, the lead was no one's (lower-case "senior" stopped the closing tag)."""
    body = ("President Ivo Ranst is this Wednesday expected to meet farmers in Kavala, a senior Government official "
            "has said.\n\nAccording to Transport Minister Arlo Venn, the President will also open a new road.")
    assert_statements(body, [
        ("Arlo Venn", "indirect", "President Ivo Ranst is this Wednesday expected to meet farmers in Kavala, a senior "
                                  "Government official has said."),
        ("Arlo Venn", "indirect", "According to Transport Minister Arlo Venn, the President will also open a new "
                                  "road."),
    ])


def test_official_who_has_revealed_closing_the_lead_is_the_one_named_next():
    """"…, a senior government official has revealed. / Minister of Information Z said …" (ZimEye 2019-04-03):
    "revealed" closing its sentence is a tag, as "said." is, and the official is the minister named next."""
    body = ("President Ivo Ranst will on Thursday visit the flooded districts of Dorvan, a senior government official "
            "has revealed.\n\nMinister of Information Ilsa Morrow said the President is expected in Kavala today.")
    assert_statements(body, [
        ("Ilsa Morrow", "indirect", "President Ivo Ranst will on Thursday visit the flooded districts of Dorvan, a "
                                    "senior government official has revealed."),
        ("Ilsa Morrow", "indirect", "Minister of Information Ilsa Morrow said the President is expected in Kavala "
                                    "today."),
    ])


def test_official_closing_the_lead_is_not_the_president_the_lead_named():
    """The guard: the next sentence names only the President the lead already told of: the official is not he (an
    unnamed official, no one's), and the President's own report stays his."""
    body = ("President Ivo Ranst will visit Kavala on Friday, a senior official has said.\n\n"
            "President Ivo Ranst said he would meet the farmers there.")
    assert_statements(body, [
        ("Ivo Ranst", "indirect", "President Ivo Ranst said he would meet the farmers there."),
    ])


def test_official_who_told_reporters_is_left_unnamed():
    """The guard: "…, a senior official told reporters." (the 287th's shape, an official named nowhere): not the
    minister named next."""
    body = ("Dorvan will open a new port next year, a senior official told reporters.\n\n"
            "Transport Minister Arlo Venn said the port will be built by a local firm.")
    assert_statements(body, [
        ("Arlo Venn", "indirect", "Transport Minister Arlo Venn said the port will be built by a local firm."),
    ])


def test_foreign_ministry_official_closing_a_paragraph_is_not_the_diplomat_named_next():
    """The guard (the 637th's Korea Herald shape): "…, and Y replied that …, a foreign ministry official said." then a
    sentence naming another country's diplomat: the ministry's unnamed official is not that diplomat; Y's reply stays
    Y's."""
    body = ("Minister Ivo Ranst met envoy Dara Holm in Kavala.\n\n"
            "During their talk, Ranst said that talks were needed, and Holm replied that conditions should be created, "
            "a foreign ministry official said.\n\n"
            "Holm attended the forum instead of Velmoran Foreign Minister Tamas Brill, who stayed home.")
    assert_statements(body, [
        ("Ivo Ranst", "indirect", "During their talk, Ranst said that talks were needed,"),
        ("Dara Holm", "indirect", "Holm replied that conditions should be created, a foreign ministry official "
                                  "said."),
    ])
