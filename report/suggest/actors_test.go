package suggest

import (
	"testing"

	"brief/report"
	"brief/report/extract"
)

// TestActors reads invented sentences and checks what each proposes for
// the cast: a person by an actor's office, an alias by an actor's
// initials, a new actor by a demonym of a country no actor is.
func TestActors(t *testing.T) {
	actors := []report.Actor{{Name: "Northland"}, {Name: "CF", Aliases: []string{"the Front"}}}
	x := extract.New(extract.Domain{Actors: actors,
		Issues: []report.Issue{{ID: "ceasefire", Label: "Ceasefire", Terms: []string{"ceasefire"}}}})
	for _, tc := range []struct {
		sentence    string
		kind        Kind
		text, owner string
	}{
		{"Northland's deputy foreign minister, Ines Daro, rejected the ceasefire.", Person, "Ines Daro", "Northland"},
		{"The Coastal Front rejected the ceasefire on Monday.", Alias, "Coastal Front", "CF"},
		{"Qatari mediators said the ceasefire would hold.", NewActor, "Qatar", ""},
	} {
		arts := []article{{path: "a.md", text: tc.sentence, parts: x.Parts(tc.sentence, "", report.Date{})}}
		found := false
		var got []string
		for _, c := range actorCandidates(arts, actors) {
			got = append(got, string(c.kind)+" "+c.text+" "+c.owner)
			found = found || c.kind == tc.kind && c.text == tc.text && c.owner == tc.owner
		}
		if !found {
			t.Errorf("%q: no %s %q of %q among %q", tc.sentence, tc.kind, tc.text, tc.owner, got)
		}
	}
}
