package repl

import (
	"fmt"
	"go/scanner"
	"go/token"
	"slices"
	"strings"
	"time"
)

// Restoring a supervised session (see supervise.go): the shell keeps the
// inputs that succeeded, and after the session's process died (or on
// :restart) runs them again in a new one, output hidden, on the virtual
// clock, each within replayBudget. An input that fails, hangs, blocks the
// loop or ends the process again is dropped and named; so are, after work
// an input left running ended the process, the inputs that start such
// work. What the inputs declared is restored; the tasks they started are
// cancelled (their progress is lost); an input that prints something else
// the second time names the variables that may differ.

// lostInput is an input that did not succeed when run again, and the names
// it declared then.
type lostInput struct {
	what  string
	names []string
}

// replayBudget is how long a replayed input may run before it is
// interrupted, and dropped.
const replayBudget = 5 * time.Second

// record keeps, after an input has run, what restores the session: the
// inputs that succeeded (Go code, :load, :time), the settings the next
// child starts with (:debug, :clock), and the Go inputs that failed, whose
// changes a restart loses (kernel.failed); :reset forgets the inputs.
func (k *kernel) record(src string, m message, printed uint64) {
	src = strings.TrimSpace(src)
	if m.Failed {
		if !strings.HasPrefix(src, ":") {
			k.failed = append(k.failed, replayInput{src: src, n: m.N})
		}
		return
	}
	if !strings.HasPrefix(src, ":") {
		k.inputs = append(k.inputs, replayInput{src: src, n: m.N, out: printed})
		return
	}
	cmd, arg, _ := strings.Cut(src, " ")
	arg = strings.TrimSpace(arg)
	switch cmd {
	case ":load", ":time":
		k.inputs = append(k.inputs, replayInput{src: src, n: m.N})
	case ":reset":
		k.inputs, k.failed = nil, nil
		k.tasks.Store(nil)
	case ":debug":
		if arg == "on" || arg == "off" {
			k.conf.Debug = arg == "on"
		}
	case ":clock":
		k.conf.Clock = arg
	}
}

// died reports the death of child p while src ran ("" between inputs),
// then restarts the session.
func (k *kernel) died(p *proc, src string) {
	d := p.death(k.conf.MemoryLimit)
	w := k.sh.errw
	switch {
	case p.killed.Load():
	case d.msg != "":
		fmt.Fprintf(w, "asyncrepl: the session's process died: %s\n", d.msg)
	default:
		fmt.Fprintln(w, "asyncrepl: the session's process died")
	}
	if src != "" {
		where := "while"
		if d.inGo {
			where = "in a goroutine started with go, while"
		}
		if strings.HasPrefix(strings.TrimSpace(src), ":") {
			fmt.Fprintf(w, "  %s %s ran\n", where, firstLine(src))
		} else {
			fmt.Fprintf(w, "  %s input %d ran: %s\n", where, k.lastN+1, firstLine(src))
			k.lastN++ // the input had its number
		}
	} else if k.lastN > 0 {
		fmt.Fprintf(w, "  after input %d, in a task or goroutine left running\n", k.lastN)
	}
	if d.hint != "" {
		fmt.Fprintf(w, "  %s\n", d.hint)
	}
	if src == "" || d.inGo {
		k.background++
		// Work an earlier input started ended the process, unless the
		// input running started it: those inputs are not run again.
		k.dropWork = !startsWork(src) || k.background >= 2
	} else if !startsWork(src) && slices.ContainsFunc(k.inputs, func(in replayInput) bool { return startsWork(in.src) }) {
		// The input may have died of work an earlier input left
		// running (a callback, a timer, an executor's job, which run
		// where the input does) rather than of its own code: a second
		// such death runs none of those inputs again, or their work
		// would end each new process too.
		k.suspect++
		k.dropWork = k.suspect >= 2
	}
	k.restart()
}

