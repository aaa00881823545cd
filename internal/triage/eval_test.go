package triage

import (
	"bytes"
	"math"
	"strings"
	"testing"
)

func lq(id, report, typ string, cats, crit, areas, arts []string) LabelledQuestion {
	return LabelledQuestion{ID: id, Text: "q " + id, Labels: Labels{
		Report: report, Type: typ, Categories: cats, Criteria: crit, SOC1Areas: areas, Artifacts: arts,
	}}
}

func vd(report, typ string, cats, crit, areas, arts []string) Verdict {
	return Verdict{Report: report, Type: typ, Categories: cats, Criteria: crit, SOC1Areas: areas, Artifacts: arts}
}

func ss(s ...string) []string { return s }

func near(a, b float64) bool { return math.Abs(a-b) < 1e-9 }

func TestScoreReport(t *testing.T) {
	t.Parallel()
	// Labels: soc2, soc2, soc1, none. Predictions: soc2, soc1, soc1, soc2.
	qs := []LabelledQuestion{
		lq("a", "soc2", "type2", ss("security"), nil, nil, nil),
		lq("b", "soc2", "type2", ss("security"), nil, nil, nil),
		lq("c", "soc1", "type2", nil, nil, nil, nil),
		lq("d", "none", "", nil, nil, nil, nil),
	}
	vs := []Verdict{
		vd("soc2", "type2", nil, nil, nil, nil),
		vd("soc1", "type2", nil, nil, nil, nil),
		vd("soc1", "type2", nil, nil, nil, nil),
		vd("soc2", "", nil, nil, nil, nil),
	}
	m := Score(qs, vs)
	if m.N != 4 || !near(m.ReportAccuracy, 0.5) {
		t.Fatalf("N=%d accuracy=%v, want 4 and 0.5", m.N, m.ReportAccuracy)
	}
	tests := []struct {
		class      string
		tp, fp, fn int
		p, r, f1   float64
	}{
		{"soc2", 1, 1, 1, 0.5, 0.5, 0.5},
		{"soc1", 1, 1, 0, 0.5, 1, 2.0 / 3},
		{"both", 0, 0, 0, 1, 1, 1}, // never labelled, never predicted
		{"none", 0, 0, 1, 0, 0, 0},
	}
	for _, tt := range tests {
		got := m.Report[tt.class]
		if got.TP != tt.tp || got.FP != tt.fp || got.FN != tt.fn ||
			!near(got.Precision, tt.p) || !near(got.Recall, tt.r) || !near(got.F1, tt.f1) {
			t.Errorf("report %s = %+v, want TP=%d FP=%d FN=%d P=%v R=%v F1=%v",
				tt.class, got, tt.tp, tt.fp, tt.fn, tt.p, tt.r, tt.f1)
		}
	}
	// Macro over soc2, soc1, none (both never occurs): (0.5 + 2/3 + 0) / 3.
	if want := (0.5 + 2.0/3) / 3; !near(m.ReportMacroF1, want) {
		t.Errorf("report macro-F1 = %v, want %v", m.ReportMacroF1, want)
	}
	// Type is scored on a, b, c only (d is labelled none): all three match.
	if m.TypeN != 3 || !near(m.TypeAccuracy, 1) {
		t.Errorf("type N=%d accuracy=%v, want 3 and 1", m.TypeN, m.TypeAccuracy)
	}
}

