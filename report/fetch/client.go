package fetch

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/cenkalti/backoff/v5"
)

// UserAgent names the tool to the servers it asks.
const UserAgent = "brief-fetch/1 (a news brief builder run by an analyst; Go net/http)"

// Limits bound what the client does for one address.
type Limits struct {
	// Timeout is the longest one request may take, body included.
	Timeout time.Duration
	// MaxBytes is the largest body read; a larger one is an error.
	MaxBytes int64
	// MaxRedirects is how many redirects one request may follow.
	MaxRedirects int
	// Tries is how many times a request is made when the server answers
	// 5xx or 429, or does not answer in time.
	Tries int
	// FirstBackoff is the wait before the second try; each later wait is
	// longer (exponential backoff, with jitter).
	FirstBackoff time.Duration
	// HostDelay is the least time between two requests to one host.
	HostDelay time.Duration
}

// DefaultLimits are the limits of a polite weekly run.
func DefaultLimits() Limits {
	return Limits{
		Timeout:      30 * time.Second,
		MaxBytes:     8 << 20,
		MaxRedirects: 5,
		Tries:        4,
		FirstBackoff: 2 * time.Second,
		HostDelay:    2 * time.Second,
	}
}

// Client is a polite, bounded HTTP client: it names itself, waits between
// requests to one host, retries with backoff on server errors and
// timeouts, and never reads more than its size limit.
type Client struct {
	limits Limits
	http   *http.Client

	mu       sync.Mutex
	lastSent map[string]time.Time // host → when the last request went out

	now   func() time.Time                                 // the clock; time.Now
	sleep func(ctx context.Context, d time.Duration) error // waits d or until ctx ends
}

// NewClient returns a Client with the given limits. transport may be nil
// for http.DefaultTransport.
func NewClient(limits Limits, transport http.RoundTripper) *Client {
	c := &Client{limits: limits, lastSent: map[string]time.Time{}, now: time.Now, sleep: sleepContext}
	c.http = &http.Client{
		Transport: transport,
		Timeout:   limits.Timeout,
		CheckRedirect: func(req *http.Request, via []*http.Request) error {
			if len(via) > limits.MaxRedirects {
				return &redirectError{n: limits.MaxRedirects}
			}
			return nil
		},
	}
	return c
}

type redirectError struct{ n int }

func (e *redirectError) Error() string {
	return fmt.Sprintf("more than %d redirects (a redirect loop?)", e.n)
}

// Validators make a request conditional: the server answers 304 Not
// Modified when the resource has not changed since.
type Validators struct {
	ETag         string `json:"etag,omitempty"`
	LastModified string `json:"last_modified,omitempty"`
}

// Response is a successful answer.
type Response struct {
	// URL is the address the body came from, after redirects.
	URL         string
	ContentType string // the media type, lower case, without parameters
	Charset     string
	Body        []byte
	// NotModified is true for a 304 answer to a conditional request;
	// Body is then empty.
	NotModified bool
	Validators  Validators
}

// StatusError is an HTTP answer other than success.
type StatusError struct {
	URL    string
	Status int
}

func (e *StatusError) Error() string {
	return fmt.Sprintf("the server answered %d %s", e.Status, http.StatusText(e.Status))
}

// TooLargeError is a body over the size limit.
type TooLargeError struct{ Limit int64 }

func (e *TooLargeError) Error() string {
	return fmt.Sprintf("larger than the %s limit; not downloaded", byteSize(e.Limit))
}

func byteSize(n int64) string {
	if n >= 1<<20 {
		return fmt.Sprintf("%d MiB", n>>20)
	}
	return fmt.Sprintf("%d KiB", n>>10)
}

// Get fetches address, conditionally when v has validators, retrying
// transient failures. The error says why it failed, after the last try.
func (c *Client) Get(ctx context.Context, address string, v Validators) (*Response, error) {
	u, err := url.Parse(address)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return nil, fmt.Errorf("%q is not an http or https address", address)
	}
	b := backoff.NewExponentialBackOff()
	b.InitialInterval = c.limits.FirstBackoff
	tries := 0
	resp, err := backoff.Retry(ctx, func() (*Response, error) {
		tries++
		return c.once(ctx, u, v)
	}, backoff.WithBackOff(b), backoff.WithMaxTries(uint(max(c.limits.Tries, 1))), backoff.WithMaxElapsedTime(0))
	if err != nil && tries > 1 {
		err = fmt.Errorf("%w (after %d tries)", err, tries)
	}
	return resp, err
}

