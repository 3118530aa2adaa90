"""Helper h902 (sixhundredeightysecond, the Andhra Pradesh Chief Minister's Office as Indian papers print it): "the
visiting dignitary" after "X, who is on her maiden visit to …" (name_registry `_ON_A_VISIT`, `_named_as_visiting`);
an envoy's office, the city he serves in bracketed, then his name ("US Consul General (Hyderabad) X", name_offices
`office_posted_in_brackets_before`); "X in a post on X, said …", where one wrote between the subject and the verb
(speech_subjects `_POSTED_BEFORE_VERB`)."""

from .test_patterns import assert_statements


def test_the_visiting_dignitary_is_the_one_on_her_maiden_visit():
    assert_statements(
        "Mira Toller, who took over as Consul General of Ostria in Varno recently, called on Chief Minister Ravi "
        "Kendal on Wednesday.\n\n"
        "Ms. Toller, who is on her maiden visit to Pellam after assuming her new responsibility, lauded Mr. Kendal for "
        "his reforms.\n\n"
        "The visiting dignitary also appreciated the working style of the Ostrian Corner in Pellam.",
        [("Mira Toller", "indirect", "Ms. Toller, who is on her maiden visit to Pellam after assuming her new "
          "responsibility, lauded Mr. Kendal for his reforms."),
         ("Mira Toller", "indirect", "The visiting dignitary also appreciated the working style of the Ostrian Corner "
          "in Pellam.")],
    )


def test_the_visiting_dignitary_with_no_one_on_a_visit_stays_no_one():
    """Guard: no one's visit told after a name ("who is on her way"), "the visiting dignitary" is no one named."""
    assert_statements(
        "Mira Toller, Consul General of Ostria, called on Chief Minister Ravi Kendal, who is on his way to Pellam.\n\n"
        "The visiting dignitary also appreciated the working style of the Ostrian Corner in Pellam.",
        [],
    )


def test_an_envoys_city_in_brackets_before_his_name():
    assert_statements(
        "Ostrian Consul General (Pellam) Joren Vask called on Chief Minister Ravi Kendal at his camp office on "
        "Tuesday. Mr. Kendal briefed him on the new port. Hailing the reforms of the state, the Ostrian Consul General "
        "congratulated the Chief Minister on the new port.",
        [("Ravi Kendal", "indirect", "Mr. Kendal briefed him on the new port."),
         ("Joren Vask", "indirect", "Hailing the reforms of the state, the Ostrian Consul General congratulated the "
          "Chief Minister on the new port.")],
    )


def test_a_body_in_brackets_before_a_name_is_no_envoys_city():
    """Guard: a minister's office then a bracketed word is no envoy's post: the name after it gets no consul's office."""
    assert_statements(
        "Minister of Ports (Pellam) Joren Vask met Chief Minister Ravi Kendal on Tuesday. The Consul General "
        "congratulated the Chief Minister on the new port.",
        [],
    )


def test_in_a_post_on_x_then_a_stray_comma_before_said():
    assert_statements(
        "Chief Minister Ravi Kendal met Trade Minister Joren Vask in Pellam on Thursday.\n\n"
        "After the meeting Vask in a post on X, said discussions entailed on how the port can grow.\n\n"
        "Kendal in a tweet said the talks were fruitful.",
        [("Joren Vask", "indirect", "After the meeting Vask in a post on X, said discussions entailed on how the port "
          "can grow."),
         ("Ravi Kendal", "indirect", "Kendal in a tweet said the talks were fruitful.")],
    )


def test_a_post_read_as_a_things_aside_is_no_speaker():
    """Guard: "in a post on X" after a thing, not a person, before "said" gives no one the words."""
    assert_statements(
        "Chief Minister Ravi Kendal met Trade Minister Joren Vask in Pellam on Thursday.\n\n"
        "The ministry in a post on X, said the port would open in May.",
        [],
    )
