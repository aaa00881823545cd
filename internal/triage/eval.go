package triage

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"text/tabwriter"
)

// Labels is the ground truth for one question: the guide's section-1 fields.
type Labels struct {
	Report     string   `json:"report"`
	Type       string   `json:"type"`
	Categories []string `json:"categories"`
	Criteria   []string `json:"criteria"`
	SOC1Areas  []string `json:"soc1_areas"`
	Artifacts  []string `json:"artifacts"`
}

// LabelledQuestion is one line of an evaluation set (testdata/eval/labelled.jsonl).
type LabelledQuestion struct {
	ID      string `json:"id"`
	Text    string `json:"text"`
	Section string `json:"section"`
	Labels  Labels `json:"labels"`
}

// Question returns the question as the engine sees it.
func (lq LabelledQuestion) Question() Question {
	return Question{ID: lq.ID, Text: lq.Text, Section: lq.Section}
}

// maxLabelledLine bounds one JSON line; questionnaire questions are far shorter.
const maxLabelledLine = 1 << 20

// ReadLabelled reads a JSON Lines evaluation set, one LabelledQuestion per line.
// Blank lines are skipped. It is strict: unknown fields, trailing data, duplicate
// ids and values outside the closed vocabularies are errors, and every error names
// the 1-based line it comes from.
func ReadLabelled(r io.Reader) ([]LabelledQuestion, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64*1024), maxLabelledLine)
	var qs []LabelledQuestion
	seen := map[string]int{}
	line := 0
	for sc.Scan() {
		line++
		b := bytes.TrimSpace(sc.Bytes())
		if len(b) == 0 {
			continue
		}
		var lq LabelledQuestion
		dec := json.NewDecoder(bytes.NewReader(b))
		dec.DisallowUnknownFields()
		if err := dec.Decode(&lq); err != nil {
			return nil, fmt.Errorf("line %d: %w", line, err)
		}
		if dec.More() {
			return nil, fmt.Errorf("line %d: trailing data after the JSON object", line)
		}
		if err := lq.validate(); err != nil {
			return nil, fmt.Errorf("line %d: question %q: %w", line, lq.ID, err)
		}
		if prev, ok := seen[lq.ID]; ok {
			return nil, fmt.Errorf("line %d: duplicate id %q (first on line %d)", line, lq.ID, prev)
		}
		seen[lq.ID] = line
		qs = append(qs, lq)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("line %d: %w", line+1, err)
	}
	return qs, nil
}

// validate checks one labelled question against the guide's vocabularies and the
// shape rules of a verdict (section 1 and section 8, "Categories").
func (lq LabelledQuestion) validate() error {
	if lq.ID == "" {
		return errors.New("missing id")
	}
	if lq.Text == "" {
		return errors.New("missing text")
	}
	l := lq.Labels
	if !contains(AllReports, l.Report) {
		return fmt.Errorf("report %q is not one of %v", l.Report, AllReports)
	}
	if !contains(AllTypes, l.Type) {
		return fmt.Errorf("type %q is not one of type2, type1 or \"\"", l.Type)
	}
	if (l.Report == ReportNone) != (l.Type == TypeNone) {
		return fmt.Errorf("type %q does not fit report %q: type is \"\" exactly when report is none", l.Type, l.Report)
	}
	for _, f := range []struct {
		name    string
		values  []string
		allowed []string
	}{
		{"categories", l.Categories, AllCategories},
		{"criteria", l.Criteria, AllCriteria},
		{"soc1_areas", l.SOC1Areas, AllSOC1Areas},
		{"artifacts", l.Artifacts, AllArtifacts},
	} {
		if err := checkLabelValues(f.name, f.values, f.allowed); err != nil {
			return err
		}
	}
	switch l.Report {
	case ReportSOC1, ReportNone:
		if len(l.Categories) > 0 || len(l.Criteria) > 0 {
			return fmt.Errorf("report %q carries no categories and no criteria", l.Report)
		}
	default:
		if len(l.Categories) == 0 {
			return fmt.Errorf("report %q needs at least one category", l.Report)
		}
		for _, c := range l.Criteria {
			if cat := CategoryOf(c); !contains(l.Categories, cat) {
				return fmt.Errorf("criterion %s needs category %q in categories", c, cat)
			}
		}
	}
	return nil
}

func checkLabelValues(field string, values, allowed []string) error {
	for i, v := range values {
		if !contains(allowed, v) {
			return fmt.Errorf("%s: %q is not an allowed value", field, v)
		}
		if contains(values[:i], v) {
			return fmt.Errorf("%s: %q listed twice", field, v)
		}
	}
	return nil
}

