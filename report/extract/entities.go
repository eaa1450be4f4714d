package extract

import (
	"maps"
	"slices"
	"strings"
	"unicode"

	"brief/report"
	"brief/report/extract/lexicon"
)

// withEntities returns actors with the other names and demonyms of the
// countries and organisations they are (lexicon entities): an actor one
// of whose names is an entity's name is also found by the entity's other
// names ("United States": "US", "U.S.") and demonyms ("American
// officials"); an actor named as a country's government ("Haitian
// government") gains the country's names as places (see governingActor).
// A name or demonym the configuration gives any actor, or that two
// actors' entities share, is not added. actors is not changed.
func withEntities(actors []report.Actor, entities []lexicon.Entity) []report.Actor {
	configured := configuredNames(actors)
	owner := make([]int, len(entities))
	gains := map[string]int{} // lower case → the actor that gains it, -1 when two would
	for i, e := range entities {
		owner[i] = entityActor(actors, e)
		if owner[i] < 0 {
			continue
		}
		for _, n := range append(slices.Clone(e.Names), e.Demonyms...) {
			if l := strings.ToLower(n); !configured[l] {
				if prev, ok := gains[l]; ok && prev != owner[i] {
					gains[l] = -1
				} else {
					gains[l] = owner[i]
				}
			}
		}
	}
	out := slices.Clone(actors)
	add := func(to []string, n string, ai int) []string {
		if l := strings.ToLower(n); configured[l] || ai >= 0 && gains[l] != ai || slices.Contains(to, n) {
			return to
		}
		return append(slices.Clip(to), n)
	}
	for ai, a := range actors {
		for _, n := range append([]string{a.Name}, a.Aliases...) {
			for _, v := range roleVariants(n, entities) {
				out[ai].Aliases = add(out[ai].Aliases, v, -1)
			}
		}
	}
	for i, e := range entities {
		if ai := owner[i]; ai >= 0 {
			for _, n := range e.Names {
				out[ai].Aliases = add(out[ai].Aliases, n, ai)
			}
			for _, d := range e.Demonyms {
				out[ai].Demonyms = add(out[ai].Demonyms, d, ai)
			}
		} else if ai := governingActor(actors, e); ai >= 0 {
			for _, n := range e.Names {
				out[ai].Places = add(out[ai].Places, n, -1) // "Haiti asked for a force": its government
			}
			for _, d := range e.Demonyms {
				out[ai].Demonyms = add(out[ai].Demonyms, d, -1) // "Haitian officials"
			}
		}
	}
	return out
}

// roleVariants returns the other forms of a name that is a country's
// name or demonym before an office ("Myanmar military"): the office after
// the country's other names, their possessives and its demonyms ("Burma
// military", "Myanmar's military", "Burmese military").
func roleVariants(name string, entities []lexicon.Entity) []string {
	head, rest, ok := strings.Cut(name, " ")
	if !ok || rest == "" || strings.ToLower(rest) != rest {
		return nil
	}
	f := strings.Fields(rest)
	if !roleNouns.has(f[len(f)-1]) {
		return nil
	}
	var out []string
	for _, e := range entities {
		if !slices.Contains(e.Names, head) && !slices.Contains(e.Demonyms, head) {
			continue
		}
		for _, n := range e.Names {
			if strings.ContainsAny(n, " .") || strings.ToUpper(n) == n {
				continue // "United States of America", "U.S.", "USA"
			}
			out = append(out, n+" "+rest, n+"'s "+rest)
		}
		for _, d := range e.Demonyms {
			out = append(out, d+" "+rest)
		}
	}
	return slices.DeleteFunc(out, func(v string) bool { return v == name })
}

// configuredNames returns every name, alias and demonym the
// configuration gives its actors, lower case.
func configuredNames(actors []report.Actor) map[string]bool {
	out := map[string]bool{}
	for _, a := range actors {
		for _, n := range append(append([]string{a.Name}, a.Aliases...), a.Demonyms...) {
			out[strings.ToLower(n)] = true
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
// Haiti"), or else the one actor the configuration gives one of e's names
// as a place (the Taliban for "Afghanistan"), when no actor bears the
// country's own name; or -1. Its names then stand for that actor as
// places: "Haiti asked for a force", but not "in Haiti"; and its
// demonyms before a role noun: "Afghan authorities".
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
	if found >= 0 {
		return found
	}
	for ai, a := range actors {
		for _, pl := range a.Places {
			if !slices.ContainsFunc(e.Names, func(s string) bool { return strings.EqualFold(s, pl) }) {
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

// outletActor returns the one actor an outlet's name names ("The White
// House": the United States), or "". A news outlet named after a place
// or a people ("France 24", "Kyiv Post") speaks for nobody: a name with a
// figure or a word of the news trade in it names no actor's voice.
func (x *Extractor) outletActor(outlet string) string {
	if who := x.editorialVoice(outlet); who != "" {
		return who
	}
	if outlet == "" || newsOutlet(outlet) {
		return ""
	}
	found := ""
	for _, m := range x.actors.find(outlet) {
		if m.PrepObject && found != "" {
			continue // "U.S. Embassy in Kyiv": the embassy is the United States'
		}
		if m.Actor == "" || found != "" && m.Actor != found {
			return ""
		}
		found = m.Actor
	}
	return found
}

// editorialVoice returns the actor an outlet's editorial speaks for, when
// the outlet publishes its government's official views as editorials
// ("Voice of America (editorial)": the United States), or "".
func (x *Extractor) editorialVoice(outlet string) string {
	lower := strings.ToLower(outlet)
	if !strings.Contains(lower, "editorial") {
		return ""
	}
	for _, name := range slices.Sorted(maps.Keys(editorialVoices)) {
		if !strings.HasPrefix(strings.TrimPrefix(lower, "the "), name) {
			continue
		}
		entity := editorialVoices[name]
		for _, m := range x.actors.find(entity) {
			if m.Actor != "" {
				return m.Actor
			}
		}
	}
	return ""
}

// editorialVoices name the outlets whose editorials state a government's
// views, and that government's name.
var editorialVoices = lexicon.Default().Map("editorialVoices")

// newsOutlet reports whether an outlet's name, before any note in
// brackets, is a news organisation's: it has a figure ("France 24") or a
// word of the news trade at its head or its end ("Kyiv Post", "Times of
// Israel"). Inside a name the same words belong to a government office
// ("the Agency for Development of Norland", "Office of the Press
// Secretary").
func newsOutlet(outlet string) bool {
	if i := strings.IndexByte(outlet, '('); i >= 0 {
		outlet = outlet[:i]
	}
	ws := strings.FieldsFunc(strings.ToLower(outlet), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	if len(ws) > 0 && ws[0] == "the" {
		ws = ws[1:]
	}
	for _, w := range ws {
		if unicode.IsDigit(rune(w[0])) {
			return true
		}
	}
	return len(ws) > 0 && (mediaWords.has(ws[0]) || mediaWords.has(ws[len(ws)-1]))
}

// mediaWords in an outlet's name make it a news organisation's.
var mediaWords = wordSetOf("mediaWords")
