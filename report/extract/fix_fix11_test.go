package extract

import (
	"slices"
	"testing"

	"brief/report"
)

// fix11Domain is a world of two warring states, a rebel group and a
// mediator, for the bugs found on fresh text in session 11.
var fix11Domain = Domain{
	Actors: []report.Actor{
		{Name: "Norland", People: []string{"Ivo Brand"}},
		{Name: "Southia", People: []string{"Omar Vale"}},
		{Name: "Westria", Aliases: []string{"Westrian rebels"}},
		{Name: "Eastmark"},
	},
	Issues: []report.Issue{
		{ID: "strikes", Terms: []string{"power grid", "energy infrastructure"}},
		{ID: "withdrawal", Terms: []string{"withdraw troops", "withdrawal"}},
		{ID: "aid", Terms: []string{"humanitarian aid", "aid"}},
		{ID: "ceasefire", Terms: []string{"ceasefire", "truce"}},
		{ID: "talks", Terms: []string{"peace talks", "talks"}},
		{ID: "disarm", Terms: []string{"disarmament", "disarm"}},
	},
}

func TestFix11(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		// 1. the owner of an act's target is not its agent
		{"Norland's drones hit Southia's power grid overnight.", nil},
		{"Norland's drones attacked Southia's power grid on Monday.", nil},
		{"Norland's missiles struck Southian energy infrastructure.", nil},
		{"Norland said its forces targeted Southian energy infrastructure overnight.", nil},
		// an act done to its owner is not the owner's deed
		{"Westria's disarmament is a condition of the truce, Ivo Brand said.", nil},
		{"Norland demanded Westria's disarmament.", []string{"Norland/disarm/demand"}},
		{`Norland and Eastmark said they "call on both sides to accept the truce outlined by Ivo Brand".`, []string{"Eastmark/ceasefire/demand", "Norland/ceasefire/demand"}},
		// 2. a bare "withdraw from PLACE" raises the withdrawal issue
		{"Westrian rebels agreed to withdraw from the town of Kalo.", []string{"Westria/withdrawal/support"}},
		{"Eastmark said the rebels had withdrawn from the area.", nil},
		// a term after the place withdrawn from is no object of "withdraw from"
		{"Westria agreed to withdraw from Kalo after talks in Nordby.", []string{"Westria/talks/support", "Westria/withdrawal/support"}},
		{"Westria withdrew from the peace talks.", []string{"Westria/talks/oppose"}},
		{"Westria withdrew from the Nordby talks on Friday.", []string{"Westria/talks/oppose"}},
		// 3. a negated harm verb is no refusal of what it would harm
		{"Norland said it will not block humanitarian aid.", []string{"Norland/aid/support"}},
		{"Southia will not obstruct aid deliveries, Omar Vale said.", []string{"Southia/aid/support"}},
		{"Norland would never hinder the truce.", []string{"Norland/ceasefire/support"}},
		{"Norland did not block aid.", nil},
		// 4. a quotation's speaker is the frame's, not a name inside it
		{`"Southia must accept a truce," Ivo Brand said.`, []string{"Norland/ceasefire/demand"}},
		{`Ivo Brand said: "Southia must accept a truce."`, []string{"Norland/ceasefire/demand"}},
	}
	for _, tt := range tests {
		if got := stanceKeys(fix11Domain, tt.text); !slices.Equal(got, tt.want) {
			t.Errorf("%q\n got %v\nwant %v", tt.text, got, tt.want)
		}
	}
}

// The words that name a stance's speaker come from the frame, not from a
// name inside a quotation or the agent of a participle.
func TestFix11SpeakerWords(t *testing.T) {
	tests := []struct{ text, want string }{
		{`Norland mediators called on Westria to accept the truce outlined by President Ivo Brand.`, "Norland"},
		{`Norland mediators said they "call on Westria to accept the truce that President Ivo Brand outlined".`, "Norland"},
		{`President Ivo Brand called on Westria to accept the truce.`, "Ivo Brand"},
		{`Norland called on Westria to accept the truce, President Ivo Brand said.`, "Ivo Brand"},
	}
	for _, tt := range tests {
		f := New(fix11Domain).Extract("t", tt.text, report.Date{Year: 2023, Month: 6, Day: 6})
		if len(f.Stances) != 1 || f.Stances[0].Speaker != tt.want {
			var got []string
			for _, s := range f.Stances {
				got = append(got, s.Actor+"/"+s.Speaker)
			}
			t.Errorf("%q\n got %v\nwant speaker %q", tt.text, got, tt.want)
		}
	}
}
