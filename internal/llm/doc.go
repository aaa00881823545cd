// Package llm is socbot's optional language-model helper. It talks to any
// OpenAI-compatible chat-completions server to write a short summary of a
// triage for the salesperson and to suggest verdicts for the questions the rules
// left unmatched. The rules stay the authority: suggestions only ever land on
// unmatched items, are validated against the closed vocabularies of package
// triage, and carry low confidence. Everything sent is redacted first; nothing
// is sent at all without an API key.
package llm
