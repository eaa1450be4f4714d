package extract

import (
	"math"
	"reflect"
	"slices"
	"strings"
	"testing"

	"brief/report"
)

// TestLeads checks which actor and issue pairs a sentence leaves as
// leads, and why, on invented sentences.
func TestLeads(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		want       []string // "actor issue reason"
	}{
		{"a stance read gives no lead for it", "Russia rejected a ceasefire on Monday.", nil},
		{"an actor and an issue, no cue", "Russia and the ceasefire dominated the summit in Geneva.",
			[]string{"Russia ceasefire no_cue"}},
		{"a cue set aside: history told", "Russia had held talks in 2019.",
			[]string{`Russia talks cue_refused "held": history told (a dated past)`}},
		{"another actor's position on the issue read: no lead of it", "Pakistan welcomed the ceasefire, which the TTP mentioned last week.", nil},
		{"a position on another issue read: the others are leads", "Russia rejected a ceasefire, and the TTP was named in talks.",
			[]string{"Russia talks not_joined read instead: Russia · ceasefire: oppose", "TTP talks not_joined read instead: Russia · ceasefire: oppose"}},
		{"a speaker's words about another actor: the speaker's lead only", "Dmitry Peskov said the TTP and the talks were on the agenda in Geneva.",
			[]string{"Russia talks no_cue"}},
		{"a speaker's account of another actor before an issue word: still the speaker's", "After the talks, Dmitry Peskov said that the TTP is enjoying full support.",
			[]string{"Russia talks not_joined"}},
		{"the object of a preposition is no lead", "Pakistan rejected talks with the TTP.", nil},
		{"a commentator's view is no lead", "Analysts say Russia may want a ceasefire.", nil},
		{"a question is no lead", "Will Russia accept a ceasefire?", nil},
		{"no issue, no lead", "Russia said the weather was fine.", nil},
		{"an issue raised twice is one lead", "Russia and the ceasefire, and again the ceasefire, were the topic in Geneva.",
			[]string{"Russia ceasefire no_cue"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			f := New(speakerDomain).Extract("s1", tc.text, report.Date{})
			var got []string
			for _, l := range f.Leads {
				s := strings.TrimSpace(l.Actor + " " + l.Issue + " " + string(l.Reason) + " " + l.Detail)
				got = append(got, s)
				if l.Speaker != "" && (l.Speaker != "Dmitry Peskov" || l.SpeakerActor != "Russia") {
					t.Errorf("lead %s said by %q (%s), want Dmitry Peskov (Russia)", s, l.Speaker, l.SpeakerActor)
				}
				if l.Citation.Source != "s1" || l.Citation.Quote == "" {
					t.Errorf("lead %s cites %+v, want s1 and the sentence", s, l.Citation)
				}
				for _, st := range f.Stances {
					if st.Actor == l.Actor && st.Issue == l.Issue {
						t.Errorf("lead %s beside a stance of it, %s", s, st.Position)
					}
				}
			}
			if !slices.Equal(got, tc.want) {
				t.Errorf("leads %q, want %q (stances %v)", got, tc.want, f.Stances)
			}
		})
	}
}

// TestExplainLeads checks that --explain prints a sentence's leads.
func TestExplainLeads(t *testing.T) {
	traces := New(speakerDomain).Explain("Russia had held talks in 2019.", "", report.Date{})
	var b strings.Builder
	if err := WriteExplanation(&b, traces); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(b.String(), "leads:   Russia talks: cue_refused") {
		t.Errorf("explanation lacks the lead:\n%s", b.String())
	}
}

