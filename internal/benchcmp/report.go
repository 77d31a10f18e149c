package main

import (
	"bytes"
	"fmt"
	"io"
	"math"
	"slices"
	"strconv"
	"strings"
)

// The loop's targets, from issue 13: every case ahead of the best peer,
// within limitTarget times its Go limit, and a sleeping task in at most
// sleeperBytesTarget bytes.
const (
	limitTarget        = 1.5
	sleeperBytesTarget = 2560 // 2.5 KiB
)

// report is the compiled comparison: ours, the peers, the Go limit.
type report struct {
	machine
	ours    string  // our side's name: oursName, or "asyncrepl" for -interp
	peers   []*side // in the table's order, absent ones included
	limit   bool    // the Go limit is a side
	results []*caseResult
}

func fmtNs(v float64) string {
	switch {
	case math.IsNaN(v):
		return "—"
	case v >= 100:
		return strconv.FormatFloat(v, 'f', 0, 64)
	}
	return strconv.FormatFloat(v, 'f', 1, 64)
}

func fmtRatio(x float64) string {
	if math.IsNaN(x) {
		return "—"
	}
	return strconv.FormatFloat(x, 'f', 2, 64) + "×"
}

func yesNo(ok bool) string {
	if ok {
		return "yes"
	}
	return "**no**"
}

// figure is a side's median ns/op for the case, NaN when the side is
// absent, does not have the case, or failed a run of it.
func (s *sideRuns) figure() float64 {
	if s.err != "" || s.noCase {
		return math.NaN()
	}
	return median(s.ns)
}

// bestPeer is the fastest peer on the case, and its ns/op ("", NaN when
// no peer has a figure).
func (rep *report) bestPeer(r *caseResult) (string, float64) {
	name, best := "", math.NaN()
	for _, p := range rep.peers {
		v := r.side(p.name).figure()
		if !math.IsNaN(v) && (math.IsNaN(best) || v < best) {
			name, best = p.name, v
		}
	}
	return name, best
}

// header writes what a report says before its table: when, where, how,
// and which peers did not run.
func (rep *report) header(b *bytes.Buffer) {
	fmt.Fprintf(b, "Measured %s on %d cores (nproc), %s", rep.date, rep.cpus, rep.goVersion)
	var abouts []string
	for _, p := range rep.peers {
		if p.absent == "" {
			abouts = append(abouts, p.about)
		}
	}
	if len(abouts) > 0 {
		fmt.Fprintf(b, "; peers: %s", strings.Join(abouts, ", "))
	}
	fmt.Fprintf(b, ". Each case run %d× on each side, interleaved case by case; medians, same N on every side.\n", rep.count)
	if rep.command != "" {
		fmt.Fprintf(b, "Command: `%s`\n", strings.TrimSpace(rep.command))
	}
	var notes []string
	for _, p := range rep.peers {
		if p.absent != "" {
			notes = append(notes, fmt.Sprintf("%s did not run: %s.", p.name, p.absent))
		}
	}
	for _, name := range rep.sideNames() {
		var missing []string
		for _, r := range rep.results {
			if r.side(name).noCase {
				missing = append(missing, r.c.name)
			}
		}
		if len(missing) > 0 {
			notes = append(notes, fmt.Sprintf("%s has no %s case.", name, strings.Join(missing, ", ")))
		}
	}
	if len(notes) > 0 {
		b.WriteString("\n")
		for _, n := range notes {
			fmt.Fprintf(b, "- %s\n", n)
		}
	}
}

// sideNames are the report's columns: ours, the peers, the Go limit.
func (rep *report) sideNames() []string {
	names := []string{rep.ours}
	for _, p := range rep.peers {
		names = append(names, p.name)
	}
	if rep.limit {
		names = append(names, limitName)
	}
	return names
}

