package triage

// Classification of one question: its parts, its heading, bare fragments and the
// fields of a form, before the fired rules are built into a verdict.

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Confidence given to a verdict read with its heading: a bare fragment ("Encryption?").
const headingDiscount = 0.6

// The default type, when a question names none (guide section 3).
var defaultType = Evidence{Rule: "default_type2", Reason: "Buyers expect a Type 2 report unless they say otherwise."}

// Evidence added when the heading took part in a verdict: "heading" when a fragment was
// read with it, "heading_soc1" when it narrowed both reports to SOC 1.
var (
	headingFragment = Evidence{Rule: "heading", Reason: "The question is a bare fragment, so it was read with its section heading."}
	headingSOC1     = Evidence{Rule: "heading_soc1", Reason: "The section heading frames the questionnaire as the asker's own financial-audit reliance: SOC 1 alone, of the two reports the question supports."}
)

// Classify triages one question on its own words. Its Section is context, never a
// source: it never adds a report, criterion, category, type or artifact the question's
// text gives no ground for. Where the question itself supports both reports (a control
// over a financial system), a heading that frames the questionnaire as the asker's own
// SOX or ICFR reliance chooses SOC 1 alone. Only a bare fragment ("Encryption?",
// "Backups") is answered from its heading, and its evidence says so.
//
// Headings do not reorder criteria either: questionnaire headings are broad ("Risk
// Management", "Network Security"), and letting them rank criteria put the broad
// criterion ahead of the one the question asks about more often than not.
func (e *Engine) Classify(q Question) Verdict {
	v, info := e.classify(q, false)
	if first := questionEnd(q.Text, 0); first < 0 || questionEnd(q.Text, first+1) < 0 {
		if info.hidden {
			v = e.uniteAsks(q.Text, v, info.soc1, info.framedLetter, info.soc2Named)
		}
		return v
	}
	// Two questions on one line ("Do you encrypt backups? Do you have a SOC 1 for
	// payroll?"): the verdict of the whole keeps the context the parts share, and
	// each part adds what it needs on its own, which the tiers of the whole may have
	// hidden (a named SOC 1 outranks the backup question's SOC 2).
	lineNamed := "" // the report the line names, as its own words decided it
	if info.named {
		lineNamed = v.Report
	}
	for rest := q.Text; rest != ""; {
		i := questionEnd(rest, 0)
		part := rest
		if i >= 0 && strings.TrimSpace(rest[i+1:]) != "" {
			part, rest = rest[:i+1], rest[i+1:]
		} else {
			rest = ""
		}
		named := "" // the line names its report: a part asking back its scope takes the verdict's report as it stands
		if info.named {
			named = v.Report
		}
		p, pinfo, ok := e.classifyPart(part, v, info.soc1, named)
		if !ok || !pinfo.ruled && v.Report == ReportSOC1 && compensatingAsked(part) {
			// "What compensating control applies at night?" after a split of duties
			// asks about that control.
			continue
		}
		p = asContent(p, part, lineNamed, info.soc2Named)
		if !info.soc1 && processingOfTheLine(v, p) && sharesArea(pinfo.scored, v.SOC1Areas) {
			continue
		}
		if !info.soc1 && v.Report == ReportSOC1 && p.Report == ReportSOC2 && (pinfo.moneyWords || !pinfo.ruled && oversightOnly(p.Criteria)) &&
			(refersBack(part) || sharesArea(pinfo.scored, v.SOC1Areas)) {
			// "Is the commission engine's output reviewed before payout? Is that an
			// independent review?": the oversight of the line's money process.
			v.Evidence = append(v.Evidence, moneyPartEvidence)
			continue
		}
		if !info.soc1 && v.Report == ReportBoth && len(v.SOC1Areas) > 0 && hasPI(p) && sharesArea(pinfo.scored, v.SOC1Areas) {
			// "Payroll files go to our bank. Are they encrypted, and are their totals
			// confirmed received complete?": the completeness of the line's money
			// data is its SOC 1 half, not processing integrity.
			if p = withoutPI(p); len(p.Criteria) == 0 && p.Report == ReportSOC2 {
				continue
			}
		}
		v = unite(v, p)
	}
	return v
}

// hasPI reports whether p cites a processing integrity criterion.
func hasPI(p Verdict) bool {
	for _, c := range p.Criteria {
		if CategoryOf(c) == CatProcessingIntegrity {
			return true
		}
	}
	return false
}

// withoutPI returns p without its processing integrity criteria and category. p is
// the fresh verdict of one part: its slices are its own and are filtered in place.
func withoutPI(p Verdict) Verdict {
	p.Criteria = slices.DeleteFunc(p.Criteria, func(c string) bool { return CategoryOf(c) == CatProcessingIntegrity })
	p.Categories = slices.DeleteFunc(p.Categories, func(c string) bool { return c == CatProcessingIntegrity })
	return p
}

// processingOfTheLine reports whether p, the verdict of one question of a line, asks
// only the completeness or accuracy of processing (SOC 2 processing integrity) while
// the whole line, v, is a financial process (SOC 1 from its topic: the caller leaves
// out a line that names a SOC 1). When the question's own words are also some of
// those of the line's SOC 1 areas (sharesArea: rejected records, control totals of
// an interface), it follows up on the line's money data ("How do you load our
// eligibility files? Are rejected records sent back to us?"), and the accuracy of
// financial processing is SOC 1 (guide section 8), as areaReport reads it within one
// question; a question with a subject of its own (a web form's input) is not.
func processingOfTheLine(v, p Verdict) bool {
	if v.Report != ReportSOC1 || p.Report != ReportSOC2 || len(p.Criteria) == 0 {
		return false
	}
	for _, c := range p.Criteria {
		if CategoryOf(c) != CatProcessingIntegrity {
			return false
		}
	}
	return true
}

// sharesArea reports whether the words of a part score in the area vocabulary for one
// of areas (names from AllSOC1Areas): scored holds the part's areas as classify read
// them (askInfo.scored).
func sharesArea(scored uint16, areas []string) bool {
	for _, a := range areas {
		if i := slices.Index(AllSOC1Areas, a); i >= 0 && scored&(1<<uint(i)) != 0 {
			return true
		}
	}
	return false
}

// scoredAreas returns the SOC 1 areas (bit k for AllSOC1Areas[k]) the question's own
// words scored in the area vocabulary, read from s right after the pass that scored
// them.
func scoredAreas(s *scratch) uint16 {
	var m uint16
	for ai, v := range s.area {
		if v > 0 {
			m |= 1 << uint(ai)
		}
	}
	return m
}

// followUp reports whether a part of a line opens as a condition on the answer to the
// question before it ("If yes, …", "If not, …", "If so, …", "Otherwise, …"): what it
// asks (a compensating control, a description) is about that question's subject. The
// answer column a form prints between the two ("Yes/No — if yes, …", "Y/N. If not,
// …") is skipped.
func followUp(part string) bool {
	var f fieldScan
	f.text = part
	w, ok := f.next()
	for ok && answerColumn(w) {
		w, ok = f.next()
	}
	if !ok {
		return false
	}
	switch strings.Trim(w, openerPunct) {
	case "otherwise":
		return true
	case "if":
	default:
		return false
	}
	w, ok = f.word(answerPunct)
	return ok && followUpAnswer[w]
}

