package split

// Answers and noise: answer cells and lines, page furniture, a preamble asking
// colleagues for help, and a title naming the whole questionnaire.

import (
	"bytes"
	"strings"
	"unicode"
	"unicode/utf8"
)

var answerTokens = map[string]bool{
	"yes": true, "no": true, "n/a": true, "na": true, "n.a": true, "y": true, "n": true,
	"y/n": true, "yes/no": true, "no/yes": true, "yes/no/n/a": true, "yes/no/na": true,
	"tbd": true, "tba": true, "true": true, "false": true, "x": true, "partial": true,
	"partially": true, "none": true, "not": true, "applicable": true, "unknown": true,
	"or": true,
}

var labelWords = map[string]bool{
	"answer": true, "answers": true, "response": true, "responses": true, "comments": true,
	"comment": true, "notes": true, "note": true, "remarks": true, "reply": true,
	"explanation": true, "evidence": true, "example": true, "examples": true,
	// pleasantries around a paste
	"thanks": true, "thank": true, "you": true, "cheers": true, "tia": true, "regards": true,
	"best": true, "hi": true, "hello": true, "hey": true, "team": true, "all": true, "folks": true,
	"your": true, // "Your answer" under each question of a form
}

const glyphs = "[](){}|*_-–—:.,;!/\\☐☑☒□■✓✔✗✘○●•❑❒"

// trimGlyphs trims brackets, checkboxes and punctuation from both ends of w.
func trimGlyphs(w []byte) []byte {
	for len(w) > 0 {
		r, n := utf8.DecodeRune(w)
		if !strings.ContainsRune(glyphs, r) {
			break
		}
		w = w[n:]
	}
	for len(w) > 0 {
		r, n := utf8.DecodeLastRune(w)
		if !strings.ContainsRune(glyphs, r) {
			break
		}
		w = w[:len(w)-n]
	}
	return w
}

// wordCore lowercases w and trims glyphs; ok is false for a word too long to be an answer.
func wordCore(w []byte, buf *[24]byte) ([]byte, bool) {
	if len(w) > len(buf) {
		return nil, false
	}
	return trimGlyphs(lowerWord(w, buf)), true
}

// isNoise reports lines that carry no question: answers, labels, page numbers,
// separators.
func isNoise(t []byte) bool {
	var buf [24]byte
	alnum := false
	for i := 0; i < len(t); {
		r, n := utf8.DecodeRune(t[i:])
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			alnum = true
			break
		}
		i += n
	}
	if !alnum {
		return true
	}
	words, answers, pages, digitsW, labels := 0, 0, 0, 0, 0
	hasQ := false
	for i := 0; ; {
		w, j := nextWord(t, i)
		if w == nil {
			break
		}
		if words == 0 && !hasQ && isUpper(w[0]) && firstWordNoise(t, w) {
			return true
		}
		words++
		i = j
		if w[len(w)-1] == '?' {
			hasQ = true
		}
		core, ok := wordCore(w, &buf)
		switch {
		case !ok:
			return false
		case len(core) == 0:
			answers++
			pages++
		case answerTokens[string(core)]:
			answers++
		case labelWords[string(core)]:
			labels++
		case allDigits(core):
			digitsW++
			pages++
		case string(core) == "page" || string(core) == "of" || string(core) == "p":
			pages++
		default:
			return false // a real word: not noise
		}
		if answers < words && labels < words && pages < words {
			return false
		}
	}
	return words == answers || words == labels || (words == pages && digitsW > 0)
}

