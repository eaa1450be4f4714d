package extract

import "brief/report"

// Who acts on whom: the event typer's nearest word says that violence was
// done ("attacked", "stormed", "shot dead"), and ACLED's codebook decides
// its kind by who did it to whom. Battles are two armed sides fighting;
// violence against civilians is an armed group's violence against unarmed
// people (villagers, worshippers, passengers, an abduction); explosions and
// remote violence are done with a weapon the target cannot answer (an air
// or drone strike, shelling, an IED, a suicide bomb), whoever dies; and
// force against protesters, or protesters fighting the police, is a
// protest. The word classes are the lexicon's (figures.toml, "Who acts on
// whom").

var (
	civilianTargets  = wordSetOf("eventCivilianTargets")
	armedTargets     = wordSetOf("eventArmedTargets")
	twoSidedWords    = wordSetOf("eventTwoSided")
	twoSidedSubjects = wordSetOf("eventTwoSidedSubjects")
	protesterNouns   = wordSetOf("eventProtesters")
	raidWords        = wordSetOf("eventRaids")
	typeClauseBreaks = wordSetOf("eventTypeClauseBreaks")
)

// typedWord is an event word of a sentence: its first token and its type.
type typedWord struct {
	at  int
	typ report.EventType
}

// refineType returns the type of the event of sentence i whose typing
// word, of type typ, starts at token at, decided by who acts on whom in
// that word's clause (see above); typ itself when nothing there decides.
func (a *article) refineType(i, at int, typ report.EventType) report.EventType {
	if typ != report.Battle {
		return typ // an explosion is one whoever dies; the other kinds have their own words
	}
	from, to := a.typeClause(i, at)
	var words []typedWord
	for _, m := range a.typer.verbs.findAll(a.toks, from, to) {
		if a.inAside(i, m.From) || a.inDate(m.From) {
			continue
		}
		words = append(words, typedWord{m.From, a.typer.types[m.Value]})
	}
	firstViolent, firstAct, explosion, abduction := -1, -1, -1, false
	for _, w := range words {
		if violent[w.typ] && firstViolent < 0 {
			firstViolent = w.at
		}
		if w.typ == report.Explosion && (explosion < 0 || a.meansBefore(from, explosion)) {
			explosion = w.at // the first that is not what the attackers were armed with
		}
		if (w.typ == report.Battle || w.typ == report.ViolenceAgainstCivilians) && firstAct < 0 {
			firstAct = w.at
		}
		abduction = abduction || w.typ == report.ViolenceAgainstCivilians
	}
	if firstViolent < 0 {
		return typ
	}
	twoSided, protesters, civilians, armed := false, false, false, false
	for k := from; k < to; k++ {
		if a.inAside(i, k) {
			continue
		}
		if k > firstViolent && relativePronouns.has(a.toks[k].Lower) && k > from && a.toks[k-1].Lower != "," {
			// "killed five villagers who were fleeing the fighting": what the
			// victims did decides nothing; the clause resumes after its comma.
			for k < to && a.toks[k].Lower != "," {
				k++
			}
			continue
		}
		w, source := a.toks[k].Lower, a.reportsEvent(from, to, k)
		if k > firstViolent && civilianTargets.has(w) && a.placeAfterTarget(firstViolent, k) {
			continue // "attacked al-Shabaab in the village of Umra": where, not whom
		}
		twoSided = twoSided || twoSidedWords.has(w) || k < firstViolent && twoSidedSubjects.has(w)
		if protesterNouns.has(w) && !source {
			if a.counted(k) || a.lethalBefore(from, k) {
				civilians = true // "gunmen shot dead three activists": victims, no protest
			} else {
				protesters = true
			}
		}
		if k > firstViolent && !source {
			civilians = civilians || civilianTargets.has(w)
			armed = armed || a.armedTarget(k, words)
		}
	}
	switch {
	case protesters:
		return report.Protest // "police fired on protesters", "activists clashed with police"
	case a.raidArrest(at, words):
		return report.Arrest // "police raided a house and arrested six suspects"
	case twoSided:
		return report.Battle // "rebels fought the army for the town; ten people were killed"
	case explosion >= 0 && (!armed || explosion < firstAct && !a.meansBefore(from, explosion)):
		// "hit the town with missiles, killing two civilians", "a roadside
		// bomb hit a police truck"; not an assault on an armed side that
		// also used explosives ("stormed a base with a car bomb and
		// gunfire"), which ACLED codes as an armed clash.
		return report.Explosion
	case (civilians || abduction) && !armed:
		return report.ViolenceAgainstCivilians // "gunmen stormed a village, killing nine villagers"
	}
	return typ
}

// placeAfterTarget reports whether the civilian noun at token k is a place
// after a preposition of place (eventTypePlacePrepositions, then "the" or
// "a"), and a name stands between the first word of violence at token
// first and that preposition as the deed's target: "troops attacked
// al-Shabaab in the village of Umra".
func (a *article) placeAfterTarget(first, k int) bool {
	p := k - 1
	if p > first && (a.toks[p].Lower == "the" || a.toks[p].Lower == "a") {
		p--
	}
	if p <= first || !typePlacePrepositions.has(a.toks[p].Lower) {
		return false
	}
	for j := first + 1; j < p; j++ {
		if a.toks[j].Title {
			return true
		}
	}
	return false
}

// relativePronouns open a relative clause; typePlacePrepositions say where.
var relativePronouns, typePlacePrepositions = wordSetOf("eventTypeRelativePronouns"), wordSetOf("eventTypePlacePrepositions")

