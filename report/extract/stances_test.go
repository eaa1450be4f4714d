package extract

import (
	"slices"
	"strings"
	"testing"

	"brief/report"
)

// stanceKeys returns the stances of text as sorted "actor/issue/position".
func stanceKeys(d Domain, text string) []string {
	f := New(d).Extract("t", text, report.Date{Year: 2023, Month: 6, Day: 6})
	var out []string
	for _, s := range f.Stances {
		k := s.Actor + "/" + s.Issue + "/" + s.Position
		if !slices.Contains(out, k) {
			out = append(out, k)
		}
	}
	slices.Sort(out)
	return out
}

func TestStances(t *testing.T) {
	tests := []struct {
		name   string
		domain Domain
		text   string
		want   []string
	}{
		// Sudan.
		{"support by agreeing", sudanDomain,
			"The RSF said it had agreed to a 72-hour truce brokered by Saudi Arabia and the United States.",
			[]string{"RSF/ceasefire/support"}},
		{"demand by a call", sudanDomain,
			"Washington called for an immediate ceasefire in Khartoum.",
			[]string{"United States/ceasefire/demand"}},
		{"coordinated subjects", sudanDomain,
			"Saudi Arabia and the United States urged both sides to return to the negotiations in Jeddah.",
			[]string{"Saudi Arabia/talks/demand", "United States/talks/demand"}},
		{"demand falls on the target, not on the one urged", sudanDomain,
			"The State Department urged the Sudanese army to allow humanitarian access.",
			[]string{"United States/aid/demand"}},
		{"refusal by alias", sudanDomain,
			"The Sudanese Armed Forces refused to join the talks, an army spokesman said.",
			[]string{"SAF/talks/oppose"}},
		{"claim asserted by accusation", sudanDomain,
			"The army-led government accused the UAE of supplying weapons to the paramilitaries.",
			[]string{"SAF/arms/support"}},
		{"claim denied", sudanDomain,
			"The United Arab Emirates denied supplying weapons to either side.",
			[]string{"UAE/arms/deny"}},
		{"refusal after the talks collapsed", sudanDomain,
			"The talks collapsed after the RSF refused to extend the truce.",
			[]string{"RSF/ceasefire/oppose"}},
		{"relative clause takes its antecedent", sudanDomain,
			"The paramilitary RSF, which rejected the ceasefire, said it controlled the city.",
			[]string{"RSF/ceasefire/oppose"}},
		{"person with a hyphenated name", sudanDomain,
			"Sudan's army chief Abdel Fattah al-Burhan vowed to fight on and ruled out negotiations with the RSF.",
			[]string{"SAF/talks/oppose"}},
		{"negated demand says nothing", sudanDomain,
			"Washington did not call for a ceasefire.",
			nil},
		{"no cue, no stance", sudanDomain,
			"Fighting continued across Darfur despite the truce.",
			nil},
		{"author's own words are no actor's claim", sudanDomain,
			"Analysts say the RSF has been supplied weapons through Libya.",
			nil},

		// Ukraine and Russia.
		{"condition with unless", ukraineDomain,
			"Russia will not return to the grain deal unless its demands are met, Kremlin spokesman Dmitry Peskov said.",
			[]string{"Russia/grain/conditional"}},
		{"open to talks only if", ukraineDomain,
			"Ukrainian President Volodymyr Zelensky said Kyiv was open to peace talks only if Russian troops left.",
			[]string{"Ukraine/talks/conditional"}},
		{"negated agreement is opposition", ukraineDomain,
			"Moscow did not agree to extend the grain deal.",
			[]string{"Russia/grain/oppose"}},
		{"support by welcome", ukraineDomain,
			"Turkey welcomed the resumption of the Black Sea Grain Initiative.",
			[]string{"Turkey/grain/support"}},
		{"deny a claim that", ukraineDomain,
			"The Kremlin denied that Russian forces had shelled the plant.",
			[]string{"Russia/plant/deny"}},
		{"dismiss accusations as baseless", ukraineDomain,
			"Russia dismissed accusations that it shelled the Zaporizhzhia plant as baseless.",
			[]string{"Russia/plant/deny"}},
		{"claim asserted by a ministry", ukraineDomain,
			"Ukraine's foreign ministry said Russian troops had shelled the plant overnight.",
			[]string{"Ukraine/plant/support"}},
		{"offer to host talks is a proposal", ukraineDomain,
			"Turkish President Recep Tayyip Erdogan offered to host peace talks between Moscow and Kyiv.",
			[]string{"Turkey/talks/propose"}},

		// Israel and Hamas.
		{"ready for, said on a day", gazaDomain,
			"Hamas said on Monday it was ready for a ceasefire.",
			[]string{"Hamas/ceasefire/support"}},
		{"ruled out", gazaDomain,
			"Israeli Prime Minister Benjamin Netanyahu ruled out a ceasefire until the hostages are freed.",
			[]string{"Israel/ceasefire/oppose"}},
		{"we in a quotation is its speaker", gazaDomain,
			"“We will never negotiate a truce with Hamas,” an Israeli official told reporters.",
			[]string{"Israel/ceasefire/oppose"}},
		{"he said after a named person", gazaDomain,
			"Hamas political chief Ismail Haniyeh met Egyptian officials in Cairo. “We want a complete withdrawal,” he said.",
			[]string{"Hamas/withdrawal/support"}},
		{"subject is the actor before the cue", gazaDomain,
			"Hamas officials said Israel had rejected the ceasefire proposal.",
			[]string{"Israel/ceasefire/oppose"}},
		{"proposal", gazaDomain,
			"Egypt proposed a three-stage ceasefire plan.",
			[]string{"Egypt/ceasefire/propose"}},
		{"possessive refusal", gazaDomain,
			"Benjamin Netanyahu spoke on Sunday. Netanyahu's refusal to accept a humanitarian pause angered Washington.",
			[]string{"Israel/ceasefire/oppose"}},
		{"demand of a withdrawal", gazaDomain,
			"Hamas demanded a full Israeli withdrawal from Gaza.",
			[]string{"Hamas/withdrawal/demand"}},
		{"claim asserted and denied", gazaDomain,
			"Hamas accused Israel of striking the hospital. The IDF rejected the claim that it struck the hospital.",
			[]string{"Hamas/hospital/support", "Israel/hospital/deny"}},
		{"headline: the first cue takes the issue", gazaDomain,
			"Israel rejects Hamas's call for a truce",
			[]string{"Israel/ceasefire/oppose"}},
		{"provided that", gazaDomain,
			"Israel said it would consider a humanitarian pause provided that the release of hostages begins.",
			[]string{"Israel/ceasefire/conditional", "Israel/hostages/demand"}},
		{"mediator's role", gazaDomain,
			"Qatar is ready to mediate between Israel and Hamas, a foreign ministry spokesman said.",
			[]string{"Qatar/mediation/support"}},

		// The demo domain in other outlets' words.
		{"reported speech with a demonym source", demoDomain,
			"An official Pakistani source told Dawn that talks with the TTP were not on the table.",
			nil},
		{"the Pakistani Taliban are the TTP", demoDomain,
			"The Pakistani Taliban said they were ready to re-engage in talks.",
			[]string{"TTP/talks/support"}},
		{"Afghan officials speak for the Taliban", demoDomain,
			"Afghan officials rejected the claim that TTP leaders were based in Afghanistan.",
			[]string{"Afghan Taliban/sanctuary/deny"}},
		{"negated claim in reported speech is a denial", demoDomain,
			"Zabihullah Mujahid said the TTP had no sanctuary in Afghanistan.",
			[]string{"Afghan Taliban/sanctuary/deny"}},
		{"noun willing before the cue is not the subject", demoDomain,
			"Pakistan said individuals willing to surrender would be welcome.",
			nil},
		{"demand on another actor", demoDomain,
			"Islamabad pressed Kabul to take action against the TTP.",
			[]string{"Pakistan/crackdown/demand"}},
		{"rejecting allegations is a denial of the claim", demoDomain,
			"Zabihullah Mujahid rejected Pakistan's allegations that the TTP had safe havens in Afghanistan.",
			[]string{"Afghan Taliban/sanctuary/deny"}},
		{"to deny sanctuary is no denial, and a claim is not demanded", demoDomain,
			"Islamabad has repeatedly asked Kabul to deny sanctuary to the TTP.",
			nil},
		{"a derived noun is not the configured verb", demoDomain,
			"Pakistan demanded action against the facilitators of terrorism.",
			nil},
		{"not ruled out is left alone", demoDomain,
			"Pakistan has not ruled out talks with the TTP.",
			nil},
		{"speaker named by a surname later", demoDomain,
			"Khawaja Asif spoke in Sialkot. Asif said Pakistan would not hold talks with the TTP.",
			[]string{"Pakistan/talks/oppose"}},
		{"a denial of the allegations of the sentence before", demoDomain,
			"Pakistan accused Kabul of harboring TTP fighters. Zabihullah Mujahid dismissed the allegations as baseless.",
			[]string{"Afghan Taliban/sanctuary/deny", "Pakistan/sanctuary/support"}},
		{"allegations long gone are not denied", demoDomain,
			"Pakistan accused Kabul of harboring TTP fighters. Trade fell. Exports fell. Zabihullah Mujahid dismissed the allegations.",
			[]string{"Pakistan/sanctuary/support"}},
		{"analysts' views are no party's position", demoDomain,
			"Analysts say the Taliban are reluctant to take action against the TTP.",
			nil},
		{"a hypothesis is no position", demoDomain,
			"If Pakistan rejects talks, the TTP will escalate its attacks.",
			nil},
		{"the TTP refuses what Pakistan demands", demoDomain,
			"The TTP has rejected Pakistan's demand to surrender.",
			[]string{"TTP/surrender/oppose"}},
		{"a verb after 'and' shares the clause's subject", demoDomain,
			"Pakistan's envoy met Taliban officials in Kabul and urged them to take action against the TTP.",
			[]string{"Pakistan/crackdown/demand"}},
		{"an unknown subject of reported speech is no actor", demoDomain,
			"Pakistani officials told Reuters that the group was ready to facilitate talks.",
			nil},
		{"nor is it the speaker without 'that'", demoDomain,
			"Pakistani officials said the group was ready to facilitate talks.",
			nil},
		{"two officials within the Taliban", demoDomain,
			"Two officials within the Taliban told Reuters that they were ready to facilitate talks.",
			[]string{"Afghan Taliban/mediation/support"}},
		{"wanting another actor to act is a demand", demoDomain,
			"The Taliban want Pakistan to hold talks with the TTP.",
			[]string{"Afghan Taliban/talks/demand"}},
		{"expecting another actor to act is a demand", demoDomain,
			"Pakistan expects the Taliban to take action against the TTP.",
			[]string{"Pakistan/crackdown/demand"}},
		{"expecting an event is no demand", demoDomain,
			"Pakistan expects talks to resume soon.",
			nil},
		{"support with an if is conditional", demoDomain,
			"The TTP said it was ready for talks if Pakistan released its prisoners.",
			[]string{"TTP/talks/conditional"}},
		{"not allowing the use of territory denies the claim", demoDomain,
			"“The Islamic Emirate does not allow anyone to use Afghan territory against Pakistan,” Zabihullah Mujahid said.",
			[]string{"Afghan Taliban/sanctuary/deny"}},
		{"turned down", demoDomain,
			"Islamabad turned down the TTP's offer of talks.",
			[]string{"Pakistan/talks/oppose"}},
		{"accepting mediation", demoDomain,
			"Pakistan accepted Chinese mediation with Kabul.",
			[]string{"Pakistan/mediation/support"}},
		{"talks with another party are another issue", demoDomain,
			"Pakistan agreed to hold talks with the Taliban in Istanbul.",
			nil},
		{"talks held together by others are another issue", demoDomain,
			"Pakistan and the Taliban agreed to hold talks in Istanbul.",
			nil},
		{"those who demand need not be parties", demoDomain,
			"Pakistan and the United States urged the Taliban to take action against the TTP.",
			[]string{"Pakistan/crackdown/demand", "United States/crackdown/demand"}},
		{"talks between the labelled parties", demoDomain,
			"Pakistan refused to hold talks with the TTP.",
			[]string{"Pakistan/talks/oppose"}},
		{"US is not us", demoDomain,
			"Let us hope talks resume, the analyst said.",
			nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := stanceKeys(tt.domain, tt.text)
			if !slices.Equal(got, tt.want) {
				t.Errorf("%s\n got  %s\n want %s", tt.text, strings.Join(got, ", "), strings.Join(tt.want, ", "))
			}
		})
	}
}
