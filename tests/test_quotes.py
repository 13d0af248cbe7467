from framing_desk.core.nlp.quotes import inside, quote_spans


def spans(text: str) -> list[str]:
    return [text[a:b] for a, b in quote_spans(text)]


def test_german_quotes_with_straight_closer() -> None:
    text = '„Wir sind sehr zufrieden damit", erklärte Trump.'
    assert spans(text) == ['„Wir sind sehr zufrieden damit"']


def test_all_quotation_styles() -> None:
    text = "„a“ und »b« und «c» und “d” und \"e\" und ‚f‘ und ‘g’."
    assert spans(text) == ["„a“", "»b«", "«c»", "“d”", '"e"', "‚f‘", "‘g’"]


def test_nested_quote_is_one_span() -> None:
    text = "Er sagte: „Sie riefen ‚Nein‘ und gingen.“ Dann ging er."
    assert spans(text) == ["„Sie riefen ‚Nein‘ und gingen.“"]


def test_unbalanced_quote_ends_at_line_break() -> None:
    text = "„Das ist toll, sagte er.\nNeuer Absatz ohne Zitat."
    assert spans(text) == ["„Das ist toll, sagte er."]


def test_apostrophes_are_not_quotes() -> None:
    assert spans("Wie geht’s? Trump’s Rede, Grass' Werk.") == []


def test_scare_quotes_inside_sentence() -> None:
    text = 'eine mögliche „Energie-Waffenruhe" zwischen Moskau und Kiew'
    assert spans(text) == ['„Energie-Waffenruhe"']


def test_inside() -> None:
    found = [(2, 5), (10, 20)]
    assert inside(found, 3, 5)
    assert inside(found, 10, 20)
    assert not inside(found, 4, 6)
    assert not inside(found, 6, 8)
    assert not inside([], 0, 1)


def test_quote_opening_a_line() -> None:
    assert spans("Titel\n“Zitat” folgt") == ["“Zitat”"]
