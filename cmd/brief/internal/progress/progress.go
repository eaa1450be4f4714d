// Package progress draws a one-line progress counter on a terminal,
// redrawn in place with a carriage return. The command uses it only when
// stderr is a terminal, never under --quiet or --log-format json.
package progress

import (
	"fmt"
	"io"
	"sync"
	"time"
)

// Counter shows "brief: LABEL done/total" on one line.
type Counter struct {
	w     io.Writer
	label string
	every time.Duration

	mu    sync.Mutex
	last  time.Time
	shown bool
}

// New returns a Counter drawing on w at most ten times a second.
func New(w io.Writer, label string) *Counter {
	return &Counter{w: w, label: label, every: 100 * time.Millisecond}
}

// Update redraws the line if enough time has passed since the last
// redraw, or when the work is complete. It is safe for concurrent use.
func (c *Counter) Update(done, total int) {
	c.mu.Lock()
	defer c.mu.Unlock()
	now := time.Now()
	if done < total && now.Sub(c.last) < c.every {
		return
	}
	c.last = now
	c.shown = true
	fmt.Fprintf(c.w, "\rbrief: %s %d/%d\x1b[K", c.label, done, total)
}

// Done erases the line, so that the next log line starts clean.
func (c *Counter) Done() {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.shown {
		fmt.Fprint(c.w, "\r\x1b[K")
		c.shown = false
	}
}
