package triage

import (
	"errors"
	"fmt"
	"io/fs"
	"slices"
	"sort"
	"strings"
)

// Two catalogues describe socbot's vocabulary, in the same format: an ordered list of
// entries, one per id of a closed list, each with a meaning and weighted phrases in the
// rule syntax. Every question is scored against every entry of both in one pass.
//
// The criteria catalogue (criteria.json) describes every Trust Services criterion in
// socbot's own words and lists the vocabulary questionnaires use for it. The scores
// rank the criteria the rules found, add the other criteria of a series the question's
// words support, and answer questions no rule matches (vocabulary.go). The rules keep
// the hard decisions: negation, which report, which type, which artifacts.
//
// The SOC 1 areas catalogue (soc1_areas.json) describes each SOC 1 control-objective
// area and lists the business words questionnaires use for it (pay runs, suspense,
// three-way match, trade settlement, client money…). When the verdict includes SOC 1,
// the scores rank the areas the rules gave and add the others the question's words
// support (areas.go).

// The catalogue files in the rules' file system.
const (
	catalogueFile = "criteria.json"
	areasFile     = "soc1_areas.json"
)

// CatalogueEntry is one entry of a catalogue: a criterion or a SOC 1 area.
type CatalogueEntry struct {
	ID      string `json:"id"`
	Meaning string `json:"meaning"` // what the criterion or area asks for, in one sentence
	// Terms are phrases in the rule syntax (lexicon references included), each with
	// its weight: 3 names the entry's subject, 2 is typical of it, 1 is a hint.
	Terms map[string]float64 `json:"terms"`
	// ExceptWithin lists phrases in which the entry's terms take another sense
	// ("log out" for CC7.2's "log"): a term whose hit begins inside a hit of one of
	// them does not count for the entry (catalogue_senses.go).
	ExceptWithin []string `json:"except_within,omitempty"`
}

// vocabCatalogue is what differs between the two catalogues: where they live, what
// they list, and how their part in a verdict is named.
type vocabCatalogue struct {
	file  string         // catalogueFile or areasFile
	name  string         // the catalogue in errors: "criteria catalogue"
	key   string         // the JSON key of the entries, and their plural in errors
	ids   []string       // the closed list of ids the entries follow, in order
	pos   map[string]int // the index of each id in ids
	role  int16          // the role of its terms' patterns, whose rule is the entry's index in ids
	rule  string         // the Rule of the evidence the catalogue adds to a verdict
	intro string         // the start of that evidence's reason
	most  int            // the most entries that evidence lists
	// title names an entry in that reason; nil for its id.
	title func(string) string
	// limit is the most entries the engine's per-question structures hold: the
	// criteria are sets of bits in one uint64 (decide.go), the areas arrays of maxAreas.
	limit int
}

var (
	criteriaCatalogue = vocabCatalogue{
		file: catalogueFile, name: "criteria catalogue", key: "criteria", ids: AllCriteria, role: roleCat,
		rule: "criteria_vocabulary", intro: "closest criteria by vocabulary:", most: 3, limit: critMaskBits,
	}
	areasCatalogue = vocabCatalogue{
		file: areasFile, name: "SOC 1 areas catalogue", key: "areas", ids: AllSOC1Areas, role: roleArea,
		rule: "soc1_area_vocabulary", intro: "closest SOC 1 areas by vocabulary:", most: maxAreas, limit: maxAreas,
		title: AreaTitle,
	}
)

func init() {
	for _, c := range []*vocabCatalogue{&criteriaCatalogue, &areasCatalogue} {
		c.pos = make(map[string]int, len(c.ids))
		for i, id := range c.ids {
			c.pos[id] = i
		}
	}
}

// critMaskBits is the most criteria the engine can hold: decide.go keeps the criteria
// of a verdict's subject and incidental rules as bits of a uint64.
const critMaskBits = 64

// fits reports an error when the catalogue's closed list of ids outgrows what the
// engine holds per question (c.limit); a larger list would silently lose entries.
func (c *vocabCatalogue) fits() error {
	if len(c.ids) > c.limit {
		return fmt.Errorf("%s: %d %s, more than the %d the engine holds per question", c.file, len(c.ids), c.key, c.limit)
	}
	return nil
}

