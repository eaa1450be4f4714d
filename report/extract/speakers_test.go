package extract

import (
	"strings"
	"testing"

	"brief/report"
)

// speakerDomain is a small invented domain for the speaker tests.
var speakerDomain = Domain{
	Actors: []report.Actor{
		{Name: "United States", Aliases: []string{"US", "State Department", "Washington"}, People: []string{"Ned Price"}},
		{Name: "Russia", Aliases: []string{"Moscow", "Kremlin"}, People: []string{"Dmitry Peskov"}},
		{Name: "Pakistan", Aliases: []string{"Islamabad", "Foreign Office"}, People: []string{"Ishaq Dar"}},
		{Name: "Afghan Taliban", Aliases: []string{"Taliban", "Kabul"}, People: []string{"Zabihullah Mujahid"}},
		{Name: "TTP", Aliases: []string{"Tehreek-e-Taliban Pakistan"}},
	},
	Issues: []report.Issue{
		{ID: "withdrawal", Label: "Withdrawal of Russian troops", Terms: []string{"withdraw troops", "withdrawal"}},
		{ID: "ceasefire", Label: "Ceasefire", Terms: []string{"ceasefire"}},
		{ID: "talks", Label: "Talks with the TTP", Terms: []string{"talks"}},
		{ID: "force", Label: "Force against the TTP", Terms: []string{"use force"}},
	},
}

