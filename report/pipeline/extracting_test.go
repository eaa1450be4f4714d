package pipeline

import (
	"path/filepath"
	"testing"

	"brief/report/internal/synth"
)

// TestExtracting: Options.Extracting hears the length of the longest text
// to extract, once, before extraction; with every article cached, 0.
func TestExtracting(t *testing.T) {
	cfg := loadTestConfig(t)
	src := filepath.Join(t.TempDir(), "sources")
	if err := synth.Write(src, 0, 3, synth.Options{Seed: 3}); err != nil {
		t.Fatal(err)
	}
	if err := synth.Write(src, 3, 1, synth.Options{Seed: 3, Paragraphs: 40}); err != nil {
		t.Fatal(err)
	}
	dir := filepath.Join(t.TempDir(), "cache")
	var calls []int
	opts := Options{SourcesDir: src, Extracting: func(n int) { calls = append(calls, n) }}
	first := runCached(t, cfg, dir, opts)
	longest := 0
	for _, s := range first.Brief.Sources {
		longest = max(longest, len(s.Text))
	}
	runCached(t, cfg, dir, opts)
	if longest == 0 || len(calls) != 2 || calls[0] != longest || calls[1] != 0 {
		t.Errorf("Extracting heard %v; want [%d 0]", calls, longest)
	}
}
