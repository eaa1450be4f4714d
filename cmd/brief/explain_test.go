package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestExplainAndIssueTerms runs `extract --explain` on an article and
// `check`, which lists each issue's terms with the thesaurus's, against a
// configuration that adds a verb and a synonym through [lexicon].
func TestExplainAndIssueTerms(t *testing.T) {
	dir := t.TempDir()
	write := func(name, text string) {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.Mkdir(filepath.Join(dir, "sources"), 0o755); err != nil {
		t.Fatal(err)
	}
	write("config.toml", `title = "T"
[[actor]]
name = "Pakistan"
[[actor]]
name = "TTP"
[[issue]]
id = "talks"
label = "Talks with the TTP"
terms = ["talks"]
[lexicon]
[[lexicon.cue]]
phrase = "lambast"
position = "oppose"
[[lexicon.synonyms]]
name = "talks"
terms = ["jirga"]
`)
	write("sources/a.md", "+++\ntitle = \"A\"\npublished = 2024-01-02\n+++\nPakistan lambasted the jirga with the TTP. The weather was fine.\n")
	cfg := filepath.Join(dir, "config.toml")

	code, out, errs := runBrief(t, "extract", "--config", cfg, "--explain", filepath.Join(dir, "sources/a.md"))
	if code != 0 {
		t.Fatalf("extract --explain: exit %d: %s", code, errs)
	}
	for _, want := range []string{"stances: Pakistan talks oppose", "cues:    lambasted: oppose", "issues:  jirga: talks", "none:    no issue term"} {
		if !strings.Contains(out, want) {
			t.Errorf("explanation lacks %q:\n%s", want, out)
		}
	}
	code, out, errs = runBrief(t, "check", "--config", cfg)
	if code != 0 || !strings.Contains(out, "issue talks: talks, ") || !strings.Contains(out, "negotiations") || !strings.Contains(out, "jirga") {
		t.Errorf("check: exit %d, stdout:\n%s\nstderr:\n%s\nwant the talks issue's terms with the thesaurus's and the configured synonym", code, out, errs)
	}
}
