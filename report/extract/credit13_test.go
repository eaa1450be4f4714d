package extract

import "testing"

// TestCreditOfficialRemarks13 checks credits in shapes of official
// remarks and UN briefings met in fresh reporting (session 12); the
// sentences are invented.
func TestCreditOfficialRemarks13(t *testing.T) {
	checkCredits(t, []struct{ text, want string }{
		// Verbs of briefing report as "said" does.
		{"Anna Berg, the relief coordinator, outlined that at least 41 civilians were killed in May.", "Anna Berg"},
		{"On the food front, Anna Berg pointed out that 3.1 million people needed aid.", "Anna Berg"},
		{"Spokesman Tom Lind highlighted that so far 56 citizens have left the country.", "Spokesman Tom Lind"},
		{"The envoy detailed how 300 prisoners had been freed.", "The envoy"},
		// "pointed" reports only with "out"; "detailed" after an article is an adjective.
		{"The officer pointed to a hill where 12 soldiers were killed.", ""},
		{"The detailed list named 70 people who died in the raid.", ""},
		// A title hyphened from a word that alone cannot name a speaker.
		{"Anna Berg, Under-Secretary-General for Relief Affairs, said that 4,200 civilians had been killed.", "Anna Berg, Under-Secretary-General for Relief Affairs"},
		{"Anna B. Berg, Under-Secretary-General for Relief Affairs said that, on 3 May, 28 people were reportedly killed.", "Anna B. Berg, Under-Secretary-General for Relief Affairs"},
	})
}
