package extract

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"brief/report"
)

func TestActorMentions(t *testing.T) {
	tests := []struct {
		name   string
		domain Domain
		text   string
		want   []string // "actor=quoted text"
	}{
		{"the last two words of a long alias", Domain{Actors: []report.Actor{{Name: "Ethnic armed groups", Aliases: []string{"Three Brotherhood Alliance"}}}},
			"The Brotherhood Alliance said it would extend the truce; the alliance of three armies agreed.",
			[]string{"Ethnic armed groups=The Brotherhood Alliance"}},
		{"a generic last word of a state's name names nobody", Domain{Actors: []report.Actor{{Name: "United Kingdom"}, {Name: "Saudi Arabia"}}},
			"The Kingdom's ambassador met the United Kingdom's envoy.",
			[]string{"United Kingdom=United Kingdom"}},
		{"longest alias first", demoDomain,
			"The Pakistani Taliban and Pakistan differ.",
			[]string{"TTP=Pakistani Taliban", "Pakistan=Pakistan"}},
		{"word boundaries and capitals for short aliases", demoDomain,
			"Let us see the unwanted UN report and the US position.",
			[]string{"United Nations=UN report", "United States=US"}},
		{"possessives", demoDomain,
			"Pakistan’s army and the Taliban's minister met.",
			[]string{"Pakistan=Pakistan", "Afghan Taliban=Taliban"}},
		{"person, then surname alone", demoDomain,
			"Amir Khan Muttaqi, the Taliban’s Foreign Minister, arrived. Muttaqi spoke.",
			[]string{"Afghan Taliban=Amir Khan Muttaqi", "Afghan Taliban=Taliban", "Afghan Taliban=Muttaqi"}},
		{"surname alone before the full name is no one", demoDomain,
			"Muttaqi spoke before Amir Khan Muttaqi left.",
			[]string{"Afghan Taliban=Amir Khan Muttaqi"}},
		{"derived demonym with a role", demoDomain,
			"An official Pakistani source spoke to Pakistani security forces about Pakistani media.",
			[]string{"Pakistan=Pakistani source", "Pakistan=Pakistani security forces"}},
		{"configured demonym", demoDomain,
			"The Afghan foreign minister visited; Afghan soil was mentioned.",
			[]string{"Afghan Taliban=Afghan foreign minister"}},
		{"role within an actor", demoDomain,
			"Two officials within the Taliban and authorities in Islamabad spoke.",
			[]string{"Afghan Taliban=officials within the Taliban", "Pakistan=authorities in Islamabad"}},
		{"anti- names the opponents", demoDomain,
			"Anti-Taliban forces advanced against the Taliban.",
			[]string{"Afghan Taliban=Taliban"}},
		{"hyphenated alias and glued names", demoDomain,
			"Tehrik-i-Taliban Pakistan claimed it; TTP-claimed attacks rose.",
			[]string{"TTP=Tehrik-i-Taliban Pakistan", "TTP=TTP"}},
		{"bare government is the home government", demoDomain,
			"The Pakistani government spoke. Pakistan and Pakistan again. The government rejected it, as did the former government.",
			[]string{"Pakistan=Pakistani government", "Pakistan=Pakistan", "Pakistan=Pakistan", "Pakistan=government"}},
		{"some government is not the home one", demoDomain,
			"The Pakistani government spoke. The talks aim at a broad-based inclusive government; the government agreed.",
			[]string{"Pakistan=Pakistani government", "Pakistan=government"}},
		{"a shadow or parallel government is not the home one", demoDomain,
			"The Pakistani government spoke. A shadow government and the rival government rejected it.",
			[]string{"Pakistan=Pakistani government"}},
		{"a former government is not the actor", demoDomain,
			"The former Afghan government and the interim Afghan government differ.",
			[]string{"Afghan Taliban=Afghan government"}},
		{"the dateline names the home government", demoDomain,
			"ISLAMABAD: Taliban officials and the Taliban government met. The government said no.",
			[]string{"Pakistan=ISLAMABAD", "Afghan Taliban=Taliban officials", "Afghan Taliban=Taliban government", "Pakistan=government"}},
		{"derived demonyms of other countries", ukraineDomain,
			"Russian officials and Ukrainian troops met Turkish diplomats.",
			[]string{"Russia=Russian officials", "Ukraine=Ukrainian troops", "Turkey=Turkish diplomats"}},
		{"a spokesman for an actor speaks for it; an envoy for a country is sent to it", ukraineDomain,
			"A spokesman for the Kremlin met the Turkish envoy for Ukraine.",
			[]string{"Russia=spokesman for the Kremlin", "Turkey=Turkish envoy", "Ukraine=Ukraine"}},
		{"dotted acronym alias", sudanDomain,
			"The U.S. envoy met the Rapid Support Forces.",
			[]string{"United States=U.S. envoy", "RSF=Rapid Support Forces"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := newActorMatcher(tt.domain.Actors)
			var got []string
			for _, men := range m.find(tt.text) {
				got = append(got, fmt.Sprintf("%s=%s", men.Actor, tt.text[men.Start:men.End]))
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("%s\n got  %s\n want %s", tt.text, strings.Join(got, "; "), strings.Join(tt.want, "; "))
			}
		})
	}
}

func TestDerivedDemonyms(t *testing.T) {
	for name, want := range map[string]string{
		"Pakistan": "Pakistani", "China": "Chinese", "Sudan": "Sudanese", "Russia": "Russian",
		"Ukraine": "Ukrainian", "Israel": "Israeli", "Afghanistan": "Afghan", "Iran": "Iranian",
	} {
		if got := derivedDemonyms(name); !slices.Contains(got, want) {
			t.Errorf("derivedDemonyms(%q) = %v, want it to hold %q", name, got, want)
		}
	}
	if got := derivedDemonyms("TTP"); got != nil {
		t.Errorf("derivedDemonyms(TTP) = %v, want none for an acronym", got)
	}
}