// endLine: a line marking where a part of the document ends ("End of section",
// "End of questionnaire", "End Table Data", "Section complete", "[End]", "***
// End ***", "End of Section 2", "Part A complete"): "end" before words naming
// a part of the document, or such a word before "end" or "complete", in five
// words at most; a part's word may carry its number or letter ("Section 2",
// "Part A", "Module IV"), and words of glyphs alone do not count. It is no
// title and no item.
func endLine(t []byte) bool {
	if len(t) > 60 || bytesIndexByte(t, '?') >= 0 {
		return false
	}
	var buf [24]byte
	words, ends, parts, other := 0, 0, 0, 0
	endFirst, afterPart := false, false
	for i := 0; ; {
		w, j := nextWord(t, i)
		if w == nil {
			break
		}
		i = j
		core, ok := wordCore(trimPunct(w), &buf)
		if !ok {
			return false
		}
		if len(core) == 0 {
			continue // "***", "--", "[": glyphs around the words
		}
		words++
		part := false
		switch word := string(core); {
		case word == "end" || word == "ends":
			ends++
			endFirst = endFirst || words == 1
		case (word == "complete" || word == "completed") && words > 1:
			ends++ // "Section complete", not "Complete this form"
		case documentParts[word]:
			parts++
			part = true
		case afterPart && partLabel(core):
			// "Section 2", "Part A": the part's own label
		case word == "of" || word == "the" || word == "this":
		default:
			other++
		}
		afterPart = part
	}
	switch {
	case words == 0 || words > 5 || other > 0 || ends != 1:
		return false
	case words == 1:
		return endFirst // "End", "[End]"
	}
	return parts > 0
}

// partLabel: core, a lower-cased word, numbers or letters a part of a
// document: digits and dots ("2", "3.1"), one letter ("a") or a roman
// numeral ("iv").
func partLabel(core []byte) bool {
	if len(core) == 0 || len(core) > 6 {
		return false
	}
	if len(core) == 1 && isAlpha(core[0]) {
		return true
	}
	digits, roman := isDigit(core[0]), true
	for _, c := range core {
		digits = digits && (isDigit(c) || c == '.')
		roman = roman && strings.IndexByte("ivxlc", c) >= 0
	}
	return digits || roman
}

// documentParts name a part of a questionnaire that an end line closes.
var documentParts = map[string]bool{
	"section": true, "questionnaire": true, "survey": true, "document": true, "form": true,
	"part": true, "table": true, "data": true, "sheet": true, "worksheet": true,
	"assessment": true, "questions": true, "module": true, "domain": true,
}

// nextWord returns the space-separated word at or after t[i] and the index just
// past it; w is nil when only spaces are left.
func nextWord(t []byte, i int) (w []byte, end int) {
	for i < len(t) && t[i] == ' ' {
		i++
	}
	if i >= len(t) {
		return nil, i
	}
	end = i
	for end < len(t) && t[end] != ' ' {
		end++
	}
	return t[i:end], end
}

// firstWordNoise: a line opened by a label or a bare answer ("Answer: …",
// "Comments: …", "Yes, we do.", "Yes - quarterly"), unless it asks something.
func firstWordNoise(t, w []byte) bool {
	if bytesIndexByte(t, '?') >= 0 {
		return false
	}
	var buf [24]byte
	fl := lowerWord(w, &buf)
	if len(fl) < 2 {
		return false
	}
	end := fl[len(fl)-1]
	core := fl[:len(fl)-1]
	if end == ':' && labelWords[string(core)] {
		return true
	}
	if (end == ',' || end == ';') && (string(core) == "yes" || string(core) == "no" || string(core) == "n/a") ||
		string(fl) == "yes." {
		return true
	}
	var buf2 [24]byte
	sc, ok := wordCore(secondWord(t), &buf2)
	return ok && len(sc) == 0 && len(secondWord(t)) > 0 && answerTokens[string(fl)]
}

func bytesIndexByte(b []byte, c byte) int {
	for i := range b {
		if b[i] == c {
			return i
		}
	}
	return -1
}

func secondWord(t []byte) []byte {
	i := 0
	for i < len(t) && t[i] == ' ' {
		i++
	}
	for i < len(t) && t[i] != ' ' {
		i++
	}
	for i < len(t) && t[i] == ' ' {
		i++
	}
	j := i
	for j < len(t) && t[j] != ' ' {
		j++
	}
	return t[i:j]
}

// trimAnswerTail removes an answer left after the question ("…backups? Yes/No",
// "… (Y/N)", "… ☐ Yes ☐ No", a request's "…insurance. Yes/No") and trailing
// spaces.
func trimAnswerTail(t []byte) []byte {
	for len(t) > 0 && t[len(t)-1] == ' ' {
		t = t[:len(t)-1]
	}
	var buf [24]byte
	end := len(t)
	cut := -1
	for end > 0 {
		i := end
		for i > 0 && t[i-1] != ' ' {
			i--
		}
		core, ok := wordCore(t[i:end], &buf)
		if !ok || !(len(core) == 0 || answerTokens[string(core)]) {
			break
		}
		if i == 0 {
			return t // the whole text is answers: leave it to isNoise
		}
		cut = i
		end = i - 1
	}
	if cut < 0 {
		return t
	}
	head := t[:cut]
	for len(head) > 0 && head[len(head)-1] == ' ' {
		head = head[:len(head)-1]
	}
	if len(head) == 0 {
		return t
	}
	tail := t[cut:]
	if e := head[len(head)-1]; e == '?' || e == ':' || e == '.' || tail[0] == '(' || tail[0] == '[' || tail[0] >= utf8.RuneSelf {
		return head
	}
	return t
}

