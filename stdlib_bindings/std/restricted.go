package std

import (
	"errors"
	"fmt"
	"io"
	"log"
	"os"
	"strconv"
	"sync/atomic"
)

// The generated tables of os and log name these functions and types in
// place of the originals (yaegi's extract does that for the names it
// calls restricted): they keep interpreted code from ending the process.

// osExit is os.Exit: it panics instead of exiting.
func osExit(code int) { panic("os.Exit(" + strconv.Itoa(code) + ")") }

// ChildEnv, set to 1 in a process's environment, makes it the process
// that runs a supervising shell's session (repl.ChildEnv).
const ChildEnv = "ASYNCREPL_CHILD"

// ScriptProcess says the process runs a script, which is the program:
// its own process is the program's, to signal (a graceful shutdown's
// test sends itself SIGTERM), as Go's.
var ScriptProcess atomic.Bool

// osFindProcess is os.FindProcess, refusing the process itself (but a
// script's) and, in a session's process, the shell that supervises it
// (its parent): a signal to either would end the session or the shell.
func osFindProcess(pid int) (*os.Process, error) {
	switch {
	case pid == os.Getpid() && !ScriptProcess.Load():
		return nil, errors.New("os: FindProcess of the interpreter's own process is refused")
	case pid == os.Getppid() && os.Getenv(ChildEnv) == "1":
		return nil, errors.New("os: FindProcess of the shell's process is refused (the session runs in a process of its own, which the shell supervises)")
	}
	return os.FindProcess(pid)
}

// logFatal, logFatalf and logFatalln are log.Fatal, Fatalf and Fatalln:
// they panic with the message after logging it.
func logFatal(v ...any)                 { log.Panic(v...) }
func logFatalf(format string, v ...any) { log.Panicf(format, v...) }
func logFatalln(v ...any)               { log.Panicln(v...) }

// logNew is log.New, making a logLogger.
func logNew(out io.Writer, prefix string, flag int) *logLogger {
	return &logLogger{stdLogger: log.New(out, prefix, flag)}
}

// LogNew is log.New for a session whose os.Exit is exit (os.Exit as the
// program sees it): its loggers' Fatal methods log the message, then call
// exit(1), as Go's do with the process's.
func LogNew(exit func(int)) func(out io.Writer, prefix string, flag int) *logLogger {
	return func(out io.Writer, prefix string, flag int) *logLogger {
		return &logLogger{stdLogger: log.New(out, prefix, flag), exit: exit}
	}
}

// logLogger is log.Logger to interpreted code: a *log.Logger with every
// method of its own but Fatal, Fatalf and Fatalln, which log the message,
// then call exit(1) (or, made by log.New alone, panic with it).
type logLogger struct {
	*stdLogger
	exit func(int)
}

// stdLogger names log.Logger so that logLogger embeds it unexported:
// interpreted code cannot reach the *log.Logger and its exiting Fatal.
type stdLogger = log.Logger

func (l *logLogger) Fatal(v ...any)                 { l.fatal(fmt.Sprint(v...)) }
func (l *logLogger) Fatalf(format string, v ...any) { l.fatal(fmt.Sprintf(format, v...)) }
func (l *logLogger) Fatalln(v ...any)               { l.fatal(fmt.Sprintln(v...)) }

func (l *logLogger) fatal(msg string) {
	if l.exit == nil {
		l.Panic(msg)
	}
	l.Output(3, msg) //nolint:errcheck // as log.Logger.Fatal
	l.exit(1)
}
