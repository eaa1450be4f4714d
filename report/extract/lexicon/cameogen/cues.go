package main

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
)

// A cue is one converted stance cue of cameo.toml.
type cue struct {
	phrase   string
	position string
	needsTo  bool
	cameo    string
	note     string // why the choice may be doubted, for a comment
}

// An eventVerb is one converted [[event_verb]] of cameo.toml.
type eventVerb struct {
	phrase string
	typ    string
	cameo  string
	note   string
}

// kind says what follows the verb in a phrase, which decides whether it
// may be a stance cue.
type kind int

const (
	kindVerb     kind = iota // the verb alone ("reject", "ask for")
	kindParticle             // the verb and particles ("pull out of")
	kindNounPrep             // the verb, a noun and a preposition ("express support for")
	kindObject               // the verb and an object ("declare ceasefire"): events only
)

// votes counts, for one phrase, the patterns that give it each code.
type votes struct {
	kind  kind
	codes map[string]int
}

// maxExpansions caps the phrases one pattern may yield through its
// synonym sets.
const maxExpansions = 64

// convert turns a verb dictionary into stance cues and event verbs,
// sorted by phrase, and counts what it dropped and why.
func convert(d *verbDict) ([]cue, []eventVerb, map[string]int) {
	dropped := map[string]int{}
	byPhrase := map[string]*votes{}
	add := func(phrase string, k kind, code string, n int) {
		v := byPhrase[phrase]
		if v == nil {
			v = &votes{kind: k, codes: map[string]int{}}
			byPhrase[phrase] = v
		}
		v.kind = max(v.kind, k)
		v.codes[code] += n
	}
	notes := map[string]string{}
	for _, b := range d.blocks {
		attested := b.attested()
		byVerb := b.patternCodes()
		for _, v := range b.verbs {
			if !attested[v.key] {
				dropped["verb only listed as a synonym"]++
				continue
			}
			code := v.code
			if code == "" {
				code = b.code
			}
			if c := activeCode(code); c != "" {
				add(v.phrase, kindVerb, c, 1)
				continue
			}
			c, note, ok := derivedCode(byVerb[v.key], v.phrase)
			if !ok {
				dropped["verb without a code whose patterns disagree"]++
				continue
			}
			add(v.phrase, kindVerb, c, 1)
			notes[v.phrase] = note
		}
		for _, p := range b.pats {
			code := activeCode(p.code)
			if code == "" {
				dropped["no active code"]++
				continue
			}
			tails, k, why := patternTails(p, d.synsets)
			if why != "" {
				dropped[why]++
				continue
			}
			if len(patternVerbs(b, p, tails[0])) == 0 {
				dropped["comment names no verb of the block"]++
			}
			for _, t := range tails {
				for _, v := range patternVerbs(b, p, t) {
					add(v+" "+t, k, code, 1)
				}
			}
		}
	}
	var cues []cue
	var events []eventVerb
	for phrase, v := range byPhrase {
		code, note := chooseCode(v.codes, phrase)
		if n := notes[phrase]; n != "" && note == "" {
			note = n
		}
		if v.kind == kindVerb && genericVerbs[phrase] {
			dropped["generic verb alone"]++
			continue
		}
		if pos := position(code, phrase); pos != "" {
			switch {
			case cueExcluded[phrase] != "":
				dropped["stance cue excluded by judgement"]++
			case strings.HasSuffix(phrase, " by"):
				dropped["passive phrase (ends in \"by\")"]++
			case v.kind == kindObject:
				dropped["stance pattern with an object noun"]++
			default:
				if _, ok := positionByPhrase[phrase]; ok {
					note = strings.TrimPrefix(note+"; position set by phrase over the code's", "; ")
				}
				cues = append(cues, cue{phrase: phrase, position: pos, needsTo: needsTo(pos, phrase), cameo: code, note: note})
			}
		}
		if t := eventType(code); t != "" && eventExcluded(phrase) {
			dropped["event verb excluded by judgement"]++
		} else if t != "" {
			events = append(events, eventVerb{phrase: phrase, typ: t, cameo: code, note: note})
		}
	}
	slices.SortFunc(cues, func(a, b cue) int { return strings.Compare(a.phrase, b.phrase) })
	slices.SortFunc(events, func(a, b eventVerb) int { return strings.Compare(a.phrase, b.phrase) })
	return cues, events, dropped
}

