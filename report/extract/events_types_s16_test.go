package extract

import (
	"slices"
	"testing"

	"brief/report"
)

// TestEventTypesWhoOnWhomS16: an event's type follows ACLED's codebook by
// who acts on whom (events_types.go; session 15, the acleddev16 notes):
// an armed group's violence against unarmed people is violence against
// civilians, two armed sides fighting is a battle whoever died, a weapon of
// remote violence makes an explosion, protesters make a protest, and a
// raid that arrests is an arrest. The sentences are invented.
func TestEventTypesWhoOnWhomS16(t *testing.T) {
	mon := report.Date{Year: 2025, Month: 5, Day: 6} // a Tuesday: Monday is 5 May
	tests := []struct {
		name, text string
		want       []string // "date|type"
	}{
		// Violence against civilians: the target is unarmed.
		{"a village stormed", "On Monday, gunmen stormed a village market near Umra.",
			[]string{"2025-05-05|violence_against_civilians"}},
		{"residents abducted", "On Monday, bandits attacked Norvik town, abducting 12 residents.",
			[]string{"2025-05-05|violence_against_civilians"}},
		{"travellers ambushed", "On 5 May, gunmen ambushed travellers on the Umra road, killing two.",
			[]string{"2025-05-05|violence_against_civilians"}},
		{"a sniper's victim", "On 5 May, a sniper shot dead a 12-year-old girl near her house in Umra.",
			[]string{"2025-05-05|violence_against_civilians"}},
		{"fired on villagers", "On Monday, troops fired on villagers in Umra.",
			[]string{"2025-05-05|violence_against_civilians"}},
		// Who reports the event is no target.
		{"per police", "On Monday, gunmen attacked Umra village, killing a farmer and his son, per police.",
			[]string{"2025-05-05|violence_against_civilians"}},
		// An aside says nothing of the kind.
		{"an aside", "On Monday, gunmen (possibly fighters fleeing the north) attacked a market in Umra, killing 30 people.",
			[]string{"2025-05-05|violence_against_civilians"}},
		// A clause after "after" is another event's.
		{"after the army left", "On Monday, militiamen raided Umra village after the army withdrew from its post nearby.",
			[]string{"2025-05-05|violence_against_civilians"}},

		// The attackers named after the deed are no target; nor is who
		// speaks after "said"; a war after the deed is its setting. (The
		// first and third held before, by the dead civilians: guards.)
		{"killed when gunmen stormed", "At least 20 people were killed on Monday when gunmen stormed a village near Umra.",
			[]string{"2025-05-05|violence_against_civilians"}},
		{"said the police spokesman", "Bandits raided Umra village on Monday morning, said Jane Roe, the police spokesperson in Norvik.",
			[]string{"2025-05-05|violence_against_civilians"}},
		{"a war as setting", "The militia killed at least 60 people in a village near Umra on Monday, activists said, in one of the deadliest days of a two-year war.",
			[]string{"2025-05-05|violence_against_civilians"}},
		{"a shrine", "Gunmen attacked a shrine near Umra on Monday, killing three caretakers.",
			[]string{"2025-05-05|violence_against_civilians"}},

		// Battles: an armed side is attacked, or two sides fight.
		// (Held before: a guard; the attacker rule must not take counted victims.)
		{"counted militants are victims", "On Monday, troops on patrol near Umra came under fire; five militants killed and two soldiers injured.",
			[]string{"2025-05-05|battle"}},
		{"armed with rockets", "Some 100 militants armed with rifles and rocket launchers on Monday stormed an army checkpoint near Umra.",
			[]string{"2025-05-05|battle"}},
		// (The next two held before: guards.)
		{"a checkpoint attacked", "On Monday, militants attacked a police checkpoint near Umra, killing three policemen.",
			[]string{"2025-05-05|battle"}},
		{"fired on soldiers", "On Monday, militants fired on soldiers near Umra.",
			[]string{"2025-05-05|battle"}},
		{"two sides fought, people died", "On Monday, rebels fought the army for Norvik. At least ten people were killed.",
			[]string{"2025-05-05|battle"}},
		{"an assault with a car bomb", "On Monday, militants stormed an army base near Umra, about 60 km from the border, with a car bomb and gunfire, killing seven soldiers.",
			[]string{"2025-05-05|battle"}},

		// A war is two sides (held before: a guard against the target rule).
		{"a war's toll", "The war between the army and the rebels, which began in 2023, has killed tens of thousands of people.",
			[]string{"2023|battle"}},
		// Who reports it is no protester (held before: a guard).
		{"activists said", "On Monday, RSF fighters attacked the village of Umra, killing at least 80 people, local activists said.",
			[]string{"2025-05-05|violence_against_civilians"}},

		// Explosions: the weapon decides, whoever dies.
		{"missiles, killing civilians (held before: a guard)", "On the night of 4 to 5 May, the forces of Ostland hit Umra (North) with missiles, killing two civilians, per the governor.",
			[]string{"2025-05-04|explosion", "2025-05-05|explosion"}},
		{"an IED", "On Monday, a supply truck hit an IED near Umra, killing four civilians.",
			[]string{"2025-05-05|explosion"}},
		{"a car bomber", "On Monday, a suicide car bomber targeted a convoy near Umra, detonating next to two buses.",
			[]string{"2025-05-05|explosion"}},
		{"drones launched", "On Monday, the militia launched seven drones at Norvik airport.",
			[]string{"2025-05-05|explosion"}},

		// Protests: protesters, or force against them.
		{"protesters clash", "On Monday, student activists clashed with police in Norvik.",
			[]string{"2025-05-05|protest"}},
		{"tear gas (held before: a guard)", "On Monday, police fired tear gas and rubber bullets at a sit-in in Norvik.",
			[]string{"2025-05-05|protest"}},

		// Arrests: a raid that arrests.
		{"raided and arrested", "On Monday, police raided a house in Umra and arrested six suspects.",
			[]string{"2025-05-05|arrest"}},
		{"raided to arrest, a guard", "On Monday, troops raided Umra camp to arrest two suspects and exchanged fire with gunmen.",
			[]string{"2025-05-05|battle"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, e := range New(Domain{}).Extract("s1", tt.text, mon).Events {
				got = append(got, e.Date+"|"+string(e.Type))
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("%s\n got  %q\n want %q", tt.text, got, tt.want)
			}
		})
	}
}
