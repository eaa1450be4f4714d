package suggest

import (
	"strings"

	"brief/report"
	"brief/report/extract"
)

// actorCandidate is one name, demonym or office met where a party
// stands, grouped by what it would add.
type actorCandidate struct {
	kind      Kind
	text      string // the name to add
	owner     string // the existing actor it belongs to, or ""
	articles  map[int]bool
	sentences int
	first     place
	owned     int // uses where an owner was named beside it
}

// entityIndex finds the countries and bodies of the lexicon by name or
// demonym.
type entityIndex struct {
	byName    map[string]int // lower-case name → entity
	byDemonym map[string]int
	names     [][]string
}

func newEntityIndex() *entityIndex {
	ix := &entityIndex{byName: map[string]int{}, byDemonym: map[string]int{}}
	for i, e := range lex.Entities {
		ix.names = append(ix.names, e.Names)
		for _, n := range e.Names {
			ix.byName[strings.ToLower(n)] = i
		}
		for _, d := range e.Demonyms {
			ix.byDemonym[strings.ToLower(d)] = i
		}
	}
	return ix
}

// speakerSlots returns, per word of a sentence, whether a name there
// stands where a party does: before the sentence's first cue or speech
// verb (its subject), or just after a speech verb ("said X", "according
// to X").
func speakerSlots(p *extract.SentenceParts) []bool {
	slots := make([]bool, len(p.Words))
	verb := -1
	for k, w := range p.Words {
		if w.Speech {
			verb = k
			break
		}
	}
	for _, c := range p.Cues {
		if verb < 0 || c.From < verb {
			verb = c.From
		}
	}
	if verb < 0 {
		return slots
	}
	const subjectReach = 10
	for k := max(0, verb-subjectReach); k < verb; k++ {
		slots[k] = true
	}
	for k, w := range p.Words {
		if !w.Speech {
			continue
		}
		for j := k + 1; j < min(len(p.Words), k+4); j++ {
			slots[j] = true
		}
	}
	return slots
}

// nameRun is a run of capitalised words [from, to) that is no actor's
// mention, its leading offices stripped.
type nameRun struct {
	from, to int
	office   int // where its leading offices start (office == from when none)
}

// nameRuns finds the runs of capitalised words outside actor mentions.
func nameRuns(p *extract.SentenceParts) []nameRun {
	inMention := covered(p, p.Mentions)
	nameWord := func(k int) bool {
		w := p.Words[k]
		return w.Word && w.Title && !inMention[k] && !isNumber(w.Lower)
	}
	var out []nameRun
	for k := 0; k < len(p.Words); {
		if !nameWord(k) {
			k++
			continue
		}
		from := k
		for k < len(p.Words) {
			switch {
			case nameWord(k):
				k++
				if p.Words[k-1].Poss {
					goto done // "Kenya's minister": the possessive ends the name
				}
			case k+1 < len(p.Words) && nameWord(k+1) && k > from &&
				(p.Words[k].Text == "-" || nameParticles[p.Words[k].Lower] || p.Words[k].Lower == "of" && orgWords[p.Words[k-1].Lower]):
				k++ // "al-Houthi", "bin Salman", "Ministry of Foreign Affairs"
			case k+2 < len(p.Words) && k > from && nameParticles[p.Words[k].Lower] && p.Words[k+1].Text == "-" && nameWord(k+2):
				k += 2 // "el-Sisi"
			default:
				goto done
			}
		}
	done:
		r := nameRun{from: from, to: k, office: from}
		for r.from < r.to && (sentenceOpeners[p.Words[r.from].Lower] || functionWords[p.Words[r.from].Lower]) {
			r.from++
			r.office = r.from
		}
		org := anyWord(p.Words[r.from:r.to], orgWords)
		for !org && r.from < r.to && (titleWords[p.Words[r.from].Lower] || p.Words[r.from].Text == "-" || p.Words[r.from].Lower == "of") {
			r.from++
		}
		for k := r.to - 2; k > r.from; k-- {
			if !org && titleWords[p.Words[k].Lower] {
				r.from = k + 1 // "CIA Director William Burns": the person after the office
				break
			}
		}
		for r.to > r.from && (p.Words[r.to-1].Lower == "of" || p.Words[r.to-1].Text == "-") {
			r.to--
		}
		if r.from < r.to {
			out = append(out, r)
		}
	}
	return out
}

