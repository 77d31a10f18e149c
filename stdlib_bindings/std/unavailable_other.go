//go:build !(linux && amd64)

package std

func init() {
	Unavailable["syscall"] = "its table is generated for linux/amd64 only, as its API differs from platform to platform"
	delete(names, "syscall")
}
