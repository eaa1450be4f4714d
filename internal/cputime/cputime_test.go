package cputime

import (
	"runtime"
	"testing"
	"time"
)

// TestProcessAdvances checks that CPU time spent shows: a busy loop of
// 50 ms of wall time adds CPU time on a system that reports it.
func TestProcessAdvances(t *testing.T) {
	if runtime.GOOS == "windows" || runtime.GOOS == "plan9" || runtime.GOOS == "js" || runtime.GOOS == "wasip1" {
		t.Skip("no CPU time on", runtime.GOOS)
	}
	before := Process()
	n := 0
	for end := time.Now().Add(50 * time.Millisecond); time.Now().Before(end); n++ {
	}
	if after := Process(); after <= before {
		t.Errorf("CPU time went from %v to %v over a busy loop of %d turns", before, after, n)
	}
}
