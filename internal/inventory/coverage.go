package inventory

import (
	"fmt"
	"slices"
	"strings"
	"time"
	"unicode"

	"github.com/socbot/socbot/internal/triage"
)

// Coverage statuses: whether the company's own inventory answers a verdict.
// They are triage's, whose CoverageTerms names them for people.
const (
	// CoverageCovered: a usable report covers everything the verdict needs
	// (type, categories or areas, scope, and a bridge letter when one is due).
	CoverageCovered = triage.CoverageCovered
	// CoveragePartial: a usable report answers part of it: a category, area or
	// product is missing, a Type 1 where a Type 2 is needed, a bridge letter or a
	// requested document is not on hand, or (for "both") only one of the two.
	CoveragePartial = triage.CoveragePartial
	// CoverageNotCovered: no report of the kind needed, or (for a "none" verdict
	// with no artifact) nothing in the inventory to attach.
	CoverageNotCovered = triage.CoverageNotCovered
	// CoverageStale: the best report's period ended over 12 months ago, or an
	// annual document was issued over 12 months ago.
	CoverageStale = triage.CoverageStale
	// CoverageExpired: the document asked for is past its expiry date.
	CoverageExpired = triage.CoverageExpired
	// CoverageInProgress: the only report's period has not ended; nothing to send yet.
	CoverageInProgress = triage.CoverageInProgress
	// CoverageOnHand: a "none" verdict whose documents are all in the inventory and valid.
	CoverageOnHand = triage.CoverageOnHand
	// CoverageNotOnHand: a "none" verdict with a document the inventory lacks.
	CoverageNotOnHand = triage.CoverageNotOnHand
)

// Coverage is how the inventory answers one verdict.
type Coverage struct {
	Status string   `json:"status"`
	Reason string   `json:"reason"`         // one line, naming reports and periods
	Send   []string `json:"send,omitempty"` // inventory entry names to send
	Gaps   []string `json:"gaps,omitempty"` // what is missing, to raise with the security team
	// Controls of the covering reports that answer the question, best first.
	Controls []triage.Citation `json:"controls,omitempty"`
}

// Cover says whether the inventory answers verdict v for a question, as of
// now. questionText is searched for product and system names from the
// inventory's scopes (case-insensitively, as whole words) to catch a question
// about something a report does not cover.
func (inv *Inventory) Cover(v triage.Verdict, questionText string, now time.Time) Coverage {
	today := civilDay(now)
	// Products and systems of the inventory that the question names.
	named := inv.scopeMentions(wordsOf(questionText))
	q := question{text: questionText}
	var c Coverage
	switch v.Report {
	case triage.ReportSOC2:
		c = inv.coverReport(KindSOC2, v, named, today, &q)
	case triage.ReportSOC1:
		c = inv.coverReport(KindSOC1, v, named, today, &q)
	case triage.ReportBoth:
		c = combineBoth(inv.coverReport(KindSOC2, v, named, today, &q), inv.coverReport(KindSOC1, v, named, today, &q))
	default:
		return inv.coverDocuments(v, today)
	}
	inv.addArtifacts(&c, v, today)
	c.Send = dedupe(c.Send)
	c.Gaps = dedupe(c.Gaps)
	return c
}

// reportEval is how one inventory report fits a verdict.
type reportEval struct {
	r        *Report
	f        freshness
	problems []string // why it is partial, "lacks Privacy"
	gaps     []string
	bridge   *Report // bridge letter to send with it
}

func (e reportEval) usable() bool { return e.f == frFresh || e.f == frNeedsBridge }

// better orders candidates: usable before stale before in progress, then fewer
// problems, then the latest period.
func (e reportEval) better(o reportEval) bool {
	cls := func(x reportEval) int {
		switch {
		case x.usable():
			return 0
		case x.f == frStale:
			return 1
		}
		return 2
	}
	if a, b := cls(e), cls(o); a != b {
		return a < b
	}
	if len(e.problems) != len(o.problems) {
		return len(e.problems) < len(o.problems)
	}
	return e.r.PeriodEnd.After(o.r.PeriodEnd)
}

