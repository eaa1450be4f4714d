package escape

import "testing"

func TestVisible(t *testing.T) {
	tests := []struct{ in, want string }{
		{"sources/a.md:3: broken front matter", "sources/a.md:3: broken front matter"},
		{"tab\tstays, “quotes” and é stay", "tab\tstays, “quotes” and é stay"},
		{"a\nbrief: error: forged", `a\nbrief: error: forged`},
		{"cr\rline", `cr\rline`},
		{"\x1b[2J\x1b]0;title\x07", `\x1b[2J\x1b]0;title\a`},
		{"nul\x00", `nul\x00`},
		{"c1 \u009b31m", `c1 \u009b31m`},
		{"rtl \u202eevil.md", `rtl \u202eevil.md`},
		{"bad \xff byte", `bad \xff byte`},
	}
	for _, tt := range tests {
		if got := Visible(tt.in); got != tt.want {
			t.Errorf("Visible(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