// patternCodes counts, for each verb of b, the active codes of the
// patterns its comment attributes to it, whatever their words.
func (b *verbBlock) patternCodes() map[string]map[string]int {
	out := map[string]map[string]int{}
	for _, p := range b.pats {
		c := activeCode(p.code)
		v, _, ok := b.named(p.comment)
		if c == "" || !ok {
			continue
		}
		if out[v.key] == nil {
			out[v.key] = map[string]int{}
		}
		out[v.key][c]++
	}
	return out
}

// minDerived is the number of patterns a verb without a code of its own
// needs for its position to be read from them.
const minDerived = 3

// derivedCode gives a verb that has no code of its own (its block has
// "[---]") the code of its patterns ("reject" has none, but its patterns
// "reject proposal", "reject demands", "reject request" … are 12x), when
// at least minDerived patterns carry a position and more than half of
// them carry the same one. The code is the commonest among those.
func derivedCode(codes map[string]int, phrase string) (string, string, bool) {
	total := 0
	byPos := map[string]int{}
	for c, n := range codes {
		total += n
		if p := position(c, phrase); p != "" {
			byPos[p] += n
		}
	}
	best := ""
	for _, p := range keys(byPos) {
		if byPos[p] > byPos[best] {
			best = p
		}
	}
	if best == "" || byPos[best] < minDerived || 2*byPos[best] <= total {
		return "", "", false
	}
	same := map[string]int{}
	for c, n := range codes {
		if position(c, phrase) == best {
			same[c] = n
		}
	}
	code, _ := chooseCode(same, phrase)
	var parts []string
	for _, c := range keys(codes) {
		parts = append(parts, fmt.Sprintf("%s×%d", c, codes[c]))
	}
	return code, fmt.Sprintf("no code of its own; its patterns: %s", strings.Join(parts, " ")), true
}

// chooseCode picks the code most patterns give a phrase (ties: the
// shorter, more general code, then the smaller) and notes the others
// when they would map differently.
func chooseCode(codes map[string]int, phrase string) (string, string) {
	keys := make([]string, 0, len(codes))
	for c := range codes {
		keys = append(keys, c)
	}
	slices.SortFunc(keys, func(a, b string) int {
		return cmp.Or(cmp.Compare(codes[b], codes[a]), cmp.Compare(len(a), len(b)), strings.Compare(a, b))
	})
	best := keys[0]
	var others []string
	for _, c := range keys[1:] {
		if position(c, phrase) != position(best, phrase) || eventType(c) != eventType(best) {
			others = append(others, fmt.Sprintf("%s×%d (%s)", c, codes[c], meaning(c, phrase)))
		}
	}
	if len(others) == 0 {
		return best, ""
	}
	return best, fmt.Sprintf("%s×%d; also %s", best, codes[best], strings.Join(others, ", "))
}

// meaning names what a code maps to, for notes.
func meaning(code, phrase string) string {
	var m []string
	if p := position(code, phrase); p != "" {
		m = append(m, p)
	}
	if t := eventType(code); t != "" {
		m = append(m, t)
	}
	if len(m) == 0 {
		return "none"
	}
	return strings.Join(m, ", ")
}

// patternVerbs returns the phrases a pattern's words follow: the verb
// of b its comment names. PETRARCH applies a pattern to every verb of
// its block, but the blocks hold WordNet synonyms that never occur with
// the pattern's words; the dictionary's comment names the verb the
// pattern was found with, so only that verb is taken. When the comment
// names the verb with words the pattern lacks ("WENT_TO" over "* &FIGHT"
// is "go to war"), those words follow the verb. A pattern whose comment
// names no verb of the block yields nothing.
func patternVerbs(b *verbBlock, p pattern, tail string) []string {
	v, extra, ok := b.named(p.comment)
	if !ok {
		return nil
	}
	if x := strings.Join(extra, " "); x != "" && tail != x && !strings.HasPrefix(tail, x+" ") {
		return []string{v.phrase + " " + x}
	}
	return []string{v.phrase}
}

// attested returns the verbs of b that coders met in news text: the
// block's head verb, verbs with a code of their own, phrasal verbs
// ("PULL_OUT": entered one by one by the dictionary's editors) and
// verbs a pattern comment names. The others are synonyms filled in from WordNet
// ("abate", "ameliorate" under a cooperation code); they take the
// block's code in PETRARCH, but as stance cues alone they would mostly
// misfire.
func (b *verbBlock) attested() map[string]bool {
	a := map[string]bool{}
	for _, v := range b.verbs {
		if v.key == b.name || v.code != "" || strings.Contains(v.key, "_") {
			a[v.key] = true
		}
	}
	for _, p := range b.pats {
		if v, _, ok := b.named(p.comment); ok {
			a[v.key] = true
		}
	}
	return a
}