// restart ends the child, if it runs, starts a new one and replays the
// inputs into it, then says what was restored and what was lost.
func (k *kernel) restart() {
	if p := k.p; p != nil && p.alive() {
		k.pendingTasks(p)
		p.closing.Store(true)
		p.kill()
		<-p.exited
	}
	lostTasks := k.tasks.Swap(nil)
	var lost []lostInput
	spoilt := map[string]bool{} // declared by an input that failed when run again
	var changed []string        // names that may not be as before
	inputs := k.inputs
	k.inputs = nil
	if k.dropWork {
		inputs = k.dropStarters(inputs, &lost, "the process died in work an input left running, and this input starts such work")
		k.dropWork, k.suspect = false, 0
	}
	if lostTasks != nil && len(lostTasks.Jobs) > 0 {
		// Run again, the input would start the job the restart ends (an
		// endless one, which :tasks offers :restart for, again).
		inputs = slices.DeleteFunc(slices.Clone(inputs), func(in replayInput) bool {
			if !slices.Contains(lostTasks.Jobs, in.n) {
				return false
			}
			lost = append(lost, lostInput{what: fmt.Sprintf("input %d (%s): not run again: an executor job it started was still running, and would run again", in.n, firstLine(in.src))})
			return true
		})
	}
	for {
		p, err := k.spawn()
		if err != nil {
			k.p = nil
			fmt.Fprintf(k.sh.errw, "asyncrepl: %v (the next input tries again)\n", err)
			return
		}
		k.p = p
		changed = changed[:0]
		kept, dropped, crashed := k.replay(p, inputs, &changed)
		lost = append(lost, dropped...)
		for _, d := range dropped {
			for _, n := range d.names {
				spoilt[n] = true
			}
		}
		if crashed < 0 {
			k.inputs = kept
			break
		}
		if slices.ContainsFunc(kept, func(in replayInput) bool { return startsWork(in.src) }) {
			// What ended the process may be work an earlier input
			// started rather than the input it was running: run again
			// none of the inputs that start work.
			inputs = k.dropStarters(append(kept, inputs[crashed+1:]...), &lost, "the process died while the inputs were run again, and this input starts work that runs on")
			continue
		}
		inputs = append(kept, inputs[crashed+1:]...)
	}
	if !k.p.alive() {
		return
	}
	if err := k.p.fw.sendMsg(reqRestored, message{N: k.lastN}); err != nil {
		return
	}
	var res message
	timeout := time.After(5 * time.Second)
wait:
	for {
		select {
		case r := <-k.p.resp:
			if r.kind == msgRestored {
				res = r.m
				break wait
			}
		case <-k.p.exited:
			break wait
		case <-timeout:
			break wait
		}
	}
	w := k.sh.errw
	fmt.Fprintf(w, "asyncrepl: new session process; %d input(s) run again, output not shown\n", len(k.inputs))
	res.Names = slices.DeleteFunc(res.Names, func(n string) bool { return spoilt[n] })
	if len(res.Names) > 0 {
		fmt.Fprintf(w, "  restored: %s\n", strings.Join(res.Names, ", "))
	}
	switch {
	case lostTasks != nil && len(lostTasks.Tasks) > 0:
		when := "that were pending"
		if lostTasks.N > 0 {
			when = fmt.Sprintf("pending after input %d", lostTasks.N)
		}
		fmt.Fprintf(w, "  lost: the tasks %s (%s): a task's progress cannot be restored\n", when, strings.Join(lostTasks.Tasks, ", "))
	case len(res.Tasks) > 0:
		fmt.Fprintf(w, "  lost: the tasks the inputs started (%s): cancelled, as a task's progress cannot be restored\n", strings.Join(res.Tasks, ", "))
	}
	for _, c := range changed {
		fmt.Fprintf(w, "  may differ: %s\n", c)
	}
	for _, f := range k.failed {
		// x = 5; panic("p"): x was 5 before the restart.
		if names := slices.DeleteFunc(changedIdents(f.src), func(n string) bool { return !slices.Contains(res.Names, n) }); len(names) > 0 {
			fmt.Fprintf(w, "  may differ: %s (input %d, %s, failed: not run again, what it changed before it failed is lost)\n", strings.Join(names, ", "), f.n, firstLine(f.src))
		}
		// x, t := 5, loop.CreateTask(...) of a task that then blocked
		// the loop: what it declared (if it kept it) is not restored.
		if names := slices.DeleteFunc(definedIdents(f.src), func(n string) bool { return slices.Contains(res.Names, n) }); len(names) > 0 {
			fmt.Fprintf(w, "  not restored: %s (declared by input %d, %s, which failed or left the event loop blocked: not run again)\n", strings.Join(names, ", "), f.n, firstLine(f.src))
		}
	}
	k.failed = nil
	for _, l := range lost {
		fmt.Fprintf(w, "  lost: %s\n", l.what)
		if len(l.names) > 0 {
			fmt.Fprintf(w, "    %s: not as before (as that run left them)\n", strings.Join(l.names, ", "))
		}
	}
}

