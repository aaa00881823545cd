package split

// Reading a line: what its words say about it (a question, a heading, an option,
// a continuation of the line before).

import (
	"bytes"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/socbot/socbot/internal/triage"
)

type lineInfo struct {
	words      int
	hasQ       bool
	qstart     bool // starts with a question word or a request verb, or requests after a lead (asksAfterLead)
	upperStart bool
	lowerStart bool
	caps       bool // ALL CAPS
	title      bool // every significant word capitalised
	followup   bool // "If yes, …", "e.g. …"
	comma      bool // a comma outside brackets: a sentence, not a title
	lastEnd    byte
	connEnd    bool
	cutLabel   bool // title-shaped but ends on a joining word, too short to be wrapped: "Reviewed by" (plain)
	capEnd     bool // last word is Capitalised
	docTitle   bool // names the whole questionnaire ("Vendor Security Questionnaire — Acme")
	form       bool // a field of a form ("Vendor Name", "Date Completed", "Web Link to …")
	formTitle  bool // …or a section title: its last word also titles sections ("Vendor Hosting Regions")
	leadIn     bool // ends with ":" after a joining word: "Keep logs of:", "such as the following:"
	notice     bool // a notice ("Please note …", "NB: …"): context, never a request (noticeLine)
	lead       bool // a sentence leading into the items below it: "The following questions relate to payroll:"
	qword      bool // opens with a question word: an auxiliary, a modal or a wh-word ("Does …", "How …")
	asks       bool // requests without opening as qstart does: "Encrypt backups", "SOC 1 and bridge letter please" (says)
	states     bool // states something: "MFA enforced for admins", "Backups are encrypted" (says)
	document   bool // its last word names a document sent on request: "Pen test summary" (documentNouns)
	report     bool // …a report or a summary ("Audit report", "Executive summary"), which also titles sections
	alone      bool // the reader saw it stand alone as a title (standsAlone), so a report's name may head a section
	listTitle  bool // titles a list by what it asks for: "Documents requested", "Evidence required" (isListTitle)
}

var questionStarts = map[string]bool{
	"do": true, "does": true, "did": true, "is": true, "are": true, "was": true, "were": true,
	"has": true, "have": true, "had": true, "can": true, "could": true, "will": true,
	"would": true, "should": true, "shall": true, "may": true, "might": true, "must": true,
	"how": true, "what": true, "when": true, "where": true, "which": true, "who": true,
	"whom": true, "whose": true, "why": true, "am": true, "if": true,
	"describe": true, "provide": true, "list": true, "explain": true, "please": true,
	"attach": true, "upload": true, "share": true, "indicate": true, "specify": true,
	"confirm": true, "identify": true, "outline": true, "detail": true, "submit": true,
	"summarize": true, "summarise": true, "select": true, "send": true, "give": true,
	"enumerate": true, "tell": true, "demonstrate": true, "define": true, "clarify": true,
	"verify": true, "elaborate": true, "supply": true, "furnish": true, "attest": true,
	"check": true, "state": true, "briefly": true, "kindly": true, "let": true,
}

// questionWords are the questionStarts that open a question, not a request:
// one without its question mark may still be wrapped onto the next line.
var questionWords = func() map[string]bool {
	set := map[string]bool{
		"how": true, "what": true, "when": true, "where": true, "which": true, "who": true,
		"whom": true, "whose": true, "why": true, "am": true,
	}
	for _, w := range triage.Auxiliaries() {
		set[w] = true
	}
	return set
}()

// titleOpeners open a request ("Supply your SOC 2 report", "Check that …")
// and a title too ("Supply Chain Risk Management", "Check Point Firewalls",
// "State Privacy Laws", "List of Subprocessors"): a line that opens with one
// and capitalises every other word is a title.
var titleOpeners = map[string]bool{"supply": true, "check": true, "state": true, "list": true, "select": true, "share": true}

