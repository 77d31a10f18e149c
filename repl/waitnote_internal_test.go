package repl

import (
	"testing"
	"time"

	"github.com/asyncrepl/asyncrepl/loop"
)

// TestInputWaitOwnLoop: an input that runs a loop of its own
// (RunForever), stalled with nothing that can wake it, is a deadlock the
// stall probe reports, however long that probe takes to confirm it (a
// busy machine): the note of the input's wait does not name it first (it
// did, saying "an event loop runs on"). With a goroutine that may wake it,
// the note names that goroutine.
func TestInputWaitOwnLoop(t *testing.T) {
	const self, body = "1", "30"
	me := goroutine{id: self, state: "running", funcs: []string{replPkg + "dumpGoroutines", replPkg + "(*deadlockProbe).probe", replPkg + "(*Session).inTask"}}
	sessionLoop := goroutine{id: "6", state: "chan receive", funcs: []string{"runtime.chanrecv1", loopPkg + "(*Loop).stepOwn", loopPkg + "(*Loop).step", loopPkg + "(*Loop).runOnce", loopPkg + "(*Loop).run"}}
	execWait := goroutine{id: "7", state: "select", funcs: []string{"runtime.selectgo", interpPkg + "(*Interpreter).ExecuteWithContext", replPkg + "(*Session).runPlan"}}
	input := goroutine{id: "31", parent: body, state: "chan receive", funcs: []string{"runtime.chanrecv1", loopPkg + "(*realClock).wait", loopPkg + "(*Loop).runOnce", loopPkg + "(*Loop).run", loopPkg + "(*Loop).RunForever", "reflect.Value.Call", interpPkg + "callBin.func2", interpPkg + "runCfg", interpPkg + "(*Interpreter).ExecuteWithContext.func1"}}
	sleeping := goroutine{id: "12", state: "sleep", funcs: []string{"time.Sleep", "reflect.Value.Call", interpPkg + "callBin.func2", interpPkg + "runCfg"}}

	tests := []struct {
		name string
		gs   []goroutine
		note string // "" for none
	}{
		{"nothing can wake the loop", []goroutine{me, sessionLoop, execWait, input}, ""},
		{"a goroutine sleeps", []goroutine{me, sessionLoop, execWait, input, sleeping}, "input 3 has waited 2s in a call of loop.(*realClock).wait; it is not a deadlock the shell can prove (a goroutine sleeps, in time.Sleep); Ctrl-C stops the input"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var s Session
			var task *loop.Task
			b := body
			if got := s.inputWait("input 3", &task, &b, 2*time.Second, tt.gs, self, nil); got != tt.note {
				t.Errorf("note %q, want %q", got, tt.note)
			}
		})
	}
}
