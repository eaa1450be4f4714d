package config

import (
	"errors"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"brief/report/corpus"
)

func TestLoadErrors(t *testing.T) {
	tests := []struct {
		file string
		line int
		want string // part of the message
	}{
		{"misspelt.toml", 6, `unknown key "actor.aliasez"`},
		{"wrongtype.toml", 3, `key "marking": incompatible types`},
		{"badkind.toml", 7, `section kind "chart"`},
		{"syntax.toml", 3, "expected end of table array"},
		{"badzone.toml", 2, "Mars/Olympus"},
		{"missing.toml", 0, "cannot read configuration"},
		{"badoutput.toml", 6, `output latest "../../escaped" must be a file name`},
		{"badpattern.toml", 4, `pattern "(unclosed" is not a regular expression`},
		{"badlimits.toml", 6, `limits.line_bytes = -5: want a number of bytes`},
		{"badphrase.toml", 3, `cleaning.notice: phrase 1 is empty`},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			path := filepath.Join("testdata", tt.file)
			_, err := Load(path)
			var ce *Error
			if !errors.As(err, &ce) {
				t.Fatalf("Load(%s) = %v, want a *config.Error", tt.file, err)
			}
			if ce.File != path || ce.Line != tt.line {
				t.Errorf("error at %s:%d, want %s:%d (%v)", ce.File, ce.Line, path, tt.line, err)
			}
			if !strings.Contains(err.Error(), tt.want) {
				t.Errorf("error %q does not mention %q", err, tt.want)
			}
			if strings.Count(err.Error(), "\n") > 0 {
				t.Errorf("error is not one line: %q", err)
			}
		})
	}
}

func TestLoadDefaultsAndPaths(t *testing.T) {
	c, err := Load(filepath.Join("testdata", "minimal.toml"))
	if err != nil {
		t.Fatal(err)
	}
	if c.PageSize != "A4" || c.TimeZone != "UTC" || c.Output.Dir != "out" {
		t.Errorf("defaults not applied: %+v", c)
	}
	if len(c.Sections) != 5 || c.Sections[0].Title != "Key points" {
		t.Errorf("default sections = %+v", c.Sections)
	}
	if c.Issues[0].Label != "talks" {
		t.Errorf("issue label defaults to its id, got %q", c.Issues[0].Label)
	}
	abs, _ := filepath.Abs("testdata")
	if got := c.Resolve("sources"); got != filepath.Join(abs, "sources") {
		t.Errorf("Resolve(sources) = %s, want it under the configuration's folder %s", got, abs)
	}
	if got := c.Resolve("/abs/dir"); got != "/abs/dir" {
		t.Errorf("Resolve kept an absolute path? got %s", got)
	}
	if _, err := c.SourcesDir(); err == nil || !strings.Contains(err.Error(), "does not exist") {
		t.Errorf("SourcesDir on a missing folder = %v", err)
	}
}

func TestDemoConfiguration(t *testing.T) {
	c, err := Load(filepath.Join("..", "..", "config.toml"))
	if err != nil {
		t.Fatalf("the demo configuration does not load: %v", err)
	}
	if _, err := os.Stat(c.Resolve(c.Sources)); err != nil {
		t.Errorf("demo sources folder: %v", err)
	}
	if len(c.Actors) < 3 || len(c.Issues) < 5 {
		t.Errorf("demo domain too small: %d actors, %d issues", len(c.Actors), len(c.Issues))
	}
}

func TestLimits(t *testing.T) {
	c, err := Load(filepath.Join("testdata", "limits.toml"))
	if err != nil {
		t.Fatal(err)
	}
	want := corpus.Limits{ArticleBytes: 1_000_000, LineBytes: 20_000, FrontMatterKeys: 40, PageParagraphs: 500, OutsideLinks: true}
	if c.Limits != want {
		t.Errorf("limits = %+v, want %+v", c.Limits, want)
	}
	if got := c.CorpusOptions(); got.Limits != want || got.RelativeTo != c.Dir {
		t.Errorf("CorpusOptions = %+v", got)
	}
	m, err := Load(filepath.Join("testdata", "minimal.toml"))
	if err != nil {
		t.Fatal(err)
	}
	if m.Limits != (corpus.Limits{}) {
		t.Errorf("no [limits] table: %+v, want the zero value (the defaults)", m.Limits)
	}
}

