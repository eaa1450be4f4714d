package extract

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"brief/report"
	"brief/report/extract/lexicon"
)

func TestWithEntities(t *testing.T) {
	entities := []lexicon.Entity{
		{Names: []string{"United States", "US", "U.S."}, Demonyms: []string{"American"}},
		{Names: []string{"Democratic Republic of the Congo", "DRC", "Congo"}, Demonyms: []string{"Congolese"}},
		{Names: []string{"Sudan"}, Demonyms: []string{"Sudanese"}},
	}
	tests := []struct {
		name         string
		actors       []report.Actor
		wantAliases  [][]string
		wantDemonyms [][]string
	}{
		{"a country's other names and demonym",
			[]report.Actor{{Name: "United States", Aliases: []string{"Washington"}}},
			[][]string{{"Washington", "US", "U.S."}}, [][]string{{"American"}}},
		{"an alias that is the entity's name is enough",
			[]report.Actor{{Name: "Kinshasa government", Aliases: []string{"DRC"}}},
			[][]string{{"DRC", "Democratic Republic of the Congo", "Congo"}}, [][]string{{"Congolese"}}},
		{"a demonym another actor claims stays its own",
			[]report.Actor{{Name: "DR Congo", Aliases: []string{"DRC"}}, {Name: "FARDC", Demonyms: []string{"Congolese"}}},
			[][]string{{"DRC", "Democratic Republic of the Congo", "Congo"}, nil}, [][]string{nil, {"Congolese"}}},
		{"two actors bearing one entity's names gain nothing but the forms of their own offices",
			[]report.Actor{{Name: "SAF", Aliases: []string{"Sudan"}}, {Name: "Sudanese government", Aliases: []string{"Sudan"}}},
			[][]string{{"Sudan"}, {"Sudan", "Sudan government", "Sudan's government"}}, [][]string{nil, nil}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			before := slices.Clone(tt.actors)
			got := withEntities(tt.actors, entities)
			for i, a := range got {
				if !slices.Equal(a.Aliases, tt.wantAliases[i]) || !slices.Equal(a.Demonyms, tt.wantDemonyms[i]) {
					t.Errorf("actor %s: aliases %q demonyms %q, want %q %q", a.Name, a.Aliases, a.Demonyms, tt.wantAliases[i], tt.wantDemonyms[i])
				}
			}
			for i := range before {
				if !slices.Equal(before[i].Aliases, tt.actors[i].Aliases) {
					t.Errorf("actor %s: the configuration's actors were changed", before[i].Name)
				}
			}
		})
	}
}

// TestEntitiesInText checks that a configured country is found by the
// names reporters give it.
func TestEntitiesInText(t *testing.T) {
	d := Domain{
		Actors: []report.Actor{{Name: "United States", Aliases: []string{"Washington"}}, {Name: "RSF"}},
		Issues: []report.Issue{{ID: "talks", Terms: []string{"talks"}}},
	}
	got := stanceKeys(d, "Earlier, US President Jane Doe called on the warring parties to resume talks.\n\nAmerican officials urged the RSF to join the talks.")
	want := []string{"United States/talks/demand"}
	if !slices.Equal(got, want) {
		t.Errorf("got %v, want %v", got, want)
	}
}

