//go:build race

package questionnaire

// raceDetector is set when the tests run under -race. The race detector keeps
// nothing in a sync.Pool, so code that reuses pooled state (the regexp engine's)
// allocates it again on every call, and totals of allocated bytes stop meaning
// what they mean in production.
const raceDetector = true
