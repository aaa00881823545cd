package split

// The open question: starting one, joining wrapped lines and pick-list options
// to it, closing it, and numbering the questions found.

import (
	"strconv"
	"strings"

	"github.com/socbot/socbot/internal/triage"
)

// takesOptions: the open question is a request whose answer choices follow as a
// list: it ends with ":" ("Select the controls in place:"), or it asks to pick
// ("Which of the following … do you hold?").
func (s *splitter) takesOptions() bool {
	c := &s.cur
	if c.options || c.lastEnd == ':' {
		return true // "Does your policy cover:", "Keep logs of:"
	}
	if !c.qlike {
		return false
	}
	if c.lastEnd != '?' {
		return false
	}
	t := s.out[c.start:c.end]
	if len(t) > 400 {
		t = t[len(t)-400:]
	}
	var buf [400]byte
	return containsAny(lowerASCII(buf[:], t), pickPhrases)
}

var pickPhrases = byteStrings("which of the following", "the following", "select", "all that apply", "check all", "which of these")

func optionKind(kind int) bool {
	switch kind {
	case mkBullet, mkCheck, mkLowerAlpha, mkLowerRoman:
		return true
	}
	return false
}

// start closes the open question and opens a new one on sp.
func (s *splitter) start(sp span, ln int, item bool, indent int, li lineInfo) {
	s.close()
	s.open = true
	s.cur = openQ{span: sp, line: ln, item: item, indent: indent,
		qlike: li.qstart || li.hasQ || li.asks, lastEnd: li.lastEnd, connEnd: li.connEnd, capEnd: li.capEnd,
		notice: li.notice && !item, lastLen: sp.end - sp.start, qword: li.qword}
}

// addOption appends an answer choice to a "Select …:" question.
func (s *splitter) addOption(sp span, li lineInfo) {
	sep := " "
	if s.cur.options {
		sep = "; "
	}
	s.join(sp, sep, li)
	s.cur.options = true
}

// join appends sp, the arena's tail, to the open question with sep between.
func (s *splitter) join(sp span, sep string, li lineInfo) {
	c := &s.cur
	if !s.open || c.end != sp.start {
		s.start(sp, s.ln, false, 0, li) // not contiguous: cannot happen, but stay safe
		return
	}
	n := len(s.out)
	s.out = append(s.out, sep...)
	copy(s.out[sp.start+len(sep):], s.out[sp.start:n])
	copy(s.out[sp.start:], sep)
	c.end = len(s.out)
	c.field = false // a label goes on a line of its own
	if c.notice && (li.hasQ || li.qstart || !(li.notice || li.lowerStart || c.connEnd ||
		strings.IndexByte(".!?", c.lastEnd) < 0)) {
		c.notice = false // a question or a sentence of its own joined the notice
	}
	c.qlike = c.qlike || li.hasQ || ((li.qstart || li.asks) && li.upperStart)
	c.lastEnd, c.connEnd, c.capEnd = li.lastEnd, li.connEnd, li.capEnd
	c.lastLen = n - sp.start
}

func (s *splitter) close() {
	if !s.open {
		return
	}
	s.open = false
	t := trimAnswerTail(s.out[s.cur.start:s.cur.end])
	if len(t) == 0 || isNoise(t) || (s.cur.notice && !namesReport(t)) {
		// A notice with no question after it is no item; one naming a
		// report or the asker's SOX reliance stays ("Please note a SOC 1
		// is mandatory.").
		return
	}
	s.emit(span{s.cur.start, s.cur.start + len(t)}, s.cur.line, s.cur.id, s.cur.field)
}

// emit records the question on sp. form marks the label of a form's field
// (triage.Question.Form): a line the form words make a field of ("Vendor
// Name", "Date of last penetration test", one more label in a run of them),
// never a line with a question mark or an asking word.
func (s *splitter) emit(sp span, ln int, id string, form bool) {
	if s.secDirty {
		s.secDirty = false
		if len(s.stack) == 0 {
			s.secCur = -1
		} else {
			from := len(s.secParts)
			for _, h := range s.stack {
				s.secParts = append(s.secParts, h.span)
			}
			s.secVers = append(s.secVers, span{from, len(s.secParts)})
			s.secCur = len(s.secVers) - 1
		}
	}
	if len(s.qs) == 0 && isPreamble(s.out[sp.start:sp.end]) {
		return
	}
	s.qs = append(s.qs, qrec{span: sp, line: ln, sec: s.secCur, id: id, form: form})
	s.afterHeading = false
	if n := len(s.stack); n > 0 && !s.stack[n-1].held {
		for i := range s.stack {
			s.stack[i].held = true
		}
	}
}

// finish returns the questions found, with the customer's ids where the text has
// them and "" where it has none (number fills those in).
func (s *splitter) finish() []triage.Question {
	if len(s.qs) == 0 {
		return nil
	}
	all := string(s.out)
	var secs []string
	if len(s.secVers) > 0 {
		var b strings.Builder
		n := 0
		for _, v := range s.secVers {
			for _, p := range s.secParts[v.start:v.end] {
				n += p.end - p.start + 3
			}
		}
		b.Grow(n)
		ends := make([]int, len(s.secVers))
		for i, v := range s.secVers {
			for j, p := range s.secParts[v.start:v.end] {
				if j > 0 {
					b.WriteString(" > ")
				}
				b.WriteString(all[p.start:p.end])
			}
			ends[i] = b.Len()
		}
		joined := b.String()
		secs = make([]string, len(ends))
		prev := 0
		for i, e := range ends {
			secs[i] = joined[prev:e]
			prev = e
		}
	}
	out := make([]triage.Question, len(s.qs))
	for i, q := range s.qs {
		out[i] = triage.Question{ID: q.id, Text: all[q.start:q.end], Line: q.line, Form: q.form}
		if q.sec >= 0 {
			out[i].Section = secs[q.sec]
		}
	}
	return out
}

// number gives every question without an id of its own "q" and its position (q1,
// q2, …, always lower case), and makes ids unique: a repeated id gains "#2", "#3"…
func number(qs []triage.Question) []triage.Question {
	var ib strings.Builder
	var nb [24]byte
	custom := false
	for i := range qs {
		if qs[i].ID != "" {
			custom = true
			continue
		}
		ib.WriteByte('q')
		ib.Write(strconv.AppendInt(nb[:0], int64(i+1), 10))
	}
	ids := ib.String()
	at := 0
	for i := range qs {
		if qs[i].ID == "" {
			n := 1 + digits(i+1)
			qs[i].ID = ids[at : at+n]
			at += n
		}
	}
	if custom {
		unique(qs)
	}
	return qs
}

// unique renames the second and later uses of an id: "1.1", "1.1#2", "1.1#3".
func unique(qs []triage.Question) {
	seen := make(map[string]int, len(qs))
	for i := range qs {
		id := qs[i].ID
		if n := seen[id]; n > 0 {
			for {
				n++
				alt := id + "#" + strconv.Itoa(n)
				if seen[alt] == 0 {
					seen[id] = n
					qs[i].ID = alt
					seen[alt] = 1
					break
				}
			}
			continue
		}
		seen[id] = 1
	}
}

func digits(n int) int {
	d := 1
	for n >= 10 {
		n /= 10
		d++
	}
	return d
}
