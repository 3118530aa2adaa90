"""Helper h925 (hard72, speech carried by bodies' texts and by passives, beside guest/host descriptions): a passive
"welcomed by" whose subject is a thing ending in places after a preposition ("The Governor's proposal to open a ferry
line between Port X and Y was welcomed by the Premier, who said …", speech_subjects `_PLACES_OBJECT_PREPOSITIONS` in
`_guests_welcomed_by`); a by-agent passive after ", and" opens at its subject, not at its agent ("…, and a joint
training scheme was proposed by the Governor.", reported_speech `_segments`); a delegation "headed by" an office set
off before the name ("headed by the Minister of Industry, Mr. X") has X for its head, "The delegation's head" / "The
head of the delegation" (name_registry `_office_leading_before`); "wrote" after an office and the name set off by
commas is the name's verb (speech_subjects `_IRREGULAR_PAST`); a possessive "Her host" is the other party of the last
subject of the pronoun's sex (name_registry `_resolve`)."""

from .test_patterns import assert_statements

OPENING = ("Premier Corlan Vedderick on Tuesday received the Governor of Brummel Province, Ms. Aselde Quorvant, "
           "and her delegation.")


def test_a_proposal_between_two_places_welcomed_by_the_premier_who_said_is_his():
    assert_statements(
        OPENING + "\n\n"
        "The Governor's proposal to open a ferry line between Port Essling and Brummel was welcomed by the Premier, "
        "who said that the line could open next summer.",
        [("Corlan Vedderick", "indirect", "The Governor's proposal to open a ferry line between Port Essling and "
          "Brummel was welcomed by the Premier, who said that the line could open next summer.")],
    )


def test_guests_from_a_place_welcomed_by_the_premier_are_received():
    """Guard: a person welcomed by a host is received, no words ("Ms. X was welcomed by the Premier at …")."""
    assert_statements(
        OPENING + "\n\n"
        "Ms. Quorvant was welcomed by the Premier at the door of Tallow House.",
        [],
    )


def test_a_passive_with_its_agent_after_and_opens_at_its_subject():
    assert_statements(
        OPENING + "\n\n"
        "Particular attention was drawn by Premier Vedderick to the shortage of nurses in both regions, and a joint "
        "training scheme was proposed by the Governor.",
        [("Corlan Vedderick", "indirect", "Particular attention was drawn by Premier Vedderick to the shortage of "
          "nurses in both regions"),
         ("Aselde Quorvant", "indirect", "a joint training scheme was proposed by the Governor.")],
    )


def test_an_active_clause_after_and_still_opens_at_its_subject():
    """Guard: an active second clause after ", and" opens at its speaker, as before."""
    assert_statements(
        OPENING + "\n\n"
        "The Premier stressed the shortage of nurses, and the Governor proposed a joint training scheme.",
        [("Corlan Vedderick", "indirect", "The Premier stressed the shortage of nurses"),
         ("Aselde Quorvant", "indirect", "the Governor proposed a joint training scheme.")],
    )


DELEGATION = ("Deputy Prime Minister Ilse Marrowgant received on Thursday a trade delegation from Pellvania headed by "
              "the Minister of Industry, Mr. Tobran Eskeldt.\n\n"
              "The Ambassador of Pellvania, Ms. Runa Valkstedt, also attended the meeting.\n\n")


def test_the_delegations_head_is_the_one_it_was_headed_by_after_his_office():
    assert_statements(
        DELEGATION + "The delegation's head said that the new plant would create 900 jobs.",
        [("Tobran Eskeldt", "indirect", "The delegation's head said that the new plant would create 900 jobs.")],
    )


def test_the_head_of_the_delegation_is_the_one_it_was_headed_by_after_his_office():
    assert_statements(
        DELEGATION + "The head of the delegation said that the new plant would create 900 jobs.",
        [("Tobran Eskeldt", "indirect", "The head of the delegation said that the new plant would create 900 jobs.")],
    )


def test_a_list_after_led_by_gives_no_one_else_the_head():
    """Guard: "led by Senator A and included Senators B, C": C is no head; the later "Senator C" stays C."""
    assert_statements(
        "Chancellor Wendel Oskary received a delegation of the Pellvanian Senate. The delegation was led by Senator "
        "Ivo Traske and included Senators Mara Lindt, Otis Brevard and Nell Opsund.\n\n"
        "Senator Brevard said that the sanctions should be prepared now.",
        [("Otis Brevard", "indirect", "Senator Brevard said that the sanctions should be prepared now.")],
    )


SPEAKER = ("The Speaker of the National Assembly, Mr. Arvid Telmessen, received on Monday a delegation led by its "
           "chairwoman, Ms. Ysolde Parrinet.\n\n"
           "A proposal was put forward by Mr. Corin Vastebrook.\n\n")


def test_wrote_after_an_office_and_the_names_closing_comma_is_the_names():
    assert_statements(
        SPEAKER + "In a message to the Speaker read out at the start of the meeting, the President of the Pellvanian "
        "parliament, Mr. Odo Brenskar, wrote that he hoped to welcome Mr. Telmessen next spring.",
        [("Corin Vastebrook", "indirect", "A proposal was put forward by Mr. Corin Vastebrook."),
         ("Odo Brenskar", "indirect", "In a message to the Speaker read out at the start of the meeting, the President "
          "of the Pellvanian parliament, Mr. Odo Brenskar, wrote that he hoped to welcome Mr. Telmessen next spring.")],
    )


def test_wrote_inverted_after_the_words_stays_the_names():
    """Guard: "…, wrote X on Facebook" closes the words before it, as before."""
    assert_statements(
        SPEAKER + "Parliamentary dialogue must be enhanced, wrote Mr. Vastebrook on Facebook on Tuesday.",
        [("Corin Vastebrook", "indirect", "A proposal was put forward by Mr. Corin Vastebrook."),
         ("Corin Vastebrook", "indirect", "Parliamentary dialogue must be enhanced, wrote Mr. Vastebrook on Facebook "
          "on Tuesday.")],
    )


FAREWELL = ("State Secretary Edvin Morrack received on 9 May the outgoing Ambassador of Pellvania, Mrs. Liese "
            "Darnholm.\n\n"
            "The visitor recalled that the two countries had signed six agreements.\n\n")


def test_her_host_before_a_he_said_aside_is_the_host_not_her():
    assert_statements(
        FAREWELL + "Her host praised the work of the embassy during the evacuation in 2024, when, he said, "
        "\"not one citizen was left behind\".",
        [("Liese Darnholm", "indirect", "The visitor recalled that the two countries had signed six agreements."),
         ("Edvin Morrack", "indirect", "Her host praised the work of the embassy during the evacuation in 2024, when"),
         ("Edvin Morrack", "direct", "not one citizen was left behind")],
    )


def test_her_host_with_no_aside_is_the_host_as_before():
    """Guard: the plain form, the last subject hers, as before."""
    assert_statements(
        FAREWELL + "Her host praised the work of the embassy during the evacuation in 2024.",
        [("Liese Darnholm", "indirect", "The visitor recalled that the two countries had signed six agreements."),
         ("Edvin Morrack", "indirect", "Her host praised the work of the embassy during the evacuation in 2024.")],
    )
