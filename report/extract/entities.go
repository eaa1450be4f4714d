package extract

import (
	"slices"
	"strings"

	"brief/report"
	"brief/report/extract/lexicon"
)

// withEntities returns actors with the other names and demonyms of the
// countries and organisations they are (lexicon entities): an actor one
// of whose names is an entity's name is also found by the entity's other
// names ("United States": "US", "U.S.") and demonyms ("American
// officials"). A name or demonym another actor claims, or that two actors'
// entities share, stays unassigned. actors is not changed.
func withEntities(actors []report.Actor, entities []lexicon.Entity) []report.Actor {
	configured := map[string]bool{} // every name, alias and demonym of the configuration, lower case
	for _, a := range actors {
		for _, n := range append(append([]string{a.Name}, a.Aliases...), a.Demonyms...) {
			configured[strings.ToLower(n)] = true
		}
	}
	gains := map[string]int{} // lower case → the actor that gains it, -1 when two would
	gain := func(n string, ai int) {
		l := strings.ToLower(n)
		if configured[l] {
			return
		}
		if prev, ok := gains[l]; ok && prev != ai {
			ai = -1
		}
		gains[l] = ai
	}
	owner := make([]int, len(entities))
	for i, e := range entities {
		owner[i] = entityActor(actors, e)
		if owner[i] < 0 {
			continue
		}
		for _, n := range append(slices.Clone(e.Names), e.Demonyms...) {
			gain(n, owner[i])
		}
	}
	out := slices.Clone(actors)
	for _, e := range entities {
		if ai := governingActor(actors, e); ai >= 0 {
			a := &out[ai]
			for _, n := range e.Names {
				if l := strings.ToLower(n); !configured[l] && !slices.Contains(a.Places, n) {
					a.Places = append(slices.Clip(a.Places), n) // "Haiti asked for a force": its government
				}
			}
			for _, d := range e.Demonyms {
				if !configured[strings.ToLower(d)] {
					a.Demonyms = append(slices.Clip(a.Demonyms), d) // "Haitian officials"
				}
			}
		}
	}
	for i, e := range entities {
		ai := owner[i]
		if ai < 0 {
			continue
		}
		a := &out[ai]
		for _, n := range e.Names {
			if l := strings.ToLower(n); gains[l] == ai && !configured[l] {
				a.Aliases = append(slices.Clip(a.Aliases), n)
			}
		}
		for _, d := range e.Demonyms {
			if l := strings.ToLower(d); gains[l] == ai && !configured[l] {
				a.Demonyms = append(slices.Clip(a.Demonyms), d)
			}
		}
	}
	return out
}

// entityActor returns the one actor that bears one of e's names as its
// name or an alias, or -1 (none, or several).
func entityActor(actors []report.Actor, e lexicon.Entity) int {
	found := -1
	for ai, a := range actors {
		for _, n := range append([]string{a.Name}, a.Aliases...) {
			if !slices.ContainsFunc(e.Names, func(s string) bool { return strings.EqualFold(s, n) }) {
				continue
			}
			if found >= 0 && found != ai {
				return -1
			}
			found = ai
		}
	}
	return found
}

// countries returns the actors that are countries: those that bear the
// name of an entity with demonyms (organisations have none). A country is
// never "the group" or "the movement" a later sentence points back to.
func countries(actors []report.Actor, entities []lexicon.Entity) map[string]bool {
	out := map[string]bool{}
	for _, e := range entities {
		if ai := entityActor(actors, e); ai >= 0 && len(e.Demonyms) > 0 {
			out[actors[ai].Name] = true
		}
	}
	return out
}

// governingActor returns the one actor that is the government of the
// country e ("Haitian government", "Haiti's government", "Government of
// Haiti"), when no actor bears the country's own name; or -1. Its names
// then stand for that actor as places: "Haiti asked for a force", but
// not "in Haiti".
func governingActor(actors []report.Actor, e lexicon.Entity) int {
	if len(e.Demonyms) == 0 || bearsName(actors, e) {
		return -1
	}
	var forms []string
	for _, d := range e.Demonyms {
		forms = append(forms, strings.ToLower(d)+" government")
	}
	for _, n := range e.Names {
		l := strings.ToLower(n)
		forms = append(forms, l+"'s government", l+"’s government", "government of "+l)
	}
	found := -1
	for ai, a := range actors {
		for _, n := range append([]string{a.Name}, a.Aliases...) {
			if !slices.Contains(forms, strings.ToLower(n)) {
				continue
			}
			if found >= 0 && found != ai {
				return -1
			}
			found = ai
		}
	}
	return found
}

// bearsName reports whether any actor bears one of e's names as its name
// or an alias.
func bearsName(actors []report.Actor, e lexicon.Entity) bool {
	for _, a := range actors {
		for _, n := range append([]string{a.Name}, a.Aliases...) {
			if slices.ContainsFunc(e.Names, func(s string) bool { return strings.EqualFold(s, n) }) {
				return true
			}
		}
	}
	return false
}