var (
	docTitleWords = byteStrings("questionnaire", "checklist", "hecvat", "caiq", "vsaq", "mvsp")
	helpAsks      = byteStrings("can someone", "can anyone", "could someone", "could anyone", "can you help", "could you help", "take a look", "help with", "help me", "help us answer", "help answer", "please answer", "please fill", "please find", "here are")
	pasteRefs     = byteStrings("questionnaire", "questions", "these", "below", "following", "this one", "form")
)

// isPreamble recognises a first line that asks colleagues for help with the
// paste ("can someone take a look at Acme's questionnaire?") rather than asking
// the vendor something.
func isPreamble(t []byte) bool {
	if len(t) > 300 {
		return false
	}
	var buf [300]byte
	low := lowerASCII(buf[:], t)
	if containsAny(low, helpAsks) && containsAny(low, pasteRefs) {
		return true
	}
	// "Hey team, Acme sent these:", not "Hi Sam, please send your SOC 2 report."
	for _, g := range greetings {
		if bytes.HasPrefix(low, g) && len(low) > len(g) && !isLower(low[len(g)]) && t[len(t)-1] != '?' {
			return !asks(t)
		}
	}
	return false
}

// greetingLine: a line that only greets ("Dear supplier,", "Good morning all,",
// "Hello!"): a greeting and at most three more words, closed by a comma or an
// exclamation mark.
func greetingLine(t []byte) bool {
	if len(t) > 60 || (t[len(t)-1] != ',' && t[len(t)-1] != '!') || bytesIndexByte(t, '?') >= 0 {
		return false
	}
	var buf [60]byte
	low := lowerASCII(buf[:], t)
	words := 0
	for i := 0; ; words++ {
		w, j := nextWord(low, i)
		if w == nil {
			break
		}
		i = j
	}
	for _, g := range greetings {
		if bytes.HasPrefix(low, g) && len(low) > len(g) && strings.IndexByte(" ,!", low[len(g)]) >= 0 {
			return words <= 4+bytes.Count(g, []byte(" "))
		}
	}
	return false
}

var greetings = byteStrings("hi", "hello", "hey", "fyi", "team", "dear", "good morning", "good afternoon", "greetings")

// signOff recognises the line that closes a message ("Thanks,", "Kind
// regards,", "Many thanks in advance!", "All the best"): at most five words, all
// of them words of a sign-off, one of them thanking or regarding.
func signOff(t []byte) bool {
	var buf [24]byte
	words, core := 0, false
	for i := 0; ; {
		w, j := nextWord(t, i)
		if w == nil {
			return core
		}
		i = j
		words++
		c, ok := wordCore(w, &buf)
		if !ok || words > 5 {
			return false
		}
		thanks, in := signOffWords[string(c)]
		if !in {
			return false
		}
		core = core || thanks
	}
}

// signOffWords close a message; those marked true thank or regard.
var signOffWords = map[string]bool{
	"thanks": true, "thank": true, "thx": true, "regards": true, "cheers": true,
	"sincerely": true, "wishes": true, "tia": true, "rgds": true, "br": true, "best": true,
	"you": false, "many": false, "kind": false, "kindest": false, "warm": false, "warmest": false,
	"all": false, "the": false, "with": false, "in": false, "advance": false, "again": false,
	"so": false, "much": false, "yours": false, "and": false, "a": false, "lot": false,
}

// asks: t, a line, holds a question mark or opens as a question or a request.
//
// It is not triage's asks, on purpose: that one reads a part of a single question
// (it opens or ends as a question, or puts a duty on the respondent with "shall" or
// "must"); this one tells where an item of a paste begins, so a question mark
// anywhere in the line ("GDPR compliant? (Y/N)") and a request after a lead
// ("As part of our review, provide …") count, and a notice ("Please note …") or a
// title ("Select Your Plan") does not. The two disagree on about one line in
// seventeen of the labelled sets.
func asks(t []byte) bool {
	li := analyze(t)
	return li.hasQ || li.qstart
}

