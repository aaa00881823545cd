package split

// Notices, instructions and closings: lines that tell the reader something
// about the questions ("Please note …", "NB: …") or how to fill in the form
// ("Please answer all questions in English."), or close an e-mail ("Let me know
// if anything is unclear."), and ask nothing themselves.

import (
	"bytes"
	"strings"
)

// noticeOpeners open a notice, as lower-cased text. Those ending in a letter
// must end a word there ("Please noted" is not one).
var noticeOpeners = byteStrings(
	"please note", "please also note", "kindly note", "please take note",
	"please read", "please be aware", "please also be aware", "please be advised",
	"please keep in mind", "please bear in mind", "please remember",
	"note that", "note:", "nb:", "nb.", "nb ", "n.b.", "n.b:", "nota bene",
)

// noticeLine: t opens as a notice ("Please note that …", "Please read …", "Please
// be aware …", "Please keep in mind …", "Note: …", "NB …"), says something after
// its opening, and asks nothing: no question mark and no request verb
// ("Please note that you must provide …" requests).
func noticeLine(t []byte) bool {
	if len(t) < 4 || strings.IndexByte("pPkKnN", t[0]) < 0 {
		return false
	}
	var buf [24]byte
	low := lowerASCII(buf[:], t[:min(len(t), len(buf))])
	rest := -1
	for _, p := range noticeOpeners {
		if bytes.HasPrefix(low, p) && (!isAlpha(p[len(p)-1]) || len(t) == len(p) || !isWordByte(t[len(p)])) {
			rest = len(p)
			break
		}
	}
	if rest < 0 || bytesIndexByte(t, '?') >= 0 {
		return false
	}
	w, _ := nextWord(t, rest)
	if core, ok := wordCore(w, &buf); ok && len(core) == 0 {
		return false // "Note:" alone is a label
	}
	return !requestsIn(t[rest:])
}

// requestsIn: t holds a request verb that asks ("… you must provide your SOC 2",
// "… and sign the NDA"), or "please" again. A verb that is also a noun asks only
// with an object after it ("the list is public" does not).
func requestsIn(t []byte) bool {
	var buf, nb [24]byte
	for i := 0; ; {
		w, j := nextWord(t, i)
		if w == nil {
			return false
		}
		i = j
		core := lowerWord(trimPunct(w), &buf)
		weak, verb := leadVerbs[string(core)]
		if !verb {
			weak, verb = noticeVerbs[string(core)]
		}
		switch {
		case string(core) == "please" || string(core) == "kindly":
			return true
		case !verb || strings.IndexByte(",;:.!", w[len(w)-1]) >= 0:
			continue
		}
		next, _ := nextWord(t, i)
		nc := lowerWord(trimPunct(next), &nb)
		if len(nc) > 0 && !nounAfter[string(nc)] && (!weak || objectOpeners[string(nc)]) {
			return true
		}
	}
}

// noticeVerbs ask, beside leadVerbs, inside a notice ("Please read our policy and
// sign …"); those marked true ask only with an object after them.
var noticeVerbs = map[string]bool{
	"sign": false, "countersign": false, "acknowledge": false, "elaborate": false,
	"return": true, "complete": true, "accept": true,
}

