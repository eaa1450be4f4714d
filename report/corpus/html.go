package corpus

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"regexp"
	"strings"

	"github.com/markusmobius/go-trafilatura"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
	"golang.org/x/net/html/charset"

	"brief/report"
)

// Page is what a saved web page holds: the article's main text, without
// navigation, comments, share bars or related links, and its metadata.
type Page struct {
	Title     string
	Outlet    string
	Published report.Date // zero when the page gives no date
	URL       string      // the canonical address when the page names one
	Author    string
	Text      string // paragraphs separated by blank lines
}

// ReadPage extracts the article of an HTML page. pageURL, when known, is
// where the page was downloaded from: its date path (/2023/06/06/) dates
// the article when nothing else does. The page's encoding is taken from
// its BOM or <meta charset>, else UTF-8.
//
// The main text is found by go-trafilatura (a Go port of trafilatura);
// the publication date by an explicit ladder (JSON-LD datePublished, the
// article:published_time family of <meta>, a <time datetime>, the date in
// the address) so that a page without one stays undated instead of
// getting the year of its copyright line.
func ReadPage(data []byte, pageURL string) (*Page, error) {
	r, err := charset.NewReader(bytes.NewReader(data), "text/html")
	if err != nil {
		return nil, fmt.Errorf("page encoding: %w", err)
	}
	doc, err := html.Parse(r)
	if err != nil {
		return nil, fmt.Errorf("not HTML: %w", err)
	}
	meta := readMeta(doc, pageURL)
	res, err := trafilatura.ExtractDocument(doc, trafilatura.Options{
		ExcludeComments: true,
		EnableFallback:  true,
		HtmlDateMode:    trafilatura.Disabled, // and not built in: see report/corpus/htmldate
	})
	if err != nil {
		return nil, fmt.Errorf("no article found in the page: %w", err)
	}
	m := res.Metadata
	p := &Page{
		Title:     firstOf(meta.headline, m.Title, meta.titleElement),
		Outlet:    firstOf(meta.siteName, meta.publisher, m.Sitename, meta.titleSuffix),
		Published: meta.published,
		URL:       firstOf(meta.canonical, m.URL, pageURL),
		Author:    firstOf(meta.author, m.Author),
		Text:      blockText(res.ContentNode),
	}
	if p.Published.IsZero() {
		p.Published = dateInURL(p.URL)
	}
	if p.Published.IsZero() {
		p.Published = dateInURL(pageURL)
	}
	return p, nil
}

func firstOf(values ...string) string {
	for _, v := range values {
		if v = strings.Join(strings.Fields(v), " "); v != "" {
			return v
		}
	}
	return ""
}

// parseHTML reads a saved page as an article.
func parseHTML(path string, data []byte, cleaner *Cleaner) (*report.Source, []Problem) {
	if p := manyParagraphs(path, data, limitsOf(cleaner)); p != nil {
		return nil, []Problem{*p}
	}
	sum := sha256.Sum256(data)
	hash := hex.EncodeToString(sum[:])
	page, err := ReadPage(data, savedFromURL(data))
	if err != nil {
		return nil, []Problem{{File: path, Msg: err.Error() + "; save the article's own page again, or copy its text into a .md file", Skipped: true}}
	}
	src := &report.Source{Path: path, Hash: hash, ID: report.SourceID(hash),
		Title: StripControls(page.Title), Outlet: StripControls(page.Outlet), URL: StripControls(page.URL),
		Published: dateString(page.Published)}
	if page.Author != "" {
		src.Notes = StripControls("By " + page.Author + ".")
	}
	text := StripControls(page.Text)
	if p := longLine(path, text, 0, limitsOf(cleaner)); p != nil {
		p.Msg = "in the page's text, " + p.Msg
		return nil, []Problem{*p}
	}
	src.Text = cleaner.Clean(text, src.Title)
	if strings.TrimSpace(src.Text) == "" {
		return nil, []Problem{{File: path, Msg: "no article text found in the page; save the article's own page (not a front page or a list), or copy its text into a .md file", Skipped: true}}
	}
	if src.Title == "" {
		takeTitle(src)
	}
	var probs []Problem
	if src.Published == "" {
		probs = append(probs, Problem{File: path, Msg: "undated: the page gives no publication date; copy its text into a .md file with published = \"YYYY-MM-DD\" in the front matter"})
	}
	return src, probs
}

func dateString(d report.Date) string {
	if d.IsZero() {
		return ""
	}
	return d.String()
}

// savedFromPattern finds the address browsers note in a saved page.
var savedFromPattern = regexp.MustCompile(`<!-- saved from url=\(\d+\)(\S+?) -->`)

// savedFromURL returns the address a browser noted when it saved the page.
func savedFromURL(data []byte) string {
	head := data[:min(len(data), 4096)]
	if m := savedFromPattern.FindSubmatch(head); m != nil {
		return string(m[1])
	}
	return ""
}

