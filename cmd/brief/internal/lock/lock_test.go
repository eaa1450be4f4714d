package lock

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"
)

func TestAcquireRefusesASecondHolder(t *testing.T) {
	dir := t.TempDir()
	unlock, err := Acquire(context.Background(), dir, 0)
	if err != nil {
		t.Fatal(err)
	}
	// flock(2) locks belong to the open file, so a second Acquire in the
	// same process conflicts just as another process would.
	_, err = Acquire(context.Background(), dir, 0)
	var he *HeldError
	if !errors.Is(err, ErrHeld) || !errors.As(err, &he) {
		t.Fatalf("second Acquire: %v, want ErrHeld", err)
	}
	if !strings.Contains(he.Holder, "pid ") || !strings.Contains(err.Error(), "--wait") {
		t.Errorf("message %q should name the holder and suggest --wait", err)
	}
	unlock()
	unlock2, err := Acquire(context.Background(), dir, 0)
	if err != nil {
		t.Fatalf("Acquire after unlock: %v", err)
	}
	unlock2()
}

func TestAcquireWaits(t *testing.T) {
	dir := t.TempDir()
	unlock, err := Acquire(context.Background(), dir, 0)
	if err != nil {
		t.Fatal(err)
	}
	time.AfterFunc(200*time.Millisecond, unlock)
	unlock2, err := Acquire(context.Background(), dir, 5*time.Second)
	if err != nil {
		t.Fatalf("Acquire with wait: %v", err)
	}
	unlock2()
}

func TestAcquireWaitRunsOut(t *testing.T) {
	dir := t.TempDir()
	unlock, err := Acquire(context.Background(), dir, 0)
	if err != nil {
		t.Fatal(err)
	}
	defer unlock()
	_, err = Acquire(context.Background(), dir, 150*time.Millisecond)
	if !errors.Is(err, ErrHeld) || !strings.Contains(err.Error(), "after waiting") {
		t.Fatalf("Acquire: %v, want ErrHeld after waiting", err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	time.AfterFunc(100*time.Millisecond, cancel)
	_, err = Acquire(ctx, dir, time.Hour)
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("Acquire with a cancelled context: %v, want context.Canceled", err)
	}
}
