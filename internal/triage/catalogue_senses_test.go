package triage

import (
	"strings"
	"testing"
)

// catalogueScore is the criteria vocabulary's score of criterion id for text alone.
func catalogueScore(e *Engine, text, id string) float32 {
	s := e.pool.Get().(*scratch)
	defer e.pool.Put(s)
	s.vocab = true
	e.fire(s, text)
	s.vocab = false
	return s.cat[criteriaCatalogue.pos[id]]
}

// A catalogue term inside one of its entry's except_within phrases reads another
// sense and scores nothing for the entry: signing out is no event log, a hardened
// door no hardened system, badge access no logical access, staff retention no data
// retention. The same words in their own sense still score (near misses).
func TestCatalogueWordsReadAnotherWay(t *testing.T) {
	t.Parallel()
	e := mustEngine(t)
	tests := []struct {
		q, id string
		want  bool // the criterion scores
	}{
		{"Are idle terminals logged out of the claims portal automatically?", "CC7.2", false},
		{"does the app log you off after ten minutes idle", "CC7.2", false},
		{"Is a visitor log kept at the front desk and checked weekly?", "CC7.2", false},
		{"Our vault has hardened steel doors; is that documented anywhere?", "CC7.1", false},
		{"Describe the hardened perimeter fencing around the depot.", "CC7.1", false},
		{"Are the doors to the records store hardened and alarmed?", "CC7.1", false},
		{"Are patch cables colour-coded in the network cabinets?", "CC7.1", false},
		{"Cheque stock is held in an access-controlled safe room.", "CC6.1", false},
		{"Is badge access restricted to staff on the rota?", "CC6.1", false},
		{"Where are the spare keys to the server cage stored?", "CC6.1", false},
		{"What is your staff retention rate in the support desk?", "C1.2", false},
		{"What is your staff retention rate in the support desk?", "P4.2", false},
		{"How do you factor climate change into your facilities planning?", "CC8.1", false},
		// Near misses: the words in their own sense.
		{"Are failed log-ins and account log-outs written to the audit log?", "CC7.2", true},
		{"Do you log administrator activity on the billing platform?", "CC7.2", true},
		{"Are container images hardened before release?", "CC7.1", true},
		{"Are patches for critical vulnerabilities applied within 14 days?", "CC7.1", true},
		{"Is access to the payroll database restricted to named administrators?", "CC6.1", true},
		{"Are encryption keys stored in an HSM?", "CC6.1", true},
		{"How long are customer records retained after the contract ends?", "C1.2", true},
		{"Are changes to the firewall rules approved before they are applied?", "CC8.1", true},
	}
	for _, tc := range tests {
		t.Run(tc.id+" "+tc.q, func(t *testing.T) {
			if got := catalogueScore(e, tc.q, tc.id); (got > 0) != tc.want {
				t.Errorf("%s scores %v, want scoring %v", tc.id, got, tc.want)
			}
		})
	}
}

// The verdict leaves out the criterion only the other sense gave, and its evidence
// says which words were read another way.
func TestCatalogueOtherSenseInVerdict(t *testing.T) {
	t.Parallel()
	checkClass(t, []classCase{
		{q: "Is there a session timeout that will log users off the kiosk after five idle minutes?", report: "soc2", absent: "CC7.2"},
		{q: "Are tapes moved to an access-controlled vault at the second site each week?", report: "soc2", absent: "CC6.1"},
		{q: "Are network devices hardened to a documented baseline?", report: "soc2", first: "CC7.1"},
	})
	e := mustEngine(t)
	checkVocabulary(t, e, "Do sessions log out on their own after a period of inactivity?", "soc2",
		"criteria_vocabulary", `read another way: "log out" (not CC7.2)`)
	v := e.Classify(Question{Text: "Are workstations logged off when staff leave their desks?"})
	for _, ev := range v.Evidence {
		if ev.Rule == "criteria_vocabulary" && strings.Contains(ev.Reason, "read another way") && !strings.Contains(ev.Reason, `"logged off" (not CC7.2)`) {
			t.Errorf("evidence %q, want the words quoted as written", ev.Reason)
		}
	}
}

// An except_within phrase that does not compile is an error naming its entry.
func TestCatalogueExceptWithinErrors(t *testing.T) {
	t.Parallel()
	fsys := embeddedFiles(t, "rules/*.json", catalogueFile, areasFile)
	data := string(fsys[catalogueFile].Data)
	bad := strings.Replace(data, `"except_within": ["log|logged ~1 out|off|onto"`, `"except_within": ["the ~0 of"`, 1)
	if bad == data {
		t.Fatal("the CC7.2 except_within was not found to break")
	}
	fsys[catalogueFile].Data = []byte(bad)
	_, err := NewEngineFS(fsys)
	if err == nil || !strings.Contains(err.Error(), "CC7.2 except_within") {
		t.Errorf("NewEngineFS: %v, want an error naming CC7.2 except_within", err)
	}
}

// A phrase read another way is quoted once however often a line repeats it, and a
// long line quotes only a few: the evidence stays short.
func TestCatalogueOtherSenseEvidenceBounded(t *testing.T) {
	t.Parallel()
	e := mustEngine(t)
	for _, tc := range []struct{ name, text string }{
		{"one phrase repeated", "Do you log events? " + strings.Repeat("Climate change and climate change. ", 2000)},
		{"many phrases", "Do you log events? " + strings.Repeat("Users log out, badge access works, climate change, name change. ", 500)},
	} {
		t.Run(tc.name, func(t *testing.T) {
			v := e.Classify(Question{Text: tc.text})
			for _, ev := range v.Evidence {
				if ev.Rule == "criteria_vocabulary" && len(ev.Reason) > 400 {
					t.Errorf("vocabulary evidence of %d bytes, want a short one: %.200q…", len(ev.Reason), ev.Reason)
				}
			}
		})
	}
	v := e.Classify(Question{Text: "Do you log events? Climate change and climate change."})
	for _, ev := range v.Evidence {
		if ev.Rule == "criteria_vocabulary" && strings.Count(strings.ToLower(ev.Reason), "climate change") != 1 {
			t.Errorf("evidence %q, want the phrase quoted once", ev.Reason)
		}
	}
}
