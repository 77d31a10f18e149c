//go:build !race

package frontend

const raceBuild = false