// followUpAnswer holds the words after "if" that condition a part on the answer to
// the question before it.
var followUpAnswer = map[string]bool{"yes": true, "so": true, "not": true, "no": true,
	"applicable": true, "any": true, "none": true}

// compensatingAsked reports whether part asks for a compensating or mitigating
// control: with no rule of its own, it asks about the control of the question before
// it ("Can the clerk who enters an invoice also approve it? What compensating control
// applies on the night shift?" is that split of duties).
func compensatingAsked(part string) bool {
	var f fieldScan
	f.text = part
	prev := false // the field before was compensating or mitigating
	for w, ok := f.next(); ok; w, ok = f.next() {
		if prev && strings.HasPrefix(w, "control") {
			return true
		}
		prev = strings.HasPrefix(w, "compensat") || strings.HasPrefix(w, "mitigat")
	}
	return false
}

// causeFixWords are the words of a question that asks only why something happened or
// whether it was put right, with no subject of its own: "What was the root cause and
// has it been fixed?", "Why did they happen, and how were they corrected?", "what
// was management's response?" after exceptions a report noted.
var causeFixWords = map[string]bool{
	"root": true, "cause": true, "causes": true, "caused": true, "why": true, "happen": true,
	"happened": true, "occur": true, "occurred": true, "fix": true, "fixed": true,
	"remediate": true, "remediated": true, "remediation": true, "resolve": true,
	"resolved": true, "correct": true, "corrected": true, "addressed": true, "it": true,
	"they": true, "them": true, "how": true, "did": true, "now": true, "since": true,
	"yet": true, "status": true, "complete": true, "completed": true,
	"response": true, "responses": true, "respond": true, "responded": true,
	"management": true, "management's": true, "managements": true, "mgmt": true,
}

// causeFixFiller holds the causeFixWords that may stand in such a question but do
// not by themselves ask for a cause or a fix: "how did it …", "… since then", "yet".
var causeFixFiller = map[string]bool{"it": true, "they": true, "them": true, "how": true,
	"did": true, "now": true, "since": true, "yet": true, "management": true,
	"management's": true, "managements": true, "mgmt": true}

// causeOrFixOnly reports whether part is made only of words that ask why something
// happened or whether it was put right: every word (punctuation trimmed) is a
// skipped word, "been", "was", "were" or one of causeFixWords, and at least one is
// not causeFixFiller ("What was the root cause and has it been fixed?"). It does not
// look at the text around part: the caller drops such a part, whose subject is what
// the sentence before it spoke of (a deviation a report noted is that control, not
// an incident of its own).
func causeOrFixOnly(part string) bool {
	var f fieldScan
	f.text = part
	asked := false
	for w, ok := f.word(sentencePunct); ok; w, ok = f.word(sentencePunct) {
		switch {
		case w == "" || isSkipWord(w) || w == "been" || w == "was" || w == "were":
		case causeFixWords[w]:
			asked = asked || !causeFixFiller[w]
		default:
			return false
		}
	}
	return asked
}

// The punctuation the checks on a line's parts trim from a field before they read its
// word, from the set that trims least to the one that trims most. Each check keeps
// the set it was written with, since they differ on real lines:
//
//   - listPunct: the words asks and askerPurpose look ahead to ("state when", "need
//     to assess"); a dash stays, so "to—" is not "to".
//   - openerPunct: a part's first word (asks, followUp): a dash and brackets go
//     ("—if", "(Otherwise"), a full stop stays, so "Otherwise." alone opens no
//     condition.
//   - answerPunct: the word after "if" ("If yes.", "If not,"); a question mark
//     stays, so "If yes?" is a question of its own, not a condition.
//   - askedPunct: the words of a question about the report named before
//     (scopeAskedBack): "Does it cover?" asks back.
//   - sentencePunct: every word of a question that asks only a cause or a fix
//     (causeOrFixOnly), down to its last mark: "Why?!"; and the words of a
//     question that points back by a pronoun (pointsBack): "Can you send it?".
//
// compensatingAsked trims nothing: it reads how a field begins ("controls?"), so a
// bracket before "compensating" hides it.
//
// The checks read fields as written, not the tokens of scratch.tokenize: the tokens
// are the words as the rules read them (abbreviations expanded, slips corrected,
// "have" closing a question read as "hold", letters split from digits and from
// hyphens), while these checks need the written field: an answer column
// ("Yes/No", "(Y/N)") or a dash is one field of its own, and "root-cause" is one
// word, not the two tokens of "root cause".
const (
	listPunct     = ",:;()\"'"
	openerPunct   = ",:;-–—()\"'"
	answerPunct   = openerPunct + "."
	askedPunct    = answerPunct + "?"
	sentencePunct = askedPunct + "!"
)

// fieldScan reads the fields of a text (runs of non-space characters, as
// strings.Fields splits them) one at a time, lower-cased in ASCII into its own
// buffer, so that the checks above need no allocation. A field is valid until the
// next call; one longer than the buffer is returned as written.
type fieldScan struct {
	text string
	i    int
	buf  [48]byte
}

// word returns the next field with the punctuation in cut trimmed from both ends
// (empty for a field of punctuation alone), or false at the end of the text.
func (f *fieldScan) word(cut string) (string, bool) {
	w, ok := f.next()
	return strings.Trim(w, cut), ok
}

// next returns the next field, or false at the end of the text.
func (f *fieldScan) next() (string, bool) {
	for f.i < len(f.text) {
		r, n := rune(f.text[f.i]), 1
		if r >= utf8.RuneSelf {
			r, n = utf8.DecodeRuneInString(f.text[f.i:])
		}
		if !unicode.IsSpace(r) {
			break
		}
		f.i += n
	}
	if f.i >= len(f.text) {
		return "", false
	}
	start := f.i
	for f.i < len(f.text) {
		r, n := rune(f.text[f.i]), 1
		if r >= utf8.RuneSelf {
			r, n = utf8.DecodeRuneInString(f.text[f.i:])
		}
		if unicode.IsSpace(r) {
			break
		}
		f.i += n
	}
	w := f.text[start:f.i]
	if len(w) > len(f.buf) {
		return w, true
	}
	upper := false
	for k := 0; k < len(w); k++ {
		c := w[k]
		upper = upper || c >= 'A' && c <= 'Z'
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		f.buf[k] = c
	}
	if !upper {
		return w, true
	}
	return bytesToString(f.buf[:len(w)]), true
}

