package extract

// targetingVerbs strike the thing named after them, whose owner is not
// the one acting.
var targetingVerbs = wordSetOf("targetingVerbs")

// ownsTarget reports whether the owner that starts at token s follows a
// targeting verb, with at most "the" between them: in "drones hit
// Southia's power grid" Southia owns the target, not the strike.
func (v *sentenceView) ownsTarget(s int) bool {
	p := s - 1
	if p > v.from && v.toks[p].Lower == "the" {
		p--
	}
	return p >= v.from && targetingVerbs.in(v.toks[p].wid)
}