// named returns the block's verb that a pattern comment names: by its
// spelling or one of its irregular forms ("RULED_OUT" names RULE_OUT),
// else, for a one-word verb, by the comment's first word ("WENT_TO"
// names GO), with the comment's other words in lower case.
func (b *verbBlock) named(comment string) (blockVerb, []string, bool) {
	f := strings.Fields(comment)
	if len(f) == 0 {
		return blockVerb{}, nil, false
	}
	name := strings.ToUpper(f[0])
	for _, v := range b.verbs {
		if v.key == name || inflects(name, v.key) {
			return v, nil, true
		}
		for _, form := range v.forms {
			if strings.TrimPrefix(form, "+") == name {
				return v, nil, true
			}
		}
	}
	first, rest, ok := strings.Cut(name, "_")
	if !ok {
		return blockVerb{}, nil, false
	}
	for _, v := range b.verbs {
		if strings.Contains(v.key, "_") {
			continue
		}
		if v.key == first || slices.Contains(v.forms, first) || inflects(first, v.key) {
			return v, strings.Split(strings.ToLower(rest), "_"), true
		}
	}
	return blockVerb{}, nil, false
}

// inflects reports whether form is a regular inflection of the verb
// base, word by word after the first ("RULED_OUT" of "RULE_OUT",
// "CALLS_ON" of "CALL_ON", "STOPPED" of "STOP", "DENIES" of "DENY"), as
// PETRARCH generates them for verbs without irregular forms.
func inflects(form, base string) bool {
	fw, bw := strings.Split(form, "_"), strings.Split(base, "_")
	if len(fw) != len(bw) || !slices.Equal(fw[1:], bw[1:]) {
		return false
	}
	f, b := fw[0], bw[0]
	if f == b {
		return true
	}
	stems := []string{b, strings.TrimSuffix(b, "E")}
	if strings.HasSuffix(b, "Y") {
		stems = append(stems, strings.TrimSuffix(b, "Y")+"I")
	}
	if n := len(b); n > 0 && !strings.ContainsRune("AEIOUWY", rune(b[n-1])) {
		stems = append(stems, b+b[n-1:])
	}
	for _, s := range stems {
		for _, suf := range []string{"S", "ES", "ED", "D", "ING"} {
			if f == s+suf {
				return true
			}
		}
	}
	return false
}

// patternTails returns the words after the verb that a pattern asks
// for, as phrases (one per choice of its synonym sets), with their kind;
// or a reason the pattern cannot be a contiguous phrase after the verb.
func patternTails(p pattern, synsets map[string][]string) ([]string, kind, string) {
	if len(p.pre) > 0 {
		return nil, 0, "words before the verb"
	}
	var toks []string
	for _, t := range p.post {
		t = strings.Trim(t, "(){}")
		if t != "" {
			toks = append(toks, t)
		}
	}
	for len(toks) > 0 && isMarker(toks[len(toks)-1]) {
		toks = toks[:len(toks)-1]
	}
	if len(toks) == 0 {
		return nil, 0, "nothing after the verb"
	}
	tails := []string{""}
	for i, t := range toks {
		var opts []string
		switch {
		case isMarker(t):
			return nil, 0, "actor slot inside the phrase"
		case strings.HasPrefix(t, "&") && i < len(toks)-1:
			return nil, 0, "synonym set inside the phrase"
		case strings.HasPrefix(t, "&"):
			o, ok := synsets[t]
			if !ok {
				return nil, 0, "undefined synonym set"
			}
			opts = o
		default:
			w := strings.ToLower(t)
			if negators[w] {
				return nil, 0, "negated pattern"
			}
			if strings.ContainsAny(w, "&$+%^_*") {
				return nil, 0, "special token"
			}
			opts = []string{w}
		}
		if len(tails)*len(opts) > maxExpansions {
			return nil, 0, "too many synonym-set expansions"
		}
		var next []string
		for _, a := range tails {
			for _, o := range opts {
				next = append(next, strings.TrimSpace(a+" "+o))
			}
		}
		tails = next
	}
	return tails, tailKind(tails[0]), ""
}

func isMarker(t string) bool {
	return t == "$" || t == "+" || t == "%" || t == "^"
}

// tailKind classifies the words after a verb.
func tailKind(tail string) kind {
	w := strings.Fields(tail)
	content := 0
	for _, x := range w {
		if !particles[x] {
			content++
		}
	}
	switch {
	case content == 0:
		return kindParticle
	case content <= 1 && issuePrepositions[w[len(w)-1]]:
		return kindNounPrep
	}
	return kindObject
}
