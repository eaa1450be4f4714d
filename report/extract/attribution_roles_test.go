package extract

import (
	"slices"
	"testing"
)

// TestCreditNameWithRole checks that a person named before a role set off
// by commas is credited with the role, when the role ends in an acronym
// ("…, head of the Norland Relief Agency (NRA), said") and when a
// relative clause follows it ("…, spokesman of the City Hospital, where
// …, told"); an organisation named with its acronym keeps the acronym.
func TestCreditNameWithRole(t *testing.T) {
	tests := []struct{ text, want string }{
		{"Ivo Marsh, head of the Norland Relief Agency (NRA), said 12 people were killed.", "Ivo Marsh, head of the Norland Relief Agency (NRA)"},
		{"Ana Brook, police chief of the Eastern Province (EP), said 38 people were killed.", "Ana Brook, police chief of the Eastern Province (EP)"},
		{"Ivo Marsh, spokesman of the City Hospital, where the wounded were taken, told reporters it had received 30 bodies.", "Ivo Marsh, spokesman of the City Hospital"},
		{"The Norland Relief Agency (NRA), said 12 people were killed.", "NRA"},
		{"Ivo Marsh, a farmer who lost his son, said 12 were killed.", "Ivo Marsh"},
	}
	checkCredits(t, tests)
}

// TestCreditQuoteVerbs checks that a verb that reports only after a
// quotation ("…,” the statement continued", "…,” he went on") credits its
// speaker, a pronoun the speaker before, and that the same verb elsewhere
// credits no one.
func TestCreditQuoteVerbs(t *testing.T) {
	tests := []struct{ text, want string }{
		{"“In another raid, four fighters were killed by the troops,” the statement continued.", "the statement"},
		{"“We lost 40 men,” the commander continued, “and we will lose more.”", "the commander"},
		{"The fighting continued for 12 days, killing 40 people.", ""},
		{"“We lost 40 men,” the fighting continued.", ""},
	}
	checkCredits(t, tests)
	paras := [][]string{
		{"The army said eight fighters were killed in the raid.", "“Four more were killed in the hills,” it continued.", "“Two soldiers died,” it went on."},
	}
	want := []string{"The army", "The army", "The army"}
	if got := creditsOf(joinParagraphs(paras)); !slices.Equal(got, want) {
		t.Errorf("creditsOf\n got %q\nwant %q", got, want)
	}
}

// TestCreditStatementIssuer checks that "the statement" of a later
// sentence is the issuer's whom an earlier sentence named as speaking in
// it ("the army said in a statement", "In a statement, the army said"),
// and that a statement no one was named to speak in stays the statement.
func TestCreditStatementIssuer(t *testing.T) {
	paras := [][]string{
		{"The Norland army said in a statement that 15 fighters were killed in three raids."},
		{"In one raid, eight were killed.", "“Four more were killed in the hills,” the statement said."},
		{"In a statement, the Eastern Command said 12 rebels were captured.", "The statement added that three soldiers were hurt."},
	}
	want := []string{"The Norland army", "", "The Norland army", "The Eastern Command", "The Eastern Command"}
	if got := creditsOf(joinParagraphs(paras)); !slices.Equal(got, want) {
		t.Errorf("creditsOf\n got %q\nwant %q", got, want)
	}
	paras = [][]string{{"A statement was read out on radio.", "The statement said 40 people had fled."}}
	want = []string{"", "The statement"}
	if got := creditsOf(joinParagraphs(paras)); !slices.Equal(got, want) {
		t.Errorf("creditsOf\n got %q\nwant %q", got, want)
	}
}

// TestCreditSourceAfterParagraph checks that a paragraph that opens by
// pointing back ("This was said …", "These figures were confirmed by …")
// gives the paragraph before its source, and that one that opens
// otherwise does not.
func TestCreditSourceAfterParagraph(t *testing.T) {
	paras := [][]string{
		{"At least 14 people have died in the floods."},
		{"This was said on Monday by Ivo Marsh, the health minister."},
		{"Another 30 houses were destroyed by the water."},
		{"These figures were confirmed by the city council."},
		{"Some 200 families have fled."},
		{"The council gave this information on Monday."},
	}
	want := []string{"Ivo Marsh", "", "the city council", "", "", ""}
	if got := creditsOf(joinParagraphs(paras)); !slices.Equal(got, want) {
		t.Errorf("creditsOf\n got %q\nwant %q", got, want)
	}
}
