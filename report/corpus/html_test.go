package corpus

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// siteFurniture is text of the sites' own making that the saved pages in
// testdata/pages carry around their articles; none of it may reach a body.
var siteFurniture = []string{
	"cookie", "Subscribe", "Share", "Sign up", "Most read", "Comments", "Leave a Reply", "Latest News",
	"Advertisement", "Read more", "Read Next", "All rights reserved", "Trending", "More stories", "Donate",
	"Popular", "Follow us", "ALSO READ", "Tags", "Topics", "Skip to content", "Log in",
}

func TestSavedPages(t *testing.T) {
	tests := []struct {
		file                                 string
		title, outlet, published, url, notes string
		paragraphs                           []string // the start of each paragraph, in order
		furniture                            []string // this page's own furniture
	}{
		{"01_jsonld.html", "Army and RSF agree to a three-day truce in El Fasher", "The Nile Ledger", "2024-05-14",
			"https://nileledger.example/world/africa/army-rsf-truce-el-fasher-4821", "By Amira Hassan.",
			[]string{"Sudan's army and the Rapid", "The truce is meant", "\"Both sides have given", "The army said in a statement", "Earlier truces in Khartoum"},
			[]string{"Another truce that will not", "Gold prices", "Who are the Rapid Support", "Photo: Nile Ledger", "Africa newsletter"}},
		{"02_opengraph.html", "Pakistan says talks with TTP are off the table", "Frontier Post Daily", "2023-06-06",
			"https://frontierpost.example/news/pakistan-ttp-talks-off-table", "By Bilal Qureshi.",
			[]string{"ISLAMABAD: Pakistan on Tuesday", "Defence Minister Khawaja Asif", "\"There will be no dialogue", "The Foreign Office said", "Officials in Kabul did not"},
			[]string{"Budget 2023-24", "motorway", "Markets close higher", "E-Paper"}},
		{"03_time.html", "Aid agencies warn of famine in Kordofan", "Horn Monitor", "2024-06-03", "", "By Staff reporter.",
			[]string{"Aid agencies warned on Monday", "The World Food Programme said", "A nurse at a clinic", "The agencies called on"},
			[]string{"Ethiopia's new dam", "Inside the camps", "funded by readers", "registered charity"}},
		{"04_urldate.html", "TTP claims attack on checkpoint in North Waziristan", "Valley Times", "2023-08-14",
			"https://valleytimes.example/2023/08/14/ttp-claims-attack-checkpoint-north-waziristan/", "By Our Correspondent.",
			[]string{"PESHAWAR: The banned", "The militants opened fire", "The Inter-Services Public Relations", "Attacks on security forces"},
			[]string{"Allah protect", "Buy property", "Rupee falls", "Front Page"}},
		{"05_liveblog.html", "UN envoy calls for return to Jeddah talks", "Global Wire", "2024-04-22",
			"https://globalwire.example/world/un-envoy-jeddah-talks-sudan", "By Daniel Okafor.",
			[]string{"PORT SUDAN, April 22", "The envoy said after", "Saudi Arabia and the United States", "The RSF said in a statement", "More than 8 million", "(Reporting by"},
			[]string{"free articles left", "Oil steadies", "quotes delayed", "Trust Principles"}},
		// Only a copyright year: undated, not "2023-01-01".
		{"06_undated.html", "Police post attacked near Bannu", "Valley Times", "", "", "By Our Correspondent.",
			[]string{"PESHAWAR: The banned", "The militants opened fire"}, nil},
		// Dated and addressed only by the note a browser writes when saving.
		{"08_savedfrom.html", "Police post attacked near Bannu", "Valley Times", "2023-09-02",
			"https://valleytimes.example/2023/09/02/police-post-attacked-near-bannu/", "By Our Correspondent.",
			[]string{"PESHAWAR: The banned", "The militants opened fire"}, nil},
		// windows-1252, named in <meta charset>.
		{"07_latin1.html", "Café owners in Kabul reopen", "Kabul Weekly", "2023-03-01", "", "",
			[]string{"Owners of three cafés in Kabul", "“We have customers again,”"}, nil},
	}
	cleaner, err := NewCleaner(nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			data, err := os.ReadFile(filepath.Join("testdata", "pages", tt.file))
			if err != nil {
				t.Fatal(err)
			}
			src, probs := Parse(tt.file, data, cleaner)
			if src == nil {
				t.Fatalf("page not loaded: %v", probs)
			}
			got := []string{src.Title, src.Outlet, src.Published, src.URL, src.Notes}
			want := []string{tt.title, tt.outlet, tt.published, tt.url, tt.notes}
			for i, name := range []string{"title", "outlet", "published", "url", "notes"} {
				if got[i] != want[i] {
					t.Errorf("%s = %q, want %q", name, got[i], want[i])
				}
			}
			paras := strings.Split(src.Text, "\n\n")
			if len(paras) != len(tt.paragraphs) && len(tt.furniture) > 0 {
				t.Errorf("body has %d paragraphs, want %d:\n%s", len(paras), len(tt.paragraphs), src.Text)
			}
			for i, start := range tt.paragraphs {
				if i >= len(paras) || !strings.HasPrefix(paras[i], start) {
					t.Errorf("paragraph %d does not start %q; body:\n%s", i+1, start, src.Text)
					break
				}
			}
			for _, f := range append(tt.furniture, siteFurniture...) {
				if strings.Contains(src.Text, f) {
					t.Errorf("body keeps furniture %q:\n%s", f, src.Text)
				}
			}
			undated := strings.Contains(problemText(probs), "undated")
			if undated != (tt.published == "") {
				t.Errorf("undated warning = %v, want %v (problems %v)", undated, tt.published == "", probs)
			}
		})
	}
}

