package repl

import (
	"io"
	"strings"
	"testing"
)

// TestPasteReader: keys pass to the line editor as they are; runs of
// pasted text become one pasteMark each, whose text the editor's listener
// puts in; a tab with more text after it is text.
func TestPasteReader(t *testing.T) {
	const mark, tab = string(pasteMark), string(tabMark)
	tests := []struct {
		name   string
		reads  []string // what each read of the terminal returns; "+" the editor comes to the last mark, plain editing; "|" takes a run, as the listener does
		want   string   // what the line editor gets
		runs   []string // the runs of its marks
		editor string   // the line the editor ends with, its marks replaced
	}{
		{"a key", []string{"a"}, "a", nil, "a"},
		{"keys one by one", []string{"a", "b"}, "ab", nil, "ab"},
		{"a tab typed", []string{"\t"}, "\t", nil, ""},
		{"two tabs typed at once", []string{"\t\t"}, "\t\t", nil, ""},
		{"an arrow key", []string{"\x1b[A"}, "\x1b[A", nil, ""},
		{"an arrow key over two reads", []string{"\x1b", "[A"}, "\x1b[A", nil, ""},
		{"Home and End as tmux sends them", []string{"\x1b[1~", "\x1b[4", "~\x1b[7~\x1b[8~\x1b[3~"}, "\x1b[H\x1b[F\x1b[H\x1b[F\x1b[3~", nil, ""},
		{"an arrow key then text", []string{"\x1bOBxy"}, "\x1bOB" + mark, []string{"xy"}, "xy"},
		{"pasted text", []string{"hello, world"}, mark, []string{"hello, world"}, "hello, world"},
		{"pasted lines", []string{"\tx := 1\r\ty\r"}, mark + "\r" + mark + "\r", []string{tab + "x := 1", tab + "y"}, "\tx := 1\n\ty\n"},
		{"a paste over reads", []string{"abc", "+", "def", "|", "gh"}, mark + mark, []string{"abcdef", "gh"}, "abcdefgh"},
		{"a character over reads", []string{"é"[:1], "é"[1:] + "x"}, mark, []string{"éx"}, "éx"},
		{"a paste ending in a tab", []string{"ab\t"}, mark + "\t", []string{"ab"}, "ab"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := newPasteReader(nil)
			var got strings.Builder
			var runs []string
			for _, r := range tt.reads {
				switch r {
				case "+":
					p.lastMark = true // as Read records it
					p.resolve(true)
					continue
				case "|":
					runs = append(runs, string(p.nextRun()))
					continue
				}
				got.Write(p.transform([]byte(r)))
			}
			for r := p.nextRun(); r != nil; r = p.nextRun() {
				runs = append(runs, string(r))
			}
			if got.String() != tt.want {
				t.Errorf("the editor gets %q, want %q", got.String(), tt.want)
			}
			if strings.Join(runs, "|") != strings.Join(tt.runs, "|") {
				t.Errorf("runs %q, want %q", runs, tt.runs)
			}
			// The line the editor has: the listener puts each run in its
			// mark's place; a tab and escapes are keys, a return ends a line.
			var line []rune
			lines := ""
			i := 0
			esc := 0 // 1 after an escape, 2 in a sequence
			for _, r := range got.String() {
				switch {
				case esc == 1:
					esc = 2
				case esc == 2:
					if r >= 0x40 && r <= 0x7e {
						esc = 0
					}
				case r == '\x1b':
					esc = 1
				case r == '\t':
				case r == '\r':
					lines += unmark(string(line)) + "\n"
					line = nil
				default:
					line = append(line, r)
					if r == pasteMark {
						line, _, _ = (&readlineLines{stdin: &pasteReader{runs: [][]rune{[]rune(tt.runs[i])}}}).OnChange(line, len(line), pasteMark)
						i++
					}
				}
			}
			if lines += unmark(string(line)); lines != tt.editor {
				t.Errorf("the editor's line is %q, want %q", lines, tt.editor)
			}
		})
	}
}

// reads is a terminal whose reads return the strings in turn.
type reads []string

func (r *reads) Read(b []byte) (int, error) {
	if len(*r) == 0 {
		return 0, io.EOF
	}
	n := copy(b, (*r)[0])
	*r = (*r)[1:]
	return n, nil
}

// TestPasteReaderModes: the line editor gets nothing after a mark before
// it comes to the mark; then, if it is plain editing, the mark's run is
// text, put in by the listener, and if not (a history search, say), the
// run's characters come as keys, tabs as tabs, before what followed.
func TestPasteReaderModes(t *testing.T) {
	tests := []struct {
		name  string
		reads reads
		plain []bool // at each mark, whether the editor is plain editing
		want  string // the keys the editor takes, a mark's run in braces
	}{
		{"text", reads{"abc"}, []bool{true}, "{abc}"},
		{"text, then a key", reads{"abc\x01de"}, []bool{true, true}, "{abc}\x01{de}"},
		{"a search, then text", reads{"\x12add\r"}, []bool{false}, "\x12add\r"},
		{"a search, then text in a read of its own", reads{"\x12", "add\r"}, []bool{false}, "\x12add\r"},
		{"text in a search, then a key and text", reads{"ab\tc\x1b[Dxy"}, []bool{false, true}, "ab\tc\x1b[D{xy}"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := newPasteReader(&tt.reads)
			defer p.Close()
			var got strings.Builder
			b := make([]byte, 4096)
			for {
				n, err := p.Read(b)
				for _, r := range string(b[:n]) {
					switch r {
					case pasteMark:
						if len(tt.plain) == 0 {
							t.Fatalf("more marks than %d", len(tt.plain))
						}
						plain := tt.plain[0]
						tt.plain = tt.plain[1:]
						if k := p.resolve(plain); plain {
							got.WriteString("{" + unmark(string(p.nextRun())) + "}")
						} else {
							got.WriteRune(k)
						}
					default:
						got.WriteRune(r)
					}
				}
				if err != nil {
					break
				}
			}
			if got.String() != tt.want {
				t.Errorf("the editor takes %q, want %q", got.String(), tt.want)
			}
		})
	}
}

// TestMarkPainter: the marks show as one column each.
func TestMarkPainter(t *testing.T) {
	in := []rune("a" + string(newlineMark) + "b" + string(tabMark) + "c")
	if got := string(markPainter{}.Paint(in, 0)); got != "a↵b c" {
		t.Errorf("painted %q", got)
	}
}
