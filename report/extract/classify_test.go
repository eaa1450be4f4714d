package extract

import (
	"slices"
	"strings"
	"testing"

	"brief/report"
)

// classifyDomain is an invented conflict for the candidate tests.
var classifyDomain = Domain{
	Actors: []report.Actor{
		{Name: "Nordland", People: []string{"Anna Berg"}},
		{Name: "Southern Front", Aliases: []string{"SF"}},
	},
	Issues: []report.Issue{
		{ID: "truce", Label: "Truce", Terms: []string{"ceasefire"}},
		{ID: "talks", Label: "Peace talks", Terms: []string{"peace talks"}},
	},
}

// observed is one candidate as the extractor saw it.
type observed struct {
	text, issue string
	c           candidate
	features    []string
}

// observeCandidates reads text with the rules alone and returns every
// candidate with its features.
func observeCandidates(d Domain, text string) []observed {
	x := New(d)
	var out []observed
	x.observe = func(text, issue string, c candidate, features []string) {
		out = append(out, observed{text, issue, c, features})
	}
	x.Extract("s1", text, report.Date{Year: 2025, Month: 3, Day: 4})
	return out
}

// TestCandidates checks which (actor, issue) pairs of invented sentences
// become candidates, and what the rules decided for them.
func TestCandidates(t *testing.T) {
	for _, tc := range []struct {
		text string
		want []string // "actor issue rule-position", in order
	}{
		// A cue the rules read: one candidate, decided.
		{"Nordland rejected a ceasefire on Monday.", []string{"Nordland truce oppose"}},
		// Two actors and two issues: every pair, the undecided ones too.
		{"Nordland and the Southern Front mentioned a ceasefire and peace talks in Geneva.",
			[]string{"Nordland truce ", "Southern Front truce ", "Nordland talks ", "Southern Front talks "}},
		// The speaker's actor is a candidate though the sentence does not name it.
		{"Anna Berg spoke to reporters. \"A ceasefire is within reach,\" she said.",
			[]string{"Nordland truce "}},
		// A statement's "we" is the actor it opened with; an opening "it"
		// the actor named before.
		{"Nordland welcomes the envoy's visit. We mentioned peace talks in Geneva.", []string{"Nordland talks "}},
		{"Nordland sent an envoy on Monday. It mentioned peace talks in Geneva.", []string{"Nordland talks "}},
		// No issue term: no candidate.
		{"Nordland rejected the offer.", nil},
		// A question takes no position and gives no candidate.
		{"Would Nordland accept a ceasefire?", nil},
	} {
		var got []string
		for _, o := range observeCandidates(classifyDomain, tc.text) {
			got = append(got, o.c.Actor+" "+o.issue+" "+string(o.c.Rule))
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("%q: candidates %q, want %q", tc.text, got, tc.want)
		}
	}
}

// TestClassifyFeatures checks features of invented sentences' candidates.
func TestClassifyFeatures(t *testing.T) {
	for _, tc := range []struct {
		text, actor, issue string
		want, not          []string
	}{
		{"Nordland rejected a ceasefire on Monday.", "Nordland", "truce",
			[]string{"bias", "rule:oppose", "order:before:0-3", "cue:oppose:between", "nearcue:oppose:0-3", "between:reject", "term:ceasefir"},
			[]string{"rule:none", "quoted", "has:neg"}},
		{"Nordland did not say whether it would accept a ceasefire.", "Nordland", "truce",
			[]string{"has:neg", "has:modal", "near:modal"}, nil},
		{"Anna Berg spoke to reporters. \"A ceasefire is within reach,\" she said.", "Nordland", "truce",
			[]string{"rule:none", "quoted", "quoted:own", "mention:none"}, []string{"order:before:0-3"}},
		{"The Southern Front said Nordland must agree to peace talks.", "Southern Front", "talks",
			[]string{"speaker:named", "speaker:content", "order:before:4-7", "actors:2"}, nil},
		{"Nordland welcomes the envoy's visit. We mentioned peace talks in Geneva.", "Nordland", "talks",
			[]string{"mention:pronoun", "pre2:we"}, []string{"mention:none"}},
	} {
		found := false
		for _, o := range observeCandidates(classifyDomain, tc.text) {
			if o.c.Actor != tc.actor || o.issue != tc.issue {
				continue
			}
			found = true
			for _, f := range tc.want {
				if !slices.Contains(o.features, f) {
					t.Errorf("%q %s %s: no feature %q in %s", tc.text, tc.actor, tc.issue, f, strings.Join(o.features, " "))
				}
			}
			for _, f := range tc.not {
				if slices.Contains(o.features, f) {
					t.Errorf("%q %s %s: feature %q", tc.text, tc.actor, tc.issue, f)
				}
			}
		}
		if !found {
			t.Errorf("%q: no candidate %s %s", tc.text, tc.actor, tc.issue)
		}
	}
}

