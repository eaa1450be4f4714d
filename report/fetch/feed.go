package fetch

import (
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"strings"
	"time"

	"golang.org/x/net/html/charset"
)

// Item is one entry of a feed: an article's address, title and date.
type Item struct {
	Title     string
	Link      string
	Published time.Time // zero when the feed gives none
}

// ParseFeed reads an RSS 2.0 (and 0.9x), RSS 1.0 (RDF) or Atom 1.0 feed
// in any encoding its XML declaration names. Items without a link are
// left out.
func ParseFeed(data []byte) ([]Item, error) {
	dec := xml.NewDecoder(bytes.NewReader(data))
	dec.CharsetReader = charset.NewReaderLabel
	dec.Strict = false
	dec.Entity = xml.HTMLEntity
	for {
		tok, err := dec.Token()
		if errors.Is(err, io.EOF) {
			return nil, errors.New("not a feed: no XML element found")
		}
		if err != nil {
			return nil, fmt.Errorf("not a feed: %v", err)
		}
		start, ok := tok.(xml.StartElement)
		if !ok {
			continue
		}
		switch strings.ToLower(start.Name.Local) {
		case "rss":
			var f rssFeed
			if err := dec.DecodeElement(&f, &start); err != nil {
				return nil, fmt.Errorf("malformed RSS feed: %v", err)
			}
			return f.items(), nil
		case "rdf":
			var f rdfFeed
			if err := dec.DecodeElement(&f, &start); err != nil {
				return nil, fmt.Errorf("malformed RSS 1.0 feed: %v", err)
			}
			return f.items(), nil
		case "feed":
			var f atomFeed
			if err := dec.DecodeElement(&f, &start); err != nil {
				return nil, fmt.Errorf("malformed Atom feed: %v", err)
			}
			return f.items(), nil
		}
		return nil, fmt.Errorf("not a feed: the document is <%s>, not <rss>, <rdf:RDF> or <feed>", start.Name.Local)
	}
}

type rssFeed struct {
	Items []struct {
		Title   string  `xml:"title"`
		Link    string  `xml:"link"`
		GUID    rssGUID `xml:"guid"`
		PubDate string  `xml:"pubDate"`
		DCDate  string  `xml:"http://purl.org/dc/elements/1.1/ date"`
	} `xml:"channel>item"`
}

type rssGUID struct {
	Value       string `xml:",chardata"`
	IsPermaLink string `xml:"isPermaLink,attr"`
}

func (f rssFeed) items() []Item {
	var out []Item
	for _, it := range f.Items {
		link := strings.TrimSpace(it.Link)
		if g := strings.TrimSpace(it.GUID.Value); link == "" && it.GUID.IsPermaLink != "false" && isWebAddress(g) {
			link = g
		}
		out = appendItem(out, it.Title, link, firstDate(it.PubDate, it.DCDate))
	}
	return out
}

type rdfFeed struct {
	Items []struct {
		Title  string `xml:"title"`
		Link   string `xml:"link"`
		About  string `xml:"http://www.w3.org/1999/02/22-rdf-syntax-ns# about,attr"`
		DCDate string `xml:"http://purl.org/dc/elements/1.1/ date"`
	} `xml:"item"`
}

func (f rdfFeed) items() []Item {
	var out []Item
	for _, it := range f.Items {
		link := strings.TrimSpace(it.Link)
		if link == "" {
			link = strings.TrimSpace(it.About)
		}
		out = appendItem(out, it.Title, link, firstDate(it.DCDate))
	}
	return out
}

type atomFeed struct {
	Entries []struct {
		Title string `xml:"title"`
		Links []struct {
			Href string `xml:"href,attr"`
			Rel  string `xml:"rel,attr"`
			Type string `xml:"type,attr"`
		} `xml:"link"`
		ID        string `xml:"id"`
		Published string `xml:"published"`
		Updated   string `xml:"updated"`
	} `xml:"entry"`
}

func (f atomFeed) items() []Item {
	var out []Item
	for _, e := range f.Entries {
		link := ""
		for _, l := range e.Links {
			if (l.Rel == "" || l.Rel == "alternate") && link == "" {
				link = strings.TrimSpace(l.Href)
			}
		}
		if link == "" && isWebAddress(strings.TrimSpace(e.ID)) {
			link = strings.TrimSpace(e.ID)
		}
		out = appendItem(out, e.Title, link, firstDate(e.Published, e.Updated))
	}
	return out
}

func appendItem(items []Item, title, link string, published time.Time) []Item {
	if link == "" {
		return items
	}
	return append(items, Item{Title: strings.Join(strings.Fields(title), " "), Link: link, Published: published})
}

func isWebAddress(s string) bool {
	return strings.HasPrefix(s, "http://") || strings.HasPrefix(s, "https://")
}

// feedDateLayouts are the date forms feeds use: RFC 822 and its common
// variants in RSS, RFC 3339 in Atom and Dublin Core.
var feedDateLayouts = []string{
	time.RFC1123Z, time.RFC1123, "Mon, 2 Jan 2006 15:04:05 -0700", "Mon, 2 Jan 2006 15:04:05 MST",
	"2 Jan 2006 15:04:05 -0700", "Mon, 2 Jan 2006 15:04 -0700", time.RFC822Z, time.RFC822,
	time.RFC3339Nano, time.RFC3339, "2006-01-02T15:04:05", "2006-01-02",
}

// firstDate parses the first of the values that is a date it knows.
func firstDate(values ...string) time.Time {
	for _, v := range values {
		v = strings.TrimSpace(v)
		for _, layout := range feedDateLayouts {
			if t, err := time.Parse(layout, v); err == nil {
				return t
			}
		}
	}
	return time.Time{}
}
