package bot

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/slack-go/slack"

	"github.com/socbot/socbot/internal/state"

	"github.com/socbot/socbot/internal/triage"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata/")

// golden compares got with testdata/name, or rewrites it with -update.
func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test ./bot -run %s -update to create it)", err, t.Name())
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s mismatch (-want +got):\n%s", path, lineDiff(string(want), string(got)))
	}
}

// lineDiff is a minimal line diff for golden mismatches.
func lineDiff(want, got string) string {
	w, g := strings.Split(want, "\n"), strings.Split(got, "\n")
	var b strings.Builder
	for i := 0; i < len(w) || i < len(g); i++ {
		var wl, gl string
		if i < len(w) {
			wl = w[i]
		}
		if i < len(g) {
			gl = g[i]
		}
		if wl != gl {
			fmt.Fprintf(&b, "line %d:\n- %s\n+ %s\n", i+1, wl, gl)
		}
	}
	return b.String()
}

func blocksJSON(t *testing.T, blocks []slack.Block) []byte {
	t.Helper()
	js, err := json.MarshalIndent(blocks, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	// Golden files read better without Go's HTML escaping of <, > and &.
	js = bytes.ReplaceAll(js, []byte(`\u003c`), []byte("<"))
	js = bytes.ReplaceAll(js, []byte(`\u003e`), []byte(">"))
	js = bytes.ReplaceAll(js, []byte(`\u0026`), []byte("&"))
	return append(js, '\n')
}

func mixedResult() triage.Result {
	items := []triage.Item{
		{Question: triage.Question{ID: "IAM-02", Text: "Is MFA enforced for remote access to production?", Section: "Access Control", Line: 3},
			Verdict: triage.Verdict{Report: triage.ReportSOC2, Type: triage.Type2, Categories: []string{triage.CatSecurity},
				Criteria: []string{"CC6.6", "CC6.1"}, Confidence: 0.92,
				Evidence: []triage.Evidence{{Rule: "mfa.remote", Reason: "MFA for remote access", Matched: []string{"MFA", "remote access"}}}}},
		{Question: triage.Question{ID: "FIN-01", Text: "How do you ensure payroll calculations are complete and accurate?", Line: 4},
			Verdict: triage.Verdict{Report: triage.ReportSOC1, Type: triage.Type2, SOC1Areas: []string{"transaction_processing"}, Confidence: 0.85,
				Evidence: []triage.Evidence{{Rule: "soc1.payroll_accuracy", Reason: "accuracy of payroll", Matched: []string{"payroll calculations", "accurate"}}}}},
		{Question: triage.Question{ID: "BC-03", Text: "Provide your most recent penetration test summary letter.", Line: 5},
			Verdict: triage.Verdict{Report: triage.ReportNone, Artifacts: []string{"pentest_letter"}, Confidence: 0.8,
				Evidence: []triage.Evidence{{Rule: "artifact.pentest_letter", Reason: "pen-test letter requested", Matched: []string{"penetration test summary"}},
					{Rule: "pentest.practice", Reason: "practice", Matched: []string{"penetration test"}, Negated: true}}}},
		{Question: triage.Question{ID: "GEN-09", Text: "How many employees do you have in <!channel> land & beyond?", Line: 6},
			Verdict: triage.Verdict{Report: triage.ReportNone, Unmatched: true}},
	}
	return triage.Result{Items: items, Summary: triage.Summary{
		Total: 4, Counts: map[string]int{"soc2": 1, "soc1": 1, "none": 2},
		Headline: "Send a SOC 2 Type 2 and a SOC 1 Type 2; one question needs a person",
		Reports: []triage.ReportNeed{
			{Report: "soc2", Type: "type2", Categories: []string{"security"}, Questions: []string{"IAM-02"}, Text: "SOC 2 Type 2 including Security"},
			{Report: "soc1", Type: "type2", SOC1Areas: []string{"transaction_processing"}, Questions: []string{"FIN-01"}, Text: "SOC 1 Type 2 covering transaction processing"},
		},
		Artifacts: []triage.ArtifactNeed{{Artifact: "pentest_letter", Questions: []string{"BC-03"}}},
		Unmatched: []string{"GEN-09"},
	}}
}

func longResult(n int) triage.Result {
	var res triage.Result
	for i := range n {
		res.Items = append(res.Items, triage.Item{
			Question: triage.Question{ID: fmt.Sprintf("Q%03d", i+1), Text: strings.Repeat(fmt.Sprintf("Do you encrypt data set %d at rest with managed keys? ", i), 3)},
			Verdict: triage.Verdict{Report: triage.ReportSOC2, Type: triage.Type2, Categories: []string{"security", "confidentiality"},
				Criteria: []string{"CC6.1", "C1.1"}, Confidence: 0.9,
				Evidence: []triage.Evidence{{Rule: fmt.Sprintf("encryption.rule%d", i%7), Matched: []string{"encrypt", "at rest"}}}},
		})
	}
	res.Summary.Total = n
	return res
}

func TestRenderGolden(t *testing.T) {
	tests := []struct {
		name string
		res  triage.Result
		opts answerOpts
	}{
		{"mixed", mixedResult(), answerOpts{}},
		{"mixed_ephemeral_share", mixedResult(), answerOpts{Ephemeral: true, ShareText: shareValue("Is MFA enforced?"), Note: "Triage of this thread's first message."}},
		{"no_summary", fakeEngine{}.Triage("Do you encrypt backups?\nDo you run payroll?\nWhat is your headcount?"), answerOpts{}},
		{"long", longResult(120), answerOpts{}},
		{"empty", triage.Result{}, answerOpts{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := renderAnswer(tt.res, tt.opts)
			checkLimits(t, r.Blocks)
			checkStructure(t, tt.res, r)
			checkAnswerShape(t, tt.res, tt.opts, r)
			golden(t, "answer_"+tt.name+".json", blocksJSON(t, r.Blocks))
		})
	}
}

func TestRenderCoverageGolden(t *testing.T) {
	res := mixedResult()
	res.Items[0].Coverage = "covered"
	res.Items[0].CoverageReason = "Platform SOC 2 Type 2 includes Security"
	res.Items[0].Send = []string{"Platform SOC 2"}
	res.Items[0].Controls = []triage.Citation{
		{Report: "Platform SOC 2", ID: "LAC-01", Title: "Production access requires SSO with MFA.", Criteria: []string{"CC6.1"}, Ref: "IV, p. 52"},
		{Report: "Platform SOC 2", ID: "LAC-14", Title: "Remote access needs MFA.", Criteria: []string{"CC6.6"}, Ref: "IV, p. 58", Exception: true},
	}
	res.Summary.Send = &triage.SendPlan{
		Documents: []triage.SendDoc{{Name: "Platform SOC 2", Kind: "soc2", Title: "SOC 2 Type 2 (Security)", Period: "2025-10-01 to 2026-09-30",
			NDA: true, Request: triage.Request{Channel: "#security-requests"}, Questions: []string{"IAM-02"}}},
		NDA:  []string{"Platform SOC 2"},
		Gaps: []triage.Gap{{Text: "SOC 1 Type 2 covering transaction processing", Questions: []string{"FIN-01"}}},
	}
	r := renderAnswer(res, answerOpts{})
	checkLimits(t, r.Blocks)
	checkAnswerShape(t, res, answerOpts{}, r)
	js := blocksJSON(t, r.Blocks)
	// The question's line names the report, the control ids and their pages.
	if want := "Platform SOC 2: LAC-01 (IV, p. 52), LAC-14 (IV, p. 58; exception noted)"; !strings.Contains(string(js), want) {
		t.Errorf("answer does not cite the controls as %q", want)
	}
	golden(t, "answer_coverage.json", js)
}

func TestStaticViewsGolden(t *testing.T) {
	b, err := New(Config{WatchChannels: []string{"C0WATCH01"}}, Deps{Slack: &slack.Client{}, Engine: fakeEngine{}, Store: state.NewMemory(state.Config{})}, nil)
	if err != nil {
		t.Fatal(err)
	}
	golden(t, "help.json", blocksJSON(t, b.helpBlocks()))
	golden(t, "offer.json", blocksJSON(t, offerBlocks("1700000000.000100")))
	home := b.homeView(time.Date(2026, 11, 28, 9, 30, 0, 0, time.UTC))
	golden(t, "home.json", blocksJSON(t, home.Blocks.BlockSet))
}

// checkStructure asserts what the golden files show, so that an -update
// cannot quietly accept a broken layout: the header first, then the headline;
// what to send and the buttons last; a short answer lists every question, each
// with a Wrong? button carrying its id and rules; a long one lists none and
// says where they are.
func checkStructure(t *testing.T, res triage.Result, r rendered) {
	t.Helper()
	if _, ok := r.Blocks[0].(*slack.HeaderBlock); !ok {
		t.Errorf("first block is %T, want the header", r.Blocks[0])
	}
	if s, ok := r.Blocks[1].(*slack.SectionBlock); !ok || s.BlockID != "socbot_headline" {
		t.Errorf("second block is not the headline: %+v", r.Blocks[1])
	}
	n := len(r.Blocks)
	if a, ok := r.Blocks[n-1].(*slack.ActionBlock); !ok || a.BlockID != "socbot_actions" {
		t.Errorf("last block is not the answer's buttons: %+v", r.Blocks[n-1])
	}
	if s, ok := r.Blocks[n-2].(*slack.SectionBlock); !ok || s.BlockID != "socbot_send" {
		t.Errorf("the block before the buttons is not what to send: %+v", r.Blocks[n-2])
	}
	var listed []string
	var more bool
	for _, b := range r.Blocks {
		if s, ok := b.(*slack.SectionBlock); ok && s.Accessory != nil && s.Accessory.ButtonElement != nil {
			btn := s.Accessory.ButtonElement
			if btn.ActionID != actionWrong || !strings.Contains(btn.Value, ";q:") {
				t.Errorf("question %s: button %s value %q, want Wrong? with the question id", s.BlockID, btn.ActionID, btn.Value)
			}
			listed = append(listed, btn.Value)
		}
		if c, ok := b.(*slack.ContextBlock); ok && c.BlockID == "socbot_more" {
			more = true
		}
	}
	switch total := len(res.Items); {
	case total <= maxListed && (len(listed) != total || more):
		t.Errorf("%d questions: %d listed (note %v), want all and no note", total, len(listed), more)
	case total > maxListed && (len(listed) != 0 || !more):
		t.Errorf("%d questions: %d listed (note %v), want none and a note", total, len(listed), more)
	}
}

// checkLimits asserts Slack's Block Kit limits.
func checkLimits(t *testing.T, blocks []slack.Block) {
	t.Helper()
	if len(blocks) > maxBlocks {
		t.Errorf("%d blocks, limit %d", len(blocks), maxBlocks)
	}
	for _, b := range blocks {
		if s, ok := b.(*slack.SectionBlock); ok && s.Text != nil && len([]rune(s.Text.Text)) > maxSectionText {
			t.Errorf("section %s has %d characters, limit %d", s.BlockID, len([]rune(s.Text.Text)), maxSectionText)
		}
		if c, ok := b.(*slack.ContextBlock); ok {
			for _, el := range c.ContextElements.Elements {
				if txt, ok := el.(*slack.TextBlockObject); ok && len([]rune(txt.Text)) > maxSectionText {
					t.Errorf("context %s has %d characters, limit %d", c.BlockID, len([]rune(txt.Text)), maxSectionText)
				}
			}
		}
		if s, ok := b.(*slack.SectionBlock); ok && s.Accessory != nil && s.Accessory.ButtonElement != nil {
			if v := s.Accessory.ButtonElement.Value; len(v) > maxButtonValue {
				t.Errorf("section %s button value has %d characters", s.BlockID, len(v))
			}
		}
		if a, ok := b.(*slack.ActionBlock); ok {
			for _, e := range a.Elements.ElementSet {
				if btn, ok := e.(*slack.ButtonBlockElement); ok && len(btn.Value) > maxButtonValue {
					t.Errorf("button %s value has %d characters, limit %d", btn.ActionID, len(btn.Value), maxButtonValue)
				}
			}
		}
	}
}

func TestRenderLimitsAtScale(t *testing.T) {
	for _, n := range []int{1, 10, 49, 50, 51, 200, 1000} {
		t.Run(fmt.Sprint(n), func(t *testing.T) {
			res := longResult(n)
			r := renderAnswer(res, answerOpts{Ephemeral: true, ShareText: shareValue("x")})
			checkLimits(t, r.Blocks)
			// Up to maxListed questions are listed; past it none is, and the
			// message stays one screen: headline, note, send, buttons.
			if want := n; n > maxListed {
				if r.Shown != 0 || len(r.Blocks) > 8 {
					t.Errorf("%d questions: %d listed in %d blocks, want none listed in at most 8", n, r.Shown, len(r.Blocks))
				}
			} else if r.Shown != want {
				t.Errorf("%d of %d questions listed", r.Shown, want)
			}
			if r.Truncated != (r.Shown < n) {
				t.Errorf("Truncated = %v with %d of %d shown", r.Truncated, r.Shown, n)
			}
			// The /soc path shrinks the budget until the ack fits; the smallest
			// budget must always fit.
			small := renderAnswer(res, answerOpts{Ephemeral: true, ShareText: shareValue(strings.Repeat("<", 400)), LineChars: 1000})
			js, _ := json.Marshal(ephemeral(small.Blocks, small.Text))
			if len(js) >= maxAckPayload {
				t.Errorf("smallest rendering is %d bytes, over the ack limit", len(js))
			}
		})
	}
}

func TestRuleListFitsButton(t *testing.T) {
	var res triage.Result
	for i := range 400 {
		res.Items = append(res.Items, triage.Item{Verdict: triage.Verdict{Evidence: []triage.Evidence{{Rule: fmt.Sprintf("some.long.rule.name.%03d", i)}}}})
	}
	v := ruleList(res)
	if len(v) > maxButtonValue || !strings.HasPrefix(v, "rules:some.long.rule.name.000,") {
		t.Errorf("ruleList = %d bytes %.60q", len(v), v)
	}
	if got := ruleList(triage.Result{}); got != "rules:-" {
		t.Errorf("ruleList(empty) = %q", got)
	}
}

// Question ids are cells of a file's id column and can be of any length; the
// engine's headline and "what to send" lines list them.
func TestRenderLongIDsWithinLimits(t *testing.T) {
	tests := []struct {
		name  string
		idLen int
	}{
		{"short", 8},
		{"long", 400},
		{"huge", 3500},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var items []triage.Item
			for i := range 20 {
				v := triage.Verdict{Report: triage.ReportSOC2, Type: triage.Type2, Categories: []string{triage.CatSecurity}, Confidence: 0.9}
				if i%2 == 1 {
					v = triage.Verdict{Report: triage.ReportSOC1, Type: triage.Type2, SOC1Areas: []string{"transaction_processing"}, Confidence: 0.9}
				}
				id := strings.Repeat("<!channel>", tt.idLen/10+1)[:tt.idLen] + fmt.Sprint(i)
				items = append(items, triage.Item{Question: triage.Question{ID: id, Text: "Do you encrypt data at rest?"}, Verdict: v})
			}
			res := triage.Result{Items: items, Summary: triage.Summarize(items)}
			// A file's note names its skipped sheets, of any number.
			note := "From *q.xlsx*: 20 questions (skipped " + strings.Repeat("Sheet: hidden; ", tt.idLen/4) + ")."
			r := renderAnswer(res, answerOpts{Note: note})
			checkLimits(t, r.Blocks)
			if len(r.Text) > maxSectionText {
				t.Errorf("fallback text is %d bytes", len(r.Text))
			}
			if r.Shown != 0 || !r.Truncated {
				t.Errorf("20 questions: %d listed; past %d the file holds them", r.Shown, maxListed)
			}
			js, _ := json.Marshal(r.Blocks)
			if strings.Contains(strings.ReplaceAll(string(js), `\u003c`, "<"), "<!channel>") {
				t.Error("an id reached the blocks unescaped")
			}
		})
	}
}

