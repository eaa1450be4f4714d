package extract

import (
	"strings"
	"testing"

	"brief/report"
)

// checkVerbatim asserts that every fact cites its source once with a quote
// taken verbatim from text.
func checkVerbatim(t *testing.T, text string, f Facts) {
	t.Helper()
	check := func(kind string, cs []report.Citation) {
		if len(cs) != 1 || cs[0].Source != "s" || cs[0].Quote == "" || !strings.Contains(text, cs[0].Quote) {
			t.Errorf("%s citations %+v: want one verbatim quote of source s", kind, cs)
		}
	}
	for _, s := range f.Stances {
		check("stance", s.Citations)
		if s.ID != "" {
			t.Errorf("stance has id %q; ids are assigned when facts are assembled", s.ID)
		}
	}
	for _, e := range f.Events {
		check("event", e.Citations)
	}
	for _, x := range f.Figures {
		check("figure", x.Citations)
	}
	for _, x := range f.Timexes {
		if x.Source != "s" || !strings.Contains(text, x.Text) {
			t.Errorf("timex %+v: want source s and verbatim text", x)
		}
	}
}

func TestExtractOddInputs(t *testing.T) {
	x := New(demoDomain)
	for _, text := range []string{
		"",
		"   \n\n  ",
		"“",
		"”unbalanced quotes“ and \"straight ones",
		"Pakistan’s",
		"'s",
		"U.S.",
		"only if",
		"Pakistan urged",
		"Pakistan urged the Taliban to",
		"— Pakistan — rejected — talks —",
		"KHARTOUM - ",
		strings.Repeat("Pakistan rejected talks. ", 200),
		"The Taliban\u00a0said\u00a0it\u00a0was ready to mediate.",
		"\xff\xfe invalid UTF-8 Pakistan rejected talks \xc3",
	} {
		f := x.Extract("s", text, report.Date{Year: 2023, Month: 6})
		checkVerbatim(t, text, f)
	}
}

func FuzzExtract(f *testing.F) {
	for _, a := range loadSeeds(f) {
		f.Add(a.text)
	}
	f.Add("“We reject the claim that the TTP is based in Afghanistan,” he said on Monday.")
	x := New(demoDomain)
	f.Fuzz(func(t *testing.T, text string) {
		checkVerbatim(t, text, x.Extract("s", text, report.Date{Year: 2023, Month: 6, Day: 6}))
	})
}

// TestExtractConcurrent runs one Extractor from several goroutines (go
// test -race checks the sharing) and wants the same facts as one by one.
func TestExtractConcurrent(t *testing.T) {
	x := New(loadDemoDomain(t))
	seeds := loadSeeds(t)
	want := make([]Facts, len(seeds))
	for i, a := range seeds {
		want[i] = x.Extract(a.name, a.text, a.published)
	}
	got := make([]Facts, len(seeds))
	done := make(chan int)
	for i, a := range seeds {
		go func() {
			got[i] = x.Extract(a.name, a.text, a.published)
			done <- i
		}()
	}
	for range seeds {
		<-done
	}
	for i := range seeds {
		if len(got[i].Stances) != len(want[i].Stances) || len(got[i].Events) != len(want[i].Events) {
			t.Errorf("%s: concurrent extraction gave %d stances, %d events; alone %d, %d", seeds[i].name,
				len(got[i].Stances), len(got[i].Events), len(want[i].Stances), len(want[i].Events))
		}
	}
}