// isDocTitle: a heading that names the whole document ("Vendor Security
// Questionnaire"), not a section of it.
func isDocTitle(t []byte) bool {
	if len(t) > 80 {
		return false
	}
	var buf [80]byte
	low := lowerASCII(buf[:], t)
	return containsAny(low, docTitleWords)
}

// versionLine: a line that dates or versions the document ("Version 4.1.2 —
// released 2025-03-01", "HECVAT v3.06", "Last updated: June 2024", "Updated:
// March 2025"), not a question. The version word opens the line, or the line is
// four words at most. A version word opening the line as a label ("Updated:",
// "Version:") dates or versions the document when what follows it is a
// version or a date (see versionOrDate); "Version: Provide the version of the
// application" is a form's field with its instruction, to be kept.
func versionLine(t []byte) bool {
	if bytesIndexByte(t, '?') >= 0 {
		return false
	}
	var buf [24]byte
	words := 0
	found := false
	prevVersion, label := false, false
	for i := 0; ; {
		w, j := nextWord(t, i)
		if w == nil {
			break
		}
		i = j
		words++
		if words > 12 {
			return false
		}
		core, _ := wordCore(w, &buf)
		switch {
		case label && words == 2:
			found = versionOrDate(t[i-len(w):])
		case prevVersion && len(core) > 0 && isDigit(core[0]):
			found = found || words <= 3
		case len(core) > 1 && core[0] == 'v' && isDigit(core[1]) && words <= 3:
			found = true
		case words == 2 && !prevVersion && string(core) == "updated":
			found = found || firstWordIs(t, "last")
		}
		prevVersion = versionWords[string(core)]
		label = words == 1 && prevVersion && w[len(w)-1] == ':'
	}
	return found && (words <= 4 || firstVersionWord(t))
}

// versionOrDate: rest, the text after a version label, is a version or a date:
// it opens with a digit ("2.1", "2025-03-01", "3/1/2025"), a v and a digit
// ("v3.06"), or a month ("June 2024", "Sept. 1"), and does not open as a
// question or a request. A month followed by a number is a date even where the
// month is also a question word ("May 2024").
func versionOrDate(rest []byte) bool {
	var buf [24]byte
	w, j := nextWord(rest, 0)
	core, _ := wordCore(w, &buf)
	switch {
	case len(core) == 0:
		return false
	case isDigit(core[0]), len(core) > 1 && core[0] == 'v' && isDigit(core[1]):
	case months[string(core)]:
		if next, _ := nextWord(rest, j); len(next) > 0 && isDigit(next[0]) {
			return true
		}
	default:
		return false
	}
	return !OpensQuestion(string(rest))
}

// months name the months in full and in their usual short forms, as word cores.
var months = map[string]bool{
	"january": true, "february": true, "march": true, "april": true, "may": true, "june": true,
	"july": true, "august": true, "september": true, "october": true, "november": true, "december": true,
	"jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true, "aug": true,
	"sep": true, "sept": true, "oct": true, "nov": true, "dec": true,
}

// versionWords version or date a document. They are compared as word cores,
// without punctuation: "Updated:" is "updated".
var versionWords = map[string]bool{"version": true, "ver": true, "v": true, "rev": true, "revision": true, "updated": true}

func firstWordIs(t []byte, w string) bool {
	var buf [24]byte
	f, _ := nextWord(t, 0)
	core, _ := wordCore(f, &buf)
	return string(core) == w
}

func firstVersionWord(t []byte) bool {
	var buf [24]byte
	f, _ := nextWord(t, 0)
	core, _ := wordCore(f, &buf)
	return versionWords[string(core)] || string(core) == "last" || (len(core) > 1 && core[0] == 'v' && isDigit(core[1]))
}

