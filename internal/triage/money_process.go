package triage

// A buyer may ask how the vendor performs a money process for it with no word of
// control at all: "Describe how cheques received at your lockbox are deposited and
// credited to our account", "Before a grant payment is released, how is the amount
// confirmed?", "How is month-end cut-off handled so that goods land in the right
// period?". How the client's transactions are recorded completely, accurately and on
// time is the SOC 1 transaction processing objective (guide section 8), so a
// question that asks how (or who, or asks for a description) and pairs in one clause
// an act of money processing with a money item of the client's, or names the close
// of a period, answers SOC 1 from the money item's area, as a control asked does
// (moneyControlOver). Questions of fact (how often, when, by which channel, in which
// currency), the price the vendor charges, what the product or the asker can do,
// and the same verbs over logs, code, tickets or data stay as they were.

// processAct holds the participles of an act of money processing.
var processAct = wordSet(nil,
	"deposited", "credited", "debited", "posted", "applied", "booked", "recorded", "calculated", "computed",
	"accrued", "allocated", "apportioned", "billed", "invoiced", "disbursed", "settled", "released",
	"remitted", "collected", "distributed", "deducted", "withheld", "amortised", "amortized", "capitalised",
	"capitalized", "netted", "cleared", "refunded", "reimbursed", "transferred", "expensed", "prorated",
	"levied", "banked", "lodged", "charged", "journalled", "journaled")

// processGerund holds the gerunds of the same acts: "the steps for disbursing
// settlement funds", "your process for crediting customer payments".
var processGerund = wordSet(nil,
	"depositing", "crediting", "debiting", "posting", "applying", "booking", "recording", "calculating",
	"computing", "accruing", "allocating", "apportioning", "invoicing", "disbursing", "settling", "releasing",
	"remitting", "distributing", "deducting", "withholding", "amortising", "amortizing", "capitalising",
	"capitalizing", "netting", "refunding", "reimbursing", "transferring", "expensing", "prorating", "levying",
	"banking", "lodging", "charging")

// periodWord holds the words of an accounting period whose close or cut-off is a
// money process by itself: "the books are closed", "month-end cut-off", "in the
// right period".
var periodWord = wordSet(nil, "books", "period", "periods", "month", "quarter", "year", "ledger", "ledgers", "gl")

// periodRight holds the words before "period" that put an item in its accounting
// period ("in the right period").
var periodRight = wordSet(nil, "right", "correct", "proper", "wrong", "same", "appropriate", "accounting")

// processOther holds the nouns that make a processing verb's object no money: a log,
// an alert, a ticket, a message, code or a release ("payment alerts closed").
var processOther = wordSet(nil, "alert", "alerts", "ticket", "tickets", "message", "messages", "notification",
	"notifications", "email", "emails", "log", "logs", "code", "build", "builds", "version", "versions", "patch",
	"patches", "incident", "incidents", "call", "calls", "case", "cases", "request", "requests")

// processFact holds the words of a sentence that asks a fact about the money item's
// processing rather than the processing itself: its currency or its method ("which
// currencies are payouts settled in", "settled by ACH or by wire").
var processFact = wordSet(nil, "currency", "currencies", "method", "methods", "channel", "channels")

// processAsker holds the pronouns of the asker: "how are we billed", "how do I pay"
// ask the asker's own terms or steps; "us" after requestVerb ("walk us through") is
// the one told.
var (
	processAsker = wordSet(nil, "we", "i", "us", "me")
	requestVerb  = wordSet(nil, "walk", "tell", "show", "give", "take")
)

// moneyProcessAsked reports whether a sentence of the line asks how, who, or what
// the process is, or asks for a description, and one of its clauses pairs a
// processing act (processAct, processGerund, "paid out") with a money word in its
// money sense other than the act itself, or names the close or cut-off of an
// accounting period (periodProcess); and the line is no question of fact
// (factAsked) and names no IT object, data or document of governance (plainMoney).
// It returns the index of the act or the period word.
func moneyProcessAsked(s *scratch) (int, bool) {
	if s.factAsked() || !s.plainMoney() {
		return 0, false
	}
	toks := s.toks
	asks, guarded := false, false
	pair := -1         // the act or the period word of a pair in the sentence
	act, obj := -1, -1 // in the current clause
	for k := range toks {
		t := &toks[k]
		if k > 0 && t.brk >= brkSentence {
			if asks && pair >= 0 && !guarded {
				return pair, true
			}
			asks, pair, guarded = false, -1, false
		}
		if k == 0 || t.brk >= brkClause {
			act, obj = -1, -1
		}
		w := t.text
		switch {
		case processAsks(toks, k):
			asks = true
		case processAsker[w] && !(w == "us" && k > 0 && requestVerb[toks[k-1].text]):
			guarded = true
		case processFact[w] || processOther[w] || capabilityWord[w] || factChannel[w]:
			guarded = true
		case w == "by" && methodNext(clauseNext(toks, k)) && !(k > 0 && arrivedBy[toks[k-1].text]):
			guarded = true
		}
		if processAct[w] || processGerund[w] || w == "paid" && clauseNext(toks, k) == "out" || w == "added" && addedToHolder(toks, k) {
			act = k
		}
		if _, ok := moneyWord(toks, k); ok && !processAct[w] && !processGerund[w] && w != "added" {
			obj = k
		}
		switch {
		case pair >= 0:
		case act >= 0 && obj >= 0:
			pair = act
		case periodProcess(toks, k):
			pair = k
		}
	}
	return pair, asks && pair >= 0 && !guarded
}

