"""The classifier's English reasons in the console's language, from `words/reasons.toml`."""

from __future__ import annotations

import ast
import dataclasses
import importlib
import inspect
import re
import tomllib
from collections.abc import Iterator
from types import ModuleType

import pytest

from outreach.classify import chain
from outreach.classify.origin import Origin
from outreach.console.reasons import TABLE, placeholders
from outreach.console.words import LANGUAGES, words_for

# Where the review reasons are made: the functions that build them, per module. A new place
# that writes a reason joins this list, and its phrases then need a wording in the table.
REVIEW_PRODUCERS: dict[str, tuple[str, ...]] = {
    "outreach.classify.chain": ("_from_decision", "_resolve", "_conflict"),
    "outreach.classify.origin": ("judge_origin", "bounce_review_reason"),
    "outreach.analysis": ("analyse", "_review_reason", "_elsewhere_reason"),
    "outreach.recording": ("park", "record"),
    "outreach.inbox.ledger": ("keep_messages",),
}
# Where the rules' own texts are made: every `Decision`, `Note` and `Reason` in the classifier.
RULE_MODULES = (
    "outreach.classify.autoreply",
    "outreach.classify.bounces",
    "outreach.classify.chain",
    "outreach.classify.phrases",
    "outreach.classify.receipts",
    "outreach.classify.statements",
)
# Placeholders whose kind the phrase's code shows: the console renders these differently.
_TYPED = {"label", "labels", "origin"}


def _kind(expression: ast.expr) -> str:
    """What a formatted value in an f-string holds: a label, labels, an origin, or words."""
    source = ast.unparse(expression)
    if source.endswith("label.value"):
        return "label"
    if "join" in source and re.search(r"\blab\w*\.value", source):
        return "labels"
    if source.endswith("origin.value"):
        return "origin"
    return ""


def _template_part(part: ast.expr) -> str:
    if isinstance(part, ast.FormattedValue):
        return "{" + _kind(part.value) + "}"
    return part.value if isinstance(part, ast.Constant) else ""


def _shape(expression: ast.expr, module: ModuleType) -> Iterator[str]:
    """Every phrase `expression` can be, placeholders as {kind} (or {} for plain words)."""
    if isinstance(expression, ast.Constant) and isinstance(expression.value, str):
        yield expression.value
    elif isinstance(expression, ast.JoinedStr):
        yield "".join(_template_part(part) for part in expression.values)
    elif isinstance(expression, ast.IfExp):
        yield from _shape(expression.body, module)
        yield from _shape(expression.orelse, module)
    elif isinstance(expression, ast.BoolOp):
        for value in expression.values:
            yield from _shape(value, module)
    elif isinstance(expression, ast.Tuple | ast.List):
        for element in expression.elts:
            yield from _shape(element, module)
    elif isinstance(expression, ast.Name) and isinstance(getattr(module, expression.id, 0), str):
        yield getattr(module, expression.id)  # a module constant: TO_ANSWER_REASON
    elif isinstance(expression, ast.Call):
        yield from _constructed_reason(expression, module)


def _constructed_reason(call: ast.Call, module: ModuleType) -> Iterator[str]:
    """The `review_reason` given to a dataclass built here (`Verdict`, `Analysis`)."""
    built = getattr(module, ast.unparse(call.func), None)
    if not (inspect.isclass(built) and dataclasses.is_dataclass(built)):
        return
    names = [f.name for f in dataclasses.fields(built)]
    given = dict(zip(names, call.args, strict=False))
    given |= {k.arg: k.value for k in call.keywords if k.arg}
    if "review_reason" in given:
        yield from _shape(given["review_reason"], module)


def _targets_reason(target: ast.expr) -> bool:
    name = target.id if isinstance(target, ast.Name) else getattr(target, "attr", "")
    return "reason" in name.lower()


def _review_phrases(module: ModuleType, function: ast.FunctionDef) -> Iterator[str]:
    for node in ast.walk(function):
        if isinstance(node, ast.Return) and node.value is not None:
            yield from _shape(node.value, module)
        elif isinstance(node, ast.Call) and ast.unparse(node.func) == "review.append":
            yield from _shape(node.args[0], module)
        elif isinstance(node, ast.Assign):
            for target in node.targets:
                if isinstance(target, ast.Tuple) and isinstance(node.value, ast.Tuple):
                    pairs = zip(target.elts, node.value.elts, strict=False)
                    for one, value in pairs:
                        if _targets_reason(one):
                            yield from _shape(value, module)
                elif _targets_reason(target):
                    yield from _shape(node.value, module)
        elif isinstance(node, ast.Dict):
            for key, value in zip(node.keys, node.values, strict=True):
                if isinstance(key, ast.Constant) and key.value == "review_reason":
                    yield from _shape(value, module)


def _functions(module: ModuleType) -> dict[str, ast.FunctionDef]:
    tree = ast.parse(inspect.getsource(module))
    return {node.name: node for node in ast.walk(tree) if isinstance(node, ast.FunctionDef)}


