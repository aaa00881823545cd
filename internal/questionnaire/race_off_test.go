//go:build !race

package questionnaire

// raceDetector: see race_on_test.go.
const raceDetector = false
