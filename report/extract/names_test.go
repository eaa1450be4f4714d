package extract

import (
	"strings"
	"testing"

	"brief/report"
)

// TestForgivingNames checks names as reporters write them: misspelt by a
// letter, abbreviated, and a country standing for its government.
func TestForgivingNames(t *testing.T) {
	d := Domain{
		Actors: []report.Actor{
			{Name: "Pakistan", Aliases: []string{"Islamabad"}, People: []string{"Rana Sanaullah", "Khawaja Muhammad Asif"}},
			{Name: "Afghan Taliban", Aliases: []string{"Taliban"}, Places: []string{"Afghanistan"}},
			{Name: "TTP", Aliases: []string{"Tehreek-e-Taliban Pakistan"}},
		},
		Issues: []report.Issue{{ID: "talks", Label: "Talks with the TTP", Terms: []string{"talks"}}},
	}
	for _, tc := range []struct{ text, want string }{
		{"Interior Minister Rana Sanullah rejected talks with the TTP.", "Pakistan/talks/oppose by Rana Sanullah"},
		{"Defence Minister Kh Asif rejected talks with the TTP.", "Pakistan/talks/oppose by Kh Asif"},
		{"Defence Minister Kh. Asif rejected talks with the TTP.", "Pakistan/talks/oppose by Kh. Asif"},
		{"Khawaja Asif rejected talks with the TTP.", "Pakistan/talks/oppose by Khawaja Asif"},
		{"Afghanistan rejected talks with the TTP.", "Afghan Taliban/talks/oppose by Afghanistan"},
		{"The TTP rejected talks in Afghanistan.", "TTP/talks/oppose by TTP"},
		{"Pakistani officials rejected talks with the TTP.", "Pakistan/talks/oppose by Pakistani officials"},
		{"Afghan authorities rejected talks with the TTP.", "Afghan Taliban/talks/oppose by Afghan authorities"},
		{"The Afghan interim government rejected talks with the TTP.", "Afghan Taliban/talks/oppose by Afghan interim government"},
		{"Afghan refugees rejected talks with the TTP.", ""},
		{"Ranak Sanaullahs rejected talks with the TTP.", ""},
	} {
		if g := spokenStances(d, tc.text); g != tc.want {
			t.Errorf("%s\n got  %s\n want %s", tc.text, g, tc.want)
		}
	}
}

func TestFuzzyMatch(t *testing.T) {
	f := newFuzzyNames(nil, []report.Actor{{Name: "Pakistan", People: []string{"Rana Sanaullah", "Zabihullah Mujahid", "Volodymyr Zelensky"}}})
	for x, want := range map[string]string{
		"sanullah":   "sanaullah", // a letter short
		"sanaaullah": "sanaullah", // a letter over
		"sanaullsh":  "sanaullah", // a letter off
		"zabiullah":  "zabihullah",
		"zelenskyy":  "zelensky", // a doubled last letter
		"zelenskiy":  "zelensky",
		"zelenskys":  "", // an ending
		"pakistani":  "", // an ending, not a misspelling
		"mujahids":   "",
		"karachi":    "",
	} {
		if got := f.match(x); got != want {
			t.Errorf("match(%q) = %q, want %q", x, got, want)
		}
	}
}

// TestHeadWords checks that the last word of a name stands for the actor
// the text named last in full.
func TestHeadWords(t *testing.T) {
	d := Domain{
		Actors: []report.Actor{
			{Name: "Transition Council"},
			{Name: "United Nations", Aliases: []string{"Security Council"}},
		},
		Issues: []report.Issue{{ID: "vote", Label: "Elections", Terms: []string{"elections"}}},
	}
	for _, tc := range []struct{ text, want string }{
		{"The Security Council met on Monday. The Council called on the authorities to hold elections.", "United Nations/vote/demand"},
		{"The Transition Council met on Monday. The Council rejected elections.", "Transition Council/vote/oppose"},
		{"The Council rejected elections.", "Transition Council/vote/oppose"},
	} {
		if got := stanceList(New(d).Extract("s", tc.text, report.Date{})); got != tc.want {
			t.Errorf("%s\n got  %q\n want %q", tc.text, got, tc.want)
		}
	}
}

// TestAccentedNames checks that a name is found whether the text or the
// configuration writes its accents.
func TestAccentedNames(t *testing.T) {
	d := Domain{
		Actors: []report.Actor{
			{Name: "United Nations", People: []string{"Antonio Guterres", "Volker Türk"}},
			{Name: "Norland"},
		},
		Issues: []report.Issue{{ID: "ceasefire", Label: "Ceasefire", Terms: []string{"ceasefire"}}},
	}
	for _, tc := range []struct{ text, want string }{
		{"António Guterres welcomed the ceasefire.", "United Nations/ceasefire/support by António Guterres"},
		{"Volker Turk welcomed the ceasefire.", "United Nations/ceasefire/support by Volker Turk"},
		{"Volker Türk welcomed the ceasefire.", "United Nations/ceasefire/support by Volker Türk"},
		{"Norland welcomed the ceasefire.", "Norland/ceasefire/support by Norland"},
	} {
		if g := spokenStances(d, tc.text); g != tc.want {
			t.Errorf("%s\n got  %s\n want %s", tc.text, g, tc.want)
		}
	}
}

