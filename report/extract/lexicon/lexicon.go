// Package lexicon holds the words the extractor reads positions, speakers,
// figures and dates by, as data: the stance cues with their position and
// shape (hand-written ones in en.toml, ones converted from the CAMEO verb
// dictionary in cameo.toml), role nouns, the thesaurus of issues that
// conflicts share, and the named word sets the rules consult (negators,
// hedges, reporting verbs …).
//
// Every *.toml file of this folder is embedded and read once, in name
// order; a configuration may extend the result with its own file or
// entries (see Extend). Nothing in the extractor's Go code lists words:
// grep for a verb and you find it here.
package lexicon

import (
	"brief/report"
	"bytes"
	"embed"
	"fmt"
	"io/fs"
	"slices"
	"strings"
	"sync"

	"github.com/BurntSushi/toml"
	gotoml "github.com/pelletier/go-toml/v2"
)

//go:embed *.toml
var files embed.FS

// Shape says how a cue finds its subject and its issue.
type Shape string

// The cue shapes.
const (
	ShapeVerb      Shape = "verb"      // "urged", "rejected": subject before, issue after
	ShapeAdjective Shape = "adjective" // "keen to", "reluctant to": subject before a copula
	ShapeNoun      Shape = "noun"      // "refusal to", "call for": subject possessive or before
	ShapeCondition Shape = "condition" // "only if": issue before is conditional, issue after demanded
	ShapeDeny      Shape = "deny"      // "reject the claim that": the claim after is denied
	ShapeAssert    Shape = "assert"    // "evidence of", "accused X of": the claim after is supported
)

var shapes = []Shape{ShapeVerb, ShapeAdjective, ShapeNoun, ShapeCondition, ShapeDeny, ShapeAssert}

// positions a cue may show: the model's Stance.Position values.
var positions = func() []string {
	out := make([]string, len(report.Positions))
	for i, p := range report.Positions {
		out[i] = string(p)
	}
	return out
}()

// Cue is a phrase that shows a position. Phrases match by stem ("urge"
// matches "urged", "urges", "urging"), longest first.
type Cue struct {
	Phrase   string `toml:"phrase"`
	Position string `toml:"position"`
	Shape    Shape  `toml:"shape"`
	// NeedsTo marks a demand whose issue follows "to" or "for" after its
	// target ("urged X to …").
	NeedsTo bool `toml:"needs_to"`
	// CAMEO is the CAMEO code of a cue converted from the CAMEO verb
	// dictionary; empty for hand-written cues.
	CAMEO string `toml:"cameo"`
}

// Role is a noun that names an office or an official who speaks for an
// organisation ("foreign minister", "spokesperson"), with the CAMEO
// sector code of what it names (GOV, MIL, REB …) when known.
type Role struct {
	Phrase string `toml:"phrase"`
	Sector string `toml:"sector"`
}

// Synonyms is one entry of the issue thesaurus: terms that name the same
// kind of issue ("ceasefire", "truce", "cessation of hostilities"). An
// issue whose label or terms contain one of them is raised by all. An
// entry with the name of an earlier one adds its terms to it.
type Synonyms struct {
	Name  string   `toml:"name"`
	Terms []string `toml:"terms"`
}

// EventVerb is a verb that tells what kind of event a sentence reports
// ("shelled": battle), converted from CAMEO or written by hand.
type EventVerb struct {
	Phrase string `toml:"phrase"`
	Type   string `toml:"type"`
	CAMEO  string `toml:"cameo"`
}

// Entity is a country or an international organisation under every name
// reporters use for it ("United States", "US", "U.S.") and the demonyms
// that stand for its officials ("American").
type Entity struct {
	Names    []string `toml:"names"`
	Demonyms []string `toml:"demonyms"`
}