// Slack parses a mrkdwn text that is not verbatim: a typed "@channel" or
// "@here" can notify, "#general" and bare URLs become links. Every text that
// can hold user text is verbatim.
func TestUserTextIsVerbatim(t *testing.T) {
	const typed = "@channel @here see http://evil.example in #general"
	res := mixedResult()
	res.Items[0].Text = typed + " Is MFA enforced?"
	res.Items[0].ID = "@everyone"
	res.Summary.Headline = typed
	res.Summary.Narrative = typed
	r := renderAnswer(res, answerOpts{Note: "From *" + escapeText(typed) + ".xlsx*"})
	seen := 0
	check := func(id string, o *slack.TextBlockObject) {
		if o == nil || o.Type != slack.MarkdownType || !strings.Contains(o.Text, "@channel") && !strings.Contains(o.Text, "@everyone") {
			return
		}
		seen++
		if !o.Verbatim {
			t.Errorf("block %s holds user text and is not verbatim: %.80q", id, o.Text)
		}
	}
	for _, b := range r.Blocks {
		switch b := b.(type) {
		case *slack.SectionBlock:
			check(b.BlockID, b.Text)
		case *slack.ContextBlock:
			for _, el := range b.ContextElements.Elements {
				if o, ok := el.(*slack.TextBlockObject); ok {
					check(b.BlockID, o)
				}
			}
		}
	}
	if seen < 4 {
		t.Errorf("user text found in %d blocks, want the headline, note, prose, summary and question lines", seen)
	}
}

