package corpus

import (
	"fmt"
	"regexp"
	"strings"
	"unicode"
)

// Cleaner removes scraped page furniture from an article's body: lines
// that are navigation, share buttons, datelines, captions, cookie,
// registration and disclaimer notices. It works line by line and removes
// only whole lines that are no sentence of the article.
type Cleaner struct {
	extra []*regexp.Regexp
}

// navigationPhrases mark a short line (a button, a link, a label) as page
// furniture. A long line, or one ending in a full stop, that uses them is
// a sentence and stays.
var navigationPhrases = []string{
	"exit mobile version", "most read", "read more", "also read", "read also",
	"advertisement", "share this", "share on", "click here", "subscribe",
	"sign up", "register for free", "log in", "sign in", "follow us",
	"download the app", "whatsapp channel", "web stories", "related articles",
	"related stories", "recommended for you", "trending now", "skip to content",
}

// noticePhrases mark a line as a site's notice: cookie, registration and
// disclaimer texts. A line that reads as a sentence must also speak of the
// site (siteWords) to be a notice: "By continuing to use force, the TTP…"
// is news.
var noticePhrases = []string{
	"this website uses cookie", "we use cookies", "cookie policy", "accept cookies",
	"by continuing to use", "to continue reading", "not a paywall", "registration helps us",
	"accepts no responsibility", "third party syndicated feed", "all rights reserved",
	"reserves the sole right", "reserves the right to alter", "subscribe today",
	"stay updated with the latest", "whatsapp channel", "sign up for our newsletter",
}

// siteWords are what a site's notice speaks of.
var siteWords = []string{
	"website", "site", "cookie", "browsing", "registration", "register", "subscribe",
	"subscription", "paywall", "newsletter", "feed", "content", "readers", "privacy",
	"app", "channel", "journalism", "copyright",
}

// maxNavigationWords is the longest line, in words, that navigationPhrases
// can mark as furniture.
const maxNavigationWords = 12

// datelinePattern matches "Revised on: 13 June,2020 13:30 PM IST | …",
// "Published 3 hours ago", "Last updated: …" and the like.
var datelinePattern = regexp.MustCompile(`(?i)^(last\s+)?(updated|published|posted|modified)(\s+on)?\s*:?(\s|$)`)

// captionPattern matches picture credits and captions.
var captionPattern = regexp.MustCompile(`(?i)(\bpic/|\bphoto\s*:|\(photo\b|\bimage\s*:|file photo|representational (purpose|image)|getty images|\bafp photo|\breuters/)`)

// NewCleaner returns a Cleaner with the built-in rules and the extra
// patterns, each a regular expression for a whole trimmed line.
func NewCleaner(extra []string) (*Cleaner, error) {
	c := &Cleaner{}
	for _, p := range extra {
		re, err := regexp.Compile(`(?i)^(?:` + p + `)$`)
		if err != nil {
			return nil, fmt.Errorf("cleaning.drop_lines: pattern %q: %v", p, err)
		}
		c.extra = append(c.extra, re)
	}
	return c, nil
}

// Clean returns body without its furniture lines, and without a first line
// that repeats the title. Paragraph breaks are kept.
func (c *Cleaner) Clean(body, title string) string {
	var out []string
	seenText := false
	for _, line := range strings.Split(body, "\n") {
		t := strings.TrimSpace(line)
		if t == "" {
			out = append(out, "")
			continue
		}
		if c.isFurniture(t) || (!seenText && title != "" && sameTitle(t, title)) {
			continue
		}
		seenText = true
		out = append(out, strings.TrimRight(line, " \t"))
	}
	return collapseBlankLines(strings.Join(out, "\n"))
}

// isFurniture reports whether a trimmed line is page furniture.
func (c *Cleaner) isFurniture(t string) bool {
	for _, re := range c.extra {
		if re.MatchString(t) {
			return true
		}
	}
	lower := strings.ToLower(t)
	words := strings.Fields(t)
	sentence := endsSentence(t) && len(words) > maxNavigationWords
	if containsAny(lower, noticePhrases) && (!sentence || containsWord(lower, siteWords)) {
		return true
	}
	if len(words) <= maxNavigationWords && !strings.HasSuffix(t, ".") {
		for _, p := range navigationPhrases {
			if strings.Contains(lower, p) {
				return true
			}
		}
	}
	switch {
	case len(words) == 1 && !endsSentence(t):
		return true // "shot-button", "Published", "on", "ASIA"
	case isBreadcrumb(t), captionPattern.MatchString(t) && !sentence:
		return true
	case datelinePattern.MatchString(t) && !endsSentence(t):
		return true
	case len(words) <= 4 && strings.Contains(t, "|"):
		return true // "PTI |", "By Staff | Islamabad"
	case len(words) <= 4 && isUpper(t):
		return true // "MOST READ", "HMPV HMPV", section labels
	}
	return false
}

func containsAny(s string, phrases []string) bool {
	for _, p := range phrases {
		if strings.Contains(s, p) {
			return true
		}
	}
	return false
}

// containsWord reports whether s has one of words as a whole word.
func containsWord(s string, words []string) bool {
	fields := strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) })
	for _, f := range fields {
		for _, w := range words {
			if f == w || f == w+"s" {
				return true
			}
		}
	}
	return false
}

// isBreadcrumb matches "Home > News > World News > Article > …".
func isBreadcrumb(t string) bool {
	return strings.Count(t, " > ")+strings.Count(t, " » ")+strings.Count(t, " / ") >= 2 && !endsSentence(t)
}

func endsSentence(t string) bool {
	t = strings.TrimRight(t, `"'”’)`)
	return strings.HasSuffix(t, ".") || strings.HasSuffix(t, "?") || strings.HasSuffix(t, "!")
}

func isUpper(t string) bool {
	hasLetter := false
	for _, r := range t {
		if unicode.IsLower(r) {
			return false
		}
		hasLetter = hasLetter || unicode.IsLetter(r)
	}
	return hasLetter
}

// sameTitle compares a line with the title ignoring case, punctuation and
// spacing ("TTP's" and "TTPs" are the same).
func sameTitle(line, title string) bool {
	key := func(s string) string {
		return strings.Map(func(r rune) rune {
			if unicode.IsLetter(r) || unicode.IsDigit(r) {
				return unicode.ToLower(r)
			}
			return -1
		}, s)
	}
	return key(line) == key(title)
}

// collapseBlankLines keeps at most one blank line between paragraphs and
// none at either end.
func collapseBlankLines(s string) string {
	lines := strings.Split(s, "\n")
	var out []string
	for _, l := range lines {
		if l == "" && (len(out) == 0 || out[len(out)-1] == "") {
			continue
		}
		out = append(out, l)
	}
	return strings.TrimSpace(strings.Join(out, "\n"))
}
