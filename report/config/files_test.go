package config

import (
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// TestReadFiles: the assessment and the links file are read relative to
// the configuration, trimmed and without comments; a missing or oversized
// file is a configuration error naming the configuration and the file.
func TestReadFiles(t *testing.T) {
	path := writeConfig(t, "assessment = \"a.txt\"\n[fetch]\nlinks = \"links.txt\"\n[[actor]]\nname = \"A\"\n")
	cfg, err := Load(path)
	if err != nil {
		t.Fatal(err)
	}
	dir := filepath.Dir(path)
	var ce *Error
	if _, err := cfg.ReadAssessment(); !errors.As(err, &ce) || ce.File != path || !strings.Contains(err.Error(), "a.txt") {
		t.Errorf("ReadAssessment without the file = %v, want a configuration error naming a.txt", err)
	}
	if _, err := cfg.ReadLinks(); !errors.As(err, &ce) || ce.File != path || !strings.Contains(err.Error(), "links.txt") {
		t.Errorf("ReadLinks without the file = %v, want a configuration error naming links.txt", err)
	}
	write := func(name, text string) {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("a.txt", "\n  The talks will fail.  \n\n")
	write("links.txt", "# feeds the desk reads\nhttps://example.org/a\n\n  https://example.org/b  \n")
	if got, err := cfg.ReadAssessment(); err != nil || got != "The talks will fail." {
		t.Errorf("ReadAssessment = %q, %v", got, err)
	}
	if got, err := cfg.ReadLinks(); err != nil || !slices.Equal(got, []string{"https://example.org/a", "https://example.org/b"}) {
		t.Errorf("ReadLinks = %q, %v", got, err)
	}
	write("a.txt", strings.Repeat("x", maxAssessment+1))
	if _, err := cfg.ReadAssessment(); !errors.As(err, &ce) || !strings.Contains(err.Error(), "over 64 KiB") {
		t.Errorf("ReadAssessment of a large file = %v, want a configuration error", err)
	}
	cfg.Assessment, cfg.Fetch.Links = "", ""
	if a, err := cfg.ReadAssessment(); a != "" || err != nil {
		t.Errorf("ReadAssessment with no assessment = %q, %v", a, err)
	}
	if l, err := cfg.ReadLinks(); l != nil || err != nil {
		t.Errorf("ReadLinks with no links = %q, %v", l, err)
	}
}
