package bot

import (
	"bytes"
	"encoding/json"
	"regexp"
	"strings"
	"testing"
	"time"
	"unicode"

	"github.com/slack-go/slack"

	"github.com/socbot/socbot/internal/triage"
)

// coverageResult has one question per coverage status, each with a reason
// long enough to be cut on its line, its instruction at the very end.
func coverageResult() triage.Result {
	res := mixedResult()
	long := "the Acme Platform SOC 2 Type 2 report for October 2025 to September 2026 includes Security and Availability for the Acme Platform and the Acme API, " +
		"which the question names; its period ended more than three months ago, so the customer also needs the current bridge letter signed by the auditor: send bridge letter \"Acme Platform bridge letter\" (valid until 2027-03-31) too"
	statuses := []string{"covered", "partial", "not_covered", "stale", "expired", "in_progress", "on_hand", "not_on_hand"}
	var items []triage.Item
	for i, st := range statuses {
		it := res.Items[i%len(res.Items)]
		it.ID = "COV-" + string(rune('A'+i))
		it.Coverage, it.CoverageReason = st, long
		items = append(items, it)
	}
	return triage.Result{Items: items, Summary: triage.Summarize(items)}
}

// visibleText is every text a person sees in blocks: section, context and
// header texts and button labels, not the values or ids Slack keeps hidden.
func visibleText(t *testing.T, blocks []slack.Block) string {
	t.Helper()
	js, err := json.Marshal(blocks)
	if err != nil {
		t.Fatal(err)
	}
	var raw any
	if err := json.NewDecoder(bytes.NewReader(js)).Decode(&raw); err != nil {
		t.Fatal(err)
	}
	var out []string
	var walk func(v any)
	walk = func(v any) {
		switch v := v.(type) {
		case map[string]any:
			if s, ok := v["text"].(string); ok {
				out = append(out, s)
			}
			for k, x := range v {
				if k != "value" && k != "action_id" && k != "block_id" {
					walk(x)
				}
			}
		case []any:
			for _, x := range v {
				walk(x)
			}
		}
	}
	walk(raw)
	return strings.Join(out, "\n")
}

var (
	internalCode = regexp.MustCompile(`\b[a-z0-9]+(?:_[a-z0-9]+)+\b`)
	wordRun      = regexp.MustCompile(`[\p{L}\p{N}]+`)
)

// TestAnswersReadForASalesperson renders every kind of answer and checks what
// a person sees: no internal code (on_hand, not_covered, soc1 area names, …),
// no word cut in half, one kind of bullet.
func TestAnswersReadForASalesperson(t *testing.T) {
	b := &Bot{inventory: testInventory(time.Now())}
	kinds := map[string][]slack.Block{}
	for name, tt := range map[string]struct {
		res  triage.Result
		opts answerOpts
	}{
		"mixed":           {mixedResult(), answerOpts{}},
		"coverage":        {coverageResult(), answerOpts{}},
		"ephemeral share": {mixedResult(), answerOpts{Ephemeral: true, ShareText: shareValue("Is MFA enforced?")}},
		"no summary":      {fakeEngine{}.Triage("Do you encrypt backups?\nDo you run payroll?\nWhat is your headcount?"), answerOpts{}},
		"long":            {longResult(60), answerOpts{Detail: "m:1700000000.000001"}},
		"long ephemeral":  {longResult(60), answerOpts{Ephemeral: true, ShareText: "k:x"}},
		"empty":           {triage.Result{}, answerOpts{}},
		"small budget":    {coverageResult(), answerOpts{Ephemeral: true, LineChars: 1000}},
	} {
		kinds["answer "+name] = renderAnswer(tt.res, tt.opts).Blocks
	}
	for i, blocks := range detailMessages(coverageResult()) {
		kinds["detail "+string(rune('0'+i))] = blocks
	}
	kinds["help"] = b.helpBlocks()
	kinds["offer"] = offerBlocks("1700000000.000100")
	kinds["home"] = b.homeView(time.Date(2026, 11, 28, 9, 30, 0, 0, time.UTC)).Blocks.BlockSet

	// The words an answer may cut after: every whole word it was made from.
	words := map[string]bool{}
	for _, res := range []triage.Result{mixedResult(), coverageResult(), longResult(60)} {
		for _, it := range res.Items {
			for _, w := range wordRun.FindAllString(it.Text+" "+it.CoverageReason+" "+it.ID, -1) {
				words[strings.ToLower(w)] = true
			}
		}
	}

	for name, blocks := range kinds {
		text := visibleText(t, blocks)
		if codes := internalCode.FindAllString(text, -1); len(codes) > 0 {
			t.Errorf("%s shows internal codes %q", name, codes)
		}
		if strings.Contains(text, "coverage:") {
			t.Errorf("%s shows a raw coverage field", name)
		}
		for _, line := range strings.Split(text, "\n") {
			if strings.HasPrefix(strings.TrimSpace(line), "- ") {
				t.Errorf("%s: a %q bullet beside •: %q", name, "-", line)
			}
		}
		for rest := text; ; {
			i := strings.Index(rest, "…")
			if i < 0 {
				break
			}
			before := strings.TrimRight(rest[:i], " ")
			rest = rest[i+len("…"):]
			if before == "" || !unicode.IsLetter(lastRune(before)) {
				continue // cut after punctuation: a clause or sentence ended
			}
			runs := wordRun.FindAllString(before, -1)
			if w := strings.ToLower(runs[len(runs)-1]); !words[w] {
				t.Errorf("%s cuts a word in half: %q…", name, before[max(0, len(before)-40):])
			}
		}
	}

	// The whole reason is one click away: in the attached file.
	var csv bytes.Buffer
	res := coverageResult()
	if err := writeCSV(&csv, res); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(csv.String(), "valid until 2027-03-31) too") {
		t.Error("the attached file lacks the whole coverage reason")
	}
	// And the message keeps what the salesperson acts on, at a clause.
	text := visibleText(t, renderAnswer(res, answerOpts{}).Blocks)
	if !strings.Contains(text, "_Not covered by your reports_") || !strings.Contains(text, "_Partly covered_") {
		t.Errorf("coverage not in words:\n%s", text)
	}
}

func lastRune(s string) rune {
	r := []rune(s)
	return r[len(r)-1]
}

func TestTruncateAtBoundaries(t *testing.T) {
	for _, tt := range []struct {
		in   string
		n    int
		want string
	}{
		{"short", 10, "short"},
		{"the period ended over three months ago", 20, "the period ended…"},
		{"covers it; the period ended over three months ago", 18, "covers it; …"},
		{"Acme. The period ended over three months ago now", 40, "Acme. The period ended over three…"},
		{"supercalifragilisticexpialidocious", 10, "supercali…"},
	} {
		if got := truncate(tt.in, tt.n); got != tt.want {
			t.Errorf("truncate(%q, %d) = %q, want %q", tt.in, tt.n, got, tt.want)
		}
	}
}
