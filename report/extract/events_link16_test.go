package extract

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"brief/report"
)

// TestLinkGrievanceLink16: an event links no figure that its sentence
// tells as its grievance, what it is about: the deaths or arrests after
// a word of grievance ("against the killing of", "over the murder of",
// "justice for the"), an earlier happening. The event's own casualties in
// the same sentence stay linked, and the grievance figure stays in the
// brief. The sentences are invented.
func TestLinkGrievanceLink16(t *testing.T) {
	mon := report.Date{Year: 2025, Month: 4, Day: 14} // a Monday
	tests := []struct {
		text    string
		linked  []string // "what low" of the figures linked to the events, in order
		figures []string // "what low" of every event figure the article reports
	}{
		// A protest about two deaths: they are not its dead.
		{"Hundreds protested in the capital on Sunday against the killing of two of their leaders last month.",
			nil, []string{"killed 2"}},
		// Its own dead are: the student's killing is what it was about.
		{"Police killed 3 protesters on Sunday at a rally against the killing of two students.",
			[]string{"killed 3"}, []string{"killed 3", "killed 2"}},
		// An arrest over a murder: the arrested are its own, the dead are not.
		{"Police arrested four men on Sunday over the murder of two journalists.",
			[]string{"arrested 4"}, []string{"arrested 4", "killed 2"}},
		{"Police arrested four men on Sunday in connection with the abduction and killing of three traders.",
			[]string{"arrested 4"}, []string{"arrested 4", "killed 3"}},
		// A charge.
		// A charge: those charged are counted as arrested, its own.
		{"A court on Sunday charged two soldiers with the murder of five villagers.",
			[]string{"arrested 2"}, []string{"arrested 2", "killed 5"}},
		{"Prosecutors on Sunday charged a police officer with killing three protesters.",
			[]string{"arrested 1"}, []string{"arrested 1", "killed 3"}},
		// A vigil for the dead of an earlier attack.
		{"Hundreds held a vigil in the square on Sunday to mourn the 12 people who were killed in last week's bombing.",
			nil, []string{"killed 12"}},
		{"Residents marched on Sunday demanding justice for the two youths who were shot dead by police.",
			nil, []string{"killed 2"}},
		{"Mourners gathered on Sunday to honour the four children and two teachers who were killed in the shelling.",
			nil, []string{"killed 4", "killed 2"}},
		{"Police detained five men on Sunday on charges of murder of two traders.",
			[]string{"arrested 5"}, []string{"arrested 5", "killed 2"}},
		{"Students protested on Sunday against the tuition rise and the killing of three classmates.",
			nil, []string{"killed 3"}},
		{"Students marched on Sunday to condemn the abduction and brutal murder of four classmates.",
			nil, []string{"killed 4"}},
		// A funeral for the dead of an earlier clash; a bomber's own dead there.
		{"Thousands joined a funeral procession on Sunday for three fighters who were killed in a raid.",
			nil, []string{"killed 3"}},
		{"On Sunday a bomber struck the funeral of two elders killed in a raid, killing 12 mourners.",
			[]string{"killed 12"}, []string{"killed 2", "killed 12"}},
		// A plain attack keeps its dead.
		{"Gunmen attacked a village on Sunday, killing six people.",
			[]string{"killed 6"}, []string{"killed 6"}},
		{"A drone strike killed four soldiers on Sunday in revenge for the raid.",
			[]string{"killed 4"}, []string{"killed 4"}},
	}
	for _, tt := range tests {
		f := New(demoDomain).Extract("s1", tt.text, mon)
		byID := map[string]string{}
		var all []string
		for _, fig := range f.Figures {
			if eventKinds[fig.What] {
				d := fmt.Sprintf("%s %g", fig.What, fig.Low)
				byID[report.FigureID(fig)] = d
				all = append(all, d)
			}
		}
		var linked []string
		for _, e := range f.Events {
			for _, id := range e.Figures {
				linked = append(linked, byID[id])
			}
		}
		if len(f.Events) == 0 {
			t.Errorf("%s\n no event", tt.text)
		}
		if !slices.Equal(linked, tt.linked) || !slices.Equal(all, tt.figures) {
			var evs []string
			for _, e := range f.Events {
				evs = append(evs, string(e.Type)+"|"+e.Summary)
			}
			t.Errorf("%s\n linked %q, want %q\n figures %q, want %q\n events %s", tt.text, linked, tt.linked, all, tt.figures, strings.Join(evs, "; "))
		}
	}
}
