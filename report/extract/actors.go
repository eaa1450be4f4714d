package extract

import (
	"sort"
	"strings"

	"brief/report"
)

// actorMention is a place in a text that names a configured actor.
type actorMention struct {
	Actor      string // the actor's configured name
	Start, End int    // byte offsets in the searched text
}

// actorMatcher finds configured actors' names, aliases and people in text,
// longest alias first ("Pakistani Taliban" is the TTP, not Pakistan).
// TODO(stances helper): word boundaries, people with roles, affiliations.
type actorMatcher struct {
	names []aliasName // longest first
}

type aliasName struct {
	lower string
	actor string
}

func newActorMatcher(actors []report.Actor) *actorMatcher {
	m := &actorMatcher{}
	for _, a := range actors {
		for _, n := range append(append([]string{a.Name}, a.Aliases...), a.People...) {
			m.names = append(m.names, aliasName{strings.ToLower(n), a.Name})
		}
	}
	sort.SliceStable(m.names, func(i, j int) bool { return len(m.names[i].lower) > len(m.names[j].lower) })
	return m
}

// find returns the actor mentions in s, in order, without overlaps.
func (m *actorMatcher) find(s string) []actorMention {
	lower := strings.ToLower(s)
	taken := make([]bool, len(s))
	var out []actorMention
	for _, n := range m.names {
		for from := 0; ; {
			i := strings.Index(lower[from:], n.lower)
			if i < 0 {
				break
			}
			i += from
			end := i + len(n.lower)
			if !taken[i] && !taken[end-1] {
				for k := i; k < end; k++ {
					taken[k] = true
				}
				out = append(out, actorMention{Actor: n.actor, Start: i, End: end})
			}
			from = end
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Start < out[j].Start })
	return out
}