// Lexicon is the whole vocabulary. Its zero value is empty; Default
// returns the embedded one.
type Lexicon struct {
	Cues []Cue `toml:"cue"`
	// Exclude lists cue phrases to drop from every file read before this
	// one (a converted CAMEO verb that misleads on news text).
	Exclude    []string    `toml:"exclude"`
	Roles      []Role      `toml:"role"`
	Thesaurus  []Synonyms  `toml:"synonyms"`
	EventVerbs []EventVerb `toml:"event_verb"`
	// Entities are countries and organisations under their other names.
	Entities []Entity `toml:"entity"`
	// Sets are named word sets the rules consult.
	Sets map[string][]string `toml:"sets"`
	// Maps are named word → word tables ("crore" → "1e7" is a number;
	// "rs" → "PKR" a currency).
	Maps map[string]map[string]string `toml:"maps"`
	// Irregular maps irregular verb forms to their base ("withdrew",
	// "withdrawn" → "withdraw"), for matching issue terms by lemma.
	Irregular map[string]string `toml:"irregular"`
}

var (
	defaultOnce sync.Once
	defaultLex  *Lexicon
)

// Default returns the embedded lexicon. It panics if the embedded files
// do not parse, which a test of this package catches.
func Default() *Lexicon {
	defaultOnce.Do(func() {
		l, err := load(files)
		if err != nil {
			panic(err)
		}
		defaultLex = l
	})
	return defaultLex
}

// load reads every *.toml file of fsys, in name order, into one lexicon.
// en.toml is read last, so that hand-written entries win over converted
// ones and its exclusions apply to them.
func load(fsys fs.FS) (*Lexicon, error) {
	names, err := fs.Glob(fsys, "*.toml")
	if err != nil {
		return nil, err
	}
	if i := slices.Index(names, "en.toml"); i >= 0 {
		names = append(slices.Delete(names, i, i+1), "en.toml")
	}
	l := &Lexicon{}
	for _, name := range names {
		b, err := fs.ReadFile(fsys, name)
		if err != nil {
			return nil, err
		}
		var part Lexicon
		if err := parseShipped(name, b, &part); err != nil {
			return nil, err
		}
		l.absorb(&part)
	}
	return l, nil
}

// absorb extends l by o in place (see merge): load's lexicon is its own,
// and a merge per file would copy every set and map read before it.
func (l *Lexicon) absorb(o *Lexicon) {
	if l.Sets == nil {
		l.Sets, l.Maps, l.Irregular = map[string][]string{}, map[string]map[string]string{}, map[string]string{}
	}
	drop := map[string]bool{}
	for _, p := range o.Exclude {
		drop[strings.ToLower(strings.TrimSpace(p))] = true
	}
	var cues []Cue
	cues = append(cues, o.Cues...)
	for _, c := range l.Cues {
		if !drop[strings.ToLower(c.Phrase)] {
			cues = append(cues, c)
		}
	}
	l.Cues = cues
	l.Exclude = append(slices.Clone(l.Exclude), o.Exclude...)
	l.Roles = append(slices.Clone(l.Roles), o.Roles...)
	l.Thesaurus = mergeThesaurus(l.Thesaurus, o.Thesaurus)
	l.EventVerbs = append(slices.Clone(o.EventVerbs), l.EventVerbs...)
	l.Entities = append(slices.Clone(o.Entities), l.Entities...)
	for k, v := range o.Sets {
		l.Sets[k] = append(l.Sets[k], v...)
	}
	for k, m := range o.Maps {
		if l.Maps[k] == nil {
			l.Maps[k] = map[string]string{}
		}
		for w, v := range m {
			l.Maps[k][w] = v
		}
	}
	for k, v := range o.Irregular {
		l.Irregular[k] = v
	}
}

// parseShipped decodes one of the shipped files as Parse does, with
// go-toml, which reads them about five times faster than Parse's decoder:
// every command loads the extractor's package, whose word sets come from
// these files, so their parse is part of every run, even one that extracts
// nothing. A file go-toml refuses is read again by Parse, for its error;
// a test checks that both decoders read each shipped file alike.
func parseShipped(name string, data []byte, into *Lexicon) error {
	dec := gotoml.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(into); err != nil {
		*into = Lexicon{}
		return Parse(name, data, into)
	}
	return into.check(name)
}

