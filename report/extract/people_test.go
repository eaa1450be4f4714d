package extract

import (
	"strings"
	"testing"

	"brief/report"
)

// TestIntroducedPeople checks which names an article introduces as
// speaking for an actor, and which it does not.
func TestIntroducedPeople(t *testing.T) {
	for _, tc := range []struct{ name, text, want string }{
		{"an apposition that gives the office",
			"Jane Roe, the Kremlin spokesman, spoke on Monday. Roe rejected a ceasefire.",
			"Russia/ceasefire/oppose by Roe (Russia)"},
		{"a clause after a name, its agent an office, introduces nobody",
			"Jane Roe, held since May by the Kremlin government, spoke on Monday. Roe rejected a ceasefire.",
			""},
		{"a verb after a name and a comma introduces nobody",
			"Jane Roe, is being held incommunicado by the Kremlin government. Roe rejected a ceasefire.",
			""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			f := New(speakerDomain).Extract("s", tc.text, report.Date{})
			var got []string
			for _, s := range f.Stances {
				got = append(got, s.Actor+"/"+s.Issue+"/"+string(s.Position)+" by "+s.Speaker+" ("+s.SpeakerActor+")")
			}
			if g := strings.Join(got, "; "); g != tc.want {
				t.Errorf("%s\n got  %s\n want %s", tc.text, g, tc.want)
			}
		})
	}
}