// vendorVoice: a statement in the vendor's own voice ("We use …", "Our policy …"),
// which under a question is its answer. A buyer writes in the first person too
// ("We require AES-256; describe your key management."): a line that asks for
// something is the buyer's, not an answer.
func vendorVoice(t []byte) bool {
	var buf [24]byte
	f, i := nextWord(t, 0)
	core, _ := wordCore(f, &buf)
	switch string(core) {
	case "we", "our", "we're", "we've":
	default:
		return false
	}
	for {
		f, i = nextWord(t, i)
		if f == nil {
			return true
		}
		if core, ok := wordCore(f, &buf); ok && requestVerbs[string(core)] {
			return false
		}
	}
}

// askerRelies: a line in the first person says that its writer relies on
// the reader for its own financial reporting or audit ("We are a SOX filer
// and rely on your controls.", "Our auditors depend on you for ICFR
// testing."): the asker setting the scene, not the vendor answering, who
// writes of relying on its own suppliers ("We rely on AWS for hosting") or on
// its customers ("We rely on your admins to remove users via SCIM"). Two
// things must be said: a reliance verb with "on you" or "on your" after it, a
// word between them at most, and an asker's cue (askerCue). The asker's other
// sentences about itself ("We are a bank.") read like a vendor's, so those
// under a question stay dropped with the answers.
func askerRelies(t []byte) bool {
	var buf [24]byte
	step := 0 // 1: a reliance verb read; 2: "on" after it; 3: "you" or "your" after that
	gap := 0
	cue := false
	var prev [24]byte
	prevLen := 0
	for i := 0; ; {
		w, j := nextWord(t, i)
		if w == nil {
			return step == 3 && cue
		}
		i = j
		core, ok := wordCore(w, &buf)
		if !ok {
			if step < 3 {
				step = 0
			}
			prevLen = 0
			continue
		}
		cue = cue || askerCue(prev[:prevLen], core)
		prevLen = copy(prev[:], core)
		switch word := string(core); {
		case step == 3:
		case relianceVerbs[word]:
			step, gap = 1, 0
		case step == 1 && (word == "on" || word == "upon"):
			step = 2
		case step == 2 && (word == "you" || word == "your"):
			step = 3
		case step == 1 && gap == 0:
			gap = 1 // "rely heavily on"
		default:
			step = 0
		}
	}
}

// askerCue: word, after prev, says that the writer is the one with the
// audit or the financial reporting: "SOX", "ICFR", "auditors", "filer",
// "our controls", "our testing", "our audit", "financial statements".
func askerCue(prev, word []byte) bool {
	switch string(word) {
	case "sox", "icfr", "sarbanes-oxley", "auditor", "auditors", "filer", "filers":
		return true
	case "controls", "testing", "audit", "audits":
		return string(prev) == "our"
	case "statements":
		return string(prev) == "financial"
	}
	return false
}

var relianceVerbs = map[string]bool{
	"rely": true, "relies": true, "relying": true, "depend": true, "depends": true, "depending": true,
}

// requestVerbs ask the reader to do something, wherever they stand in a line.
var requestVerbs = map[string]bool{
	"describe": true, "provide": true, "explain": true, "list": true, "attach": true,
	"upload": true, "please": true, "indicate": true, "specify": true, "confirm": true,
	"outline": true, "detail": true, "submit": true, "summarize": true, "summarise": true,
	"demonstrate": true, "clarify": true, "elaborate": true, "supply": true,
}

// seeLine: a pointer to somewhere else ("Please also see [our trust centre](…)",
// "See https://… for details"), raw as pasted: it starts with "see" or "refer to"
// and holds a link, and asks nothing.
func seeLine(s string) bool {
	if strings.IndexByte(s, '?') >= 0 || !(strings.Contains(s, "http") || strings.Contains(s, "](")) {
		return false
	}
	s = strings.TrimLeft(s, "*_ ")
	for _, p := range [...]string{"please ", "also ", "for more information, ", "for details, ", "for more details, "} {
		if hasPrefixFold(s, p) {
			s = s[len(p):]
		}
	}
	return hasPrefixFold(s, "see ") || hasPrefixFold(s, "refer to ") || hasPrefixFold(s, "more information")
}

func containsAny(t []byte, subs [][]byte) bool {
	for _, sub := range subs {
		if bytes.Contains(t, sub) {
			return true
		}
	}
	return false
}

func byteStrings(ss ...string) [][]byte {
	out := make([][]byte, len(ss))
	for i, s := range ss {
		out[i] = []byte(s)
	}
	return out
}