// Parse decodes one lexicon file and checks it; name is used in errors.
// Unknown keys are errors, so a misspelt key does not silently drop a rule.
func Parse(name string, data []byte, into *Lexicon) error {
	md, err := toml.Decode(string(data), into)
	if err != nil {
		return fmt.Errorf("lexicon %s: %w", name, err)
	}
	if un := md.Undecoded(); len(un) > 0 {
		return fmt.Errorf("lexicon %s: unknown key %q; known: cue, exclude, role, synonyms, event_verb, entity, sets, maps, irregular", name, un[0].String())
	}
	return into.check(name)
}

// Check reports the first entry of l that cannot be used, as Parse does
// for a file.
func Check(l *Lexicon) error { return l.check("[lexicon]") }

// check reports the first entry that cannot be used.
func (l *Lexicon) check(name string) error {
	for i, c := range l.Cues {
		switch {
		case strings.TrimSpace(c.Phrase) == "":
			return fmt.Errorf("lexicon %s: cue %d: empty phrase", name, i+1)
		case !slices.Contains(positions, c.Position):
			return fmt.Errorf("lexicon %s: cue %q: position %q: want one of %s", name, c.Phrase, c.Position, strings.Join(positions, ", "))
		case c.Shape == "":
			l.Cues[i].Shape = ShapeVerb
		case !slices.Contains(shapes, c.Shape):
			return fmt.Errorf("lexicon %s: cue %q: shape %q: want one of verb, adjective, noun, condition, deny, assert", name, c.Phrase, c.Shape)
		}
	}
	for i, s := range l.Thesaurus {
		if len(s.Terms) == 0 {
			return fmt.Errorf("lexicon %s: synonyms %d (%q): no terms", name, i+1, s.Name)
		}
	}
	for i, e := range l.Entities {
		if len(e.Names) == 0 {
			return fmt.Errorf("lexicon %s: entity %d: no names", name, i+1)
		}
	}
	for _, r := range l.Roles {
		if strings.TrimSpace(r.Phrase) == "" {
			return fmt.Errorf("lexicon %s: a role with an empty phrase", name)
		}
	}
	return nil
}

// merge returns l extended by o: o's exclusions drop l's cues, o's cues
// come first (they win over l's for the same phrase), lists are joined
// and sets, maps and irregular forms are added to. l is left as it was.
func (l *Lexicon) merge(o *Lexicon) *Lexicon {
	out := &Lexicon{}
	out.absorb(l)
	out.absorb(o)
	return out
}

// one adds its terms to it.
func mergeThesaurus(a, b []Synonyms) []Synonyms {
	out := make([]Synonyms, 0, len(a)+len(b))
	at := map[string]int{}
	for _, e := range append(slices.Clone(a), b...) {
		if i, ok := at[e.Name]; ok && e.Name != "" {
			out[i].Terms = append(slices.Clone(out[i].Terms), e.Terms...)
			continue
		}
		at[e.Name] = len(out)
		out = append(out, e)
	}
	return out
}

// Extend returns the lexicon with a configuration's additions: cues,
// exclusions, roles, thesaurus entries, entities and set members. l is unchanged.
func (l *Lexicon) Extend(add *Lexicon) *Lexicon {
	if add == nil {
		return l
	}
	return l.merge(add)
}

// Set returns the named word set as a map, for membership tests. It
// panics on an unknown name: the rules name their sets in code, and a
// test of the extractor reads every one of them.
func (l *Lexicon) Set(name string) map[string]bool {
	words, ok := l.Sets[name]
	if !ok {
		panic(fmt.Sprintf("lexicon: no set %q", name))
	}
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

// List returns the named word set in the order the data gives it. It
// panics on an unknown name, like Set.
func (l *Lexicon) List(name string) []string {
	words, ok := l.Sets[name]
	if !ok {
		panic(fmt.Sprintf("lexicon: no set %q", name))
	}
	return words
}

// Map returns the named word table. It panics on an unknown name, like Set.
func (l *Lexicon) Map(name string) map[string]string {
	m, ok := l.Maps[name]
	if !ok {
		panic(fmt.Sprintf("lexicon: no map %q", name))
	}
	return m
}
