package extract

import (
	"brief/report"
	"slices"
	"testing"
)

// TestCreditShapesMore checks credits in further shapes of real wire
// copy; the sentences are invented.
func TestCreditShapesMore(t *testing.T) {
	tests := []struct{ text, want string }{
		// A capitalised office with its place after "in".
		{"The Ministry of Health in Norland state has confirmed that at least 40 people were killed.", "The Ministry of Health in Norland state"},
		{"The Office of the Governor in Ostby province said 12 people were wounded.", "The Office of the Governor in Ostby province"},
		// A place aside that measures, not counts, between the speaker and the verb.
		{"A doctor at the district hospital, 60 kilometres away, confirmed to reporters that they had received 40 wounded.", "A doctor at the district hospital"},
		{"A nurse at the clinic, two miles from the front, said 15 people had died.", "A nurse at the clinic"},
		// An outlet relays the source named after the figure.
		{"Norland Radio reported that a day earlier, one soldier and two civilians were killed after gunmen opened fire, a statement by the army said.", "the army"},
		{"The channel reported that 12 people were killed, the ministry said.", "the ministry"},
		{"The channel reported that 12 people were killed.", "The channel"},
		// "…, saying that": the sentence's subject, with its "of" phrase.
		{"The health office of the Norland authorities revised its count, saying that 18 people have died.", "The health office of the Norland authorities"},
		// Two speakers joined by "and", the second with its article.
		{"Shelling killed 9 people and injured 14, villagers and a militia commander said on Monday.", "villagers and a militia commander"},
		// An outlet that quotes a source as saying relays it.
		{"The rebel-run Ostby TV channel quoted the rebel health ministry as saying six civilians had been killed.", "the rebel health ministry"},
		{"The Ostby Times quoted security sources as saying that 30 militants had surrendered.", "The Ostby Times"},
		// A verb of saying as a participle after a noun that is no speaker.
		{"The initial pledges announced at a donor conference in Geneva included $150 million from Norland.", ""},
		{"The ministry announced on Monday that 30 people were killed.", "The ministry"},
		{"The junta announced in a statement that its forces had killed 70 fighters.", "The junta"},
		// A name, its role and "in the statement" before the verb.
		{"Ivo Marsh, Secretary of State in the statement said that Norland will provide an additional $380 million in assistance.", "Ivo Marsh, Secretary of State"},
		// A date with its day between the speaker and the verb.
		{"In the first attack, the army on July 27 said six soldiers were slain.", "the army"},
		{"The ministry on 27 July said 12 people were killed.", "The ministry"},
		// Estimates and reports with no owner are no source.
		{"The strike that killed about 14 people, according to initial estimates, hit the home of an official.", ""},
		{"At least 20 people were killed, according to preliminary reports.", ""},
		// A source seen or reached by an outlet or a means is the source,
		// with who saw it, as "according to documents seen by the agency".
		{"A confidential UN report seen by AFP says 3,000 fighters crossed the border.", "A confidential UN report seen by AFP"},
		{"Residents reached by phone said 12 people were killed.", "Residents reached by phone"},
		// A person's name before "in" is no office.
		{"Residents told Ali in Kabul that 30 people were killed.", "Residents"},
	}
	checkCredits(t, tests)
}

// TestCreditQuoteRunsOn checks that a quotation opened after its
// speaker's verb credits the speaker in every sentence it runs on into,
// and no further.
func TestCreditQuoteRunsOn(t *testing.T) {
	paras := [][]string{
		{`In a press statement, Ali Noor, the ministry spokesman, says, "Yesterday the envoy announced $10 million in aid.`,
			`This includes $6 million for food.`, `It brings the total to $90 million."`, `Another 40 people were displaced.`},
	}
	text, sents := joinParagraphs(paras)
	want := []string{"Ali Noor", "Ali Noor", "Ali Noor", ""} // the last goes on with no source (docs/gold.md, rule 5)
	if got := creditsOf(text, sents); !slices.Equal(got, want) {
		t.Errorf("creditsOf\n got %q\nwant %q", got, want)
	}
}

// TestCreditActorAcronym checks that a credit that is only a configured
// actor's acronym is written out with the actor's name, and that an
// actor named by its acronym keeps it.
func TestCreditActorAcronym(t *testing.T) {
	pub := report.Date{Year: 2024, Month: 5, Day: 1}
	for _, tt := range []struct{ text, want string }{
		{"The UN said on Monday that 30 people were killed in the strike.", "United Nations (UN)"},
		{"The TTP said on Monday that its fighters had killed 12 soldiers.", "The TTP"},
	} {
		f := New(demoDomain).Extract("s1", tt.text, pub)
		if len(f.Figures) == 0 || f.Figures[0].AttributedTo != tt.want {
			t.Errorf("%s: got %+v, want credit %q", tt.text, f.Figures, tt.want)
		}
	}
}

// TestCreditSourceAfter checks that a sentence whose figures have no
// source takes the one the next sentence names as their giver, and not one
// that doubts them.
func TestCreditSourceAfter(t *testing.T) {
	paras := [][]string{
		{"At least 21 people have been killed and 64 injured in the strikes.", "The Norland Health Ministry gave this information."},
		{"Another 300 families fled the town.", "These figures were confirmed by the mayor."},
		{"Some 40 soldiers were killed.", "We cannot verify these figures."},
	}
	text, sents := joinParagraphs(paras)
	want := []string{"The Norland Health Ministry", "", "the mayor", "", "", ""} // the second sentence of each credits the first only
	if got := creditsOf(text, sents); !slices.Equal(got, want) {
		t.Errorf("creditsOf\n got %q\nwant %q", got, want)
	}
}
