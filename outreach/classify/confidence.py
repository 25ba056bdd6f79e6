"""What a confidence means, defined once for every rule.

A rule's confidence is how often the label it supports is right when that rule alone decides:

| level     | value | evidence                                                             |
| --------- | ----- | -------------------------------------------------------------------- |
| CERTAIN   | 0.97  | structure: a delivery-status report, an ARF report                   |
| HEADER    | 0.95  | headers that only machines write (Auto-Submitted, X-Autoreply)       |
| STRONG    | 0.9   | an unambiguous phrase in the sender's own words ("is aangenomen")    |
| CLEAR     | 0.85  | a fixed phrase whose reading rarely depends on its context           |
| READ      | 0.8   | a sentence reading: its word order, negation, tense and subject read |
| LIKELY    | 0.75  | a reading that depends more on context (a redirect, a receipt)       |
| PLAUSIBLE | 0.55  | a reading with a gap (an intention without a step): for review       |
| WEAK      | 0.5   | courtesy and fragments: "bedankt", a vague promise                   |
| GUESS     | 0.4   | nothing recognised: the least a reply to our letter says             |

Anything below `DECIDE_AT` goes to a person (see `outreach.classify.chain`), and so does any
verdict whose evidence conflicts, however strong each piece is on its own.

The same in every rule, and checked two ways. Every rule's confidence is one of `LEVELS`,
named here: no rule writes a number of its own or adds to a level (tests/classify/
test_confidence_levels.py reads every note and decision the rules make on the development
sets). And each level is measured: `bench/review_gates.py --calibration` prints, per level
and per rule, how often the verdicts it supports are right; a rule that falls well short of
its level on sets it was not developed against is given the lower level that it earns (the
courtesy "dank voor uw e-mail" is LIKELY, not CLEAR, for that reason).
"""

from __future__ import annotations

CERTAIN = 0.97
HEADER = 0.95
STRONG = 0.9
CLEAR = 0.85
READ = 0.8
LIKELY = 0.75
PLAUSIBLE = 0.55
WEAK = 0.5
GUESS = 0.4

# Every level a rule may give, strongest first.
LEVELS = (CERTAIN, HEADER, STRONG, CLEAR, READ, LIKELY, PLAUSIBLE, WEAK, GUESS)

# The product decides alone from here up; below it a volunteer looks.
DECIDE_AT = 0.6
# A conflict caps the confidence below DECIDE_AT, so it always reaches a person.
CONFLICTED = 0.55
