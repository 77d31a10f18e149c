package hostrt

import (
	"reflect"
	"testing"
)

// TestValueFieldReadOnly checks that a field the front end marked
// unexported reads as Go's reflection reads an unexported field (the bit
// of reflect's flag is found at start: a release of Go that moved it would
// make every such field read as exported again), and an exported one as
// it was.
func TestValueFieldReadOnly(t *testing.T) {
	if roFlag == 0 {
		t.Fatal("the read-only bit of reflect.Value's flag was not found")
	}
	type rec struct {
		Pub   int
		Xpriv string `json:"-" xml:"-" asyncrepl:"-"`
	}
	v := reflect.ValueOf(&rec{1, "s"}).Elem()
	tests := []struct {
		i                    int
		canInterface, canSet bool
	}{
		{0, true, true},
		{1, false, false},
	}
	for _, tt := range tests {
		f := ValueField(v, tt.i)
		if f.CanInterface() != tt.canInterface || f.CanSet() != tt.canSet {
			t.Errorf("field %d: CanInterface %v, CanSet %v; want %v, %v", tt.i, f.CanInterface(), f.CanSet(), tt.canInterface, tt.canSet)
		}
	}
	if got := ValueField(v, 1).String(); got != "s" {
		t.Errorf("read-only field reads %q, want %q", got, "s")
	}
}
