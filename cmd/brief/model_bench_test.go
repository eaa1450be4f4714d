package main

import (
	"io"
	"os"
	"runtime"
	"testing"

	"brief/internal/cputime"
	"brief/report"
)

// BenchmarkRenderModel renders the model BRIEF_BENCH_MODEL names (the
// JSON of a whole-corpus brief, for instance the 10k corpus's) into
// io.Discard in each format alone, after reading and completing it once
// outside the timing: the part of an add-one build that renders.
//
//	BRIEF_BENCH_MODEL=/tmp/m10k.json go test ./cmd/brief -run '^$' -bench RenderModel -benchtime 3x
func BenchmarkRenderModel(b *testing.B) {
	path := os.Getenv("BRIEF_BENCH_MODEL")
	if path == "" {
		b.Skip("BRIEF_BENCH_MODEL is not set")
	}
	data, err := os.ReadFile(path)
	if err != nil {
		b.Fatal(err)
	}
	m, err := report.Validate(data)
	if err != nil {
		b.Fatal(err)
	}
	if err := completeModel(m, nil); err != nil {
		b.Fatal(err)
	}
	data = nil
	for _, f := range formats {
		b.Run(f.Ext[1:], func(b *testing.B) {
			runtime.GC()
			cpu := cputime.Process()
			n := 0
			for b.Loop() {
				n++
				if err := f.Render(io.Discard, m); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric((cputime.Process()-cpu).Seconds()/float64(n), "cpu-s/op")
		})
	}
}