// OpensQuestion says whether line opens as a question or a request does: with
// a question word or a request verb ("Do …", "Describe …", "Please …"), read
// as the splitter reads a line, so that "Supply Chain Risk Management" is a
// title and "Supply your SOC 2 report" a request. This is the one list of
// these words: the questionnaire reader asks OpensQuestion.
func OpensQuestion(line string) bool {
	line = strings.TrimSpace(line)
	first := line
	if i := strings.IndexAny(line, " \t\n"); i >= 0 {
		first = line[:i]
	}
	if len(first) > 24 {
		return false
	}
	var buf [24]byte
	w := lowerWord(trimPunct([]byte(first)), &buf)
	switch {
	case !questionStarts[string(w)]:
		return false
	case !titleOpeners[string(w)]:
		return true
	}
	return analyze([]byte(line)).qstart // rare: is it a title?
}

var connectors = map[string]bool{
	"and": true, "or": true, "of": true, "the": true, "a": true, "an": true, "to": true,
	"for": true, "with": true, "in": true, "on": true, "by": true, "your": true, "our": true,
	"their": true, "its": true, "that": true, "which": true, "including": true, "as": true,
	"at": true, "from": true, "is": true, "are": true, "be": true, "any": true, "all": true,
	"such": true, "than": true, "into": true, "via": true, "per": true, "e.g.": true,
	"i.e.": true, "&": true, "nor": true, "but": true, "both": true, "either": true,
	"whether": true, "do": true, "does": true, "have": true, "has": true, "if": true,
}

var stopwords = map[string]bool{
	"a": true, "an": true, "the": true, "and": true, "or": true, "of": true, "for": true,
	"to": true, "in": true, "on": true, "at": true, "by": true, "with": true, "vs": true,
	"vs.": true, "via": true, "per": true, "from": true, "into": true, "as": true, "&": true,
}

var followups = map[string]bool{
	"yes": true, "so": true, "no": true, "not": true, "applicable": true, "any": true,
	"available": true, "relevant": true, "none": true, "needed": true, "required": true,
}

func lowerWord(w []byte, buf *[24]byte) []byte {
	if len(w) > len(buf) {
		return nil
	}
	return lowerASCII(buf[:], w)
}

// lowerASCII writes t into dst with ASCII letters lower-cased and returns
// dst[:len(t)]; dst must be at least as long as t. Callers pass a fixed-size
// array on their stack, so reading a line lower-cased allocates nothing.
func lowerASCII(dst, t []byte) []byte {
	b := dst[:len(t)]
	for i, c := range t {
		if isUpper(c) {
			c += 'a' - 'A'
		}
		b[i] = c
	}
	return b
}

