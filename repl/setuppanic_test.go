package repl

import "testing"

// TestSetupPanic checks the classifier of the panics the interpreter
// recovers in Execute: one of its code generation before the code runs
// (reported as a failure of the interpreter, not as the program's
// panic), or one of the code.
func TestSetupPanic(t *testing.T) {
	tests := []struct {
		name  string
		stack string
		want  bool
	}{
		{"code generation", `goroutine 1 [running]:
runtime/debug.Stack()
github.com/traefik/yaegi/interp.(*Interpreter).Execute.func1()
panic({0xdf8ce0?, 0x16b5e40?})
github.com/traefik/yaegi/interp.setExec.func1(0x20cf06186c80)
github.com/traefik/yaegi/interp.setExec(0x20cf06186c80)
github.com/traefik/yaegi/interp.genRun.func1(0x20cf06185180)
github.com/traefik/yaegi/interp.(*node).Walk(0x20cf06185180, 0x20cf06191d30, 0x0)
github.com/traefik/yaegi/interp.genRun(0x20cf0615e780)
github.com/traefik/yaegi/interp.(*Interpreter).Execute(0x20cf05e6b448, 0x20cf05eb89c0)
`, true},
		{"the program's panic", `goroutine 1 [running]:
runtime/debug.Stack()
github.com/traefik/yaegi/interp.(*Interpreter).Execute.func1()
panic({0xdf8ce0?, 0x16b5e40?})
github.com/traefik/yaegi/interp.runCfg.func1()
github.com/traefik/yaegi/interp.runCfg(0x20cf06186c80)
github.com/traefik/yaegi/interp.(*Interpreter).run(0x20cf05e6b448)
github.com/traefik/yaegi/interp.(*Interpreter).Execute(0x20cf05e6b448, 0x20cf05eb89c0)
`, false},
		{"code generated while the code runs", `goroutine 1 [running]:
github.com/traefik/yaegi/interp.genRun(0x20cf0615e780)
github.com/traefik/yaegi/interp.runCfg(0x20cf06186c80)
github.com/traefik/yaegi/interp.(*Interpreter).Execute(0x20cf05e6b448, 0x20cf05eb89c0)
`, false},
	}
	for _, tt := range tests {
		if got := setupPanic([]byte(tt.stack)); got != tt.want {
			t.Errorf("%s: setupPanic = %v, want %v", tt.name, got, tt.want)
		}
	}
}
