"""Which municipality a message belongs to, with the evidence for it.

Evidence, strongest first: our own Message-ID in the reply's In-Reply-To/References or in a
bounce's returned headers; the reply token in the plus address it was sent to; a bounce's
failed recipient; an operator's earlier assignment of the sender; the sender's address and
domain; and last the municipality's name in the subject, in the sender's own words and
signature (surer in a council context: "gemeente X", "griffie X"), or else in the quoted
history. A domain that several municipalities share gives only a candidate list, which a
sharer's name then decides; two equally strong candidates give no answer either.
Pure: the caller loads the data (see `load_match_data`) and passes it in.
"""

from __future__ import annotations

import csv
import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache, cached_property
from itertools import pairwise
from operator import attrgetter
from pathlib import Path
from typing import Any

from outreach.classify.message import ParsedMessage
from outreach.classify.prefilter import Keyed
from outreach.classify.quotes import SplitText, remove_letter_sentences, split_reply
from outreach.classify.vocabulary import alternatives, family, words
from outreach.compose import identity
from outreach.resources import resource_dir

# How much each kind of evidence is worth on its own (0..1).
WEIGHTS: dict[str, float] = {
    "message-id": 1.0,
    "returned-message-id": 1.0,
    "reply-token": 0.97,
    "failed-recipient": 0.9,
    "sender-assignment": 0.9,
    "sender-address": 0.88,
    "sender-domain": 0.8,
    # A party's own domain with the town in it: groenlinks-amersfoort.nl, vvdutrecht.nl.
    "party-domain": 0.6,
    "shared-domain": 0.3,
    # On a shared domain, a sharer named in the address itself: scanner-duiven@1stroom.nl.
    "shared-domain-local": 0.6,
    "name-subject": 0.6,
    # The sender's own words and signature ("Griffie gemeente Harderwijk"); a name in a
    # council context ("gemeente X", "griffie X", "raad van X", "X's gemeenteraad") is surer.
    "name-own": 0.45,
    "name-own-context": 0.6,
    # A name in the sign-off block says who writes: "Fractievoorzitter CDA Kampen".
    "name-signature": 0.6,
    # Another municipality the sender mentions: "in buurgemeente Zwolle is hij al aangenomen".
    "name-mentioned": 0.15,
    # Quoted history (never our own letter) only counts when the sender's part names none.
    "name-quoted": 0.45,
}
_TIE_MARGIN = 0.05
_MIN_SCORE = 0.4

# Names that are also ordinary Dutch (or English) words: only a capitalised use that does not
# start a sentence, or "gemeente <name>", counts.
COMMON_WORD_NAMES = frozenset(
    {
        "asten", "beek", "bergen", "best", "born", "buren", "duiven", "ede", "epe", "goes",
        "hoorn", "houten", "huizen", "hulst", "laren", "losser", "oss", "putten", "sluis",
        "stein", "voorst", "wierden", "weert", "soest", "renkum", "heumen", "rheden", "lisse",
        "kapelle", "veere", "tholen", "diemen", "baarn", "borne", "dongen", "altena", "ommen",
        "texel", "urk", "vaals", "gennep", "eersel", "bladel", "goirle", "schagen", "zeist",
    }
)  # fmt: skip

_QUALIFIER = re.compile(r"\s*\([^)]*\)\s*$")


@dataclass(frozen=True)
class MunicipalityRef:
    cbs_code: str
    name: str
    email: str | None
    domains: tuple[str, ...] = ()


@dataclass(frozen=True)
class Evidence:
    kind: str
    value: str
    cbs_code: str
    weight: float


@dataclass(frozen=True)
class MatchResult:
    cbs_code: str | None
    confidence: float
    evidence: list[Evidence] = field(default_factory=list)
    candidates: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class MatchContext:
    """Everything matching may consult; build it once per batch of messages."""

    municipalities: Sequence[MunicipalityRef]
    domain_owners: Mapping[str, frozenset[str]]
    secret: str
    sender_assignments: Mapping[str, str] = field(default_factory=dict)
    sent_message_ids: Mapping[str, str] = field(default_factory=dict)
    own_addresses: frozenset[str] = frozenset()
    letter_texts: Sequence[str] = ()

    @cached_property
    def by_email(self) -> dict[str, str]:
        return {m.email.lower(): m.cbs_code for m in self.municipalities if m.email}

    @cached_property
    def sent_ids(self) -> dict[str, str]:
        """`sent_message_ids` by the bare, lower-cased id, as a reply may write it."""
        return {k.strip("<>").lower(): v for k, v in self.sent_message_ids.items()}

    @cached_property
    def name_index(self) -> _NameIndex:
        return _NameIndex.build(self.municipalities)

    @cached_property
    def compact_names(self) -> dict[str, frozenset[str]]:
        """Each name written as in a domain ("bergenopzoom", "s-hertogenbosch") -> codes."""
        out: dict[str, set[str]] = defaultdict(set)
        for form, codes in self.name_index.forms.items():
            out[re.sub(r"[^a-z0-9]", "", form)].update(codes)
        return {k: frozenset(v) for k, v in out.items() if len(k) >= 3}