// TestStanceModelFallback checks that the model only adds stances to
// candidates the rules left undecided, and that it is off by default.
func TestStanceModelFallback(t *testing.T) {
	text := "Nordland rejected a ceasefire on Monday. Peace talks with the Southern Front were mentioned by Nordland in passing."
	off := New(classifyDomain).Extract("s1", text, report.Date{Year: 2025})
	d := classifyDomain
	d.StanceModel = true
	x := New(d)
	// A model sure of support for every candidate.
	x.model = &stanceModel{Weights: map[string][]float64{"bias": {0, 10, 0, 0, 0, 0, 0}}, Threshold: 0.5}
	on := x.Extract("s1", text, report.Date{Year: 2025})
	key := func(s report.Stance) string { return s.Actor + " " + s.Issue + " " + string(s.Position) }
	for _, s := range on.Stances {
		if want := map[bool]report.Reader{true: "", false: report.ReadByModel}[key(s) == "Nordland truce oppose"]; s.ReadBy != want {
			t.Errorf("%s: read by %q, want %q", key(s), s.ReadBy, want)
		}
	}
	var offKeys, onKeys []string
	for _, s := range off.Stances {
		offKeys = append(offKeys, key(s))
	}
	for _, s := range on.Stances {
		onKeys = append(onKeys, key(s))
	}
	if !slices.Equal(offKeys, []string{"Nordland truce oppose"}) {
		t.Errorf("rules alone: %q", offKeys)
	}
	want := []string{"Nordland truce oppose", "Southern Front talks support", "Nordland talks support"}
	if !slices.Equal(onKeys, want) {
		t.Errorf("with the model: %q, want %q (the rules' stance kept, the undecided pairs read)", onKeys, want)
	}
	x.model.Threshold = 1.01
	if got := x.Extract("s1", text, report.Date{Year: 2025}).Stances; len(got) != 1 {
		t.Errorf("above the threshold the model adds nothing: %d stances", len(got))
	}
}

// TestStanceModelParse checks the embedded model reads and its form
// round-trips.
func TestStanceModelParse(t *testing.T) {
	m := defaultStanceModel()
	if len(m.Weights) == 0 || m.Threshold <= 0 {
		t.Fatalf("embedded model: %d features, threshold %v", len(m.Weights), m.Threshold)
	}
	again, err := parseStanceModel(formatStanceModel(m, stanceModelHeader))
	if err != nil {
		t.Fatal(err)
	}
	if formatStanceModel(again, "") != formatStanceModel(m, "") {
		t.Error("the model's form does not round-trip")
	}
	if _, err := parseStanceModel("threshold 0.5\nbias\t1 2\n"); err == nil {
		t.Error("a line of two weights was read")
	}
}

// BenchmarkExtractStanceModel is BenchmarkExtract with the stance model on.
func BenchmarkExtractStanceModel(b *testing.B) {
	d := loadDemoDomain(b)
	d.StanceModel = true
	x := New(d)
	seeds := loadSeeds(b)
	var sb strings.Builder
	for _, a := range seeds {
		sb.WriteString(a.text)
		sb.WriteString("\n\n")
	}
	text := sb.String()
	published := seeds[0].published
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	cpu := startCPU()
	for b.Loop() {
		x.Extract("bench", text, published)
	}
	cpu.report(b, len(text))
}

// TestStanceModelYieldsToRules checks that a stance the model reads in
// one sentence gives way to the same stance the rules read later in the
// article: the brief cites the rules' sentence only.
func TestStanceModelYieldsToRules(t *testing.T) {
	text := "Nordland mentioned peace talks in passing on Monday. Nordland supports peace talks."
	d := classifyDomain
	d.StanceModel = true
	x := New(d)
	x.model = &stanceModel{Weights: map[string][]float64{"bias": {0, 10, 0, 0, 0, 0, 0}}, Threshold: 0.5}
	var got []string
	for _, s := range x.Extract("s1", text, report.Date{Year: 2025}).Stances {
		if s.Actor == "Nordland" && s.Issue == "talks" {
			got = append(got, string(s.Position)+": "+s.Citations[0].Quote)
		}
	}
	want := []string{"support: Nordland supports peace talks."}
	if !slices.Equal(got, want) {
		t.Errorf("Nordland on talks: %q, want %q", got, want)
	}
}

// TestExplainStanceModel checks that --explain shows the stances the
// model reads, as extraction does, marked as the model's.
func TestExplainStanceModel(t *testing.T) {
	d := classifyDomain
	d.StanceModel = true
	x := New(d)
	x.model = &stanceModel{Weights: map[string][]float64{"bias": {0, 10, 0, 0, 0, 0, 0}}, Threshold: 0.5}
	trs := x.Explain("Peace talks were mentioned by Nordland in passing.", "", report.Date{Year: 2025})
	if len(trs) != 1 || len(trs[0].Stances) != 1 || !strings.HasSuffix(trs[0].Stances[0], "[model]") || trs[0].Reason != "" {
		t.Errorf("explained %+v, want Nordland's support of talks read by the model", trs)
	}
}

// TestStanceClassCount checks that the scorer's arrays have one place a
// class: a new position needs numStanceClasses raised.
func TestStanceClassCount(t *testing.T) {
	if len(stanceClasses) != numStanceClasses {
		t.Errorf("%d stance classes, numStanceClasses %d", len(stanceClasses), numStanceClasses)
	}
}
