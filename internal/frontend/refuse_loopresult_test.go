package frontend

import (
	"strings"
	"testing"
)

// TestLoopResultTexts checks that a script printing a future or a task is
// refused where its types have methods fmt calls, and runs where they have
// none or it prints the result.
func TestLoopResultTexts(t *testing.T) {
	const user = `import (
	"fmt"

	"github.com/asyncrepl/asyncrepl/loop"
)

type User struct{ Name string }
`
	const stringer = `
func (u User) String() string { return "User(" + u.Name + ")" }
`
	const run = `
func main() {
	loop.Run(loop.Async(func() (any, error) {
		t := loop.Get().CreateTask(loop.Async(func() (any, error) { return User{"e"}, nil }))
		loop.Await(t)
		%s
		return nil, nil
	}))
}`
	for _, tt := range []struct {
		name, code string
		refused    string
	}{
		{"task printed", user + stringer + strings.Replace(run, "%s", "fmt.Println(t)", 1), "prog.go:17:15: fmt.Println of a *loop.Task in a script: its text shows the result"},
		{"String called", user + stringer + strings.Replace(run, "%s", "fmt.Print(t.String())", 1), "prog.go:17:15: String of a *loop.Task in a script"},
		{"result printed", user + stringer + strings.Replace(run, "%s", "fmt.Println(t.Result())", 1), ""},
		{"no methods", user + strings.Replace(run, "%s", "fmt.Println(t)", 1), ""},
	} {
		t.Run(tt.name, func(t *testing.T) {
			checkScriptLowering(t, tt.code, nil, func(err error) bool { return tt.refused != "" && strings.Contains(err.Error(), tt.refused) }, tt.refused)
		})
	}
}