def review_phrases() -> set[str]:
    """Every review-reason phrase the producers can write, in the table's key shape."""
    found: set[str] = set()
    for name, producers in REVIEW_PRODUCERS.items():
        module = importlib.import_module(name)
        functions = _functions(module)
        for producer in producers:
            assert producer in functions, f"{name}.{producer} makes no reasons any more?"
            found |= set(_review_phrases(module, functions[producer]))
    return {phrase for phrase in found if phrase.strip()}


def rule_phrases() -> set[str]:
    """Every text a rule can report, from the `Decision`, `Note` and `Reason` it builds."""
    fields = {"Decision": 2, "Note": 0, "Reason": 1}  # where `text` is, given by position
    found: set[str] = set()
    for name in RULE_MODULES:
        module = importlib.import_module(name)
        for node in ast.walk(ast.parse(inspect.getsource(module))):
            if not (isinstance(node, ast.Call) and ast.unparse(node.func) in fields):
                continue
            at = fields[ast.unparse(node.func)]
            given = {k.arg: k.value for k in node.keywords if k.arg}
            text = node.args[at] if len(node.args) > at else given.get("text")
            if text is not None and not isinstance(text, ast.Call):  # a joined list of headers
                found |= set(_shape(text, module))
    return found


def _key_shape(english: str) -> str:
    return re.sub(r"\{(\w+)\}", lambda m: "{" + (m[1] if m[1] in _TYPED else "") + "}", english)


def _table() -> dict[str, dict[str, dict[str, str]]]:
    return tomllib.loads(TABLE.read_text(encoding="utf-8"))


class TestEveryReasonHasWords:
    """A phrase the code can write without a Dutch wording fails here, not in a volunteer's page."""

    def test_review_reasons(self) -> None:
        phrases = review_phrases()
        assert len(phrases) > 15  # the collector still finds the producers' phrases
        known = {_key_shape(english) for english in _table()["review"]}
        assert sorted(phrases - known) == []

    def test_rule_texts(self) -> None:
        phrases = rule_phrases()
        assert "{label}: {}" in phrases
        known = {_key_shape(english) for english in _table()["rules"]}
        assert sorted(phrases - known) == []

    def test_every_origin(self) -> None:
        assert {origin.value for origin in Origin} <= set(_table()["origins"])

    @pytest.mark.parametrize("section", ["review", "rules", "origins", "values"])
    def test_every_entry_in_every_language_keeps_its_placeholders(self, section: str) -> None:
        for english, wordings in _table()[section].items():
            assert set(wordings) == set(LANGUAGES), english
            for language, wording in wordings.items():
                assert sorted(placeholders(wording)) == sorted(placeholders(english)), (
                    f"{english!r} in {language}"
                )

    def test_the_phrase_the_chain_exports_is_known(self) -> None:
        assert words_for("nl").reasons.knows(chain.ASKS_QUESTION)


class TestShownInWords:
    """The console shows each stored phrase in its language, the variable parts kept."""

    def test_sender_kept_and_phrases_joined(self) -> None:
        stored = (
            "the sender x@example.org is not a known address and does not answer our letter; "
            "only one reading says motion_adopted"
        )
        assert words_for("nl").review_reason(stored) == (
            "de afzender x@example.org is geen bekend adres en antwoordt niet op onze brief; "
            "maar één lezing zegt ‘Motie aangenomen’"
        )

    def test_labels_origin_and_values(self) -> None:
        nl = words_for("nl")
        assert nl.review_reason("declined but also motion_planned, motion_submitted") == (
            "afgewezen, maar ook Motie gepland, Motie ingediend"
        )
        origin = Origin.NAMED_DOMAIN.value
        assert nl.review_reason(
            f"the sender a@gouda.topdesk.net ({origin}) may not decide motion_adopted alone"
        ) == (
            "de afzender a@gouda.topdesk.net (een gecontroleerd domein met de naam van de "
            "gemeente) mag niet alleen beslissen over ‘Motie aangenomen’"
        )
        assert nl.review_reason("too large to read whole (header size, MIME parts)") == (
            "te groot om helemaal te lezen (kopregels te groot, te veel MIME-delen)"
        )
        assert nl.review_reason("low confidence (0.42)") == "lage zekerheid (0.42)"

    def test_unknown_phrases_stay_as_stored(self) -> None:
        nl = words_for("nl")
        assert nl.review_reason("a reason nobody wrote words for") == (
            "a reason nobody wrote words for"
        )
        assert nl.review_reason("low confidence; something new") == "lage zekerheid; something new"
        assert nl.review_reason(None) == ""
        assert nl.review_reason("only one reading says not_a_label") == (
            "only one reading says not_a_label"
        )

    def test_rule_texts(self) -> None:
        nl = words_for("nl")
        assert nl.rule_text("motion_adopted: 'de motie is aangenomen'") == (
            "Motie aangenomen: 'de motie is aangenomen'"
        )
        assert nl.rule_text("absence notice: 'met vakantie'") == (
            "afwezigheidsbericht: 'met vakantie'"
        )
        assert nl.rule_text("Auto-Submitted: auto-replied; X-Loop") == (
            "Auto-Submitted: auto-replied; X-Loop"
        )

    def test_english(self) -> None:
        en = words_for("en")
        assert en.review_reason("only one reading says motion_adopted") == (
            "only one reading says ‘Motion adopted’"
        )