// TestNicknames checks that a nickname the text gives a configured person
// names that person afterwards.
func TestNicknames(t *testing.T) {
	d := Domain{
		Actors: []report.Actor{
			{Name: "Norland army", People: []string{"Jane Roe"}},
			{Name: "Southland"},
		},
		Issues: []report.Issue{{ID: "ceasefire", Label: "Ceasefire", Terms: []string{"ceasefire"}}},
	}
	for _, tc := range []struct{ text, want string }{
		{"Army chief Jane \u201cHammer\u201d Roe spoke on Monday. Hammer rejected the ceasefire.",
			"Norland army/ceasefire/oppose by Hammer"},
		{"Jane Roe, known as Hammer, spoke on Monday. Hammer rejected the ceasefire.",
			"Norland army/ceasefire/oppose by Hammer"},
		{"Jane Roe, also known as \"Hammer\", spoke on Monday. Hammer rejected the ceasefire.",
			"Norland army/ceasefire/oppose by Hammer"},
		{"Jane Roe spoke on Monday. Hammer rejected the ceasefire.", ""},
		{"Jane Roe, known as Hammer Smith, spoke on Monday. Hammer rejected the ceasefire.", ""},
	} {
		if g := spokenStances(d, tc.text); g != tc.want {
			t.Errorf("%s\n got  %s\n want %s", tc.text, g, tc.want)
		}
	}
}

// TestInitials checks that an actor is found by the initials of a
// multi-word alias, and not where they spell something else.
func TestInitials(t *testing.T) {
	for name, want := range map[string]string{
		"Foreign Office": "FO", "Ministry of Foreign Affairs": "MFA", "Southern Transitional Council": "STC",
		"South Sudan": "", "Islamic State": "", "Tehreek-e-Taliban Pakistan": "", "UN Security Council": "",
		"Afghan Taliban": "", "Pakistani government": "", "Central African Republic": "",
	} {
		if got := acronymOf(name); got != want {
			t.Errorf("acronymOf(%q) = %q, want %q", name, got, want)
		}
	}
	d := Domain{
		Actors: []report.Actor{
			{Name: "Pakistan", Aliases: []string{"Foreign Office"}, People: []string{"Asim Munir"}},
			{Name: "Afghan Taliban", Aliases: []string{"Taliban"}, Places: []string{"Afghanistan"}},
			{Name: "TTP"},
		},
		Issues: []report.Issue{{ID: "talks", Label: "Talks with the TTP", Terms: []string{"talks"}}},
	}
	for _, tc := range []struct{ text, want string }{
		{"The FO spokesperson rejected talks with the TTP.", "Pakistan/talks/oppose by FO spokesperson"},
		{"COAS Munir rejected talks with the TTP.", "Pakistan/talks/oppose by Munir"},
		{"The Afghan FM welcomed talks with the TTP.", "Afghan Taliban/talks/support by Afghan FM"},
		{"The Fo rejected talks with the TTP.", ""},
	} {
		if g := spokenStances(d, tc.text); g != tc.want {
			t.Errorf("%s\n got  %s\n want %s", tc.text, g, tc.want)
		}
	}
}

// TestRoleVariants checks that an office after a country's name is found
// after its other names, possessive and demonym.
func TestRoleVariants(t *testing.T) {
	d := Domain{
		Actors: []report.Actor{
			{Name: "Junta", Aliases: []string{"Myanmar military"}},
			{Name: "Arakan Army"},
		},
		Issues: []report.Issue{{ID: "ceasefire", Label: "Ceasefire", Terms: []string{"ceasefire"}}},
	}
	for _, tc := range []struct{ text, want string }{
		{"Myanmar's military rejected the ceasefire.", "Junta/ceasefire/oppose by Myanmar's military"},
		{"Myanmar’s military rejected the ceasefire.", "Junta/ceasefire/oppose by Myanmar’s military"},
		{"The Burmese military rejected the ceasefire.", "Junta/ceasefire/oppose by Burmese military"},
		{"Burma's people rejected the ceasefire.", ""},
	} {
		if g := spokenStances(d, tc.text); g != tc.want {
			t.Errorf("%s\n got  %s\n want %s", tc.text, g, tc.want)
		}
	}
}

// TestRegionalLeaders checks that a regional bloc is found by its
// members' leaders named together.
func TestRegionalLeaders(t *testing.T) {
	d := Domain{
		Actors: []report.Actor{{Name: "ASEAN"}, {Name: "Junta", Aliases: []string{"military government"}}},
		Issues: []report.Issue{{ID: "ceasefire", Label: "Ceasefire", Terms: []string{"ceasefire"}}},
	}
	f := New(d).Extract("s", "Southeast Asian leaders on Monday called for a ceasefire.", report.Date{})
	if len(f.Stances) != 1 || f.Stances[0].Actor != "ASEAN" {
		t.Errorf("got %+v, want ASEAN's demand", f.Stances)
	}
}

// spokenStances returns the stances extracted from text as "actor/issue/
// position by speaker", joined by "; ".
func spokenStances(d Domain, text string) string {
	var got []string
	for _, s := range New(d).Extract("s", text, report.Date{}).Stances {
		got = append(got, s.Actor+"/"+s.Issue+"/"+string(s.Position)+" by "+s.Speaker)
	}
	return strings.Join(got, "; ")
}
