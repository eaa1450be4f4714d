package extract

import (
	"strings"
	"testing"

	"brief/report"
	"brief/report/extract/lexicon"
)

// TestConfiguredCue checks that a verb added through the configuration's
// lexicon is read as a cue, and that without it the sentence says nothing.
func TestConfiguredCue(t *testing.T) {
	d := Domain{
		Actors: []report.Actor{{Name: "Pakistan"}, {Name: "TTP"}},
		Issues: []report.Issue{{ID: "talks", Label: "Talks with the TTP", Terms: []string{"talks"}}},
	}
	const text = "Pakistan excoriated talks with the TTP on Monday."
	if got := stanceList(New(d).Extract("s", text, report.Date{})); got != "" {
		t.Fatalf("without the configured cue: %s, want nothing", got)
	}
	d.Lexicon = &lexicon.Lexicon{Cues: []lexicon.Cue{{Phrase: "excoriate", Position: "oppose", Shape: lexicon.ShapeVerb}}}
	if got := stanceList(New(d).Extract("s", text, report.Date{})); got != "Pakistan/talks/oppose" {
		t.Fatalf("with the configured cue: %q, want Pakistan/talks/oppose", got)
	}
}

// TestIssueTermsByLemma checks paraphrases of configured terms: passive,
// nominal and modified forms, and thesaurus synonyms.
func TestIssueTermsByLemma(t *testing.T) {
	d := Domain{
		Actors: []report.Actor{{Name: "Russia"}, {Name: "Ukraine"}, {Name: "Hamas"}, {Name: "Israel"}},
		Issues: []report.Issue{
			{ID: "withdrawal", Label: "Withdrawal", Terms: []string{"withdraw troops"}},
			{ID: "action", Label: "Action", Terms: []string{"take action"}},
			{ID: "ceasefire", Label: "Ceasefire between Israel and Hamas", Terms: []string{"ceasefire"}},
			{ID: "ukceasefire", Label: "Ceasefire between Russia and Ukraine", Terms: []string{"ceasefire"}},
			{ID: "aid", Label: "Western military aid to Ukraine", Terms: []string{"military aid"}},
			{ID: "nato", Label: "Ukraine joining NATO", Terms: []string{"NATO membership"}},
		},
	}
	for _, tc := range []struct{ text, want string }{
		{"Ukraine demanded that Russian troops be withdrawn from the region.", "Ukraine/withdrawal/demand"},
		{"Ukraine demanded the withdrawal of all Russian troops.", "Ukraine/withdrawal/demand"},
		{"Russia rejected the troops withdrawal.", "Russia/withdrawal/oppose"},
		{"Israel urged Hamas to take immediate, effective and robust action.", "Israel/action/demand"},
		{"Israel urged Hamas to take \u201cmore concrete action\u201d soon.", "Israel/action/demand"},
		{"Hamas accepted a truce with Israel on Sunday.", "Hamas/ceasefire/support"},
		{"Russia rejected a truce with Ukraine.", "Russia/ukceasefire/oppose"},
		{"Russia rejected a cessation of hostilities with Ukraine.", "Russia/ukceasefire/oppose"},
		{"Hamas said the mediators would meet on Sunday.", ""},
		{"Russia condemned the weapons deliveries to Ukraine.", "Russia/aid/oppose"},
		{"Russia rejected Ukraine's NATO aspirations.", "Russia/nato/oppose"},
	} {
		if got := stanceList(New(d).Extract("s", tc.text, report.Date{})); got != tc.want {
			t.Errorf("%s\n got  %q\n want %q", tc.text, got, tc.want)
		}
	}
	d.NoThesaurus = true
	if got := stanceList(New(d).Extract("s", "Hamas accepted a truce with Israel on Sunday.", report.Date{})); got != "" {
		t.Errorf("with the thesaurus off, a synonym raised %q", got)
	}
}

// stanceList lists a result's stances as actor/issue/position, joined by
// ", ".
func stanceList(f Facts) string {
	var s []string
	for _, st := range f.Stances {
		s = append(s, st.Actor+"/"+st.Issue+"/"+string(st.Position))
	}
	return strings.Join(s, ", ")
}

// TestConfiguredEventVerb checks that an event word added through the
// configuration types the event.
func TestConfiguredEventVerb(t *testing.T) {
	d := Domain{Actors: []report.Actor{{Name: "Army"}}}
	const text = "The Army strafed the rebel camp on 3 May 2024." // an armed side: a village would be violence against civilians (events_types.go)
	typeOf := func(d Domain) string {
		for _, e := range New(d).Extract("s", text, report.Date{Year: 2024, Month: 5, Day: 4}).Events {
			return string(e.Type)
		}
		return "(no event)"
	}
	before := typeOf(d)
	d.Lexicon = &lexicon.Lexicon{EventVerbs: []lexicon.EventVerb{{Phrase: "strafe", Type: "battle"}}}
	if got := typeOf(d); got != "battle" || before == "battle" {
		t.Errorf("event type %q before the configured verb, %q after; want another type, then battle", before, got)
	}
}
