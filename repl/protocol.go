package repl

import (
	"bufio"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"sync"
	"sync/atomic"
	"time"
	"unicode/utf8"
)

// The protocol between a supervising shell (supervise.go) and the process
// that runs its session (child.go). Both ways a frame is a kind byte, a
// 4-byte big-endian length and that many bytes: output is sent as it is,
// everything else as a JSON message. The shell writes on the child's file
// descriptor 3, the child on its descriptor 4; the child's standard output
// and error are pipes of their own, which the shell reads too (compiled
// code may write to them, and the Go runtime writes its fatal errors on
// standard error).
//
// The shell forwards inputs and meta-commands as text, so a meta-command
// the child's shell knows needs nothing here.
const (
	// shell to child
	reqConfig    = 'c' // message.Config: the first frame
	reqInput     = 'i' // message.Src, an input or meta-command; ID, N, Replay
	reqInterrupt = 'x' // Ctrl-C for input ID
	reqComplete  = 't' // message.Src, the text before the cursor
	reqRestored  = 'a' // the replay is over: Clock, N
	reqTasks     = 'p' // which tasks are pending (msgTasks)
	reqClose     = 'q' // Ctrl-D: close the session and exit

	// child to shell
	msgReady    = 'r' // the session is running (or Err)
	msgStdout   = 'o' // bytes of the session's standard output
	msgStderr   = 'e' // bytes of its standard error
	msgDone     = 'd' // input ID ended: Failed, Quit, N
	msgTasks    = 'k' // Tasks: the pending tasks after input N
	msgComplete = 'T' // Cands, Len
	msgRestored = 'A' // Names, Tasks (cancelled)
	msgClosed   = 'Q' // the session is closed; the child exits
)

// maxFrame bounds a frame's length: a longer one means the stream is not
// the protocol's.
const maxFrame = 64 << 20

// message is every frame but output; each kind uses some of the fields.
type message struct {
	ID     uint64 `json:",omitempty"`
	Src    string `json:",omitempty"`
	N      int    `json:",omitempty"` // the session's input count
	Replay bool   `json:",omitempty"`
	Failed bool   `json:",omitempty"`
	Quit   bool   `json:",omitempty"`
	Stuck  bool   `json:",omitempty"` // a replayed input left the loop blocked
	// GoPanics counts the panics of goroutines and callbacks the session
	// reported so far (with msgDone and msgClosed).
	GoPanics int64        `json:",omitempty"`
	Err      string       `json:",omitempty"`
	Clock    string       `json:",omitempty"`
	Cands    []string     `json:",omitempty"`
	Len      int          `json:",omitempty"`
	Names    []string     `json:",omitempty"`
	Tasks    []string     `json:",omitempty"`
	Jobs     []int        `json:",omitempty"` // with Tasks: the inputs whose executor jobs have not returned yet (Session.jobInputs)
	Config   *childConfig `json:",omitempty"`
	// RawSrc is Src when it is not valid UTF-8, which JSON would turn
	// into U+FFFD: the input runs (or is refused, as Go refuses such
	// source) as it was typed.
	RawSrc []byte `json:",omitempty"`
}

// childConfig is what the child's session is made with.
type childConfig struct {
	Debug       bool
	Clock       string
	Color       bool
	StopGrace   time.Duration
	MemoryLimit int64 // bytes; 0 for none
}

// frameWriter writes frames, whole, from any goroutine.
//
// In the session's process, what compiled code writes to os.Stdout and
// os.Stderr (os.Stdout.WriteString, a text/tabwriter or a json.Encoder
// over it) goes through pipes of the frameWriter's (raw), read before
// every frame is sent and every pumpEvery: it reaches the shell in the
// order it was written with what the session prints (fmt's output, the
// results), which came out before it at random when it went round by the
// process's own standard output. The session's own standard output goes
// through that pipe too (child.go): a frame per write, with the pipes
// read before each, made printing at the prompt 40% slower.
type frameWriter struct {
	mu     sync.Mutex
	w      io.Writer
	broken atomic.Bool
	raw    [2]*os.File // the read ends of os.Stdout's and os.Stderr's pipes
	buf    []byte
}