func TestGoverningActor(t *testing.T) {
	entities := []lexicon.Entity{{Names: []string{"Haiti"}, Demonyms: []string{"Haitian"}}}
	for _, name := range []string{"Haitian government", "Haiti's government", "Government of Haiti"} {
		got := withEntities([]report.Actor{{Name: name}, {Name: "Gangs"}}, entities)
		if !slices.Equal(got[0].Places, []string{"Haiti"}) || !slices.Equal(got[0].Demonyms, []string{"Haitian"}) {
			t.Errorf("%s: places %q demonyms %q, want [Haiti] [Haitian]", name, got[0].Places, got[0].Demonyms)
		}
		if len(got[1].Places) > 0 {
			t.Errorf("%s: another actor gained places %q", name, got[1].Places)
		}
	}
	got := withEntities([]report.Actor{{Name: "Transition council", Places: []string{"Haiti"}}, {Name: "Gangs"}}, entities)
	if !slices.Equal(got[0].Demonyms, []string{"Haitian"}) || len(got[1].Demonyms) > 0 {
		t.Errorf("an actor the country stands for: demonyms %q and %q, want [Haitian] and none", got[0].Demonyms, got[1].Demonyms)
	}
	got = withEntities([]report.Actor{{Name: "Transition council", Places: []string{"Haiti"}}, {Name: "Gangs", Places: []string{"Haiti"}}}, entities)
	if len(got[0].Demonyms)+len(got[1].Demonyms) > 0 {
		t.Errorf("two actors the country stands for: demonyms %q and %q, want none", got[0].Demonyms, got[1].Demonyms)
	}
	got = withEntities([]report.Actor{{Name: "Haitian government"}, {Name: "Haiti"}}, entities)
	if len(got[0].Places) > 0 {
		t.Errorf("an actor named for the country itself: the government still gained places %q", got[0].Places)
	}
}

// TestOutletVoice checks that a statement an actor publishes speaks in
// its voice, and that a news outlet lends its voice to no one.
func TestOutletVoice(t *testing.T) {
	d := Domain{
		Actors: []report.Actor{{Name: "United States", Aliases: []string{"Washington"}}, {Name: "RSF"}, {Name: "France"}, {Name: "United Nations"}},
		Issues: []report.Issue{{ID: "talks", Terms: []string{"talks"}}, {ID: "detainees", Terms: []string{"release detainees"}}},
	}
	we := "Statement on Sudan\n\nWe urge both sides to return to the talks."
	must := "Statement on Sudan\n\nThe RSF must release all detainees."
	reported := "Statement on Sudan\n\nAnalysts said the RSF must release all detainees."
	titled := "Statement on Sudan\n\nThe Secretary said the RSF must release all detainees."
	possessor := "We support France's efforts on Sudan.\n\nWe urge the RSF to release detainees."
	for _, tc := range []struct{ outlet, text, want string }{
		{"The White House", we, "United States/talks/demand"},
		{"U.S. Department of State", we, "United States/talks/demand"},
		{"Voice of America", we, ""},
		{"Voice of America (editorial)", we, "United States/talks/demand"}, // VOA's editorials state the government's views
		{"VOA Editorials", must, "United States/detainees/demand"},
		{"", we, ""},
		// A statement's own sentence binding another party is its author's demand.
		{"The White House", must, "United States/detainees/demand"},
		{"U.S. Department of State (press statement)", must, "United States/detainees/demand"},
		{"Voice of America", must, ""},
		{"France 24", must, ""}, // a news outlet named after a country speaks for nobody
		{"U.S. Mission to the United Nations", must, "United States/detainees/demand"},
		{"U.S. Agency for International Development (press release)", must, "United States/detainees/demand"},
		{"The White House, Office of the Press Secretary", must, "United States/detainees/demand"},
		{"Washington Post", must, ""},
		{"The White House", reported, ""},
		// A title nobody named before is the author's own official.
		{"U.S. Department of State", titled, "United States/detainees/demand"},
		{"Voice of America", titled, ""},
		// A possessor after the opening "we" is no author: "we" stays the statement's.
		{"U.S. Department of State", possessor, "United States/detainees/demand"},
	} {
		f := New(d).ExtractBy("t", tc.text, tc.outlet, report.Date{Year: 2024, Month: 9, Day: 24})
		var got []string
		for _, s := range f.Stances {
			got = append(got, s.Actor+"/"+s.Issue+"/"+string(s.Position))
		}
		if strings.Join(got, ",") != tc.want {
			t.Errorf("outlet %q, %q: stances %v, want %q", tc.outlet, tc.text, got, tc.want)
		}
	}
}

