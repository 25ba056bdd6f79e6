# `make demo` and `make test` set up their own virtual environment in .venv first.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test lint bench evaluate clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

## demo: run the whole campaign locally (a test mail server, no credentials) in ./demo
demo: $(STAMP)
	$(BIN)/outreach demo --folder demo

## test: the full test suite (needs Debian's dovecot-imapd for the inbox tests)
test: $(STAMP)
	$(BIN)/python -m pytest

## lint: ruff and mypy
lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy

## bench: speed figures (sending, polling, contacts import and export)
bench: $(STAMP)
	$(BIN)/python bench/bench_send.py
	$(BIN)/python bench/bench_poll.py
	$(BIN)/python bench/bench_contacts.py
	$(BIN)/python bench/bench_classify.py

## evaluate: classifier figures on the held-out Dutch replies: the sets used for development
## in full, the sets kept unseen as one line of figures each, naming no message
DEV_SETS = bench/holdout_nl bench/holdout_nl2 bench/holdout_nl3 bench/holdout_nl4 bench/holdout_nl5 \
  bench/holdout_nl6 bench/holdout_nl7 bench/holdout_nl8 bench/holdout_nl9 bench/holdout_nl10 \
  bench/holdout_nl11 bench/holdout_nl12 bench/holdout_nl13 bench/holdout_nl14 \
  bench/holdout_nl15 bench/holdout_nl16 bench/holdout_nl17 bench/holdout_nl18 \
  bench/holdout_nl19 bench/holdout_nl20 bench/holdout_nl21 bench/holdout_nl22 \
  bench/holdout_nl23 bench/holdout_nl24 bench/holdout_nl25 bench/holdout_nl26 \
  bench/holdout_nl27 bench/holdout_nl28 bench/holdout_nl29 bench/holdout_nl30 \
  bench/holdout_nl31 bench/holdout_nl32 bench/holdout_nl33 bench/holdout_nl34 \
  bench/holdout_nl35 bench/holdout_nl36 bench/holdout_nl37 bench/holdout_nl38 \
  bench/holdout_nl39 bench/holdout_nl40 bench/holdout_nl41 bench/holdout_nl42 \
  bench/holdout_nl43 bench/holdout_nl44 bench/holdout_nl45 bench/holdout_nl46 \
  bench/holdout_nl47 bench/holdout_nl48 bench/holdout_nl49 bench/holdout_nl50 \
  bench/holdout_nl51 bench/holdout_nl52 bench/holdout_nl53 bench/holdout_nl54 \
  bench/holdout_nl55 bench/holdout_nl56 bench/holdout_nl57 bench/holdout_nl58 \
  bench/holdout_nl59 bench/holdout_nl60 bench/holdout_nl61 bench/holdout_nl62 \
  bench/holdout_nl63 bench/holdout_nl64 bench/holdout_nl65 bench/holdout_nl66 \
  bench/holdout_nl67 bench/holdout_nl68 bench/holdout_nl69 bench/holdout_nl70 \
  bench/holdout_nl71 bench/holdout_nl72 bench/holdout_nl73 bench/holdout_nl74 \
  bench/holdout_nl75 bench/holdout_nl76 bench/holdout_nl77 bench/holdout_nl78 \
  bench/holdout_nl79 bench/holdout_nl80 bench/holdout_nl81 bench/holdout_nl82 \
  bench/holdout_nl83 bench/holdout_nl84 bench/holdout_nl85 bench/holdout_nl86 \
  bench/holdout_nl87 bench/holdout_nl88 bench/holdout_nl89 bench/holdout_nl90 \
  bench/holdout_nl91 bench/holdout_nl92 bench/holdout_nl93 bench/holdout_nl94 \
  bench/holdout_nl95 bench/holdout_nl96 bench/holdout_nl97 bench/holdout_nl98 \
  bench/holdout_nl99 bench/holdout_nl100 bench/holdout_nl101 bench/holdout_nl102 \
  bench/holdout_nl103 bench/holdout_nl104 bench/holdout_nl105 bench/holdout_nl106 \
  bench/holdout_nl107 bench/holdout_nl108 bench/holdout_nl109 bench/holdout_nl110 \
  bench/holdout_nl111 bench/holdout_nl112 bench/holdout_nl113 bench/holdout_nl114 \
  bench/holdout_nl115 bench/holdout_nl116 bench/holdout_nl117 bench/holdout_nl118 \
  bench/holdout_nl119 bench/holdout_nl120 bench/holdout_nl121 bench/holdout_nl122 \
  bench/holdout_nl123
UNSEEN_SETS = bench/holdout_nl125 bench/holdout_nl126 bench/holdout_nl127 bench/holdout_nl128 \
  bench/holdout_nl129
EVAL_ARGS = --secret corpus-secret --own-address kinderpardonnu@gmail.com \
  --letter tests/classify/letter.txt

evaluate: $(STAMP)
	$(BIN)/python bench/evaluate_classifier.py $(DEV_SETS) $(EVAL_ARGS)
ifneq ($(strip $(UNSEEN_SETS)),)
	@echo "== sets kept unseen: figures only"
	$(BIN)/python bench/evaluate_classifier.py $(UNSEEN_SETS) $(EVAL_ARGS) --figures-only
endif

clean:
	rm -rf $(VENV) demo .pytest_cache .mypy_cache .ruff_cache