// uniteAsks adds to v, the verdict of a whole question whose document or report
// request may have hidden another ask (see hidesAsk), what each of its parts that asks something
// needs on its own: "Do you encrypt data in transit? Also, attach your ISO 27001
// certificate." is the control (SOC 2, CC6.7) and the certificate. Parts are
// sentences, and clauses that "and" or "also" joins to a new ask ("Attach the
// certificate and describe how access is reviewed"). A part that does not ask (the
// asker's context: "We store PHI.") adds nothing. soc1 reports whether the line
// names, refuses or holds a SOC 1, which each part keeps (see classify). framed
// reports a bridge letter's line that the asker's reliance frames (hidesAsk): the
// report a part asks for is the SOC 1 the framing makes it (framedReport), unless
// the part names a SOC 2 ("… we will need a bridge letter. Please also send the SOC
// 2 for our security team."). soc2Named reports whether the line names a SOC 2: if
// not, a part about the contents of the SOC 1 it names is that report's (asContent).
func (e *Engine) uniteAsks(text string, v Verdict, soc1, framed, soc2Named bool) Verdict {
	report, named := v.Report, ""
	if report == ReportSOC1 || report == ReportSOC2 {
		named = report
	}
	for start := 0; start < len(text); {
		end := nextPart(text, start)
		for end < len(text) && !asks(text[start:end]) && joinedAsk(text, end) {
			// "The billing system, who can change its set-up and is it approved
			// first?": the words before "and" are the subject of the ask after it.
			end = nextPart(text, end)
		}
		if part := text[start:end]; asks(part) && (start > 0 || end < len(text)) {
			if p, pinfo, ok := e.classifyPart(part, v, soc1, named); ok {
				if !pinfo.ruled && p.Report != ReportNone {
					// Only the vocabularies read a control into the part ("and confirm
					// your regulatory status"): no rule knows a practice it asks about,
					// so it is answered in writing beside the document.
					p = Verdict{Report: ReportNone, Artifacts: []string{"custom_answer"}}
				}
				if framed && p.Report != ReportNone && !pinfo.soc2Named {
					p = framedReport(p)
				}
				p = asContent(p, part, named, soc2Named)
				v = unite(v, p)
			}
		}
		start = end
	}
	if v.Report != report {
		v.Evidence = append(v.Evidence, compoundAsk)
	}
	return v
}

// classifyPart classifies one part of a line, as Classify and uniteAsks read the
// parts of a line whose verdict so far is v: soc1 is whether the line names, refuses
// or holds a SOC 1 (see classify), and named the report the line names, by which a
// part that asks back its scope is answered ("Does it cover …?", see scopeAskedBack),
// or "" for none. ok is false for a part that adds nothing of its own:
//
//   - it asks only why something happened or whether it was put right ("What was the
//     root cause?" after a deviation asks about that deviation, even though a rule
//     reads "root cause" as an incident's), whether or not a rule fired on it;
//   - no rule fired and it opens as a condition on the answer before it ("If yes,
//     what is the compensating control?"), so it asks about that question, or it asks
//     by a pronoun for what the line asked ("Can you transmit it?", see pointsBack);
//   - it is a fact the whole line's document answers ("Will you handle PHI for us?
//     Will you sign our BAA?"): its rule, overridden on the whole line, does not come
//     back through its part (writtenBesideDocument).
func (e *Engine) classifyPart(part string, v Verdict, soc1 bool, named string) (p Verdict, info askInfo, ok bool) {
	if causeOrFixOnly(part) {
		return p, info, false
	}
	p, info = e.classify(Question{Text: part}, soc1)
	if !info.ruled && (followUp(part) || pointsBack(part)) || writtenBesideDocument(p, v) {
		return p, info, false
	}
	if named != "" && scopeAskedBack(part) {
		p = toNamedReport(p, named)
	}
	return p, info, true
}

// joinedAsk reports whether nextPart ended a part at i before "and", not at the end of
// a sentence or a part label. "Also" and "plus" add an ask to a request that need not
// open like one ("Need the audited accounts, also confirm …"): each is its own part.
func joinedAsk(text string, i int) bool {
	w, _ := nextWord(text, i)
	return w == "and"
}

// writtenBesideDocument reports whether p, the verdict of one part of a line, is only a
// written answer while the whole line, v, is answered by a document: "What
// certifications do you hold? Please attach the ISO 27001 certificate." is answered by
// the certificate. A fact the whole line asks keeps its written answer, since the rule
// that asks it fires on the whole line too; one whose rule the whole line vetoes (the
// certificate named) does not come back through its part.
func writtenBesideDocument(p, v Verdict) bool {
	if p.Report != ReportNone || len(p.Artifacts) != 1 || p.Artifacts[0] != "custom_answer" {
		return false
	}
	for _, a := range v.Artifacts {
		if a != "custom_answer" {
			return true
		}
	}
	return false
}

// compoundAsk is the evidence of a line that asks a control question beside a request
// for a document or a report.
var compoundAsk = Evidence{Rule: "compound_ask", Reason: "The line asks a control question as well as for a document or a report: each part is answered, the documents sent beside the report.", Matched: []string{}}

// questionEnd returns the index of the first question mark of text at or after from
// that ends a question, or -1: one that closes a bracketed aside ("… a bank account
// (call-back to a known number?) before it pays …") leaves the sentence going on.
func questionEnd(text string, from int) int {
	for i := from; i < len(text); i++ {
		k := strings.IndexByte(text[i:], '?')
		if k < 0 {
			return -1
		}
		if i += k; !inAside(text, i) {
			return i
		}
	}
	return -1
}

// inAside reports whether the mark at i closes a bracketed aside: a closing bracket
// follows it, spaces aside.
func inAside(text string, i int) bool {
	j := i + 1
	for j < len(text) && (text[j] == ' ' || text[j] == '?' || text[j] == '!') {
		j++
	}
	return j < len(text) && text[j] == ')'
}

// nextPart returns where the part of text that begins at from ends: after the end of a
// sentence (? ! ; a line end, or a full stop before a capital letter or a digit: "e.g.
// encryption" and "v1.2" go on), or before "and", "also" or "plus" when the next word
// opens a new ask ("… in transit, and can you attach …"), or before a part label
// ("(b)", "b)", "2)", "ii.", "Part B:") when the word after it opens a new ask
// ("(a) attach your SOC 2 (b) describe how …"). A label that only lists options or
// answers ("(a) Yes (b) No", "use (a) AES (b) 3DES") or follows a reference
// ("Section 2(a)", "clause (b) of") ends no part.
func nextPart(text string, from int) int {
	words := 0
	for i := from; i < len(text); i++ {
		switch c := text[i]; {
		case (c == '?' || c == '!') && inAside(text, i):
			// An aside's own question mark ("(a call-back?)"): the sentence goes on.
		case c == '?' || c == '!' || c == ';' || c == '\n':
			return i + 1
		case c == '.':
			j := i + 1
			for j < len(text) && text[j] == ' ' {
				j++
			}
			if j > i+1 && j < len(text) && (text[j] >= 'A' && text[j] <= 'Z' || text[j] >= '0' && text[j] <= '9') {
				return i + 1
			}
		case c == ' ' || c == ',':
		case i == from || text[i-1] == ' ' || text[i-1] == ',':
			// A word begins at i.
			if words > 0 {
				if n := partLabel(text, i); n > 0 && !afterReference(text, from, i) && opensAsk(text, i+n) {
					return i
				}
			}
			w, rest := nextWord(text, i)
			if words > 0 && (w == "and" || w == "also" || w == "plus") && opensAsk(text, rest) {
				return i
			}
			words++
		}
	}
	return len(text)
}