func (inv *Inventory) coverReport(kind string, v triage.Verdict, named []string, today time.Time, q *question) Coverage {
	need := needOf(kind, v)
	var best *reportEval
	for i := range inv.Entries {
		r := &inv.Entries[i]
		if r.Kind != kind {
			continue
		}
		e := inv.evalReport(r, v, named, today)
		if best == nil || e.better(*best) {
			best = &e
		}
	}
	label := KindLabel(kind)
	if best == nil {
		return Coverage{
			Status: CoverageNotCovered,
			Reason: fmt.Sprintf("no %s in the inventory; the question needs a %s", label, need),
			Gaps:   []string{need},
		}
	}
	r := best.r
	id := fmt.Sprintf("%q (%s%s, %s)", r.Name, label, typeSuffix(r.Type), r.Dates())
	switch best.f {
	case frInProgress:
		return Coverage{
			Status: CoverageInProgress,
			Reason: fmt.Sprintf("%s: the period has not ended, so there is no report to send yet", id),
			Gaps:   []string{fmt.Sprintf("%s (%q in progress until %s)", need, r.Name, formatDay(r.PeriodEnd))},
		}
	case frStale:
		return Coverage{
			Status: CoverageStale,
			Reason: fmt.Sprintf("%s: the period ended over 12 months ago, so it is stale; a current %s is needed", id, label),
			Gaps:   []string{fmt.Sprintf("current %s (%q ended %s)", need, r.Name, formatDay(r.PeriodEnd))},
		}
	}
	c := Coverage{Status: CoverageCovered, Send: []string{r.Name}, Gaps: best.gaps}
	if len(r.Controls) > 0 {
		need := needKeys(kind, v)
		c.Controls = inv.cite(r, need, q)
		if len(c.Controls) == 0 && len(need) > 0 {
			what := need
			if kind == KindSOC1 {
				what = make([]string, len(need))
				for i, a := range need {
					what[i] = triage.AreaTitle(a)
				}
			}
			best.problems = append(best.problems, "has no control for "+triage.JoinAnd(what))
			c.Gaps = append(c.Gaps, fmt.Sprintf("control for %s in %q", triage.JoinAnd(what), r.Name))
		}
	}
	if len(best.problems) > 0 {
		c.Status = CoveragePartial
		c.Reason = id + " " + strings.Join(best.problems, "; ")
	} else {
		c.Reason = id + " covers it"
	}
	// A bridge letter that is due but missing is one of best.problems (evalReport).
	if best.f == frNeedsBridge && best.bridge != nil {
		c.Send = append(c.Send, best.bridge.Name)
		c.Reason += fmt.Sprintf("; the period ended over 3 months ago: send bridge letter %q (valid until %s) too", best.bridge.Name, formatDay(best.bridge.Expires))
	}
	return c
}

func (inv *Inventory) evalReport(r *Report, v triage.Verdict, named []string, today time.Time) reportEval {
	e := reportEval{r: r, f: freshnessOf(r, today)}
	add := func(problem, gap string) {
		e.problems = append(e.problems, problem)
		e.gaps = append(e.gaps, gap)
	}
	label := KindLabel(r.Kind)
	if v.Type == triage.Type2 && r.Type == triage.Type1 {
		add("is a Type 1; the question needs a Type 2", label+" Type 2 (only a Type 1 is on hand)")
	}
	if r.Kind == KindSOC2 {
		if missing := missingFrom(needCategories(v), r.Categories); len(missing) > 0 {
			add("lacks "+categoryList(missing), "SOC 2 including "+categoryList(missing))
		}
	}
	if r.Kind == KindSOC1 {
		if missing := missingFrom(v.SOC1Areas, r.SOC1Areas); len(missing) > 0 {
			add("does not cover SOC 1 area "+areaList(missing), "SOC 1 covering "+areaList(missing))
		}
	}
	if len(r.Scope) > 0 {
		var out []string
		for _, m := range named {
			if !slices.ContainsFunc(r.Scope, func(s string) bool { return strings.EqualFold(s, m) }) {
				out = append(out, m)
			}
		}
		if len(out) > 0 {
			add(fmt.Sprintf("covers %s, not %s, which the question names", triage.JoinAnd(r.Scope), triage.JoinAnd(out)),
				fmt.Sprintf("%s covering %s", label, triage.JoinAnd(out)))
		}
	}
	if e.f == frNeedsBridge {
		e.bridge = inv.bridgeFor(r, today)
		if e.bridge == nil {
			add("ended "+formatDay(r.PeriodEnd)+", over 3 months ago, and no bridge letter is on hand",
				fmt.Sprintf("bridge letter for %q (period ended %s)", r.Name, formatDay(r.PeriodEnd)))
		}
	}
	return e
}

// needCategories is what the verdict needs from a SOC 2; security at least.
func needCategories(v triage.Verdict) []string {
	if len(v.Categories) == 0 {
		return []string{triage.CatSecurity}
	}
	return v.Categories
}

