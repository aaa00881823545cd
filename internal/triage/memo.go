package triage

// The checks that run after matching read some facts of the matched text more than
// once a pass: whether the line names no IT object, data or policy (plainMoney),
// whether it asks a fact about a money item (factAsked), the money systems it names
// (moneySystemSpans), its segment and sentence breaks (readBreaks), and, per rule,
// whether the rule's words read in their money sense (moneySense) or stand only in
// words set aside (asideOnly). The memo keeps each the first time a check asks for
// it. All of them are read from the tokens and hits of one pass, which match fixes
// and nothing after it changes, so a pass forgets the memo before it tokenizes and
// matches (newPass).

// passMemo holds what was read of the current pass's tokens and hits; known has a
// memo bit for each field filled.
type passMemo struct {
	known  uint8
	plain  bool // plainMoney(s.toks)
	fact   bool // factAsked(s.toks)
	nSpans int
	spans  [maxSysSpans]sysSpan // moneySystemSpans, the first nSpans
}

// The bits of passMemo.known.
const (
	memoPlain uint8 = 1 << iota
	memoFact
	memoSpans
	memoBreaks // s.segStart and s.sentHard are filled (readBreaks)
)

// The bits of a rule's memo (scratch.ruleMemo) below the pass number in its high half.
const (
	memoSenseKnown uint64 = 1 << iota
	memoSense
	memoAsideKnown
	memoAside
)

// resetMemo forgets what the last pass read. newPass calls it before the pass
// tokenizes and matches: the tokens and hits are about to change, and nothing from
// then on may read the last line's. The rule memos carry the pass number (s.gen) instead, and are
// cleared when it wraps.
func (s *scratch) resetMemo(rules int) {
	s.memo.known = 0
	if len(s.ruleMemo) != rules {
		s.ruleMemo = make([]uint64, rules)
	}
}

// ruleMemoOf returns rule ri's memo for the current pass: nothing known when it
// was last written in another.
func (s *scratch) ruleMemoOf(ri int32) uint64 {
	if m := s.ruleMemo[ri]; uint32(m>>32) == s.gen {
		return m
	}
	return uint64(s.gen) << 32
}

// plainMoney is plainMoney(s.toks), read once a pass.
func (s *scratch) plainMoney() bool {
	if s.memo.known&memoPlain == 0 {
		s.memo.plain = plainMoney(s.toks)
		s.memo.known |= memoPlain
	}
	return s.memo.plain
}

// factAsked is factAsked(s.toks), read once a pass.
func (s *scratch) factAsked() bool {
	if s.memo.known&memoFact == 0 {
		s.memo.fact = factAsked(s.toks)
		s.memo.known |= memoFact
	}
	return s.memo.fact
}
