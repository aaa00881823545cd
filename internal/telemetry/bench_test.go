package telemetry

import (
	"io"
	"log/slog"
	"testing"
	"time"
)

// The price of redaction per log line, against a bare JSON handler.
func BenchmarkLogPlainJSON(b *testing.B) {
	log := slog.New(slog.NewJSONHandler(io.Discard, nil))
	benchLog(b, log)
}

func BenchmarkLogRedacting(b *testing.B) {
	log, err := NewLogger(io.Discard, "json", "info")
	if err != nil {
		b.Fatal(err)
	}
	benchLog(b, log)
}

func benchLog(b *testing.B, log *slog.Logger) {
	log = ForEvent(log, "Ev0123456789", "T0123456", "C0123456", "mention")
	b.ReportAllocs()
	for b.Loop() {
		log.Info("answered", "questions", 12, "report", "soc2", "took", 42*time.Millisecond)
	}
}

// What the bot pays per envelope for metrics.
func BenchmarkMetricsPerEnvelope(b *testing.B) {
	m := New("bench")
	b.ReportAllocs()
	for b.Loop() {
		m.EnvelopeReceived("events_api")
		m.AckLatency(time.Millisecond)
		m.Verdict("soc2")
		m.AnswerLatency("mention", 50*time.Millisecond)
		m.SlackCall("chat.postMessage", "ok")
	}
}
