"""Pass 7, speakers: whose words a report with no subject of its own tells.

A report that opens its sentence with no subject (``وقال إن``، ``وأضافت أن``) goes on with a
speaker named just before. The merging joins it to the current speaker's words when it can; when
it tells an event of its own (another date, a more specific kind after a statement), it is still
that speaker's: the nearest speaker of the two sentences before whose verb agrees with it
(``قالت`` goes on after a woman or a plural of things, not after ``قال``). This runs after the
merging and changes no event, only the actor shown.
"""

from __future__ import annotations

from collections.abc import Sequence

from reader.events.mention import Mention
from reader.events.merging import Group, gender_fits, speaker_genders

SPEAKER_GROUPS = 8  # earlier events looked at for the speaker
SPEAKER_SENTENCES = 2  # sentences back the speaker may have been named in


def inherit_speakers(groups: Sequence[Group]) -> None:
    """Give each event told by a subjectless report that opens its sentence the actor of the
    nearest earlier speaker that fits (``Group.inherited``). ``groups``: in order of their lead."""
    for n, group in enumerate(groups):
        if group.actor is not None:
            continue
        opening = _opening_report(group)
        if opening is None:
            continue
        for earlier in reversed(groups[max(0, n - SPEAKER_GROUPS) : n]):
            lead = earlier.lead
            if lead.sentence >= opening.sentence:
                continue
            if opening.sentence - lead.sentence > SPEAKER_SENTENCES:
                break
            speaker = earlier.actor
            if earlier.speech_only and speaker is not None and _agrees(earlier, opening):
                group.inherited = speaker
                break


def _opening_report(group: Group) -> Mention | None:
    """The report verb with no subject that opens the sentence the event is told by and tells it
    (``وقال``، ``فأكد``; ``وأضاف في تصريح``: the noun's verb; not a verb inside its words, not one
    whose subject is a document, ``وأكد البيان``: it shows no gender)."""
    lead = group.lead
    if lead.pos != "verb":
        lead = next((m for m in group.mentions if m.sentence == lead.sentence and m.pos == "verb"), lead)
    return lead if lead.pos == "verb" and lead.continues and lead.opener and lead.gender else None


def _agrees(speaker: Group, mention: Mention) -> bool:
    """The report's verb shows what the speaker's own verbs show (``قال`` after ``قال``; ``قالت``
    after ``قالت`` or after a plural of things, ``المصادر أفادت``)."""
    return gender_fits(mention.gender, speaker_genders(speaker))