// opensAsk reports whether the first word at or after i (spaces skipped) opens a new
// ask: an ask opener, "shall", "must", or a verb of a list (listVerb). Up to two
// joining words before it ("and separately describe", "and in addition list") are
// read past: they join the ask, they do not open a statement.
func opensAsk(text string, i int) bool {
	next, after := nextWord(text, skipSpace(text, i))
	for n := 0; n < 2 && next != "and" && linkWord[next]; n++ {
		next, after = nextWord(text, skipSpace(text, after))
	}
	return askOpener(next) || next == "shall" || next == "must" || listVerb(next, text, after)
}

// partLabel returns the length of the label of a lettered or numbered part that begins
// text at i, up to the space after it ("(a) ", "b) ", "2) ", "ii. ", "Part B: "), or 0.
// A label is one letter, a roman numeral up to x or a number of one or two digits, in
// brackets or before a closing bracket; a roman numeral may close with a full stop
// instead, and after "Part" any of them with a colon or a dash.
func partLabel(text string, i int) int {
	j := i
	if c := text[i]; c == 'P' || c == 'p' {
		if len(text) < i+5 || !strings.EqualFold(text[i:i+5], "part ") {
			return 0
		}
		j = i + 5
		k := j
		for k < len(text) && (isASCIILetter(text[k]) || isASCIIDigit(text[k])) {
			k++
		}
		if !labelCore(text[j:k]) || k >= len(text) {
			return 0
		}
		if strings.HasPrefix(text[k:], " -") || strings.HasPrefix(text[k:], " –") || strings.HasPrefix(text[k:], " —") {
			k++ // "Part B - explain …"
		}
		switch {
		case text[k] == ':' || text[k] == '-' || text[k] == '.' || text[k] == ')':
			return labelEnd(text, k+1, i)
		case strings.HasPrefix(text[k:], "–") || strings.HasPrefix(text[k:], "—"):
			return labelEnd(text, k+len("–"), i)
		}
		return 0
	}
	open := text[j] == '('
	if open {
		j++
	}
	k := j
	for k < len(text) && (isASCIILetter(text[k]) || isASCIIDigit(text[k])) {
		k++
	}
	if k == j || k >= len(text) || !labelCore(text[j:k]) {
		return 0
	}
	switch text[k] {
	case ')':
		return labelEnd(text, k+1, i)
	case '.':
		if !open && romanNumeral(text[j:k]) {
			return labelEnd(text, k+1, i)
		}
	}
	return 0
}

// labelEnd returns the length of a label from start that closed before k, when a space
// follows it, or 0.
func labelEnd(text string, k, start int) int {
	if k >= len(text) || text[k] != ' ' {
		return 0
	}
	return k - start
}

// labelCore reports whether w can name a part: one letter, a lower-case roman numeral
// up to x, or a number of one or two digits.
func labelCore(w string) bool {
	switch {
	case len(w) == 1:
		return true
	case romanNumeral(w):
		return true
	case len(w) == 2:
		return isASCIIDigit(w[0]) && isASCIIDigit(w[1])
	}
	return false
}

func romanNumeral(w string) bool {
	switch w {
	case "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x":
		return true
	}
	return false
}

// afterReference reports whether the word before i (from on) names a place in a
// document ("Section (a)", "clause b)"), so a label at i is a reference, not a part.
func afterReference(text string, from, i int) bool {
	j := i
	for j > from && (text[j-1] == ' ' || text[j-1] == ',') {
		j--
	}
	k := j
	for k > from && isASCIILetter(text[k-1]) {
		k--
	}
	return referenceNoun[strings.ToLower(text[k:j])]
}

var referenceNoun = map[string]bool{
	"section": true, "sections": true, "clause": true, "clauses": true, "article": true,
	"paragraph": true, "subsection": true, "item": true, "items": true, "question": true,
	"annex": true, "appendix": true, "schedule": true, "exhibit": true, "part": true,
	"rule": true, "regulation": true, "step": true, "point": true, "line": true,
}

// nextWord returns the lower-cased word of letters at i and the index after it.
func nextWord(text string, i int) (string, int) {
	j := i
	for j < len(text) && isASCIILetter(text[j]) {
		j++
	}
	return strings.ToLower(text[i:j]), j
}

func skipSpace(text string, i int) int {
	for i < len(text) && (text[i] == ' ' || text[i] == ',') {
		i++
	}
	return i
}

// listVerb reports whether "state" or "list", a noun as often as a verb ("federal
// and state law"), is a request here: a question word or a determiner follows it
// ("and state when it was last tested", "and list the subprocessors").
func listVerb(w, text string, after int) bool {
	if w != "state" && w != "list" {
		return false
	}
	next, _ := nextWord(text, skipSpace(text, after))
	return wordAfterListVerb[next]
}

var wordAfterListVerb = map[string]bool{
	"when": true, "whether": true, "how": true, "if": true, "what": true, "which": true,
	"who": true, "where": true, "why": true, "the": true, "your": true, "all": true,
	"any": true, "each": true, "every": true,
}

// asks reports whether a part asks something of the respondent: its first word,
// after a linking word ("Also, please attach …", "Additionally, do you …"), is a
// question word or a request.
//
// A part that ends in a question mark asks ("TLS 1.2 in transit?"), and so does a
// requirement put on the respondent with "shall" or "must" ("The contractor shall
// encrypt …"), unless the asker speaks of itself ("We must keep …").
//
// The splitter has a test of its own (split's asks) and the two are kept apart on
// purpose: the splitter asks whether a pasted line begins an item, so a question
// mark anywhere in it or a request after a lead counts ("Pen test: are tests run?
// Yes/No", "As part of our review, provide …"); here a part of one question asks by
// how it opens or ends, and a duty put on the respondent counts ("… and must report
// any unauthorised disclosure"), since a control statement asks that way. One line
// in seventeen of the labelled sets reads differently under the two, so neither can
// stand in for the other without changing splits or verdicts.
func asks(part string) bool {
	if strings.HasSuffix(strings.TrimSpace(part), "?") {
		return true
	}
	first := ""
	fields := strings.Fields(part)
	for k, f := range fields {
		w := strings.ToLower(strings.Trim(f, openerPunct))
		if w == "" || (first == "" && (linkWord[w] || itemNumber(w) || labelField(f, fields, k))) {
			continue
		}
		if first == "" {
			first = w
			if w == "state" || w == "list" {
				return k+1 < len(fields) && wordAfterListVerb[strings.ToLower(strings.Trim(fields[k+1], listPunct))]
			}
			if askOpener(w) {
				return true
			}
			if asker[w] {
				// "We need the SOC 2 …" asks; "We store PHI." states the asker's context,
				// and so does the purpose of a request ("we need to assess your
				// stability", see askerPurpose).
				for j, f := range fields[k+1:] {
					if v := strings.ToLower(strings.Trim(f, listPunct)); v != "also" {
						if askerRequest[v] {
							return !askerPurpose(fields[k+2+j:])
						}
						break
					}
				}
				return (w == "our" || w == "my") && reviewerNeeds(fields[k+1:], 3)
			}
			if askerTeam[w] {
				return reviewerNeeds(fields[k+1:], 0)
			}
			if w == "the" && reviewerNeeds(fields[k+1:], 3) {
				return true // "The auditors require …": whose they are goes without saying
			}
		}
		if w == "shall" || w == "must" {
			return true
		}
	}
	return false
}