// catalogueDoc is a catalogue file. Each file has the key of its own catalogue only.
type catalogueDoc struct {
	About    string           `json:"about"`
	Criteria []CatalogueEntry `json:"criteria"`
	Areas    []CatalogueEntry `json:"areas"`
	// Subjects (criteria catalogue only) name, for each category but security, what
	// a question must be about for the vocabulary to bring that category: personal
	// data for privacy, confidential or customer data for confidentiality, backups
	// and recovery for availability, processing and its data for processing
	// integrity. Phrases in the rule syntax.
	Subjects map[string][]string `json:"subjects"`
}

// minSubjectPhrases is the fewest phrases a category's subject may have.
const minSubjectPhrases = 3

// load reads and validates the catalogue's file in fsys: one entry per id, in order,
// each with a meaning and at least three terms of weight in (0,5], and no more ids than
// the engine holds.
func (c *vocabCatalogue) load(fsys fs.FS) ([]CatalogueEntry, error) {
	doc, err := c.read(fsys)
	return doc.entries(c), err
}

// read reads and validates the catalogue's file in fsys (see load); the criteria
// catalogue's subjects name each category but security once, with at least
// minSubjectPhrases phrases.
func (c *vocabCatalogue) read(fsys fs.FS) (catalogueDoc, error) {
	if err := c.fits(); err != nil {
		return catalogueDoc{}, err
	}
	data, err := fs.ReadFile(fsys, c.file)
	if err != nil {
		return catalogueDoc{}, err
	}
	doc, ok := decodeCatalogue(data)
	if !ok {
		doc = catalogueDoc{}
		if err := decodeStrict(data, &doc); err != nil {
			return catalogueDoc{}, fmt.Errorf("%s: %w", c.file, err)
		}
	}
	if err := c.check(&doc); err != nil {
		return catalogueDoc{}, fmt.Errorf("%s: %w", c.file, err)
	}
	return doc, nil
}

// entries returns the entries of c's key.
func (doc catalogueDoc) entries(c *vocabCatalogue) []CatalogueEntry {
	if c.key == "areas" {
		return doc.Areas
	}
	return doc.Criteria
}

func (c *vocabCatalogue) check(doc *catalogueDoc) error {
	entries, other, otherKey := doc.Criteria, doc.Areas, "areas"
	if c.key == "areas" {
		entries, other, otherKey = doc.Areas, doc.Criteria, "criteria"
	}
	if other != nil {
		return fmt.Errorf("unknown field %q", otherKey)
	}
	if c.key == "areas" && doc.Subjects != nil {
		return errors.New(`unknown field "subjects"`)
	}
	if c.key == "criteria" {
		for _, k := range AllCategories[1:] {
			if n := len(doc.Subjects[k]); n < minSubjectPhrases {
				return fmt.Errorf("subject of %s has %d phrases, want at least %d", k, n, minSubjectPhrases)
			}
		}
		for k := range doc.Subjects {
			if i := slices.Index(AllCategories, k); i < 1 {
				return fmt.Errorf("subjects: %q is not a category other than security", k)
			}
		}
	}
	if len(entries) != len(c.ids) {
		return fmt.Errorf("%d %s, want %d", len(entries), c.key, len(c.ids))
	}
	for i, en := range entries {
		switch {
		case en.ID != c.ids[i]:
			return fmt.Errorf("entry %d is %q, want %s", i+1, en.ID, c.ids[i])
		case strings.TrimSpace(en.Meaning) == "":
			return fmt.Errorf("%s has no meaning", en.ID)
		case len(en.Terms) < 3:
			return fmt.Errorf("%s has %d terms, want at least 3", en.ID, len(en.Terms))
		}
		for t, w := range en.Terms {
			if w <= 0 || w > 5 {
				return fmt.Errorf("%s term %q: weight %v is outside (0,5]", en.ID, t, w)
			}
		}
	}
	return nil
}

