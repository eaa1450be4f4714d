package corpus

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"brief/internal/golden"
)

func TestLoad(t *testing.T) {
	sources, problems, err := Load(filepath.Join("testdata", "articles"), Options{})
	if err != nil {
		t.Fatal(err)
	}
	byFile := map[string]string{}
	for _, p := range problems {
		byFile[filepath.Base(p.File)] += p.Error() + "\n"
	}
	wantProblems := []struct {
		file, want string
	}{
		{"02_nofrontmatter.txt", "undated"},
		{"03_broken.md", "03_broken.md:3: front matter"},
		{"04_unknownkey.md", `04_unknownkey.md:3: unknown front matter key "author"`},
		{"05_latin1.txt", "05_latin1.txt:1: not UTF-8"},
		{"06_empty.md", "no article text"},
		{"07_unclosed.md", "07_unclosed.md:1: front matter opened"},
		{"08_duplicate.md", "same content as"},
		{"09_fence_only.md", "never closed"},
		{"10_dangling.md", "cannot read"},
		{"11_linked.md", "a symbolic link to "},
		{"11_linked.md", "outside the sources folder, is not read"},
		{"12_yaml.md", `12_yaml.md:7: unknown front matter key "author"`},
		{"12_yaml.md", `12_yaml.md:8: unknown front matter key "tags"`},
		{"13_yaml_broken.md", "13_yaml_broken.md:"},
		{"13_yaml_broken.md", "front matter (YAML)"},
		{"14_yaml_list.md", `14_yaml_list.md:2: front matter key "title": want a single value`},
	}
	for _, w := range wantProblems {
		if !strings.Contains(byFile[w.file], w.want) {
			t.Errorf("problems for %s = %q, want one containing %q", w.file, byFile[w.file], w.want)
		}
	}
	if len(sources) != 6 {
		t.Fatalf("loaded %d articles, want 6 (good, no front matter, unknown key, YAML, YAML list, rule)", len(sources))
	}
	good := sources[0]
	if good.Title != "Clashes in El Fasher" || good.Outlet != "Sudan Tribune" || good.Published != "2024-05-12" ||
		good.Reliability != "B" || good.URL != "https://example.org/a" {
		t.Errorf("front matter not read: %+v", good)
	}
	if strings.HasPrefix(good.Text, "Clashes") {
		t.Errorf("first body line repeating the title was kept: %q", good.Text)
	}
	if good.ID == "" || len(good.Hash) != 64 {
		t.Errorf("source id %q / hash %q not set", good.ID, good.Hash)
	}
	plain := sources[1]
	if plain.Title != "Talks resume in Jeddah" || plain.Published != "" || !strings.HasPrefix(plain.Text, "The army") {
		t.Errorf("article without front matter: %+v", plain)
	}
	if sources[2].Published != "2024-05" {
		t.Errorf("published string kept at month precision? got %q", sources[2].Published)
	}
	yml := sources[3]
	if yml.Title != "Ceasefire talks open in Jeddah" || yml.Outlet != "Sudan Tribune" || yml.Published != "2024-05-20" ||
		yml.Reliability != "C" || yml.URL != "https://example.org/jeddah" || !strings.HasPrefix(yml.Text, "Delegations") {
		t.Errorf("YAML front matter not read: %+v", yml)
	}
	list := sources[4]
	if list.Published != "2024-05-22" || list.Title != "The RSF said it had withdrawn from two villages." {
		t.Errorf("YAML front matter closed by \"...\": %+v", list)
	}
	if rule := sources[5]; !strings.Contains(rule.Text, "Traders on both sides") || !strings.Contains(rule.Title+rule.Text, "Torkham") {
		t.Errorf("a text opening with a \"---\" rule lost its text: %+v", rule)
	}
}

func TestLoadMissingFolder(t *testing.T) {
	_, _, err := Load(filepath.Join("testdata", "nope"), Options{})
	if err == nil || !strings.Contains(err.Error(), "no such file") {
		t.Errorf("Load(missing folder) = %v", err)
	}
}

func TestClean(t *testing.T) {
	raw, err := os.ReadFile(filepath.Join("testdata", "scraped.txt"))
	if err != nil {
		t.Fatal(err)
	}
	c, err := NewCleaner([]string{`Sudan's war in .*`})
	if err != nil {
		t.Fatal(err)
	}
	got := c.Clean(string(raw), "Ceasefire collapses in Khartoum") + "\n"
	golden.Check(t, filepath.Join("testdata", "golden", "scraped.txt"), []byte(got))
}

func TestCleanKeepsSentences(t *testing.T) {
	c, _ := NewCleaner(nil)
	keep := []string{
		"Published reports said at least 40 people were killed.",
		"Updated figures from the UN show 8,000 displaced.",
		"The advertisement campaign by the army urged young men to enlist in the reserve forces this spring.",
		"Taliban’s Haqqani group did.",
		"“Our offer is unambiguous: take it or leave it.”",
		"Islamabad has evidence of TTP hideouts in Afghanistan",
		"By continuing to use force, the TTP killed 14 soldiers in Khyber on Monday, officials said.",
		"The TTP released a file photo showing 12 abducted policemen, a spokesman for the group said.",
		"The government accepts no responsibility for the attack, the minister told parliament on Tuesday.",
	}
	for _, line := range keep {
		if c.isFurniture(line) {
			t.Errorf("sentence removed as furniture: %q", line)
		}
	}
	drop := []string{"shot-button", "Home > News > World News > Article", "Updated on: 06 June,2023 06:23 PM IST",
		"PTI |", "MOST READ", "Exit mobile version", "Register for FREE", "Published", "ASIA",
		"Map of Pakistan; used for representational purpose. Pic/istock",
		"This story has been sourced from a third party syndicated feed, agencies. Mid-day accepts no responsibility or liability for its dependability, trustworthiness, reliability and data of the text.",
		"However, your registration helps us understand your preferences better and enables us to provide insightful and credible journalism for all our readers.",
		"This website uses cookie or similar technologies, to enhance your browsing experience. By continuing to use our website, you agree to our Privacy Policy and Cookie Policy. OK"}
	for _, line := range drop {
		if !c.isFurniture(line) {
			t.Errorf("furniture kept: %q", line)
		}
	}
}

func TestBadDropPattern(t *testing.T) {
	if _, err := NewCleaner([]string{"("}); err == nil || !strings.Contains(err.Error(), "drop_lines") {
		t.Errorf("bad pattern error = %v", err)
	}
}
