package extract

import (
	"slices"
	"strings"
	"testing"
)

// TestAttributionOf checks whom a sentence credits.
func TestAttributionOf(t *testing.T) {
	tests := []struct{ text, want string }{
		{"According to the Express Tribune newspaper, there are 8,000 fighters.", "The Express Tribune"},
		{"According to a UN report, TTP are regrouping.", "a UN report"},
		{"According to the Ministry of Health in Gaza, 30,000 people have died.", "The Ministry of Health"},
		{"At least 12 people were killed, according to local officials.", "local officials"},
		{"The death toll rose to 45, officials said.", "officials"},
		{"Six militants were neutralised, ISPR said.", "ISPR"},
		{"The military's media wing, the Inter-Services Public Relations (ISPR), said five soldiers died.", "ISPR"},
		{"The Inter-Services Public Relations (ISPR) said in a statement that five soldiers died.", "ISPR"},
		{"The Express Tribune newspaper quoted sources as saying the offer was rejected.", "The Express Tribune"},
		{"The Express Tribune reported on Monday that Pakistan had told the Afghan government.", "The Express Tribune"},
		{"Authorities have declined an offer to resume talks, a media report said on Tuesday.", "a media report"},
		{"“We need solid guarantees,” the senior official told the newspaper.", "the senior official"},
		{"An official Pakistani source told The Express Tribune that talks were over.", "An official Pakistani source"},
		{"Two officials within the Taliban told Harici on Saturday that the TTP is based in Pakistan.", "Two officials within the Taliban"},
		{"A recent report shows that the takeover has strengthened the TTP.", "A recent report"},
		{"Pakistan’s Foreign Office spokesperson, Mumtaz Zahra Baloch, told a briefing that the threat is serious.", "Pakistan’s Foreign Office spokesperson, Mumtaz Zahra Baloch"},
		{"Five soldiers were killed, said Ahmed Khan, a police official.", "Ahmed Khan"},
		{"UNHCR estimates that 1.5 million people have fled.", "UNHCR"},
		{"According to the UN refugee agency, more than 570,000 people have been displaced.", "The UN refugee agency"},
		{"The war killed 150,000 people, according to the Armed Conflict Location & Event Data Project (ACLED).", "The Armed Conflict Location & Event Data Project (ACLED)"},
		{"JNIM, for its part, claimed to have killed 23 soldiers in an ambush.", "JNIM"},
		{"Taliban claim 58 Pakistani soldiers killed", "Taliban"},
		{"Citing police sources, Dawn reported that 14 people were arrested.", "police sources"},
		{"The Sudanese Armed Forces (SAF) put the toll at 40.", "SAF"},
		{"The Health Ministry put the death toll at 32,000.", "The Health Ministry"},
		{"According to figures compiled by ACLED, 1,500 people were killed in 2023.", "figures compiled by ACLED"},
		{"UN figures show 3,000 civilians were killed.", "UN figures"},
		{"Health officials in Gaza say 30,000 people have died.", "Health officials in Gaza"},
		{"Thirty people died, said a spokesman for the ministry.", "a spokesman for the ministry"},
		{"Four soldiers were wounded, a military spokesman told AFP.", "a military spokesman"},
		{"A senior security official, who spoke on condition of anonymity, said 40 militants had crossed.", "A senior security official"},
		{"The interior minister told the Senate that 300 militants had been arrested.", "The interior minister"},
		{"Residents of the village said 12 houses were torched.", "Residents of the village"},
		{"Three people were killed, according to the regional governor, Andrei Vorobyov.", "the regional governor, Andrei Vorobyov"},
		{"Some 1,200 people were killed, according to Israeli tallies.", "Israeli tallies"},
		{"Two men were killed, according to the counter-terrorism directorate.", "the counter-terrorism directorate"},
		{"Member states told the team that the Taliban paid $43,000 a month.", "Member states"},
		{"The attack shows that 30 fighters can cross at will.", ""},
		{"Ukraine's General Staff said 900 Russian troops were killed in a day.", "Ukraine's General Staff"},

		// The article's own authority, or a speaker only named elsewhere.
		{"The TTP was formed in 2007.", ""},
		{"He said 30 militants had surrendered.", ""},
		{"TTP-claimed attacks have more than tripled.", ""},
		{"An estimated 5,000 people fled.", ""},
		{"Five people were reported killed.", ""},
		{"The strike claimed the lives of 30 people.", ""},
		{"The group is said to have 6,000 fighters.", ""},
		{"It was reported that 20 people died.", ""},
		{"They put an end to the violence.", ""},
		{"Pakistan was told that 500 fighters had crossed.", ""},
		{"The TTP claimed responsibility for the attack, which killed 12 people.", ""},
	}
	for _, tt := range tests {
		if got := attributionOf(sentence(tt.text)); got != tt.want {
			t.Errorf("attributionOf(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}

// TestCreditsOf checks credits carried across the sentences of a paragraph.
func TestCreditsOf(t *testing.T) {
	text := "Six soldiers were killed, the army said. He said 12 militants died in the fighting.\n\n" +
		"“We lost 30 men. The enemy lost more,” a commander told Reuters. “They will pay,” he added.\n\n" +
		"He said nothing more. The group has 6,000 fighters.\n\n" +
		"Junta spokesman Zaw Min Tun gave a different account. He told state media 15 soldiers died."
	sents := []Sentence{}
	for _, p := range []string{"Six soldiers were killed, the army said.", "He said 12 militants died in the fighting.",
		"“We lost 30 men.", "The enemy lost more,” a commander told Reuters.", "“They will pay,” he added.",
		"He said nothing more.", "The group has 6,000 fighters.",
		"Junta spokesman Zaw Min Tun gave a different account.", "He told state media 15 soldiers died."} {
		i := strings.Index(text, p)
		sents = append(sents, Sentence{Text: p, Start: i, End: i + len(p), Index: len(sents)})
	}
	// A paragraph that opens with "He said" goes on with the speaker of
	// the paragraph before; a sentence without speech keeps no credit.
	want := []string{"the army", "the army", "a commander", "a commander", "a commander", "a commander", "", "", "Junta spokesman Zaw Min Tun"}
	if got := creditsOf(text, sents); !slices.Equal(got, want) {
		t.Errorf("creditsOf\n got %q\nwant %q", got, want)
	}
}
