package triage

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io/fs"
	"sort"
	"strings"
)

// The criteria catalogue (criteria.json) describes every Trust Services criterion in
// socbot's own words and lists the vocabulary questionnaires use for it, as weighted
// phrases in the rule syntax. Every question is scored against every criterion; the
// scores rank the criteria the rules found, add the other criteria of a series the
// question's words support, and answer questions no rule matches. The rules keep the
// hard decisions: negation, which report, which type, which artifacts.
const catalogueFile = "criteria.json"

// CriterionInfo is one criterion of the catalogue.
type CriterionInfo struct {
	ID      string `json:"id"`
	Meaning string `json:"meaning"` // what the criterion asks for, in one sentence
	// Terms are phrases in the rule syntax (lexicon references included), each with
	// its weight: 3 names the criterion's subject, 2 is typical of it, 1 is a hint.
	Terms map[string]float64 `json:"terms"`
}

type catalogueDoc struct {
	About    string          `json:"about"`
	Criteria []CriterionInfo `json:"criteria"`
}

// LoadCatalogue reads and validates the criteria catalogue of fsys: one entry per
// criterion of AllCriteria, in that order, each with a meaning and at least three terms.
func LoadCatalogue(fsys fs.FS) ([]CriterionInfo, error) {
	data, err := fs.ReadFile(fsys, catalogueFile)
	if err != nil {
		return nil, err
	}
	var doc catalogueDoc
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&doc); err != nil {
		return nil, fmt.Errorf("%s: %w", catalogueFile, describeJSONError(data, err))
	}
	if len(doc.Criteria) != len(AllCriteria) {
		return nil, fmt.Errorf("%s: %d criteria, want %d", catalogueFile, len(doc.Criteria), len(AllCriteria))
	}
	for i, c := range doc.Criteria {
		switch {
		case c.ID != AllCriteria[i]:
			return nil, fmt.Errorf("%s: entry %d is %q, want %s", catalogueFile, i+1, c.ID, AllCriteria[i])
		case strings.TrimSpace(c.Meaning) == "":
			return nil, fmt.Errorf("%s: %s has no meaning", catalogueFile, c.ID)
		case len(c.Terms) < 3:
			return nil, fmt.Errorf("%s: %s has %d terms, want at least 3", catalogueFile, c.ID, len(c.Terms))
		}
		for t, w := range c.Terms {
			if w <= 0 || w > 5 {
				return nil, fmt.Errorf("%s: %s term %q: weight %v is outside (0,5]", catalogueFile, c.ID, t, w)
			}
		}
	}
	return doc.Criteria, nil
}

// Catalogue returns the embedded criteria catalogue, in AllCriteria order.
func Catalogue() []CriterionInfo {
	cat, err := LoadCatalogue(ruleFiles)
	if err != nil {
		panic(err) // the embedded catalogue is checked by the tests
	}
	return cat
}

// compileCatalogue turns the catalogue's terms into patterns of role roleCat, whose
// rule field is the criterion's index in AllCriteria. Terms compile in sorted order
// so that the engine is the same on every start.
func compileCatalogue(cat []CriterionInfo, lex map[string][]string, pats []pattern) ([]pattern, error) {
	var tz scratch
	for ci, c := range cat {
		terms := make([]string, 0, len(c.Terms))
		for t := range c.Terms {
			terms = append(terms, t)
		}
		sort.Strings(terms)
		for _, src := range terms {
			phrases, err := expandLexicon(src, lex, 0)
			if err != nil {
				return nil, fmt.Errorf("%s %s: %w", catalogueFile, c.ID, err)
			}
			for _, ph := range phrases {
				tt, err := tz.compilePhrase(ph)
				if err != nil {
					return nil, fmt.Errorf("%s %s: %w", catalogueFile, c.ID, err)
				}
				pats = append(pats, pattern{src: src, terms: tt, rule: int32(ci), role: roleCat, w: float32(c.Terms[src])})
			}
		}
	}
	return pats, nil
}

// How the vocabulary scores are used, chosen on the four original sets and the tune
// halves (docs/rules-and-evaluation.md).
const (
	// vocabRank is the most the vocabulary adds to a rule criterion's score; a rule's
	// first criterion scores its weight (0.35–0.95), later ones a little less.
	vocabRank = 0.45
	// vocabSat is the vocabulary score at which half of vocabRank is added.
	vocabSat = 4
	// vocabAdd is the least vocabulary score for a criterion the rules did not give
	// to be added beside one of the same series (CC7.3 beside CC7.4).
	vocabAdd = 2
	// vocabAnswer is the least vocabulary score that answers a question no rule
	// decides; vocabAnswerKeep keeps the runners-up within this share of the best.
	vocabAnswer     = 3
	vocabAnswerKeep = 0.6
	// vocabMaxAdded bounds the criteria of the rules' series the vocabulary adds to
	// their list; vocabCross is the least score for one more of another series.
	vocabMaxAdded = 2
	vocabCross    = 3
	// vocabAnswerStatement is vocabAnswer for a control written as a statement.
	vocabAnswerStatement = 2
	// vocabFallback: a rule criterion scoring less (a rule of weight 0.35 such as
	// "personal data" → P4.1) is a fallback that a named criterion of its
	// category, added by the vocabulary, goes before.
	vocabFallback = 0.4
)

// vocabBoost is what a vocabulary score adds to a criterion's rank.
func vocabBoost(v float32) float64 {
	return vocabRank * float64(v) / (float64(v) + vocabSat)
}

// series is the part of a criterion id before the dot: "CC7" for CC7.3, "P6" for P6.5.
func series(id string) string {
	if i := strings.IndexByte(id, '.'); i > 0 {
		return id[:i]
	}
	return id
}
