package assemble

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"brief/report"
)

// The vocabulary fuzzed articles are made of: a few of each kind, so that
// facts of different articles often agree and merge.
var (
	fuzzActors  = []string{"Pakistan", "TTP", "Afghan Taliban", "United States"}
	fuzzIssues  = []string{"talks", "ceasefire", "border"}
	fuzzDates   = []string{"", "2023", "2023-05", "2023-05-20", "2023-06", "2023-06-05", "2023-06-07", "2023-06-11", "2023-06-12", "2023-07-01"}
	fuzzWords   = strings.Fields("Pakistan rejected talks the TTP killed 12 civilians in Bajaur on Monday said ceasefire border attack 40 more than")
	fuzzWho     = []string{"civilians", "soldiers", "militants", ""}
	fuzzPeriods = []report.Period{
		{Label: "all"},
		{Label: "2023-W23", Start: "2023-06-05", End: "2023-06-11"},
		{Label: "June 2023", Start: "2023-06-01", End: "2023-06-30"},
	}
)

// fuzzInput reads an assembly input from the fuzzer's bytes: each byte
// picks from a small vocabulary, so that every input is facts extraction
// could give (valid positions, kinds and dates, citations of the article
// itself quoting its text). Bytes that run out read as zeros.
type fuzzInput struct{ data []byte }

func (in *fuzzInput) pick(n int) int {
	if len(in.data) == 0 {
		return 0
	}
	c := in.data[0]
	in.data = in.data[1:]
	return int(c) % n
}

func fuzzPrecision(date string) report.Precision {
	switch len(date) {
	case 4:
		return report.Year
	case 7:
		return report.Month
	case 10:
		return report.Day
	}
	return ""
}

// input builds an Input of up to five articles.
func (in *fuzzInput) input() Input {
	meta := report.Meta{Title: "Fuzzed brief", Period: fuzzPeriods[in.pick(len(fuzzPeriods))], Generated: "2024-05-06T07:08:09Z"}
	var actors []report.Actor
	for _, a := range fuzzActors {
		actors = append(actors, report.Actor{Name: a})
	}
	var issues []report.Issue
	for _, i := range fuzzIssues {
		issues = append(issues, report.Issue{ID: i, Label: strings.ToUpper(i[:1]) + i[1:]})
	}
	var arts []Article
	for n := range 1 + in.pick(5) {
		arts = append(arts, in.article(n))
	}
	return Input{Meta: meta, Actors: actors, Issues: issues, Articles: arts}
}

func (in *fuzzInput) article(n int) Article {
	var words []string
	for range 3 + in.pick(12) {
		words = append(words, fuzzWords[in.pick(len(fuzzWords))])
	}
	text := strings.Join(words, " ") + "."
	id := fmt.Sprintf("s%x", 0x1000+n)
	src := report.Source{ID: id, Path: "sources/" + id + ".md", Title: "Article " + id,
		Published: fuzzDates[in.pick(len(fuzzDates))], Text: text}
	if in.pick(4) == 0 { // an article with an outlet and a grade
		src.Outlet, src.Reliability = "VOA", "B"
	}
	cite := func() []report.Citation {
		from := in.pick(len(words))
		to := from + 1 + in.pick(len(words)-from)
		return []report.Citation{{Source: id, Quote: strings.Join(words[from:to], " ")}}
	}
	var f report.Facts
	for range in.pick(4) {
		date := fuzzDates[in.pick(len(fuzzDates))]
		s := report.Stance{Actor: fuzzActors[in.pick(len(fuzzActors))], Issue: fuzzIssues[in.pick(len(fuzzIssues))],
			Position: report.Positions[in.pick(len(report.Positions))], Date: date, Precision: fuzzPrecision(date), Citations: cite()}
		if in.pick(3) == 0 {
			s.Speaker, s.SpeakerActor = "a spokesman", s.Actor
		}
		f.Stances = append(f.Stances, s)
	}
	for range in.pick(4) {
		low := float64(in.pick(60))
		fig := report.Figure{Text: "figure", Low: low, High: low + float64(in.pick(4)*5),
			What: report.FigureKinds[in.pick(len(report.FigureKinds))], Who: fuzzWho[in.pick(len(fuzzWho))],
			Period: fuzzDates[in.pick(len(fuzzDates))], Date: src.Published, Citations: cite()}
		if q := in.pick(len(report.Qualifiers) + 1); q > 0 {
			fig.Qualifier = report.Qualifiers[q-1]
		}
		if fig.What == report.Money {
			fig.Currency = "USD"
		}
		if in.pick(2) == 0 {
			fig.AttributedTo = fuzzActors[in.pick(len(fuzzActors))]
		}
		f.Figures = append(f.Figures, fig)
	}
	for range in.pick(4) {
		date := fuzzDates[1+in.pick(len(fuzzDates)-1)]
		e := report.Event{Date: date, Precision: fuzzPrecision(date), Summary: cite()[0].Quote,
			Type: report.EventTypes[in.pick(len(report.EventTypes))], Citations: cite()}
		for range in.pick(3) {
			e.Actors = append(e.Actors, fuzzActors[in.pick(len(fuzzActors))])
		}
		f.Events = append(f.Events, e)
	}
	return Article{Source: src, Facts: f}
}