// needText says what report would answer the verdict: "SOC 2 Type 2 including
// Security, Privacy", "SOC 1 Type 2 covering custody".
func needOf(kind string, v triage.Verdict) string {
	s := KindLabel(kind) + typeSuffix(v.Type)
	switch {
	case kind == KindSOC2:
		s += " including " + categoryList(needCategories(v))
	case kind == KindSOC1 && len(v.SOC1Areas) > 0:
		s += " covering " + areaList(v.SOC1Areas)
	}
	return s
}

// severity orders statuses from best to worst for combining them.
var severity = map[string]int{
	CoverageCovered: 0, CoverageOnHand: 0, CoveragePartial: 1, CoverageInProgress: 2,
	CoverageStale: 3, CoverageExpired: 4, CoverageNotOnHand: 5, CoverageNotCovered: 5,
}

// combineBoth joins the SOC 2 and SOC 1 halves of a "both" verdict: covered
// only when both are; partial when either can be sent.
func combineBoth(s2, s1 Coverage) Coverage {
	c := Coverage{
		Reason:   "SOC 2: " + s2.Reason + "; SOC 1: " + s1.Reason,
		Send:     append(slices.Clone(s2.Send), s1.Send...),
		Gaps:     append(slices.Clone(s2.Gaps), s1.Gaps...),
		Controls: append(slices.Clone(s2.Controls), s1.Controls...),
	}
	switch {
	case s2.Status == s1.Status:
		c.Status = s2.Status
	case severity[s2.Status] <= 1 || severity[s1.Status] <= 1:
		c.Status = CoveragePartial
	case severity[s2.Status] > severity[s1.Status]:
		c.Status = s2.Status
	default:
		c.Status = s1.Status
	}
	return c
}

// addArtifacts adds the documents a report verdict also asks for: sent when on
// hand; otherwise a gap that makes a covered verdict partial.
func (inv *Inventory) addArtifacts(c *Coverage, v triage.Verdict, today time.Time) {
	for _, a := range v.Artifacts {
		if a == KindBridgeLetter {
			// Bridge letters follow the report's freshness (coverReport); send one
			// asked for explicitly when it is valid for a report being sent.
			for _, name := range c.Send {
				if r := inv.entry(name); r != nil && r.Kind != KindBridgeLetter {
					if b := inv.bridgeFor(r, today); b != nil && !slices.Contains(c.Send, b.Name) {
						c.Send = append(c.Send, b.Name)
						c.Reason += fmt.Sprintf("; bridge letter %q on hand", b.Name)
					}
				}
			}
			continue
		}
		d := inv.coverDocument(a, today)
		c.Reason += "; " + d.Reason
		c.Send = append(c.Send, d.Send...)
		c.Gaps = append(c.Gaps, d.Gaps...)
		if d.Status != CoverageOnHand && c.Status == CoverageCovered {
			c.Status = CoveragePartial
		}
	}
}

func (inv *Inventory) entry(name string) *Report {
	for i := range inv.Entries {
		if inv.Entries[i].Name == name {
			return &inv.Entries[i]
		}
	}
	return nil
}

// coverDocuments answers a "none" verdict: are the artifacts it names on hand?
func (inv *Inventory) coverDocuments(v triage.Verdict, today time.Time) Coverage {
	if len(v.Artifacts) == 0 {
		reason := "no SOC report or document answers it: answer it in the questionnaire"
		if v.Unmatched {
			reason = "the rules did not recognise the question, so nothing in the inventory is picked: answer it by hand"
		}
		return Coverage{Status: CoverageNotCovered, Reason: reason}
	}
	c := Coverage{Status: CoverageOnHand}
	var reasons []string
	for _, a := range v.Artifacts {
		d := inv.coverDocument(a, today)
		reasons = append(reasons, d.Reason)
		c.Send = append(c.Send, d.Send...)
		c.Gaps = append(c.Gaps, d.Gaps...)
		if severity[d.Status] > severity[c.Status] {
			c.Status = d.Status
		}
	}
	c.Reason = strings.Join(reasons, "; ")
	c.Send = dedupe(c.Send)
	c.Gaps = dedupe(c.Gaps)
	return c
}

