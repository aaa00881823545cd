package triage

import "strings"

// The word lists of checking verbs (who approves, how is it checked, is it
// reviewed) each need some forms of the same verbs. They are built here from base
// forms at package init, so a verb added to a base list reaches every form a list
// reads, and the lists cannot drift apart by hand.

// verbForm names a form of a regular English verb.
type verbForm uint8

const (
	formBase verbForm = iota // approve
	formS                    // approves
	formIng                  // approving
	formEd                   // approved
)

// verbForms returns, for each verb of base, the forms asked, verb by verb. Only
// regular verbs belong in base: a verb whose final consonant doubles ("control",
// "controlled") or whose participle is irregular ("know", "known") is listed
// beside the result by hand.
func verbForms(base []string, forms ...verbForm) []string {
	out := make([]string, 0, len(base)*len(forms))
	for _, v := range base {
		for _, f := range forms {
			out = append(out, inflect(v, f))
		}
	}
	return out
}

// inflect returns the form f of the regular verb v: "verify" gives "verifies",
// "verifying", "verified"; "tie" gives "ties", "tying", "tied"; "approve" gives
// "approves", "approving", "approved".
func inflect(v string, f verbForm) string {
	consonantY := len(v) > 1 && v[len(v)-1] == 'y' && !strings.ContainsRune("aeiou", rune(v[len(v)-2]))
	switch f {
	case formS:
		switch {
		case consonantY:
			return v[:len(v)-1] + "ies"
		case strings.HasSuffix(v, "s") || strings.HasSuffix(v, "x") || strings.HasSuffix(v, "z") ||
			strings.HasSuffix(v, "ch") || strings.HasSuffix(v, "sh"):
			return v + "es"
		}
		return v + "s"
	case formIng:
		switch {
		case strings.HasSuffix(v, "ie"):
			return v[:len(v)-2] + "ying"
		case strings.HasSuffix(v, "ee"):
			return v + "ing"
		case strings.HasSuffix(v, "e"):
			return v[:len(v)-1] + "ing"
		}
		return v + "ing"
	case formEd:
		switch {
		case consonantY:
			return v[:len(v)-1] + "ied"
		case strings.HasSuffix(v, "e"):
			return v + "d"
		}
		return v + "ed"
	}
	return v
}