// instructionWords are the words of an instruction about filling in the form,
// by role: 'a' the act of answering, 'o' what is filled in, 'f' any other word
// such an instruction uses.
var instructionWords = map[string]byte{
	"answer": 'a', "answers": 'a', "answered": 'a', "answering": 'a', "complete": 'a',
	"completed": 'a', "completing": 'a', "fill": 'a', "filled": 'a', "filling": 'a',
	"respond": 'a', "responding": 'a', "response": 'a', "responses": 'a', "reply": 'a',
	"read": 'a', "return": 'a', "returned": 'a', "mark": 'a', "tick": 'a', "enter": 'a',
	"write": 'a', "type": 'a',

	"question": 'o', "questions": 'o', "questionnaire": 'o', "form": 'o', "forms": 'o',
	"field": 'o', "fields": 'o', "section": 'o', "sections": 'o', "instructions": 'o',
	"english": 'o', "template": 'o', "column": 'o', "columns": 'o', "cell": 'o',
	"cells": 'o', "box": 'o', "boxes": 'o', "sheet": 'o', "tab": 'o', "tabs": 'o',
	"item": 'o', "items": 'o', "row": 'o', "rows": 'o', "n/a": 'o', "na": 'o',

	"please": 'f', "kindly": 'f', "note": 'f', "nb": 'f', "n.b": 'f', "that": 'f',
	"ensure": 'f', "make": 'f', "sure": 'f', "all": 'f', "each": 'f', "every": 'f',
	"the": 'f', "this": 'f', "these": 'f', "your": 'f', "our": 'f', "a": 'f', "an": 'f',
	"in": 'f', "of": 'f', "on": 'f', "for": 'f', "to": 'f', "with": 'f', "by": 'f',
	"and": 'f', "or": 'f', "before": 'f', "after": 'f', "carefully": 'f', "fully": 'f',
	"accurately": 'f', "honestly": 'f', "completely": 'f', "clearly": 'f', "as": 'f',
	"possible": 'f', "must": 'f', "should": 'f', "be": 'f', "are": 'f', "is": 'f',
	"will": 'f', "need": 'f', "needs": 'f', "required": 'f', "mandatory": 'f',
	"provide": 'f', "give": 'f', "use": 'f', "leave": 'f', "blank": 'f', "do": 'f',
	"not": 'f', "don't": 'f', "no": 'f', "yes": 'f', "where": 'f', "if": 'f',
	"applicable": 'f', "relevant": 'f', "appropriate": 'f', "below": 'f', "above": 'f',
	"following": 'f', "provided": 'f', "space": 'f', "only": 'f', "one": 'f', "per": 'f',
	"out": 'f', "any": 'f', "unanswered": 'f', "empty": 'f', "asterisk": 'f',
	"marked": 'f', "us": 'f', "we": 'f', "ask": 'f', "you": 'f', "back": 'f', "it": 'f',
	"them": 'f', "within": 'f', "language": 'f', "comments": 'f', "own": 'f', "words": 'f',
	"full": 'f', "sentences": 'f', "detail": 'f', "from": 'f', "at": 'f', "least": 'f',
	"always": 'f', "also": 'f',
}

// answerVerbs open an instruction that says how to answer: "Answer for
// production only.", "Please respond in English.".
var answerVerbs = map[string]bool{"answer": true, "respond": true, "reply": true}

// askWords after an answer verb make it a question: "Please answer whether …".
var askWords = map[string]bool{
	"whether": true, "if": true, "how": true, "what": true, "which": true, "who": true,
	"when": true, "where": true, "why": true,
}

// fillingInstruction: t says how to fill in the form and asks nothing: every
// word is one such instructions use, one of them the act of answering and one
// what is filled in ("Please answer all questions in English.", "Please read the
// instructions carefully before answering.", "All fields are to be completed."),
// or it opens, after "please", "kindly", "note:" or "NB:", with answer, respond
// or reply and asks nothing after it ("Note: answer for production only.").
// A line ending in ":" leads in what follows and is not one; neither is a line
// naming a SOC report.
func fillingInstruction(t []byte) bool {
	if len(t) > 300 || t[len(t)-1] == ':' {
		return false
	}
	var buf, nb [24]byte
	act, obj, closed := false, false, true
	lead, opens := true, false // still in "please", "note:" …; opened with an answer verb
	after := 0                 // where the words after the answer verb start
	for i, words := 0, 0; ; words++ {
		w, j := nextWord(t, i)
		if w == nil {
			break
		}
		i = j
		core, ok := wordCore(w, &buf)
		if !ok || words > 40 {
			return false
		}
		if lead {
			switch string(core) {
			case "please", "kindly", "note", "nb", "n.b":
				if string(core) != "please" && string(core) != "kindly" && w[len(w)-1] != ':' && w[len(w)-1] != '.' {
					lead = false
				}
				continue
			}
			lead = false
			opens, after = answerVerbs[string(core)], i
			if next, _ := nextWord(t, i); opens && next != nil {
				nc, _ := wordCore(next, &nb)
				opens = !askWords[string(nc)]
			}
		}
		switch instructionWords[string(core)] {
		case 'a':
			act = true
		case 'o':
			obj = true
		case 'f':
		default:
			if !opens {
				return false // neither made of the words nor opened by an answer verb
			}
			closed = false
		}
	}
	if bytesIndexByte(t, '?') >= 0 {
		return false
	}
	if closed && act && obj {
		return true
	}
	return opens && !requestsIn(t[after:]) && !namesReport(t)
}