// pumpEvery is how long what compiled code writes to os.Stdout or
// os.Stderr may wait in its pipe while the session sends nothing.
const pumpEvery = 20 * time.Millisecond

// takeStdio points os.Stdout and os.Stderr at pipes whose output the
// frameWriter sends as the session's (see above), where a pipe can be
// read without blocking (readAvailable), and starts the pump; it reports
// whether it did, for os.Stdout at least.
func (f *frameWriter) takeStdio() bool {
	for i, std := range []**os.File{&os.Stdout, &os.Stderr} {
		r, w, err := os.Pipe()
		if err != nil {
			break
		}
		if _, err := readAvailable(r, make([]byte, 1)); err != nil {
			r.Close()
			w.Close()
			break // not here: left as it was
		}
		f.raw[i] = r
		*std = w
	}
	if f.raw[0] == nil {
		return false
	}
	go func() {
		for {
			f.mu.Lock()
			n := f.drainLocked()
			f.mu.Unlock()
			if n == 0 {
				time.Sleep(pumpEvery)
			} // else at once: a writer may wait for room in the pipe
		}
	}()
	return true
}

// drainLocked sends what waits in the pipes of takeStdio, with f.mu held,
// and returns how many bytes it sent.
func (f *frameWriter) drainLocked() (sent int) {
	for i, r := range f.raw {
		if r == nil {
			continue
		}
		kind := byte(msgStdout)
		if i == 1 {
			kind = msgStderr
		}
		if f.buf == nil {
			f.buf = make([]byte, 64<<10)
		}
		for {
			n, err := readAvailable(r, f.buf)
			if n > 0 {
				f.writeLocked(kind, f.buf[:n]) //nolint:errcheck // as broken says
				sent += n
			}
			if err != nil || n < len(f.buf) {
				break
			}
		}
	}
	return sent
}

func (f *frameWriter) send(kind byte, payload []byte) error {
	if len(payload) > maxFrame {
		return fmt.Errorf("repl: frame of %d bytes", len(payload))
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	f.drainLocked()
	return f.writeLocked(kind, payload)
}

func (f *frameWriter) writeLocked(kind byte, payload []byte) error {
	var hdr [5]byte
	hdr[0] = kind
	binary.BigEndian.PutUint32(hdr[1:], uint32(len(payload)))
	if _, err := f.w.Write(hdr[:]); err != nil {
		f.broken.Store(true)
		return err
	}
	if _, err := f.w.Write(payload); err != nil {
		f.broken.Store(true)
		return err
	}
	return nil
}

func (f *frameWriter) sendMsg(kind byte, m message) error {
	if !utf8.ValidString(m.Src) {
		m.RawSrc, m.Src = []byte(m.Src), ""
	}
	b, err := json.Marshal(m)
	if err != nil {
		return err
	}
	return f.send(kind, b)
}

// decodeMsg decodes a message sendMsg sent.
func decodeMsg(payload []byte, m *message) error {
	if err := json.Unmarshal(payload, m); err != nil {
		return err
	}
	if m.RawSrc != nil {
		m.Src, m.RawSrc = string(m.RawSrc), nil
	}
	return nil
}

// readFrame reads one frame.
func readFrame(r *bufio.Reader) (kind byte, payload []byte, err error) {
	var hdr [5]byte
	if _, err := io.ReadFull(r, hdr[:]); err != nil {
		return 0, nil, err
	}
	n := binary.BigEndian.Uint32(hdr[1:])
	if n > maxFrame {
		return 0, nil, errors.New("repl: not a frame of the session protocol")
	}
	payload = make([]byte, n)
	if _, err := io.ReadFull(r, payload); err != nil {
		return 0, nil, err
	}
	return hdr[0], payload, nil
}

// streamWriter sends what is written to it as frames of one kind.
type streamWriter struct {
	f    *frameWriter
	kind byte
}

func (s streamWriter) Write(p []byte) (int, error) {
	total := len(p)
	for len(p) > 0 {
		n := min(len(p), 1<<20)
		if err := s.f.send(s.kind, p[:n]); err != nil {
			return 0, err
		}
		p = p[n:]
	}
	return total, nil
}
