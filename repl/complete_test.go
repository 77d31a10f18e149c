package repl

import (
	"context"
	"io"
	"slices"
	"testing"
)

func TestComplete(t *testing.T) {
	s, err := NewSession(Config{Stdout: io.Discard, Stderr: io.Discard, Clock: "virtual"})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if _, err := s.Eval(context.Background(), "myCounter := 1\nfunc myFunc() {}\ntype Queue struct{ items []int }\nfunc (q *Queue) Put(x int) {}\nfunc (q *Queue) Get() int { return 0 }\nfunc (q *Queue) GetAll() []int { return nil }\nq := &Queue{}\nsb := &strings.Builder{}\nloop.CreateTask(loop.Sleep(time.Hour), loop.Name(\"napper\"))"); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		text    string
		want    string // one of the completions, as the whole word
		wantLen int
		notWant string
	}{
		{":he", ":help", 3, ""},
		{":", ":tasks", 1, ""},
		{":lo", ":load ", 3, ""},     // a command that takes an argument: a space after it
		{"x := :he", "", 3, ":help"}, // meta-commands only at the start
		{"strings.ToU", "strings.ToUpper", 11, ""},
		{"loop.Cre", "loop.CreateTask", 8, "loop.Sleep"},
		{"fmt.Println(myC", "myCounter", 3, ""},
		{"myF", "myFunc", 3, ""},
		{"strc", "strconv", 4, ""},
		{"fo", "for", 2, ""},
		{"le", "len", 2, ""},
		{":load chain_f", "chain_fixed_await", 7, "chan"},
		{":load testdata/", "testdata/bench/", 9, ""},
		{":load testdata/bench/sle", "testdata/bench/sleepers.go", 18, ""},
		{":debug o", "off", 1, ""},
		{":clock v", "virtual", 1, ""},
		{":trace s", "show", 1, ""},
		{":trace s", "save", 1, ""},
		{":tr", ":trace ", 3, ""},
		{":adv", ":advance ", 4, ""},
		{":st", ":step", 3, ":step "},
		{":cancel a", "all", 1, ""},
		{":wh", ":where ", 3, ""},
		{":where nap", "napper", 3, ""},
		{":where a", "", 1, "all"}, // :where takes no "all": without a task it shows all
		{":time strings.ToU", "strings.ToUpper", 11, ""},
		{"q.", "q.Get", 2, ""}, // a variable's methods and fields, by its type
		{"q.P", "q.Put", 3, "q.Get"},
		{"q.it", "q.items", 4, ""},
		// A whole name that others extend is listed with them, not
		// completed into the other; alone, it needs no completion.
		{"q.Get", "q.Get", 5, ""},
		{"q.Get", "q.GetAll", 5, ""},
		{"q.Put", "", 5, "q.Put"},
		{"x := sb.Wr", "sb.WriteString", 5, "sb.copyCheck"}, // another package's: exported only
		{":type q.G", "q.Get", 3, ""},
		{":doc strings.Cu", "strings.Cut", 10, ""},
	}
	for _, tt := range tests {
		cands, n := complete(s, tt.text)
		if n != tt.wantLen {
			t.Errorf("complete(%q): length %d, want %d", tt.text, n, tt.wantLen)
		}
		word := tt.text[len(tt.text)-n:]
		var words []string
		for _, c := range cands {
			words = append(words, word+string(c))
		}
		if tt.want != "" && !slices.Contains(words, tt.want) {
			t.Errorf("complete(%q) = %v, want %s among them", tt.text, words, tt.want)
		}
		if tt.notWant != "" && slices.Contains(words, tt.notWant) {
			t.Errorf("complete(%q) = %v, do not want %s", tt.text, words, tt.notWant)
		}
	}
}