// allocated is the fewest bytes f allocates in three runs, by the runtime's
// own counter.
func allocated(f func()) uint64 {
	best := ^uint64(0)
	for range 3 {
		var before, after runtime.MemStats
		runtime.ReadMemStats(&before)
		f()
		runtime.ReadMemStats(&after)
		best = min(best, after.TotalAlloc-before.TotalAlloc)
	}
	return best
}

// Past Slack's limits a longer questionnaire adds no lines to the answer, so
// rendering it may cost at most in proportion to its length (the feedback
// buttons once re-encoded every question id for each one dropped: 8,000
// questions allocated 400 MB).
func TestRenderAnswerWorkIsLinear(t *testing.T) {
	const small, large = 1000, 8000
	resSmall, resLarge := longResult(small), longResult(large)
	a := allocated(func() { renderAnswer(resSmall, answerOpts{}) })
	b := allocated(func() { renderAnswer(resLarge, answerOpts{}) })
	t.Logf("%d questions: %d bytes; %d questions: %d bytes", small, a, large, b)
	if ratio := float64(b) / float64(a); ratio > 2*large/small {
		t.Errorf("8x the questions allocate %.1fx the bytes, want at most %dx (linear)", ratio, 2*large/small)
	}
	if b > 8<<20 {
		t.Errorf("rendering %d questions allocated %d MB, want under 8 MB", large, b>>20)
	}
}

