package hostrt

import (
	"sync"
	"weak"

	"github.com/asyncrepl/asyncrepl/loop"
)

// raiseSites is the session's record of where interpreted code last
// returned (or set) an error, per task (nil for a callback's), for the
// loop's raised_at (see Session.raiseSite). The tasks are held weakly:
// a record must not keep a task from the collector that reports it.
type raiseSites struct {
	mu   sync.Mutex
	last map[weak.Pointer[loop.Task]]raised
}

type raised struct {
	err error
	pos string
}

// maxRaiseSites bounds the records of tasks that ended without an error
// (theirs are never asked for).
const maxRaiseSites = 1024

// note records that err was returned at pos by the code of the task
// running now.
func (r *raiseSites) note(pos string, err error) {
	if err == nil {
		return
	}
	key := weak.Make(loop.CurrentTask())
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.last == nil {
		r.last = map[weak.Pointer[loop.Task]]raised{}
	}
	if len(r.last) >= maxRaiseSites {
		for k := range r.last {
			if k.Value() == nil {
				delete(r.last, k)
			}
		}
		if len(r.last) >= maxRaiseSites {
			clear(r.last)
		}
	}
	r.last[key] = raised{err, pos}
}

// Site returns where the code of the task running now returned err, if
// that was the last error it returned.
func (r *raiseSites) Site(err error) string {
	key := weak.Make(loop.CurrentTask())
	r.mu.Lock()
	rec, ok := r.last[key]
	if ok {
		delete(r.last, key)
	}
	r.mu.Unlock()
	if same, _ := sameError(rec.err, err); !ok || !same {
		return ""
	}
	return rec.pos
}

// raise is __repl.Raise: it notes where err is returned, and returns it.
func (h *Helpers) raise(pos string, err error) error {
	h.Raises.note(pos, err)
	return err
}