func analyze(t []byte) lineInfo {
	var li lineInfo
	li.title = true
	li.docTitle = isDocTitle(t)
	letters, lowers, depth := 0, 0, 0
	var buf [24]byte
	var first, last []byte
	for i := 0; ; {
		w, j := nextWord(t, i)
		if w == nil {
			break
		}
		li.words++
		if li.words == 1 {
			first = w
		} else if li.words == 2 {
			lf := lowerWord(trimPunct(first), &buf)
			if string(lf) == "if" {
				lw := lowerWord(trimPunct(w), &buf)
				li.followup = followups[string(lw)]
			}
		}
		last = w
		if li.title {
			if li.words > maxHeadWords {
				li.title = false
			} else if r, _ := utf8.DecodeRune(w); unicode.IsLower(r) && !stopwords[string(lowerWord(w, &buf))] {
				li.title = false
			}
		}
		i = j
	}
	for i := 0; i < len(t); {
		c := t[i]
		if c < utf8.RuneSelf {
			switch c {
			case '?':
				li.hasQ = true
			case '(':
				depth++
			case ')':
				depth--
			case ',':
				if depth <= 0 {
					li.comma = true
				}
			}
			if isAlpha(c) {
				letters++
				if isLower(c) {
					lowers++
				}
			}
			i++
			continue
		}
		r, n := utf8.DecodeRune(t[i:])
		if r == '？' {
			li.hasQ = true
		}
		if unicode.IsLetter(r) {
			letters++
			if unicode.IsLower(r) {
				lowers++
			}
		}
		i += n
	}
	li.caps = letters >= 2 && lowers == 0
	if len(first) > 0 {
		r, _ := utf8.DecodeRune(first)
		li.upperStart = unicode.IsUpper(r) || (r < utf8.RuneSelf && isDigit(byte(r)))
		li.lowerStart = unicode.IsLower(r)
		fw := trimPunct(first)
		lf := lowerWord(fw, &buf)
		li.qstart = questionStarts[string(lf)] && !(titleOpeners[string(lf)] && li.title && li.words > 1)
		li.qword = li.qstart && questionWords[string(lf)]
		switch string(lf) {
		case "please", "kindly", "note", "nb", "n.b", "nota":
			if li.notice = noticeLine(t); li.notice {
				li.qstart = false
			}
		}
		if !li.qstart && !li.hasQ && !li.notice && !(li.title && li.words > 1) {
			li.qstart = asksAfterLead(t)
		}
		if first[0] == '(' || hasPrefixFoldB(first, "e.g") || hasPrefixFoldB(first, "i.e") {
			li.followup = true
		}
	}
	if len(last) > 0 {
		e := len(t)
		for e > 0 && strings.IndexByte(`"'*_)`, t[e-1]) >= 0 && !(t[e-1] == ')' && e >= 2 && t[e-2] != '.' && t[e-2] != '?') {
			e--
		}
		if e > 0 {
			li.lastEnd = t[e-1]
		}
		if t[len(t)-1] >= utf8.RuneSelf {
			r, _ := utf8.DecodeLastRune(t)
			switch r {
			case '？':
				li.lastEnd = '?'
			case '”', '’':
				if len(t) > 3 {
					li.lastEnd = t[len(t)-4]
				}
			default:
				li.lastEnd = 'a'
			}
		}
		lw := lowerWord(last, &buf)
		for len(lw) > 0 && lw[0] == '(' {
			lw = lw[1:]
		}
		li.connEnd = connectors[string(lw)]
		switch noun := string(trimPunct(lw)); {
		case reportNouns[noun]:
			li.document, li.report = true, true
		case documentNouns[noun]:
			li.document = true
		}
		if li.lastEnd == ':' {
			lc := lowerWord(trimPunct(last), &buf)
			li.leadIn = connectors[string(lc)] || string(lc) == "following"
		}
		r, _ := utf8.DecodeRune(last)
		li.capEnd = unicode.IsUpper(r) && bytes.IndexFunc(last, unicode.IsLower) > 0 // "Continuity", not "MFA"
		if li.upperStart && !li.hasQ && !li.qstart && !li.notice && li.words <= maxHeadWords && li.lastEnd != '.' {
			switch formWords(t, last, &buf) {
			case formField:
				li.form = true
			case formTitled:
				li.formTitle = true
			}
		}
		li.lead = li.lastEnd == ':' && li.upperStart && !li.title && !li.hasQ && !li.qstart && !li.notice &&
			!li.leadIn && !li.form && li.words >= 4 && li.words <= maxLeadWords && leadsInto(t)
	}
	if !li.hasQ && !li.qstart && !li.notice && !li.caps && li.words > 1 {
		li.asks, li.states = says(t)
		li.listTitle = li.states && li.upperStart && li.words <= 4 && li.lastEnd != '.' && isListTitle(t)
	}
	return li
}

// isListTitle: t names the things a list below it asks for and says they are
// asked, a noun of sent things then a participle of asking ("Documents
// requested", "Supporting evidence required", "Attachments needed"). Read as
// a statement its participle would make it one ("Backups encrypted"); a
// participle of asking said of documents makes it a title instead.
func isListTitle(t []byte) bool {
	var buf [24]byte
	noun := false
	for i := 0; ; {
		w, j := nextWord(t, i)
		if w == nil {
			return false
		}
		i = j
		lw := string(lowerWord(trimPunct(w), &buf))
		if noun && askedParticiples[lw] {
			next, _ := nextWord(t, j)
			return next == nil // the participle ends the line
		}
		noun = noun || listNouns[lw]
	}
}

// listNouns name the things a questionnaire's list asks to be sent.
var listNouns = map[string]bool{
	"documents": true, "documentation": true, "attachments": true, "evidence": true,
	"artefacts": true, "artifacts": true, "materials": true, "files": true,
	"deliverables": true, "items": true, "uploads": true, "reports": true, "certificates": true,
}

// askedParticiples say that the things named are asked for.
var askedParticiples = map[string]bool{
	"requested": true, "required": true, "needed": true, "wanted": true, "expected": true,
}

