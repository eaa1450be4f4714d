package corpus

import (
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// secret is a line of a file outside the sources folder: no byte of it
// may reach a source, a problem or anything built from them.
const secret = "The administrator said the SECRET-OUTSIDE-MARKER password opens every account on the host."

// outsideFixture makes a sources folder whose links reach outside it in
// every way a link can, and one link that stays inside.
func outsideFixture(t *testing.T) (sources string) {
	t.Helper()
	base := t.TempDir()
	sources = filepath.Join(base, "sources")
	outside := filepath.Join(base, "private")
	writeFiles(t, base, map[string]string{
		"sources/good.md":            article,
		"sources/archive/inside.md":  strings.Replace(article, "Talks resume", "Inside", 1),
		"private/passwd":             secret + "\n",
		"private/notes.md":           "+++\ntitle = \"" + secret + "\"\n+++\n" + secret + "\n",
		"private/folder/article.md":  "+++\ntitle = \"Folder\"\n+++\n" + secret + "\n",
		"sources/chain/.placeholder": "",
	})
	links := map[string]string{
		"absolute.md":   filepath.Join(outside, "passwd"),
		"relative.md":   "../private/notes.md",
		"chain.md":      "hop.md",                                    // → hop.md → outside
		"hop.md":        filepath.Join(outside, "notes.md"),          // itself outside
		"via_folder.md": "linked_folder/article.md",                  // through a link to a folder
		"linked_folder": filepath.Join(outside, "folder"),            // a folder: never read
		"inside.md":     filepath.Join(sources, "archive/inside.md"), // stays inside: read
	}
	for name, target := range links {
		if err := os.Symlink(target, filepath.Join(sources, name)); err != nil {
			t.Skipf("cannot make symbolic links here: %v", err)
		}
	}
	return sources
}

func TestOutsideLinksSkipped(t *testing.T) {
	dir := outsideFixture(t)
	sources, problems, err := Load(dir, Options{})
	if err != nil {
		t.Fatal(err)
	}
	var titles []string
	for _, s := range sources {
		titles = append(titles, s.Title)
	}
	slices.Sort(titles)
	if !slices.Equal(titles, []string{"Inside", "Talks resume"}) {
		t.Errorf("loaded %q, want the article and the link inside the folder", titles)
	}
	reported := map[string]bool{}
	for _, p := range problems {
		if strings.Contains(p.Msg, "outside the sources folder, is not read") && p.Skipped {
			reported[filepath.Base(p.File)] = true
		}
	}
	for _, name := range []string{"absolute.md", "relative.md", "chain.md", "hop.md", "via_folder.md"} {
		if !reported[name] {
			t.Errorf("link %s not reported as outside the folder; problems: %v", name, problems)
		}
	}
	// No byte of the outside files in anything Load returns.
	js, err := json.Marshal(struct {
		S any
		P any
	}{sources, problems})
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(string(js), "SECRET-OUTSIDE-MARKER") {
		t.Errorf("the outside file reached the sources or problems: %s", js)
	}

	// The build reads the files that Files lists: none is outside.
	files, err := Files(dir)
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range files {
		data, prob := ReadFile(f, f, Limits{})
		if prob == nil && strings.Contains(string(data), "SECRET-OUTSIDE-MARKER") {
			t.Errorf("Files lists %s, which reads the outside file", f)
		}
	}
}

func TestOutsideLinksAllowed(t *testing.T) {
	dir := outsideFixture(t)
	sources, problems, err := Load(dir, Options{Limits: Limits{OutsideLinks: true}})
	if err != nil {
		t.Fatal(err)
	}
	found := false
	for _, s := range sources {
		found = found || strings.Contains(s.Text, "SECRET-OUTSIDE-MARKER")
	}
	if !found {
		t.Errorf("outside_links = true: the linked article was not read; problems %v", problems)
	}
}

// TestSourcesFolderLinked checks that a sources folder that is itself a
// link (the user's choice) is the boundary, not the link's own folder.
func TestSourcesFolderLinked(t *testing.T) {
	base := t.TempDir()
	writeFiles(t, base, map[string]string{"real/good.md": article})
	if err := os.Symlink(filepath.Join(base, "real"), filepath.Join(base, "sources")); err != nil {
		t.Skipf("cannot make symbolic links here: %v", err)
	}
	if err := os.Symlink("good.md", filepath.Join(base, "real", "again.md")); err != nil {
		t.Fatal(err)
	}
	_, problems, err := Load(filepath.Join(base, "sources"), Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range problems {
		if strings.Contains(p.Msg, "outside") {
			t.Errorf("a link inside a linked sources folder was taken as outside: %v", p)
		}
	}
}

// TestReadConfinedToFolder reads a link that leads out of the folder as
// if it had been swapped in after List checked the folder: the read
// itself refuses it.
func TestReadConfinedToFolder(t *testing.T) {
	dir := outsideFixture(t)
	root, err := os.OpenRoot(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer root.Close()
	for _, name := range []string{"absolute.md", "relative.md", "chain.md", "via_folder.md"} {
		data, prob := readArticle(root, dir, filepath.Join(dir, name), name, Limits{})
		if prob == nil || strings.Contains(string(data), "SECRET-OUTSIDE-MARKER") {
			t.Errorf("%s: read %d bytes through the root, problem %v", name, len(data), prob)
		}
	}
	if data, prob := readArticle(root, dir, filepath.Join(dir, "inside.md"), "inside.md", Limits{}); prob != nil || len(data) == 0 {
		t.Errorf("a link inside the folder: %v", prob)
	}
}
