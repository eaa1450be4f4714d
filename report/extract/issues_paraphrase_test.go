package extract

import (
	"slices"
	"testing"

	"brief/report"
)

// sponsorDomain is an invented conflict in which one state is said to back
// an armed group.
var sponsorDomain = Domain{
	Actors: []report.Actor{
		{Name: "Eastland", Aliases: []string{"Eastlandic government"}},
		{Name: "Westria", Aliases: []string{"Westrian government", "Port Anselm"}},
		{Name: "Front", Aliases: []string{"Liberation Front"}},
		{Name: "Norland"},
		{Name: "Legion"},
	},
	Issues: []report.Issue{
		{ID: "backing", Label: "Westria backs the Front", Claim: true, Terms: []string{"backing the Front"}},
		{ID: "arms", Label: "Norland arms the Legion", Claim: true, Terms: []string{"arming the Legion"}},
		{ID: "ceasefire", Label: "Ceasefire", Terms: []string{"ceasefire"}},
	},
}

// A claim that one actor backs another is read in all the shapes reporters
// give it: any verb of sponsorship, and the group's side of it, the
// sponsor named as the source of its weapons or support.
func TestSponsorClaims(t *testing.T) {
	for _, tt := range []struct {
		name, text string
		want       []string
	}{
		{"a term's 'arming' is met with any verb of sponsorship",
			"Eastland accused Norland of funding the Legion.",
			[]string{"Eastland/arms/support"}},
		{"a term's 'backing' is not met as 'armed': an armed group is no claim",
			"Eastland said the Front is the best armed group in the north.",
			nil},
		{"'backing' stands for a term's 'arming'",
			"Eastland accuses Norland of backing the Legion.",
			[]string{"Eastland/arms/support"}},
		{"the group's side: weapons received from the sponsor",
			"Eastland said the Front had received weapons from Port Anselm.",
			[]string{"Eastland/backing/support"}},
		{"the group's side, denied",
			"The Front denied receiving any support from Westria.",
			[]string{"Front/backing/deny"}},
		{"the sponsor as the agent of a participle",
			"Eastland said the attack was carried out by fighters armed by Westria.",
			[]string{"Eastland/backing/support"}},
		{"another actor as the source names no sponsorship",
			"The Front denied receiving any weapons from Eastland.",
			nil},
	} {
		if got := stanceKeys(sponsorDomain, tt.text); !slices.Equal(got, tt.want) {
			t.Errorf("%s:\n got %v\nwant %v", tt.name, got, tt.want)
		}
	}
}

// A name may stand inside an issue term as a modifier of its noun: a
// force's name with its acronym, a compound adjective made with a name.
func TestNamesInsideTerms(t *testing.T) {
	d := Domain{
		Actors: []report.Actor{
			{Name: "Norland"},
			{Name: "Westria", Aliases: []string{"Westrian Defence Force", "WDF"}},
			{Name: "Front"},
			{Name: "United Nations", Aliases: []string{"UN"}},
		},
		Issues: []report.Issue{
			{ID: "withdrawal", Label: "Withdrawal of Westrian forces", Terms: []string{"withdrawal"}},
			{ID: "backing", Label: "Westria backs the Front", Claim: true, Terms: []string{"support for the Front"}},
			{ID: "aid", Label: "Aid", Terms: []string{"humanitarian aid"}},
		},
	}
	for _, tt := range []struct {
		name, text string
		want       []string
	}{
		{"a force's name and acronym inside 'remove troops'",
			"Norland urged Westria to remove Westrian Defence Force (WDF) troops from the border area.",
			[]string{"Norland/withdrawal/demand"}},
		{"a compound adjective with a name inside 'support for the Front'",
			"Norland said Westria had given support for the Westria-trained Front.",
			[]string{"Norland/backing/support"}},
		{"a suspended compound before the term's own name",
			"Norland said Westria has provided support for the UN- and Norland-sanctioned Front for years.",
			[]string{"Norland/backing/support"}},
		{"a name after the term's end is no modifier inside it",
			"Norland welcomed humanitarian aid. UN officials counted the trucks.",
			[]string{"Norland/aid/support"}},
	} {
		if got := stanceKeys(d, tt.text); !slices.Equal(got, tt.want) {
			t.Errorf("%s:\n got %v\nwant %v", tt.name, got, tt.want)
		}
	}
}