// FuzzAssemble assembles articles built from the fuzzer's bytes (see
// fuzzInput). Assembly must not panic; every fact of the brief must cite
// sources the brief lists; the brief must validate; and merging must be
// idempotent and order-free: assembling the same articles again, in the
// reverse order, or with every fact given twice, gives the same brief.
func FuzzAssemble(f *testing.F) {
	f.Add([]byte{})
	f.Add([]byte("\x00\x02\x03\x05\x01\x02\x03\x02\x01\x01\x04\x02\x01\x00\x05\x02\x02\x01\x03\x01\x02\x02\x03\x01"))
	f.Add([]byte("\x01\x04merge these facts across several articles of the same week"))
	f.Add([]byte("\x02\x04\x09\x05\x04\x03\x02\x01\x03\x06\x07\x03\x02\x01\x00\x01\x02\x03\x02\x02\x02\x05\x06\x07\x08"))
	f.Add(bytes.Repeat([]byte{3, 1, 4, 1, 5, 9, 2, 6}, 40))
	rng := rand.New(rand.NewPCG(1, 2))
	for period := range len(fuzzPeriods) { // five articles with many facts each
		seed := []byte{byte(period), 4}
		for range 600 {
			seed = append(seed, byte(rng.IntN(256)))
		}
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		if len(data) > 4096 {
			return
		}
		in := (&fuzzInput{data: data}).input()
		b := Assemble(in)
		got := briefJSON(t, b)

		sources := map[string]bool{}
		for _, s := range b.Sources {
			sources[s.ID] = true
		}
		for _, cs := range allCitations(b) {
			if len(cs) == 0 {
				t.Fatalf("a fact cites no source:\n%s", got)
			}
			for _, c := range cs {
				if !sources[c.Source] {
					t.Fatalf("a fact cites %s, which the brief does not list:\n%s", c.Source, got)
				}
			}
		}
		if _, err := report.Validate([]byte(got)); err != nil {
			t.Fatalf("the brief does not validate: %v\n%s", err, got)
		}

		if again := briefJSON(t, Assemble(in)); again != got {
			t.Fatalf("assembling the same articles twice gave different briefs:\n%s\n---\n%s", got, again)
		}
		reversed := in
		reversed.Articles = slices.Clone(in.Articles)
		slices.Reverse(reversed.Articles)
		if other := briefJSON(t, Assemble(reversed)); other != got {
			t.Fatalf("the articles in reverse order gave another brief:\n%s\n---\n%s", got, other)
		}
		twice := in
		twice.Articles = nil
		for _, a := range in.Articles {
			a.Facts = report.Facts{
				Stances: slices.Concat(a.Facts.Stances, a.Facts.Stances),
				Figures: slices.Concat(a.Facts.Figures, a.Facts.Figures),
				Events:  slices.Concat(a.Facts.Events, a.Facts.Events),
			}
			twice.Articles = append(twice.Articles, a)
		}
		if other := briefJSON(t, Assemble(twice)); other != got {
			t.Fatalf("every fact given twice gave another brief:\n%s\n---\n%s", got, other)
		}
	})
}

func briefJSON(t *testing.T, b *report.Brief) string {
	t.Helper()
	data, err := json.MarshalIndent(b, "", " ")
	if err != nil {
		t.Fatal(err)
	}
	return string(data)
}

// TestEventsOfStopWordsMerge: two reports of one event whose summaries
// have no content words (FuzzAssemble found it) are one event, not two
// facts with one id.
func TestEventsOfStopWordsMerge(t *testing.T) {
	ev := func(src string) report.Event {
		return report.Event{Date: "2023-06", Precision: report.Month, Summary: "in the",
			Citations: []report.Citation{{Source: src, Quote: "in the"}}}
	}
	a := article("s1", "2023-06-01", "in the")
	b := article("s2", "2023-06-02", "in the")
	a.Facts.Events = []report.Event{ev("s1"), ev("s1")}
	b.Facts.Events = []report.Event{ev("s2")}
	br := Assemble(Input{Articles: []Article{a, b}})
	if len(br.Events) != 1 || len(br.Events[0].Citations) != 2 {
		t.Errorf("events = %+v, want one citing both articles", br.Events)
	}
}

// TestContextCopyKeepsItsOriginal: a context source the brief lists (its
// stance is behind a matrix cell) that copies an earlier article brings
// that article into the list, so that syndicated_from names a source of
// the model (FuzzAssemble found it).
func TestContextCopyKeepsItsOriginal(t *testing.T) {
	text := "The TTP rejected talks with Pakistan in Bajaur on Monday, officials said."
	original := article("s1", "2023", text)
	context := article("s2", "2023-06", text, report.Stance{Actor: "TTP", Issue: "talks", Position: "oppose"})
	news := article("s3", "2023-06-07", "Pakistan proposed a ceasefire.", report.Stance{Actor: "Pakistan", Issue: "ceasefire", Position: "propose"})
	br := Assemble(Input{
		Meta:     report.Meta{Period: report.Period{Label: "2023-W23", Start: "2023-06-05", End: "2023-06-11"}},
		Articles: []Article{news, context, original},
	})
	listed := map[string]report.Source{}
	for _, s := range br.Sources {
		listed[s.ID] = s
	}
	if listed["s2"].SyndicatedFrom != "s1" {
		t.Fatalf("sources %+v: want s2 listed as a copy of s1", br.Sources)
	}
	if _, ok := listed["s1"]; !ok {
		t.Errorf("s2 is a copy of s1, but s1 is not listed: %+v", br.Sources)
	}
}
