package bot

// What to send: the answer's list of reports and documents, from the verdicts
// and, when there is one, the report inventory.

import (
	"fmt"
	"slices"
	"strings"

	"github.com/socbot/socbot/internal/triage"
)

// sendText says what to send for the whole snippet.
func sendText(res triage.Result) string {
	var b strings.Builder
	b.WriteString("*What to send*")
	s := res.Summary
	n := 0
	for _, r := range s.Reports {
		text := strings.TrimSpace(r.Text)
		if text == "" {
			text = reportLabel(r.Report)
			if t := typeLabel(r.Type); t != "" {
				text += " " + t
			}
			if len(r.Categories) > 0 {
				text += " including " + labels(r.Categories, categoryLabel)
			}
		}
		fmt.Fprintf(&b, "\n• %s", escapeText(truncate(oneLine(text), headlineChars)))
		if len(r.Questions) > 0 && !mentionsAny(text, r.Questions) {
			fmt.Fprintf(&b, " (%s)", idList(r.Questions))
		}
		n++
	}
	if len(s.Reports) == 0 && len(s.Artifacts) == 0 {
		for _, line := range needsFromItems(res.Items) {
			b.WriteString("\n• " + line)
			n++
		}
	}
	for _, a := range s.Artifacts {
		fmt.Fprintf(&b, "\n• %s", upperFirst(artifactLabel(a.Artifact)))
		if len(a.Questions) > 0 {
			fmt.Fprintf(&b, " (%s)", idList(a.Questions))
		}
		n++
	}
	if plan := res.Summary.Send; plan != nil {
		lines := plan.Lines()
		if len(lines) > 0 {
			b.WriteString("\n*From your inventory*")
			for _, l := range limit(lines, 15) {
				if item, ok := strings.CutPrefix(l, "- "); ok {
					l = "• " + item
				}
				fmt.Fprintf(&b, "\n%s", escapeText(l))
			}
			n++
		}
	} else if send := inventorySend(res); send != "" {
		fmt.Fprintf(&b, "\n• From your inventory: %s", send)
		n++
	}
	unmatched := s.Unmatched
	if len(unmatched) == 0 {
		for _, it := range res.Items {
			if it.Unmatched {
				unmatched = append(unmatched, it.ID)
			}
		}
	}
	if len(unmatched) > 0 {
		fmt.Fprintf(&b, "\n• A person should answer %s (no rule matched)", idList(unmatched))
		n++
	}
	if n == 0 {
		b.WriteString("\nNothing: no SOC report or document is asked for.")
	}
	return b.String()
}

// needsFromItems says what to send from the verdicts alone, for engines that
// leave the summary empty: one line per report and type, then per artifact.
func needsFromItems(items []triage.Item) []string {
	type need struct {
		label string
		ids   []string
	}
	var needs []*need
	index := map[string]*need{}
	add := func(label, id string) {
		n, ok := index[label]
		if !ok {
			n = &need{label: label}
			index[label] = n
			needs = append(needs, n)
		}
		n.ids = append(n.ids, id)
	}
	for _, it := range items {
		if rep := reportOf(it.Verdict); rep != triage.ReportNone && !it.Unmatched {
			label := reportLabel(rep)
			if t := typeLabel(it.Type); t != "" {
				label += " " + t
			}
			add(label, it.ID)
		}
		for _, a := range it.Artifacts {
			add(upperFirst(artifactLabel(a)), it.ID)
		}
	}
	out := make([]string, len(needs))
	for i, n := range needs {
		out[i] = fmt.Sprintf("%s (%s)", n.label, idList(n.ids))
	}
	return out
}

// inventorySend lists the inventory documents the items say to send.
func inventorySend(res triage.Result) string {
	var all []string
	for _, it := range res.Items {
		for _, s := range it.Send {
			if !slices.Contains(all, s) {
				all = append(all, s)
			}
		}
	}
	if len(all) == 0 {
		return ""
	}
	return escapeText(strings.Join(limit(all, 10), ", "))
}

// mentionsAny reports whether text already names one of the question ids as
// a word (the engine's "… for questions q1 and q2").
func mentionsAny(text string, ids []string) bool {
	words := strings.FieldsFunc(text, func(r rune) bool { return r == ' ' || r == ',' || r == ';' || r == '(' || r == ')' })
	for _, id := range ids {
		if slices.Contains(words, id) {
			return true
		}
	}
	return false
}
