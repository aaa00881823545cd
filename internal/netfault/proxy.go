// Package netfault is a TCP proxy that tests put in front of a server (Redis,
// above all) to take it away and bring it back without stopping the server:
// refuse connections as a crashed host would, swallow them as a hung host or a
// partition would, or forward them.
package netfault

import (
	"io"
	"net"
	"sync"
	"sync/atomic"
	"time"
)

// Mode is what the proxy does with connections.
type Mode int

const (
	Up        Mode = iota // forward to the target
	Refuse                // close every connection at once
	Blackhole             // accept and never answer
)

// Proxy forwards TCP connections from its own loopback address to a target.
type Proxy struct {
	ln     net.Listener
	target string

	mu    sync.Mutex
	mode  Mode
	conns map[net.Conn]struct{}
	// sends counts the client's writes reaching the target: for Redis, one per
	// round trip (a pipeline or a script is one).
	sends atomic.Int64
}

// New starts a proxy on a free loopback port in front of target (host:port).
func New(target string) (*Proxy, error) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return nil, err
	}
	p := &Proxy{ln: ln, target: target, conns: map[net.Conn]struct{}{}}
	go p.serve()
	return p, nil
}

// Addr is the proxy's host:port.
func (p *Proxy) Addr() string { return p.ln.Addr().String() }

// Sends is the number of client writes forwarded so far.
func (p *Proxy) Sends() int64 { return p.sends.Load() }

// Set changes the mode; every open connection is closed, as a change of the
// network's state would break them.
func (p *Proxy) Set(m Mode) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.mode = m
	for c := range p.conns {
		c.Close()
		delete(p.conns, c)
	}
}

// Close stops accepting and closes every connection.
func (p *Proxy) Close() {
	p.ln.Close()
	p.Set(Refuse)
}

func (p *Proxy) serve() {
	for {
		c, err := p.ln.Accept()
		if err != nil {
			return
		}
		switch p.current() {
		case Refuse:
			c.Close()
		case Blackhole:
			if p.track(c) {
				go io.Copy(io.Discard, c)
			}
		default:
			go p.pipe(c)
		}
	}
}

func (p *Proxy) current() Mode {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.mode
}

// track records connections to close on the next Set; it refuses them (and
// closes them) when the mode changed to Refuse meanwhile.
func (p *Proxy) track(cs ...net.Conn) bool {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.mode == Refuse {
		for _, c := range cs {
			c.Close()
		}
		return false
	}
	for _, c := range cs {
		p.conns[c] = struct{}{}
	}
	return true
}

func (p *Proxy) pipe(c net.Conn) {
	up, err := net.DialTimeout("tcp", p.target, time.Second)
	if err != nil {
		c.Close()
		return
	}
	if !p.track(c, up) {
		return
	}
	go func() {
		buf := make([]byte, 32<<10)
		for {
			n, err := c.Read(buf)
			if n > 0 {
				p.sends.Add(1)
				if _, werr := up.Write(buf[:n]); werr != nil {
					break
				}
			}
			if err != nil {
				break
			}
		}
		up.Close()
	}()
	_, _ = io.Copy(c, up)
	c.Close()
}