// ownerBefore returns the actor whose mention stands before a name with
// only offices between ("Kenya's foreign minister Alfred Mutua", "Hamas
// leader X"), or "".
func ownerBefore(p *extract.SentenceParts, at int, needOffice bool) string {
	k, offices := at-1, 0
	if k >= 0 && p.Words[k].Text == "," {
		k-- // "Kenya's foreign minister, Alfred Mutua"
	}
	for k >= 0 && k >= at-6 && (roleNouns[p.Words[k].Lower] || titleWords[p.Words[k].Lower] || p.Words[k].Lower == "affairs") {
		k--
		offices++
	}
	for _, m := range p.Mentions {
		if m.Label == "" || m.To != at && (m.To <= k || m.From > k) {
			continue
		}
		if m.To == at || !needOffice || offices > 0 {
			return m.Label // "Hamas leader Khalil al-Hayya", the office inside the mention or after it
		}
	}
	return ""
}

// ownerAfter returns the actor named in an apposition after a name that
// names an office: ", a spokesman for the M23", ", the US envoy",
// ", Guterres' chief spokesman"; or "".
func ownerAfter(p *extract.SentenceParts, end int) string {
	if end >= len(p.Words) || p.Words[end].Text != "," {
		return ""
	}
	office, owner := false, ""
	for k := end + 1; k < min(len(p.Words), end+9); k++ {
		w := p.Words[k]
		if !w.Word || w.Speech {
			break
		}
		if roleNouns[w.Lower] || titleWords[w.Lower] && !w.Title {
			office = true
		}
		for _, m := range p.Mentions {
			if m.From == k && m.Label != "" && owner == "" {
				owner = m.Label
			}
		}
	}
	if !office {
		return ""
	}
	return owner
}

// actorCandidates gathers the names in speaker and subject slots that no
// actor carries.
func actorCandidates(arts []article, actors []report.Actor) map[string]*actorCandidate {
	known := map[string]bool{}
	for _, a := range actors {
		for _, n := range append(append(append([]string{a.Name}, a.Aliases...), a.People...), a.Demonyms...) {
			known[strings.ToLower(n)] = true
		}
	}
	actorOf := map[string]string{} // lower-case name or alias → actor
	for _, a := range actors {
		for _, n := range append([]string{a.Name}, a.Aliases...) {
			actorOf[strings.ToLower(n)] = a.Name
		}
	}
	ents := newEntityIndex()
	names := newNameIndex(actors)
	out := map[string]*actorCandidate{}
	add := func(kind Kind, text, owner string, ai, si int, owned bool) {
		if known[strings.ToLower(text)] {
			return
		}
		key := string(kind) + "\x00" + strings.ToLower(text) + "\x00" + owner
		c := out[key]
		if c == nil {
			c = &actorCandidate{kind: kind, text: text, owner: owner, articles: map[int]bool{}, first: place{ai, si}}
			out[key] = c
		}
		c.articles[ai] = true
		c.sentences++
		if owned {
			c.owned++
		}
	}
	for ai := range arts {
		for si := range arts[ai].parts {
			p := &arts[ai].parts[si]
			if p.Opinion {
				continue
			}
			slots := speakerSlots(p)
			for _, r := range nameRuns(p) {
				if !slots[r.from] {
					continue
				}
				ws := p.Words[r.from:r.to]
				text := surface(p.Words, r.from, r.to)
				lower := strings.ToLower(text)
				if anyWord(ws, mediaWords) || anyWord(ws, placeWords) {
					continue
				}
				if e, ok := ents.byDemonym[lower]; ok && len(ws) == 1 {
					add(NewActor, entityActor(ents.names[e], actorOf), "", ai, si, false)
					continue
				}
				if e, ok := ents.byName[lower]; ok {
					add(NewActor, entityActor(ents.names[e], actorOf), "", ai, si, false)
					continue
				}
				owner := ownerBefore(p, r.from, !anyWord(ws, orgWords))
				if owner == "" {
					owner = ownerAfter(p, r.to)
				}
				if named := names.owner(ws); named != "" && (owner == "" || anyWord(ws, orgWords) || acronym(p, r)) {
					owner = named // "Rapid Support Forces" for the RSF, "Houthi movement" for the Houthis
				}
				switch {
				case anyWord(ws, orgWords) || acronym(p, r):
					if owner != "" && distinctive(ws) {
						add(Alias, text, owner, ai, si, true)
					} else if owner != "" {
						continue // "Kenya's Foreign Ministry": an office any actor has
					} else {
						add(NewActor, text, "", ai, si, false)
					}
				case len(ws) == 1 && r.to < len(p.Words) && (p.Words[r.to].Speech || cueAt(p, r.to)):
					add(NewActor, text, "", ai, si, false) // "Valmar urged …"
				case len(ws) >= 2:
					if owner != "" {
						add(Person, text, owner, ai, si, true)
					} else {
						add(NewActor, text, "", ai, si, false)
					}
				}
			}
			officeAliases(p, slots, func(text, owner string) { add(Alias, text, owner, ai, si, true) })
		}
	}
	return out
}

