package pdf

import (
	"fmt"
	"io"
	"os"
	"os/exec"
	"testing"

	"brief/report"
	"brief/report/assemble"
)

// largeModel grows the demo model to the given numbers of sources, events
// and figures, spreading citations over all sources and varying the
// figures' values, then completes it with assemble.Derive.
func largeModel(tb testing.TB, sources, events, figures, stances int) *report.Brief {
	base := demoModel(tb)
	b := &report.Brief{Meta: base.Meta, Sections: base.Sections, Actors: base.Actors, Issues: base.Issues}
	src := func(i, j int) string { return fmt.Sprintf("s%d", (i*7+j*13)%sources+1) }
	cites := func(in []report.Citation, i int) []report.Citation {
		out := make([]report.Citation, len(in))
		for j, c := range in {
			out[j] = report.Citation{Source: src(i, j), Quote: c.Quote}
		}
		return out
	}
	for i := range sources {
		s := base.Sources[i%len(base.Sources)]
		s.ID = fmt.Sprintf("s%d", i+1)
		b.Sources = append(b.Sources, s)
	}
	for i := range events {
		e := base.Events[i%len(base.Events)]
		e.ID = fmt.Sprintf("e%d", i+1)
		e.Citations = cites(e.Citations, i)
		b.Events = append(b.Events, e)
	}
	for i := range figures {
		f := base.Figures[i%len(base.Figures)]
		f.ID = fmt.Sprintf("f%d", i+1)
		scale := float64(1 + (i/len(base.Figures))%4)
		f.Low, f.High = f.Low*scale, f.High*scale
		f.Citations = cites(f.Citations, i)
		b.Figures = append(b.Figures, f)
	}
	for i := range stances {
		s := base.Stances[i%len(base.Stances)]
		s.ID = fmt.Sprintf("t%d", i+1)
		s.Citations = cites(s.Citations, i)
		b.Stances = append(b.Stances, s)
	}
	assemble.Derive(b)
	return b
}

// BenchmarkWriteLarge renders 2,000 events, 2,000 figures and 500 sources;
// the target is at most 2 s and 500 MB per brief. "capped" is the brief
// with the default caps on its long sections; "all" prints every row.
func BenchmarkWriteLarge(b *testing.B) {
	for _, bc := range []struct {
		name    string
		maxRows *int
	}{{"capped", nil}, {"all", new(0)}} {
		b.Run(bc.name, func(b *testing.B) {
			m := largeModel(b, 500, 2000, 2000, 300)
			for i := range m.Sections {
				m.Sections[i].MaxRows = bc.maxRows
			}
			b.ReportAllocs()
			b.ResetTimer()
			for b.Loop() {
				if err := Write(io.Discard, m); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkWriteDemo renders the demo brief.
func BenchmarkWriteDemo(b *testing.B) {
	m := demoModel(b)
	b.ReportAllocs()
	for b.Loop() {
		if err := Write(io.Discard, m); err != nil {
			b.Fatal(err)
		}
	}
}

// genmodel is the shared generator of synthetic models (issue 13's
// yardstick).
const genmodel = "../../../shared/tools/genmodel.py"

// peerModel is the model of the side-by-side comparison with the peer
// (testdata/bench/peer.py in layouts): 500 sources, 2,000 events, 2,000
// figures and 300 stances from genmodel.py, validated and derived as
// brief render does. It skips when python3 or the generator is missing.
func peerModel(b *testing.B) *report.Brief {
	b.Helper()
	if _, err := os.Stat(genmodel); err != nil {
		b.Skipf("no %s: %v", genmodel, err)
	}
	python, err := exec.LookPath("python3")
	if err != nil {
		b.Skip("python3 is not installed")
	}
	data, err := exec.Command(python, genmodel, "--sources", "500", "--events", "2000", "--figures", "2000", "--stances", "300").Output()
	if err != nil {
		b.Fatalf("genmodel: %v", err)
	}
	m, err := report.Validate(data)
	if err != nil {
		b.Fatal(err)
	}
	assemble.Derive(m)
	m.Meta.Generated = "2026-01-01T00:00:00Z"
	return m
}

// BenchmarkWritePeerModel renders the model of the comparison with the
// peer; issue 13 wants brief render (all outputs) at least 10x the peer
// and under 0.6 s.
func BenchmarkWritePeerModel(b *testing.B) {
	m := peerModel(b)
	b.ReportAllocs()
	for b.Loop() {
		if err := Write(io.Discard, m); err != nil {
			b.Fatal(err)
		}
	}
}