// lethalBefore reports whether a word that tells a death (a killed
// trigger: "killed", "shot dead") stands in the clause from token from
// to before token k.
func (a *article) lethalBefore(from, k int) bool {
	for j := from; j < k; j++ {
		if triggers[a.toks[j].Lower] == report.Killed {
			return true
		}
	}
	return false
}

// raidArrest reports whether the typing word at token at is a raid whose
// next typed word is an arrest: "raided a compound and detained four".
func (a *article) raidArrest(at int, words []typedWord) bool {
	if !raidWords.has(a.toks[at].Lower) {
		return false
	}
	for _, w := range words {
		if w.at > at {
			return w.typ == report.Arrest && a.toks[w.at-1].Lower != "to" // not "raided the camp to arrest two suspects"
		}
	}
	return false
}

var sourceOpeners, sourceVerbs = wordSetOf("eventTypeSourceOpeners"), wordSetOf("eventTypeSourceVerbs")

// reportsEvent reports whether token k of a clause from..to names who
// reports the event rather than whom it hit: "per police", "according to
// residents", "residents said".
func (a *article) reportsEvent(from, to, k int) bool {
	for j := max(from, k-3); j < k; j++ {
		if sourceOpeners.has(a.toks[j].Lower) {
			return true
		}
	}
	if k+1 < to && sourceVerbs.has(a.toks[k+1].Lower) {
		return true
	}
	for j := k - 1; j >= from; j-- {
		if sourceVerbs.has(a.toks[j].Lower) {
			return true // "…, said Jane Roe, the police spokesperson"
		}
		if m, ok := a.typer.verbs.matchAt(a.toks[:to], j); ok && violent[a.typer.types[m.Value]] {
			return false
		}
	}
	return false
}

// armedSides reports whether sentence i tells of two armed sides: a word
// of two sides fighting, or an armed side after its first word of
// violence ("attacked a checkpoint"). There, dead civilians do not make a
// battle violence against civilians.
func (a *article) armedSides(i int) bool {
	from, to := a.sentToks[i][0], a.sentToks[i][1]
	first := -1
	for _, m := range a.typer.verbs.findAll(a.toks, from, to) {
		if violent[a.typer.types[m.Value]] && !a.inAside(i, m.From) {
			first = m.From
			break
		}
	}
	var words []typedWord
	for _, m := range a.typer.verbs.findAll(a.toks, from, to) {
		words = append(words, typedWord{m.From, a.typer.types[m.Value]})
	}
	for k := from; k < to; k++ {
		if a.inAside(i, k) {
			continue
		}
		w := a.toks[k].Lower
		if twoSidedWords.has(w) || k < first && twoSidedSubjects.has(w) || first >= 0 && k > first && !a.reportsEvent(from, to, k) && a.armedTarget(k, words) {
			return true
		}
	}
	return false
}

// armedTarget reports whether token k names an armed side that is
// attacked: an armed noun that is no name's word ("a concert of the
// Kachin Independence Army") and no attacker, the uncounted subject of a
// word of violence right after it ("killed when gunmen stormed a
// village"; but "five militants killed" are victims).
func (a *article) armedTarget(k int, words []typedWord) bool {
	if !armedTargets.has(a.toks[k].Lower) || a.toks[k].Title {
		return false
	}
	for _, w := range words {
		if w.at > k {
			return !(violent[w.typ] && w.at == k+1 && !a.counted(k))
		}
	}
	return true
}

// counted reports whether a number stands within two words before token
// k: "five militants", "2 soldiers".
func (a *article) counted(k int) bool {
	for j := max(0, k-2); j < k; j++ {
		if w := a.toks[j].Lower; w != "" && (isDigit(w[0]) || numberWords[w]) {
			return true
		}
	}
	return false
}

var meansOpeners = wordSetOf("eventTypeMeansOpeners")

// meansBefore reports whether the explosion word at token k is what the
// attackers were armed with ("militants armed with rifles and rocket
// launchers attacked a checkpoint"), not the attack's own agent.
func (a *article) meansBefore(from, k int) bool {
	for j := max(from, k-3); j < k; j++ {
		if meansOpeners.has(a.toks[j].Lower) {
			return true
		}
	}
	return false
}

// typeClause returns the tokens of sentence i's clause around token at:
// up to a semicolon or a word that opens another event's clause
// ("while", "but"); commas do not part it ("stormed a village, killing
// nine").
func (a *article) typeClause(i, at int) (from, to int) {
	from, to = a.sentToks[i][0], a.sentToks[i][1]
	for k := at - 1; k > from; k-- {
		if typeClauseBreaks.has(a.toks[k].Lower) {
			from = k + 1
			break
		}
	}
	for k := at + 1; k < to; k++ {
		if typeClauseBreaks.has(a.toks[k].Lower) {
			to = k
			break
		}
	}
	return from, to
}

// inAside reports whether token k of sentence i stands in parentheses or
// brackets: "(possibly fighters fleeing the north)" says nothing of the
// event's kind.
func (a *article) inAside(i, k int) bool {
	depth := 0
	for j := a.sentToks[i][0]; j < k; j++ {
		switch a.toks[j].Lower {
		case "(", "[":
			depth++
		case ")", "]":
			depth = max(depth-1, 0)
		}
	}
	return depth > 0
}

// acronymWord reports whether token k is an event word written as an
// acronym ("IED"), which a capital does not make a name.
func (a *article) acronymWord(k int) bool {
	t := a.toks[k]
	return t.Caps && len(t.Lower) > 1
}
