package fetch

import (
	"context"
	"net/http"
	"net/http/httptest"
	"sync"
	"testing"
	"time"
)

func TestHostDelay(t *testing.T) {
	var (
		mu    sync.Mutex
		times []time.Time
	)
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		times = append(times, time.Now())
		mu.Unlock()
		w.Write([]byte("ok"))
	}))
	defer srv.Close()
	limits := testLimits()
	limits.HostDelay = 50 * time.Millisecond
	c := NewClient(limits, nil)
	for range 3 {
		if _, err := c.Get(context.Background(), srv.URL+"/x", Validators{}); err != nil {
			t.Fatal(err)
		}
	}
	for i := 1; i < len(times); i++ {
		// The server notes each arrival a little after the client sent it,
		// so allow for a tenth of the delay of scheduling jitter.
		if gap := times[i].Sub(times[i-1]); gap < limits.HostDelay*9/10 {
			t.Errorf("request %d came %s after the one before, want at least %s", i+1, gap, limits.HostDelay)
		}
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
