package llm

import (
	"regexp"
	"strings"
)

// A redactor replaces one kind of sensitive string. They run in order: URL
// credentials before e-mail addresses (user:pass@host looks like an address),
// keys and tokens before phone numbers (a token can hold long digit runs).
type redactor struct {
	name string
	pre  func(string) bool // cheap test that must pass before the regexp runs
	re   *regexp.Regexp
	repl func(m string, sub []string) string
}

func has(subs ...string) func(string) bool {
	return func(s string) bool {
		for _, sub := range subs {
			if strings.Contains(s, sub) {
				return true
			}
		}
		return false
	}
}

func hasFold(sub string) func(string) bool {
	return func(s string) bool { return strings.Contains(strings.ToLower(s), sub) }
}

// longRun reports a run of at least 32 key-like characters.
func longRun(s string) bool {
	n := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if isLetter(rune(c)) || (c >= '0' && c <= '9') || c == '+' || c == '/' || c == '_' || c == '-' {
			if n++; n >= 32 {
				return true
			}
		} else {
			n = 0
		}
	}
	return false
}

// manyDigits reports at least 9 digits in s: fewer cannot make a phone number.
func manyDigits(s string) bool {
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i] >= '0' && s[i] <= '9' {
			if n++; n >= 9 {
				return true
			}
		}
	}
	return false
}

func fixed(s string) func(string, []string) string { return func(string, []string) string { return s } }

var redactors = []redactor{
	// Slack mentions and channel links carry user and channel ids.
	{"slack-user", has("<@"), regexp.MustCompile(`<@[UW][A-Z0-9]+(?:\|[^>]*)?>`), fixed("[user]")},
	{"slack-channel", has("<#"), regexp.MustCompile(`<#[CG][A-Z0-9]+(?:\|[^>]*)?>`), fixed("[channel]")},
	// scheme://user:pass@host or scheme://token@host: keep scheme and host.
	{"url-credentials", has("://"), regexp.MustCompile(`(?i)\b([a-z][a-z0-9+.-]*://)[^\s/@]+@`), func(_ string, sub []string) string {
		return sub[1] + "[credentials]@"
	}},
	// password=..., api_key: ..., token=... keep the name, drop the value. A
	// plain word after the colon is prose ("Password: do you enforce length?").
	{"secret-assignment", has(":", "="), regexp.MustCompile(`(?i)\b(password|passwd|pwd|secret|client_secret|api[_-]?key|access[_-]?key|auth[_-]?token|token)(\s*[:=]\s*)("[^"]*"|'[^']*'|\S+)`), func(m string, sub []string) string {
		if v := sub[3]; !strings.HasPrefix(v, `"`) && !strings.HasPrefix(v, "'") && strings.IndexFunc(v, func(r rune) bool { return !isLetter(r) }) < 0 {
			return m
		}
		return sub[1] + sub[2] + "[secret]"
	}},
	{"bearer", hasFold("bearer"), regexp.MustCompile(`(?i)\bbearer\s+[A-Za-z0-9._~+/-]{12,}=*`), fixed("Bearer [secret]")},
	{"slack-token", has("xox", "xapp-"), regexp.MustCompile(`\bxox[abposre]-[A-Za-z0-9-]{8,}|\bxapp-[A-Za-z0-9-]{8,}`), fixed("[secret]")},
	{"openai-key", has("sk-"), regexp.MustCompile(`\bsk-[A-Za-z0-9_-]{16,}`), fixed("[secret]")},
	{"aws-key", has("AKIA", "ASIA", "AGPA", "AIDA", "AROA", "ANPA"), regexp.MustCompile(`\b(?:AKIA|ASIA|AGPA|AIDA|AROA|ANPA)[0-9A-Z]{16}\b`), fixed("[secret]")},
	{"github-token", has("gh", "github_pat_"), regexp.MustCompile(`\bgh[pousr]_[A-Za-z0-9]{30,}|\bgithub_pat_[A-Za-z0-9_]{20,}`), fixed("[secret]")},
	{"jwt", has("eyJ"), regexp.MustCompile(`\beyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}`), fixed("[secret]")},
	{"private-key", has("PRIVATE KEY"), regexp.MustCompile(`-----BEGIN [A-Z ]*PRIVATE KEY-----[\s\S]*?(?:-----END [A-Z ]*PRIVATE KEY-----|$)`), fixed("[secret]")},
	{"hex", longRun, regexp.MustCompile(`\b[0-9a-fA-F]{32,}\b`), fixed("[secret]")},
	// Long base64-ish runs that mix letters and digits: keys, not words.
	{"base64", longRun, regexp.MustCompile(`[A-Za-z0-9+/_-]{32,}={0,2}`), func(m string, _ []string) string {
		if strings.ContainsAny(m, "0123456789") && strings.IndexFunc(m, isLetter) >= 0 {
			return "[secret]"
		}
		return m
	}},
	{"email", has("@"), regexp.MustCompile(`[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}`), fixed("[email]")},
	// Phone numbers: 9 to 15 digits, either led by + or grouped by separators,
	// or a bare run of 10 to 15 digits. Dates, years and criterion ids have fewer.
	{"phone", manyDigits, regexp.MustCompile(`(?:\+\d{1,3}[\s.-]?)?(?:\(\d{1,4}\)[\s.-]?)?\d{2,4}(?:[\s.-]\d{2,5}){1,4}\b|\+?\b\d{10,15}\b`), func(m string, _ []string) string {
		n := 0
		for _, r := range m {
			if r >= '0' && r <= '9' {
				n++
			}
		}
		grouped := strings.HasPrefix(m, "+") || strings.HasPrefix(m, "(") || strings.ContainsAny(m, " .-")
		if n >= 9 && n <= 15 && (grouped || n >= 10) && !looksLikeDate(m) {
			return "[phone]"
		}
		return m
	}},
}

var dateLike = regexp.MustCompile(`^\d{4}[-./]\d{1,2}[-./]\d{1,2}$|^\d{1,2}[-./]\d{1,2}[-./]\d{4}$`)

func looksLikeDate(s string) bool { return dateLike.MatchString(s) }

func isLetter(r rune) bool { return (r >= 'a' && r <= 'z') || (r >= 'A' && r <= 'Z') }

// Redact replaces what must not leave socbot for a language model: e-mail
// addresses, phone numbers, credentials in URLs, strings that look like keys or
// tokens, and Slack user or channel references. The rest of the text is kept,
// so the question still reads as a question.
func Redact(s string) string {
	for _, r := range redactors {
		if !r.pre(s) {
			continue
		}
		s = r.re.ReplaceAllStringFunc(s, func(m string) string {
			return r.repl(m, r.re.FindStringSubmatch(m))
		})
	}
	return s
}