// itemNumber reports whether w, the first word of a part, is a questionnaire's item
// number ("L.3", "4.2", "HFIN-02", "2(a)") rather than the ask's first word: it holds a
// digit.
func itemNumber(w string) bool {
	return strings.ContainsAny(w, "0123456789")
}

// labelField reports whether f, the field k of fields, is a part's label or its word
// "Part" ("(b)", "ii.", "Part B:"): the ask begins after it.
func labelField(f string, fields []string, k int) bool {
	switch {
	case strings.EqualFold(f, "part"):
		return k+1 < len(fields) && partLabel(strings.Join(fields[k:min(k+3, len(fields))], " ")+" ", 0) > 0
	case k > 0 && strings.EqualFold(fields[k-1], "part"):
		return partLabel(strings.Join(fields[k-1:min(k+2, len(fields))], " ")+" ", 0) > 0
	}
	if f == "" || f[len(f)-1] != ')' && f[len(f)-1] != '.' {
		return false // most first words: no label, and no string built to say so
	}
	return partLabel(f+" ", 0) > 0
}

// asker holds the words with which the asker speaks of itself.
var asker = map[string]bool{"we": true, "our": true, "us": true, "i": true, "my": true}

// askerRequest holds the verbs after which the asker's own sentence is a request:
// "We need your latest SOC 2 …", "We also require …".
var askerRequest = map[string]bool{
	"need": true, "require": true, "want": true, "request": true, "expect": true,
	"would": true, "ask": true,
}

// reviewerNeeds reports whether rest, the words after "our" or "my" or after a team's
// name that opens a sentence, are someone on the asker's side needing something: at
// most skip words of a noun ("auditors", "external audit team") and a verb of need
// ("need", "requires", "is asking for", "has asked for", "will need"), not followed by
// the asker's own purpose ("our auditors need to assess …"). "Our auditors need the
// SOC 1." asks as "We need the SOC 1." does. The people the asker serves (its
// customers, members, patients) are no reviewers: what they need is the asker's
// context ("Our customers need round-the-clock support."), and so is what a
// process or a policy of the asker's requires.
func reviewerNeeds(rest []string, skip int) bool {
	head := skip == 0 // a team's name is the whole subject
	for j, f := range rest {
		v := strings.ToLower(strings.Trim(f, listPunct))
		switch {
		case v == "also":
			continue
		case !head:
		case needVerb[v]:
			return !askerPurpose(rest[j+1:])
		case needAuxiliary[v]:
			if j+1 < len(rest) {
				n := strings.ToLower(strings.Trim(rest[j+1], listPunct))
				return needVerb[n] && !askerPurpose(rest[j+2:])
			}
			return false
		}
		if j >= skip || strings.ContainsAny(f, ".,;:?!") {
			return false
		}
		head = reviewer[v] || askerTeam[v]
	}
	return false
}

var (
	// askerTeam holds the names of teams on the asker's side that open a sentence
	// of need: "Legal wants …", "Procurement is asking for …".
	askerTeam = map[string]bool{"legal": true, "procurement": true, "finance": true,
		"compliance": true, "audit": true, "infosec": true, "treasury": true,
		"accounting": true, "purchasing": true, "management": true, "leadership": true}
	// needVerb holds the verbs by which someone on the asker's side needs something:
	// the verbs of needing (needVerbs) and those of asking.
	needVerb = wordSet(needVerbs, "request", "requests", "requested", "asked", "asking",
		"requesting", "requiring", "needing")
	// needAuxiliary holds the words before such a verb: "is asking", "will need".
	needAuxiliary = map[string]bool{"is": true, "are": true, "has": true, "have": true,
		"will": true, "would": true, "also": true}
	// reviewer holds the nouns of the people and bodies on the asker's side who
	// review a vendor and ask for its documents: the last word of the subject in
	// "our external auditors need …", "my manager wants …". A process or a policy
	// ("our onboarding requires both") and the people the asker serves ("our
	// customers need …") are not among them.
	reviewer = map[string]bool{"auditor": true, "auditors": true, "team": true, "teams": true,
		"controller": true, "cfo": true, "ciso": true, "cio": true, "cto": true, "counsel": true,
		"lawyers": true, "attorneys": true, "department": true, "committee": true, "board": true,
		"regulator": true, "regulators": true, "examiners": true, "examiner": true,
		"reviewers": true, "reviewer": true, "analyst": true, "analysts": true, "officer": true,
		"manager": true, "managers": true, "management": true, "leadership": true,
		"function": true, "group": true, "office": true, "assessors": true, "assessor": true}
)

// purposeVerbs are the verbs of what the asker will do with what it asks for:
// "we need to assess your stability", "we need to satisfy our regulator".
var purposeVerbs = map[string]bool{
	"assess": true, "evaluate": true, "gauge": true, "judge": true, "determine": true,
	"satisfy": true, "meet": true, "complete": true, "support": true, "finish": true,
}

// askerPurpose reports whether rest, the words after the asker's "need", "require" or
// the like, open with "to" and a verb of the asker's own purpose (purposeVerbs): the
// sentence says why the asker wants something, not what it asks for.
func askerPurpose(rest []string) bool {
	if len(rest) < 2 || !strings.EqualFold(strings.Trim(rest[0], listPunct), "to") {
		return false
	}
	return purposeVerbs[strings.ToLower(strings.Trim(rest[1], listPunct+"."))]
}

// askOpener reports whether a word opens a question or a request, not a statement.
func askOpener(w string) bool {
	return sentenceOpener[w] && !statementOpener[w]
}

// linkWord holds the words that join a sentence to the one before it.
var linkWord = map[string]bool{
	"also": true, "additionally": true, "and": true, "plus": true, "furthermore": true,
	"moreover": true, "separately": true, "finally": true, "lastly": true, "secondly": true,
	"next": true, "then": true, "in": true, "addition": true, "further": true,
}

// statementOpener holds the sentence openers that begin a statement rather than a
// question or a request: "We store PHI.", "It covers payroll.", "If so, …".
var statementOpener = map[string]bool{
	"if": true, "it": true, "this": true, "that": true, "these": true, "those": true,
	"they": true, "we": true, "you": true, "state": true, "list": true, "may": true,
	"must": true, "shall": true, "should": true,
}

// askInfo is what classify tells of a question beside its verdict: whether the tier
// that decided the report may have hidden another ask of the line (hidesAsk), whether
// the line names, refuses or holds a SOC 1, and whether a rule decided the verdict
// (not the vocabularies alone).
// named reports whether a report named (or a SOC report unnamed) decided the verdict,
// and scored holds the SOC 1 areas (bit k for AllSOC1Areas[k]) whose vocabulary the
// question's own words score in (see sharesArea).
type askInfo struct {
	hidden, soc1, ruled, named bool
	framedLetter               bool // hidden by a bridge letter on a line the asker's reliance frames
	soc2Named                  bool // a rule naming a SOC 2 (or both reports) fired
	moneyWords                 bool // only oversight or money-sense words give a report (moneyWordsOnly)
	scored                     uint16
}

