package corpus

import (
	"strings"
	"testing"
)

func TestTOMLDepth(t *testing.T) {
	tests := []struct {
		text string
		want int
	}{
		{`title = "x"`, 0},
		{"[params]\nauthor = \"y\"", 1},
		{"[[feed]]\nurl = 1", 2},
		{`a = [[1, 2], [3]]`, 2},
		{`a = {b = {c = [1]}}`, 3},
		{`a = "[[[[{{{{"`, 0},
		{`a = 'C:\[[[['`, 0},
		{"a = \"\"\"\n[[[[\n\\\"\"\" ]]\"\"\"\nb = [1]", 1},
		{"a = '''\n{{{{\n'''\nb = [1]", 1},
		{"a = \"\"\"x\"\"\"\"\" \nb = [1]", 1},
		{"# [[[[ a comment\nb = [1]", 1},
		{`a = "esc\"[[[" `, 0},
		{"a = \"unclosed [[[\nb = [1]", 1},
		{"a = " + strings.Repeat("{b=", 100) + "1" + strings.Repeat("}", 100), 100},
		{"]]]] a = [1]", 1},
	}
	for _, tt := range tests {
		if got := TOMLDepth(tt.text); got != tt.want {
			t.Errorf("TOMLDepth(%q) = %d, want %d", tt.text, got, tt.want)
		}
	}
}

// TestDeepFrontMatter feeds front matters nested thousands of levels
// deep, which would take the TOML decoder seconds or all the memory: they
// are refused before decoding, in work that grows with their size. (The
// size and line limits are raised, so that the depth is what refuses.)
func TestDeepFrontMatter(t *testing.T) {
	cleaner := mustCleaner(t, Options{Limits: Limits{ArticleBytes: 1 << 30, LineBytes: 1 << 30}})
	for _, n := range []int{33, 10_000, 1_000_000} {
		for _, value := range []string{
			strings.Repeat("{b=", n) + "1" + strings.Repeat("}", n),
			strings.Repeat("[", n) + strings.Repeat("]", n),
		} {
			data := []byte("+++\ntitle = \"Deep\"\na = " + value + "\n+++\nThe army said so on Sunday.\n")
			src, probs := Parse("deep.md", data, cleaner)
			if src != nil || len(probs) != 1 || !strings.Contains(probs[0].Error(), "deep.md:1: the front matter nests") {
				t.Errorf("nested %d deep: loaded %v, problems %v", n, src != nil, probs)
			}
		}
	}
	ok := []byte("+++\ntitle = \"Shallow\"\nparams = {a = {b = [[1], [2]]}}\n+++\nThe army said so on Sunday.\n")
	if src, probs := Parse("ok.md", ok, cleaner); src == nil {
		t.Errorf("a front matter nested 4 deep was refused: %v", probs)
	}
}
