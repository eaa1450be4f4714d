package extract

import (
	"testing"

	"brief/report"
)

// TestHeadlineFigures checks an article's headline and a photo's caption:
// a figure the body states again is the body's alone (one count, told in full with its
// source); a figure only the headline gives stays; a headline's
// capitalised verb of saying credits its subject.
func TestHeadlineFigures(t *testing.T) {
	text := "Clashes Kill 6 Soldiers, 22 Militants in Norland\n\n" +
		"The army said Saturday that raids in the north killed at least six soldiers and 22 militants.\n\n" +
		"Officials said 40 people were arrested."
	f := New(sudanDomain).Extract("s1", text, report.Date{Year: 2024, Month: 3, Day: 12})
	var got []string
	for _, fig := range f.Figures {
		got = append(got, fig.Text+" | "+fig.AttributedTo)
	}
	want := map[string]bool{"killed at least six soldiers | The army": true, "22 militants | The army": true, "40 people were arrested | Officials": true}
	if len(got) != len(want) {
		t.Errorf("figures %q, want %d", got, len(want))
	}
	for _, g := range got {
		if !want[g] {
			t.Errorf("figure %q not wanted", g)
		}
	}
	// A photo's caption restated by the body, likewise.
	text = "Rescuers search the rubble where 12 people died in Ostrov, Norland, March 5, 2024.\n\n" +
		"A missile strike on Tuesday killed 12 people in Ostrov, officials said."
	f = New(sudanDomain).Extract("s2", text, report.Date{Year: 2024, Month: 3, Day: 6})
	if len(f.Figures) != 1 || f.Figures[0].AttributedTo != "officials" {
		t.Errorf("caption restated: figures %v, want the body's alone", f.Figures)
	}
	// A headline's own figure stays, credited by its capitalised verb.
	am := newActorMatcher(testActors)
	for _, tt := range []struct{ text, want string }{
		{"Norland Says 300,000 Refugees Returned Home", "Norland"},
		{"Missile Strike Kills Five in Ostrov, Governor Says", "Governor"},
		{"Raids Kill 5 Militants in the North", ""},
	} {
		fs := figuresIn(sentence(tt.text), am)
		if len(fs) != 1 || fs[0].AttributedTo != tt.want {
			t.Errorf("figuresIn(%q) = %v, want one credited to %q", tt.text, fs, tt.want)
		}
	}
}

// TestFigureNameDigits checks that a group's name with digits stays
// whole in the words of what is counted: "68 former X23 rebels".
func TestFigureNameDigits(t *testing.T) {
	fs := figuresIn(sentence("The army captured 68 former X23 rebels near the river."), newActorMatcher(testActors))
	if len(fs) != 1 || fs[0].Text != "captured 68 former X23 rebels" {
		t.Errorf("figures %v, want one, \"captured 68 former X23 rebels\"", fs)
	}
}
