package main

import (
	"strings"

	"brief/report"
)

// positionByRoot maps a CAMEO root code (the first two digits) to the
// stance position a cue carrying it shows. Roots not listed carry no
// position: 01 public statement (but see 016 below), 07 provide aid, 09
// investigate, 14 protest, 15 force posture and 17–20 coerce, assault,
// fight, mass violence.
var positionByRoot = map[string]string{
	"02": string(report.Demand),  // appeal
	"10": string(report.Demand),  // demand
	"03": string(report.Support), // express intent to cooperate
	"04": string(report.Support), // consult: taking part in talks
	"05": string(report.Support), // engage in diplomatic cooperation
	"06": string(report.Support), // engage in material cooperation
	"08": string(report.Support), // yield: agree, accept, declare a ceasefire, withdraw, release
	"11": string(report.Oppose),  // disapprove
	"12": string(report.Oppose),  // reject
	"13": string(report.Oppose),  // threaten
	"16": string(report.Oppose),  // reduce relations
}

// positionByCode overrides positionByRoot for finer codes: 016 "deny
// responsibility" is the only statement code that takes a position.
var positionByCode = map[string]string{
	"016": string(report.Deny),
}

// eventTypeByCode maps a CAMEO code prefix to the event type
// (report.EventTypes) of a verb carrying it; the longest prefix wins.
var eventTypeByCode = map[string]string{
	"14":   "protest",
	"173":  "arrest", // arrest, detain, or charge with legal action
	"18":   "violence_against_civilians",
	"183":  "explosion", // conduct suicide, car, or other non-military bombing
	"19":   "battle",
	"20":   "violence_against_civilians",
	"0871": "agreement", // declare truce, ceasefire
	"057":  "agreement", // sign formal agreement
}

// activeCode returns the code a pattern carries in the active voice: the
// part before a colon ("042:043" → "042"), or "" when the pattern has no
// code of its own ("---", ":173", malformed).
func activeCode(code string) string {
	code, _, _ = strings.Cut(code, ":")
	if len(code) < 3 || len(code) > 4 {
		return ""
	}
	for _, r := range code {
		if r < '0' || r > '9' {
			return ""
		}
	}
	return code
}

// position returns the stance position of a cue with CAMEO code code
// whose phrase is phrase, or "" when the code carries none.
func position(code, phrase string) string {
	for n := len(code); n >= 2; n-- {
		if p, ok := positionByCode[code[:n]]; ok {
			return p
		}
	}
	p := positionByRoot[code[:2]]
	if o, ok := positionByPhrase[phrase]; ok && p != "" {
		return o
	}
	return p
}

// eventType returns the event type of a verb with CAMEO code code, or "".
func eventType(code string) string {
	for n := len(code); n >= 2; n-- {
		if t, ok := eventTypeByCode[code[:n]]; ok {
			return t
		}
	}
	return ""
}

// targetDemandVerbs ask someone to do something: their issue follows
// "to" or "for" after the person asked ("urged Kabul to act").
var targetDemandVerbs = map[string]bool{
	"urge": true, "ask": true, "press": true, "implore": true, "beg": true,
	"request": true, "exhort": true, "pressure": true, "pressurize": true,
	"push": true, "encourage": true, "invite": true, "advise": true,
	"counsel": true, "persuade": true, "entreat": true, "beseech": true,
	"prod": true, "lobby": true, "petition": true, "tell": true,
	"order": true, "instruct": true, "direct": true, "command": true,
	"solicit": true, "challenge": true, "warn": true, "caution": true,
}

// targetParticles end a demand phrase whose next word is the person
// asked ("call on", "appeal to", "plead with").
var targetParticles = map[string]bool{"on": true, "upon": true, "to": true, "with": true}

// needsTo reports whether a demand cue's issue follows "to"/"for" after
// its target.
func needsTo(pos, phrase string) bool {
	if pos != string(report.Demand) {
		return false
	}
	w := strings.Fields(phrase)
	if len(w) == 1 {
		return targetDemandVerbs[w[0]]
	}
	return len(w) == 2 && targetParticles[w[1]]
}

// particles may follow a verb in a cue: prepositions and adverb particles.
var particles = map[string]bool{
	"about": true, "across": true, "after": true, "against": true, "ahead": true,
	"along": true, "apart": true, "around": true, "as": true, "aside": true,
	"at": true, "away": true, "back": true, "before": true, "behind": true,
	"between": true, "by": true, "down": true, "for": true, "forward": true,
	"from": true, "in": true, "into": true, "of": true, "off": true, "on": true,
	"onto": true, "out": true, "over": true, "through": true, "to": true,
	"together": true, "toward": true, "towards": true, "under": true, "up": true,
	"upon": true, "with": true, "within": true, "without": true,
}

// issuePrepositions end a cue whose issue follows ("express support for").
var issuePrepositions = map[string]bool{
	"about": true, "against": true, "at": true, "behind": true, "for": true,
	"from": true, "in": true, "into": true, "of": true, "on": true, "over": true,
	"to": true, "toward": true, "towards": true, "upon": true, "with": true,
}

// negators in a pattern reverse its sense; such patterns are dropped.
var negators = map[string]bool{"not": true, "no": true, "never": true, "nor": true}

// genericVerbs would flood a rule-based matcher on their own; they are
// kept only with words after them ("take part in").
var genericVerbs = map[string]bool{
	"be": true, "have": true, "do": true, "get": true, "make": true,
	"take": true, "give": true, "go": true, "come": true, "put": true,
	"set": true, "keep": true, "hold": true, "bring": true, "let": true,
	"see": true, "show": true, "move": true, "turn": true, "run": true,
	"use": true, "stand": true, "leave": true, "look": true, "say": true,
	"tell": true, "meet": true, "find": true, "send": true, "call": true,
}
