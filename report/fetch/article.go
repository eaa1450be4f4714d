package fetch

import (
	"fmt"
	"strings"
	"time"

	"brief/report"
	"brief/report/corpus"
)

// stored is an article as it is written into the sources folder.
type stored struct {
	page    *corpus.Page
	feed    Feed
	fetched time.Time
}

// markdown renders the article as the sources folder holds articles:
// TOML front matter between "+++" lines, then the text.
func (a stored) markdown() string {
	var b strings.Builder
	b.WriteString("+++\n")
	field := func(key, value string) {
		if value = strings.TrimSpace(value); value != "" {
			fmt.Fprintf(&b, "%s = %s\n", key, tomlString(value))
		}
	}
	field("title", a.page.Title)
	field("outlet", firstNonEmpty(a.feed.Outlet, a.page.Outlet))
	switch p := a.page.Published; p.Precision() {
	case report.Day:
		fmt.Fprintf(&b, "published = %s\n", p)
	case "":
	default:
		fmt.Fprintf(&b, "published = %s\n", tomlString(p.String()))
	}
	field("url", a.page.URL)
	field("reliability", a.feed.Reliability)
	if a.page.Author != "" {
		field("notes", "By "+a.page.Author+".")
	}
	fmt.Fprintf(&b, "fetched = %s\n", a.fetched.UTC().Format(time.RFC3339))
	b.WriteString("+++\n")
	b.WriteString(withoutHeadline(a.page.Text, a.page.Title))
	b.WriteString("\n")
	return b.String()
}

func firstNonEmpty(values ...string) string {
	for _, v := range values {
		if strings.TrimSpace(v) != "" {
			return v
		}
	}
	return ""
}

// tomlString quotes s as a TOML basic string.
func tomlString(s string) string {
	var b strings.Builder
	b.WriteByte('"')
	for _, r := range s {
		switch {
		case r == '"':
			b.WriteString(`\"`)
		case r == '\\':
			b.WriteString(`\\`)
		case r == '\n':
			b.WriteString(`\n`)
		case r == '\t':
			b.WriteString(`\t`)
		case r < 0x20 || r == 0x7f:
			fmt.Fprintf(&b, `\u%04X`, r)
		default:
			b.WriteRune(r)
		}
	}
	b.WriteByte('"')
	return b.String()
}

// withoutHeadline drops a first paragraph that repeats the title.
func withoutHeadline(text, title string) string {
	text = strings.TrimSpace(text)
	first, rest, _ := strings.Cut(text, "\n")
	if title != "" && strings.EqualFold(strings.Join(strings.Fields(first), " "), strings.Join(strings.Fields(title), " ")) {
		return strings.TrimSpace(rest)
	}
	return text
}
