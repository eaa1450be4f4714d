package main

import (
	"strings"

	"brief/report"
)

// The CAMEO dictionary was written to code who did what to whom, not to
// read a position on an issue named after the verb; some of its verbs
// carry a code whose position is wrong for that reading. These tables
// are the judgement applied on top of the code mapping; each entry says
// why, and cameo.toml lists them in its header.

// positionByPhrase overrides the position a code gives a phrase.
var positionByPhrase = map[string]string{
	// 02 appeal verbs that put an idea forward rather than ask for it.
	"propose":   string(report.Propose),
	"suggest":   string(report.Propose),
	"recommend": string(report.Propose),
	// 08 yield verbs whose object is what is given up: lifting
	// sanctions opposes sanctions, ending the war opposes the war.
	"abandon":        string(report.Oppose),
	"back out":       string(report.Oppose),
	"ease":           string(report.Oppose),
	"end":            string(report.Oppose),
	"give up":        string(report.Oppose),
	"lift":           string(report.Oppose),
	"loosen":         string(report.Oppose),
	"pull back":      string(report.Oppose),
	"reduce":         string(report.Oppose),
	"relinquish":     string(report.Oppose),
	"retreat from":   string(report.Oppose),
	"stop":           string(report.Oppose),
	"waive":          string(report.Oppose),
	"withdraw":       string(report.Oppose),
	"withdraw from":  string(report.Oppose),
	"pull out":       string(report.Oppose),
	"pull out of":    string(report.Oppose),
	"back away from": string(report.Oppose),
	"draw back":      string(report.Oppose),
	"drop out":       string(report.Oppose),
	"drop out of":    string(report.Oppose),
	// 04 consult verbs that leave the talks.
	"walk out":    string(report.Oppose),
	"walk out of": string(report.Oppose),
}

// cueExcluded lists converted stance cues that would misfire on news
// text, with the reason.
var cueExcluded = map[string]string{}

func init() {
	for reason, phrases := range map[string]string{
		"travel or arrival, no position (04)":              "arrive|arrive back|depart|depart for|embark|embark on tour of|embark on tour to|go away|head|head back to|head for|head to|fly to|rush to|set off for|set off from|return from|return|plan stop in|plan travel to|make stop in|come to|go to|visit|talk between|go forth|go through|get out|leave behind|run into",
		"contact or hearing, no position (04)":             "cable|telephone|notify|apprise|hear|receive|receive call from|summon|introduce|invite|communicate|contact|approach|reach out|face|encounter|confront|gather|assemble|converge|huddle|amass|mull|ponder|weigh|consider|begin|start|open|indicate|communicate with|get together|give notice|send word|find out|tie in",
		"generic action, no position (06)":                 "affect|attach|chain|conduct|control|dictate|rule|lead|oversee|supervise|issue|form|found|institute|inaugurate|establish|increase|heighten|expand|enhance|improve|link|link with|merge|exchange|benefit|enlist|assign|allocate|award|lend|provide|supply|trade|train|buy|sell|purchase|pay|pay for|import|import from|export to|invest|send warships to|involve for",
		"legal or personal act, no position":               "absolve|acquit|exonerate|declassify|extradite|admit|apologize|forgive|bless|commemorate|mourn|despair|resign|step down|liberate|retreat|pass|resolve|verify|complete|complete operation against|disengage|unblock|give back|reverse|reveal|influence|rejoice|greet|deal|determine|expect|ready|compensate|abstain|clear|appoint|intend pullout from|defend from|cast over meeting of",
		"statement verb, no position":                      "claim|express|lodge|maintain|react|file|argue|fire off|trigger protests from|show confidence against",
		"noun/verb clash or too general":                   "bid|apply|vote|fail|walk|launch appeal against|issue statement for",
		"patterns are threats, 'vowed to' is a commitment": "vow",
	} {
		for _, p := range strings.Split(phrases, "|") {
			cueExcluded[p] = reason
		}
	}
}

// eventExcluded reports whether a converted event verb would misfire:
// generic verbs alone, and patterns that report or identify an event
// rather than tell one.
func eventExcluded(phrase string) bool {
	w := strings.Fields(phrase)
	if len(w) == 1 {
		return eventGeneric[w[0]]
	}
	return eventReporting[w[0]] || w[len(w)-1] == "and"
}

var eventGeneric = map[string]bool{
	"circle": true, "rip": true, "engage": true, "struggle": true,
	"provoke": true, "sign": true, "fire": true, "beat": true,
}

var eventReporting = map[string]bool{
	"identify": true, "report": true, "admit": true, "claim": true,
	"find": true, "accuse": true, "submit": true, "help": true,
	"announce": true, "confirm": true,
}
