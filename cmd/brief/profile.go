package main

import (
	"os"
	"runtime/pprof"
)

// startProfile starts a CPU profile into the file BRIEF_CPUPROFILE names,
// when it is set, and returns what stops it; the returned function also
// writes the run's allocations, by where they were made, into the file
// BRIEF_MEMPROFILE names, when it is set (`go tool pprof -sample_index
// alloc_space`). A developer's aid for timing the real command.
func startProfile() (stop func()) {
	stopCPU := startCPUProfile(os.Getenv("BRIEF_CPUPROFILE"))
	return func() {
		stopCPU()
		writeAllocs(os.Getenv("BRIEF_MEMPROFILE"))
	}
}

func startCPUProfile(path string) (stop func()) {
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

func writeAllocs(path string) {
	if path == "" {
		return
	}
	f, err := os.Create(path)
	if err != nil {
		return
	}
	defer f.Close()
	pprof.Lookup("allocs").WriteTo(f, 0)
}