// classify triages one question without looking at its parts. A part of a line is
// classified with lineSOC1, whether the line names, refuses or holds a SOC 1 (a
// report the part names without its number is then the SOC 2: "We do not need a SOC
// 1; send the Type 2 on the claims platform").
func (e *Engine) classify(q Question, lineSOC1 bool) (v Verdict, info askInfo) {
	s := e.pool.Get().(*scratch)
	defer e.pool.Put(s)
	s.vocab = e.vocab || e.areas // the vocabularies score the question's own words, never its heading
	fired := e.fire(s, q.Text)
	s.vocab = false
	info.scored = scoredAreas(s)
	info.soc1 = lineSOC1 || e.namesSOC1(fired)
	info.ruled = decides(e, fired)
	info.moneyWords = e.moneyWordsOnly(s, fired)
	s.lineSOC1 = info.soc1
	if headerRow(q.Text) {
		return notAskedVerdict(headerRowEvidence, strings.TrimSpace(q.Text)), info
	}
	if m, ok := definition(q.Text, s.toks); ok {
		return notAskedVerdict(definitionEvidence, m), info
	}
	if q.Form && !asksForReport(e, fired) {
		return e.fieldVerdict(s, q.Text, fired), info
	}
	if formLabel(q.Text, s.toks) && !requested(e, fired) {
		// "Primary billing contact e-mail": the label of a field, whatever its topic
		// words, unless a rule knows the document or the report it asks for.
		return e.fieldVerdict(s, q.Text, fired), info
	}
	if !decides(e, fired) {
		if !fragment(s.toks) {
			return e.verdict(s, q.Text, q.Text, fired, 1), info
		}
		if formField(q.Text, s.toks) {
			return e.fieldVerdict(s, q.Text, fired), info
		}
		if q.Section == "" || !titleLike(q.Section) {
			return e.verdict(s, q.Text, q.Text, fired, 1), info
		}
		// The fragment continues its heading: "Encryption" over "At rest?".
		text := q.Section + " " + q.Text
		hfired := e.fire(s, text)
		if !decides(e, hfired) { // the heading adds nothing: the question's own words answer
			return e.verdict(s, q.Text, q.Text, e.fire(s, q.Text), 1), info
		}
		v := e.verdict(s, q.Text, text, hfired, headingDiscount)
		if !v.Unmatched {
			ev := headingFragment
			ev.Matched = []string{q.Section}
			v.Evidence = append(v.Evidence, ev)
		}
		return v, info
	}
	v = e.verdict(s, q.Text, q.Text, fired, 1)
	if v.Report == ReportBoth && q.Section != "" && e.framesSOC1(s, q.Section) {
		v.Report, v.Criteria, v.Categories = ReportSOC1, []string{}, []string{}
		v.Evidence = append(v.Evidence, headingSOC1)
	}
	info.hidden, info.framedLetter = e.hidesAsk(fired, v.Report)
	info.named = e.namedDecides(fired, v.Report)
	for _, f := range fired {
		if r := &e.rules[f.rule]; !f.negated && r.tier == tierName && hasSOC2(r.Report) {
			info.soc2Named = true
		}
	}
	return v, info
}

// namedDecides reports whether a rule of the name or unnamed tier that gives report,
// SOC 1 or SOC 2, fired and is not negated: the line names the report it is answered by.
func (e *Engine) namedDecides(fired []firing, report string) bool {
	if report != ReportSOC1 && report != ReportSOC2 {
		return false
	}
	for _, f := range fired {
		if r := &e.rules[f.rule]; !f.negated && (r.tier == tierName || r.tier == tierUnnamed) && r.Report == report {
			return true
		}
	}
	return false
}

// scopeBackVerbs are the verbs with which a question asks what a report looks at.
var scopeBackVerbs = map[string]bool{
	"cover": true, "covers": true, "include": true, "includes": true, "address": true,
	"addresses": true, "test": true, "tests": true, "contain": true, "contains": true,
	"encompass": true, "encompasses": true, "examine": true, "examines": true,
	"evaluate": true, "evaluates": true, "extend": true, "extends": true,
}

// backAux holds the auxiliaries that open a question about what a report does.
var backAux = map[string]bool{
	"does": true, "do": true, "did": true, "will": true, "would": true, "can": true,
	"could": true, "should": true, "might": true,
}

// scopeAskedBack reports whether part asks whether the report named before it covers,
// includes or tests something, speaking of that report by a pronoun or as "the
// report" ("Does it cover how changes to the claims system are approved?", "will the
// report include …"): the part asks about the named report's scope, as "Does your SOC 1
// cover …?" does, not a control of its own.
func scopeAskedBack(part string) bool {
	var f fieldScan
	f.text = part
	trim := func(w string) string { return strings.Trim(w, askedPunct) }
	w, ok := f.next()
	for ok && (linkWord[trim(w)] || answerColumn(w)) {
		w, ok = f.next()
	}
	if !ok || !backAux[trim(w)] {
		return false
	}
	w, ok = f.next()
	switch p := trim(w); {
	case !ok:
		return false
	case p == "it" || p == "they":
		w, ok = f.next()
	case p == "this" || p == "that":
		if w, ok = f.next(); ok && reportNoun[trim(w)] {
			w, ok = f.next() // "will this report include …"
		}
	case p == "the":
		if w, ok = f.next(); !ok || !reportNoun[trim(w)] {
			return false
		}
		w, ok = f.next()
	default:
		return false
	}
	for j := 0; ok && j < 2; j++ { // "does it also cover …"
		if scopeBackVerbs[trim(w)] {
			return true
		}
		w, ok = f.next()
	}
	return false
}

// toNamedReport returns p, the verdict of a part that asks about the scope of the
// report the line names, as that report answers it: the named SOC 1 keeps the
// control's areas and no criteria, the named SOC 2 its criteria and no area.
func toNamedReport(p Verdict, report string) Verdict {
	if p.Report == ReportNone || p.Report == report {
		return p
	}
	p.Report = report
	if report == ReportSOC1 {
		p.Criteria, p.Categories = []string{}, []string{}
	} else {
		p.SOC1Areas = []string{}
	}
	return p
}