// TestPhrases reads the phrases a configuration adds to the cleaner's and
// passes them to the corpus options.
func TestPhrases(t *testing.T) {
	c, err := Load(filepath.Join("testdata", "phrases.toml"))
	if err != nil {
		t.Fatal(err)
	}
	got := c.CorpusOptions().Phrases
	if len(got.Navigation) != 1 || got.Navigation[0] != "Listen to this article" ||
		len(got.Notice) != 1 || got.Notice[0] != "this page is archived" ||
		len(got.SiteWords) != 1 || got.SiteWords[0] != "page" {
		t.Errorf("CorpusOptions().Phrases = %+v", got)
	}
	cleaner, err := c.CorpusOptions().Cleaner()
	if err != nil {
		t.Fatal(err)
	}
	if out := cleaner.Clean("Listen to this article\nThe talks resumed on Monday.", ""); out != "The talks resumed on Monday." {
		t.Errorf("Clean = %q", out)
	}
}

// TestDeepConfiguration loads a configuration nested 100,000 levels deep,
// which would exhaust the TOML decoder's memory: it is refused first.
func TestDeepConfiguration(t *testing.T) {
	data := []byte("title = \"Deep\"\nx = " + strings.Repeat("{a=", 100_000) + "1" + strings.Repeat("}", 100_000) + "\n")
	_, err := parse("deep.toml", data)
	var ce *Error
	if !errors.As(err, &ce) || !strings.Contains(err.Error(), "deep.toml: arrays or tables nest 100000 levels deep") {
		t.Errorf("parse(deep) = %v", err)
	}
}

// TestMaxRows: a section's max_rows reaches the model's section as
// written; a section that leaves it out leaves the PDF's default.
func TestMaxRows(t *testing.T) {
	c, err := Load(writeConfig(t, "[[actor]]\nname = \"A\"\n[[section]]\nkind = \"timeline\"\nmax_rows = 25\n"+
		"[[section]]\nkind = \"figures\"\nmax_rows = 0\n[[section]]\nkind = \"sources\"\n"))
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, s := range c.Sections {
		v := "unset"
		if s.MaxRows != nil {
			v = strconv.Itoa(*s.MaxRows)
		}
		got = append(got, string(s.Kind)+"="+v)
	}
	if want := "timeline=25 figures=0 sources=unset"; strings.Join(got, " ") != want {
		t.Errorf("sections %s, want %s", strings.Join(got, " "), want)
	}
}

// TestLexiconEntities checks that a configuration may name a country or
// organisation under its other names, and that an entity with no names is
// refused with the key's path.
func TestLexiconEntities(t *testing.T) {
	c, err := Load(writeConfig(t, "[[actor]]\nname = \"DR Congo\"\n[[lexicon.entity]]\n"+
		"names = [\"DR Congo\", \"Kinshasa\"]\ndemonyms = [\"Congolese\"]\n"))
	if err != nil {
		t.Fatal(err)
	}
	es := c.Lexicon.Extra.Entities
	if len(es) != 1 || strings.Join(es[0].Names, ",") != "DR Congo,Kinshasa" || strings.Join(es[0].Demonyms, ",") != "Congolese" {
		t.Errorf("entities %+v, want one with names DR Congo, Kinshasa and demonym Congolese", es)
	}
	_, err = Load(writeConfig(t, "[[actor]]\nname = \"A\"\n[[lexicon.entity]]\ndemonyms = [\"Congolese\"]\n"))
	if err == nil || !strings.Contains(err.Error(), "entity 1: no names") {
		t.Errorf("an entity without names: err = %v, want one naming it", err)
	}
}
