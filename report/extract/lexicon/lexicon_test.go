package lexicon

import (
	"io/fs"
	"reflect"
	"slices"
	"strings"
	"testing"
	"testing/fstest"
)

func TestDefaultLoads(t *testing.T) {
	l := Default()
	if len(l.Cues) < 100 {
		t.Fatalf("Default has %d cues, want the hand-written table (over 100)", len(l.Cues))
	}
	if !l.Set("negators")["not"] {
		t.Error(`set "negators" lacks "not"`)
	}
	seen := map[string]bool{}
	for _, c := range l.Cues {
		if c.Shape == "" || c.Position == "" {
			t.Errorf("cue %q: shape %q, position %q", c.Phrase, c.Shape, c.Position)
		}
		seen[c.Phrase] = true
	}
	for _, p := range []string{"urge", "reject", "only if", "deny"} {
		if !seen[p] {
			t.Errorf("cue %q missing", p)
		}
	}
}

func TestParseErrors(t *testing.T) {
	for _, tc := range []struct{ name, text, want string }{
		{"position", "[[cue]]\nphrase = \"x\"\nposition = \"suport\"\n", `position "suport"`},
		{"shape", "[[cue]]\nphrase = \"x\"\nposition = \"support\"\nshape = \"adverb\"\n", `shape "adverb"`},
		{"empty", "[[cue]]\nposition = \"support\"\n", "empty phrase"},
		{"unknown key", "[[cue]]\nphrase = \"x\"\nposition = \"support\"\nneedsto = true\n", `unknown key "cue.needsto"`},
		{"synonyms", "[[synonyms]]\nname = \"talks\"\n", "no terms"},
		{"syntax", "[[cue]\n", "x.toml"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var l Lexicon
			err := Parse("x.toml", []byte(tc.text), &l)
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("Parse: %v, want an error containing %q", err, tc.want)
			}
		})
	}
}

func TestExtendAndExclude(t *testing.T) {
	base, err := load(fstest.MapFS{
		"cameo.toml": {Data: []byte("[[cue]]\nphrase = \"lambast\"\nposition = \"oppose\"\n[[cue]]\nphrase = \"hail\"\nposition = \"support\"\n")},
		"en.toml":    {Data: []byte("exclude = [\"hail\"]\n[[cue]]\nphrase = \"lambast\"\nposition = \"deny\"\n[sets]\nneg = [\"not\"]\n")},
	})
	if err != nil {
		t.Fatal(err)
	}
	if got := phrases(base); got != "lambast:deny lambast:oppose" {
		t.Fatalf("after en.toml: %s; want en.toml's cue first and the excluded one gone", got)
	}
	ext := base.Extend(&Lexicon{Cues: []Cue{{Phrase: "spurn", Position: "oppose", Shape: ShapeVerb}}, Sets: map[string][]string{"neg": {"nae"}}})
	if got := phrases(ext); got != "spurn:oppose lambast:deny lambast:oppose" {
		t.Errorf("extended: %s", got)
	}
	if !ext.Set("neg")["nae"] || !ext.Set("neg")["not"] || base.Set("neg")["nae"] {
		t.Errorf("sets: extended %v, base %v", ext.Sets, base.Sets)
	}
}

func phrases(l *Lexicon) string {
	var s []string
	for _, c := range l.Cues {
		s = append(s, c.Phrase+":"+c.Position)
	}
	return strings.Join(s, " ")
}

// TestShippedDecodersAgree reads each shipped file with both decoders:
// load's (parseShipped) and the one configurations' files go through
// (Parse). They must give the same lexicon.
func TestShippedDecodersAgree(t *testing.T) {
	names, err := fs.Glob(files, "*.toml")
	if err != nil || len(names) == 0 {
		t.Fatalf("no shipped files (%v)", err)
	}
	for _, name := range names {
		data, err := fs.ReadFile(files, name)
		if err != nil {
			t.Fatal(err)
		}
		var fast, slow Lexicon
		if err := parseShipped(name, data, &fast); err != nil {
			t.Fatal(err)
		}
		if err := Parse(name, data, &slow); err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(fast, slow) {
			t.Errorf("%s: go-toml and BurntSushi/toml read it differently", name)
		}
	}
}

// TestParseShippedFallsBack: a file go-toml refuses gets Parse's error.
func TestParseShippedFallsBack(t *testing.T) {
	var l Lexicon
	err := parseShipped("x.toml", []byte("[[cue]]\nphrase = \"x\"\nposition = \"support\"\nneedsto = true\n"), &l)
	if err == nil || !strings.Contains(err.Error(), `unknown key "cue.needsto"`) {
		t.Fatalf("parseShipped: %v, want Parse's unknown key error", err)
	}
}

// TestAbsorbIsMerge: load's in-place merge gives what a merge per file
// gives, on the shipped files and on TestExtendAndExclude's.
func TestAbsorbIsMerge(t *testing.T) {
	names, err := fs.Glob(files, "*.toml")
	if err != nil {
		t.Fatal(err)
	}
	var parts []*Lexicon
	for _, name := range names {
		data, err := fs.ReadFile(files, name)
		if err != nil {
			t.Fatal(err)
		}
		var part Lexicon
		if err := Parse(name, data, &part); err != nil {
			t.Fatal(err)
		}
		parts = append(parts, &part)
	}
	extra := []*Lexicon{
		{Cues: []Cue{{Phrase: "lambast", Position: "oppose", Shape: ShapeVerb}, {Phrase: "hail", Position: "support", Shape: ShapeVerb}},
			Sets: map[string][]string{"neg": {"not"}}, Maps: map[string]map[string]string{"m": {"a": "1"}}},
		{Exclude: []string{" Hail "}, Cues: []Cue{{Phrase: "lambast", Position: "deny", Shape: ShapeVerb}},
			Sets: map[string][]string{"neg": {"nae"}}, Maps: map[string]map[string]string{"m": {"a": "2", "b": "3"}},
			Irregular: map[string]string{"went": "go"}, Thesaurus: []Synonyms{{Name: "talks", Terms: []string{"x"}}, {Name: "talks", Terms: []string{"y"}}}},
	}
	for _, ps := range [][]*Lexicon{parts, extra, append(slices.Clone(extra), parts...)} {
		merged, absorbed := &Lexicon{}, &Lexicon{}
		for _, p := range ps {
			merged = merged.merge(p)
			absorbed.absorb(p)
		}
		if !reflect.DeepEqual(merged, absorbed) {
			t.Errorf("absorb and merge differ over %d files", len(ps))
		}
	}
}
