package extract

import (
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
