package extract

import (
	"slices"
	"testing"
)

// TestCreditNewsShapes checks credits in shapes of real news copy; the
// sentences are invented.
func TestCreditNewsShapes(t *testing.T) {
	tests := []struct{ text, want string }{
		// "responded to" an attack, singular or plural, is no saying.
		{"Troops responded to the assault and killed 14 rebels, said a police officer in the district.", "a police officer"},
		{"Guards responded to an ambush and killed six gunmen, said the district chief.", "the district chief"},
		{"Police responded to the raids and killed six gunmen, said the district chief.", "the district chief"},
		// A count's source after "reported by", "recorded by".
		{"The toll could be higher, with over 30 bodies reported by rescue workers in the past week.", "rescue workers"},
		{"Some 70 deaths were recorded by the district health office.", "the district health office"},
		{"At least 25 killings documented by the monitoring group took place in the north.", "the monitoring group"},
		{"Two attacks claimed by the group killed 12 people.", ""},
		// A speaker set off by dashes before the verb.
		{"The Rescue Service – volunteers who work under the local council – said four people were killed.", "The Rescue Service"},
		// "according to" a list that someone provided: the provider.
		{"A shell hit a market, killing six people, according to a casualty list provided by Ostby General Hospital.", "Ostby General Hospital"},
		// "by" a named tally: its owner.
		{"The raid killed 300 people by Norland tallies.", "Norland tallies"},
		{"The shelling killed 40 people by the UN's count.", "The UN"},
		// A document after a quotation of it: "…,” the report read.
		{"\"The militia has some 4,000 fighters in the hills,\" the report read.", "the report"},
		{"\"At least 25 people were killed,\" the statement reads.", "the statement"},
		{"The envoy read a statement as 12 protesters were detained.", ""},
		// An acronym in brackets inside a name: the name goes on.
		{"At least 30 people were killed, according to the Norland Red Cross (NRC) Relief Office.", "The Norland Red Cross (NRC) Relief Office"},
		// A name with a lowercase particle ("ur", "ul", "ud").
		{"About 30 gunmen stormed the post, said Ameen ur Rashid, a district police officer.", "Ameen ur Rashid"},
		// ", saying" without "that" takes the sentence's subject, past a
		// dateline and a day; a count before the participle is not what
		// it says.
		{"The interior ministry condemned the shelling, saying 14 people were killed.", "The interior ministry"},
		{"OSTBY: The rebel council on Friday denounced the raids, saying 30 villagers, mostly women, were killed.", "The rebel council"},
		{"The army killed 30 fighters in the raid, saying the group had planned attacks.", ""},
	}
	checkCredits(t, tests)
}

// TestCreditContinuedAlso checks that a sentence with no source of its
// own keeps none, though it goes on with the count before ("were also
// …", "Another …", "others"): docs/gold.md, rule 5, whose example is the
// second paragraph.
func TestCreditContinuedAlso(t *testing.T) {
	paras := [][]string{
		{"A police statement said on Monday that nine gunmen were killed in the raid.", "Three officers were also wounded."},
		{"Four houses were likewise destroyed."},
		{"Governor Roe said a strike killed two.", "Four others were injured."},
		{"The agency said 30 people died in the flooding.", "Another 12 are missing.", "A further 40 were hurt in the same period."},
	}
	want := []string{"A police statement", "", "", "Governor Roe", "", "The agency", "", ""}
	if got := creditsOf(joinParagraphs(paras)); !slices.Equal(got, want) {
		t.Errorf("creditsOf\n got %q\nwant %q", got, want)
	}
}

// TestCreditAnotherParagraph checks that a paragraph that opens "Another
// N …" keeps no credit, after a paragraph with a count and a source as
// after one without (docs/gold.md, rule 5).
func TestCreditAnotherParagraph(t *testing.T) {
	paras := [][]string{
		{"He said that five people were killed in a strike on a house, the rescue service said."},
		{"Another three were killed when a shell hit a school."},
		{"The town has been shelled for weeks."},
		{"Another 40 houses were destroyed."},
	}
	want := []string{"the rescue service", "", "", ""}
	if got := creditsOf(joinParagraphs(paras)); !slices.Equal(got, want) {
		t.Errorf("creditsOf\n got %q\nwant %q", got, want)
	}
}

// TestCreditSaidByAfter checks that a sentence whose figures have no
// source takes the one the next names with "This was said … by X", and
// that "official records" are no source of their own.
func TestCreditSaidByAfter(t *testing.T) {
	paras := [][]string{
		{"At least 14 people have died in the floods.", "This was said on Monday by Ivo Marsh, the health minister."},
		{"The minister said that, according to official records, 300 people were killed."},
	}
	want := []string{"Ivo Marsh", "", "The minister"}
	if got := creditsOf(joinParagraphs(paras)); !slices.Equal(got, want) {
		t.Errorf("creditsOf\n got %q\nwant %q", got, want)
	}
}