// TestOutletAccount checks that, in an actor's own statement, another
// actor's position that nobody is reported to speak is the statement's
// account of it: the PDF says "according to" the author.
func TestOutletAccount(t *testing.T) {
	d := Domain{
		Actors: []report.Actor{{Name: "United States"}, {Name: "RSF"}},
		Issues: []report.Issue{{ID: "talks", Terms: []string{"talks"}}},
	}
	text := "Statement on Sudan\n\nThe RSF rejected the talks in Jeddah."
	for _, tc := range []struct{ outlet, want string }{
		{"U.S. Department of State", "RSF/talks/oppose by United States (United States)"},
		{"Voice of America", "RSF/talks/oppose by RSF (RSF)"},
	} {
		f := New(d).ExtractBy("t", text, tc.outlet, report.Date{Year: 2024, Month: 9, Day: 24})
		var got []string
		for _, s := range f.Stances {
			got = append(got, fmt.Sprintf("%s/%s/%s by %s (%s)", s.Actor, s.Issue, s.Position, s.Speaker, s.SpeakerActor))
		}
		if strings.Join(got, "; ") != tc.want {
			t.Errorf("outlet %q: stances %v, want %q", tc.outlet, got, tc.want)
		}
	}
}

// TestTranscriptOfficial checks that in an actor's own transcript a turn
// labelled by a title no actor has ("MR PRICE:") is the actor's official,
// while a reporter's or an outlet's turn speaks for nobody.
func TestTranscriptOfficial(t *testing.T) {
	d := Domain{
		Actors: []report.Actor{{Name: "United States"}, {Name: "Russia"}},
		Issues: []report.Issue{{ID: "sanctions", Terms: []string{"sanctions"}}},
	}
	text := "Department Press Briefing\n\nMR PRICE: Good afternoon.\n\nQUESTION: Will there be more sanctions?\n\nMR PRICE: We have imposed severe sanctions on Russia.\n\nReuters: Do you support sanctions?"
	for _, tc := range []struct{ outlet, want string }{
		{"U.S. Department of State", "United States/sanctions/support"},
		{"Voice of America", ""},
	} {
		f := New(d).ExtractBy("t", text, tc.outlet, report.Date{Year: 2022, Month: 3, Day: 1})
		var got []string
		for _, s := range f.Stances {
			got = append(got, s.Actor+"/"+s.Issue+"/"+string(s.Position))
		}
		if strings.Join(got, ",") != tc.want {
			t.Errorf("outlet %q: stances %v, want %q", tc.outlet, got, tc.want)
		}
	}
}

// TestCoordinatedObligation checks that a verb coordinated after an
// obligation shares it, and that "the belligerents" are the parties bound.
func TestCoordinatedObligation(t *testing.T) {
	d := Domain{
		Actors: []report.Actor{{Name: "United States"}, {Name: "RSF"}},
		Issues: []report.Issue{{ID: "aid", Terms: []string{"humanitarian access"}}, {ID: "detainees", Terms: []string{"release detainees"}}},
	}
	for _, tc := range []struct{ text, want string }{
		{"The belligerents must stop the fighting and allow humanitarian access.", "United States/aid/demand"},
		// The first verb's "stop" is not the second act's: no oppose. (The
		// demand of the release is not read yet: the appeal needs its "must"
		// nearer.)
		{"The RSF must stop the shelling and release all detainees.", ""},
	} {
		f := New(d).ExtractBy("t", "Statement on Sudan\n\n"+tc.text, "The White House", report.Date{Year: 2024, Month: 4, Day: 15})
		var got []string
		for _, s := range f.Stances {
			got = append(got, s.Actor+"/"+s.Issue+"/"+string(s.Position))
		}
		if strings.Join(got, ",") != tc.want {
			t.Errorf("%q: stances %v, want %q", tc.text, got, tc.want)
		}
	}
}
