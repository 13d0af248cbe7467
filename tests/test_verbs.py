import pytest

from framing_desk.core.verbs import Form, conjugate, forms_of


@pytest.mark.parametrize(("lemma", "form", "particle", "expected"), [
    ("sagen", Form.PRESENT_SINGULAR, "", "sagt"),
    ("sagen", Form.PAST_SINGULAR, "", "sagte"),
    ("sagen", Form.PAST_PLURAL, "", "sagten"),
    ("sagen", Form.PARTICIPLE, "", "gesagt"),
    ("behaupten", Form.PAST_SINGULAR, "", "behauptete"),
    ("behaupten", Form.PARTICIPLE, "", "behauptet"),
    ("legen", Form.PARTICIPLE, "nahe", "nahegelegt"),
    ("legen", Form.PRESENT_PLURAL, "nahe", "nahelegen"),
    ("kritisieren", Form.PARTICIPLE, "", "kritisiert"),
    ("rechnen", Form.PAST_SINGULAR, "", "rechnete"),
    ("geben", Form.PAST_SINGULAR, "bekannt", "bekanntgab"),
    ("geben", Form.PRESENT_SINGULAR, "", "gibt"),
])
def test_conjugate(lemma: str, form: Form, particle: str, expected: str) -> None:
    assert conjugate(lemma, form, particle) == expected


def test_forms_of() -> None:
    assert forms_of("behauptet", "behaupten") == {Form.PRESENT_SINGULAR, Form.PARTICIPLE}
    assert forms_of("zeigten", "zeigen") == {Form.PAST_PLURAL}
    assert forms_of("bewies", "beweisen") == {Form.PAST_SINGULAR}
    assert forms_of("Haus", "hausen") == set()
