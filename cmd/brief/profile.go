package main

import (
	"os"
	"runtime/pprof"
)

// startProfile starts a CPU profile into the file BRIEF_CPUPROFILE names,
// when it is set, and returns what stops it: a developer's aid for timing
// the real command.
func startProfile() (stop func()) {
	path := os.Getenv("BRIEF_CPUPROFILE")
	if path == "" {
		return func() {}
	}
	f, err := os.Create(path)
	if err != nil {
		return func() {}
	}
	if err := pprof.StartCPUProfile(f); err != nil {
		f.Close()
		return func() {}
	}
	return func() {
		pprof.StopCPUProfile()
		f.Close()
	}
}
