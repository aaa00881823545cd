package triage

import (
	"fmt"
	"strings"
)

// Summarize says what to send for a set of triaged questions: the reports (with the
// type and the SOC 2 categories they must include), the artifacts to attach, counts
// per report and the questions no rule matched.
func Summarize(items []Item) Summary {
	sum := Summary{Total: len(items), Counts: map[string]int{}, Reports: []ReportNeed{},
		Artifacts: []ArtifactNeed{}, Unmatched: []string{}}
	needs := map[string]*ReportNeed{}
	arts := map[string]*ArtifactNeed{}
	for _, it := range items {
		if it.Unmatched {
			sum.Unmatched = append(sum.Unmatched, it.ID)
		} else {
			sum.Counts[it.Report]++
		}
		for _, rep := range reportsOf(it.Report) {
			n := needs[rep]
			if n == nil {
				n = &ReportNeed{Report: rep}
				needs[rep] = n
			}
			n.Questions = append(n.Questions, it.ID)
			if it.Type == Type2 || n.Type == "" {
				n.Type = it.Type
			}
			if rep == ReportSOC2 {
				n.Categories = mergeOrdered(n.Categories, it.Categories, AllCategories)
			} else {
				n.SOC1Areas = mergeOrdered(n.SOC1Areas, it.SOC1Areas, AllSOC1Areas)
			}
		}
		for _, a := range it.Artifacts {
			n := arts[a]
			if n == nil {
				n = &ArtifactNeed{Artifact: a}
				arts[a] = n
			}
			n.Questions = append(n.Questions, it.ID)
		}
	}
	for _, rep := range []string{ReportSOC2, ReportSOC1} {
		if n := needs[rep]; n != nil {
			n.Text = reportNeedText(n, len(items))
			sum.Reports = append(sum.Reports, *n)
		}
	}
	for _, a := range AllArtifacts {
		if n := arts[a]; n != nil {
			sum.Artifacts = append(sum.Artifacts, *n)
		}
	}
	sum.Headline = headline(sum)
	return sum
}

func reportsOf(r string) []string {
	switch r {
	case ReportBoth:
		return []string{ReportSOC2, ReportSOC1}
	case ReportSOC1, ReportSOC2:
		return []string{r}
	}
	return nil
}

// mergeOrdered adds xs to have, keeping the vocabulary's order.
func mergeOrdered(have, xs, vocab []string) []string {
	var out []string
	for _, v := range vocab {
		if contains(have, v) || contains(xs, v) {
			out = append(out, v)
		}
	}
	return out
}

func reportNeedText(n *ReportNeed, total int) string {
	var b strings.Builder
	b.WriteString(ReportTitle(n.Report))
	if t := TypeTitle(n.Type); t != "" {
		b.WriteString(" " + t)
	}
	if n.Report == ReportSOC2 && len(n.Categories) > 0 {
		titles := make([]string, len(n.Categories))
		for i, c := range n.Categories {
			titles[i] = CategoryTitle(c)
		}
		b.WriteString(" including " + JoinAnd(titles))
	}
	switch {
	case len(n.Questions) == total:
	case len(n.Questions) > 8:
		fmt.Fprintf(&b, " for %d of the %d questions", len(n.Questions), total)
	default:
		b.WriteString(" for " + questionList(n.Questions))
	}
	return b.String()
}

func questionList(ids []string) string {
	word := "question "
	if len(ids) > 1 {
		word = "questions "
	}
	return word + idList(ids, " and ")
}

// ShortList names question ids as a person reads them: "q1, q2 and q3", or the
// first eight of a long list and how many more.
func ShortList(ids []string) string { return idList(ids, " and ") }

// idList names question ids, the first few of a long list then how many more, so a
// 300-question questionnaire does not print 300 ids on one line.
func idList(ids []string, lastSep string) string {
	const max = 8
	if len(ids) > max {
		return fmt.Sprintf("%s and %d more", strings.Join(ids[:max], ", "), len(ids)-max)
	}
	if lastSep == ", " || len(ids) < 2 {
		return strings.Join(ids, ", ")
	}
	return JoinAnd(ids)
}

// JoinAnd joins words as a person would: "a", "a and b", "a, b and c".
func JoinAnd(xs []string) string {
	switch len(xs) {
	case 0:
		return ""
	case 1:
		return xs[0]
	}
	return strings.Join(xs[:len(xs)-1], ", ") + " and " + xs[len(xs)-1]
}

func headline(s Summary) string {
	if s.Total == 0 {
		return "No questions found."
	}
	var reports []string
	for _, r := range s.Reports {
		reports = append(reports, r.Text)
	}
	var attach string
	if len(s.Artifacts) > 0 {
		names := make([]string, len(s.Artifacts))
		for i, a := range s.Artifacts {
			names[i] = ArtifactTitle(a.Artifact)
		}
		attach = JoinAnd(names)
	}
	var h string
	switch {
	case len(reports) > 0 && attach != "":
		h = "Send " + strings.Join(reports, "; ") + "; attach " + attach + "."
	case len(reports) > 0:
		h = "Send " + strings.Join(reports, "; ") + "."
	case attach != "":
		h = "No SOC report needed: send " + attach + "."
	case s.Total == 1:
		h = "No SOC report answers this question."
	default:
		h = fmt.Sprintf("No SOC report answers these %d questions.", s.Total)
	}
	if n := len(s.Unmatched); n > 0 {
		verb := "need"
		if n == 1 {
			verb = "needs"
		}
		h += fmt.Sprintf(" %d of %d questions %s a person.", n, s.Total, verb)
	}
	return h
}