// An issue that frees people is raised by that act done to anyone
// reporters name as held, unless another issue's own term names them.
func TestCaptiveTerms(t *testing.T) {
	d := Domain{
		Actors: []report.Actor{{Name: "Norland"}, {Name: "Westria"}},
		Issues: []report.Issue{
			{ID: "prisoners", Label: "Political prisoners", Terms: []string{"release of political prisoners"}},
			{ID: "exchange", Label: "Prisoner exchange", Terms: []string{"prisoner exchange", "detainees"}},
		},
	}
	for _, tt := range []struct {
		name, text string
		want       []string
	}{
		{"'these officials' are held people",
			"Norland called for the immediate release of these officials.",
			[]string{"Norland/prisoners/demand"}},
		{"a held noun after 'detained'",
			"Norland urged Westria to free the detained journalists.",
			[]string{"Norland/prisoners/demand"}},
		{"a noun another issue's own term uses stays that issue's",
			"Norland welcomed the release of 40 detainees.",
			[]string{"Norland/exchange/support"}},
	} {
		if got := stanceKeys(d, tt.text); !slices.Equal(got, tt.want) {
			t.Errorf("%s:\n got %v\nwant %v", tt.name, got, tt.want)
		}
	}
}

// The thesaurus and the lemmas name an issue as reporters do: a state's
// soil used by militants is their safe haven, a rival government a
// parallel one, an all-for-all exchange a prisoner exchange, and "act
// against" the action against a group.
func TestParaphrasedIssues(t *testing.T) {
	d := Domain{
		Actors: []report.Actor{{Name: "Norland"}, {Name: "Westria"}, {Name: "Front"}},
		Issues: []report.Issue{
			{ID: "havens", Label: "Front safe havens in Westria", Claim: true, Terms: []string{"safe havens"}},
			{ID: "government", Label: "The Front's parallel government", Terms: []string{"parallel government"}},
			{ID: "exchange", Label: "Prisoner exchange", Terms: []string{"prisoner exchange"}},
			{ID: "crackdown", Label: "Action against the Front", Terms: []string{"action against the Front"}},
			{ID: "territory", Label: "Territorial concessions", Terms: []string{"territorial concessions"}},
			{ID: "withdrawal", Label: "Withdrawal of the Front", Terms: []string{"withdrawal"}},
			{ID: "border", Label: "Closing the border", Terms: []string{"border closure"}},
		},
	}
	for _, tt := range []struct {
		name, text string
		want       []string
	}{
		{"soil used against a neighbour is a safe haven",
			"Westria has denied that its territory is used against Norland.",
			[]string{"Westria/havens/deny"}},
		{"a rival government is a parallel government",
			"Norland rejected the rival government the Front announced in the north.",
			[]string{"Front/government/support", "Norland/government/oppose"}},
		{"an all-for-all exchange is a prisoner exchange",
			"Norland proposed an all-for-all exchange.",
			[]string{"Norland/exchange/propose"}},
		{"'act against' is the action against",
			"Norland said Westria must act against the Front.",
			[]string{"Norland/crackdown/demand"}},
		{"to cede land is a territorial concession",
			"Norland said it would never cede the eastern provinces.",
			[]string{"Norland/territory/oppose"}},
		{"to recognise occupied territory as another's is a territorial concession",
			"Norland will never recognise any occupied territory as Westrian.",
			[]string{"Norland/territory/oppose"}},
		{"to close the border is a border closure",
			"Westria condemned the decision to close the border.",
			[]string{"Westria/border/oppose"}},
		{"to leave the towns seized is a withdrawal",
			"Westria demanded that the Front leave the towns it seized.",
			[]string{"Westria/withdrawal/demand"}},
	} {
		if got := stanceKeys(d, tt.text); !slices.Equal(got, tt.want) {
			t.Errorf("%s:\n got %v\nwant %v", tt.name, got, tt.want)
		}
	}
}

// A mission or a force is pointed back to within its sentence and the three
// before, in an article's first sentences too.
func TestEarlyForceAnaphora(t *testing.T) {
	d := Domain{
		Actors: []report.Actor{{Name: "United Nations", Aliases: []string{"Security Council"}}, {Name: "Norland"}},
		Issues: []report.Issue{{ID: "force", Label: "The border force", Terms: []string{"Border Protection Force"}}},
	}
	for _, tt := range []struct {
		name, text string
		want       []string
	}{
		{"'the force' in the third sentence",
			"The Security Council authorized a Border Protection Force on Tuesday. The vote was unanimous. Norland welcomed the force.",
			[]string{"Norland/force/support", "United Nations/force/support"}},
	} {
		if got := stanceKeys(d, tt.text); !slices.Equal(got, tt.want) {
			t.Errorf("%s:\n got %v\nwant %v", tt.name, got, tt.want)
		}
	}
}