func (rep *report) render(w io.Writer) {
	var b bytes.Buffer
	rep.header(&b)
	names := rep.sideNames()
	b.WriteString("\n| case | N |")
	for _, name := range names {
		fmt.Fprintf(&b, " %s |", name)
	}
	b.WriteString(" best peer | best peer / ours | ours / limit | ahead? | ≤1.5× limit? | spread ours / limit |\n|---|---:|")
	b.WriteString(strings.Repeat("---:|", len(names)))
	b.WriteString("---|---:|---:|:---:|:---:|---:|\n")
	var behind, over []string
	ahead, within := 0, 0
	for _, r := range rep.results {
		name := r.c.name
		if name == "sleepers" {
			name = "sleepers (per task)"
		}
		n := strconv.Itoa(r.n)
		for _, sn := range names {
			if s := r.side(sn); s.ops != 0 && s.ops != r.n {
				n += fmt.Sprintf(" (%s %d)", sn, s.ops)
			}
		}
		fmt.Fprintf(&b, "| %s | %s |", name, n)
		for _, sn := range names {
			fmt.Fprintf(&b, " %s |", fmtNs(r.side(sn).figure()))
		}
		ours, limit := r.side(oursName).figure(), r.side(limitName).figure()
		best, bestNs := rep.bestPeer(r)
		vsPeer, vsLimit := bestNs/ours, ours/limit
		aheadCell, withinCell := "—", "—"
		if !math.IsNaN(vsPeer) {
			aheadCell = yesNo(vsPeer > 1)
			if vsPeer > 1 {
				ahead++
			} else {
				behind = append(behind, r.c.name)
			}
		}
		if !math.IsNaN(vsLimit) {
			withinCell = yesNo(vsLimit <= limitTarget)
			if vsLimit <= limitTarget {
				within++
			} else {
				over = append(over, r.c.name)
			}
		}
		if best == "" {
			best = "—"
		}
		fmt.Fprintf(&b, " %s | %s | %s | %s | %s | ±%.0f%% / ±%.0f%% |\n", best, fmtRatio(vsPeer), fmtRatio(vsLimit),
			aheadCell, withinCell, spread(r.side(oursName).ns)/2, spread(r.side(limitName).ns)/2)
	}
	fmt.Fprintf(&b, "\nns/op, medians of %d runs; — where a side did not run, has no such case, or failed. "+
		"best peer / ours above 1× means ours is faster than every peer; ours / limit is our time over the Go limit program's.\n", rep.count)
	b.WriteString("\nTargets: ")
	fmt.Fprintf(&b, "ahead of the best peer on %d of %d cases%s; ", ahead, ahead+len(behind), listed(behind))
	fmt.Fprintf(&b, "within %g× of the Go limit on %d of %d%s", limitTarget, within, within+len(over), listed(over))
	rep.renderSleepers(&b, names)
	rep.renderErrors(&b, names)
	w.Write(b.Bytes())
}

// listed is " (behind: a, b)" for the cases that miss a target, or "".
func listed(cases []string) string {
	if len(cases) == 0 {
		return ""
	}
	return " (not: " + strings.Join(cases, ", ") + ")"
}

// renderSleepers ends the targets' sentence with the memory of a sleeping
// task, and writes the sleepers' memory table.
func (rep *report) renderSleepers(b *bytes.Buffer, names []string) {
	i := slices.IndexFunc(rep.results, func(r *caseResult) bool { return r.c.name == "sleepers" })
	if i < 0 {
		b.WriteString(".\n")
		return
	}
	r := rep.results[i]
	ours := median(r.side(oursName).bTask)
	met := "—"
	if !math.IsNaN(ours) {
		met = yesNo(ours <= sleeperBytesTarget)
	}
	fmt.Fprintf(b, "; a sleeping task in %s B (the Go limit's: %s B; target ≤%d B, 2.5 KiB): %s.\n",
		fmtNs(ours), fmtNs(median(r.side(limitName).bTask)), sleeperBytesTarget, met)
	fmt.Fprintf(b, "\nSleepers, memory per sleeping task (N = %d, each side alone in its process):\n\n| measure |", r.n)
	for _, sn := range names {
		fmt.Fprintf(b, " %s |", sn)
	}
	b.WriteString(" target | met? |\n|---|" + strings.Repeat("---:|", len(names)) + "---:|:---:|\n")
	b.WriteString("| Go heap in use + goroutine stacks, growth / N, B |")
	for _, sn := range names {
		fmt.Fprintf(b, " %s |", fmtNs(median(r.side(sn).bTask)))
	}
	fmt.Fprintf(b, " ≤%d | %s |\n", sleeperBytesTarget, met)
	b.WriteString("| peak RSS / N (ru_maxrss), B |")
	for _, sn := range names {
		fmt.Fprintf(b, " %s |", fmtNs(median(r.side(sn).rssTask)))
	}
	b.WriteString(" | |\n")
}

// renderErrors lists the failures under the table, each message once
// with the cases it came from, then the extra ones.
func (rep *report) renderErrors(b *bytes.Buffer, names []string, extra ...string) {
	type key struct{ side, err string }
	var keys []key
	where := map[key][]string{}
	for _, sn := range names {
		for _, r := range rep.results {
			if e := r.side(sn).err; e != "" {
				k := key{sn, e}
				if where[k] == nil {
					keys = append(keys, k)
				}
				where[k] = append(where[k], r.c.name)
			}
		}
	}
	if len(keys) == 0 && len(extra) == 0 {
		return
	}
	b.WriteString("\nErrors:\n")
	for _, k := range keys {
		fmt.Fprintf(b, "- %s, %s: %s\n", k.side, strings.Join(where[k], ", "), k.err)
	}
	for _, e := range extra {
		fmt.Fprintf(b, "- %s\n", e)
	}
}
