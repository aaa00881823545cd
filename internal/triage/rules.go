package triage

import (
	"bytes"
	"embed"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"path"
	"slices"
	"sort"
)

// The rule table is data: rules/*.json, read in file-name order, each file holding a
// lexicon (named lists of phrases, referenced as @name) and an ordered list of rules.
//
//go:embed rules/*.json criteria.json soc1_areas.json wording.json
var ruleFiles embed.FS

// Rule is one entry of the rule table, as written in rules/*.json.
type Rule struct {
	ID     string `json:"id"`
	Reason string `json:"reason"` // one sentence: why the conclusion follows
	// Tier orders how reports are decided: "name" (the question names a report),
	// "frame" (the asker's own financial-audit reliance: SOC 1 only), "unnamed" (a SOC
	// report without a number), "request" (a document asked for by itself: the pen-test
	// letter, a policy to attach) and "topic" (the default: what the control is about).
	Tier string `json:"tier,omitempty"`

	Any []string   `json:"any,omitempty"` // one of these phrases must match…
	All [][]string `json:"all,omitempty"` // …and one phrase of every group…
	Not []string   `json:"not,omitempty"` // …and none of these.
	// ExceptWithin lists phrases that read the rule's words another way: a word of
	// the rule that stands inside one of them does not count for it, so the rule
	// fires only if its any list (and every group of all) still matches outside
	// them. "Who holds rights that let them change net pay" is access, not a change,
	// while "who holds rights …, and how are changes tested" still asks about both.
	ExceptWithin []string `json:"except_within,omitempty"`
	// Negatable rules do not fire when their words are negated or put out of scope
	// ("other than your SOC 2", "we do not need a SOC 1", "a Type 1 will not do").
	Negatable bool `json:"negatable,omitempty"`

	Report     string   `json:"report,omitempty"` // soc2, soc1, both, none, or "" for no opinion
	Type       string   `json:"type,omitempty"`   // type signal: type1 or type2
	Accept     bool     `json:"accept,omitempty"` // the asker accepts this type now: it wins
	Criteria   []string `json:"criteria,omitempty"`
	Categories []string `json:"categories,omitempty"`
	SOC1Areas  []string `json:"soc1_areas,omitempty"`
	Artifacts  []string `json:"artifacts,omitempty"`
	// ArtifactsAlone rules name a subject whose document answers it only when nothing
	// else is asked ("Do you store cardholder data?" is the PCI AOC): when a SOC report
	// answers the question (how card data is encrypted), their artifacts are not given.
	ArtifactsAlone bool     `json:"artifacts_alone,omitempty"`
	Weight         float64  `json:"weight"`
	Suppresses     []string `json:"suppresses,omitempty"` // rules this one overrides when both fire
	// Incidental rules match words that are often only a modifier or the object of
	// the question (a vendor, findings, a firewall, patient data): when a rule that
	// is not incidental gives criteria, this rule's criteria rank after theirs and
	// bring no category of their own.
	Incidental bool `json:"incidental,omitempty"`
	// Qualifier rules name a security activity that often only says how a control
	// of another category is done or evidenced (it is logged or monitored, breaches
	// of a threshold raise an alert, access is granted after an NDA): when the
	// question's words plainly name that other control and do not develop the
	// activity into one of its own, the rule counts as incidental.
	Qualifier bool `json:"qualifier,omitempty"`
	// Fallback rules name a subject more than they decide its detail ("personal
	// data" is privacy, a payroll or billing system is SOC 1): a criterion only
	// fallback rules gave goes after a criterion of its category that the
	// question's vocabulary names outright, a fallback rule's SOC 1 areas give way
	// to areas the vocabulary scores higher, and a both verdict whose SOC 1 half
	// only fallback rules gave is SOC 2 when no area's words are present.
	Fallback bool `json:"fallback,omitempty"`
	// Governance rules name an activity of governing the service (a risk
	// assessment, staff training, the oversight of vendors and subcontractors)
	// whose example may be a money item ("does the risk assessment consider funds
	// diverted by staff?"): beside SOC 1 topic rules, or only money words, the line
	// stays SOC 2.
	Governance bool `json:"governance,omitempty"`
	// Remainder rules name a report by a generic word ("send the security report",
	// "please provide the report"): they count only when a report the question names
	// was negated, put out of scope or is already held, so that "We do not need a
	// SOC 1; send the report covering security" still asks for a report.
	Remainder bool `json:"remainder,omitempty"`
	// Covers rules name a report by what it covers ("the auditor's reports on both
	// your controls over our payroll and your security", "whichever report covers
	// the payroll calculations"): the words after their phrase, in its sentence, are
	// the report's scope, not a control or process asked about.
	Covers bool `json:"covers,omitempty"`
	// Duties rules name incompatible duties kept apart ("the clerk who posts receipts
	// cannot also issue credit memos"): the words of the process in their sentences
	// name the duties, so the areas of the process itself (transaction processing,
	// master data, reconciliation, reporting, custody) are neither added by the
	// vocabulary nor kept from a rule that fired only in those sentences.
	Duties bool `json:"duties,omitempty"`
	// UsualCriteria rules read a control over a financial system by its kind (access
	// to the payroll system) and give that kind's usual criteria (CC6.1, CC6.3): the
	// criteria the question's own words or a rule of the control's detail name
	// (access approved is CC6.2, reviewed or removed CC6.3) go before them.
	UsualCriteria bool `json:"usual_criteria,omitempty"`
	// Unnumbered rules name a SOC report without saying which one (a SOC report, a
	// Type 2, the service auditor's opinion): the SOC 2 by default, but the SOC 1
	// when every topic of the question is a financial process (guide section 2).
	Unnumbered bool `json:"unnumbered,omitempty"`
	// Joined rules have two all groups, a report and a document asked for beside it:
	// they fire only when a hit of the first and one of the second stand as two items
	// of a list ("the SOC 2 and a bridge letter"), not when the report is what the
	// document is for ("a bridge letter for your SOC 2"). See bridge.go.
	Joined bool `json:"joined,omitempty"`
	// Capability rules have two all groups, the product and a verb of what it does:
	// they fire only when the product is the subject of a yes-or-no question and the
	// verb its own ("Can the system generate 1099s?"), not when the verb is another's
	// or the question asks how ("How do you ensure 1099s are generated?"). See
	// capability.go.
	Capability bool `json:"capability,omitempty"`
	// Asked rules fire only when a sentence of the line is a yes-or-no question of
	// what the asker may do ("Can we …", "Is it possible to …"), not a question of the
	// vendor's practice ("Do you …", "Can you …") or of how or who. See askerAsks in
	// capability.go.
	Asked bool `json:"asked,omitempty"`
	// Contact rules fire only when every question the line asks is whom to contact
	// or where to send something ("Who do we send invoices to?", "Which team handles
	// billing questions?"), not a control over the money function it names. See
	// contactAsked in yield.go.
	Contact bool `json:"contact,omitempty"`
	// Fact rules fire only when a sentence of the line asks a fact about a money item
	// (how often, when, by which channel, how many, what it costs, what customers or
	// the product can do with it) and no word of the line asks a control or speaks of
	// data or security. See factAsked in money_facts.go.
	Fact bool `json:"fact,omitempty"`

	Examples struct {
		Match   []string `json:"match"`
		NoMatch []string `json:"no_match"`
	} `json:"examples"`
}