// dropStarters returns inputs without those that start work that runs on
// after them (startsWork), which it adds to lost, saying why.
func (k *kernel) dropStarters(inputs []replayInput, lost *[]lostInput, why string) []replayInput {
	return slices.DeleteFunc(slices.Clone(inputs), func(in replayInput) bool {
		if !startsWork(in.src) {
			return false
		}
		*lost = append(*lost, lostInput{what: fmt.Sprintf("input %d (%s): not run again: %s", in.n, firstLine(in.src), why)})
		return true
	})
}

// pendingTasks asks child p which tasks are pending, for the report of
// what a restart loses, and waits a moment for the answer (k.tasks).
func (k *kernel) pendingTasks(p *proc) {
	id := k.nextID.Add(1)
	if p.fw.sendMsg(reqTasks, message{ID: id}) != nil {
		return
	}
	timeout := time.After(300 * time.Millisecond)
	for {
		if m := k.tasks.Load(); m != nil && m.ID == id {
			return
		}
		select {
		case <-p.exited:
			return
		case <-timeout:
			return
		case <-time.After(5 * time.Millisecond):
		}
	}
}

// replay runs inputs in child p, output hidden. It returns the inputs that
// succeeded, a description of each that did not, and the index of the one
// that ended the child (-1 if none did).
func (k *kernel) replay(p *proc, inputs []replayInput, changed *[]string) (kept []replayInput, lost []lostInput, crashed int) {
	p.quiet.Store(true)
	defer p.quiet.Store(false)
	for i, in := range inputs {
		p.capMu.Lock()
		p.captured.Reset()
		p.capMu.Unlock()
		id := k.nextID.Add(1)
		p.record()
		if p.fw.sendMsg(reqInput, message{ID: id, Src: in.src, N: in.n, Replay: true}) != nil {
			<-p.exited
		}
		budget := time.NewTimer(replayBudget)
		var giveUp <-chan time.Time
		var failed, timedOut bool
		var names []string
	wait:
		for {
			select {
			case r := <-p.resp:
				if r.kind == msgDone && r.m.ID == id {
					failed, names = r.m.Failed, r.m.Names
					if r.m.Stuck {
						// Start again without it.
						budget.Stop()
						p.closing.Store(true)
						p.kill()
						<-p.exited
						what := fmt.Sprintf("input %d (%s): run again, it left the event loop blocked (a callback or task that never returns)", in.n, firstLine(in.src))
						return kept, append(lost, lostInput{what, names}), i
					}
					break wait
				}
			case <-budget.C:
				timedOut = true
				p.fw.sendMsg(reqInterrupt, message{ID: id}) //nolint:errcheck // then it has exited
				p.fw.sendMsg(reqInterrupt, message{ID: id}) //nolint:errcheck // then it has exited
				giveUp = time.After(k.conf.StopGrace + 3*time.Second)
			case <-giveUp:
				p.closing.Store(true)
				p.kill()
			case <-p.exited:
				budget.Stop()
				what := fmt.Sprintf("input %d (%s): it did not finish within %v when run again", in.n, firstLine(in.src), replayBudget)
				if !timedOut {
					d := p.death(k.conf.MemoryLimit)
					what = fmt.Sprintf("input %d (%s): run again, it ended the session's process (%s)", in.n, firstLine(in.src), d.msg)
				}
				return kept, append(lost, lostInput{what: what}), i
			}
		}
		budget.Stop()
		switch {
		case timedOut:
			lost = append(lost, lostInput{fmt.Sprintf("input %d (%s): it did not finish within %v when run again", in.n, firstLine(in.src), replayBudget), names})
		case failed:
			p.capMu.Lock()
			why := firstLine(p.captured.String())
			p.capMu.Unlock()
			lost = append(lost, lostInput{fmt.Sprintf("input %d (%s): it failed when run again: %s", in.n, firstLine(in.src), why), names})
		case p.recorded() != in.out && !strings.HasPrefix(in.src, ":"):
			// Its result or output differs: a value read from the clock,
			// at random or from outside, or output of another task.
			kept = append(kept, in)
			if len(names) > 0 {
				*changed = append(*changed, fmt.Sprintf("%s (input %d printed something else when run again)", strings.Join(names, ", "), in.n))
			}
		default:
			kept = append(kept, in)
		}
	}
	return kept, lost, -1
}

