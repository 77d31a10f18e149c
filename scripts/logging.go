//go:build ignore

// Logging: the loop warns through logrus; set its logger, level and format.
//
// A loop reports what goes wrong (coroutines never awaited, exceptions never
// retrieved, callbacks that panic, tasks pending at close, and in debug mode
// slow steps) through a logrus logger: by default logrus's standard logger
// with the field logger=loop, the counterpart of asyncio's "asyncio" logger,
// so logrus.SetLevel, SetFormatter and SetOutput apply to it. SetLogger (or
// loop.WithLogger) gives a loop a logger of its own.
//
// Here the loop gets a logger that writes JSON without timestamps into a
// buffer, at level Warn; a slow task step (debug mode) logs a warning and a
// panicking callback an error. At level Error, only the error gets through.
// The program prints what reached the buffer.
//
// Run it:
//
//	asyncrepl scripts/logging.go
//	go run scripts/logging.go
package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strings"
	"time"

	"github.com/asyncrepl/asyncrepl/loop"
	"github.com/sirupsen/logrus"
)

// slow holds the loop longer than the slow-callback duration (100ms).
func slow() *loop.Coroutine {
	return loop.Async(func() {
		time.Sleep(150 * time.Millisecond)
	})
}

// round runs a slow task step and a callback that panics.
func round(l *loop.Loop) {
	l.CallSoon(func() { panic("boom") })
	if _, err := l.RunUntilComplete(slow()); err != nil {
		fmt.Println("round:", err)
	}
}

// show prints the entries logged to buf since the last call: level, logger,
// message (without the parts that change from run to run) and error.
func show(buf *bytes.Buffer) {
	for _, line := range strings.Split(strings.TrimSpace(buf.String()), "\n") {
		if line == "" {
			continue
		}
		var entry map[string]any
		if err := json.Unmarshal([]byte(line), &entry); err != nil {
			fmt.Println("not JSON:", line)
			continue
		}
		msg := fmt.Sprint(entry["msg"])
		switch {
		case strings.HasPrefix(msg, "Executing "):
			// "Executing Task(<slow>) took 0.151 seconds": the time varies
			msg, _, _ = strings.Cut(msg, ")")
			msg += ") took ..."
		case strings.HasPrefix(msg, "Exception in callback"):
			msg = "Exception in callback" // the rest names the callback
		}
		fmt.Printf("  %s [%s] %s", entry["level"], entry["logger"], msg)
		if e, ok := entry["error"]; ok {
			fmt.Printf(": %v", e)
		}
		fmt.Println()
	}
	buf.Reset()
}

func main() {
	var buf bytes.Buffer
	logger := logrus.New()
	logger.SetOutput(&buf)
	logger.SetFormatter(&logrus.JSONFormatter{DisableTimestamp: true})
	logger.SetLevel(logrus.WarnLevel)

	l := loop.Get()
	// Put the loop's logger and debug mode back at the end: loaded into the
	// shell (:load logging), this program configures the shell's own loop.
	defer l.SetLogger(l.Logger())
	defer l.SetDebug(l.Debug())

	l.SetLogger(logger.WithField("logger", "myapp.loop"))
	l.SetDebug(true) // slow steps are reported in debug mode only

	fmt.Println("level warning:")
	round(l)
	show(&buf)

	logger.SetLevel(logrus.ErrorLevel)
	fmt.Println("level error:")
	round(l)
	show(&buf)

	l.Close()
}

// Output:
// level warning:
//   error [myapp.loop] Exception in callback: panic: boom
//   warning [myapp.loop] Executing Task(<slow>) took ...
// level error:
//   error [myapp.loop] Exception in callback: panic: boom