type ruleFile struct {
	Lexicon map[string][]string `json:"lexicon"`
	Rules   []Rule              `json:"rules"`
}

// compiled is a rule with its patterns resolved.
type compiled struct {
	Rule
	tier       int
	any        []int32
	all        [][]int32
	within     []int32 // ExceptWithin
	suppresses []int32
	critIdx    []int8 // Criteria as indexes into AllCriteria
	areaIdx    []int8 // SOC1Areas as indexes into AllSOC1Areas
	// roles has the bit (see roleBit) of the any list, when the rule has one, and of
	// every group of all: the roles a question's hits must all have for it to match.
	roles uint64
	// quality and sense are qualityOrOversight and senseRule, which depend on the
	// criteria alone: set once here, not read from the criteria for every question.
	quality, sense bool
}

// sources counts the source phrases of the rules.
func sources(rules []Rule) int {
	n := 0
	for i := range rules {
		r := &rules[i]
		n += len(r.Any) + len(r.Not) + len(r.ExceptWithin)
		for _, g := range r.All {
			n += len(g)
		}
	}
	return n
}

// maxAllGroups is the most groups an all list may have: a group's role is a bit of
// compiled.roles, beside the any list's.
const maxAllGroups = 63

// roleBit is the bit of a rule's any list (roleAny) or of group role of its all list.
func roleBit(role int16) uint64 {
	if role == roleAny {
		return 1 << maxAllGroups
	}
	return 1 << uint(role)
}