// PRF counts one class (or one pooled, "micro", set of labels) and derives
// precision, recall and F1 from the counts. When a denominator is zero the ratio
// is 0, except that a class never labelled and never predicted (TP+FP+FN = 0)
// scores 1 on all three: there was nothing to find and nothing was invented.
type PRF struct {
	TP, FP, FN int
	Precision  float64
	Recall     float64
	F1         float64
}

// Support is the number of labelled instances of the class.
func (p PRF) Support() int { return p.TP + p.FN }

func (p *PRF) add(labelled, predicted bool) {
	switch {
	case labelled && predicted:
		p.TP++
	case predicted:
		p.FP++
	case labelled:
		p.FN++
	}
}

func (p *PRF) finish() {
	if p.TP+p.FP+p.FN == 0 {
		p.Precision, p.Recall, p.F1 = 1, 1, 1
		return
	}
	p.Precision = evalRatio(p.TP, p.TP+p.FP)
	p.Recall = evalRatio(p.TP, p.TP+p.FN)
	if p.Precision+p.Recall > 0 {
		p.F1 = 2 * p.Precision * p.Recall / (p.Precision + p.Recall)
	} else {
		p.F1 = 0
	}
}

func evalRatio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// Metrics scores a set of verdicts against labels. Maps are keyed by the values
// of AllReports and AllCategories and always hold every key.
type Metrics struct {
	N int // questions scored

	// Report is per-class precision/recall/F1 of the report field, over all questions.
	Report         map[string]PRF
	ReportAccuracy float64
	// ReportMacroF1 averages F1 over the report classes that were labelled or
	// predicted at least once.
	ReportMacroF1 float64

	// CategoriesSOC2 is per-category P/R/F1 (multi-label, one count per question
	// and category) over the questions labelled soc2 or both: how well the
	// categories are chosen once a SOC 2 is the right answer.
	CategoriesSOC2        map[string]PRF
	CategoriesSOC2N       int
	CategoriesSOC2MacroF1 float64
	// CategoriesAll is the same over all questions, so that categories predicted
	// on soc1 or none questions count as false positives.
	CategoriesAll        map[string]PRF
	CategoriesAllMacroF1 float64

	// CriteriaN is the number of questions with at least one labelled criterion;
	// CriteriaHit1 and CriteriaHit3 are the share of them where a labelled
	// criterion is among the first 1 or 3 predicted.
	CriteriaN    int
	CriteriaHit1 float64
	CriteriaHit3 float64

	// TypeN is the number of questions whose labelled report is not none;
	// TypeAccuracy is the share of them whose predicted type equals the label.
	TypeN        int
	TypeAccuracy float64

	// SOC1Areas and Artifacts are micro-averaged over all questions: TP, FP and
	// FN are pooled over every (question, value) pair.
	SOC1Areas PRF
	Artifacts PRF
}

// Score compares verdicts[i] with the labels of qs[i]. A missing verdict (verdicts
// shorter than qs) counts as an empty prediction; extra verdicts are ignored.
func Score(qs []LabelledQuestion, verdicts []Verdict) Metrics {
	m := Metrics{
		N:              len(qs),
		Report:         map[string]PRF{},
		CategoriesSOC2: map[string]PRF{},
		CategoriesAll:  map[string]PRF{},
	}
	report := make([]PRF, len(AllReports))
	catSOC2 := make([]PRF, len(AllCategories))
	catAll := make([]PRF, len(AllCategories))
	var correct, hit1, hit3, typeOK int
	for i, q := range qs {
		var v Verdict
		if i < len(verdicts) {
			v = verdicts[i]
		}
		l := q.Labels
		if v.Report == l.Report {
			correct++
		}
		for k, r := range AllReports {
			report[k].add(l.Report == r, v.Report == r)
		}
		soc2 := l.Report == ReportSOC2 || l.Report == ReportBoth
		if soc2 {
			m.CategoriesSOC2N++
		}
		for k, c := range AllCategories {
			lab, pred := contains(l.Categories, c), contains(v.Categories, c)
			catAll[k].add(lab, pred)
			if soc2 {
				catSOC2[k].add(lab, pred)
			}
		}
		if len(l.Criteria) > 0 {
			m.CriteriaN++
			if evalAnyIn(l.Criteria, evalFirstN(v.Criteria, 1)) {
				hit1++
			}
			if evalAnyIn(l.Criteria, evalFirstN(v.Criteria, 3)) {
				hit3++
			}
		}
		if l.Report != ReportNone {
			m.TypeN++
			if v.Type == l.Type {
				typeOK++
			}
		}
		evalAddSet(&m.SOC1Areas, l.SOC1Areas, v.SOC1Areas)
		evalAddSet(&m.Artifacts, l.Artifacts, v.Artifacts)
	}
	m.ReportAccuracy = evalRatio(correct, m.N)
	m.ReportMacroF1 = evalFinishAll(report, AllReports, m.Report)
	m.CategoriesSOC2MacroF1 = evalFinishAll(catSOC2, AllCategories, m.CategoriesSOC2)
	m.CategoriesAllMacroF1 = evalFinishAll(catAll, AllCategories, m.CategoriesAll)
	m.CriteriaHit1 = evalRatio(hit1, m.CriteriaN)
	m.CriteriaHit3 = evalRatio(hit3, m.CriteriaN)
	m.TypeAccuracy = evalRatio(typeOK, m.TypeN)
	m.SOC1Areas.finish()
	m.Artifacts.finish()
	return m
}