func TestScoreCategories(t *testing.T) {
	t.Parallel()
	qs := []LabelledQuestion{
		lq("a", "soc2", "type2", ss("security", "availability"), nil, nil, nil),
		lq("b", "both", "type2", ss("security"), nil, nil, nil),
		lq("c", "soc1", "type2", nil, nil, nil, nil),
	}
	vs := []Verdict{
		vd("soc2", "type2", ss("security"), nil, nil, nil),
		vd("soc2", "type2", ss("security", "privacy"), nil, nil, nil),
		vd("soc2", "type2", ss("security"), nil, nil, nil), // counts only in the overall view
	}
	m := Score(qs, vs)
	if m.CategoriesSOC2N != 2 {
		t.Fatalf("CategoriesSOC2N = %d, want 2", m.CategoriesSOC2N)
	}
	tests := []struct {
		name       string
		got        PRF
		tp, fp, fn int
		f1         float64
	}{
		{"soc2 security", m.CategoriesSOC2["security"], 2, 0, 0, 1},
		{"soc2 availability", m.CategoriesSOC2["availability"], 0, 0, 1, 0},
		{"soc2 privacy", m.CategoriesSOC2["privacy"], 0, 1, 0, 0},
		{"soc2 confidentiality", m.CategoriesSOC2["confidentiality"], 0, 0, 0, 1},
		{"all security", m.CategoriesAll["security"], 2, 1, 0, 0.8},
		{"all privacy", m.CategoriesAll["privacy"], 0, 1, 0, 0},
	}
	for _, tt := range tests {
		if tt.got.TP != tt.tp || tt.got.FP != tt.fp || tt.got.FN != tt.fn || !near(tt.got.F1, tt.f1) {
			t.Errorf("%s = %+v, want TP=%d FP=%d FN=%d F1=%v", tt.name, tt.got, tt.tp, tt.fp, tt.fn, tt.f1)
		}
	}
	// Macro over the categories that occur: security, availability, privacy.
	if want := (1.0 + 0 + 0) / 3; !near(m.CategoriesSOC2MacroF1, want) {
		t.Errorf("soc2 categories macro-F1 = %v, want %v", m.CategoriesSOC2MacroF1, want)
	}
	if want := (0.8 + 0 + 0) / 3; !near(m.CategoriesAllMacroF1, want) {
		t.Errorf("all categories macro-F1 = %v, want %v", m.CategoriesAllMacroF1, want)
	}
}

func TestScoreCriteriaHits(t *testing.T) {
	t.Parallel()
	sec := ss("security")
	tests := []struct {
		name       string
		labelled   []string
		predicted  []string
		hit1, hit3 bool
	}{
		{"first", ss("CC6.1"), ss("CC6.1", "CC6.6"), true, true},
		{"second label first", ss("CC6.6", "CC6.1"), ss("CC6.1"), true, true},
		{"third", ss("CC6.1"), ss("CC6.6", "CC6.7", "CC6.1"), false, true},
		{"fourth", ss("CC6.1"), ss("CC6.6", "CC6.7", "CC6.8", "CC6.1"), false, false},
		{"none predicted", ss("CC6.1"), nil, false, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			m := Score([]LabelledQuestion{lq("a", "soc2", "type2", sec, tt.labelled, nil, nil)},
				[]Verdict{vd("soc2", "type2", sec, tt.predicted, nil, nil)})
			if m.CriteriaN != 1 || (m.CriteriaHit1 == 1) != tt.hit1 || (m.CriteriaHit3 == 1) != tt.hit3 {
				t.Errorf("N=%d hit@1=%v hit@3=%v, want 1 %v %v", m.CriteriaN, m.CriteriaHit1, m.CriteriaHit3, tt.hit1, tt.hit3)
			}
		})
	}

	// Questions without labelled criteria do not count, even when criteria are predicted.
	qs := []LabelledQuestion{
		lq("a", "soc2", "type2", sec, ss("CC7.2"), nil, nil),
		lq("b", "soc2", "type2", sec, ss("CC8.1"), nil, nil),
		lq("c", "none", "", nil, nil, nil, ss("dpa")),
	}
	vs := []Verdict{
		vd("soc2", "type2", sec, ss("CC7.2"), nil, nil),
		vd("soc2", "type2", sec, ss("CC6.1", "CC7.1", "CC8.1"), nil, nil),
		vd("soc2", "type2", sec, ss("CC6.1"), nil, nil),
	}
	m := Score(qs, vs)
	if m.CriteriaN != 2 || !near(m.CriteriaHit1, 0.5) || !near(m.CriteriaHit3, 1) {
		t.Errorf("N=%d hit@1=%v hit@3=%v, want 2 0.5 1", m.CriteriaN, m.CriteriaHit1, m.CriteriaHit3)
	}
}