// lastWord returns the last space-separated word of t, nil when t has none.
func lastWord(t []byte) []byte {
	for len(t) > 0 && t[len(t)-1] == ' ' {
		t = t[:len(t)-1]
	}
	i := bytes.LastIndexByte(t, ' ')
	if len(t) == 0 {
		return nil
	}
	return t[i+1:]
}

// namesDocument: the last word of t names a document sent on request
// (documentNouns).
func namesDocument(t []byte) bool {
	last := lastWord(t)
	var buf [24]byte
	return documentNouns[string(trimPunct(lowerWord(last, &buf)))]
}

// documentNouns end the name of a document a vendor sends on request ("SOC 2
// report", "Insurance certificate", "Pen test summary", "Bridge letter").
var documentNouns = map[string]bool{
	"report": true, "reports": true, "summary": true, "certificate": true, "certificates": true,
	"letter": true, "attestation": true, "attestations": true, "certification": true,
}

// reportNouns are the documentNouns that also end a section's title:
// "Executive summary", "Audit report", "Findings reports".
var reportNouns = map[string]bool{"report": true, "reports": true, "summary": true}

// maxLeadWords bounds a sentence leading into the items below it.
const maxLeadWords = 20

// leadWords say that a sentence leads into what follows it: "The following
// questions relate to payroll:", "Questions in this part apply to hosted
// services:", "These cover business continuity:".
var leadWords = map[string]bool{
	"following": true, "below": true, "relate": true, "relates": true, "apply": true,
	"applies": true, "concern": true, "concerns": true, "cover": true, "covers": true,
	"pertain": true, "pertains": true, "refer": true, "refers": true,
}

// leadsInto: t holds one of the leadWords.
func leadsInto(t []byte) bool {
	var buf [24]byte
	for i := 0; ; {
		w, j := nextWord(t, i)
		if w == nil {
			return false
		}
		i = j
		if leadWords[string(lowerWord(trimPunct(w), &buf))] {
			return true
		}
	}
}

// What the words of a label say about it (formWords).
const (
	notForm    = iota
	formField  // a field's label: "Vendor Name", "Date Completed"
	formTitled // a field's label or a section's title: "Vendor Hosting Regions", "Data Location"
)

// formWords reads the words of a label t whose last word is last: its last
// word is a form noun, or a form lead opens it.
func formWords(t, last []byte, buf *[24]byte) int {
	titles, ok := formNouns[string(lowerWord(trimPunct(last), buf))]
	switch {
	case ok && !titles, formLead(t, buf):
		return formField
	case ok:
		return formTitled
	}
	return notForm
}

// FormLabel says whether the words of label name a field of a form, something
// the respondent writes in: its last word is one of the form nouns ("Vendor
// Name", "Vendor Hosting Regions", "VPAT"), or it opens with "Date", "Link",
// "URL", "Name" or "Website" and goes on ("Date Completed", "Web Link to
// Product Privacy Notice"). Nouns that also title sections ("Company",
// "Location", "Notice") count only when valueBeside is true: the caller sees
// from the layout that a value goes with the label, as a spreadsheet row with
// an answer cell shows. Only the words are judged; the label's length and
// punctuation are the caller's to weigh.
//
// Split reads lines with the same words: there, the sign that a value goes with
// a label ending in such a noun is a form field on the line above it.
func FormLabel(label string, valueBeside bool) bool {
	t := []byte(strings.TrimSpace(label))
	last := lastWord(t)
	if last == nil {
		return false
	}
	var buf [24]byte
	switch formWords(t, last, &buf) {
	case formField:
		return true
	case formTitled:
		return valueBeside
	}
	return false
}

// formNouns end the label of a form's field: what the respondent writes in.
// The words marked true also title sections ("Company", "Data Location",
// "Privacy Notice"), so a label ending in one is a field only where something
// shows that a value goes with it (see FormLabel). This is the one list of
// these words: the questionnaire reader asks FormLabel.
var formNouns = map[string]bool{
	"name": false, "names": false, "date": false, "email": false, "e-mail": false, "mail": false,
	"phone": false, "telephone": false, "fax": false, "address": false, "city": false,
	"title": false, "description": false, "url": false, "link": false, "website": false,
	"contact": false, "signature": false, "version": false, "number": false, "id": false,
	"role": false, "position": false, "department": false, "vpat": false,

	"company": true, "organization": true, "organisation": true, "vendor": true, "product": true,
	"owner": true, "location": true, "locations": true, "region": true, "regions": true,
	"country": true, "countries": true, "state": true, "notice": true, "statement": true,
}

