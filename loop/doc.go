// Package loop is Python's asyncio model in Go: an event loop with
// callbacks, timers, futures, tasks, coroutines, sleep, an executor for
// blocking work, the thread-safe door from other goroutines, and the
// debug-mode warnings of asyncio's "Develop with asyncio" page. It is a
// library of its own: compiled Go programs use it directly, and the
// asyncrepl shell drives it from interpreted code.
//
// # The model
//
// A Loop is run by one goroutine at a time (RunForever, RunUntilComplete,
// or Run, which makes a loop for one coroutine). Every callback and every
// task step runs there, one after another, never overlapping, in a
// deterministic order: ready callbacks first in, first out; timers by
// deadline, then in the order they were scheduled. Each iteration takes in
// what other goroutines sent through CallSoonThreadsafe, waits for work or
// the next timer, moves due timers to the ready queue, and runs the
// callbacks that were ready at that point; callbacks they schedule run in
// the next iteration, as in asyncio. So do the tasks they wake: a task
// whose sleep ends steps in the iteration after its timer's, after every
// callback due with it (asyncio's timer completes a future, whose done
// callback steps the task).
//
// A coroutine is inert work: func fetch() *loop.Coroutine { return
// loop.Async(func() (any, error) { ... }) }. Calling fetch() runs nothing.
// Await(fetch()) runs it inline in the calling task (yield from); wrapping
// it in a task (CreateTask, EnsureFuture, Gather) runs it concurrently.
//
// A task runs its coroutine on a goroutine of its own, which the loop
// switches to and from with a coroutine switch (iter.Pull: no scheduler
// round trip; about a hundred nanoseconds there and back when the task's
// memory is in cache, a few hundred with 100k tasks alive): the loop
// resumes the task, the task runs until it awaits something not yet done,
// then switches back. Task goroutines are reused once their task is done.
// A coroutine made OnOwnGoroutine is stepped through channels instead, so
// that its body may Await from helper goroutines it waits on (an
// interpreter evaluating code on a goroutine of its own does).
//
// # How Await finds its task
//
// Await is a plain function, so that it works at the asyncrepl prompt with
// no ceremony and reads like Python's await. It must find the task whose
// step is running, from the task's own goroutine or, for an
// OnOwnGoroutine task, from a helper goroutine. Go has no goroutine-local
// storage, and a goroutine's id costs microseconds to read, so:
//
//   - each loop publishes the task it is stepping (an atomic pointer, set
//     before the switch to the task and cleared after);
//   - a process-wide registry knows which loops are running; when exactly
//     one is (every program and the REPL), Await reads that loop's current
//     task: two atomic loads (and a third to see that no goroutine is
//     Detached);
//   - once several loops have run at once (parallel tests), task
//     goroutines record their id (once per goroutine: task goroutines are
//     reused) from then on, and
//     Await picks, among the loops stepping a task right now, the one whose
//     task runs on the calling goroutine, or the only OnOwnGoroutine task.
//     A task that was already running when loops first overlapped has no
//     id yet; if the choice hangs on it, Await lets the other steps end and
//     then takes it, the only candidate left (there is at most one such).
//     A loop blocked for good in such a step (compiled code waiting for
//     what never comes) would be taken so by every other loop's awaits
//     that the caller's goroutine does not settle: Abandon takes it out of
//     the registry.
//
// The same lookup serves Get and CurrentTask. Run, which awaits its
// coroutine when called from a task and runs a loop of its own otherwise,
// also makes sure the caller is on a task's goroutine (a walk of its
// stack, once per call): from a plain goroutine while another loop's task
// steps, the lookup alone took the caller for that task. While an
// executor's function runs (RunInExecutor), the lookup also reads the
// caller's goroutine id, so that an Await in that function fails as
// outside a task rather than act as the task stepping then. Await called
// where no task is stepping returns ErrNoTask. Calling Await from a
// goroutine that is not the task's (or, for OnOwnGoroutine, one its body
// waits on) while a task is stepping is a bug the package cannot detect
// cheaply; debug mode detects it (Await returns an error and logs it), as
// it does for the other methods that are not thread-safe, and a host that
// starts goroutines for code it does not control can Detach them, so that
// their Await fails at once (the asyncrepl shell does for every go
// statement).
//
// # Concurrency contract
//
// Every function and method says which of three kinds it is:
//   - safe from any goroutine: among others New, Get, SetDefault,
//     CallSoonThreadsafe, RunCoroutineThreadsafe, Time, IsRunning,
//     IsClosed, Debug, SetDebug, Logger, SetLogger, Hold, Abandon, SetHost,
//     Host, Probe, Stepping, Stalled, RunningLoops, SetRaiseSite,
//     SetPanicValue, Async, Sleep and the other functions that make
//     coroutines or primitives (WaitFor, Timeout, NewQueue, NewLock, ...),
//     CurrentTask, FlushWarnings, Watched, SetDefaultTracer, NewTrace, the
//     options (WithDebug, ..., and Name for tasks), Task.Name and SetName,
//     and every method of Coroutine, ConcurrentFuture and Trace;
//   - loop goroutine only: the rest, the functions and methods that read
//     or change the state of a running loop, its futures, tasks and
//     primitives, which means a callback or task of the loop, or the
//     goroutine that owns a loop not running. From any other goroutine, go
//     through CallSoonThreadsafe
//     (l.CallSoonThreadsafe(func() { fut.Cancel() })) or
//     RunCoroutineThreadsafe;
//   - the runners (RunForever, RunUntilComplete, Run) make the calling
//     goroutine the loop goroutine until they return. Called from a task of
//     the same running loop, they nest instead: RunUntilComplete(x) awaits
//     x, RunForever waits until Stop, Close returns nil, Run(c) awaits c
//     (Run with options returns an error: they are for a new loop, and there
//     is none). So a script that manages its own loop runs unchanged inside
//     the REPL, whose loop is already running.
//
// # Hosted loops
//
// A host that runs a loop for code it does not control (the asyncrepl
// shell runs one for every input) marks it with SetHost. The calls that
// would end the loop under the host are then refused by the loop itself,
// before they change anything, with a *HostedError (ErrHosted) naming the
// call and the host: Stop with no nested run to release, Abandon (both
// panic: they return nothing, and the panic ends the task, callback or
// input that made the call, with the message, while the loop runs on) and
// Close (it returns the error). RunForever from the host's own task (a
// Hidden coroutine's: the shell's input) returns the error too when
// nothing else on the loop (no task, timer, callback or executor job; a
// host's Probe does not count) could call the Stop it would wait for;
// with something that could, it is a nested run as on any loop. The refusal belongs to the loop, not to
// the host's reading of the code: the loop is reached in too many ways
// (loop.Get(), a variable, a function written earlier) for a reading of
// the source to find every call, and an example that stops a nested run
// (l.RunForever() in a task, then l.Stop() in a callback) must still work.
// SetLogger(nil) and SetClock(nil) restore the defaults (the logger the
// loop was made with, a real clock) on every loop, hosted or not.
//
// # Clocks
//
// Time, timers and Sleep read the loop's Clock: the real monotonic clock
// by default, or a virtual clock (WithClock(NewVirtualClock()), or
// ASYNCREPL_CLOCK=virtual) that jumps to the next deadline whenever
// nothing is ready and nothing is in flight (executor jobs, a Hold, work
// sent by other goroutines). A program that sleeps for minutes then runs
// in milliseconds with the same output. SetClock switches a loop's clock
// and keeps its pending timers' delays; to keep Time from going back at
// the switch, give the new clock the loop's reading (RealClockAt(l.Time()),
// or a virtual clock advanced to it).
//
// A loop with nothing ready, no timer and nothing in flight, on the real
// clock as on a virtual one, cannot move by itself: only another
// goroutine can wake it (CallSoonThreadsafe, RunCoroutineThreadsafe, a
// virtual clock's Advance). It
// says so (Stalled), so that a host that knows the process's goroutines
// can report its tasks deadlocked rather than hang: the asyncrepl shell
// names what each task waits for, cancels the input that awaits and, for
// a script, exits with status 2, once a dump of the goroutines shows that
// none of them could wake the loop. The loop itself never decides it:
// whether another goroutine will call is not its to know.
//
// # Tracing
//
// A Tracer (SetTracer, WithTracer, or SetDefaultTracer for every loop New
// makes) is told, on the loop goroutine, each task's creation (and by
// which task), each step's start and end (and what the task awaits after
// it), what woke it (a task's step, its timer, a callback) and its end,
// on loop time. Trace is the package's own: it records the events and
// draws them as a timeline in text (WriteTimeline) or writes them as a
// Chrome trace event file (WriteChrome) for Perfetto or chrome://tracing.
// While Go's execution tracer runs, each task is also a runtime/trace task
// with a region per step, for go tool trace; SetProfileLabels labels each
// task's goroutine task=NAME for pprof. With none of these on, the loop
// tests one pointer and the execution tracer's flag per iteration, one
// pointer per wake-up and a flag per task start, and its speed is
// unchanged (see the benchmarks); a traced iteration dispatches its items
// through a function of its own, which reports the steps.
//
// # Warnings and debug mode
//
// Warnings go through logrus, to the loop's logger (WithLogger,
// SetLogger; logrus.StandardLogger with logger=loop by default), each with
// the fields a reader needs:
//
//   - "Coroutine 'fetch' defined at main.go:12 was never awaited": a
//     coroutine collected without being awaited or scheduled. Always on;
//     in debug mode a created_at field names the line that called the
//     coroutine function (for the package's own, such as Sleep's or
//     WaitFor's, the line that called Sleep or WaitFor, and no defined_at)
//     and a stack field says how it got there.
//   - "Task exception was never retrieved" (or Future ...): a failed
//     future whose error nobody read (Result, Exception, Await, Gather),
//     with error, raised_at and, for a panic, stack. raised_at is the line
//     that panicked, or that called SetException; for an error a task's
//     coroutine returned, where its function is defined (Go's stack does
//     not say which return it was), unless the host says (SetRaiseSite).
//   - "Task was destroyed but it is pending!": a task left pending when
//     its loop is closed, with what it awaits.
//   - "Executing Task(<fetch>) took 1.002 seconds": in debug
//     mode, a callback or task step that held the loop longer than the
//     slow-callback duration (100ms; WithSlowCallbackDuration): a blocking
//     call that belongs in RunInExecutor.
//   - "loop: CallSoon called from goroutine 7, not the loop's ...": in
//     debug mode, a method that is not thread-safe called from another
//     goroutine; the call is then routed through CallSoonThreadsafe. The
//     methods that change the loop's state are checked: CallSoon,
//     CallLater, CallAt, CreateTask, CreateFuture (reported only), Await
//     (reported, and it returns the error), Future.SetResult,
//     SetException, Cancel and AddDoneCallback, Task.Cancel and
//     TimerHandle.Cancel (a routed call returns at once: nil, or true for
//     Cancel, and an error it meets on the loop is logged). Methods that
//     only read (Done, Result) are not.
//   - "Task(<worker>) went on after its cancellation: the Await at
//     main.go:12 returned ErrCancelled and it returned a result": in debug
//     mode, a task that swallowed its own cancellation. Python raises it at
//     the await; Go returns it, and code that drops Await's error runs on
//     (asyncio's wait_for example, translated so, prints "yay!" instead of
//     "timeout!"). The loop notes the first Await that returned ErrCancelled
//     while the task had a cancellation request (Cancel, a Timeout's or
//     WaitFor's deadline) not withdrawn by Uncancel, and warns, once per
//     task, with the line of that Await (cancelled_at; an interpreter's
//     position through AwaitAt), when the task awaits at that same Await
//     again (a loop that goes on), returns a result instead of ending
//     cancelled, or gives a result from the block of the Timeout or
//     WaitFor whose deadline cancelled it. Catching the cancellation to
//     clean up is not reported: a task may await other things, then
//     return the error (or another error). Uncancel, when no request is
//     left, withdraws the cancellation and the note: the task goes on on
//     purpose.
//
// The first two depend on the garbage collector noticing the object, so
// they are also made deterministic: Close reports every coroutine of the
// loop still neither awaited nor scheduled, every exception still
// unretrieved and every task still pending; and FlushWarnings (the shell
// calls it after each input) runs the collector when anything is being
// watched and waits for the warnings. Debug mode is on
// with WithDebug(true), SetDebug(true), or ASYNCREPL_DEBUG=1.
//
// # Where a task waits
//
// Task.Awaiting says in words what a suspended task waits for (a queue
// empty with its size and getters, a lock and which task holds it, an
// event not set, a semaphore's value, a gather's k of n, an executor job
// and for how long, the time a sleep has left); Task.Stack and PrintStack
// give its await chain, outermost first, each level at its line (asyncio's
// get_stack and print_stack); CaptureCallGraph and PrintCallGraph add the
// tasks that await it (asyncio 3.14's call graph). Nothing is recorded for
// this while a program runs: a task asked for its stack is resumed for a
// moment on its own goroutine, reads its stack there with runtime.Callers
// and suspends again, before anything else runs. An interpreter, whose
// frames Go cannot see, awaits through AwaitAt with each await's position
// instead.
//
// # Errors
//
// Errors match with errors.Is: ErrCancelled (a cancellation, with its
// message in a *CancelledError), ErrTimeout, ErrInvalidState, ErrNoTask,
// ErrClosed, ErrRunning, ErrCoroutineReused. A panic in a task becomes the
// task's error, a *PanicError holding the value and the stack.
//
// A call of runtime.Goexit (testing's t.FailNow and t.SkipNow make one)
// cannot end the goroutines the loop runs code on. In a task's code it
// becomes the task's error, a *GoexitError (ErrGoexit) with the stack, once
// the code's deferred calls have run; in a function run by RunInExecutor,
// its future's. In a callback it is reported through the exception
// handler, as a panic in a callback is, and the loop runs on; the
// goroutine that runs the loop was told to end, though, and it does once
// the loop stops: its RunForever or RunUntilComplete never returns (its
// deferred calls run).
package loop
