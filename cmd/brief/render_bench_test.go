package main

import (
	"brief/internal/cputime"
	"io"
	"runtime"
	"testing"
)

// BenchmarkRenderFormats times the whole render command (read, validate,
// complete, render, write) on the models of issue 13, for each output
// alone and all together:
//
//	go test ./cmd/brief -run '^$' -bench 'RenderFormats' -benchtime 5x
//
// Besides the wall time it reports the CPU time the process spent
// (cpu-s/op: what a busy, shared machine cannot hide) and the runtime's
// peak heap goal and mapped memory (see benchmarkBuild). The peer's side
// of the comparison is layouts/testdata/bench/compare.sh.
func BenchmarkRenderFormats(b *testing.B) {
	models := []struct {
		name string
		args []string
		only []string
	}{
		{"realistic", []string{"--sources", "500", "--events", "2000", "--figures", "2000", "--stances", "300"},
			[]string{"", "pdf", "xlsx", "json"}},
		{"evidence100k", []string{"--evidence", "100000", "--sources", "2000", "--events", "20000", "--figures", "20000", "--stances", "2000"},
			[]string{"xlsx"}},
	}
	for _, m := range models {
		path := genModel(b, m.args...)
		for _, only := range m.only {
			name := m.name + "/" + only
			args := []string{}
			if only == "" {
				name = m.name + "/all"
			} else {
				args = append(args, "--only", only)
			}
			b.Run(name, func(b *testing.B) { benchmarkRenderCPU(b, path, args...) })
		}
	}
}

// benchmarkRenderCPU renders model with args into a fresh folder each
// time and reports cpu-s/op, peak-heap-MB and peak-mapped-MB.
func benchmarkRenderCPU(b *testing.B, model string, args ...string) {
	b.Setenv("SOURCE_DATE_EPOCH", "1700000000")
	e := &env{stdout: io.Discard, stderr: io.Discard}
	runtime.GC()
	peak := watchMemory()
	cpu := cputime.Process()
	n := 0
	for b.Loop() {
		n++
		out := b.TempDir()
		if code := run(b.Context(), append([]string{"render", "--model", model, "--out", out, "--quiet"}, args...), e); code != 0 {
			b.Fatalf("render exited %d", code)
		}
	}
	b.ReportMetric((cputime.Process()-cpu).Seconds()/float64(n), "cpu-s/op")
	heap, mapped := peak()
	b.ReportMetric(float64(heap)/1e6, "peak-heap-MB")
	b.ReportMetric(float64(mapped)/1e6, "peak-mapped-MB")
}
