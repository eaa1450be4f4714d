package extract

import (
	"slices"
	"testing"

	"brief/report"
)

// cueDomain is a world for the stance cues found missing on real
// reporting: verbs, adjectives and nouns of position that news writes.
var cueDomain = Domain{
	Actors: []report.Actor{
		{Name: "Norland", Aliases: []string{"Nordvik"}},
		{Name: "Southia", Aliases: []string{"Sudstad"}},
		{Name: "Eastmark"},
		{Name: "Westria"},
	},
	Issues: []report.Issue{
		{ID: "ceasefire", Terms: []string{"ceasefire", "truce"}},
		{ID: "talks", Terms: []string{"peace talks", "negotiations"}},
		{ID: "sanctions", Terms: []string{"sanctions"}},
		{ID: "plan", Terms: []string{"reconstruction plan"}},
		{ID: "mission", Terms: []string{"security mission"}},
		{ID: "aid", Terms: []string{"military aid"}},
	},
}

// Stance cues written after reading real reporting on eight conflicts:
// each sentence is invented, in the shape the reporting used.
func TestRealCues(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		// verbs of blame and scorn
		{"Norland lambasted the sanctions on Monday.", []string{"Norland/sanctions/oppose"}},
		{"Southia decried the reconstruction plan as a land grab.", []string{"Southia/plan/oppose"}},
		{"Eastmark castigated Westria for the sanctions.", []string{"Eastmark/sanctions/oppose"}},
		{"Norland scoffed at the sanctions.", []string{"Norland/sanctions/oppose"}},
		{"Southia has flouted the ceasefire for weeks.", []string{"Southia/ceasefire/oppose"}},
		{"Eastmark cast doubt on the reconstruction plan.", []string{"Eastmark/plan/oppose"}},
		// leaving, pushing back
		{"Southia walked away from the peace talks last month.", []string{"Southia/talks/oppose"}},
		{"Norland pushed back against the reconstruction plan.", []string{"Norland/plan/oppose"}},
		{"Norland pushed back hard against the reconstruction plan.", []string{"Norland/plan/oppose"}},
		{"Southia brushed aside the reconstruction plan.", []string{"Southia/plan/oppose"}},
		{"Eastmark brushed off the sanctions as a nuisance.", []string{"Eastmark/sanctions/oppose"}},
		// support
		{"Norland touted the reconstruction plan as a model for the region.", []string{"Norland/plan/support"}},
		{"Westria doubled down on sanctions against Southia.", []string{"Westria/sanctions/support"}},
		{"Eastmark threw its weight behind the ceasefire.", []string{"Eastmark/ceasefire/support"}},
		{"Westria has thrown its support behind the peace talks.", []string{"Westria/talks/support"}},
		// adjectives
		{"Westria remains hopeful that a ceasefire can be reached this week.", []string{"Westria/ceasefire/support"}},
		{"Eastmark is optimistic about the peace talks.", []string{"Eastmark/talks/support"}},
		{"Norland is skeptical of the reconstruction plan.", []string{"Norland/plan/oppose"}},
		{"Southia is sceptical about the peace talks.", []string{"Southia/talks/oppose"}},
		{"Westria remains wary of the ceasefire.", []string{"Westria/ceasefire/oppose"}},
		{"Southia said it was not bound by the ceasefire.", []string{"Southia/ceasefire/oppose"}},
		{"Norland is disappointed with the reconstruction plan.", []string{"Norland/plan/oppose"}},
		// nouns
		{"Eastmark expressed its disapproval of the reconstruction plan.", []string{"Eastmark/plan/oppose"}},
		{"Norland voiced optimism about the peace talks.", []string{"Norland/talks/support"}},
		{"Westria expressed reservations about the sanctions.", []string{"Westria/sanctions/oppose"}},
		{"Eastmark voiced skepticism about the ceasefire.", []string{"Eastmark/ceasefire/oppose"}},
		{"Norland regretted Southia's unwillingness to extend the truce.", []string{"Norland/ceasefire/support", "Southia/ceasefire/oppose"}},
		{"Southia's reluctance to join the peace talks angered Westria.", []string{"Southia/talks/oppose"}},
		{"Westria expressed its full backing for the security mission.", []string{"Westria/mission/support"}},
		{"Southia has shown no appetite for peace talks.", []string{"Southia/talks/oppose"}},
		{"Norland expressed disappointment over the sanctions.", []string{"Norland/sanctions/oppose"}},
		{"Southia voiced frustration with the peace talks.", []string{"Southia/talks/oppose"}},
		{"Eastmark is frustrated by the reconstruction plan.", []string{"Eastmark/plan/oppose"}},
		// idioms of backing and resisting
		{"Westria stood behind the sanctions.", []string{"Westria/sanctions/support"}},
		{"Norland will stand behind the security mission.", []string{"Norland/mission/support"}},
		{"Eastmark took issue with the reconstruction plan.", []string{"Eastmark/plan/oppose"}},
		{"Southia is pinning its hopes on the peace talks.", []string{"Southia/talks/support"}},
		{"Norland has dragged its feet on the peace talks.", []string{"Norland/talks/oppose"}},
		{"The rebels and Southia drag their feet over the ceasefire.", []string{"Southia/ceasefire/oppose"}},
		{"Eastmark expressed hope that the ceasefire would hold.", []string{"Eastmark/ceasefire/support"}},
		// verbs and nouns of rejection, censure, assent and backing
		{"Southia voiced its endorsement of the reconstruction plan.", []string{"Southia/plan/support"}},
		{"Southia repeated its condemnation of the sanctions.", []string{"Southia/sanctions/oppose"}},
		{"Southia voiced criticism of the sanctions.", []string{"Southia/sanctions/oppose"}},
		{"Southia raised objections to the reconstruction plan.", []string{"Southia/plan/oppose"}},
		{"Southia dropped its objection to the reconstruction plan.", []string{"Southia/plan/support"}},
		{"Southia's resistance to the peace talks has hardened.", []string{"Southia/talks/oppose"}},
		{"Southia signalled its acceptance of the ceasefire.", []string{"Southia/ceasefire/support"}},
		{"Southia issued a plea for a ceasefire.", []string{"Southia/ceasefire/demand"}},
		{"Southia gave its consent to the security mission.", []string{"Southia/mission/support"}},
		{"Southia expressed dissatisfaction with the peace talks.", []string{"Southia/talks/oppose"}},
		{"Southia expressed anger at the sanctions.", []string{"Southia/sanctions/oppose"}},
		{"Southia expressed outrage at the sanctions.", []string{"Southia/sanctions/oppose"}},
		{"Southia has shown little enthusiasm for the peace talks.", []string{"Southia/talks/oppose"}},
		{"Southia showed enthusiasm for the peace talks.", []string{"Southia/talks/support"}},
		{"Southia reneged on the ceasefire.", []string{"Southia/ceasefire/oppose"}},
		{"Southia went back on the ceasefire.", []string{"Southia/ceasefire/oppose"}},
		{"Southia shelved the reconstruction plan.", []string{"Southia/plan/oppose"}},
		{"Southia sabotaged the peace talks.", []string{"Southia/talks/oppose"}},
		{"Southia has stonewalled the peace talks.", []string{"Southia/talks/oppose"}},
		{"Southia rebuked Westria over the sanctions.", []string{"Southia/sanctions/oppose"}},
		{"Southia railed against the sanctions.", []string{"Southia/sanctions/oppose"}},
		{"Southia bemoaned the sanctions.", []string{"Southia/sanctions/oppose"}},
		{"Southia repudiated the ceasefire.", []string{"Southia/ceasefire/oppose"}},
		{"Southia disavowed the reconstruction plan.", []string{"Southia/plan/oppose"}},
		{"Southia resisted the reconstruction plan.", []string{"Southia/plan/oppose"}},
		{"Southia gave the green light for the security mission.", []string{"Southia/mission/support"}},
		{"Southia gave the go-ahead for the security mission.", []string{"Southia/mission/support"}},
		{"Southia consented to the ceasefire.", []string{"Southia/ceasefire/support"}},
		{"Southia reinstated military aid.", []string{"Southia/aid/support"}},
		{"Southia expanded the sanctions.", []string{"Southia/sanctions/support"}},
		{"Southia tightened the sanctions.", []string{"Southia/sanctions/support"}},
		{"Southia recommitted to the ceasefire.", []string{"Southia/ceasefire/support"}},
		{"Southia saluted the security mission.", []string{"Southia/mission/support"}},
		{"Southia implored Westria to accept the ceasefire.", []string{"Southia/ceasefire/demand"}},
		{"Southia permitted military aid.", []string{"Southia/aid/support"}},
		{"Southia is sticking to the ceasefire.", []string{"Southia/ceasefire/support"}},
		{"Southia adheres to the ceasefire.", []string{"Southia/ceasefire/support"}},
		{"Southia opted for the peace talks.", []string{"Southia/talks/support"}},
		{"Southia argued for the sanctions.", []string{"Southia/sanctions/demand"}},
		{"Southia argued against the sanctions.", []string{"Southia/sanctions/oppose"}},
		{"Southia voted for the sanctions.", []string{"Southia/sanctions/support"}},
		{"Southia voted against the sanctions.", []string{"Southia/sanctions/oppose"}},
		{"Southia spoke out against the sanctions.", []string{"Southia/sanctions/oppose"}},
		{"Southia came out against the sanctions.", []string{"Southia/sanctions/oppose"}},
	}
	for _, tt := range tests {
		if got := stanceKeys(cueDomain, tt.text); !slices.Equal(got, tt.want) {
			t.Errorf("%q\n got %v\nwant %v", tt.text, got, tt.want)
		}
	}
}
