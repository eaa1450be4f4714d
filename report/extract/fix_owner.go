package extract

// targetingVerbs strike the thing named after them, whose owner is not
// the one acting.
var targetingVerbs = wordSetOf("targetingVerbs")

// ownsTarget reports whether the owner that starts at token s follows a
// targeting verb, with at most "the" between them: in "drones hit
// Southia's power grid" Southia owns the target, not the strike. A
// participle after an article or a preposition is an adjective ("the
// targeted Southian strikes"), no verb.
func (v *sentenceView) ownsTarget(s int) bool {
	p := s - 1
	if p > v.from && v.toks[p].Lower == "the" {
		p--
	}
	if p < v.from || !targetingVerbs.in(v.toks[p].wid) {
		return false
	}
	return !(p > v.from && (indefiniteOrThe(v.toks[p-1].Lower) || prepositions.in(v.toks[p-1].wid)))
}

// patientActs are done to the one named before them: "Westria's
// disarmament" is no deed of Westria's.
var patientActs = wordSetOf("patientActs")
