package extract

import (
	"fmt"
	"slices"
	"testing"

	"brief/report"
)

// fix16cTue is the report day of every row below: a Tuesday.
var fix16cTue = report.Date{Year: 2025, Month: 5, Day: 6}

// fix16cEvents returns a text's events as "date|type".
func fix16cEvents(text string) []string {
	var got []string
	for _, e := range New(Domain{}).Extract("s1", text, fix16cTue).Events {
		got = append(got, e.Date+"|"+string(e.Type))
	}
	return got
}

// fix16cFigures returns a text's figures as "count|what|credit".
func fix16cFigures(text string) []string {
	var got []string
	for _, f := range New(Domain{}).Extract("s1", text, fix16cTue).Figures {
		got = append(got, fmt.Sprintf("%v|%s|%s", f.Low, f.What, f.AttributedTo))
	}
	return got
}

// TestFix16cOvernightNamed: a night the text names by its day is that
// day's, one event ("strikes overnight Sunday"), and so is a bare
// "overnight" beside an earlier date of the sentence ("Last week, …
// overnight"): no event on the report's day. Invented sentences (review16b H1).
func TestFix16cOvernightNamed(t *testing.T) {
	tests := []struct {
		text string
		want []string // "date|type"
	}{
		{"Israeli strikes overnight Sunday killed 12 people in Gaza, health officials said.", []string{"2025-05-04|explosion"}},
		{"Russian drones struck Odesa overnight Saturday, killing three people.", []string{"2025-05-03|explosion"}},
		{"Russian drones struck Kharkiv overnight on Sunday, killing two people.", []string{"2025-05-04|explosion"}},
		{"Russia launched 40 drones at Ukraine overnight Friday into Saturday, officials said.", []string{"2025-05-02|explosion"}},
		{"Last week, Russian drones struck Odesa overnight, killing three people.", []string{"2025-04-28|explosion"}},
		{"On May 2, Russian drones struck Kharkiv overnight, killing two people.", []string{"2025-05-02|explosion"}},
		// guard: the bare night is the report's.
		{"Russian drones struck Odesa overnight, killing three people, officials said.", []string{"2025-05-06|explosion"}},
	}
	for _, tt := range tests {
		if got := fix16cEvents(tt.text); !slices.Equal(got, tt.want) {
			t.Errorf("%s\n got  %q\n want %q", tt.text, got, tt.want)
		}
	}
}

// TestFix16cBuried: "buried" counts the dead only when people or bodies
// are counted before it and nothing trapped them; a burial told before the
// count ("mourners buried 7 victims") is no new death. Invented sentences
// (review16b H3).
func TestFix16cBuried(t *testing.T) {
	tests := []struct {
		text string
		want []string // "count|what|credit"
	}{
		{"On Monday, militants buried 15 landmines on the road to Umra.", []string{"15|other|"}},
		{"On Monday, five miners were buried when a gold mine collapsed in Umra.", []string{"5|other|"}},
		{"Twelve villagers were buried alive by a landslide near Umra on Monday.", []string{"12|other|"}},
		{"Mourners on Monday buried 7 victims of the attack in Umra.", []string{"7|other|"}},
		{"Relatives buried 4 children in Umra on Monday.", []string{"4|other|"}},
		{"Six rockets were buried in the sand near the border.", nil},
		// Still deaths: people or bodies counted, nothing trapping them.
		{"The administrator said 32 were buried in Umra on Monday.", []string{"32|killed|The administrator"}},
		{"On Monday, 12 bodies were buried in a mass grave near Umra.", []string{"12|killed|"}},
	}
	for _, tt := range tests {
		if got := fix16cFigures(tt.text); !slices.Equal(got, tt.want) {
			t.Errorf("%s\n got  %q\n want %q", tt.text, got, tt.want)
		}
	}
}

