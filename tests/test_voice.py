"""Direct and reported speech are the source's words; the author's attribution stays the author's."""

from collections.abc import Callable

import pytest

from framing_desk.core import Engine, Voice

from .conftest import HEADER

RULES = HEADER + """\
  - id: de.t.dramatisch
    pattern: dramatisch
    action: delete
"""


@pytest.fixture
def engine(engine_with: Callable[[str], Engine]) -> Engine:
    return engine_with(RULES)


@pytest.mark.parametrize(("text", "voice"), [
    ("Der Minister sagte, die Lage sei dramatisch.", Voice.QUOTE),
    ("Die Lage ist dramatisch, sagte der Minister.", Voice.QUOTE),
    ("Die Lage ist dramatisch, so der Minister.", Voice.QUOTE),
    ("Er werde die dramatischen Folgen prüfen.", Voice.QUOTE),
    ("„Die Lage ist dramatisch“, sagte er.", Voice.QUOTE),
    ("Die Lage ist dramatisch.", Voice.AUTHOR),
    ("Ich habe eine dramatische Lage gesehen.", Voice.AUTHOR),
    ("Der dramatische Appell des Ministers, die Lage sei ernst, verhallte.", Voice.AUTHOR),
    ("Sollte sich das bewahrheiten, wäre die Lage dramatisch.", Voice.AUTHOR),
])
def test_voice(engine: Engine, text: str, voice: Voice) -> None:
    (finding,) = engine.analyze(text).findings
    assert finding.voice is voice


def test_attribution_verb_stays_the_authors(engine_with: Callable[[str], Engine]) -> None:
    engine = engine_with(HEADER.replace("evaluative", "presupposition")
                         + "  - id: de.t.b\n    pattern: behauptet\n    suggestions: [sagt]\n")
    (finding,) = engine.analyze("Er behauptet, die Lage sei ernst.").findings
    assert finding.voice is Voice.AUTHOR
