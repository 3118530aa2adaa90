"""A player named by his place in the team alone ("the skipper", "the captain", "the goalkeeper").

Sports ministries' and federations' releases name a team's captain or goalkeeper once, with the
post beside the name ("The team was led by its captain, Dario X", "Team captain Ingrid Y",
"Goalkeeper Mira Z", "Ingrid Y, the team's captain"), then write only the post: "The skipper thanked
the minister …", "The captain thanked him …" (styles59). The post may come with the team's noun ("Squad captain Marit X", "the club captain": `TEAM_NOUNS`). The post is no
office (no one holds it in a state), so the phrase means the last one named with that word beside his name, and no one if
none was: a ship's or an unnamed team's captain stays no one's, as before. A ship's master is such a post too ("The
ship's master, Captain X, said … The captain said … "…," the master said": styles74), and a captain's rank written
in the name ("Captain X") gives the post.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

TEAM_ROLES: dict[str, tuple[str, ...]] = {
    "captain": ("captain", "skipper", "master"),
    "skipper": ("captain", "skipper"),
    # a ship's master, named "The ship's master, Captain X" (styles74), then "the master" and "the captain"
    "master": ("master", "captain"),
    "goalkeeper": ("goalkeeper", "keeper"),
    "goalie": ("goalkeeper", "goalie", "keeper"),
    "striker": ("striker",),
}
"""A team's post written alone after "the", and the words that give it beside a name (a skipper is the captain)."""
TEAM_NOUNS = frozenset({"team", "squad", "club", "crew"})
"""The team a post is of, written before it: "Squad captain Marit X said …", "Club captain Jakob Y thanked …" (the
post as a title before the name), then "the squad captain said", "the club captain said" (the post alone)."""

_POST_BEFORE_REACH = 24
"""How far before a name its post may stand ("led by its captain, " and "Team captain " both fit)."""
_POST_AFTER_REACH = 32
"""How far after a name its post may stand in an aside (", the team's captain,")."""
_WORD = re.compile(r"[a-z]+")
_WORD_RIGHT_BEFORE = re.compile(r"([A-Za-z]+),?\s+(?:(?:Mr|Ms|Mrs|Miss|Dr)\.?\s+)?\Z")
"""The word right before a name, a comma and a courtesy title allowed between ("its captain, Mr. X", "Goalkeeper Y")."""


_SHIPS_MASTER_BEFORE = re.compile(r"(?:\b(?:[Tt]he|[Ii]ts|[Hh]er|[Tt]heir)|['’]s)\s+\Z")
"""What stands right before "master" when it is a ship's master ("The ship's master, Captain X", "its master, Y", "the
master, Z"): not "the harbour master, Mr. X", "the port master" (an office ashore, no one "the captain" means)."""


def _fits_the_post(word: str, text: str, at: int, words: tuple[str, ...]) -> bool:
    """Whether the post `word`, starting at `at`, is one of the post's `words`; "master" only a ship's
    (`_SHIPS_MASTER_BEFORE`, read in the 24 characters before it)."""
    return word in words and (word != "master" or _SHIPS_MASTER_BEFORE.search(text, max(0, at - 24), at) is not None)


_RANK_OPENING_A_NAME = ("Captain ", "Capt. ")
"""A captain's rank written as the first word of the name (styles74: "The ship's master, Captain Mohan X, said …"):
"the captain" (or "the skipper", "the master") then means him, as one named "its captain, X"."""


def player_named_by_post(text: str, spans: Sequence[tuple[int, int, object]], post: str):
    """The person of `spans` (name spans before the phrase, in text order: start, end, person) last
    named with `post` (a key of `TEAM_ROLES`) beside the name, or None.

    Beside is the word right before the name ("its captain, Dario X"; "Goalkeeper Mira Z"; not "Mira Y, the
    team's captain, and the coach, Mr. X": the coach), or in an aside right after it (", the team's captain")."""
    words = TEAM_ROLES[post]
    for start, end, person in reversed(spans):
        right_before = _WORD_RIGHT_BEFORE.search(text, max(0, start - _POST_BEFORE_REACH), start)
        if right_before is not None \
                and _fits_the_post(right_before.group(1).lower(), text, right_before.start(1), words):
            return person
        if text.startswith(_RANK_OPENING_A_NAME, start) and "captain" in words:
            return person  # ("Captain Mohan X said …", the rank a word of the name: "the captain said" is he)
        if text.startswith(", ", end):
            after = text[end + 2:end + 2 + _POST_AFTER_REACH]
            stop = min((i for i in (after.find(","), after.find(".")) if i >= 0), default=len(after))
            if any(_fits_the_post(w.group(), text, end + 2 + w.start(), words)
                   for w in _WORD.finditer(after.lower(), 0, stop)):
                return person
    return None


def post_of_phrase(phrase_text: str) -> str | None:
    """The team's post a phrase after "the" names ("the skipper": "skipper"; "the squad captain": "captain"), or
    None ("the club chairman", "the team": no post)."""
    words = phrase_text.split()
    if len(words) == 2 and words[1] in TEAM_ROLES:
        return words[1]
    if len(words) == 3 and words[1].lower() in TEAM_NOUNS and words[2] in TEAM_ROLES:
        return words[2]
    return None
