package bot

import (
	"context"
	"log/slog"
	"runtime/debug"
	"sync"
	"time"
)

// job is one unit of work taken from an envelope.
type job struct {
	name string // surface, for logs and metrics
	log  *slog.Logger
	run  func(ctx context.Context)
}

// pool is a fixed set of workers reading a bounded queue. The reader never
// blocks on it: submit reports a full queue instead.
type pool struct {
	ctx     context.Context
	queue   chan job
	wg      sync.WaitGroup
	log     *slog.Logger
	metrics Metrics

	mu     sync.Mutex
	closed bool
}

func newPool(ctx context.Context, workers, size int, log *slog.Logger, m Metrics) *pool {
	p := &pool{ctx: ctx, queue: make(chan job, size), log: log, metrics: m}
	for range workers {
		p.wg.Go(p.work)
	}
	return p
}

// submit enqueues j and reports whether there was room.
func (p *pool) submit(j job) bool {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.closed {
		return false
	}
	select {
	case p.queue <- j:
		return true
	default:
		return false
	}
}

func (p *pool) work() {
	for j := range p.queue {
		p.runOne(j)
	}
}

// runOne runs a job, turning a panic into a log line so one bad event never
// takes the process down.
func (p *pool) runOne(j job) {
	defer func() {
		if r := recover(); r != nil {
			log := j.log
			if log == nil {
				log = p.log
			}
			log.Error("panic while handling event", "surface", j.name, "panic", r, "stack", string(debug.Stack()))
			p.metrics.Panicked(j.name)
		}
	}()
	j.run(withLog(p.ctx, j.log))
}

// drain stops taking jobs and waits up to timeout for the queued and running
// ones; it reports whether they all finished.
func (p *pool) drain(timeout time.Duration) bool {
	p.mu.Lock()
	if !p.closed {
		p.closed = true
		close(p.queue)
	}
	p.mu.Unlock()
	done := make(chan struct{})
	go func() { p.wg.Wait(); close(done) }()
	t := time.NewTimer(timeout)
	defer t.Stop()
	select {
	case <-done:
		return true
	case <-t.C:
		return false
	}
}