// TestLeadSuggestions checks each lead's suggestion on invented
// sentences: the stance model's most probable position other than none
// for the lead's actor and issue, scored as the model's training sees the
// candidate (classifyFeatures), with its probability rounded to two
// decimals; and that suggesting changes no stance, with the model off
// (the default) or on.
func TestLeadSuggestions(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		leads      [2]int // with the model off, on (it reads the likelier leads as stances)
	}{
		{"no cue", "Russia and the ceasefire dominated the summit in Geneva.", [2]int{1, 1}},
		{"a cue set aside: negated", "Russia did not reject talks.", [2]int{1, 0}},
		{"a cue set aside: history told", "Russia had held talks in 2019.", [2]int{1, 1}},
		{"a position on another issue read", "Russia rejected a ceasefire, and the TTP was named in talks.", [2]int{2, 2}},
		{"a speaker's actor", "Dmitry Peskov said the TTP and the talks were on the agenda in Geneva.", [2]int{1, 0}},
		{"two issues, two actors", "The TTP and Russia were named beside talks and a ceasefire in Geneva on Monday.", [2]int{4, 4}},
		{"no lead", "Russia rejected a ceasefire on Monday.", [2]int{0, 0}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			for m, on := range []bool{false, true} {
				d := speakerDomain
				d.StanceModel = on
				x := New(d)
				want := map[string]float64{} // actor|issue → the model's probability of its suggestion
				pos := map[string]report.Position{}
				x.observe = func(_, issue string, c candidate, features []string) {
					key := c.Actor + "|" + issue
					if _, ok := pos[key]; !ok && c.Rule == "" {
						pos[key], want[key] = defaultStanceModel().predict(features)
					}
				}
				f := x.Extract("s1", tc.text, report.Date{})
				if len(f.Leads) != tc.leads[m] {
					t.Fatalf("model %v: %d leads, want %d: %+v", on, len(f.Leads), tc.leads[m], f.Leads)
				}
				for _, l := range f.Leads {
					key := l.Actor + "|" + l.Issue
					if math.Round(want[key]*100) == 0 {
						pos[key] = "" // no suggestion at a confidence of 0.00
					} else if !slices.Contains(report.Positions, l.Suggested) || l.Confidence <= 0 || l.Confidence > 1 {
						t.Errorf("model %v: lead %s suggests %q at %v, want a position and a probability", on, key, l.Suggested, l.Confidence)
					}
					if l.Suggested != pos[key] || l.Confidence != math.Round(want[key]*100)/100 {
						t.Errorf("model %v: lead %s suggests %s %v, want the model's %s %.2f", on, key, l.Suggested, l.Confidence, pos[key], want[key])
					}
				}
				plain := New(d)
				plain.suggest = nil
				g := plain.Extract("s1", tc.text, report.Date{})
				if !reflect.DeepEqual(f.Stances, g.Stances) {
					t.Errorf("model %v: stances with suggestions %v, without %v", on, f.Stances, g.Stances)
				}
				for k := range g.Leads {
					g.Leads[k].Suggested, g.Leads[k].Confidence = f.Leads[k].Suggested, f.Leads[k].Confidence
				}
				if !reflect.DeepEqual(f.Leads, g.Leads) {
					t.Errorf("model %v: leads with suggestions %v, without %v", on, f.Leads, g.Leads)
				}
			}
		})
	}
}

// TestLeadNoSuggestionAtZero checks that a suggestion whose probability
// rounds to 0.00 is no suggestion: neither a position nor a confidence.
func TestLeadNoSuggestionAtZero(t *testing.T) {
	x := New(speakerDomain)
	// A model sure that no candidate holds any position.
	x.suggest = &stanceModel{Weights: map[string][]float64{"bias": {10, 0, 0, 0, 0, 0, 0}}, Threshold: 0.5}
	f := x.Extract("s1", "Russia and the ceasefire dominated the summit in Geneva.", report.Date{})
	if len(f.Leads) != 1 {
		t.Fatalf("%d leads, want 1", len(f.Leads))
	}
	if l := f.Leads[0]; l.Suggested != "" || l.Confidence != 0 {
		t.Errorf("suggested %q at %v, want neither", l.Suggested, l.Confidence)
	}
}