const (
	tierTopic = iota
	tierRequest
	tierUnnamed
	tierFrame
	tierName
)

var tiers = map[string]int{"": tierTopic, "topic": tierTopic, "request": tierRequest, "unnamed": tierUnnamed, "frame": tierFrame, "name": tierName}

// LoadRules reads and validates every rules/*.json file of fsys.
func LoadRules(fsys fs.FS) ([]Rule, map[string][]string, error) {
	names, err := fs.Glob(fsys, "rules/*.json")
	if err != nil {
		return nil, nil, err
	}
	sort.Strings(names)
	var rules []Rule
	lex := map[string][]string{}
	for _, name := range names {
		data, err := fs.ReadFile(fsys, name)
		if err != nil {
			return nil, nil, err
		}
		f, ok := decodeRuleFile(data)
		if !ok {
			f = ruleFile{}
			if err := decodeStrict(data, &f); err != nil {
				return nil, nil, fmt.Errorf("%s: %w", path.Base(name), err)
			}
		}
		for k, v := range f.Lexicon {
			if _, dup := lex[k]; dup {
				return nil, nil, fmt.Errorf("%s: lexicon entry %q is defined twice", path.Base(name), k)
			}
			lex[k] = v
		}
		rules = append(rules, f.Rules...)
	}
	return rules, lex, nil
}

// decodeStrict decodes data into v as encoding/json does, refusing unknown fields,
// and describes an error by where in data it is.
func decodeStrict(data []byte, v any) error {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		return describeJSONError(data, err)
	}
	return nil
}

func describeJSONError(data []byte, err error) error {
	var se *json.SyntaxError
	var te *json.UnmarshalTypeError
	off := int64(-1)
	switch {
	case errors.As(err, &se):
		off = se.Offset
	case errors.As(err, &te):
		off = te.Offset
	}
	if off >= 0 {
		return fmt.Errorf("line %d: %w", 1+bytes.Count(data[:min(off, int64(len(data)))], []byte("\n")), err)
	}
	return err
}

// validate checks one rule's fields against the vocabularies.
func (r *Rule) validate() error {
	switch {
	case r.ID == "":
		return errors.New("missing id")
	case r.Reason == "":
		return errors.New("missing reason")
	case len(r.Any) == 0 && len(r.All) == 0:
		return errors.New("no patterns: give any or all")
	case r.Weight <= 0 || r.Weight > 1:
		return fmt.Errorf("weight %v is outside (0,1]", r.Weight)
	case len(r.Examples.Match) < 2:
		return errors.New("needs at least two examples that match")
	case len(r.Examples.NoMatch) < 1:
		return errors.New("needs at least one example that must not match")
	}
	if _, ok := tiers[r.Tier]; !ok {
		return fmt.Errorf("unknown tier %q", r.Tier)
	}
	if r.Report != "" && !contains(AllReports, r.Report) {
		return fmt.Errorf("unknown report %q", r.Report)
	}
	if r.Type != "" && r.Type != Type1 && r.Type != Type2 {
		return fmt.Errorf("unknown type %q", r.Type)
	}
	if r.Unnumbered && (r.Tier != "unnamed" || r.Report != ReportSOC2) {
		return errors.New("unnumbered needs the unnamed tier and report soc2")
	}
	if r.Joined && (len(r.All) != 2 || len(r.Any) != 0) {
		return errors.New("joined needs two all groups and no any list")
	}
	if r.Capability && (len(r.All) != 2 || len(r.Any) != 0) {
		return errors.New("capability needs two all groups and no any list")
	}
	if r.Contact && r.Tier != "request" {
		return errors.New("contact needs the request tier")
	}
	if r.Fact && r.Tier != "request" {
		return errors.New("fact needs the request tier")
	}
	if r.Accept && r.Type == "" {
		return errors.New("accept needs a type")
	}
	if r.Duties && len(r.SOC1Areas) == 0 {
		return errors.New("duties needs a SOC 1 area")
	}
	if r.Report == "" && r.Type == "" && len(r.Artifacts) == 0 && len(r.Categories) == 0 {
		return errors.New("concludes nothing: give a report, type, category or artifact")
	}
	for _, g := range r.All {
		if len(g) == 0 {
			return errors.New("empty group in all")
		}
	}
	for _, c := range r.Criteria {
		if !contains(AllCriteria, c) {
			return fmt.Errorf("unknown criterion %q", c)
		}
	}
	for _, c := range r.Categories {
		if !contains(AllCategories, c) {
			return fmt.Errorf("unknown category %q", c)
		}
	}
	for _, a := range r.SOC1Areas {
		if !contains(AllSOC1Areas, a) {
			return fmt.Errorf("unknown SOC 1 area %q", a)
		}
	}
	for _, a := range r.Artifacts {
		if !contains(AllArtifacts, a) {
			return fmt.Errorf("unknown artifact %q", a)
		}
	}
	return nil
}