// formLead: a label opened by what is written in ("Date Completed", "Link to the
// Privacy Notice", "Web Link to …"), in its first two words.
func formLead(t []byte, buf *[24]byte) bool {
	for i, n := 0, 0; n < 2; n++ {
		w, j := nextWord(t, i)
		if w == nil {
			return false
		}
		i = j
		switch string(lowerWord(trimPunct(w), buf)) {
		case "link", "url", "date", "name", "website":
			return j < len(t) // not the label's only word: "Name" alone is a heading's
		}
	}
	return false
}

func hasPrefixFoldB(w []byte, p string) bool {
	if len(w) < len(p) {
		return false
	}
	for i := 0; i < len(p); i++ {
		c := w[i]
		if isUpper(c) {
			c += 'a' - 'A'
		}
		if c != p[i] {
			return false
		}
	}
	return true
}

func trimPunct(w []byte) []byte {
	for len(w) > 0 && strings.IndexByte(",.;:!?)(\"'", w[len(w)-1]) >= 0 {
		w = w[:len(w)-1]
	}
	for len(w) > 0 && strings.IndexByte("(\"'", w[0]) >= 0 {
		w = w[1:]
	}
	return w
}

// optionLike: a short answer choice under a "Select …:" question.
func (li lineInfo) optionLike() bool {
	return !li.hasQ && !li.qstart && li.words <= 10
}

// numberedTitle: the text after a number reads like a section title.
func (li lineInfo) numberedTitle() bool {
	return !li.hasQ && !li.qstart && !li.instructsOrStates() && li.words <= maxTitleWords && li.upperStart &&
		li.lastEnd != '.' && li.lastEnd != ',' && li.lastEnd != ';' && li.lastEnd != '!'
}

// instructsOrStates: the line, which opens with no question word or request
// verb, instructs ("Encrypt backups", "Use MFA for admins", "We need your
// latest SOC 2") or states ("MFA enforced for admins", "Rotate keys yearly"):
// an item, not a title. A statement ending in ":" still leads into the lines
// below it.
func (li lineInfo) instructsOrStates() bool {
	return li.asks || (li.states && li.lastEnd != ':' && !li.listTitle)
}

// AsksOrStates says whether line, read as the splitter reads a line, asks or
// says something: a question mark, a question word or request verb opening
// it, a notice, or the word classes of instructsOrStates. Such a line is
// never a section heading, however short and title-like it is ("Use MFA").
// This is the one reading of these words: the questionnaire reader asks
// AsksOrStates of a lone cell before it heads the rows below with it.
func AsksOrStates(line string) bool {
	li := analyze([]byte(strings.TrimSpace(line)))
	return li.hasQ || li.qstart || li.notice || li.instructsOrStates()
}

// TitleShaped says whether line, alone, reads as a section title the way the
// splitter reads a heading: after a number or an id ("3.", "A.1", "IAM-01",
// "PR.AT-1") a short line that neither asks nor states and has no closing
// punctuation ("3. Logging and monitoring"); without one, a noun phrase of
// up to three words in any case ("Third party risk", "Business continuity"),
// one of up to six with every word capitalised, a line in capitals, or a
// short line ending in ":". A sentence leading into the lines below it is no
// title here: it names no section. title is the line without its label.
// This is the one reading of a title: the questionnaire reader asks
// TitleShaped of a cell alone on its row.
func TitleShaped(line string) (title string, ok bool) { return titleShaped(line, false) }

// TitleShapedAlone reads line as TitleShaped does, for a line that stands
// alone as a title, no other document's name next to it (DocumentName): a
// report's or a summary's name in sentence case ("Executive summary",
// "Audit report") is a title then, as the splitter reads it between blank
// lines.
func TitleShapedAlone(line string) (title string, ok bool) { return titleShaped(line, true) }

