package triage

// A line of business named by "insurance": the asker or its customers work in it
// ("a prospect in insurance", "we are an insurance carrier", "insurance clients"),
// which is no cover the respondent holds. The insurance rule reads the word as cover
// (an insurance certificate), and the structure around it, not the word, tells the
// two apart: a noun of a business or a market after it, or "in" before it. The
// tokenizer reads such a word as "sector", so no rule of cover fires on it, while
// "customers … in insurance" still names the customers' sector.

// readSectors reads "insurance" as "sector" where it names a line of business:
//
//   - before a noun of organisations or markets (sectorHead: "insurance carrier",
//     "insurance clients", "insurance industry"), unless the respondent owns it
//     ("your insurance carrier" is its insurer);
//   - after "in" or "in the" ("customers in insurance"), unless an amount stands
//     before ("$5M in insurance").
//
// A word of cover within senseWindow words ("insurance carrier … policy limits",
// "coverage", "certificate") keeps the word's own sense.
func (s *scratch) readSectors() {
	for k := range s.toks {
		t := &s.toks[k]
		if t.text != "insurance" || !sectorAt(s.toks, k) || nearAny(coverCue, s.toks, k) {
			continue
		}
		s.reads = append(s.reads, readAs{start: t.start, end: t.end, read: "sector"})
		t.text = "sector"
		s.reread(t)
	}
}

// sectorAt reports whether the word at toks[k] names a line of business by its
// place: before a sectorHead noun with no owner of the respondent's before it, or
// after "in" (or "in the") with no amount before that.
func sectorAt(toks []token, k int) bool {
	if headAfter(toks, k) {
		for j := k - 1; j >= 0 && j >= k-2 && toks[j+1].brk == brkNone; j-- {
			if w := toks[j].text; respondentOwner(w) || ownerPronoun[w] || w == "the" && insurerHead[toks[k+1].text] {
				return false // "your insurance carrier", "Who is the insurance broker?"
			}
		}
		return true
	}
	j := k - 1
	if j >= 0 && toks[j].text == "the" && toks[j+1].brk == brkNone {
		j--
	}
	if j < 0 || toks[j].text != "in" || toks[j+1].brk != brkNone {
		return false
	}
	return j == 0 || !amountWord(toks[j-1].text)
}

// headAfter reports whether a sectorHead noun follows toks[k], straight after it or
// past a list of other lines of business ("insurance and banking clients",
// "insurance, pensions or wealth firms").
func headAfter(toks []token, k int) bool {
	for j := k + 1; j < len(toks) && j <= k+6 && toks[j].brk == brkNone; j++ {
		w := toks[j].text
		switch {
		case sectorHead[w]:
			return true
		case w != "and" && w != "or" && !otherSector[w]:
			return false
		}
	}
	return false
}

// amountWord reports whether w ends an amount: a figure or its unit ("$5M in
// insurance", "5 million in insurance").
func amountWord(w string) bool {
	if w == "" || isASCIIDigit(w[0]) {
		return true
	}
	switch w {
	case "m", "mm", "k", "million", "millions", "billion", "thousand", "usd", "eur", "gbp", "dollars", "pounds", "euros":
		return true
	}
	return false
}

var (
	// sectorHead holds the nouns of organisations and markets a line of business
	// names: "insurance carrier", "insurance clients", "insurance sector".
	sectorHead = map[string]bool{"industry": true, "industries": true, "sector": true,
		"sectors": true, "vertical": true, "verticals": true, "market": true, "markets": true,
		"space": true, "segment": true, "segments": true, "client": true, "clients": true,
		"customer": true, "customers": true, "prospect": true, "prospects": true,
		"company": true, "companies": true, "carrier": true, "carriers": true, "broker": true,
		"brokers": true, "brokerage": true, "brokerages": true, "agency": true, "agencies": true,
		"firm": true, "firms": true, "business": true, "businesses": true, "institution": true,
		"institutions": true, "organisation": true, "organisations": true, "organization": true,
		"organizations": true, "provider": true, "providers": true, "sponsor": true,
		"group": true, "groups": true, "syndicate": true, "syndicates": true, "mutual": true,
		"mutuals": true}
	// otherSector holds the lines of business listed beside insurance before their
	// noun: "insurance and banking clients".
	otherSector = map[string]bool{"banking": true, "healthcare": true, "health": true,
		"finance": true, "financial": true, "retail": true, "government": true, "public": true,
		"pension": true, "pensions": true, "wealth": true, "lending": true, "mortgage": true,
		"credit": true, "investment": true, "legal": true, "education": true,
		"manufacturing": true, "energy": true, "utilities": true, "telecom": true,
		"reinsurance": true, "services": true}
	// insurerHead holds the nouns of one insurer or its agent: "the insurance
	// broker" is the one the respondent deals with, while "the insurance sector"
	// is a line of business.
	insurerHead = map[string]bool{"company": true, "carrier": true, "broker": true,
		"brokerage": true, "agency": true, "firm": true, "provider": true}
	// ownerPronoun holds the pronouns that, beside respondentWords, make an insurer
	// the respondent's own: "its insurance company", "their insurance broker".
	// Another's "'s" is no owner of the respondent's ("a Lloyd's insurance
	// syndicate").
	ownerPronoun = map[string]bool{"its": true, "their": true}
	// coverCue holds the words of cover that keep "insurance" cover beside them.
	coverCue = func() []alt {
		var out []alt
		for _, w := range []string{"coverage", "cover", "covered", "policy", "policies",
			"limit", "limits", "certificate", "certificates", "proof", "carry", "carries",
			"maintain", "maintains", "hold", "holds", "cyber", "liability", "indemnity",
			"premium", "underwrite", "underwrites", "underwritten", "bond", "errors",
			"omissions", "umbrella", "insured", "claim"} {
			out = append(out, newAlt(w, false))
		}
		return out
	}()
)
