package repl

import (
	"bufio"
	"io"
	"os"
	"strings"
	"sync"
	"time"
)

// stderrPipe gives the interpreter an *os.File as its standard error, the
// only kind of writer for which yaegi rebinds os.Stderr in interpreted code,
// and copies what comes through it to dst (the panic-trace filter) line by
// line. sync makes sure everything written so far has been copied.
type stderrPipe struct {
	r, w   *os.File
	dst    io.Writer
	mu     sync.Mutex
	synced chan struct{}
	done   chan struct{}
}

// syncMark is written through the pipe by sync; it never reaches dst.
const syncMark = "\x00asyncrepl-sync\x00\n"

func newStderrPipe(dst io.Writer) (*stderrPipe, error) {
	r, w, err := os.Pipe()
	if err != nil {
		return nil, err
	}
	p := &stderrPipe{r: r, w: w, dst: dst, synced: make(chan struct{}, 1), done: make(chan struct{})}
	go p.copy()
	return p, nil
}

func (p *stderrPipe) copy() {
	defer close(p.done)
	br := bufio.NewReader(p.r)
	for {
		line, err := br.ReadString('\n')
		if i := strings.Index(line, syncMark); i >= 0 {
			if i > 0 {
				p.dst.Write([]byte(line[:i]))
			}
			select {
			case p.synced <- struct{}{}:
			default:
			}
		} else if line != "" {
			p.dst.Write([]byte(line))
		}
		if err != nil {
			return
		}
	}
}

// sync waits (a second at most) until what was written to the pipe so far
// has reached dst; a partial last line is passed on too.
func (p *stderrPipe) sync() {
	p.mu.Lock()
	defer p.mu.Unlock()
	select {
	case <-p.synced:
	default:
	}
	if _, err := p.w.WriteString(syncMark); err != nil {
		return
	}
	select {
	case <-p.synced:
	case <-p.done:
	case <-time.After(time.Second):
	}
}

// close flushes and closes the pipe.
func (p *stderrPipe) close() {
	p.w.Close()
	select {
	case <-p.done:
	case <-time.After(time.Second):
	}
	p.r.Close()
}
