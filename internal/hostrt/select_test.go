package hostrt

import (
	"math"
	"slices"
	"testing"
)

// TestTypedSelectNames: every typed helper the front end may call for a
// select of one or two cases (see SelectElemTypes), and every helper of
// three cases, exists.
func TestTypedSelectNames(t *testing.T) {
	m := (&Helpers{}).selectExports()
	var missing []string
	need := func(name string) {
		if _, ok := m[name]; !ok {
			missing = append(missing, name)
		}
	}
	for _, a := range SelectElemTypes {
		for _, k := range []string{"R", "S"} {
			need("Select" + k + "_" + a)
			need("Select" + k + "D_" + a)
		}
		for _, b := range SelectElemTypes {
			if a != b && !slices.Contains(SelectSignals, a) && !slices.Contains(SelectSignals, b) {
				continue
			}
			for _, k := range []string{"RR", "RS", "SR", "SS"} {
				need("Select" + k + "_" + a + "_" + b)
				need("Select" + k + "D_" + a + "_" + b)
			}
		}
	}
	for _, a := range SelectElemTypes {
		for _, b := range SelectElemTypes {
			for _, c := range SelectElemTypes {
				value := ""
				ok := true
				for _, t := range []string{a, b, c} {
					if slices.Contains(SelectSignals, t) {
						continue
					}
					ok = ok && (value == "" || t == value)
					value = t
				}
				if ok {
					need("SelectRRR_" + a + "_" + b + "_" + c)
					need("SelectRRRD_" + a + "_" + b + "_" + c)
				}
			}
		}
	}
	for _, a := range []string{"R", "S"} {
		for _, b := range []string{"R", "S"} {
			for _, c := range []string{"R", "S"} {
				need("Select" + a + b + c)
				need("Select" + a + b + c + "D")
			}
		}
	}
	if len(missing) > 0 {
		t.Errorf("hostrt: no helper %v", missing)
	}
}

// TestSelectBox checks the boxes of a select's values whose type the code
// cannot name: a value received reaches the code through the box's
// channel, a value sent reaches Select through the box's variable, with
// a negative zero's sign, on channels of either direction.
func TestSelectBox(t *testing.T) {
	h := &Helpers{}
	src := make(chan float64, 1)
	src <- math.Copysign(0, -1)
	var recvVar <-chan float64 = src
	b, p := selectBox(&recvVar)
	if recvVar == (<-chan float64)(src) {
		t.Fatal("selectBox left the variable on the select's channel")
	}
	if got := h.Select("r", (<-chan float64)(src), p); got != 0 {
		t.Fatalf("Select chose %d", got)
	}
	selectBoxFill(b)
	if v := <-recvVar; !math.Signbit(v) {
		t.Errorf("received %v through the box, want -0", v)
	}

	dst := make(chan float64, 1)
	var sendVar chan<- float64 = dst
	b, p = selectBox(&sendVar)
	sendVar <- math.Copysign(0, -1)
	selectBoxTake(b)
	if got := h.Select("s", (chan<- float64)(dst), p); got != 0 {
		t.Fatalf("Select chose %d", got)
	}
	if v := <-dst; !math.Signbit(v) {
		t.Errorf("sent %v through the box, want -0", v)
	}
}
