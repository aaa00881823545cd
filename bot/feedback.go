package bot

import (
	"strings"

	"github.com/socbot/socbot/internal/triage"
)

// The 👍/👎 buttons carry what a vote needs to be useful to the rule
// maintainers, and nothing of the message text:
//
//	rules:ID,ID;report:soc2;q:q1,q2
//
// rules are the rule ids behind the answer ("-" for none), report is what the
// answer asks for (soc1, soc2, both or none) and q the question ids the rules
// matched. Values written before report and q existed ("rules:…") still parse.

// feedbackValue encodes a vote button's value within Slack's value limit,
// dropping question ids first and then rule ids when it is too long.
func feedbackValue(rules []string, report string, qids []string) string {
	qids = feedbackIDs(qids)
	enc := func(rules, qids []string) string {
		r := strings.Join(rules, ",")
		if r == "" {
			r = "-"
		}
		if r == "-" && len(qids) == 0 && (report == "" || report == triage.ReportNone) {
			return "rules:-" // nothing matched: nothing more to say
		}
		v := "rules:" + r + ";report:" + report
		if len(qids) > 0 {
			v += ";q:" + strings.Join(qids, ",")
		}
		return v
	}
	if v := enc(rules, qids); len(v) <= maxButtonValue {
		return v
	}
	// Too long: keep the longest run of question ids that fits, else the
	// longest run of rule ids. The lengths are added up rather than each
	// candidate encoded, so that thousands of questions cost linear work.
	head := len("rules:;report:") + len(report) + max(joinedLen(rules), 1)
	if n := fitting(qids, maxButtonValue-head-len(";q:")); n > 0 {
		return enc(rules, qids[:n])
	}
	if v := enc(rules, nil); len(v) <= maxButtonValue {
		return v
	}
	return enc(rules[:fitting(rules, maxButtonValue-len("rules:;report:")-len(report))], nil)
}

// fitting is how many of ids, joined by commas, fit in room bytes.
func fitting(ids []string, room int) int {
	used := -1 // no comma before the first id
	for i, id := range ids {
		if used += 1 + len(id); used > room {
			return i
		}
	}
	return len(ids)
}

// joinedLen is len(strings.Join(ids, ",")).
func joinedLen(ids []string) int {
	n := max(len(ids)-1, 0)
	for _, id := range ids {
		n += len(id)
	}
	return n
}

// idUnsafe are the value's own separators, which question ids (cells of a
// file's id column) must not bring in, and the characters of Slack's markup.
var idUnsafe = strings.NewReplacer(",", " ", ";", " ", "<", " ", ">", " ", "&", " ")

// feedbackIDs makes question ids safe inside a vote value: bounded, without
// the value's separators and without markup.
func feedbackIDs(qids []string) []string {
	out := make([]string, 0, len(qids))
	for _, id := range qids {
		if id = oneLine(idUnsafe.Replace(shortID(id))); id != "" {
			out = append(out, id)
		}
	}
	return out
}

// parseFeedbackValue decodes a vote button's value.
func parseFeedbackValue(v string) (rules []string, report string, qids []string) {
	split := func(s string) []string {
		var out []string
		for _, p := range strings.Split(s, ",") {
			if p = strings.TrimSpace(p); p != "" && p != "-" {
				out = append(out, p)
			}
		}
		return out
	}
	for _, part := range strings.Split(v, ";") {
		k, val, _ := strings.Cut(part, ":")
		switch k {
		case "rules":
			rules = split(val)
		case "report":
			report = strings.TrimSpace(val)
		case "q":
			qids = split(val)
		}
	}
	return rules, report, qids
}

// answerReport says what an answer asks for as a whole: soc1, soc2, both or
// none.
func answerReport(res triage.Result) string {
	var soc1, soc2 bool
	for _, r := range res.Summary.Reports {
		switch r.Report {
		case triage.ReportSOC1:
			soc1 = true
		case triage.ReportSOC2:
			soc2 = true
		}
	}
	for _, it := range res.Items {
		switch it.Report {
		case triage.ReportSOC1:
			soc1 = true
		case triage.ReportSOC2:
			soc2 = true
		case triage.ReportBoth:
			soc1, soc2 = true, true
		}
	}
	switch {
	case soc1 && soc2:
		return triage.ReportBoth
	case soc1:
		return triage.ReportSOC1
	case soc2:
		return triage.ReportSOC2
	}
	return triage.ReportNone
}

// matchedQuestions lists the ids of the questions a rule matched.
func matchedQuestions(res triage.Result) []string {
	var ids []string
	for _, it := range res.Items {
		if len(it.Evidence) > 0 && it.ID != "" {
			ids = append(ids, it.ID)
		}
	}
	return ids
}
