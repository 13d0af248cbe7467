from framing_desk.core import Engine


def split(engine: Engine, text: str) -> list[str]:
    return [text[s.start:s.end] for s in engine.analyze(text).sentences]


def test_headline_without_punctuation(de_engine: Engine) -> None:
    text = "Kreml hält sich bedeckt\nDer Sprecher äußerte sich nicht. Das Amt schwieg."
    assert split(de_engine, text) == ["Kreml hält sich bedeckt", "Der Sprecher äußerte sich nicht.",
                                      "Das Amt schwieg."]


def test_abbreviations_and_ordinals(de_engine: Engine) -> None:
    text = "Am 3. Oktober sprach Dr. Müller z. B. über Nr. 5. Danach ging er."
    assert split(de_engine, text) == ["Am 3. Oktober sprach Dr. Müller z. B. über Nr. 5.",
                                      "Danach ging er."]


def test_quote_closes_after_period(de_engine: Engine) -> None:
    text = "„Wir sind zufrieden.“ Der Präsident lächelte. Er sagte: \"Gut so.\" Dann ging er."
    assert split(de_engine, text) == ["„Wir sind zufrieden.“", "Der Präsident lächelte.",
                                      "Er sagte: \"Gut so.\"", "Dann ging er."]


def test_lowercase_after_period_continues(de_engine: Engine) -> None:
    assert split(de_engine, "Er kam ... und ging.") == ["Er kam ... und ging."]


def test_year_at_end_of_sentence(de_engine: Engine) -> None:
    assert split(de_engine, "Das war im Jahr 2019. Seitdem ist es ruhig.") == [
        "Das war im Jahr 2019.", "Seitdem ist es ruhig."]


def test_blocks_follow_lines(de_engine: Engine) -> None:
    text = "Titel\n\nErster Satz. Zweiter Satz.\nDritter Satz."
    blocks = [s.block for s in de_engine.analyze(text).sentences]
    assert blocks == [0, 1, 1, 2]


def test_crlf_offsets(de_engine: Engine) -> None:
    text = "Titel\r\nErster Satz. Zweiter Satz.\r\n"
    assert split(de_engine, text) == ["Titel", "Erster Satz.", "Zweiter Satz."]


def test_empty_text(de_engine: Engine) -> None:
    analysis = de_engine.analyze("")
    assert analysis.findings == () and analysis.sentences == ()


def test_closing_bracket_at_line_start_does_not_reach_back(de_engine: Engine) -> None:
    # Regression: the look-back for ". ]" crossed a line break and split "]0".
    assert split(de_engine, ".\n]0") == [".", "]0"]