func TestScoreMicroSets(t *testing.T) {
	t.Parallel()
	qs := []LabelledQuestion{
		lq("a", "soc1", "type2", nil, nil, ss("transaction_processing", "reconciliation"), nil),
		lq("b", "none", "", nil, nil, nil, ss("dpa")),
		lq("c", "soc2", "type2", ss("security"), nil, nil, ss("pentest_letter")),
	}
	vs := []Verdict{
		vd("soc1", "type1", nil, nil, ss("transaction_processing", "custody", "custody"), nil),
		vd("none", "", nil, nil, nil, ss("dpa", "privacy_policy")),
		vd("soc2", "type2", ss("security"), nil, nil, nil),
	}
	m := Score(qs, vs)
	tests := []struct {
		name       string
		got        PRF
		tp, fp, fn int
		p, r       float64
	}{
		// custody predicted twice counts once.
		{"soc1_areas", m.SOC1Areas, 1, 1, 1, 0.5, 0.5},
		{"artifacts", m.Artifacts, 1, 1, 1, 0.5, 0.5},
	}
	for _, tt := range tests {
		if tt.got.TP != tt.tp || tt.got.FP != tt.fp || tt.got.FN != tt.fn ||
			!near(tt.got.Precision, tt.p) || !near(tt.got.Recall, tt.r) || !near(tt.got.F1, 0.5) {
			t.Errorf("%s = %+v, want TP=%d FP=%d FN=%d P=%v R=%v F1=0.5", tt.name, tt.got, tt.tp, tt.fp, tt.fn, tt.p, tt.r)
		}
	}
	// a: type1 for type2; c: right. b is none and not scored.
	if m.TypeN != 2 || !near(m.TypeAccuracy, 0.5) {
		t.Errorf("type N=%d accuracy=%v, want 2 and 0.5", m.TypeN, m.TypeAccuracy)
	}
}

func TestScoreMissingVerdicts(t *testing.T) {
	t.Parallel()
	qs := []LabelledQuestion{
		lq("a", "soc2", "type2", ss("security"), ss("CC6.1"), nil, nil),
		lq("b", "none", "", nil, nil, nil, nil),
	}
	m := Score(qs, []Verdict{vd("soc2", "type2", ss("security"), ss("CC6.1"), nil, nil)})
	if !near(m.ReportAccuracy, 0.5) || m.Report["none"].FN != 1 {
		t.Errorf("accuracy=%v none=%+v, want 0.5 and one false negative", m.ReportAccuracy, m.Report["none"])
	}
	if z := Score(nil, nil); z.N != 0 || z.ReportAccuracy != 0 || len(z.Report) != len(AllReports) {
		t.Errorf("empty Score = %+v", z)
	}
}

func TestReadLabelled(t *testing.T) {
	t.Parallel()
	good := `{"id":"e1","text":"Do you enforce MFA?","section":"Access","labels":{"report":"soc2","type":"type2","categories":["security"],"criteria":["CC6.1"],"soc1_areas":[],"artifacts":[]}}

{"id":"e2","text":"Are you GDPR compliant?","labels":{"report":"none","type":"","categories":[],"criteria":[],"soc1_areas":[],"artifacts":["dpa"]}}
`
	qs, err := ReadLabelled(strings.NewReader(good))
	if err != nil {
		t.Fatalf("ReadLabelled: %v", err)
	}
	if len(qs) != 2 || qs[0].Section != "Access" || qs[0].Labels.Criteria[0] != "CC6.1" || qs[1].Labels.Artifacts[0] != "dpa" {
		t.Fatalf("ReadLabelled = %+v", qs)
	}
	if q := qs[0].Question(); q.ID != "e1" || q.Text != "Do you enforce MFA?" || q.Section != "Access" {
		t.Errorf("Question() = %+v", q)
	}
}

