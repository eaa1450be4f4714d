// Package fetch fills a sources folder from the web: it reads the feeds
// of the outlets an analyst follows (RSS 2.0, RSS 1.0, Atom) and single
// article addresses, downloads each new article's page, extracts its
// main text and metadata, and stores it as a Markdown file with TOML
// front matter that the user can read, correct and keep.
//
// It is made to run unattended: requests are bounded (timeout, size,
// redirects), polite (a User-Agent, a delay per host, conditional
// requests for feeds) and retried with backoff on transient failures. An
// existing file is never overwritten or deleted, the same story reached
// by two addresses is stored once, and a run that is killed leaves no
// half-written article; the next run completes its work. One bad feed or
// page is reported and the others go on.
package fetch

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"time"
	"unicode"

	"github.com/cenkalti/backoff/v5"

	"brief/internal/atomicfile"
	"brief/report"
	"brief/report/corpus"
)

// Feed is a feed to read, with what its articles inherit.
type Feed struct {
	URL         string
	Outlet      string // the outlet of its articles; empty to take the page's site name
	Reliability string // the Admiralty grade its articles get, A–F or empty
	// Include, when not empty, keeps only items whose title matches one;
	// Exclude then drops items whose title matches one.
	Include, Exclude []*regexp.Regexp
}

// Options say what to fetch and where to store it.
type Options struct {
	// Dir is the sources folder; the articles and the state file go there.
	Dir   string
	Feeds []Feed
	// Links are single article addresses (a links file, the command line).
	Links  []string
	Client *Client
	// DropLines are the configuration's extra furniture patterns, so that
	// a stored article's text compares with the folder's.
	DropLines []string
	// Now gives the time recorded as fetched; nil for the clock.
	Now func() time.Time
	// Log receives a line per article stored or known, and an error per
	// failure as it happens; nil for none.
	Log *slog.Logger
}

// Failure is one feed or article that could not be fetched.
type Failure struct {
	Kind string // "feed" or "article"
	URL  string
	Err  error
}

func (f Failure) Error() string { return fmt.Sprintf("%s %s: %v", f.Kind, f.URL, f.Err) }

// Result is what a run did.
type Result struct {
	// Stored lists the paths of the articles written, in order.
	Stored   []string
	Failures []Failure
	// Known counts addresses skipped because an earlier run or the
	// folder already has their story; Unchanged counts feeds the server
	// said had not changed.
	Known, Unchanged int
}

// Run fetches the feeds and links into opts.Dir. It returns an error only
// when the folder or the state file cannot be used, or ctx ends; each
// feed or article that fails is a Failure in the result.
func Run(ctx context.Context, opts Options) (*Result, error) {
	r, err := newRun(opts)
	if err != nil {
		return nil, err
	}
	for _, f := range opts.Feeds {
		if err := r.feed(ctx, f); err != nil {
			return r.res, err
		}
	}
	for _, link := range opts.Links {
		if err := r.article(ctx, link, Item{Link: link}, Feed{}); err != nil {
			return r.res, err
		}
	}
	return r.res, r.state.Save(opts.Dir)
}

// run is one fetch in progress.
type run struct {
	opts    Options
	state   *State
	cleaner *corpus.Cleaner
	byURL   map[string]string // address key → file in the folder
	byText  map[string]string // text key → file in the folder
	res     *Result
	log     *slog.Logger
}

func newRun(opts Options) (*run, error) {
	if info, err := os.Stat(opts.Dir); err != nil || !info.IsDir() {
		return nil, fmt.Errorf("sources folder %s: not a folder; create it first", opts.Dir)
	}
	if opts.Client == nil {
		opts.Client = NewClient(DefaultLimits(), nil)
	}
	if opts.Now == nil {
		opts.Now = time.Now
	}
	log := opts.Log
	if log == nil {
		log = slog.New(slog.NewTextHandler(io.Discard, nil))
	}
	cleaner, err := corpus.NewCleaner(opts.DropLines)
	if err != nil {
		return nil, err
	}
	removeTemps(opts.Dir)
	state, err := LoadState(opts.Dir)
	if err != nil {
		if _, statErr := os.Stat(filepath.Join(opts.Dir, StateName)); statErr != nil {
			return nil, err
		}
		log.Warn(err.Error(), "step", "fetch")
	}
	r := &run{opts: opts, state: state, cleaner: cleaner, byURL: map[string]string{}, byText: map[string]string{}, res: &Result{}, log: log}
	if err := r.indexFolder(); err != nil {
		return nil, err
	}
	return r, nil
}