func titleShaped(line string, alone bool) (title string, ok bool) {
	line = strings.TrimSpace(line)
	m, body := parseMarker(line)
	body = strings.TrimSpace(body)
	if m.kind == mkQ || m.kind == mkHash || body == "" {
		return "", false
	}
	t := []byte(body)
	li := analyze(t)
	li.alone = alone
	if notTitle(t, li) {
		return "", false
	}
	switch {
	case m.kind == mkID:
		// Alone, with no next line to settle it as a held numbered title
		// is settled, a line after an id is a title only capitalised
		// throughout ("A.1 Access Control"): a catalogue names each of its
		// controls in sentence case ("A.5.1.2 Review of the policies").
		return body, li.numberedTitle() && (li.title || li.caps)
	case m.kind == mkBullet, m.kind == mkCheck:
		// Alone, with no deeper bullets under it, a bullet naming a
		// document ("- Insurance certificate") is the document asked for.
		return body, li.numberedTitle() && !li.document
	case numbered(m.kind):
		return body, li.numberedTitle()
	case m.kind == mkSection:
		return body, true
	}
	fam, ok := li.headingFamily(wrappedIn(body, '*'))
	return body, ok && fam != famLead
}

// notTitle: t, read as li, has a title's shape but is page furniture or a
// label, so it heads nothing: an answer or a page number (isNoise), a line
// marking where a part ends (endLine), a pointer elsewhere ("See below"), or
// a label cut short on a joining word ("Reviewed by"). The splitter asks it
// before it takes a line as a heading and TitleShaped before it calls a cell
// a title, so that both read titles alike.
func notTitle(t []byte, li lineInfo) bool {
	return li.connEnd || li.cutLabel || endLine(t) || isNoise(t) || pointsElsewhere(t)
}

// pointsElsewhere: a short line that sends the reader elsewhere ("See below",
// "Answer below", "See attached"): it opens with "see" or ends with "below",
// "above" or "overleaf".
func pointsElsewhere(t []byte) bool {
	var buf [24]byte
	first, _ := nextWord(t, 0)
	if string(lowerWord(trimPunct(first), &buf)) == "see" {
		return true
	}
	last := lastWord(t)
	switch string(lowerWord(trimPunct(last), &buf)) {
	case "below", "above", "overleaf":
		return true
	}
	return false
}

// ItemLabel splits the label that opens line, read as the splitter reads an
// item's number: label is the number or id as written ("3", "2.1", "b",
// "IAM-02.1", "A.5.1.2", "PR.AT-1") and rest the text after it and its
// separator (".", ")", ":", " - "); id says the label is an identifier
// rather than a list number or letter. A line opening with no label gives
// "", line.
func ItemLabel(line string) (label, rest string, id bool) {
	m, body := parseMarker(line)
	if !numbered(m.kind) {
		return "", line, false
	}
	return m.label, body, m.kind == mkID
}

// headingFamily says whether an unnumbered line is a heading, and of which kind.
func (li lineInfo) headingFamily(bold bool) (int, bool) {
	if li.lead {
		return famLead, true
	}
	if li.hasQ || li.qstart || li.words == 0 || li.words > maxHeadWords || li.followup || li.form || li.leadIn || li.notice {
		return 0, false
	}
	if (li.docTitle || li.listTitle) && li.upperStart && li.lastEnd != '.' {
		return famTitle, true
	}
	if li.instructsOrStates() {
		return 0, false
	}
	if li.comma && !bold && !li.caps && !(li.title && li.lastEnd != ':') {
		return 0, false // "Hey team, Acme sent these:"; "Testing, QA, and Monitoring" is a title
	}
	if bold {
		return famBold, true
	}
	if li.document && !li.title && !li.caps && !(li.report && li.alone) {
		// "SOC 2 report", "Pen test summary": a document asked for, one of
		// a list of them; a title names it in capitals ("Penetration Test
		// Report") when it heads questions about it, or stands alone
		// ("Executive summary" between blank lines).
		return 0, false
	}
	switch li.lastEnd {
	case '.', ',', ';', '!':
		return 0, false
	}
	switch {
	case li.caps:
		return famCaps, true
	case li.lowerStart:
		return 0, false
	case li.lastEnd == ':' && li.words <= maxTitleWords:
		return famColon, true
	case li.words <= maxTitleWords && (li.title || li.words <= 3) && li.upperStart:
		return famTitle, true
	}
	return 0, false
}
