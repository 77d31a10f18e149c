package repl

import "testing"

// TestRestartAddresses checks what :restart sets aside comparing what an
// input printed in both processes: the addresses the session prints, not
// any hex number (an id printed with %#x that differs is a difference).
func TestRestartAddresses(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"ch chan int = 0x3984c6c52150", "ch chan int = 0x"},
		{"p *int = 0xc000123456\n", "p *int = 0x\n"},
		{"[0x28ac9cc06770 0x28ac9cd7e200]", "[0x 0x]"},
		{"id string = \"0x9f3a5c7e1b2d4f60\"", "id string = \"0x9f3a5c7e1b2d4f60\""},
		{"0x1a2b3c", "0x1a2b3c"},
		{"0x3984c6c52150ff", "0x3984c6c52150ff"},
		{"in:0xb95be92db10 label:outer", "in:0x label:outer"},
	} {
		if got := address.ReplaceAllString(tt.in, "0x"); got != tt.want {
			t.Errorf("%q: got %q, want %q", tt.in, got, tt.want)
		}
	}
}