// patternBlock is how many pattern numbers a block of the rules' lists holds.
const patternBlock = 4096

// compile validates the rules and adds their patterns to ib.
func compile(rules []Rule, pc *phraseCompiler, ib *indexBuilder) ([]compiled, error) {
	out := make([]compiled, len(rules))
	ids := make(map[string]int, len(rules))
	// A rule's lists of pattern numbers are gathered in buf and carved out of
	// blocks shared by the rules.
	var buf, block []int32
	for i := range rules {
		r := rules[i]
		if err := r.validate(); err != nil {
			return nil, fmt.Errorf("rule %d (%s): %w", i+1, r.ID, err)
		}
		if _, dup := ids[r.ID]; dup {
			return nil, fmt.Errorf("rule %d (%s): id used twice", i+1, r.ID)
		}
		ids[r.ID] = i
		c := compiled{Rule: r, tier: tiers[r.Tier]}
		for _, cr := range r.Criteria {
			for k, x := range AllCriteria {
				if x == cr {
					c.critIdx = append(c.critIdx, int8(k))
				}
			}
		}
		for _, a := range r.SOC1Areas {
			c.areaIdx = append(c.areaIdx, int8(slices.Index(AllSOC1Areas, a))) // validate found it
		}
		c.quality, c.sense = readQualityOrOversight(&c), readSenseRule(&c)
		add := func(srcs []string, role int16) ([]int32, error) {
			buf = buf[:0]
			for _, src := range srcs {
				phrases, first, err := pc.compile(src)
				if err != nil {
					return nil, err
				}
				for k, terms := range phrases {
					buf = append(buf, ib.add(pattern{terms: terms, rule: int32(i), role: role}, first+int32(k)))
				}
			}
			if len(buf) == 0 {
				return nil, nil
			}
			idx := carve(&block, len(buf), patternBlock)
			copy(idx, buf)
			return idx, nil
		}
		var err error
		if c.any, err = add(r.Any, roleAny); err != nil {
			return nil, fmt.Errorf("rule %d (%s): %w", i+1, r.ID, err)
		}
		if len(r.Any) > 0 {
			c.roles |= roleBit(roleAny)
		}
		if len(r.All) > maxAllGroups {
			return nil, fmt.Errorf("rule %d (%s): %d groups in all, at most %d", i+1, r.ID, len(r.All), maxAllGroups)
		}
		for g, group := range r.All {
			c.roles |= roleBit(int16(g))
			idx, err := add(group, int16(g))
			if err != nil {
				return nil, fmt.Errorf("rule %d (%s): %w", i+1, r.ID, err)
			}
			c.all = append(c.all, idx)
		}
		// A not phrase's hit vetoes its rule in the pass (scratch.vetoed).
		if _, err = add(r.Not, roleNot); err != nil {
			return nil, fmt.Errorf("rule %d (%s): %w", i+1, r.ID, err)
		}
		if c.within, err = add(r.ExceptWithin, roleWithin); err != nil {
			return nil, fmt.Errorf("rule %d (%s): %w", i+1, r.ID, err)
		}
		out[i] = c
	}
	for i := range out {
		for _, s := range out[i].Suppresses {
			j, ok := ids[s]
			if !ok {
				return nil, fmt.Errorf("rule %d (%s): suppresses unknown rule %q", i+1, out[i].ID, s)
			}
			out[i].suppresses = append(out[i].suppresses, int32(j))
		}
	}
	return out, nil
}