func TestReadLabelledErrors(t *testing.T) {
	t.Parallel()
	ok := `{"id":"e1","text":"t","labels":{"report":"soc2","type":"type2","categories":["security"],"criteria":["CC6.1"],"soc1_areas":[],"artifacts":[]}}`
	tests := []struct {
		name  string
		line2 string
		want  string // besides "line 2"
	}{
		{"bad json", `{"id":"e2",`, "unexpected"},
		{"unknown field", `{"id":"e2","text":"t","labls":{}}`, "unknown field"},
		{"unknown label field", `{"id":"e2","text":"t","labels":{"report":"none","type":"","area":[]}}`, "unknown field"},
		{"trailing data", `{"id":"e2","text":"t","labels":{"report":"none","type":""}} {}`, "trailing"},
		{"bad report", `{"id":"e2","text":"t","labels":{"report":"soc3","type":"type2","categories":["security"]}}`, `report "soc3"`},
		{"bad type", `{"id":"e2","text":"t","labels":{"report":"soc2","type":"II","categories":["security"]}}`, `type "II"`},
		{"type with none", `{"id":"e2","text":"t","labels":{"report":"none","type":"type2"}}`, "exactly when"},
		{"empty type with soc1", `{"id":"e2","text":"t","labels":{"report":"soc1","type":""}}`, "exactly when"},
		{"bad category", `{"id":"e2","text":"t","labels":{"report":"soc2","type":"type2","categories":["integrity"]}}`, `"integrity"`},
		{"bad criterion", `{"id":"e2","text":"t","labels":{"report":"soc2","type":"type2","categories":["security"],"criteria":["CC10.1"]}}`, `"CC10.1"`},
		{"bad area", `{"id":"e2","text":"t","labels":{"report":"soc1","type":"type2","soc1_areas":["payroll"]}}`, `"payroll"`},
		{"bad artifact", `{"id":"e2","text":"t","labels":{"report":"none","type":"","artifacts":["soc2"]}}`, `"soc2"`},
		{"duplicate value", `{"id":"e2","text":"t","labels":{"report":"none","type":"","artifacts":["dpa","dpa"]}}`, "twice"},
		{"criteria on soc1", `{"id":"e2","text":"t","labels":{"report":"soc1","type":"type2","criteria":["CC6.1"]}}`, "no categories"},
		{"categories on none", `{"id":"e2","text":"t","labels":{"report":"none","type":"","categories":["security"]}}`, "no categories"},
		{"soc2 without category", `{"id":"e2","text":"t","labels":{"report":"soc2","type":"type2"}}`, "at least one category"},
		{"criterion outside categories", `{"id":"e2","text":"t","labels":{"report":"soc2","type":"type2","categories":["security"],"criteria":["A1.2"]}}`, `"availability"`},
		{"missing id", `{"text":"t","labels":{"report":"none","type":""}}`, "missing id"},
		{"missing text", `{"id":"e2","labels":{"report":"none","type":""}}`, "missing text"},
		{"duplicate id", strings.Replace(ok, "CC6.1", "CC6.2", 1), "duplicate id"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			_, err := ReadLabelled(strings.NewReader(ok + "\n" + tt.line2 + "\n"))
			if err == nil {
				t.Fatal("ReadLabelled succeeded, want an error")
			}
			if msg := err.Error(); !strings.Contains(msg, "line 2") || !strings.Contains(msg, tt.want) {
				t.Errorf("error %q, want it to contain %q and %q", msg, "line 2", tt.want)
			}
		})
	}
}

func TestMetricsWriteText(t *testing.T) {
	t.Parallel()
	qs := []LabelledQuestion{lq("a", "soc2", "type2", ss("security"), ss("CC6.1"), nil, ss("soc3"))}
	m := Score(qs, []Verdict{vd("soc2", "type2", ss("security"), ss("CC6.1"), nil, ss("soc3"))})
	var buf bytes.Buffer
	if err := m.WriteText(&buf); err != nil {
		t.Fatalf("WriteText: %v", err)
	}
	out := buf.String()
	for _, want := range []string{"report accuracy", "1.000", "criteria hit@3", "processing_integrity", "soc1_areas", "artifacts"} {
		if !strings.Contains(out, want) {
			t.Errorf("WriteText output lacks %q:\n%s", want, out)
		}
	}
}
