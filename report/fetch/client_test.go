package fetch

import (
	"context"
	"net/http"
	"net/http/httptest"
	"testing"
	"time"
)

// TestHostDelay checks the turns the client books on a clock it is given,
// so that a busy machine cannot make the test pass or fail.
func TestHostDelay(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Write([]byte("ok"))
	}))
	defer srv.Close()
	limits := testLimits()
	limits.HostDelay = 50 * time.Millisecond
	c := NewClient(limits, nil)
	clock := time.Date(2024, 5, 15, 12, 0, 0, 0, time.UTC)
	var waits []time.Duration
	c.now = func() time.Time { return clock }
	c.sleep = func(ctx context.Context, d time.Duration) error {
		waits = append(waits, d)
		clock = clock.Add(d)
		return nil
	}
	for i := range 3 {
		if i == 2 {
			clock = clock.Add(20 * time.Millisecond) // some time passes before the third
		}
		if _, err := c.Get(context.Background(), srv.URL+"/x", Validators{}); err != nil {
			t.Fatal(err)
		}
	}
	want := []time.Duration{50 * time.Millisecond, 30 * time.Millisecond}
	if len(waits) != len(want) || waits[0] != want[0] || waits[1] != want[1] {
		t.Errorf("the client waited %v between three requests to one host, want %v", waits, want)
	}
}

func TestRetryAfterAndConditional(t *testing.T) {
	n := 0
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		n++
		switch {
		case n == 1:
			w.Header().Set("Retry-After", "0")
			w.WriteHeader(http.StatusTooManyRequests)
		case r.Header.Get("If-Modified-Since") == "Wed, 15 May 2024 00:00:00 GMT":
			w.WriteHeader(http.StatusNotModified)
		default:
			w.Header().Set("Last-Modified", "Wed, 15 May 2024 00:00:00 GMT")
			w.Write([]byte("<rss/>"))
		}
	}))
	defer srv.Close()
	c := NewClient(testLimits(), nil)
	resp, err := c.Get(context.Background(), srv.URL, Validators{})
	if err != nil || resp.NotModified || resp.Validators.LastModified == "" {
		t.Fatalf("Get after a 429 = %+v, %v; want the body and its Last-Modified", resp, err)
	}
	again, err := c.Get(context.Background(), srv.URL, resp.Validators)
	if err != nil || !again.NotModified {
		t.Errorf("conditional Get = %+v, %v; want not modified", again, err)
	}
}

func TestFeedEncoding(t *testing.T) {
	feed := []byte("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n<rss version=\"2.0\"><channel><item><title>Caf\xe9s reopen in Kabul</title><link>https://k.example/1</link></item></channel></rss>")
	items, err := ParseFeed(feed)
	if err != nil || len(items) != 1 || items[0].Title != "Cafés reopen in Kabul" {
		t.Errorf("ParseFeed(Latin-1) = %+v, %v", items, err)
	}
}
