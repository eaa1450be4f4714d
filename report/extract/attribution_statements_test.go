package extract

import (
	"slices"
	"testing"
)

// TestCreditStatementShapes checks credits in shapes of official
// statements and news copy that name a source after a count, or a count's
// estimate without one; the sentences are invented.
func TestCreditStatementShapes(t *testing.T) {
	tests := []struct{ text, want string }{
		// A source set after the count with "reports" in the present, as
		// with "says".
		{"Since March, at least 214 children have been killed, the Norland Children's Fund reports.", "The Norland Children's Fund"},
		{"At least 40 villagers were killed, local media reports.", "local media"},
		// "reports" as a noun stays one.
		{"At least 40 villagers were killed, according to media reports.", "media reports"},
		// An estimate with an adjective before it is a noun, no one's
		// saying: the article's own count.
		{"Current estimates are these strikes killed at least 30 people.", ""},
		{"Current figures indicate that 19 people were killed.", ""},
		{"Latest estimates show 40 people were killed, the ministry said.", "the ministry"},
	}
	checkCredits(t, tests)
}

// TestCreditWireShapes checks credits in shapes of wire copy: a speaker
// set after "reports" or "writes" with the medium after it, a speaker
// at a place a "where" clause tells of, and an aside in a sentence that
// an "according to" opens. The sentences are invented.
func TestCreditWireShapes(t *testing.T) {
	tests := []struct{ text, want string }{
		// The verb before its speaker, as "said" is.
		{"Three people died and a school burned, reports the regional governor Ivan Petrenko via Telegram.", "the regional governor Ivan Petrenko"},
		{"Four people were killed, writes the mayor on Telegram.", "the mayor"},
		{"A shell killed 2 farmers, reports the province's governor Ivo Marsh via social media.", "the province's governor Ivo Marsh"},
		{"Six civilians were wounded, reports Norland Radio.", "Norland Radio"},
		// A role in lower case before the name.
		{"Two policemen were among the 9 dead, said town councillor Amir Zaman.", "town councillor Amir Zaman"},
		{"At least 5 people were killed, said city mayor Ivo Marsh.", "city mayor Ivo Marsh"},
		// "reports" after a comma and before a clause stays a noun.
		{"The toll rose to 30, reports of new shelling kept coming.", ""},
		// A "where" clause tells of the place, not of the speaker.
		{"Dr Imran Shah at a clinic where the injured arrived said 12 had died and 20 were hurt.", "Dr Imran Shah at a clinic"},
		{"A nurse at the clinic where the victims were taken said 9 people had died.", "A nurse at the clinic"},
		// A speaker after the verb that runs to the sentence's end.
		{"\"Six villagers died where they stood,\" said a local militia volunteer.", "a local militia volunteer"},
		{"Nine people were killed, said a village elder.", "a village elder"},
		// A relative clause whose own subject speaks.
		{"The army withdrew after a massacre near the capital that the Norland Mission said left at least 70 dead.", "The Norland Mission"},
		// "was cited as saying", as "was quoted as saying".
		{"The toll rose to 6, another Norland news agency was cited as saying.", "another Norland news agency"},
		// A relative clause right after the speaker's noun, its verb
		// first: the speaker, not the clause.
		{"\"We lost 4 soldiers in the clash,\" a police officer who requested anonymity told the Norland Times.", "a police officer"},
		{"A commander who asked not to be named said 14 fighters were killed.", "A commander"},
		// An opening "according to" covers the asides of what it reports,
		// though an outlet relays it at the end.
		{"According to a statement issued by the army on Monday, a gunfight took place during the raid in the valley, which also left two soldiers dead, the Daily Star newspaper reported on Tuesday.", "the army"},
		{"According to the police, the gunmen fired on a bus, which was carrying 30 pilgrims.", "the police"},
	}
	checkCredits(t, tests)
}

// TestCreditIssuedMessages checks that a message named with who issued
// it credits the issuer, there and when a later sentence names it again
// ("the statement said"); the text is invented.
func TestCreditIssuedMessages(t *testing.T) {
	checkCredits(t, []struct{ text, want string }{
		{"Fourteen rebels died in two raids, said a press release issued by the NSF on Saturday.", "The NSF"},
		{"Nine militants were killed in the raid, said a statement from the military.", "the military"},
		{"According to a statement released by the police, 6 suspects were arrested.", "the police"},
	})
	paras := [][]string{
		{"According to a statement issued by the Norland Army on Monday, a raid took place in the valley."},
		{"“Troops engaged the hideout and eight rebels were killed,” the statement said."},
		{"Separately, the ministry said 3 civilians were hurt."},
		{"“Two soldiers were wounded,” the statement added."},
	}
	text, sents := joinParagraphs(paras)
	want := []string{"The Norland Army", "The Norland Army", "the ministry", "The Norland Army"}
	if got := creditsOf(text, sents); !slices.Equal(got, want) {
		t.Errorf("creditsOf\n got %q\nwant %q", got, want)
	}
}

// TestCreditReleasedDocuments checks that a document's release, and
// when it was released, stand between the document and its verb without
// hiding it; the sentences are invented.
func TestCreditReleasedDocuments(t *testing.T) {
	checkCredits(t, []struct{ text, want string }{
		{"A UN report released Tuesday said 2 million people faced famine.", "A UN report"},
		{"A UN report released on Tuesday said 2 million people faced famine.", "A UN report"},
		{"A report published last week said 40,000 people had fled.", "A report"},
		{"A report released Tuesday by the Norland Rights Watch said 300 people were detained.", "The Norland Rights Watch"},
	})
}

// TestCreditInterviewee checks that one said to have spoken to an outlet
// or a reporter is the "he" of the quotation in the next paragraph, and
// that a call between two officials names no such speaker; the text is
// invented.
func TestCreditInterviewee(t *testing.T) {
	paras := [][]string{
		{"A senior commander of the group, Ivo Marsh, spoke to VOA by phone from an undisclosed location."},
		{"\"Around 35 to 40 soldiers are held by us,\" he told VOA."},
		{"Secretary Ann Brooks spoke with President Ivo Brandt on Monday."},
		{"He welcomed the release of 20 prisoners."},
	}
	text, sents := joinParagraphs(paras)
	want := []string{"", "A senior commander of the group, Ivo Marsh", "", ""}
	if got := creditsOf(text, sents); !slices.Equal(got, want) {
		t.Errorf("creditsOf\n got %q\nwant %q", got, want)
	}
}

// TestCreditQuotationSpeaker checks that a sentence that opens with a
// quotation is its speaker's when an "it said" of the next sentence goes
// on with it, though someone reports inside the quotation; the text is
// invented.
func TestCreditQuotationSpeaker(t *testing.T) {
	paras := [][]string{
		{"\"The ship reported no injuries and continued its voyage,\" the Norland Navy added.", "It said that its forces struck 3 launchers."},
	}
	text, sents := joinParagraphs(paras)
	want := []string{"The Norland Navy", "The Norland Navy"}
	if got := creditsOf(text, sents); !slices.Equal(got, want) {
		t.Errorf("creditsOf\n got %q\nwant %q", got, want)
	}
}