// checkAnswerShape is what an answer must hold whatever its golden file says, so that
// a golden rewritten with -update cannot pin a broken answer: a header counting the
// questions, one line per shown question naming its id and its report (or that a
// person must answer it), every question shown unless the answer says it is
// truncated, the note when there is one, a Share button exactly when there is text
// to share, and no block_id twice.
func checkAnswerShape(t *testing.T, res triage.Result, o answerOpts, r rendered) {
	t.Helper()
	var blocks []map[string]any
	if err := json.Unmarshal(blocksJSON(t, r.Blocks), &blocks); err != nil {
		t.Fatal(err)
	}
	var text strings.Builder
	var shares []string
	ids := map[string]bool{}
	var walk func(v any)
	walk = func(v any) {
		switch v := v.(type) {
		case map[string]any:
			if s, ok := v["text"].(string); ok {
				text.WriteString(s + "\n")
			}
			if v["action_id"] == actionShare {
				s, _ := v["value"].(string)
				shares = append(shares, s)
			}
			for _, x := range v {
				walk(x)
			}
		case []any:
			for _, x := range v {
				walk(x)
			}
		}
	}
	for _, b := range blocks {
		if id, ok := b["block_id"].(string); ok {
			if ids[id] {
				t.Errorf("block_id %q used twice", id)
			}
			ids[id] = true
		}
		walk(b)
	}
	all := text.String()
	if n := len(res.Items); n > 0 && !strings.Contains(all, fmt.Sprintf("%d question", n)) {
		t.Errorf("no header counting %d questions:\n%s", n, all)
	}
	if r.Shown > len(res.Items) || (r.Shown < len(res.Items)) != r.Truncated {
		t.Errorf("shown %d of %d questions, truncated %v", r.Shown, len(res.Items), r.Truncated)
	}
	for _, it := range res.Items[:r.Shown] {
		line := ""
		for _, l := range strings.Split(all, "\n*") {
			if strings.HasPrefix(strings.TrimPrefix(l, "*"), it.Question.ID+"*") {
				line = l
				break
			}
		}
		want := reportLabel(it.Verdict.Report)
		if it.Verdict.Unmatched && it.Verdict.Report == triage.ReportNone {
			want = "needs a person"
		}
		switch {
		case line == "":
			t.Errorf("no line for question %s:\n%s", it.Question.ID, all)
		case !strings.Contains(line, want):
			t.Errorf("the line of %s does not say %q:\n%s", it.Question.ID, want, line)
		}
	}
	if o.Note != "" && !strings.Contains(all, o.Note) {
		t.Errorf("the note %q is missing", o.Note)
	}
	switch {
	case o.ShareText == "" && len(shares) > 0:
		t.Errorf("Share buttons %q with nothing to share", shares)
	case o.ShareText != "" && (len(shares) != 1 || shares[0] != o.ShareText):
		t.Errorf("Share buttons %q, want one carrying %q", shares, o.ShareText)
	}
}

