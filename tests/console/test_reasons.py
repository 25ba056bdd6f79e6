"""The classifier's English reasons in the console's language, from `words/reasons.toml`."""

from __future__ import annotations

import ast
import dataclasses
import importlib
import inspect
import re
import textwrap
import tomllib
from collections.abc import Iterator
from types import ModuleType
from typing import Any

import pytest

from outreach.classify import chain, doubts
from outreach.classify.origin import Origin
from outreach.console.reasons import TABLE, placeholders
from outreach.console.words import LANGUAGES, words_for

# Where review reasons are written, per module: what these functions return, append to
# `review` or give a name with "reason" in it is followed back through local names and the
# project's own functions they call (so a new helper of `_resolve` is found by itself). A new
# place that writes `review_reason` joins this list.
REVIEW_PRODUCERS: dict[str, tuple[str, ...]] = {
    "outreach.classify.chain": ("_from_decision", "_resolve", "_conflict"),
    "outreach.classify.origin": ("judge_origin", "bounce_review_reason"),
    # The chain calls each doubt through `doubts.CHECKS`, which the flow cannot follow.
    "outreach.classify.doubts": tuple(check.__name__ for check in doubts.CHECKS),
    "outreach.analysis": ("analyse", "_review_reason", "_elsewhere_reason"),
    "outreach.recording": ("park", "record"),
    "outreach.inbox.ledger": ("keep_messages",),
}
# Where the rules' own texts are made: every `Decision`, `Note` and `Reason` in the classifier.
RULE_MODULES = (
    "outreach.classify.answers",
    "outreach.classify.autoreply",
    "outreach.classify.bounces",
    "outreach.classify.chain",
    "outreach.classify.copies",
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


class _Flow:
    """Every phrase an expression can be: local names are followed to what they are given,
    calls of the project's own functions to what they return, dataclasses built here to the
    `review_reason` they are given. Placeholders come out as {kind} (or {} for plain words).
    """

    def __init__(self) -> None:
        self._followed: set[object] = set()

    def shape(self, node: ast.expr, module: ModuleType, scope: ast.AST) -> Iterator[str]:
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            yield node.value
        elif isinstance(node, ast.JoinedStr):
            yield "".join(_template_part(part) for part in node.values)
        elif isinstance(node, ast.IfExp):
            yield from self.shape(node.body, module, scope)
            yield from self.shape(node.orelse, module, scope)
        elif isinstance(node, ast.BoolOp | ast.Tuple | ast.List):
            parts = node.values if isinstance(node, ast.BoolOp) else node.elts
            for part in parts:
                yield from self.shape(part, module, scope)
        elif isinstance(node, ast.Name):
            if isinstance(getattr(module, node.id, None), str):
                yield getattr(module, node.id)  # a module constant: TO_ANSWER_REASON
            if (id(scope), node.id) not in self._followed:
                self._followed.add((id(scope), node.id))
                for value in _given_to(node.id, scope):
                    yield from self.shape(value, module, scope)
        elif isinstance(node, ast.Call):
            called = getattr(module, ast.unparse(node.func), None)
            if inspect.isclass(called) and dataclasses.is_dataclass(called):
                yield from self._constructed(node, called, module, scope)
            elif inspect.isfunction(called) and called.__module__.startswith("outreach."):
                yield from self.returns(called)

    def returns(self, function: Any) -> Iterator[str]:
        if function in self._followed:
            return
        self._followed.add(function)
        module = inspect.getmodule(function)
        assert module is not None
        tree = ast.parse(textwrap.dedent(inspect.getsource(function)))
        for node in ast.walk(tree):
            if isinstance(node, ast.Return) and node.value is not None:
                yield from self.shape(node.value, module, tree)

    def _constructed(
        self, call: ast.Call, built: Any, module: ModuleType, scope: ast.AST
    ) -> Iterator[str]:
        names = [f.name for f in dataclasses.fields(built)]
        given = dict(zip(names, call.args, strict=False))
        given |= {k.arg: k.value for k in call.keywords if k.arg}
        if "review_reason" in given:
            yield from self.shape(given["review_reason"], module, scope)

    def sinks(self, module: ModuleType, function: ast.FunctionDef) -> Iterator[str]:
        """What a producer returns, appends to `review`, or gives a `...reason` name."""
        for node in ast.walk(function):
            if isinstance(node, ast.Return) and node.value is not None:
                yield from self.shape(node.value, module, function)
            elif isinstance(node, ast.Call) and ast.unparse(node.func) == "review.append":
                yield from self.shape(node.args[0], module, function)
            elif isinstance(node, ast.Assign):
                for target, value in _pairs(node):
                    if _targets_reason(target):
                        yield from self.shape(value, module, function)
            elif isinstance(node, ast.Dict):
                for key, value in zip(node.keys, node.values, strict=True):
                    if isinstance(key, ast.Constant) and key.value == "review_reason":
                        yield from self.shape(value, module, function)


def _pairs(node: ast.Assign) -> Iterator[tuple[ast.expr, ast.expr]]:
    """(target, value) of an assignment; `a, b = x, y` pairs up, `a, b = f()` gives f() to each."""
    for target in node.targets:
        if isinstance(target, ast.Tuple):
            if isinstance(node.value, ast.Tuple):
                yield from zip(target.elts, node.value.elts, strict=False)
            else:
                yield from ((one, node.value) for one in target.elts)
        else:
            yield target, node.value


def _given_to(name: str, scope: ast.AST) -> Iterator[ast.expr]:
    for node in ast.walk(scope):
        if isinstance(node, ast.Assign):
            for target, value in _pairs(node):
                if isinstance(target, ast.Name) and target.id == name:
                    yield value


def _targets_reason(target: ast.expr) -> bool:
    name = target.id if isinstance(target, ast.Name) else getattr(target, "attr", "")
    return "reason" in name.lower()


def _functions(module: ModuleType) -> dict[str, ast.FunctionDef]:
    tree = ast.parse(inspect.getsource(module))
    return {node.name: node for node in ast.walk(tree) if isinstance(node, ast.FunctionDef)}


def review_phrases() -> set[str]:
    """Every review-reason phrase the producers can write, in the table's key shape."""
    found: set[str] = set()
    flow = _Flow()
    for name, producers in REVIEW_PRODUCERS.items():
        module = importlib.import_module(name)
        functions = _functions(module)
        for producer in producers:
            assert producer in functions, f"{name}.{producer} makes no reasons any more?"
            found |= set(flow.sinks(module, functions[producer]))
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
                found |= set(_Flow().shape(text, module, node))
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