// evalFinishAll derives the ratios of each class, stores them under their names and
// returns the macro-F1 over classes that occur (labelled or predicted); a class
// that never occurs says nothing about the classifier and is left out.
func evalFinishAll(prfs []PRF, names []string, into map[string]PRF) float64 {
	var sum float64
	n := 0
	for k := range prfs {
		p := &prfs[k]
		p.finish()
		into[names[k]] = *p
		if p.TP+p.FP+p.FN > 0 {
			sum += p.F1
			n++
		}
	}
	if n == 0 {
		return 0
	}
	return sum / float64(n)
}

// evalAddSet counts one question's multi-label field: each value in both sets is a
// true positive, each predicted-only value a false positive, each labelled-only
// value a false negative. Duplicates in a prediction count once.
func evalAddSet(p *PRF, labelled, predicted []string) {
	for i, x := range predicted {
		if contains(predicted[:i], x) {
			continue
		}
		p.add(contains(labelled, x), true)
	}
	for _, x := range labelled {
		if !contains(predicted, x) {
			p.FN++
		}
	}
}

func evalFirstN(s []string, n int) []string {
	if len(s) > n {
		return s[:n]
	}
	return s
}

func evalAnyIn(want, got []string) bool {
	for _, g := range got {
		if contains(want, g) {
			return true
		}
	}
	return false
}

// WriteText writes the metrics as aligned plain-text tables.
func (m Metrics) WriteText(w io.Writer) error {
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	ew := &evalWriter{w: tw}
	ew.printf("questions\t%d\t\n", m.N)
	ew.printf("report accuracy\t%.3f\t\n", m.ReportAccuracy)
	ew.printf("report macro-F1\t%.3f\t\n", m.ReportMacroF1)
	ew.printf("criteria hit@1\t%.3f\t(of %d with criteria)\n", m.CriteriaHit1, m.CriteriaN)
	ew.printf("criteria hit@3\t%.3f\t\n", m.CriteriaHit3)
	ew.printf("type accuracy\t%.3f\t(of %d not none)\n", m.TypeAccuracy, m.TypeN)
	ew.printf("\t\t\n")
	ew.printf("report" + evalHeader)
	for _, r := range AllReports {
		ew.row(r, m.Report[r])
	}
	ew.printf("macro\t\t\t\t\t\t%.3f\t\n", m.ReportMacroF1)
	ew.printf("\t\t\t\t\t\t\t\n")
	ew.printf("category (soc2/both, %d)"+evalHeader, m.CategoriesSOC2N)
	for _, c := range AllCategories {
		ew.row(c, m.CategoriesSOC2[c])
	}
	ew.printf("macro\t\t\t\t\t\t%.3f\t\n", m.CategoriesSOC2MacroF1)
	ew.printf("\t\t\t\t\t\t\t\n")
	ew.printf("category (all)" + evalHeader)
	for _, c := range AllCategories {
		ew.row(c, m.CategoriesAll[c])
	}
	ew.printf("macro\t\t\t\t\t\t%.3f\t\n", m.CategoriesAllMacroF1)
	ew.printf("\t\t\t\t\t\t\t\n")
	ew.printf("micro" + evalHeader)
	ew.row("soc1_areas", m.SOC1Areas)
	ew.row("artifacts", m.Artifacts)
	if ew.err != nil {
		return fmt.Errorf("write metrics: %w", ew.err)
	}
	if err := tw.Flush(); err != nil {
		return fmt.Errorf("write metrics: %w", err)
	}
	return nil
}

const evalHeader = "\tTP\tFP\tFN\tP\tR\tF1\t\n"

type evalWriter struct {
	w   io.Writer
	err error
}

func (e *evalWriter) printf(format string, args ...any) {
	if e.err == nil {
		_, e.err = fmt.Fprintf(e.w, format, args...)
	}
}

func (e *evalWriter) row(name string, p PRF) {
	e.printf("%s\t%d\t%d\t%d\t%.3f\t%.3f\t%.3f\t\n", name, p.TP, p.FP, p.FN, p.Precision, p.Recall, p.F1)
}
