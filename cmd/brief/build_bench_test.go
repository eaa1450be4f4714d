package main

import (
	"brief/internal/cputime"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"runtime/metrics"
	"strings"
	"testing"
	"time"
)

// The benchmarks below time the whole build command (load, clean,
// extract, assemble, render, write) on a corpus that
// report/internal/gencorpus writes, with the demo's configuration:
//
//	go test ./cmd/brief -run '^$' -bench 'Build' -benchtime 3x
//
// Each reports, besides the wall time, the CPU time the process spent
// (cpu-s/op: what a busy, shared machine cannot hide) and what the Go
// runtime held at its peak: peak-heap-MB, the largest heap goal, and
// peak-mapped-MB, the largest memory the runtime had in use from the
// system (about the resident size).

// BenchmarkBuildCold10k builds the whole-corpus brief of 10,000 articles
// with an empty cache, as a first run does.
func BenchmarkBuildCold10k(b *testing.B) {
	src := genCorpus(b, "-n", "10000")
	benchmarkBuild(b, src, 0)
}

// BenchmarkBuild10MB builds the brief of one 10 MB article.
func BenchmarkBuild10MB(b *testing.B) {
	src := genCorpus(b, "-n", "1", "-first", "1", "-seed", "7", "-paragraphs", "28500")
	benchmarkBuild(b, src, 16<<20)
}

// genCorpus writes a synthetic corpus with gencorpus and returns its
// folder.
func genCorpus(b *testing.B, args ...string) string {
	b.Helper()
	dir := filepath.Join(b.TempDir(), "sources")
	cmd := exec.Command("go", append([]string{"run", "brief/report/internal/gencorpus", "-out", dir}, args...)...)
	if out, err := cmd.CombinedOutput(); err != nil {
		b.Fatalf("gencorpus: %v\n%s", err, out)
	}
	return dir
}

// benchmarkBuild runs build on the articles in src with the demo's
// configuration, a fresh output folder each time, and the article size
// limit articleBytes (0: the default).
func benchmarkBuild(b *testing.B, src string, articleBytes int) {
	cfg := benchConfig(b, src, articleBytes)
	e := &env{stdout: io.Discard, stderr: io.Discard}
	runtime.GC()
	peak := watchMemory()
	cpu := cputime.Process()
	for i := range b.N {
		out := filepath.Join(b.TempDir(), fmt.Sprint("out", i))
		if code := run(b.Context(), []string{"build", "--config", cfg, "--out", out, "--quiet"}, e); code != 0 {
			b.Fatalf("build exited %d", code)
		}
	}
	b.ReportMetric((cputime.Process()-cpu).Seconds()/float64(b.N), "cpu-s/op")
	heap, mapped := peak()
	b.ReportMetric(float64(heap)/1e6, "peak-heap-MB")
	b.ReportMetric(float64(mapped)/1e6, "peak-mapped-MB")
}

// benchConfig writes the demo's configuration with its sources in src
// and returns its path.
func benchConfig(b *testing.B, src string, articleBytes int) string {
	b.Helper()
	data, err := os.ReadFile(filepath.Join("..", "..", "config.toml"))
	if err != nil {
		b.Fatal(err)
	}
	text := string(data)
	const sources = "\nsources = \"sources\""
	if !strings.Contains(text, sources) || strings.Contains(text, "\n[limits]") {
		b.Fatalf("config.toml no longer sets sources as the benchmark expects (%q, no [limits])", sources)
	}
	text = strings.Replace(text, sources, fmt.Sprintf("\nsources = %q", src), 1)
	if articleBytes > 0 {
		text += fmt.Sprintf("\n[limits]\narticle_bytes = %d\n", articleBytes)
	}
	path := filepath.Join(b.TempDir(), "config.toml")
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		b.Fatal(err)
	}
	return path
}

// watchMemory samples the heap goal and the memory the runtime has from
// the system, less what it gave back, until the function it returns is
// called, which returns their largest values.
func watchMemory() (peak func() (heap, mapped uint64)) {
	samples := []metrics.Sample{{Name: "/gc/heap/goal:bytes"}, {Name: "/memory/classes/total:bytes"}, {Name: "/memory/classes/heap/released:bytes"}}
	stop, done := make(chan struct{}), make(chan struct{})
	var heap, mapped uint64
	go func() {
		defer close(done)
		tick := time.NewTicker(time.Millisecond)
		defer tick.Stop()
		for {
			metrics.Read(samples)
			heap = max(heap, samples[0].Value.Uint64())
			mapped = max(mapped, samples[1].Value.Uint64()-samples[2].Value.Uint64())
			select {
			case <-stop:
				return
			case <-tick.C:
			}
		}
	}()
	return func() (uint64, uint64) {
		close(stop)
		<-done
		return heap, mapped
	}
}