// indexFolder learns the addresses and texts of the articles already in
// the folder, whoever put them there.
func (r *run) indexFolder() error {
	sources, _, err := corpus.Load(r.opts.Dir, corpus.Options{DropLines: r.opts.DropLines})
	if err != nil {
		return err
	}
	for _, s := range sources {
		name := filepath.Base(s.Path)
		if s.URL != "" {
			r.byURL[urlKey(s.URL)] = name
		}
		r.byText[textKey(s.Text)] = name
	}
	return nil
}

// feed reads one feed and fetches its new items. Its validators are kept
// only when every item was handled (stored, found already there, or
// failed for good), so that an item that failed for a while (a timeout, a
// 5xx) is offered again by the next run's download of the feed.
func (r *run) feed(ctx context.Context, f Feed) error {
	prev := r.state.Feeds[f.URL]
	resp, err := r.opts.Client.Get(ctx, f.URL, prev.Validators)
	if err != nil {
		return r.fail(ctx, "feed", f.URL, err)
	}
	if resp.NotModified {
		r.res.Unchanged++
		r.log.Info("feed unchanged since the last run: "+f.URL, "step", "fetch", "feed", f.URL)
		return nil
	}
	items, err := ParseFeed(resp.Body)
	if err != nil {
		return r.fail(ctx, "feed", f.URL, err)
	}
	failuresBefore := len(r.res.Failures)
	transient := func() bool {
		for _, f := range r.res.Failures[failuresBefore:] {
			if !permanent(f.Err) {
				return true
			}
		}
		return false
	}
	for _, it := range items {
		if !wanted(f, it.Title) {
			continue
		}
		if link, err := resolve(resp.URL, it.Link); err == nil {
			it.Link = link
		}
		if err := r.article(ctx, it.Link, it, f); err != nil {
			return err
		}
	}
	if !transient() {
		r.state.Feeds[f.URL] = FeedState{Validators: resp.Validators, Checked: r.opts.Now().UTC().Truncate(time.Second)}
	}
	return r.state.Save(r.opts.Dir)
}

// wanted applies a feed's include and exclude patterns to an item title.
func wanted(f Feed, title string) bool {
	if len(f.Include) > 0 && !matchesAny(f.Include, title) {
		return false
	}
	return !matchesAny(f.Exclude, title)
}

func matchesAny(res []*regexp.Regexp, s string) bool {
	for _, re := range res {
		if re.MatchString(s) {
			return true
		}
	}
	return false
}

// resolve makes a feed's relative link absolute.
func resolve(base, link string) (string, error) {
	b, err := url.Parse(base)
	if err != nil {
		return "", err
	}
	l, err := url.Parse(strings.TrimSpace(link))
	if err != nil {
		return "", err
	}
	return b.ResolveReference(l).String(), nil
}

// fail records a failure. A failure that will not pass (a 404, a PDF, a
// page too large) is remembered for an article so that later runs do not
// ask again; a transient one is not.
func (r *run) fail(ctx context.Context, kind, address string, err error) error {
	if ctx.Err() != nil {
		return ctx.Err()
	}
	f := Failure{Kind: kind, URL: address, Err: err}
	r.res.Failures = append(r.res.Failures, f)
	r.log.Error(f.Error(), "step", "fetch", "kind", kind, "url", address)
	if kind == "article" && permanent(err) {
		r.state.Items[urlKey(address)] = ItemState{Failed: err.Error(), When: r.opts.Now().UTC().Truncate(time.Second)}
	}
	return nil
}

// permanent reports whether a failure is for good.
func permanent(err error) bool {
	var se *StatusError
	if errors.As(err, &se) {
		return se.Status >= 400 && se.Status < 500 && se.Status != 408 && se.Status != 429
	}
	var pe *backoff.PermanentError
	return errors.As(err, &pe) || errors.As(err, new(*TooLargeError)) || errors.As(err, new(*redirectError)) ||
		errors.As(err, new(*unreadableError)) || errors.Is(err, errNoText)
}

// errNoText is a page in which no article was found.
var errNoText = errors.New("no article text found in the page (a front page or a list of links?); save the article's text into a .md file by hand")

// unreadableError is an answer that holds no article brief can read.
type unreadableError struct{ contentType string }

func (e *unreadableError) Error() string {
	what := e.contentType
	switch {
	case what == "application/pdf":
		what = "a PDF"
	case what == "":
		what = "a file of unknown type"
	}
	return fmt.Sprintf("the address serves %s, not a web page; save the article's text into a .md file by hand", what)
}