// addedHolder holds the nouns that hold money an amount is added to: "interest added
// to customer balances", "fees added to the invoice".
var addedHolder = wordSet(nil, "account", "accounts", "balance", "balances", "invoice", "invoices", "statement",
	"statements", "ledger", "ledgers", "bill", "bills", "total", "totals", "payslip", "payslips", "paycheck",
	"paychecks", "wallet", "wallets", "pay", "premium", "premiums", "fund", "funds")

// addedToHolder reports whether "added" at k is followed, in its clause, by "to",
// "into" or "onto" and an addedHolder within three words: an amount added to an
// account is processed, where users or steps added to a system are not.
func addedToHolder(toks []token, k int) bool {
	for j := k + 1; j < len(toks) && j <= k+2 && toks[j].brk < brkClause; j++ {
		switch toks[j].text {
		case "to", "into", "onto":
			for i := j + 1; i < len(toks) && i <= j+3 && toks[i].brk < brkClause; i++ {
				if addedHolder[toks[i].text] {
					return true
				}
			}
			return false
		}
	}
	return false
}

// methodNext holds the words after "by" that name how money moves, not who moves it.
func methodNext(w string) bool {
	switch w {
	case "ach", "wire", "wires", "card", "cards", "cheque", "check", "cheques", "checks", "transfer", "direct":
		return true
	}
	return false
}

// arrivedBy holds the verbs of a payment's arrival before "by" and its method:
// "payments received by wire" says which payments a process handles, where "settled
// by ACH" asks how they move.
var arrivedBy = wordSet(nil, "received", "receipted", "made", "sent", "submitted", "tendered")

// processAsks reports whether toks[k] opens the ask of a money process: "how" not
// asking a figure or a time ("how often", "how long"), "who", "what" before a
// process or its steps, or a request for a description opening its sentence
// ("Describe", "Explain", "Walk us through").
func processAsks(toks []token, k int) bool {
	switch w := toks[k].text; {
	case w == "how":
		return !howFigure[clauseNext(toks, k)]
	case w == "who":
		return true
	case w == "what":
		// "what is your process for", "what are the steps to".
		for j := k + 1; j < len(toks) && j <= k+3 && toks[j].brk < brkClause; j++ {
			if t := toks[j].text; t == "process" || t == "steps" || t == "workflow" {
				return true
			}
		}
		return false
	case k == 0 || toks[k].brk >= brkSentence || k == 1 && itemNumber(toks[0].text):
		return w == "describe" || w == "explain" || w == "outline" || w == "walk" || w == "detail"
	}
	return false
}

// periodProcess reports whether toks[k] ends the words of a period's close or
// cut-off: "closed" or "close" beside a period word in its clause ("the books are
// closed", "the month-end close"), "cut off" or "cutoff" beside one, or "period"
// after a word that makes it the right one ("in the right period").
func periodProcess(toks []token, k int) bool {
	w := toks[k].text
	switch {
	case w == "period" && k > 0 && toks[k].brk < brkClause && periodRight[toks[k-1].text]:
		return true
	case w == "closed" || w == "close" || w == "closing" || w == "cutoff" || w == "off" && k > 0 && toks[k-1].text == "cut":
		lo, hi := clauseSpan(toks, k)
		for j := lo; j < hi; j++ {
			if periodWord[toks[j].text] {
				return true
			}
		}
	}
	return false
}

// moneyProcessArea returns the area of a question that asks how a money process is
// performed (moneyProcessAsked) when the area catalogue alone does not decide it:
// the money item's area, as for a control asked (moneyControlOver), or transaction
// processing for the close of a period that names no money item.
func moneyProcessArea(s *scratch, qtext string) (int, string, bool) {
	at, ok := moneyProcessAsked(s)
	if !ok {
		return 0, "", false
	}
	if best, _, ok := vocabAnswers(s, qtext); ok && !recordSense(s, best) {
		return 0, "", false
	}
	var add [maxAreas]float32
	mark := len(s.mhits)
	n, first := moneyObjects(s.toks, qtext, &add, &s.mhits)
	if n == 0 {
		add[areaTransactions] += moneyWeight
		if t := &s.toks[at]; t.end <= len(qtext) {
			first = qtext[t.start:t.end]
			s.mhits = append(s.mhits, moneyHit{area: int8(areaTransactions), from: int32(t.start), to: int32(t.end)})
		}
	}
	best, ok := moneyAreaBest(s, &add)
	if !ok {
		s.mhits = s.mhits[:mark] // the scores were not kept
	}
	return best, first, ok
}

const moneyProcessReason = "The question asks how a money process is performed for the client (an item deposited, credited, posted, accrued, disbursed or settled, or a period closed): the recording of the client's transactions is SOC 1 transaction processing."