// once makes one request. A transient failure is returned as is, for a
// retry; any other as backoff.Permanent.
func (c *Client) once(ctx context.Context, u *url.URL, v Validators) (*Response, error) {
	if err := c.waitTurn(ctx, u.Host); err != nil {
		return nil, backoff.Permanent(err)
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u.String(), nil)
	if err != nil {
		return nil, backoff.Permanent(err)
	}
	req.Header.Set("User-Agent", UserAgent)
	req.Header.Set("Accept", "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/xml;q=0.9,text/plain;q=0.8,*/*;q=0.5")
	if v.ETag != "" {
		req.Header.Set("If-None-Match", v.ETag)
	}
	if v.LastModified != "" {
		req.Header.Set("If-Modified-Since", v.LastModified)
	}
	res, err := c.http.Do(req)
	if err != nil {
		return nil, classify(ctx, err)
	}
	defer res.Body.Close()
	switch {
	case res.StatusCode == http.StatusNotModified && (v.ETag != "" || v.LastModified != ""):
		return &Response{URL: res.Request.URL.String(), NotModified: true, Validators: v}, nil
	case res.StatusCode == http.StatusTooManyRequests || res.StatusCode >= 500:
		err := &StatusError{URL: u.String(), Status: res.StatusCode}
		if after := retryAfter(res.Header.Get("Retry-After")); after > 0 && after <= time.Minute {
			return nil, &retryAfterError{err: err, wait: after}
		}
		return nil, err
	case res.StatusCode < 200 || res.StatusCode > 299:
		return nil, backoff.Permanent(&StatusError{URL: u.String(), Status: res.StatusCode})
	}
	body, err := io.ReadAll(io.LimitReader(res.Body, c.limits.MaxBytes+1))
	if err != nil {
		return nil, classify(ctx, err)
	}
	if int64(len(body)) > c.limits.MaxBytes {
		return nil, backoff.Permanent(&TooLargeError{Limit: c.limits.MaxBytes})
	}
	mediaType, charset := splitContentType(res.Header.Get("Content-Type"))
	return &Response{
		URL: res.Request.URL.String(), ContentType: mediaType, Charset: charset, Body: body,
		Validators: Validators{ETag: res.Header.Get("ETag"), LastModified: res.Header.Get("Last-Modified")},
	}, nil
}

// retryAfterError is a transient failure whose server said how long to
// wait; backoff.Retry waits that long when it unwraps to RetryAfterError.
type retryAfterError struct {
	err  error
	wait time.Duration
}

func (e *retryAfterError) Error() string { return e.err.Error() }
func (e *retryAfterError) Unwrap() []error {
	return []error{e.err, &backoff.RetryAfterError{Duration: e.wait}}
}

func retryAfter(h string) time.Duration {
	if s, err := strconv.Atoi(strings.TrimSpace(h)); err == nil && s >= 0 {
		return time.Duration(s) * time.Second
	}
	return 0
}

// classify turns a transport error into a message and says whether to
// try again: a timeout or a dropped connection is tried again; a bad
// address, a refused redirect or an ended run is not.
func classify(ctx context.Context, err error) error {
	if ctx.Err() != nil {
		return backoff.Permanent(ctx.Err())
	}
	var re *redirectError
	if errors.As(err, &re) {
		return backoff.Permanent(re)
	}
	var ne net.Error
	if errors.As(err, &ne) && ne.Timeout() {
		return errors.New("no complete answer within the timeout")
	}
	var dnsErr *net.DNSError
	if errors.As(err, &dnsErr) && dnsErr.IsNotFound {
		return backoff.Permanent(fmt.Errorf("no such host %s", dnsErr.Name))
	}
	var ue *url.Error
	if errors.As(err, &ue) {
		return errors.New(ue.Err.Error())
	}
	return err
}

// waitTurn waits until the host's delay since the last request to it has
// passed, and books the next slot.
func (c *Client) waitTurn(ctx context.Context, host string) error {
	c.mu.Lock()
	next := c.lastSent[host].Add(c.limits.HostDelay)
	now := c.now()
	if next.Before(now) {
		next = now
	}
	c.lastSent[host] = next
	c.mu.Unlock()
	if wait := next.Sub(now); wait > 0 {
		return c.sleep(ctx, wait)
	}
	return nil
}

// sleepContext waits d, or until ctx ends.
func sleepContext(ctx context.Context, d time.Duration) error {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-t.C:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

// splitContentType returns the media type and charset of a Content-Type
// header, lower case.
func splitContentType(h string) (mediaType, charset string) {
	parts := strings.Split(h, ";")
	mediaType = strings.ToLower(strings.TrimSpace(parts[0]))
	for _, p := range parts[1:] {
		k, v, ok := strings.Cut(strings.TrimSpace(p), "=")
		if ok && strings.EqualFold(k, "charset") {
			charset = strings.ToLower(strings.Trim(v, `"' `))
		}
	}
	return mediaType, charset
}