// compile turns the entries' terms into patterns of the catalogue's role, whose rule
// field is the entry's index, and the subjects' phrases into patterns of roleSubj,
// whose rule field is the category's index. Terms compile in sorted order so that the
// engine is the same on every start.
func (c *vocabCatalogue) compile(doc catalogueDoc, pc *phraseCompiler, ib *indexBuilder) error {
	for k, cat := range AllCategories {
		for _, src := range doc.Subjects[cat] {
			phrases, first, err := pc.compile(src)
			if err != nil {
				return fmt.Errorf("%s subject of %s: %w", c.file, cat, err)
			}
			for j, tt := range phrases {
				ib.add(pattern{terms: tt, rule: int32(k), role: roleSubj}, first+int32(j))
			}
		}
	}
	var terms []string // an entry's terms in order, the buffer reused by every entry
	for i, en := range doc.entries(c) {
		terms = terms[:0]
		for t := range en.Terms {
			terms = append(terms, t)
		}
		sort.Strings(terms)
		for _, src := range terms {
			phrases, first, err := pc.compile(src)
			if err != nil {
				return fmt.Errorf("%s %s: %w", c.file, en.ID, err)
			}
			w := float32(en.Terms[src])
			for j, tt := range phrases {
				p := ib.add(pattern{terms: tt, rule: int32(i), role: c.role, w: w}, first+int32(j))
				if c.role != roleCat {
					continue
				}
				if rev, ok := reversedTerm(tt); ok {
					rt := pc.newTerms(len(rev))
					copy(rt, rev[:])
					ib.add(pattern{terms: rt, rule: int32(i), role: c.role, w: w, same: p + 1}, -1)
				}
			}
		}
		for _, src := range en.ExceptWithin {
			phrases, first, err := pc.compile(src)
			if err != nil {
				return fmt.Errorf("%s %s except_within: %w", c.file, en.ID, err)
			}
			for j, tt := range phrases {
				ib.add(pattern{terms: tt, rule: int32(i), role: withinRole(c.role)}, first+int32(j))
			}
		}
	}
	return nil
}

// sources counts the source phrases of the catalogue's entries and subjects.
func (doc catalogueDoc) sources(c *vocabCatalogue) int {
	n := 0
	for _, en := range doc.entries(c) {
		n += len(en.Terms) + len(en.ExceptWithin)
	}
	for _, srcs := range doc.Subjects {
		n += len(srcs)
	}
	return n
}

// evidence explains the catalogue's part in a verdict: "closest criteria by
// vocabulary: CC7.5 (restore, lessons learned)", "closest SOC 1 areas by
// vocabulary: reconciliations (suspense)", for the ids of the verdict (at most
// c.most of them) that scored, with the question's words that matched their terms.
// scores are the question's scores, by index in c.ids.
func (c *vocabCatalogue) evidence(s *scratch, qtext string, scores []float32, ids []string) Evidence {
	// The reason and the words gather in scratch buffers and are copied out at their
	// exact size.
	b := append(s.vreason[:0], c.intro...)
	words := s.vwords[:0] // each word once: addWord keeps them distinct
	listed := 0
	for _, id := range ids {
		i, ok := c.pos[id]
		if !ok || scores[i] == 0 || listed == c.most {
			continue
		}
		if listed > 0 {
			b = append(b, ',')
		}
		listed++
		b = append(b, ' ')
		if c.title != nil {
			b = append(b, c.title(id)...)
		} else {
			b = append(b, id...)
		}
		b = append(b, " ("...)
		first := len(words)
		for _, h := range s.vhits {
			if h.role == c.role && h.rule == int32(i) && int(h.to) <= len(qtext) {
				words = addWord(words, first, qtext[h.from:h.to])
			}
		}
		if len(words) == first && c.role == roleArea {
			// An area scored by money words alone ("freight computations") names them.
			for _, h := range s.mhits {
				if int(h.area) == i && int(h.to) <= len(qtext) {
					words = addWord(words, first, qtext[h.from:h.to])
				}
			}
		}
		for j, w := range words[first:] {
			if j > 0 {
				b = append(b, ", "...)
			}
			b = append(b, w...)
		}
		b = append(b, ')')
	}
	if c.readOtherwise(s) {
		sep := "; "
		if listed == 0 {
			b, sep = b[:0], ""
		}
		b = c.appendOtherSenses(b, s, qtext, sep)
	}
	matched := make([]string, len(words))
	copy(matched, words)
	clear(words)
	s.vreason, s.vwords = b[:0], words[:0]
	return Evidence{Rule: c.rule, Reason: string(b), Matched: matched}
}

