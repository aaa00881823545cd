package triage

import (
	"encoding/json"
	"strings"
	"testing"
)

// Phrases that fired far outside what they were written for: "such as conversion"
// read as a Type 1 date, code signing as a money system, mail transfer agents as a
// share register, "work out a plan" as a calculation, certification and
// accreditation packages as completeness and accuracy, "ack receipt" as a policy
// acknowledgement, being charged during an outage as continuity, trusting a company
// as vendor checks, an admin role as the security owner, a building tested for fire
// safety as software testing, and the fate of data at offboarding lost to the access
// reading. Each near miss is followed by a question the phrase was written for. The
// questions are written for this test.
func TestPhrasesBeyondTheirIntent(t *testing.T) {
	t.Parallel()
	checkClass(t, []classCase{
		// A Type 1 "as of" a go-live needs the date, not "such as" or "as we".
		{q: "Describe the controls in place such as conversion of opening balances.", report: "soc1", typ: "type2", areas: []string{"transaction_processing"}},
		{q: "Will the controls be in place as we launch next quarter?", report: "none"},
		{q: "Controls will be described as at the cutover date for the SOC 2.", report: "soc2", typ: "type1"},
		// Signing infrastructure is a money system only with custody or wallets near.
		{q: "Is access to the code signing infrastructure restricted to release engineers?", report: "soc2", first: "CC8.1"},
		{q: "Who can access the signing HSM for customer wallets?", report: "both", areas: []string{"access_financial"}},
		// A mail transfer agent is a mail server; a transfer agent system is money.
		{q: "Is TLS enforced on your mail transfer agents?", report: "soc2", first: "CC6.7"},
		{q: "Is your transfer agent system reconciled to the share register each day?", report: "soc1", areas: []string{"reconciliation"}},
		// "work out" calculates only an amount.
		{q: "How do you work out the interest due on late payments?", report: "soc1", areas: []string{"transaction_processing"}},
		{q: "How are the year-end CAM charges worked out for each tenant?", report: "soc1", areas: []string{"transaction_processing"}},
		// C&A beside an ATO is certification and accreditation.
		{q: "Are C&A packages reviewed for the payroll system before ATO?", report: "none"},
		{q: "Are C&A procedures over the payroll outputs documented?", report: "soc1", areas: []string{"transaction_processing"}},
		// "ack receipt" of a message is no policy acknowledgement.
		{q: "Can you ack receipt of this questionnaire?", report: "none"},
		{q: "Do all employees ack the acceptable use policy annually?", report: "soc2", crit: "CC2.2"},
		// Being charged during an outage is no continuity plan.
		{q: "If the service goes down, do we still get charged?", report: "soc2", absent: "CC9.1"},
		{q: "If the payroll system goes down, do employees still get paid?", report: "both", first: "CC9.1"},
		// Trusting a company is no vendor check.
		{q: "Can we trust that our data is not shared with other companies?", report: "none"},
		{q: "Do you check out the other companies you hand our data to?", report: "soc2", first: "CC9.2"},
		// An admin role for security groups is no security owner.
		{q: "Who has the admin role for security groups in Azure?", report: "soc2", absent: "CC1.3"},
		{q: "Who is in charge of security at your company?", report: "soc2", first: "CC1.3"},
		// A new build tested for fire safety is a building.
		{q: "Has the new build been tested for fire safety?", report: "none"},
		{q: "Has the new software build been tested?", report: "soc2", first: "CC8.1"},
		{q: "Has the new release been tested before it goes live?", report: "soc2", first: "CC8.1"},
		// The data's fate at offboarding keeps C1.2 beside the access removal.
		{q: "What happens to data when you offboard a client from the portal?", report: "soc2", crit: "C1.2"},
		{q: "Is our data deleted when you offboard a client from the portal?", report: "soc2", crit: "C1.2"},
		{q: "How quickly do you offboard a client from the portal?", report: "soc2", first: "CC6.3", absent: "C1.2"},
		// "added" is a money act only when added to an account, balance or invoice.
		{q: "How are new steps added to the payment process?", report: "none"},
		{q: "How is interest added to customer balances?", report: "soc1", areas: []string{"transaction_processing"}},
	})
}