// officeAliases finds, in a sentence no speaker was found for, an office
// of a named actor standing as its subject: "the head of Hamas said", "a
// spokesman for the M23 told …". found is called with the office phrase
// and the actor.
func officeAliases(p *extract.SentenceParts, slots []bool, found func(text, owner string)) {
	if p.Speaker != "" || p.Stances > 0 {
		return
	}
	for _, m := range p.Mentions {
		k := m.From
		if k >= 1 && p.Words[k-1].Lower == "the" {
			k--
		}
		if k < 2 || m.Label == "" || !slots[m.From] || !(p.Words[k-1].Lower == "of" || p.Words[k-1].Lower == "for") {
			continue
		}
		if role := p.Words[k-2].Lower; roleNouns[role] {
			found(role+" "+p.Words[k-1].Lower+" "+surface(p.Words, k, m.To), m.Label)
		}
	}
}

// entityActor names a lexicon entity as an actor would be: an existing
// actor's name when one of its names is that actor's, else its first name.
func entityActor(names []string, actorOf map[string]string) string {
	for _, n := range names {
		if a, ok := actorOf[strings.ToLower(n)]; ok {
			return a
		}
	}
	return names[0]
}

// anyWord reports whether one of words is in set.
func anyWord(ws []extract.PartWord, set wordSet) bool {
	for _, w := range ws {
		if set[w.Lower] {
			return true
		}
	}
	return false
}

// acronym reports whether a run is one word in capitals ("IGAD"), not in
// a dateline's parentheses or after a slash ("(dpa/GNA)").
func acronym(p *extract.SentenceParts, r nameRun) bool {
	w := p.Words[r.from].Text
	if r.to-r.from != 1 || len(w) < 2 || strings.ToUpper(w) != w {
		return false
	}
	return r.from == 0 || p.Words[r.from-1].Text != "(" && p.Words[r.from-1].Text != "/"
}

// distinctive reports whether a body's name has a word of its own, not
// only offices ("Foreign Ministry", "Movement").
func distinctive(ws []extract.PartWord) bool {
	for _, w := range ws {
		if w.Word && !orgWords[w.Lower] && !roleNouns[w.Lower] && !titleWords[w.Lower] && !functionWords[w.Lower] {
			return true
		}
	}
	return false
}

// nameIndex finds the actor a body's name stands for by the actors' own
// names: its initials ("Rapid Support Forces" for "RSF"), or a
// distinctive word of an actor's name or alias ("Houthi movement" for
// "Houthis").
type nameIndex struct {
	initials map[string]string // upper-case acronym → actor
	words    map[string]string // distinctive lower-case word, plural s dropped → actor, "" when two share it
}

func newNameIndex(actors []report.Actor) *nameIndex {
	ix := &nameIndex{initials: map[string]string{}, words: map[string]string{}}
	for _, a := range actors {
		for _, n := range append([]string{a.Name}, a.Aliases...) {
			if len(n) >= 2 && strings.ToUpper(n) == n && !strings.ContainsAny(n, " .") {
				ix.initials[n] = a.Name
			}
			for _, w := range strings.FieldsFunc(strings.ToLower(n), func(r rune) bool { return r == ' ' || r == '-' || r == '/' }) {
				w = strings.TrimSuffix(w, "s")
				if len(w) < 3 || functionWords[w] || genericWords[w] || orgWords[w] || roleNouns[w] || titleWords[w] {
					continue
				}
				if prev, ok := ix.words[w]; ok && prev != a.Name {
					ix.words[w] = ""
				} else {
					ix.words[w] = a.Name
				}
			}
		}
	}
	return ix
}

// owner returns the actor a run of capitalised words names by its
// initials or a distinctive word, or "".
func (ix *nameIndex) owner(ws []extract.PartWord) string {
	var initials strings.Builder
	for _, w := range ws {
		if w.Word && w.Title {
			initials.WriteString(strings.ToUpper(w.Text[:1]))
		}
	}
	if a, ok := ix.initials[initials.String()]; ok && initials.Len() >= 2 {
		return a
	}
	for _, w := range ws {
		if a := ix.words[strings.TrimSuffix(w.Lower, "s")]; a != "" && w.Word {
			return a
		}
	}
	return ""
}

// cueAt reports whether a cue starts at word k.
func cueAt(p *extract.SentenceParts, k int) bool {
	for _, c := range p.Cues {
		if c.From == k {
			return true
		}
	}
	return false
}