// TestFix16cWhoOnWhom: victims are no protesters; a place after a named
// target is where, not whom; what the victims did in a relative clause
// decides no type. Invented sentences (review16b M4-M6).
func TestFix16cWhoOnWhom(t *testing.T) {
	tests := []struct {
		text string
		want []string // "date|type"
	}{
		// M4: victims, not protesters.
		{"On Monday, gunmen shot dead three human rights activists in Norvik.", []string{"2025-05-05|violence_against_civilians"}},
		{"On Monday, three activists were shot dead by police in Norvik.", []string{"2025-05-05|violence_against_civilians"}},
		{"On Monday, unknown gunmen killed two student activists near the campus in Norvik.", []string{"2025-05-05|violence_against_civilians"}},
		// M5: a place after a named target.
		{"On Monday, troops attacked al-Shabaab in the village of Umra, killing 30.", []string{"2025-05-05|battle"}},
		{"On Monday, soldiers attacked Boko Haram near a market in Umra, killing 12.", []string{"2025-05-05|battle"}},
		// M6: a relative clause after the victims.
		{"On Monday, gunmen killed five villagers who were fleeing the fighting near Umra.", []string{"2025-05-05|violence_against_civilians"}},
		{"On Monday, soldiers fired at a car that failed to stop at a checkpoint in Umra, killing two people.", []string{"2025-05-05|violence_against_civilians"}},
		{"On Monday, militiamen killed four farmers who had clashed with herders over land in Umra.", []string{"2025-05-05|violence_against_civilians"}},
		// guards
		{"On Monday, student activists clashed with police in Norvik.", []string{"2025-05-05|protest"}},
		{"On Monday, gunmen stormed a village near Umra, killing nine villagers.", []string{"2025-05-05|violence_against_civilians"}},
	}
	for _, tt := range tests {
		if got := fix16cEvents(tt.text); !slices.Equal(got, tt.want) {
			t.Errorf("%s\n got  %q\n want %q", tt.text, got, tt.want)
		}
	}
}

// TestFix16cBareDrone: "drone" alone types an explosion only with a word
// of attack near it. Invented sentences (review16b M8).
func TestFix16cBareDrone(t *testing.T) {
	tests := []struct {
		text string
		want []string // "date|type"
	}{
		{"On Monday, a drone operator was arrested in Norvik.", []string{"2025-05-05|arrest"}},
		{"On Monday, the ministry unveiled a new drone factory in Norvik.", []string{"2025-05-05|"}},
		{"On Monday, police detained two men selling drone parts in Norvik.", []string{"2025-05-05|arrest"}},
		// guards: drones that strike.
		{"On Monday, Russian drones struck Odesa, killing three people.", []string{"2025-05-05|explosion"}},
		{"On Monday, the militia launched seven drones at Norvik airport.", []string{"2025-05-05|explosion"}},
	}
	for _, tt := range tests {
		if got := fix16cEvents(tt.text); !slices.Equal(got, tt.want) {
			t.Errorf("%s\n got  %q\n want %q", tt.text, got, tt.want)
		}
	}
}

// TestFix16cRelativeSpeaker: ", who said" / ", which said" credits only
// the counts in what the speaker said, after the verb; not a count before
// a name in an unrelated phrase. Invented sentences (review16b M7).
func TestFix16cRelativeSpeaker(t *testing.T) {
	tests := []struct {
		text string
		want []string // "count|what|credit"
	}{
		{"Gunmen killed 6 villagers near the farm of Ivo Marsh, who said he was away.", []string{"6|killed|"}},
		{"The strike killed 14 people at a clinic run by Doctors Without Borders, which said it had suspended work.", []string{"14|killed|"}},
		{"Rebels abducted 9 workers from a mine owned by Norco, which said production had stopped.", []string{"9|abducted|"}},
		// guard: the count in what was said.
		{"The attack drew condemnation from the agency's director Ivo Marsh, who said 35 children were killed.", []string{"35|killed|the agency's director Ivo Marsh"}},
	}
	for _, tt := range tests {
		if got := fix16cFigures(tt.text); !slices.Equal(got, tt.want) {
			t.Errorf("%s\n got  %q\n want %q", tt.text, got, tt.want)
		}
	}
}
