package pdf

import (
	"fmt"
	"io"
	"testing"

	"brief/report"
	"brief/report/assemble"
)

// largeModel grows the demo model to the given numbers of sources, events
// and figures, spreading citations over all sources and varying the
// figures' values, then completes it with report.Derive.
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
// the target is at most 2 s and 500 MB per brief.
func BenchmarkWriteLarge(b *testing.B) {
	m := largeModel(b, 500, 2000, 2000, 300)
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		if err := Write(io.Discard, m); err != nil {
			b.Fatal(err)
		}
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