// namesReport: t names a SOC report, SSAE 18, ISAE 3402 or a bridge letter, or
// the asker's SOX or ICFR reliance: what the report to send turns on.
func namesReport(t []byte) bool {
	if len(t) > 600 {
		t = t[:600]
	}
	var buf [600]byte
	low := lowerASCII(buf[:], t)
	for i := 0; i+3 <= len(low); i++ {
		if i > 0 && isAlpha(low[i-1]) {
			continue
		}
		switch {
		case bytes.HasPrefix(low[i:], []byte("soc")) && (i+3 == len(low) || !isAlpha(low[i+3])),
			bytes.HasPrefix(low[i:], []byte("sox")) && (i+3 == len(low) || !isAlpha(low[i+3])),
			bytes.HasPrefix(low[i:], []byte("icfr")), bytes.HasPrefix(low[i:], []byte("sarbanes")),
			bytes.HasPrefix(low[i:], []byte("ssae")), bytes.HasPrefix(low[i:], []byte("isae")),
			bytes.HasPrefix(low[i:], []byte("bridge letter")):
			return true
		}
	}
	return false
}

// closingWords are the words of the lines that close an e-mail ("Let me know if
// anything is unclear.", "Happy to jump on a call.", "Looking forward to your
// answers."); those marked true carry the closing: a line of these words
// without one ("Do you have any questions") is no closing.
var closingWords = map[string]bool{
	"know": true, "free": true, "hesitate": true, "forward": true, "call": true, "chat": true,
	"touch": true, "reach": true, "contact": true, "shout": true, "hope": true, "helps": true,
	"appreciate": true, "appreciated": true, "thanks": true, "thank": true, "advance": true,
	"happy": true, "glad": true, "discuss": true,

	"let": false, "me": false, "us": false, "if": false, "you": false, "have": false,
	"has": false, "any": false, "anything": false, "something": false, "is": false,
	"are": false, "there": false, "there's": false, "unclear": false, "questions": false,
	"question": false, "queries": false, "query": false, "concerns": false, "comments": false,
	"further": false, "more": false, "other": false, "else": false, "need": false,
	"needed": false, "help": false, "assistance": false, "clarification": false,
	"clarifications": false, "information": false, "info": false, "feel": false, "to": false,
	"out": false, "get": false, "in": false, "with": false,
	"jump": false, "hop": false, "on": false, "a": false, "quick": false,
	"talk": false, "through": false, "walk": false, "them": false, "it": false, "this": false,
	"these": false, "that": false, "looking": false, "look": false, "your": false, "our": false,
	"my": false, "answers": false, "responses": false, "response": false, "reply": false,
	"feedback": false, "hearing": false, "from": false, "soon": false, "back": false,
	"many": false, "again": false, "please": false, "don't": false, "do": false, "not": false,
	"i": false, "we": false, "i'm": false, "we're": false, "i'd": false, "we'd": false,
	"would": false, "be": false, "will": false, "can": false, "could": false, "should": false,
	"just": false, "and": false, "or": false, "the": false, "all": false, "much": false,
	"so": false, "very": false, "for": false, "your's": false, "time": false,
	"cooperation": false, "support": false, "working": false, "together": false, "as": false,
	"always": false, "also": false, "am": false, "at": false, "convenience": false,
	"earliest": false, "possible": false, "well": false, "you're": false, "speak": false,
	"speaking": false, "set": false, "up": false, "team": false, "of": false, "about": false,
	"whenever": false, "anytime": false, "arrange": false, "happily": false,
}

// closingLine: t closes an e-mail and asks for nothing real: every word one
// that closings use, one of them carrying the closing, no question mark. "Let
// me know whether you can share the SOC 2 under our NDA." asks for something
// and is no closing.
func closingLine(t []byte) bool {
	if len(t) > 200 {
		return false
	}
	var buf [24]byte
	cue := false
	for i, words := 0, 0; ; words++ {
		w, j := nextWord(t, i)
		if w == nil {
			return cue && bytesIndexByte(t, '?') < 0
		}
		i = j
		core, ok := wordCore(w, &buf)
		if !ok || words >= 25 {
			return false
		}
		c, in := closingWords[string(core)]
		if !in {
			return false
		}
		cue = cue || c
	}
}