// TestSpeakers checks who is recorded as saying a stance, within and
// across sentences.
func TestSpeakers(t *testing.T) {
	for _, tc := range []struct{ name, text, want string }{
		{"a speaker names itself", "Russia rejected a ceasefire on Monday.",
			"Russia/ceasefire/oppose by Russia (Russia)"},
		{"a day before the verb of saying is no name",
			"Washington on Wednesday warned Russia it must withdraw its troops.",
			"United States/withdrawal/demand by Washington (United States)"},
		{"an agent after 'by' is no antecedent of a later 'they'",
			"The members condemned the offensive by Russia. They demanded a ceasefire.",
			""},
		{"a reported clause's subject is no antecedent of a later 'they'",
			"The members noted that Russia was absent. They also rejected a ceasefire.",
			""},
		{"a pronoun speaker inside the clause is the sentence's subject",
			"Dmitry Peskov spoke on Monday. Washington rejected a ceasefire, it said.",
			"United States/ceasefire/oppose by Washington (United States)"},
		{"a spokesman for his side", "Kremlin spokesman Dmitry Peskov said Russia rejected a ceasefire.",
			"Russia/ceasefire/oppose by Dmitry Peskov (Russia)"},
		{"one side's account of another's position",
			"A Pakistani official said the Taliban would not use force against the TTP.",
			"Afghan Taliban/force/oppose by Pakistani official (Pakistan)"},
		{"a quotation after a colon", "Ned Price told reporters: \u201cWe urge Russia to withdraw its troops.\u201d",
			"United States/withdrawal/demand by Ned Price (United States)"},
		{"a quotation paragraph after the speaker's sentence",
			"Ned Price spoke to reporters on Tuesday.\n\n\u201cWe call on Russia to agree to a ceasefire,\u201d he added.",
			"United States/ceasefire/demand by Ned Price (United States)"},
		{"a quotation paragraph after a colon",
			"State Department spokesman Ned Price told reporters on Tuesday:\n\n\u201cWe call on Russia to agree to a ceasefire. Russia must withdraw its troops.\u201d",
			"United States/ceasefire/demand by Ned Price (United States); United States/withdrawal/demand by Ned Price (United States)"},
		{"the spokesperson of the sentence before",
			"Zabihullah Mujahid spoke in Kabul on Monday. The spokesperson said the Taliban rejected talks with the TTP.",
			"Afghan Taliban/talks/oppose by Zabihullah Mujahid (Afghan Taliban)"},
		{"the group for the organisation named before",
			"The TTP issued a statement on Monday. The group rejected talks with Islamabad.",
			"TTP/talks/oppose by TTP (TTP)"},
		{"a second speaker in the sentence",
			"Moscow says it is ready for a ceasefire, but Washington says only if Russia agrees to withdraw troops.",
			"United States/withdrawal/demand by Washington (United States); Russia/ceasefire/support by Moscow (Russia)"},
		{"an office before a name nobody configured",
			"\u201cWe urge Russia to agree to a ceasefire,\u201d US envoy Jane Roe said.",
			"United States/ceasefire/demand by US envoy (United States)"},
		{"an office after a name nobody configured",
			"\u201cWe urge Russia to agree to a ceasefire,\u201d said Ambassador Jane Roe, the US envoy to the talks.",
			"United States/ceasefire/demand by US envoy (United States)"},
		{"a country after a name is no office",
			"\u201cWe urge Russia to agree to a ceasefire,\u201d said Jane Roe, Russia's critic.",
			""},
		{"a possessive in a parenthesis is no speaker",
			"Kremlin spokesman Dmitry Peskov spoke on Monday. The TTP, for its part, said it rejected talks with Islamabad.",
			"TTP/talks/oppose by TTP (TTP)"},
		{"the countries just named speak together",
			"Russia and Pakistan met on Monday.\n\n\u201cWe call for an immediate ceasefire,\u201d the countries said in a statement.",
			"Russia/ceasefire/demand by Russia (Russia); Pakistan/ceasefire/demand by Pakistan (Pakistan)"},
		{"a hyphenated name after an office",
			"\u201cWe reject a ceasefire,\u201d Kremlin spokesman Abdel-Karim Al-Fulani said.",
			"Russia/ceasefire/oppose by Kremlin spokesman (Russia)"},
		{"a name with a particle after an office",
			"\u201cWe reject a ceasefire,\u201d Kremlin spokesman Karim bin Fulan said.",
			"Russia/ceasefire/oppose by Kremlin spokesman (Russia)"},
		{"a modifier inside the office",
			"\u201cWe reject a ceasefire,\u201d Kremlin deputy spokesman Jane Roe told reporters.",
			"Russia/ceasefire/oppose by Kremlin deputy spokesman (Russia)"},
		{"a name introduced after an office speaks for its actor later",
			"Kremlin spokesman Jane Roe spoke on Monday. Roe rejected a ceasefire.",
			"Russia/ceasefire/oppose by Roe (Russia)"},
		{"a name introduced in an apposition with an office speaks for its actor later",
			"Jane Roe, the deputy interior minister of the Taliban government, spoke on Monday. Roe rejected talks with the TTP.",
			"Afghan Taliban/talks/oppose by Roe (Afghan Taliban)"},
		{"a former office introduces nobody",
			"Former Kremlin spokesman Jane Roe spoke on Monday. Roe rejected a ceasefire.",
			""},
		{"a former office in an apposition introduces nobody",
			"Jane Roe, a former minister of the Taliban government, spoke on Monday. Roe rejected talks with the TTP.",
			""},
		{"an apposition with no office introduces nobody",
			"Jane Roe, a critic of the Kremlin, spoke on Monday. Roe rejected a ceasefire.",
			""},
		{"a second speaker after a comma and while",
			"Moscow said it rejected talks, while Washington said a ceasefire was off the table.",
			"Russia/talks/oppose by Moscow (Russia); United States/ceasefire/oppose by Washington (United States)"},
		{"the subject of a clause after 'to say that' is no preposition's object",
			"Ned Price went on to say that Russia rejected a ceasefire.",
			"Russia/ceasefire/oppose by Ned Price (United States)"},
		{"a quotation after a report of its speaker's words in the same paragraph",
			"Ned Price said that Washington was watching closely. \u201cWe urge Russia to agree to a ceasefire.\u201d",
			"United States/ceasefire/demand by Ned Price (United States)"},
		{"it for the organisation named before",
			"The TTP issued a statement on Monday. It rejected talks with Islamabad.",
			"TTP/talks/oppose by TTP (TTP)"},
		{"a speaker before an aside between commas",
			"Foreign Office spokesperson Jane Doe, during her weekly briefing on Friday, said Taliban officials had rejected talks with the TTP.",
			"Afghan Taliban/talks/oppose by Foreign Office spokesperson (Pakistan)"},
		{"a speaker named with an article after what was said",
			"Russia must withdraw its troops, the State Department said on Monday.",
			"United States/withdrawal/demand by State Department (United States)"},
		{"'it' opening a sentence after one an organisation opened",
			"The Kremlin rejected a ceasefire on Monday.\n\nIt also said the Taliban must use force against the TTP.",
			"Russia/ceasefire/oppose by Kremlin (Russia); Russia/force/demand by Russia (Russia)"},
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

// TestSpeakerAcrossApposition checks a speaker named before a relative
// clause, and an object after "…, said" that is no inverted subject.
func TestSpeakerAcrossApposition(t *testing.T) {
	d := Domain{
		Actors: []report.Actor{
			{Name: "Council", Aliases: []string{"Transition Council"}, People: []string{"Marie Delva"}},
			{Name: "United States"}, {Name: "United Nations"},
		},
		Issues: []report.Issue{{ID: "sanctions", Label: "Sanctions", Terms: []string{"sanctions"}}},
	}
	text := "Marie Delva, who chairs the Transition Council, said the council had asked the United States and the United Nations to impose sanctions."
	f := New(d).Extract("s", text, report.Date{})
	var got []string
	for _, s := range f.Stances {
		got = append(got, s.Actor+"/"+s.Issue+"/"+string(s.Position)+" by "+s.SpeakerActor)
	}
	if g := strings.Join(got, "; "); strings.Contains(g, "United States/") || strings.Contains(g, "by United States") {
		t.Errorf("%s\n got %s: the addressees of the request neither speak nor take the position", text, g)
	}
}

// A transcript republished days later dates its statements by its own
// head's date, not by the day it was republished.
func TestStatementDateOfTranscript(t *testing.T) {
	text := "Department Press Briefing – May 23, 2023\n\nMR MILLER: We support the truce.\n\nQUESTION: And the talks?\n\nMR MILLER: No comment."
	f := New(briefingDomain).Extract("s", text, report.Date{Year: 2023, Month: 5, Day: 25})
	if len(f.Stances) != 1 || f.Stances[0].Date != "2023-05-23" {
		t.Fatalf("stances %+v, want one dated 2023-05-23", f.Stances)
	}
}

// TestSurnameParticle checks that a surname joined to a particle
// ("al-Burhan") is found without it once the full name has appeared.
func TestSurnameParticle(t *testing.T) {
	d := Domain{
		Actors: []report.Actor{{Name: "SAF", People: []string{"Abdel Fattah al-Burhan"}}, {Name: "RSF", People: []string{"Mohamed Hamdan Dagalo"}}},
		Issues: []report.Issue{{ID: "ceasefire", Terms: []string{"ceasefire"}}},
	}
	text := "Army chief Abdel Fattah al-Burhan visited Port Sudan. Mohamed Hamdan Dagalo spoke in a video.\n\nBurhan said he would never accept a ceasefire."
	f := New(d).Extract("t", text, report.Date{Year: 2024, Month: 6, Day: 10})
	var got []string
	for _, s := range f.Stances {
		got = append(got, s.Actor+"/"+s.Issue+"/"+string(s.Position)+" by "+s.Speaker)
	}
	if want := "SAF/ceasefire/oppose by Burhan"; strings.Join(got, "; ") != want {
		t.Errorf("got %v, want %q", got, want)
	}
}
