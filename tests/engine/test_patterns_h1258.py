"""Rules from the nine-hundred-sixty-seventh held-out set (Ghana's Oti Regional Minister and those who speak at or of
the Minister's meetings, 2019-2025): invented readouts, invented people and countries."""

from __future__ import annotations

from .test_patterns import assert_statements


def test_a_regional_wire_dateline_with_the_regions_initials_is_cut():
    """"Kete-Krachi (O/R) Feb 23, GNA – Nana Mprah Besemuna III, President of the Oti Regional House of Chiefs, has
    welcomed …" (GNA 2024-02-23): a hyphenated place and the region's initials in brackets before the date and the
    agency's initials. Before, the dateline opened the sentence and the agency "GNA" took the lead and "He said …"."""
    body = ("Kete-Varno (D/R) Feb 23, GNA – Nana Kofi Brant II, President of the Dorvan Regional House of Chiefs, has "
            "welcomed Mr Aron Velk, the regional minister-nominee, assuring him of his full support.\n\n"
            "He said he was confident that Mr Velk would serve the people well.")
    assert_statements(body, [
        ("Nana Kofi Brant II", "indirect", "Nana Kofi Brant II, President of the Dorvan Regional House of Chiefs, has "
         "welcomed Mr Aron Velk, the regional minister-nominee, assuring him of his full support."),
        ("Nana Kofi Brant II", "indirect", "He said he was confident that Mr Velk would serve the people well."),
    ])


def test_an_office_left_unclosed_after_a_regional_dateline_is_the_names():
    """"Dambai (O/R), Aug. 27, GNA - Dasebre Atamafowiese Bonja II, Omanhene of Chonke Traditional Area in the Krachi
    Nchumuru District of the Oti Region has reiterated appeals for a bridge …" (GNA 2019-08-27): the name after the
    dateline, its office's closing comma left out before the verb, speaks, as with no dateline. Before, the name read
    back from the comma ran over the dash ("GNA - Dasebre …") and opened no sentence, so no one spoke."""
    body = ("Varno (D/R), Aug. 27, GNA - Dasebre Kofi Brant II, Omanhene of Tesk Traditional Area in the Lorin District "
            "has reiterated appeals for a bridge over the Varno River.\n\n"
            "He said the bridge was the only way to open up the area.")
    assert_statements(body, [
        ("Dasebre Kofi Brant II", "indirect", "Dasebre Kofi Brant II, Omanhene of Tesk Traditional Area in the Lorin "
         "District has reiterated appeals for a bridge over the Varno River."),
        ("Dasebre Kofi Brant II", "indirect", "He said the bridge was the only way to open up the area."),
    ])


def test_an_office_left_unclosed_after_a_capitals_dateline_is_the_names():
    """The same shape after a wire's dateline in capitals ("TARSK, Feb 7 (Meridian) – X, Minister of … has …"): the
    name read back from the comma stops at the dash; before, only a name at the paragraph's start or after a full stop
    opened the sentence."""
    body = "TARSK, Feb 7 (Meridian) – Ilo Brant, Minister of Roads of Dorvan has appealed for a bridge over the Varno."
    assert_statements(body, [
        ("Ilo Brant", "indirect", "Ilo Brant, Minister of Roads of Dorvan has appealed for a bridge over the Varno."),
    ])


def test_a_name_after_a_dash_that_closes_no_dateline_is_no_speaker():
    """The guard: a name and its office after a spaced dash inside a sentence, no dateline before it, stays in its
    aside; no statement."""
    body = ("Velk met the chiefs of Tesk – Ilo Brant, Minister of Roads of Dorvan and two elders – on Monday at the "
            "lodge.")
    assert_statements(body, [])


def test_the_regions_initials_with_no_agency_are_no_dateline_of_a_speaker():
    """The guard: the region's initials and a date before a dash with no agency's initials, the chiefs the subject:
    a group, no statement, as before."""
    body = "Varno (D/R) Feb 23 – The chiefs of Tesk have welcomed the minister-nominee, assuring him of their support."
    assert_statements(body, [])