// A private answer past maxListed lists no question, so it must say how to get each
// verdict without sharing in the channel: a DM, which gets the file.
func TestPrivateLongAnswerPointsToDM(t *testing.T) {
	r := renderAnswer(longResult(maxListed+5), answerOpts{Ephemeral: true, ShareText: shareValue("x")})
	var more string
	for _, b := range r.Blocks {
		if c, ok := b.(*slack.ContextBlock); ok && c.BlockID == "socbot_more" {
			for _, e := range c.ContextElements.Elements {
				if tx, ok := e.(*slack.TextBlockObject); ok {
					more += tx.Text
				}
			}
		}
	}
	if !strings.Contains(more, "Share in channel") || !strings.Contains(more, "DM") {
		t.Errorf("more text = %q, want it to offer Share in channel and a DM", more)
	}
}

// Coverage reads in the words of triage's vocabulary, the one list that names
// each status; a status it does not know is at least readable.
func TestCoverageLabelsFromVocabulary(t *testing.T) {
	if len(triage.CoverageTerms) == 0 {
		t.Fatal("no coverage terms")
	}
	for _, term := range triage.CoverageTerms {
		if got, want := coverageText(term.ID, ""), "_"+term.Label+"_"; got != want {
			t.Errorf("coverageText(%q) = %q, want %q", term.ID, got, want)
		}
	}
	if got := coverageText("awaiting_renewal", "soon"); got != "_Awaiting renewal_: soon" {
		t.Errorf("unknown status reads %q", got)
	}
}

// SOC 1 areas read by the names in triage's vocabulary, not their ids in words.
func TestAreaLabelsFromVocabulary(t *testing.T) {
	v := triage.Verdict{Report: triage.ReportSOC1, Type: triage.Type2, SOC1Areas: []string{"access_financial", "custody"}}
	got := strings.Join(verdictFields(v), " · ")
	for _, a := range v.SOC1Areas {
		if want := triage.AreaLabel(a); !strings.Contains(got, want) {
			t.Errorf("fields %q lack %q", got, want)
		}
	}
	if strings.Contains(got, "access_financial") || strings.Contains(got, "Access financial") {
		t.Errorf("fields %q name an area by its id", got)
	}
}