func problemText(probs []Problem) string {
	var b strings.Builder
	for _, p := range probs {
		b.WriteString(p.Error() + "\n")
	}
	return b.String()
}

func TestUnreadableFiles(t *testing.T) {
	sources, problems, err := Load(filepath.Join("testdata", "mixed"), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(sources) != 2 {
		t.Errorf("loaded %d articles, want the Markdown one and the saved page", len(sources))
	}
	want := map[string]string{
		"report.pdf":     "a PDF cannot be read; copy its text into a .md or .txt file (pdftotext FILE.pdf)",
		"statement.docx": "a Word document cannot be read; save it as plain text (.txt)",
		"screenshot.png": "an image cannot be read",
		"notes.json":     "not an article file (.json)",
	}
	skipped := map[string]bool{"report.pdf": true, "statement.docx": true, "screenshot.png": true}
	for _, p := range problems {
		name := filepath.Base(p.File)
		msg, ok := want[name]
		if !ok {
			t.Errorf("unexpected problem %v", p)
			continue
		}
		if !strings.Contains(p.Error(), msg) || p.Skipped != skipped[name] {
			t.Errorf("problem for %s = %q (skipped %v), want %q (skipped %v)", name, p.Error(), p.Skipped, msg, skipped[name])
		}
		delete(want, name)
	}
	for name := range want {
		t.Errorf("%s not reported", name)
	}
}

func TestDateInURL(t *testing.T) {
	tests := []struct{ url, want string }{
		{"https://a.example/2023/08/14/story/", "2023-08-14"},
		{"https://a.example/news/2023-08-14-story", "2023-08-14"},
		{"https://a.example/2023/08/story.html", "2023-08"},
		{"https://a.example/archive/20230814/story", "2023-08-14"},
		{"https://a.example/story-2023", ""},
		{"https://a.example/2023/13/01/story", ""},
		{"https://a.example/story?d=2023/08/14/", ""},
		{"", ""},
	}
	for _, tt := range tests {
		if got := dateString(dateInURL(tt.url)); got != tt.want {
			t.Errorf("dateInURL(%q) = %q, want %q", tt.url, got, tt.want)
		}
	}
}

// BenchmarkReadPage measures extracting one saved news page.
func BenchmarkReadPage(b *testing.B) {
	data, err := os.ReadFile(filepath.Join("testdata", "pages", "01_jsonld.html"))
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		if _, err := ReadPage(data, ""); err != nil {
			b.Fatal(err)
		}
	}
}
