package triage

import (
	"slices"
	"strings"
)

// A question about what a named SOC 1 report holds (its control objectives, the
// exceptions or deviations it noted and management's responses to them, its carved-out
// or inclusive subservice organisations and their complementary controls, its
// complementary user entity controls) asks about that report. The SOC 2 words such a
// part uses ("the change management control objective", "the check printing vendor",
// "were any exceptions noted") are the report's contents, not a security ask of their
// own, so the part is answered by the SOC 1 the line names (see Classify).

// reportContent reports whether part asks about the contents of a report: it holds
// "control objective(s)", a carve-out, the inclusive method, a subservice
// organisation, complementary controls (CUECs, CSOCs), management's response, or an
// exception or deviation with a word of its finding ("were any exceptions noted",
// "deviations identified"). An exception to a policy ("how are security exceptions
// approved?") has no such word and is not a report's content, and an exception or
// management's response found in a test the vendor runs itself (ownTestWord) is not
// either, unless the part names the report or its auditor ("exceptions noted in
// your SOC 1 for the quarterly access reviews").
func reportContent(part string) bool {
	var f fieldScan
	f.text = part
	var prev string
	var finding, found, ownTest, report bool
	for w, ok := f.word(sentencePunct); ok; w, ok = f.word(sentencePunct) {
		switch {
		case w == "":
			continue
		case objectiveNoun(w) && prev == "control",
			strings.HasPrefix(w, "carve"), w == "inclusive", strings.HasPrefix(w, "subservice"),
			strings.HasPrefix(w, "cuec"), strings.HasPrefix(w, "csoc"), w == "complementary":
			return true
		case strings.HasPrefix(w, "response") && managementWord[prev]:
			found, finding = true, true
		case ownTestWord[w]:
			ownTest = true
		case reportStandard(w) || w == "report" || w == "auditor" || w == "auditors":
			report = true
		case exceptionWord[w]:
			found = true
		case findingWord[w]:
			finding = true
		}
		prev = w
	}
	return found && finding && (!ownTest || report)
}

// ownTestWord holds the words of a test or review the vendor runs itself (a
// penetration test, a vulnerability scan, an access review): exceptions found or
// management's response there, in a part that names no report or auditor, are a
// security ask of their own, not the report's contents ("Please provide your SOC 1. Were any exceptions noted in your last
// penetration test?").
var ownTestWord = map[string]bool{"penetration": true, "pentest": true, "pentests": true,
	"pen": true, "scan": true, "scans": true, "scanning": true, "review": true, "reviews": true,
	"assessment": true, "assessments": true, "drill": true, "drills": true, "exercise": true,
	"exercises": true}

// managementWord holds the forms of "management" before "response(s)".
var managementWord = map[string]bool{"management": true, "management's": true, "managements": true,
	"management’s": true, "mgmt": true}

// exceptionWord holds the words of what a service auditor's tests found.
var exceptionWord = map[string]bool{"exception": true, "exceptions": true, "deviation": true,
	"deviations": true}

// findingWord holds the words that say an exception or deviation was found in testing.
var findingWord = map[string]bool{"noted": true, "reported": true, "identified": true,
	"found": true, "any": true, "observed": true, "disclosed": true}

// asContent returns p, the verdict of one part of a line whose report is the SOC 1 it
// names (named), as that report answers it when the part asks about the report's
// contents: the SOC 1 alone, with the part's areas and no criteria. soc2Named is
// whether the line names a SOC 2, which keeps its own reading.
func asContent(p Verdict, part, named string, soc2Named bool) Verdict {
	if named != ReportSOC1 || soc2Named || !hasSOC2(p.Report) || !reportContent(part) {
		return p
	}
	p = toNamedReport(p, ReportSOC1)
	p.Evidence = append(p.Evidence, reportContentEvidence)
	return p
}

// reportContentEvidence explains a part answered by the SOC 1 the line names.
var reportContentEvidence = Evidence{Rule: "report_content", Reason: "The line names a SOC 1 and asks about its contents (control objectives, exceptions noted, carve-outs, complementary controls): the security words there are the report's subject matter, answered by the SOC 1 alone.", Matched: []string{}}

// namedObjective returns the SOC 1 area of a control objective a named SOC 1 is asked
// about by the words of an IT general control ("deviations noted for the change
// management control objective", "an objective for change management"), or -1: a
// SOC 2 topic rule whose criteria all belong to one family of itgcFamily, with a hit
// that ends just before "control objective(s)" or begins within three words after
// "objective(s)" in the same sentence. The objective named keeps its area, as one named
// by a process's words does (objectiveArea).
func (e *Engine) namedObjective(s *scratch, fired []firing) int {
	toks := s.toks
	if !slices.ContainsFunc(toks, func(t token) bool { return objectiveNoun(t.text) }) {
		return -1
	}
	for _, h := range s.hits {
		if !h.phrase() || catalogueOnly(h.role) || !e.itgcTopic(fired, h.rule) {
			continue
		}
		ai := e.itgcRuleArea(h.rule)
		from, to := int(h.from), int(h.to) // the hit's first and last tokens
		if to+2 < len(toks) && toks[to+1].text == "control" && objectiveNoun(toks[to+2].text) ||
			to+1 < len(toks) && toks[to].text == "control" && objectiveNoun(toks[to+1].text) {
			return ai // "the change management control objective", "the change control objective"
		}
		for k := max(0, from-3); k < from; k++ {
			if objectiveNoun(toks[k].text) && toks[k].sent == toks[from].sent {
				return ai
			}
		}
	}
	return -1
}

func objectiveNoun(w string) bool { return w == "objective" || w == "objectives" }

// itgcTopic reports whether rule ri fired, not negated, as a SOC 2 topic rule of one
// IT general control family.
func (e *Engine) itgcTopic(fired []firing, ri int32) bool {
	for _, f := range fired {
		if f.rule == ri && !f.negated {
			r := &e.rules[ri]
			return r.tier == tierTopic && r.Report == ReportSOC2 && e.itgcRuleArea(ri) >= 0
		}
	}
	return false
}

// itgcRuleArea returns the area of itgcFamily all of rule ri's criteria belong to, or -1.
func (e *Engine) itgcRuleArea(ri int32) int {
	ai := -1
	for _, c := range e.rules[ri].Criteria {
		a, ok := itgcFamily[c]
		if !ok || ai >= 0 && a != ai {
			return -1
		}
		ai = a
	}
	return ai
}

// namedObjectiveEvidence explains the area of an objective named by an IT control's words.
var namedObjectiveEvidence = Evidence{Rule: "named_objective", Reason: "The SOC 1 named is asked about one of its control objectives, named by the words of an IT general control: the objective keeps its area.", Matched: []string{}}