// hidesAsk reports whether the tier that decided report may have hidden another ask
// of the same line, which uniteAsks then looks for part by part:
//
//   - a document asked for by itself decided none (a request-tier rule with an
//     artifact other than a written answer): a control asked beside it ("Do you
//     encrypt data in transit? Also attach your ISO 27001 certificate.") lost its
//     report, or its rule was vetoed by the document's words; a bridge letter (a
//     name-tier rule that decides none) hides the report asked for in a sentence of
//     its own ("Do you have a SOC 2 Type 2? If its period ended …, also send a
//     bridge letter."), while the report it only bridges stays unasked;
//   - a report named (or a SOC report unnamed) decided SOC 1 or SOC 2 while a control
//     of the other report fired ("Send your SOC 2. How are pay runs checked?").
//
// A written answer (custom_answer) decides nothing here: a fact asked over two
// sentences ("Number of employees. How many work in security?") is one fact. The
// asker's own reliance framing (SOX, ICFR) is meant to cover the whole line, so it
// hides nothing when a report decided; when a document decided none, a report asked
// for beside it in a sentence of its own is still read ("Does your ISAE 3402 period
// reach our year end? If not, we will also need a bridge letter."), and framedLetter
// reports a bridge letter's case, whose report the framing makes the SOC 1
// (framedReport).
func (e *Engine) hidesAsk(fired []firing, report string) (hidden, framedLetter bool) {
	var doc, letter, framed, named, other bool
	for _, f := range fired {
		if f.negated {
			continue
		}
		r := &e.rules[f.rule]
		switch {
		case r.tier == tierFrame:
			framed = true
		case (r.tier == tierRequest || r.tier == tierName) && r.Report == ReportNone:
			for _, a := range r.Artifacts {
				doc = doc || a != "custom_answer"
			}
			letter = letter || r.tier == tierName
		case (r.tier == tierName || r.tier == tierUnnamed) && r.Report == report:
			named = true
		case r.tier == tierTopic && r.Report != "" && r.Report != ReportNone && r.Report != report:
			other = true
		}
	}
	switch {
	case framed && report != ReportNone:
		return false, false
	case framed:
		return doc, letter && doc
	case report == ReportNone:
		return doc, false
	case report == ReportSOC1, report == ReportSOC2:
		return named && other, false
	}
	return false, false
}

// unite adds to v what the verdict of one of its parts, p, needs beyond it: the
// other report (SOC 2 and SOC 1 make both), criteria, categories, SOC 1 areas and
// artifacts, in v's order first.
func unite(v, p Verdict) Verdict {
	if p.Unmatched {
		return v
	}
	soc1 := hasSOC1(v.Report) || hasSOC1(p.Report)
	soc2 := hasSOC2(v.Report) || hasSOC2(p.Report)
	report := ReportNone
	switch {
	case soc1 && soc2:
		report = ReportBoth
	case soc1:
		report = ReportSOC1
	case soc2:
		report = ReportSOC2
	}
	if v.Report == ReportNone && report != ReportNone {
		v.Type = p.Type
	}
	v.Report = report
	if soc2 {
		v.Criteria = appendNew(v.Criteria, p.Criteria)
		v.Categories = appendNew(v.Categories, p.Categories)
		if len(v.Categories) == 0 {
			v.Categories = []string{CatSecurity}
		}
		sortCategories(v.Categories)
	} else {
		v.Criteria, v.Categories = []string{}, []string{}
	}
	if soc1 {
		v.SOC1Areas = appendNew(v.SOC1Areas, p.SOC1Areas)
	} else {
		v.SOC1Areas = []string{}
	}
	v.Artifacts = appendNew(v.Artifacts, p.Artifacts)
	v.Confidence = max(v.Confidence, p.Confidence)
	v.Unmatched = false
	for _, ev := range p.Evidence {
		if !slices.ContainsFunc(v.Evidence, func(x Evidence) bool { return x.Rule == ev.Rule }) {
			v.Evidence = append(v.Evidence, ev)
		}
	}
	return v
}

func hasSOC1(r string) bool { return r == ReportSOC1 || r == ReportBoth }
func hasSOC2(r string) bool { return r == ReportSOC2 || r == ReportBoth }

// framedReport returns v, the verdict of a part beside a bridge letter that hid it, as
// the asker's reliance framing of the whole line reads the report it asks for:
// the SOC 1 alone ("If your period ends before our year end we will also need a gap
// letter. Provide the service auditor's report relevant to our ICFR."), whatever a
// part read without the framing made of it.
func framedReport(v Verdict) Verdict {
	v.Report, v.Criteria, v.Categories = ReportSOC1, []string{}, []string{}
	return v
}

// appendNew appends the items of add that dst lacks; dst is never shared with the
// caller's other verdicts, since every list of a verdict is freshly made.
func appendNew(dst, add []string) []string {
	for _, x := range add {
		if !slices.Contains(dst, x) {
			dst = append(dst, x)
		}
	}
	if dst == nil {
		return []string{}
	}
	return dst
}

// sortCategories puts categories in the guide's order, as a single verdict lists them.
func sortCategories(cats []string) {
	slices.SortFunc(cats, func(a, b string) int { return catIndex(a) - catIndex(b) })
}

// framesSOC1 reports whether a heading, read alone, is the asker's own financial-audit
// framing ("SOX 404 IT General Controls"): a rule of the frame tier fires, not negated.
func (e *Engine) framesSOC1(s *scratch, heading string) bool {
	for _, f := range e.fire(s, heading) {
		if !f.negated && e.rules[f.rule].tier == tierFrame {
			return true
		}
	}
	return false
}

// fragment reports whether tokenized text is a bare fragment: a few words naming a
// topic ("Encryption?", "Backups", "Data retention period") and no sentence of its
// own, so that only its heading says what it asks.
func fragment(toks []token) bool {
	words := 0
	for i, t := range toks {
		if t.text[0] >= '0' && t.text[0] <= '9' {
			continue
		}
		if i == 0 && sentenceOpener[t.text] {
			return false
		}
		words++
	}
	return words > 0 && words <= 4
}

// maxHeadingWords bounds a heading a fragment may be read with: a title, not an
// instruction paragraph that happens to sit above the question.
const maxHeadingWords = 10

func titleLike(heading string) bool {
	return len(strings.Fields(heading)) <= maxHeadingWords
}

// formField reports whether a fragment is a field of a form ("Vendor Name", "Date",
// "Product Description"): its last word names what the respondent writes in.
//
// A plural in brackets after the last word ("Contract start date(s)") belongs to the
// word before. Only a bracket makes it one: a possessive "s" ("contact's") is also one
// byte after its word, since the tokenizer skips the apostrophe, but it is no plural.
func formField(text string, toks []token) bool {
	if len(toks) == 0 {
		return false
	}
	n := len(toks) - 1
	if n > 0 && (toks[n].text == "s" || toks[n].text == "es") && toks[n].start == toks[n-1].end+1 &&
		text[toks[n].start-1] == '(' {
		n--
	}
	w := toks[n].text
	return formNoun[w] || formNoun[esSingular(w)]
}

var formNoun = map[string]bool{
	"name": true, "names": true, "date": true, "email": true, "mail": true, "phone": true,
	"telephone": true, "address": true, "title": true, "description": true, "url": true,
	"link": true, "website": true, "homepage": true, "contact": true, "signature": true, "version": true,
	"number": true, "role": true, "position": true, "expiry": true, "expiration": true,
}

// maxLabelWords bounds a form label ("Vendor Accessibility Contact Phone Number").
const maxLabelWords = 6

