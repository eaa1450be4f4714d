package config

import (
	"fmt"
	"net/url"
	"regexp"
	"strings"
	"time"
)

// Feed is a [[feed]] table: a feed that brief fetch reads.
type Feed struct {
	URL string `toml:"url"`
	// Outlet names the outlet of the feed's articles; empty to take the
	// site name each page gives.
	Outlet string `toml:"outlet"`
	// Reliability is the Admiralty grade (A–F) its articles get.
	Reliability string `toml:"reliability"`
	// Include, when set, keeps only items whose title matches one of these
	// regular expressions (case-insensitive); Exclude then drops items
	// whose title matches one.
	Include []string `toml:"include"`
	Exclude []string `toml:"exclude"`
}

// Fetch is the [fetch] table: how brief fetch downloads.
type Fetch struct {
	// Links names a file of article addresses, one a line ('#' starts a
	// comment), resolved against the configuration's folder.
	Links string `toml:"links"`
	// Delay is the least time between two requests to one host.
	Delay Duration `toml:"delay"`
	// Timeout is the longest one request may take.
	Timeout Duration `toml:"timeout"`
	// MaxPageMB is the largest page or feed downloaded, in MiB.
	MaxPageMB int `toml:"max_page_mb"`
}

// Duration is a TOML string such as "2s" or "1m30s".
type Duration struct{ time.Duration }

// UnmarshalText reads a duration such as "2s".
func (d *Duration) UnmarshalText(text []byte) error {
	v, err := time.ParseDuration(string(text))
	if err != nil || v < 0 {
		return fmt.Errorf("%q is not a duration such as \"2s\" or \"1m\"", text)
	}
	d.Duration = v
	return nil
}

// defaultFetch is the [fetch] table when the file leaves it out.
func defaultFetch() Fetch {
	return Fetch{Delay: Duration{2 * time.Second}, Timeout: Duration{30 * time.Second}, MaxPageMB: 8}
}

// validateFetch checks the feeds and the [fetch] table.
func (c *Config) validateFetch(bad func(key, format string, args ...any)) {
	seen := map[string]bool{}
	for i, f := range c.Feeds {
		u, err := url.Parse(f.URL)
		if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
			bad(fmt.Sprintf("feed[%d].url", i), "[[feed]] %d: url %q is not an http or https address; write the feed's full address, such as https://example.org/feed.xml", i+1, f.URL)
		}
		if seen[f.URL] {
			bad(fmt.Sprintf("feed[%d].url", i), "feed %s is listed twice; remove one of its [[feed]] tables", f.URL)
		}
		seen[f.URL] = true
		if r := strings.ToUpper(strings.TrimSpace(f.Reliability)); r != "" {
			if len(r) != 1 || r[0] < 'A' || r[0] > 'F' {
				bad(fmt.Sprintf("feed[%d].reliability", i), "feed %s: reliability %q: want an Admiralty source grade A to F", f.URL, f.Reliability)
			} else {
				c.Feeds[i].Reliability = r
			}
		}
		for _, list := range []struct {
			key      string
			patterns []string
		}{{"include", f.Include}, {"exclude", f.Exclude}} {
			for _, p := range list.patterns {
				if _, err := regexp.Compile(p); err != nil {
					bad(fmt.Sprintf("feed[%d].%s", i, list.key), "feed %s: %s pattern %q is not a regular expression: %v", f.URL, list.key, p, err)
				}
			}
		}
	}
	if c.Fetch.MaxPageMB <= 0 {
		bad("fetch.max_page_mb", "[fetch] max_page_mb = %d: want a positive number of MiB, such as 8", c.Fetch.MaxPageMB)
	}
	if c.Fetch.Timeout.Duration <= 0 {
		bad("fetch.timeout", "[fetch] timeout must be longer than 0, such as \"30s\"")
	}
}

// TitlePatterns compiles a feed's include or exclude patterns, matched
// case-insensitively; validation has checked them.
func TitlePatterns(patterns []string) []*regexp.Regexp {
	var out []*regexp.Regexp
	for _, p := range patterns {
		if re, err := regexp.Compile("(?i)" + p); err == nil {
			out = append(out, re)
		}
	}
	return out
}