def load_domain_owners(path: Path) -> dict[str, frozenset[str]]:
    """domain -> CBS codes, from a `municipality_domains.csv` (cbs_code,domain,...)."""
    owners: dict[str, set[str]] = defaultdict(set)
    with path.open(newline="", encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            domain = (row.get("domain") or "").strip().lower()
            code = (row.get("cbs_code") or "").strip().upper()
            if domain and code:
                owners[domain].add(code)
    return {domain: frozenset(codes) for domain, codes in owners.items()}


def load_municipalities(
    path: Path, *, domain_owners: Mapping[str, frozenset[str]] | None = None
) -> list[MunicipalityRef]:
    """The municipalities of a `municipalities.csv`, with their domains attached."""
    domains: dict[str, list[str]] = defaultdict(list)
    for domain, codes in (domain_owners or {}).items():
        for code in codes:
            domains[code].append(domain)
    out: list[MunicipalityRef] = []
    with path.open(newline="", encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            code = row["cbs_code"].strip().upper()
            own = {row.get("domain", "").strip().lower(), *domains.get(code, [])}
            out.append(
                MunicipalityRef(
                    cbs_code=code,
                    name=row["name"].strip(),
                    email=(row.get("email") or "").strip().lower() or None,
                    domains=tuple(sorted(d for d in own if d)),
                )
            )
    return out


def load_match_data(
    data_dir: Path | None = None,
) -> tuple[list[MunicipalityRef], dict[str, frozenset[str]]]:
    """Municipalities and domain owners from the data folder that ships with outreach."""
    folder = data_dir or resource_dir("data")
    owners = load_domain_owners(folder / "municipality_domains.csv")
    return load_municipalities(folder / "municipalities.csv", domain_owners=owners), owners


def shipped_context(
    *, secret: str, own_addresses: frozenset[str], letter_texts: Sequence[str]
) -> MatchContext:
    """A match context on the municipality list that ships with outreach, with no store behind
    it: for evaluations, benchmarks and tests that read mail without a campaign database."""
    municipalities, owners = load_match_data()
    return MatchContext(
        municipalities=municipalities,
        domain_owners=owners,
        secret=secret,
        own_addresses=own_addresses,
        letter_texts=letter_texts,
    )


def match_message(
    message: ParsedMessage, context: MatchContext, *, split: SplitText | None = None
) -> MatchResult:
    """The municipality `message` is about, or None with the candidates that came close.

    `split` is the message's own text set apart from its quotes, when the caller has it
    already (`analysis.read_message` works it out once for matching and classifying).
    """
    split = split or split_reply(message.text, letter_texts=context.letter_texts)
    # The sender's domain and its owners, looked up once for the readings that ask.
    domain = _domain_owners((message.from_address or "").partition("@")[2], context.domain_owners)
    evidence = [
        *_message_id_evidence(message, context),
        *_token_evidence(message, context),
        *_failed_recipient_evidence(message, context),
        *_sender_evidence(message, context, domain),
        *_name_evidence(message, context, split, domain[1]),
    ]
    return _decide(evidence)


def _decide(evidence: list[Evidence]) -> MatchResult:
    scores: dict[str, float] = {}
    for item in evidence:
        # Independent pieces of evidence reinforce each other (noisy-or).
        scores[item.cbs_code] = 1 - (1 - scores.get(item.cbs_code, 0.0)) * (1 - item.weight)
    ordered = sorted(scores.items(), key=lambda kv: (-kv[1], kv[0]))
    evidence = sorted(evidence, key=attrgetter("weight"), reverse=True)  # stable, as ever
    if not ordered:
        return MatchResult(None, 0.0, evidence, [])
    candidates = [code for code, score in ordered if score >= _MIN_SCORE / 2][:10]
    best_code, best = ordered[0]
    tied = len(ordered) > 1 and best - ordered[1][1] < _TIE_MARGIN
    if best < _MIN_SCORE or tied:
        return MatchResult(None, round(best, 3), evidence, candidates)
    return MatchResult(best_code, round(best, 3), evidence, candidates)


def _message_id_evidence(message: ParsedMessage, context: MatchContext) -> Iterable[Evidence]:
    sent = context.sent_ids
    # Each id once: In-Reply-To is most often the last of the References too.
    replied = dict.fromkeys((*message.in_reply_to, *message.references))
    kinds = [("message-id", mid) for mid in replied]
    kinds += [("returned-message-id", mid) for mid in dict.fromkeys(message.returned_message_ids)]
    seen: set[tuple[str, str]] = set()
    for kind, mid in kinds:
        found = identity.code_from_message_id(mid, secret=context.secret)
        code = found[0] if found else sent.get(mid.strip("<>").lower())
        if code and (kind, code) not in seen:
            seen.add((kind, code))
            yield Evidence(kind, mid, code.upper(), WEIGHTS[kind])


def _token_evidence(message: ParsedMessage, context: MatchContext) -> Iterable[Evidence]:
    seen: set[str] = set()
    for address in (*message.to, *message.cc, *message.delivered_to):
        code = identity.code_from_address(address, secret=context.secret)
        if code and code not in seen:
            seen.add(code)
            yield Evidence("reply-token", address, code, WEIGHTS["reply-token"])


def _failed_recipient_evidence(message: ParsedMessage, context: MatchContext) -> Iterable[Evidence]:
    addresses = [r.final_recipient or r.original_recipient for r in message.dsn]
    addresses += message.returned_recipients
    seen: set[str] = set()
    for address in addresses:
        code = context.by_email.get((address or "").lower())
        if code and code not in seen:
            seen.add(code)
            yield Evidence("failed-recipient", address or "", code, WEIGHTS["failed-recipient"])


def _sender_evidence(
    message: ParsedMessage, context: MatchContext, sender_domain: tuple[str, frozenset[str]]
) -> Iterable[Evidence]:
    """`sender_domain`: `_domain_owners` of the sender's domain."""
    sender = message.from_address
    if not sender or sender in context.own_addresses:
        return
    assigned = context.sender_assignments.get(sender)
    if assigned:
        yield Evidence("sender-assignment", sender, assigned.upper(), WEIGHTS["sender-assignment"])
    code = context.by_email.get(sender)
    if code:
        yield Evidence("sender-address", sender, code, WEIGHTS["sender-address"])
    domain, owners = sender_domain
    if len(owners) == 1:
        yield Evidence("sender-domain", domain, next(iter(owners)), WEIGHTS["sender-domain"])
    else:
        for owner in sorted(owners):
            yield Evidence("shared-domain", domain, owner, WEIGHTS["shared-domain"])
        local = sender.partition("@")[0].lower()
        named = {
            code
            for part in _NON_ALNUM.split(local)
            for code in context.compact_names.get(part, frozenset())
        } & owners
        if len(named) == 1:
            yield Evidence(
                "shared-domain-local", sender, next(iter(named)), WEIGHTS["shared-domain-local"]
            )
    if not owners:
        yield from _party_domain_evidence(domain, context, message.from_name, sender)


_NON_ALNUM = re.compile(r"[^a-z0-9]+")

# Party names as written in a domain: "groenlinks", "cda", "vvd", and the names of several
# words run together as a domain writes them ("groenlinkspvda", "partijvoordedieren").
_PARTY_TOKENS = frozenset(
    token
    for a in alternatives("political-party")
    for token in (a.removesuffix("\\b"), re.sub(r"[^a-z0-9]", "", a))
    if token.isalnum()
)
# Their lengths: a domain's token is cut at each of these and the piece looked up, rather
# than tested against every party name in turn.
_PARTY_LENGTHS = sorted({len(token) for token in _PARTY_TOKENS})


def _party_domain_evidence(
    domain: str, context: MatchContext, from_name: str | None = None, sender: str = ""
) -> Iterable[Evidence]:
    """The town in a party's own domain: the party's name beside or around it. A local
    party no list knows names itself in its display name, and its domain spells that name
    ("Draagvlak Goirle" <fractie@draagvlakgoirle.nl>): a town among those words is its own;
    not a town hall's name ("Gemeente Zeist" <info@gemeentezeist.nl>), which a look-alike
    takes. A town of more than one word is spelled across hyphens (pvda-eijsden-margraten.nl),
    and a national party's domain names its branch in the address (roosendaal@sp.nl)."""
    labels = domain.lower().split(".")[:-1]  # without the top-level domain
    tokens = [t for label in labels for t in label.split("-") if t]
    party = [t for t in tokens if t in _PARTY_TOKENS]
    if tokens and len(party) == len(tokens):
        # Only a party's name: the branch is the address's local part ("tubbergen@...").
        local = [t for t in _NON_ALNUM.split(sender.partition("@")[0].lower()) if t]
        branch = {c for t in local for c in context.compact_names.get(t, frozenset())}
        if len(branch) == 1 and sender:
            yield Evidence("party-domain", domain, next(iter(branch)), WEIGHTS["party-domain"])
        return
    # Hyphenated words put back together: "eijsden-margraten" is one town.
    tokens += ["".join(tokens[i : i + n]) for n in (2, 3) for i in range(len(tokens) - n + 1)]
    named = [w for w in _NON_ALNUM.split(_plain(from_name or "").lower()) if w]
    # A town hall's name on a domain no town owns is a look-alike's claim (`impersonated`).
    spelled = (
        len(named) > 1
        and "".join(named) in {label.replace("-", "") for label in labels}
        and not _TOWN_HALL.search(from_name or "")
    )
    found: set[str] = set()
    for word in named if spelled else ():
        codes = context.compact_names.get(word, frozenset())
        if len(codes) == 1 and word not in _PARTY_TOKENS:
            found |= codes
    for token in tokens:
        cuts = [n for n in _PARTY_LENGTHS if n <= len(token)]
        candidates = [token]
        candidates += [token[n:] for n in cuts if token[:n] in _PARTY_TOKENS]  # "cdakampen"
        candidates += [token[:-n] for n in cuts if token[-n:] in _PARTY_TOKENS]  # "kampencda"
        for candidate in candidates:
            codes = context.compact_names.get(candidate, frozenset())
            named_with_party = bool(party) or candidate != token
            if len(codes) == 1 and named_with_party and candidate not in _PARTY_TOKENS:
                found |= codes
    if len(found) == 1:
        code = next(iter(found))
        yield Evidence("party-domain", domain, code, WEIGHTS["party-domain"])


def _domain_owners(domain: str, owners: Mapping[str, frozenset[str]]) -> tuple[str, frozenset[str]]:
    """Owners of `domain` or of its nearest listed parent (raad.utrecht.nl -> utrecht.nl)."""
    labels = domain.lower().strip(".").split(".")
    for start in range(len(labels) - 1):
        candidate = ".".join(labels[start:])
        if candidate in owners:
            return candidate, owners[candidate]
    return domain, frozenset()


_TOWN_HALL = family("town-hall-office")


def impersonated(
    message: ParsedMessage, context: MatchContext, owners: frozenset[str]
) -> frozenset[str]:
    """Towns whose town hall the sender claims to be, from a domain none of them owns.

    "Gemeente Zwolle via SharePoint <share@docs-sharepointonline.net>" or
    <no-reply@gemeente-zeist-nl.com>: a look-alike, as phishing writes it. Such a claim gives
    no municipality, and neither do that town's names in the subject or the text. A town
    that names a subdomain of a system (gouda.topdesk.net) is that town's own use of it.
    `owners` are those of the sender's domain (`_domain_owners`).
    """
    domain = (message.from_address or "").partition("@")[2].lower().strip(".")
    if not domain or owners:
        return frozenset()
    claimed: set[str] = set()
    display = message.from_name or ""
    if _TOWN_HALL.search(display):
        claimed.update(hit.code for hit in context.name_index.find(display, subject=True))
    labels = domain.split(".")
    for label in labels[:-1]:
        parts = label.split("-")
        if len(parts) > 1 and any(_TOWN_HALL.fullmatch(part) for part in parts):
            for part in parts:
                claimed.update(context.compact_names.get(part, frozenset()))
    own_subdomain = {
        code for label in labels[:-2] for code in context.compact_names.get(label, frozenset())
    }
    claimed -= own_subdomain
    if claimed:
        # A town's case or ticket system on its vendor's domain (Decos, zaaksysteem.nl)
        # registers our letter and restates its subject, which names the town: a look-alike
        # knows nothing of what we sent.
        claimed -= _towns_in_our_subject(message.text[:4000], context)
    return frozenset(claimed)


# Our letter's subject as a receipt restates it: "... de fractievoorzitters en de griffier
# van Terschelling: motie ...", or the reminder's, which ends on the name.
_OUR_SUBJECT_TOWN = re.compile(
    r"\bfractievoorzitters en de griffier van ([^:\n\"\u201d]{2,40})", re.I
)


def _towns_in_our_subject(text: str, context: MatchContext) -> set[str]:
    return {
        hit.code
        for found in _OUR_SUBJECT_TOWN.finditer(text)
        for hit in context.name_index.find(found.group(1), subject=True)
    }


def _is_list_mail(message: ParsedMessage) -> bool:
    return message.header("list-unsubscribe") is not None or message.header("list-id") is not None


def _name_evidence(
    message: ParsedMessage, context: MatchContext, split: SplitText, sharers: frozenset[str]
) -> Iterable[Evidence]:
    """`sharers`: the owners of the sender's domain (`_domain_owners`)."""
    index = context.name_index
    false_claims = impersonated(message, context, sharers)
    if _is_list_mail(message):
        # Newsletters and notifications name places for reasons of their own; only a town
        # hall named as such in the subject ("Aanbesteding ... (Gemeente Tilburg)") says
        # which town the notice is about.
        for hit in index.find(message.subject, subject=True):
            if hit.strong and not hit.mentioned and hit.code not in false_claims:
                yield Evidence("name-subject", hit.surface, hit.code, WEIGHTS["name-subject"])
        return
    # The signature is the sender's own evidence too: it often is the only place that says
    # which municipality writes ("Gemeente Schiedam | Stadserf 1").
    found: list[Evidence] = []
    seen: set[tuple[str, str]] = set()
    for hit in index.find(message.subject, subject=True):
        if ("name-subject", hit.code) not in seen:
            seen.add(("name-subject", hit.code))
            found.append(Evidence("name-subject", hit.surface, hit.code, WEIGHTS["name-subject"]))
    # On a shared domain the sharers are expected names: a bare "Lisse" under a signature
    # counts even though the name is also an ordinary word elsewhere.
    own_codes: dict[str, Evidence] = {}
    expected = sharers if len(sharers) > 1 else None
    for part, signature in ((split.own, False), (split.signature, True)):
        for hit in index.find(_without_sender_name(part, message.from_name), expected=expected):
            if hit.mentioned:
                kind = "name-mentioned"
            elif hit.strong:
                kind = "name-signature" if signature else "name-own-context"
            else:
                kind = "name-own"
            code = hit.code
            if code not in own_codes or WEIGHTS[kind] > own_codes[code].weight:
                own_codes[code] = Evidence(kind, hit.surface, code, WEIGHTS[kind])
    placed = _place_line(split.signature, context)
    if placed is not None:
        surface, code = placed
        if code not in own_codes or own_codes[code].weight < WEIGHTS["name-signature"]:
            own_codes[code] = Evidence("name-signature", surface, code, WEIGHTS["name-signature"])
    # From a town hall's own domain the domain says which town writes; the role lines are
    # for the council members and parties who write from elsewhere.
    role_lines = _role_lines(split, message.from_name) if len(sharers) != 1 else []
    for line in role_lines:
        for hit in index.find(line, expected=expected):
            known = own_codes.get(hit.code)
            if not hit.mentioned and (known is None or known.weight < WEIGHTS["name-signature"]):
                own_codes[hit.code] = Evidence(
                    "name-signature", hit.surface, hit.code, WEIGHTS["name-signature"]
                )
    found.extend(own_codes.values())
    if not own_codes:
        quoted = remove_letter_sentences(split.quoted, context.letter_texts)
        for hit in index.find(quoted):
            if ("name-quoted", hit.code) not in seen:
                seen.add(("name-quoted", hit.code))
                found.append(Evidence("name-quoted", hit.surface, hit.code, WEIGHTS["name-quoted"]))
    yield from (item for item in found if item.cbs_code not in false_claims)


def _place_line(signature: str, context: MatchContext) -> tuple[str, str] | None:
    """A line under the sender's name that holds only a town's name ("Bram Lemmens" and then
    "Stein"): where the sender lives or sits, even when the name is an ordinary word. Not a
    first line, nor one after a closing ("Met vriendelijke groet,"): "Best," is a greeting."""
    lines = [line.strip() for line in signature.splitlines() if line.strip()]
    for before, line in pairwise(lines):
        if before.endswith(",") or not line[0].isupper() or len(line) > 40:
            continue
        codes = context.name_index.forms.get(" ".join(line.lower().split()))
        if codes is not None and len(codes) == 1:
            return line, next(iter(codes))
    return None


_OFFICE_WORDS = re.compile(
    rf"\b(?:{words('signing-role')}|{words('political-party')}|raad|fractie|college)\b", re.I
)


def _without_sender_name(text: str, from_name: str | None) -> str:
    """`text` with the sender's own full name blanked out: in "raadslid Peter Weert" from
    Peter Weert, Weert is a surname. A display name that is an office ("Griffie Weert",
    "CDA Weert") or one word names no person, and stays."""
    return _blanked(text, _person_name(from_name or ""))


def _blanked(text: str, name: str) -> str:
    """`text` with every `name` (lower case) in it blanked out; `text` itself without one."""
    if not name:
        return text
    lowered = text.lower()
    at = lowered.find(name)
    if at < 0 or len(lowered) != len(text):
        return text
    pieces: list[str] = []
    done = 0
    while at >= 0:
        pieces += [text[done:at], " " * len(name)]
        done = at + len(name)
        at = lowered.find(name, done)
    return "".join([*pieces, text[done:]])


@cache
def _person_name(from_name: str) -> str:
    """The display name, lower case, when it names a person of two words or more."""
    name = " ".join(from_name.replace(",", " ").split())
    if len(name.split()) < 2 or _OFFICE_WORDS.search(name):
        return ""
    return name.lower()


_SIGNING_ROLE = re.compile(rf"(?:{words('signing-role')})\b", re.I)
# A role after the place, behind a separator: "Kerkrade Lokaal - fractievoorzitter".
# Keyed: most sign-off lines hold none of the role words, and a substring test says so at once.
_ROLE_AT_END = Keyed(rf"\s[-|\u2013,]\s*(?:{words('signing-role')})$", re.I)
_SEPARATORS = " ,|-\u2013\t"


def _role_lines(split: SplitText, from_name: str | None) -> list[str]:
    """The sign-off lines that hold the sender's role first or last ("fractievoorzitter Samen
    Brunssum", "Anne Smeets, raadslid Kerkrade", "Kerkrade Lokaal - fractievoorzitter"): a
    town on such a line is the signer's own, even after a local party's name that no list
    knows. The sender's own name is taken out first; a line that still holds part of it
    ("raadslid P. Weert" from Peter Weert) names a person instead. The opening role is
    written in lower case, so that it is not read as a first name before a surname."""
    names = {w.lower() for w in (from_name or "").replace(",", " ").split() if len(w) > 2}
    person = _person_name(from_name or "")
    tail = split.own.strip().split("\n")[-3:]
    out: list[str] = []
    for raw in [*tail, *split.signature.split("\n")]:
        line = _blanked(raw, person).strip(_SEPARATORS)
        tokens = line.split()
        if len(tokens) > _ROLE_LINE_WORDS or names & {w.lower().strip(",.") for w in tokens}:
            continue
        opening = _SIGNING_ROLE.match(line)
        if opening:
            out.append(line[: opening.end()].lower() + line[opening.end() :])
        elif _ROLE_AT_END.search(line):
            out.append(line)
    return out


# A role line is short: "fractievoorzitter Samen Brunssum", not a sentence about a role.
_ROLE_LINE_WORDS = 6


def _plain(text: str) -> str:
    """Accents removed, typographic apostrophes made plain, case kept."""
    if text.isascii():
        return text
    text = text.replace("’", "'").replace("‘", "'")
    decomposed = unicodedata.normalize("NFKD", text)
    # The marks to drop are looked for among the distinct characters, not at every one.
    for mark in [c for c in set(decomposed) if unicodedata.combining(c)]:
        decomposed = decomposed.replace(mark, "")
    return decomposed


class _Sighting:
    """Where one name stands in its text, and what the words around it say. Each reading is
    done when first asked for: most callers need only which town a subject or a quote names,
    and reading the context of every name there would be work nobody uses."""

    __slots__ = ("_caseless", "_found", "_lower_use", "_lowered", "_mentioned", "_plain", "_strong")

    def __init__(
        self,
        plain: str,
        lowered: str | None,
        found: re.Match[str],
        *,
        caseless: bool,
        lower_use: bool,
    ) -> None:
        self._plain = plain
        self._lowered = lowered  # `plain` lower-cased when it is ASCII, else None
        self._found = found  # of `lowered` when there is one: its offsets are those of `plain`
        self._caseless = caseless
        self._lower_use = lower_use  # typed in lower case in a text with capitals elsewhere
        self._strong: bool | None = None
        self._mentioned: bool | None = None

    @property
    def strong(self) -> bool:
        if self._strong is None:
            # A lower-case use got this far in a council context only (`find` checks that).
            self._strong = self._lower_use or _council_context(
                self._plain, self._lowered, self._found, caseless=self._caseless
            )
        return self._strong

    @property
    def mentioned(self) -> bool:
        if self._mentioned is None:
            self._mentioned = _mentioned(self._plain, self._lowered, self._found.start())
        return self._mentioned


@dataclass(frozen=True)
class NameHit:
    """One municipality a written name can mean, and how it was written."""

    code: str
    surface: str
    sighting: _Sighting = field(repr=False, compare=False)

    @property
    def strong(self) -> bool:
        """In a council or party context: "gemeente X", "griffie X", "CDA X"."""
        return self.sighting.strong

    @property
    def mentioned(self) -> bool:
        """Another place the sender talks about: "buurgemeente X"."""
        return self.sighting.mentioned


@dataclass(frozen=True)
class _NameIndex:
    """Every written form of every name -> the codes it can mean, as one regex."""

    forms: dict[str, frozenset[str]]
    pattern: re.Pattern[str]
    # The same forms without re.I, for lower-cased ASCII text (several times faster).
    lower_pattern: re.Pattern[str]

    @staticmethod
    def build(municipalities: Sequence[MunicipalityRef]) -> _NameIndex:
        forms: dict[str, set[str]] = defaultdict(set)
        for ref in municipalities:
            for form in _forms(ref.name):
                forms[_plain(form).lower()].add(ref.cbs_code)
        # Other names from the shipped data: aliases, and the names of merged municipalities
        # ("gemeente Uden" writes for Maashorst), unless a current municipality has that name.
        current = set(forms)
        for code, names in _extra_names().items():
            for name in names:
                form = _plain(name).lower()
                if form not in current:
                    forms[form].add(code)
        body = _trie_alternation(forms)
        # A hyphen may follow ("Harderwijk-Hierden"); `_lower_compound` sorts those out.
        pattern = re.compile(rf"(?<![\w-])(?:{body})(?!\w)", re.I)
        lower = re.compile(rf"(?<![\w-])(?:{body})(?!\w)")
        return _NameIndex({k: frozenset(v) for k, v in forms.items()}, pattern, lower)

    def find(
        self, text: str, *, expected: frozenset[str] | None = None, subject: bool = False
    ) -> Iterable[NameHit]:
        """Each properly written name, with its context.

        An ambiguous form ("Bergen") names every municipality it could be, so that matching
        ends in a tie with them as candidates; unless the text also names one of them
        unambiguously ("Bergen NH"), which then settles it. In a `subject` a name after a
        capitalised word is the town ("Update Zutphen", "Motie Sittard-Geleen"), not a
        person's surname as it would be on a short line of a signature.
        """
        if not text:
            return  # most messages have no signature, or nothing quoted but our letter
        plain = _plain(text)
        # Plain ASCII is lowered once, and every search and comparison below reads that copy
        # (lower-casing ASCII keeps every offset, so its spans index `plain` unchanged); other
        # text is searched as it is, without case.
        lowered = plain.lower() if plain.isascii() else None
        # Somebody who never uses a capital (a phone message) still names places.
        caseless = lowered == plain if lowered is not None else not _has_capital(plain)
        matches = (
            self.lower_pattern.finditer(lowered)
            if lowered is not None
            else self.pattern.finditer(plain)
        )
        exact: list[NameHit] = []
        ambiguous: list[tuple[frozenset[str], NameHit]] = []
        for found in matches:
            start, end = found.span()
            surface = plain[start:end]
            surface_lower = lowered[start:end] if lowered is not None else surface.lower()
            codes = self.forms.get(" ".join(surface_lower.split()), frozenset())
            if not codes:
                continue
            # A name typed in lower case in a text that has capitals elsewhere ("wij (pvda
            # roermond) dienen hem in, samen met GL") counts in a council context only.
            lower_use = not (caseless or _has_capital(surface))
            if lower_use and not _council_context(plain, lowered, found, caseless=True):
                continue
            if _lower_compound(plain, end):
                continue  # "Ede-achtig", an address "ede-wageningen.nl": not the name
            sighting = _Sighting(plain, lowered, found, caseless=caseless, lower_use=lower_use)
            if not subject and _surname(plain, found) and not sighting.strong:
                continue  # "Peter Goes", "G.J. Ede": a person's name
            if (
                (surface_lower in COMMON_WORD_NAMES or caseless)
                and not (
                    sighting.strong or (not caseless and _named_as_place(plain, lowered, found))
                )
                and not (expected and codes <= expected)
            ):
                continue
            if len(codes) == 1:
                exact.append(NameHit(next(iter(codes)), surface, sighting))
            else:
                ambiguous.append((codes, NameHit("", surface, sighting)))
        yield from exact
        if not ambiguous:
            return
        settled = {hit.code for hit in exact}
        for codes, hit in ambiguous:
            if not codes & settled:
                yield from (NameHit(code, hit.surface, hit.sighting) for code in sorted(codes))


def _has_capital(text: str) -> bool:
    if text.isascii():  # A-Z are its only capitals, and the only letters `lower` changes
        return text.lower() != text
    return any(c.isupper() for c in text)


def _trie_alternation(forms: Iterable[str]) -> str:
    """One expression for all `forms`, their common starts written once.

    A flat alternation of 400 names makes the engine try every name at every position of a
    text; written as a tree (bergen, bergen op zoom and bernheze share "ber", then "gen")
    it follows one branch. A
    longer name still wins over its prefix ("Bergen op Zoom" over "Bergen"): at every node
    the continuations are tried before stopping. A space matches any run of white space.
    """
    root: dict[str, Any] = {}
    for form in forms:
        node = root
        for char in form:
            node = node.setdefault(char, {})
        node[""] = {}
    return _node_expression(root)


def _node_expression(node: dict[str, Any]) -> str:
    branches = [
        (r"\s+" if char == " " else re.escape(char)) + _node_expression(child)
        for char, child in sorted(node.items())
        if char
    ]
    if not branches:
        return ""
    joined = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if "" in node:  # a name ends here; a longer one that goes on is tried first
        return f"(?:{joined})?"
    return joined


@cache
def _extra_names() -> dict[str, tuple[str, ...]]:
    """CBS code -> aliases and former municipalities' names, from the data folder."""
    folder = resource_dir("data")
    names: dict[str, list[str]] = defaultdict(list)
    for file, code_column, name_column in (
        ("municipality_aliases.csv", "cbs_code", "alias"),
        ("municipality_mergers.csv", "successor_code", "name"),
    ):
        path = folder / file
        if not path.is_file():
            continue
        with path.open(newline="", encoding="utf-8") as handle:
            for row in csv.DictReader(handle):
                code = (row.get(code_column) or "").strip().upper()
                name = (row.get(name_column) or "").strip()
                if code and name:
                    names[code].append(name)
    return {code: tuple(found) for code, found in names.items()}


def _forms(name: str) -> list[str]:
    forms = [name]
    bare = _QUALIFIER.sub("", name)
    if bare != name:
        forms.append(bare)
    if not bare.endswith("s"):
        # A local party named with the town's adjective: "Texels Belang", "Lopiks Belang".
        forms.append(f"{bare}s Belang")
    return forms


# Words that make a name the name of a council: "gemeente Lisse", "griffie Oudewater",
# "raad van Teylingen", "Ede's gemeenteraad".
_COUNCIL_BEFORE = re.compile(
    r"(?:gemeente|gemeenteraad|gemeentebestuur|griffie|raadsgriffie|griffier|raad van|"
    r"gemeenteraad van|griffie van|burgemeester van|college van|onze (?:gemeente)?raad in|"
    # A seat signed with its town: "raadslid Velsen", "fractievoorzitter Ede".
    rf"{words('signing-role')})\s+$",
    re.I,
)
# "Wij in Kerkrade", "hier in Veenendaal", "onze fractie in Tiel": the sender's own place.
_OWN_PLACE_BEFORE = re.compile(rf"\b(?:{words('own-place-lead')})\s+$", re.I)
_COUNCIL_AFTER = re.compile(r"(?:'s|s'|')?\s*(?:gemeenteraad|raad|griffie|council)\b", re.I)


_PARTY_BEFORE = re.compile(rf"\b{words('political-party')}\s+$", re.I)
# A council's or a party's name just before the town ("griffie X", "CDA X"), in one search.
_COUNCIL_OR_PARTY_BEFORE = re.compile(f"{_COUNCIL_BEFORE.pattern}|{_PARTY_BEFORE.pattern}", re.I)


def _for_lowered(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """`pattern` for lower-cased ASCII text: its twin without case where that gives the same
    answers (several times faster), else itself."""
    return Keyed.of(pattern).lower or pattern


# Searched in the 30 characters before every name found: in lowered ASCII the faster way.
_BEFORE_NAME = (_COUNCIL_OR_PARTY_BEFORE, _OWN_PLACE_BEFORE)
_BEFORE_NAME_LOWERED = (_for_lowered(_COUNCIL_OR_PARTY_BEFORE), _for_lowered(_OWN_PLACE_BEFORE))
# Keyed: searched in the sentence before every name, which seldom holds one of its phrases.
_MENTIONED = Keyed(rf"(?:{family('mentioned-elsewhere').pattern})(?:\s+\w+){{0,3}}\s+$")
_INITIALS_OR_FIRST_NAME = re.compile(
    r"\s*(?:(?:[A-Z]\.\s*)+|[A-Z][a-z]+\s+(?:(?:van|de|der|den|ter|ten|te|van de|van der|"
    r"van den)\s+)?)"
)


def _council_context(
    text: str, lowered: str | None, found: re.Match[str], *, caseless: bool = False
) -> bool:
    """`lowered` is `text` lower-cased when it is ASCII, else None (see `_NameIndex.find`)."""
    start = found.start()
    if not (caseless or text[start].isupper()):
        return False
    if lowered is None:
        council_or_party, own_place = _BEFORE_NAME
        before = text[max(0, start - 30) : start]
    else:
        council_or_party, own_place = _BEFORE_NAME_LOWERED
        before = lowered[max(0, start - 30) : start]
    if council_or_party.search(before):
        return True
    # Only a capitalised name: "wij wonen in houten huizen" names no town. Who never writes
    # a capital names a town that is no ordinary word the same way: "bij ons in velsen".
    plain_name = caseless and found.group(0).lower() not in COMMON_WORD_NAMES
    if (text[start].isupper() or plain_name) and own_place.search(before):
        return True
    after = text[found.end() : found.end() + 20]
    return after.startswith(("'s", "s'")) and bool(_COUNCIL_AFTER.match(after))


def _lower_compound(text: str, end: int) -> bool:
    """The name runs on into a lower-case compound after a hyphen."""
    return text[end : end + 1] == "-" and not text[end + 1 : end + 2].isupper()


def _surname(text: str, found: re.Match[str]) -> bool:
    """The name ends a short line after initials or a first name: "Peter Goes"."""
    line_start = text.rfind("\n", 0, found.start()) + 1
    line_end = text.find("\n", found.end())
    rest = text[found.end() : line_end if line_end >= 0 else len(text)]
    if rest.strip(" ,.") != "":
        return False
    return bool(_INITIALS_OR_FIRST_NAME.fullmatch(text[line_start : found.start()]))


def _mentioned(text: str, lowered: str | None, start: int) -> bool:
    """Another municipality the sender mentions in passing: "in buurgemeente Zwolle".
    `lowered` is `text` lower-cased when it is ASCII, else None."""
    sentence_start = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start)) + 1
    if lowered is None:
        return bool(_MENTIONED.search(text[sentence_start:start].lower()))
    return bool(_MENTIONED.search(lowered[sentence_start:start]))


# "gemeente Best", "burgemeester van Best": the place's own name, not the ordinary word.
_PLACE_BEFORE = re.compile(r"(?:gemeente|gemeenteraad|griffie|raad van|burgemeester van)\s+$", re.I)
_PLACE_BEFORE_LOWERED = _for_lowered(_PLACE_BEFORE)


def _named_as_place(text: str, lowered: str | None, found: re.Match[str]) -> bool:
    """`Best` counts in "gemeente Best" or mid-sentence "in Best", not in "Best regards".
    `lowered` is `text` lower-cased when it is ASCII, else None."""
    start = found.start()
    if not text[start].isupper():
        return False
    before = text[:start]
    if lowered is None:
        named = _PLACE_BEFORE.search(before)
    else:
        named = _PLACE_BEFORE_LOWERED.search(lowered[:start])
    if named:
        return True
    stripped = before.rstrip()
    return bool(stripped) and stripped[-1] not in ".!?:;\n>\"'" and not before.endswith("\n")