// article fetches one article page and stores it, unless its story is
// already known.
func (r *run) article(ctx context.Context, link string, it Item, f Feed) error {
	key := urlKey(link)
	if st, ok := r.state.Items[key]; ok {
		if st.Failed == "" {
			r.res.Known++
		}
		return nil
	}
	if file, ok := r.byURL[key]; ok {
		return r.known(link, file)
	}
	resp, err := r.opts.Client.Get(ctx, link, Validators{})
	if err != nil {
		return r.fail(ctx, "article", link, err)
	}
	page, err := readArticle(resp, it)
	if err != nil {
		return r.fail(ctx, "article", link, err)
	}
	if file, ok := r.byURL[urlKey(page.URL)]; ok && page.URL != "" {
		return r.known(link, file)
	}
	text := r.cleaner.Clean(page.Text, page.Title)
	if strings.TrimSpace(text) == "" {
		return r.fail(ctx, "article", link, errNoText)
	}
	if file, ok := r.byText[textKey(text)]; ok {
		return r.known(link, file)
	}
	fetched := r.opts.Now().UTC().Truncate(time.Second)
	a := stored{page: page, feed: f, fetched: fetched}
	name, err := r.write(a)
	if err != nil {
		return fmt.Errorf("storing %s: %w", link, err)
	}
	r.byURL[key] = name
	if page.URL != "" {
		r.byURL[urlKey(page.URL)] = name
	}
	r.byText[textKey(text)] = name
	r.state.Items[key] = ItemState{File: name, When: fetched}
	path := filepath.Join(r.opts.Dir, name)
	r.res.Stored = append(r.res.Stored, path)
	r.log.Info("stored "+path, "step", "fetch", "url", link, "path", path)
	return r.state.Save(r.opts.Dir)
}

// known records an address whose story the folder already has.
func (r *run) known(link, file string) error {
	r.res.Known++
	r.state.Items[urlKey(link)] = ItemState{File: file, When: r.opts.Now().UTC().Truncate(time.Second)}
	r.log.Info(fmt.Sprintf("already have %s as %s", link, file), "step", "fetch", "url", link, "path", file)
	return nil
}

// readArticle extracts the article from an answer: a web page, or plain
// text. The feed item's title and date fill what the page leaves out.
func readArticle(resp *Response, it Item) (*corpus.Page, error) {
	var page *corpus.Page
	switch resp.ContentType {
	case "text/html", "application/xhtml+xml", "":
		p, err := corpus.ReadPage(resp.Body, resp.URL)
		if err != nil {
			return nil, err
		}
		page = p
	case "text/plain":
		page = &corpus.Page{URL: resp.URL, Text: string(resp.Body)}
	default:
		return nil, &unreadableError{contentType: resp.ContentType}
	}
	if page.Title == "" {
		page.Title = it.Title
	}
	if page.Published.IsZero() && !it.Published.IsZero() {
		page.Published = report.DateOf(it.Published)
	}
	if page.URL == "" {
		page.URL = resp.URL
	}
	return page, nil
}

// write stores an article under a new name: the date, then the title's
// words. It never replaces a file: a taken name gets a number.
func (r *run) write(a stored) (string, error) {
	content := a.markdown()
	base := fileBase(a)
	for n := 1; n < 1000; n++ {
		name := base + ".md"
		if n > 1 {
			name = fmt.Sprintf("%s-%d.md", base, n)
		}
		p, err := atomicfile.Prepare(filepath.Join(r.opts.Dir, name), 0o644, func(w io.Writer) error {
			_, err := io.WriteString(w, content)
			return err
		})
		if err == nil {
			err = p.CommitNew()
		}
		if errors.Is(err, os.ErrExist) {
			continue
		}
		return name, err
	}
	return "", fmt.Errorf("no free file name for %s", base)
}

// fileBase is an article's file name without extension.
func fileBase(a stored) string {
	date := a.fetched.Format("2006-01-02")
	if !a.page.Published.IsZero() {
		date = a.page.Published.String()
	}
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(a.page.Title) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			b.WriteRune(r)
			dash = false
		} else {
			dash = true
		}
		if b.Len() >= 60 {
			break
		}
	}
	if b.Len() == 0 {
		return date + "-article"
	}
	return date + "-" + b.String()
}

// urlKey is the form in which two addresses of one page compare equal:
// without the scheme, "www.", the fragment, tracking parameters and a
// final slash.
func urlKey(address string) string {
	u, err := url.Parse(strings.TrimSpace(address))
	if err != nil || u.Host == "" {
		return strings.TrimSpace(address)
	}
	q := u.Query()
	for k := range q {
		if strings.HasPrefix(strings.ToLower(k), "utm_") || k == "fbclid" || k == "gclid" || k == "ocid" {
			q.Del(k)
		}
	}
	host := strings.TrimPrefix(strings.ToLower(u.Host), "www.")
	key := host + strings.TrimSuffix(u.EscapedPath(), "/")
	if enc := q.Encode(); enc != "" {
		key += "?" + enc
	}
	return key
}

// textKey is the form in which two copies of one text compare equal.
func textKey(text string) string {
	sum := sha256.Sum256([]byte(strings.ToLower(strings.Join(strings.Fields(text), " "))))
	return hex.EncodeToString(sum[:])
}
