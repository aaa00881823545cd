package main

import (
	"errors"
	"regexp"
	"strings"
)

// tokenPrefix starts Slack, OpenAI-style and GitHub tokens.
const tokenPrefix = `(?:xox[a-z]|xapp|sk|gh[pousr])[-_]`

var (
	// tokenLike matches what may be a credential pasted into the wrong
	// variable: a token by its prefix, or any long run of letters and digits
	// (hideTokens keeps those without both).
	tokenLike     = regexp.MustCompile(`\b` + tokenPrefix + `[A-Za-z0-9_-]{4,}|[A-Za-z0-9_-]{24,}`)
	prefixedToken = regexp.MustCompile(`^` + tokenPrefix)
)

// hideTokens replaces every token-like value in a configuration message by
// its kind, so that an error never echoes a credential, whatever variable it
// was pasted into.
func hideTokens(s string) string {
	return tokenLike.ReplaceAllStringFunc(s, func(tok string) string {
		if p := prefixedToken.FindString(tok); p != "" {
			return p + "… (a token, not shown)"
		}
		if !strings.ContainsAny(tok, "0123456789") || strings.Trim(tok, "0123456789") == "" {
			return tok // a long name or number, not a secret
		}
		return "… (a token-like value, not shown)"
	})
}

// withoutTokens is err with hideTokens applied to its message; nil stays nil.
func withoutTokens(err error) error {
	if err == nil {
		return nil
	}
	if msg := hideTokens(err.Error()); msg != err.Error() {
		return errors.New(msg)
	}
	return err
}