// "work out" said of a plan or a schedule is read as it is written, while an amount
// worked out is read as calculated.
func TestWorkOutCalculatesOnlyAmounts(t *testing.T) {
	t.Parallel()
	e := mustEngine(t)
	for _, c := range []struct {
		q    string
		want bool
	}{
		{"How do you work out the project plan with our payroll team?", false},
		{"How do you work out the rollout schedule for the billing system?", false},
		{"How do you work out the interest due on late payments?", true},
		{"How is sales tax worked out on each order?", true},
	} {
		v := e.Classify(Question{Text: c.q})
		got := false
		for _, ev := range v.Evidence {
			got = got || ev.Rule == "wording" && strings.Contains(ev.Reason, "= calculat")
		}
		if got != c.want {
			t.Errorf("%q: read as calculated %v, want %v (evidence %+v)", c.q, got, c.want, v.Evidence)
		}
	}
}

// A version of a calculation is a change made to it only when it is new; other
// change words keep their reading.
func TestCalculationVersionIsChangedOnlyWhenNew(t *testing.T) {
	e := mustEngine(t)
	s := e.pool.Get().(*scratch)
	defer e.pool.Put(s)
	for _, c := range []struct {
		text string
		want bool
	}{
		{"Who reviews the latest version of the pension calculation?", false},
		{"Is the current version of the bonus calculation documented?", false},
		{"How is a new version of the payroll calculation tested?", true},
		{"Who approves changes to the overtime pay calculation?", true},
		{"Is the latest fix to the pension calculation deployed?", true},
	} {
		s.tokenize(c.text)
		k := -1
		for i := range s.toks {
			if s.toks[i].text == "calculation" {
				k = i
			}
		}
		if got := k >= 0 && codeChangedBefore(s.toks, k); got != c.want {
			t.Errorf("codeChangedBefore(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}

// A relative clause that names a money system by its work ends where the main
// predicate begins, at an auxiliary or a past participle after the verb's object.
func TestWorkClauseStopsAtThePredicate(t *testing.T) {
	e := mustEngine(t)
	s := e.pool.Get().(*scratch)
	defer e.pool.Put(s)
	for _, c := range []struct {
		text, noun, last string
	}{
		{"Is the payments platform that pays suppliers reconciled daily to the bank?", "platform", "suppliers"},
		{"The payments platform that pays suppliers is reconciled daily.", "platform", "suppliers"},
		{"Is access to the module which pays our carriers reviewed?", "module", "carriers"},
		{"Who can change the engine that processes scheduled payments?", "engine", "payments"},
	} {
		s.tokenize(c.text)
		j := -1
		for i := range s.toks {
			if s.toks[i].text == c.noun {
				j = i
			}
		}
		if j < 0 {
			t.Fatalf("%q: no %q", c.text, c.noun)
		}
		if got := s.toks[workClause(s.toks, j)].text; got != c.last {
			t.Errorf("workClause(%q) ends at %q, want %q", c.text, got, c.last)
		}
	}
}

// The words the code reads as a calculation and as a change made to one agree with
// the calc_head and calc_changed lexicons of rules/50_soc1.json: every calcHead
// noun is a calc_head alternative (the lexicon adds formulas, algorithms, logic and
// engines), and codeChange is exactly the change words before @money_calc.
func TestCalculationWordsAgreeWithLexicon(t *testing.T) {
	data, err := ruleFiles.ReadFile("rules/50_soc1.json")
	if err != nil {
		t.Fatal(err)
	}
	var f struct {
		Lexicon map[string][]string `json:"lexicon"`
	}
	if err := json.Unmarshal(data, &f); err != nil {
		t.Fatal(err)
	}
	alts := func(phrase string) map[string]bool {
		first, _, _ := strings.Cut(phrase, " ")
		return wordSet(strings.Split(first, "|"))
	}
	head := alts(f.Lexicon["calc_head"][0])
	for w := range calcHead {
		if !head[w] {
			t.Errorf("calcHead %q is not in calc_head", w)
		}
	}
	changed := alts(f.Lexicon["calc_changed"][0])
	for w := range codeChange {
		if !changed[w] {
			t.Errorf("codeChange %q is not in calc_changed", w)
		}
	}
	for w := range changed {
		if !codeChange[w] {
			t.Errorf("calc_changed %q is not in codeChange", w)
		}
	}
}
