package extract

import (
	"fmt"
	"os"
	"slices"
	"strings"
	"testing"

	"brief/report"
	"brief/report/extract/lexicon"
)

// TestEventsReal checks events in the shapes of real reporting: the
// event's own day rather than the statement's, two days of a list, a
// place or a movement named after a date, a date with a clause of "when"
// after it, and each event's type and linked figures.
func TestEventsReal(t *testing.T) {
	wed := report.Date{Year: 2024, Month: 5, Day: 1} // a Wednesday
	tests := []struct {
		name string
		text string
		want []string // "date precision type figures|summary"; figures: the linked figures' texts
	}{
		{"the event's own day, not the statement's",
			"Officials said Wednesday that Tuesday's strikes killed 46 people.",
			[]string{"2024-05-01 day statement []|Officials said Wednesday that Tuesday's strikes killed 46 people",
				"2024-04-30 day explosion [killed 46 people]|Officials said Wednesday that Tuesday's strikes killed 46 people"}},
		{"two days of a list are two events",
			"Clashes broke out on 17 and 21 April in Bajaur.",
			[]string{"2024-04-17 day battle []|Clashes broke out on 17 and 21 April in Bajaur",
				"2024-04-21 day battle []|Clashes broke out on 17 and 21 April in Bajaur"}},
		{"a range gives its first and its last day",
			"Clashes raged in Bajaur on 24-26 April.",
			[]string{"2024-04-24 day battle []|Clashes raged in Bajaur on 24-26 April",
				"2024-04-26 day battle []|Clashes raged in Bajaur on 24-26 April"}},
		{"a place named after a date is no date",
			"Gunmen attacked a checkpoint in the July 7 neighbourhood of Khartoum on Monday.",
			[]string{"2024-04-29 day battle []|Gunmen attacked a checkpoint in the July 7 neighbourhood of Khartoum on Monday"}},
		{"a capitalised name after the day it is named for is no date",
			"Officials accused the March 23 Movement of the killings on Monday.",
			[]string{"2024-04-29 day battle []|Officials accused the March 23 Movement of the killings on Monday"}},
		{"a date that bounds a span still dates the clause with 'when' after it",
			"The strikes were the deadliest since April 19, when the truce took effect.",
			[]string{"2024-04-19 day agreement []|The truce took effect"}},
		{"a night between two days is dated by its first",
			"Three soldiers were killed in a clash on the night between Friday and Saturday, the army said.",
			[]string{"2024-04-26 day battle [Three soldiers were killed]|Three soldiers were killed in a clash on the night between Friday and Saturday"}},
		{"a quotation that tells an act done dates it",
			"\"On Sunday they shelled the market and killed nine people,\" the mayor said.",
			[]string{"2024-04-28 day explosion [killed nine people]|On Sunday they shelled the market and killed nine people"}},
		{"a quotation that only supposes, wishes or sets a time dates nothing",
			"\"You cannot sign for peace on Thursday and attack the town the next week,\" he said.",
			nil},
		{"an attack on civilians",
			"Gunmen killed 12 villagers in Kurram on Monday.",
			[]string{"2024-04-29 day violence_against_civilians [killed 12 villagers]|Gunmen killed 12 villagers in Kurram on Monday"}},
		{"an airstrike with its dead and wounded",
			"A drone strike on Sunday killed five militants and wounded two soldiers in North Waziristan.",
			[]string{"2024-04-28 day explosion [killed five militants; wounded two soldiers]|A drone strike on Sunday killed five militants and wounded two soldiers in North Waziristan"}},
		{"an arrest",
			"Police arrested 20 suspects in Peshawar on Tuesday.",
			[]string{"2024-04-30 day arrest [arrested 20 suspects]|Police arrested 20 suspects in Peshawar on Tuesday"}},
		{"a protest",
			"Thousands of traders protested in Quetta on Monday against the closure of the border.",
			[]string{"2024-04-29 day protest []|Thousands of traders protested in Quetta on Monday against the closure of the border"}},
		{"an agreement",
			"The TTP and Pakistan agreed to a ceasefire on Saturday after talks in Kabul.",
			[]string{"2024-04-27 day agreement []|The TTP and Pakistan agreed to a ceasefire on Saturday after talks in Kabul"}},
		{"displacement",
			"More than 2,000 families fled Bajaur on Sunday as the fighting spread.",
			[]string{"2024-04-28 day displacement [More than 2,000 families fled]|More than 2,000 families fled Bajaur on Sunday as the fighting spread"}},
		{"the dead of an event told in the next sentence",
			"A drone strike hit a house in Paktika on Tuesday. The Taliban said 46 people were killed.",
			[]string{"2024-04-30 day explosion [46 people were killed]|A drone strike hit a house in Paktika on Tuesday"}},
		{"the next paragraph is another story",
			"A drone strike hit a house in Paktika on Tuesday.\n\nElsewhere, 12 people were killed in floods.",
			[]string{"2024-04-30 day explosion []|A drone strike hit a house in Paktika on Tuesday"}},
		{"the dead are the strikes', not the truce's that a comparison names",
			"Monday's airstrikes killed 30 people, the deadliest day since the truce took effect two weeks ago.",
			[]string{"2024-04-29 day explosion [killed 30 people]|Monday's airstrikes killed 30 people, the deadliest day since the truce took effect two weeks ago",
				"2024-04-15 week agreement []|The deadliest day since the truce took effect two weeks ago"}},
		{"an election is an event of type other",
			"The junta held the first round of an election in Norvik on Sunday.",
			[]string{"2024-04-28 day other []|The junta held the first round of an election in Norvik on Sunday"}},
		{"sanctions are an event of type other",
			"The United States imposed sanctions on two refinery owners on Monday.",
			[]string{"2024-04-29 day other []|The United States imposed sanctions on two refinery owners on Monday"}},
		{"a killing of election workers is no election",
			"Gunmen killed 12 election workers in Norvik on Monday.",
			[]string{"2024-04-29 day violence_against_civilians [killed 12 election workers]|Gunmen killed 12 election workers in Norvik on Monday"}},
		{"a deportation is displacement",
			"Norland deported 300 migrants to the border on Monday.",
			[]string{"2024-04-29 day displacement [deported 300 migrants]|Norland deported 300 migrants to the border on Monday"}},
		{"a resolution adopted is an agreement",
			"The Security Council on Monday adopted a resolution on the port.",
			[]string{"2024-04-29 day agreement []|The Security Council on Monday adopted a resolution on the port"}},
		{"a withdrawal is an event of type other",
			"The peacekeepers withdrew from the province in March.",
			[]string{"2024-03 month other []|The peacekeepers withdrew from the province in March"}},
		{"a summary goes on past a fronted date and an appositive to the verb",
			"On Monday, Ivan Petro, the mayor of Norvik, said the shelling had destroyed the market.",
			[]string{"2024-04-29 day statement []|On Monday, Ivan Petro, the mayor of Norvik, said the shelling had destroyed the market"}},
		{"engagements are battles",
			"According to a statement from the army, the engagements took place on Friday.",
			[]string{"2024-04-26 day battle []|The engagements took place on Friday"}},
		{"the same moment in another time zone is no second event, and p.m. ends no summary",
			"Shelling resumed at 5.30 a.m. local time (10:30 p.m. Sunday GMT) on Monday in Norvik.",
			[]string{"2024-04-29 day explosion []|Shelling resumed at 5.30 a.m. local time (10:30 p.m. Sunday GMT) on Monday in Norvik"}},
		{"a fronted date dates the main clause",
			"In a separate incident on Monday, gunmen shot dead two policemen guarding a polio team, police said.",
			[]string{"2024-04-29 day battle [shot dead two policemen]|In a separate incident on Monday, gunmen shot dead two policemen guarding a polio team"}},
		{"a killing told with its statement's day",
			"Security forces killed 54 terrorists in North Waziristan, the ISPR said on Sunday.",
			[]string{"2024-04-28 day battle [killed 54 terrorists]|Security forces killed 54 terrorists in North Waziristan"}},
		{"a statement of casualties is typed by what it tells",
			"Zabihullah Mujahid said on Monday that 46 people were killed in Pakistani airstrikes.",
			[]string{"2024-04-29 day explosion [46 people were killed]|Zabihullah Mujahid said on Monday that 46 people were killed in Pakistani airstrikes"}},
		{"an agreement ended is none",
			"Violence has surged since the TTP ended a ceasefire with the government in November 2022.",
			[]string{"2022-11 month  []|Violence has surged since the TTP ended a ceasefire with the government in November 2022"}},
		{"according to is no accord",
			"Militants attacked a police station in Bannu on Monday, according to officials.",
			[]string{"2024-04-29 day battle []|Militants attacked a police station in Bannu on Monday"}},
		{"an explosion names how the violence was done",
			"Mortar fire preceded heavy clashes in Bajaur on Sunday.",
			[]string{"2024-04-28 day explosion []|Mortar fire preceded heavy clashes in Bajaur on Sunday"}},
		{"a deal struck is an agreement, not a strike",
			"The two sides struck a deal in Doha on Sunday.",
			[]string{"2024-04-28 day agreement []|The two sides struck a deal in Doha on Sunday"}},
		{"a year-series statistic is no event",
			"Attacks rose from 573 in 2021 to 1,210 in 2023.",
			nil},
		{"a summary ends at a clause's end, not mid-phrase",
			"Pakistan's foreign minister Ishaq Dar told reporters in Islamabad on Monday that talks with the TTP were not possible unless the group laid down its arms and accepted the constitution of the country in full.",
			[]string{"2024-04-29 day statement []|Pakistan's foreign minister Ishaq Dar told reporters in Islamabad on Monday that talks with the TTP were not possible"}},
		{"a summary says more than that someone spoke",
			"Khawaja Asif said on the sidelines of the summit in Doha on Monday, adding that Pakistan would not talk to the TTP.",
			[]string{"2024-04-29 day statement []|Khawaja Asif said on the sidelines of the summit in Doha on Monday, adding that Pakistan would not talk to the TTP"}},
		{"a summary is one sentence",
			"Residents gather at the site of the blast on Monday. — Reuters",
			[]string{"2024-04-29 day explosion []|Residents gather at the site of the blast on Monday"}},
		{"a title is no sentence's end",
			"Gen. Asim Munir visited the troops in Bajaur on Monday.",
			[]string{"2024-04-29 day agreement []|Gen. Asim Munir visited the troops in Bajaur on Monday"}},
		{"a caption is no event",
			"This picture taken on April 28 shows smoke rising over Bajaur.",
			nil},
		{"a byline is no event",
			"By Ahmed Khan | Published April 29, 2024",
			nil},
		{"a date in a speaker's own words is no event",
			"\"If this happens again next week, the pressure will be enormous,\" said a former officer.",
			nil},
		{"a date in a quotation the sentence leaves open is no event",
			"\"The 30 June deadline is not negotiable.",
			nil},
		{"a date in a quotation the sentence before opened is no event",
			"We will not talk before May,\" he said.",
			nil},
		{"a quotation left open ends at its speaker",
			"“The group is a threat to the region, the minister said on Monday.",
			[]string{"2024-04-29 day statement []|The group is a threat to the region"}},
		{"a sum's year is no event",
			"The state earned about $40 billion from gas exports last year, officials said.",
			nil},
		{"the end of the span a count covers is no event",
			"The fund had received $113 million by September, diplomats said.",
			nil},
		{"the months a count covers are no events",
			"The mission said 900 people were killed between July and September.",
			nil},
		{"a headline's date is no event",
			"Mali: Department Press Briefing – April 29, 2024",
			nil},
		{"a file photo's caption is no event",
			"FILE - Soldiers patrol a market in Gao, Mali, April 2, 2024.",
			nil},
		{"a question dates nothing that happened",
			"Could the talks produce a ceasefire by the end of the year?",
			nil},
		{"a statement",
			"Zabihullah Mujahid said on Monday that the Islamic Emirate wants good relations with its neighbours.",
			[]string{"2024-04-29 day statement []|Zabihullah Mujahid said on Monday that the Islamic Emirate wants good relations with its neighbours"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := New(demoDomain).Extract("s1", tt.text, wed)
			byID := map[string]string{}
			for _, fig := range f.Figures {
				byID[report.FigureID(fig)] = fig.Text
			}
			var got []string
			for _, e := range f.Events {
				var figs []string
				for _, id := range e.Figures {
					figs = append(figs, byID[id])
				}
				got = append(got, fmt.Sprintf("%s %s %s [%s]|%s", e.Date, e.Precision, e.Type, strings.Join(figs, "; "), e.Summary))
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("%s\n got  %q\n want %q", tt.text, got, tt.want)
			}
		})
	}
}

// TestEventVerbTypes checks that every event verb of figures.toml names
// one of the model's event types, and that the typer finds one by stem.
func TestEventVerbTypes(t *testing.T) {
	b, err := os.ReadFile("lexicon/figures.toml")
	if err != nil {
		t.Fatal(err)
	}
	var l lexicon.Lexicon
	if err := lexicon.Parse("figures.toml", b, &l); err != nil {
		t.Fatal(err)
	}
	if len(l.EventVerbs) < 100 {
		t.Fatalf("%d event verbs in figures.toml, want the whole table", len(l.EventVerbs))
	}
	for _, v := range l.EventVerbs {
		if !slices.Contains(report.EventTypes, report.EventType(v.Type)) {
			t.Errorf("event verb %q: type %q is none of %v", v.Phrase, v.Type, report.EventTypes)
		}
	}
	typer := newEventTyper([]lexicon.EventVerb{{Phrase: "shell", Type: "explosion"}, {Phrase: "x", Type: "nonsense"}})
	if len(typer.types) != 1 {
		t.Errorf("typer kept %d verbs, want the one of a known type", len(typer.types))
	}
}