// pageMeta is the metadata read from a page's head and markup.
type pageMeta struct {
	headline, titleElement, titleSuffix string
	siteName, publisher                 string
	canonical, author                   string
	published                           report.Date
}

// publishedMetaNames are the <meta> names and properties that carry the
// publication date, most specific first.
var publishedMetaNames = []string{
	"article:published_time", "og:article:published_time", "datepublished", "article.published",
	"parsely-pub-date", "sailthru.date", "pubdate", "publishdate", "publish-date", "dc.date.issued",
	"dcterms.issued", "dc.date", "dcterms.date", "dcterms.created", "date",
}

// readMeta walks the document once for its metadata.
func readMeta(doc *html.Node, pageURL string) pageMeta {
	var (
		m        pageMeta
		metas    = map[string]string{}
		timeAttr string
		ld       []ldArticle
	)
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			switch n.DataAtom {
			case atom.Title:
				if m.titleElement == "" {
					m.titleElement = textOf(n)
				}
			case atom.Meta:
				key := strings.ToLower(firstOf(attr(n, "property"), attr(n, "name"), attr(n, "itemprop")))
				if _, seen := metas[key]; key != "" && !seen {
					metas[key] = firstOf(attr(n, "content"), attr(n, "datetime"))
				}
			case atom.Link:
				if strings.EqualFold(attr(n, "rel"), "canonical") && m.canonical == "" {
					m.canonical = attr(n, "href")
				}
			case atom.Script:
				if strings.EqualFold(strings.TrimSpace(attr(n, "type")), "application/ld+json") {
					ld = append(ld, parseLD(textOf(n))...)
				}
			case atom.Time:
				if timeAttr == "" && !isModifiedTime(n) {
					timeAttr = attr(n, "datetime")
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)

	for _, a := range ld {
		m.headline = firstOf(m.headline, a.headline)
		m.publisher = firstOf(m.publisher, a.publisher)
		m.author = firstOf(m.author, a.author)
		if m.published.IsZero() {
			m.published = leadingDate(a.published)
		}
	}
	m.siteName = firstOf(metas["og:site_name"], metas["application-name"])
	m.canonical = firstOf(m.canonical, metas["og:url"])
	if a := metas["author"]; !strings.Contains(a, "://") {
		m.author = firstOf(m.author, a)
	}
	for _, name := range publishedMetaNames {
		if !m.published.IsZero() {
			break
		}
		m.published = leadingDate(metas[name])
	}
	if m.published.IsZero() {
		m.published = leadingDate(timeAttr)
	}
	m.titleElement, m.titleSuffix = splitTitle(m.titleElement, firstOf(m.headline, metas["og:title"]))
	return m
}

// isModifiedTime reports whether a <time> element gives when the page was
// updated rather than published.
func isModifiedTime(n *html.Node) bool {
	s := strings.ToLower(attr(n, "class") + " " + attr(n, "itemprop"))
	return strings.Contains(s, "modified") || strings.Contains(s, "updated")
}

// titleSeparators part a <title> into headline and site name.
var titleSeparators = []string{" | ", " – ", " — ", " - ", " :: ", " · "}

// splitTitle parts "Headline | Outlet" into the headline and the outlet.
// When the headline is known from elsewhere, the title must start with it.
func splitTitle(title, headline string) (string, string) {
	title = firstOf(title)
	for _, sep := range titleSeparators {
		i := strings.LastIndex(title, sep)
		if i <= 0 {
			continue
		}
		head, site := strings.TrimSpace(title[:i]), strings.TrimSpace(title[i+len(sep):])
		if headline != "" && !strings.EqualFold(head, firstOf(headline)) {
			continue
		}
		if len(strings.Fields(site)) <= 5 && len(strings.Fields(head)) > len(strings.Fields(site)) {
			return head, site
		}
	}
	return title, ""
}

// datePattern takes the date from the start of a timestamp:
// "2021-11-03T09:15:00+01:00", "2021/11/03", "2021-11".
var datePattern = regexp.MustCompile(`^\s*(\d{4})(?:[-/](\d{1,2})(?:[-/](\d{1,2}))?)?(?:$|[T\s])`)

// leadingDate reads the date a timestamp starts with, as written (in the
// page's own zone), keeping its precision. The zero Date when none.
func leadingDate(s string) report.Date {
	m := datePattern.FindStringSubmatch(s)
	if m == nil || m[2] == "" {
		return report.Date{}
	}
	text := m[1] + "-" + pad2(m[2])
	if m[3] != "" {
		text += "-" + pad2(m[3])
	}
	d, err := report.ParseDate(text)
	if err != nil || d.Year < 1900 {
		return report.Date{}
	}
	return d
}

func pad2(s string) string {
	if len(s) == 1 {
		return "0" + s
	}
	return s
}

// urlDatePattern finds a date in an address's path: /2023/08/14/,
// /2023-08-14-, /20230814/ or /2023/08/.
var urlDatePattern = regexp.MustCompile(`/((?:19|20)\d{2})[/-](0[1-9]|1[0-2])(?:[/-](0[1-9]|[12]\d|3[01]))?(?:[/-]|$)|/((?:19|20)\d{2})(0[1-9]|1[0-2])([0-3]\d)/`)

// dateInURL returns the date in an address's path, at day or month
// precision, or the zero Date.
func dateInURL(u string) report.Date {
	if i := strings.Index(u, "://"); i >= 0 {
		u = u[i+3:]
	}
	if i := strings.IndexAny(u, "?#"); i >= 0 {
		u = u[:i]
	}
	m := urlDatePattern.FindStringSubmatch(u)
	if m == nil {
		return report.Date{}
	}
	text := m[1] + "-" + m[2]
	if m[3] != "" {
		text += "-" + m[3]
	}
	if m[4] != "" {
		text = m[4] + "-" + m[5] + "-" + m[6]
	}
	d, err := report.ParseDate(text)
	if err != nil {
		return report.Date{}
	}
	return d
}

// ldArticle is what a JSON-LD article object says of itself.
type ldArticle struct {
	headline, published, author, publisher string
}

// articleTypes are the schema.org types that describe an article.
var articleTypes = []string{"Article", "NewsArticle", "ReportageNewsArticle", "AnalysisNewsArticle",
	"OpinionNewsArticle", "BackgroundNewsArticle", "BlogPosting", "LiveBlogPosting", "Report", "ScholarlyArticle"}

// parseLD reads the article objects of a JSON-LD script: one object, a
// list, or an @graph. A script that is not JSON is ignored.
func parseLD(text string) []ldArticle {
	var v any
	if json.Unmarshal([]byte(text), &v) != nil {
		return nil
	}
	var out []ldArticle
	var visit func(v any)
	visit = func(v any) {
		switch x := v.(type) {
		case []any:
			for _, e := range x {
				visit(e)
			}
		case map[string]any:
			if g, ok := x["@graph"]; ok {
				visit(g)
			}
			if !ldTypeIn(x["@type"], articleTypes) {
				return
			}
			out = append(out, ldArticle{
				headline:  ldString(x["headline"]),
				published: ldString(x["datePublished"]),
				author:    ldNames(x["author"]),
				publisher: ldNames(x["publisher"]),
			})
		}
	}
	visit(v)
	return out
}

func ldTypeIn(t any, types []string) bool {
	switch x := t.(type) {
	case string:
		for _, want := range types {
			if x == want {
				return true
			}
		}
	case []any:
		for _, e := range x {
			if ldTypeIn(e, types) {
				return true
			}
		}
	}
	return false
}

func ldString(v any) string {
	switch x := v.(type) {
	case string:
		return x
	case []any:
		if len(x) > 0 {
			return ldString(x[0])
		}
	}
	return ""
}

// ldNames joins the names of a person, an organisation or a list of them.
func ldNames(v any) string {
	switch x := v.(type) {
	case string:
		if strings.Contains(x, "://") {
			return ""
		}
		return x
	case map[string]any:
		return ldString(x["name"])
	case []any:
		var names []string
		for _, e := range x {
			if n := ldNames(e); n != "" {
				names = append(names, n)
			}
		}
		return strings.Join(names, ", ")
	}
	return ""
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if strings.EqualFold(a.Key, key) {
			return a.Val
		}
	}
	return ""
}