// formLabel reports whether a question is the label of a form field written as a
// short line of its own: no question mark, not a sentence, at most maxLabelWords
// words, ending in what is written in (a name, an e-mail address, a date).
//
// An example in brackets after the label ("Company website (https://…)") is what
// to write, not what is asked: the label is read without it. A plural written in
// brackets ("version(s)", "name(es)") is no example: the line goes on after it, so
// "TLS version(s) used to protect data in transit" is read whole, a control.
func formLabel(text string, toks []token) bool {
	if i := exampleBracket(text); i > 0 {
		n := 0
		for n < len(toks) && toks[n].start < i {
			n++
		}
		toks = toks[:n]
	}
	if strings.IndexByte(text, '?') >= 0 || len(toks) == 0 || len(toks) > maxLabelWords ||
		sentenceOpener[toks[0].text] {
		return false
	}
	if !formField(text, toks) && !strings.HasPrefix(strings.TrimSpace(text), "#") { // "# employees": a number
		return false
	}
	for _, t := range toks[1:] {
		if t.brk >= brkClause { // two clauses or sentences: not a label
			return false
		}
	}
	return true
}

// exampleBracket returns the index of the first opening bracket of text that is not
// a plural written in brackets ("(s)", "(es)", in either case: "Version(S)"), or -1.
func exampleBracket(text string) int {
	for i := 0; i < len(text); i++ {
		k := strings.IndexByte(text[i:], '(')
		if k < 0 {
			return -1
		}
		i += k
		if rest := text[i+1:]; hasPrefixFold(rest, "s)") || hasPrefixFold(rest, "es)") {
			continue
		}
		return i
	}
	return -1
}

// hasPrefixFold reports whether s begins with prefix, ignoring ASCII case.
func hasPrefixFold(s, prefix string) bool {
	return len(s) >= len(prefix) && strings.EqualFold(s[:len(prefix)], prefix)
}

// requested reports whether a rule of the request tier or above fired, not negated:
// a document, a report or the asker's reliance that the words name.
func requested(e *Engine, fired []firing) bool {
	for _, f := range fired {
		if !f.negated && e.rules[f.rule].tier >= tierRequest {
			return true
		}
	}
	return false
}

// formFieldVerdict answers a form field: a written answer, no SOC report.
func formFieldVerdict() Verdict {
	return Verdict{Report: ReportNone, Type: TypeNone, Categories: []string{}, Criteria: []string{},
		SOC1Areas: []string{}, Artifacts: []string{"custom_answer"}, Confidence: formFieldConfidence,
		Evidence: []Evidence{formFieldEvidence}}
}

const formFieldConfidence = 0.75

// fieldVerdict answers a form field with a written answer or, when its topic's rules
// name a document, with that document: "Penetration test date" is answered by the
// pen-test letter, "ISO 27001 certificate expiry" by the certificate, "Contract start
// date" in writing. The rules that gave a document are named in the evidence.
func (e *Engine) fieldVerdict(s *scratch, text string, fired []firing) Verdict {
	v := formFieldVerdict()
	var docs []firing
	arts := v.Artifacts[:0:0]
	for _, f := range fired {
		r := &e.rules[f.rule]
		if f.negated || len(r.Artifacts) == 0 {
			continue
		}
		added := false
		for _, a := range r.Artifacts {
			if !contains(arts, a) {
				arts = append(arts, a)
				added = true
			}
		}
		if added {
			docs = append(docs, f)
		}
	}
	if len(docs) > 0 {
		v.Artifacts = arts
		v.Evidence = append([]Evidence{formDocumentEvidence}, e.evidence(s, text, docs, 0)...)
	}
	return v
}

var formDocumentEvidence = Evidence{Rule: "form_field", Reason: "A field of the form (a date, a version, a name) of a document its words name: that document answers it, not a SOC report.", Matched: []string{}}

var formFieldEvidence = Evidence{Rule: "form_field", Reason: "A field of the form (a name, a date, a description) is filled in with a written answer, not a SOC report.", Matched: []string{}}

// The words that open a question or a request, in three lists that several sets are
// built from: sentenceOpener here, askWord, questionAux and askOpenVerb, which read
// where a second ask opens inside a line (partBreak, ownQuestion), and secondAskWord,
// which the tokenizer reads after ", and". A word added to a list reaches every set
// built from it.
var (
	// whWords are the question words.
	whWords = []string{"how", "what", "when", "where", "who", "why", "which"}
	// auxWords are the auxiliaries that open a question after "and" or "or" as well
	// as at a sentence's start: "…, and is access to them provisioned …".
	auxWords = []string{"is", "are", "do", "does", "can", "will", "has", "have", "was", "were"}
	// answerVerbs are the verbs that open a request for an answer in words.
	answerVerbs = []string{"describe", "explain", "state", "list", "provide", "confirm",
		"indicate", "outline", "detail", "specify"}
)

// sentenceOpener holds the words that begin a question or a request rather than a
// topic: a text that starts with one is a sentence, not a fragment. Besides the three
// lists above: the auxiliaries that open a question only at a sentence's start, the
// verbs of sending a document, and the words (statementOpener) that open a sentence
// which may state rather than ask.
var sentenceOpener = wordSet(slices.Concat(whWords, auxWords, answerVerbs),
	"did", "could", "would", "should", "shall", "may", "must",
	"please", "kindly", "attach", "upload", "share", "send", "submit", "furnish", "supply",
	"forward", "identify",
	"if", "it", "this", "that", "these", "those", "they", "we", "you")

// asksForReport reports whether a rule that speaks of a SOC report itself (one
// named, the asker's reliance framing, or "your SOC report") fired, not negated:
// a form field such as "SOC 2 report date" is still about the report.
func asksForReport(e *Engine, fired []firing) bool {
	for _, f := range fired {
		if !f.negated && e.rules[f.rule].tier >= tierUnnamed {
			return true
		}
	}
	return false
}

// decides reports whether any fired rule gives a report opinion.
func decides(e *Engine, fired []firing) bool {
	for _, f := range fired {
		if !f.negated && e.rules[f.rule].Report != "" {
			return true
		}
	}
	return false
}

// answerColumn reports whether w, a word of a line in lower case, is a form's answer
// column or the dash around it: "yes/no", "y/n", "yes/no/n/a", "(y/n)", "—". A lone
// "yes" or "no" is not: "No, …" may open an answer the part goes on to ask about.
func answerColumn(w string) bool {
	w = strings.Trim(w, "()[].,:;")
	switch w {
	case "", "-", "–", "—", "/":
		return true
	}
	if !strings.Contains(w, "/") {
		return false
	}
	for more := true; more; {
		var p string
		p, w, more = strings.Cut(w, "/")
		if _, _, ok := answerMark(p); !ok && p != "" {
			return false
		}
	}
	return true
}

// answerMark reports whether w, in lower case, is one mark of a form's yes-or-no
// answer column ("yes", "y", "no", "n", and "na" or the "a" of "n/a"), and which
// answer it offers. answerColumn reads the marks of one written field ("yes/no");
// yesNoAnswered reads them as the tokens a line ends with ("Y/N", "Yes / No").
func answerMark(w string) (yes, no, ok bool) {
	switch w {
	case "yes", "y":
		return true, false, true
	case "no", "n":
		return false, true, true
	case "na", "a":
		return false, false, true
	}
	return false, false, false
}