// LoadCatalogue reads and validates the criteria catalogue of fsys: one entry per
// criterion of AllCriteria, in that order, each with a meaning and at least three terms.
func LoadCatalogue(fsys fs.FS) ([]CatalogueEntry, error) { return criteriaCatalogue.load(fsys) }

// Catalogue returns the embedded criteria catalogue, in AllCriteria order.
func Catalogue() []CatalogueEntry { return mustLoad(&criteriaCatalogue) }

// LoadAreas reads and validates the SOC 1 areas catalogue of fsys: one entry per area
// of AllSOC1Areas, in that order, each with a meaning and at least three terms.
func LoadAreas(fsys fs.FS) ([]CatalogueEntry, error) { return areasCatalogue.load(fsys) }

// Areas returns the embedded SOC 1 areas catalogue, in AllSOC1Areas order.
func Areas() []CatalogueEntry { return mustLoad(&areasCatalogue) }

func mustLoad(c *vocabCatalogue) []CatalogueEntry {
	entries, err := c.load(ruleFiles)
	if err != nil {
		panic(err) // the embedded catalogues are checked by the tests
	}
	return entries
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
	// vocabDevelop is the least vocabulary score with which an incidental rule's
	// criterion keeps its category: the question develops the incidental word into
	// a control of its own (two subject terms: "non-compliance tracked through
	// corrective action to closure"). It still ranks after the subject's criteria.
	vocabDevelop = 2 * vocabCross
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

// reversedTerm returns a catalogue term of two words in the other order, when the
// order is not part of its meaning: "continuity plan" is also "plan of continuity",
// "access review" also "review of access rights", as writers of languages that put
// the noun first write them. Terms whose words must touch (~0: "data entry") or may
// stand far apart (~4 and wider) keep their order. A term matched in the other order
// counts only to answer a question no rule decides (reversedHits): beside the rules,
// lists ("policies and procedures for access and change") put words of different
// terms side by side in any order, and counting them there added criteria the
// questions did not ask about.
func reversedTerm(tt []term) ([2]term, bool) {
	if len(tt) != 2 || tt[1].gap < 1 || tt[1].gap > maxReversedGap || sameAlts(tt[0], tt[1]) {
		return [2]term{}, false
	}
	first, second := tt[1], tt[0]
	first.gap, second.gap = 0, tt[1].gap
	return [2]term{first, second}, true
}

// maxReversedGap is the widest gap of a catalogue term matched in either order.
const maxReversedGap = 3

func sameAlts(a, b term) bool { return sameOrder(a.alts, b.alts) }

// reversedHits matches the catalogue terms in the other order ("a plan of
// continuity of the activity") on the question last matched, and adds each to the
// question's criteria scores once, where the term did not match in its own order.
// It runs only before a question no rule decides is answered from the vocabulary,
// so the other order costs nothing on the rest.
func (e *Engine) reversedHits(s *scratch) {
	if !e.vocab {
		return
	}
	s.rhits = s.rhits[:0]
	vocab := s.vocab
	s.vocab = true
	e.tryWords(s, true)
	s.vocab = vocab
	for i, h := range s.rhits {
		if s.seen[h.pat] == s.gen || slices.ContainsFunc(s.rhits[:i], func(x patHit) bool { return x.pat == h.pat }) {
			continue
		}
		s.cat[h.rule] += e.pats[h.pat].w
		s.vhits = append(s.vhits, h)
	}
	s.rhits = s.rhits[:0]
}