// textOf returns the text inside a node, as is.
func textOf(n *html.Node) string {
	var b strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return b.String()
}

// blockAtoms are the elements that stand as paragraphs of their own.
var blockAtoms = map[atom.Atom]bool{
	atom.P: true, atom.Div: true, atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true,
	atom.H5: true, atom.H6: true, atom.Li: true, atom.Blockquote: true, atom.Tr: true,
	atom.Section: true, atom.Article: true, atom.Pre: true, atom.Figcaption: true, atom.Dd: true, atom.Dt: true,
}

// blockText renders an extracted content node as plain text: one
// paragraph a block element, separated by blank lines, with the spaces
// inside a paragraph collapsed.
func blockText(n *html.Node) string {
	if n == nil {
		return ""
	}
	var (
		paras []string
		cur   strings.Builder
	)
	flush := func() {
		if t := strings.Join(strings.Fields(cur.String()), " "); t != "" {
			paras = append(paras, t)
		}
		cur.Reset()
	}
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		switch {
		case n.Type == html.TextNode:
			cur.WriteString(n.Data)
			return
		case n.Type == html.ElementNode && n.DataAtom == atom.Br:
			flush()
			return
		case n.Type == html.ElementNode && (n.DataAtom == atom.Script || n.DataAtom == atom.Style):
			return
		}
		block := n.Type == html.ElementNode && blockAtoms[n.DataAtom]
		if block {
			flush()
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
		if block {
			flush()
		}
	}
	walk(n)
	flush()
	return strings.Join(paras, "\n\n")
}