// coverDocument finds the best entry of an artifact kind: on_hand, stale,
// expired or not_on_hand.
func (inv *Inventory) coverDocument(kind string, today time.Time) Coverage {
	label := KindLabel(kind)
	cls := func(f freshness) int {
		switch f {
		case frFresh, frNeedsBridge, frValid:
			return 0
		case frStale, frStaleDoc:
			return 1
		case frExpired:
			return 2
		}
		return 3
	}
	var best *Report
	var bestF freshness
	for i := range inv.Entries {
		r := &inv.Entries[i]
		if r.Kind != kind {
			continue
		}
		f := freshnessOf(r, today)
		if best == nil || cls(f) < cls(bestF) || (cls(f) == cls(bestF) && latest(r).After(latest(best))) {
			best, bestF = r, f
		}
	}
	if best == nil {
		return Coverage{Status: CoverageNotOnHand, Reason: "no " + label + " in the inventory", Gaps: []string{label}}
	}
	id := fmt.Sprintf("%s %q", label, best.Name)
	if d := best.Dates(); d != "" {
		id += " (" + d + ")"
	}
	switch cls(bestF) {
	case 0:
		return Coverage{Status: CoverageOnHand, Reason: id + " on hand", Send: []string{best.Name}}
	case 1:
		return Coverage{Status: CoverageStale, Reason: id + " is over 12 months old: stale",
			Gaps: []string{fmt.Sprintf("current %s (%q is stale)", label, best.Name)}}
	case 2:
		return Coverage{Status: CoverageExpired, Reason: id + " has expired",
			Gaps: []string{fmt.Sprintf("current %s (%q expired %s)", label, best.Name, formatDay(best.Expires))}}
	}
	return Coverage{Status: CoverageNotOnHand, Reason: id + " is not valid yet",
		Gaps: []string{fmt.Sprintf("%s (%q not valid yet)", label, best.Name)}}
}

// latest is the date that makes one entry newer than another of its kind.
func latest(r *Report) time.Time {
	for _, t := range []time.Time{r.Expires, r.PeriodEnd, r.Issued} {
		if !t.IsZero() {
			return t
		}
	}
	return time.Time{}
}

// scopeMentions returns the inventory's scope names that occur in the
// question as whole words, case-insensitively.
func (inv *Inventory) scopeMentions(words []string) []string {
	var out []string
	for i := range inv.Entries {
		for _, s := range inv.Entries[i].Scope {
			if containsSeq(words, wordsOf(s)) && !slices.ContainsFunc(out, func(o string) bool { return strings.EqualFold(o, s) }) {
				out = append(out, s)
			}
		}
	}
	return out
}

func wordsOf(s string) []string {
	return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
}

func containsSeq(words, seq []string) bool {
	if len(seq) == 0 {
		return false
	}
	for i := 0; i+len(seq) <= len(words); i++ {
		if slices.Equal(words[i:i+len(seq)], seq) {
			return true
		}
	}
	return false
}

// without returns the items of need not in have.
func missingFrom(need, have []string) []string {
	var out []string
	for _, n := range need {
		if !slices.Contains(have, n) {
			out = append(out, n)
		}
	}
	return out
}

func dedupe(xs []string) []string {
	var out []string
	for _, x := range xs {
		if !slices.Contains(out, x) {
			out = append(out, x)
		}
	}
	return out
}

// Apply fills each item's Coverage, CoverageReason and Send from the
// inventory as of now, and sets res.Summary.Send. A nil inventory leaves res
// untouched, so output without an inventory is unchanged.
func (inv *Inventory) Apply(res *triage.Result, now time.Time) {
	if res == nil || inv == nil {
		return
	}
	sent := map[string][]string{}
	plan := &triage.SendPlan{Documents: []triage.SendDoc{}, NDA: []string{}, Gaps: []triage.Gap{}}
	for i := range res.Items {
		it := &res.Items[i]
		text := it.Text
		if it.Section != "" {
			text = it.Section + "\n" + it.Text
		}
		c := inv.Cover(it.Verdict, text, now)
		it.Coverage, it.CoverageReason, it.Send, it.Controls = c.Status, c.Reason, c.Send, c.Controls
		for _, n := range c.Send {
			sent[n] = appendOnce(sent[n], it.ID)
		}
		for _, g := range c.Gaps {
			j := slices.IndexFunc(plan.Gaps, func(x triage.Gap) bool { return x.Text == g })
			if j < 0 {
				plan.Gaps = append(plan.Gaps, triage.Gap{Text: g})
				j = len(plan.Gaps) - 1
			}
			plan.Gaps[j].Questions = appendOnce(plan.Gaps[j].Questions, it.ID)
		}
	}
	for i := range inv.Entries {
		r := &inv.Entries[i]
		qs, ok := sent[r.Name]
		if !ok {
			continue
		}
		plan.Documents = append(plan.Documents, triage.SendDoc{
			Name: r.Name, Kind: r.Kind, Title: r.Title(), Period: r.Dates(),
			NDA: r.NDA, Request: r.Request, Questions: qs,
		})
		if r.NDA {
			plan.NDA = append(plan.NDA, r.Name)
		}
	}
	res.Summary.Send = plan
}

func appendOnce(xs []string, x string) []string {
	if slices.Contains(xs, x) {
		return xs
	}
	return append(xs, x)
}