// startsWork reports whether input src may leave work running after it
// ends: a go statement, a task, a callback or a timer's function. Such an
// input may be what ended the process after it, when no input ran.
func startsWork(src string) bool {
	var sc scanner.Scanner
	fset := token.NewFileSet()
	sc.Init(fset.AddFile("", -1, len(src)), []byte(src), nil, 0)
	for {
		_, tok, lit := sc.Scan()
		switch {
		case tok == token.EOF:
			return false
		case tok == token.GO:
			return true
		case tok == token.IDENT && workStarters[lit]:
			return true
		}
	}
}

// changedIdents returns the identifiers Go source src may change, each
// once, in order: those assigned (x = 5, x, y = ..., x++, x += 1), those
// whose address it takes, and those it indexes or calls a method of
// (z[0] = 1, buf.Write(b)); a guess from the tokens, erring on more.
func changedIdents(src string) []string {
	var sc scanner.Scanner
	fset := token.NewFileSet()
	sc.Init(fset.AddFile("", -1, len(src)), []byte(src), nil, 0)
	var names []string
	prev, ident := token.ILLEGAL, ""
	for {
		_, tok, lit := sc.Scan()
		if ident != "" && !slices.Contains(names, ident) {
			switch {
			case tok.IsOperator() && strings.HasSuffix(tok.String(), "=") && tok != token.EQL && tok != token.NEQ && tok != token.LEQ && tok != token.GEQ,
				tok == token.INC, tok == token.DEC, tok == token.PERIOD, tok == token.LBRACK, tok == token.COMMA, prev == token.AND:
				names = append(names, ident)
			}
		}
		if tok == token.EOF {
			return names
		}
		ident = ""
		if tok == token.IDENT {
			ident = lit
		} else {
			prev = tok
		}
	}
}

// definedIdents returns the names src defines at its top level with :=
// (x, t := ...), as far as its tokens tell.
func definedIdents(src string) []string {
	var sc scanner.Scanner
	fset := token.NewFileSet()
	sc.Init(fset.AddFile("", -1, len(src)), []byte(src), nil, 0)
	var names, run []string
	depth := 0
	prev := token.SEMICOLON
	for {
		_, tok, lit := sc.Scan()
		switch tok {
		case token.EOF:
			return names
		case token.LBRACE, token.LPAREN, token.LBRACK:
			depth++
		case token.RBRACE, token.RPAREN, token.RBRACK:
			depth--
		case token.IDENT:
			if depth == 0 && (prev == token.SEMICOLON || prev == token.COMMA && len(run) > 0) {
				run = append(run, lit)
				prev = tok
				continue
			}
		case token.COMMA:
			if len(run) > 0 {
				prev = tok
				continue
			}
		case token.DEFINE:
			for _, n := range run {
				if n != "_" && !slices.Contains(names, n) {
					names = append(names, n)
				}
			}
		}
		run = run[:0]
		prev = tok
	}
}

// workStarters are the functions and methods that start work which runs on
// after the call.
var workStarters = map[string]bool{
	"CreateTask": true, "EnsureFuture": true, "CallSoon": true, "CallSoonThreadsafe": true,
	"CallLater": true, "CallAt": true, "RunInExecutor": true, "RunCoroutineThreadsafe": true,
	"AfterFunc": true, "Gather": true, "Shield": true,
}
