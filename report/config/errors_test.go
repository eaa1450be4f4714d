package config

import (
	"errors"
	"fmt"
	"slices"
	"strings"
	"testing"

	"brief/report"
)

// TestAllErrorsAtOnce: a configuration with several mistakes reports each
// of them, at the line and column of the key it is about, whatever the
// spelling of the key (name="X", "name" = "X", a dotted key).
func TestAllErrorsAtOnce(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string // "line:col: part of the message", in order
	}{
		{"a negative cap on rows", "[[actor]]\nname = \"A\"\n[[section]]\nkind = \"timeline\"\nmax_rows = -5\n",
			[]string{`5:1: section "timeline": max_rows -5: want the most rows the PDF prints, or 0 for all`}},
		{"two mistakes", "page_size = \"A5\"\n[[actor]]\nname = \"A\"\n[[actor]]\nname = \"A\"\n",
			[]string{`1:1: page_size "A5"`, `5:1: actor "A" is defined twice`}},
		{"no spaces", "[[actor]]\nname=\"A\"\n[[actor]]\nname=\"A\"\n[[issue]]\nid=\"x\"\n[[section]]\nkind=\"chart\"\n",
			[]string{`4:1: actor "A" is defined twice`, `8:1: section kind "chart"`}},
		{"quoted and indented keys", "[[actor]]\n  \"name\" = \"A\"\n[[actor]]\n  \"name\"=\"A\"\n[output]\n\tlatest = \"a/b\"\n",
			[]string{`4:3: actor "A" is defined twice`, `6:2: output latest "a/b" must be a file name`}},
		{"a dotted key", "output.name = \"brief\"\ntime_zone = \"Mars/Olympus\"\n[[actor]]\nname = \"A\"\n",
			[]string{`1:1: output name "brief" must contain {period}`, `2:1: time_zone "Mars/Olympus"`}},
		{"unknown keys in two tables", "[[actor]]\nname = \"A\"\naliasez = [\"a\"]\n[[actor]]\nname = \"B\"\naliasez = [\"b\"]\n",
			[]string{`3:1: unknown key "actor.aliasez"`, `6:1: unknown key "actor.aliasez"`}},
		{"an unknown key and a bad value", "markng = \"X\"\n[[actor]]\nname = \"A\"\n[[section]]\nkind = \"summary\"\nactors = [\"Z\"]\n",
			[]string{`1:1: unknown key "markng"`, `6:1: section "summary" lists actor "Z"`}},
		{"a key in a table after a multi-byte line", "title = \"Brief — ٢\"\n[[actor]]\nname = \"A\"\n[fetch]\n  max_page_mb = 0\n",
			[]string{`5:3: [fetch] max_page_mb = 0`}},
		{"no actor", "title = \"T\"\n", []string{`no [[actor]] defined`}},
		{"a wording of no position", "[[actor]]\nname = \"A\"\n[[issue]]\nid = \"x\"\nwording = { deny = \"rejects\", suport = \"asserts\" }\n",
			[]string{`5:1: issue wording "suport": want a position, one of support`}},
		{"an actor without a name, an issue without an id, one twice and one unknown",
			"[[actor]]\nname = \"A\"\n[[actor]]\naliases = [\"b\"]\n[[issue]]\nid = \"x\"\n[[issue]]\nlabel = \"L\"\n[[issue]]\nid=\"x\"\n[[section]]\nkind = \"stances\"\nissues = [\"y\"]\n",
			[]string{`3:3: an [[actor]] has no name`, `7:3: an [[issue]] has no id`, `10:1: issue "x" is defined twice`, `13:1: section "stances" lists issue "y", which no [[issue]] defines`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := writeConfig(t, tt.text)
			_, err := Load(path)
			var list Errors
			if !errors.As(err, &list) {
				t.Fatalf("Load = %v, want config.Errors", err)
			}
			if len(list) != len(tt.want) {
				t.Fatalf("%d problems, want %d:\n%v", len(list), len(tt.want), err)
			}
			for i, e := range list {
				if e.File != path {
					t.Errorf("problem %d is in %s, want %s", i, e.File, path)
				}
				got := fmt.Sprintf("%d:%d: %s", e.Line, e.Col, e.Msg)
				if strings.Contains(tt.want[i], ": ") && !strings.HasPrefix(got, strings.SplitN(tt.want[i], ": ", 2)[0]+": ") ||
					!strings.Contains(got, strings.SplitN(tt.want[i], ": ", 2)[len(strings.SplitN(tt.want[i], ": ", 2))-1]) {
					t.Errorf("problem %d = %q, want %q", i, got, tt.want[i])
				}
				if !strings.HasPrefix(e.Error(), path+":") {
					t.Errorf("problem %d reads %q, want it to start with the file", i, e.Error())
				}
			}
			if lines := strings.Split(err.Error(), "\n"); len(lines) != len(tt.want) || !slices.IsSortedFunc(list, func(a, b *Error) int { return a.Line - b.Line }) {
				t.Errorf("the error is not one problem a line, in file order: %q", err)
			}
		})
	}
}

// TestKeyPositions: every spelling of a key is found, arrays of tables
// are counted, and a key left out is placed at its table.
func TestKeyPositions(t *testing.T) {
	data := "title=\"T\"\n[[actor]]\nname = \"A\"\n[[actor]]\n \"name\"=\"B\"\n[output]\ndir = \"out\"\nlimits.line_bytes = 5\n"
	kp := indexKeys([]byte(data))
	tests := []struct {
		path string
		want position
	}{
		{"title", position{1, 1}},
		{"actor[0]", position{2, 3}},
		{"actor[0].name", position{3, 1}},
		{"actor[1].name", position{5, 2}},
		{"output.dir", position{7, 1}},
		{"output.latest", position{6, 2}}, // left out: its table
		{"output.limits.line_bytes", position{8, 1}},
		{"issue[0].id", position{}},
	}
	for _, tt := range tests {
		if got := kp.of(tt.path); got != tt.want {
			t.Errorf("of(%q) = %v, want %v", tt.path, got, tt.want)
		}
	}
	if got := kp.all("actor.name"); len(got) != 2 {
		t.Errorf("all(actor.name) = %v, want both places", got)
	}
}

// TestDomainWording: every fault of report.CheckDomain is worded in the
// configuration's terms, at the path of its key.
func TestDomainWording(t *testing.T) {
	for _, f := range report.DomainFaults {
		var paths, msgs []string
		badDomain(func(path, format string, args ...any) {
			paths, msgs = append(paths, path), append(msgs, fmt.Sprintf(format, args...))
		}, report.DomainProblem{Fault: f, Index: 2, Item: 1, Value: "v"})
		if len(msgs) != 1 || !strings.Contains(paths[0], "[2]") || strings.Contains(msgs[0], "not as it should be") {
			t.Errorf("fault %d reads %q at %q, want one problem in its own wording at the key's path", f, msgs, paths)
		}
	}
}
